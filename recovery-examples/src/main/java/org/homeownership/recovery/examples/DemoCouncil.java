package org.homeownership.recovery.examples;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
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
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.billing.BillingRunPoster;
import org.homeownership.recovery.billing.BillingRunResult;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.GroundRentTerms;
import org.homeownership.recovery.lease.Lease;
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
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.EstateId;
import org.homeownership.recovery.property.Tenure;
import org.homeownership.recovery.servicecharge.Apportionment;
import org.homeownership.recovery.servicecharge.ApportionmentPolicy;
import org.homeownership.recovery.servicecharge.BudgetStage;
import org.homeownership.recovery.servicecharge.CostHead;
import org.homeownership.recovery.servicecharge.CostPool;
import org.homeownership.recovery.servicecharge.ServiceChargeApportioner;
import org.homeownership.recovery.servicecharge.ServiceChargeBill;
import org.homeownership.recovery.servicecharge.ServiceChargeBudget;
import org.homeownership.recovery.servicecharge.ServiceChargeDemands;

/**
 * A synthetic council: an estate of three blocks whose flats are mostly tenanted, with leasehold
 * flats on service charge accounts for the 2025/26 year. The year's estimate is apportioned over
 * every flat by the leases' bedroom weighting (Hackney's living space factor, LAW-AND-PRACTICE.md
 * §4), the council bearing its tenanted flats' share, with a 15% management fee (Southampton's
 * rate, §4); it is billed quarterly in advance on 1 April, 1 July, 1 October and 1 January
 * (Southwark's dates, §2.1) through a billing run, with ground rent due on 24 June; and the
 * leaseholders behave in the ways a recovery officer meets. Everything comes from one seed, so the
 * same seed gives the same report.
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

  private static final DateRange YEAR =
      DateRange.inclusive(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
  private static final LocalDate ESTIMATES_RAISED = LocalDate.of(2025, 3, 1);
  private static final LocalDate GROUND_RENT_DUE = LocalDate.of(2025, 6, 24);
  private static final EstateId ESTATE = EstateId.of("TABARD");
  private static final String[] BLOCKS = {"Marlowe House", "Keats Court", "Brontë Tower"};
  private static final int TENANTED_FLATS_PER_LEASEHOLD_FLAT = 2;

  /** Hackney's living space factor (LAW-AND-PRACTICE.md §4): bedsit 1.5 ... 3 bed 4.5. */
  private static final Map<Integer, BigDecimal> LIVING_SPACE_FACTOR =
      Map.of(
          0, new BigDecimal("1.5"),
          1, new BigDecimal("3.0"),
          2, new BigDecimal("4.0"),
          3, new BigDecimal("4.5"));

  /** Southampton's management and administration fee (LAW-AND-PRACTICE.md §4). */
  private static final BigDecimal MANAGEMENT_FEE = new BigDecimal("0.15");

  private static final AllocationStrategy STRATEGY =
      AllocationStrategy.explicitThen(
          AllocationStrategy.chargeTypePriority(
              List.of(ChargeType.GROUND_RENT, ChargeType.SERVICE_CHARGE)));

  private final InMemoryStore store = new InMemoryStore();
  private final List<Member> members = new ArrayList<>();
  private final Map<DwellingId, AccountId> accounts = new TreeMap<>();
  private final Map<DwellingId, Lease> leases = new TreeMap<>();
  private Apportionment estimate;
  private BillingRunResult billed;
  private BillingRunResult billedAgain;

  private record Member(AccountId account, Behaviour behaviour, Set<EntryId> disputed) {}

  private DemoCouncil() {}

  /**
   * Builds {@code leaseholders} accounts, their estate and their year of entries from {@code seed}.
   */
  static DemoCouncil generate(int leaseholders, long seed) {
    DemoCouncil council = new DemoCouncil();
    Random random = new Random(seed);
    for (int i = 1; i <= leaseholders; i++) {
      council.addLeaseholdFlat(i, random);
      for (int t = 0; t < TENANTED_FLATS_PER_LEASEHOLD_FLAT; t++) {
        council.addTenantedFlat(i * 10 + t, random);
      }
    }
    council.billEstimates(random);
    Behaviour[] behaviours = Behaviour.values();
    for (int i = 1; i <= leaseholders; i++) {
      council.behave(
          AccountId.of(String.format("SC-%05d", i)),
          behaviours[(i - 1) % behaviours.length],
          random);
    }
    return council;
  }

  private static String blockOf(int number) {
    return BLOCKS[number % BLOCKS.length];
  }

  private static DwellingId dwellingId(String block, int number) {
    return DwellingId.of(String.format("%s-%03d", block.substring(0, 3), number));
  }

  private void addTenantedFlat(int number, Random random) {
    String block = blockOf(number);
    store.save(
        Dwelling.builder()
            .id(dwellingId(block, number))
            .estate(ESTATE)
            .block(BlockId.of(block))
            .tenure(Tenure.TENANTED)
            .bedrooms(random.nextInt(4))
            .build());
  }

  private void addLeaseholdFlat(int number, Random random) {
    String block = blockOf(number);
    DwellingId dwelling = dwellingId(block, number);
    AccountId id = AccountId.of(String.format("SC-%05d", number));
    store.save(
        Dwelling.builder()
            .id(dwelling)
            .estate(ESTATE)
            .block(BlockId.of(block))
            .tenure(Tenure.LEASEHOLD)
            .bedrooms(random.nextInt(4))
            .build());
    Lease lease =
        Lease.builder()
            .dwelling(dwelling)
            .leaseDate(LocalDate.of(1988 + random.nextInt(30), 1 + random.nextInt(12), 1))
            .blockBasis(ApportionmentBasis.BEDROOM_WEIGHTING)
            .estateBasis(ApportionmentBasis.BEDROOM_WEIGHTING)
            .groundRent(
                new GroundRentTerms(Money.parse("10.00"), ImmutableList.of(MonthDay.of(6, 24))))
            .build();
    store.save(lease);
    leases.put(dwelling, lease);
    accounts.put(dwelling, id);
    store.save(
        DebtorAccount.builder().id(id).stream(DebtStream.SERVICE_CHARGES)
            .dwelling(dwelling)
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
    store.post(
        id,
        Charge.builder()
            .chargeType(ChargeType.GROUND_RENT)
            .dateRaised(GROUND_RENT_DUE.minusDays(45))
            .dueDate(GROUND_RENT_DUE)
            .demandReference(id.value() + "-GR")
            .amount(Money.parse("10.00"))
            .externalReference(id.value() + "-GR-2025")
            .build());
  }

  /** Apportions the year's estimate and posts its instalments through a billing run, twice. */
  private void billEstimates(Random random) {
    org.homeownership.recovery.servicecharge.ImmutableServiceChargeBudget.Builder budget =
        ServiceChargeBudget.builder()
            .year(YEAR)
            .stage(BudgetStage.ESTIMATE)
            .managementFeeRate(MANAGEMENT_FEE);
    for (String block : BLOCKS) {
      long flats =
          store.dwellings().filter(d -> d.block().orElseThrow().value().equals(block)).count();
      budget.addHeads(
          head(
              "Block cleaning",
              CostPool.block(BlockId.of(block)),
              flats * (15_000 + random.nextInt(5_000))),
          head(
              "Communal electricity",
              CostPool.block(BlockId.of(block)),
              flats * (6_000 + random.nextInt(3_000))),
          head(
              "Lift maintenance",
              CostPool.block(BlockId.of(block)),
              flats * (9_000 + random.nextInt(4_000))));
    }
    long all = store.dwellings().count();
    budget.addHeads(
        head(
            "Estate grounds maintenance",
            CostPool.estate(ESTATE),
            all * (4_000 + random.nextInt(2_000))),
        head(
            "Buildings insurance",
            CostPool.estate(ESTATE),
            all * (20_000 + random.nextInt(6_000))));
    estimate =
        new ServiceChargeApportioner(ApportionmentPolicy.councilBearsResidue(LIVING_SPACE_FACTOR))
            .apportion(budget.build(), store.dwellings().toList(), leases.values());
    BillingRun run =
        ServiceChargeDemands.estimateInstalments(
            "Service charge estimates 2025/26",
            ESTIMATES_RAISED,
            estimate,
            accounts,
            leases,
            YEAR.start());
    BillingRunPoster poster = new BillingRunPoster(store);
    billed = poster.post(run);
    billedAgain = poster.post(run);
  }

  private static CostHead head(String name, CostPool pool, long pence) {
    return CostHead.builder().name(name).pool(pool).total(Money.ofPence(pence)).build();
  }

  /** The account's payments for the year, as its behaviour has them. */
  private void behave(AccountId id, Behaviour behaviour, Random random) {
    List<PostedEntry> instalments =
        store.ledger(id).entries().stream()
            .filter(
                p -> p.entry() instanceof Charge c && c.chargeType() == ChargeType.SERVICE_CHARGE)
            .toList();
    Set<EntryId> disputed = Set.of();
    for (int q = 0; q < instalments.size(); q++) {
      Charge charge = (Charge) instalments.get(q).entry();
      Money instalment = charge.amount();
      LocalDate due = charge.dueDate();
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
            disputed = Set.of(instalments.get(1).id());
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
    out.append(billing());
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

  /** The estimate's figures, the billing run, and how one flat's charge was worked out. */
  private String billing() {
    StringBuilder out = new StringBuilder();
    Money total =
        estimate.budget().heads().stream().map(CostHead::total).reduce(Money.ZERO, Money::plus);
    Money council =
        estimate.budget().heads().stream()
            .map(estimate::councilShare)
            .reduce(Money.ZERO, Money::plus);
    Money fees =
        estimate.bills().values().stream()
            .map(b -> b.managementFee().map(f -> f.fee()).orElse(Money.ZERO))
            .reduce(Money.ZERO, Money::plus);
    out.append("Service charge estimates 2025/26: ")
        .append(estimate.budget().heads().size())
        .append(" cost heads over ")
        .append(BLOCKS.length)
        .append(" blocks and the estate, ")
        .append(total.format())
        .append(" in all, shared over ")
        .append(store.dwellings().count())
        .append(" flats by bedroom weighting.\n");
    out.append("Leaseholders' shares ")
        .append(total.minus(council).format())
        .append(" plus the 15% management fee ")
        .append(fees.format())
        .append("; the council bears ")
        .append(council.format())
        .append(" for its tenanted flats.\n");
    out.append("Billing run '")
        .append(billed.run().name())
        .append("': ")
        .append(billed.added())
        .append(" instalments posted; running it again posted ")
        .append(billedAgain.added())
        .append(".\n\n");
    ServiceChargeBill example = estimate.bills().values().iterator().next();
    out.append("How flat ").append(example.dwelling()).append("'s estimate was worked out:\n");
    example.lines().forEach(line -> out.append("  ").append(line.explain()).append('\n'));
    example
        .managementFee()
        .ifPresent(
            fee ->
                out.append("  Management fee: ")
                    .append(fee.base().format())
                    .append(" × 15% = ")
                    .append(fee.fee().format())
                    .append(" (rounded ")
                    .append(
                        fee.rounding().name().toLowerCase(java.util.Locale.UK).replace('_', ' '))
                    .append(")\n"));
    out.append("  Year's estimate: ").append(example.total().format()).append("\n\n");
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
