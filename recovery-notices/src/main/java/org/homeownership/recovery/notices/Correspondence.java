package org.homeownership.recovery.notices;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.jspecify.annotations.Nullable;

/**
 * Who a letter is to, where it goes, how, and its date. Every liable party is named: joint
 * leaseholders are each liable for the whole debt. Parts may be missing; the letter is then refused
 * with a {@link Problem} naming each one.
 *
 * @param letterDate the date printed on the letter; also the PDF's creation date
 * @param account the account the letter is about
 * @param stream the kind of debt on the account
 * @param parties the parties named in the address block, in the order named on the account
 * @param address the correspondence address
 * @param delivery how the letter is sent, which also decides when it is deemed served (the core's
 *     {@link ServiceMethod}; by post unless said otherwise)
 */
public record Correspondence(
    @Nullable LocalDate letterDate,
    @Nullable AccountId account,
    @Nullable DebtStream stream,
    List<Party> parties,
    @Nullable PostalAddress address,
    ServiceMethod delivery) {

  /** Copies the list of parties and checks a delivery method is given. */
  public Correspondence {
    parties = List.copyOf(parties);
    requireNonNull(delivery, "delivery");
  }

  /**
   * A letter by first class post, dated {@code letterDate}, to every party on the account at its
   * address.
   */
  public static Correspondence to(DebtorAccount account, LocalDate letterDate) {
    return new Correspondence(
        letterDate,
        account.id(),
        account.stream(),
        account.parties(),
        account.correspondenceAddress(),
        ServiceMethod.FIRST_CLASS_POST);
  }

  /** The same letter sent to {@code newAddress} instead, or to no address if null. */
  public Correspondence withAddress(@Nullable PostalAddress newAddress) {
    return new Correspondence(letterDate, account, stream, parties, newAddress, delivery);
  }

  /** The same letter sent by {@code method}. */
  public Correspondence withDelivery(ServiceMethod method) {
    return new Correspondence(letterDate, account, stream, parties, address, method);
  }

  /** The same letter dated {@code date}, or undated if null. */
  public Correspondence withLetterDate(@Nullable LocalDate date) {
    return new Correspondence(date, account, stream, parties, address, delivery);
  }

  /** The same letter addressed to {@code newParties}. */
  public Correspondence withParties(List<Party> newParties) {
    return new Correspondence(letterDate, account, stream, newParties, address, delivery);
  }

  /** True if the letter goes on paper: by post, by hand or in person. */
  public boolean onPaper() {
    return delivery != ServiceMethod.EMAIL;
  }

  /** Records every problem under the field prefix {@code correspondence}. */
  void check(DataRequirements requirements, boolean postsOverseas) {
    check(requirements, postsOverseas, true);
  }

  /**
   * Records every problem under the field prefix {@code correspondence}; the address and the means
   * of sending are checked only if the letter goes to the parties ({@code toParties}).
   */
  void check(DataRequirements requirements, boolean postsOverseas, boolean toParties) {
    requirements.present("correspondence.letterDate", letterDate);
    requirements.present("correspondence.account", account);
    requirements.present("correspondence.stream", stream);
    requirements.require("correspondence.parties", !parties.isEmpty(), "names nobody to write to");
    if (!toParties) {
      return;
    }
    if (requirements.present("correspondence.address", address)
        && delivery != ServiceMethod.EMAIL) {
      requirements.require(
          "correspondence.address",
          postsOverseas || !address.isOverseas(),
          "is outside the United Kingdom and this council does not post overseas;"
              + " send by email or give a UK address");
    }
    if (delivery == ServiceMethod.EMAIL) {
      requirements.require(
          "correspondence.parties",
          parties.stream().anyMatch(p -> p.email().isPresent()),
          "no party has an email address, so the letter cannot go by email");
    }
  }
}
