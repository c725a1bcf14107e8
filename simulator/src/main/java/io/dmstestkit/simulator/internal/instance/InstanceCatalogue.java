package io.dmstestkit.simulator.internal.instance;

import io.dmstestkit.simulator.internal.ServiceError;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The built-in catalogue of replication instance classes and engine versions that the simulator accepts
 * and that DescribeOrderableReplicationInstances and DescribeEngineVersions answer. A small, plausible
 * subset of what DMS offers; storage bounds are the same for every class.
 */
final class InstanceCatalogue {

    static final int MIN_STORAGE = 5;
    static final int MAX_STORAGE = 6144;
    static final int DEFAULT_STORAGE = 50;
    static final String STORAGE_TYPE = "gp2";

    static final List<String> CLASSES = List.of(
            "dms.t3.micro",
            "dms.t3.small",
            "dms.t3.medium",
            "dms.t3.large",
            "dms.c5.large",
            "dms.c5.xlarge",
            "dms.c5.2xlarge",
            "dms.r5.large",
            "dms.r5.xlarge",
            "dms.r5.2xlarge");

    /** One engine version: its lifecycle as DescribeEngineVersions reports it. */
    record Version(String version, String lifecycle, String releaseStatus, Instant launchDate) {
        int major() {
            String[] parts = version.split("\\.");
            return Integer.parseInt(parts[0]) * 100 + Integer.parseInt(parts[1]);
        }
    }

    static final List<Version> VERSIONS = List.of(
            new Version("3.4.4", "DEPRECATED", "prod", Instant.parse("2021-03-25T00:00:00Z")),
            new Version("3.4.7", "DEPRECATED", "prod", Instant.parse("2022-05-20T00:00:00Z")),
            new Version("3.5.2", "ACTIVE", "prod", Instant.parse("2023-10-29T00:00:00Z")),
            new Version("3.5.3", "DEFAULT_VERSION", "prod", Instant.parse("2024-05-17T00:00:00Z")),
            new Version("3.5.4", "ACTIVE", "prod", Instant.parse("2024-12-20T00:00:00Z")));

    private InstanceCatalogue() {}

    static String defaultVersion() {
        return VERSIONS.stream()
                .filter(v -> v.lifecycle().equals("DEFAULT_VERSION"))
                .findFirst()
                .orElseThrow()
                .version();
    }

    static String latestVersion() {
        return VERSIONS.get(VERSIONS.size() - 1).version();
    }

    /** Whether the dotted version {@code version} is older than {@code other}, e.g. 3.4.4 before 3.4.5. */
    static boolean isOlder(String version, String other) {
        String[] a = version.split("\\.");
        String[] b = other.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? Integer.parseInt(a[i]) : 0;
            int y = i < b.length ? Integer.parseInt(b[i]) : 0;
            if (x != y) {
                return x < y;
            }
        }
        return false;
    }

    static Optional<Version> version(String version) {
        return VERSIONS.stream().filter(v -> v.version().equals(version)).findFirst();
    }

    static Version requireVersion(String version) {
        return version(version)
                .orElseThrow(() -> ServiceError.invalidParameterValue("No replication engine found with version: "
                        + version + ". Valid versions: "
                        + String.join(
                                " | ", VERSIONS.stream().map(Version::version).toList())));
    }

    static String requireClass(String instanceClass) {
        if (!CLASSES.contains(instanceClass)) {
            throw ServiceError.invalidParameterValue("Invalid ReplicationInstanceClass '" + instanceClass
                    + "'. Orderable classes: " + String.join(" | ", CLASSES));
        }
        return instanceClass;
    }

    static int requireStorage(int gigabytes) {
        if (gigabytes < MIN_STORAGE || gigabytes > MAX_STORAGE) {
            throw ServiceError.invalidParameterValue("Invalid AllocatedStorage " + gigabytes
                    + ": the replication instance needs between " + MIN_STORAGE + " and " + MAX_STORAGE + " GB");
        }
        return gigabytes;
    }

    /** The availability zones of a region as the simulator names them: a, b and c. */
    static List<String> availabilityZones(String region) {
        return List.of(region + "a", region + "b", region + "c");
    }
}
