package org.homeownership.recovery.arrangement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.homeownership.recovery.money.Money;

/** The result of one monitoring check: kept or not, with the figures and the reason. */
public sealed interface MonitoringCheck {

  /** True if the debtor is keeping to the arrangement by this check. */
  boolean kept();

  /** The check's result in plain words. */
  String reason();

  /**
   * The expected-balance check.
   *
   * @param expected the starting balance plus charges since, less everything due by {@code dueBy}
   * @param actual the covered accounts' balance on the monitoring date
   * @param dueBy the monitoring date less the tolerance days
   * @param toleranceDays the tolerance days applied
   */
  record ExpectedBalance(Money expected, Money actual, LocalDate dueBy, int toleranceDays)
      implements MonitoringCheck {
    @Override
    public boolean kept() {
      return !actual.isGreaterThan(expected);
    }

    @Override
    public String reason() {
      return (kept() ? "balance " : "balance too high: ")
          + actual.format()
          + " against an expected "
          + expected.format()
          + " for payments due by "
          + dueBy
          + " ("
          + toleranceDays
          + " tolerance days)";
    }
  }

  /**
   * The missed-instalments check.
   *
   * @param missed the due dates of the instalments missed within the window
   * @param windowDays the window, in days up to the monitoring date
   * @param forBreach how many misses in the window make a breach
   */
  record MissedInstalments(ImmutableList<LocalDate> missed, int windowDays, int forBreach)
      implements MonitoringCheck {
    @Override
    public boolean kept() {
      return missed.size() < forBreach;
    }

    @Override
    public String reason() {
      return missed.size()
          + " instalment(s) missed in the last "
          + windowDays
          + " days"
          + (missed.isEmpty() ? "" : " (due " + missed + ")")
          + "; "
          + forBreach
          + " make a breach";
    }
  }
}
