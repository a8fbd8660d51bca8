package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.calendar.DeemedService;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.homeownership.recovery.notice.DocumentStore;
import org.homeownership.recovery.notice.IssuedNotice;

/**
 * Issues a letter: produces its PDF, hands the bytes to the host's {@link DocumentStore}, and
 * returns the {@link IssuedNotice} to keep: template and version, the SHA-256 of the bytes, the
 * date, how it was sent (the letter's {@link Correspondence#delivery()}) and the day it is deemed
 * served, from the {@link DeemedService} the host chose (the ordinary course of post for notices,
 * or CPR 6.26; LAW-AND-PRACTICE.md §1.9, §13).
 *
 * <p>A letter that fails its checks is refused with every problem and nothing is stored. So is one
 * whose sending time is before the letter's date. If the store throws, the exception propagates and
 * no notice is returned: the host must not record it as issued.
 */
public final class NoticeIssuer {

  private final LetterComposer composer;
  private final DocumentStore store;
  private final DeemedService deemedService;

  /**
   * An issuer producing letters with {@code composer}, keeping them in {@code store} and working
   * out service with {@code deemedService}.
   */
  public NoticeIssuer(LetterComposer composer, DocumentStore store, DeemedService deemedService) {
    this.composer = requireNonNull(composer, "composer");
    this.store = requireNonNull(store, "store");
    this.deemedService = requireNonNull(deemedService, "deemedService");
  }

  /**
   * Issues {@code letter}, sent at {@code sentAt} (posted, delivered, handed over or emailed; local
   * time in England) by the letter's own means of delivery.
   *
   * @return the record of the issued notice, or every problem that stopped it (nothing stored)
   * @throws LetterTemplateException if the template is missing or faulty
   */
  public RenderResult<IssuedNotice> issue(Letter letter, LocalDateTime sentAt) {
    requireNonNull(sentAt, "sentAt");
    List<Problem> problems = new ArrayList<>(composer.check(letter));
    LocalDate letterDate = letter.correspondence().letterDate();
    if (letterDate != null && sentAt.toLocalDate().isBefore(letterDate)) {
      problems.add(new Problem("sentAt", "is before the letter's date"));
    }
    if (!problems.isEmpty()) {
      return RenderResult.refused(problems);
    }
    PdfLetter pdf = composer.composePdf(letter).orElseThrow();
    Correspondence c = letter.correspondence();
    ServiceMethod method = c.delivery();
    String reference =
        store.store(requireNonNull(c.account()), pdf.templateCode(), pdf.sha256(), pdf.bytes());
    return RenderResult.rendered(
        new IssuedNotice(
            c.account(),
            pdf.templateCode(),
            composer.templateVersion(letter),
            pdf.sha256(),
            requireNonNull(letterDate),
            method,
            deemedService.deemedServed(sentAt, method),
            reference));
  }
}
