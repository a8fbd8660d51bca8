package org.homeownership.recovery.notices;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The written agreement a debt arises under, as a letter of claim must describe it: its date, the
 * parties and whether a copy is enclosed, or else that a copy may be asked for (Pre-Action Protocol
 * for Debt Claims; LAW-AND-PRACTICE.md §6.2). For a leaseholder's charges the agreement is the
 * lease.
 *
 * @param date the date of the lease
 * @param parties the parties to the lease, as it names them
 * @param copyEnclosed true if a copy goes with the letter; otherwise the letter says a copy may be
 *     asked for
 */
public record LeaseAgreement(@Nullable LocalDate date, List<String> parties, boolean copyEnclosed) {

  /** Copies the parties. */
  public LeaseAgreement {
    parties = List.copyOf(parties);
  }

  @Override
  public String toString() {
    return "LeaseAgreement{date=" + date + ", parties=<redacted>}";
  }
}
