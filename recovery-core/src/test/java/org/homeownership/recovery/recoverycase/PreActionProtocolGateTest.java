package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.at;
import static org.homeownership.recovery.recoverycase.Fixtures.d;
import static org.homeownership.recovery.recoverycase.Fixtures.file;
import static org.homeownership.recovery.recoverycase.Fixtures.ledger;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.homeownership.recovery.recoverycase.gate.Enclosure;
import org.homeownership.recovery.recoverycase.gate.GateResult;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.gate.PreActionProtocolGate;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Pre-Action Protocol gate (LAW-AND-PRACTICE.md §6.2–§6.3): one row per case, with the
 * boundaries a day before, on and after each 30-day period. The letter of claim is dated 1 March
 * 2025, so the earliest claim date is 31 March 2025.
 */
class PreActionProtocolGateTest {

  private static final PreActionProtocolGate GATE =
      new PreActionProtocolGate(PreActionProtocolGate.protocolResponseDays());
  private static final LetterOfClaim LETTER = LetterOfClaim.sent(d("2025-03-01"));

  record Row(
      String name,
      Optional<LetterOfClaim> letter,
      String asOf,
      boolean open,
      Optional<String> earliest,
      String failing) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    LetterOfClaim advice = LETTER.withReplySeekingAdvice(d("2025-03-20"));
    LetterOfClaim documentsPending = LETTER.withDocuments(d("2025-03-10"), Optional.empty());
    LetterOfClaim documentsAndAdvice =
        advice.withDocuments(d("2025-03-10"), Optional.of(d("2025-04-01")));
    LetterOfClaim noReplyForm =
        LETTER.withEnclosures(
            ImmutableSet.of(
                Enclosure.STATEMENT_OF_ACCOUNT,
                Enclosure.INFORMATION_SHEET,
                Enclosure.FINANCIAL_STATEMENT));
    return Stream.of(
        new Row(
            "no letter of claim",
            Optional.empty(),
            "2025-06-01",
            false,
            Optional.empty(),
            "letter of claim sent (§6.2)"),
        new Row(
            "a letter dated after the as-of date",
            Optional.of(LETTER),
            "2025-02-28",
            false,
            Optional.empty(),
            "letter of claim sent (§6.2)"),
        new Row(
            "a day before 30 days",
            Optional.of(LETTER),
            "2025-03-30",
            false,
            Optional.of("2025-03-31"),
            "days since the letter of claim (§6.3)"),
        new Row("on the 30th day", Optional.of(LETTER), "2025-03-31", true, Optional.empty(), ""),
        new Row("a day after", Optional.of(LETTER), "2025-04-01", true, Optional.empty(), ""),
        new Row(
            "reply form missing from the enclosures",
            Optional.of(noReplyForm),
            "2025-06-01",
            false,
            Optional.empty(),
            "letter of claim enclosures (§6.2)"),
        new Row(
            "seeking debt advice: a day before 30 days from the reply",
            Optional.of(advice),
            "2025-04-18",
            false,
            Optional.of("2025-04-19"),
            "days since the reply form seeking debt advice (§6.3)"),
        new Row(
            "seeking debt advice: on the day",
            Optional.of(advice),
            "2025-04-19",
            true,
            Optional.empty(),
            ""),
        new Row(
            "seeking debt advice: a day after",
            Optional.of(advice),
            "2025-04-20",
            true,
            Optional.empty(),
            ""),
        new Row(
            "documents asked for and not supplied",
            Optional.of(documentsPending),
            "2025-06-01",
            false,
            Optional.empty(),
            "documents asked for supplied (§6.3)"),
        new Row(
            "documents supplied later than the reply: a day before",
            Optional.of(documentsAndAdvice),
            "2025-04-30",
            false,
            Optional.of("2025-05-01"),
            "days since the documents asked for were supplied (§6.3)"),
        new Row(
            "documents supplied later than the reply: on the day",
            Optional.of(documentsAndAdvice),
            "2025-05-01",
            true,
            Optional.empty(),
            ""),
        new Row(
            "documents supplied later than the reply: a day after",
            Optional.of(documentsAndAdvice),
            "2025-05-02",
            true,
            Optional.empty(),
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theGateOpensThirtyDaysAfterTheLaterOfTheLetterReplyAndDocuments(Row row) {
    GateResult result = GATE.check(row.letter(), d(row.asOf()));

    assertThat(result.open()).isEqualTo(row.open());
    assertThat(result.earliestOpen().map(Object::toString)).isEqualTo(row.earliest());
    assertThat(result.citation()).contains("§6.2–§6.3");
    if (row.open()) {
      assertThat(result.checks()).allMatch(ConditionCheck::met);
    } else {
      assertThat(result.checks())
          .filteredOn(c -> !c.met())
          .extracting(ConditionCheck::name)
          .contains(row.failing());
    }
  }

  @Test
  void theEngineReportsTheClosedGateAndWhenItOpens() {
    CaseFile file =
        file(ledger().charge("2025-01-01", "800.00").build(), at("LETTER_OF_CLAIM", "2025-03-01"))
            .letterOfClaim(LETTER.withReplySeekingAdvice(d("2025-03-20")))
            .build();

    Decision decision = Fixtures.engine().decide(file, d("2025-04-10"));

    assertThat(decision.outcome())
        .isEqualTo(
            new Outcome.GateClosed(
                Fixtures.engine().policy().ladderFor(file.stream()).orElseThrow().stages().get(5),
                PreActionProtocolGate.NAME));
    assertThat(decision.earliestNextDue()).contains(d("2025-04-19"));
    assertThat(decision.describe())
        .contains(
            "[not met] days since the reply form seeking debt advice (§6.3): required at least 30"
                + " (from 2025-03-20), actual 21");
  }
}
