package org.homeownership.recovery.arrangement;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The recovery stage a debt had reached when an arrangement held it, as the recovery engine names
 * it (such as {@code REMINDER_2} or {@code LETTER_OF_CLAIM}). Recovery resumes here on breach,
 * never back at the start.
 *
 * @param code the engine's stage code; not blank
 */
public record StageReference(String code) {

  /** Checks the code is not blank. */
  public StageReference {
    checkArgument(!code.isBlank(), "stage code is blank");
  }

  /** Returns the stage reference with the given code. */
  public static StageReference of(String code) {
    return new StageReference(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
