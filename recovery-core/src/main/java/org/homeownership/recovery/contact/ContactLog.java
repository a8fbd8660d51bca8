package org.homeownership.recovery.contact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;

/**
 * One account's contact and enquiry log: its entries in the order they were recorded. Immutable;
 * {@link #with} and {@link #withReply} return a new log.
 *
 * <p>It answers three questions as of a date: the last contact (under a {@link ContactCounting}
 * rule), the enquiries awaiting a reply, and those whose reply is overdue. Entries dated after the
 * as-of date are left out of every answer, so that a decision re-run for a past date sees the log
 * as it stood then (a reply sent after that date is treated as not yet sent).
 */
public final class ContactLog {

  /** Orders entries by date, then by id. */
  public static final Comparator<ContactEntry> CHRONOLOGICAL =
      Comparator.comparing(ContactEntry::on).thenComparing(ContactEntry::id);

  private final AccountId account;
  private final ImmutableList<ContactEntry> entries;

  private ContactLog(AccountId account, ImmutableList<ContactEntry> entries) {
    this.account = requireNonNull(account, "account");
    this.entries = entries;
  }

  /** A log with no entries. */
  public static ContactLog empty(AccountId account) {
    return new ContactLog(account, ImmutableList.of());
  }

  /**
   * A log of entries already recorded, such as those read back from storage.
   *
   * @throws IllegalArgumentException naming the id if two entries share an id
   */
  public static ContactLog of(AccountId account, List<ContactEntry> entries) {
    ContactLog log = empty(account);
    for (ContactEntry entry : entries) {
      log = log.with(entry);
    }
    return log;
  }

  /** The account this log belongs to. */
  public AccountId account() {
    return account;
  }

  /** Every entry, in the order recorded. */
  public ImmutableList<ContactEntry> entries() {
    return entries;
  }

  /** The entry with {@code id}, if it is in this log. */
  public Optional<ContactEntry> find(ContactId id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * This log with {@code entry} added.
   *
   * @throws IllegalArgumentException naming the id if an entry with its id is already here
   */
  public ContactLog with(ContactEntry entry) {
    if (find(entry.id()).isPresent()) {
      throw new IllegalArgumentException(
          "account " + account + ": contact " + entry.id() + " is already in the log");
    }
    return new ContactLog(
        account, ImmutableList.<ContactEntry>builder().addAll(entries).add(entry).build());
  }

  /**
   * This log with {@code reply} recorded against entry {@code id}.
   *
   * @throws IllegalArgumentException naming the id if it is not in the log, already has a reply, or
   *     cannot take one (see {@link ContactEntry})
   */
  public ContactLog withReply(ContactId id, Reply reply) {
    ContactEntry entry =
        find(id)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "account " + account + ": contact " + id + " is not in the log"));
    if (entry.reply().isPresent()) {
      throw new IllegalArgumentException(
          "account "
              + account
              + ": contact "
              + id
              + " already has a reply on "
              + entry.reply().get().on());
    }
    ContactEntry replied = entry.withReply(reply);
    return new ContactLog(
        account,
        entries.stream()
            .map(e -> e.id().equals(id) ? replied : e)
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The latest contact on or before {@code onOrBefore} that counts under {@code counting}; of two
   * on the same day, the one recorded later.
   */
  public Optional<ContactEntry> lastContact(LocalDate onOrBefore, ContactCounting counting) {
    ContactEntry last = null;
    for (ContactEntry entry : entries) {
      if (!entry.on().isAfter(onOrBefore)
          && counting.counts(entry)
          && (last == null || !entry.on().isBefore(last.on()))) {
        last = entry;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * The contacts awaiting a reply at the end of {@code asOf}, by reply due date then date: received
   * on or before it, with a reply due date, and no reply sent on or before it.
   */
  public ImmutableList<ContactEntry> awaitingReply(LocalDate asOf) {
    return entries.stream()
        .filter(e -> e.awaitingReplyOn(asOf))
        .sorted(
            Comparator.comparing((ContactEntry e) -> e.replyDue().orElseThrow())
                .thenComparing(CHRONOLOGICAL))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The contacts whose reply is overdue on {@code asOf}: awaiting a reply and due before it. A
   * reply due on 10 March is overdue from 11 March.
   */
  public ImmutableList<ContactEntry> overdue(LocalDate asOf) {
    return awaitingReply(asOf).stream()
        .filter(e -> e.overdueOn(asOf))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "ContactLog{account=" + account + ", entries=" + entries.size() + "}";
  }
}
