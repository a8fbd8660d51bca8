package org.homeownership.recovery.arrangement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.immutables.value.Value;

/**
 * The terms of a payment arrangement: the accounts it covers, how often and how much the debtor
 * pays, from when, any initial lump sum, the debt it clears (the starting balance), whether it is
 * informal or court-ordered, who made it, and the recovery stage each covered account had reached.
 *
 * <p>The starting balance is the covered accounts' balance at the start of {@link #madeOn()};
 * entries dated on or after that day count towards the arrangement. Each instalment may include the
 * ongoing charges as well as an arrears component (Islington's terms require both,
 * LAW-AND-PRACTICE.md §12.2). Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Arrangement {

  /**
   * A technical guard, not a policy figure: a schedule longer than this many instalments (100 years
   * of weekly payments) is refused as a mistaken amount.
   */
  public static final int MAX_INSTALMENTS = 5200;

  Arrangement() {}

  /** A new builder. */
  public static ImmutableArrangement.Builder builder() {
    return ImmutableArrangement.builder();
  }

  /** The arrangement's reference. */
  public abstract ArrangementId id();

  /** The accounts whose debts the arrangement covers; at least one. */
  @Value.NaturalOrder
  public abstract SortedSet<AccountId> accounts();

  /** How often instalments fall due. */
  public abstract InstalmentFrequency frequency();

  /** Each instalment: the arrears component plus {@link #ongoingChargePerInstalment()}. */
  public abstract Money instalmentAmount();

  /** The part of each instalment that pays the ongoing charges; zero if none. */
  @Value.Default
  public Money ongoingChargePerInstalment() {
    return Money.ZERO;
  }

  /** The day the first instalment is due. */
  public abstract LocalDate firstInstalmentOn();

  /** An initial lump sum, if agreed. */
  public abstract Optional<LumpSum> lumpSum();

  /** The debt the arrangement clears: the arrangement total. */
  public abstract Money startingBalance();

  /** Informal or court-ordered. */
  public abstract ArrangementKind kind();

  /** The officer who made the arrangement (the maker). */
  public abstract OfficerId madeBy();

  /** The day the arrangement was made; the starting balance is taken at the start of this day. */
  public abstract LocalDate madeOn();

  /** The recovery stage each covered account had reached when the arrangement was made. */
  public abstract Map<AccountId, StageReference> heldAtStage();

  /** The part of each instalment that reduces the debt. */
  public Money arrearsComponent() {
    return instalmentAmount().minus(ongoingChargePerInstalment());
  }

  /** The expected payments, by {@link InstalmentSchedule#FINAL_INSTALMENT_TAKES_THE_REMAINDER}. */
  @Value.Lazy
  public InstalmentSchedule schedule() {
    return InstalmentSchedule.of(
        startingBalance(),
        lumpSum(),
        frequency(),
        firstInstalmentOn(),
        instalmentAmount(),
        arrearsComponent(),
        MAX_INSTALMENTS);
  }

  /**
   * The term in whole months, counted up: the fewest months from the first payment due (lump sum or
   * instalment) that reach past the last. Twelve monthly instalments are a 12-month term.
   */
  public long termMonths() {
    LocalDate first = schedule().instalments().get(0).dueOn();
    LocalDate last = schedule().lastDueDate();
    long months = ChronoUnit.MONTHS.between(first, last);
    while (!first.plusMonths(months).isAfter(last)) {
      months++;
    }
    return months;
  }

  @Value.Check
  void check() {
    if (accounts().isEmpty()) {
      throw new IllegalArgumentException("arrangement " + id() + " covers no accounts");
    }
    if (!startingBalance().isPositive()) {
      throw new IllegalArgumentException(
          "arrangement " + id() + ": startingBalance must be above zero, not " + startingBalance());
    }
    if (ongoingChargePerInstalment().isNegative()) {
      throw new IllegalArgumentException(
          "arrangement "
              + id()
              + ": ongoingChargePerInstalment must not be negative, not "
              + ongoingChargePerInstalment());
    }
    if (!arrearsComponent().isPositive()) {
      throw new IllegalArgumentException(
          "arrangement "
              + id()
              + ": instalmentAmount "
              + instalmentAmount()
              + " must be above the ongoing charge "
              + ongoingChargePerInstalment());
    }
    Money afterLump = startingBalance().minus(lumpSum().map(LumpSum::amount).orElse(Money.ZERO));
    if (!afterLump.isPositive()) {
      throw new IllegalArgumentException(
          "arrangement "
              + id()
              + ": the lump sum must be below the startingBalance "
              + startingBalance());
    }
    if (frequency() == InstalmentFrequency.ONE_OFF && !arrearsComponent().equals(afterLump)) {
      throw new IllegalArgumentException(
          "arrangement "
              + id()
              + ": a one-off instalment must clear "
              + afterLump
              + ", not "
              + arrearsComponent());
    }
    if (firstInstalmentOn().isBefore(madeOn())) {
      throw new IllegalArgumentException(
          "arrangement "
              + id()
              + ": firstInstalmentOn "
              + firstInstalmentOn()
              + " is before madeOn "
              + madeOn());
    }
    lumpSum()
        .ifPresent(
            lump -> {
              if (lump.dueOn().isBefore(madeOn()) || lump.dueOn().isAfter(firstInstalmentOn())) {
                throw new IllegalArgumentException(
                    "arrangement "
                        + id()
                        + ": lump sum due "
                        + lump.dueOn()
                        + " must be between madeOn and firstInstalmentOn");
              }
            });
    for (AccountId held : heldAtStage().keySet()) {
      if (!accounts().contains(held)) {
        throw new IllegalArgumentException(
            "arrangement "
                + id()
                + ": heldAtStage names account "
                + held
                + ", which it does not cover");
      }
    }
  }
}
