package org.homeownership.recovery.affordability;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.officer.OfficerId;
import org.immutables.value.Value;

/**
 * An officer's record that they saw evidence for an income and expenditure statement: who, when,
 * for which category (or for the whole statement), and what they saw. The description may name an
 * employer or a bank, so it is redacted from {@code toString}.
 */
@Value.Immutable
public abstract class EvidenceSeen {

  EvidenceSeen() {}

  /** A new builder. */
  public static ImmutableEvidenceSeen.Builder builder() {
    return ImmutableEvidenceSeen.builder();
  }

  /** The officer who saw the evidence. */
  public abstract OfficerId seenBy();

  /** The day the evidence was seen. */
  public abstract LocalDate seenOn();

  /** The category the evidence supports; empty when it supports the whole statement. */
  public abstract Optional<SfsCategory> category();

  /** What was seen, such as "three months' bank statements". */
  @Value.Redacted
  public abstract String description();

  /**
   * True if this evidence answers a flag about {@code flagCategory} (empty: the whole statement).
   */
  public boolean supports(Optional<SfsCategory> flagCategory) {
    return category().isEmpty() || category().equals(flagCategory);
  }

  @Value.Check
  void check() {
    if (description().isBlank()) {
      throw new IllegalArgumentException("evidence seen by " + seenBy() + " has no description");
    }
  }
}
