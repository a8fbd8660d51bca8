package org.homeownership.recovery.examples.scenario;

/**
 * Where a value sits in a scenario file, such as {@code accounts[2].parties[0].role}. Kept as a
 * JSON Pointer ({@code /accounts/2/parties/0/role}) to look up the value's line and column.
 *
 * @param pointer the JSON Pointer; empty for the whole document
 */
public record FieldPath(String pointer) {

  /** The whole document. */
  public static FieldPath root() {
    return new FieldPath("");
  }

  /** The field {@code name} of the object here. */
  public FieldPath field(String name) {
    return new FieldPath(pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
  }

  /** Element {@code index} of the array here. */
  public FieldPath index(int index) {
    return new FieldPath(pointer + "/" + index);
  }

  /** The enclosing object or array; the root's parent is the root. */
  public FieldPath parent() {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? root() : new FieldPath(pointer.substring(0, slash));
  }

  /** The path as a reader writes it: {@code accounts[2].parties[0].role}, or {@code $}. */
  @Override
  public String toString() {
    if (pointer.isEmpty()) {
      return "$";
    }
    StringBuilder text = new StringBuilder();
    for (String part : pointer.substring(1).split("/", -1)) {
      String name = part.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        text.append('[').append(name).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(name);
      }
    }
    return text.toString();
  }
}
