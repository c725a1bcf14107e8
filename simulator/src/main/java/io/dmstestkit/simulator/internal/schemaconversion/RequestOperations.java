package io.dmstestkit.simulator.internal.schemaconversion;

import io.dmstestkit.simulator.Timings;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.datamigration.DataMigrations;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.databasemigration.model.CancelMetadataModelConversionRequest;
import software.amazon.awssdk.services.databasemigration.model.CancelMetadataModelCreationRequest;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.Filter;
import software.amazon.awssdk.services.databasemigration.model.MigrationProject;
import software.amazon.awssdk.services.databasemigration.model.SchemaConversionRequest;
import software.amazon.awssdk.services.databasemigration.model.StartExtensionPackAssociationRequest;
import software.amazon.awssdk.services.databasemigration.model.StartMetadataModelAssessmentRequest;
import software.amazon.awssdk.services.databasemigration.model.StartMetadataModelConversionRequest;
import software.amazon.awssdk.services.databasemigration.model.StartMetadataModelCreationRequest;
import software.amazon.awssdk.services.databasemigration.model.StartMetadataModelExportAsScriptRequest;
import software.amazon.awssdk.services.databasemigration.model.StartMetadataModelExportToTargetRequest;
import software.amazon.awssdk.services.databasemigration.model.StartMetadataModelImportRequest;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The request half of schema conversion: the seven {@code Start…} calls, their {@code Describe…} twins and
 * the two cancels. Every request gets a {@code RequestIdentifier} and one {@link RequestTimeline}; the
 * Describe calls filter on {@code request-id} and {@code status} and page as every DMS Describe does.
 */
final class RequestOperations {

    private RequestOperations() {}

    static void register(OperationRegistry registry) {
        started(
                registry,
                StartMetadataModelImportRequest.class,
                (r, c) -> selected(c, r, RequestKind.IMPORT, () -> origin(r.originAsString())));
        started(
                registry,
                StartMetadataModelAssessmentRequest.class,
                (r, c) -> selected(c, r, RequestKind.ASSESSMENT, () -> "SOURCE"));
        started(
                registry,
                StartMetadataModelConversionRequest.class,
                (r, c) -> selected(c, r, RequestKind.CONVERSION, () -> "SOURCE"));
        started(registry, StartMetadataModelCreationRequest.class, RequestOperations::startCreation);
        started(registry, StartMetadataModelExportAsScriptRequest.class, RequestOperations::startExportAsScript);
        started(registry, StartMetadataModelExportToTargetRequest.class, RequestOperations::startExportToTarget);
        started(
                registry,
                StartExtensionPackAssociationRequest.class,
                (r, c) -> start(c, project(c, r), RequestKind.EXTENSION_PACK, List.of(), null, null));
        registry.register(
                CancelMetadataModelConversionRequest.class,
                (r, c) -> answer(r, Map.of("Request", cancel(c, RequestKind.CONVERSION, r))));
        registry.register(
                CancelMetadataModelCreationRequest.class,
                (r, c) -> answer(r, Map.of("Request", cancel(c, RequestKind.CREATION, r))));
        for (RequestKind kind : RequestKind.values()) {
            registry.register(sdkClass("Describe" + kind.describedIn() + "Request"), (r, c) -> describe(r, c, kind));
        }
    }

    /** A Start… call: its own checks make the request; the answer is its {@code RequestIdentifier}. */
    private static <Q extends DatabaseMigrationRequest> void started(
            OperationRegistry registry, Class<Q> type, BiFunction<Q, OperationContext, ConversionRequest> start) {
        registry.register(
                type,
                (request, context) -> answer(
                        request,
                        Map.of(
                                "RequestIdentifier",
                                start.apply(request, context).id())));
    }

    /** A Describe… call ({@code DescribeMetadataModelImports}…): one page of the project's requests of {@code kind}. */
    private static DatabaseMigrationResponse describe(
            DatabaseMigrationRequest request, OperationContext context, RequestKind kind) {
        Paging.Page<SchemaConversionRequest> page = page(
                context,
                kind,
                member(request, "MigrationProjectIdentifier", String.class),
                filters(request),
                member(request, "MaxRecords", Integer.class),
                member(request, "Marker", String.class));
        Map<String, Object> members = new HashMap<>();
        members.put("Requests", page.items());
        members.put("Marker", page.nextMarker());
        return answer(request, members);
    }

    /**
     * The answer to {@code request} (its SDK response shape, found by name) with {@code members} set by
     * their wire names: these calls share their members but no Java interface.
     */
    private static DatabaseMigrationResponse answer(DatabaseMigrationRequest request, Map<String, ?> members) {
        String response = request.getClass().getSimpleName().replaceFirst("Request$", "Response");
        SdkPojo builder;
        try {
            builder = (SdkPojo) sdkClass(response).getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no SDK response shape " + response, e);
        }
        for (SdkField<?> field : builder.sdkFields()) {
            if (members.containsKey(field.memberName())) {
                field.set(builder, members.get(field.memberName()));
            }
        }
        return (DatabaseMigrationResponse) ((SdkBuilder<?, ?>) builder).build();
    }

    /** The SDK model class of a DMS shape, e.g. {@code DescribeMetadataModelImportsRequest}. */
    @SuppressWarnings("unchecked")
    private static <T> Class<T> sdkClass(String simpleName) {
        try {
            // Loaded, not initialised: registering a handler must not build the SDK shape's fields (start-up).
            return (Class<T>) Class.forName(
                    DatabaseMigrationRequest.class.getPackageName() + "." + simpleName,
                    false,
                    DatabaseMigrationRequest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no SDK shape " + simpleName, e);
        }
    }

    /** A start over the objects its SelectionRules pick from one side ({@code origin}) of the model. */
    private static ConversionRequest selected(
            OperationContext context, DatabaseMigrationRequest request, RequestKind kind, Supplier<String> origin) {
        MigrationProject project = project(context, request);
        List<MetadataObject> objects = model(context, project, origin.get())
                .select(SelectionRules.parse(member(request, "SelectionRules", String.class)));
        return start(context, project, kind, objects, null, null);
    }

    /** Every request of schema conversion names its project in {@code MigrationProjectIdentifier}. */
    private static MigrationProject project(OperationContext context, DatabaseMigrationRequest request) {
        return DataMigrations.project(context.account(), member(request, "MigrationProjectIdentifier", String.class));
    }

    /** A member by its wire name: the request shapes share these members but no Java interface. */
    private static <T> T member(DatabaseMigrationRequest request, String name, Class<T> type) {
        return request.getValueForField(name, type).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<Filter> filters(DatabaseMigrationRequest request) {
        return request.getValueForField("Filters", List.class).orElse(List.of());
    }

    /** The rules name the schema the new object goes into; the definition's first words give its type. */
    private static ConversionRequest startCreation(
            StartMetadataModelCreationRequest request, OperationContext context) {
        MigrationProject project = DataMigrations.project(context.account(), request.migrationProjectIdentifier());
        String definition = request.properties() == null || request.properties().statementProperties() == null
                ? null
                : request.properties().statementProperties().definition();
        if (definition == null || definition.isBlank()) {
            throw ServiceError.invalidParameterValue("Properties.StatementProperties.Definition must hold the SQL "
                    + "statement that creates the object, e.g. CREATE VIEW …");
        }
        String name = request.metadataModelName();
        if (name.isBlank()) {
            throw ServiceError.invalidParameterValue("MetadataModelName must not be blank");
        }
        MetadataModel model = model(context, project, "SOURCE");
        SelectionRules.Locator locator =
                SelectionRules.parse(request.selectionRules()).get(0);
        if (locator.schema() == null || locator.table() != null) {
            throw ServiceError.invalidParameterValue(
                    "SelectionRules must name the schema to create " + name + " in (schema-name, no table-name)");
        }
        MetadataObject schema = model.find(locator, "SOURCE");
        boolean taken = model.children(schema).stream().anyMatch(o -> o.name().equalsIgnoreCase(name))
                || SchemaConversions.requests(context.account(), project.migrationProjectArn(), RequestKind.CREATION)
                        .stream()
                        .anyMatch(r -> r.timeline().activeAt(context.now())
                                && r.created().key().equals((schema.name() + "." + name).toLowerCase(Locale.ROOT)));
        if (taken) {
            throw ServiceError.alreadyExists("Metadata model " + schema.name() + "." + name + " already exists");
        }
        MetadataObject created = new MetadataObject(typeOf(definition), schema.name(), name, definition.strip());
        return start(context, project, RequestKind.CREATION, List.of(created), created, null);
    }

    private static ConversionRequest startExportAsScript(
            StartMetadataModelExportAsScriptRequest request, OperationContext context) {
        MigrationProject project = DataMigrations.project(context.account(), request.migrationProjectIdentifier());
        String origin = origin(request.originAsString());
        if (origin.equals("TARGET")
                && SchemaConversions.converted(context.account(), project.migrationProjectArn(), context.now())
                        .isEmpty()) {
            throw ServiceError.invalidResourceState("Migration project " + project.migrationProjectName()
                    + " has no converted objects to export yet; run StartMetadataModelConversion first");
        }
        List<MetadataObject> objects =
                model(context, project, origin).select(SelectionRules.parse(request.selectionRules()));
        String file =
                request.fileName() == null || request.fileName().isBlank() ? "metadata-model" : request.fileName();
        String id = newId(context.account());
        String key = Buckets.prefix(project, context) + file + "-" + id + ".sql";
        return start(context, project, RequestKind.EXPORT_AS_SCRIPT, objects, null, key, id);
    }

    /** Only what a successful conversion has converted can be applied to the target. */
    private static ConversionRequest startExportToTarget(
            StartMetadataModelExportToTargetRequest request, OperationContext context) {
        MigrationProject project = DataMigrations.project(context.account(), request.migrationProjectIdentifier());
        List<MetadataObject> objects =
                model(context, project, "SOURCE").select(SelectionRules.parse(request.selectionRules()));
        Set<String> converted =
                SchemaConversions.converted(context.account(), project.migrationProjectArn(), context.now());
        List<String> missing = objects.stream()
                .filter(o -> !converted.contains(o.key()))
                .map(MetadataObject::qualifiedName)
                .toList();
        if (!missing.isEmpty()) {
            throw ServiceError.invalidResourceState("Cannot export to the target objects that are not converted: "
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : "")
                    + "; run StartMetadataModelConversion on them first");
        }
        return start(context, project, RequestKind.EXPORT_TO_TARGET, objects, null, null);
    }

    private static SchemaConversionRequest cancel(
            OperationContext context, RequestKind kind, DatabaseMigrationRequest request) {
        AccountState account = context.account();
        MigrationProject project = project(context, request);
        String requestId = member(request, "RequestIdentifier", String.class);
        ConversionRequest found = SchemaConversions.requests(account, project.migrationProjectArn(), kind).stream()
                .filter(r -> r.id().equals(requestId))
                .findFirst()
                .orElseThrow(() -> ServiceError.resourceNotFound("No metadata model " + noun(kind) + " request "
                        + ServiceError.echo(requestId) + " in migration project " + project.migrationProjectName()));
        String status = found.statusAt(context.now());
        if (!found.timeline().activeAt(context.now())) {
            throw ServiceError.invalidResourceState("Metadata model " + noun(kind) + " request " + requestId + " is "
                    + status + "; only RECEIVED or IN_PROGRESS requests can be canceled");
        }
        Duration canceling = context.settings().timings().schemaConversionCanceling();
        ConversionRequest canceled = found.withTimeline(found.timeline().canceling(context.now(), canceling));
        SchemaConversions.store(account).put(canceled.id(), canceled);
        return canceled.render(context.now());
    }

    static ConversionRequest start(
            OperationContext context,
            MigrationProject project,
            RequestKind kind,
            List<MetadataObject> objects,
            MetadataObject created,
            String script) {
        return start(context, project, kind, objects, created, script, newId(context.account()));
    }

    /** Plans the request's timeline, lets a planned incident strike it, and stores it. */
    static ConversionRequest start(
            OperationContext context,
            MigrationProject project,
            RequestKind kind,
            List<MetadataObject> objects,
            MetadataObject created,
            String script,
            String id) {
        AccountState account = context.account();
        Timings timings = context.settings().timings();
        Duration work = timings.schemaConversionPerObject().multipliedBy(Math.max(1, objects.size()));
        RequestTimeline timeline = RequestTimeline.plan(context.now(), timings.schemaConversionQueued(), work);
        ConversionRequest request = new ConversionRequest(
                id,
                kind,
                project.migrationProjectArn(),
                objects,
                created,
                script,
                Buckets.url(project, context),
                List.of(),
                timeline);
        var taken = SchemaConversions.conversion(account, project.migrationProjectArn())
                .take(kind);
        if (taken.isPresent()) {
            request = SchemaConversions.struck(request, taken.get().incident());
            SchemaConversions.save(account, taken.get().rest());
        }
        return SchemaConversions.store(account).put(id, request);
    }

    /** One page of the project's requests of {@code kind}, oldest first, as the Describe call shows them now. */
    static Paging.Page<SchemaConversionRequest> page(
            OperationContext context,
            RequestKind kind,
            String projectIdentifier,
            List<Filter> filters,
            Integer maxRecords,
            String marker) {
        AccountState account = context.account();
        MigrationProject project = DataMigrations.project(account, projectIdentifier);
        Filters<ConversionRequest> known = Filters.<ConversionRequest>named("Describe" + kind.describedIn())
                .on("request-id", r -> List.of(r.id()))
                .on("status", r -> List.of(r.statusAt(context.now())));
        Predicate<ConversionRequest> matches = known.matcher(filters);
        List<ResourceStore.Entry<ConversionRequest>> matched = SchemaConversions.store(account).entries().stream()
                .filter(e -> e.value().projectArn().equals(project.migrationProjectArn())
                        && e.value().kind() == kind
                        && matches.test(e.value()))
                .toList();
        if (matched.isEmpty() && !filters.isEmpty()) {
            throw ServiceError.resourceNotFound(
                    "No metadata model " + noun(kind) + " requests found matching the filters");
        }
        Paging.Page<ResourceStore.Entry<ConversionRequest>> page =
                Paging.page(matched, ResourceStore.Entry::sequence, maxRecords, marker);
        return new Paging.Page<>(
                page.items().stream().map(e -> e.value().render(context.now())).toList(), page.nextMarker());
    }

    static MetadataModel model(OperationContext context, MigrationProject project, String origin) {
        MetadataModel source =
                SchemaConversions.sourceModel(context.account(), context.settings(), project, context.now());
        if (origin.equals("SOURCE")) {
            return source;
        }
        return MetadataModel.target(
                source,
                project,
                SchemaConversions.converted(context.account(), project.migrationProjectArn(), context.now()));
    }

    /** SOURCE or TARGET; anything else is InvalidParameterValueException. */
    static String origin(String origin) {
        if (!"SOURCE".equals(origin) && !"TARGET".equals(origin)) {
            throw ServiceError.invalidParameterValue(
                    "Origin must be SOURCE or TARGET, was '" + ServiceError.echo(origin) + "'");
        }
        return origin;
    }

    private static String newId(AccountState account) {
        // Seeded like every other ID, so the same calls give the same request identifiers on every run.
        String seed = account.ids().newArn("schema-conversion-request");
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String typeOf(String definition) {
        String[] words = definition.strip().toLowerCase(Locale.ROOT).split("\\s+");
        int at = 0;
        if (words.length > at && words[at].equals("create")) {
            at++;
        }
        if (words.length > at + 1 && words[at].equals("or") && words[at + 1].equals("replace")) {
            at += 2;
        }
        return words.length > at && words[at].matches("view|procedure|function|table|sequence|trigger|package|type")
                ? words[at]
                : "statement";
    }

    private static String noun(RequestKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
