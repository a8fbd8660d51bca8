package org.homeownership.recovery.recoverycase;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFigures;
import org.homeownership.recovery.recoverycase.gate.ForfeitureGate;
import org.homeownership.recovery.recoverycase.gate.PreActionProtocolGate;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;

/** Builders shared by the recovery engine tests. */
final class Fixtures {

  static final AccountId ACCOUNT = AccountId.of("SC-1001");
  static final HoldAuthor OFFICER = HoldAuthor.officer(OfficerId.of("HO-0042"));

  private Fixtures() {}

  static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  static RecoveryEngine engine() {
    return engine(DefaultRecoveryPolicy.policy());
  }

  static RecoveryEngine engine(RecoveryPolicy policy) {
    return new RecoveryEngine(
        policy,
        new PaymentAllocator(AllocationStrategy.oldestDueFirst()),
        new PreActionProtocolGate(PreActionProtocolGate.protocolResponseDays()),
        new ForfeitureGate(ForfeitureFigures.statutory()));
  }

  static Ledgers ledger() {
    return new Ledgers(ACCOUNT);
  }

  static Ledgers ledger(AccountId account) {
    return new Ledgers(account);
  }

  /** A case at {@code stage}, reached on {@code since}. */
  static RecoveryCase at(String stage, String since) {
    return RecoveryCase.open(ACCOUNT, DebtStream.SERVICE_CHARGES)
        .entered(StageReference.of(stage), d(since));
  }

  static RecoveryCase fresh() {
    return RecoveryCase.open(ACCOUNT, DebtStream.SERVICE_CHARGES);
  }

  static ImmutableCaseFile.Builder file(Ledger ledger, RecoveryCase recoveryCase) {
    return CaseFile.builder().ledger(ledger).recoveryCase(recoveryCase);
  }

  static Optional<StageReference> stage(String code) {
    return Optional.of(StageReference.of(code));
  }

  /** Posts entries to one account's ledger, ids rising from 1. */
  static final class Ledgers {
    private Ledger ledger;
    private long next = 1;

    Ledgers(AccountId account) {
      ledger = Ledger.empty(account);
    }

    Ledgers charge(String due, String amount) {
      return charge(ChargeType.SERVICE_CHARGE, due, amount, Optional.empty());
    }

    Ledgers charge(ChargeType type, String due, String amount, Optional<String> demand) {
      Charge charge =
          Charge.builder()
              .chargeType(type)
              .dateRaised(d(due))
              .dueDate(d(due))
              .amount(Money.parse(amount))
              .demandReference(demand)
              .externalReference("C" + next)
              .build();
      ledger = ledger.append(new PostedEntry(EntryId.of(next++), charge));
      return this;
    }

    Ledgers payment(String on, String amount) {
      Payment payment =
          Payment.builder()
              .dateReceived(d(on))
              .amount(Money.parse(amount))
              .method(PaymentMethod.BANK_TRANSFER)
              .reference("P" + next)
              .build();
      ledger = ledger.append(new PostedEntry(EntryId.of(next++), payment));
      return this;
    }

    Ledger build() {
      return ledger;
    }
  }
}
