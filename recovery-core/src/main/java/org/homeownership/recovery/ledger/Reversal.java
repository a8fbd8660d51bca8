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
 * <p>Make one with {@link #of(PostedEntry, LocalDate, String)}.
 */
@Value.Immutable
public abstract class Reversal implements LedgerEntry {

  Reversal() {}

  /**
   * The reversal of {@code reversed} on {@code date}, for {@code reason} (such as a Direct Debit
   * return reason code).
   */
  public static Reversal of(PostedEntry reversed, LocalDate date, String reason) {
    return ImmutableReversal.builder()
        .reverses(reversed.id())
        .reversedKind(reversed.entry().kind())
        .amount(reversed.entry().amount())
        .direction(reversed.entry().direction().opposite())
        .date(date)
        .reason(reason)
        .build();
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

  @Override
  public final Optional<String> externalReference() {
    return Optional.empty();
  }

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
