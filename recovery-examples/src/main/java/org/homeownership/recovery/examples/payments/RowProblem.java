package org.homeownership.recovery.examples.payments;

import static java.util.Objects.requireNonNull;

/**
 * What is wrong with one row of a payment file.
 *
 * @param line the line the row starts on, from 1
 * @param field the column at fault, or {@code row} for the row as a whole
 * @param reason what is wrong, quoting the bad value
 */
public record RowProblem(int line, String field, String reason) {

  /** Checks every part is given. */
  public RowProblem {
    requireNonNull(field, "field");
    requireNonNull(reason, "reason");
  }

  /** The problem in one line: {@code line 4: amount: '-12.00' must be above zero}. */
  public String describe() {
    return "line " + line + ": " + field + ": " + reason;
  }
}
