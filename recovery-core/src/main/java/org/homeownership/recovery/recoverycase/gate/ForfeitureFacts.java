package org.homeownership.recovery.recoverycase.gate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.court.TribunalApplication;

/**
 * What the forfeiture gate reads besides the arrears.
 *
 * @param findings the s.81 determinations and admissions (§5.3)
 * @param lenderOnRecord true if the title shows a mortgage lender (§5.5)
 * @param lenderToldOn the day the lender was told, if it was (§5.5; CPR PD 55A para 2.4)
 */
public record ForfeitureFacts(
    ImmutableList<Section81Finding> findings,
    boolean lenderOnRecord,
    Optional<LocalDate> lenderToldOn) {

  /** Checks every part is given. */
  public ForfeitureFacts {
    requireNonNull(findings, "findings");
    requireNonNull(lenderToldOn, "lenderToldOn");
  }

  /** No findings, no lender on record. */
  public static ForfeitureFacts none() {
    return new ForfeitureFacts(ImmutableList.of(), false, Optional.empty());
  }

  /**
   * These facts with a finding for each final First-tier Tribunal determination in {@code cases}
   * (§5.3) that is not already among the findings.
   */
  public ForfeitureFacts withDeterminationsFrom(CourtCases cases) {
    ImmutableList.Builder<Section81Finding> all = ImmutableList.<Section81Finding>builder();
    all.addAll(findings);
    cases.tribunalApplications().stream()
        .map(TribunalApplication::determination)
        .flatMap(Optional::stream)
        .map(Section81Finding::of)
        .flatMap(Optional::stream)
        .filter(f -> !findings.contains(f))
        .forEach(all::add);
    return new ForfeitureFacts(all.build(), lenderOnRecord, lenderToldOn);
  }
}
