package io.dmstestkit.testcore;

import io.dmstestkit.simulator.Timings;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything that shapes a test's DMS session, in one immutable value: the JUnit and Spock annotations
 * are two ways of writing it.
 *
 * <pre>{@code
 * DmsTestSettings settings = DmsTestSettings.builder()
 *     .transport(Transport.HTTP)
 *     .clock(ClockMode.ACCELERATED).clockFactor(600)
 *     .scenarioFiles("scenarios/orders-ready.dms.yaml")
 *     .build();
 * try (DmsTestSession session = DmsTestSession.open(settings)) {
 *     session.client().describeReplications(r -> {});
 * }
 * }</pre>
 *
 * @param clock how virtual time moves
 * @param clockFactor virtual seconds per wall second, for {@link ClockMode#ACCELERATED}
 * @param advanceOnPoll each Describe call first moves a manual clock to the next scheduled change, so code
 *     that polls with its own sleeps sees the whole lifecycle in a few calls
 * @param account the account id (12 digits) the session's clients use; empty: a fresh one per session
 * @param region the region the session's clients sign for
 * @param transport how the session's SDK clients reach the simulator
 * @param mode what answers the calls: the simulator, or canned stubs in front of it
 * @param scenarioFiles classpath resources ({@code *.dms.yaml}, {@code *.dms.groovy}) run, in order, when
 *     the session opens; they set the stage in the session's account
 * @param timings how long each simulated step takes
 * @param systemProperties point SDK clients built by the code under test at the simulator through JVM
 *     system properties while the session is open (JVM-global: such tests must not run in parallel)
 * @param reportDir where the HTML report of the test run goes; empty: the {@value #REPORT_DIR_PROPERTY}
 *     system property or {@code junit-platform.properties} entry, else no report
 */
@API(status = API.Status.EXPERIMENTAL)
public record DmsTestSettings(
        ClockMode clock,
        double clockFactor,
        boolean advanceOnPoll,
        Optional<String> account,
        String region,
        Transport transport,
        Mode mode,
        List<String> scenarioFiles,
        Timings timings,
        boolean systemProperties,
        Optional<String> reportDir) {

    /** The system property (or {@code junit-platform.properties} entry) naming the report directory. */
    public static final String REPORT_DIR_PROPERTY = "dms.report.dir";

    /** Virtual seconds per wall second of an accelerated clock unless told otherwise: one hour per minute. */
    public static final double DEFAULT_CLOCK_FACTOR = 60;

    public static final String DEFAULT_REGION = "us-east-1";

    public DmsTestSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timings, "timings");
        Objects.requireNonNull(reportDir, "reportDir");
        scenarioFiles = List.copyOf(scenarioFiles);
        if (!(clockFactor > 0) || Double.isInfinite(clockFactor)) {
            throw new IllegalArgumentException("clockFactor must be a positive number, was " + clockFactor);
        }
        account.filter(id -> !id.matches("\\d{12}")).ifPresent(id -> {
            throw new IllegalArgumentException("account must be 12 digits (an AWS account id), was '" + id + "'");
        });
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("region must not be blank");
        }
        if (mode == Mode.STATIC_STUBS && transport != Transport.HTTP) {
            throw new IllegalArgumentException("mode STATIC_STUBS needs transport HTTP: the stubs are WireMock"
                    + " mappings and only calls over HTTP reach them");
        }
        scenarioFiles.stream().filter(String::isBlank).findAny().ifPresent(blank -> {
            throw new IllegalArgumentException("scenario file names must not be blank");
        });
    }

    /** Manual clock, in-process transport, the simulator, a fresh account in us-east-1, default timings. */
    public static DmsTestSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder()
                .clock(clock)
                .clockFactor(clockFactor)
                .advanceOnPoll(advanceOnPoll)
                .account(account.orElse(null))
                .region(region)
                .transport(transport)
                .mode(mode)
                .scenarioFiles(scenarioFiles)
                .timings(timings)
                .systemProperties(systemProperties)
                .reportDir(reportDir.orElse(null));
    }

    /**
     * The part of these settings that shapes the simulator and server: sessions whose keys are equal can
     * share one {@link DmsBackend}.
     *
     * <pre>{@code
     * DmsBackend backend = shared.computeIfAbsent(settings.backendKey(), key -> DmsBackend.start(settings));
     * }</pre>
     */
    public BackendKey backendKey() {
        return new BackendKey(
                clock, clock == ClockMode.ACCELERATED ? clockFactor : 0, advanceOnPoll, region, mode, timings);
    }

    /**
     * The backend-shaping settings, as a value to look shared backends up by.
     *
     * <pre>{@code
     * settings.backendKey().equals(settings.toBuilder().account("123456789012").build().backendKey());   // true
     * }</pre>
     *
     * @param clock how virtual time moves
     * @param clockFactor the factor of an accelerated clock, 0 for a manual one
     * @param advanceOnPoll whether Describe calls move a manual clock
     * @param region the simulator's default region
     * @param mode what answers the calls
     * @param timings how long each simulated step takes
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record BackendKey(
            ClockMode clock, double clockFactor, boolean advanceOnPoll, String region, Mode mode, Timings timings) {}

    /**
     * Builds {@link DmsTestSettings}; every setter has the default of {@link #defaults()}.
     *
     * <pre>{@code
     * DmsTestSettings.builder().region("eu-west-1").timings(Timings.fast()).build();
     * }</pre>
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private ClockMode clock = ClockMode.MANUAL;
        private double clockFactor = DEFAULT_CLOCK_FACTOR;
        private boolean advanceOnPoll;
        private String account;
        private String region = DEFAULT_REGION;
        private Transport transport = Transport.IN_PROCESS;
        private Mode mode = Mode.SIMULATED;
        private List<String> scenarioFiles = List.of();
        private Timings timings = Timings.defaults();
        private boolean systemProperties;
        private String reportDir;

        private Builder() {}

        public Builder clock(ClockMode clock) {
            this.clock = clock;
            return this;
        }

        public Builder clockFactor(double factor) {
            this.clockFactor = factor;
            return this;
        }

        public Builder advanceOnPoll(boolean advanceOnPoll) {
            this.advanceOnPoll = advanceOnPoll;
            return this;
        }

        /** A fixed account id; {@code null} or empty for a fresh one per session (the default). */
        public Builder account(String account) {
            this.account = account == null || account.isEmpty() ? null : account;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder transport(Transport transport) {
            this.transport = transport;
            return this;
        }

        public Builder mode(Mode mode) {
            this.mode = mode;
            return this;
        }

        /** Classpath resources run, in order, when the session opens. */
        public Builder scenarioFiles(String... resources) {
            return scenarioFiles(Arrays.asList(resources));
        }

        public Builder scenarioFiles(List<String> resources) {
            this.scenarioFiles = List.copyOf(resources);
            return this;
        }

        public Builder timings(Timings timings) {
            this.timings = timings;
            return this;
        }

        public Builder systemProperties(boolean systemProperties) {
            this.systemProperties = systemProperties;
            return this;
        }

        /** Where the test run's HTML report goes; {@code null} or empty: from {@value #REPORT_DIR_PROPERTY}. */
        public Builder reportDir(String directory) {
            this.reportDir = directory == null || directory.isBlank() ? null : directory;
            return this;
        }

        public DmsTestSettings build() {
            return new DmsTestSettings(
                    clock,
                    clockFactor,
                    advanceOnPoll,
                    Optional.ofNullable(account),
                    region,
                    transport,
                    mode,
                    scenarioFiles,
                    timings,
                    systemProperties,
                    Optional.ofNullable(reportDir));
        }
    }
}
