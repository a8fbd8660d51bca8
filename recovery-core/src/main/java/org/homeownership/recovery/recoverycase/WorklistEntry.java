package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import org.homeownership.recovery.money.Money;

/**
 * One line of a worklist: a decision, with the figures it is ordered by.
 *
 * @param decision the decision
 */
public record WorklistEntry(Decision decision) {

  /**
   * The worklist's order: the kind of outcome (actions due first), then the counted arrears
   * (largest first), then the age of the oldest unpaid item (oldest first), then the account
   * reference, so that the order never depends on the order accounts were read.
   */
  public static final Comparator<WorklistEntry> PRIORITY =
      Comparator.comparing((WorklistEntry e) -> e.decision().kind())
          .thenComparing(WorklistEntry::counted, Comparator.reverseOrder())
          .thenComparing(e -> e.decision().position().daysOverdue(), Comparator.reverseOrder())
          .thenComparing(e -> e.decision().account());

  /** Checks the decision is given. */
  public WorklistEntry {
    requireNonNull(decision, "decision");
  }

  /** The counted arrears. */
  public Money counted() {
    return decision.position().counted();
  }

  /** The line in one row: account, outcome, amount, age. */
  public String describe() {
    return decision.account()
        + " | "
        + decision.outcome().describe()
        + " | "
        + counted().format()
        + " | "
        + decision.position().daysOverdue()
        + " days";
  }
}
