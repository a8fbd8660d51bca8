package org.homeownership.recovery.examples.scenario;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a scenario file: the field, its line and column, and what is wrong with it
 * (quoting the bad value where it is not personal data).
 *
 * @param path the field, such as {@code entries[3].amount}
 * @param line the line of the value (or of the object missing a field), from 1; 0 if unknown
 * @param column its column, from 1; 0 if unknown
 * @param message what is wrong
 */
public record ScenarioProblem(String path, int line, int column, String message) {

  /** Checks every part is given. */
  public ScenarioProblem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  /** The problem in one line: {@code line 12, column 7: entries[3].amount: ...}. */
  public String describe() {
    return "line " + line + ", column " + column + ": " + path + ": " + message;
  }
}
