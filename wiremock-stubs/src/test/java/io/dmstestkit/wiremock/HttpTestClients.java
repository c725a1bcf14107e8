package io.dmstestkit.wiremock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Clients that reach a simulator over real HTTP: the AWS SDK v2 clients (the access key id picks the
 * account, the region the SigV4 scope) and raw calls for what the SDK would never send. SDK clients do not
 * retry, so a failing call fails at once.
 */
public final class HttpTestClients {

    /** A 12-digit access key id: the simulator takes it as the account id. */
    public static final String ACCOUNT = "123456789012";

    public static final String TARGET_PREFIX = "AmazonDMSv20160101.";

    private HttpTestClients() {}

    public static DatabaseMigrationClient syncClient(URI endpoint) {
        return syncClient(endpoint, ACCOUNT, Region.US_EAST_1);
    }

    /** A sync client on the Apache HTTP client. */
    public static DatabaseMigrationClient syncClient(URI endpoint, String accessKeyId, Region region) {
        return syncClient(endpoint, accessKeyId, region, noRetries());
    }

    /** A sync client with its own override configuration (retries, timeouts). */
    public static DatabaseMigrationClient syncClient(URI endpoint, ClientOverrideConfiguration configuration) {
        return syncClient(endpoint, ACCOUNT, Region.US_EAST_1, configuration);
    }

    private static DatabaseMigrationClient syncClient(
            URI endpoint, String accessKeyId, Region region, ClientOverrideConfiguration configuration) {
        return DatabaseMigrationClient.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials(accessKeyId))
                .overrideConfiguration(configuration)
                .build();
    }

    /**
     * The SDK's standard retry strategy (3 attempts, throttling detection and all), without the backoff
     * waits, so retried calls do not slow the tests down.
     */
    public static ClientOverrideConfiguration standardRetriesWithoutBackoff() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .backoffStrategy(BackoffStrategy.retryImmediately())
                        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                        .build())
                .build();
    }

    public static DatabaseMigrationAsyncClient asyncClient(URI endpoint) {
        return asyncClient(endpoint, ACCOUNT, Region.US_EAST_1);
    }

    /** An async client on the Netty HTTP client. */
    public static DatabaseMigrationAsyncClient asyncClient(URI endpoint, String accessKeyId, Region region) {
        return DatabaseMigrationAsyncClient.builder()
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials(accessKeyId))
                .overrideConfiguration(noRetries())
                .build();
    }

    /** A plain HTTP/1.1 client for raw calls. */
    public static HttpClient rawClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /** {@code POST path} with the given target header and body, unsigned, as any HTTP client could send. */
    public static HttpResponse<String> rawCall(HttpClient http, URI endpoint, String path, String target, String body) {
        return send(
                http,
                HttpRequest.newBuilder(endpoint.resolve(path))
                        .header("X-Amz-Target", target)
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /** {@code POST /} with the given target header and body. */
    public static HttpResponse<String> rawCall(HttpClient http, URI endpoint, String target, String body) {
        return rawCall(http, endpoint, "/", target, body);
    }

    /** An admin API call: {@code method path} with a JSON body (or none when {@code null}). */
    public static HttpResponse<String> adminCall(
            HttpClient http, URI endpoint, String method, String path, String body) {
        return adminCall(http, endpoint, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** An admin API call with a body of raw bytes. */
    public static HttpResponse<String> adminCall(
            HttpClient http, URI endpoint, String method, String path, byte[] body) {
        return send(
                http,
                HttpRequest.newBuilder(endpoint.resolve(path))
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
    }

    /** {@code GET path}. */
    public static HttpResponse<String> rawGet(HttpClient http, URI endpoint, String path) {
        return send(http, HttpRequest.newBuilder(endpoint.resolve(path)).build());
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + request.uri(), e);
        }
    }

    private static StaticCredentialsProvider credentials(String accessKeyId) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "secret"));
    }

    private static ClientOverrideConfiguration noRetries() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .build();
    }
}
