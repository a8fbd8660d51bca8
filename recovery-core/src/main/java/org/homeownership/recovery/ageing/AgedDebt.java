package org.homeownership.recovery.ageing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collector;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;

/**
 * Aged debt as of a date, for one account or summed over a portfolio: the outstanding amount in
 * each ageing band per charge type, with unallocated credit shown apart rather than netted into a
 * band. The bands less the credit equal the balance.
 */
public final class AgedDebt {

  private final LocalDate asOf;
  private final AgeingBands bands;
  private final ImmutableMap<ChargeType, BandAmounts> byChargeType;
  private final Money unallocatedCredit;
  private final Money disputed;
  private final long accounts;
  private final long accountsInArrears;

  AgedDebt(
      LocalDate asOf,
      AgeingBands bands,
      Map<ChargeType, BandAmounts> byChargeType,
      Money unallocatedCredit,
      Money disputed,
      long accounts,
      long accountsInArrears) {
    this.asOf = requireNonNull(asOf, "asOf");
    this.bands = requireNonNull(bands, "bands");
    this.byChargeType = Maps.immutableEnumMap(byChargeType);
    this.unallocatedCredit = requireNonNull(unallocatedCredit, "unallocatedCredit");
    this.disputed = requireNonNull(disputed, "disputed");
    this.accounts = accounts;
    this.accountsInArrears = accountsInArrears;
  }

  /** Aged debt of no accounts: the starting point for summing a portfolio. */
  public static AgedDebt none(LocalDate asOf, AgeingBands bands) {
    return new AgedDebt(asOf, bands, Map.of(), Money.ZERO, Money.ZERO, 0, 0);
  }

  /** Sums the aged debt of many accounts, streaming, into one portfolio figure. */
  public static Collector<AgedDebt, ?, AgedDebt> summing(LocalDate asOf, AgeingBands bands) {
    return Collector.of(
        () -> new Sum(none(asOf, bands)), Sum::add, (a, b) -> a.add(b.result()), Sum::result);
  }

  /**
   * A running portfolio total in pence, so that summing does not build a new map and new band
   * amounts for every account. Adds exactly as {@link #plus} does, with the same checks.
   */
  private static final class Sum {
    private final AgedDebt start;
    private final long[][] pence = new long[ChargeType.values().length][];
    private long unallocatedCredit;
    private long disputed;
    private long accounts;
    private long accountsInArrears;

    Sum(AgedDebt start) {
      this.start = start;
    }

    Sum add(AgedDebt next) {
      start.requireSameBasis(next);
      for (Map.Entry<ChargeType, BandAmounts> entry : next.byChargeType.entrySet()) {
        int type = entry.getKey().ordinal();
        long[] row = pence[type];
        if (row == null) {
          row = new long[start.bands.size()];
          pence[type] = row;
        }
        entry.getValue().addTo(row);
      }
      unallocatedCredit = Math.addExact(unallocatedCredit, next.unallocatedCredit.pence());
      disputed = Math.addExact(disputed, next.disputed.pence());
      accounts += next.accounts;
      accountsInArrears += next.accountsInArrears;
      return this;
    }

    AgedDebt result() {
      EnumMap<ChargeType, BandAmounts> byType = new EnumMap<>(ChargeType.class);
      for (ChargeType type : ChargeType.values()) {
        if (pence[type.ordinal()] != null) {
          byType.put(type, BandAmounts.ofPence(pence[type.ordinal()]));
        }
      }
      return start.plus(
          new AgedDebt(
              start.asOf,
              start.bands,
              byType,
              Money.ofPence(unallocatedCredit),
              Money.ofPence(disputed),
              accounts,
              accountsInArrears));
    }
  }

  private void requireSameBasis(AgedDebt other) {
    if (!asOf.equals(other.asOf) || !bands.equals(other.bands)) {
      throw new IllegalArgumentException(
          "cannot add aged debt as of "
              + other.asOf
              + " with bands "
              + other.bands
              + " to aged debt as of "
              + asOf
              + " with bands "
              + bands);
    }
  }

  /** The date the debt was aged at. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The ageing bands used. */
  public AgeingBands bands() {
    return bands;
  }

  /** Outstanding amounts per band for each charge type that has any, in charge type order. */
  public ImmutableMap<ChargeType, BandAmounts> byChargeType() {
    return byChargeType;
  }

  /** Outstanding amounts per band across every charge type. */
  public BandAmounts total() {
    BandAmounts total = BandAmounts.zero(bands.size());
    for (BandAmounts amounts : byChargeType.values()) {
      total = total.plus(amounts);
    }
    return total;
  }

  /** The overdue amount: every band but "not yet due". */
  public Money arrears() {
    return total().overdue();
  }

  /** Credit not yet used to pay any charge; shown apart from the bands. */
  public Money unallocatedCredit() {
    return unallocatedCredit;
  }

  /** The part of the bands that is in dispute and left out of allocation. */
  public Money disputed() {
    return disputed;
  }

  /** The balance: the sum of the bands less unallocated credit. */
  public Money balance() {
    return total().total().minus(unallocatedCredit);
  }

  /** How many accounts this covers. */
  public long accounts() {
    return accounts;
  }

  /** How many of them have an overdue amount. */
  public long accountsInArrears() {
    return accountsInArrears;
  }

  /**
   * The sum of this and {@code other}, as for a portfolio.
   *
   * @throws IllegalArgumentException if they were aged at different dates or with different bands
   */
  public AgedDebt plus(AgedDebt other) {
    requireSameBasis(other);
    EnumMap<ChargeType, BandAmounts> sum = new EnumMap<>(ChargeType.class);
    sum.putAll(byChargeType);
    other.byChargeType.forEach((type, amounts) -> sum.merge(type, amounts, BandAmounts::plus));
    return new AgedDebt(
        asOf,
        bands,
        sum,
        unallocatedCredit.plus(other.unallocatedCredit),
        disputed.plus(other.disputed),
        accounts + other.accounts,
        accountsInArrears + other.accountsInArrears);
  }

  /** The aged debt as a plain-text table: a row per charge type, a column per band. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append("Aged debt as of ").append(asOf);
    text.append(" (").append(accounts).append(accounts == 1 ? " account" : " accounts");
    text.append(", ").append(accountsInArrears).append(" in arrears)\n");
    String cell = "%14s";
    text.append(String.format("%-34s", "Charge type"));
    bands.bands().forEach(band -> text.append(String.format(cell, band.label())));
    text.append(String.format(cell, "Total")).append('\n');
    byChargeType.forEach((type, amounts) -> row(text, type.displayName(), amounts));
    row(text, "All charges", total());
    text.append(String.format("%-34s%14s%n", "Unallocated credit", unallocatedCredit.format()));
    if (!disputed.isZero()) {
      text.append(String.format("%-34s%14s%n", "Of which disputed", disputed.format()));
    }
    text.append(String.format("%-34s%14s%n", "Balance", balance().format()));
    return text.toString();
  }

  private static void row(StringBuilder text, String name, BandAmounts amounts) {
    text.append(String.format("%-34s", name));
    amounts.amounts().forEach(amount -> text.append(String.format("%14s", amount.format())));
    text.append(String.format("%14s", amounts.total().format())).append('\n');
  }

  @Override
  public String toString() {
    return "AgedDebt{asOf="
        + asOf
        + ", accounts="
        + accounts
        + ", total="
        + total()
        + ", unallocatedCredit="
        + unallocatedCredit
        + "}";
  }
}
