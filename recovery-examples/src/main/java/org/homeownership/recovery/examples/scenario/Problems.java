package org.homeownership.recovery.examples.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems found in a scenario file, each with the line and column of the value (or of
 * the nearest enclosing object that has one).
 */
final class Problems {

  private final Map<String, JsonLocation> locations;
  private final List<ScenarioProblem> found = new ArrayList<>();

  Problems(Map<String, JsonLocation> locations) {
    this.locations = locations;
  }

  /** Records a problem at {@code path}. */
  void add(FieldPath path, String message) {
    FieldPath at = path;
    JsonLocation location = locations.get(at.pointer());
    while (location == null && !at.pointer().isEmpty()) {
      at = at.parent();
      location = locations.get(at.pointer());
    }
    add(
        new ScenarioProblem(
            path.toString(),
            location == null ? 0 : location.getLineNr(),
            location == null ? 0 : location.getColumnNr(),
            message));
  }

  /** Records a problem already located. */
  void add(ScenarioProblem problem) {
    found.add(problem);
  }

  /**
   * Runs {@code build}, recording what a core constructor refuses (its message names the rule
   * broken) at {@code path}; null if refused.
   */
  <T> @Nullable T attempt(FieldPath path, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      add(path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Every problem, in file order. */
  List<ScenarioProblem> sorted() {
    List<ScenarioProblem> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt(ScenarioProblem::line)
            .thenComparingInt(ScenarioProblem::column)
            .thenComparing(ScenarioProblem::path));
    return sorted;
  }
}
