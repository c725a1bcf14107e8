package io.dmstestkit.dsl.cli;

import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Step;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;

/**
 * Live progress of a {@code dms-testkit run} whose scenarios take a while (a remote server, an accelerated
 * clock). Nothing shows for a scenario until it has run for {@link #SHOW_AFTER}: fast runs print exactly
 * what they did before. Then, on a terminal, one line rewritten in place says which scenario, which step
 * and for how long; when output is not a terminal (a CI log, a pipe), each later step gets a plain line.
 * The outcome lines go through {@link #finished(List)}, which clears the progress line first.
 *
 * <pre>{@code
 * RunProgress progress = new RunProgress(out, RunProgress.isTerminal(), InstantSource.system());
 * progress.started(scenario, 1, 3);
 * progress.stepStarting(1, step);   // from ScenarioRunner.onStep
 * progress.tick();                  // every few hundred ms, on a terminal
 * progress.finished(List.of("PASS cutover ..."));
 * }</pre>
 */
final class RunProgress {

    /** How long a scenario runs silently before its progress shows. */
    static final Duration SHOW_AFTER = Duration.ofSeconds(1);

    /** How often a terminal's progress line is redrawn. */
    static final Duration TICK = Duration.ofMillis(250);

    /** Terminal progress lines are cut to this many characters (a standard terminal's width, less one). */
    static final int WIDTH = 79;

    /** Scenario names are cut to this many characters on a terminal, so the step still shows. */
    static final int NAME_WIDTH = 30;

    private static final String CLEAR_LINE = "\r\u001b[K";

    private final PrintWriter out;
    private final boolean terminal;
    private final InstantSource clock;

    private Scenario scenario;
    private int index;
    private int total;
    private Instant scenarioStart;
    private int stepNumber;
    private Step step;
    private Instant stepStart;
    private boolean lineShown;

    RunProgress(PrintWriter out, boolean terminal, InstantSource clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    /**
     * Whether standard output is an interactive terminal that understands carriage returns and erasing a line:
     * {@code System.console()} (both ends attached to a terminal) and not {@code TERM=dumb}.
     */
    static boolean isTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    boolean terminal() {
        return terminal;
    }

    /** Scenario {@code index} of {@code total} is starting. */
    synchronized void started(Scenario scenario, int index, int total) {
        this.scenario = scenario;
        this.index = index;
        this.total = total;
        this.scenarioStart = clock.instant();
        this.stepNumber = 0;
        this.step = null;
        this.stepStart = scenarioStart;
    }

    /** Step {@code number} of the running scenario is starting. */
    synchronized void stepStarting(int number, Step step) {
        this.stepNumber = number;
        this.step = step;
        this.stepStart = clock.instant();
        if (!slow()) {
            return;
        }
        if (terminal) {
            draw();
        } else {
            out.println("  ... " + position() + ", step " + number + "/" + stepCount() + ": " + step.describe());
            out.flush();
        }
    }

    /** Redraws the progress line of a slow scenario on a terminal; nothing otherwise. */
    synchronized void tick() {
        if (terminal && scenario != null && slow()) {
            draw();
        }
    }

    /** The running scenario ended: clears the progress line, then prints its outcome lines. */
    synchronized void finished(List<String> lines) {
        if (lineShown) {
            out.print(CLEAR_LINE);
            lineShown = false;
        }
        scenario = null;
        lines.forEach(out::println);
        out.flush();
    }

    private boolean slow() {
        return Duration.between(scenarioStart, clock.instant()).compareTo(SHOW_AFTER) >= 0;
    }

    private void draw() {
        Instant now = clock.instant();
        String doing = step == null
                ? "creating resources"
                : "step " + stepNumber + "/" + stepCount() + " (" + seconds(Duration.between(stepStart, now)) + "): "
                        + step.describe();
        String line = "  ... [" + index + "/" + total + "] " + cut(scenario.name(), NAME_WIDTH) + "  "
                + seconds(Duration.between(scenarioStart, now)) + "  " + doing;
        // a line longer than the terminal wraps, and the next redraw would erase only its last part
        out.print(CLEAR_LINE + cut(line, WIDTH));
        out.flush();
        lineShown = true;
    }

    private String position() {
        return "[" + index + "/" + total + "] " + scenario.name();
    }

    private int stepCount() {
        return scenario.steps().size();
    }

    private static String cut(String text, int width) {
        return text.length() > width ? text.substring(0, width - 3) + "..." : text;
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
