package org.homeownership.recovery.account;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The council's reference for a debtor account, such as {@code SC-100234}. Not personal data.
 *
 * @param value the reference; not blank
 */
public record AccountId(String value) implements Comparable<AccountId> {

  /** Checks the reference is not blank. */
  public AccountId {
    checkArgument(!value.isBlank(), "account id is blank");
  }

  /** Returns the account id with the given reference. */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
