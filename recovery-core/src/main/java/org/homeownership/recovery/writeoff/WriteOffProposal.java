package org.homeownership.recovery.writeoff;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.immutables.value.Value;

/**
 * An officer's proposal to write off a debt on an account: how much, why, who proposed it and when.
 * The explanation is free text and may hold personal data: it is redacted from {@code toString}.
 * Build one with {@link #builder()}.
 *
 * <p>A statute-barred proposal gives the day the limitation period expired (LAW-AND-PRACTICE.md
 * §1.8: six years for service charges reserved as rent and for ground rent, twelve for service
 * charges not reserved as rent under a lease made by deed; an acknowledgment or part payment
 * restarts the period and a breathing space extends it). The officer works it out; it must be on or
 * before the proposal.
 */
@Value.Immutable
public abstract class WriteOffProposal {

  WriteOffProposal() {}

  /** A new builder. */
  public static ImmutableWriteOffProposal.Builder builder() {
    return ImmutableWriteOffProposal.builder();
  }

  /** The write-off's reference; the ledger entry carries it as its external reference. */
  public abstract WriteOffReference reference();

  /** The account. */
  public abstract AccountId account();

  /** The amount to write off; above zero. */
  public abstract Money amount();

  /** Why. */
  public abstract WriteOffReason reason();

  /** The officer who proposed it (the maker). */
  public abstract OfficerId proposedBy();

  /** The day it was proposed. */
  public abstract LocalDate proposedOn();

  /**
   * True if the debtor has responded to the council's letters and calls; some bands apply only when
   * the debtor has not (Gateshead, §12.3). The contact log tells: a contact that reached the debtor
   * ({@code ContactLog.lastContact}).
   */
  public abstract boolean debtorResponded();

  /** For a statute-barred write-off, the day the limitation period expired (§1.8). */
  public abstract Optional<LocalDate> limitationExpiredOn();

  /** The demand the write-off is aimed at, if any; the ledger entry is allocated to it first. */
  public abstract Optional<String> allocateTo();

  /** Why, in the officer's words. Personal data: redacted from {@code toString}. */
  @Value.Redacted
  public abstract String explanation();

  @Value.Check
  void check() {
    if (!amount().isPositive()) {
      throw new IllegalArgumentException(
          "write-off " + reference() + ": amount must be above zero, not " + amount().format());
    }
    if (explanation().isBlank()) {
      throw new IllegalArgumentException("write-off " + reference() + ": explanation is blank");
    }
    if (reason() == WriteOffReason.STATUTE_BARRED && limitationExpiredOn().isEmpty()) {
      throw new IllegalArgumentException(
          "write-off "
              + reference()
              + ": a statute-barred write-off needs limitationExpiredOn (LAW-AND-PRACTICE.md"
              + " §1.8)");
    }
    limitationExpiredOn()
        .filter(expired -> expired.isAfter(proposedOn()))
        .ifPresent(
            expired -> {
              throw new IllegalArgumentException(
                  "write-off "
                      + reference()
                      + ": limitationExpiredOn "
                      + expired
                      + " is after the proposal on "
                      + proposedOn()
                      + ": the debt is not yet statute-barred");
            });
  }
}
