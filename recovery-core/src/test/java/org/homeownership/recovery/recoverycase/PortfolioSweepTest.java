package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.d;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.policy.StageAction;
import org.junit.jupiter.api.Test;

/** The portfolio sweep: a worklist in priority order with counts per outcome and action. */
class PortfolioSweepTest {

  private static CaseFile account(
      String id, String due, String amount, String stage, String since) {
    AccountId account = AccountId.of(id);
    RecoveryCase recoveryCase = RecoveryCase.open(account, DebtStream.SERVICE_CHARGES);
    if (stage != null) {
      recoveryCase = recoveryCase.entered(StageReference.of(stage), d(since));
    }
    return Fixtures.file(Fixtures.ledger(account).charge(due, amount).build(), recoveryCase)
        .build();
  }

  private static List<CaseFile> portfolio() {
    return List.of(
        account("SC-0001", "2025-01-01", "120.00", null, null),
        account("SC-0002", "2025-01-01", "900.00", null, null),
        account("SC-0003", "2024-12-01", "900.00", null, null),
        account("SC-0004", "2025-02-20", "400.00", null, null),
        account("SC-0005", "2024-10-01", "300.00", "REMINDER_1", "2025-02-20"),
        Fixtures.file(
                Fixtures.ledger(AccountId.of("SC-0006")).charge("2024-10-01", "50.00").build(),
                RecoveryCase.open(AccountId.of("SC-0006"), DebtStream.SERVICE_CHARGES))
            .addHolds(
                new Hold.Deceased(HoldTerms.from(d("2025-01-15"), "estate", Fixtures.OFFICER)))
            .build());
  }

  @Test
  void theWorklistPutsActionsDueFirstThenLargestThenOldest() {
    Worklist worklist =
        new PortfolioSweep(Fixtures.engine()).worklist(portfolio().stream(), d("2025-03-01"));

    assertThat(worklist.entries())
        .extracting(e -> e.decision().account().value())
        .containsExactly("SC-0003", "SC-0002", "SC-0001");
    assertThat(worklist.entries())
        .extracting(WorklistEntry::describe)
        .first()
        .isEqualTo(
            "SC-0003 | ACTION DUE: REMINDER_1 First reminder (Letter or notice, template"
                + " REMINDER_1) | £900.00 | 90 days");
    assertThat(worklist.accountsSwept()).isEqualTo(6);
    assertThat(worklist.countsByOutcome())
        .containsEntry(OutcomeKind.ACTION_DUE, 3L)
        .containsEntry(OutcomeKind.WAITING, 2L)
        .containsEntry(OutcomeKind.ON_HOLD, 1L)
        .hasSize(3);
    assertThat(worklist.countsByAction())
        .containsExactly(java.util.Map.entry(StageAction.LETTER, 3L));
    assertThat(worklist.describe()).startsWith("Worklist as of 2025-03-01: 6 accounts swept");
  }

  @Test
  void theSweepStreamsDecisionsAsTheyAreConsumed() {
    AtomicInteger read = new AtomicInteger();
    Stream<CaseFile> files = portfolio().stream().peek(f -> read.incrementAndGet());

    Decision first =
        new PortfolioSweep(Fixtures.engine())
            .decisions(files, d("2025-03-01"))
            .findFirst()
            .orElseThrow();

    assertThat(first.account()).isEqualTo(AccountId.of("SC-0001"));
    assertThat(read.get()).isEqualTo(1);
  }

  @Test
  void theWorklistDoesNotDependOnTheOrderAccountsAreRead() {
    List<CaseFile> reversed = new java.util.ArrayList<>(portfolio());
    java.util.Collections.reverse(reversed);
    PortfolioSweep sweep = new PortfolioSweep(Fixtures.engine());

    assertThat(sweep.worklist(reversed.stream(), d("2025-03-01")))
        .isEqualTo(sweep.worklist(portfolio().stream(), d("2025-03-01")));
  }
}
