package org.homeownership.recovery.recoverycase.policy;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import org.homeownership.recovery.money.Money;

/**
 * When a stage may be entered. Every figure is configuration; days are calendar days (§13).
 *
 * <p>Days since the previous stage and since the last contact leave out days on which a hold kept
 * the case still: held time does not count towards a stage's interval.
 *
 * @param minimumArrears the counted arrears must be at least this; above zero
 * @param minimumDaysOverdue the oldest counted unpaid item must have been due at least this many
 *     days
 * @param minimumDaysSincePreviousStage no earlier than this many days after the previous stage was
 *     entered; empty for none
 * @param maximumDaysSincePreviousStage no later than this many days after the previous stage: past
 *     it the previous stage is stale and the case goes to an officer; empty for none
 * @param minimumDaysSinceLastContact no earlier than this many days after the last contact with the
 *     debtor; empty for none
 */
public record EntryConditions(
    Money minimumArrears,
    int minimumDaysOverdue,
    OptionalInt minimumDaysSincePreviousStage,
    OptionalInt maximumDaysSincePreviousStage,
    OptionalInt minimumDaysSinceLastContact) {

  /** Checks the figures are in range and the window is not empty. */
  public EntryConditions {
    requireNonNull(minimumArrears, "minimumArrears");
    requireNonNull(minimumDaysSincePreviousStage, "minimumDaysSincePreviousStage");
    requireNonNull(maximumDaysSincePreviousStage, "maximumDaysSincePreviousStage");
    requireNonNull(minimumDaysSinceLastContact, "minimumDaysSinceLastContact");
    if (!minimumArrears.isPositive()) {
      throw new IllegalArgumentException("minimum arrears must be above zero: " + minimumArrears);
    }
    if (minimumDaysOverdue < 0
        || minimumDaysSincePreviousStage.orElse(0) < 0
        || minimumDaysSinceLastContact.orElse(0) < 0) {
      throw new IllegalArgumentException("a minimum number of days is negative");
    }
    if (maximumDaysSincePreviousStage.isPresent()
        && maximumDaysSincePreviousStage.getAsInt() < minimumDaysSincePreviousStage.orElse(0)) {
      throw new IllegalArgumentException(
          "maximum days since previous stage is below the minimum: the window is empty");
    }
  }

  /**
   * Conditions with a minimum amount and age only.
   *
   * @param minimumArrears the least counted arrears
   * @param minimumDaysOverdue the least age of the oldest unpaid item
   */
  public static EntryConditions of(Money minimumArrears, int minimumDaysOverdue) {
    return new EntryConditions(
        minimumArrears,
        minimumDaysOverdue,
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty());
  }

  /** These conditions, entered no earlier than {@code days} after the previous stage. */
  public EntryConditions withMinimumDaysSincePreviousStage(int days) {
    return new EntryConditions(
        minimumArrears,
        minimumDaysOverdue,
        OptionalInt.of(days),
        maximumDaysSincePreviousStage,
        minimumDaysSinceLastContact);
  }

  /** These conditions, entered no later than {@code days} after the previous stage. */
  public EntryConditions withMaximumDaysSincePreviousStage(int days) {
    return new EntryConditions(
        minimumArrears,
        minimumDaysOverdue,
        minimumDaysSincePreviousStage,
        OptionalInt.of(days),
        minimumDaysSinceLastContact);
  }

  /** These conditions, entered no earlier than {@code days} after the last contact. */
  public EntryConditions withMinimumDaysSinceLastContact(int days) {
    return new EntryConditions(
        minimumArrears,
        minimumDaysOverdue,
        minimumDaysSincePreviousStage,
        maximumDaysSincePreviousStage,
        OptionalInt.of(days));
  }
}
