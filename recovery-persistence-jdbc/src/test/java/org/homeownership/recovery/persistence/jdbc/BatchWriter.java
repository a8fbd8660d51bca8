package org.homeownership.recovery.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.homeownership.recovery.account.AccountId;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The child process of {@link BatchKilledMidwayIT}: posts a payment file as one batch, either all
 * at once, or half of it and then waits inside the open transaction to be killed.
 *
 * <p>Arguments: the JDBC URL, then {@code half-then-wait} or {@code all}.
 */
final class BatchWriter {

  static final int ACCOUNTS = 40;
  static final int PAYMENTS = 4_000;
  static final long PENCE = 1_234;

  private BatchWriter() {}

  public static void main(String[] args) throws Exception {
    JdbcStore store = new JdbcStore(dataSource(args[0]));
    List<Posting> batch = batch();
    if (args[1].equals("half-then-wait")) {
      store.inTransaction(
          transaction -> {
            transaction.postAll(batch.subList(0, PAYMENTS / 2));
            System.out.println("HALF POSTED");
            System.out.flush();
            try {
              Thread.sleep(120_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return transaction.postAll(batch.subList(PAYMENTS / 2, PAYMENTS));
          });
    } else {
      System.out.println("POSTING");
      System.out.flush();
      store.postAll(batch);
    }
    System.out.println("DONE");
  }

  static DataSource dataSource(String url) {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      return h2;
    }
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setURL(url);
    return postgres;
  }

  static AccountId account(int i) {
    return AccountId.of("FAULT-" + (i % ACCOUNTS));
  }

  /** The payment file: every payment a distinct reference, spread over the accounts. */
  static List<Posting> batch() {
    List<Posting> batch = new ArrayList<>(PAYMENTS);
    for (int i = 0; i < PAYMENTS; i++) {
      batch.add(
          new Posting(
              account(i),
              Fixtures.payment("BACS-FAULT-" + i, PENCE, Fixtures.APRIL.plusDays(i % 28))));
    }
    return batch;
  }
}
