package org.homeownership.recovery.writeoff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;

/**
 * Authorises write-offs under the council's {@link AuthorisationBands} in force on the day
 * (LAW-AND-PRACTICE.md §12.3), maker and checker:
 *
 * <ul>
 *   <li>the band for the amount, reason and the debtor's response says which level must authorise;
 *   <li>the authoriser is never the officer who proposed it;
 *   <li>the authoriser's level must be at least the level required;
 *   <li>the amount may not be more than the account's balance on the day (a write-off never makes a
 *       credit balance);
 *   <li>a write-off in an automatic band is authorised with no officer ({@link
 *       #authoriseAutomatically}).
 * </ul>
 *
 * Authorisation produces the {@link WriteOff} ledger entry to post; the core posts nothing.
 */
public final class WriteOffAuthoriser {

  private final EffectiveDated<AuthorisationBands> bands;

  /** An authoriser applying {@code bands}. */
  public WriteOffAuthoriser(EffectiveDated<AuthorisationBands> bands) {
    this.bands = requireNonNull(bands, "bands");
  }

  /** Which level must authorise {@code proposal} on {@code on}, and why. */
  public AuthorisationRequirement requirement(WriteOffProposal proposal, LocalDate on) {
    AuthorisationBands config = bands.on(on);
    String configuration = config.council() + " write-off bands (" + config.source() + ")";
    Optional<AuthorisationBand> band =
        config.bandFor(proposal.amount(), proposal.reason(), proposal.debtorResponded());
    if (band.isEmpty()) {
      return new AuthorisationRequirement(
          Optional.empty(),
          ImmutableList.of(
              "no band covers a write-off for "
                  + proposal.reason().displayName()
                  + " in "
                  + configuration));
    }
    AuthorisationLevel level = band.get().level();
    return new AuthorisationRequirement(
        band,
        ImmutableList.of(
            proposal.amount().format()
                + " for "
                + proposal.reason().displayName()
                + " falls in the band "
                + band.get().describe()
                + " of "
                + configuration,
            level.isAutomatic()
                ? "written off automatically, with no officer"
                : "needs authorisation by " + level.name() + " (level " + level.rank() + ")"));
  }

  /** {@code proposal} recorded as proposed, with the level it needs on its proposal date. */
  public WriteOffRecord propose(WriteOffProposal proposal) {
    return WriteOffRecord.proposed(proposal, requirement(proposal, proposal.proposedOn()));
  }

  /**
   * {@code signatory}'s authorisation of {@code record} on {@code on}, against the account's {@code
   * ledger}. Every reason for refusal is given, not only the first.
   */
  public AuthorisationOutcome authorise(
      WriteOffRecord record, Signatory signatory, Ledger ledger, LocalDate on) {
    ImmutableList.Builder<String> refusals = ImmutableList.builder();
    AuthorisationRequirement required = common(record, ledger, on, refusals);
    OfficerId maker = record.proposal().proposedBy();
    if (signatory.officer().equals(maker)) {
      refusals.add(
          "the authoriser must be a different officer from the proposer, and "
              + signatory.officer()
              + " proposed it");
    }
    required
        .level()
        .filter(level -> !signatory.level().covers(level))
        .ifPresent(
            level ->
                refusals.add(
                    signatory.officer()
                        + " holds "
                        + signatory.level()
                        + ", below "
                        + level
                        + " which this write-off needs"));
    ImmutableList<String> refused = refusals.build();
    if (!refused.isEmpty()) {
      return new AuthorisationOutcome.Refused(
          record,
          ImmutableList.<String>builder().addAll(refused).addAll(required.reasons()).build());
    }
    String who =
        "authorised by "
            + signatory.officer()
            + " holding "
            + signatory.level()
            + "; proposed by "
            + maker;
    return authorised(
        record, required, on, Optional.of(signatory.officer()), signatory.officer().value(), who);
  }

  /**
   * The automatic authorisation of {@code record} on {@code on}, for a write-off in an automatic
   * band (such as Gateshead's balances under £30 with no response); refused otherwise.
   */
  public AuthorisationOutcome authoriseAutomatically(
      WriteOffRecord record, Ledger ledger, LocalDate on) {
    ImmutableList.Builder<String> refusals = ImmutableList.builder();
    AuthorisationRequirement required = common(record, ledger, on, refusals);
    if (required.covered() && !required.automatic()) {
      refusals.add("the write-off is not in an automatic band: an officer must authorise it");
    }
    ImmutableList<String> refused = refusals.build();
    if (!refused.isEmpty()) {
      return new AuthorisationOutcome.Refused(
          record,
          ImmutableList.<String>builder().addAll(refused).addAll(required.reasons()).build());
    }
    String council = bands.on(on).council();
    return authorised(
        record,
        required,
        on,
        Optional.empty(),
        "automatic (" + council + " write-off bands)",
        "authorised automatically; proposed by " + record.proposal().proposedBy());
  }

  /**
   * {@code by}'s decision not to authorise {@code record} on {@code on}, for {@code reason}.
   *
   * @throws IllegalStateException if the write-off is not proposed
   * @throws IllegalArgumentException if {@code on} is before the proposal
   */
  public WriteOffRecord decline(WriteOffRecord record, OfficerId by, LocalDate on, String reason) {
    if (on.isBefore(record.proposal().proposedOn())) {
      throw new IllegalArgumentException(
          "write-off "
              + record.reference()
              + ": declined on "
              + on
              + " before it was proposed on "
              + record.proposal().proposedOn());
    }
    return record.declined(on, by, "declined: " + reason);
  }

  private AuthorisationRequirement common(
      WriteOffRecord record, Ledger ledger, LocalDate on, ImmutableList.Builder<String> refusals) {
    WriteOffProposal proposal = record.proposal();
    if (record.state() != WriteOffState.PROPOSED) {
      refusals.add("write-off " + record.reference() + " is " + record.state() + ", not PROPOSED");
    }
    if (on.isBefore(proposal.proposedOn())) {
      refusals.add(
          "authorisation on " + on + " is before the proposal on " + proposal.proposedOn());
    }
    if (!ledger.account().equals(proposal.account())) {
      refusals.add(
          "the ledger is of account "
              + ledger.account()
              + ", not the write-off's account "
              + proposal.account());
    } else {
      Money balance = ledger.balanceAt(on);
      if (proposal.amount().isGreaterThan(balance)) {
        refusals.add(
            "the amount "
                + proposal.amount().format()
                + " is more than the balance of "
                + balance.format()
                + " on "
                + on);
      }
    }
    AuthorisationRequirement required = requirement(proposal, on);
    if (!required.covered()) {
      refusals.add("the council's bands do not cover this reason: it cannot be authorised");
    }
    return required;
  }

  private static AuthorisationOutcome authorised(
      WriteOffRecord record,
      AuthorisationRequirement required,
      LocalDate on,
      Optional<OfficerId> by,
      String authorisedBy,
      String who) {
    WriteOffProposal proposal = record.proposal();
    WriteOff entry =
        WriteOff.builder()
            .date(on)
            .amount(proposal.amount())
            .reason(proposal.reason())
            .authorisedBy(authorisedBy)
            .allocateTo(proposal.allocateTo())
            .externalReference(proposal.reference().value())
            .build();
    ImmutableList<String> reasons =
        ImmutableList.<String>builder().addAll(required.reasons()).add(who).build();
    return new AuthorisationOutcome.Authorised(
        record.authorised(on, by, String.join("; ", reasons), entry), entry, reasons);
  }
}
