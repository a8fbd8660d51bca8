package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import org.homeownership.recovery.ageing.AgedDebt;
import org.jspecify.annotations.Nullable;

/**
 * The first reminder that an amount is overdue: how much, by when to pay, how to pay, how to get in
 * touch, and where to get free independent debt advice.
 *
 * <p>Needs: the account's {@link AgedDebt} (one account, something overdue, aged on or before the
 * letter's date) and the date to pay by, after the letter's date. The date comes from the council's
 * recovery policy, never from the template.
 *
 * @param correspondence who the letter is to and its date
 * @param arrears the account's aged debt
 * @param payBy the date by which to pay or get in touch
 */
public record ArrearsReminderLetter(
    Correspondence correspondence, @Nullable AgedDebt arrears, @Nullable LocalDate payBy)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "arrears-reminder";

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Reminder: your account is in arrears";
  }

  @Override
  public void checkData(DataRequirements requirements) {
    ArrearsFigures.check(requirements, correspondence, arrears, payBy);
  }

  @Override
  public Map<String, Object> model() {
    return ArrearsFigures.model(requireNonNull(arrears, "arrears"), requireNonNull(payBy, "payBy"));
  }
}
