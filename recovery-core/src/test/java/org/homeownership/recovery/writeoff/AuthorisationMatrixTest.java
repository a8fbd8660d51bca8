package org.homeownership.recovery.writeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.AUTHORISED;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.CHECKER;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.owing;
import static org.homeownership.recovery.writeoff.WriteOffFixtures.proposal;

import java.util.Map;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which level must authorise a write-off, one row per band boundary and reason, for each shipped
 * configuration (LAW-AND-PRACTICE.md §12.3): the amount, reason and whether the debtor responded;
 * the authoriser's rank; the level required; the decision; and the deciding reason. The authoriser
 * is never the proposer here (see {@link WriteOffMakerCheckerTest}).
 */
class AuthorisationMatrixTest {

  private static final Map<String, AuthorisationBands> CONFIGS =
      Map.of(
          "WELWYN",
          AuthorisationBands.welwynHatfield(),
          "GATESHEAD",
          AuthorisationBands.gateshead(),
          "UTTLESFORD",
          AuthorisationBands.uttlesford());

  @ParameterizedTest(name = "{0} {1} {2} responded={3}, authoriser rank {4} -> {5}, {6}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # council  | amount   | reason                 | responded | rank | required level                                                 | decision   | reason fragment
          WELWYN     | 0.01     | UNECONOMICAL_TO_PURSUE | false     | 1    | line manager                                                   | AUTHORISED | £0.01 for uneconomical to pursue falls in the band £0.01 up to but not including £50.00
          WELWYN     | 49.99    | UNECONOMICAL_TO_PURSUE | false     | 1    | line manager                                                   | AUTHORISED | needs authorisation by line manager (level 1)
          WELWYN     | 50.00    | UNECONOMICAL_TO_PURSUE | false     | 1    | officers                                                       | REFUSED    | holds rank 1 (level 1), below officers (level 2) which this write-off needs
          WELWYN     | 50.00    | UNECONOMICAL_TO_PURSUE | false     | 2    | officers                                                       | AUTHORISED | falls in the band £50.00 up to but not including £5,000.00 for uneconomical to pursue: officers
          WELWYN     | 49.99    | BANKRUPT               | false     | 1    | officers                                                       | REFUSED    | below officers (level 2)
          WELWYN     | 49.99    | BANKRUPT               | false     | 2    | officers                                                       | AUTHORISED | £0.01 up to but not including £5,000.00 for deceased with no estate, bankrupt, debtor untraced, statute-barred: officers
          WELWYN     | 4999.99  | DECEASED_NO_ESTATE     | false     | 2    | officers                                                       | AUTHORISED | needs authorisation by officers (level 2)
          WELWYN     | 5000.00  | DECEASED_NO_ESTATE     | false     | 2    | S151 officer with the Executive Member                         | REFUSED    | below S151 officer with the Executive Member (level 3)
          WELWYN     | 5000.00  | UNTRACED               | false     | 3    | S151 officer with the Executive Member                         | AUTHORISED | £5,000.00 up to but not including £10,000.00
          WELWYN     | 9999.99  | STATUTE_BARRED         | false     | 3    | S151 officer with the Executive Member                         | AUTHORISED | needs authorisation by S151 officer with the Executive Member (level 3)
          WELWYN     | 10000.00 | STATUTE_BARRED         | false     | 3    | Executive Member                                               | REFUSED    | below Executive Member (level 4)
          WELWYN     | 10000.00 | UNECONOMICAL_TO_PURSUE | false     | 4    | Executive Member                                               | AUTHORISED | £10,000.00 up to but not including £50,000.00
          WELWYN     | 49999.99 | BANKRUPT               | false     | 4    | Executive Member                                               | AUTHORISED | needs authorisation by Executive Member (level 4)
          WELWYN     | 50000.00 | BANKRUPT               | false     | 4    | Cabinet                                                        | REFUSED    | below Cabinet (level 5)
          WELWYN     | 50000.00 | UNTRACED               | false     | 5    | Cabinet                                                        | AUTHORISED | £50,000.00 and above
          WELWYN     | 10.00    | OTHER                  | false     | 5    |                                                                | REFUSED    | no band covers a write-off for other reason in Welwyn Hatfield write-off bands
          GATESHEAD  | 29.99    | UNTRACED               | false     | 0    | automatic (no officer)                                         | AUTHORISED | written off automatically, with no officer
          GATESHEAD  | 29.99    | UNECONOMICAL_TO_PURSUE | false     | 0    | automatic (no officer)                                         | AUTHORISED | where the debtor has not responded: automatic (no officer)
          GATESHEAD  | 29.99    | UNTRACED               | true      | 0    | officer under the council's scheme of delegation (UNCONFIRMED) | REFUSED    | below officer under the council's scheme of delegation (UNCONFIRMED) (level 1)
          GATESHEAD  | 29.99    | UNTRACED               | true      | 1    | officer under the council's scheme of delegation (UNCONFIRMED) | AUTHORISED | where the debtor has responded
          GATESHEAD  | 30.00    | UNTRACED               | false     | 0    | officer under the council's scheme of delegation (UNCONFIRMED) | REFUSED    | £30.00 and above
          GATESHEAD  | 29.99    | BANKRUPT               | false     | 0    | officer under the council's scheme of delegation (UNCONFIRMED) | REFUSED    | £0.01 and above for deceased with no estate, bankrupt, statute-barred
          UTTLESFORD | 10000.00 | DECEASED_NO_ESTATE     | false     | 1    | Chief Finance Officer                                          | AUTHORISED | £0.01 up to but not including £10,000.01
          UTTLESFORD | 10000.01 | DECEASED_NO_ESTATE     | false     | 1    | Cabinet                                                        | REFUSED    | below Cabinet (level 2)
          UTTLESFORD | 10000.01 | STATUTE_BARRED         | false     | 2    | Cabinet                                                        | AUTHORISED | £10,000.01 and above
          """)
  void theBandSaysWhoMustAuthorise(
      String council,
      String amount,
      WriteOffReason reason,
      boolean responded,
      int rank,
      String requiredLevel,
      String decision,
      String fragment) {
    AuthorisationBands bands = CONFIGS.get(council);
    WriteOffAuthoriser authoriser = WriteOffFixtures.authoriser(bands);
    WriteOffRecord proposed =
        authoriser.propose(proposal(amount, reason).debtorResponded(responded).build());

    AuthorisationRequirement required = proposed.requirement();
    AuthorisationOutcome outcome =
        required.automatic()
            ? authoriser.authoriseAutomatically(proposed, owing("60000.00"), AUTHORISED)
            : authoriser.authorise(
                proposed,
                new Signatory(CHECKER, AuthorisationLevel.of(rank, "rank " + rank)),
                owing("60000.00"),
                AUTHORISED);

    assertThat(required.level().map(AuthorisationLevel::name).orElse(null))
        .isEqualTo(requiredLevel);
    assertThat(outcome)
        .isInstanceOf(
            decision.equals("AUTHORISED")
                ? AuthorisationOutcome.Authorised.class
                : AuthorisationOutcome.Refused.class);
    assertThat(outcome.reasons()).anySatisfy(r -> assertThat(r).contains(fragment));
    assertThat(outcome.record().state())
        .isEqualTo(
            decision.equals("AUTHORISED") ? WriteOffState.AUTHORISED : WriteOffState.PROPOSED);
  }
}
