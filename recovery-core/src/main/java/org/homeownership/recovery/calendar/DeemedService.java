package org.homeownership.recovery.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * When a document sent at a time by a method is deemed served (LAW-AND-PRACTICE.md §13). The rules
 * differ between court documents (CPR 6.26) and other notices served by post (the "ordinary course
 * of post"), so each set of rules is its own implementation over a {@link BusinessCalendar}: {@link
 * CourtDocumentService} (CPR 6.26), {@link ClaimFormService} (CPR 6.14) and {@link
 * OrdinaryCourseOfPost} (notices outside the CPR). A method a rule does not cover is refused with
 * an {@link IllegalArgumentException}; a date the bank holidays do not cover with a {@link
 * YearNotCoveredException}.
 */
public interface DeemedService {

  /**
   * The day the document is deemed served.
   *
   * @param sent when it was posted, delivered, handed over or emailed (local time in England)
   * @param method how it was sent
   * @return the deemed day of service
   */
  LocalDate deemedServed(LocalDateTime sent, ServiceMethod method);
}
