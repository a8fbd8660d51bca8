package org.homeownership.recovery.persistence.jdbc;

import java.time.LocalDate;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.demand.CostLine;
import org.homeownership.recovery.demand.ServiceChargeDemand;
import org.homeownership.recovery.money.Money;

/** Service charge demands with every field filled in, and bare ones, for round trips. */
final class DemandFixtures {

  private DemandFixtures() {}

  /**
   * A balancing demand of £1,000.00 and an administration charge of £60.00 served on {@code
   * servedOn}, with both summaries, the landlord's name and an overseas landlord address of four
   * lines without a postcode, an address for service in England, and two costs: £400.00 invoiced 19
   * months before service with no s.20B(2) notice (caught by s.20B: the £150.00 demanded on account
   * covers none of it) and £600.00 invoiced three months before, paid, and notified. {@code text}
   * is in every text field.
   */
  static ServiceChargeDemand full(
      AccountId account, String reference, LocalDate servedOn, String text) {
    return ServiceChargeDemand.builder()
        .account(account)
        .reference(reference)
        .servedOn(servedOn)
        .serviceCharge(Money.parse("1000.00"))
        .administrationCharge(Money.parse("60.00"))
        .serviceChargeSummaryEnclosed(true)
        .administrationChargeSummaryEnclosed(true)
        .landlordName("Council of " + text)
        .landlordAddress(
            PostalAddress.builder()
                .addLines("Line one " + text, text, "3", "Line four")
                .town("Town " + text)
                .postcode("")
                .countryCode("IE")
                .build())
        .landlordAddressInEnglandAndWales(false)
        .addressForService(
            PostalAddress.builder()
                .addLines("Town Hall " + text)
                .town("Anytown")
                .postcode("AN1 1AA " + text)
                .build())
        .addressForServicePreviouslyNotified(true)
        .addCosts(
            CostLine.builder()
                .description("Lift repair invoice 4471 " + text)
                .share(Money.parse("400.00"))
                .invoicedOn(servedOn.minusMonths(19))
                .build(),
            CostLine.builder()
                .description(text)
                .share(Money.parse("600.00"))
                .invoicedOn(servedOn.minusMonths(3))
                .paidOn(servedOn.minusMonths(2))
                .section20bNoticeOn(servedOn.minusMonths(1))
                .build())
        .demandedOnAccount(Money.parse("150.00"))
        .build();
  }

  /**
   * An estimated demand of £250.00 served on {@code servedOn} without the summary of rights, the
   * landlord's name or any address: no costs, nothing demanded on account.
   */
  static ServiceChargeDemand bare(AccountId account, String reference, LocalDate servedOn) {
    return ServiceChargeDemand.builder()
        .account(account)
        .reference(reference)
        .servedOn(servedOn)
        .serviceCharge(Money.parse("250.00"))
        .serviceChargeSummaryEnclosed(false)
        .administrationChargeSummaryEnclosed(false)
        .landlordAddressInEnglandAndWales(false)
        .addressForServicePreviouslyNotified(false)
        .build();
  }
}
