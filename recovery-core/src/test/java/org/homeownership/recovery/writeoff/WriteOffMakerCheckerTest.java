package org.homeownership.recovery.writeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.AUTHORISED;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.CHECKER;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.MAKER;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.PROPOSED;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.owing;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.proposal;

import java.time.LocalDate;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.officer.OfficerId;
import org.junit.jupiter.api.Test;

/**
 * Maker and checker for write-offs (LAW-AND-PRACTICE.md §12.3): the proposer never authorises, the
 * authoriser's level must be high enough, and a write-off is authorised once, within the balance.
 * Welwyn Hatfield's bands: £1,000.00 untraced needs "officers" (level 2).
 */
class WriteOffMakerCheckerTest {

  private static final WriteOffAuthoriser WELWYN =
      WriteOffFixtures.authoriser(AuthorisationBands.welwynHatfield());
  private static final AuthorisationLevel OFFICERS = AuthorisationLevel.of(2, "officers");
  private static final AuthorisationLevel CABINET = AuthorisationLevel.of(5, "Cabinet");

  private static WriteOffRecord proposed() {
    return WELWYN.propose(proposal("1000.00", WriteOffReason.UNTRACED).build());
  }

  @Test
  void theProposerCannotAuthoriseTheirOwnWriteOffWhateverTheirLevel() {
    AuthorisationOutcome outcome =
        WELWYN.authorise(proposed(), new Signatory(MAKER, CABINET), owing("1000.00"), AUTHORISED);

    assertThat(outcome).isInstanceOf(AuthorisationOutcome.Refused.class);
    assertThat(outcome.reasons())
        .first()
        .isEqualTo(
            "the authoriser must be a different officer from the proposer, and HO-0001 proposed"
                + " it");
    assertThat(outcome.record().state()).isEqualTo(WriteOffState.PROPOSED);
    assertThat(outcome.record().history()).hasSize(1);
  }

  @Test
  void anAuthoriserBelowTheRequiredLevelIsRefusedWithBothLevels() {
    AuthorisationOutcome outcome =
        WELWYN.authorise(
            proposed(),
            new Signatory(CHECKER, AuthorisationLevel.of(1, "line manager")),
            owing("1000.00"),
            AUTHORISED);

    assertThat(outcome.reasons())
        .containsExactly(
            "HO-0002 holds line manager (level 1), below officers (level 2) which this write-off"
                + " needs",
            "£1,000.00 for debtor untraced falls in the band £0.01 up to but not including"
                + " £5,000.00 for deceased with no estate, bankrupt, debtor untraced,"
                + " statute-barred: officers of Welwyn Hatfield write-off bands (LAW-AND-PRACTICE.md"
                + " §12.3; https://www.welhat.gov.uk/policies/former-tenant-arrears/6)",
            "needs authorisation by officers (level 2)");
  }

  @Test
  void aWriteOffIsAuthorisedOnceAndCarriesWhoAndWhen() {
    AuthorisationOutcome first =
        WELWYN.authorise(
            proposed(), new Signatory(CHECKER, OFFICERS), owing("1000.00"), AUTHORISED);
    AuthorisationOutcome second =
        WELWYN.authorise(
            first.record(),
            new Signatory(OfficerId.of("HO-0003"), CABINET),
            owing("1000.00"),
            AUTHORISED);

    assertThat(first).isInstanceOf(AuthorisationOutcome.Authorised.class);
    assertThat(first.record().history())
        .extracting(WriteOffStep::describe)
        .containsExactly(
            "2025-03-01 PROPOSED by HO-0001: proposed: £1,000.00, debtor untraced",
            "2025-03-10 AUTHORISED by HO-0002: " + String.join("; ", first.reasons()));
    assertThat(first.reasons())
        .last()
        .isEqualTo("authorised by HO-0002 holding officers (level 2); proposed by HO-0001");
    assertThat(second).isInstanceOf(AuthorisationOutcome.Refused.class);
    assertThat(second.reasons()).first().isEqualTo("write-off WO-1 is AUTHORISED, not PROPOSED");
  }

  @Test
  void everyReasonForRefusalIsGivenAtOnce() {
    Ledger otherAccount = Ledger.empty(AccountId.of("FT-9999"));

    AuthorisationOutcome outcome =
        WELWYN.authorise(
            proposed(),
            new Signatory(MAKER, AuthorisationLevel.of(1, "line manager")),
            otherAccount,
            PROPOSED.minusDays(1));

    assertThat(outcome.reasons())
        .startsWith(
            "authorisation on 2025-02-28 is before the proposal on 2025-03-01",
            "the ledger is of account FT-9999, not the write-off's account FT-2001",
            "the authoriser must be a different officer from the proposer, and HO-0001 proposed"
                + " it",
            "HO-0001 holds line manager (level 1), below officers (level 2) which this write-off"
                + " needs");
  }

  @Test
  void aWriteOffOfMoreThanTheBalanceIsRefused() {
    AuthorisationOutcome outcome =
        WELWYN.authorise(proposed(), new Signatory(CHECKER, OFFICERS), owing("999.99"), AUTHORISED);

    assertThat(outcome.reasons())
        .first()
        .isEqualTo("the amount £1,000.00 is more than the balance of £999.99 on 2025-03-10");
  }

  @Test
  void aReasonTheBandsDoNotCoverCannotBeAuthorised() {
    WriteOffRecord other = WELWYN.propose(proposal("10.00", WriteOffReason.OTHER).build());

    AuthorisationOutcome outcome =
        WELWYN.authorise(other, new Signatory(CHECKER, CABINET), owing("10.00"), AUTHORISED);

    assertThat(other.requirement().covered()).isFalse();
    assertThat(outcome.reasons())
        .containsExactly(
            "the council's bands do not cover this reason: it cannot be authorised",
            "no band covers a write-off for other reason in Welwyn Hatfield write-off bands"
                + " (LAW-AND-PRACTICE.md §12.3;"
                + " https://www.welhat.gov.uk/policies/former-tenant-arrears/6)");
  }

  @Test
  void onlyAnAutomaticBandIsAuthorisedWithNoOfficer() {
    AuthorisationOutcome outcome =
        WELWYN.authoriseAutomatically(proposed(), owing("1000.00"), AUTHORISED);

    assertThat(outcome.reasons())
        .first()
        .isEqualTo("the write-off is not in an automatic band: an officer must authorise it");
  }

  @Test
  void gatesheadWritesOffASmallBalanceWithNoResponseAutomatically() {
    WriteOffAuthoriser gateshead = WriteOffFixtures.authoriser(AuthorisationBands.gateshead());
    WriteOffRecord record = gateshead.propose(proposal("29.99", WriteOffReason.UNTRACED).build());

    AuthorisationOutcome outcome =
        gateshead.authoriseAutomatically(record, owing("29.99"), AUTHORISED);

    assertThat(outcome).isInstanceOf(AuthorisationOutcome.Authorised.class);
    AuthorisationOutcome.Authorised authorised = (AuthorisationOutcome.Authorised) outcome;
    assertThat(authorised.entry().authorisedBy())
        .isEqualTo("automatic (Gateshead write-off bands)");
    assertThat(authorised.record().history().get(1).describe())
        .startsWith("2025-03-10 AUTHORISED by automatic: ");
  }

  @Test
  void aDeclinedWriteOffCannotThenBeAuthorised() {
    WriteOffRecord declined =
        WELWYN.decline(proposed(), CHECKER, AUTHORISED, "trace not yet attempted");

    AuthorisationOutcome outcome =
        WELWYN.authorise(declined, new Signatory(CHECKER, OFFICERS), owing("1000.00"), AUTHORISED);

    assertThat(declined.history().get(1).describe())
        .isEqualTo("2025-03-10 DECLINED by HO-0002: declined: trace not yet attempted");
    assertThat(outcome.reasons()).first().isEqualTo("write-off WO-1 is DECLINED, not PROPOSED");
  }

  @Test
  void aProposalNamesTheBadFieldAndKeepsTheExplanationOutOfToString() {
    assertThatThrownBy(() -> proposal("0.00", WriteOffReason.UNTRACED).build())
        .hasMessage("write-off WO-1: amount must be above zero, not £0.00");
    assertThatThrownBy(
            () ->
                WriteOffProposal.builder()
                    .from(proposal("10.00", WriteOffReason.UNTRACED).build())
                    .reason(WriteOffReason.STATUTE_BARRED)
                    .build())
        .hasMessage(
            "write-off WO-1: a statute-barred write-off needs limitationExpiredOn"
                + " (LAW-AND-PRACTICE.md §1.8)");
    assertThatThrownBy(
            () ->
                proposal("10.00", WriteOffReason.STATUTE_BARRED)
                    .limitationExpiredOn(LocalDate.of(2025, 3, 2))
                    .build())
        .hasMessage(
            "write-off WO-1: limitationExpiredOn 2025-03-02 is after the proposal on 2025-03-01:"
                + " the debt is not yet statute-barred");
    assertThat(
            proposal("10.00", WriteOffReason.STATUTE_BARRED)
                .limitationExpiredOn(PROPOSED)
                .build()
                .limitationExpiredOn())
        .contains(PROPOSED);
    assertThat(proposal("10.00", WriteOffReason.UNTRACED).build().toString())
        .contains("explanation=***")
        .doesNotContain("forwarding address");
  }
}
