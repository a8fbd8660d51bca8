/**
 * The scenario runner: reads a scenario file (JSON, format documented in {@code docs/scenarios.md}
 * and {@code docs/schema/scenario.schema.json}), checks all of it before anything runs, runs the
 * library on it, and writes the results as deterministic JSON.
 */
@NullMarked
package org.homeownership.recovery.examples.scenario;

import org.jspecify.annotations.NullMarked;
