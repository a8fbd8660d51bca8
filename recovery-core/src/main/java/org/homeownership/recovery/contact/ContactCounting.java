package org.homeownership.recovery.contact;

/**
 * What counts as "a contact" for the recovery engine's minimum days since the last contact (a
 * stage's {@code minimumDaysSinceLastContact}).
 *
 * <p>The engine's default is {@link #DEBTOR_REACHED}: a stage waits its days after the council last
 * actually spoke to, met or heard from the debtor, so that an officer's conversation (a promise, a
 * query) is given time before the next step. A council whose policy counts attempts too chooses
 * {@link #ANY_CONTACT_WITH_DEBTOR}.
 */
public enum ContactCounting {
  /**
   * Only contacts in which the debtor was reached ({@link ContactEntry#debtorReached()}): a call
   * answered or made by the debtor, a visit or meeting with the debtor, a letter, email, text or
   * complaint from the debtor. A letter, email or text the council sent, an unanswered call, a
   * visit with nobody at home, and an enquiry by a councillor or MP are not contacts.
   */
  DEBTOR_REACHED,
  /**
   * Every contact with the debtor, reached or not, including the council's letters, emails, texts
   * and unanswered calls and visits; enquiries by a councillor or MP still do not count, since they
   * are a third party's enquiry about the debtor, not contact with them.
   */
  ANY_CONTACT_WITH_DEBTOR;

  /** True if {@code entry} counts as a contact under this rule. */
  public boolean counts(ContactEntry entry) {
    return switch (this) {
      case DEBTOR_REACHED -> entry.debtorReached();
      case ANY_CONTACT_WITH_DEBTOR -> !entry.kind().isThirdPartyEnquiry();
    };
  }
}
