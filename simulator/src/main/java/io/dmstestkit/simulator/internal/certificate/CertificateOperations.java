package io.dmstestkit.simulator.internal.certificate;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Identifiers;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import software.amazon.awssdk.services.databasemigration.model.Certificate;
import software.amazon.awssdk.services.databasemigration.model.DeleteCertificateRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteCertificateResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeCertificatesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeCertificatesResponse;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;
import software.amazon.awssdk.services.databasemigration.model.ImportCertificateRequest;
import software.amazon.awssdk.services.databasemigration.model.ImportCertificateResponse;

/**
 * Certificates, stored as the SDK's {@code Certificate} shape under {@code arn:…:cert:<ID>}. A PEM
 * certificate is parsed as X.509, so its validity dates, signing algorithm and key length are the real
 * ones; an Oracle wallet is kept as given. A certificate an endpoint uses cannot be deleted.
 */
public final class CertificateOperations {

    static final int MAX_CERTIFICATES = 100;

    private CertificateOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(ImportCertificateRequest.class, CertificateOperations::importCertificate)
                .register(DescribeCertificatesRequest.class, CertificateOperations::describe)
                .register(DeleteCertificateRequest.class, CertificateOperations::delete);
    }

    private static ResourceStore<Certificate> certificates(OperationContext context) {
        return context.account().store(Certificate.class);
    }

    private static ImportCertificateResponse importCertificate(
            ImportCertificateRequest request, OperationContext context) {
        String identifier = Identifiers.require("CertificateIdentifier", request.certificateIdentifier());
        certificates(context)
                .findNamed(identifier, c -> c.certificateIdentifier().equalsIgnoreCase(identifier))
                .ifPresent(c -> {
                    throw ServiceError.alreadyExists("A certificate with identifier " + identifier + " already exists");
                });
        if (certificates(context).size() >= MAX_CERTIFICATES) {
            throw ServiceError.quotaExceeded("The account already has " + MAX_CERTIFICATES + " certificates");
        }
        boolean pem = request.certificatePem() != null;
        boolean wallet = request.certificateWallet() != null;
        if (pem == wallet) {
            throw ServiceError.invalidParameterCombination("Give exactly one of CertificatePem and CertificateWallet");
        }
        String arn = context.account().ids().newArn("cert");
        Certificate.Builder certificate = Certificate.builder()
                .certificateIdentifier(identifier)
                .certificateArn(arn)
                .certificateCreationDate(context.now())
                .certificateOwner(context.accountId())
                .kmsKeyId(request.kmsKeyId());
        if (pem) {
            X509Certificate x509 = parse(request.certificatePem());
            certificate
                    .certificatePem(request.certificatePem())
                    .validFromDate(x509.getNotBefore().toInstant())
                    .validToDate(x509.getNotAfter().toInstant())
                    .signingAlgorithm(x509.getSigAlgName())
                    .keyLength(keyLength(x509.getPublicKey()));
        } else {
            if (request.certificateWallet().asByteArrayUnsafe().length == 0) {
                throw new ServiceError("InvalidCertificateFault", 400, "The certificate wallet is empty");
            }
            certificate.certificateWallet(request.certificateWallet());
        }
        Certificate imported = certificates(context).put(arn, certificate.build());
        Tagging.tagOnCreate(context, arn, request.tags());
        return ImportCertificateResponse.builder().certificate(imported).build();
    }

    private static DescribeCertificatesResponse describe(
            DescribeCertificatesRequest request, OperationContext context) {
        Filters<Certificate> filters = Filters.<Certificate>named("DescribeCertificates")
                .onKey("certificate-arn", Certificate::certificateArn)
                .onName("certificate-id", Certificate::certificateIdentifier);
        Paging.Page<Certificate> page = filters.page(
                certificates(context), request.filters(), request.maxRecords(), request.marker(), "certificates");
        return DescribeCertificatesResponse.builder()
                .certificates(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static DeleteCertificateResponse delete(DeleteCertificateRequest request, OperationContext context) {
        Certificate existing = certificates(context)
                .get(request.certificateArn())
                .orElseThrow(
                        () -> ServiceError.resourceNotFound("Certificate " + request.certificateArn() + " not found"));
        context.account().store(Endpoint.class).values().stream()
                .filter(e -> existing.certificateArn().equals(e.certificateArn()))
                .findFirst()
                .ifPresent(e -> {
                    throw ServiceError.invalidResourceState("Certificate " + existing.certificateIdentifier()
                            + " is in use by endpoint " + e.endpointIdentifier() + "; change that endpoint first");
                });
        certificates(context).remove(existing.certificateArn());
        context.account().tags().remove(existing.certificateArn());
        return DeleteCertificateResponse.builder().certificate(existing).build();
    }

    private static X509Certificate parse(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | ClassCastException e) {
            throw new ServiceError(
                    "InvalidCertificateFault",
                    400,
                    "The certificate is not a valid PEM-encoded X.509 certificate: " + e.getMessage());
        }
    }

    private static Integer keyLength(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        return null;
    }
}
