package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DeemedService;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.homeownership.recovery.notice.DocumentStore;
import org.homeownership.recovery.notice.IssuedNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issuing a letter: the PDF stored, the record returned; a refused letter stores nothing. */
class NoticeIssuerIT {

  /** A document store in memory that hands out numbered references. */
  static final class MemoryStore implements DocumentStore {
    final List<byte[]> stored = new ArrayList<>();
    final List<String> hashes = new ArrayList<>();

    @Override
    public String store(AccountId account, String templateCode, String contentHash, byte[] pdf) {
      stored.add(pdf);
      hashes.add(contentHash);
      return "DOC-" + account.value() + "-" + stored.size();
    }
  }

  /** A stand-in for the deemed-service rules: two days after sending, whatever the method. */
  static final DeemedService TWO_DAYS_LATER = (sent, method) -> sent.toLocalDate().plusDays(2);

  private static final LocalDateTime POSTED = Fixtures.LETTER_DATE.atTime(15, 0);

  @Test
  void anIssuedNoticeRecordsTheTemplateTheHashTheDateTheMethodAndDeemedService() {
    MemoryStore store = new MemoryStore();
    NoticeIssuer issuer = new NoticeIssuer(Fixtures.composer(), store, TWO_DAYS_LATER);
    IssuedNotice notice = issuer.issue(Fixtures.letterOfClaim(), POSTED).orElseThrow();
    assertThat(store.stored).hasSize(1);
    byte[] pdf = store.stored.get(0);
    String sha256 = Hashing.sha256().hashBytes(pdf).toString();
    assertThat(notice)
        .isEqualTo(
            new IssuedNotice(
                Fixtures.ACCOUNT,
                "letter-of-claim",
                notice.templateVersion(),
                sha256,
                Fixtures.LETTER_DATE,
                ServiceMethod.FIRST_CLASS_POST,
                LocalDate.of(2026, 11, 26),
                "DOC-SC-100234-1"));
    assertThat(store.hashes).containsExactly(sha256);
    assertThat(pdf)
        .isEqualTo(Fixtures.composer().composePdf(Fixtures.letterOfClaim()).orElseThrow().bytes());
    assertThat(notice.templateVersion()).matches("sha256:[0-9a-f]{64}");
  }

  @Test
  void theServiceMethodIsTheLettersAndGoesToTheDeemedServiceRules() {
    List<ServiceMethod> asked = new ArrayList<>();
    DeemedService recording =
        (sent, method) -> {
          asked.add(method);
          return sent.toLocalDate();
        };
    NoticeIssuer issuer = new NoticeIssuer(Fixtures.composer(), new MemoryStore(), recording);
    Letter byEmail =
        new StatementOfAccountLetter(
            Fixtures.correspondence()
                .withParties(
                    List.of(
                        org.homeownership.recovery.account.Party.builder()
                            .from(Fixtures.party("P-1", "Ms Jane Smith"))
                            .email("jane@example.org")
                            .build()))
                .withDelivery(ServiceMethod.EMAIL),
            Fixtures.statement());
    IssuedNotice notice = issuer.issue(byEmail, POSTED).orElseThrow();
    assertThat(notice.serviceMethod()).isEqualTo(ServiceMethod.EMAIL);
    assertThat(notice.deemedServed()).isEqualTo(Fixtures.LETTER_DATE);
    assertThat(asked).containsExactly(ServiceMethod.EMAIL);
  }

  @Test
  void aRefusedLetterStoresNothing() {
    MemoryStore store = new MemoryStore();
    NoticeIssuer issuer = new NoticeIssuer(Fixtures.composer(), store, TWO_DAYS_LATER);
    LetterOfClaimLetter l = Fixtures.letterOfClaim();
    Letter noAddress =
        new LetterOfClaimLetter(
            l.correspondence().withAddress(null),
            l.claimReference(),
            l.claimableAmount(),
            l.nettedJudgment(),
            l.lease(),
            l.continuing(),
            l.instalmentsNotAcceptable(),
            l.replyTo(),
            l.statement(),
            l.figures());
    RenderResult<IssuedNotice> result = issuer.issue(noAddress, POSTED);
    assertThat(result.problems())
        .containsExactly(new Problem("correspondence.address", "is missing"));
    assertThat(store.stored).isEmpty();
  }

  @Test
  void aLetterCannotBeSentBeforeItsDate() {
    MemoryStore store = new MemoryStore();
    NoticeIssuer issuer = new NoticeIssuer(Fixtures.composer(), store, TWO_DAYS_LATER);
    RenderResult<IssuedNotice> early =
        issuer.issue(Fixtures.reminder(), Fixtures.LETTER_DATE.minusDays(1).atTime(23, 59));
    assertThat(early.problems())
        .containsExactly(new Problem("sentAt", "is before the letter's date"));
    assertThat(store.stored).isEmpty();
    assertThat(issuer.issue(Fixtures.reminder(), Fixtures.LETTER_DATE.atStartOfDay()).isRendered())
        .isTrue();
  }

  @Test
  void theTemplateVersionIsStableAndChangesWhenAnyTemplateTheLetterUsesChanges(@TempDir Path dir)
      throws IOException {
    LetterComposer jar = Fixtures.composer();
    String reminder = jar.templateVersion(Fixtures.reminder());
    assertThat(jar.templateVersion(Fixtures.reminder())).isEqualTo(reminder);
    assertThat(jar.templateVersion(Fixtures.finalReminder())).isNotEqualTo(reminder);

    Files.createDirectories(dir.resolve("partials"));
    Files.writeString(
        dir.resolve("partials/contact.peb"),
        "<h2>How to contact us</h2>\n<p>Call {{ letterhead.team }}.</p>\n");
    LetterComposer council =
        new LetterComposer(Fixtures.letterhead(), TemplateSource.councilDirectoryThenDefaults(dir));
    assertThat(council.templateVersion(Fixtures.reminder())).isNotEqualTo(reminder);

    Files.writeString(dir.resolve("partials/unused.peb"), "<p>not used by the reminder</p>\n");
    Files.delete(dir.resolve("partials/contact.peb"));
    assertThat(council.templateVersion(Fixtures.reminder())).isEqualTo(reminder);
  }

  @Test
  void theEnclosedSummarysDeclaredVersionIsPartOfTheTemplateVersion() {
    String version = Fixtures.composer().templateVersion(Fixtures.estimateDemand());
    assertThat(version)
        .matches("sha256:[0-9a-f]{64}\\+summary-of-rights-service-charges@TEST-SC-2");
  }

  @Test
  void theLetterOfClaimsVersionCoversItsEnclosures(@TempDir Path dir) throws IOException {
    String before = Fixtures.composer().templateVersion(Fixtures.letterOfClaim());
    Files.createDirectories(dir.resolve("partials"));
    Files.writeString(
        dir.resolve("partials/financial-statement.peb"), "<h1>Financial statement</h1>\n");
    LetterComposer council =
        new LetterComposer(Fixtures.letterhead(), TemplateSource.councilDirectoryThenDefaults(dir));
    assertThat(council.templateVersion(Fixtures.letterOfClaim())).isNotEqualTo(before);
  }
}
