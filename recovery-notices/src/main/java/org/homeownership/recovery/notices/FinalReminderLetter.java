package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import org.homeownership.recovery.ageing.AgedDebt;
import org.jspecify.annotations.Nullable;

/**
 * The final reminder before the council takes further recovery action: the overdue amount, the date
 * to pay by, what may happen next, and where to get free independent debt advice.
 *
 * <p>Needs the same data as {@link ArrearsReminderLetter}.
 *
 * @param correspondence who the letter is to and its date
 * @param arrears the account's aged debt
 * @param payBy the date by which to pay or get in touch
 */
public record FinalReminderLetter(
    Correspondence correspondence, @Nullable AgedDebt arrears, @Nullable LocalDate payBy)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "final-reminder";

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Final reminder: your account is in arrears";
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
