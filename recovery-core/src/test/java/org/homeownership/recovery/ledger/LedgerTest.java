package org.homeownership.recovery.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerTest {

  private static final String YEAR =
      """
      charge   SC-Q1 service_charge raised 2025-03-01 due 2025-04-01 300.00
      charge   GR-25 ground_rent    raised 2025-03-01 due 2025-06-24 10.00
      payment  P1 2025-04-10 150.00
      charge   SC-Q2 service_charge raised 2025-06-01 due 2025-07-01 300.00
      payment  P2 2025-07-15 200.00
      reverse  P2 2025-07-22
      credit   CR-1 2025-09-30 40.00
      """;

  @Test
  void balanceAtADateCountsEntriesDatedOnOrBeforeIt() {
    Ledger ledger = LedgerScript.ledger(YEAR);
    assertThat(ledger.balanceAt(LocalDate.of(2025, 2, 28))).isEqualTo(Money.ZERO);
    assertThat(ledger.balanceAt(LocalDate.of(2025, 3, 1))).isEqualTo(Money.parse("310.00"));
    assertThat(ledger.balanceAt(LocalDate.of(2025, 4, 10))).isEqualTo(Money.parse("160.00"));
    assertThat(ledger.balanceAt(LocalDate.of(2025, 7, 15))).isEqualTo(Money.parse("260.00"));
    assertThat(ledger.balanceAt(LocalDate.of(2025, 7, 22))).isEqualTo(Money.parse("460.00"));
    assertThat(ledger.balanceAt(LocalDate.of(2026, 1, 1))).isEqualTo(Money.parse("420.00"));
  }

  @Test
  void aStatementGivesOpeningBalanceRunningBalancesAndClosingBalance() {
    Statement statement =
        LedgerScript.ledger(YEAR)
            .statement(DateRange.inclusive(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30)));

    assertThat(statement.openingBalance()).isEqualTo(Money.parse("310.00"));
    assertThat(statement.lines())
        .extracting(
            StatementLine::description,
            l -> l.debit().toString(),
            l -> l.credit().toString(),
            l -> l.balance().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Payment by bank transfer", "0.00", "150.00", "160.00"),
            org.assertj.core.groups.Tuple.tuple("Service charge", "300.00", "0.00", "460.00"),
            org.assertj.core.groups.Tuple.tuple(
                "Payment by bank transfer", "0.00", "200.00", "260.00"),
            org.assertj.core.groups.Tuple.tuple(
                "Reversal of payment 5: returned unpaid", "200.00", "0.00", "460.00"),
            org.assertj.core.groups.Tuple.tuple(
                "Credit: year-end balancing credit", "0.00", "40.00", "420.00"));
    assertThat(statement.lines())
        .extracting(l -> l.reference().orElse(""))
        .containsExactly("P1", "SC-Q2", "P2", "", "CR-1");
    assertThat(statement.closingBalance()).isEqualTo(Money.parse("420.00"));
    assertThat(statement.totalDebits()).isEqualTo(Money.parse("500.00"));
    assertThat(statement.totalCredits()).isEqualTo(Money.parse("390.00"));
  }

  @Test
  void aStatementPrintsAsAPlainTextTable() {
    String text =
        LedgerScript.ledger(YEAR)
            .statement(DateRange.inclusive(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)))
            .toText();
    assertThat(text)
        .isEqualTo(
            """
            Statement of account SC-1
            Period: 1 April 2025 to 30 April 2025
            Date        Description                                         Reference                Debit        Credit        Balance
                        Opening balance                                                                                         £310.00
            10/04/2025  Payment by bank transfer                            P1                                   £150.00        £160.00
                        Closing balance                                                              £0.00       £150.00        £160.00
            """);
  }

  @Test
  void statementsObeyOpeningPlusDebitsLessCreditsEqualsClosing() {
    qt().forAll(RandomLedger.ledgers(80), integers().between(0, 800), integers().between(0, 400))
        .checkAssert(
            (random, startOffset, length) -> {
              Ledger ledger = random.inGeneratedOrder();
              LocalDate start = RandomLedger.START.plusDays(startOffset - 30);
              Statement statement = ledger.statement(new DateRange(start, start.plusDays(length)));
              assertThat(
                      statement
                          .openingBalance()
                          .plus(statement.totalDebits())
                          .minus(statement.totalCredits()))
                  .isEqualTo(statement.closingBalance());
              assertThat(statement.closingBalance())
                  .isEqualTo(ledger.balanceAt(start.plusDays(length - 1L)));
              Money running = statement.openingBalance();
              for (StatementLine line : statement.lines()) {
                running = running.plus(line.debit()).minus(line.credit());
                assertThat(line.balance()).isEqualTo(running);
                assertThat(statement.period().contains(line.date())).isTrue();
              }
            });
  }

  @Test
  void postingTheSameExternalReferenceTwiceReturnsTheEntryAlreadyPosted() {
    Ledger ledger = LedgerScript.ledger("payment P1 2025-04-10 150.00");
    LedgerEntry again = LedgerScript.entry("payment P1 2025-04-10 150.00");

    assertThat(ledger.check(again)).contains(ledger.entries().get(0));
  }

  @Test
  void theSameExternalReferenceWithOtherDetailsIsAConflict() {
    Ledger ledger = LedgerScript.ledger("payment P1 2025-04-10 150.00");

    assertThatThrownBy(() -> ledger.check(LedgerScript.entry("payment P1 2025-04-10 151.00")))
        .isInstanceOf(ExternalReferenceConflictException.class)
        .hasMessage(
            "account SC-1: external reference 'P1' is already posted as entry 1 with different"
                + " details");
  }

  @Test
  void aReversalMustNameAnEntryOnTheLedgerNotYetReversed() {
    Ledger ledger =
        LedgerScript.ledger(
            """
            payment P1 2025-04-10 150.00
            reverse P1 2025-04-20
            """);
    PostedEntry payment = ledger.entries().get(0);
    PostedEntry reversal = ledger.entries().get(1);

    assertThat(ledger.check(Reversal.of(payment, LocalDate.of(2025, 4, 20), "returned unpaid")))
        .as("the same reversal again is idempotent")
        .contains(reversal);
    assertThatThrownBy(
            () -> ledger.check(Reversal.of(payment, LocalDate.of(2025, 4, 21), "other reason")))
        .isInstanceOf(InvalidPostingException.class)
        .hasMessage("account SC-1: entry 1 is already reversed by entry 2");
    PostedEntry elsewhere =
        new PostedEntry(EntryId.of(99), LedgerScript.entry("payment P9 2025-04-10 1.00"));
    assertThatThrownBy(() -> ledger.check(Reversal.of(elsewhere, LocalDate.of(2025, 5, 1), "x")))
        .isInstanceOf(InvalidPostingException.class)
        .hasMessage("account SC-1: reversal names entry 99, which is not on this account");
    assertThatThrownBy(() -> Reversal.of(reversal, LocalDate.of(2025, 5, 1), "undo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a reversal cannot be reversed");
  }

  @Test
  void aReversalWithItsOwnReferenceIsIdempotentByThatReference() {
    Ledger ledger = LedgerScript.ledger("payment P1 2025-04-10 150.00");
    PostedEntry payment = ledger.entries().get(0);
    Reversal returned =
        Reversal.of(payment, LocalDate.of(2025, 4, 14), "ARUDD 0: refer to payer", "ARUDD-0412-7");
    PostedEntry posted = new PostedEntry(EntryId.of(2), returned);
    Ledger after = ledger.append(posted);

    assertThat(ledger.check(returned)).isEmpty();
    assertThat(after.check(returned)).contains(posted);
    assertThatThrownBy(
            () ->
                after.check(
                    Reversal.of(
                        payment,
                        LocalDate.of(2025, 4, 15),
                        "ARUDD 0: refer to payer",
                        "ARUDD-0412-7")))
        .isInstanceOf(ExternalReferenceConflictException.class);
  }

  @Test
  void aReversalCannotPrecedeOrMisstateTheEntryItReverses() {
    Ledger ledger = LedgerScript.ledger("payment P1 2025-04-10 150.00");
    PostedEntry payment = ledger.entries().get(0);

    assertThatThrownBy(() -> ledger.check(Reversal.of(payment, LocalDate.of(2025, 4, 9), "x")))
        .isInstanceOf(InvalidPostingException.class)
        .hasMessage("account SC-1: reversal dated 2025-04-09 is before entry 1 dated 2025-04-10");
    Reversal wrongAmount =
        ImmutableReversal.builder()
            .reverses(payment.id())
            .reversedKind(EntryKind.PAYMENT)
            .amount(Money.parse("10.00"))
            .direction(Direction.DEBIT)
            .date(LocalDate.of(2025, 4, 20))
            .reason("x")
            .build();
    assertThatThrownBy(() -> ledger.check(wrongAmount))
        .isInstanceOf(InvalidPostingException.class)
        .hasMessageContaining("must be a DEBIT of 150.00 undoing a PAYMENT");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "payment P1 2025-04-10 0.00                                   | PAYMENT amount must be above zero",
        "payment P1 2025-04-10 -5.00                                  | PAYMENT amount must be above zero",
        "charge SC-1 service_charge raised 2025-01-01 due 2025-01-01 0 | CHARGE amount must be above zero",
      })
  void entriesRefuseAmountsThatAreNotAboveZero(String line, String message) {
    assertThatThrownBy(() -> LedgerScript.entry(line))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void entriesMissingRequiredDetailsAreRefusedByName() {
    assertThatThrownBy(
            () ->
                Payment.builder()
                    .dateReceived(LocalDate.of(2025, 4, 1))
                    .amount(Money.parse("1.00"))
                    .method(PaymentMethod.CASH)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reference");
    assertThatThrownBy(
            () ->
                Payment.builder()
                    .dateReceived(LocalDate.of(2025, 4, 1))
                    .amount(Money.parse("1.00"))
                    .method(PaymentMethod.CASH)
                    .reference(" ")
                    .build())
        .hasMessage("PAYMENT reference is blank");
  }

  @Test
  void entryIdsMustRiseInPostingOrder() {
    Ledger ledger = LedgerScript.ledger("payment P1 2025-04-10 150.00");
    PostedEntry stale =
        new PostedEntry(EntryId.of(1), LedgerScript.entry("payment P2 2025-04-10 1.00"));
    assertThatThrownBy(() -> ledger.append(stale))
        .hasMessage("account SC-1: entry id 1 does not follow 1");
    assertThatThrownBy(
            () ->
                Ledger.of(AccountId.of("SC-2"), java.util.List.of(ledger.entries().get(0), stale)))
        .hasMessageContaining("entry ids must rise in posting order");
  }
}
