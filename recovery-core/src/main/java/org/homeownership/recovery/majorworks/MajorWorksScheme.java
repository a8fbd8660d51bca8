package org.homeownership.recovery.majorworks;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.servicecharge.CostPool;
import org.immutables.value.Value;

/**
 * A major works scheme on a block or estate: its cost, its s.20 consultation, whether it is repair
 * or improvement, and whether government funding brings it under the 2014 Mandatory Reduction
 * Directions. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class MajorWorksScheme {

  MajorWorksScheme() {}

  /** A new builder. */
  public static ImmutableMajorWorksScheme.Builder builder() {
    return ImmutableMajorWorksScheme.builder();
  }

  /** The scheme's reference. */
  public abstract String reference();

  /** What the works are, as the invoice describes them. */
  public abstract String description();

  /** The dwellings that share the cost. */
  public abstract CostPool pool();

  /** The cost to share. */
  public abstract Money cost();

  /** Repair (a statutory loan can cover it) or improvement. */
  public abstract WorksKind kind();

  /** The consultation record. */
  public abstract Section20Consultation consultation();

  /**
   * The date the council applied for Decent Homes Backlog Funding or other financial assistance
   * from the Secretary of State or Homes England for these works, if it did (§3.1).
   */
  public abstract Optional<LocalDate> governmentFundingAppliedFor();

  /** The day the leaseholders' shares are demanded. */
  public abstract LocalDate demandedOn();

  /** Repair or improvement. */
  public enum WorksKind {
    /** Repair or maintenance. */
    REPAIR,
    /** Improvement. */
    IMPROVEMENT
  }
}
