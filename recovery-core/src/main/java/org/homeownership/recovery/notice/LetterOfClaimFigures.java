package org.homeownership.recovery.notice;

import java.time.LocalDate;
import org.homeownership.recovery.config.EffectiveDated;

/**
 * The figures of the Pre-Action Protocol for Debt Claims that a letter of claim prints, held as
 * effective-dated configuration (LAW-AND-PRACTICE.md §6.1–§6.3).
 *
 * <p>UNCONFIRMED: the protocol's own text was not in the sources read (LAW-AND-PRACTICE.md Appendix
 * A item 2); the 30 days come from secondary sources that agree with each other (§6.3).
 *
 * @param replyDays the debtor should reply within this many days of the date of the letter of claim
 *     (calendar days, counted from the date at the top of the letter, §6.3)
 * @param proceedingsNotBeforeDays proceedings should not start less than this many days after the
 *     completed reply form is received, or after documents the debtor asked for are provided,
 *     whichever is later (§6.3)
 * @param documentsWithinDays documents the debtor asks for are provided, or the reason they cannot
 *     be given, within this many days (§6.3)
 */
public record LetterOfClaimFigures(
    int replyDays, int proceedingsNotBeforeDays, int documentsWithinDays) {

  /** The source of the figures. */
  public static final String SOURCE =
      "Pre-Action Protocol for Debt Claims (in force 1 October 2017);"
          + " LAW-AND-PRACTICE.md §6.3 (secondary sources; protocol text UNCONFIRMED)";

  /** Checks the period is at least a day. */
  public LetterOfClaimFigures {
    if (replyDays < 1 || proceedingsNotBeforeDays < 1 || documentsWithinDays < 1) {
      throw new IllegalArgumentException("letter of claim periods must be at least a day");
    }
  }

  /**
   * The figures in force since the protocol began on 1 October 2017: 30 days to reply, no
   * proceedings for 30 days after the reply or the documents, documents within 30 days.
   */
  public static EffectiveDated<LetterOfClaimFigures> protocol() {
    return EffectiveDated.from(
        LocalDate.of(2017, 10, 1),
        new LetterOfClaimFigures(30, 30, 30),
        "letter of claim figures",
        SOURCE);
  }
}
