/**
 * dms-testkit for Spock 2: {@link io.dmstestkit.spock.DmsScenario} fills a specification's fields with a
 * simulated DMS, {@link io.dmstestkit.spock.DmsGroovyMethods} lets feature methods set the stage with the
 * scenario DSL, and {@code DmsSpecSupport} (a Groovy trait) gives {@code then:} blocks words that read well.
 * Sessions are the framework-neutral ones of {@code io.dmstestkit.testcore}, shared with the JUnit 5
 * extension.
 *
 * <pre>{@code
 * @DmsScenario
 * class CutoverSpec extends Specification implements DmsSpecSupport {
 *     DmsTestSession session
 *
 *     def "creates orders"() {
 *         given: session.given { replication('orders') { type FULL_LOAD } }
 *         expect: replication('orders').status == 'created'
 *     }
 * }
 * }</pre>
 */
package io.dmstestkit.spock;
