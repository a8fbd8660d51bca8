package org.homeownership.recovery.demand;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.money.Money;

/**
 * LTA 1987 ss.47–48 (LAW-AND-PRACTICE.md §1.5). s.47: a written demand must contain the landlord's
 * name and address and, where that address is not in England and Wales, an address in England and
 * Wales for service of notices; otherwise the service charge and administration charge elements are
 * treated as not due until the information is supplied by notice. s.48: the landlord must give
 * notice of an address in England and Wales for service; until it has (on the demand, or once
 * before, such as in the lease), service charges are treated as not due.
 */
public final class LandlordNameAndAddressRule {

  static final String RULE = "landlord's name and address for service";
  static final String CITATION = "LTA 1987 ss.47-48; LAW-AND-PRACTICE.md §1.5";

  private LandlordNameAndAddressRule() {}

  /** Checks {@code demand}. */
  public static CheckResult check(ServiceChargeDemand demand) {
    ImmutableList.Builder<String> defects = ImmutableList.builder();
    if (demand.landlordName().filter(n -> !n.isBlank()).isEmpty()) {
      defects.add("s.47: the demand does not give the landlord's name");
    }
    if (demand.landlordAddress().isEmpty()) {
      defects.add("s.47: the demand does not give the landlord's address");
    } else if (!demand.landlordAddressInEnglandAndWales() && demand.addressForService().isEmpty()) {
      defects.add(
          "s.47: the landlord's address is not in England and Wales and the demand gives no"
              + " address in England and Wales for service of notices");
    }
    if (demand.addressForService().isEmpty() && !demand.addressForServicePreviouslyNotified()) {
      defects.add(
          "s.48: no address in England and Wales for service of notices has been given, on this"
              + " demand or before");
    }
    ImmutableList<String> found = defects.build();
    if (found.isEmpty()) {
      return new CheckResult(
          RULE,
          CITATION,
          Verdict.COMPLIES,
          Money.ZERO,
          ImmutableList.of(
              "the demand gives the landlord's name and address, and an address for service in"
                  + " England and Wales has been given"));
    }
    Money withheld = demand.serviceCharge().plus(demand.administrationCharge());
    return new CheckResult(
        RULE,
        CITATION,
        Verdict.WITHHELD,
        withheld,
        ImmutableList.<String>builder()
            .addAll(found)
            .add(
                withheld.format()
                    + " is treated as not due until the missing information is given by notice")
            .build());
  }
}
