package org.homeownership.recovery.court;

/** The ways of enforcing a county court judgment (gov.uk; LAW-AND-PRACTICE.md §8). */
public enum EnforcementMethod {
  /** A warrant of control: county court bailiffs (form N323 for debts up to £5,000, §8). */
  WARRANT_OF_CONTROL,
  /** An attachment of earnings order: deductions by the employer. */
  ATTACHMENT_OF_EARNINGS,
  /** A charging order over property, later an order for sale. */
  CHARGING_ORDER,
  /** A third-party debt order over a bank account. */
  THIRD_PARTY_DEBT_ORDER,
  /** An order to obtain information: questioning the debtor. */
  ORDER_TO_OBTAIN_INFORMATION
}
