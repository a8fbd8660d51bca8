package org.homeownership.recovery.interest;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.lease.InterestClause;
import org.homeownership.recovery.money.Money;

/**
 * Simple interest: {@code principal × rate × days ÷ 365} (LAW-AND-PRACTICE.md §6.5), as the
 * particulars of claim must state it (CPR 16.4(2)).
 *
 * <ul>
 *   <li><b>Days</b>: calendar days of the half-open range from the from-date (counted) to the
 *       to-date (not counted), less any excluded days (a breathing space on a moratorium debt,
 *       §7.4; a demand withheld under s.21B, §1.4). 1 April 2025 to 1 April 2026 is 365 days.
 *   <li><b>Year</b>: always 365 days, leap years included, as the formula in §6.5 gives it; 366
 *       days in a leap year earn 366/365 of a year's interest.
 *   <li><b>Rate</b>: the rate in force on each day (effective-dated); the daily rate thereafter is
 *       worked out at the rate in force on the to-date.
 *   <li><b>Rounding</b>: the exact total (over every rate period) is rounded once to the penny by
 *       the named rounding, half up unless the council names another; the daily rate likewise.
 *       £1,000 at 8% for 365 days is £80.00; its daily rate £0.219178… is £0.22 half up.
 * </ul>
 */
public final class SimpleInterest {

  private static final BigDecimal YEAR_TIMES_PERCENT = BigDecimal.valueOf(365 * 100);

  private final InterestBasis basis;
  private final EffectiveDated<BigDecimal> annualRatePercent;
  private final int graceDays;
  private final RoundingMode rounding;

  private SimpleInterest(
      InterestBasis basis,
      EffectiveDated<BigDecimal> annualRatePercent,
      int graceDays,
      RoundingMode rounding) {
    this.basis = requireNonNull(basis, "basis");
    this.annualRatePercent = requireNonNull(annualRatePercent, "annualRatePercent");
    this.rounding = requireNonNull(rounding, "rounding");
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("rounding UNNECESSARY cannot round interest to the penny");
    }
    annualRatePercent
        .versions()
        .forEach(
            (date, rate) -> {
              if (rate.signum() < 0) {
                throw new IllegalArgumentException(
                    annualRatePercent.name() + " is negative from " + date + ": " + rate);
              }
            });
    this.graceDays = graceDays;
  }

  /** s.69 interest at {@link InterestRates#section69()} (8%), rounded half up to the penny. */
  public static SimpleInterest section69() {
    return section69(InterestRates.section69(), RoundingMode.HALF_UP);
  }

  /** s.69 interest at the given effective-dated rate (percent a year) and rounding. */
  public static SimpleInterest section69(
      EffectiveDated<BigDecimal> annualRatePercent, RoundingMode rounding) {
    return new SimpleInterest(InterestBasis.STATUTORY_SECTION_69, annualRatePercent, 0, rounding);
  }

  /**
   * Contractual interest under the lease's {@code clause}: on each day, the base rate in force that
   * day plus the clause's margin (§6.5, §3.4). The base rate is the council's configuration (the
   * law file gives no base rate figures); the lease says which base rate it means.
   *
   * @param clause the lease's interest clause
   * @param baseRatePercent the base rate in percent a year, effective-dated
   * @param rounding the rounding to the penny
   */
  public static SimpleInterest underLease(
      InterestClause clause, EffectiveDated<BigDecimal> baseRatePercent, RoundingMode rounding) {
    requireNonNull(clause, "clause");
    requireNonNull(baseRatePercent, "baseRatePercent");
    ImmutableSortedMap.Builder<LocalDate, BigDecimal> rates = ImmutableSortedMap.naturalOrder();
    baseRatePercent.versions().forEach((d, r) -> rates.put(d, r.add(clause.percentOverBase())));
    EffectiveDated<BigDecimal> contractual =
        new EffectiveDated<>(
            "lease interest rate: base + "
                + clause.percentOverBase().stripTrailingZeros().toPlainString()
                + "% (percent a year)",
            "the lease's interest clause; " + baseRatePercent.source(),
            rates.build());
    return new SimpleInterest(
        InterestBasis.CONTRACTUAL_LEASE, contractual, clause.graceDays(), rounding);
  }

  /** The basis of this interest. */
  public InterestBasis basis() {
    return basis;
  }

  /** The rounding to the penny. */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * The first day interest runs on a sum due on {@code dueDate}: the due date for s.69 (from when
   * the debt was due); for a lease clause, the due date plus its grace days — the reading least
   * favourable to the council, since whether the clause then reaches back to the due date is for
   * its own wording.
   */
  public LocalDate runsFrom(LocalDate dueDate) {
    return dueDate.plusDays(graceDays);
  }

  /**
   * The interest on {@code principal} from {@code from} (counted) to {@code to} (not counted), with
   * no days excluded.
   */
  public ParticularsOfInterest on(Money principal, LocalDate from, LocalDate to) {
    return on(principal, from, to, List.of());
  }

  /**
   * The interest on {@code principal} from {@code from} (counted) to {@code to} (not counted),
   * leaving out the days of {@code exclusions} (overlapping exclusions count once).
   *
   * @throws IllegalArgumentException naming the field if the principal is negative or {@code to} is
   *     before {@code from}
   * @throws IllegalStateException if no rate was in force on a day of the period
   */
  public ParticularsOfInterest on(
      Money principal, LocalDate from, LocalDate to, List<InterestExclusion> exclusions) {
    requireNonNull(principal, "principal");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(exclusions, "exclusions");
    if (principal.isNegative()) {
      throw new IllegalArgumentException("principal is negative: " + principal);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("interest to-date " + to + " is before from-date " + from);
    }
    List<DateRange> excluded = merged(exclusions);
    List<LocalDate> cuts = new ArrayList<>();
    cuts.add(from);
    annualRatePercent.versions().keySet().stream()
        .filter(d -> d.isAfter(from) && d.isBefore(to))
        .forEach(cuts::add);
    cuts.add(to);
    ImmutableList.Builder<RatePeriod> periods = ImmutableList.builder();
    BigDecimal numerator = BigDecimal.ZERO;
    long counted = 0;
    for (int i = 0; i + 1 < cuts.size(); i++) {
      DateRange part = new DateRange(cuts.get(i), cuts.get(i + 1));
      if (part.days() == 0) {
        continue;
      }
      BigDecimal rate = annualRatePercent.on(part.start());
      long days = part.days() - overlap(part, excluded);
      counted += days;
      periods.add(new RatePeriod(part, rate, days));
      numerator =
          numerator.add(principal.pounds().multiply(rate).multiply(BigDecimal.valueOf(days)));
    }
    Money total = Money.ofPounds(numerator.divide(YEAR_TIMES_PERCENT, 2, rounding));
    BigDecimal rateOnTo = annualRatePercent.on(to);
    Money daily =
        Money.ofPounds(
            principal.pounds().multiply(rateOnTo).divide(YEAR_TIMES_PERCENT, 2, rounding));
    return new ParticularsOfInterest(
        basis,
        principal,
        rateOnTo,
        from,
        to,
        counted,
        ImmutableList.copyOf(exclusions),
        ChronoUnit.DAYS.between(from, to) - counted,
        periods.build(),
        total,
        daily,
        rounding);
  }

  private static List<DateRange> merged(List<InterestExclusion> exclusions) {
    List<DateRange> ranges =
        exclusions.stream()
            .map(InterestExclusion::days)
            .filter(r -> r.days() > 0)
            .sorted(Comparator.comparing(DateRange::start))
            .toList();
    List<DateRange> merged = new ArrayList<>();
    for (DateRange r : ranges) {
      if (!merged.isEmpty() && !r.start().isAfter(merged.get(merged.size() - 1).endExclusive())) {
        DateRange last = merged.remove(merged.size() - 1);
        LocalDate end =
            r.endExclusive().isAfter(last.endExclusive()) ? r.endExclusive() : last.endExclusive();
        merged.add(new DateRange(last.start(), end));
      } else {
        merged.add(r);
      }
    }
    return merged;
  }

  private static long overlap(DateRange part, List<DateRange> excluded) {
    long days = 0;
    for (DateRange r : excluded) {
      LocalDate start = r.start().isAfter(part.start()) ? r.start() : part.start();
      LocalDate end =
          r.endExclusive().isBefore(part.endExclusive()) ? r.endExclusive() : part.endExclusive();
      if (start.isBefore(end)) {
        days += ChronoUnit.DAYS.between(start, end);
      }
    }
    return days;
  }

  @Override
  public String toString() {
    return "SimpleInterest{" + basis + ", " + annualRatePercent.name() + ", " + rounding + "}";
  }

  /** The rates as configured, by the day each takes effect. */
  public Map<LocalDate, BigDecimal> rates() {
    return annualRatePercent.versions();
  }
}
