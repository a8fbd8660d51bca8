package org.homeownership.recovery.court;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.homeownership.recovery.ledger.EntryId;

/**
 * Every court claim, tribunal application and enforcement application on one account.
 *
 * @param claims the county court claims
 * @param tribunalApplications the First-tier Tribunal applications
 * @param enforcements the enforcement applications, each on a recorded claim
 */
public record CourtCases(
    ImmutableList<CountyCourtClaim> claims,
    ImmutableList<TribunalApplication> tribunalApplications,
    ImmutableList<EnforcementApplication> enforcements) {

  /** Checks every part is given, claim numbers are unique and enforcement is on a known claim. */
  public CourtCases {
    requireNonNull(claims, "claims");
    requireNonNull(tribunalApplications, "tribunalApplications");
    requireNonNull(enforcements, "enforcements");
    Set<ClaimNumber> numbers = new HashSet<>();
    for (CountyCourtClaim claim : claims) {
      if (!numbers.add(claim.claimNumber())) {
        throw new IllegalArgumentException("claim " + claim.claimNumber() + " is recorded twice");
      }
    }
    for (EnforcementApplication e : enforcements) {
      if (!numbers.contains(e.claimNumber())) {
        throw new IllegalArgumentException(
            "enforcement application on claim " + e.claimNumber() + ", which is not recorded");
      }
    }
  }

  /** No cases. */
  public static CourtCases none() {
    return new CourtCases(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
  }

  /** These cases with {@code claim} added. */
  public CourtCases withClaim(CountyCourtClaim claim) {
    return new CourtCases(
        ImmutableList.<CountyCourtClaim>builder().addAll(claims).add(claim).build(),
        tribunalApplications,
        enforcements);
  }

  /** These cases with {@code application} added. */
  public CourtCases withTribunalApplication(TribunalApplication application) {
    return new CourtCases(
        claims,
        ImmutableList.<TribunalApplication>builder()
            .addAll(tribunalApplications)
            .add(application)
            .build(),
        enforcements);
  }

  /** These cases with {@code application} added. */
  public CourtCases withEnforcement(EnforcementApplication application) {
    return new CourtCases(
        claims,
        tribunalApplications,
        ImmutableList.<EnforcementApplication>builder()
            .addAll(enforcements)
            .add(application)
            .build());
  }

  /** True if nothing is recorded. */
  public boolean isEmpty() {
    return claims.isEmpty() && tribunalApplications.isEmpty() && enforcements.isEmpty();
  }

  /** The claim numbered {@code number}, if recorded. */
  public Optional<CountyCourtClaim> claim(ClaimNumber number) {
    return claims.stream().filter(c -> c.claimNumber().equals(number)).findFirst();
  }

  /** The claims live on {@code date}: issued, with neither judgment nor closure. */
  public ImmutableList<CountyCourtClaim> liveClaimsOn(LocalDate date) {
    return claims.stream().filter(c -> c.isLiveOn(date)).collect(ImmutableList.toImmutableList());
  }

  /** The claims with a judgment given by {@code date}. */
  public ImmutableList<CountyCourtClaim> judgmentsBy(LocalDate date) {
    return claims.stream()
        .filter(c -> c.judgmentBy(date).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /** The charges covered by a judgment given by {@code date}: the charges of those claims. */
  public ImmutableSet<EntryId> chargesCoveredByJudgment(LocalDate date) {
    return judgmentsBy(date).stream()
        .flatMap(c -> c.charges().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The tribunal applications live on {@code date}: made, neither determined nor withdrawn. */
  public ImmutableList<TribunalApplication> liveTribunalApplicationsOn(LocalDate date) {
    return tribunalApplications.stream()
        .filter(a -> a.isLiveOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /** The enforcement applications on {@code claim} without an outcome on {@code date}. */
  public ImmutableList<EnforcementApplication> pendingEnforcementsOn(
      ClaimNumber claim, LocalDate date) {
    return enforcements.stream()
        .filter(e -> e.claimNumber().equals(claim) && e.isPendingOn(date))
        .collect(ImmutableList.toImmutableList());
  }
}
