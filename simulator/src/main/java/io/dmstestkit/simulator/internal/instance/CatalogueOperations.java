package io.dmstestkit.simulator.internal.instance;

import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Paging;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.model.DescribeEngineVersionsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeEngineVersionsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeOrderableReplicationInstancesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeOrderableReplicationInstancesResponse;
import software.amazon.awssdk.services.databasemigration.model.EngineVersion;
import software.amazon.awssdk.services.databasemigration.model.OrderableReplicationInstance;

/** DescribeOrderableReplicationInstances and DescribeEngineVersions, from {@link InstanceCatalogue}. */
final class CatalogueOperations {

    private CatalogueOperations() {}

    static void register(OperationRegistry registry) {
        registry.register(DescribeOrderableReplicationInstancesRequest.class, CatalogueOperations::orderable)
                .register(DescribeEngineVersionsRequest.class, CatalogueOperations::engineVersions);
    }

    private static DescribeOrderableReplicationInstancesResponse orderable(
            DescribeOrderableReplicationInstancesRequest request, OperationContext context) {
        List<OrderableReplicationInstance> all = new ArrayList<>();
        for (InstanceCatalogue.Version version : InstanceCatalogue.VERSIONS) {
            for (String instanceClass : InstanceCatalogue.CLASSES) {
                all.add(OrderableReplicationInstance.builder()
                        .engineVersion(version.version())
                        .replicationInstanceClass(instanceClass)
                        .storageType(InstanceCatalogue.STORAGE_TYPE)
                        .minAllocatedStorage(InstanceCatalogue.MIN_STORAGE)
                        .maxAllocatedStorage(InstanceCatalogue.MAX_STORAGE)
                        .defaultAllocatedStorage(InstanceCatalogue.DEFAULT_STORAGE)
                        .includedAllocatedStorage(InstanceCatalogue.DEFAULT_STORAGE)
                        .availabilityZones(InstanceCatalogue.availabilityZones(context.region()))
                        .releaseStatus(version.releaseStatus())
                        .build());
            }
        }
        Paging.Page<OrderableReplicationInstance> page =
                Paging.pageByIndex(all, request.maxRecords(), request.marker());
        return DescribeOrderableReplicationInstancesResponse.builder()
                .orderableReplicationInstances(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static DescribeEngineVersionsResponse engineVersions(
            DescribeEngineVersionsRequest request, OperationContext context) {
        List<EngineVersion> all = new ArrayList<>();
        List<InstanceCatalogue.Version> versions = InstanceCatalogue.VERSIONS;
        for (int i = 0; i < versions.size(); i++) {
            InstanceCatalogue.Version version = versions.get(i);
            all.add(EngineVersion.builder()
                    .version(version.version())
                    .lifecycle(version.lifecycle())
                    .releaseStatus(version.releaseStatus())
                    .launchDate(version.launchDate())
                    .availableUpgrades(versions.subList(i + 1, versions.size()).stream()
                            .map(InstanceCatalogue.Version::version)
                            .toList())
                    .build());
        }
        Paging.Page<EngineVersion> page = Paging.pageByIndex(all, request.maxRecords(), request.marker());
        return DescribeEngineVersionsResponse.builder()
                .engineVersions(page.items())
                .marker(page.nextMarker())
                .build();
    }
}
