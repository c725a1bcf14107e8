package io.dmstestkit.testcore.exploration;

import io.dmstestkit.simulator.JournalEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Turns the calls of a clean run into call sites, collapsing identical polls: consecutive calls of the
 * same operation on the same resource with the same outcome are one site, because a fault on the 7th or
 * the 8th of them stages the same case.
 *
 * <pre>{@code
 * List<CallSite> sites = CallSites.of(journalEntriesOfTheTestBody, Set.of());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CallSites {

    private CallSites() {}

    /**
     * The call sites of {@code entries} (the calls the test body made, oldest first), limited to
     * {@code operations} unless that is empty.
     */
    public static List<CallSite> of(List<JournalEntry> entries, Collection<String> operations) {
        Map<String, Integer> perOperation = new HashMap<>();
        Map<String, Integer> perResource = new HashMap<>();
        List<CallSite> sites = new ArrayList<>();
        JournalEntry previous = null;
        for (JournalEntry entry : entries) {
            int operationOrdinal = perOperation.merge(entry.operation(), 1, Integer::sum);
            Optional<String> resource = resourceOf(entry.resources());
            int resourceOrdinal = perResource.merge(entry.operation() + " " + resource.orElse(""), 1, Integer::sum);
            boolean wanted = operations.isEmpty() || operations.contains(entry.operation());
            if (previous != null && sameCall(previous, entry) && !sites.isEmpty() && wanted) {
                CallSite last = sites.remove(sites.size() - 1);
                sites.add(new CallSite(
                        last.index(),
                        last.operation(),
                        last.resource(),
                        last.resourceOrdinal(),
                        last.operationOrdinal(),
                        last.virtualTime(),
                        last.calls() + 1,
                        entry.virtualTime()));
            } else if (wanted) {
                sites.add(new CallSite(
                        sites.size() + 1,
                        entry.operation(),
                        resource,
                        resourceOrdinal,
                        operationOrdinal,
                        entry.virtualTime(),
                        1,
                        entry.virtualTime()));
            }
            previous = entry;
        }
        return List.copyOf(sites);
    }

    /** Identifiers read better (and stay the same across accounts), so they win over ARNs. */
    static Optional<String> resourceOf(Set<String> resources) {
        return resources.stream()
                .min(Comparator.comparing((String r) -> r.startsWith("arn:")).thenComparing(Comparator.naturalOrder()));
    }

    private static boolean sameCall(JournalEntry a, JournalEntry b) {
        return a.operation().equals(b.operation())
                && a.resources().equals(b.resources())
                && a.status() == b.status()
                && a.errorCode().equals(b.errorCode());
    }
}
