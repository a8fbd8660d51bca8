package org.homeownership.recovery.examples.payments;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * What importing a payment file did.
 *
 * @param rows the payment rows in the file (not counting the header)
 * @param posted how many payments were posted now
 * @param alreadyPresent how many were already posted (an earlier run of the same file), so nothing
 *     new was written for them
 * @param repeats rows that repeat an earlier row of the same file exactly
 * @param problems every bad row's problems
 * @param rejected true if nothing was posted because of bad rows
 */
public record ImportResult(
    int rows,
    int posted,
    int alreadyPresent,
    int repeats,
    ImmutableList<RowProblem> problems,
    boolean rejected) {

  /** Checks the problems are given. */
  public ImportResult {
    requireNonNull(problems, "problems");
  }

  /** The result as an officer reads it, one problem a line. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (rejected) {
      text.append("Payment file rejected: ")
          .append(problems.size())
          .append(problems.size() == 1 ? " problem" : " problems")
          .append(" in ")
          .append(rows)
          .append(" rows; nothing was posted. Correct the file and run it again.\n");
    } else {
      text.append("Payment file: ")
          .append(rows)
          .append(" rows; ")
          .append(posted)
          .append(" posted, ")
          .append(alreadyPresent)
          .append(" already present")
          .append(repeats == 0 ? "" : ", " + repeats + " repeated rows posted once")
          .append(problems.isEmpty() ? "" : ", " + problems.size() + " problems not posted")
          .append(".\n");
    }
    problems.forEach(p -> text.append("  ").append(p.describe()).append('\n'));
    return text.toString();
  }
}
