package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.money.Money;

/**
 * County court issue fees for money claims, from an effective-dated fee table (LAW-AND-PRACTICE.md
 * §6.4). The fee is based on the total claim <em>including interest</em>.
 */
public final class CourtFees {

  /** The source of {@link #moneyClaimsTable()}. */
  public static final String SOURCE =
      "gov.uk, Make a court claim for money: court fees (version read; date it took effect"
          + " UNCONFIRMED); LAW-AND-PRACTICE.md §6.4";

  private final EffectiveDated<CourtFeeTable> tables;

  /** Fees from {@code tables}, such as {@link #moneyClaims()}. */
  public CourtFees(EffectiveDated<CourtFeeTable> tables) {
    this.tables = requireNonNull(tables, "tables");
  }

  /**
   * The money claim issue fees as the gov.uk page read for LAW-AND-PRACTICE.md §6.4 gives them: up
   * to £300, £35; to £500, £50; to £1,000, £70; to £1,500, £80; to £3,000, £115; to £5,000, £205;
   * to £10,000, £455; to £200,000, 5% of the claim rounded down to the penny; over £200,000,
   * £10,000.
   */
  public static CourtFeeTable moneyClaimsTable() {
    return new CourtFeeTable(
        ImmutableList.of(
            FeeBand.upTo("300.00", "35.00"),
            FeeBand.upTo("500.00", "50.00"),
            FeeBand.upTo("1000.00", "70.00"),
            FeeBand.upTo("1500.00", "80.00"),
            FeeBand.upTo("3000.00", "115.00"),
            FeeBand.upTo("5000.00", "205.00"),
            FeeBand.upTo("10000.00", "455.00"),
            new FeeBand(
                Optional.of(Money.parse("200000.00")),
                new FeeRule.PercentOfClaim(new BigDecimal("5"), RoundingMode.DOWN)),
            new FeeBand(Optional.empty(), new FeeRule.Fixed(Money.parse("10000.00")))));
  }

  /**
   * {@link #moneyClaimsTable()} as effective-dated configuration. <b>UNCONFIRMED</b>: the source
   * does not say when these figures took effect (§6.4), so this version applies to every date until
   * a council adds the confirmed date with {@link #moneyClaims(LocalDate)} or adds earlier and
   * later tables with {@link EffectiveDated#withVersion}. Claims issued before the figures took
   * effect paid lower fees (older versions of the page show them).
   */
  public static EffectiveDated<CourtFeeTable> moneyClaims() {
    return EffectiveDated.from(
        LocalDate.MIN,
        moneyClaimsTable(),
        "county court money claim issue fees (effective date UNCONFIRMED)",
        SOURCE);
  }

  /**
   * {@link #moneyClaimsTable()} in force from {@code confirmedFrom}, a date the council confirmed.
   */
  public static EffectiveDated<CourtFeeTable> moneyClaims(LocalDate confirmedFrom) {
    return EffectiveDated.from(
        confirmedFrom, moneyClaimsTable(), "county court money claim issue fees", SOURCE);
  }

  /**
   * The issue fee for a claim issued on {@code issuedOn}, worked out on the debt plus the interest
   * claimed to the date of issue (§6.4).
   *
   * @throws IllegalArgumentException if the debt is not above zero or the interest is negative
   */
  public IssueFee issueFee(Money debt, Money interest, LocalDate issuedOn) {
    requireNonNull(debt, "debt");
    requireNonNull(interest, "interest");
    if (!debt.isPositive()) {
      throw new IllegalArgumentException("debt claimed must be above zero: " + debt);
    }
    if (interest.isNegative()) {
      throw new IllegalArgumentException("interest claimed is negative: " + interest);
    }
    return tables.on(issuedOn).feeOn(debt.plus(interest));
  }

  /** The fee tables. */
  public EffectiveDated<CourtFeeTable> tables() {
    return tables;
  }
}
