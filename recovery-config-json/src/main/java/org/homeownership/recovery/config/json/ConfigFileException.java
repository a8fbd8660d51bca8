package org.homeownership.recovery.config.json;

import static java.util.Objects.requireNonNull;

/**
 * A configuration file could not be read: it names the file, the field (as a path such as {@code
 * ladders.SERVICE_CHARGES.stages[2].conditions.minimumArrears}), the line and column, and what was
 * wrong with it, including the bad value. Configuration files hold no personal data, so the value
 * is safe to show.
 */
public final class ConfigFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String field;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * The error.
   *
   * @param source the file or resource read
   * @param field the path to the field at fault; empty for the whole document
   * @param line the line, counting from 1; 0 if unknown
   * @param column the column, counting from 1; 0 if unknown
   * @param problem what was wrong, with the bad value
   * @param cause the underlying error, if any
   */
  public ConfigFileException(
      String source,
      String field,
      int line,
      int column,
      String problem,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(format(source, field, line, column, problem), cause);
    this.source = requireNonNull(source, "source");
    this.field = requireNonNull(field, "field");
    this.line = line;
    this.column = column;
    this.problem = requireNonNull(problem, "problem");
  }

  /** The file or resource read. */
  public String source() {
    return source;
  }

  /** The path to the field at fault, such as {@code england-and-wales.events[3].date}. */
  public String field() {
    return field;
  }

  /** The line, counting from 1; 0 if unknown. */
  public int line() {
    return line;
  }

  /** The column, counting from 1; 0 if unknown. */
  public int column() {
    return column;
  }

  /** What was wrong, with the bad value. */
  public String problem() {
    return problem;
  }

  private static String format(String source, String field, int line, int column, String problem) {
    StringBuilder text = new StringBuilder(source).append(": ");
    text.append(field.isEmpty() ? "(document)" : field);
    if (line > 0) {
      text.append(" at line ").append(line).append(", column ").append(column);
    }
    return text.append(": ").append(problem).toString();
  }
}
