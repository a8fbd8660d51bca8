package org.homeownership.recovery.billing;

import com.google.common.collect.ImmutableList;
import java.util.Set;
import java.util.function.Function;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Adjustment;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.Credit;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.money.Money;

/**
 * Works out what a billing run must post, from what the ledgers already hold. Pure: it reads
 * ledgers and returns the entries; posting them (one by one, or atomically where the store can) is
 * the caller's.
 *
 * <p>For each item, what is already billed under its key is the sum of the entries whose external
 * reference is the key or a correction of it ({@code key#1}, {@code key#2} ...), reversed entries
 * left out. Nothing billed yet: a charge (or, for a negative item, a credit) with the key as its
 * reference. Already billed the same amount: nothing. Billed a different amount: the difference, as
 * an adjustment when the item went up or a credit aimed at its demand when it went down, with the
 * next correction reference. So a run posted twice posts nothing the second time, and a corrected
 * run posts only the differences.
 */
public final class BillingRunPlanner {

  private BillingRunPlanner() {}

  /** The postings {@code run} needs, given each account's ledger. */
  public static ImmutableList<PlannedPosting> plan(
      BillingRun run, Function<AccountId, Ledger> ledgers) {
    ImmutableList.Builder<PlannedPosting> plan = ImmutableList.builder();
    for (BilledItem item : run.items()) {
      Ledger ledger = ledgers.apply(item.account());
      Set<EntryId> reversed = ledger.reversedOn(java.time.LocalDate.MAX);
      long billed = 0;
      int corrections = 0;
      boolean any = false;
      for (PostedEntry posted : ledger.entries()) {
        String reference = posted.entry().externalReference().orElse("");
        boolean original = reference.equals(item.key());
        boolean correction = reference.startsWith(item.key() + "#");
        if (!original && !correction) {
          continue;
        }
        any = true;
        corrections += correction ? 1 : 0;
        if (!reversed.contains(posted.id())) {
          billed = Math.addExact(billed, posted.entry().signedAmount().pence());
        }
      }
      Money difference = item.amount().minus(Money.ofPence(billed));
      if (difference.isZero()) {
        continue;
      }
      String reference = any ? item.key() + "#" + (corrections + 1) : item.key();
      plan.add(
          new PlannedPosting(
              item.account(), entry(run, item, reference, difference, any, billed), item));
    }
    return plan.build();
  }

  private static LedgerEntry entry(
      BillingRun run,
      BilledItem item,
      String reference,
      Money difference,
      boolean correcting,
      long billed) {
    String reason =
        "billing run '"
            + run.name()
            + "' corrects "
            + item.demandReference()
            + " from "
            + Money.ofPence(billed).format()
            + " to "
            + item.amount().format();
    if (difference.isPositive() && !correcting) {
      return Charge.builder()
          .chargeType(item.chargeType())
          .periodCovered(item.periodCovered())
          .dateRaised(item.raisedOn().orElse(run.raisedOn()))
          .dueDate(item.dueDate())
          .demandReference(item.demandReference())
          .amount(difference)
          .externalReference(reference)
          .build();
    }
    if (difference.isPositive()) {
      return Adjustment.builder()
          .chargeType(item.chargeType())
          .date(run.raisedOn())
          .dueDate(item.dueDate().isAfter(run.raisedOn()) ? item.dueDate() : run.raisedOn())
          .demandReference(item.demandReference())
          .amount(difference)
          .reason(reason)
          .externalReference(reference)
          .build();
    }
    return Credit.builder()
        .date(run.raisedOn())
        .amount(difference.negate())
        .reason(
            correcting
                ? reason
                : item.chargeType().displayName() + " credit " + item.demandReference())
        .allocateTo(item.demandReference())
        .externalReference(reference)
        .build();
  }
}
