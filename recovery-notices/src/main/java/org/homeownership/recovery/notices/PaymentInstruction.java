package org.homeownership.recovery.notices;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One way the council accepts payment, as printed on every demand and reminder.
 *
 * @param method the name of the method, such as {@code Bank transfer}
 * @param instructions how to pay by it, such as the sort code and account number and what reference
 *     to quote
 */
public record PaymentInstruction(String method, String instructions) {

  /** Checks both parts are given. */
  public PaymentInstruction {
    checkArgument(method != null && !method.isBlank(), "payment method is blank");
    checkArgument(
        instructions != null && !instructions.isBlank(), "payment instructions are blank");
  }
}
