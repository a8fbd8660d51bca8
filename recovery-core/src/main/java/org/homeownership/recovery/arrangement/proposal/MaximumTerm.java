package org.homeownership.recovery.arrangement.proposal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.homeownership.recovery.majorworks.InstalmentBand;
import org.homeownership.recovery.money.Money;

/**
 * How long a council lets a debt type be paid over (LAW-AND-PRACTICE.md §3.4, §12.2). Each rule
 * gives the latest day an instalment may fall due.
 */
public sealed interface MaximumTerm {

  /**
   * The latest due date for a debt of {@code debt} whose first instalment is due on {@code first};
   * empty if the rule offers no instalments for that debt (it is outside every band).
   */
  Optional<LocalDate> latestDueDate(LocalDate first, Money debt);

  /** The rule in plain words. */
  String describe();

  /**
   * At most a number of months from the first instalment: the last may fall due no later than the
   * day before the same date {@code months} months on (Harrow: 10; RBKC residents: 36).
   *
   * @param months the maximum term in months
   */
  record Months(int months) implements MaximumTerm {
    /** Checks the term is at least one month. */
    public Months {
      if (months < 1) {
        throw new IllegalArgumentException("months must be at least 1, not " + months);
      }
    }

    @Override
    public Optional<LocalDate> latestDueDate(LocalDate first, Money debt) {
      return Optional.of(first.plusMonths(months).minusDays(1));
    }

    @Override
    public String describe() {
      return "at most " + months + " months";
    }
  }

  /**
   * Cleared within the current year: the last instalment no later than the year end on or after the
   * first instalment (for service charges, the end of the service charge year, such as 31 March).
   *
   * @param yearEnd the last day of the year
   */
  record ClearByYearEnd(MonthDay yearEnd) implements MaximumTerm {
    /** Checks the year end is given. */
    public ClearByYearEnd {
      requireNonNull(yearEnd, "yearEnd");
    }

    @Override
    public Optional<LocalDate> latestDueDate(LocalDate first, Money debt) {
      LocalDate end = yearEnd.atYear(first.getYear());
      return Optional.of(end.isBefore(first) ? yearEnd.atYear(first.getYear() + 1) : end);
    }

    @Override
    public String describe() {
      return "cleared by the year end on " + yearEnd;
    }
  }

  /**
   * A band table by the size of the debt (major works: Birmingham, Haringey, Lambeth): the same
   * {@link InstalmentBand}s as the council's major works payment table; the maximum term is each
   * band's interest-free plus interest-bearing months.
   *
   * @param bands the bands; a debt in none of them gets no instalments
   */
  record ByAmountBand(ImmutableList<InstalmentBand> bands) implements MaximumTerm {
    /** Checks the bands are given. */
    public ByAmountBand {
      requireNonNull(bands, "bands");
      if (bands.isEmpty()) {
        throw new IllegalArgumentException("a band table needs at least one band");
      }
    }

    /** The band {@code debt} falls in, if any. */
    public Optional<InstalmentBand> bandFor(Money debt) {
      return bands.stream().filter(b -> b.contains(debt)).findFirst();
    }

    @Override
    public Optional<LocalDate> latestDueDate(LocalDate first, Money debt) {
      return bandFor(debt).map(b -> first.plusMonths(b.maximumMonths()).minusDays(1));
    }

    @Override
    public String describe() {
      return "by the band table of " + bands.size() + " bands";
    }
  }
}
