package org.homeownership.recovery.notices;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.BandAmounts;
import org.homeownership.recovery.ledger.ChargeType;
import org.jspecify.annotations.Nullable;

/** The checks and template variables shared by the letters that chase an overdue amount. */
final class ArrearsFigures {

  private ArrearsFigures() {}

  static void check(
      DataRequirements requirements,
      Correspondence correspondence,
      @Nullable AgedDebt arrears,
      @Nullable LocalDate payBy) {
    LocalDate letterDate = correspondence.letterDate();
    if (requirements.present("arrears", arrears)) {
      requirements.require(
          "arrears",
          arrears.accounts() == 1,
          "covers "
              + arrears.accounts()
              + " accounts; a letter needs the aged debt of its account");
      requirements.require("arrears", arrears.arrears().isPositive(), "shows nothing overdue");
      if (letterDate != null) {
        requirements.require(
            "arrears.asOf", !arrears.asOf().isAfter(letterDate), "is after the letter's date");
      }
    }
    if (requirements.present("payBy", payBy) && letterDate != null) {
      requirements.require("payBy", payBy.isAfter(letterDate), "is not after the letter's date");
    }
  }

  static Map<String, Object> model(AgedDebt arrears, LocalDate payBy) {
    List<Map<String, ?>> byChargeType =
        arrears.byChargeType().entrySet().stream()
            .filter(e -> e.getValue().overdue().isPositive())
            .<Map<String, ?>>map(e -> chargeType(e.getKey(), e.getValue()))
            .toList();
    return Map.of(
        "arrears",
        Model.of(
            "asOf", EnGb.date(arrears.asOf()),
            "overdue", EnGb.money(arrears.arrears()),
            "balance", EnGb.money(arrears.balance()),
            "payBy", EnGb.date(payBy),
            "byChargeType", byChargeType));
  }

  private static Map<String, ?> chargeType(ChargeType type, BandAmounts amounts) {
    return Model.of("chargeType", type.displayName(), "overdue", EnGb.money(amounts.overdue()));
  }
}
