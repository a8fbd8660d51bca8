package org.homeownership.recovery.examples.account;

import java.nio.file.Path;
import java.time.LocalDate;
import org.h2.jdbcx.JdbcDataSource;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.examples.OpenStore;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.persistence.jdbc.JdbcStore;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;

/**
 * An H2 file database in a test's temporary folder, migrated, with one connection held open for the
 * test's life (see {@link OpenStore}); the commands under test open it again by its URL.
 */
public final class TestDatabase implements AutoCloseable {

  private final String url;
  private final OpenStore open;

  /** A new database in {@code folder}. */
  public TestDatabase(Path folder) {
    this.url = "jdbc:h2:file:" + folder.resolve("recovery").toAbsolutePath();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    h2.setPassword("");
    this.open = OpenStore.create(h2, url);
  }

  /** The JDBC URL, for {@code --jdbc-url}. */
  public String url() {
    return url;
  }

  /** The store. */
  public JdbcStore store() {
    return open.store();
  }

  /** Saves a leasehold service charge account. */
  public AccountId leaseholder(String id) {
    AccountId account = AccountId.of(id);
    store()
        .save(
            DebtorAccount.builder().id(account).stream(DebtStream.SERVICE_CHARGES)
                .dwelling(DwellingId.of("MAR-" + id.substring(id.length() - 3)))
                .tenure(Tenure.LEASEHOLD)
                .addParties(
                    Party.builder()
                        .id(PartyId.of("P-" + id))
                        .role(PartyRole.LEASEHOLDER)
                        .name("A. Leaseholder")
                        .build())
                .correspondenceAddress(
                    PostalAddress.builder()
                        .addLines("Flat 12, Marlowe House")
                        .town("London")
                        .postcode("SE1 4XY")
                        .build())
                .build());
    return account;
  }

  /** Posts a service charge due on {@code due}, raised a month before. */
  public void charge(AccountId account, String reference, String due, String amount) {
    LocalDate dueDate = LocalDate.parse(due);
    store()
        .post(
            account,
            Charge.builder()
                .chargeType(ChargeType.SERVICE_CHARGE)
                .dateRaised(dueDate.minusMonths(1))
                .dueDate(dueDate)
                .amount(Money.parse(amount))
                .demandReference(reference)
                .externalReference(reference)
                .build());
  }

  @Override
  public void close() {
    open.close();
  }
}
