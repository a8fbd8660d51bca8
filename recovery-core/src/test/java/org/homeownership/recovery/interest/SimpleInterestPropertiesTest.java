package org.homeownership.recovery.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Laws of s.69 interest (QuickTheories): more days or more principal never give less interest; and
 * splitting a period in two gives the same total within a penny, because each total is the exact
 * amount rounded once half up (each within half a penny), so two parts and the whole differ by less
 * than 1.5p, which in whole pence is at most 1p.
 */
class SimpleInterestPropertiesTest {

  private static final SimpleInterest S69 = SimpleInterest.section69();
  private static final LocalDate START = LocalDate.of(2000, 1, 1);

  @Test
  void interestIsMonotoneInDays() {
    qt().forAll(
            longs().between(0, 100_000_000L),
            integers().between(0, 9000),
            integers().between(0, 400))
        .checkAssert(
            (pence, days, more) -> {
              Money principal = Money.ofPence(pence);
              Money shorter = S69.on(principal, START, START.plusDays(days)).total();
              Money longer = S69.on(principal, START, START.plusDays(days + more)).total();
              assertThat(longer).isGreaterThanOrEqualTo(shorter);
            });
  }

  @Test
  void interestIsMonotoneInPrincipal() {
    qt().forAll(
            longs().between(0, 100_000_000L),
            longs().between(0, 1_000_000L),
            integers().between(0, 9000))
        .checkAssert(
            (pence, more, days) -> {
              LocalDate to = START.plusDays(days);
              Money less = S69.on(Money.ofPence(pence), START, to).total();
              Money greater = S69.on(Money.ofPence(pence + more), START, to).total();
              assertThat(greater).isGreaterThanOrEqualTo(less);
            });
  }

  @Test
  void splittingAPeriodGivesTheSameTotalWithinAPenny() {
    qt().forAll(
            longs().between(0, 100_000_000L),
            integers().between(0, 9000),
            integers().between(0, 9000))
        .checkAssert(
            (pence, first, second) -> {
              Money principal = Money.ofPence(pence);
              LocalDate middle = START.plusDays(first);
              LocalDate end = middle.plusDays(second);
              long whole = S69.on(principal, START, end).total().pence();
              long parts =
                  S69.on(principal, START, middle).total().pence()
                      + S69.on(principal, middle, end).total().pence();
              assertThat(Math.abs(whole - parts)).isLessThanOrEqualTo(1);
            });
  }

  @Test
  void excludedDaysNeverAddInterest() {
    qt().forAll(
            longs().between(0, 100_000_000L),
            integers().between(0, 2000),
            integers().between(0, 2000),
            integers().between(0, 200))
        .checkAssert(
            (pence, days, excludedStart, excludedDays) -> {
              Money principal = Money.ofPence(pence);
              LocalDate to = START.plusDays(days);
              InterestExclusion exclusion =
                  new InterestExclusion(
                      new org.homeownership.recovery.calendar.DateRange(
                          START.plusDays(excludedStart),
                          START.plusDays(excludedStart + excludedDays)),
                      ExclusionReason.BREATHING_SPACE);
              ParticularsOfInterest with =
                  S69.on(principal, START, to, java.util.List.of(exclusion));
              assertThat(with.total()).isLessThanOrEqualTo(S69.on(principal, START, to).total());
              assertThat(with.daysCounted() + with.daysExcluded()).isEqualTo(days.longValue());
            });
  }
}
