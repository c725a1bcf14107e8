package io.dmstestkit.dsl.internal.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.internal.yaml.Node.Entry;
import io.dmstestkit.dsl.internal.yaml.Node.Mapping;
import io.dmstestkit.dsl.internal.yaml.Node.Scalar;
import io.dmstestkit.dsl.internal.yaml.Node.Sequence;
import io.dmstestkit.dsl.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Turns YAML text into {@link Node}s with their locations, walking the tokens of Jackson's YAML parser.
 * Scenario files are data from anywhere, so this is where hostile input stops: aliases (the "billion
 * laughs"), type tags ({@code !!javax.script.ScriptEngineManager}), duplicate keys, deep nesting and
 * oversized documents are refused with a message saying where.
 */
final class YamlTree {

    static final int MAX_NESTING_DEPTH = 100;

    private static final String CORE_TAG = "tag:yaml.org,2002:";
    private static final Set<String> DATA_TAGS = Set.of("str", "int", "float", "bool", "null");
    private static final String DATA_ONLY = "scenario files are data only";
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxDocumentLength(ScenarioLoader.MAX_FILE_BYTES) // where Jackson counts YAML input
                    .build())
            // "on", "off", "yes", "no" stay text (no Norway problem): only true and false are booleans
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();

    private final YAMLParser parser;
    private final String fileName;

    private YamlTree(YAMLParser parser, String fileName) {
        this.parser = parser;
        this.fileName = fileName;
    }

    /** The root node of each YAML document in the text, in order. */
    static List<Node> parse(String text, String fileName) {
        YAMLParser parser = open(text, fileName);
        try (parser) {
            return new YamlTree(parser, fileName).documents();
        } catch (StreamConstraintsException e) {
            throw YamlSyntax.limit(e, e.getOriginalMessage(), parser, fileName);
        } catch (JsonProcessingException e) {
            throw YamlSyntax.error(e, parser, fileName, text);
        } catch (IOException e) {
            throw new ScenarioLoadException(Source.of(fileName, 0), "cannot read the YAML: " + e.getMessage(), null, e);
        }
    }

    /**
     * Only the code point limit of SnakeYAML's scanner applies here. Its alias and nesting limits live in
     * its composer, which Jackson does not use: this class refuses aliases itself and Jackson's
     * {@link StreamReadConstraints} limit nesting. Duplicate keys are left to {@link #mapping} too, as
     * {@code allowDuplicateKeys(false)} would have Jackson refuse them without saying where the first was.
     */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(ScenarioLoader.MAX_FILE_BYTES);
        return options;
    }

    private static YAMLParser open(String text, String fileName) {
        try {
            return (YAMLParser) FACTORY.createParser(text);
        } catch (IOException e) {
            throw new ScenarioLoadException(Source.of(fileName, 0), "cannot read the YAML: " + e.getMessage(), null, e);
        }
    }

    private List<Node> documents() throws IOException {
        List<Node> documents = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            documents.add(node(token));
        }
        return documents;
    }

    private Node node(JsonToken token) throws IOException {
        Source at = source(parser.currentTokenLocation());
        refuseTag(at);
        if (parser.isCurrentAlias()) {
            throw new ScenarioLoadException(
                    at,
                    "YAML aliases (*" + parser.getText() + ") are not supported",
                    DATA_ONLY + "; repeat the value, or declare a parameter and write ${name}");
        }
        return switch (token) {
            case START_OBJECT -> mapping(at);
            case START_ARRAY -> sequence(at);
            case VALUE_STRING -> new Scalar(parser.getText(), parser.getText(), at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Scalar(parser.getNumberValue(), parser.getText(), at);
            case VALUE_TRUE, VALUE_FALSE -> new Scalar(token == JsonToken.VALUE_TRUE, parser.getText(), at);
            case VALUE_NULL -> new Scalar(null, parser.getText(), at);
            default -> throw new ScenarioLoadException(at, "this kind of YAML value is not supported", DATA_ONLY);
        };
    }

    private Mapping mapping(Source at) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Source> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Scalar key = new Scalar(name, name, source(parser.currentTokenLocation()));
            refuseTag(key.source());
            Source first = seen.putIfAbsent(name, key.source());
            if (first != null) {
                throw new ScenarioLoadException(
                        key.source(),
                        "duplicate key '" + name + "' (first at line " + first.line() + ")",
                        "a key appears once in a mapping; remove or rename one of them");
            }
            entries.add(new Entry(key, node(parser.nextToken())));
        }
        return new Mapping(entries, at);
    }

    private Sequence sequence(Source at) throws IOException {
        List<Node> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(node(token));
        }
        return new Sequence(items, at);
    }

    /** Jackson never instantiates tags, but a tag other than YAML's own types is never data either. */
    private void refuseTag(Source at) throws IOException {
        String tag = parser.getTypeId();
        if (tag == null || tag.isEmpty() || DATA_TAGS.contains(tag.replace(CORE_TAG, ""))) {
            return;
        }
        String written = tag.startsWith(CORE_TAG) ? "!!" + tag.substring(CORE_TAG.length()) : "!" + tag;
        throw new ScenarioLoadException(
                at,
                "the YAML tag '" + written + "' is not allowed",
                DATA_ONLY + "; remove the tag (text, numbers, true/false, lists and mappings need none)");
    }

    private Source source(JsonLocation location) {
        return YamlSyntax.source(location, fileName);
    }
}
