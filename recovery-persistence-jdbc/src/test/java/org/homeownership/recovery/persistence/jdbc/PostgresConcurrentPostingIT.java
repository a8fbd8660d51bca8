package org.homeownership.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.APRIL;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.account;
import static org.homeownership.recovery.persistence.jdbc.Fixtures.payment;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Eight threads post 2,000 payments each to 200 accounts on a real PostgreSQL server; a fifth of
 * each thread's payments are also posted, at about the same moment, by another thread. Afterwards
 * every payment is stored exactly once and every balance equals the sum of its entries.
 */
class PostgresConcurrentPostingIT {

  private static final int THREADS = 8;
  private static final int PER_THREAD = 2_000;
  private static final int ACCOUNTS = 200;

  @Test
  void eightThreadsPostingWithDuplicatesAcrossThreadsStoreEachPaymentOnce() throws Exception {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        ConnectionPool pool = new ConnectionPool(server.getPostgresDatabase())) {
      RecoverySchema.migrate(pool);
      JdbcStore store = new JdbcStore(pool);
      List<AccountId> ids = new ArrayList<>();
      for (int i = 0; i < ACCOUNTS; i++) {
        ids.add(AccountId.of(String.format("SC-P%03d", i)));
        store.save(account(ids.get(i).value()));
      }
      // thread t's own payments are serials [t*1600, (t+1)*1600); its last 400 postings repeat
      // the first 400 of the next thread's own payments
      int own = PER_THREAD * 4 / 5;
      Map<String, Long> distinct = new HashMap<>();
      List<List<Posting>> work = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Posting> mine = new ArrayList<>();
        for (int serial = t * own; serial < (t + 1) * own; serial++) {
          mine.add(posting(ids, serial, distinct));
        }
        int next = (t + 1) % THREADS;
        for (int serial = next * own; serial < next * own + (PER_THREAD - own); serial++) {
          mine.add(posting(ids, serial, distinct));
        }
        Collections.shuffle(mine, new Random(t));
        work.add(mine);
      }
      assertThat(distinct).hasSize(THREADS * own);

      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> added = new ArrayList<>();
      try {
        for (List<Posting> postings : work) {
          added.add(
              threads.submit(
                  () -> {
                    go.await();
                    int count = 0;
                    for (Posting p : postings) {
                      count += store.post(p.account(), p.entry()).alreadyPosted() ? 0 : 1;
                    }
                    return count;
                  }));
        }
        go.countDown();
        int total = 0;
        for (Future<Integer> f : added) {
          total += f.get(10, TimeUnit.MINUTES);
        }
        assertThat(total).isEqualTo(distinct.size());
      } finally {
        threads.shutdownNow();
      }

      Map<String, Long> stored = new HashMap<>();
      long javaTotal = 0;
      for (AccountId id : ids) {
        List<PostedEntry> entries = store.ledger(id).entries();
        long sum = 0;
        for (PostedEntry e : entries) {
          stored.merge(
              id.value() + "|" + e.entry().externalReference().orElseThrow(),
              e.entry().amount().pence(),
              Long::sum);
          sum -= e.entry().amount().pence();
        }
        assertThat(store.ledger(id).balanceAt(APRIL.plusYears(1))).isEqualTo(Money.ofPence(sum));
        javaTotal += sum;
      }
      assertThat(stored).isEqualTo(distinct);
      try (Connection connection = pool.getConnection();
          PreparedStatement query =
              connection.prepareStatement(
                  "SELECT COUNT(*), COUNT(DISTINCT account_id || '|' || external_reference),"
                      + " SUM(CASE direction WHEN 'DEBIT' THEN amount_pence ELSE -amount_pence END)"
                      + " FROM ledger_entry");
          ResultSet rows = query.executeQuery()) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(distinct.size());
        assertThat(rows.getLong(2)).isEqualTo(distinct.size());
        assertThat(rows.getLong(3)).isEqualTo(javaTotal);
      }
    }
  }

  private static Posting posting(List<AccountId> ids, int serial, Map<String, Long> distinct) {
    AccountId account = ids.get(serial % ACCOUNTS);
    String reference = "FPS-" + serial;
    long pence = 1 + serial * 37L % 10_000;
    distinct.put(account.value() + "|" + reference, pence);
    return new Posting(account, payment(reference, pence, APRIL.plusDays(serial % 90)));
  }
}
