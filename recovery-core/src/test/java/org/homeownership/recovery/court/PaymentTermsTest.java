package org.homeownership.recovery.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When a judgment's payment terms are in default: the debtor has the whole of a due date to pay, so
 * terms are in default from the day after a due date on which less had been paid than fell due. One
 * row per case, the day before, on and after each due date.
 */
class PaymentTermsTest {

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  private static final Money TOTAL = Money.parse("1000.00");
  private static final PaymentTerms IN_FULL = new PaymentTerms.InFull(d("2025-07-01"));
  private static final PaymentTerms MONTHLY =
      new PaymentTerms.Instalments(
          Money.parse("300.00"), InstalmentFrequency.MONTHLY, d("2025-07-01"));
  private static final PaymentTerms WEEKLY =
      new PaymentTerms.Instalments(
          Money.parse("300.00"), InstalmentFrequency.WEEKLY, d("2025-07-01"));

  record Row(
      String name,
      PaymentTerms terms,
      String paid,
      String asOf,
      boolean inDefault,
      Optional<String> defaultsAfter) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "in full: the day before",
            IN_FULL,
            "0.00",
            "2025-06-30",
            false,
            Optional.of("2025-07-02")),
        new Row(
            "in full: on the day", IN_FULL, "0.00", "2025-07-01", false, Optional.of("2025-07-02")),
        new Row(
            "in full: the day after",
            IN_FULL,
            "0.00",
            "2025-07-02",
            true,
            Optional.of("2025-07-03")),
        new Row(
            "in full: part paid, the day after",
            IN_FULL,
            "999.99",
            "2025-07-02",
            true,
            Optional.of("2025-07-03")),
        new Row(
            "in full: paid, the day after",
            IN_FULL,
            "1000.00",
            "2025-07-02",
            false,
            Optional.empty()),
        new Row(
            "monthly: first not paid, on its day",
            MONTHLY,
            "0.00",
            "2025-07-01",
            false,
            Optional.of("2025-07-02")),
        new Row(
            "monthly: first not paid, the day after",
            MONTHLY,
            "0.00",
            "2025-07-02",
            true,
            Optional.of("2025-07-03")),
        new Row(
            "monthly: first paid, the day before the second",
            MONTHLY,
            "300.00",
            "2025-07-31",
            false,
            Optional.of("2025-08-02")),
        new Row(
            "monthly: first paid, on the second's day",
            MONTHLY,
            "300.00",
            "2025-08-01",
            false,
            Optional.of("2025-08-02")),
        new Row(
            "monthly: first paid, the day after the second",
            MONTHLY,
            "300.00",
            "2025-08-02",
            true,
            Optional.of("2025-08-03")),
        new Row(
            "monthly: the last instalment is what remains",
            MONTHLY,
            "900.00",
            "2025-10-02",
            true,
            Optional.of("2025-10-03")),
        new Row("monthly: all paid", MONTHLY, "1000.00", "2026-01-01", false, Optional.empty()),
        new Row(
            "weekly: first paid, the day after the second",
            WEEKLY,
            "300.00",
            "2025-07-09",
            true,
            Optional.of("2025-07-10")),
        new Row(
            "weekly: first paid, on the second's day",
            WEEKLY,
            "300.00",
            "2025-07-08",
            false,
            Optional.of("2025-07-09")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void termsInDefault(Row row) {
    Money paid = Money.parse(row.paid());

    assertThat(row.terms().inDefault(TOTAL, paid, d(row.asOf()))).isEqualTo(row.inDefault());
    assertThat(row.terms().defaultsAfter(TOTAL, paid, d(row.asOf())).map(Object::toString))
        .isEqualTo(row.defaultsAfter());
  }

  @Test
  void instalmentsFallDueUpToTheTotal() {
    assertThat(MONTHLY.dueBy(TOTAL, d("2025-06-30"))).isEqualTo(Money.ZERO);
    assertThat(MONTHLY.dueBy(TOTAL, d("2025-07-01"))).isEqualTo(Money.parse("300.00"));
    assertThat(MONTHLY.dueBy(TOTAL, d("2025-09-01"))).isEqualTo(Money.parse("900.00"));
    assertThat(MONTHLY.dueBy(TOTAL, d("2025-10-01"))).isEqualTo(Money.parse("1000.00"));
    assertThat(MONTHLY.dueBy(TOTAL, d("2030-01-01"))).isEqualTo(Money.parse("1000.00"));
    assertThat(MONTHLY.describe()).isEqualTo("£300.00 monthly from 2025-07-01");
    assertThat(IN_FULL.describe()).isEqualTo("in full by 2025-07-01");
  }

  @Test
  void aJudgmentIsInDefaultOnlyFromItsDateAndCountsPaymentsByTheDate() {
    Judgment judgment =
        Judgment.of(
                d("2025-06-01"),
                JudgmentKind.DEFAULT,
                Money.parse("900.00"),
                Money.parse("60.00"),
                Money.parse("40.00"),
                MONTHLY)
            .withPayment(d("2025-07-01"), Money.parse("300.00"));

    assertThat(judgment.total()).isEqualTo(TOTAL);
    assertThat(judgment.paidBy(d("2025-06-30"))).isEqualTo(Money.ZERO);
    assertThat(judgment.unpaidOn(d("2025-07-01"))).isEqualTo(Money.parse("700.00"));
    assertThat(judgment.inDefaultOn(d("2025-08-01"))).isFalse();
    assertThat(judgment.inDefaultOn(d("2025-08-02"))).isTrue();
    assertThat(judgment.defaultsAfter(d("2025-07-15"))).contains(d("2025-08-02"));
  }

  @Test
  void badTermsNameTheValue() {
    assertThatThrownBy(
            () ->
                new PaymentTerms.Instalments(
                    Money.ZERO, InstalmentFrequency.WEEKLY, d("2025-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("instalment must be above zero: 0.00");
    assertThatThrownBy(
            () ->
                Judgment.of(
                    d("2025-01-01"),
                    JudgmentKind.DEFAULT,
                    Money.parse("-1.00"),
                    Money.ZERO,
                    Money.ZERO,
                    IN_FULL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("judgment amounts are negative: debt -1.00, interest 0.00, costs 0.00");
  }
}
