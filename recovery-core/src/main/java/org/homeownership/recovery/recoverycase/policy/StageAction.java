package org.homeownership.recovery.recoverycase.policy;

/**
 * What a recovery stage does. The list follows the recovery engine issue and LAW-AND-PRACTICE.md
 * §5–§8 and §12.1.
 */
public enum StageAction {
  /** A letter or notice to the debtor from a template, such as a reminder. */
  LETTER("Letter or notice", true),
  /** A telephone call to the debtor. */
  PHONE_CALL("Telephone call", false),
  /** A visit to the home. */
  HOME_VISIT("Home visit", false),
  /** A text message or email. */
  SMS_OR_EMAIL("SMS or email", false),
  /** A letter to the mortgage lender asking it to pay and capitalise the arrears (§5.5). */
  LENDER_LETTER("Letter to the mortgage lender", true),
  /** Referral to a debt collection agent (§8). */
  COLLECTION_AGENT_REFERRAL("Referral to a collection agent", false),
  /** Letter of claim under the Pre-Action Protocol for Debt Claims (§6.2). */
  LETTER_OF_CLAIM("Letter of claim (Pre-Action Protocol)", true),
  /** A county court money claim (§6.4). */
  COUNTY_COURT_CLAIM("County court money claim", true),
  /** An application to the First-tier Tribunal under LTA 1985 s.27A (§1.7). */
  TRIBUNAL_APPLICATION("First-tier Tribunal application (s.27A)", true),
  /** A notice under LPA 1925 s.146 before forfeiture (§5.4). */
  SECTION_146_NOTICE("Section 146 notice", true),
  /** Forfeiture proceedings (§5.2–§5.4). */
  FORFEITURE_PROCEEDINGS("Forfeiture proceedings", true),
  /** Enforcement of a judgment by attachment of earnings (§8). */
  ATTACHMENT_OF_EARNINGS("Attachment of earnings order", true),
  /** Enforcement of a judgment by a charging order (§8). */
  CHARGING_ORDER("Charging order", true),
  /** Enforcement of a judgment by a warrant of control (§8). */
  WARRANT_OF_CONTROL("Warrant of control", true),
  /** A proposal to write the debt off (§12.3). */
  WRITE_OFF_PROPOSAL("Write-off proposal", false);

  private final String displayName;
  private final boolean usuallyIssuesNotice;

  StageAction(String displayName, boolean usuallyIssuesNotice) {
    this.displayName = displayName;
    this.usuallyIssuesNotice = usuallyIssuesNotice;
  }

  /** The action's name as an officer reads it. */
  public String displayName() {
    return displayName;
  }

  /**
   * True if the action normally sends a document to the debtor or a third party. A stage says for
   * itself whether it issues a notice ({@link Stage#issuesNotice()}); this is only a hint.
   */
  public boolean usuallyIssuesNotice() {
    return usuallyIssuesNotice;
  }

  /** True for enforcement of a judgment, which a breathing space forbids (§7.4, §8). */
  public boolean isEnforcement() {
    return this == ATTACHMENT_OF_EARNINGS || this == CHARGING_ORDER || this == WARRANT_OF_CONTROL;
  }
}
