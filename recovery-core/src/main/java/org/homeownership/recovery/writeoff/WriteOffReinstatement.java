package org.homeownership.recovery.writeoff;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.officer.OfficerId;

/**
 * Reinstates a written-off debt (LAW-AND-PRACTICE.md §12.3: "keep a reinstatement option";
 * Gateshead reinstates if the debtor is traced): a {@link Reversal} of the posted write-off entry,
 * naming it by its entry id and the write-off's reference, with the reason. The debt is owed again
 * from the reversal's date. One officer may reinstate; the step is kept in the record's history.
 */
public final class WriteOffReinstatement {

  private WriteOffReinstatement() {}

  /**
   * {@code by}'s reinstatement of {@code record} on {@code on}, for {@code reason}, against the
   * account's {@code ledger}, on which the write-off entry must have been posted.
   */
  public static ReinstatementOutcome reinstate(
      WriteOffRecord record,
      Ledger ledger,
      OfficerId by,
      LocalDate on,
      ReinstatementReason reason) {
    ImmutableList.Builder<String> refusals = ImmutableList.builder();
    if (record.state() != WriteOffState.AUTHORISED) {
      refusals.add(
          "write-off " + record.reference() + " is " + record.state() + ", not AUTHORISED");
    }
    Optional<PostedEntry> posted = Optional.empty();
    if (!ledger.account().equals(record.proposal().account())) {
      refusals.add(
          "the ledger is of account "
              + ledger.account()
              + ", not the write-off's account "
              + record.proposal().account());
    } else if (record.entry().isPresent()) {
      posted = ledger.findByExternalReference(record.reference().value());
      if (posted.isEmpty() || !(posted.get().entry() instanceof WriteOff)) {
        refusals.add(
            "write-off "
                + record.reference()
                + " is not posted on the ledger: post it before reinstating");
        posted = Optional.empty();
      } else if (ledger.reversedOn(LocalDate.MAX).contains(posted.get().id())) {
        refusals.add("write-off entry " + posted.get().id() + " is already reversed");
      }
    }
    LocalDate authorisedOn = record.history().get(record.history().size() - 1).on();
    if (record.state() == WriteOffState.AUTHORISED && on.isBefore(authorisedOn)) {
      refusals.add("reinstatement on " + on + " is before the write-off on " + authorisedOn);
    }
    ImmutableList<String> refused = refusals.build();
    if (!refused.isEmpty() || posted.isEmpty()) {
      return new ReinstatementOutcome.Refused(record, refused);
    }
    String why = "write-off " + record.reference() + " reinstated: " + reason.displayName();
    Reversal reversal = Reversal.of(posted.get(), on, why);
    ImmutableList<String> reasons =
        ImmutableList.of(
            why,
            record.proposal().amount().format()
                + " owed again from "
                + on
                + " (reversal of entry "
                + posted.get().id()
                + ")",
            "reinstated by " + by);
    return new ReinstatementOutcome.Reinstated(
        record.reinstated(on, by, String.join("; ", reasons), reversal), reversal, reasons);
  }
}
