package org.homeownership.recovery.writeoff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;

/**
 * A council's write-off authorisation bands (LAW-AND-PRACTICE.md §12.3): for each reason it covers,
 * which level must authorise a write-off of each amount. Council configuration: the examples here
 * ({@link #welwynHatfield()}, {@link #gateshead()}, {@link #uttlesford()}) are each named with
 * their council and source, and a council builds its own with the constructor. Wrap one in {@link
 * org.homeownership.recovery.config.EffectiveDated} from the date the council adopted it.
 *
 * <p>On building, the bands must cover every amount from £0.01 up, for each reason covered and
 * whether or not the debtor responded, exactly once: no gap and no overlap. A reason no band names
 * (often {@link WriteOffReason#OTHER}) is not covered, and a proposal for it cannot be authorised
 * under this configuration.
 *
 * @param council the council whose policy it is
 * @param source where the bands come from
 * @param bands the bands
 */
public record AuthorisationBands(
    String council, String source, ImmutableList<AuthorisationBand> bands) {

  /** The five reasons LAW-AND-PRACTICE.md §12.3 names. */
  public static final ImmutableSet<WriteOffReason> NAMED_REASONS =
      ImmutableSet.of(
          WriteOffReason.UNECONOMICAL_TO_PURSUE,
          WriteOffReason.DECEASED_NO_ESTATE,
          WriteOffReason.BANKRUPT,
          WriteOffReason.UNTRACED,
          WriteOffReason.STATUTE_BARRED);

  private static final Money PENNY = Money.ofPence(1);

  /**
   * Checks the bands cover every amount exactly once for each reason covered.
   *
   * @throws IllegalArgumentException naming the council, the reason and the amount where bands
   *     leave a gap or overlap
   */
  public AuthorisationBands {
    requireNonNull(council, "council");
    requireNonNull(source, "source");
    requireNonNull(bands, "bands");
    if (council.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("authorisation bands need a council and a source");
    }
    if (bands.isEmpty()) {
      throw new IllegalArgumentException(council + ": no authorisation bands");
    }
    Set<WriteOffReason> covered = EnumSet.noneOf(WriteOffReason.class);
    bands.forEach(b -> covered.addAll(b.reasons()));
    for (WriteOffReason reason : covered) {
      for (boolean responded : new boolean[] {false, true}) {
        checkCoverage(council, bands, reason, responded);
      }
    }
  }

  private static void checkCoverage(
      String council, List<AuthorisationBand> bands, WriteOffReason reason, boolean responded) {
    List<AuthorisationBand> applying = new ArrayList<>();
    for (AuthorisationBand band : bands) {
      if (band.reasons().contains(reason) && band.response().admits(responded)) {
        applying.add(band);
      }
    }
    applying.sort(Comparator.comparing(AuthorisationBand::from));
    String where =
        council
            + ", "
            + reason.displayName()
            + (responded ? ", debtor responded" : ", debtor not responded");
    Optional<Money> next = Optional.of(PENNY);
    for (AuthorisationBand band : applying) {
      if (next.isEmpty()) {
        throw new IllegalArgumentException(
            where + ": band from " + band.from().format() + " overlaps an open-ended band");
      }
      if (!band.from().equals(next.get())) {
        throw new IllegalArgumentException(
            where
                + ": bands "
                + (band.from().isGreaterThan(next.get()) ? "leave a gap" : "overlap")
                + " at "
                + next.get().format()
                + " (next band starts at "
                + band.from().format()
                + ")");
      }
      next = band.below();
    }
    if (next.isPresent()) {
      throw new IllegalArgumentException(
          where + ": no band covers " + next.get().format() + " and above");
    }
  }

  /** The reasons some band covers. */
  public ImmutableSet<WriteOffReason> reasons() {
    Set<WriteOffReason> covered = EnumSet.noneOf(WriteOffReason.class);
    bands.forEach(b -> covered.addAll(b.reasons()));
    return ImmutableSet.copyOf(covered);
  }

  /** The levels the bands name, lowest first. */
  public ImmutableList<AuthorisationLevel> levels() {
    return bands.stream()
        .map(AuthorisationBand::level)
        .distinct()
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every band that holds a write-off of {@code amount} for {@code reason}: one, or none if the
   * reason is not covered.
   */
  public ImmutableList<AuthorisationBand> matching(
      Money amount, WriteOffReason reason, boolean debtorResponded) {
    return bands.stream()
        .filter(b -> b.matches(amount, reason, debtorResponded))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The band that holds a write-off of {@code amount} for {@code reason}, if the reason is covered.
   */
  public Optional<AuthorisationBand> bandFor(
      Money amount, WriteOffReason reason, boolean debtorResponded) {
    return matching(amount, reason, debtorResponded).stream().findFirst();
  }

  /**
   * Welwyn Hatfield's former tenant arrears write-off limits, an example configuration
   * (LAW-AND-PRACTICE.md §12.3; https://www.welhat.gov.uk/policies/former-tenant-arrears/6): under
   * £50 uneconomical to pursue, the line manager; up to £5,000, officers; under £10,000, the S151
   * officer with the Executive Member; £10,000 to £49,999, the Executive Member; £50,000 and above,
   * Cabinet. "£10,000–£49,999" is read as up to but not including £50,000, so that it meets the
   * next band with no gap in pence. The policy's 28- and 56-day waits for deceased debtors and
   * three months with a collection agent are not modelled here.
   */
  public static AuthorisationBands welwynHatfield() {
    AuthorisationLevel lineManager = AuthorisationLevel.of(1, "line manager");
    AuthorisationLevel officers = AuthorisationLevel.of(2, "officers");
    AuthorisationLevel s151 = AuthorisationLevel.of(3, "S151 officer with the Executive Member");
    AuthorisationLevel member = AuthorisationLevel.of(4, "Executive Member");
    AuthorisationLevel cabinet = AuthorisationLevel.of(5, "Cabinet");
    ImmutableSet<WriteOffReason> uneconomical =
        ImmutableSet.of(WriteOffReason.UNECONOMICAL_TO_PURSUE);
    ImmutableSet<WriteOffReason> others =
        ImmutableSet.of(
            WriteOffReason.DECEASED_NO_ESTATE,
            WriteOffReason.BANKRUPT,
            WriteOffReason.UNTRACED,
            WriteOffReason.STATUTE_BARRED);
    return new AuthorisationBands(
        "Welwyn Hatfield",
        "LAW-AND-PRACTICE.md §12.3; https://www.welhat.gov.uk/policies/former-tenant-arrears/6",
        ImmutableList.of(
            AuthorisationBand.of(uneconomical, PENNY, pounds(50), lineManager),
            AuthorisationBand.of(uneconomical, pounds(50), pounds(5_000), officers),
            AuthorisationBand.of(others, PENNY, pounds(5_000), officers),
            AuthorisationBand.of(NAMED_REASONS, pounds(5_000), pounds(10_000), s151),
            AuthorisationBand.of(NAMED_REASONS, pounds(10_000), pounds(50_000), member),
            AuthorisationBand.from(NAMED_REASONS, pounds(50_000), cabinet)));
  }

  /**
   * Gateshead's automatic write-off of small balances, an example configuration
   * (LAW-AND-PRACTICE.md §12.3;
   * https://www.gateshead.gov.uk/article/36032/11-Supporting-information-Appendix-3-Write-off-and-set-aside):
   * a balance under £30 with no response is written off automatically (for uneconomical-to-pursue
   * and untraced write-offs), and reinstated if the debtor is traced. Gateshead's levels for
   * everything else are UNCONFIRMED (not in the sources read): they are one level, "officer under
   * the council's scheme of delegation (UNCONFIRMED)", which a council replaces with its own.
   */
  public static AuthorisationBands gateshead() {
    AuthorisationLevel delegated =
        AuthorisationLevel.of(1, "officer under the council's scheme of delegation (UNCONFIRMED)");
    ImmutableSet<WriteOffReason> noResponse =
        ImmutableSet.of(WriteOffReason.UNECONOMICAL_TO_PURSUE, WriteOffReason.UNTRACED);
    ImmutableSet<WriteOffReason> others =
        ImmutableSet.of(
            WriteOffReason.DECEASED_NO_ESTATE,
            WriteOffReason.BANKRUPT,
            WriteOffReason.STATUTE_BARRED);
    return new AuthorisationBands(
        "Gateshead",
        "LAW-AND-PRACTICE.md §12.3;"
            + " https://www.gateshead.gov.uk/article/36032/11-Supporting-information-Appendix-3-Write-off-and-set-aside",
        ImmutableList.of(
            AuthorisationBand.of(noResponse, PENNY, pounds(30), AuthorisationLevel.AUTOMATIC)
                .when(ResponseCondition.NO_RESPONSE),
            AuthorisationBand.of(noResponse, PENNY, pounds(30), delegated)
                .when(ResponseCondition.RESPONDED),
            AuthorisationBand.from(noResponse, pounds(30), delegated),
            AuthorisationBand.from(others, PENNY, delegated)));
  }

  /**
   * Uttlesford's write-off limits, an example configuration (LAW-AND-PRACTICE.md §12.3;
   * https://uttlesford.moderngov.co.uk/ieDecisionDetails.aspx?Id=116): up to and including £10,000,
   * the Chief Finance Officer; above, Cabinet.
   */
  public static AuthorisationBands uttlesford() {
    AuthorisationLevel cfo = AuthorisationLevel.of(1, "Chief Finance Officer");
    AuthorisationLevel cabinet = AuthorisationLevel.of(2, "Cabinet");
    Money above = pounds(10_000).plus(PENNY);
    return new AuthorisationBands(
        "Uttlesford",
        "LAW-AND-PRACTICE.md §12.3; https://uttlesford.moderngov.co.uk/ieDecisionDetails.aspx?Id=116",
        ImmutableList.of(
            AuthorisationBand.of(NAMED_REASONS, PENNY, above, cfo),
            AuthorisationBand.from(NAMED_REASONS, above, cabinet)));
  }

  /** Every example configuration shipped. */
  public static ImmutableList<AuthorisationBands> examples() {
    return ImmutableList.of(welwynHatfield(), gateshead(), uttlesford());
  }

  private static Money pounds(long pounds) {
    return Money.ofPence(Math.multiplyExact(pounds, 100));
  }
}
