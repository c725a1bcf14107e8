package io.dmstestkit.simulator.internal.schemaconversion;

import io.dmstestkit.simulator.internal.operations.OperationContext;
import software.amazon.awssdk.services.databasemigration.model.MigrationProject;

/**
 * Where schema conversion writes its scripts and reports: the project's
 * {@code SchemaConversionApplicationAttributes.S3BucketPath} ({@code s3://bucket/prefix}), or, when the
 * project has none, a bucket named after the account and region (nothing is written anywhere).
 */
final class Buckets {

    private Buckets() {}

    /** The key prefix inside the bucket, empty or ending in {@code /}. */
    static String prefix(MigrationProject project, OperationContext context) {
        String path = path(project, context);
        int slash = path.indexOf('/');
        if (slash < 0 || slash == path.length() - 1) {
            return "";
        }
        String prefix = path.substring(slash + 1);
        return prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /** {@code https://bucket.s3.region.amazonaws.com/}: what an S3 object key is appended to for its URL. */
    static String url(MigrationProject project, OperationContext context) {
        String path = path(project, context);
        int slash = path.indexOf('/');
        String bucket = slash < 0 ? path : path.substring(0, slash);
        return "https://" + bucket + ".s3." + context.region() + ".amazonaws.com/";
    }

    private static String path(MigrationProject project, OperationContext context) {
        String configured = project.schemaConversionApplicationAttributes() == null
                ? null
                : project.schemaConversionApplicationAttributes().s3BucketPath();
        String path = configured == null || configured.isBlank()
                ? "dms-schema-conversion-" + context.accountId() + "-" + context.region()
                : configured.strip();
        return path.startsWith("s3://") ? path.substring("s3://".length()) : path;
    }
}
