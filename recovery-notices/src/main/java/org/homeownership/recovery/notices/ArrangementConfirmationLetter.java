package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.jspecify.annotations.Nullable;

/**
 * Confirms a payment arrangement once it is approved: the amount and how often, the start date, any
 * lump sum, how many instalments and the last, the debt it clears, and what happens if a payment is
 * missed, in the council's own words from its policy (LAW-AND-PRACTICE.md §12.2: Wiltshire gives a
 * reminder with 7 days and then the full balance; Southwark reminds, reinstates, then withdraws).
 * Every figure comes from the core's {@link org.homeownership.recovery.arrangement.Arrangement} and
 * its schedule; nothing is invented.
 *
 * @param correspondence who the letter is to and its date
 * @param record the arrangement, live on the letter's date
 * @param ifMissed what happens if a payment is missed, step by step, from the council's policy
 */
public record ArrangementConfirmationLetter(
    Correspondence correspondence, @Nullable ArrangementRecord record, List<String> ifMissed)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "arrangement-confirmation";

  /** Copies the steps. */
  public ArrangementConfirmationLetter {
    ifMissed = List.copyOf(ifMissed);
  }

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Your payment arrangement";
  }

  @Override
  public void checkData(DataRequirements requirements) {
    LocalDate letterDate = correspondence.letterDate();
    if (ArrangementFigures.checkRecord(requirements, correspondence, record)
        && letterDate != null) {
      requirements.require(
          "arrangement.state",
          record.stateOn(letterDate).orElse(null) == ArrangementState.LIVE,
          "is not live on the letter's date: an arrangement is confirmed once approved");
    }
    ArrangementFigures.checkSteps(requirements, "ifMissed", ifMissed);
  }

  @Override
  public Map<String, Object> model() {
    return Map.of(
        "arrangement",
        ArrangementFigures.terms(requireNonNull(record, "record")),
        "ifMissed",
        ifMissed);
  }
}
