package org.homeownership.recovery.arrangement;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Ledger;

/**
 * The council's arrangements, by id: the place to answer "which debts does a live arrangement hold
 * on this date, and at which stage" ({@link #holdsOn}), and to put a new arrangement in force,
 * which cancels any open arrangement on the same accounts with the reason recorded ({@link
 * #putInForce}). Immutable: each change returns a new book.
 */
public final class ArrangementBook {

  private final ImmutableMap<ArrangementId, ArrangementRecord> records;

  private ArrangementBook(ImmutableMap<ArrangementId, ArrangementRecord> records) {
    this.records = requireNonNull(records, "records");
  }

  /** A book with no arrangements. */
  public static ArrangementBook empty() {
    return new ArrangementBook(ImmutableMap.of());
  }

  /** Every record, in the order first added. */
  public ImmutableList<ArrangementRecord> records() {
    return records.values().asList();
  }

  /** The record with {@code id}, if any. */
  public Optional<ArrangementRecord> find(ArrangementId id) {
    return Optional.ofNullable(records.get(id));
  }

  /** This book with {@code record} added, or replacing the record with the same id. */
  public ArrangementBook with(ArrangementRecord record) {
    Map<ArrangementId, ArrangementRecord> copy = new LinkedHashMap<>(records);
    copy.put(record.id(), record);
    return new ArrangementBook(ImmutableMap.copyOf(copy));
  }

  /**
   * Puts a live arrangement in force on {@code on}: every other open (proposed, live or breached)
   * arrangement covering any of the same accounts is cancelled on that day, with the reason
   * "superseded by arrangement …" and that day's expected and actual balances (from {@code
   * monitor}) recorded in its history.
   *
   * @param monitor the council's arrangement monitor, which works out the balances
   * @param ledgers the ledgers of (at least) every account the cancelled arrangements cover
   * @return the new book and an {@link ArrangementEvent.ArrangementCancelled} for each arrangement
   *     cancelled
   * @throws IllegalArgumentException if {@code record} is not live
   */
  public BookUpdate putInForce(
      ArrangementRecord record,
      LocalDate on,
      ArrangementMonitor monitor,
      Map<AccountId, Ledger> ledgers) {
    if (record.state() != ArrangementState.LIVE) {
      throw new IllegalArgumentException(
          "arrangement " + record.id() + " is " + record.state() + ", not LIVE");
    }
    ArrangementBook book = this;
    ImmutableList.Builder<ArrangementEvent> events = ImmutableList.builder();
    for (ArrangementRecord other : records.values()) {
      if (other.id().equals(record.id())
          || !other.state().isOpen()
          || Collections.disjoint(
              other.arrangement().accounts(), record.arrangement().accounts())) {
        continue;
      }
      String reason =
          "superseded by arrangement "
              + record.id()
              + " covering "
              + record.arrangement().accounts();
      Review cancelled =
          monitor.cancel(other, ledgers, on, reason, record.approval().map(Approval::approvedBy));
      book = book.with(cancelled.record());
      events.add(cancelled.event().orElseThrow());
    }
    return new BookUpdate(book.with(record), events.build());
  }

  /**
   * The holds in force at the end of {@code date}: each account covered by an arrangement that was
   * live on that day, with the stage recovery resumes at.
   */
  public ImmutableList<RecoveryHold> holdsOn(LocalDate date) {
    ImmutableList.Builder<RecoveryHold> holds = ImmutableList.builder();
    for (ArrangementRecord record : records.values()) {
      if (record.stateOn(date).filter(s -> s == ArrangementState.LIVE).isEmpty()) {
        continue;
      }
      LocalDate since = record.liveSince(date).orElseThrow();
      for (AccountId account : record.arrangement().accounts()) {
        holds.add(
            new RecoveryHold(
                account,
                record.id(),
                Optional.ofNullable(record.arrangement().heldAtStage().get(account)),
                since));
      }
    }
    return holds.build();
  }

  /** The hold on {@code account} at the end of {@code date}, if a live arrangement covers it. */
  public Optional<RecoveryHold> holdOn(AccountId account, LocalDate date) {
    return holdsOn(date).stream().filter(h -> h.account().equals(account)).findFirst();
  }

  @Override
  public String toString() {
    return "ArrangementBook{arrangements=" + records.size() + "}";
  }

  /**
   * The result of putting an arrangement in force.
   *
   * @param book the new book
   * @param cancelled an event for each arrangement the new one cancelled
   */
  public record BookUpdate(ArrangementBook book, ImmutableList<ArrangementEvent> cancelled) {}
}
