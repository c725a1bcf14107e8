/**
 * The scenario model: immutable records that the Java, Groovy and YAML front ends all build, and that
 * the runner interprets. Nothing here knows which front end made it.
 */
package io.dmstestkit.dsl.model;
