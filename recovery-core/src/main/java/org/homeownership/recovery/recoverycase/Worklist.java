package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import org.homeownership.recovery.recoverycase.policy.StageAction;

/**
 * The result of a portfolio sweep: the decisions with work to do, in priority order, and counts of
 * every decision by outcome and by the action due.
 *
 * @param asOf the date swept
 * @param entries the decisions whose outcome {@linkplain OutcomeKind#isWork() is work}, in {@link
 *     WorklistEntry#PRIORITY} order
 * @param countsByOutcome how many accounts had each kind of outcome, over all accounts swept
 * @param countsByAction how many accounts had each action due or referred to an officer
 * @param accountsSwept how many accounts were evaluated
 */
public record Worklist(
    LocalDate asOf,
    ImmutableList<WorklistEntry> entries,
    ImmutableSortedMap<OutcomeKind, Long> countsByOutcome,
    ImmutableSortedMap<StageAction, Long> countsByAction,
    long accountsSwept) {

  /** Checks every part is given. */
  public Worklist {
    requireNonNull(asOf, "asOf");
    requireNonNull(entries, "entries");
    requireNonNull(countsByOutcome, "countsByOutcome");
    requireNonNull(countsByAction, "countsByAction");
  }

  /** The worklist as text: the counts, then one row per entry. */
  public String describe() {
    StringBuilder text =
        new StringBuilder()
            .append("Worklist as of ")
            .append(asOf)
            .append(": ")
            .append(accountsSwept)
            .append(" accounts swept; by outcome ")
            .append(countsByOutcome)
            .append("; by action ")
            .append(countsByAction);
    entries.forEach(e -> text.append("\n").append(e.describe()));
    return text.toString();
  }
}
