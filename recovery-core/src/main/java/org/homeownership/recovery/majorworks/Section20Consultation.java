package org.homeownership.recovery.majorworks;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The s.20 consultation record of a scheme (Service Charges (Consultation Requirements) (England)
 * Regulations 2003; LAW-AND-PRACTICE.md §1.2): the notice of intention, the statement of estimates,
 * the notice of reasons for award where one is required, or the tribunal's dispensation under
 * s.20ZA. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Section20Consultation {

  Section20Consultation() {}

  /** A new builder. */
  public static ImmutableSection20Consultation.Builder builder() {
    return ImmutableSection20Consultation.builder();
  }

  /** The date the notice of intention was given. */
  public abstract Optional<LocalDate> noticeOfIntention();

  /** The date the statement of estimates was given. */
  public abstract Optional<LocalDate> statementOfEstimates();

  /**
   * Whether a notice of reasons for award is required: not where the contract went to a nominated
   * contractor or the lowest tender, nor where a public notice was required.
   */
  @Value.Default
  public boolean awardNoticeRequired() {
    return true;
  }

  /** The date the notice of reasons for award was given. */
  public abstract Optional<LocalDate> noticeOfReasonsForAward();

  /** The date the First-tier Tribunal granted dispensation under s.20ZA, if it did. */
  public abstract Optional<LocalDate> dispensationGranted();

  /** True if every required stage is recorded. */
  public boolean isComplete() {
    return noticeOfIntention().isPresent()
        && statementOfEstimates().isPresent()
        && (!awardNoticeRequired() || noticeOfReasonsForAward().isPresent());
  }

  /** True if the consultation was completed or dispensed with. */
  public boolean satisfied() {
    return isComplete() || dispensationGranted().isPresent();
  }

  /** None of the stages recorded and no dispensation. */
  public static Section20Consultation none() {
    return builder().build();
  }
}
