package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFacts;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.gate.Section81Finding;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.junit.jupiter.api.Test;

class CaseRecordTest {

  private static final AccountId ACCOUNT = AccountId.of("SC-1");
  private static final LocalDate DAY = LocalDate.of(2025, 2, 3);
  private static final LetterOfClaim LETTER = LetterOfClaim.sent(DAY);
  private static final ForfeitureFacts FACTS =
      new ForfeitureFacts(
          ImmutableList.of(
              new Section81Finding(
                  ImmutableSet.of(EntryId.of(4)), Section81Finding.Kind.ADMISSION, DAY)),
          true,
          Optional.empty());

  @Test
  void aRecordMadeFromACaseAndHoldsHasNoLetterAndNoForfeitureFacts() {
    RecoveryCase open = RecoveryCase.open(ACCOUNT, DebtStream.SERVICE_CHARGES);

    assertThat(new CaseRecord(open, ImmutableList.of()))
        .isEqualTo(CaseRecord.of(open))
        .isEqualTo(
            new CaseRecord(open, ImmutableList.of(), Optional.empty(), ForfeitureFacts.none()));
  }

  @Test
  void everyChangeKeepsTheLetterAndTheForfeitureFacts() {
    RecoveryCase open = RecoveryCase.open(ACCOUNT, DebtStream.SERVICE_CHARGES);
    Hold hold =
        new Hold.Vulnerability(
            HoldTerms.from(DAY, "carer", HoldAuthor.officer(OfficerId.of("HO-1"))));

    CaseRecord record =
        CaseRecord.of(open)
            .withLetterOfClaim(LETTER)
            .withForfeitureFacts(FACTS)
            .withHold(hold)
            .with(open.entered(StageReference.of("LETTER_OF_CLAIM"), DAY));

    assertThat(record.letterOfClaim()).contains(LETTER);
    assertThat(record.forfeitureFacts()).isEqualTo(FACTS);
    assertThat(record.holds()).containsExactly(hold);
    assertThat(record.recoveryCase().history()).hasSize(1);
    LetterOfClaim replied = LETTER.withReplySeekingAdvice(DAY.plusDays(14));
    assertThat(record.withLetterOfClaim(replied).letterOfClaim()).contains(replied);
    assertThat(record.withLetterOfClaim(replied).forfeitureFacts()).isEqualTo(FACTS);
  }

  @Test
  void aCaseFileBuilderTakesTheRecordsParts() {
    RecoveryCase open = RecoveryCase.open(ACCOUNT, DebtStream.SERVICE_CHARGES);
    Hold hold =
        new Hold.Deceased(HoldTerms.from(DAY, "estate", HoldAuthor.officer(OfficerId.of("HO-1"))));
    CaseRecord record =
        CaseRecord.of(open).withHold(hold).withLetterOfClaim(LETTER).withForfeitureFacts(FACTS);

    CaseFile file = CaseFile.builder(record).ledger(Ledger.empty(ACCOUNT)).build();

    assertThat(file.recoveryCase()).isEqualTo(open);
    assertThat(file.holds()).containsExactly(hold);
    assertThat(file.letterOfClaim()).contains(LETTER);
    assertThat(file.forfeitureFacts()).isEqualTo(FACTS);
    assertThat(file.demandAssessments()).isEmpty();
  }
}
