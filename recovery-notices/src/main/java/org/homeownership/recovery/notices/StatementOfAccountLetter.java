package org.homeownership.recovery.notices;

import java.util.List;
import java.util.Map;
import org.homeownership.recovery.ledger.Statement;
import org.homeownership.recovery.ledger.StatementLine;
import org.jspecify.annotations.Nullable;

/**
 * A statement of account for a period: the opening balance, each entry with its running balance,
 * and the closing balance. Sent on request, with reminders, and as an enclosure to a letter of
 * claim.
 *
 * <p>Needs: a {@link Statement} for the letter's account.
 *
 * @param correspondence who the letter is to and its date
 * @param statement the statement, from {@code Ledger.statement(DateRange)}
 */
public record StatementOfAccountLetter(Correspondence correspondence, @Nullable Statement statement)
    implements Letter {

  /** The template's code. */
  public static final String TEMPLATE = "statement-of-account";

  @Override
  public String templateCode() {
    return TEMPLATE;
  }

  @Override
  public String title() {
    return "Statement of account";
  }

  @Override
  public void checkData(DataRequirements requirements) {
    if (requirements.present("statement", statement) && correspondence.account() != null) {
      requirements.require(
          "statement.account",
          statement.account().equals(correspondence.account()),
          "is for a different account from the letter");
    }
  }

  @Override
  public Map<String, Object> model() {
    return Map.of(
        "statement", statementModel(java.util.Objects.requireNonNull(statement, "statement")));
  }

  /** The {@code statement} template variable, shared with the letter of claim's enclosure. */
  static Map<String, ?> statementModel(Statement s) {
    List<Map<String, ?>> lines =
        s.lines().stream().<Map<String, ?>>map(StatementOfAccountLetter::line).toList();
    return Model.of(
        "period", s.period().describe(),
        "from", EnGb.date(s.period().start()),
        "to", EnGb.date(s.period().endInclusive()),
        "openingBalance", EnGb.money(s.openingBalance()),
        "closingBalance", EnGb.money(s.closingBalance()),
        "totalDebits", EnGb.money(s.totalDebits()),
        "totalCredits", EnGb.money(s.totalCredits()),
        "lines", lines);
  }

  private static Map<String, ?> line(StatementLine line) {
    return Model.of(
        "date", EnGb.shortDate(line.date()),
        "description", line.description(),
        "reference", line.reference().orElse(""),
        "debit", line.debit().isZero() ? "" : EnGb.money(line.debit()),
        "credit", line.credit().isZero() ? "" : EnGb.money(line.credit()),
        "balance", EnGb.money(line.balance()));
  }
}
