package io.dmstestkit.wiremock.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import java.util.List;
import java.util.Objects;

/**
 * WireMock's HTTP clients (for proxy stubs and browser proxying), built on their first request instead of
 * when the server starts. WireMock builds two Apache clients eagerly, each with an SSL context over the
 * JDK's trust store and the public-suffix list: about 40 % of a standalone server's start-up, for a feature
 * a DMS server rarely uses (BENCHMARKS.md, finding 16). A user's proxy stub behaves as before; its first
 * request pays for the client.
 */
public final class LazyProxyClients implements HttpClientFactory {

    private final HttpClientFactory factory;

    public LazyProxyClients(HttpClientFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public String getName() {
        return factory.getName();
    }

    @Override
    public HttpClient buildHttpClient(
            Options options, boolean trustAllCertificates, List<String> trustedHosts, boolean useSystemProperties) {
        return new LazyHttpClient(
                () -> factory.buildHttpClient(options, trustAllCertificates, trustedHosts, useSystemProperties));
    }
}
