package org.homeownership.recovery.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.homeownership.recovery.config.EffectiveDated;

/** The interest rates the law gives, as effective-dated configuration. */
public final class InterestRates {

  /** The source of {@link #section69()}. */
  public static final String SECTION_69_SOURCE =
      "County Courts Act 1984 s.69; Judgment Debts (Rate of Interest) Order 1993;"
          + " LAW-AND-PRACTICE.md §6.5";

  private InterestRates() {}

  /**
   * The rate usually claimed under County Courts Act 1984 s.69, in percent a year: 8%, the judgment
   * debt rate (Judgments Act 1838) in force since 1 April 1993 (LAW-AND-PRACTICE.md §6.5). s.69
   * itself leaves the rate to the court; on a default judgment it may not exceed the judgment debt
   * rate in force at the date of issue (CPR 12.6). A council that claims another rate adds a
   * version of its own.
   */
  public static EffectiveDated<BigDecimal> section69() {
    return EffectiveDated.from(
        LocalDate.of(1993, 4, 1),
        new BigDecimal("8"),
        "s.69 interest rate (percent a year)",
        SECTION_69_SOURCE);
  }
}
