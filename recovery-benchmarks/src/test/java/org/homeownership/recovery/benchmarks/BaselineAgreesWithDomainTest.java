package org.homeownership.recovery.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Reversal;
import org.junit.jupiter.api.Test;

/** The baseline is only a fair yardstick if it computes what the domain computes. */
class BaselineAgreesWithDomainTest {

  private static final AgeingBands BANDS = AgeingBands.standard();
  private final List<Ledger> ledgers = PortfolioGenerator.ledgers(3_000);

  @Test
  void theBaselineReachesTheDomainsPortfolioPennyForPenny() {
    AgedDebt domain =
        new PortfolioSweep(PortfolioGenerator.AS_OF, BANDS, List.of()).sweep(ledgers.stream());
    long[] baseline = PencePortfolio.of(ledgers).sweep(PortfolioGenerator.AS_OF, BANDS);

    assertThat(baseline).containsExactly(SweepCheck.totals(domain));
    assertThat(domain.accounts()).isEqualTo(3_000);
    assertThat(domain.accountsInArrears()).isBetween(300L, 2_700L);
    assertThat(domain.unallocatedCredit().pence()).isPositive();
  }

  @Test
  void theBaselinesExpectedBalanceCheckReachesTheMonitorsStates() {
    Map<AccountId, ArrangementRecord> arrangements = PortfolioGenerator.arrangements(ledgers);
    ArrangementMonitoringStep monitoring =
        new ArrangementMonitoringStep(PortfolioGenerator.AS_OF, arrangements);
    AgedDebt domain =
        new PortfolioSweep(PortfolioGenerator.AS_OF, BANDS, List.of(monitoring))
            .sweep(ledgers.stream());
    long[] states = new long[ArrangementState.values().length];
    long[] baseline =
        PencePortfolio.of(ledgers, arrangements)
            .sweepMonitoring(PortfolioGenerator.AS_OF, BANDS, 3, states);

    assertThat(baseline).containsExactly(SweepCheck.totals(domain));
    assertThat(states).containsExactly(monitoring.states());
    assertThat(arrangements.size()).isBetween(90, 210);
    assertThat(states[ArrangementState.LIVE.ordinal()]).isPositive();
    assertThat(states[ArrangementState.BREACHED.ordinal()]).isPositive();
    assertThat(PortfolioGenerator.arrangements(ledgers).keySet()).isEqualTo(arrangements.keySet());
  }

  @Test
  void theGeneratedPortfolioIsFixedBySeedAndHasAboutSixtyEntriesAnAccount() {
    List<Ledger> again = PortfolioGenerator.ledgers(3_000);
    int entries = ledgers.stream().mapToInt(l -> l.entries().size()).sum();
    long reversals =
        ledgers.stream()
            .flatMap(l -> l.entries().stream())
            .filter(p -> p.entry() instanceof Reversal)
            .count();

    assertThat(again.get(2_999).entries()).isEqualTo(ledgers.get(2_999).entries());
    assertThat(entries / 3_000.0).isBetween(50.0, 70.0);
    assertThat(reversals).isBetween(100L, 5_000L);
  }
}
