package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outcome of producing a letter: either the document, or every problem with the data that
 * stopped it. A letter with missing or invalid data is an expected outcome, not an exception: the
 * recovery engine turns a {@link Refused} into a missing-data hold on the case.
 *
 * @param <T> the kind of document produced
 */
public sealed interface RenderResult<T> permits RenderResult.Rendered, RenderResult.Refused {

  /** A result holding the document. */
  static <T> RenderResult<T> rendered(T document) {
    return new Rendered<>(document);
  }

  /**
   * A result holding the problems that stopped the letter.
   *
   * @throws IllegalArgumentException if there are no problems
   */
  static <T> RenderResult<T> refused(List<Problem> problems) {
    return new Refused<>(problems);
  }

  /** True if the document was produced. */
  boolean isRendered();

  /** Every problem that stopped the letter, in the order found; empty if it was produced. */
  List<Problem> problems();

  /**
   * The document.
   *
   * @throws IllegalStateException if the letter was refused; the message lists the fields and
   *     reasons, never their values
   */
  T orElseThrow();

  /** The same outcome with the document, if any, transformed by {@code mapper}. */
  <U> RenderResult<U> map(Function<? super T, ? extends U> mapper);

  /**
   * The letter was produced.
   *
   * @param <T> the kind of document
   * @param document the document
   */
  record Rendered<T>(T document) implements RenderResult<T> {

    /** Checks the document is given. */
    public Rendered {
      requireNonNull(document, "document");
    }

    @Override
    public boolean isRendered() {
      return true;
    }

    @Override
    public List<Problem> problems() {
      return List.of();
    }

    @Override
    public T orElseThrow() {
      return document;
    }

    @Override
    public <U> RenderResult<U> map(Function<? super T, ? extends U> mapper) {
      return new Rendered<>(mapper.apply(document));
    }
  }

  /**
   * The letter was not produced because its data is missing or invalid.
   *
   * @param <T> the kind of document that would have been produced
   * @param problems every problem found; at least one
   */
  record Refused<T>(List<Problem> problems) implements RenderResult<T> {

    /** Checks there is at least one problem and copies the list. */
    public Refused {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a refused letter has at least one problem");
      }
    }

    @Override
    public boolean isRendered() {
      return false;
    }

    @Override
    public T orElseThrow() {
      throw new IllegalStateException(
          "the letter was not produced: "
              + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }

    @Override
    public <U> RenderResult<U> map(Function<? super T, ? extends U> mapper) {
      return new Refused<>(problems);
    }
  }
}
