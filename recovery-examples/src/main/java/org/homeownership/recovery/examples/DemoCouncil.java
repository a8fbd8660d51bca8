package org.homeownership.recovery.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ageing.ArrearsAgeing;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.memory.InMemoryStore;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.money.PenceSplitter;
import org.homeownership.recovery.money.ResiduePolicy;
import org.homeownership.recovery.money.Split;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;

/**
 * A synthetic council: leasehold service charge accounts for the 2025/26 year, billed quarterly in
 * advance on 1 April, 1 July, 1 October and 1 January (Southwark's quarter dates,
 * LAW-AND-PRACTICE.md §2.1), with ground rent due on 24 June, and debtors who behave in the ways a
 * recovery officer meets. Everything comes from one seed, so the same seed gives the same report.
 */
final class DemoCouncil {

  /** How a demo leaseholder pays. */
  enum Behaviour {
    PROMPT_PAYER,
    LATE_PAYER,
    PART_PAYER,
    NON_PAYER,
    OVERPAYER,
    DIRECT_DEBIT_RETURNED,
    DISPUTES_A_CHARGE
  }

  private static final LocalDate[] QUARTER_DAYS = {
    LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1),
    LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1)
  };
  private static final LocalDate GROUND_RENT_DUE = LocalDate.of(2025, 6, 24);
  private static final String[] BLOCKS = {"Marlowe House", "Keats Court", "Brontë Tower"};
  private static final AllocationStrategy STRATEGY =
      AllocationStrategy.explicitThen(
          AllocationStrategy.chargeTypePriority(
              List.of(ChargeType.GROUND_RENT, ChargeType.SERVICE_CHARGE)));

  private final InMemoryStore store = new InMemoryStore();
  private final List<Member> members = new ArrayList<>();

  private record Member(AccountId account, Behaviour behaviour, Set<EntryId> disputed) {}

  private DemoCouncil() {}

  /** Builds {@code leaseholders} accounts and their year of entries from {@code seed}. */
  static DemoCouncil generate(int leaseholders, long seed) {
    DemoCouncil council = new DemoCouncil();
    Random random = new Random(seed);
    Behaviour[] behaviours = Behaviour.values();
    for (int i = 1; i <= leaseholders; i++) {
      council.addLeaseholder(i, behaviours[(i - 1) % behaviours.length], random);
    }
    return council;
  }

  private void addLeaseholder(int number, Behaviour behaviour, Random random) {
    String block = BLOCKS[number % BLOCKS.length];
    AccountId id = AccountId.of(String.format("SC-%05d", number));
    store.save(
        DebtorAccount.builder().id(id).stream(DebtStream.SERVICE_CHARGES)
            .dwelling(DwellingId.of(String.format("%s-%03d", block.substring(0, 3), number)))
            .tenure(Tenure.LEASEHOLD)
            .addParties(
                Party.builder()
                    .id(PartyId.of("P" + number))
                    .role(PartyRole.LEASEHOLDER)
                    .name("Leaseholder " + number)
                    .build())
            .correspondenceAddress(
                PostalAddress.builder()
                    .addLines("Flat " + number + ", " + block)
                    .town("London")
                    .postcode("SE1 " + (1 + number % 9) + "AB")
                    .build())
            .build());

    // The year's estimate, split into four quarterly instalments that sum back exactly.
    Money estimate = Money.ofPence(80_000 + random.nextInt(160_000));
    Split<Integer> quarters =
        PenceSplitter.split(
            estimate, Map.of(1, 1, 2, 1, 3, 1, 4, 1), ResiduePolicy.largestRemainder());
    List<PostedEntry> charges = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      charges.add(
          store
              .post(
                  id,
                  Charge.builder()
                      .chargeType(ChargeType.SERVICE_CHARGE)
                      .periodCovered(
                          new DateRange(
                              QUARTER_DAYS[q],
                              q < 3 ? QUARTER_DAYS[q + 1] : LocalDate.of(2026, 4, 1)))
                      .dateRaised(QUARTER_DAYS[q].minusMonths(1))
                      .dueDate(QUARTER_DAYS[q])
                      .demandReference(id.value() + "-Q" + (q + 1))
                      .amount(quarters.share(q + 1))
                      .build())
              .posted());
    }
    store.post(
        id,
        Charge.builder()
            .chargeType(ChargeType.GROUND_RENT)
            .dateRaised(GROUND_RENT_DUE.minusDays(45))
            .dueDate(GROUND_RENT_DUE)
            .demandReference(id.value() + "-GR")
            .amount(Money.parse("10.00"))
            .build());

    Set<EntryId> disputed = Set.of();
    for (int q = 0; q < 4; q++) {
      Money instalment = quarters.share(q + 1);
      LocalDate due = QUARTER_DAYS[q];
      String reference = id.value() + "-PAY-Q" + (q + 1);
      switch (behaviour) {
        case PROMPT_PAYER ->
            pay(
                id,
                reference,
                due,
                instalment.plus(q == 1 ? Money.parse("10.00") : Money.ZERO),
                PaymentMethod.BANK_TRANSFER);
        case LATE_PAYER ->
            pay(
                id,
                reference,
                due.plusDays(40 + random.nextInt(30)),
                instalment,
                PaymentMethod.CARD);
        case PART_PAYER ->
            pay(
                id,
                reference,
                due.plusDays(10),
                Money.ofPence(instalment.pence() * 60 / 100),
                PaymentMethod.PAYPOINT);
        case NON_PAYER -> {
          if (q == 0) {
            pay(id, reference, due.plusDays(20), Money.parse("50.00"), PaymentMethod.CASH);
          }
        }
        case OVERPAYER ->
            pay(
                id,
                reference,
                due,
                instalment.plus(Money.parse("25.00")),
                PaymentMethod.STANDING_ORDER);
        case DIRECT_DEBIT_RETURNED -> {
          PostedEntry payment = pay(id, reference, due, instalment, PaymentMethod.DIRECT_DEBIT);
          if (q == 2) {
            store.post(id, Reversal.of(payment, due.plusDays(5), "ARUDD 1: instruction cancelled"));
          }
        }
        case DISPUTES_A_CHARGE -> {
          if (q != 1) {
            pay(id, reference, due.plusDays(3), instalment, PaymentMethod.DIRECT_DEBIT);
          } else {
            disputed = Set.of(charges.get(1).id());
          }
        }
      }
    }
    members.add(new Member(id, behaviour, disputed));
  }

  private PostedEntry pay(
      AccountId id, String reference, LocalDate date, Money amount, PaymentMethod method) {
    return store
        .post(
            id,
            Payment.builder()
                .reference(reference)
                .dateReceived(date)
                .amount(amount)
                .method(method)
                .build())
        .posted();
  }

  /** The report as of {@code asOf}: each account, the portfolio's aged debt, one statement. */
  String report(LocalDate asOf) {
    PaymentAllocator allocator = new PaymentAllocator(STRATEGY);
    ArrearsAgeing ageing = new ArrearsAgeing(AgeingBands.standard());
    StringBuilder out = new StringBuilder();
    out.append("Home Ownership Recovery: demo council, ")
        .append(members.size())
        .append(" leasehold service charge accounts, as of ")
        .append(asOf)
        .append('\n');
    out.append("Allocation: ").append(STRATEGY.describe()).append("\n\n");
    String row = "%-10s %-12s %-22s %12s %12s %12s  %s%n";
    out.append(
        String.format(
            row,
            "Account",
            "Dwelling",
            "Behaviour",
            "Balance",
            "Arrears",
            "Credit",
            "Oldest debt"));
    AgedDebt portfolio = AgedDebt.none(asOf, ageing.bands());
    Member worst = members.get(0);
    Money worstArrears = Money.ZERO;
    for (Member member : members) {
      Ledger ledger = store.ledger(member.account());
      Allocation allocation = allocator.allocate(ledger, asOf, member.disputed());
      AgedDebt aged = ageing.age(allocation);
      portfolio = portfolio.plus(aged);
      DebtorAccount account = store.find(member.account()).orElseThrow();
      out.append(
          String.format(
              row,
              member.account(),
              account.dwelling(),
              member.behaviour().name().toLowerCase().replace('_', ' '),
              aged.balance().format(),
              aged.arrears().format(),
              aged.unallocatedCredit().format(),
              oldestBand(aged)
                  + (aged.disputed().isZero()
                      ? ""
                      : " (disputed " + aged.disputed().format() + ")")));
      if (aged.arrears().isGreaterThan(worstArrears)) {
        worst = member;
        worstArrears = aged.arrears();
      }
    }
    out.append('\n').append(portfolio.toText()).append('\n');
    out.append(
        store
            .ledger(worst.account())
            .statement(DateRange.inclusive(LocalDate.of(2025, 3, 1), asOf))
            .toText());
    return out.toString();
  }

  private static String oldestBand(AgedDebt aged) {
    List<Money> amounts = aged.total().amounts();
    for (int i = amounts.size() - 1; i > 0; i--) {
      if (amounts.get(i).isPositive()) {
        return aged.bands().bands().get(i).label();
      }
    }
    return amounts.get(0).isPositive() ? "not yet due" : "-";
  }

  /** The accounts in id order, for tests. */
  List<AccountId> accounts() {
    return members.stream().map(Member::account).sorted(Comparator.naturalOrder()).toList();
  }

  /** The store holding the demo's accounts and ledgers, for tests. */
  InMemoryStore store() {
    return store;
  }
}
