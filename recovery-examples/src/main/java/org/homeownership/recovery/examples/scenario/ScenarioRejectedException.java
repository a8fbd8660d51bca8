package org.homeownership.recovery.examples.scenario;

import java.util.List;

/** A scenario file was not evaluated because of the problems it lists; nothing was run. */
public final class ScenarioRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ScenarioProblem> problems;

  /** A rejection for {@code problems}, at least one. */
  public ScenarioRejectedException(String source, List<ScenarioProblem> problems) {
    super(message(source, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order of the file. */
  public List<ScenarioProblem> problems() {
    return problems;
  }

  private static String message(String source, List<ScenarioProblem> problems) {
    StringBuilder text =
        new StringBuilder(source)
            .append(": ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems")
            .append("; nothing was evaluated");
    problems.forEach(p -> text.append("\n  ").append(p.describe()));
    return text.toString();
  }
}
