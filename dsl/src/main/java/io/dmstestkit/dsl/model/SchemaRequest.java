package io.dmstestkit.dsl.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The DMS Schema Conversion requests a scenario starts on a migration project, by the operation that
 * starts them; each is read back with its {@code Describe…} twin.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum SchemaRequest {
    /** {@code StartMetadataModelImport}: reads the source's metadata model. */
    IMPORT("import"),
    /** {@code StartMetadataModelAssessment}: the assessment report (its action items). */
    ASSESSMENT("assessment"),
    /** {@code StartMetadataModelConversion}: converts the model for the target engine. */
    CONVERSION("conversion"),
    /** {@code StartMetadataModelExportToTarget}: applies the converted model to the target. */
    EXPORT_TO_TARGET("export to target"),
    /** {@code StartMetadataModelExportAsScript}: writes the converted model as an SQL script. */
    EXPORT_AS_SCRIPT("export as script");

    private final String words;

    SchemaRequest(String words) {
        this.words = words;
    }

    /** {@code conversion}, {@code export to target}: for messages. */
    public String words() {
        return words;
    }

    /** The YAML and Groovy word: {@code conversion}, {@code export-to-target}. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SchemaRequest parse(String text) {
        List<String> words =
                Arrays.stream(values()).map(SchemaRequest::wireValue).toList();
        return Words.parse(SchemaRequest.class, text, words, SchemaRequest::wireValue);
    }
}
