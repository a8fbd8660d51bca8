package org.homeownership.recovery.recoverycase.gate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.court.TribunalDetermination;
import org.homeownership.recovery.ledger.EntryId;

/**
 * A finding that service or administration charges are payable, which HA 1996 s.81 requires before
 * forfeiture for them (LAW-AND-PRACTICE.md §5.3).
 *
 * @param charges the charges it covers
 * @param kind a final determination or the tenant's admission
 * @param date for a determination, the day it became final (the time for appeal expired); for an
 *     admission, the day it was made
 */
public record Section81Finding(ImmutableSet<EntryId> charges, Kind kind, LocalDate date) {

  /** Checks every part is given. */
  public Section81Finding {
    requireNonNull(charges, "charges");
    requireNonNull(kind, "kind");
    requireNonNull(date, "date");
  }

  /**
   * The finding a recorded First-tier Tribunal determination gives once it is final: the charges it
   * found payable, finally determined on the day the time for appealing expired (§1.7, §5.3). Empty
   * while it is not yet final.
   */
  public static Optional<Section81Finding> of(TribunalDetermination determination) {
    return determination
        .finalOn()
        .map(
            finalOn ->
                new Section81Finding(
                    determination.chargesFoundPayable(), Kind.FINAL_DETERMINATION, finalOn));
  }

  /** How the amount came to be settled as payable. */
  public enum Kind {
    /** Finally determined by the First-tier Tribunal, a court or an arbitral tribunal. */
    FINAL_DETERMINATION,
    /** Admitted by the tenant. */
    ADMISSION
  }
}
