package org.homeownership.recovery.examples.payments;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.money.Money;

/**
 * A payment file read and checked row by row: the good rows and, for each bad row, its line and
 * what is wrong. Reading checks the file on its own terms (header, dates, amounts, methods,
 * references repeated with other details) and that each account exists; posting checks nothing more
 * except what the ledger itself refuses (a reference already posted with other details).
 *
 * <p>Format ({@code docs/payment-file.md}): UTF-8 CSV (RFC 4180) with the header {@code
 * date,reference,amount,method,account} in any order; dates {@code YYYY-MM-DD}; amounts in pounds
 * with exactly two decimal places and above zero; methods as {@link PaymentMethod} names.
 *
 * @param rows the good rows, in file order
 * @param problems each bad row's problems, in file order
 * @param repeats rows that repeat an earlier row of the file exactly (posted once)
 */
public record PaymentFile(
    ImmutableList<PaymentRow> rows, ImmutableList<RowProblem> problems, int repeats) {

  /** The columns a payment file must have. */
  public static final List<String> COLUMNS =
      List.of("date", "reference", "amount", "method", "account");

  private static final Pattern AMOUNT = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]{2}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final int MAX_REFERENCE = 255;

  /**
   * Reads {@code text}.
   *
   * @param accountExists whether an account with the given id exists
   */
  public static PaymentFile read(String text, Predicate<AccountId> accountExists) {
    List<CsvRecords.Record> records = CsvRecords.parse(text);
    List<RowProblem> problems = new ArrayList<>();
    List<PaymentRow> rows = new ArrayList<>();
    if (records.isEmpty()) {
      problems.add(new RowProblem(1, "header", "the file is empty; the first line is the header"));
      return new PaymentFile(ImmutableList.of(), ImmutableList.copyOf(problems), 0);
    }
    CsvRecords.Record header = records.get(0);
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      column.put(header.fields().get(i).strip(), i);
    }
    List<String> missing = COLUMNS.stream().filter(c -> !column.containsKey(c)).toList();
    List<String> extra =
        header.fields().stream().map(String::strip).filter(c -> !COLUMNS.contains(c)).toList();
    if (!missing.isEmpty() || !extra.isEmpty() || header.fields().size() != COLUMNS.size()) {
      problems.add(
          new RowProblem(
              header.line(),
              "header",
              "must name the columns "
                  + String.join(",", COLUMNS)
                  + " (in any order)"
                  + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing))
                  + (extra.isEmpty() ? "" : "; not known " + String.join(", ", extra))));
      return new PaymentFile(ImmutableList.of(), ImmutableList.copyOf(problems), 0);
    }
    Map<String, PaymentRow> byReference = new HashMap<>();
    Map<AccountId, Boolean> known = new HashMap<>();
    int repeats = 0;
    for (CsvRecords.Record record : records.subList(1, records.size())) {
      if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
        continue;
      }
      List<RowProblem> found = new ArrayList<>();
      int line = record.line();
      if (!record.problem().isEmpty()) {
        found.add(new RowProblem(line, "row", record.problem()));
      } else if (record.fields().size() != COLUMNS.size()) {
        found.add(
            new RowProblem(
                line,
                "row",
                "has " + record.fields().size() + " fields; the header has " + COLUMNS.size()));
      }
      if (!found.isEmpty()) {
        problems.addAll(found);
        continue;
      }
      String dateText = record.fields().get(column.get("date")).strip();
      String reference = record.fields().get(column.get("reference")).strip();
      String amountText = record.fields().get(column.get("amount")).strip();
      String methodText = record.fields().get(column.get("method")).strip();
      String accountText = record.fields().get(column.get("account")).strip();

      LocalDate date = date(line, dateText, found);
      Money amount = amount(line, amountText, found);
      Optional<PaymentMethod> method =
          Arrays.stream(PaymentMethod.values())
              .filter(m -> m.name().equals(methodText))
              .findFirst();
      if (method.isEmpty()) {
        found.add(
            new RowProblem(
                line,
                "method",
                "'"
                    + methodText
                    + "' is not one of "
                    + String.join(
                        ", ", Arrays.stream(PaymentMethod.values()).map(Enum::name).toList())));
      }
      if (reference.isEmpty()) {
        found.add(new RowProblem(line, "reference", "is blank"));
      } else if (reference.length() > MAX_REFERENCE) {
        found.add(
            new RowProblem(line, "reference", "is longer than " + MAX_REFERENCE + " characters"));
      }
      AccountId account = null;
      if (accountText.isEmpty()) {
        found.add(new RowProblem(line, "account", "is blank"));
      } else {
        account = AccountId.of(accountText);
        if (!known.computeIfAbsent(account, accountExists::test)) {
          found.add(
              new RowProblem(line, "account", "'" + accountText + "' is not a known account"));
        }
      }
      if (!found.isEmpty()) {
        problems.addAll(found);
        continue;
      }
      Payment payment =
          Payment.builder()
              .reference(reference)
              .dateReceived(date)
              .amount(amount)
              .method(method.get())
              .build();
      PaymentRow row = new PaymentRow(line, account, payment);
      String key = account.value() + "\u0000" + reference;
      PaymentRow earlier = byReference.get(key);
      if (earlier != null) {
        if (earlier.payment().equals(payment)) {
          repeats++;
        } else {
          problems.add(
              new RowProblem(
                  line,
                  "reference",
                  "'"
                      + reference
                      + "' is already on line "
                      + earlier.line()
                      + " for account "
                      + account
                      + " with other details ("
                      + differences(earlier.payment(), payment)
                      + ")"));
        }
        continue;
      }
      byReference.put(key, row);
      rows.add(row);
    }
    return new PaymentFile(ImmutableList.copyOf(rows), ImmutableList.copyOf(problems), repeats);
  }

  /** True if every row is good. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  private static LocalDate date(int line, String text, List<RowProblem> found) {
    if (!DATE.matcher(text).matches()) {
      found.add(new RowProblem(line, "date", "'" + text + "' is not a date as YYYY-MM-DD"));
      return LocalDate.MIN;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      found.add(new RowProblem(line, "date", "'" + text + "' is not a real date"));
      return LocalDate.MIN;
    }
  }

  private static Money amount(int line, String text, List<RowProblem> found) {
    if (!AMOUNT.matcher(text).matches()) {
      found.add(
          new RowProblem(
              line,
              "amount",
              "'" + text + "' is not an amount in pounds with two decimal places, such as 450.00"));
      return Money.ZERO;
    }
    Money amount = Money.parse(text);
    if (!amount.isPositive()) {
      found.add(new RowProblem(line, "amount", "'" + text + "' must be above zero"));
    }
    return amount;
  }

  private static String differences(Payment a, Payment b) {
    List<String> differ = new ArrayList<>();
    if (!a.amount().equals(b.amount())) {
      differ.add("amount " + a.amount().pounds() + " then " + b.amount().pounds());
    }
    if (!a.dateReceived().equals(b.dateReceived())) {
      differ.add("date " + a.dateReceived() + " then " + b.dateReceived());
    }
    if (a.method() != b.method()) {
      differ.add("method " + a.method() + " then " + b.method());
    }
    return String.join("; ", differ);
  }
}
