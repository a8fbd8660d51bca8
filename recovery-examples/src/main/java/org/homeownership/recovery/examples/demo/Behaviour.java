package org.homeownership.recovery.examples.demo;

/**
 * How a demo debtor pays. Most are ordinary payers; the notable ones are there so that every part
 * of recovery the demo shows happens to somebody.
 */
public enum Behaviour {
  /** Pays each charge in full on or just before its due date. */
  PROMPT_PAYER("prompt payer", false),
  /** Pays each charge in full, five to eleven weeks late. */
  LATE_PAYER("late payer", false),
  /** Pays 70% of each charge ten days after it falls due. */
  PART_PAYER("part payer", false),
  /** Pays by Direct Debit on the due date; one collection comes back unpaid. */
  DIRECT_DEBIT_RETURNED("Direct Debit returned", false),
  /** Stops paying; makes a payment arrangement at the final reminder and keeps it. */
  ARRANGEMENT_MAKER("arrangement maker", true),
  /** Stops paying; makes an arrangement at the final reminder, pays twice, then breaks it. */
  ARRANGEMENT_BREAKER("arrangement breaker", true),
  /** Pays promptly but disputes one service charge instalment and never pays it. */
  DISPUTES_A_CHARGE("disputes a charge", true),
  /** Stops paying; a debt adviser registers a standard breathing space at the final reminder. */
  BREATHING_SPACE("breathing space", true),
  /** Stops paying; known to be vulnerable, so every step goes to an officer. */
  VULNERABLE("vulnerable debtor", true),
  /** Never pays: the case goes to a letter of claim and a county court claim. */
  COUNTY_COURT("county court claim", true);

  private final String label;
  private final boolean notable;

  Behaviour(String label, boolean notable) {
    this.label = label;
    this.notable = notable;
  }

  /** The behaviour in words, for the report. */
  public String label() {
    return label;
  }

  /** True for the one-of-a-kind debtors the report follows by name. */
  public boolean notable() {
    return notable;
  }
}
