package org.homeownership.recovery.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.memory.InMemoryStore;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;
import org.junit.jupiter.api.Test;

/** The example in the README, run as a test so that it stays true. */
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    // --- README example starts ---
    InMemoryStore store = new InMemoryStore();
    AccountId account = AccountId.of("SC-100234");
    store.save(
        DebtorAccount.builder().id(account).stream(DebtStream.SERVICE_CHARGES)
            .dwelling(DwellingId.of("MAR-012"))
            .tenure(Tenure.LEASEHOLD)
            .addParties(
                Party.builder()
                    .id(PartyId.of("P-1"))
                    .role(PartyRole.LEASEHOLDER)
                    .name("A. Leaseholder")
                    .build())
            .correspondenceAddress(
                PostalAddress.builder()
                    .addLines("Flat 12, Marlowe House")
                    .town("London")
                    .postcode("SE1 4XY")
                    .build())
            .build());

    store.post(
        account,
        Charge.builder()
            .chargeType(ChargeType.SERVICE_CHARGE)
            .demandReference("SC-2025-Q1")
            .dateRaised(LocalDate.of(2025, 3, 1))
            .dueDate(LocalDate.of(2025, 4, 1))
            .amount(Money.parse("450.00"))
            .build());
    store.post(
        account,
        Charge.builder()
            .chargeType(ChargeType.SERVICE_CHARGE)
            .demandReference("SC-2025-Q2")
            .dateRaised(LocalDate.of(2025, 6, 1))
            .dueDate(LocalDate.of(2025, 7, 1))
            .amount(Money.parse("450.00"))
            .build());
    store.post(
        account,
        Payment.builder()
            .reference("BACS-88121")
            .dateReceived(LocalDate.of(2025, 7, 14))
            .amount(Money.parse("600.00"))
            .method(PaymentMethod.BANK_TRANSFER)
            .build());

    LocalDate asOf = LocalDate.of(2025, 9, 15);
    AgedDebt aged =
        new ArrearsAgeing(AgeingBands.standard())
            .age(
                new PaymentAllocator(AllocationStrategy.oldestDueFirst())
                    .allocate(store.ledger(account), asOf));
    System.out.print(aged.toText());
    // --- README example ends ---

    assertThat(aged.balance()).isEqualTo(Money.parse("300.00"));
    assertThat(aged.total().get(3)).as("61–90 days").isEqualTo(Money.parse("300.00"));
    assertThat(aged.toText())
        .containsPattern("Service charge( +£0.00){3} +£300.00( +£0.00){3} +£300.00");
  }
}
