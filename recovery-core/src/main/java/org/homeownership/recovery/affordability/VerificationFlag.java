package org.homeownership.recovery.affordability;

import java.util.Optional;

/**
 * Something in an income and expenditure statement that an officer should check before relying on
 * it. Each flag says what to check; flags are values, so an officer's screen, a letter and a test
 * read the same thing.
 */
public sealed interface VerificationFlag
    permits AboveSpendingGuideline,
        NoSpendingGuideline,
        MissingEssential,
        ZeroEssential,
        NoIncome,
        TotalDoesNotAddUp {

  /** The category the flag is about; empty when it is about a section or the whole statement. */
  Optional<SfsCategory> category();

  /** What the officer should check, in plain words. */
  String whatToCheck();
}
