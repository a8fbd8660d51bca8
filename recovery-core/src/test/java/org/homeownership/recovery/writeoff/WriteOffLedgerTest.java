package org.homeownership.recovery.writeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.ACCOUNT;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.AUTHORISED;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.CHECKER;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.owing;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.post;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.proposal;

import java.time.LocalDate;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.EntryKind;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.ledger.StatementLine;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.junit.jupiter.api.Test;

/**
 * What a write-off does to the ledger, and reinstatement when the debtor is traced (§12.3): a
 * charge of £1,200.00 with £200.00 paid leaves £1,000.00; the write-off takes it to £0.00 on the
 * day it is authorised; the reinstatement's reversal makes it £1,000.00 again from its own date.
 */
class WriteOffLedgerTest {

  private static final WriteOffAuthoriser WELWYN =
      WriteOffFixtures.authoriser(AuthorisationBands.welwynHatfield());
  private static final Signatory OFFICER =
      new Signatory(CHECKER, AuthorisationLevel.of(2, "officers"));
  private static final OfficerId REINSTATER = OfficerId.of("HO-0003");
  private static final LocalDate TRACED = LocalDate.of(2025, 9, 1);

  private static Ledger paidInPart() {
    return post(
        owing("1200.00"),
        Payment.builder()
            .dateReceived(LocalDate.of(2019, 5, 1))
            .amount(Money.parse("200.00"))
            .method(PaymentMethod.BANK_TRANSFER)
            .reference("P-1")
            .build());
  }

  private static AuthorisationOutcome.Authorised authorised(String amount, Ledger ledger) {
    return (AuthorisationOutcome.Authorised)
        WELWYN.authorise(
            WELWYN.propose(proposal(amount, WriteOffReason.UNTRACED).allocateTo("SC-2019").build()),
            OFFICER,
            ledger,
            AUTHORISED);
  }

  @Test
  void theWriteOffEntryClearsTheBalanceFromTheDayItIsAuthorised() {
    Ledger before = paidInPart();
    AuthorisationOutcome.Authorised outcome = authorised("1000.00", before);

    Ledger after = post(before, outcome.entry());

    WriteOff entry = outcome.entry();
    assertThat(entry.date()).isEqualTo(AUTHORISED);
    assertThat(entry.amount()).isEqualTo(Money.parse("1000.00"));
    assertThat(entry.reason()).isEqualTo(WriteOffReason.UNTRACED);
    assertThat(entry.authorisedBy()).isEqualTo("HO-0002");
    assertThat(entry.externalReference()).contains("WO-1");
    assertThat(entry.allocateTo()).contains("SC-2019");
    assertThat(before.balanceAt(AUTHORISED)).isEqualTo(Money.parse("1000.00"));
    assertThat(after.balanceAt(AUTHORISED.minusDays(1))).isEqualTo(Money.parse("1000.00"));
    assertThat(after.balanceAt(AUTHORISED)).isEqualTo(Money.ZERO);
    assertThat(post(after, outcome.entry()).entries()).hasSize(3);
  }

  @Test
  void aPartWriteOffLeavesTheRestOwed() {
    Ledger before = paidInPart();

    Ledger after = post(before, authorised("400.00", before).entry());

    assertThat(after.balanceAt(AUTHORISED)).isEqualTo(Money.parse("600.00"));
  }

  @Test
  void reinstatementReversesTheWriteOffNamingItAndTheDebtIsOwedAgain() {
    Ledger before = paidInPart();
    AuthorisationOutcome.Authorised authorised = authorised("1000.00", before);
    Ledger writtenOff = post(before, authorised.entry());

    ReinstatementOutcome outcome =
        WriteOffReinstatement.reinstate(
            authorised.record(), writtenOff, REINSTATER, TRACED, ReinstatementReason.DEBTOR_TRACED);
    Reversal reversal = ((ReinstatementOutcome.Reinstated) outcome).reversal();
    Ledger reinstated = post(writtenOff, reversal);

    assertThat(reversal.reverses()).isEqualTo(EntryId.of(3));
    assertThat(reversal.reversedKind()).isEqualTo(EntryKind.WRITE_OFF);
    assertThat(reversal.amount()).isEqualTo(Money.parse("1000.00"));
    assertThat(reversal.reason()).isEqualTo("write-off WO-1 reinstated: debtor traced");
    assertThat(reinstated.balanceAt(TRACED.minusDays(1))).isEqualTo(Money.ZERO);
    assertThat(reinstated.balanceAt(TRACED)).isEqualTo(Money.parse("1000.00"));
    assertThat(
            reinstated.statement(DateRange.inclusive(AUTHORISED, TRACED)).lines().stream()
                .map(l -> l.description() + " " + l.balance().format()))
        .containsExactly(
            "Write-off: debtor untraced £0.00",
            "Reversal of write off 3: write-off WO-1 reinstated: debtor traced £1,000.00");
    assertThat(outcome.record().state()).isEqualTo(WriteOffState.REINSTATED);
    assertThat(outcome.record().reinstatement()).contains(reversal);
    assertThat(outcome.record().history())
        .extracting(WriteOffStep::describe)
        .containsExactly(
            "2025-03-01 PROPOSED by HO-0001: proposed: £1,000.00, debtor untraced",
            "2025-03-10 AUTHORISED by HO-0002: " + String.join("; ", authorised.reasons()),
            "2025-09-01 REINSTATED by HO-0003: write-off WO-1 reinstated: debtor traced;"
                + " £1,000.00 owed again from 2025-09-01 (reversal of entry 3); reinstated by"
                + " HO-0003");
  }

  @Test
  void reinstatementIsRefusedBeforeTheWriteOffIsPostedOrDatedOrOnceDone() {
    Ledger before = paidInPart();
    AuthorisationOutcome.Authorised authorised = authorised("1000.00", before);
    Ledger writtenOff = post(before, authorised.entry());
    ReinstatementOutcome done =
        WriteOffReinstatement.reinstate(
            authorised.record(), writtenOff, REINSTATER, TRACED, ReinstatementReason.DEBTOR_TRACED);

    assertThat(
            WriteOffReinstatement.reinstate(
                    authorised.record(),
                    before,
                    REINSTATER,
                    TRACED,
                    ReinstatementReason.DEBTOR_TRACED)
                .reasons())
        .containsExactly("write-off WO-1 is not posted on the ledger: post it before reinstating");
    assertThat(
            WriteOffReinstatement.reinstate(
                    authorised.record(),
                    writtenOff,
                    REINSTATER,
                    AUTHORISED.minusDays(1),
                    ReinstatementReason.WRITTEN_OFF_IN_ERROR)
                .reasons())
        .containsExactly("reinstatement on 2025-03-09 is before the write-off on 2025-03-10");
    assertThat(
            WriteOffReinstatement.reinstate(
                    done.record(),
                    post(writtenOff, ((ReinstatementOutcome.Reinstated) done).reversal()),
                    REINSTATER,
                    TRACED,
                    ReinstatementReason.DEBTOR_TRACED)
                .reasons())
        .containsExactly(
            "write-off WO-1 is REINSTATED, not AUTHORISED",
            "write-off entry 3 is already reversed");
    assertThat(
            WriteOffReinstatement.reinstate(
                    WELWYN.propose(proposal("10.00", WriteOffReason.UNTRACED).build()),
                    writtenOff,
                    REINSTATER,
                    TRACED,
                    ReinstatementReason.DEBTOR_TRACED)
                .reasons())
        .containsExactly("write-off WO-1 is PROPOSED, not AUTHORISED");
    assertThat(ACCOUNT).isEqualTo(writtenOff.account());
  }

  @Test
  void aStatementLineShowsTheWriteOffReason() {
    Ledger before = paidInPart();
    Ledger after = post(before, authorised("1000.00", before).entry());

    StatementLine line =
        after.statement(DateRange.inclusive(AUTHORISED, AUTHORISED)).lines().get(0);

    assertThat(line.description()).isEqualTo("Write-off: debtor untraced");
    assertThat(line.balance()).isEqualTo(Money.ZERO);
  }
}
