package io.dmstestkit.spock

import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.CyclicBarrier
import java.util.concurrent.TimeUnit

/**
 * What a specification run through {@link SpecRuns} saw, for the outer test to check: named values and
 * events, written from any thread. Each run gets its own probe, set on the static {@code probe} field of
 * the classes compiled for that run only, so runs in parallel never share one.
 */
class Probe {

    private final Map<String, Object> values = new ConcurrentHashMap<>()
    private final Queue<String> events = new ConcurrentLinkedQueue<>()
    private final CyclicBarrier rendezvous = new CyclicBarrier(2)

    void putAt(String key, Object value) {
        values.put(key, value)
    }

    Object getAt(String key) {
        values.get(key)
    }

    Map<String, Object> values() {
        Map.copyOf(values)
    }

    void event(String event) {
        events.add(event)
    }

    List<String> events() {
        List.copyOf(events)
    }

    /** Waits until a second feature arrives: proof that two ran at the same time. */
    void meet() {
        rendezvous.await(60, TimeUnit.SECONDS)
    }
}
