package org.homeownership.recovery.recoverycase.hold;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import org.homeownership.recovery.config.EffectiveDated;

/**
 * The statutory figures of the Debt Respite Scheme (SI 2020/1311, LAW-AND-PRACTICE.md §7). Held as
 * effective-dated configuration so that an amendment takes effect on its date.
 *
 * @param standardDays how long a standard breathing space lasts, counting the start day as day 1
 *     (§7.1; reg 26's exact end wording is unconfirmed, §7.2)
 * @param crisisDaysAfterTreatment how long a mental health crisis moratorium runs after the
 *     treatment ends (§7.3)
 * @param repeatWindow a second standard breathing space within this period is refused (§7.3)
 * @param midwayReviewFirstDay the first day of the midway review window, counting the start day as
 *     day 1: "not within the 25 days beginning with the start day" (reg 27, §7.5)
 * @param midwayReviewLastDay the last day of the window: "before the end of 35 days beginning with
 *     the start day" (reg 27, §7.5)
 */
public record BreathingSpaceFigures(
    int standardDays,
    int crisisDaysAfterTreatment,
    Period repeatWindow,
    int midwayReviewFirstDay,
    int midwayReviewLastDay) {

  /** The source of the statutory figures. */
  public static final String SOURCE =
      "Debt Respite Scheme Regulations 2020 (SI 2020/1311) regs 26, 27 and 28;"
          + " LAW-AND-PRACTICE.md §7.1–§7.5";

  /** Checks the figures are in range. */
  public BreathingSpaceFigures {
    requireNonNull(repeatWindow, "repeatWindow");
    if (standardDays < 1
        || crisisDaysAfterTreatment < 0
        || midwayReviewFirstDay < 1
        || midwayReviewLastDay < midwayReviewFirstDay) {
      throw new IllegalArgumentException("breathing space figures out of range");
    }
  }

  /**
   * The figures in force since the scheme began on 4 May 2021: 60 days; treatment plus 30 days; 12
   * months; review on days 26 to 35.
   */
  public static EffectiveDated<BreathingSpaceFigures> statutory() {
    return EffectiveDated.from(
        LocalDate.of(2021, 5, 4),
        new BreathingSpaceFigures(60, 30, Period.ofMonths(12), 26, 35),
        "breathing space figures",
        SOURCE);
  }
}
