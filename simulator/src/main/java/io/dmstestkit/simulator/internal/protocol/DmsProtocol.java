package io.dmstestkit.simulator.internal.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dmstestkit.simulator.DmsHttpRequest;
import io.dmstestkit.simulator.DmsHttpResponse;
import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.fault.ArmedFault;
import io.dmstestkit.simulator.internal.fault.CallFacts;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The one entry point every transport uses: (X-Amz-Target, JSON body, headers) in, (status, headers,
 * JSON) out. In order: resolve the operation, parse the JSON, identify the caller, then under the
 * caller's account lock: read the virtual time, let an armed fault answer, decode the input shape with
 * the SDK's field descriptions, run the handler and encode the output shape. Every call, answered or
 * refused, is handed to the journal.
 */
public final class DmsProtocol {

    public static final String TARGET_PREFIX = "AmazonDMSv20160101.";
    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    /** AWS JSON 1.1 (what the SDKs send), 1.0, and plain JSON (what hand-written clients send). */
    private static final Set<String> ACCEPTED_CONTENT_TYPES =
            Set.of(CONTENT_TYPE, "application/x-amz-json-1.0", "application/json");

    private static final Logger LOG = Logger.getLogger(DmsProtocol.class.getName());

    private final OperationRegistry registry;
    private final SdkJsonCodec codec;
    private final CallEnvironment environment;
    private final Map<Class<?>, MethodHandle> builderFactories = new ConcurrentHashMap<>();
    private final Map<String, Class<?>> requestTypes = new ConcurrentHashMap<>();

    /** What the protocol needs from the simulator around it. */
    public interface CallEnvironment {
        /** The state of the caller's account, created on first use. */
        AccountState account(CallerIdentity caller);

        /** Resolves the identity of a request (SigV4 scope, or the defaults). */
        CallerIdentity identify(DmsHttpRequest request);

        /** Runs under the account lock before the handler: returns the virtual time of the call. */
        Instant beginCall(String operation, AccountState account);

        /**
         * The armed fault that answers this call, if one fires; {@code call} is asked only when a fault is
         * armed (the facts copy the call's resource names).
         */
        Optional<ArmedFault.Firing> fault(java.util.function.Supplier<CallFacts> call);

        /** Records the call and its answer in the journal. */
        void record(DmsHttpRequest request, CallRecord call, DmsHttpResponse response);

        SimulatorSettings settings();
    }

    public DmsProtocol(OperationRegistry registry, SdkJsonCodec codec, CallEnvironment environment) {
        this.registry = registry;
        this.codec = codec;
        this.environment = environment;
    }

    public DmsHttpResponse handle(DmsHttpRequest request) {
        CallRecord call = new CallRecord();
        DmsHttpResponse response;
        try {
            response = success(dispatch(request, call));
        } catch (ServiceError error) {
            response = error(error);
        } catch (RuntimeException bug) {
            // A defect in the simulator; still answer in AWS shape so the client reports it clearly.
            LOG.log(Level.SEVERE, "dms-testkit simulator failed on " + request.target(), bug);
            response = error(new ServiceError("InternalFailure", 500, "The dms-testkit simulator failed: " + bug));
        }
        environment.record(request, call, response);
        return response;
    }

    /** The operation name of a target header, or an UnknownOperationException. */
    public static String operationOf(String target) {
        if (target == null || target.isBlank()) {
            throw ServiceError.unknownOperation(
                    "Missing X-Amz-Target header; expected " + TARGET_PREFIX + "<Operation>");
        }
        if (!target.startsWith(TARGET_PREFIX)) {
            throw ServiceError.unknownOperation(
                    "Unknown target '" + ServiceError.echo(target) + "'; expected " + TARGET_PREFIX + "<Operation>");
        }
        String operation = target.substring(TARGET_PREFIX.length());
        if (!OperationRegistry.isDmsOperation(operation)) {
            throw ServiceError.unknownOperation(
                    "Operation '" + ServiceError.echo(operation) + "' is not an operation of AWS DMS (API 2016-01-01)");
        }
        return operation;
    }

    private DatabaseMigrationResponse dispatch(DmsHttpRequest request, CallRecord call) {
        call.operation = operationOf(request.target());
        call.caller = environment.identify(request);
        checkContentType(request);
        JsonNode body = parse(request);
        Class<?> requestType = requestTypeOf(call.operation);
        JsonNode journaled = SensitiveMembers.standard().mask(body, requestType, () -> newBuilder(requestType));
        if (journaled != body) {
            call.maskedBody = journaled.toString();
        }
        call.resources.addAll(CallRecord.resourcesNamedIn(body));
        AccountState account = environment.account(call.caller);
        account.lock().lock();
        try {
            Instant now = environment.beginCall(call.operation, account);
            call.virtualTime = now;
            addNamesBehindArns(account, call);
            Optional<ArmedFault.Firing> fault = environment.fault(() -> facts(call, account, now));
            if (fault.isPresent()) {
                call.faultId = fault.get().faultId();
                throw fault.get().error();
            }
            OperationRegistry.Registration<?, ?> registration =
                    registry.find(call.operation).orElseThrow(() -> notSimulated(call.operation));
            DatabaseMigrationRequest input = decode(registration.requestType(), body, call.operation);
            // The answer is an immutable SDK object: success() encodes it after the lock is released.
            return registration.handle(input, new OperationContext(account, now, environment.settings()));
        } finally {
            account.lock().unlock();
        }
    }

    private static void addNamesBehindArns(AccountState account, CallRecord call) {
        // A snapshot of the names the request gave: the loop adds to the set it reads.
        for (String named : call.resources.toArray(new String[0])) {
            account.findNamed(named).ifPresent(resource -> {
                call.resources.add(resource.arn());
                call.resources.add(resource.name());
            });
        }
    }

    private static CallFacts facts(CallRecord call, AccountState account, Instant now) {
        return new CallFacts(
                call.operation,
                call.caller.account(),
                call.caller.region(),
                Set.copyOf(call.resources),
                now,
                name -> account.findNamed(name).map(resource -> resource.statusAt(now)));
    }

    private ServiceError notSimulated(String operation) {
        return new ServiceError(
                "NotSimulatedException",
                400,
                "dms-testkit does not simulate " + operation + " yet. Simulated operations: "
                        + String.join(", ", registry.simulatedOperations()));
    }

    /**
     * AWS JSON 1.1 services pick the protocol by content type: a body sent as something other than JSON
     * names no operation they can answer. Absent is accepted (in-process calls and hand-written requests).
     */
    private static void checkContentType(DmsHttpRequest request) {
        Optional<String> contentType = request.header("Content-Type");
        if (contentType.isEmpty()) {
            return;
        }
        String mediaType = contentType.get().split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!ACCEPTED_CONTENT_TYPES.contains(mediaType)) {
            throw ServiceError.unknownOperation("Content-Type '" + ServiceError.echo(contentType.get())
                    + "' is not an AWS JSON content type; send " + CONTENT_TYPE);
        }
    }

    private static JsonNode parse(DmsHttpRequest request) {
        try {
            JsonNode body = SdkJsonCodec.mapper().readTree(request.body());
            if (body == null || body.isMissingNode()) {
                return SdkJsonCodec.mapper().createObjectNode(); // an empty body is an empty input shape
            }
            if (!body.isObject()) {
                throw ServiceError.serialization("The request body must be a JSON object, was " + body.getNodeType());
            }
            return body;
        } catch (JsonProcessingException e) {
            throw ServiceError.serialization("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ServiceError.serialization("The request body cannot be read: " + e.getMessage());
        }
    }

    private DatabaseMigrationRequest decode(Class<?> requestType, JsonNode body, String operation) {
        SdkPojo builder = newBuilder(requestType);
        codec.decode(body, builder, operation + "Request");
        return (DatabaseMigrationRequest) ((SdkBuilder<?, ?>) builder).build();
    }

    /** The SDK request class of a DMS operation, simulated or not. */
    private Class<?> requestTypeOf(String operation) {
        return requestTypes.computeIfAbsent(operation, name -> {
            try {
                return Class.forName(DatabaseMigrationRequest.class.getPackageName() + "." + name + "Request");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the SDK has no request class for " + name, e);
            }
        });
    }

    private SdkPojo newBuilder(Class<?> requestType) {
        MethodHandle factory = builderFactories.computeIfAbsent(requestType, type -> {
            try {
                return MethodHandles.publicLookup()
                        .findStatic(
                                type,
                                "builder",
                                MethodType.methodType(type.getMethod("builder").getReturnType()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("SDK request class without builder(): " + type, e);
            }
        });
        try {
            return (SdkPojo) factory.invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot create a builder for " + requestType, e);
        }
    }

    private DmsHttpResponse success(DatabaseMigrationResponse output) {
        return new DmsHttpResponse(
                200,
                Map.of("Content-Type", CONTENT_TYPE, "x-amzn-RequestId", requestId()),
                codec.encodeToBytes(output));
    }

    /** The AWS JSON error document for an error, with the headers the SDKs read. */
    public static DmsHttpResponse error(ServiceError error) {
        ObjectNode body = SdkJsonCodec.mapper().createObjectNode();
        body.put("__type", error.code());
        body.put("message", error.boundedMessage());
        return new DmsHttpResponse(
                error.httpStatus(),
                Map.of("Content-Type", CONTENT_TYPE, "x-amzn-RequestId", requestId(), "x-amzn-ErrorType", error.code()),
                bytes(body));
    }

    /** A random UUID without SecureRandom: request ids need to be unique, not unguessable. */
    private static String requestId() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | (2L << 62))
                .toString();
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return SdkJsonCodec.mapper().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a JSON tree", e);
        }
    }
}
