package org.homeownership.recovery.recoverycase.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.money.Money;

/**
 * The default recovery policy, built from published council practice (LAW-AND-PRACTICE.md §12.1)
 * and the Pre-Action Protocol for Debt Claims (§6.2–§6.3). Every figure is a value in the returned
 * records, which a council replaces with its own; each stage names its source.
 *
 * <ol>
 *   <li>{@code REMINDER_1}: a first reminder 30 days after the invoice fell due (Wiltshire).
 *   <li>{@code REMINDER_2}: a second reminder a further 14 days on, warning that court action
 *       follows if it is not paid in 7 days (Wiltshire). For ground rent the template carries the
 *       s.167 forfeiture warning (Rotherham, §5.2).
 *   <li>{@code PHONE_CONTACT}: a telephone call once the 7 days of the second reminder have run
 *       (Wiltshire gives phone contact as the next step). Not a notice.
 *   <li>{@code LENDER_LETTER}: a letter to the mortgage lender asking it to pay and capitalise the
 *       arrears (Wiltshire, Harrow, Southwark; §5.5). No interval is published, so none is set.
 *       Needs approval: limits on contacting lenders are unconfirmed (§5.5).
 *   <li>{@code LETTER_OF_CLAIM}: a letter of claim under the Pre-Action Protocol 14 days after the
 *       lender letter (Harrow gives the lender 14 days to confirm payment; Southwark sends the
 *       letter of claim with its enclosures, §6.2).
 *   <li>{@code COUNTY_COURT_CLAIM}: a county court money claim no earlier than 30 days after the
 *       letter of claim (§6.3), guarded by the Pre-Action Protocol gate, and approved by an officer
 *       (§12.4: escalation past the letter of claim needs a manual check).
 * </ol>
 *
 * <p>The minimum arrears of every stage is one penny: no source publishes a floor, so a council
 * sets its own. A case closes when its counted arrears reach zero and steps back when they fall
 * below a stage's minimum. Forfeiture, tribunal and enforcement stages are not in the default
 * ladders: they need officer decisions and the court and tribunal tracking that is not built yet.
 */
public final class DefaultRecoveryPolicy {

  /** Wiltshire's leaseholder arrears recovery procedure (§12.1). */
  public static final String WILTSHIRE =
      "Wiltshire Council, leaseholder arrears recovery procedure, LAW-AND-PRACTICE.md §12.1"
          + " (https://www.wiltshire.gov.uk/article/5469/Arrears-Recovery-Procedure)";

  /** Harrow's service charge recovery steps (§12.1, §5.5). */
  public static final String HARROW =
      "Harrow Council, service charges and ground rent, LAW-AND-PRACTICE.md §12.1 and §5.5"
          + " (https://www.harrow.gov.uk/housing-property/service-charges-ground-rent/2)";

  /** Southwark's homeowner arrears steps (§12.1). */
  public static final String SOUTHWARK =
      "Southwark Council, if you do not pay, LAW-AND-PRACTICE.md §12.1"
          + " (https://southwark.gov.uk/housing/council-homeowners/your-service-charges/"
          + "problems-paying/if-you-do-not-pay)";

  /** The name of the default policy. */
  public static final String NAME = "Default (Wiltshire, Harrow, Southwark; Debt PAP)";

  private static final Money ONE_PENNY = Money.ofPence(1);

  private DefaultRecoveryPolicy() {}

  /** The default policy: one ladder for every debt stream. */
  public static RecoveryPolicy policy() {
    ImmutableMap.Builder<DebtStream, StageLadder> ladders = ImmutableMap.builder();
    for (DebtStream stream : DebtStream.values()) {
      ladders.put(stream, ladder(stream));
    }
    return new RecoveryPolicy(NAME, ladders.buildOrThrow());
  }

  /** The default ladder for {@code stream}. */
  public static StageLadder ladder(DebtStream stream) {
    String secondReminderTemplate =
        stream == DebtStream.GROUND_RENT ? "REMINDER_2_S167_WARNING" : "REMINDER_2";
    String secondReminderSource =
        stream == DebtStream.GROUND_RENT
            ? WILTSHIRE
                + "; s.167 warning: Rotherham, LAW-AND-PRACTICE.md §5.2 and §12.1"
                + " (https://www.rotherham.gov.uk/council-social-housing/payments-charges/5)"
            : WILTSHIRE;
    return new StageLadder(
        stream,
        ImmutableList.of(
            new Stage(
                StageReference.of("REMINDER_1"),
                "First reminder",
                StageAction.LETTER,
                Optional.of("REMINDER_1"),
                EntryConditions.of(ONE_PENNY, 30),
                true,
                false,
                WILTSHIRE + ": 1st reminder 30 days after invoice"),
            new Stage(
                StageReference.of("REMINDER_2"),
                "Second reminder",
                StageAction.LETTER,
                Optional.of(secondReminderTemplate),
                EntryConditions.of(ONE_PENNY, 0).withMinimumDaysSincePreviousStage(14),
                true,
                false,
                secondReminderSource + ": 2nd reminder after a further 14 days"),
            new Stage(
                StageReference.of("PHONE_CONTACT"),
                "Telephone contact",
                StageAction.PHONE_CALL,
                Optional.empty(),
                EntryConditions.of(ONE_PENNY, 0).withMinimumDaysSincePreviousStage(7),
                false,
                false,
                WILTSHIRE + ": phone contact after the 2nd reminder's 7 days to pay"),
            new Stage(
                StageReference.of("LENDER_LETTER"),
                "Letter to mortgage lender",
                StageAction.LENDER_LETTER,
                Optional.of("LENDER_LETTER"),
                EntryConditions.of(ONE_PENNY, 0),
                true,
                true,
                WILTSHIRE
                    + "; "
                    + HARROW
                    + ": lender asked to pay and capitalise; approval because limits on"
                    + " contacting lenders are unconfirmed (§5.5)"),
            new Stage(
                StageReference.of("LETTER_OF_CLAIM"),
                "Letter of claim (Pre-Action Protocol)",
                StageAction.LETTER_OF_CLAIM,
                Optional.of("LETTER_OF_CLAIM"),
                EntryConditions.of(ONE_PENNY, 0).withMinimumDaysSincePreviousStage(14),
                true,
                false,
                HARROW
                    + ": lender has 14 days to confirm payment; "
                    + SOUTHWARK
                    + ": letter of claim with enclosures (§6.2)"),
            new Stage(
                StageReference.of("COUNTY_COURT_CLAIM"),
                "County court money claim",
                StageAction.COUNTY_COURT_CLAIM,
                Optional.of("CLAIM_FORM_N1"),
                EntryConditions.of(ONE_PENNY, 0).withMinimumDaysSincePreviousStage(30),
                true,
                true,
                "Pre-Action Protocol for Debt Claims, 30 days to reply, LAW-AND-PRACTICE.md §6.3;"
                    + " approval: §12.4")),
        Money.ZERO,
        true);
  }
}
