package io.dmstestkit.dsl.internal;

import groovy.lang.Closure;

/** Runs a Groovy closure against a spec object, the way Groovy builders do (delegate only). */
public final class Closures {

    private Closures() {}

    public static <T> T configure(T spec, Closure<?> body) {
        Closure<?> copy = (Closure<?>) body.clone();
        copy.setResolveStrategy(Closure.DELEGATE_ONLY);
        copy.setDelegate(spec);
        copy.call(spec);
        return spec;
    }
}
