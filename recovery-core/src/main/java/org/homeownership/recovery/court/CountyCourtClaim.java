package org.homeownership.recovery.court;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeownership.recovery.interest.ParticularsOfInterest;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * A county court money claim (LAW-AND-PRACTICE.md §6.4): its number and issue date, the charges and
 * debt claimed, the interest claimed with its particulars (§6.5), the issue fee, the hearings and
 * the judgment. Build one with {@link #builder()}.
 *
 * <p>A claim is <em>live</em> from its issue until judgment or until it ends otherwise
 * (discontinued, settled, struck out, dismissed). A judgment covers the charges claimed.
 */
@Value.Immutable
public abstract class CountyCourtClaim {

  CountyCourtClaim() {}

  /** A new builder. */
  public static ImmutableCountyCourtClaim.Builder builder() {
    return ImmutableCountyCourtClaim.builder();
  }

  /** The claim number. */
  public abstract ClaimNumber claimNumber();

  /** The day the court issued the claim. */
  public abstract LocalDate issuedOn();

  /** The ledger charges the claim is for. */
  public abstract Set<EntryId> charges();

  /** The debt claimed, interest and fee apart. */
  public abstract Money debt();

  /** The interest claimed to the date of issue, with the figures CPR 16.4(2) requires, if any. */
  public abstract Optional<ParticularsOfInterest> interest();

  /** The issue fee paid (§6.4). */
  public abstract Money fee();

  /** The hearings listed. */
  public abstract List<Hearing> hearings();

  /** The judgment, once given. */
  public abstract Optional<Judgment> judgment();

  /** How the claim ended without judgment, if it did. */
  public abstract Optional<ClaimClosure> closure();

  /** The interest claimed to the date of issue; zero if none. */
  public final Money interestClaimed() {
    return interest().map(ParticularsOfInterest::total).orElse(Money.ZERO);
  }

  /** The amount claimed: the debt plus the interest, on which the issue fee is based (§6.4). */
  public final Money amountClaimed() {
    return debt().plus(interestClaimed());
  }

  /** The judgment, if it had been given by {@code date}. */
  public final Optional<Judgment> judgmentBy(LocalDate date) {
    return judgment().filter(j -> !j.on().isAfter(date));
  }

  /** True if the claim had been issued by {@code date} and had neither judgment nor closure. */
  public final boolean isLiveOn(LocalDate date) {
    return !issuedOn().isAfter(date)
        && judgmentBy(date).isEmpty()
        && closure().filter(c -> !c.on().isAfter(date)).isEmpty();
  }

  @Value.Check
  void check() {
    if (!debt().isPositive()) {
      throw new IllegalArgumentException(
          "claim " + claimNumber() + ": debt must be above zero, not " + debt());
    }
    if (fee().isNegative()) {
      throw new IllegalArgumentException("claim " + claimNumber() + ": fee is negative: " + fee());
    }
    interest()
        .filter(i -> i.to().isAfter(issuedOn()))
        .ifPresent(
            i -> {
              throw new IllegalArgumentException(
                  "claim "
                      + claimNumber()
                      + ": interest calculated to "
                      + i.to()
                      + ", after the issue date "
                      + issuedOn()
                      + " (CPR 16.4(2))");
            });
    judgment()
        .filter(j -> j.on().isBefore(issuedOn()))
        .ifPresent(
            j -> {
              throw new IllegalArgumentException(
                  "claim "
                      + claimNumber()
                      + ": judgment "
                      + j.on()
                      + " before issue "
                      + issuedOn());
            });
    closure()
        .filter(c -> c.on().isBefore(issuedOn()))
        .ifPresent(
            c -> {
              throw new IllegalArgumentException(
                  "claim " + claimNumber() + ": closure " + c.on() + " before issue " + issuedOn());
            });
    if (judgment().isPresent() && closure().isPresent()) {
      throw new IllegalArgumentException(
          "claim " + claimNumber() + " has both a judgment and a closure without judgment");
    }
  }
}
