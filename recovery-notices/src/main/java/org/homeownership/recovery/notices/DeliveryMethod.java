package org.homeownership.recovery.notices;

/** How a letter reaches the people it is addressed to. */
public enum DeliveryMethod {
  /** By post to the correspondence address. */
  POST,
  /** By email to the parties' email addresses, where they have agreed to it. */
  EMAIL
}
