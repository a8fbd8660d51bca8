package org.homeownership.recovery.ledger;

import org.homeownership.recovery.money.Money;

/** Checks shared by the entry kinds. */
final class EntryChecks {

  private EntryChecks() {}

  static void requirePositive(EntryKind kind, Money amount) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException(
          kind + " amount must be above zero, not " + amount + "; the kind gives the direction");
    }
  }

  static void requireNotBlank(EntryKind kind, String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(kind + " " + field + " is blank");
    }
  }
}
