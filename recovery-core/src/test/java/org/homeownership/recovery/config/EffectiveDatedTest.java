package org.homeownership.recovery.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

class EffectiveDatedTest {

  private static final EffectiveDated<Money> CAP =
      EffectiveDated.of(
          "mandatory reduction cap (London)",
          "LAW-AND-PRACTICE.md §3.1",
          Map.of(LocalDate.of(2014, 8, 12), Money.parse("15000.00")));

  @Test
  void eachVersionAppliesFromItsDateUntilTheNext() {
    EffectiveDated<Money> changed =
        CAP.withVersion(LocalDate.of(2030, 4, 1), Money.parse("16000.00"));

    assertThat(changed.find(LocalDate.of(2014, 8, 11))).isEmpty();
    assertThat(changed.on(LocalDate.of(2014, 8, 12))).isEqualTo(Money.parse("15000.00"));
    assertThat(changed.on(LocalDate.of(2030, 3, 31))).isEqualTo(Money.parse("15000.00"));
    assertThat(changed.on(LocalDate.of(2030, 4, 1))).isEqualTo(Money.parse("16000.00"));
    assertThat(CAP.on(LocalDate.of(2030, 4, 1))).isEqualTo(Money.parse("15000.00"));
  }

  @Test
  void askingBeforeTheFirstVersionNamesTheValueAndTheDates() {
    assertThatThrownBy(() -> CAP.on(LocalDate.of(2014, 1, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "mandatory reduction cap (London) has no version in force on 2014-01-01; the first"
                + " takes effect on 2014-08-12");
    assertThatThrownBy(() -> EffectiveDated.of("x", "y", Map.of())).hasMessage("x has no versions");
  }
}
