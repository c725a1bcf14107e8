package io.dmstestkit.spock

import io.dmstestkit.spock.internal.DmsScenarioExtension
import org.apiguardian.api.API
import spock.lang.Shared
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.lang.reflect.Modifier

/**
 * The Spock extension is an adapter over the framework-neutral core, not a second copy of it: read from
 * the module's compiled classes (the names a class refers to stand in its constant pool), no ArchUnit needed.
 */
class SharedCoreSpec extends Specification {

    /** Class name → the text of its class file, for every class of the module's main code. */
    @Shared
    Map<String, String> classFiles = readClassFiles()

    def "sessions and shared backends are opened by the core's DmsTestSession and DmsBackend"() {
        expect:
        referring('io/dmstestkit/testcore/DmsBackend').keySet() == ['io.dmstestkit.spock.internal.SpecSessions'] as Set
        referring('io/dmstestkit/testcore/Injectables').keySet() == ['io.dmstestkit.spock.internal.InjectedFields'] as Set
        calls('io.dmstestkit.spock.internal.SpecSessions', 'io/dmstestkit/testcore/DmsTestSession', 'open')
        calls('io.dmstestkit.spock.internal.SpecSessions', 'io/dmstestkit/testcore/DmsBackend', 'start')
    }

    def "the module builds no simulator, clock, server or SDK client of its own, and uses nothing of the JUnit module, Jupiter, AssertJ or Awaitility: #forbidden"() {
        expect:
        referring(forbidden).keySet() == [] as Set

        where:
        forbidden << [
                'io/dmstestkit/simulator/SimulatedClock',
                'io/dmstestkit/simulator/SimulatorSettings',
                'io/dmstestkit/simulator/DmsSimulator$Builder',
                'io/dmstestkit/wiremock/DmsServer$Builder',
                'software/amazon/awssdk/services/databasemigration/DatabaseMigrationClientBuilder',
                'software/amazon/awssdk/http/SdkHttpClient',
                'io/dmstestkit/testcore/internal/',
                'io/dmstestkit/junit/',
                'org/junit/jupiter/',
                'org/assertj/',
                'org/awaitility/',
        ]
    }

    def "nothing in the module holds something to close: the stores close the core's sessions"() {
        expect:
        loaded().findAll { AutoCloseable.isAssignableFrom(it) } == []
    }

    def "public types of io.dmstestkit.spock declare their stability; internal ones are package-private or INTERNAL"() {
        given:
        def types = loaded().findAll { Modifier.isPublic(it.modifiers) && !it.synthetic && !it.name.contains('$') }

        expect:
        types.findAll { it.package.name == 'io.dmstestkit.spock' && !it.isAnnotationPresent(API) } == []
        types.findAll { it.package.name == 'io.dmstestkit.spock.internal' }
                .findAll { it.getAnnotation(API)?.status() != API.Status.INTERNAL } == []
    }

    private Map<String, String> referring(String name) {
        classFiles.findAll { it.value.contains(name) }
    }

    /** Whether the class file names the method in a reference to {@code owner} (owner, name and descriptor share its constant pool). */
    private boolean calls(String className, String owner, String method) {
        def text = classFiles[className]
        text.contains(owner) && text.contains("\u0001\u0000${(char) method.length()}$method")
    }

    private List<Class<?>> loaded() {
        classFiles.keySet().collect { Class.forName(it, false, DmsScenarioExtension.classLoader) }
    }

    private static Map<String, String> readClassFiles() {
        Path root = Paths.get(DmsScenarioExtension.protectionDomain.codeSource.location.toURI())
        Files.walk(root).withCloseable { paths ->
            paths.filter { it.toString().endsWith('.class') }
                    .toList()
                    .collectEntries { Path file ->
                        def name = root.relativize(file).toString().replace(File.separator, '.') - ~/\.class$/
                        [(name): new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)]
                    }
        }
    }
}
