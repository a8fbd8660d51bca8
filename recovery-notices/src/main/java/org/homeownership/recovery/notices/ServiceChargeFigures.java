package org.homeownership.recovery.notices;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.servicecharge.ApportionmentLine;
import org.homeownership.recovery.servicecharge.ManagementFee;
import org.homeownership.recovery.servicecharge.ServiceChargeBill;
import org.jspecify.annotations.Nullable;

/** The template variables and checks shared by the letters that set out a service charge bill. */
final class ServiceChargeFigures {

  private ServiceChargeFigures() {}

  /** Records a problem if {@code bill} has no heads to set out. */
  static void checkLines(DataRequirements requirements, String field, ServiceChargeBill bill) {
    requirements.require(
        field + ".lines",
        !bill.lines().isEmpty(),
        "has no cost heads; the demand must give the breakdown by head");
  }

  /** Records a problem if a reference is missing or blank. */
  static void checkReference(DataRequirements requirements, String field, @Nullable String ref) {
    if (requirements.present(field, ref)) {
      requirements.require(field, !ref.isBlank(), "is blank");
    }
  }

  /** Records a problem if {@code account} is not the letter's account. */
  static void checkAccount(
      DataRequirements requirements,
      String field,
      Correspondence correspondence,
      AccountId account) {
    if (correspondence.account() != null) {
      requirements.require(
          field, account.equals(correspondence.account()), "is for another account");
    }
  }

  /** The bill's year, heads, management fee and totals. */
  static Map<String, ?> bill(ServiceChargeBill bill) {
    List<Map<String, ?>> lines =
        bill.lines().stream().<Map<String, ?>>map(ServiceChargeFigures::line).toList();
    ManagementFee fee = bill.managementFee().orElse(null);
    return Model.of(
        "year", bill.year().describe(),
        "lines", lines,
        "subtotal", EnGb.money(bill.subtotal()),
        "managementFee",
            fee == null
                ? null
                : Model.of(
                    "rate", percent(fee.rate()),
                    "base", EnGb.money(fee.base()),
                    "fee", EnGb.money(fee.fee())),
        "total", EnGb.money(bill.total()));
  }

  private static Map<String, ?> line(ApportionmentLine line) {
    return Model.of(
        "head", line.head(),
        "pool", capitalised(line.pool().toString()),
        "basis", line.basis().displayName(),
        "poolTotal", EnGb.money(line.poolTotal()),
        "explanation", line.explain(),
        "share", EnGb.money(line.share()));
  }

  private static String capitalised(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
