package io.dmstestkit.wiremock.internal.server;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.common.Limit;
import com.github.tomakehurst.wiremock.common.Timing;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.dmstestkit.simulator.DmsHttpResponse;
import io.dmstestkit.wiremock.internal.WireMockTranslation;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * WireMock's request journal store for a {@code DmsServer}: WireMock's own serve events as WireMock's
 * in-memory store keeps them, and the calls the {@link DmsFastPath} answered as lightweight entries (the
 * request's headers and body and the simulator's answer, all of which exist anyway) that become serve
 * events only when something reads the journal ({@code verify}, {@code findAll}, {@code getAllServeEvents},
 * {@code /__admin/requests}). So WireMock's journal keeps working while DMS calls skip WireMock, and a call
 * nobody reads back costs a few small objects.
 *
 * <p>Newest first, as WireMock's store. A size counter answers WireMock's "how many entries" check
 * ({@code getAllKeys().count()} on every request when the journal is bounded) without walking the journal.
 */
public final class FastPathJournal implements RequestJournalStore {

    private final ConcurrentLinkedDeque<UUID> order = new ConcurrentLinkedDeque<>();
    /** A {@link ServeEvent}, or a {@link Pending} until first read. */
    private final ConcurrentHashMap<UUID, Object> events = new ConcurrentHashMap<>();

    private final AtomicInteger size = new AtomicInteger();
    private final Integer maxEntries;
    private final Limit maxResponseBody;

    /**
     * A store keeping at most {@code maxEntries} entries (null: no bound, WireMock's default; WireMock trims
     * its own events, this store the fast path's) and response bodies up to {@code maxResponseBody}.
     */
    public FastPathJournal(Integer maxEntries, Limit maxResponseBody) {
        this.maxEntries = maxEntries;
        this.maxResponseBody = maxResponseBody;
    }

    /** One call the fast path answered, recorded as it was sent and answered. */
    record Pending(
            UUID id,
            long receivedMillis,
            String absoluteUrl,
            String clientIp,
            String protocol,
            Map<String, List<String>> headers,
            byte[] body,
            DmsHttpResponse answer,
            StubMapping stub) {

        /**
         * The serve event WireMock would have recorded: the request (built through its JSON form, the one
         * way to give it the time it was received), the DMS mapping, the simulator's answer.
         */
        ServeEvent toServeEvent(Limit maxResponseBody) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("url", "/");
            request.put("absoluteUrl", absoluteUrl);
            request.put("method", "POST");
            request.put("clientIp", clientIp);
            request.put("headers", wireMockHeaders(headers));
            request.put("cookies", Map.of());
            request.put("browserProxyRequest", false);
            request.put("loggedDate", receivedMillis);
            request.put("bodyAsBase64", Base64.getEncoder().encodeToString(body));
            request.put("protocol", protocol);
            LoggedRequest logged = Json.getObjectMapper().convertValue(request, LoggedRequest.class);
            HttpHeaders responseHeaders = wireMockHeaders(answer.headers());
            LoggedResponse response = LoggedResponse.from(
                    Response.response()
                            .status(answer.status())
                            .headers(responseHeaders)
                            .body(answer.body())
                            .build(),
                    maxResponseBody);
            return new ServeEvent(
                    id,
                    logged,
                    stub,
                    WireMockTranslation.toResponseDefinition(answer, stub.getResponse()),
                    response,
                    true,
                    Timing.UNTIMED,
                    null);
        }

        private static HttpHeaders wireMockHeaders(Map<String, ?> headers) {
            List<HttpHeader> all = new ArrayList<>(headers.size());
            headers.forEach((name, values) -> all.add(
                    values instanceof List<?> list
                            ? new HttpHeader(
                                    name, list.stream().map(String::valueOf).toList())
                            : new HttpHeader(name, String.valueOf(values))));
            return new HttpHeaders(all);
        }
    }

    /** Records a fast-path call; trims the oldest entries beyond the bound. */
    void record(Pending pending) {
        events.put(pending.id(), pending);
        order.addFirst(pending.id());
        size.incrementAndGet();
        if (maxEntries != null) {
            while (size.get() > maxEntries) {
                removeLast();
            }
        }
    }

    /** A random id without {@code SecureRandom}: serve event ids only need to be unique. */
    static UUID newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    @Override
    public void add(ServeEvent event) {
        events.put(event.getId(), event);
        order.addFirst(event.getId());
        size.incrementAndGet();
    }

    @Override
    public Stream<ServeEvent> getAll() {
        return order.stream().map(this::event).filter(java.util.Objects::nonNull);
    }

    @Override
    public void removeLast() {
        UUID last = order.pollLast();
        if (last != null) {
            size.decrementAndGet();
            events.remove(last);
        } else {
            // Empty: a count that raced with clear() must not keep WireMock's trimming loop going.
            size.set(0);
        }
    }

    /** Sized, so that WireMock's {@code count()} on every request of a bounded journal takes no walk. */
    @Override
    public Stream<UUID> getAllKeys() {
        int count = Math.max(0, size.get());
        return StreamSupport.stream(
                Spliterators.spliterator(order.iterator(), count, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public Optional<ServeEvent> get(UUID id) {
        return Optional.ofNullable(event(id));
    }

    @Override
    public void put(UUID id, ServeEvent event) {
        // As WireMock's store: completes an event it holds; one removed meanwhile (a reset) stays removed.
        events.replace(id, event);
    }

    @Override
    public void remove(UUID id) {
        if (order.removeFirstOccurrence(id)) {
            size.decrementAndGet();
        }
        events.remove(id);
    }

    @Override
    public void clear() {
        order.clear();
        events.clear();
        size.set(0);
    }

    private ServeEvent event(UUID id) {
        Object entry = events.get(id);
        if (entry instanceof Pending pending) {
            ServeEvent event = pending.toServeEvent(maxResponseBody);
            // Another reader may have built it first: keep the one stored, so both see the same event.
            return events.replace(id, pending, event) ? event : (ServeEvent) events.getOrDefault(id, event);
        }
        return (ServeEvent) entry;
    }
}
