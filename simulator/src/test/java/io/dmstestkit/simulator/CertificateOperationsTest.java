package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Certificate;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.InvalidCertificateException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/** Certificates through the real SDK client, in-process, with a real self-signed X.509 certificate. */
class CertificateOperationsTest {

    private static final String PEM = resource("test-certificate.pem");

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @Test
    void should_import_a_pem_certificate_reading_its_dates_algorithm_and_key_length() {
        Certificate imported = dms.importCertificate(
                        r -> r.certificateIdentifier("db-ca").certificatePem(PEM))
                .certificate();

        assertThat(imported.certificateArn()).matches("arn:aws:dms:us-east-1:123456789012:cert:[A-Z0-9]{26}");
        assertThat(imported.certificateOwner()).isEqualTo("123456789012");
        assertThat(imported.signingAlgorithm()).isEqualTo("SHA256withRSA");
        assertThat(imported.keyLength()).isEqualTo(2048);
        assertThat(imported.validToDate()).isAfter(imported.validFromDate());
        assertThat(imported.certificateCreationDate())
                .isEqualTo(simulator.clock().now());

        assertThat(dms.describeCertificates(
                                r -> r.filters(f -> f.name("certificate-id").values("db-ca")))
                        .certificates())
                .containsExactly(imported);
    }

    @Test
    void should_import_an_oracle_wallet_as_given() {
        Certificate wallet = dms.importCertificate(r ->
                        r.certificateIdentifier("wallet").certificateWallet(SdkBytes.fromUtf8String("wallet-bytes")))
                .certificate();
        assertThat(wallet.certificateWallet().asUtf8String()).isEqualTo("wallet-bytes");
        assertThat(wallet.validToDate()).isNull();
    }

    @Test
    void should_refuse_to_delete_a_certificate_an_endpoint_uses() {
        Certificate imported = dms.importCertificate(
                        r -> r.certificateIdentifier("in-use").certificatePem(PEM))
                .certificate();
        String endpoint = dms.createEndpoint(r -> r.endpointIdentifier("secure")
                        .endpointType("source")
                        .engineName("postgres")
                        .sslMode("verify-full")
                        .certificateArn(imported.certificateArn()))
                .endpoint()
                .endpointArn();

        assertThatThrownBy(() -> dms.deleteCertificate(r -> r.certificateArn(imported.certificateArn())))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("secure");

        dms.deleteEndpoint(r -> r.endpointArn(endpoint));
        assertThat(dms.deleteCertificate(r -> r.certificateArn(imported.certificateArn()))
                        .certificate())
                .isEqualTo(imported);
        assertThat(dms.describeCertificates(r -> {}).certificates()).isEmpty();
    }

    @Test
    void should_refuse_bad_certificates() {
        dms.importCertificate(r -> r.certificateIdentifier("dup").certificatePem(PEM));
        assertThatThrownBy(() -> dms.importCertificate(
                        r -> r.certificateIdentifier("dup").certificatePem(PEM)))
                .isInstanceOf(ResourceAlreadyExistsException.class);
        assertThatThrownBy(() -> dms.importCertificate(
                        r -> r.certificateIdentifier("junk").certificatePem("-----BEGIN CERTIFICATE-----\nnope")))
                .isInstanceOf(InvalidCertificateException.class);
        assertThatThrownBy(() -> dms.importCertificate(r -> r.certificateIdentifier("nothing")))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode())
                                .isEqualTo("InvalidParameterCombinationException"));
        assertThatThrownBy(() ->
                        dms.deleteCertificate(r -> r.certificateArn("arn:aws:dms:us-east-1:123456789012:cert:NOPE")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static String resource(String name) {
        try (InputStream in = CertificateOperationsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
