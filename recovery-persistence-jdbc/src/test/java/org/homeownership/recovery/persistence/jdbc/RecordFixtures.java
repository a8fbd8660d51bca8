package org.homeownership.recovery.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.Approval;
import org.homeownership.recovery.arrangement.Arrangement;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementKind;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.InstalmentFrequency;
import org.homeownership.recovery.arrangement.LumpSum;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.audit.Actor;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.billing.BilledItem;
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.homeownership.recovery.contact.ContactDirection;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactId;
import org.homeownership.recovery.contact.ContactKind;
import org.homeownership.recovery.contact.Reply;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Direction;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.EntryKind;
import org.homeownership.recovery.ledger.ImmutableReversal;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.StageEntry;
import org.homeownership.recovery.recoverycase.StageMove;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.hold.InsolvencyKind;
import org.homeownership.recovery.recoverycase.hold.MoratoriumKind;
import org.homeownership.recovery.writeoff.AuthorisationBand;
import org.homeownership.recovery.writeoff.AuthorisationLevel;
import org.homeownership.recovery.writeoff.AuthorisationRequirement;
import org.homeownership.recovery.writeoff.ResponseCondition;
import org.homeownership.recovery.writeoff.WriteOffProposal;
import org.homeownership.recovery.writeoff.WriteOffRecord;
import org.homeownership.recovery.writeoff.WriteOffReference;
import org.homeownership.recovery.writeoff.WriteOffState;
import org.homeownership.recovery.writeoff.WriteOffStep;

/** Cases, arrangements and billing runs with every field filled in, for round trips. */
final class RecordFixtures {

  static final LocalDate DAY = LocalDate.of(2025, 6, 2);
  static final OfficerId MAKER = OfficerId.of("HO-0042");
  static final OfficerId CHECKER = OfficerId.of("HO-0007");

  private RecordFixtures() {}

  /** A change by officer {@code officer} at 09:00 UTC plus {@code minutes}. */
  static Change change(String officer, int minutes, String what) {
    return Change.of(
        Actor.officer(OfficerId.of(officer)),
        Instant.parse("2025-06-02T09:00:00.123456Z").plusSeconds(60L * minutes),
        what);
  }

  /** A case that has climbed, stepped back, resumed and closed, with one hold of every kind. */
  static CaseRecord caseWithEveryHold(AccountId account, String text) {
    RecoveryCase recoveryCase =
        new RecoveryCase(
            account,
            DebtStream.SERVICE_CHARGES,
            ImmutableList.of(
                new StageEntry(
                    Optional.of(StageReference.of("REMINDER_1")), DAY, StageMove.ENTERED),
                new StageEntry(Optional.empty(), DAY.plusDays(3), StageMove.STEPPED_BACK),
                new StageEntry(
                    Optional.of(StageReference.of("REMINDER_2")),
                    DAY.plusDays(3),
                    StageMove.RESUMED),
                new StageEntry(Optional.empty(), DAY.plusDays(40), StageMove.CLOSED)));
    HoldAuthor officer = HoldAuthor.officer(MAKER);
    HoldAuthor system = HoldAuthor.system("notice-validation");
    HoldTerms open = HoldTerms.from(DAY, text, officer);
    HoldTerms full =
        new HoldTerms(
            DAY, Optional.of(DAY.plusDays(59)), Optional.of(DAY.plusDays(30)), text, system);
    List<Hold> holds =
        List.of(
            new Hold.ChargeDispute(open, EntryId.of(7)),
            new Hold.QueryOrComplaint(full),
            new Hold.BreathingSpace(
                HoldTerms.between(DAY.plusDays(1), DAY.plusDays(60), text, officer),
                MoratoriumKind.STANDARD,
                DAY,
                DAY.minusDays(2),
                Optional.of(new DateRange(DAY.plusDays(25), DAY.plusDays(35)))),
            new Hold.BreathingSpace(
                open, MoratoriumKind.MENTAL_HEALTH_CRISIS, DAY, DAY, Optional.empty()),
            new Hold.Vulnerability(open),
            new Hold.Insolvency(full, InsolvencyKind.DEBT_RELIEF_ORDER),
            new Hold.Deceased(open),
            new Hold.LiveArrangement(
                open, ArrangementId.of("ARR-1"), Optional.of(StageReference.of("REMINDER_2"))),
            new Hold.LiveArrangement(open, ArrangementId.of("ARR-2"), Optional.empty()),
            new Hold.PromiseToPay(
                HoldTerms.between(DAY, DAY.plusDays(14), text, officer), Money.ofPence(12_345)),
            new Hold.MissingData(full, text + " lender's address"));
    return new CaseRecord(recoveryCase, ImmutableList.copyOf(holds));
  }

  /** The terms of an arrangement over {@code accounts}, held at a stage on the first. */
  static Arrangement arrangement(String id, List<AccountId> accounts, boolean lumpSum) {
    var builder =
        Arrangement.builder()
            .id(ArrangementId.of(id))
            .accounts(accounts)
            .frequency(InstalmentFrequency.MONTHLY)
            .instalmentAmount(Money.ofPence(15_000))
            .ongoingChargePerInstalment(Money.ofPence(5_000))
            .firstInstalmentOn(DAY.plusDays(5))
            .startingBalance(Money.ofPence(120_000))
            .kind(lumpSum ? ArrangementKind.COURT_ORDERED : ArrangementKind.INFORMAL)
            .madeBy(MAKER)
            .madeOn(DAY)
            .putHeldAtStage(accounts.get(0), StageReference.of("LETTER_OF_CLAIM"));
    if (lumpSum) {
      builder.lumpSum(new LumpSum(Money.ofPence(20_000), DAY.plusDays(1)));
    }
    return builder.build();
  }

  /** An approved arrangement that went live, was breached, caught up and was cancelled. */
  static ArrangementRecord eventful(String id, List<AccountId> accounts, String text) {
    return ArrangementRecord.restored(
        arrangement(id, accounts, true),
        Optional.of(new Approval(CHECKER, DAY.plusDays(1), true)),
        List.of(
            new StateChange(
                DAY.plusDays(1),
                ArrangementState.PROPOSED,
                ArrangementState.LIVE,
                Money.ofPence(120_000),
                Money.ofPence(120_000),
                text,
                Optional.of(CHECKER)),
            StateChange.monitored(
                DAY.plusDays(40),
                ArrangementState.LIVE,
                ArrangementState.BREACHED,
                Money.ofPence(85_000),
                Money.ofPence(-1_250),
                text),
            new StateChange(
                DAY.plusDays(45),
                ArrangementState.BREACHED,
                ArrangementState.LIVE,
                Money.ofPence(80_000),
                Money.ofPence(80_000),
                text,
                Optional.of(MAKER)),
            new StateChange(
                DAY.plusDays(50),
                ArrangementState.LIVE,
                ArrangementState.CANCELLED,
                Money.ofPence(60_000),
                Money.ofPence(0),
                text,
                Optional.empty())));
  }

  /**
   * A billing run over two accounts: a charge with a period, one raised on its own day, a credit.
   */
  static BillingRun run(String name, AccountId a, AccountId b, String text, long pence) {
    return new BillingRun(
        name,
        DAY,
        ImmutableList.of(
            BilledItem.builder()
                .account(a)
                .key("SC/2025/EST/" + a + "/1")
                .chargeType(ChargeType.SERVICE_CHARGE)
                .periodCovered(new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 1)))
                .dueDate(DAY.plusDays(30))
                .demandReference(text + " D-1")
                .amount(Money.ofPence(pence))
                .build(),
            BilledItem.builder()
                .account(b)
                .key("GR/2025/" + b)
                .chargeType(ChargeType.GROUND_RENT)
                .raisedOn(DAY.minusDays(10))
                .dueDate(DAY.plusDays(20))
                .demandReference("D-2")
                .amount(Money.ofPence(25_000))
                .build(),
            BilledItem.builder()
                .account(b)
                .key("SC/2024/BAL/" + b)
                .chargeType(ChargeType.SERVICE_CHARGE_BALANCING)
                .dueDate(DAY.plusDays(30))
                .demandReference("D-3")
                .amount(Money.ofPence(-4_321))
                .build()));
  }

  /**
   * One contact of every kind, both directions, debtor reached or not, with and without a reply due
   * and a reply; appended out of date order (the last is the earliest), so that a log read back in
   * date order rather than append order shows. Ids are {@code prefix} and a number.
   */
  static List<ContactEntry> contacts(String prefix, String text) {
    Object[][] rows = {
      {ContactKind.CALL, ContactDirection.OUTGOING, true, null, null},
      {ContactKind.VISIT, ContactDirection.OUTGOING, false, null, null},
      {ContactKind.MEETING, ContactDirection.INCOMING, true, 14, null},
      {ContactKind.LETTER, ContactDirection.INCOMING, true, 10, 5},
      {ContactKind.EMAIL, ContactDirection.OUTGOING, false, null, null},
      {ContactKind.SMS, ContactDirection.INCOMING, true, null, 0},
      {ContactKind.COMPLAINT, ContactDirection.INCOMING, true, 20, null},
      {ContactKind.COUNCILLOR_ENQUIRY, ContactDirection.INCOMING, false, 20, 20},
      {ContactKind.MP_ENQUIRY, ContactDirection.INCOMING, false, null, null},
      {ContactKind.OTHER, ContactDirection.OUTGOING, true, null, null},
    };
    ImmutableList.Builder<ContactEntry> entries = ImmutableList.builder();
    for (int i = 0; i < rows.length; i++) {
      LocalDate on = i == rows.length - 1 ? DAY.minusDays(30) : DAY.plusDays(i);
      var entry =
          ContactEntry.builder()
              .id(ContactId.of(prefix + (i + 1)))
              .on(on)
              .kind((ContactKind) rows[i][0])
              .direction((ContactDirection) rows[i][1])
              .officer(i % 2 == 0 ? MAKER : CHECKER)
              .outcome(i + ": " + text)
              .debtorReached((Boolean) rows[i][2]);
      if (rows[i][3] != null) {
        entry.replyDue(on.plusDays((Integer) rows[i][3]));
      }
      if (rows[i][4] != null) {
        entry.reply(new Reply(on.plusDays((Integer) rows[i][4]), CHECKER));
      }
      entries.add(entry.build());
    }
    return entries.build();
  }

  /** A notice of template {@code template} issued on {@code on}, served by {@code method}. */
  static IssuedNotice notice(
      AccountId account, String template, LocalDate on, ServiceMethod method, String document) {
    return new IssuedNotice(
        account,
        template,
        "v" + on.getDayOfMonth() + "." + method.ordinal(),
        "0123456789abcdef".repeat(3)
            + String.format("%016x", on.toEpochDay() * 31 + method.ordinal()),
        on,
        method,
        on.plusDays(method.ordinal()),
        document);
  }

  /**
   * A statute-barred write-off with every optional field: proposed, authorised within a band with
   * an upper bound and a response condition, posted, then reinstated with an external reference.
   */
  static WriteOffRecord reinstatedWriteOff(String reference, AccountId account, String text) {
    WriteOffProposal proposal =
        WriteOffProposal.builder()
            .reference(WriteOffReference.of(reference))
            .account(account)
            .amount(Money.ofPence(123_456))
            .reason(WriteOffReason.STATUTE_BARRED)
            .proposedBy(MAKER)
            .proposedOn(DAY)
            .debtorResponded(true)
            .limitationExpiredOn(DAY.minusYears(1))
            .allocateTo("SC-2019/20")
            .explanation("Explanation: " + text)
            .build();
    AuthorisationBand band =
        new AuthorisationBand(
            ImmutableSet.of(WriteOffReason.STATUTE_BARRED, WriteOffReason.UNTRACED),
            Money.ofPence(100_000),
            Optional.of(Money.ofPence(500_000)),
            ResponseCondition.RESPONDED,
            AuthorisationLevel.of(2, "Head of service: " + text));
    WriteOff entry =
        WriteOff.builder()
            .date(DAY.plusDays(3))
            .amount(Money.ofPence(123_456))
            .reason(WriteOffReason.STATUTE_BARRED)
            .authorisedBy(CHECKER.value())
            .allocateTo("SC-2019/20")
            .externalReference(reference)
            .build();
    return WriteOffRecord.restored(
        proposal,
        new AuthorisationRequirement(
            Optional.of(band), ImmutableList.of("band: " + text, "level 2")),
        List.of(
            new WriteOffStep(DAY, WriteOffState.PROPOSED, Optional.of(MAKER), "proposed " + text),
            new WriteOffStep(
                DAY.plusDays(3), WriteOffState.AUTHORISED, Optional.of(CHECKER), "authorised"),
            new WriteOffStep(
                DAY.plusDays(40), WriteOffState.REINSTATED, Optional.of(MAKER), "traced: " + text)),
        Optional.of(entry),
        Optional.of(
            ImmutableReversal.builder()
                .reverses(EntryId.of(77))
                .reversedKind(EntryKind.WRITE_OFF)
                .date(DAY.plusDays(40))
                .amount(Money.ofPence(123_456))
                .direction(Direction.DEBIT)
                .reason("reinstated: " + text)
                .externalReference(reference + "-R")
                .build()));
  }

  /** A write-off with no optional field: no band covers it, and it was declined automatically. */
  static WriteOffRecord declinedWriteOff(String reference, AccountId account) {
    WriteOffProposal proposal =
        WriteOffProposal.builder()
            .reference(WriteOffReference.of(reference))
            .account(account)
            .amount(Money.ofPence(1))
            .reason(WriteOffReason.OTHER)
            .proposedBy(MAKER)
            .proposedOn(DAY)
            .debtorResponded(false)
            .explanation("one penny")
            .build();
    return WriteOffRecord.restored(
        proposal,
        new AuthorisationRequirement(Optional.empty(), ImmutableList.of()),
        List.of(
            new WriteOffStep(DAY, WriteOffState.PROPOSED, Optional.of(MAKER), "proposed"),
            new WriteOffStep(DAY, WriteOffState.DECLINED, Optional.empty(), "no band")),
        Optional.empty(),
        Optional.empty());
  }

  /** Every field of a write-off record, for comparing records (which have no equals). */
  static List<Object> fields(WriteOffRecord record) {
    return List.of(
        record.proposal(),
        record.requirement(),
        record.history(),
        record.state(),
        record.entry(),
        record.reinstatement());
  }
}
