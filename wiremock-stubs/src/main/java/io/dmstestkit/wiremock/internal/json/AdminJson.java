package io.dmstestkit.wiremock.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Jackson for the admin API, in both directions (server and {@code DmsAdminClient}): strict on input, so a
 * typo or a wrong type is refused with a message naming the field, instead of being ignored or coerced.
 */
public final class AdminJson {

    // Configured once and never changed: ObjectMapper is thread-safe in that use.
    private static final ObjectMapper MAPPER = strictMapper();

    private AdminJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a request body as {@code type}; every problem becomes a 400 naming it. */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw AdminRequestException.badRequest("a JSON object is required as the request body");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw AdminRequestException.badRequest("the request body must be a JSON object, was null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw AdminRequestException.badRequest(explain(e));
        }
    }

    /** The body as JSON when it parses, as a JSON string otherwise: journal requests are shown as sent. */
    public static JsonNode jsonOrText(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? TextNode.valueOf(text) : node;
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** One sentence saying what is wrong with the JSON and where. */
    static String explain(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        if (e.getCause() instanceof InputCoercionException range) {
            return "field '" + path + "' is out of range: " + range.getOriginalMessage();
        }
        if (e.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
            return invalid.getMessage();
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return "malformed JSON: more content after the JSON object" + at(e);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return path.isEmpty()
                    ? "the request body must be a JSON object"
                    : "field '" + path + "' must be " + expected(mismatch.getTargetType());
        }
        if (e instanceof StreamReadException) {
            return "malformed JSON: " + withoutSource(e.getOriginalMessage()) + at(e);
        }
        return "malformed request" + (path.isEmpty() ? "" : " at field '" + path + "'") + ": " + e.getOriginalMessage();
    }

    private static String unknownField(UnrecognizedPropertyException e) {
        Collection<Object> known = e.getKnownPropertyIds();
        String hint = Suggestions.closest(e.getPropertyName(), known)
                .map(name -> "; did you mean '" + name + "'?")
                .orElse(".");
        return "unknown field '" + path(e) + "'" + hint + " Known fields: "
                + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static final Map<Class<?>, String> EXPECTED = Map.of(
            Integer.class, "an integer",
            int.class, "an integer",
            Long.class, "an integer",
            long.class, "an integer",
            Double.class, "a number",
            double.class, "a number",
            String.class, "a string",
            Boolean.class, "true or false",
            boolean.class, "true or false");

    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return EXPECTED.getOrDefault(type, "an object");
    }

    /** Jackson names the (redacted) source in nested locations; the line and column are what helps. */
    private static String withoutSource(String message) {
        return message.replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)]", "line $1, column $2");
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        // "times": "1" and "operation": 5 are mistakes worth naming, not values to guess at.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }
}
