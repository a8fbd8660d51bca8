package org.homeownership.recovery.calendar;

/**
 * How a letter, notice or court document is sent, which decides when it is deemed served
 * (LAW-AND-PRACTICE.md §13: CPR 6.26, CPR 6.14 and the "ordinary course of post").
 */
public enum ServiceMethod {
  /** First class post, or another service that delivers on the next business day. */
  FIRST_CLASS_POST,
  /** Second class post. */
  SECOND_CLASS_POST,
  /** Delivered to or left at the address. */
  HAND_DELIVERY,
  /** Handed to the person. */
  PERSONAL,
  /** Email, where the person agreed in writing to accept service by email. */
  EMAIL
}
