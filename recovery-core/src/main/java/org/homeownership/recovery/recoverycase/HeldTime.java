package org.homeownership.recovery.recoverycase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.homeownership.recovery.recoverycase.hold.Hold;

/**
 * Days on which a hold kept a case at its stage. They do not count towards a stage's interval: when
 * a hold ends, the case resumes with the days it had already served.
 */
final class HeldTime {

  private HeldTime() {}

  /**
   * The number of days after {@code after} and up to and including {@code upTo} on which any hold
   * that {@linkplain Hold#holdsCase() holds the case} was in force; overlapping holds count once.
   */
  static long daysHeld(Collection<Hold> holds, LocalDate after, LocalDate upTo) {
    List<LocalDate[]> spans = new ArrayList<>();
    for (Hold hold : holds) {
      if (!hold.holdsCase()) {
        continue;
      }
      LocalDate first =
          hold.terms().start().isAfter(after) ? hold.terms().start() : after.plusDays(1);
      LocalDate last = hold.terms().until().filter(u -> u.isBefore(upTo)).orElse(upTo);
      if (!last.isBefore(first)) {
        spans.add(new LocalDate[] {first, last});
      }
    }
    spans.sort(Comparator.comparing((LocalDate[] s) -> s[0]));
    long days = 0;
    LocalDate coveredTo = null;
    for (LocalDate[] span : spans) {
      LocalDate first =
          coveredTo != null && !span[0].isAfter(coveredTo) ? coveredTo.plusDays(1) : span[0];
      if (!span[1].isBefore(first)) {
        days += ChronoUnit.DAYS.between(first, span[1]) + 1;
        coveredTo = span[1];
      }
    }
    return days;
  }
}
