package org.homeownership.recovery.config.json;

/**
 * A field's value is wrong: thrown while a file's objects are built, so that the reader can name
 * the field inside the object at fault.
 */
final class FieldProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  FieldProblem(String field, String problem, Throwable cause) {
    super(problem, cause);
    this.field = field;
  }

  FieldProblem(String field, String problem) {
    super(problem);
    this.field = field;
  }

  /** The field's name inside its object, or a path below it such as {@code events[3]}. */
  String field() {
    return field;
  }

  /** Builds a value from a field, turning an {@link IllegalArgumentException} into a problem. */
  static <T> T build(String field, java.util.function.Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new FieldProblem(field, String.valueOf(e.getMessage()), e);
    }
  }

  /** {@code value} if not null, else a problem naming {@code field} as missing. */
  static <T> T required(@org.jspecify.annotations.Nullable T value, String field) {
    if (value == null) {
      throw new FieldProblem(field, "missing or null; it is required");
    }
    return value;
  }
}
