package org.homeownership.recovery.ledger;

import static java.util.Objects.requireNonNull;

/**
 * An entry as it stands in a ledger: the entry and the id the store gave it.
 *
 * @param id the id given on posting; ids rise in posting order
 * @param entry the entry
 */
public record PostedEntry(EntryId id, LedgerEntry entry) {

  /** Checks both parts are given. */
  public PostedEntry {
    requireNonNull(id, "id");
    requireNonNull(entry, "entry");
  }
}
