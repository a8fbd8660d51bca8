package org.homeownership.recovery.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryKind;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.memory.InMemoryStore;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;
import org.junit.jupiter.api.Test;

class BillingRunTest {

  private static final AccountId A = AccountId.of("SC-1");
  private static final AccountId B = AccountId.of("SC-2");
  private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);

  private static InMemoryStore store() {
    InMemoryStore store = new InMemoryStore();
    for (AccountId id : List.of(A, B)) {
      store.save(
          DebtorAccount.builder().id(id).stream(DebtStream.SERVICE_CHARGES)
              .dwelling(DwellingId.of("D-" + id))
              .tenure(Tenure.LEASEHOLD)
              .addParties(
                  Party.builder()
                      .id(PartyId.of("P-" + id))
                      .role(PartyRole.LEASEHOLDER)
                      .name("L")
                      .build())
              .correspondenceAddress(
                  PostalAddress.builder()
                      .addLines("1 Road")
                      .town("Town")
                      .postcode("AB1 2CD")
                      .build())
              .build());
    }
    return store;
  }

  private static BilledItem item(AccountId account, String key, String amount) {
    return BilledItem.builder()
        .account(account)
        .key(key)
        .chargeType(ChargeType.SERVICE_CHARGE)
        .dueDate(LocalDate.of(2025, 4, 1))
        .demandReference("DEM-" + key)
        .amount(Money.parse(amount))
        .build();
  }

  private static BillingRun run(String name, LocalDate on, BilledItem... items) {
    return new BillingRun(name, on, ImmutableList.copyOf(items));
  }

  @Test
  void runningARunAgainPostsNothingNew() {
    InMemoryStore store = store();
    BillingRunPoster poster = new BillingRunPoster(store);
    BillingRun estimates =
        run("Estimates 2025/26", MARCH, item(A, "Q1", "300.00"), item(B, "Q1", "250.00"));

    BillingRunResult first = poster.post(estimates);
    BillingRunResult again = poster.post(estimates);

    assertThat(first.added()).isEqualTo(2);
    assertThat(again.added()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(store.ledger(A).entries()).hasSize(1);
    assertThat(store.ledger(A).entries().get(0).entry().kind()).isEqualTo(EntryKind.CHARGE);
  }

  @Test
  void aCorrectedRunPostsOnlyTheDifferencesAsAnAdjustmentOrACredit() {
    InMemoryStore store = store();
    BillingRunPoster poster = new BillingRunPoster(store);
    poster.post(run("Estimates", MARCH, item(A, "Q1", "300.00"), item(B, "Q1", "250.00")));

    BillingRun corrected =
        run(
            "Estimates, corrected",
            MARCH.plusDays(10),
            item(A, "Q1", "310.00"),
            item(B, "Q1", "245.00"));
    BillingRunResult result = poster.post(corrected);

    assertThat(result.added()).isEqualTo(2);
    Ledger a = store.ledger(A);
    assertThat(a.entries().get(1).entry().kind()).isEqualTo(EntryKind.ADJUSTMENT);
    assertThat(a.entries().get(1).entry().amount()).isEqualTo(Money.parse("10.00"));
    assertThat(a.entries().get(1).entry().externalReference()).contains("Q1#1");
    assertThat(a.entries().get(1).entry().description())
        .isEqualTo(
            "Adjustment (Service charge): billing run 'Estimates, corrected' corrects DEM-Q1 from"
                + " £300.00 to £310.00");
    Ledger b = store.ledger(B);
    assertThat(b.entries().get(1).entry().kind()).isEqualTo(EntryKind.CREDIT);
    assertThat(b.entries().get(1).entry().amount()).isEqualTo(Money.parse("5.00"));
    assertThat(a.balanceAt(LocalDate.of(2025, 12, 31))).isEqualTo(Money.parse("310.00"));
    assertThat(b.balanceAt(LocalDate.of(2025, 12, 31))).isEqualTo(Money.parse("245.00"));
    assertThat(poster.post(corrected).added()).isZero();
  }

  @Test
  void aNegativeItemIsPostedAsACreditAimedAtItsDemand() {
    InMemoryStore store = store();
    new BillingRunPoster(store).post(run("Balancing", MARCH, item(A, "BAL", "-42.50")));

    assertThat(store.ledger(A).entries().get(0).entry().kind()).isEqualTo(EntryKind.CREDIT);
    assertThat(store.ledger(A).balanceAt(MARCH)).isEqualTo(Money.parse("-42.50"));
  }

  @Test
  void aCalculatorsChargePostsExactlyAsItWasCalculatedAndOnlyOnce() {
    org.homeownership.recovery.ledger.Charge groundRent =
        org.homeownership.recovery.ledger.Charge.builder()
            .chargeType(ChargeType.GROUND_RENT)
            .dateRaised(LocalDate.of(2025, 5, 1))
            .dueDate(LocalDate.of(2025, 6, 24))
            .demandReference("GR-D-SC-1-2025")
            .amount(Money.parse("10.00"))
            .externalReference("GR-D-SC-1-2025-06-24")
            .build();
    InMemoryStore store = store();
    BillingRun run =
        new BillingRun("Ground rent 2025", MARCH, ImmutableList.of(BilledItem.of(A, groundRent)));

    new BillingRunPoster(store).post(run);

    assertThat(store.ledger(A).entries()).extracting(p -> p.entry()).containsExactly(groundRent);
    assertThat(new BillingRunPoster(store).post(run).added()).isZero();
    org.homeownership.recovery.ledger.Charge unkeyed =
        org.homeownership.recovery.ledger.Charge.builder()
            .from(groundRent)
            .externalReference(java.util.Optional.empty())
            .build();
    assertThatThrownBy(() -> BilledItem.of(A, unkeyed))
        .hasMessage("a charge billed in a run needs an external reference to key it");
  }

  @Test
  void aRunRefusesAnItemTwiceAndAKeyThatLooksLikeACorrection() {
    assertThatThrownBy(() -> run("Twice", MARCH, item(A, "Q1", "1.00"), item(A, "Q1", "2.00")))
        .hasMessage("billing run 'Twice' bills Q1 on account SC-1 twice");
    assertThatThrownBy(() -> item(A, "Q1#2", "1.00")).hasMessageContaining("contains '#'");
  }

  @Test
  void afterAnySequenceOfRunsTheLedgerHoldsTheLastRunsFiguresAndARerunPostsNothing() {
    qt().forAll(
            lists().of(longs().between(-50_000, 200_000)).ofSizeBetween(1, 6),
            integers().between(1, 4))
        .checkAssert(
            (amounts, keys) -> {
              InMemoryStore store = store();
              BillingRunPoster poster = new BillingRunPoster(store);
              BillingRun last = null;
              for (int r = 0; r < amounts.size(); r++) {
                BilledItem[] items = new BilledItem[keys];
                for (int k = 0; k < keys; k++) {
                  items[k] = item(A, "K" + k, Money.ofPence(amounts.get(r) + 1000L * k).toString());
                }
                last = run("Run " + r, MARCH.plusDays(r), items);
                poster.post(last);
              }
              long expected = last.items().stream().mapToLong(i -> i.amount().pence()).sum();
              assertThat(store.ledger(A).balanceAt(LocalDate.of(2026, 1, 1)).pence())
                  .isEqualTo(expected);
              assertThat(poster.post(last).added()).isZero();
            });
  }
}
