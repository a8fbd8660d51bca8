package org.homeownership.recovery.groundrent;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of checking a ground rent notice against CLRA 2002 s.166 (LAW-AND-PRACTICE.md §5.1).
 *
 * @param valid true if the notice's payment date satisfies s.166(3)
 * @param window the valid payment dates for the notice date and lease due date
 * @param reasons why the notice is valid or every reason it is not, each citing s.166
 */
public record Section166Check(boolean valid, PaymentDateWindow window, List<String> reasons) {

  /** Checks every part is given and copies the reasons. */
  public Section166Check {
    requireNonNull(window, "window");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons must not be empty");
    }
  }
}
