/**
 * How the {@code dms-scenarios} engine finds, describes and runs scenario files. Not an API: public only
 * so that {@code io.dmstestkit.junit.engine} can use it.
 */
package io.dmstestkit.junit.engine.internal;
