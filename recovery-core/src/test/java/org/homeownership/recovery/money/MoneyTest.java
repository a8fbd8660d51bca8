package org.homeownership.recovery.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @ParameterizedTest(name = "{0} pence formats as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0          | £0.00",
        "1          | £0.01",
        "123456     | £1,234.56",
        "-500       | -£5.00",
        "100000000  | £1,000,000.00",
        "-123456789 | -£1,234,567.89"
      })
  void formatsInEnGbForm(long pence, String expected) {
    assertThat(Money.ofPence(pence).format()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}'' parses to {1} pence")
  @CsvSource({"1234.56, 123456", "-12.5, -1250", "7, 700", "0.01, 1", "' 3.10 ', 310", "-0, 0"})
  void parsesPlainPounds(String text, long pence) {
    assertThat(Money.parse(text).pence()).isEqualTo(pence);
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @CsvSource({"1.005", "£12.00", "'1,234.00'", "abc", "''", "1E+3", "0x10", "12.", ".5"})
  void refusesTextThatIsNotExactPounds(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount '" + text + "'");
  }

  @Test
  void arithmeticIsOverflowChecked() {
    Money max = Money.ofPence(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(Money.ofPence(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.negate().minus(Money.ofPence(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofPence(Long.MIN_VALUE)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void timesADecimalRoundsByTheNamedRule() {
    Money fee = Money.parse("1234.55");
    BigDecimal fifteenPercent = new BigDecimal("0.15");
    assertThat(fee.times(fifteenPercent, RoundingMode.HALF_UP)).isEqualTo(Money.parse("185.18"));
    assertThat(fee.times(fifteenPercent, RoundingMode.DOWN)).isEqualTo(Money.parse("185.18"));
    assertThat(Money.parse("0.10").times(new BigDecimal("0.25"), RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("0.03"));
    assertThat(Money.parse("0.10").times(new BigDecimal("0.25"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.parse("0.02"));
  }

  @Test
  void convertsFromJsr354OnlyGbpExactToThePenny() {
    assertThat(Money.of(org.javamoney.moneta.Money.of(new BigDecimal("12.30"), "GBP")))
        .isEqualTo(Money.ofPence(1230));
    assertThat(Money.of(FastMoney.of(5, "GBP"))).isEqualTo(Money.ofPence(500));
    assertThatThrownBy(() -> Money.of(org.javamoney.moneta.Money.of(10, "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount is in EUR, not GBP");
    assertThatThrownBy(
            () -> Money.of(org.javamoney.moneta.Money.of(new BigDecimal("0.125"), "GBP")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.125");
  }

  @Test
  void roundTripsThroughJsr354AndText() {
    qt().forAll(longs().between(-Long.MAX_VALUE, Long.MAX_VALUE))
        .checkAssert(
            pence -> {
              Money money = Money.ofPence(pence);
              MonetaryAmount edge = money.toMonetaryAmount();
              assertThat(edge.getCurrency().getCurrencyCode()).isEqualTo("GBP");
              assertThat(Money.of(edge)).isEqualTo(money);
              assertThat(Money.parse(money.toString())).isEqualTo(money);
            });
  }

  @Test
  void additionIsAssociativeAndNegationIsItsInverse() {
    long bound = Long.MAX_VALUE / 4;
    qt().forAll(
            longs().between(-bound, bound),
            longs().between(-bound, bound),
            longs().between(-bound, bound))
        .checkAssert(
            (a, b, c) -> {
              Money x = Money.ofPence(a);
              Money y = Money.ofPence(b);
              Money z = Money.ofPence(c);
              assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
              assertThat(x.plus(y).minus(y)).isEqualTo(x);
              assertThat(x.plus(x.negate())).isEqualTo(Money.ZERO);
              assertThat(x.abs().isNegative()).isFalse();
            });
  }
}
