package io.dmstestkit.wiremock.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The standalone server's version lines: ours (filtered in at build time), WireMock's and Java's. */
public final class ServerVersion implements CommandLine.IVersionProvider {

    private static final String RESOURCE = "version.properties";

    /** The dms-testkit version this jar was built as. */
    public static String dmsTestkitVersion() {
        Properties properties = new Properties();
        try (InputStream in = ServerVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "dms-testkit server " + dmsTestkitVersion(),
            "WireMock " + com.github.tomakehurst.wiremock.core.Version.getCurrentVersion(),
            "Java " + Runtime.version()
        };
    }
}
