package org.homeownership.recovery.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;
import org.immutables.value.Value;

/**
 * The undoing of an earlier entry: a returned Direct Debit or bounced cheque, a charge raised in
 * error, a write-off reinstated. It has the amount of the entry it reverses and the opposite
 * direction. From the reversal's date, allocation treats both as if neither had been posted.
 *
 * <p>Make one with {@link #of(PostedEntry, LocalDate, String)}, or with {@link #of(PostedEntry,
 * LocalDate, String, String)} when the reversal has a reference of its own (a Direct Debit return
 * in an ARUDD file, say), so that posting the same file twice stores it once.
 */
@Value.Immutable
public abstract class Reversal implements LedgerEntry {

  Reversal() {}

  /**
   * The reversal of {@code reversed} on {@code date}, for {@code reason} (such as a Direct Debit
   * return reason code).
   */
  public static Reversal of(PostedEntry reversed, LocalDate date, String reason) {
    return builderFor(reversed).date(date).reason(reason).build();
  }

  /**
   * The reversal of {@code reversed} on {@code date}, for {@code reason}, with its own {@code
   * externalReference}: posting it again returns the reversal already posted.
   */
  public static Reversal of(
      PostedEntry reversed, LocalDate date, String reason, String externalReference) {
    return builderFor(reversed)
        .date(date)
        .reason(reason)
        .externalReference(externalReference)
        .build();
  }

  private static ImmutableReversal.Builder builderFor(PostedEntry reversed) {
    return ImmutableReversal.builder()
        .reverses(reversed.id())
        .reversedKind(reversed.entry().kind())
        .amount(reversed.entry().amount())
        .direction(reversed.entry().direction().opposite());
  }

  /** The entry this reverses. */
  public abstract EntryId reverses();

  /** The kind of the entry this reverses. */
  public abstract EntryKind reversedKind();

  @Override
  public abstract LocalDate date();

  @Override
  public abstract Money amount();

  @Override
  public abstract Direction direction();

  /** Why the entry was reversed. */
  public abstract String reason();

  /** The reversal's own reference, such as the Direct Debit return's, if it has one. */
  @Override
  public abstract Optional<String> externalReference();

  @Override
  public final EntryKind kind() {
    return EntryKind.REVERSAL;
  }

  @Override
  public String description() {
    return "Reversal of "
        + reversedKind().name().toLowerCase(java.util.Locale.UK).replace('_', ' ')
        + " "
        + reverses()
        + ": "
        + reason();
  }

  @Value.Check
  void check() {
    EntryChecks.requirePositive(kind(), amount());
    EntryChecks.requireNotBlank(kind(), "reason", reason());
    if (reversedKind() == EntryKind.REVERSAL) {
      throw new IllegalArgumentException(
          "a reversal cannot be reversed; post the original entry again instead");
    }
  }
}
