package org.homeownership.recovery.persistence.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.audit.AuditEntry;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.demand.CostLine;
import org.homeownership.recovery.demand.ImmutableServiceChargeDemand;
import org.homeownership.recovery.demand.ServiceChargeDemand;
import org.homeownership.recovery.money.Money;

/**
 * SQL and mapping for the service charge demands served on each account (V6): append-only rows with
 * the addresses and costs they give, read by account in the order served. Recording a demand locks
 * the account row, so the audit line's version (the account's count of demands) and the check that
 * its reference is new hold whichever of two writers came first.
 */
final class DemandRows {

  private static final String LANDLORD = "LANDLORD";
  private static final String FOR_SERVICE = "FOR_SERVICE";

  private DemandRows() {}

  static void insert(Connection connection, ServiceChargeDemand demand, Change change)
      throws SQLException {
    AccountId account = demand.account();
    ContactRows.lockAccount(connection, account);
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT 1 FROM service_charge_demand WHERE account_id = ? AND reference = ?")) {
      statement.setString(1, account.value());
      statement.setString(2, demand.reference());
      try (ResultSet rows = statement.executeQuery()) {
        if (rows.next()) {
          throw new IllegalArgumentException(
              "demand " + demand.reference() + " is already recorded on account " + account);
        }
      }
    }
    long demandId;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO service_charge_demand (account_id, reference, served_on,"
                + " service_charge_pence, administration_charge_pence,"
                + " service_charge_summary_enclosed, administration_charge_summary_enclosed,"
                + " landlord_name, landlord_address_in_england_and_wales,"
                + " address_for_service_previously_notified, demanded_on_account_pence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new String[] {"demand_id"})) {
      Parameters.of(insert)
          .reference("account id", account.value())
          .reference("demand reference", demand.reference())
          .date(demand.servedOn())
          .number(demand.serviceCharge().pence())
          .number(demand.administrationCharge().pence())
          .flag(demand.serviceChargeSummaryEnclosed())
          .flag(demand.administrationChargeSummaryEnclosed())
          .text("landlord name", demand.landlordName().orElse(null))
          .flag(demand.landlordAddressInEnglandAndWales())
          .flag(demand.addressForServicePreviouslyNotified())
          .number(demand.demandedOnAccount().pence());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        demandId = keys.getLong(1);
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO service_charge_demand_address (demand_id, role, line_1, line_2, line_3,"
                + " line_4, town, postcode, country_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      if (demand.landlordAddress().isPresent()) {
        bindAddress(insert, demandId, LANDLORD, demand.landlordAddress().get());
        insert.addBatch();
      }
      if (demand.addressForService().isPresent()) {
        bindAddress(insert, demandId, FOR_SERVICE, demand.addressForService().get());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO service_charge_demand_cost (demand_id, position, description,"
                + " share_pence, invoiced_on, paid_on, section_20b_notice_on)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (CostLine cost : demand.costs()) {
        Parameters.of(insert)
            .number(demandId)
            .integer(++position)
            .text("cost description", cost.description())
            .number(cost.share().pence())
            .date(cost.invoicedOn())
            .date(cost.paidOn().orElse(null))
            .date(cost.section20bNoticeOn().orElse(null));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    long count;
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM service_charge_demand WHERE account_id = ?")) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        count = rows.getLong(1);
      }
    }
    AuditRows.insert(
        connection,
        new AuditEntry(AuditedEntity.SERVICE_CHARGE_DEMAND, account.value(), count, change));
  }

  private static void bindAddress(
      PreparedStatement insert, long demandId, String role, PostalAddress address)
      throws SQLException {
    Parameters.of(insert).number(demandId).text("address role", role).address(address);
  }

  static List<ServiceChargeDemand> byAccount(Connection connection, AccountId account)
      throws SQLException {
    Map<Long, ImmutableServiceChargeDemand.Builder> demands = new LinkedHashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT demand_id, reference, served_on, service_charge_pence,"
                + " administration_charge_pence, service_charge_summary_enclosed,"
                + " administration_charge_summary_enclosed, landlord_name,"
                + " landlord_address_in_england_and_wales, address_for_service_previously_notified,"
                + " demanded_on_account_pence FROM service_charge_demand WHERE account_id = ?"
                + " ORDER BY served_on, demand_id")) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          demands.put(
              rows.getLong("demand_id"),
              ServiceChargeDemand.builder()
                  .account(account)
                  .reference(rows.getString("reference"))
                  .servedOn(rows.getDate("served_on").toLocalDate())
                  .serviceCharge(Money.ofPence(rows.getLong("service_charge_pence")))
                  .administrationCharge(Money.ofPence(rows.getLong("administration_charge_pence")))
                  .serviceChargeSummaryEnclosed(rows.getBoolean("service_charge_summary_enclosed"))
                  .administrationChargeSummaryEnclosed(
                      rows.getBoolean("administration_charge_summary_enclosed"))
                  .landlordName(Optional.ofNullable(rows.getString("landlord_name")))
                  .landlordAddressInEnglandAndWales(
                      rows.getBoolean("landlord_address_in_england_and_wales"))
                  .addressForServicePreviouslyNotified(
                      rows.getBoolean("address_for_service_previously_notified"))
                  .demandedOnAccount(Money.ofPence(rows.getLong("demanded_on_account_pence"))));
        }
      }
    }
    if (demands.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT ad.demand_id, ad.role, ad.line_1, ad.line_2, ad.line_3, ad.line_4, ad.town,"
                + " ad.postcode, ad.country_code FROM service_charge_demand_address ad"
                + " JOIN service_charge_demand d ON d.demand_id = ad.demand_id"
                + " WHERE d.account_id = ?")) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ImmutableServiceChargeDemand.Builder demand = demands.get(rows.getLong("demand_id"));
          PostalAddress address = AccountRows.address(rows);
          if (LANDLORD.equals(rows.getString("role"))) {
            demand.landlordAddress(address);
          } else {
            demand.addressForService(address);
          }
        }
      }
    }
    Map<Long, List<CostLine>> costs = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT c.demand_id, c.description, c.share_pence, c.invoiced_on, c.paid_on,"
                + " c.section_20b_notice_on FROM service_charge_demand_cost c"
                + " JOIN service_charge_demand d ON d.demand_id = c.demand_id"
                + " WHERE d.account_id = ? ORDER BY c.demand_id, c.position")) {
      statement.setString(1, account.value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          costs
              .computeIfAbsent(rows.getLong("demand_id"), id -> new ArrayList<>())
              .add(
                  CostLine.builder()
                      .description(rows.getString("description"))
                      .share(Money.ofPence(rows.getLong("share_pence")))
                      .invoicedOn(rows.getDate("invoiced_on").toLocalDate())
                      .paidOn(date(rows, "paid_on"))
                      .section20bNoticeOn(date(rows, "section_20b_notice_on"))
                      .build());
        }
      }
    }
    List<ServiceChargeDemand> served = new ArrayList<>();
    demands.forEach(
        (id, demand) -> served.add(demand.costs(costs.getOrDefault(id, List.of())).build()));
    return List.copyOf(served);
  }

  private static Optional<LocalDate> date(ResultSet rows, String column) throws SQLException {
    return Optional.ofNullable(rows.getDate(column)).map(Date::toLocalDate);
  }
}
