package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.at;
import static org.homeownership.recovery.recoverycase.Fixtures.d;
import static org.homeownership.recovery.recoverycase.Fixtures.file;
import static org.homeownership.recovery.recoverycase.Fixtures.ledger;

import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.junit.jupiter.api.Test;

/** The whole text of a decision, as an officer or an auditor reads it, byte for byte. */
class DecisionTextTest {

  @Test
  void aDecisionExplainsItselfInFull() {
    CaseFile file =
        file(
                ledger()
                    .charge("2025-01-01", "500.00")
                    .charge("2025-02-01", "250.00")
                    .payment("2025-03-01", "100.00")
                    .build(),
                at("LETTER_OF_CLAIM", "2025-03-15"))
            .letterOfClaim(LetterOfClaim.sent(d("2025-03-15")))
            .addHolds(
                new Hold.ChargeDispute(
                    HoldTerms.from(
                        d("2025-03-20"), "says the February bill is wrong", Fixtures.OFFICER),
                    EntryId.of(2)))
            .build();

    Decision decision = Fixtures.engine().decide(file, d("2025-04-10"));

    assertThat(decision.describe())
        .isEqualTo(
            String.join(
                "\n",
                "Account SC-1001 (Service charges) as of 2025-04-10: WAITING for COUNTY_COURT_CLAIM"
                    + " County court money claim",
                "  current stage: LETTER_OF_CLAIM",
                "  position: counted arrears £400.00 (outstanding £650.00; withheld or barred £0.00;"
                    + " disputed £250.00); oldest counted item due 2025-01-01, 99 days overdue",
                "  conditions:",
                "    [met] minimum arrears: required at least £0.01, actual £400.00",
                "    [met] minimum days overdue of the oldest unpaid item: required at least 0,"
                    + " actual 99 (due 2025-01-01)",
                "    [not met] minimum days since previous stage: required at least 30, actual 26"
                    + " (since 2025-03-15; held days left out: 0)",
                "  hold: Dispute on a charge from 2025-03-20 to open, set by HO-0042: charge 2 set"
                    + " aside; the rest of the debt goes on",
                "  next stage due no earlier than 2025-04-14"));
    assertThat(decision.describe()).doesNotContain("February bill");
  }
}
