package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.MoratoriumKind;
import org.jspecify.annotations.Nullable;

/**
 * Acknowledges a breathing space (Debt Respite Scheme, SI 2020/1311; LAW-AND-PRACTICE.md §7). It
 * tells the debtor what the council has stopped for the debts in the moratorium (§7.4): it will not
 * ask for payment of them, add interest, fees, penalties or charges to them, or take enforcement
 * action. It demands nothing: no amount of a moratorium debt is asked for and no pay-by date is
 * given for one, and the usual "how to pay" section is left out unless there are ongoing
 * liabilities. Charges falling due after the application date are not moratorium debts and are
 * still payable as they fall due (§7.1, §7.5); they may be listed with their due dates.
 *
 * <p>It goes to the debtor in the breathing space alone: a breathing space is an individual's
 * (§7.3), and a joint debtor's position is not settled (§7.4).
 *
 * @param correspondence the debtor in the breathing space, and the letter's date
 * @param moratorium the breathing space, from {@code BreathingSpaceRules}
 * @param moratoriumDebt what the debtor owed on the account on the application date: the debts the
 *     breathing space covers
 * @param ongoingLiabilities charges falling due after the application date, still payable; may be
 *     empty
 */
public record BreathingSpaceAcknowledgementLetter(
    Correspondence correspondence,
    Hold.@Nullable BreathingSpace moratorium,
    @Nullable Money moratoriumDebt,
    List<OngoingLiability> ongoingLiabilities)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "breathing-space-acknowledgement";

  /** Copies the ongoing liabilities. */
  public BreathingSpaceAcknowledgementLetter {
    ongoingLiabilities = List.copyOf(ongoingLiabilities);
  }

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Your breathing space";
  }

  @Override
  public void checkData(DataRequirements requirements) {
    LocalDate letterDate = correspondence.letterDate();
    requirements.require(
        "correspondence.parties",
        correspondence.parties().size() <= 1,
        "name more than one person: a breathing space is an individual's, so the letter goes to"
            + " the debtor in it alone");
    if (requirements.present("moratorium", moratorium) && letterDate != null) {
      requirements.require(
          "moratorium.registeredOn",
          !moratorium.registeredOn().isAfter(letterDate),
          "is after the letter's date");
    }
    if (requirements.present("moratoriumDebt", moratoriumDebt)) {
      requirements.require("moratoriumDebt", !moratoriumDebt.isNegative(), "is below zero");
    }
    for (int i = 0; i < ongoingLiabilities.size(); i++) {
      OngoingLiability o = ongoingLiabilities.get(i);
      String field = "ongoingLiabilities[" + i + "]";
      requirements.require(field + ".description", !o.description().isBlank(), "is blank");
      requirements.require(field + ".amount", o.amount().isPositive(), "is not above zero");
      if (moratorium != null) {
        requirements.require(
            field + ".dueDate",
            !moratorium.protects(o.dueDate()),
            "is on or before the application date: the charge is a moratorium debt, and payment"
                + " of it must not be asked for during the breathing space (SI 2020/1311 reg 11;"
                + " LAW-AND-PRACTICE.md §7.4)");
      }
    }
  }

  @Override
  public Map<String, Object> model() {
    Hold.BreathingSpace m = requireNonNull(moratorium, "moratorium");
    Map<String, Object> space = new LinkedHashMap<>();
    space.put("mentalHealthCrisis", m.moratorium() == MoratoriumKind.MENTAL_HEALTH_CRISIS);
    space.put("registeredOn", EnGb.date(m.registeredOn()));
    space.put("applicationDate", EnGb.date(m.applicationDate()));
    space.put("start", EnGb.date(m.terms().start()));
    space.put("until", m.terms().until().map(EnGb::date).orElse(null));
    space.put("debt", EnGb.money(requireNonNull(moratoriumDebt, "moratoriumDebt")));
    space.put(
        "ongoing",
        ongoingLiabilities.stream()
            .map(
                o ->
                    Model.of(
                        "description", o.description(),
                        "dueDate", EnGb.date(o.dueDate()),
                        "amount", EnGb.money(o.amount())))
            .toList());
    return Map.of("breathingSpace", space);
  }
}
