package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.d;
import static org.homeownership.recovery.recoverycase.Fixtures.file;
import static org.homeownership.recovery.recoverycase.Fixtures.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.contact.ContactCounting;
import org.homeownership.recovery.contact.ContactDirection;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactId;
import org.homeownership.recovery.contact.ContactKind;
import org.homeownership.recovery.contact.ContactLog;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;
import org.homeownership.recovery.recoverycase.policy.EntryConditions;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.recoverycase.policy.StageAction;
import org.homeownership.recovery.recoverycase.policy.StageLadder;
import org.junit.jupiter.api.Test;

/**
 * The engine reads the contact log for a stage's minimum days since the last contact: a CALL stage
 * no earlier than 7 days after the last contact (and 14 after the REMINDER of 1 February 2025). By
 * default only contacts that reached the debtor count; a council may count every contact with the
 * debtor; a councillor's enquiry never counts; a contact after the as-of date is not seen.
 */
class EngineContactLogTest {

  private static final RecoveryPolicy POLICY =
      new RecoveryPolicy(
          "contact",
          ImmutableMap.of(
              DebtStream.GROUND_RENT,
              new StageLadder(
                  DebtStream.GROUND_RENT,
                  ImmutableList.of(
                      stage(
                          "REMINDER", StageAction.LETTER, EntryConditions.of(Money.ofPence(1), 30)),
                      stage(
                          "CALL",
                          StageAction.PHONE_CALL,
                          EntryConditions.of(Money.ofPence(1), 0)
                              .withMinimumDaysSincePreviousStage(14)
                              .withMinimumDaysSinceLastContact(7))),
                  Money.ZERO,
                  true)));
  private static final String LAST_CONTACT = "minimum days since last contact";

  private static Stage stage(String code, StageAction action, EntryConditions conditions) {
    return new Stage(
        StageReference.of(code),
        code,
        action,
        Optional.empty(),
        conditions,
        action.usuallyIssuesNotice(),
        false,
        "council policy under test");
  }

  private static ContactEntry contact(
      String id, String on, ContactKind kind, ContactDirection direction, boolean reached) {
    return ContactEntry.builder()
        .id(ContactId.of(id))
        .on(d(on))
        .kind(kind)
        .direction(direction)
        .officer(OfficerId.of("HO-0042"))
        .outcome("recorded")
        .debtorReached(reached)
        .build();
  }

  private static CaseFile caseFile(ContactEntry... contacts) {
    Ledger rent =
        ledger().charge(ChargeType.GROUND_RENT, "2025-01-01", "120.00", Optional.empty()).build();
    return file(
            rent,
            RecoveryCase.open(Fixtures.ACCOUNT, DebtStream.GROUND_RENT)
                .entered(StageReference.of("REMINDER"), d("2025-02-01")))
        .contactLog(ContactLog.of(Fixtures.ACCOUNT, List.of(contacts)))
        .build();
  }

  private static String lastContactCheck(Decision decision) {
    return decision.conditions().stream()
        .filter(c -> c.name().equals(LAST_CONTACT))
        .map(ConditionCheck::describe)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aStageWaitsSevenDaysAfterACallThatReachedTheDebtor() {
    CaseFile file =
        caseFile(contact("C-1", "2025-02-12", ContactKind.CALL, ContactDirection.OUTGOING, true));
    RecoveryEngine engine = Fixtures.engine(POLICY);

    Decision dayBefore = engine.decide(file, d("2025-02-18"));
    Decision onTheDay = engine.decide(file, d("2025-02-19"));
    Decision dayAfter = engine.decide(file, d("2025-02-20"));

    assertThat(dayBefore.kind()).isEqualTo(OutcomeKind.WAITING);
    assertThat(dayBefore.earliestNextDue()).contains(d("2025-02-19"));
    assertThat(lastContactCheck(dayBefore))
        .isEqualTo(
            "[not met] minimum days since last contact: required at least 7, actual 6 (since"
                + " 2025-02-12; held days left out: 0)");
    assertThat(onTheDay.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(lastContactCheck(onTheDay))
        .isEqualTo(
            "[met] minimum days since last contact: required at least 7, actual 7 (since"
                + " 2025-02-12; held days left out: 0)");
    assertThat(dayAfter.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
  }

  @Test
  void theCouncilsOwnLetterIsNotAContactUnlessThePolicyCountsEveryContact() {
    CaseFile file =
        caseFile(
            contact("C-1", "2025-02-12", ContactKind.CALL, ContactDirection.OUTGOING, true),
            contact("C-2", "2025-02-14", ContactKind.LETTER, ContactDirection.OUTGOING, false));
    RecoveryEngine reached = Fixtures.engine(POLICY);
    RecoveryEngine every =
        Fixtures.engine(POLICY).withContactCounting(ContactCounting.ANY_CONTACT_WITH_DEBTOR);

    assertThat(reached.contactCounting()).isEqualTo(ContactCounting.DEBTOR_REACHED);
    assertThat(reached.decide(file, d("2025-02-19")).kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(every.decide(file, d("2025-02-20")).kind()).isEqualTo(OutcomeKind.WAITING);
    assertThat(lastContactCheck(every.decide(file, d("2025-02-20"))))
        .isEqualTo(
            "[not met] minimum days since last contact: required at least 7, actual 6 (since"
                + " 2025-02-14; held days left out: 0)");
    assertThat(every.decide(file, d("2025-02-21")).kind()).isEqualTo(OutcomeKind.ACTION_DUE);
  }

  @Test
  void aCouncillorsEnquiryIsNeverAContactWithTheDebtor() {
    CaseFile file =
        caseFile(
            contact(
                "ENQ-1",
                "2025-02-14",
                ContactKind.COUNCILLOR_ENQUIRY,
                ContactDirection.INCOMING,
                false));
    RecoveryEngine every =
        Fixtures.engine(POLICY).withContactCounting(ContactCounting.ANY_CONTACT_WITH_DEBTOR);

    Decision decision = every.decide(file, d("2025-02-15"));

    assertThat(decision.kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(lastContactCheck(decision))
        .isEqualTo(
            "[met] minimum days since last contact: required at least 7, actual no contact"
                + " recorded (counting every contact with the debtor)");
  }

  @Test
  void aContactAfterTheAsOfDateIsNotSeen() {
    CaseFile file =
        caseFile(contact("C-9", "2025-02-16", ContactKind.VISIT, ContactDirection.OUTGOING, true));
    RecoveryEngine engine = Fixtures.engine(POLICY);

    assertThat(lastContactCheck(engine.decide(file, d("2025-02-15"))))
        .isEqualTo(
            "[met] minimum days since last contact: required at least 7, actual no contact"
                + " recorded (counting contacts that reached the debtor)");
    assertThat(engine.decide(file, d("2025-02-15")).kind()).isEqualTo(OutcomeKind.ACTION_DUE);
    assertThat(engine.decide(file, d("2025-02-16")).kind()).isEqualTo(OutcomeKind.WAITING);
  }
}
