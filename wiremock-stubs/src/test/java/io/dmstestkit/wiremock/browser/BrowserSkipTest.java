package io.dmstestkit.wiremock.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.wiremock.browser.HeadlessChromium.Binaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the browser tests decide to skip, and the one line that says so: proven without removing Chromium. */
class BrowserSkipTest {

    @TempDir
    Path dir;

    @Test
    void should_skip_when_the_chromium_named_by_the_system_property_is_missing() {
        Binaries binaries = Binaries.lookUp(Map.of("dms.chromium", "/nonexistent/chromium"), Map.of());

        assertThat(binaries.chromium()).isEqualTo(Path.of("/nonexistent/chromium"));
        assertThat(binaries.missing()).contains("no Chromium at /nonexistent/chromium");
    }

    @Test
    void should_skip_when_only_the_driver_is_missing() throws IOException {
        Path chromium = executable("chromium");

        Binaries binaries = Binaries.lookUp(
                Map.of("dms.chromium", chromium.toString()),
                Map.of("DMS_CHROMEDRIVER", dir.resolve("chromedriver").toString()));

        assertThat(binaries.missing()).contains("no chromedriver at " + dir.resolve("chromedriver"));
    }

    @Test
    void should_run_when_both_binaries_are_executable() throws IOException {
        Binaries binaries = Binaries.lookUp(
                Map.of(),
                Map.of(
                        "DMS_CHROMIUM", executable("chromium").toString(),
                        "DMS_CHROMEDRIVER", executable("chromedriver").toString()));

        assertThat(binaries.missing()).isEmpty();
    }

    @Test
    void should_not_take_a_file_that_cannot_be_executed_for_a_browser() throws IOException {
        Path notExecutable = Files.writeString(dir.resolve("chromium"), "");

        Binaries binaries = Binaries.lookUp(Map.of("dms.chromium", notExecutable.toString()), Map.of());

        assertThat(binaries.missing()).contains("no Chromium at " + notExecutable);
    }

    @Test
    void should_look_in_the_debian_package_paths_by_default() {
        Binaries binaries = Binaries.lookUp(Map.of(), Map.of());

        assertThat(binaries).isEqualTo(new Binaries(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver")));
    }

    @Test
    void should_say_in_one_line_which_browser_tests_were_skipped_and_how_to_enable_them() {
        assertThat(SkippedBrowserTests.line(
                        Set.of("ReportBrowserTest", "DashboardBrowserTest"), "no Chromium at /usr/bin/chromium"))
                .hasValue(
                        "[dms-testkit] browser tests skipped (DashboardBrowserTest, ReportBrowserTest):"
                                + " no Chromium at /usr/bin/chromium; enable them with: apt-get install chromium chromium-driver");
        assertThat(SkippedBrowserTests.line(Set.of(), "")).isEmpty();
    }

    private Path executable(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
