package org.homeownership.recovery.arrangement.proposal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.homeownership.recovery.arrangement.Arrangement;
import org.homeownership.recovery.arrangement.ImmutableArrangement;
import org.homeownership.recovery.arrangement.InstalmentFrequency;
import org.homeownership.recovery.money.Money;

/**
 * An instalment offer within the council's policy: its term, end date and totals, and why a shorter
 * or longer one is not offered. Instalments follow {@link
 * org.homeownership.recovery.arrangement.InstalmentSchedule#FINAL_INSTALMENT_TAKES_THE_REMAINDER}.
 *
 * @param frequency how often instalments fall due
 * @param instalment each instalment: ongoing charge plus arrears component
 * @param ongoingCharge the ongoing-charge part of each instalment
 * @param arrearsComponent the arrears part of each instalment but the last
 * @param finalArrearsComponent the arrears part of the last instalment (the remainder)
 * @param instalments the number of instalments: the term
 * @param firstInstalmentOn the first due date
 * @param lastInstalmentOn the last due date: the end of the term
 * @param arrears the arrears cleared: the arrangement total
 * @param totalPayable everything the debtor pays over the term, ongoing charges included
 * @param whyNotShorter why a shorter term is not offered
 * @param whyNotLonger why a longer term is not offered
 * @param basis how the instalment was worked out, step by step
 */
public record Proposal(
    InstalmentFrequency frequency,
    Money instalment,
    Money ongoingCharge,
    Money arrearsComponent,
    Money finalArrearsComponent,
    int instalments,
    LocalDate firstInstalmentOn,
    LocalDate lastInstalmentOn,
    Money arrears,
    Money totalPayable,
    TermReason whyNotShorter,
    TermReason whyNotLonger,
    ImmutableList<String> basis)
    implements ProposalOutcome {

  /** Checks the parts are given and the arrears components sum to the arrears. */
  public Proposal {
    requireNonNull(frequency, "frequency");
    requireNonNull(whyNotShorter, "whyNotShorter");
    requireNonNull(whyNotLonger, "whyNotLonger");
    requireNonNull(basis, "basis");
    if (!arrearsComponent.times(instalments - 1L).plus(finalArrearsComponent).equals(arrears)) {
      throw new IllegalArgumentException("instalments do not sum to the arrears " + arrears);
    }
  }

  /**
   * A builder for the arrangement this proposal offers, with the frequency, instalment, ongoing
   * charge, first date and starting balance (the arrears) filled in; the caller adds the id,
   * accounts, kind, maker, date made and the stages held at. Its schedule has this proposal's
   * instalments, end date and final instalment.
   */
  public ImmutableArrangement.Builder toArrangement() {
    return Arrangement.builder()
        .frequency(frequency)
        .instalmentAmount(instalment)
        .ongoingChargePerInstalment(ongoingCharge)
        .firstInstalmentOn(firstInstalmentOn)
        .startingBalance(arrears);
  }
}
