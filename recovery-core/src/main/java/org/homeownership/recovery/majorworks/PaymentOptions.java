package org.homeownership.recovery.majorworks;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.money.PenceSplitter;
import org.homeownership.recovery.money.ResiduePolicy;
import org.homeownership.recovery.money.Split;

/**
 * The payment options a leaseholder may choose for a major works charge, each with its figures: in
 * full; in full with the council's prompt-payment discount; by monthly instalments over the longest
 * term the council's table allows (shorter if the leaseholder chooses); and a statutory loan where
 * the leaseholder has the right. Where an option is not offered, the reason is given.
 */
public final class PaymentOptions {

  private PaymentOptions() {}

  /**
   * The options for {@code charge} under {@code policy}.
   *
   * @param resident whether the leaseholder lives in the flat
   * @param loan the statutory loan decision for this charge
   * @return the options offered, and (as {@link Offer#notOffered()}) why any other is not
   */
  public static Offer offer(
      Money charge, boolean resident, PaymentPolicy policy, LoanEligibility loan) {
    ImmutableList.Builder<PaymentOption> options = ImmutableList.builder();
    ImmutableList.Builder<String> notOffered = ImmutableList.builder();
    boolean legalCharge = policy.legalChargeAbove().map(charge::isGreaterThan).orElse(false);
    options.add(
        new PaymentOption(
            PaymentOption.Kind.IN_FULL,
            charge,
            0,
            charge,
            Money.ZERO,
            0,
            Money.ZERO,
            false,
            ImmutableList.of("pay the whole charge by the due date on the invoice")));

    Optional<BigDecimal> discount = policy.promptPaymentDiscount();
    if (discount.isPresent() && (resident || !policy.discountForResidentsOnly())) {
      Money off = charge.times(discount.get(), RoundingMode.HALF_UP);
      Money payable = charge.minus(off);
      options.add(
          new PaymentOption(
              PaymentOption.Kind.IN_FULL_WITH_DISCOUNT,
              payable,
              0,
              payable,
              Money.ZERO,
              0,
              Money.ZERO,
              false,
              ImmutableList.of(
                  "a prompt-payment discount of "
                      + percent(discount.get())
                      + " ("
                      + off.format()
                      + ", rounded half-up) for paying in full within the council's time")));
    } else if (discount.isPresent()) {
      notOffered.add("the prompt-payment discount is for resident leaseholders only");
    }

    Optional<InstalmentBand> band =
        policy.bands().stream().filter(b -> b.contains(charge)).findFirst();
    if (band.isEmpty()) {
      notOffered.add("no band of the payment table covers " + charge.format());
    } else {
      int months = band.get().maximumMonths();
      int interestFree = band.get().interestFreeMonths();
      ImmutableList.Builder<String> terms = ImmutableList.builder();
      if (!resident && policy.nonResidentMaximumMonths().isPresent()) {
        int limit = policy.nonResidentMaximumMonths().getAsInt();
        if (limit < months) {
          terms.add(
              "limited to " + limit + " months because the leaseholder does not live in the flat");
          months = limit;
          interestFree = Math.min(interestFree, limit);
        }
      }
      if (months <= 0) {
        notOffered.add("instalments are not offered to leaseholders who do not live in the flat");
      } else {
        options.add(instalments(charge, months, interestFree, policy, legalCharge, terms));
      }
    }

    if (loan.eligible()) {
      Split<Integer> monthly = monthly(loan.loan(), loan.term().orElseThrow().getYears() * 12);
      options.add(
          new PaymentOption(
              PaymentOption.Kind.STATUTORY_LOAN,
              loan.loan(),
              monthly.shares().size(),
              monthly.share(1),
              monthly.share(monthly.shares().size()),
              0,
              Money.ZERO,
              false,
              ImmutableList.<String>builder()
                  .addAll(loan.reasons())
                  .add(
                      "interest at the council's reasonable rate (HA 1985 Sch 16) is added to"
                          + " these principal instalments")
                  .build()));
    } else {
      notOffered.add("statutory loan: " + String.join("; ", loan.reasons()));
    }
    return new Offer(options.build(), notOffered.build());
  }

  private static PaymentOption instalments(
      Money charge,
      int months,
      int interestFree,
      PaymentPolicy policy,
      boolean legalCharge,
      ImmutableList.Builder<String> terms) {
    Split<Integer> monthly = monthly(charge, months);
    int years = (months + 11) / 12;
    Money fees = policy.annualAdministrationFee().map(f -> f.times(years)).orElse(Money.ZERO);
    terms.add(
        "up to "
            + months
            + " monthly instalments, "
            + interestFree
            + " of them interest-free"
            + (months > interestFree ? ", then interest at the council's rate" : ""));
    if (fees.isPositive()) {
      terms.add(
          "an administration fee of "
              + policy.annualAdministrationFee().get().format()
              + " a year, "
              + fees.format()
              + " over "
              + years
              + (years == 1 ? " year" : " years"));
    }
    if (legalCharge) {
      terms.add(
          "a legal charge is taken over the flat because the charge is above "
              + policy.legalChargeAbove().get().format());
    }
    return new PaymentOption(
        PaymentOption.Kind.INSTALMENTS,
        charge,
        months,
        monthly.share(1),
        monthly.share(months),
        interestFree,
        fees,
        legalCharge,
        terms.build());
  }

  private static Split<Integer> monthly(Money amount, int months) {
    Map<Integer, Integer> equal = new TreeMap<>();
    for (int m = 1; m <= months; m++) {
      equal.put(m, 1);
    }
    return PenceSplitter.split(amount, equal, ResiduePolicy.largestRemainder());
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * The options offered and why any other is not.
   *
   * @param options the options offered
   * @param notOffered why the others are not offered
   */
  public record Offer(ImmutableList<PaymentOption> options, ImmutableList<String> notOffered) {

    /** The option of the given kind, if offered. */
    public Optional<PaymentOption> option(PaymentOption.Kind kind) {
      return options.stream().filter(o -> o.kind() == kind).findFirst();
    }
  }
}
