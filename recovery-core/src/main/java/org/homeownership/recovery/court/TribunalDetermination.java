package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;

/**
 * The First-tier Tribunal's determination of what service charges are payable (LTA 1985 s.27A;
 * LAW-AND-PRACTICE.md §1.7).
 *
 * @param decidedOn the day of the decision
 * @param amountFoundPayable the amount the tribunal found payable
 * @param chargesFoundPayable the ledger charges it found payable
 * @param finalOn the day it became final: the time for appealing expired without an appeal (HA 1996
 *     s.81, §5.3). Entered by the officer; the library does not work out appeal periods. Empty
 *     while it could still be appealed
 */
public record TribunalDetermination(
    LocalDate decidedOn,
    Money amountFoundPayable,
    ImmutableSet<EntryId> chargesFoundPayable,
    Optional<LocalDate> finalOn) {

  /** Checks every part is given and the dates and amount make sense. */
  public TribunalDetermination {
    requireNonNull(decidedOn, "decidedOn");
    requireNonNull(amountFoundPayable, "amountFoundPayable");
    requireNonNull(chargesFoundPayable, "chargesFoundPayable");
    requireNonNull(finalOn, "finalOn");
    if (amountFoundPayable.isNegative()) {
      throw new IllegalArgumentException("amount found payable is negative: " + amountFoundPayable);
    }
    finalOn
        .filter(d -> d.isBefore(decidedOn))
        .ifPresent(
            d -> {
              throw new IllegalArgumentException(
                  "determination final on " + d + ", before it was decided on " + decidedOn);
            });
  }

  /** True if it had become final by {@code date}. */
  public boolean isFinalBy(LocalDate date) {
    return finalOn.filter(d -> !d.isAfter(date)).isPresent();
  }
}
