package org.homeownership.recovery.notices;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ageing.ArrearsAgeing;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Statement;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;

/** A fictional council, joint leaseholders and their service charge ledger, shared by the tests. */
final class Fixtures {

  static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 24);
  static final LocalDate PAY_BY = LocalDate.of(2026, 12, 8);
  static final AccountId ACCOUNT = AccountId.of("SC-100234");

  private Fixtures() {}

  static PostalAddress townHall() {
    return PostalAddress.builder()
        .addLines("Town Hall", "1 High Street")
        .town("Anytown")
        .postcode("AN1 1AA")
        .build();
  }

  static Letterhead letterhead() {
    return Letterhead.builder()
        .legalName("London Borough of Anytown")
        .addressForService(townHall())
        .contact(
            new ContactDetails(
                "Home Ownership Services",
                "020 7946 0000",
                "homeownership@anytown.example",
                "www.anytown.example/homeowners",
                "Monday to Friday, 9am to 5pm"))
        .addPaymentMethod(
            "Bank transfer",
            "sort code 00-00-00, account 00000000, London Borough of Anytown collection account")
        .addPaymentMethod("Debit or credit card", "online at www.anytown.example/pay")
        .addPaymentMethod("Direct Debit", "call us to pay by monthly instalments")
        .build();
  }

  static Party party(String id, String name) {
    return Party.builder().id(PartyId.of(id)).role(PartyRole.LEASEHOLDER).name(name).build();
  }

  static PostalAddress flat() {
    return PostalAddress.builder()
        .addLines("Flat 3, Elm Court", "12 Elm Road")
        .town("Anytown")
        .postcode("AN2 3BC")
        .build();
  }

  static DebtorAccount jointAccount() {
    return DebtorAccount.builder().id(ACCOUNT).stream(DebtStream.SERVICE_CHARGES)
        .dwelling(DwellingId.of("D-0042"))
        .tenure(Tenure.LEASEHOLD)
        .addParties(party("P-1", "Ms Jane Smith"), party("P-2", "Mr Ahmed Khan"))
        .correspondenceAddress(flat())
        .build();
  }

  static Correspondence correspondence() {
    return Correspondence.to(jointAccount(), LETTER_DATE);
  }

  static Ledger ledger() {
    List<LedgerEntry> entries =
        List.of(
            charge(LocalDate.of(2026, 4, 1), ChargeType.SERVICE_CHARGE, "1250.00", "INV-2026-001"),
            payment(LocalDate.of(2026, 5, 2), "400.00", "BACS-88213"),
            charge(LocalDate.of(2026, 7, 1), ChargeType.MAJOR_WORKS, "2340.50", "MW-2026-014"),
            payment(LocalDate.of(2026, 8, 15), "150.00", "CARD-99120"),
            charge(
                LocalDate.of(2026, 10, 1),
                ChargeType.SERVICE_CHARGE_BALANCING,
                "86.25",
                "BAL-2025-7"));
    Ledger ledger = Ledger.empty(ACCOUNT);
    long id = 1;
    for (LedgerEntry entry : entries) {
      ledger = ledger.append(new PostedEntry(EntryId.of(id++), entry));
    }
    return ledger;
  }

  static Statement statement() {
    return ledger().statement(DateRange.inclusive(LocalDate.of(2026, 4, 1), LETTER_DATE));
  }

  static AgedDebt arrears() {
    return new ArrearsAgeing(AgeingBands.standard())
        .age(
            new PaymentAllocator(AllocationStrategy.oldestDueFirst())
                .allocate(ledger(), LETTER_DATE));
  }

  /** Five years of monthly charges and payments: a statement that runs over several pages. */
  static StatementOfAccountLetter longStatementLetter() {
    Ledger ledger = Ledger.empty(ACCOUNT);
    long id = 1;
    LocalDate first = LocalDate.of(2021, 12, 1);
    for (int month = 0; month < 60; month++) {
      LocalDate date = first.plusMonths(month);
      ledger =
          ledger.append(
              new PostedEntry(
                  EntryId.of(id++),
                  charge(date, ChargeType.SERVICE_CHARGE, "104.17", "SC-M" + (month + 1))));
      if (month % 3 != 2) {
        ledger =
            ledger.append(
                new PostedEntry(
                    EntryId.of(id++), payment(date.plusDays(14), "100.00", "DD-" + (month + 1))));
      }
    }
    Statement statement = ledger.statement(DateRange.inclusive(first, LETTER_DATE));
    return new StatementOfAccountLetter(correspondence(), statement);
  }

  static StatementOfAccountLetter statementLetter() {
    return new StatementOfAccountLetter(correspondence(), statement());
  }

  static ArrearsReminderLetter reminder() {
    return new ArrearsReminderLetter(correspondence(), arrears(), PAY_BY);
  }

  static FinalReminderLetter finalReminder() {
    return new FinalReminderLetter(correspondence(), arrears(), PAY_BY);
  }

  static LetterComposer composer() {
    return new LetterComposer(letterhead(), TemplateSource.defaults());
  }

  private static Charge charge(LocalDate date, ChargeType type, String pounds, String reference) {
    return Charge.builder()
        .chargeType(type)
        .dateRaised(date)
        .dueDate(date.plusDays(30))
        .demandReference(reference)
        .amount(Money.parse(pounds))
        .build();
  }

  private static Payment payment(LocalDate date, String pounds, String reference) {
    return Payment.builder()
        .dateReceived(date)
        .amount(Money.parse(pounds))
        .method(PaymentMethod.BANK_TRANSFER)
        .reference(reference)
        .build();
  }
}
