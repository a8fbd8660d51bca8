package org.homeownership.recovery.examples.account;

import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.notices.ContactDetails;
import org.homeownership.recovery.notices.Letterhead;

/**
 * The example app's letterhead: a fictitious council with made-up contact and payment details. It
 * is example configuration, not any council's; a council embedding the library supplies its own.
 */
final class ExampleLetterhead {

  private ExampleLetterhead() {}

  /** The letterhead of the fictitious London Borough of Anytown. */
  static Letterhead anytown() {
    PostalAddress townHall =
        PostalAddress.builder()
            .addLines("Town Hall", "1 High Street")
            .town("Anytown")
            .postcode("AN1 1AA")
            .build();
    return Letterhead.builder()
        .legalName("London Borough of Anytown (example council)")
        .addressForService(townHall)
        .contact(
            new ContactDetails(
                "Home Ownership Services",
                "020 7946 0000",
                "homeownership@anytown.example",
                "www.anytown.example/homeowners",
                "Monday to Friday, 9am to 5pm"))
        .addPaymentMethod("Bank transfer", "sort code 00-00-00, account 00000000 (example details)")
        .addPaymentMethod("Debit or credit card", "online at www.anytown.example/pay")
        .build();
  }
}
