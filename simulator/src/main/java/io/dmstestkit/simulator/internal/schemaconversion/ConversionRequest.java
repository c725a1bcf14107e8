package io.dmstestkit.simulator.internal.schemaconversion;

import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.databasemigration.model.DefaultErrorDetails;
import software.amazon.awssdk.services.databasemigration.model.ErrorDetails;
import software.amazon.awssdk.services.databasemigration.model.ExportSqlDetails;
import software.amazon.awssdk.services.databasemigration.model.ProcessedObject;
import software.amazon.awssdk.services.databasemigration.model.Progress;
import software.amazon.awssdk.services.databasemigration.model.SchemaConversionRequest;

/**
 * One schema-conversion request of a migration project, of any kind, with its timeline. Its status,
 * progress and error are computed from the timeline at the time of reading.
 *
 * @param objects the schemas and objects it works on (for an extension pack: none)
 * @param created the object a creation makes, or null
 * @param script the S3 object key of an export as script, or null
 * @param actionItems what an assessment reports (empty for other kinds)
 */
record ConversionRequest(
        String id,
        RequestKind kind,
        String projectArn,
        List<MetadataObject> objects,
        MetadataObject created,
        String script,
        String bucketUrl,
        List<String> actionItems,
        RequestTimeline timeline)
        implements Described, Scheduled {

    ConversionRequest {
        objects = List.copyOf(objects);
        actionItems = List.copyOf(actionItems);
    }

    String statusAt(Instant now) {
        return timeline.statusAt(now);
    }

    boolean succeededBy(Instant now) {
        return timeline.statusAt(now).equals(RequestTimeline.SUCCESS);
    }

    ConversionRequest withTimeline(RequestTimeline changed) {
        return new ConversionRequest(id, kind, projectArn, objects, created, script, bucketUrl, actionItems, changed);
    }

    ConversionRequest withActionItems(List<String> items) {
        return new ConversionRequest(id, kind, projectArn, objects, created, script, bucketUrl, items, timeline);
    }

    /** The request as the Describe… calls show it at {@code now}. */
    SchemaConversionRequest render(Instant now) {
        String status = timeline.statusAt(now);
        SchemaConversionRequest.Builder request = SchemaConversionRequest.builder()
                .requestIdentifier(id)
                .migrationProjectArn(projectArn)
                .status(status)
                .progress(progress(now, status));
        if (status.equals(RequestTimeline.FAILED)) {
            request.error(ErrorDetails.builder()
                    .defaultErrorDetails(DefaultErrorDetails.builder()
                            .message(timeline.failure())
                            .build())
                    .build());
        }
        if (script != null && status.equals(RequestTimeline.SUCCESS)) {
            request.exportSqlDetails(ExportSqlDetails.builder()
                    .s3ObjectKey(script)
                    .objectURL(bucketUrl + script)
                    .build());
        }
        return request.build();
    }

    private Progress progress(Instant now, String status) {
        int total = Math.max(objects.size(), 1);
        double done = timeline.doneAt(now);
        Progress.Builder progress = Progress.builder().totalObjects((long) objects.size());
        switch (status) {
            case RequestTimeline.RECEIVED -> progress.progressPercent(0.0);
            case RequestTimeline.SUCCESS -> progress.progressPercent(100.0).progressStep("FINISHED");
            default -> {
                // A failure strikes while the last object is worked on; a cancel freezes the progress it cut.
                double shown = status.equals(RequestTimeline.FAILED) ? (total - 1.0) / total : done;
                int index = Math.min((int) (shown * total), total - 1);
                progress.progressPercent(Math.floor(shown * 1000) / 10).progressStep(kind.workStep());
                if (!objects.isEmpty()) {
                    MetadataObject object = objects.get(index);
                    progress.processedObject(ProcessedObject.builder()
                            .name(object.qualifiedName())
                            .type(object.type())
                            .endpointType(kind == RequestKind.EXPORT_TO_TARGET ? "TARGET" : "SOURCE")
                            .build());
                }
            }
        }
        return progress.build();
    }

    @Override
    public String describedIn() {
        return kind.describedIn();
    }

    @Override
    public SdkPojo describeAt(Instant now) {
        return render(now);
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        return timeline.nextChangeAfter(now);
    }
}
