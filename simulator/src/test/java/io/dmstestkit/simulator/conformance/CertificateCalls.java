package io.dmstestkit.simulator.conformance;

import io.dmstestkit.simulator.DmsSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/** Certificates, with the real self-signed X.509 certificate of the simulator's tests. */
public final class CertificateCalls implements ConformanceCalls {

    private static final String PEM = pem();

    private static String imported(DatabaseMigrationClient dms) {
        return dms.importCertificate(r -> r.certificateIdentifier("db-ca").certificatePem(PEM))
                .certificate()
                .certificateArn();
    }

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        return Map.of(
                "ImportCertificate",
                (simulator, dms) -> dms.importCertificate(
                        r -> r.certificateIdentifier("db-ca").certificatePem(PEM)),
                "DescribeCertificates",
                (simulator, dms) -> {
                    imported(dms);
                    return dms.describeCertificates(r -> {});
                },
                "DeleteCertificate",
                (simulator, dms) -> dms.deleteCertificate(r -> r.certificateArn(imported(dms))));
    }

    private static String pem() {
        try (InputStream in = DmsSimulator.class.getResourceAsStream("test-certificate.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
