package org.homeownership.recovery.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.GroundRentTerms;
import org.homeownership.recovery.lease.ImmutableLease;
import org.homeownership.recovery.lease.InstalmentPlan;
import org.homeownership.recovery.lease.InterestClause;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.lease.RightToBuyEstimate;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.EstateId;
import org.homeownership.recovery.property.ImmutableDwelling;
import org.homeownership.recovery.property.Tenure;
import org.jspecify.annotations.Nullable;

/** The SQL and row mapping of dwellings and leases. Decimals travel as their exact text. */
final class PropertyRows {

  private static final String DWELLING_COLUMNS =
      "dwelling_id, estate_id, block_id, tenure, rateable_value, gross_value, floor_area,"
          + " bedrooms, bed_spaces, fixed_block_percentage, fixed_estate_percentage";
  private static final String LEASE_COLUMNS =
      "dwelling_id, lease_date, block_basis, estate_basis, service_charge_year_month,"
          + " service_charge_year_day, instalment_plan, ground_rent_pence,"
          + " interest_percent_over_base, interest_grace_days, right_to_buy_grant_date,"
          + " initial_period_end, section125_notice_date";

  private PropertyRows() {}

  static void saveDwelling(Connection connection, Dwelling dwelling) throws SQLException {
    boolean exists = exists(connection, "dwelling", dwelling.id());
    String sql =
        exists
            ? "UPDATE dwelling SET estate_id = ?, block_id = ?, tenure = ?, rateable_value = ?,"
                + " gross_value = ?, floor_area = ?, bedrooms = ?, bed_spaces = ?,"
                + " fixed_block_percentage = ?, fixed_estate_percentage = ? WHERE dwelling_id = ?"
            : "INSERT INTO dwelling (estate_id, block_id, tenure, rateable_value, gross_value,"
                + " floor_area, bedrooms, bed_spaces, fixed_block_percentage,"
                + " fixed_estate_percentage, dwelling_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Parameters.of(statement)
          .reference("estate id", dwelling.estate().value())
          .reference("block id", dwelling.block().map(BlockId::value).orElse(null))
          .name(dwelling.tenure())
          .text("rateable value", decimal(dwelling.rateableValue()))
          .text("gross value", decimal(dwelling.grossValue()))
          .text("floor area", decimal(dwelling.floorArea()))
          .count(dwelling.bedrooms().isPresent() ? dwelling.bedrooms().getAsInt() : null)
          .count(dwelling.bedSpaces().isPresent() ? dwelling.bedSpaces().getAsInt() : null)
          .text("fixed block percentage", decimal(dwelling.fixedBlockPercentage()))
          .text("fixed estate percentage", decimal(dwelling.fixedEstatePercentage()))
          .reference("dwelling id", dwelling.id().value());
      statement.executeUpdate();
    }
  }

  static void saveLease(Connection connection, Lease lease) throws SQLException {
    if (!exists(connection, "dwelling", lease.dwelling())) {
      throw new IllegalArgumentException(
          "lease of " + lease.dwelling() + ": no such dwelling is stored");
    }
    boolean exists = exists(connection, "lease", lease.dwelling());
    for (String table : List.of("lease_ground_rent_due", "lease_right_to_buy_estimate")) {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM " + table + " WHERE dwelling_id = ?")) {
        delete.setString(1, lease.dwelling().value());
        delete.executeUpdate();
      }
    }
    String sql =
        exists
            ? "UPDATE lease SET lease_date = ?, block_basis = ?, estate_basis = ?,"
                + " service_charge_year_month = ?, service_charge_year_day = ?,"
                + " instalment_plan = ?, ground_rent_pence = ?, interest_percent_over_base = ?,"
                + " interest_grace_days = ?, right_to_buy_grant_date = ?, initial_period_end = ?,"
                + " section125_notice_date = ? WHERE dwelling_id = ?"
            : "INSERT INTO lease (lease_date, block_basis, estate_basis,"
                + " service_charge_year_month, service_charge_year_day, instalment_plan,"
                + " ground_rent_pence, interest_percent_over_base, interest_grace_days,"
                + " right_to_buy_grant_date, initial_period_end, section125_notice_date,"
                + " dwelling_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Parameters.of(statement)
          .date(lease.leaseDate())
          .name(lease.blockBasis())
          .name(lease.estateBasis())
          .integer(lease.serviceChargeYearStart().getMonthValue())
          .integer(lease.serviceChargeYearStart().getDayOfMonth())
          .name(lease.instalmentPlan())
          .number(lease.groundRent().map(g -> g.yearlyAmount().pence()).orElse(null))
          .text(
              "interest rate",
              lease.interestClause().map(i -> i.percentOverBase().toPlainString()).orElse(null))
          .count(lease.interestClause().map(InterestClause::graceDays).orElse(null))
          .date(lease.rightToBuyGrantDate().orElse(null))
          .date(lease.initialPeriodEnd().orElse(null))
          .date(lease.section125NoticeDate().orElse(null))
          .reference("dwelling id", lease.dwelling().value());
      statement.executeUpdate();
    }
    if (lease.groundRent().isPresent()) {
      List<MonthDay> dues = lease.groundRent().get().dueDates();
      for (int i = 0; i < dues.size(); i++) {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO lease_ground_rent_due (dwelling_id, position, due_month, due_day)"
                    + " VALUES (?, ?, ?, ?)")) {
          Parameters.of(insert)
              .reference("dwelling id", lease.dwelling().value())
              .integer(i + 1)
              .integer(dues.get(i).getMonthValue())
              .integer(dues.get(i).getDayOfMonth());
          insert.executeUpdate();
        }
      }
    }
    List<RightToBuyEstimate> estimates = lease.rightToBuyEstimates();
    for (int i = 0; i < estimates.size(); i++) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO lease_right_to_buy_estimate (dwelling_id, position, works,"
                  + " contribution_pence) VALUES (?, ?, ?, ?)")) {
        Parameters.of(insert)
            .reference("dwelling id", lease.dwelling().value())
            .integer(i + 1)
            .text("s.125 works", estimates.get(i).works())
            .number(estimates.get(i).contribution().pence());
        insert.executeUpdate();
      }
    }
  }

  static Optional<Dwelling> dwelling(Connection connection, DwellingId id) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT " + DWELLING_COLUMNS + " FROM dwelling WHERE dwelling_id = ?")) {
      statement.setString(1, id.value());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(dwelling(rows)) : Optional.empty();
      }
    }
  }

  static String selectDwellings(Dialect dialect) {
    return "SELECT "
        + DWELLING_COLUMNS
        + " FROM dwelling ORDER BY "
        + dialect.byAccount("dwelling_id");
  }

  static Dwelling dwelling(ResultSet rows) throws SQLException {
    ImmutableDwelling.Builder builder =
        Dwelling.builder()
            .id(DwellingId.of(rows.getString("dwelling_id")))
            .estate(EstateId.of(rows.getString("estate_id")))
            .block(Optional.ofNullable(rows.getString("block_id")).map(BlockId::of))
            .tenure(Tenure.valueOf(rows.getString("tenure")))
            .rateableValue(decimal(rows, "rateable_value"))
            .grossValue(decimal(rows, "gross_value"))
            .floorArea(decimal(rows, "floor_area"))
            .fixedBlockPercentage(decimal(rows, "fixed_block_percentage"))
            .fixedEstatePercentage(decimal(rows, "fixed_estate_percentage"));
    int bedrooms = rows.getInt("bedrooms");
    if (!rows.wasNull()) {
      builder.bedrooms(bedrooms);
    }
    int bedSpaces = rows.getInt("bed_spaces");
    if (!rows.wasNull()) {
      builder.bedSpaces(bedSpaces);
    }
    return builder.build();
  }

  static Optional<Lease> lease(Connection connection, DwellingId dwelling) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT " + LEASE_COLUMNS + " FROM lease WHERE dwelling_id = ?")) {
      statement.setString(1, dwelling.value());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(lease(connection, rows)) : Optional.empty();
      }
    }
  }

  static List<Lease> leases(Connection connection, Dialect dialect) throws SQLException {
    List<Lease> leases = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT "
                    + LEASE_COLUMNS
                    + " FROM lease ORDER BY "
                    + dialect.byAccount("dwelling_id"));
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        leases.add(lease(connection, rows));
      }
    }
    return leases;
  }

  private static Lease lease(Connection connection, ResultSet rows) throws SQLException {
    DwellingId dwelling = DwellingId.of(rows.getString("dwelling_id"));
    ImmutableLease.Builder builder =
        Lease.builder()
            .dwelling(dwelling)
            .leaseDate(rows.getDate("lease_date").toLocalDate())
            .blockBasis(ApportionmentBasis.valueOf(rows.getString("block_basis")))
            .estateBasis(ApportionmentBasis.valueOf(rows.getString("estate_basis")))
            .serviceChargeYearStart(
                MonthDay.of(
                    rows.getInt("service_charge_year_month"),
                    rows.getInt("service_charge_year_day")))
            .instalmentPlan(InstalmentPlan.valueOf(rows.getString("instalment_plan")))
            .rightToBuyGrantDate(date(rows, "right_to_buy_grant_date"))
            .initialPeriodEnd(date(rows, "initial_period_end"))
            .section125NoticeDate(date(rows, "section125_notice_date"));
    long groundRent = rows.getLong("ground_rent_pence");
    if (!rows.wasNull()) {
      builder.groundRent(
          new GroundRentTerms(Money.ofPence(groundRent), groundRentDues(connection, dwelling)));
    }
    String rate = rows.getString("interest_percent_over_base");
    if (rate != null) {
      builder.interestClause(
          new InterestClause(new BigDecimal(rate), rows.getInt("interest_grace_days")));
    }
    builder.rightToBuyEstimates(estimates(connection, dwelling));
    return builder.build();
  }

  private static ImmutableList<MonthDay> groundRentDues(Connection connection, DwellingId dwelling)
      throws SQLException {
    ImmutableList.Builder<MonthDay> dues = ImmutableList.builder();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT due_month, due_day FROM lease_ground_rent_due WHERE dwelling_id = ?"
                + " ORDER BY position")) {
      statement.setString(1, dwelling.value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          dues.add(MonthDay.of(rows.getInt("due_month"), rows.getInt("due_day")));
        }
      }
    }
    return dues.build();
  }

  private static List<RightToBuyEstimate> estimates(Connection connection, DwellingId dwelling)
      throws SQLException {
    List<RightToBuyEstimate> estimates = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT works, contribution_pence FROM lease_right_to_buy_estimate"
                + " WHERE dwelling_id = ? ORDER BY position")) {
      statement.setString(1, dwelling.value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          estimates.add(
              new RightToBuyEstimate(
                  rows.getString("works"), Money.ofPence(rows.getLong("contribution_pence"))));
        }
      }
    }
    return estimates;
  }

  /** Locks the row until the transaction ends; false if there is none. */
  private static boolean exists(Connection connection, String table, DwellingId id)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT dwelling_id FROM " + table + " WHERE dwelling_id = ? FOR UPDATE")) {
      statement.setString(1, id.value());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static @Nullable String decimal(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse(null);
  }

  private static Optional<BigDecimal> decimal(ResultSet rows, String column) throws SQLException {
    return Optional.ofNullable(rows.getString(column)).map(BigDecimal::new);
  }

  private static Optional<LocalDate> date(ResultSet rows, String column) throws SQLException {
    return Optional.ofNullable(rows.getDate(column)).map(Date::toLocalDate);
  }
}
