package io.dmstestkit.simulator.internal.schemaconversion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The selection rules of DMS Schema Conversion: {@code {"rules":[{"rule-type":"selection","rule-id":"1",
 * "rule-name":"1","object-locator":{"server-name":"…","schema-name":"public","table-name":"orders"},
 * "rule-action":"explicit"}]}}. A locator with only a server names the whole database, with a schema the
 * schema and everything in it, with a table that table; {@code %} is a wildcard in schema and table names.
 * Problems are InvalidParameterValueException naming the member.
 */
final class SelectionRules {

    static final String MEMBER = "SelectionRules";

    /** One rule's object locator; schema and table are null when the rule stops above them. */
    record Locator(String server, String schema, String table, boolean include) {

        boolean matches(MetadataObject object) {
            if (object.isServer()) {
                return schema == null;
            }
            if (schema != null && !like(schema).matcher(object.schema()).matches()) {
                return false;
            }
            if (table == null) {
                return true; // a schema rule selects the schema and everything in it
            }
            return !object.isSchema() && like(table).matcher(object.name()).matches();
        }
    }

    private SelectionRules() {}

    /** Every selection rule of the document (include, explicit or exclude). */
    static List<Locator> parse(String json) {
        JsonNode root;
        try {
            root = SdkJsonCodec.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw invalid("is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null
                || !root.isObject()
                || !root.path("rules").isArray()
                || root.path("rules").isEmpty()) {
            throw invalid("must be a JSON object with a non-empty \"rules\" array");
        }
        List<Locator> locators = new ArrayList<>();
        for (JsonNode rule : root.path("rules")) {
            if (!"selection".equals(rule.path("rule-type").asText())) {
                throw invalid("may only hold rules with \"rule-type\": \"selection\"");
            }
            String action = rule.path("rule-action").asText("");
            if (!action.equals("include") && !action.equals("exclude") && !action.equals("explicit")) {
                throw invalid("has a rule with rule-action '" + ServiceError.echo(action)
                        + "' (use explicit, include or exclude)");
            }
            JsonNode locator = rule.path("object-locator");
            if (!locator.isObject()) {
                throw invalid("has a rule without an object-locator");
            }
            String schema = locator.path("schema-name").asText(null);
            String table = objectName(locator);
            if (table != null && schema == null) {
                throw invalid("has a table-name without a schema-name in its object-locator");
            }
            locators.add(
                    new Locator(locator.path("server-name").asText(null), schema, table, !action.equals("exclude")));
        }
        if (locators.stream().noneMatch(Locator::include)) {
            throw invalid("must have at least one rule with rule-action explicit or include");
        }
        return List.copyOf(locators);
    }

    /** The one explicit rule DescribeMetadataModel and DescribeMetadataModelChildren accept. */
    static Locator single(String json) {
        List<Locator> locators = parse(json);
        if (locators.size() != 1 || !locators.get(0).include() || !explicit(json)) {
            throw invalid("must hold exactly one rule, with \"rule-action\": \"explicit\"");
        }
        if (locators.get(0).schema() != null && locators.get(0).schema().contains("%")
                || locators.get(0).table() != null && locators.get(0).table().contains("%")) {
            throw invalid("must name one metadata model: wildcards (%) are not allowed here");
        }
        return locators.get(0);
    }

    /** The rule that names exactly {@code object} on {@code server}, as DMS hands them out. */
    static String explicitFor(MetadataObject object, String server) {
        ObjectNode root = SdkJsonCodec.mapper().createObjectNode();
        ObjectNode rule = root.putArray("rules").addObject();
        rule.put("rule-type", "selection").put("rule-id", "1").put("rule-name", "1");
        ObjectNode locator = rule.putObject("object-locator").put("server-name", server);
        if (!object.isServer()) {
            locator.put("schema-name", object.schema());
        }
        if (!object.isServer() && !object.isSchema()) {
            locator.put(object.type() + "-name", object.name());
        }
        rule.put("rule-action", "explicit");
        return root.toString();
    }

    /** The same rules with every server-name replaced by {@code server}. */
    static String onServer(String json, String server) {
        parse(json);
        try {
            JsonNode root = SdkJsonCodec.mapper().readTree(json);
            for (JsonNode rule : root.path("rules")) {
                ((ObjectNode) rule.path("object-locator")).put("server-name", server);
            }
            return root.toString();
        } catch (JsonProcessingException e) {
            throw invalid("is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The name below the schema: {@code table-name}, or {@code view-name}, {@code function-name}… for other objects. */
    private static String objectName(JsonNode locator) {
        java.util.Iterator<java.util.Map.Entry<String, JsonNode>> fields = locator.fields();
        String found = null;
        while (fields.hasNext()) {
            java.util.Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.endsWith("-name") && !name.equals("server-name") && !name.equals("schema-name")) {
                if (name.equals("table-name") || found == null) {
                    found = field.getValue().asText();
                }
            }
        }
        return found;
    }

    private static boolean explicit(String json) {
        try {
            return "explicit"
                    .equals(SdkJsonCodec.mapper()
                            .readTree(json)
                            .path("rules")
                            .path(0)
                            .path("rule-action")
                            .asText());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static Pattern like(String pattern) {
        return Pattern.compile(
                java.util.Arrays.stream(pattern.split("%", -1))
                        .map(Pattern::quote)
                        .collect(Collectors.joining(".*")),
                Pattern.CASE_INSENSITIVE);
    }

    private static ServiceError invalid(String problem) {
        return ServiceError.invalidParameterValue(MEMBER + " " + problem);
    }
}
