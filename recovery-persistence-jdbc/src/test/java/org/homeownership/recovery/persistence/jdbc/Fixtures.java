package org.homeownership.recovery.persistence.jdbc;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.Adjustment;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Credit;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.Refund;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;

/** Accounts and entries for the store tests. All names and addresses are invented. */
final class Fixtures {

  static final LocalDate APRIL = LocalDate.of(2025, 4, 1);

  private Fixtures() {}

  /** A leasehold service charge account with one leaseholder at a UK address. */
  static DebtorAccount account(String id) {
    return DebtorAccount.builder().id(AccountId.of(id)).stream(DebtStream.SERVICE_CHARGES)
        .dwelling(DwellingId.of("DW-" + id))
        .tenure(Tenure.LEASEHOLD)
        .addParties(
            Party.builder()
                .id(PartyId.of("P-" + id))
                .role(PartyRole.LEASEHOLDER)
                .name("Alex Example")
                .build())
        .correspondenceAddress(
            PostalAddress.builder()
                .addLines("Flat 1, Example House", "1 Sample Street")
                .town("London")
                .postcode("N1 1AA")
                .build())
        .build();
  }

  /** A major works account with three joint leaseholders writing from abroad. */
  static DebtorAccount jointOverseasAccount(String id) {
    return DebtorAccount.builder().id(AccountId.of(id)).stream(DebtStream.MAJOR_WORKS)
        .dwelling(DwellingId.of("DW-77"))
        .tenure(Tenure.LEASEHOLD)
        .addParties(
            Party.builder()
                .id(PartyId.of("P-1"))
                .role(PartyRole.LEASEHOLDER)
                .name("Sam Sample")
                .email("sam@example.org")
                .telephone("+33 1 23 45 67 89")
                .build(),
            Party.builder()
                .id(PartyId.of("P-2"))
                .role(PartyRole.LEASEHOLDER)
                .name("Jo Sample")
                .telephone("020 7946 0000")
                .build(),
            Party.builder()
                .id(PartyId.of("P-3"))
                .role(PartyRole.LEASEHOLDER)
                .name("Chris Sample-Test")
                .email("chris@example.net")
                .build())
        .correspondenceAddress(
            PostalAddress.builder()
                .addLines("Appartement 4", "12 rue de l'Exemple", "Quartier Latin", "Île-de-France")
                .town("Paris")
                .postcode("")
                .countryCode("FR")
                .build())
        .build();
  }

  /** A service charge instalment with every optional field given. */
  static Charge charge(String reference, long pence) {
    return Charge.builder()
        .chargeType(ChargeType.SERVICE_CHARGE)
        .periodCovered(new DateRange(APRIL, APRIL.plusYears(1)))
        .dateRaised(APRIL)
        .dueDate(APRIL.plusDays(30))
        .demandReference("DEM-" + reference)
        .amount(Money.ofPence(pence))
        .externalReference(reference)
        .build();
  }

  /** A payment received on {@code date}. */
  static Payment payment(String reference, long pence, LocalDate date) {
    return Payment.builder()
        .dateReceived(date)
        .amount(Money.ofPence(pence))
        .method(PaymentMethod.BANK_TRANSFER)
        .reference(reference)
        .build();
  }

  /** One entry of every kind but reversal, with and without optional fields. */
  static List<LedgerEntry> everyKindButReversal() {
    return List.of(
        charge("BILL-2025-1", 123_456),
        Charge.builder()
            .chargeType(ChargeType.GROUND_RENT)
            .dateRaised(APRIL)
            .dueDate(APRIL)
            .amount(Money.ofPence(25_000))
            .build(),
        Adjustment.builder()
            .date(APRIL.plusDays(3))
            .amount(Money.ofPence(1_999))
            .chargeType(ChargeType.MAJOR_WORKS)
            .reason("Scaffolding under-recharged")
            .build(),
        Adjustment.builder()
            .date(APRIL.plusDays(4))
            .amount(Money.ofPence(7))
            .chargeType(ChargeType.ADMINISTRATION_CHARGE)
            .reason("Arrears fee")
            .dueDate(APRIL.plusDays(18))
            .demandReference("DEM-ADM-1")
            .externalReference("ADJ-1")
            .build(),
        payment("BANK-0001", 50_000, APRIL.plusDays(10)),
        Payment.builder()
            .dateReceived(APRIL.plusDays(11))
            .amount(Money.ofPence(100))
            .method(PaymentMethod.DIRECT_DEBIT)
            .reference("DD-0001")
            .allocateTo("DEM-ADM-1")
            .build(),
        Credit.builder()
            .date(APRIL.plusDays(12))
            .amount(Money.ofPence(3_333))
            .reason("Tribunal reduction")
            .build(),
        Credit.builder()
            .date(APRIL.plusDays(13))
            .amount(Money.ofPence(1))
            .reason("Balancing credit")
            .allocateTo("DEM-BILL-2025-1")
            .externalReference("CR-1")
            .build(),
        WriteOff.builder()
            .date(APRIL.plusDays(14))
            .amount(Money.ofPence(2_000))
            .reason(WriteOffReason.UNECONOMICAL_TO_PURSUE)
            .authorisedBy("Officer 42")
            .build(),
        WriteOff.builder()
            .date(APRIL.plusDays(15))
            .amount(Money.ofPence(2_001))
            .reason(WriteOffReason.STATUTE_BARRED)
            .authorisedBy("Head of Service")
            .allocateTo("DEM-BILL-2025-1")
            .externalReference("WO-2")
            .build(),
        Refund.builder()
            .date(APRIL.plusDays(16))
            .amount(Money.ofPence(500))
            .method(PaymentMethod.CHEQUE)
            .reason("Overpayment returned")
            .build(),
        Refund.builder()
            .date(APRIL.plusDays(17))
            .amount(Money.ofPence(501))
            .method(PaymentMethod.BANK_TRANSFER)
            .reason("Overpayment returned")
            .externalReference("RF-2")
            .build());
  }
}
