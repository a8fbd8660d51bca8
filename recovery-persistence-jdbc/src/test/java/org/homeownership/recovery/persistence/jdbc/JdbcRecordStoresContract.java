package org.homeownership.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.DAY;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.caseWithEveryHold;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.change;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.eventful;
import static org.homeownership.recovery.persistence.jdbc.RecordFixtures.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.audit.Actor;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.billing.BillingRunId;
import org.homeownership.recovery.billing.BillingRunStatus;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactId;
import org.homeownership.recovery.contact.Reply;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.demand.ServiceChargeDemand;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.notice.IssuedNotice;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.recoverycase.CaseRecord;
import org.homeownership.recovery.writeoff.WriteOffRecord;
import org.junit.jupiter.api.Test;

/**
 * The record stores contract through {@link JdbcStore}, plus what only a database can get wrong:
 * hostile text in every text column of the new tables, text the store refuses, and a billing run
 * whose posting fails part-way. Each test gets a new, empty, migrated database.
 */
abstract class JdbcRecordStoresContract extends RecordStoresContract {

  /**
   * Text that breaks naive SQL, escaping, encodings or sizes; every string but the NUL, which
   * PostgreSQL cannot keep and the store refuses. Other control characters are kept unchanged.
   */
  static final List<String> HOSTILE =
      List.of(
          "O'Brien",
          "'; DROP TABLE recovery_case; --",
          "Robert'); DELETE FROM audit_log WHERE ('1'='1",
          "\" OR \"\"=\"",
          "back\\slash \\' \\\\",
          "tab\tnew\nline\rreturn\u0001\u001f\u007f\u0085",
          "  leading and trailing spaces  ",
          "%_ like wildcards %",
          "Zoë Łukasiewicz-Ñúñez 王秀英 Владимир محمد",
          "emoji 🏠💷 astral 𝄞 and combining e\u0301",
          "right-to-left \u202e override \u200b zero width",
          "$1 ? :name ${placeholder} {fn now()}",
          "x".repeat(10_000),
          "y".repeat(100_000));

  protected DataSource dataSource;
  protected JdbcStore store;

  /** A new, empty database for one test. */
  protected abstract DataSource newDatabase() throws Exception;

  /** Frees what {@link #newDatabase} made. */
  protected void dropDatabase() throws Exception {}

  @Override
  protected Stores newStores() throws Exception {
    dataSource = newDatabase();
    RecoverySchema.migrate(dataSource);
    store = new JdbcStore(dataSource);
    return Stores.of(store);
  }

  @Override
  protected void closeStores() throws Exception {
    dropDatabase();
  }

  @Test
  void hostileTextInEveryTextColumnOfCasesArrangementsRunsAndTheAuditLogReadsBackUnchanged() {
    int n = 0;
    for (String text : HOSTILE) {
      n++;
      // references (ids, keys, staff references, stage codes) are VARCHAR(255); an account id
      // is kept shorter so that the ids and keys made from it fit too
      String reference = limit(n + text).substring(0, Math.min(230, limit(n + text).length()));
      AccountId account = AccountId.of(reference);
      store.save(Fixtures.account(account.value()));
      Change change =
          Change.of(new Actor(limit("HO " + text), n % 2 == 0), change("x", n, "x").at(), text);

      CaseRecord record = caseWithEveryHold(account, text);
      store.save(record, Versioned.NEW, change);
      assertThat(store.recoveryCase(account)).contains(new Versioned<>(record, 1));

      ArrangementRecord arrangement = eventful(reference, List.of(account), text);
      store.save(arrangement, Versioned.NEW, change);
      assertSame(store.arrangement(ArrangementId.of(reference)).orElseThrow().value(), arrangement);

      BillingRunId runId = BillingRunId.of(reference);
      BillingRun run = run(text, account, B, text, 1_000 + n);
      store.prepare(runId, run, change);
      assertThat(store.billingRun(runId).orElseThrow().run()).isEqualTo(run);
      assertThat(store.billingRun(runId).orElseThrow().trail().get(0).change()).isEqualTo(change);

      assertThat(store.history(AuditedEntity.RECOVERY_CASE, reference))
          .containsExactly(new AuditEntry(AuditedEntity.RECOVERY_CASE, reference, 1, change));

      ContactEntry contact =
          ContactEntry.builder()
              .from(RecordFixtures.contacts("C", text).get(2))
              .id(ContactId.of(limit(text)))
              .officer(OfficerId.of(limit("HO " + text)))
              .build();
      store.append(account, contact, change);
      store.recordReply(
          account, contact.id(), new Reply(DAY.plusDays(4), OfficerId.of(limit(text))), change);
      assertThat(store.contactLog(account).entries())
          .containsExactly(
              contact.withReply(new Reply(DAY.plusDays(4), OfficerId.of(limit(text)))));

      IssuedNotice notice =
          new IssuedNotice(
              account,
              limit(text),
              limit("v " + text),
              "ab".repeat(32),
              DAY,
              ServiceMethod.FIRST_CLASS_POST,
              DAY.plusDays(2),
              limit("doc " + text));
      store.recordIssued(notice, change);

      WriteOffRecord writeOff = RecordFixtures.reinstatedWriteOff(reference, account, text);
      store.save(writeOff, Versioned.NEW, change);
      assertThat(RecordFixtures.fields(store.writeOff(writeOff.reference()).orElseThrow().value()))
          .isEqualTo(RecordFixtures.fields(writeOff));
      assertThat(store.issuedNotices(account)).containsExactly(notice);
      assertThat(store.history(AuditedEntity.ISSUED_NOTICE, reference))
          .containsExactly(new AuditEntry(AuditedEntity.ISSUED_NOTICE, reference, 1, change));
    }
    assertThat(countRows("recovery_case_hold")).isEqualTo(HOSTILE.size() * 11L);
    assertThat(countRows("arrangement_state_change")).isEqualTo(HOSTILE.size() * 4L);
    assertThat(countRows("contact_entry")).isEqualTo(HOSTILE.size());
    assertThat(countRows("issued_notice")).isEqualTo(HOSTILE.size());
    assertThat(countRows("write_off_step")).isEqualTo(HOSTILE.size() * 3L);
    assertThat(countRows("audit_log")).isEqualTo(HOSTILE.size() * 7L);
  }

  @Test
  void aHoldOfficerOrStageCodeTheColumnCannotKeepIsRefusedNamingTheFieldAndNothingIsWritten() {
    CaseRecord longStage = caseWithEveryHold(A, "ok");
    Change longActor =
        Change.of(new Actor("H".repeat(256), false), change("x", 0, "x").at(), "opened");
    assertThatThrownBy(() -> store.save(longStage, Versioned.NEW, longActor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor reference has 256 characters; the store keeps at most 255");
    assertThatThrownBy(
            () ->
                store.save(
                    caseWithEveryHold(A, "reason with NUL \0 in it"),
                    Versioned.NEW,
                    change("HO-1", 0, "opened")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hold reason holds the character U+0000, which PostgreSQL cannot store");
    ArrangementRecord longOfficer =
        ArrangementRecord.proposed(
            org.homeownership.recovery.arrangement.Arrangement.builder()
                .from(RecordFixtures.arrangement("ARR-1", List.of(A), false))
                .madeBy(OfficerId.of("O".repeat(10_000)))
                .build());
    assertThatThrownBy(() -> store.save(longOfficer, Versioned.NEW, change("HO-1", 0, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("made by has 10000 characters; the store keeps at most 255");
    assertThatThrownBy(
            () ->
                store.prepare(
                    BillingRunId.of("R1"), run("run\0name", A, B, "D", 1), change("HO-1", 0, "p")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("billing run name holds the character U+0000, which PostgreSQL cannot store");
    ContactEntry nulOutcome =
        ContactEntry.builder()
            .from(RecordFixtures.contacts("C", "x").get(0))
            .outcome("outcome \0 with NUL")
            .build();
    assertThatThrownBy(() -> store.append(A, nulOutcome, change("HO-1", 0, "contact")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact outcome holds the character U+0000, which PostgreSQL cannot store");
    ContactEntry longId =
        ContactEntry.builder()
            .from(RecordFixtures.contacts("C", "x").get(0))
            .id(ContactId.of("C".repeat(256)))
            .build();
    assertThatThrownBy(() -> store.append(A, longId, change("HO-1", 0, "contact")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact id has 256 characters; the store keeps at most 255");
    assertThatThrownBy(
            () ->
                store.recordIssued(
                    new IssuedNotice(
                        A,
                        "LBA",
                        "1",
                        "ab".repeat(32),
                        DAY,
                        ServiceMethod.EMAIL,
                        DAY,
                        "D".repeat(10_000)),
                    change("HO-1", 0, "issued")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document reference has 10000 characters; the store keeps at most 255");
    assertThatThrownBy(
            () ->
                store.save(
                    RecordFixtures.reinstatedWriteOff("WO-1", A, "step reason \0 with NUL"),
                    Versioned.NEW,
                    change("HO-1", 0, "w")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "write-off explanation holds the character U+0000, which PostgreSQL cannot store");

    for (String table :
        List.of(
            "recovery_case",
            "recovery_case_stage",
            "recovery_case_hold",
            "arrangement",
            "arrangement_account",
            "arrangement_state_change",
            "billing_run",
            "billing_run_item",
            "billing_run_step",
            "contact_log",
            "contact_entry",
            "issued_notice",
            "write_off",
            "write_off_band_reason",
            "write_off_requirement_reason",
            "write_off_step",
            "audit_log")) {
      assertThat(countRows(table)).as(table).isZero();
    }
  }

  @Test
  void courtCasesAndDemandsSavedInOneUnitOfWorkCommitOrRollBackTogether() {
    CourtCases cases = CourtFixtures.full("K1QZ0001", "rolled back");
    ServiceChargeDemand demand = DemandFixtures.bare(A, "SC-2025-ROLLBACK", DAY);
    Change change = change("HO-7", 1, "court claim and the demand it rests on");

    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.recordServed(demand, change);
                      tx.save(A, cases, Versioned.NEW, change);
                      assertThat(tx.courtCases(A)).contains(new Versioned<>(cases, 1));
                      assertThat(tx.demands(A)).containsExactly(demand);
                      throw new IllegalStateException("the officer cancelled");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the officer cancelled");

    assertThat(store.courtCases(A)).isEmpty();
    assertThat(store.demands(A)).isEmpty();
    assertThat(countRows("court_claim")).isZero();
    assertThat(countRows("audit_log")).isZero();

    store.inTransaction(
        tx -> {
          tx.recordServed(demand, change);
          return tx.save(A, cases, Versioned.NEW, change);
        });

    assertThat(store.courtCases(A)).contains(new Versioned<>(cases, 1));
    assertThat(store.demands(A)).containsExactly(demand);
    assertThat(countRows("audit_log")).isEqualTo(2);
  }

  @Test
  void hostileTextInEveryTextColumnOfCourtAndTribunalCasesReadsBackUnchanged() {
    int n = 0;
    for (String text : HOSTILE) {
      n++;
      // claim numbers and tribunal references are VARCHAR(255): the fixture adds up to six
      // characters to the reference it is given
      String reference = limit(n + text).substring(0, Math.min(240, limit(n + text).length()));
      String accountId = "CC" + n + text;
      AccountId account = AccountId.of(accountId.substring(0, Math.min(230, accountId.length())));
      store.save(Fixtures.account(account.value()));
      Change change =
          Change.of(new Actor(limit("HO " + text), n % 2 == 0), change("x", n, "x").at(), text);
      CourtCases cases = CourtFixtures.full(reference, text);

      store.save(account, cases, Versioned.NEW, change);

      assertThat(store.courtCases(account)).contains(new Versioned<>(cases, 1));
      assertThat(store.history(AuditedEntity.COURT_CASES, account.value()))
          .containsExactly(new AuditEntry(AuditedEntity.COURT_CASES, account.value(), 1, change));
    }
    assertThat(countRows("court_claim")).isEqualTo(HOSTILE.size() * 3L);
    assertThat(countRows("court_claim_hearing")).isEqualTo(HOSTILE.size() * 3L);
    assertThat(countRows("tribunal_application_hearing")).isEqualTo(HOSTILE.size());
    assertThat(countRows("enforcement_application")).isEqualTo(HOSTILE.size() * 2L);
  }

  @Test
  void hostileTextInEveryTextColumnOfDemandsReadsBackUnchanged() {
    int n = 0;
    for (String text : HOSTILE) {
      n++;
      Change change =
          Change.of(new Actor(limit("HO " + text), n % 2 == 0), change("x", n, "x").at(), text);
      ServiceChargeDemand demand =
          DemandFixtures.full(A, limit(n + text), DAY.plusDays(n % 3), text);

      store.recordServed(demand, change);

      assertThat(store.demands(A)).contains(demand);
    }
    assertThat(store.demands(A)).hasSize(HOSTILE.size());
    assertThat(store.history(AuditedEntity.SERVICE_CHARGE_DEMAND, A.value()))
        .extracting(e -> e.change().description())
        .containsExactlyElementsOf(HOSTILE);
    assertThat(countRows("service_charge_demand_address")).isEqualTo(HOSTILE.size() * 2L);
    assertThat(countRows("service_charge_demand_cost")).isEqualTo(HOSTILE.size() * 2L);
  }

  @Test
  void demandTextTheColumnCannotKeepIsRefusedNamingTheFieldAndNothingIsWritten() {
    assertThatThrownBy(
            () ->
                store.recordServed(
                    DemandFixtures.bare(A, "D".repeat(256), DAY), change("HO-1", 0, "served")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("demand reference has 256 characters; the store keeps at most 255");
    assertThatThrownBy(
            () ->
                store.recordServed(
                    DemandFixtures.full(A, "SCB-1", DAY, "NUL \0 here"),
                    change("HO-1", 0, "served")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("landlord name holds the character U+0000, which PostgreSQL cannot store");
    ServiceChargeDemand nulCost =
        org.homeownership.recovery.demand.ServiceChargeDemand.builder()
            .from(DemandFixtures.full(A, "SCB-2", DAY, "ok"))
            .costs(
                List.of(
                    org.homeownership.recovery.demand.CostLine.builder()
                        .description("cost \0 with NUL")
                        .share(Money.parse("1.00"))
                        .invoicedOn(DAY)
                        .build()))
            .build();
    assertThatThrownBy(() -> store.recordServed(nulCost, change("HO-1", 0, "served")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cost description holds the character U+0000, which PostgreSQL cannot store");

    assertThat(store.demands(A)).isEmpty();
    for (String table :
        List.of(
            "service_charge_demand",
            "service_charge_demand_address",
            "service_charge_demand_cost",
            "audit_log")) {
      assertThat(countRows(table)).as(table).isZero();
    }
  }

  @Test
  void courtTextTheColumnCannotKeepIsRefusedNamingTheFieldAndNothingIsWritten() {
    assertThatThrownBy(
            () ->
                store.save(
                    A,
                    CourtFixtures.full("K".repeat(254), "x"),
                    Versioned.NEW,
                    change("HO-1", 0, "issued")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim number has 256 characters; the store keeps at most 255");
    assertThatThrownBy(
            () ->
                store.save(
                    A,
                    CourtFixtures.full("K1", "purpose with NUL \0 in it"),
                    Versioned.NEW,
                    change("HO-1", 0, "issued")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hearing purpose holds the character U+0000, which PostgreSQL cannot store");
    assertThatThrownBy(
            () ->
                store.save(
                    A,
                    CourtCases.none()
                        .withTribunalApplication(
                            CourtFixtures.full("K1", "x").tribunalApplications().get(0))
                        .withTribunalApplication(
                            org.homeownership.recovery.court.TribunalApplication.builder()
                                .from(CourtFixtures.full("K1", "x").tribunalApplications().get(1))
                                .caseReference("R".repeat(10_000))
                                .build()),
                    Versioned.NEW,
                    change("HO-1", 0, "applied")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tribunal case reference has 10000 characters; the store keeps at most 255");

    assertThat(store.courtCases(A)).isEmpty();
    for (String table :
        List.of(
            "court_cases",
            "court_claim",
            "court_claim_charge",
            "court_claim_hearing",
            "court_claim_interest_exclusion",
            "court_claim_interest_rate_period",
            "court_judgment_payment",
            "tribunal_application",
            "tribunal_application_charge",
            "tribunal_application_hearing",
            "tribunal_determination_charge",
            "enforcement_application",
            "audit_log")) {
      assertThat(countRows(table)).as(table).isZero();
    }
  }

  /**
   * The posting of a billing run fails part-way (the database drops the connection on the third
   * ledger insert, or on marking the run posted after every entry was written): nothing of the run
   * is on the ledgers, the run is still approved with no posted step, and posting it again
   * completes.
   */
  @Test
  void aBillingRunWhosePostingFailsMidwayLeavesNothingAndTheRerunCompletes() {
    for (String failOn : List.of("INSERT INTO ledger_entry", "UPDATE billing_run")) {
      int nth = failOn.startsWith("INSERT") ? 3 : 1;
      BillingRunId id = BillingRunId.of("RUN " + failOn);
      BillingRun run = bigRun(id.value());
      store.prepare(id, run, change("HO-1", 0, "prepared"));
      store.approve(id, change("HO-2", 1, "approved"));
      JdbcStore failing = new JdbcStore(failingOn(dataSource, failOn, nth));

      assertThatThrownBy(() -> failing.post(id, change("HO-2", 2, "posted")))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("SQLState 08006");

      assertThat(countRows("ledger_entry")).as(failOn).isZero();
      assertThat(store.billingRun(id).orElseThrow().status()).isEqualTo(BillingRunStatus.APPROVED);
      assertThat(store.history(AuditedEntity.BILLING_RUN, id.value())).hasSize(2);

      assertThat(store.post(id, change("HO-2", 3, "posted")).added()).isEqualTo(40);
      assertThat(countRows("ledger_entry")).isEqualTo(40);
      assertThat(store.billingRun(id).orElseThrow().status()).isEqualTo(BillingRunStatus.POSTED);
      assertThat(store.ledger(A).balanceAt(DAY.plusYears(1)))
          .isEqualTo(Money.ofPence(20 * 1_000 + (19 * 20 / 2)));
      // a third run finds the run posted and adds nothing
      assertThat(store.post(id, change("HO-2", 4, "again")).posted()).isEmpty();
      assertThat(countRows("ledger_entry")).isEqualTo(40);
      try (Connection connection = dataSource.getConnection();
          PreparedStatement delete = connection.prepareStatement("DELETE FROM ledger_entry")) {
        delete.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Forty charges, twenty on each account. */
  private static BillingRun bigRun(String name) {
    var items =
        com.google.common.collect.ImmutableList
            .<org.homeownership.recovery.billing.BilledItem>builder();
    for (int i = 0; i < 40; i++) {
      AccountId account = i % 2 == 0 ? A : B;
      items.add(
          org.homeownership.recovery.billing.BilledItem.builder()
              .account(account)
              .key(name + "/" + i)
              .chargeType(org.homeownership.recovery.ledger.ChargeType.SERVICE_CHARGE)
              .dueDate(DAY.plusDays(30))
              .demandReference("D-" + i)
              .amount(Money.ofPence(1_000 + i / 2))
              .build());
    }
    return new BillingRun(name, DAY, items.build());
  }

  /**
   * A data source whose connections fail, as if the connection dropped (SQLState 08006), on the
   * {@code nth} execution of a statement whose SQL starts with {@code prefix}, counting a batch
   * line as an execution.
   */
  private static DataSource failingOn(DataSource real, String prefix, int nth) {
    AtomicInteger seen = new AtomicInteger();
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(real, method, args);
              if (!method.getName().equals("getConnection")) {
                return result;
              }
              Connection connection = (Connection) result;
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    Object made = invoke(connection, m, a);
                    // On PostgreSQL new entries go by COPY once their ids are drawn: the statement
                    // that draws them stands for the insert, counting as many rows as it draws.
                    boolean drawsIds =
                        m.getName().equals("prepareStatement")
                            && prefix.equalsIgnoreCase("INSERT INTO ledger_entry")
                            && a[0].equals(EntryCopy.DRAW_IDS);
                    if (!m.getName().equals("prepareStatement")
                        || !drawsIds
                            && !((String) a[0])
                                .toUpperCase(Locale.ROOT)
                                .startsWith(prefix.toUpperCase(Locale.ROOT))) {
                      return made;
                    }
                    PreparedStatement statement = (PreparedStatement) made;
                    // A multi-row INSERT carries several rows in one execution (as a VALUES list,
                    // or on PostgreSQL as one array a column): it counts as that many, so the
                    // statement that carries the nth row fails.
                    int rows = ((String) a[0]).split("\\), \\(", -1).length;
                    int[] arrayRows = {-1};
                    return Proxy.newProxyInstance(
                        PreparedStatement.class.getClassLoader(),
                        new Class<?>[] {PreparedStatement.class},
                        (sp, sm, sa) -> {
                          String name = sm.getName();
                          if (name.equals("setArray") && sa[0].equals(1)) {
                            arrayRows[0] = ((Object[]) ((java.sql.Array) sa[1]).getArray()).length;
                          }
                          if (drawsIds && name.equals("setInt") && sa[0].equals(1)) {
                            arrayRows[0] = (Integer) sa[1];
                          }
                          if (name.equals("executeUpdate")
                              || name.equals("execute")
                              || name.equals("executeQuery")
                              || name.equals("addBatch")) {
                            int counted =
                                name.equals("addBatch")
                                    ? 1
                                    : arrayRows[0] >= 0 ? arrayRows[0] : rows;
                            int after = seen.addAndGet(counted);
                            if (after >= nth && after - counted < nth) {
                              throw new SQLException("connection dropped", "08006");
                            }
                          }
                          return invoke(statement, sm, sa);
                        });
                  });
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private long countRows(String table) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
        ResultSet rows = count.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String limit(String text) {
    return text.length() > 255 ? text.substring(0, 255) : text;
  }
}
