package io.dmstestkit.simulator.internal.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;

/**
 * {@code ReplicationTaskSettings}: checked to be a JSON object, and the defaults a task gets when none are
 * given (DMS fills in its defaults too; this is a shortened version of the documented default settings
 * with the sections clients read most: TargetMetadata, FullLoadSettings, Logging, ValidationSettings,
 * ErrorBehavior).
 */
final class TaskSettings {

    static final String DEFAULTS = "{\"TargetMetadata\":{\"TargetSchema\":\"\",\"SupportLobs\":true,"
            + "\"FullLobMode\":false,\"LobChunkSize\":64,\"LimitedSizeLobMode\":true,\"LobMaxSize\":32,"
            + "\"BatchApplyEnabled\":false},"
            + "\"FullLoadSettings\":{\"TargetTablePrepMode\":\"DROP_AND_CREATE\",\"CreatePkAfterFullLoad\":false,"
            + "\"StopTaskCachedChangesApplied\":false,\"StopTaskCachedChangesNotApplied\":false,"
            + "\"MaxFullLoadSubTasks\":8,\"TransactionConsistencyTimeout\":600,\"CommitRate\":10000},"
            + "\"Logging\":{\"EnableLogging\":false},"
            + "\"ControlTablesSettings\":{\"HistoryTimeslotInMinutes\":5,\"StatusTableEnabled\":false,"
            + "\"SuspendedTablesTableEnabled\":false,\"HistoryTableEnabled\":false},"
            + "\"ValidationSettings\":{\"EnableValidation\":false,\"ThreadCount\":5},"
            + "\"ErrorBehavior\":{\"DataErrorPolicy\":\"LOG_ERROR\",\"TableErrorPolicy\":\"SUSPEND_TABLE\","
            + "\"RecoverableErrorCount\":-1,\"RecoverableErrorInterval\":5,\"ApplyErrorInsertPolicy\":\"LOG_ERROR\"}}";

    private TaskSettings() {}

    /** The settings as stored: {@link #DEFAULTS} when none are given, else the given JSON object. */
    static String validated(String settings) {
        if (settings == null) {
            return DEFAULTS;
        }
        try {
            if (!SdkJsonCodec.mapper().readTree(settings).isObject()) {
                throw ServiceError.invalidParameterValue("ReplicationTaskSettings must be a JSON object");
            }
        } catch (JsonProcessingException e) {
            throw ServiceError.invalidParameterValue(
                    "ReplicationTaskSettings is not valid JSON: " + e.getOriginalMessage());
        }
        return settings;
    }
}
