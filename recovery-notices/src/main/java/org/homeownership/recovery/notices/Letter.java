package org.homeownership.recovery.notices;

import java.util.Map;
import java.util.Optional;

/**
 * A letter to be produced from a template: which template, who it goes to, and the data the
 * template needs. Each letter declares and checks its own data in {@link #checkData}; {@link
 * LetterComposer} also checks the correspondence and the council's letterhead, and produces nothing
 * if any check fails.
 */
public interface Letter {

  /**
   * The template's code, such as {@code arrears-reminder}: the file {@code <code>.peb} in the
   * council's template directory or, failing that, in the jar.
   */
  String templateCode();

  /** The letter's title, printed as its heading and stored as the PDF's title. */
  String title();

  /** Who the letter is to, where it goes, how, and its date. */
  Correspondence correspondence();

  /**
   * Checks the data this letter's template needs beyond the correspondence and letterhead,
   * recording every problem found. Reasons must not contain personal data.
   */
  void checkData(DataRequirements requirements);

  /**
   * The letter's own template variables, added to the shared ones ({@code letterhead}, {@code
   * letter}, {@code recipient}). Called only when {@link #checkData} found no problems. Values are
   * maps, lists and strings already formatted for an en-GB reader.
   */
  Map<String, Object> model();

  /**
   * The prescribed summary of rights and obligations that must accompany this letter, if any: a
   * demand for a service charge encloses the service charges summary (LTA 1985 s.21B), a demand for
   * an administration charge the administration charges summary (CLRA 2002 Sch 11 para 4). {@link
   * LetterComposer} refuses the letter if the council has not supplied that summary.
   */
  default Optional<SummaryOfRights.Kind> enclosedSummary() {
    return Optional.empty();
  }

  /**
   * Someone other than the account's parties to whom this letter goes, such as a mortgage lender;
   * empty (the default) for a letter to the parties. When present, the address block and the
   * salutation are the addressee's and the parties' correspondence address is not checked.
   */
  default Optional<Addressee> addressee() {
    return Optional.empty();
  }
}
