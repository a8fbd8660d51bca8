package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.OFFICER;
import static org.homeownership.recovery.recoverycase.Fixtures.at;
import static org.homeownership.recovery.recoverycase.Fixtures.d;
import static org.homeownership.recovery.recoverycase.Fixtures.file;
import static org.homeownership.recovery.recoverycase.Fixtures.ledger;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceFigures;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceOutcome;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceRules;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.MoratoriumKind;
import org.junit.jupiter.api.Test;

/** Breathing space dates and effects (SI 2020/1311; LAW-AND-PRACTICE.md §7). */
class BreathingSpaceTest {

  private static final BreathingSpaceRules RULES =
      new BreathingSpaceRules(BreathingSpaceFigures.statutory());

  private static Hold.BreathingSpace started(BreathingSpaceOutcome outcome) {
    assertThat(outcome).isInstanceOf(BreathingSpaceOutcome.Started.class);
    return ((BreathingSpaceOutcome.Started) outcome).hold();
  }

  @Test
  void aStandardBreathingSpaceStartsTheDayAfterRegistrationAndLastsSixtyDays() {
    Hold.BreathingSpace space =
        started(RULES.standard(d("2025-03-07"), d("2025-03-10"), List.of(), OFFICER));

    assertThat(space.terms().start()).isEqualTo(d("2025-03-11"));
    assertThat(space.terms().until()).contains(d("2025-05-09"));
    // reg 27: not within days 1–25, before the end of day 35: days 26–35
    assertThat(space.midwayReview())
        .contains(DateRange.inclusive(d("2025-04-05"), d("2025-04-14")));
    assertThat(space.terms().review()).contains(d("2025-04-05"));
    assertThat(space.isInForceOn(d("2025-03-10"))).isFalse();
    assertThat(space.isInForceOn(d("2025-03-11"))).isTrue();
    assertThat(space.isInForceOn(d("2025-05-09"))).isTrue();
    assertThat(space.isInForceOn(d("2025-05-10"))).isFalse();
    assertThat(space.moratorium()).isEqualTo(MoratoriumKind.STANDARD);
  }

  @Test
  void debtsOwedAtTheApplicationDateAreProtectedAndLaterChargesAreNot() {
    Hold.BreathingSpace space =
        started(RULES.standard(d("2025-03-07"), d("2025-03-10"), List.of(), OFFICER));

    assertThat(space.protects(d("2025-03-06"))).isTrue();
    assertThat(space.protects(d("2025-03-07"))).isTrue();
    assertThat(space.protects(d("2025-03-08"))).isFalse();
  }

  @Test
  void aSecondStandardBreathingSpaceWithinTwelveMonthsIsRefused() {
    Hold.BreathingSpace first =
        started(RULES.standard(d("2024-05-28"), d("2024-05-31"), List.of(), OFFICER));
    assertThat(first.terms().until()).contains(d("2024-07-30"));

    BreathingSpaceOutcome dayBefore =
        RULES.standard(d("2025-07-30"), d("2025-07-31"), List.of(first), OFFICER);
    BreathingSpaceOutcome onTheDay =
        RULES.standard(d("2025-07-31"), d("2025-08-01"), List.of(first), OFFICER);

    assertThat(dayBefore).isInstanceOf(BreathingSpaceOutcome.Refused.class);
    assertThat(dayBefore.checks())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.met()).isFalse();
              assertThat(c.required()).isEqualTo("none in force from 2024-07-30 to 2025-07-29");
              assertThat(c.actual()).isEqualTo("one from 2024-06-01 to 2024-07-30");
            });
    assertThat(started(onTheDay).terms().start()).isEqualTo(d("2025-08-02"));
  }

  @Test
  void aMentalHealthCrisisMoratoriumLastsTheTreatmentAndThirtyDaysWithNoTwelveMonthLimit() {
    Hold.BreathingSpace standard =
        started(RULES.standard(d("2025-01-02"), d("2025-01-03"), List.of(), OFFICER));
    BreathingSpaceOutcome.Started crisis =
        RULES.mentalHealthCrisis(d("2025-03-07"), d("2025-03-10"), Optional.empty(), OFFICER);

    assertThat(crisis.hold().terms().start()).isEqualTo(d("2025-03-11"));
    assertThat(crisis.hold().terms().until()).isEmpty();
    assertThat(standard.moratorium()).isEqualTo(MoratoriumKind.STANDARD);

    Hold.BreathingSpace ended = RULES.treatmentEnded(crisis.hold(), d("2025-04-20"));
    assertThat(ended.terms().until()).contains(d("2025-05-20"));
    assertThat(ended.moratorium()).isEqualTo(MoratoriumKind.MENTAL_HEALTH_CRISIS);
  }

  @Test
  void aCancellationTakesEffectTheDayAfterItIsRegistered() {
    Hold.BreathingSpace space =
        started(RULES.standard(d("2025-03-07"), d("2025-03-10"), List.of(), OFFICER));

    Hold.BreathingSpace cancelled = BreathingSpaceRules.cancelled(space, d("2025-04-01"));

    assertThat(cancelled.isInForceOn(d("2025-04-01"))).isTrue();
    assertThat(cancelled.isInForceOn(d("2025-04-02"))).isFalse();
  }

  @Test
  void theFiguresAreEffectiveDatedConfiguration() {
    EffectiveDated<BreathingSpaceFigures> amended =
        BreathingSpaceFigures.statutory()
            .withVersion(
                d("2030-01-01"), new BreathingSpaceFigures(90, 30, Period.ofMonths(12), 26, 35));
    BreathingSpaceRules rules = new BreathingSpaceRules(amended);

    assertThat(
            started(rules.standard(d("2029-12-31"), d("2030-01-02"), List.of(), OFFICER))
                .terms()
                .until())
        .contains(d("2030-03-03"));
    assertThat(
            started(rules.standard(d("2030-01-01"), d("2030-01-02"), List.of(), OFFICER))
                .terms()
                .until())
        .contains(d("2030-04-02"));
    assertThat(BreathingSpaceFigures.statutory().source()).contains("§7");
  }

  @Test
  void aBreathingSpaceHoldsTheCaseAndItsDaysDoNotCountAfterItEnds() {
    Ledger ledger = ledger().charge("2025-01-01", "500.00").charge("2025-04-01", "250.00").build();
    Hold.BreathingSpace space =
        started(RULES.standard(d("2025-02-05"), d("2025-02-06"), List.of(), OFFICER));
    RecoveryCase atReminder1 = at("REMINDER_1", "2025-02-01");
    CaseFile file = file(ledger, atReminder1).addHolds(space).build();

    Decision during = Fixtures.engine().decide(file, d("2025-04-02"));

    assertThat(during.outcome()).isEqualTo(new Outcome.OnHold(Fixtures.stage("REMINDER_1")));
    assertThat(during.holds())
        .singleElement()
        .extracting(HoldNote::effect)
        .isEqualTo(
            "moratorium debts (due on or before 2025-02-05) protected: no stage, demand or"
                + " enforcement; later charges still billed; midway review 2025-03-04 to"
                + " 2025-03-13");
    // held 7 Feb to 7 April (60 days): REMINDER_2 is due 1 Feb + 14 + 60 = 16 April
    assertThat(space.terms().until()).contains(d("2025-04-07"));
    assertThat(Fixtures.engine().decide(file, d("2025-04-08")).earliestNextDue())
        .contains(d("2025-04-16"));
    assertThat(Fixtures.engine().decide(file, d("2025-04-16")).kind())
        .isEqualTo(OutcomeKind.ACTION_DUE);
  }
}
