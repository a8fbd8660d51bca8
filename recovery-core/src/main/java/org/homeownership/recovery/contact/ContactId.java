package org.homeownership.recovery.contact;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The council's reference for one entry in a contact log, such as its case-management system's note
 * or enquiry number. A reply is recorded against it.
 *
 * @param value the reference; not blank
 */
public record ContactId(String value) implements Comparable<ContactId> {

  /** Checks the reference is not blank. */
  public ContactId {
    checkArgument(!value.isBlank(), "contact id is blank");
  }

  /** Returns the contact id with the given reference. */
  public static ContactId of(String value) {
    return new ContactId(value);
  }

  @Override
  public int compareTo(ContactId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
