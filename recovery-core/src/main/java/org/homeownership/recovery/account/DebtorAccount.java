package org.homeownership.recovery.account;

import java.util.List;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;
import org.immutables.value.Value;

/**
 * The account for one debt stream on one dwelling: who owes it, and where to write to them.
 *
 * <p>Joint leaseholders are jointly and severally liable: each owes the whole debt, and every party
 * is named on letters. The correspondence address may differ from the dwelling (a non-resident
 * leaseholder, a shared owner's solicitor).
 *
 * <p>Build one with {@link #builder()}. The builder refuses an account whose stream cannot apply to
 * the tenure (shared ownership rent on a leasehold flat) or whose parties' roles do not fit it
 * (anyone may owe a sundry debt).
 */
@Value.Immutable
public abstract class DebtorAccount {

  DebtorAccount() {}

  /** A new builder. */
  public static ImmutableDebtorAccount.Builder builder() {
    return ImmutableDebtorAccount.builder();
  }

  /** The account's reference. */
  public abstract AccountId id();

  /** Which kind of debt the account holds. */
  public abstract DebtStream stream();

  /** The dwelling the debt arises on. */
  public abstract DwellingId dwelling();

  /** How the dwelling is held. */
  public abstract Tenure tenure();

  /** The parties liable, in the order they are named on letters; at least one. */
  public abstract List<Party> parties();

  /** Where letters go; it may differ from the dwelling. */
  public abstract PostalAddress correspondenceAddress();

  /** True if more than one party is liable, each for the whole debt. */
  public boolean isJointlyAndSeverallyLiable() {
    return parties().size() > 1;
  }

  @Value.Check
  void check() {
    if (parties().isEmpty()) {
      throw new IllegalArgumentException("account " + id() + " has no parties");
    }
    if (!stream().appliesTo(tenure())) {
      throw new IllegalArgumentException(
          "account " + id() + ": " + stream() + " cannot arise on a " + tenure() + " dwelling");
    }
    if (stream() != DebtStream.SUNDRY_DEBTS) {
      PartyRole expected = PartyRole.forTenure(tenure());
      for (Party party : parties()) {
        if (party.role() != expected) {
          throw new IllegalArgumentException(
              "account "
                  + id()
                  + ": party "
                  + party.id()
                  + " is a "
                  + party.role()
                  + " but a "
                  + tenure()
                  + " "
                  + stream()
                  + " account needs a "
                  + expected);
        }
      }
    }
    long distinct = parties().stream().map(Party::id).distinct().count();
    if (distinct != parties().size()) {
      throw new IllegalArgumentException("account " + id() + " names a party twice");
    }
  }
}
