package org.homeownership.recovery.recoverycase.gate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;

/**
 * No county court claim against an individual until the Pre-Action Protocol for Debt Claims is
 * complied with (LAW-AND-PRACTICE.md §6.1–§6.3):
 *
 * <ul>
 *   <li>a letter of claim was sent with its enclosures: statement of account, Information Sheet,
 *       Reply Form and financial statement (§6.2);
 *   <li>the response period (30 days) has passed from the date of the letter (§6.3);
 *   <li>if the debtor says they are seeking debt advice, or asks for documents, the response period
 *       has passed from the Reply Form's receipt and from the documents' supply, whichever is later
 *       (§6.3); while asked-for documents are not yet supplied, no date can be given.
 * </ul>
 *
 * <p>Days are calendar days (§13). The earliest claim date is the letter's date plus the period:
 * for a letter dated 1 March 2025, 31 March 2025.
 */
public final class PreActionProtocolGate {

  /** The gate's name. */
  public static final String NAME = "Pre-Action Protocol for Debt Claims";

  /** The gate's citation. */
  public static final String CITATION =
      "Pre-Action Protocol for Debt Claims; LAW-AND-PRACTICE.md §6.2–§6.3";

  private final EffectiveDated<Integer> responseDays;

  /** A gate with the given response period in days, such as {@link #protocolResponseDays()}. */
  public PreActionProtocolGate(EffectiveDated<Integer> responseDays) {
    this.responseDays = requireNonNull(responseDays, "responseDays");
  }

  /** The protocol's 30 days, in force from 1 October 2017 (§6.1, §6.3). */
  public static EffectiveDated<Integer> protocolResponseDays() {
    return EffectiveDated.from(
        LocalDate.of(2017, 10, 1), 30, "Pre-Action Protocol response period (days)", CITATION);
  }

  /** Whether a county court claim may be issued on {@code asOf}. */
  public GateResult check(Optional<LetterOfClaim> letter, LocalDate asOf) {
    int days = responseDays.on(asOf);
    ImmutableList.Builder<ConditionCheck> checks = ImmutableList.builder();
    if (letter.isEmpty() || letter.get().dated().isAfter(asOf)) {
      checks.add(
          ConditionCheck.of(
              "letter of claim sent (§6.2)",
              "a letter of claim dated on or before " + asOf,
              "none",
              false));
      return new GateResult(NAME, CITATION, false, checks.build(), Optional.empty());
    }
    LetterOfClaim l = letter.get();
    checks.add(
        ConditionCheck.of(
            "letter of claim sent (§6.2)", "a letter of claim", "dated " + l.dated(), true));
    Set<Enclosure> missing = EnumSet.allOf(Enclosure.class);
    missing.removeAll(l.enclosures());
    checks.add(
        ConditionCheck.of(
            "letter of claim enclosures (§6.2)",
            "statement of account, information sheet, reply form, financial statement",
            missing.isEmpty() ? "all enclosed" : "missing " + missing,
            missing.isEmpty()));
    boolean open = missing.isEmpty();
    LocalDate earliest = l.dated().plusDays(days);
    checks.add(periodCheck("days since the letter of claim (§6.3)", days, l.dated(), asOf));
    open &= !asOf.isBefore(earliest);
    boolean knowable = missing.isEmpty();
    boolean extended = l.seekingDebtAdvice() || l.documentsRequested().isPresent();
    if (extended) {
      if (l.seekingDebtAdvice()) {
        Optional<LocalDate> reply = l.replyFormReceived().filter(d -> !d.isAfter(asOf));
        if (reply.isPresent()) {
          checks.add(
              periodCheck(
                  "days since the reply form seeking debt advice (§6.3)", days, reply.get(), asOf));
          earliest = later(earliest, reply.get().plusDays(days));
          open &= !asOf.isBefore(reply.get().plusDays(days));
        }
      }
      if (l.documentsRequested().filter(d -> !d.isAfter(asOf)).isPresent()) {
        Optional<LocalDate> supplied = l.documentsSupplied().filter(d -> !d.isAfter(asOf));
        if (supplied.isEmpty()) {
          checks.add(
              ConditionCheck.of(
                  "documents asked for supplied (§6.3)",
                  "supplied, then " + days + " days",
                  "asked for " + l.documentsRequested().get() + ", not yet supplied",
                  false));
          open = false;
          knowable = false;
        } else {
          checks.add(
              periodCheck(
                  "days since the documents asked for were supplied (§6.3)",
                  days,
                  supplied.get(),
                  asOf));
          earliest = later(earliest, supplied.get().plusDays(days));
          open &= !asOf.isBefore(supplied.get().plusDays(days));
        }
      }
    }
    return new GateResult(
        NAME,
        CITATION,
        open,
        checks.build(),
        open || !knowable ? Optional.empty() : Optional.of(earliest));
  }

  private static ConditionCheck periodCheck(String name, int days, LocalDate from, LocalDate asOf) {
    long actual = ChronoUnit.DAYS.between(from, asOf);
    return ConditionCheck.of(
        name, "at least " + days + " (from " + from + ")", Long.toString(actual), actual >= days);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
