package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;

/**
 * The payments an arrangement expects and the balance it expects after each.
 *
 * <p>Last-instalment rule, named {@link #FINAL_INSTALMENT_TAKES_THE_REMAINDER}: every instalment
 * clears the agreed arrears component except the last, which clears exactly what is left, so the
 * lump sum and the arrears components always sum exactly to the arrangement total (the starting
 * balance). The ongoing-charge part of each instalment is paid in full every time.
 *
 * @param startingBalance the debt the arrangement clears: the arrangement total
 * @param instalments the expected payments in due-date order: the lump sum first, if any
 */
public record InstalmentSchedule(
    Money startingBalance, ImmutableList<ScheduledInstalment> instalments) {

  /** The name of the last-instalment rule, as it reads in reasons and documents. */
  public static final String FINAL_INSTALMENT_TAKES_THE_REMAINDER =
      "equal instalments; the final instalment takes the remainder";

  /** Checks the lump sum and arrears components sum exactly to the starting balance. */
  public InstalmentSchedule {
    requireNonNull(startingBalance, "startingBalance");
    requireNonNull(instalments, "instalments");
    Money sum = Money.ZERO;
    for (int i = 0; i < instalments.size(); i++) {
      sum = sum.plus(instalments.get(i).arrearsComponent());
      if (i > 0 && instalments.get(i).dueOn().isBefore(instalments.get(i - 1).dueOn())) {
        throw new IllegalArgumentException("schedule instalments are not in due-date order");
      }
    }
    if (!sum.equals(startingBalance)) {
      throw new IllegalArgumentException(
          "schedule clears " + sum + " but the starting balance is " + startingBalance);
    }
  }

  /**
   * The schedule of an arrangement: the lump sum (if any), then instalments of {@code amount}, of
   * which {@code arrearsComponent} reduces the debt, from {@code first} at {@code frequency} until
   * the debt is cleared, by {@link #FINAL_INSTALMENT_TAKES_THE_REMAINDER}.
   *
   * @throws IllegalArgumentException if the schedule would have more than {@code maxInstalments}
   *     instalments (a guard against a mistaken amount of a few pence)
   */
  static InstalmentSchedule of(
      Money startingBalance,
      Optional<LumpSum> lumpSum,
      InstalmentFrequency frequency,
      LocalDate first,
      Money amount,
      Money arrearsComponent,
      int maxInstalments) {
    List<ScheduledInstalment> list = new ArrayList<>();
    Money left = startingBalance;
    if (lumpSum.isPresent()) {
      LumpSum lump = lumpSum.get();
      list.add(
          new ScheduledInstalment(
              0, InstalmentKind.LUMP_SUM, lump.dueOn(), lump.amount(), lump.amount()));
      left = left.minus(lump.amount());
    }
    Money ongoing = amount.minus(arrearsComponent);
    int index = 0;
    while (left.isPositive()) {
      if (index >= maxInstalments) {
        throw new IllegalArgumentException(
            "an arrears component of "
                + arrearsComponent
                + " needs more than "
                + maxInstalments
                + " instalments to clear "
                + startingBalance);
      }
      Money part = Money.min(arrearsComponent, left);
      list.add(
          new ScheduledInstalment(
              index + 1,
              InstalmentKind.INSTALMENT,
              frequency.dueDate(first, index),
              ongoing.plus(part),
              part));
      left = left.minus(part);
      index++;
    }
    return new InstalmentSchedule(startingBalance, ImmutableList.copyOf(list));
  }

  /** The arrangement total: the sum of the lump sum and every arrears component. */
  public Money arrangementTotal() {
    return instalments.stream()
        .map(ScheduledInstalment::arrearsComponent)
        .reduce(Money.ZERO, Money::plus);
  }

  /** What the debtor pays over the term: the lump sum and every instalment in full. */
  public Money totalPayable() {
    return instalments.stream().map(ScheduledInstalment::amount).reduce(Money.ZERO, Money::plus);
  }

  /** The regular instalments, without the lump sum. */
  public ImmutableList<ScheduledInstalment> regularInstalments() {
    return instalments.stream()
        .filter(i -> i.kind() == InstalmentKind.INSTALMENT)
        .collect(ImmutableList.toImmutableList());
  }

  /** The day the last payment is due: the end of the term. */
  public LocalDate lastDueDate() {
    return instalments.get(instalments.size() - 1).dueOn();
  }

  /** Everything due on or before {@code date}, in full (lump sum, arrears and ongoing parts). */
  public Money dueBy(LocalDate date) {
    Money due = Money.ZERO;
    for (ScheduledInstalment i : instalments) {
      if (!i.dueOn().isAfter(date)) {
        due = due.plus(i.amount());
      }
    }
    return due;
  }

  /**
   * The debt the schedule expects to be left at the end of {@code date}: the starting balance less
   * the lump sum and arrears components due by then. It never rises, and it reaches zero on the
   * last due date.
   */
  public Money expectedArrearsBalance(LocalDate date) {
    Money balance = startingBalance;
    for (ScheduledInstalment i : instalments) {
      if (!i.dueOn().isAfter(date)) {
        balance = balance.minus(i.arrearsComponent());
      }
    }
    return balance;
  }

  /**
   * This schedule with the payment numbered {@code number} moved onto the next payment, whose
   * amount is doubled in that way: the Direct Debit rule "a missed collection doubles the next"
   * (LAW-AND-PRACTICE.md §2.1, Rotherham). The last payment cannot move and is returned as it is.
   */
  public InstalmentSchedule deferredToNext(int number) {
    List<ScheduledInstalment> list = new ArrayList<>(instalments);
    for (int i = 0; i < list.size() - 1; i++) {
      ScheduledInstalment moved = list.get(i);
      if (moved.number() == number) {
        ScheduledInstalment next = list.get(i + 1);
        list.set(
            i + 1,
            new ScheduledInstalment(
                next.number(),
                next.kind(),
                next.dueOn(),
                next.amount().plus(moved.amount()),
                next.arrearsComponent().plus(moved.arrearsComponent())));
        list.remove(i);
        break;
      }
    }
    return new InstalmentSchedule(startingBalance, ImmutableList.copyOf(list));
  }

  /**
   * This schedule moved on past {@code pause}: every payment due on or after the pause's first day
   * falls due the pause's length later, so nothing falls due during it and the total is unchanged.
   * Used for a breathing space, during which the debts the arrangement covers may not be demanded
   * (LAW-AND-PRACTICE.md §7.4).
   */
  public InstalmentSchedule pausedFor(DateRange pause) {
    List<ScheduledInstalment> list = new ArrayList<>(instalments.size());
    for (ScheduledInstalment i : instalments) {
      list.add(
          i.dueOn().isBefore(pause.start())
              ? i
              : new ScheduledInstalment(
                  i.number(),
                  i.kind(),
                  i.dueOn().plusDays(pause.days()),
                  i.amount(),
                  i.arrearsComponent()));
    }
    return new InstalmentSchedule(startingBalance, ImmutableList.copyOf(list));
  }

  /** The latest payment due on or before {@code date}, if any. */
  public Optional<ScheduledInstalment> latestDueBy(LocalDate date) {
    ScheduledInstalment latest = null;
    for (ScheduledInstalment i : instalments) {
      if (!i.dueOn().isAfter(date)) {
        latest = i;
      }
    }
    return Optional.ofNullable(latest);
  }
}
