package io.dmstestkit.simulator.internal.endpoint;

import io.dmstestkit.simulator.internal.ServiceError;
import java.util.LinkedHashMap;
import java.util.Map;

/** The engine names DMS accepts for endpoints, with the display names it reports. */
final class Engines {

    private static final Map<String, String> DISPLAY_NAMES = new LinkedHashMap<>();

    static {
        DISPLAY_NAMES.put("mysql", "MySQL");
        DISPLAY_NAMES.put("oracle", "Oracle");
        DISPLAY_NAMES.put("postgres", "PostgreSQL");
        DISPLAY_NAMES.put("mariadb", "MariaDB");
        DISPLAY_NAMES.put("aurora", "Amazon Aurora MySQL");
        DISPLAY_NAMES.put("aurora-postgresql", "Amazon Aurora PostgreSQL");
        DISPLAY_NAMES.put("opensearch", "Amazon OpenSearch Service");
        DISPLAY_NAMES.put("redshift", "Amazon Redshift");
        DISPLAY_NAMES.put("redshift-serverless", "Amazon Redshift Serverless");
        DISPLAY_NAMES.put("s3", "Amazon S3");
        DISPLAY_NAMES.put("db2", "IBM Db2 for Linux, Unix, and Windows");
        DISPLAY_NAMES.put("db2-zos", "IBM Db2 for z/OS");
        DISPLAY_NAMES.put("azuredb", "Microsoft Azure SQL Database");
        DISPLAY_NAMES.put("azure-sql-managed-instance", "Microsoft Azure SQL Managed Instance");
        DISPLAY_NAMES.put("sybase", "SAP Sybase ASE");
        DISPLAY_NAMES.put("dynamodb", "Amazon DynamoDB");
        DISPLAY_NAMES.put("mongodb", "MongoDB");
        DISPLAY_NAMES.put("kinesis", "Amazon Kinesis");
        DISPLAY_NAMES.put("kafka", "Kafka");
        DISPLAY_NAMES.put("elasticsearch", "Elasticsearch");
        DISPLAY_NAMES.put("docdb", "Amazon DocumentDB");
        DISPLAY_NAMES.put("sqlserver", "Microsoft SQL Server");
        DISPLAY_NAMES.put("neptune", "Amazon Neptune");
        DISPLAY_NAMES.put("babelfish", "Babelfish for Aurora PostgreSQL");
        DISPLAY_NAMES.put("redis", "Redis");
        DISPLAY_NAMES.put("gcp-mysql", "Google Cloud SQL for MySQL");
        DISPLAY_NAMES.put("timestream", "Amazon Timestream");
    }

    private Engines() {}

    /** Every engine name, in the order DMS documents them. */
    static java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(DISPLAY_NAMES.keySet());
    }

    static String displayName(String engineName) {
        String display = DISPLAY_NAMES.get(engineName);
        if (display == null) {
            throw ServiceError.invalidParameterValue("Invalid EngineName '" + engineName + "'. Valid values: "
                    + String.join(" | ", DISPLAY_NAMES.keySet()));
        }
        return display;
    }
}
