package io.dmstestkit.dsl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes run outcomes as a JUnit XML report (the format CI servers read), with the JDK's StAX writer. */
final class JUnitXmlReport {

    private JUnitXmlReport() {}

    static void write(Path file, List<RunCommand.Outcome> outcomes) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream stream = Files.newOutputStream(file)) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
                writeSuite(xml, outcomes);
                xml.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JUnit XML report " + file, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML report " + file, e);
        }
    }

    private static void writeSuite(XMLStreamWriter xml, List<RunCommand.Outcome> outcomes) throws XMLStreamException {
        long failures = outcomes.stream().filter(o -> !o.passed()).count();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "dms-testkit");
        xml.writeAttribute("tests", String.valueOf(outcomes.size()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        for (RunCommand.Outcome outcome : outcomes) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", outcome.file().toString());
            xml.writeAttribute("name", outcome.name());
            double seconds =
                    outcome.result() == null ? 0 : outcome.result().wallTime().toNanos() / 1e9;
            xml.writeAttribute("time", String.format(Locale.ROOT, "%.3f", seconds));
            if (!outcome.passed()) {
                xml.writeStartElement("failure");
                xml.writeAttribute(
                        "message", outcome.failure().lines().findFirst().orElse("failed"));
                xml.writeCharacters(outcome.failure());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }
}
