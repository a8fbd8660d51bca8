package org.homeownership.recovery.ledger;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.money.Money;

/**
 * A statement of account for a period: the opening balance, every entry dated in the period with
 * its running balance, and the closing balance. The opening balance plus the debits less the
 * credits always equals the closing balance.
 *
 * @param account the account
 * @param period the dates covered
 * @param openingBalance the balance at the end of the day before the period
 * @param lines the entries dated in the period, by date then posting order
 * @param closingBalance the balance at the end of the period's last day
 */
public record Statement(
    AccountId account,
    DateRange period,
    Money openingBalance,
    ImmutableList<StatementLine> lines,
    Money closingBalance) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

  /** Checks every part is given. */
  public Statement {
    requireNonNull(account, "account");
    requireNonNull(period, "period");
    requireNonNull(openingBalance, "openingBalance");
    requireNonNull(lines, "lines");
    requireNonNull(closingBalance, "closingBalance");
  }

  /** The sum of the debits in the period. */
  public Money totalDebits() {
    return lines.stream().map(StatementLine::debit).reduce(Money.ZERO, Money::plus);
  }

  /** The sum of the credits in the period. */
  public Money totalCredits() {
    return lines.stream().map(StatementLine::credit).reduce(Money.ZERO, Money::plus);
  }

  /** The statement as a fixed-width plain-text table, for a terminal or a log of evidence. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append("Statement of account ").append(account).append('\n');
    text.append("Period: ").append(period.describe()).append('\n');
    String row = "%-10s  %-50s  %-16s  %12s  %12s  %13s%n";
    text.append(
        String.format(row, "Date", "Description", "Reference", "Debit", "Credit", "Balance"));
    text.append(String.format(row, "", "Opening balance", "", "", "", openingBalance.format()));
    for (StatementLine line : lines) {
      text.append(
          String.format(
              row,
              DATE.format(line.date()),
              abbreviate(line.description(), 50),
              abbreviate(line.reference().orElse(""), 16),
              line.debit().isZero() ? "" : line.debit().format(),
              line.credit().isZero() ? "" : line.credit().format(),
              line.balance().format()));
    }
    text.append(
        String.format(
            row,
            "",
            "Closing balance",
            "",
            totalDebits().format(),
            totalCredits().format(),
            closingBalance.format()));
    return text.toString();
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
