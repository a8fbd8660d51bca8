package org.homeownership.recovery.property;

/** How a dwelling is held. It decides which debts a dwelling can carry and which letters apply. */
public enum Tenure {
  /** Let by the council to a secure or introductory tenant; the council bears its service costs. */
  TENANTED,
  /** Sold on a long lease, usually under the Right to Buy. */
  LEASEHOLD,
  /** Part bought and part rented by a shared owner on a shared ownership lease. */
  SHARED_OWNERSHIP,
  /** A freehold house on a council estate that pays estate charges under its transfer. */
  FREEHOLD
}
