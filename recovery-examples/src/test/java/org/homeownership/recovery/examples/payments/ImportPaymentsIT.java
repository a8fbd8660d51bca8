package org.homeownership.recovery.examples.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.examples.account.TestDatabase;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import-payments} end to end on an H2 database in a temporary folder. */
class ImportPaymentsIT {

  @TempDir Path dir;
  private TestDatabase db;
  private AccountId first;
  private AccountId second;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void accounts() {
    db = new TestDatabase(dir);
    first = db.leaseholder("SC-1001");
    second = db.leaseholder("SC-1002");
    db.charge(first, "SC-2025-Q1", "2025-04-01", "450.00");
    db.charge(second, "SC-2025-Q1", "2025-04-01", "450.00");
  }

  @AfterEach
  void close() {
    db.close();
  }

  private int run(String csv, String... options) throws Exception {
    Path file = dir.resolve("payments.csv");
    Files.writeString(file, csv);
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli = new CommandLine(new ImportPaymentsCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] args = new String[options.length + 3];
    args[0] = file.toString();
    args[1] = "--jdbc-url";
    args[2] = db.url();
    System.arraycopy(options, 0, args, 3, options.length);
    return cli.execute(args);
  }

  private Money balance(AccountId account) {
    return db.store().ledger(account).balanceAt(LocalDate.of(2025, 12, 31));
  }

  @Test
  void aGoodFileIsPostedOnceHoweverOftenItIsRun() throws Exception {
    String csv =
        "date,reference,amount,method,account\r\n"
            + "2025-04-14,BACS-88121,200.00,BANK_TRANSFER,SC-1001\r\n"
            + "2025-04-15,\"CHQ 1004, branch 12\",250.00,CHEQUE,SC-1001\r\n"
            + "2025-04-16,\"PP \"\"A\"\" 77\",100.50,PAYPOINT,SC-1002\r\n";
    assertThat(run(csv)).isEqualTo(0);
    assertThat(out.toString()).isEqualTo("Payment file: 3 rows; 3 posted, 0 already present.\n");
    assertThat(balance(first)).isEqualTo(Money.ZERO);
    assertThat(balance(second)).isEqualTo(Money.parse("349.50"));
    assertThat(db.store().ledger(first).findByExternalReference("CHQ 1004, branch 12"))
        .get()
        .extracting(p -> ((Payment) p.entry()).method())
        .isEqualTo(PaymentMethod.CHEQUE);
    assertThat(db.store().ledger(second).findByExternalReference("PP \"A\" 77")).isPresent();

    assertThat(run(csv)).isEqualTo(0);
    assertThat(out.toString()).isEqualTo("Payment file: 3 rows; 0 posted, 3 already present.\n");
    assertThat(db.store().ledger(first).entries()).hasSize(3);
    assertThat(balance(second)).isEqualTo(Money.parse("349.50"));
  }

  @Test
  void aFileWithBadRowsIsRejectedWholeWithEveryLineAndReason() throws Exception {
    String csv =
        "reference,date,account,amount,method\n"
            + "BACS-1,2025-04-14,SC-1001,200.00,BANK_TRANSFER\n"
            + "BACS-2,14/04/2025,SC-1001,200.00,BANK_TRANSFER\n"
            + "BACS-3,2025-04-14,SC-1001,-20.00,BANK_TRANSFER\n"
            + "BACS-4,2025-04-14,SC-9999,20.00,BANK_TRANSFER\n"
            + "BACS-1,2025-04-14,SC-1001,210.00,BANK_TRANSFER\n"
            + "\"BACS-5\nsecond line\",2025-04-14,SC-1002,20.00,BITCOIN\n"
            + "BACS-6,2025-02-30,SC-1002,20.5,CARD\n"
            + "BACS-7,2025-04-14,SC-1002,20.00\n"
            + "BACS-8,2025-04-14,SC-1002,30.00,CARD\n";
    assertThat(run(csv)).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo(
            "Payment file rejected: 8 problems in 9 rows; nothing was posted. Correct the file"
                + " and run it again.\n"
                + "  line 3: date: '14/04/2025' is not a date as YYYY-MM-DD\n"
                + "  line 4: amount: '-20.00' must be above zero\n"
                + "  line 5: account: 'SC-9999' is not a known account\n"
                + "  line 6: reference: 'BACS-1' is already on line 2 for account SC-1001 with"
                + " other details (amount 200.00 then 210.00)\n"
                + "  line 7: method: 'BITCOIN' is not one of DIRECT_DEBIT, STANDING_ORDER,"
                + " BANK_TRANSFER, CARD, CHEQUE, CASH, PAYPOINT, MORTGAGE_LENDER,"
                + " COLLECTION_AGENT, ATTACHMENT_OF_EARNINGS, OTHER\n"
                + "  line 9: amount: '20.5' is not an amount in pounds with two decimal places,"
                + " such as 450.00\n"
                + "  line 9: date: '2025-02-30' is not a real date\n"
                + "  line 10: row: has 4 fields; the header has 5\n");
    assertThat(db.store().ledger(first).entries()).hasSize(1);
    assertThat(db.store().ledger(second).entries()).hasSize(1);
  }

  @Test
  void thePolicyCanPostTheGoodRowsAndReportTheBadOnes() throws Exception {
    String csv =
        "date,reference,amount,method,account\n"
            + "2025-04-14,BACS-1,200.00,BANK_TRANSFER,SC-1001\n"
            + "2025-04-14,BACS-2,0.00,BANK_TRANSFER,SC-1001\n"
            + "2025-04-14,BACS-3,50.00,CARD,SC-1002\n"
            + "2025-04-14,BACS-3,50.00,CARD,SC-1002\n";
    assertThat(run(csv, "--on-bad-rows", "POST_GOOD_ROWS")).isEqualTo(1);
    assertThat(out.toString())
        .isEqualTo(
            "Payment file: 4 rows; 2 posted, 0 already present, 1 repeated rows posted once, 1"
                + " problems not posted.\n"
                + "  line 3: amount: '0.00' must be above zero\n");
    assertThat(balance(first)).isEqualTo(Money.parse("250.00"));
    assertThat(balance(second)).isEqualTo(Money.parse("400.00"));
  }

  @Test
  void aReferenceAlreadyPostedWithOtherDetailsRejectsTheFile() throws Exception {
    assertThat(run("date,reference,amount,method,account\n2025-04-14,BACS-1,200.00,CARD,SC-1001\n"))
        .isEqualTo(0);
    String csv =
        "date,reference,amount,method,account\n"
            + "2025-04-20,BACS-9,10.00,CARD,SC-1002\n"
            + "2025-04-14,BACS-1,300.00,CARD,SC-1001\n";
    assertThat(run(csv)).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "line 3: reference: 'BACS-1' is already posted to account SC-1001 as entry 3 dated"
                + " 2025-04-14 with other details");
    assertThat(db.store().ledger(second).entries()).hasSize(1);
  }

  @Test
  void aWrongHeaderIsRejectedOnLineOne() throws Exception {
    assertThat(run("date,ref,amount,method,account\n2025-04-14,B-1,1.00,CARD,SC-1001\n"))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "line 1: header: must name the columns date,reference,amount,method,account (in any"
                + " order); missing reference; not known ref");
    assertThat(db.store().ledger(first).entries()).hasSize(1);
  }
}
