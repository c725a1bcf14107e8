/**
 * Failure messages shared by the DSL's steps and the JUnit and Spock assertions, one class per concept
 * (AssertJ's {@code ShouldXxx} style); internal API for the testkit's own modules.
 */
package io.dmstestkit.dsl.message;
