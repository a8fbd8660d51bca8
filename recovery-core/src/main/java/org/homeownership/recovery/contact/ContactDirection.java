package org.homeownership.recovery.contact;

/** Who started the contact. */
public enum ContactDirection {
  /** To the council: the debtor or someone on their behalf called, wrote, visited or complained. */
  INCOMING,
  /** From the council: an officer called, wrote or visited. */
  OUTGOING
}
