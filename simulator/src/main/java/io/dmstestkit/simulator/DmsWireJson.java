package io.dmstestkit.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.protocol.RequiredMembers;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Objects;
import org.apiguardian.api.API;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * AWS SDK v2 model objects as the DMS wire (AWS JSON 1.1) carries them, and back: the simulator's own
 * codec, which reads member names, types and timestamp formats from the SDK's field descriptions. Use it
 * to write stub answers the SDKs parse exactly, or to read a request body from the journal.
 *
 * <pre>{@code
 * String body = DmsWireJson.encode(DescribeReplicationsResponse.builder()
 *     .replications(Replication.builder().replicationConfigIdentifier("orders").status("running").build())
 *     .build());
 * // {"Replications":[{"ReplicationConfigIdentifier":"orders","Status":"running"}]}
 *
 * StartReplicationRequest start = DmsWireJson.decode(entry.request(), StartReplicationRequest.class);
 * }</pre>
 *
 * <p>Timestamps typed {@code TStamp} travel as epoch seconds with a millisecond fraction, members with the
 * {@code iso8601} format as ISO-8601 strings; both forms are read. Members that are not set are left out.
 * Reading ignores unknown members and does not insist on required ones, as the SDKs do when they parse.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsWireJson {

    // Stateless: the codec only reads the SDK's field descriptions.
    private static final SdkJsonCodec CODEC = new SdkJsonCodec(RequiredMembers.none());

    private DmsWireJson() {}

    /**
     * The wire JSON of an SDK model object, as text.
     *
     * <pre>{@code
     * String json = DmsWireJson.encode(Replication.builder().status("running").build());   // {"Status":"running"}
     * }</pre>
     */
    public static String encode(SdkPojo sdkModelObject) {
        return encodeTree(sdkModelObject).toString();
    }

    /**
     * The wire JSON of an SDK model object, as a Jackson tree to add to or embed.
     *
     * <pre>{@code
     * ObjectNode body = (ObjectNode) DmsWireJson.encodeTree(response);
     * }</pre>
     */
    public static JsonNode encodeTree(SdkPojo sdkModelObject) {
        Objects.requireNonNull(sdkModelObject, "sdkModelObject");
        return CODEC.encode(sdkModelObject);
    }

    /**
     * Reads wire JSON into an SDK model object, built with the model class's {@code builder()}.
     *
     * <pre>{@code
     * Replication replication = DmsWireJson.decode("{\"Status\":\"running\"}", Replication.class);
     * }</pre>
     *
     * @throws IllegalArgumentException when the text is not a JSON object, a member has the wrong type (the
     *     message names the member's path), or the class is not an SDK model class with a {@code builder()}
     */
    public static <T extends SdkPojo> T decode(String json, Class<T> sdkModelClass) {
        Objects.requireNonNull(json, "json");
        SdkPojo builder = builderOf(sdkModelClass);
        JsonNode tree = parse(json, sdkModelClass);
        try {
            CODEC.decode(tree, builder, sdkModelClass.getSimpleName());
        } catch (ServiceError e) {
            throw new IllegalArgumentException(
                    "cannot read " + sdkModelClass.getSimpleName() + " from JSON: " + e.getMessage(), e);
        }
        return sdkModelClass.cast(((SdkBuilder<?, ?>) builder).build());
    }

    private static JsonNode parse(String json, Class<?> sdkModelClass) {
        try {
            JsonNode tree = SdkJsonCodec.mapper().readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new IllegalArgumentException(
                        "cannot read " + sdkModelClass.getSimpleName() + " from JSON: the text is empty");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot read " + sdkModelClass.getSimpleName() + " from JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A fresh builder of the class, found the way the SDK's generated code offers it. */
    private static SdkPojo builderOf(Class<?> sdkModelClass) {
        Objects.requireNonNull(sdkModelClass, "sdkModelClass");
        try {
            Method builder = sdkModelClass.getMethod("builder");
            if (Modifier.isStatic(builder.getModifiers())
                    && builder.invoke(null) instanceof SdkPojo pojo
                    && pojo instanceof SdkBuilder<?, ?>) {
                return pojo;
            }
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            // said below
        }
        throw new IllegalArgumentException(sdkModelClass.getName()
                + " is not an AWS SDK v2 model class: it needs a static builder() giving an SdkPojo builder,"
                + " as e.g. software.amazon.awssdk.services.databasemigration.model.Replication has");
    }
}
