package io.dmstestkit.junit.engine.internal;

import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The classpath folders a whole-root scan looks in, from the engine's {@code dms.scenarios.root}
 * parameter: comma-separated, {@code /} for the whole root.
 *
 * <pre>{@code
 * ScanFolders.parse("scenarios, smoke/").folders();    // [scenarios, smoke]
 * }</pre>
 *
 * @param folders resource names without leading or trailing slashes; {@code ""} is the root itself
 */
@API(status = API.Status.INTERNAL)
public record ScanFolders(List<String> folders) {

    public ScanFolders {
        folders = List.copyOf(folders);
    }

    public static ScanFolders parse(String value) {
        return new ScanFolders(Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(folder -> !folder.isEmpty())
                .map(ClasspathFolders::normalize)
                .distinct()
                .toList());
    }
}
