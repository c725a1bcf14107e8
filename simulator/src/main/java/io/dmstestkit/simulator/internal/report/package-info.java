/**
 * The run report: one model of what happened in a run (scenarios or tests, their steps, each resource's
 * status timeline over virtual time, full-load and CDC-latency curves, fault firings and incidents, the
 * journal) and one renderer of it to a single self-contained HTML file.
 *
 * <p>Why here, in the simulator: every producer of a report (the scenario runner and CLI in {@code dsl},
 * the JUnit and Spock extensions through {@code test-core}, the standalone server in {@code wiremock-stubs})
 * depends on this module, and the facts the report shows (journal, status histories, progress evaluated on
 * the timelines at past virtual times) live here. Keeping it in one place keeps the module layering one-way
 * and the pages of every producer alike. It is internal: the public surface is the producers' options
 * ({@code --html-report}, {@code dms.report.dir}).
 *
 * <p>Large runs stay small: curves are sampled at a bounded number of points, consecutive equal calls (a
 * polling loop) collapse into one journal row with a count, and each section keeps at most
 * {@link io.dmstestkit.simulator.internal.report.JournalRows#MAX_ROWS} rows.
 */
package io.dmstestkit.simulator.internal.report;
