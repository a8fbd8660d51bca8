package org.homeownership.recovery.recoverycase;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.homeownership.recovery.contact.ContactCounting;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.arrears.ArrearsPosition;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;
import org.homeownership.recovery.recoverycase.policy.EntryConditions;
import org.homeownership.recovery.recoverycase.policy.Stage;

/**
 * A stage's entry conditions tested on a date: each check with its figures, whether all were met,
 * whether the previous stage is stale (past the no-later window), and the earliest date they can
 * all be met if only time must pass. Days since the previous stage and since the last contact leave
 * out the days on which a hold kept the case still ({@link HeldTime}).
 *
 * @param checks each condition as tested
 * @param met true if every condition held
 * @param stale true if the previous stage is older than the stage's maximum window
 * @param earliest the earliest date every condition holds if nothing but time changes; empty if the
 *     arrears condition fails or the case is stale
 */
record StageConditions(
    ImmutableList<ConditionCheck> checks,
    boolean met,
    boolean stale,
    Optional<LocalDate> earliest) {

  /**
   * Tests {@code stage}'s conditions for {@code file} as of {@code asOf}, reading the contact log
   * for the last contact that counts under {@code counting}.
   */
  static StageConditions test(
      Stage stage,
      CaseFile file,
      ArrearsPosition position,
      LocalDate asOf,
      ContactCounting counting) {
    EntryConditions c = stage.conditions();
    ImmutableList.Builder<ConditionCheck> checks = ImmutableList.builder();
    boolean met = true;
    boolean timeOnly = true;
    LocalDate earliest = asOf;

    Money counted = position.counted();
    boolean arrears = !counted.isLessThan(c.minimumArrears());
    checks.add(
        ConditionCheck.of(
            "minimum arrears",
            "at least " + c.minimumArrears().format(),
            counted.format(),
            arrears));
    met &= arrears;
    timeOnly &= arrears;

    Optional<LocalDate> oldest = position.oldestCountedDueDate();
    long overdue = oldest.isPresent() ? ChronoUnit.DAYS.between(oldest.get(), position.asOf()) : 0;
    boolean old = overdue >= c.minimumDaysOverdue();
    checks.add(
        ConditionCheck.of(
            "minimum days overdue of the oldest unpaid item",
            "at least " + c.minimumDaysOverdue(),
            oldest.isPresent() ? overdue + " (due " + oldest.get() + ")" : Long.toString(overdue),
            old));
    met &= old;
    earliest = later(earliest, asOf.plusDays(c.minimumDaysOverdue() - overdue));

    boolean stale = false;
    Optional<LocalDate> previous = file.recoveryCase().lastMoveOn();
    if (c.minimumDaysSincePreviousStage().isPresent()
        || c.maximumDaysSincePreviousStage().isPresent()) {
      if (previous.isEmpty()) {
        checks.add(
            ConditionCheck.of(
                "days since previous stage", "a previous stage", "no previous stage", true));
      } else {
        long held = HeldTime.daysHeld(file.holds(), previous.get(), asOf);
        long days = ChronoUnit.DAYS.between(previous.get(), asOf) - held;
        String actual = days + " (since " + previous.get() + "; held days left out: " + held + ")";
        if (c.minimumDaysSincePreviousStage().isPresent()) {
          int min = c.minimumDaysSincePreviousStage().getAsInt();
          boolean ok = days >= min;
          checks.add(
              ConditionCheck.of(
                  "minimum days since previous stage", "at least " + min, actual, ok));
          met &= ok;
          earliest = later(earliest, asOf.plusDays(min - days));
        }
        if (c.maximumDaysSincePreviousStage().isPresent()) {
          int max = c.maximumDaysSincePreviousStage().getAsInt();
          boolean ok = days <= max;
          checks.add(
              ConditionCheck.of("maximum days since previous stage", "at most " + max, actual, ok));
          stale = !ok;
        }
      }
    }
    if (c.minimumDaysSinceLastContact().isPresent()) {
      int min = c.minimumDaysSinceLastContact().getAsInt();
      Optional<LocalDate> last =
          file.contactLog().lastContact(asOf, counting).map(ContactEntry::on);
      if (last.isEmpty()) {
        checks.add(
            ConditionCheck.of(
                "minimum days since last contact",
                "at least " + min,
                "no contact recorded (" + describe(counting) + ")",
                true));
      } else {
        long held = HeldTime.daysHeld(file.holds(), last.get(), asOf);
        long days = ChronoUnit.DAYS.between(last.get(), asOf) - held;
        boolean ok = days >= min;
        checks.add(
            ConditionCheck.of(
                "minimum days since last contact",
                "at least " + min,
                days + " (since " + last.get() + "; held days left out: " + held + ")",
                ok));
        met &= ok;
        earliest = later(earliest, asOf.plusDays(min - days));
      }
    }
    return new StageConditions(
        checks.build(), met, stale, timeOnly && !stale ? Optional.of(earliest) : Optional.empty());
  }

  private static String describe(ContactCounting counting) {
    return switch (counting) {
      case DEBTOR_REACHED -> "counting contacts that reached the debtor";
      case ANY_CONTACT_WITH_DEBTOR -> "counting every contact with the debtor";
    };
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
