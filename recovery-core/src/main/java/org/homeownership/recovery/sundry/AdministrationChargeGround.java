package org.homeownership.recovery.sundry;

/**
 * Why an administration charge is payable: the four heads of CLRA 2002 Sch 11 para 1(1)
 * (LAW-AND-PRACTICE.md §1.6).
 */
public enum AdministrationChargeGround {
  /** Para 1(1)(a): for, or in connection with, approvals under the lease or applications. */
  APPROVALS("Sch 11 para 1(1)(a): approvals under the lease"),
  /** Para 1(1)(b): for providing information or documents. */
  INFORMATION_OR_DOCUMENTS("Sch 11 para 1(1)(b): information or documents"),
  /** Para 1(1)(c): for failure to pay by the due date, such as an arrears recovery fee. */
  LATE_PAYMENT("Sch 11 para 1(1)(c): failure to pay by the due date"),
  /** Para 1(1)(d): in connection with a breach, or alleged breach, of covenant. */
  BREACH_OF_COVENANT("Sch 11 para 1(1)(d): breach of a covenant or condition of the lease");

  private final String citation;

  AdministrationChargeGround(String citation) {
    this.citation = citation;
  }

  /** The paragraph of Sch 11 and what it covers, as it reads in reasons. */
  public String citation() {
    return citation;
  }
}
