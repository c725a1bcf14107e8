/**
 * DMS Schema Conversion on migration projects: metadata-model imports, assessments, conversions,
 * creations, exports (as script, to target) and extension-pack associations. Every request is a
 * {@link io.dmstestkit.simulator.internal.schemaconversion.RequestTimeline} over the virtual clock
 * ({@code RECEIVED} → {@code IN_PROGRESS} → {@code SUCCESS} | {@code FAILED}, or {@code CANCELING} →
 * {@code CANCELED}); the metadata model itself is derived from the tables declared for the account.
 */
package io.dmstestkit.simulator.internal.schemaconversion;
