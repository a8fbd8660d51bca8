package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldKind;
import org.junit.jupiter.api.Test;

/** A refused letter becomes a missing-data hold naming the letter and the fields. */
class MissingDataHoldsTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 24);

  @Test
  void aRefusedLetterHoldsTheCaseNamingEveryFieldButNoValue() {
    Letterhead noAddress =
        Letterhead.builder()
            .legalName(Fixtures.letterhead().legalName())
            .contact(Fixtures.letterhead().contact())
            .build();
    Letter reminder = Fixtures.reminder();
    List<Problem> problems =
        new LetterComposer(noAddress, Fixtures.templatesWithSummaries())
            .composeHtml(reminder)
            .problems();

    Hold.MissingData hold = MissingDataHolds.forRefusal(reminder, problems, ON);

    assertThat(hold.kind()).isEqualTo(HoldKind.MISSING_DATA);
    assertThat(hold.missing()).startsWith(reminder.templateCode() + ": ");
    assertThat(hold.missing()).contains("letterhead.addressForService");
    assertThat(hold.terms().start()).isEqualTo(ON);
    assertThat(hold.terms().until()).isEmpty();
    assertThat(hold.terms().setBy().automatic()).isTrue();
    assertThat(hold.terms().isInForceOn(ON.plusDays(30))).isTrue();
  }

  @Test
  void aLetterWithNoProblemsNeedsNoHold() {
    assertThatThrownBy(() -> MissingDataHolds.forRefusal(Fixtures.reminder(), List.of(), ON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs no missing-data hold");
  }
}
