package org.homeownership.recovery.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link Money#format} clones one formatter set up once instead of asking the locale for a new one
 * on every call: the text is exactly what a new en-GB pound formatter gives, for any amount, and
 * from many threads at once.
 */
class MoneyFormatCloneTest {

  private static String fresh(Money money) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
    format.setCurrency(java.util.Currency.getInstance("GBP"));
    return format.format(money.pounds());
  }

  @Test
  void formatsAsANewFormatterDoes() {
    qt().forAll(longs().between(-Long.MAX_VALUE, Long.MAX_VALUE))
        .checkAssert(
            pence -> {
              Money money = Money.ofPence(pence);
              assertThat(money.format()).isEqualTo(fresh(money));
            });
  }

  @Test
  void formatsTheSameFromManyThreadsAtOnce() {
    List<String> texts =
        IntStream.range(0, 20_000)
            .parallel()
            .mapToObj(i -> Money.ofPence(i * 1_234_567L - 9_999_999L).format())
            .toList();
    for (int i = 0; i < texts.size(); i++) {
      assertThat(texts.get(i)).isEqualTo(fresh(Money.ofPence(i * 1_234_567L - 9_999_999L)));
    }
  }
}
