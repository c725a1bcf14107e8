package io.dmstestkit.testcore.exploration;

import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.Transport;
import io.dmstestkit.testcore.exploration.CaseResult.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * One fault-space exploration of one test, whatever framework runs it: the clean run's call sites, the
 * cases planned from them (with reduction and budget), and the results. Thread-safe: faulted runs report
 * here from many threads. The JUnit and Spock extensions and {@link FaultExplorer} all drive it the same
 * way:
 *
 * <pre>{@code
 * long mark = Exploration.bodyStarts(session);          // before the clean run's body
 * exploration.cleanRunFinished(session, mark, failure);  // after it
 * for (ExplorationCase kase : exploration.singles()) {   // each in a fresh session
 *     exploration.stage(kase, session).ifPresentOrElse(reason -> exploration.skipped(kase, reason), () -> {
 *         long start = Exploration.bodyStarts(session);
 *         ...run the body...
 *         exploration.finished(kase, session, start, failure);
 *     });
 * }
 * exploration.matrix();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Exploration {

    private static final java.util.regex.Pattern SDK_SUFFIX =
            java.util.regex.Pattern.compile(" \\(Service: [^)]*\\)( \\(SDK Attempt Count: \\d+\\))?");

    private final ExplorationOptions options;
    private final Transport transport;
    private final long startedNanos = System.nanoTime();
    private final CountDownLatch cleanRunDone = new CountDownLatch(1);
    private final Map<ExplorationCase, CaseResult> results = new ConcurrentHashMap<>();
    /** How many calls of each operation on each resource a case's run made: what a second fault can reach. */
    private final Map<ExplorationCase, Map<String, Integer>> reached = new ConcurrentHashMap<>();

    private final AtomicInteger runsStarted = new AtomicInteger();
    private volatile List<CallSite> sites = List.of();
    private volatile Map<String, String> firstTables = Map.of();
    private volatile Optional<String> cleanFailure = Optional.empty();

    /**
     * @param options what to explore
     * @param transport the transport of the sessions the cases run in (a late answer needs in-process)
     */
    public Exploration(ExplorationOptions options, Transport transport) {
        this.options = options;
        this.transport = transport;
    }

    public ExplorationOptions options() {
        return options;
    }

    /** The journal position before a test body runs: its calls are the ones after it, in the session's account. */
    public static long bodyStarts(DmsTestSession session) {
        List<JournalEntry> entries = session.simulator().journal().entries();
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
    }

    /** The calls the body made in {@code session} since {@code mark}. */
    static List<JournalEntry> bodyCalls(DmsTestSession session, long mark) {
        return session.simulator().journal().entries().stream()
                .filter(e -> e.sequence() > mark && e.account().equals(session.account()))
                .toList();
    }

    /** Records the clean run: its call sites, or its failure (then nothing else is explored). */
    public void cleanRunFinished(DmsTestSession session, long mark, Optional<Throwable> failure) {
        try {
            if (failure.isPresent()) {
                cleanFailure = Optional.of(describe(failure.get()));
                return;
            }
            sites = CallSites.of(bodyCalls(session, mark), options.operations());
            Map<String, String> tables = new HashMap<>();
            sites.stream()
                    .flatMap(s -> s.resource().stream())
                    .distinct()
                    .forEach(resource -> session.tableStatistics(resource).stream()
                            .findFirst()
                            .ifPresent(t -> tables.put(resource, t.schemaName() + "." + t.tableName())));
            firstTables = Map.copyOf(tables);
        } finally {
            cleanRunDone.countDown();
        }
    }

    /** Gives up waiting for a clean run that never reports (it was skipped or its setup failed). */
    public void cleanRunAbandoned(String why) {
        if (cleanRunDone.getCount() > 0) {
            cleanFailure = Optional.of(why);
            cleanRunDone.countDown();
        }
    }

    /** Waits for the clean run, which a framework may be running on another thread; false after 10 minutes. */
    public boolean awaitCleanRun() {
        return await(cleanRunDone);
    }

    /**
     * Waits for {@code latch} as a managed block: a framework running the awaited work on other threads of
     * its fork-join pool gets a spare worker rather than a deadlock.
     *
     * @return false when the latch did not open within 10 minutes
     */
    public static boolean await(CountDownLatch latch) {
        try {
            ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
                @Override
                public boolean block() throws InterruptedException {
                    latch.await(10, TimeUnit.MINUTES);
                    return true;
                }

                @Override
                public boolean isReleasable() {
                    return latch.getCount() == 0;
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return latch.getCount() == 0;
    }

    /**
     * The single-fault cases to run, in the seed's order; the ones that cannot apply or are over the
     * budget are recorded as skipped and left out.
     */
    public List<ExplorationCase> singles() {
        if (cleanFailure.isPresent()) {
            return List.of();
        }
        List<ExplorationCase> runnable = new ArrayList<>();
        Map<String, ExplorationCase> sameStateFault = new LinkedHashMap<>();
        for (CallSite site : sites) {
            for (ExploredFault fault : options.faults()) {
                FaultAtSite at = new FaultAtSite(site, fault, site.resource().map(firstTables::get));
                ExplorationCase kase = ExplorationCase.of(at);
                Optional<String> notApplicable = at.notApplicable(transport);
                if (notApplicable.isPresent()) {
                    skipped(kase, notApplicable.get());
                    continue;
                }
                if (fault.kind() == ExploredFault.Kind.STATE) {
                    // A state fault depends only on the resource and the virtual time: calls at the same moment stage
                    // the same case.
                    String key = fault + " " + site.resource().orElseThrow() + " " + site.strikeTime();
                    ExplorationCase first = sameStateFault.putIfAbsent(key, kase);
                    if (first != null) {
                        skipped(kase, "same state fault as at an earlier call of the same virtual time");
                        continue;
                    }
                }
                runnable.add(kase);
            }
        }
        return withinBudget(runnable);
    }

    /**
     * The pairs to run once every single fault was survived (passed or tolerated): a first fault, then a
     * second at a later call site that the first one's run still reached. Call after all singles finished.
     */
    public List<ExplorationCase> pairs() {
        if (!options.pairs()
                || cleanFailure.isPresent()
                || results.values().stream().anyMatch(r -> r.outcome() == Outcome.FAILED)) {
            return List.of();
        }
        List<ExplorationCase> runnable = new ArrayList<>();
        List<ExplorationCase> survived = results.values().stream()
                .filter(r -> r.kase().faults().size() == 1 && r.outcome() != Outcome.SKIPPED)
                .map(CaseResult::kase)
                .sorted(java.util.Comparator.comparing(ExplorationCase::describe))
                .toList();
        for (ExplorationCase first : survived) {
            FaultAtSite a = first.faults().get(0);
            Map<String, Integer> reachedCalls = reached.getOrDefault(first, Map.of());
            for (ExplorationCase second : survived) {
                FaultAtSite b = second.faults().get(0);
                if (b.site().index() <= a.site().index()) {
                    continue;
                }
                ExplorationCase pair = ExplorationCase.of(a, b);
                if (reachedCalls.getOrDefault(key(b.site()), 0) < b.site().resourceOrdinal()) {
                    skipped(pair, "the first fault makes the second call unreachable");
                } else {
                    runnable.add(pair);
                }
            }
        }
        return withinBudget(runnable);
    }

    private List<ExplorationCase> withinBudget(List<ExplorationCase> runnable) {
        List<ExplorationCase> ordered = new ArrayList<>(runnable);
        Collections.shuffle(ordered, new Random(options.seed()));
        if (options.maxRuns() == 0) {
            return List.copyOf(ordered);
        }
        int left = Math.max(0, options.maxRuns() - results.size() + skippedCount());
        ordered.subList(Math.min(left, ordered.size()), ordered.size())
                .forEach(kase -> skipped(kase, "over the budget of " + options.maxRuns() + " runs"));
        return List.copyOf(ordered.subList(0, Math.min(left, ordered.size())));
    }

    private int skippedCount() {
        return (int) results.values().stream()
                .filter(r -> r.outcome() == Outcome.SKIPPED)
                .count();
    }

    /**
     * Whether a run may still start: false once the wall-time budget is spent (the case is then recorded
     * as skipped).
     */
    public boolean mayStart(ExplorationCase kase) {
        if (options.maxWallTime().isPresent()
                && System.nanoTime() - startedNanos
                        > options.maxWallTime().get().toNanos()) {
            skipped(
                    kase,
                    "over the wall-time budget of " + options.maxWallTime().get());
            return false;
        }
        runsStarted.incrementAndGet();
        return true;
    }

    /**
     * Stages {@code kase} in a fresh {@code session}, before the body runs.
     *
     * @return why it could not be staged (the case is then recorded as skipped)
     */
    public Optional<String> stage(ExplorationCase kase, DmsTestSession session) {
        for (FaultAtSite fault : kase.faults()) {
            Optional<String> problem = fault.stage(session);
            if (problem.isPresent()) {
                skipped(kase, problem.get());
                return problem;
            }
        }
        return Optional.empty();
    }

    /** Records how a case's run ended; a failure the test declared it tolerates counts as tolerated. */
    public CaseResult finished(ExplorationCase kase, DmsTestSession session, long mark, Optional<Throwable> failure) {
        Map<String, Integer> calls = new HashMap<>();
        for (JournalEntry entry : bodyCalls(session, mark)) {
            calls.merge(
                    entry.operation() + " "
                            + CallSites.resourceOf(entry.resources()).orElse(""),
                    1,
                    Integer::sum);
        }
        reached.put(kase, Map.copyOf(calls));
        CaseResult result;
        if (failure.isEmpty()) {
            result = new CaseResult(kase, Outcome.PASSED, "");
        } else if (tolerated(kase, failure.get())) {
            result = new CaseResult(kase, Outcome.TOLERATED, describe(failure.get()));
        } else {
            result = new CaseResult(kase, Outcome.FAILED, describe(failure.get()));
        }
        results.put(kase, result);
        return result;
    }

    /** Whether the test declared it tolerates {@code failure} under {@code kase}. */
    public boolean tolerated(ExplorationCase kase, Throwable failure) {
        return options.tolerances().stream().anyMatch(t -> t.tolerates(kase, failure));
    }

    /** Records a case that did not run, with the reason. */
    public void skipped(ExplorationCase kase, String reason) {
        results.putIfAbsent(kase, new CaseResult(kase, Outcome.SKIPPED, reason));
    }

    /** The matrix of everything recorded so far. */
    public ExplorationMatrix matrix() {
        return new ExplorationMatrix(
                sites, List.copyOf(options.faults()), cleanFailure, List.copyOf(results.values()), options.seed());
    }

    private static String key(CallSite site) {
        return site.operation() + " " + site.resource().orElse("");
    }

    /** Exception class and the first line of its message: what is stable from run to run. */
    static String describe(Throwable failure) {
        String message = failure.getMessage() == null
                ? ""
                : failure.getMessage().lines().findFirst().orElse("");
        // The SDK appends a request id, different on every run: the same seed must give the same matrix.
        message = SDK_SUFFIX.matcher(message).replaceAll("");
        return failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
