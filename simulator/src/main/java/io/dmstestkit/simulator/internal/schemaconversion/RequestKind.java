package io.dmstestkit.simulator.internal.schemaconversion;

import io.dmstestkit.simulator.DmsIncident.SchemaConversionStep;

/**
 * The kinds of schema-conversion request: which step of the public incident vocabulary they are, how the
 * state dump lists them, which {@code ProgressStep} they report while working, and whether DMS lets
 * them be canceled.
 */
enum RequestKind {
    IMPORT(SchemaConversionStep.IMPORT, "MetadataModelImports", "LOADING_METADATA", false),
    ASSESSMENT(SchemaConversionStep.ASSESSMENT, "MetadataModelAssessments", "ANALYZING", false),
    CONVERSION(SchemaConversionStep.CONVERSION, "MetadataModelConversions", "CONVERTING", true),
    CREATION(SchemaConversionStep.CREATION, "MetadataModelCreations", "IN_PROGRESS", true),
    EXPORT_AS_SCRIPT(SchemaConversionStep.EXPORT_AS_SCRIPT, "MetadataModelExportsAsScript", "IN_PROGRESS", false),
    EXPORT_TO_TARGET(SchemaConversionStep.EXPORT_TO_TARGET, "MetadataModelExportsToTarget", "APPLYING", false),
    EXTENSION_PACK(SchemaConversionStep.EXTENSION_PACK_ASSOCIATION, "ExtensionPackAssociations", "APPLYING", false);

    private final SchemaConversionStep step;
    private final String describedIn;
    private final String workStep;
    private final boolean cancelable;

    RequestKind(SchemaConversionStep step, String describedIn, String workStep, boolean cancelable) {
        this.step = step;
        this.describedIn = describedIn;
        this.workStep = workStep;
        this.cancelable = cancelable;
    }

    SchemaConversionStep step() {
        return step;
    }

    String describedIn() {
        return describedIn;
    }

    String workStep() {
        return workStep;
    }

    boolean cancelable() {
        return cancelable;
    }

    static RequestKind of(SchemaConversionStep step) {
        for (RequestKind kind : values()) {
            if (kind.step == step) {
                return kind;
            }
        }
        throw new IllegalArgumentException(step.name());
    }
}
