package io.dmstestkit.testcore.exploration;

import io.dmstestkit.testcore.exploration.CaseResult.Outcome;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The report of an exploration: call sites × faults, each cell passed / tolerated / FAILED / skipped, then
 * every failure with its message and the line that reproduces it. Only what the seed decides goes in, so
 * the same test and seed render the same text.
 *
 * <pre>{@code
 * System.out.println(matrix.render("MigrationOrchestratorExplorationTest.cuts_over"));
 * matrix.failures();   // the cases the code under test did not survive
 * }</pre>
 *
 * @param sites the call sites of the clean run, in call order
 * @param faults the columns: the catalogue explored
 * @param cleanFailure the clean run's failure, when it failed (then nothing else ran)
 * @param results every single-fault and pair case, passed, failed or skipped
 * @param seed the seed of the exploration
 */
@API(status = API.Status.EXPERIMENTAL)
public record ExplorationMatrix(
        List<CallSite> sites,
        List<ExploredFault> faults,
        Optional<String> cleanFailure,
        List<CaseResult> results,
        long seed) {

    public ExplorationMatrix {
        sites = List.copyOf(sites);
        faults = List.copyOf(faults);
        results = results.stream().sorted(ORDER).toList();
    }

    private static final Comparator<CaseResult> ORDER = Comparator.comparing(
                    (CaseResult r) -> r.kase().faults().size())
            .thenComparing(r -> r.kase().faults().stream()
                    .map(f -> String.format(
                            "%05d-%02d", f.site().index(), f.fault().ordinal()))
                    .collect(Collectors.joining("+")));

    /** The cases the code under test did not survive. */
    public List<CaseResult> failures() {
        return results.stream().filter(r -> r.outcome() == Outcome.FAILED).toList();
    }

    /** The cases that ended with {@code outcome}. */
    public List<CaseResult> withOutcome(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).toList();
    }

    /** The single-fault result at a site and fault, if that case was planned. */
    public Optional<CaseResult> cell(CallSite site, ExploredFault fault) {
        return results.stream()
                .filter(r -> r.kase()
                        .single()
                        .filter(f -> f.site().equals(site) && f.fault() == fault)
                        .isPresent())
                .findFirst();
    }

    /** The whole report as Markdown: a summary line, the matrix, the failures with reproductions, the skips. */
    public String render(String title) {
        StringBuilder text =
                new StringBuilder("## Fault exploration: ").append(title).append("\n\n");
        text.append(summary()).append("\n\n");
        cleanFailure.ifPresent(f -> text.append("The clean run failed, so nothing was explored: ")
                .append(f)
                .append("\n"));
        if (cleanFailure.isEmpty()) {
            appendTable(text);
            appendFailures(text);
            appendSkips(text);
        }
        return text.toString();
    }

    /** {@code 9 call sites × 11 faults (seed 1): 99 cases, 60 passed, 9 tolerated, 1 failed, 29 skipped}. */
    public String summary() {
        Map<Outcome, Long> counts = results.stream()
                .collect(Collectors.groupingBy(CaseResult::outcome, () -> new TreeMap<>(), Collectors.counting()));
        return sites.size() + " call sites × " + faults.size() + " faults (seed " + seed + "): " + results.size()
                + " cases, " + counts.getOrDefault(Outcome.PASSED, 0L) + " passed, "
                + counts.getOrDefault(Outcome.TOLERATED, 0L) + " tolerated, "
                + counts.getOrDefault(Outcome.FAILED, 0L) + " failed, "
                + counts.getOrDefault(Outcome.SKIPPED, 0L) + " skipped";
    }

    private void appendTable(StringBuilder text) {
        text.append("| call site |");
        faults.forEach(f -> text.append(' ').append(f.shortName()).append(" |"));
        text.append("\n|---|");
        faults.forEach(f -> text.append("---|"));
        text.append('\n');
        for (CallSite site : sites) {
            text.append("| ").append(site.label()).append(" |");
            for (ExploredFault fault : faults) {
                text.append(' ')
                        .append(cell(site, fault).map(r -> r.outcome().cell()).orElse("-"))
                        .append(" |");
            }
            text.append('\n');
        }
        List<CaseResult> pairs =
                results.stream().filter(r -> r.kase().faults().size() > 1).toList();
        if (!pairs.isEmpty()) {
            text.append("\nPairs: ")
                    .append(pairs.size())
                    .append(" cases, ")
                    .append(pairs.stream()
                            .filter(r -> r.outcome() == Outcome.FAILED)
                            .count())
                    .append(" failed\n");
            // One line per pair, in seed-independent order; the failed ones come back with their lines below.
            pairs.forEach(r -> text.append("- ")
                    .append(r.outcome().cell())
                    .append(": ")
                    .append(r.kase().describe())
                    .append('\n'));
        }
    }

    private void appendFailures(StringBuilder text) {
        List<CaseResult> failures = failures();
        if (failures.isEmpty()) {
            text.append("\nNo failures: the test survives every case explored.\n");
            return;
        }
        text.append("\nFailures:\n");
        int number = 1;
        for (CaseResult failure : failures) {
            text.append('\n')
                    .append(number++)
                    .append(". ")
                    .append(failure.kase().describe())
                    .append('\n');
            text.append("   ").append(failure.detail()).append('\n');
            for (FaultAtSite fault : failure.kase().faults()) {
                text.append("   reproduce: ").append(fault.reproduction()).append('\n');
                fault.yamlReproduction()
                        .ifPresent(y -> text.append("   YAML:      ").append(y).append('\n'));
            }
        }
    }

    private void appendSkips(StringBuilder text) {
        Map<String, Long> reasons = withOutcome(Outcome.SKIPPED).stream()
                .collect(Collectors.groupingBy(CaseResult::detail, TreeMap::new, Collectors.counting()));
        if (!reasons.isEmpty()) {
            text.append("\nSkipped:\n");
            reasons.forEach((reason, count) -> text.append("- ")
                    .append(count)
                    .append(count == 1 ? " case: " : " cases: ")
                    .append(reason)
                    .append('\n'));
        }
    }
}
