package org.homeownership.recovery.groundrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CLRA 2002 s.166 (LAW-AND-PRACTICE.md §5.1): the payment date window, as a condition matrix. */
class Section166RuleTest {

  static final EffectiveDated<NoticePeriod> S166 =
      EffectiveDated.from(
          LocalDate.of(2005, 2, 28),
          new NoticePeriod(30, 60),
          "s.166 notice period",
          "CLRA 2002 s.166(3); LAW-AND-PRACTICE.md §5.1");

  private static final LocalDate GIVEN = LocalDate.of(2026, 1, 5);

  private final Section166Rule rule = new Section166Rule(S166);

  static GroundRentNotice notice(LocalDate given, LocalDate payment, LocalDate leaseDue) {
    return new GroundRentNotice(
        AccountId.of("GR-1001"),
        DwellingId.of("FLAT-12"),
        "GRN-2026-0001",
        new DateRange(LocalDate.of(2025, 12, 25), LocalDate.of(2026, 6, 24)),
        Money.parse("125.00"),
        given,
        payment,
        leaseDue);
  }

  @ParameterizedTest(name = "payment at +{0} days, lease due at +{1} days -> valid {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # days after notice | lease due (days after notice) | valid | reasons (;-separated fragments)
          29 | 0   | false | is 29 days after the notice was given on 2026-01-05; it must be at least 30
          30 | 0   | true  | is 30 days after the notice was given on 2026-01-05 (from 30 to 60 allowed
          45 | 0   | true  | is 45 days after
          60 | 0   | true  | is 60 days after
          61 | 0   | false | is 61 days after the notice was given on 2026-01-05; it must be no more than 60
          30 | 30  | true  | and not before 2026-02-04, the date due under the lease
          40 | 45  | false | is before 2026-02-19, the date the rent is due under the lease
          45 | 45  | true  | is 45 days after
          60 | 61  | false | is before 2026-03-07;give the notice on or after 2026-01-06
          29 | 45  | false | it must be at least 30;is before 2026-02-19
          61 | -10 | false | it must be no more than 60
          """)
  void paymentDateMatrix(int paymentDays, int leaseDueDays, boolean valid, String fragments) {
    Section166Check check =
        rule.check(notice(GIVEN, GIVEN.plusDays(paymentDays), GIVEN.plusDays(leaseDueDays)));

    assertThat(check.valid()).isEqualTo(valid);
    assertThat(check.reasons()).allMatch(reason -> reason.startsWith("s.166(3): "));
    for (String fragment : fragments.split(";")) {
      assertThat(String.join("\n", check.reasons())).contains(fragment);
    }
  }

  @Test
  void reasonsNameTheConfiguredSource() {
    Section166Check check = rule.check(notice(GIVEN, GIVEN.plusDays(29), GIVEN));

    assertThat(check.reasons())
        .containsExactly(
            "s.166(3): payment date 2026-02-03 is 29 days after the notice was given on"
                + " 2026-01-05; it must be at least 30 (s.166 notice period: CLRA 2002 s.166(3);"
                + " LAW-AND-PRACTICE.md §5.1)");
  }

  @Test
  void windowRunsFromTheLaterOfThirtyDaysAndTheLeaseDateToSixtyDays() {
    PaymentDateWindow early = rule.window(GIVEN, LocalDate.of(2025, 12, 25));
    assertThat(early.earliest()).isEqualTo(LocalDate.of(2026, 2, 4));
    assertThat(early.latest()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(early.earliestNoticeDateForDueDate()).isEmpty();

    PaymentDateWindow late = rule.window(GIVEN, LocalDate.of(2026, 2, 20));
    assertThat(late.earliest()).isEqualTo(LocalDate.of(2026, 2, 20));
    assertThat(late.latest()).isEqualTo(LocalDate.of(2026, 3, 6));

    PaymentDateWindow tooEarly = rule.window(GIVEN, LocalDate.of(2026, 3, 25));
    assertThat(tooEarly.isEmpty()).isTrue();
    assertThat(tooEarly.earliestNoticeDateForDueDate()).contains(LocalDate.of(2026, 1, 24));
  }

  @Test
  void theNoticePeriodInForceOnTheNoticeDateApplies() {
    Section166Rule changed =
        new Section166Rule(S166.withVersion(LocalDate.of(2030, 1, 1), new NoticePeriod(28, 56)));
    LocalDate given = LocalDate.of(2030, 1, 1);

    assertThat(changed.check(notice(given, given.plusDays(28), given)).valid()).isTrue();
    assertThat(changed.check(notice(given, given.plusDays(57), given)).valid()).isFalse();
    assertThat(changed.check(notice(given.minusDays(1), given.plusDays(27), given)).valid())
        .isFalse();
    assertThatThrownBy(() -> rule.window(LocalDate.of(2004, 1, 1), GIVEN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("s.166 notice period has no version in force on 2004-01-01");
  }

  @Test
  void everyDateInTheWindowIsValidAndEveryDateOutsideIsNot() {
    qt().forAll(
            integers().between(0, 4000), integers().between(-90, 120), integers().between(0, 90))
        .checkAssert(
            (start, leaseOffset, paymentOffset) -> {
              LocalDate given = LocalDate.of(2015, 1, 1).plusDays(start);
              LocalDate leaseDue = given.plusDays(leaseOffset);
              LocalDate payment = given.plusDays(paymentOffset);
              PaymentDateWindow window = rule.window(given, leaseDue);
              boolean expected =
                  paymentOffset >= 30 && paymentOffset <= 60 && !payment.isBefore(leaseDue);
              assertThat(window.allows(payment)).isEqualTo(expected);
              assertThat(rule.check(notice(given, payment, leaseDue)).valid()).isEqualTo(expected);
            });
  }

  @Test
  void aValidNoticeRaisesGroundRentDueOnItsPaymentDateWithADeterministicReference() {
    GroundRentBilling billing = new GroundRentBilling(rule);
    GroundRentNotice notice = notice(GIVEN, LocalDate.of(2026, 2, 9), LocalDate.of(2025, 12, 25));

    GroundRentDemand demand = billing.demand(notice);

    Charge charge = demand.charge().orElseThrow();
    assertThat(charge.chargeType()).isEqualTo(ChargeType.GROUND_RENT);
    assertThat(charge.amount()).isEqualTo(Money.parse("125.00"));
    assertThat(charge.dateRaised()).isEqualTo(GIVEN);
    assertThat(charge.dueDate()).isEqualTo(LocalDate.of(2026, 2, 9));
    assertThat(charge.demandReference()).contains("GRN-2026-0001");
    assertThat(charge.externalReference()).contains("GR-FLAT-12-2025-12-25");
    assertThat(charge.periodCovered())
        .contains(new DateRange(LocalDate.of(2025, 12, 25), LocalDate.of(2026, 6, 24)));
    assertThat(billing.demand(notice).charge()).contains(charge);
    assertThat(demand.explanation())
        .contains(
            "Ground rent for 25 December 2025 to 23 June 2026: £125.00",
            "Valid payment dates: 2026-02-04 to 2026-03-06",
            "Payment date given by the notice: 2026-02-09");
  }

  @Test
  void anInvalidNoticeRaisesNoChargeAndSaysWhy() {
    GroundRentDemand demand =
        new GroundRentBilling(rule)
            .demand(notice(GIVEN, GIVEN.plusDays(20), LocalDate.of(2025, 12, 25)));

    assertThat(demand.charge()).isEmpty();
    assertThat(demand.explanation())
        .last()
        .isEqualTo("No charge raised: ground rent is not payable without a valid s.166 notice");
    assertThat(demand.check().reasons()).hasSize(1).first().asString().contains("at least 30");
  }

  @Test
  void noticePeriodBoundsAreChecked() {
    assertThatThrownBy(() -> new NoticePeriod(0, 60)).hasMessageContaining("minimumDays");
    assertThatThrownBy(() -> new NoticePeriod(30, 29)).hasMessageContaining("maximumDays");
    assertThat(S166.versions())
        .isEqualTo(Map.of(LocalDate.of(2005, 2, 28), new NoticePeriod(30, 60)));
  }
}
