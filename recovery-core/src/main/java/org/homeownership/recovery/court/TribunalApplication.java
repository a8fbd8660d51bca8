package org.homeownership.recovery.court;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * An application to the First-tier Tribunal (Property Chamber) to determine whether service charges
 * are payable (LTA 1985 s.27A; LAW-AND-PRACTICE.md §1.7). Build one with {@link #builder()}.
 *
 * <p>It is <em>live</em> from the day it was made until it is determined or withdrawn.
 */
@Value.Immutable
public abstract class TribunalApplication {

  TribunalApplication() {}

  /** A new builder. */
  public static ImmutableTribunalApplication.Builder builder() {
    return ImmutableTribunalApplication.builder();
  }

  /** The tribunal's case reference. */
  public abstract String caseReference();

  /** The day the application was made. */
  public abstract LocalDate madeOn();

  /** Who applied. */
  public abstract TribunalApplicant applicant();

  /** The ledger charges in issue. */
  public abstract Set<EntryId> charges();

  /** The amount in issue. */
  public abstract Money amountInIssue();

  /** The hearings listed. */
  public abstract List<Hearing> hearings();

  /** The determination, once made. */
  public abstract Optional<TribunalDetermination> determination();

  /** The day the application was withdrawn, if it was. */
  public abstract Optional<LocalDate> withdrawnOn();

  /** True if it had been made by {@code date} and was neither determined nor withdrawn by then. */
  public final boolean isLiveOn(LocalDate date) {
    return !madeOn().isAfter(date)
        && determination().filter(d -> !d.decidedOn().isAfter(date)).isEmpty()
        && withdrawnOn().filter(d -> !d.isAfter(date)).isEmpty();
  }

  @Value.Check
  void check() {
    if (caseReference().isBlank()) {
      throw new IllegalArgumentException("tribunal case reference is blank");
    }
    if (amountInIssue().isNegative()) {
      throw new IllegalArgumentException(
          "tribunal case " + caseReference() + ": amount in issue is negative: " + amountInIssue());
    }
    determination()
        .filter(d -> d.decidedOn().isBefore(madeOn()))
        .ifPresent(
            d -> {
              throw new IllegalArgumentException(
                  "tribunal case "
                      + caseReference()
                      + ": determined "
                      + d.decidedOn()
                      + " before the application of "
                      + madeOn());
            });
    if (determination().isPresent() && withdrawnOn().isPresent()) {
      throw new IllegalArgumentException(
          "tribunal case " + caseReference() + " is both determined and withdrawn");
    }
  }
}
