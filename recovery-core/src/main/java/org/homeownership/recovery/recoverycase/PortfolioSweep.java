package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.homeownership.recovery.recoverycase.policy.StageAction;

/**
 * Evaluates every account of a portfolio as of a date. {@link #decisions} streams one decision per
 * case file, lazily, in the order the files come; {@link #worklist} consumes that stream, keeping
 * only the decisions with work to do, and returns them in priority order with counts per outcome
 * and per action. Memory grows with the work found, not with the portfolio.
 */
public final class PortfolioSweep {

  private final RecoveryEngine engine;

  /** A sweep using {@code engine}. */
  public PortfolioSweep(RecoveryEngine engine) {
    this.engine = requireNonNull(engine, "engine");
  }

  /** One decision per case file, as of {@code asOf}, evaluated as the stream is consumed. */
  public Stream<Decision> decisions(Stream<CaseFile> files, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return files.map(file -> engine.decide(file, asOf));
  }

  /** The worklist for every case file as of {@code asOf}. */
  public Worklist worklist(Stream<CaseFile> files, LocalDate asOf) {
    List<WorklistEntry> entries = new ArrayList<>();
    Map<OutcomeKind, Long> byOutcome = new EnumMap<>(OutcomeKind.class);
    Map<StageAction, Long> byAction = new EnumMap<>(StageAction.class);
    long[] swept = {0};
    try (Stream<Decision> decisions = decisions(files, asOf)) {
      decisions.forEachOrdered(
          decision -> {
            swept[0]++;
            byOutcome.merge(decision.kind(), 1L, Long::sum);
            if (decision.kind() == OutcomeKind.ACTION_DUE
                || decision.kind() == OutcomeKind.REFERRED_TO_OFFICER) {
              decision
                  .outcome()
                  .about()
                  .ifPresent(stage -> byAction.merge(stage.action(), 1L, Long::sum));
            }
            if (decision.kind().isWork()) {
              entries.add(new WorklistEntry(decision));
            }
          });
    }
    entries.sort(WorklistEntry.PRIORITY);
    return new Worklist(
        asOf,
        ImmutableList.copyOf(entries),
        ImmutableSortedMap.copyOf(byOutcome),
        ImmutableSortedMap.copyOf(byAction),
        swept[0]);
  }
}
