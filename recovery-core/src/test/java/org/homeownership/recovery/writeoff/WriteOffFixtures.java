package org.homeownership.recovery.writeoff;

import java.time.LocalDate;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;

/** Shared figures for the write-off tests. */
final class WriteOffFixtures {

  static final AccountId ACCOUNT = AccountId.of("FT-2001");
  static final OfficerId MAKER = OfficerId.of("HO-0001");
  static final OfficerId CHECKER = OfficerId.of("HO-0002");
  static final LocalDate PROPOSED = LocalDate.of(2025, 3, 1);
  static final LocalDate AUTHORISED = LocalDate.of(2025, 3, 10);

  private WriteOffFixtures() {}

  static WriteOffAuthoriser authoriser(AuthorisationBands bands) {
    return new WriteOffAuthoriser(
        EffectiveDated.from(
            LocalDate.of(2020, 4, 1), bands, "write-off bands", bands.council() + " (example)"));
  }

  static ImmutableWriteOffProposal.Builder proposal(String amount, WriteOffReason reason) {
    ImmutableWriteOffProposal.Builder builder =
        WriteOffProposal.builder()
            .reference(WriteOffReference.of("WO-1"))
            .account(ACCOUNT)
            .amount(Money.parse(amount))
            .reason(reason)
            .proposedBy(MAKER)
            .proposedOn(PROPOSED)
            .debtorResponded(false)
            .explanation("former tenant, forwarding address unknown");
    if (reason == WriteOffReason.STATUTE_BARRED) {
      builder.limitationExpiredOn(LocalDate.of(2024, 4, 1));
    }
    return builder;
  }

  /** A ledger with one charge of {@code amount} raised and due on 1 April 2019. */
  static Ledger owing(String amount) {
    return post(
        Ledger.empty(ACCOUNT),
        Charge.builder()
            .chargeType(ChargeType.SERVICE_CHARGE)
            .dateRaised(LocalDate.of(2019, 4, 1))
            .dueDate(LocalDate.of(2019, 4, 1))
            .amount(Money.parse(amount))
            .externalReference("SC-2019")
            .build());
  }

  /** {@code ledger} with {@code entry} posted under the next id, after the ledger's own check. */
  static Ledger post(Ledger ledger, LedgerEntry entry) {
    if (ledger.check(entry).isPresent()) {
      return ledger;
    }
    long next =
        ledger.entries().isEmpty()
            ? 1
            : ledger.entries().get(ledger.entries().size() - 1).id().value() + 1;
    return ledger.append(new PostedEntry(EntryId.of(next), entry));
  }
}
