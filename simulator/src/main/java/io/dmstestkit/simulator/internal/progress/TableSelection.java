package io.dmstestkit.simulator.internal.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tables a DMS table-mapping document selects. Selection rules name a schema and table, where
 * {@code %} is a wildcard; {@code include} rules add tables, {@code exclude} rules remove them. Wildcards
 * match the tables declared for the account (or the simulator's default tables when none were declared);
 * a table named exactly is selected even when undeclared, with a default row count.
 *
 * <pre>{@code
 * {"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1",
 *   "object-locator":{"schema-name":"public","table-name":"%"},"rule-action":"include"}]}
 * }</pre>
 */
public final class TableSelection {

    private final List<Rule> rules;

    /** A mapping and its parsed selection: the document parsed last, with nothing that depends on the member. */
    private record Parsed(String tableMappings, TableSelection selection) {}

    // A config's mapping is parsed when it is created and again at every start; the parse is a pure function
    // of the document (and immutable), so the last one is reused. One entry, replaced atomically.
    private static volatile Parsed lastParsed;

    private record Rule(Pattern schema, Pattern table, String schemaText, String tableText, boolean include) {
        boolean exact() {
            return !schemaText.contains("%") && !tableText.contains("%");
        }

        boolean matches(TableSpec spec) {
            return schema.matcher(spec.schema()).matches()
                    && table.matcher(spec.name()).matches();
        }
    }

    private TableSelection(List<Rule> rules) {
        this.rules = rules;
    }

    /**
     * Parses and validates a TableMappings document; problems are answered as
     * InvalidParameterValueException naming {@code member}.
     */
    public static TableSelection parse(String member, String tableMappings) {
        Parsed last = lastParsed;
        if (last != null && last.tableMappings().equals(tableMappings)) {
            return last.selection();
        }
        TableSelection selection = parseDocument(member, tableMappings);
        lastParsed = new Parsed(tableMappings, selection);
        return selection;
    }

    private static TableSelection parseDocument(String member, String tableMappings) {
        JsonNode root;
        try {
            root = SdkJsonCodec.mapper().readTree(tableMappings);
        } catch (JsonProcessingException e) {
            throw invalid(member, "is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null
                || !root.isObject()
                || !root.path("rules").isArray()
                || root.path("rules").isEmpty()) {
            throw invalid(member, "must be a JSON object with a non-empty \"rules\" array");
        }
        List<Rule> rules = new ArrayList<>();
        for (JsonNode rule : root.path("rules")) {
            if (!"selection".equals(rule.path("rule-type").asText())) {
                continue; // transformation and table-settings rules do not change which tables load
            }
            JsonNode locator = rule.path("object-locator");
            String schema = locator.path("schema-name").asText(null);
            String table = locator.path("table-name").asText(null);
            String action = rule.path("rule-action").asText("");
            if (schema == null || table == null) {
                throw invalid(member, "has a selection rule without object-locator schema-name and table-name");
            }
            if (!action.equals("include") && !action.equals("exclude") && !action.equals("explicit")) {
                throw invalid(
                        member,
                        "has a selection rule with rule-action '" + action + "' (use include, exclude or explicit)");
            }
            rules.add(new Rule(like(schema), like(table), schema, table, !action.equals("exclude")));
        }
        if (rules.stream().noneMatch(Rule::include)) {
            throw invalid(member, "must have at least one selection rule with rule-action include");
        }
        return new TableSelection(rules);
    }

    /**
     * The selected tables, in the order the rules and catalogue give them.
     *
     * @param declared tables declared for the account; when empty, {@code defaults} stand in
     * @param defaultRows row count of an exactly named table that was never declared
     */
    public List<TableSpec> select(Collection<TableSpec> declared, Collection<TableSpec> defaults, long defaultRows) {
        Collection<TableSpec> catalogue = declared.isEmpty() ? defaults : declared;
        Map<String, TableSpec> selected = new LinkedHashMap<>();
        Map<String, List<TableSpec>> byName = null;
        for (Rule rule : rules) {
            if (rule.include()) {
                if (rule.exact()) {
                    // One rule per table (what the DSL sends) must not scan the catalogue once per rule.
                    byName = byName != null ? byName : byName(catalogue);
                    byName.getOrDefault(exactKey(rule.schemaText(), rule.tableText()), List.of())
                            .forEach(t -> selected.putIfAbsent(key(t), t));
                } else {
                    catalogue.stream().filter(rule::matches).forEach(t -> selected.putIfAbsent(key(t), t));
                }
                if (rule.exact()) {
                    TableSpec named = TableSpec.of(rule.schemaText(), rule.tableText(), defaultRows);
                    selected.putIfAbsent(key(named), named);
                }
            }
        }
        for (Rule rule : rules) {
            if (!rule.include()) {
                selected.values().removeIf(rule::matches);
            }
        }
        return List.copyOf(selected.values());
    }

    /** The catalogue by {@link #exactKey}, each name's tables in catalogue order. */
    private static Map<String, List<TableSpec>> byName(Collection<TableSpec> catalogue) {
        Map<String, List<TableSpec>> index = new HashMap<>();
        for (TableSpec table : catalogue) {
            index.computeIfAbsent(exactKey(table.schema(), table.name()), k -> new ArrayList<>())
                    .add(table);
        }
        return index;
    }

    /**
     * The key under which an exact rule matches a table as its pattern would: a quoted pattern with
     * {@code CASE_INSENSITIVE} ignores the case of ASCII letters only.
     */
    private static String exactKey(String schema, String table) {
        return asciiLowerCase(schema) + '\0' + asciiLowerCase(table);
    }

    private static String asciiLowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

    /** DMS compares names without regard to case, so {@code Public.Orders} is {@code public.orders}. */
    private static String key(TableSpec table) {
        return table.qualifiedName().toLowerCase(java.util.Locale.ROOT);
    }

    /** A table mapping that selects exactly the given tables: what the DSL sends for declared tables. */
    public static String mappingFor(List<TableSpec> tables) {
        var root = SdkJsonCodec.mapper().createObjectNode();
        var rules = root.putArray("rules");
        for (int i = 0; i < tables.size(); i++) {
            var rule = rules.addObject();
            rule.put("rule-type", "selection")
                    .put("rule-id", String.valueOf(i + 1))
                    .put("rule-name", String.valueOf(i + 1));
            rule.putObject("object-locator")
                    .put("schema-name", tables.get(i).schema())
                    .put("table-name", tables.get(i).name());
            rule.put("rule-action", "include");
        }
        return root.toString();
    }

    /** DMS object-locator patterns: {@code %} matches any run of characters; the rest is literal. */
    private static Pattern like(String pattern) {
        return Pattern.compile(
                java.util.Arrays.stream(pattern.split("%", -1))
                        .map(Pattern::quote)
                        .collect(java.util.stream.Collectors.joining(".*")),
                Pattern.CASE_INSENSITIVE);
    }

    private static ServiceError invalid(String member, String problem) {
        return ServiceError.invalidParameterValue(member + " " + problem);
    }
}
