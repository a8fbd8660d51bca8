package org.homeownership.recovery.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.audit.StaleWriteException;
import org.homeownership.recovery.audit.Versioned;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.court.ClaimClosure;
import org.homeownership.recovery.court.ClaimNumber;
import org.homeownership.recovery.court.CountyCourtClaim;
import org.homeownership.recovery.court.CourtCases;
import org.homeownership.recovery.court.EnforcementApplication;
import org.homeownership.recovery.court.EnforcementMethod;
import org.homeownership.recovery.court.EnforcementOutcome;
import org.homeownership.recovery.court.Hearing;
import org.homeownership.recovery.court.InstalmentFrequency;
import org.homeownership.recovery.court.Judgment;
import org.homeownership.recovery.court.JudgmentKind;
import org.homeownership.recovery.court.JudgmentPayment;
import org.homeownership.recovery.court.PaymentTerms;
import org.homeownership.recovery.court.TribunalApplicant;
import org.homeownership.recovery.court.TribunalApplication;
import org.homeownership.recovery.court.TribunalDetermination;
import org.homeownership.recovery.interest.ExclusionReason;
import org.homeownership.recovery.interest.InterestBasis;
import org.homeownership.recovery.interest.InterestExclusion;
import org.homeownership.recovery.interest.ParticularsOfInterest;
import org.homeownership.recovery.interest.RatePeriod;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.UnknownAccountException;
import org.homeownership.recovery.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * SQL and mapping for an account's court and tribunal cases (V5). A save is checked against the
 * version on the account's {@code court_cases} row (locked first), deletes every claim, tribunal
 * application and enforcement application of the account with their parts, writes them afresh in
 * the order given, and records the change in the audit log; the caller's transaction keeps all of
 * it or none.
 */
final class CourtCaseRows {

  /** The tables of an account's cases, children before their parents, in the order deleted. */
  private static final List<String> TABLES =
      List.of(
          "enforcement_application",
          "court_judgment_payment",
          "court_claim_interest_rate_period",
          "court_claim_interest_exclusion",
          "court_claim_hearing",
          "court_claim_charge",
          "court_claim",
          "tribunal_determination_charge",
          "tribunal_application_hearing",
          "tribunal_application_charge",
          "tribunal_application");

  private static final String CLAIM_COLUMNS =
      "position, claim_number, issued_on, debt_pence, fee_pence, interest_basis,"
          + " interest_principal_pence, interest_rate_percent, interest_from, interest_to,"
          + " interest_days_counted, interest_days_excluded, interest_total_pence,"
          + " interest_daily_rate_pence, interest_rounding, judgment_on, judgment_kind,"
          + " judgment_debt_pence, judgment_interest_pence, judgment_costs_pence, terms_kind,"
          + " terms_pay_by, terms_instalment_pence, terms_frequency, terms_first_due, closed_on,"
          + " closure_kind";

  private static final String APPLICATION_COLUMNS =
      "position, case_reference, made_on, applicant, amount_in_issue_pence, withdrawn_on,"
          + " decided_on, amount_found_payable_pence, final_on";

  private static final String ENFORCEMENT_COLUMNS =
      "claim_number, method, applied_on, fee_pence, outcome_on, outcome_kind, recovered_pence";

  private static final String IN_FULL = "IN_FULL";
  private static final String INSTALMENTS = "INSTALMENTS";

  private CourtCaseRows() {}

  static Versioned<CourtCases> save(
      Connection connection,
      AccountId account,
      CourtCases cases,
      long expectedVersion,
      Change change)
      throws SQLException {
    String id = account.value();
    long stored = AuditRows.lockedVersion(connection, "court_cases", "account_id", id);
    if (stored != expectedVersion) {
      throw new StaleWriteException(AuditedEntity.COURT_CASES, id, expectedVersion, stored);
    }
    if (!AuditRows.accountExists(connection, id)) {
      throw new UnknownAccountException(account);
    }
    long version = expectedVersion + 1;
    if (stored == Versioned.NEW) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO court_cases (account_id, version) VALUES (?, ?)")) {
        Parameters.of(insert).reference("account id", id).number(version);
        insert.executeUpdate();
      }
    } else {
      try (PreparedStatement update =
          connection.prepareStatement("UPDATE court_cases SET version = ? WHERE account_id = ?")) {
        Parameters.of(update).number(version).reference("account id", id);
        update.executeUpdate();
      }
      for (String table : TABLES) {
        try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM " + table + " WHERE account_id = ?")) {
          delete.setString(1, id);
          delete.executeUpdate();
        }
      }
    }
    insertClaims(connection, id, cases.claims());
    insertApplications(connection, id, cases.tribunalApplications());
    insertEnforcements(connection, id, cases.enforcements());
    AuditRows.insert(connection, new AuditEntry(AuditedEntity.COURT_CASES, id, version, change));
    return new Versioned<>(cases, version);
  }

  private static void insertClaims(Connection connection, String id, List<CountyCourtClaim> claims)
      throws SQLException {
    try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO court_claim (account_id, "
                    + CLAIM_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?)");
        Children charges = new Children(connection, "court_claim_charge", "claim_position");
        Children hearings = new Children(connection, "court_claim_hearing", "claim_position");
        Children exclusions =
            new Children(connection, "court_claim_interest_exclusion", "claim_position");
        Children ratePeriods =
            new Children(connection, "court_claim_interest_rate_period", "claim_position");
        Children payments = new Children(connection, "court_judgment_payment", "claim_position")) {
      int position = 0;
      for (CountyCourtClaim claim : claims) {
        position++;
        Optional<ParticularsOfInterest> interest = claim.interest();
        ParticularsOfInterest particulars = interest.orElse(null);
        Judgment judgment = claim.judgment().orElse(null);
        PaymentTerms terms = judgment == null ? null : judgment.terms();
        PaymentTerms.InFull inFull = terms instanceof PaymentTerms.InFull f ? f : null;
        PaymentTerms.Instalments instalments =
            terms instanceof PaymentTerms.Instalments i ? i : null;
        ClaimClosure closure = claim.closure().orElse(null);
        Parameters.of(insert)
            .reference("account id", id)
            .integer(position)
            .reference("claim number", claim.claimNumber().value())
            .date(claim.issuedOn())
            .number(claim.debt().pence())
            .number(claim.fee().pence())
            .name(particulars == null ? null : particulars.basis())
            .number(particulars == null ? null : particulars.principal().pence())
            .text(
                "interest rate",
                particulars == null ? null : particulars.annualRatePercent().toString())
            .date(particulars == null ? null : particulars.from())
            .date(particulars == null ? null : particulars.to())
            .number(particulars == null ? null : particulars.daysCounted())
            .number(particulars == null ? null : particulars.daysExcluded())
            .number(particulars == null ? null : particulars.total().pence())
            .number(particulars == null ? null : particulars.dailyRate().pence())
            .name(particulars == null ? null : particulars.rounding())
            .date(judgment == null ? null : judgment.on())
            .name(judgment == null ? null : judgment.kind())
            .number(judgment == null ? null : judgment.debt().pence())
            .number(judgment == null ? null : judgment.interest().pence())
            .number(judgment == null ? null : judgment.costs().pence())
            .text("payment terms", terms == null ? null : inFull != null ? IN_FULL : INSTALMENTS)
            .date(inFull == null ? null : inFull.payBy())
            .number(instalments == null ? null : instalments.amount().pence())
            .name(instalments == null ? null : instalments.frequency())
            .date(instalments == null ? null : instalments.firstDue())
            .date(closure == null ? null : closure.on())
            .name(closure == null ? null : closure.kind());
        insert.addBatch();
        for (EntryId charge : claim.charges()) {
          charges.add(id, position).number(charge.value());
        }
        for (Hearing hearing : claim.hearings()) {
          hearings.add(id, position).date(hearing.on()).text("hearing purpose", hearing.purpose());
        }
        if (particulars != null) {
          for (InterestExclusion exclusion : particulars.exclusions()) {
            exclusions
                .add(id, position)
                .date(exclusion.days().start())
                .date(exclusion.days().endExclusive())
                .name(exclusion.reason());
          }
          for (RatePeriod period : particulars.ratePeriods()) {
            ratePeriods
                .add(id, position)
                .date(period.days().start())
                .date(period.days().endExclusive())
                .text("interest rate", period.annualRatePercent().toString())
                .number(period.daysCounted());
          }
        }
        if (judgment != null) {
          for (JudgmentPayment payment : judgment.payments()) {
            payments.add(id, position).date(payment.on()).number(payment.amount().pence());
          }
        }
      }
      insert.executeBatch();
      charges.execute("entry_id");
      hearings.execute("heard_on, purpose");
      exclusions.execute("start_date, end_exclusive, reason");
      ratePeriods.execute("start_date, end_exclusive, rate_percent, days_counted");
      payments.execute("paid_on, amount_pence");
    }
  }

  private static void insertApplications(
      Connection connection, String id, List<TribunalApplication> applications)
      throws SQLException {
    try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO tribunal_application (account_id, "
                    + APPLICATION_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Children charges =
            new Children(connection, "tribunal_application_charge", "application_position");
        Children hearings =
            new Children(connection, "tribunal_application_hearing", "application_position");
        Children found =
            new Children(connection, "tribunal_determination_charge", "application_position")) {
      int position = 0;
      for (TribunalApplication application : applications) {
        position++;
        TribunalDetermination determination = application.determination().orElse(null);
        Parameters.of(insert)
            .reference("account id", id)
            .integer(position)
            .reference("tribunal case reference", application.caseReference())
            .date(application.madeOn())
            .name(application.applicant())
            .number(application.amountInIssue().pence())
            .date(application.withdrawnOn().orElse(null))
            .date(determination == null ? null : determination.decidedOn())
            .number(determination == null ? null : determination.amountFoundPayable().pence())
            .date(determination == null ? null : determination.finalOn().orElse(null));
        insert.addBatch();
        for (EntryId charge : application.charges()) {
          charges.add(id, position).number(charge.value());
        }
        for (Hearing hearing : application.hearings()) {
          hearings.add(id, position).date(hearing.on()).text("hearing purpose", hearing.purpose());
        }
        if (determination != null) {
          for (EntryId charge : determination.chargesFoundPayable()) {
            found.add(id, position).number(charge.value());
          }
        }
      }
      insert.executeBatch();
      charges.execute("entry_id");
      hearings.execute("heard_on, purpose");
      found.execute("entry_id");
    }
  }

  private static void insertEnforcements(
      Connection connection, String id, List<EnforcementApplication> enforcements)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO enforcement_application (account_id, position, "
                + ENFORCEMENT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (EnforcementApplication enforcement : enforcements) {
        EnforcementOutcome outcome = enforcement.outcome().orElse(null);
        Parameters.of(insert)
            .reference("account id", id)
            .integer(++position)
            .reference("claim number", enforcement.claimNumber().value())
            .name(enforcement.method())
            .date(enforcement.appliedOn())
            .number(enforcement.fee().pence())
            .date(outcome == null ? null : outcome.on())
            .name(outcome == null ? null : outcome.kind())
            .number(outcome == null ? null : outcome.recovered().pence());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static Optional<Versioned<CourtCases>> find(Connection connection, AccountId account)
      throws SQLException {
    String id = account.value();
    long version;
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT version FROM court_cases WHERE account_id = ?")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        version = rows.getLong(1);
      }
    }
    CourtCases cases =
        new CourtCases(
            claims(connection, id), applications(connection, id), enforcements(connection, id));
    return Optional.of(new Versioned<>(cases, version));
  }

  private static ImmutableList<CountyCourtClaim> claims(Connection connection, String id)
      throws SQLException {
    Map<Integer, List<EntryId>> charges = new HashMap<>();
    each(
        connection,
        "SELECT claim_position, entry_id FROM court_claim_charge",
        id,
        rows -> list(charges, rows).add(EntryId.of(rows.getLong("entry_id"))));
    Map<Integer, List<Hearing>> hearings = new HashMap<>();
    each(
        connection,
        "SELECT claim_position, heard_on, purpose FROM court_claim_hearing",
        id,
        rows -> list(hearings, rows).add(hearing(rows)));
    Map<Integer, List<InterestExclusion>> exclusions = new HashMap<>();
    each(
        connection,
        "SELECT claim_position, start_date, end_exclusive, reason"
            + " FROM court_claim_interest_exclusion",
        id,
        rows ->
            list(exclusions, rows)
                .add(
                    new InterestExclusion(
                        days(rows), ExclusionReason.valueOf(rows.getString("reason")))));
    Map<Integer, List<RatePeriod>> ratePeriods = new HashMap<>();
    each(
        connection,
        "SELECT claim_position, start_date, end_exclusive, rate_percent, days_counted"
            + " FROM court_claim_interest_rate_period",
        id,
        rows ->
            list(ratePeriods, rows)
                .add(
                    new RatePeriod(
                        days(rows),
                        new BigDecimal(rows.getString("rate_percent")),
                        rows.getLong("days_counted"))));
    Map<Integer, List<JudgmentPayment>> payments = new HashMap<>();
    each(
        connection,
        "SELECT claim_position, paid_on, amount_pence FROM court_judgment_payment",
        id,
        rows ->
            list(payments, rows)
                .add(
                    new JudgmentPayment(
                        rows.getDate("paid_on").toLocalDate(),
                        Money.ofPence(rows.getLong("amount_pence")))));
    ImmutableList.Builder<CountyCourtClaim> claims = ImmutableList.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + CLAIM_COLUMNS
                + " FROM court_claim WHERE account_id = ? ORDER BY position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Integer position = rows.getInt("position");
          claims.add(
              CountyCourtClaim.builder()
                  .claimNumber(ClaimNumber.of(rows.getString("claim_number")))
                  .issuedOn(rows.getDate("issued_on").toLocalDate())
                  .charges(charges.getOrDefault(position, List.of()))
                  .debt(Money.ofPence(rows.getLong("debt_pence")))
                  .interest(
                      particulars(
                          rows,
                          exclusions.getOrDefault(position, List.of()),
                          ratePeriods.getOrDefault(position, List.of())))
                  .fee(Money.ofPence(rows.getLong("fee_pence")))
                  .hearings(hearings.getOrDefault(position, List.of()))
                  .judgment(judgment(rows, payments.getOrDefault(position, List.of())))
                  .closure(closure(rows))
                  .build());
        }
      }
    }
    return claims.build();
  }

  private static Optional<ParticularsOfInterest> particulars(
      ResultSet rows, List<InterestExclusion> exclusions, List<RatePeriod> ratePeriods)
      throws SQLException {
    String basis = rows.getString("interest_basis");
    if (basis == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ParticularsOfInterest(
            InterestBasis.valueOf(basis),
            Money.ofPence(rows.getLong("interest_principal_pence")),
            new BigDecimal(rows.getString("interest_rate_percent")),
            rows.getDate("interest_from").toLocalDate(),
            rows.getDate("interest_to").toLocalDate(),
            rows.getLong("interest_days_counted"),
            ImmutableList.copyOf(exclusions),
            rows.getLong("interest_days_excluded"),
            ImmutableList.copyOf(ratePeriods),
            Money.ofPence(rows.getLong("interest_total_pence")),
            Money.ofPence(rows.getLong("interest_daily_rate_pence")),
            RoundingMode.valueOf(rows.getString("interest_rounding"))));
  }

  private static Optional<Judgment> judgment(ResultSet rows, List<JudgmentPayment> payments)
      throws SQLException {
    Optional<LocalDate> on = date(rows, "judgment_on");
    if (on.isEmpty()) {
      return Optional.empty();
    }
    PaymentTerms terms =
        switch (rows.getString("terms_kind")) {
          case IN_FULL -> new PaymentTerms.InFull(rows.getDate("terms_pay_by").toLocalDate());
          case INSTALMENTS ->
              new PaymentTerms.Instalments(
                  Money.ofPence(rows.getLong("terms_instalment_pence")),
                  InstalmentFrequency.valueOf(rows.getString("terms_frequency")),
                  rows.getDate("terms_first_due").toLocalDate());
          default ->
              throw new IllegalStateException(
                  "unknown payment terms kind " + rows.getString("terms_kind"));
        };
    return Optional.of(
        new Judgment(
            on.get(),
            JudgmentKind.valueOf(rows.getString("judgment_kind")),
            Money.ofPence(rows.getLong("judgment_debt_pence")),
            Money.ofPence(rows.getLong("judgment_interest_pence")),
            Money.ofPence(rows.getLong("judgment_costs_pence")),
            terms,
            ImmutableList.copyOf(payments)));
  }

  private static ImmutableList<TribunalApplication> applications(Connection connection, String id)
      throws SQLException {
    Map<Integer, List<EntryId>> charges = new HashMap<>();
    each(
        connection,
        "SELECT application_position, entry_id FROM tribunal_application_charge",
        id,
        rows -> list(charges, rows).add(EntryId.of(rows.getLong("entry_id"))));
    Map<Integer, List<Hearing>> hearings = new HashMap<>();
    each(
        connection,
        "SELECT application_position, heard_on, purpose FROM tribunal_application_hearing",
        id,
        rows -> list(hearings, rows).add(hearing(rows)));
    Map<Integer, List<EntryId>> found = new HashMap<>();
    each(
        connection,
        "SELECT application_position, entry_id FROM tribunal_determination_charge",
        id,
        rows -> list(found, rows).add(EntryId.of(rows.getLong("entry_id"))));
    ImmutableList.Builder<TribunalApplication> applications = ImmutableList.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + APPLICATION_COLUMNS
                + " FROM tribunal_application WHERE account_id = ? ORDER BY position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Integer position = rows.getInt("position");
          Optional<LocalDate> decided = date(rows, "decided_on");
          Optional<TribunalDetermination> determination = Optional.empty();
          if (decided.isPresent()) {
            determination =
                Optional.of(
                    new TribunalDetermination(
                        decided.get(),
                        Money.ofPence(rows.getLong("amount_found_payable_pence")),
                        ImmutableSet.copyOf(found.getOrDefault(position, List.of())),
                        date(rows, "final_on")));
          }
          applications.add(
              TribunalApplication.builder()
                  .caseReference(rows.getString("case_reference"))
                  .madeOn(rows.getDate("made_on").toLocalDate())
                  .applicant(TribunalApplicant.valueOf(rows.getString("applicant")))
                  .charges(charges.getOrDefault(position, List.of()))
                  .amountInIssue(Money.ofPence(rows.getLong("amount_in_issue_pence")))
                  .hearings(hearings.getOrDefault(position, List.of()))
                  .determination(determination)
                  .withdrawnOn(date(rows, "withdrawn_on"))
                  .build());
        }
      }
    }
    return applications.build();
  }

  private static ImmutableList<EnforcementApplication> enforcements(
      Connection connection, String id) throws SQLException {
    ImmutableList.Builder<EnforcementApplication> enforcements = ImmutableList.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT "
                + ENFORCEMENT_COLUMNS
                + " FROM enforcement_application WHERE account_id = ? ORDER BY position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Optional<LocalDate> outcomeOn = date(rows, "outcome_on");
          Optional<EnforcementOutcome> outcome = Optional.empty();
          if (outcomeOn.isPresent()) {
            outcome =
                Optional.of(
                    new EnforcementOutcome(
                        outcomeOn.get(),
                        EnforcementOutcome.Kind.valueOf(rows.getString("outcome_kind")),
                        Money.ofPence(rows.getLong("recovered_pence"))));
          }
          enforcements.add(
              new EnforcementApplication(
                  ClaimNumber.of(rows.getString("claim_number")),
                  EnforcementMethod.valueOf(rows.getString("method")),
                  rows.getDate("applied_on").toLocalDate(),
                  Money.ofPence(rows.getLong("fee_pence")),
                  outcome));
        }
      }
    }
    return enforcements.build();
  }

  private static Hearing hearing(ResultSet rows) throws SQLException {
    return new Hearing(rows.getDate("heard_on").toLocalDate(), rows.getString("purpose"));
  }

  private static DateRange days(ResultSet rows) throws SQLException {
    return new DateRange(
        rows.getDate("start_date").toLocalDate(), rows.getDate("end_exclusive").toLocalDate());
  }

  private static Optional<LocalDate> date(ResultSet rows, String column) throws SQLException {
    return Optional.ofNullable(rows.getDate(column)).map(Date::toLocalDate);
  }

  private static Optional<ClaimClosure> closure(ResultSet rows) throws SQLException {
    Optional<LocalDate> on = date(rows, "closed_on");
    if (on.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ClaimClosure(on.get(), ClaimClosure.Kind.valueOf(rows.getString("closure_kind"))));
  }

  /** The list of the parent (its position in the first column) that the current row belongs to. */
  private static <T> List<T> list(Map<Integer, List<T>> byParent, ResultSet rows)
      throws SQLException {
    return byParent.computeIfAbsent(rows.getInt(1), parent -> new ArrayList<>());
  }

  /** Reads every row of {@code select} for the account, by parent and position. */
  private static void each(Connection connection, String select, String id, RowReader reader)
      throws SQLException {
    String parent = select.substring("SELECT ".length(), select.indexOf(','));
    try (PreparedStatement statement =
        connection.prepareStatement(
            select + " WHERE account_id = ? ORDER BY " + parent + ", position")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    }
  }

  /** Reads one row. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  /**
   * The rows of one child table (charges, hearings, payments ...) gathered while the parents are
   * bound, and inserted after them in one batch, each numbered within its parent.
   */
  private static final class Children implements AutoCloseable {

    private final Connection connection;
    private final String table;
    private final String parentColumn;
    private final List<List<Object>> rows = new ArrayList<>();
    private final Map<Integer, Integer> counts = new HashMap<>();
    private @Nullable PreparedStatement statement;

    Children(Connection connection, String table, String parentColumn) {
      this.connection = connection;
      this.table = table;
      this.parentColumn = parentColumn;
    }

    /** A new row for parent {@code position}; the values follow. */
    Row add(String id, int parent) {
      int position = counts.merge(parent, 1, Integer::sum);
      List<Object> row = new ArrayList<>();
      row.add(id);
      row.add(parent);
      row.add(position);
      rows.add(row);
      return new Row(row);
    }

    /** Inserts the rows gathered, with {@code columns} after account, parent and position. */
    void execute(String columns) throws SQLException {
      if (rows.isEmpty()) {
        return;
      }
      int count = columns.split(",").length + 3;
      statement =
          connection.prepareStatement(
              "INSERT INTO "
                  + table
                  + " (account_id, "
                  + parentColumn
                  + ", position, "
                  + columns
                  + ") VALUES ("
                  + String.join(", ", Collections.nCopies(count, "?"))
                  + ")");
      for (List<Object> row : rows) {
        Parameters parameters =
            Parameters.of(statement)
                .reference("account id", (String) row.get(0))
                .integer((Integer) row.get(1))
                .integer((Integer) row.get(2));
        for (Object value : row.subList(3, row.size())) {
          if (value instanceof Field field) {
            parameters.text(field.name(), field.text());
          } else if (value instanceof LocalDate day) {
            parameters.date(day);
          } else if (value instanceof Long number) {
            parameters.number(number);
          } else {
            parameters.name((Enum<?>) value);
          }
        }
        statement.addBatch();
      }
      statement.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      if (statement != null) {
        statement.close();
      }
    }
  }

  /** Free text and the name of its field, for the message should the text be refused. */
  private record Field(String name, String text) {}

  /** One child row's values after account, parent and position, in column order. */
  private record Row(List<Object> values) {

    Row date(LocalDate day) {
      values.add(day);
      return this;
    }

    Row number(long number) {
      values.add(number);
      return this;
    }

    Row text(String field, String text) {
      values.add(new Field(field, text));
      return this;
    }

    Row name(Enum<?> value) {
      values.add(value);
      return this;
    }
  }
}
