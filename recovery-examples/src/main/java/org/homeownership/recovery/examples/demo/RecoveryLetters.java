package org.homeownership.recovery.examples.demo;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.examples.demo.SyntheticCouncil.Household;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.ledger.Statement;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.notice.LetterOfClaimFigures;
import org.homeownership.recovery.notices.Addressee;
import org.homeownership.recovery.notices.ArrangementBreachLetter;
import org.homeownership.recovery.notices.ArrangementConfirmationLetter;
import org.homeownership.recovery.notices.ContinuingCharges;
import org.homeownership.recovery.notices.LeaseAgreement;
import org.homeownership.recovery.notices.LetterOfClaimLetter;
import org.homeownership.recovery.notices.MortgageLenderLetter;
import org.homeownership.recovery.notices.RegisteredCharge;

/**
 * The recovery letters the demo's notable cases get: to the mortgage lender, the letter of claim,
 * and the arrangement confirmation and breach letters, with the demo council's example policy
 * figures. The lender and its charge are fictional, like the rest of the council.
 */
final class RecoveryLetters {

  /** Days the lender is given to reply: Harrow's practice (LAW-AND-PRACTICE.md §12.1), example. */
  static final int LENDER_REPLY_DAYS = 14;

  /** Days to catch up after a breach: example policy of the demo council. */
  static final int CATCH_UP_DAYS = 14;

  /**
   * What happens if an instalment is missed: Wiltshire's steps (LAW-AND-PRACTICE.md §12.1), in the
   * demo council's words; example policy.
   */
  static final List<String> IF_MISSED =
      List.of(
          "We will send you a reminder giving you 7 days to pay the missed instalment.",
          "If it is still not paid, we will ask you to pay the full balance within 14 days.",
          "If the balance is not paid, we will pass the debt to our solicitors to recover.");

  /** What happens if a breached arrangement is not caught up: example policy of the demo. */
  static final List<String> IF_NOT_CAUGHT_UP =
      List.of(
          "We will ask you to pay the full balance within 14 days.",
          "If the balance is not paid, we will pass the debt to our solicitors to recover.");

  private RecoveryLetters() {}

  /** The letter to the lender of the household's flat (a fictional lender and charge). */
  static MortgageLenderLetter lender(
      Household h, DebtorAccount debtor, AgedDebt arrears, LocalDate date) {
    Addressee lender =
        new Addressee(
            "Anytown Building Society",
            "Mortgage Arrears Team",
            PostalAddress.builder()
                .addLines("Society House", "2 Market Square")
                .town("Anytown")
                .postcode("AN2 2BB")
                .build());
    RegisteredCharge charge =
        new RegisteredCharge(
            "AN" + h.dwelling().id().value().replaceAll("[^0-9]", ""),
            LocalDate.of(2015, 6, 1),
            h.address(),
            date.minusDays(7));
    return new MortgageLenderLetter(
        DemoLetters.to(debtor, date),
        lender,
        null,
        charge,
        arrears,
        date.plusDays(LENDER_REPLY_DAYS),
        null);
  }

  /** The letter of claim, with the statement of account enclosed. */
  static LetterOfClaimLetter letterOfClaim(
      Household h,
      DebtorAccount debtor,
      Lease lease,
      Money claimable,
      Statement statement,
      LocalDate date) {
    return new LetterOfClaimLetter(
        DemoLetters.to(debtor, date),
        "LOC-" + debtor.id().value(),
        claimable,
        null,
        new LeaseAgreement(
            lease.leaseDate(), List.of(DemoLetters.COUNCIL, h.party().name()), false),
        ContinuingCharges.none(),
        null,
        java.util.Objects.requireNonNull(DemoLetters.letterhead().addressForService()),
        statement,
        LetterOfClaimFigures.protocol());
  }

  /** The confirmation of an arrangement just put in force. */
  static ArrangementConfirmationLetter confirmation(
      DebtorAccount debtor, ArrangementRecord record, LocalDate date) {
    return new ArrangementConfirmationLetter(DemoLetters.to(debtor, date), record, IF_MISSED);
  }

  /** The letter about a breached arrangement. */
  static ArrangementBreachLetter breach(
      DebtorAccount debtor, ArrangementRecord record, LocalDate date) {
    return new ArrangementBreachLetter(
        DemoLetters.to(debtor, date), record, date.plusDays(CATCH_UP_DAYS), IF_NOT_CAUGHT_UP);
  }

  /** The shortfall found when the arrangement was breached on or before {@code date}. */
  static Money shortfall(ArrangementRecord record, LocalDate date) {
    Money shortfall = Money.ZERO;
    for (StateChange change : record.history()) {
      if (change.to() == ArrangementState.BREACHED && !change.on().isAfter(date)) {
        shortfall = change.actualBalance().minus(change.expectedBalance());
      }
    }
    return shortfall;
  }
}
