package org.homeownership.recovery.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.junit.jupiter.api.Test;

class IssuedNoticeTest {

  private static final String HASH =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 24);

  private static IssuedNotice notice(String hash, LocalDate deemed, String reference) {
    return new IssuedNotice(
        AccountId.of("SC-100234"),
        "letter-of-claim",
        "sha256:" + HASH,
        hash,
        ISSUED,
        ServiceMethod.FIRST_CLASS_POST,
        deemed,
        reference);
  }

  @Test
  void aNoticeDeemedServedOnOrAfterItsDateIsKept() {
    assertThat(notice(HASH, ISSUED, "DOC-1").deemedServed()).isEqualTo(ISSUED);
    assertThat(notice(HASH, ISSUED.plusDays(2), "DOC-1").documentReference()).isEqualTo("DOC-1");
  }

  @Test
  void deemedServiceBeforeTheIssueDateIsRefused() {
    assertThatThrownBy(() -> notice(HASH, ISSUED.minusDays(1), "DOC-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deemedServed 2026-11-23 is before issuedOn 2026-11-24");
  }

  @Test
  void theContentHashMustBeASha256InLowerCaseHex() {
    assertThatThrownBy(() -> notice(HASH.toUpperCase(java.util.Locale.ROOT), ISSUED, "DOC-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contentHash must be 64 lower-case hexadecimal digits");
    assertThatThrownBy(() -> notice(HASH.substring(1), ISSUED, "DOC-1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBlankDocumentReferenceIsRefused() {
    assertThatThrownBy(() -> notice(HASH, ISSUED, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("documentReference must not be blank");
  }

  @Test
  void theProtocolFiguresAreInForceFromOctober2017() {
    assertThat(LetterOfClaimFigures.protocol().find(LocalDate.of(2017, 9, 30))).isEmpty();
    assertThat(LetterOfClaimFigures.protocol().on(LocalDate.of(2017, 10, 1)))
        .isEqualTo(new LetterOfClaimFigures(30, 30, 30));
    assertThatThrownBy(() -> new LetterOfClaimFigures(0, 30, 30))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
