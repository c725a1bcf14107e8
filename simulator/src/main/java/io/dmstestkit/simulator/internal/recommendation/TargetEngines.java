package io.dmstestkit.simulator.internal.recommendation;

import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.databasemigration.model.Limitation;

/**
 * The target engines Fleet Advisor weighs for a source engine (the first one is recommended, the others
 * are alternates) and the limitations of each: a small fixed table, so results are deterministic.
 */
final class TargetEngines {

    /** A candidate target engine and what migrating to it would lack. */
    record Candidate(String engineName, String limitation, String description, String impact, String type) {}

    private TargetEngines() {}

    static List<Candidate> forSource(String sourceEngine) {
        String engine = sourceEngine.toLowerCase(Locale.ROOT);
        if (engine.contains("oracle")) {
            return List.of(
                    new Candidate(
                            "rds-oracle",
                            "Unsupported Oracle features",
                            "Oracle Enterprise Edition options such as"
                                    + " Real Application Clusters are not available on Amazon RDS.",
                            "Medium",
                            "limited feature"),
                    new Candidate(
                            "rds-aurora-postgresql",
                            "PL/SQL packages",
                            "PL/SQL packages must be converted to"
                                    + " PL/pgSQL functions with AWS SCT or DMS Schema Conversion.",
                            "High",
                            "action required"));
        }
        if (engine.contains("sql server")) {
            return List.of(
                    new Candidate(
                            "rds-sql-server",
                            "SQL Server Agent jobs",
                            "SQL Server Agent jobs that use the file" + " system must be rewritten.",
                            "Low",
                            "action required"),
                    new Candidate(
                            "rds-aurora-postgresql",
                            "T-SQL procedures",
                            "T-SQL procedures must be converted to" + " PL/pgSQL.",
                            "High",
                            "action required"));
        }
        if (engine.contains("mysql") || engine.contains("maria")) {
            return List.of(
                    new Candidate(
                            "rds-aurora-mysql",
                            "MyISAM tables",
                            "Aurora MySQL supports only InnoDB; convert" + " MyISAM tables before migrating.",
                            "Medium",
                            "action required"),
                    new Candidate(
                            "rds-mysql",
                            "Engine version upgrade",
                            "The source version is older than the oldest"
                                    + " RDS for MySQL version; upgrade during the migration.",
                            "Low",
                            "upgrade required"));
        }
        return List.of(
                new Candidate(
                        "rds-aurora-postgresql",
                        "Unsupported extensions",
                        "Extensions that Aurora PostgreSQL does" + " not offer must be removed or replaced.",
                        "Low",
                        "limited feature"),
                new Candidate(
                        "rds-postgresql",
                        "Engine version upgrade",
                        "The source version is older than the oldest"
                                + " RDS for PostgreSQL version; upgrade during the migration.",
                        "Low",
                        "upgrade required"));
    }

    static Limitation limitation(String databaseId, Candidate candidate) {
        return Limitation.builder()
                .databaseId(databaseId)
                .engineName(candidate.engineName())
                .name(candidate.limitation())
                .description(candidate.description())
                .impact(candidate.impact())
                .type(candidate.type())
                .build();
    }
}
