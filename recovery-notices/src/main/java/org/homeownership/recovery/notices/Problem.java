package org.homeownership.recovery.notices;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One reason a letter cannot be issued: the field at fault and why. It names the field, never its
 * value, so it holds no personal data and may be logged or shown to an officer as it is.
 *
 * @param field the path of the field, such as {@code correspondence.address} or {@code
 *     letterhead.addressForService}
 * @param reason why the field stops the letter going out, in words an officer can act on
 */
public record Problem(String field, String reason) {

  /** Checks both parts are given. */
  public Problem {
    checkArgument(field != null && !field.isBlank(), "a problem names its field");
    checkArgument(reason != null && !reason.isBlank(), "a problem gives its reason");
  }

  @Override
  public String toString() {
    return field + ": " + reason;
  }
}
