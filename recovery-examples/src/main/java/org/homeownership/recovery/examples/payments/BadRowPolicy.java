package org.homeownership.recovery.examples.payments;

/** What to do with a payment file that has bad rows. */
public enum BadRowPolicy {
  /** Post nothing from the file: fix it and run it again (the default). */
  REJECT_FILE,
  /** Post the good rows and report the bad ones; run the corrected bad rows later. */
  POST_GOOD_ROWS
}
