package org.homeownership.recovery.examples.payments;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.ExternalReferenceConflictException;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.PostingResult;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import org.homeownership.recovery.persistence.jdbc.Posting;

/**
 * Imports a payment file into the store: every row is checked first (the file's own rules, the
 * accounts, and each reference against what the account's ledger already holds); then, unless the
 * policy rejects a file with bad rows, the good rows are posted in one batch through {@link
 * JdbcStore#postAll}: all of them or none. Posting is idempotent by payment reference, so running
 * the same file again posts nothing new.
 */
public final class PaymentImport {

  private final JdbcStore store;

  /** An import into {@code store}. */
  public PaymentImport(JdbcStore store) {
    this.store = requireNonNull(store, "store");
  }

  /** Imports the payment file {@code text} under {@code policy}. */
  public ImportResult importFile(String text, BadRowPolicy policy) {
    PaymentFile file = PaymentFile.read(text, id -> store.find(id).isPresent());
    List<RowProblem> problems = new ArrayList<>(file.problems());
    List<PaymentRow> good = new ArrayList<>();
    Map<AccountId, Ledger> ledgers = new HashMap<>();
    for (PaymentRow row : file.rows()) {
      Ledger ledger = ledgers.computeIfAbsent(row.account(), store::ledger);
      try {
        ledger.check(row.payment());
        good.add(row);
      } catch (ExternalReferenceConflictException e) {
        Optional<PostedEntry> posted = ledger.findByExternalReference(row.payment().reference());
        problems.add(
            new RowProblem(
                row.line(),
                "reference",
                "'"
                    + row.payment().reference()
                    + "' is already posted to account "
                    + row.account()
                    + posted
                        .map(p -> " as entry " + p.id() + " dated " + p.entry().date())
                        .orElse("")
                    + " with other details"));
      }
    }
    problems.sort(
        java.util.Comparator.comparingInt(RowProblem::line).thenComparing(RowProblem::field));
    int rows = file.rows().size() + file.repeats() + (int) badRows(file.problems());
    if (!problems.isEmpty() && policy == BadRowPolicy.REJECT_FILE) {
      return new ImportResult(rows, 0, 0, file.repeats(), ImmutableList.copyOf(problems), true);
    }
    List<Posting> postings = good.stream().map(r -> new Posting(r.account(), r.payment())).toList();
    List<PostingResult> results = postings.isEmpty() ? List.of() : store.postAll(postings);
    int already = (int) results.stream().filter(PostingResult::alreadyPosted).count();
    return new ImportResult(
        rows,
        results.size() - already,
        already,
        file.repeats(),
        ImmutableList.copyOf(problems),
        false);
  }

  private static long badRows(List<RowProblem> problems) {
    return problems.stream()
        .filter(p -> !p.field().equals("header"))
        .map(RowProblem::line)
        .distinct()
        .count();
  }
}
