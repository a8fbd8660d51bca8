/**
 * In-memory adapters of the storage ports: for tests, examples, and hosts that keep their own
 * records and only need the library's rules. Thread-safe; nothing is persisted.
 */
@NullMarked
package org.homeownership.recovery.memory;

import org.jspecify.annotations.NullMarked;
