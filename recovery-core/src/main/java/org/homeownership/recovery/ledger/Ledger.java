package org.homeownership.recovery.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One account's append-only ledger: its posted entries in posting order. Immutable; {@link #append}
 * returns a new ledger.
 *
 * <p>It holds the posting rules ({@link #check}) that every {@link LedgerStore} applies, and
 * answers the questions a court asks: the balance on any date and a statement for any period.
 */
public final class Ledger {

  /** Orders entries as a statement lists them: by date, then in posting order. */
  public static final Comparator<PostedEntry> STATEMENT_ORDER =
      Comparator.comparing((PostedEntry p) -> p.entry().date()).thenComparing(PostedEntry::id);

  private final AccountId account;
  private final ImmutableList<PostedEntry> entries;

  /**
   * The entries' figures, made on first use and kept. Not volatile: like {@code String.hashCode},
   * two threads may each make them once, and {@link LedgerFigures}' fields are all final, so either
   * copy is seen whole.
   */
  private @Nullable LedgerFigures figures;

  private Ledger(AccountId account, ImmutableList<PostedEntry> entries) {
    this.account = requireNonNull(account, "account");
    this.entries = entries;
  }

  /** A ledger with no entries. */
  public static Ledger empty(AccountId account) {
    return new Ledger(account, ImmutableList.of());
  }

  /**
   * A ledger of entries already posted, such as those read back from storage.
   *
   * @throws IllegalArgumentException if the ids do not rise in the order given
   */
  public static Ledger of(AccountId account, List<PostedEntry> entries) {
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).id().compareTo(entries.get(i - 1).id()) <= 0) {
        throw new IllegalArgumentException(
            "account "
                + account
                + ": entry ids must rise in posting order, but "
                + entries.get(i).id()
                + " follows "
                + entries.get(i - 1).id());
      }
    }
    return new Ledger(account, ImmutableList.copyOf(entries));
  }

  /** The account this ledger belongs to. */
  public AccountId account() {
    return account;
  }

  /** Every posted entry, in posting order. */
  public ImmutableList<PostedEntry> entries() {
    return entries;
  }

  /**
   * The entries reduced to the figures that replaying their allocation needs ({@link
   * LedgerFigures}), made on first use and kept with this ledger; a ledger made by {@link #append}
   * from one whose figures were made has them already. Making them changes nothing else the ledger
   * answers.
   */
  public LedgerFigures figures() {
    LedgerFigures made = figures;
    if (made == null) {
      made = LedgerFigures.of(entries);
      figures = made;
    }
    return made;
  }

  /**
   * The position (in posting order) of the entry with the given id, or {@link
   * LedgerFigures#NOT_ON_LEDGER} if none has it. A binary search, as ids rise in posting order.
   */
  public int positionOf(EntryId id) {
    return positionOf(entries, id);
  }

  /** The position of {@code id} in {@code entries}, whose ids rise; -1 if it is not there. */
  static int positionOf(List<PostedEntry> entries, EntryId id) {
    long wanted = id.value();
    int low = 0;
    int high = entries.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      long value = entries.get(mid).id().value();
      if (value < wanted) {
        low = mid + 1;
      } else if (value > wanted) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return LedgerFigures.NOT_ON_LEDGER;
  }

  /** The entry with the given id, if it is on this ledger. */
  public Optional<PostedEntry> find(EntryId id) {
    return entries.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The entry posted with the given external reference, if any. */
  public Optional<PostedEntry> findByExternalReference(String externalReference) {
    return entries.stream()
        .filter(p -> p.entry().externalReference().filter(externalReference::equals).isPresent())
        .findFirst();
  }

  /**
   * Checks whether {@code entry} can be posted to this ledger.
   *
   * @return the entry already posted, if the same entry is already here (same external reference
   *     and same details, or the same reversal); empty if the entry is new and may be posted
   * @throws ExternalReferenceConflictException if its external reference is already posted with
   *     different details
   * @throws InvalidPostingException if it is a reversal of an entry that is not on this ledger, is
   *     already reversed, or does not match the entry it reverses
   */
  public Optional<PostedEntry> check(LedgerEntry entry) {
    Optional<String> reference = entry.externalReference();
    if (reference.isPresent()) {
      Optional<PostedEntry> existing = findByExternalReference(reference.get());
      if (existing.isPresent()) {
        if (!existing.get().entry().equals(entry)) {
          throw new ExternalReferenceConflictException(
              account.value(), reference.get(), existing.get().id());
        }
        return existing;
      }
    }
    if (entry instanceof Reversal reversal) {
      return checkReversal(reversal);
    }
    return Optional.empty();
  }

  private Optional<PostedEntry> checkReversal(Reversal reversal) {
    PostedEntry target =
        find(reversal.reverses())
            .orElseThrow(
                () ->
                    new InvalidPostingException(
                        "account "
                            + account
                            + ": reversal names entry "
                            + reversal.reverses()
                            + ", which is not on this account"));
    Optional<PostedEntry> earlier =
        entries.stream()
            .filter(
                p -> p.entry() instanceof Reversal r && r.reverses().equals(reversal.reverses()))
            .findFirst();
    if (earlier.isPresent()) {
      if (earlier.get().entry().equals(reversal)) {
        return earlier;
      }
      throw new InvalidPostingException(
          "account "
              + account
              + ": entry "
              + reversal.reverses()
              + " is already reversed by entry "
              + earlier.get().id());
    }
    LedgerEntry reversed = target.entry();
    if (reversed.kind() != reversal.reversedKind()
        || !reversed.amount().equals(reversal.amount())
        || reversed.direction() != reversal.direction().opposite()) {
      throw new InvalidPostingException(
          "account "
              + account
              + ": reversal of entry "
              + target.id()
              + " must be a "
              + reversal.direction()
              + " of "
              + reversed.amount()
              + " undoing a "
              + reversed.kind()
              + "; use Reversal.of(entry, date, reason)");
    }
    if (reversal.date().isBefore(reversed.date())) {
      throw new InvalidPostingException(
          "account "
              + account
              + ": reversal dated "
              + reversal.date()
              + " is before entry "
              + target.id()
              + " dated "
              + reversed.date());
    }
    return Optional.empty();
  }

  /**
   * A ledger with {@code posted} added at the end. Call {@link #check} first.
   *
   * @throws IllegalArgumentException if its id does not follow the last id
   */
  public Ledger append(PostedEntry posted) {
    if (!entries.isEmpty() && posted.id().compareTo(entries.get(entries.size() - 1).id()) <= 0) {
      throw new IllegalArgumentException(
          "account "
              + account
              + ": entry id "
              + posted.id()
              + " does not follow "
              + entries.get(entries.size() - 1).id());
    }
    Ledger appended =
        new Ledger(
            account, ImmutableList.<PostedEntry>builder().addAll(entries).add(posted).build());
    // Figures already made are carried on, so that a ledger kept in memory and swept every night
    // is not read entry by entry again because a payment was posted to it.
    LedgerFigures made = figures;
    if (made != null) {
      appended.figures = made.appended(appended.entries);
    }
    return appended;
  }

  /** The balance owed at the end of {@code date}: debits less credits dated on or before it. */
  public Money balanceAt(LocalDate date) {
    long pence = 0;
    for (PostedEntry posted : entries) {
      if (!posted.entry().date().isAfter(date)) {
        pence = Math.addExact(pence, posted.entry().signedAmount().pence());
      }
    }
    return Money.ofPence(pence);
  }

  /** The ids of the entries reversed by reversals dated on or before {@code date}. */
  public ImmutableSet<EntryId> reversedOn(LocalDate date) {
    ImmutableSet.Builder<EntryId> reversed = ImmutableSet.builder();
    for (PostedEntry posted : entries) {
      if (posted.entry() instanceof Reversal reversal && !reversal.date().isAfter(date)) {
        reversed.add(reversal.reverses());
      }
    }
    return reversed.build();
  }

  /**
   * The statement of account for {@code period}: the opening balance, each entry dated in the
   * period with its running balance, and the closing balance.
   */
  public Statement statement(DateRange period) {
    Money opening = balanceAt(period.start().minusDays(1));
    ImmutableList<PostedEntry> inPeriod =
        entries.stream()
            .filter(p -> period.contains(p.entry().date()))
            .sorted(STATEMENT_ORDER)
            .collect(ImmutableList.toImmutableList());
    ImmutableList.Builder<StatementLine> lines = ImmutableList.builder();
    Money running = opening;
    for (PostedEntry posted : inPeriod) {
      running = running.plus(posted.entry().signedAmount());
      lines.add(StatementLine.of(posted, running));
    }
    return new Statement(account, period, opening, lines.build(), running);
  }

  @Override
  public String toString() {
    return "Ledger{account=" + account + ", entries=" + entries.size() + "}";
  }
}
