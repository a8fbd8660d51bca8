package org.homeownership.recovery.account;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The council's reference for a person or organisation that owes a debt. Not personal data.
 *
 * @param value the reference; not blank
 */
public record PartyId(String value) {

  /** Checks the reference is not blank. */
  public PartyId {
    checkArgument(!value.isBlank(), "party id is blank");
  }

  /** Returns the party id with the given reference. */
  public static PartyId of(String value) {
    return new PartyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
