package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.d;
import static org.homeownership.recovery.recoverycase.Fixtures.file;
import static org.homeownership.recovery.recoverycase.Fixtures.ledger;

import java.time.LocalDate;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.writeoff.AuthorisationBands;
import org.homeownership.recovery.writeoff.AuthorisationLevel;
import org.homeownership.recovery.writeoff.AuthorisationOutcome;
import org.homeownership.recovery.writeoff.ReinstatementOutcome;
import org.homeownership.recovery.writeoff.ReinstatementReason;
import org.homeownership.recovery.writeoff.Signatory;
import org.homeownership.recovery.writeoff.WriteOffAuthoriser;
import org.homeownership.recovery.writeoff.WriteOffProposal;
import org.homeownership.recovery.writeoff.WriteOffReference;
import org.homeownership.recovery.writeoff.WriteOffReinstatement;
import org.junit.jupiter.api.Test;

/**
 * A write-off posted to the ledger closes the case from its date (the counted arrears fall to
 * £0.00); when it is reinstated the debt counts again and a closed case starts afresh at the first
 * stage. £300.00 of service charges due 1 January 2025, written off (untraced) on 1 March 2025
 * under Welwyn Hatfield's bands, reinstated on 1 September 2025 when the debtor is traced.
 */
class WriteOffInEngineTest {

  private static final LocalDate WRITTEN_OFF = d("2025-03-01");
  private static final LocalDate TRACED = d("2025-09-01");

  @Test
  void aWriteOffClosesTheCaseAndReinstatementStartsItAfresh() {
    Ledger owing = ledger().charge("2025-01-01", "300.00").build();
    WriteOffAuthoriser authoriser =
        new WriteOffAuthoriser(
            EffectiveDated.from(
                d("2020-04-01"),
                AuthorisationBands.welwynHatfield(),
                "write-off bands",
                "Welwyn Hatfield (example)"));
    WriteOffProposal proposal =
        WriteOffProposal.builder()
            .reference(WriteOffReference.of("WO-7"))
            .account(Fixtures.ACCOUNT)
            .amount(Money.parse("300.00"))
            .reason(WriteOffReason.UNTRACED)
            .proposedBy(OfficerId.of("HO-0001"))
            .proposedOn(d("2025-02-20"))
            .debtorResponded(false)
            .explanation("no trace")
            .build();
    AuthorisationOutcome.Authorised authorised =
        (AuthorisationOutcome.Authorised)
            authoriser.authorise(
                authoriser.propose(proposal),
                new Signatory(OfficerId.of("HO-0002"), AuthorisationLevel.of(2, "officers")),
                owing,
                WRITTEN_OFF);
    Ledger writtenOff = owing.append(new PostedEntry(EntryId.of(2), authorised.entry()));
    RecoveryCase atReminder = Fixtures.at("REMINDER_1", "2025-02-01");

    Decision dayBefore =
        Fixtures.engine().decide(file(writtenOff, atReminder).build(), WRITTEN_OFF.minusDays(1));
    Decision onTheDay = Fixtures.engine().decide(file(writtenOff, atReminder).build(), WRITTEN_OFF);

    assertThat(dayBefore.kind()).isNotEqualTo(OutcomeKind.CLOSED);
    assertThat(dayBefore.position().counted()).isEqualTo(Money.parse("300.00"));
    assertThat(onTheDay.kind()).isEqualTo(OutcomeKind.CLOSED);
    assertThat(onTheDay.position().counted()).isEqualTo(Money.ZERO);

    RecoveryCase closed = atReminder.after(onTheDay);
    ReinstatementOutcome.Reinstated reinstated =
        (ReinstatementOutcome.Reinstated)
            WriteOffReinstatement.reinstate(
                authorised.record(),
                writtenOff,
                OfficerId.of("HO-0003"),
                TRACED,
                ReinstatementReason.DEBTOR_TRACED);
    Ledger owedAgain = writtenOff.append(new PostedEntry(EntryId.of(3), reinstated.reversal()));

    Decision afterReinstatement = Fixtures.engine().decide(file(owedAgain, closed).build(), TRACED);

    assertThat(closed.currentStage()).isEmpty();
    assertThat(afterReinstatement.position().counted()).isEqualTo(Money.parse("300.00"));
    assertThat(afterReinstatement.outcome())
        .isInstanceOfSatisfying(
            Outcome.ActionDue.class,
            due -> assertThat(due.stage().code().toString()).isEqualTo("REMINDER_1"));
  }
}
