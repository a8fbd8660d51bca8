package org.homeownership.recovery.servicecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.servicecharge.Pools.BLOCK;
import static org.homeownership.recovery.servicecharge.Pools.HACKNEY_LIVING_SPACE_FACTOR;
import static org.homeownership.recovery.servicecharge.Pools.YEAR_2025;
import static org.homeownership.recovery.servicecharge.Pools.flat;
import static org.homeownership.recovery.servicecharge.Pools.lease;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.billing.BillingRunPoster;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.InstalmentPlan;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.memory.InMemoryStore;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;
import org.junit.jupiter.api.Test;

/** A whole service charge year: estimate, instalments, actual costs, balancing, posted. */
class ServiceChargeYearTest {

  private static final DwellingId F1 = DwellingId.of("F1");
  private static final DwellingId F2 = DwellingId.of("F2");

  @Test
  void estimateInstalmentsThenActualsLeaveEachLedgerOwingTheActualCharge() {
    List<Dwelling> block =
        List.of(
            flat("F1", Tenure.LEASEHOLD).bedrooms(1).build(),
            flat("F2", Tenure.SHARED_OWNERSHIP).bedrooms(2).build(),
            flat("F3", Tenure.TENANTED).bedrooms(3).build());
    Map<DwellingId, Lease> leases =
        Map.of(
            F1, lease("F1", ApportionmentBasis.BEDROOM_WEIGHTING),
            F2,
                Lease.builder()
                    .from(lease("F2", ApportionmentBasis.BEDROOM_WEIGHTING))
                    .instalmentPlan(InstalmentPlan.MONTHLY)
                    .build());
    Map<DwellingId, AccountId> accounts =
        Map.of(F1, AccountId.of("SC-F1"), F2, AccountId.of("SC-F2"));
    InMemoryStore store = new InMemoryStore();
    accounts.forEach((dwelling, account) -> store.save(account(account, dwelling)));
    ServiceChargeApportioner apportioner =
        new ServiceChargeApportioner(
            ApportionmentPolicy.councilBearsResidue(HACKNEY_LIVING_SPACE_FACTOR));

    ServiceChargeBudget estimate = budget(BudgetStage.ESTIMATE, "2300.00", "1150.00");
    Apportionment estimated = apportioner.apportion(estimate, block, leases.values());
    BillingRun instalments =
        ServiceChargeDemands.estimateInstalments(
            "Estimates 2025/26",
            LocalDate.of(2025, 3, 1),
            estimated,
            accounts,
            leases,
            YEAR_2025.start());
    BillingRunPoster poster = new BillingRunPoster(store);
    assertThat(poster.post(instalments).added()).isEqualTo(4 + 12);
    assertThat(poster.post(instalments).added()).isZero();

    Money f1Estimate = estimated.bill(F1).orElseThrow().total();
    // F1 weighs 3.0 of 3.0 + 4.0 + 4.5 = 11.5: £2,300 × 3 / 11.5 + £1,150 × 3 / 11.5 = 600 + 300.
    assertThat(f1Estimate).isEqualTo(Money.parse("900.00"));
    assertThat(store.ledger(AccountId.of("SC-F1")).balanceAt(LocalDate.of(2026, 3, 31)))
        .isEqualTo(f1Estimate);

    ServiceChargeBudget actual = budget(BudgetStage.ACTUAL, "2530.00", "1035.00");
    Apportionment actuals = apportioner.apportion(actual, block, leases.values());
    List<YearEndBalance> balances =
        YearEndReconciliation.reconcile(
            actuals, Map.of(F1, f1Estimate, F2, estimated.bill(F2).orElseThrow().total()));
    BillingRun balancing =
        ServiceChargeDemands.balancing(
            "Balancing 2025/26",
            LocalDate.of(2026, 9, 30),
            YEAR_2025,
            balances,
            accounts,
            LocalDate.of(2026, 10, 28));
    poster.post(balancing);

    for (DwellingId dwelling : List.of(F1, F2)) {
      assertThat(store.ledger(accounts.get(dwelling)).balanceAt(LocalDate.of(2026, 10, 31)))
          .as("%s owes its actual charge", dwelling)
          .isEqualTo(actuals.bill(dwelling).orElseThrow().total());
    }
    // Actual: £2,530 × 3 / 11.5 + £1,035 × 3 / 11.5 = 660 + 270 = £930, so £30 to balance.
    assertThat(balances.get(0).balance()).isEqualTo(Money.parse("30.00"));
    // F2 (4.0): estimate 800 + 400 = £1,200; actual 880 + 360 = £1,240.
    assertThat(balances.get(1).balance()).isEqualTo(Money.parse("40.00"));
  }

  private static ServiceChargeBudget budget(
      BudgetStage stage, String cleaning, String electricity) {
    return ServiceChargeBudget.builder()
        .year(YEAR_2025)
        .stage(stage)
        .addHeads(
            CostHead.builder()
                .name("Block cleaning")
                .pool(CostPool.block(BLOCK))
                .total(Money.parse(cleaning))
                .build(),
            CostHead.builder()
                .name("Communal electricity")
                .pool(CostPool.block(BLOCK))
                .total(Money.parse(electricity))
                .build())
        .build();
  }

  private static DebtorAccount account(AccountId id, DwellingId dwelling) {
    Tenure tenure = dwelling.equals(F2) ? Tenure.SHARED_OWNERSHIP : Tenure.LEASEHOLD;
    return DebtorAccount.builder().id(id).stream(DebtStream.SERVICE_CHARGES)
        .dwelling(dwelling)
        .tenure(tenure)
        .addParties(
            Party.builder()
                .id(PartyId.of("P-" + id))
                .role(tenure == Tenure.LEASEHOLD ? PartyRole.LEASEHOLDER : PartyRole.SHARED_OWNER)
                .name("Owner")
                .build())
        .correspondenceAddress(
            PostalAddress.builder().addLines("1 Road").town("Town").postcode("AB1 2CD").build())
        .build();
  }
}
