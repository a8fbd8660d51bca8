package org.homeownership.recovery.contact;

/** How the council and the debtor (or someone enquiring about the account) were in touch. */
public enum ContactKind {
  /** A telephone call. */
  CALL("call"),
  /** A home visit. */
  VISIT("visit"),
  /** A meeting at the council's office. */
  MEETING("meeting"),
  /** A letter. */
  LETTER("letter"),
  /** An email. */
  EMAIL("email"),
  /** A text message. */
  SMS("text message"),
  /** A complaint about the council's handling of the account; always incoming. */
  COMPLAINT("complaint"),
  /** A councillor's enquiry about the account, on the debtor's behalf; always incoming. */
  COUNCILLOR_ENQUIRY("councillor's enquiry"),
  /**
   * A Member of Parliament's enquiry about the account, on the debtor's behalf; always incoming.
   */
  MP_ENQUIRY("MP's enquiry"),
  /** Anything else, described in the outcome. */
  OTHER("other contact");

  private final String displayName;

  ContactKind(String displayName) {
    this.displayName = displayName;
  }

  /** The kind as it reads in a chronology. */
  public String displayName() {
    return displayName;
  }

  /**
   * True for an enquiry made by a third party (a councillor or an MP) about the debtor: it is not
   * contact with the debtor, so the debtor cannot be reached by it.
   */
  public boolean isThirdPartyEnquiry() {
    return this == COUNCILLOR_ENQUIRY || this == MP_ENQUIRY;
  }

  /** True for a kind that only ever comes in to the council: complaints and enquiries. */
  public boolean isAlwaysIncoming() {
    return this == COMPLAINT || isThirdPartyEnquiry();
  }

  /**
   * True for a one-way written message (letter, email, text): when the council sends one, nothing
   * shows the debtor read it, so it never reaches the debtor; the debtor's answer is an incoming
   * entry of its own.
   */
  public boolean isOneWayMessage() {
    return this == LETTER || this == EMAIL || this == SMS;
  }
}
