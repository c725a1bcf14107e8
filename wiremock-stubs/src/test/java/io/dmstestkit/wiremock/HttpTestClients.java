package io.dmstestkit.wiremock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
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
        return DatabaseMigrationClient.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials(accessKeyId))
                .overrideConfiguration(noRetries())
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
