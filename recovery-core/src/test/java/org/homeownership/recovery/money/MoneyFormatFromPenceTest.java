package org.homeownership.recovery.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/**
 * The en-GB form written straight from the pence is, byte for byte, what the JDK's en-GB pound
 * formatter writes: for amounts of every size, near the grouping boundaries, and at the ends of the
 * range.
 */
class MoneyFormatFromPenceTest {

  private static void sameAsTheFormatter(long pence) {
    assertThat(Money.formatFromPence(pence)).isEqualTo(Money.ofPence(pence).formatByNumberFormat());
    assertThat(Money.ofPence(pence).format()).isEqualTo(Money.formatFromPence(pence));
  }

  @Test
  void writesWhatTheFormatterWritesForAnyAmount() {
    qt().withExamples(5000)
        .forAll(longs().between(-Long.MAX_VALUE, Long.MAX_VALUE))
        .checkAssert(MoneyFormatFromPenceTest::sameAsTheFormatter);
  }

  @Test
  void writesWhatTheFormatterWritesForEverydayAmounts() {
    qt().withExamples(5000)
        .forAll(longs().between(-100_000_000L, 100_000_000L))
        .checkAssert(MoneyFormatFromPenceTest::sameAsTheFormatter);
  }

  @Test
  void writesWhatTheFormatterWritesAroundEachGroupingBoundary() {
    for (long power = 1; power > 0 && power <= Long.MAX_VALUE / 10; power *= 10) {
      for (long delta = -2; delta <= 2; delta++) {
        long pence = power + delta;
        sameAsTheFormatter(pence);
        sameAsTheFormatter(-pence);
      }
    }
    sameAsTheFormatter(0);
    sameAsTheFormatter(Long.MAX_VALUE);
    sameAsTheFormatter(-Long.MAX_VALUE);
  }
}
