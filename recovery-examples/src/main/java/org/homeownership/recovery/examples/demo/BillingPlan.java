package org.homeownership.recovery.examples.demo;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.billing.BilledItem;
import org.homeownership.recovery.billing.BillingRun;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.examples.demo.SyntheticCouncil.Household;
import org.homeownership.recovery.groundrent.GroundRentBilling;
import org.homeownership.recovery.groundrent.GroundRentDemand;
import org.homeownership.recovery.groundrent.GroundRentNotice;
import org.homeownership.recovery.groundrent.NoticePeriod;
import org.homeownership.recovery.groundrent.Section166Rule;
import org.homeownership.recovery.heating.HeatBillRounding;
import org.homeownership.recovery.heating.HeatTariff;
import org.homeownership.recovery.heating.HeatingBillOutcome;
import org.homeownership.recovery.heating.HeatingBillRequest;
import org.homeownership.recovery.heating.HeatingBilling;
import org.homeownership.recovery.heating.MeterReading;
import org.homeownership.recovery.heating.ReadingKind;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.persistence.jdbc.Posting;
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.servicecharge.Apportionment;
import org.homeownership.recovery.servicecharge.ApportionmentPolicy;
import org.homeownership.recovery.servicecharge.BudgetStage;
import org.homeownership.recovery.servicecharge.CostHead;
import org.homeownership.recovery.servicecharge.CostPool;
import org.homeownership.recovery.servicecharge.ImmutableServiceChargeBudget;
import org.homeownership.recovery.servicecharge.ServiceChargeApportioner;
import org.homeownership.recovery.servicecharge.ServiceChargeBill;
import org.homeownership.recovery.servicecharge.ServiceChargeBudget;
import org.homeownership.recovery.servicecharge.ServiceChargeDemands;
import org.homeownership.recovery.servicecharge.YearEndBalance;
import org.homeownership.recovery.servicecharge.YearEndReconciliation;
import org.homeownership.recovery.sharedownership.RentYearRequest;
import org.homeownership.recovery.sharedownership.SharedOwnershipRentBilling;
import org.homeownership.recovery.sharedownership.UnownedShareRent;
import org.homeownership.recovery.sundry.SundryBilling;
import org.homeownership.recovery.sundry.SundryInvoice;
import org.homeownership.recovery.sundry.SundryKind;

/**
 * Two service charge years of billing for a {@link SyntheticCouncil}, made by the library's own
 * calculators and billing runs, as batches to post on the day each is raised:
 *
 * <ul>
 *   <li>service charge estimates for each year, apportioned by bedroom weighting (Hackney's living
 *       space factor, LAW-AND-PRACTICE.md §4) with a 15% management fee (Southampton's rate, §4),
 *       demanded a month before the year and billed quarterly in advance;
 *   <li>the first year's actual costs, reconciled against the estimate and billed as balancing
 *       charges and credits five months after the year ends;
 *   <li>major works (a roof renewal) to one block in the second year;
 *   <li>district heating, billed quarterly from meter readings on the heated estate;
 *   <li>shared ownership rent, monthly in advance;
 *   <li>ground rent, by a s.166 notice 45 days before it is due (§5.1);
 *   <li>one rechargeable repair invoice for each sundry debtor.
 * </ul>
 *
 * <p>The example figures (tariff, rent rate, budgets) are named as examples where they are set.
 */
final class BillingPlan {

  /** Hackney's living space factor (LAW-AND-PRACTICE.md §4): bedsit 1.5 ... 3 bed 4.5. */
  static final Map<Integer, BigDecimal> LIVING_SPACE_FACTOR =
      Map.of(
          0, new BigDecimal("1.5"),
          1, new BigDecimal("3.0"),
          2, new BigDecimal("4.0"),
          3, new BigDecimal("4.5"));

  /** Southampton's management and administration fee (LAW-AND-PRACTICE.md §4). */
  static final BigDecimal MANAGEMENT_FEE = new BigDecimal("0.15");

  /** The shared ownership rent rate, a lease term: 2.75% a year (gov.uk's example, §10). */
  static final BigDecimal RENT_RATE_PERCENT = new BigDecimal("2.75");

  /** The s.166 notice period: 30 to 60 days (CLRA 2002 s.166(3); LAW-AND-PRACTICE.md §5.1). */
  static final EffectiveDated<NoticePeriod> SECTION_166 =
      EffectiveDated.from(
          LocalDate.of(2005, 2, 28),
          new NoticePeriod(30, 60),
          "s.166 notice period",
          "CLRA 2002 s.166(3); LAW-AND-PRACTICE.md §5.1");

  /**
   * The heated estate's tariff: example configuration with West Whitlawburn's structure and figures
   * (12p a kWh, 39.45p a day, VAT 5%; LAW-AND-PRACTICE.md §9.3).
   */
  static final EffectiveDated<HeatTariff> HEAT_TARIFF =
      EffectiveDated.from(
          LocalDate.of(2020, 4, 1),
          new HeatTariff(new BigDecimal("12"), new BigDecimal("39.45"), new BigDecimal("5")),
          "demo heat network tariff",
          "example configuration: West Whitlawburn's published tariff, LAW-AND-PRACTICE.md §9.3");

  /** Each heating bill line and its VAT rounded half up: example configuration. */
  static final EffectiveDated<HeatBillRounding> HEAT_ROUNDING =
      EffectiveDated.from(
          LocalDate.of(2020, 4, 1),
          new HeatBillRounding(RoundingMode.HALF_UP, RoundingMode.HALF_UP),
          "demo heat bill rounding",
          "example configuration (docs/billing-streams.md)");

  private final SyntheticCouncil council;
  private final LocalDate firstYearStart;
  private final SplittableRandom random;
  private final List<Bill> bills = new ArrayList<>();
  private final Map<LocalDate, Apportionment> estimates = new TreeMap<>();
  private final Map<DwellingId, AccountId> serviceChargeAccounts = new TreeMap<>();
  private final Map<LocalDate, GroundRentDemand> firstGroundRentDemand = new TreeMap<>();

  private BillingPlan(SyntheticCouncil council, LocalDate firstYearStart, long seed) {
    this.council = council;
    this.firstYearStart = firstYearStart;
    this.random = new SplittableRandom(seed ^ 0x5EED_B111L);
    for (Household h : council.households()) {
      AccountId sc = h.accounts().get(DebtStream.SERVICE_CHARGES);
      if (sc != null) {
        serviceChargeAccounts.put(h.dwelling().id(), sc);
      }
    }
  }

  /** The two years' bills from {@code firstYearStart}, in the order they are raised. */
  static BillingPlan of(SyntheticCouncil council, LocalDate firstYearStart, long seed) {
    BillingPlan plan = new BillingPlan(council, firstYearStart, seed);
    plan.build();
    return plan;
  }

  /** Every batch, in the order raised (then by name). */
  ImmutableList<Bill> bills() {
    return bills.stream()
        .sorted(Comparator.comparing(Bill::raisedOn))
        .collect(ImmutableList.toImmutableList());
  }

  /** The first ground rent demand of the batch given on {@code noticeGiven}, if any. */
  Optional<GroundRentDemand> firstGroundRentDemand(LocalDate noticeGiven) {
    return Optional.ofNullable(firstGroundRentDemand.get(noticeGiven));
  }

  /** The service charge estimate for the year starting {@code yearStart}. */
  Apportionment estimate(LocalDate yearStart) {
    return estimates.get(yearStart);
  }

  private void build() {
    Map<String, Long> firstYearHeads = null;
    for (int y = 0; y < 2; y++) {
      LocalDate start = firstYearStart.plusYears(y);
      DateRange year = DateRange.inclusive(start, start.plusYears(1).minusDays(1));
      Map<String, Long> heads = y == 0 ? budget() : inflate(firstYearHeads);
      if (y == 0) {
        firstYearHeads = heads;
      }
      estimates(year, heads);
      groundRent(start);
      sharedOwnershipRent(start);
      heating(year);
    }
    actuals(firstYearHeads);
    majorWorks(firstYearStart.plusYears(1).plusMonths(3));
    sundry();
  }

  /** The first year's budget: each head's total in pence, keyed "pool|head". */
  private Map<String, Long> budget() {
    Map<String, Long> heads = new TreeMap<>();
    for (SyntheticCouncil.Estate estate : council.estates()) {
      for (BlockId block : estate.blocks()) {
        long flats = dwellingsIn(block);
        heads.put(
            "B:" + block.value() + "|Block cleaning", flats * (14_000 + random.nextInt(6_000)));
        heads.put(
            "B:" + block.value() + "|Communal electricity",
            flats * (5_000 + random.nextInt(3_000)));
        heads.put(
            "B:" + block.value() + "|Lift maintenance", flats * (8_000 + random.nextInt(5_000)));
        heads.put(
            "B:" + block.value() + "|Buildings insurance",
            flats * (18_000 + random.nextInt(8_000)));
      }
      long all = council.dwellings().stream().filter(d -> d.estate().equals(estate.id())).count();
      heads.put(
          "E:" + estate.id().value() + "|Grounds maintenance",
          all * (3_500 + random.nextInt(2_000)));
      heads.put(
          "E:" + estate.id().value() + "|Estate lighting", all * (1_200 + random.nextInt(800)));
    }
    return heads;
  }

  private Map<String, Long> inflate(Map<String, Long> heads) {
    Map<String, Long> next = new TreeMap<>();
    heads.forEach((k, v) -> next.put(k, v * (103 + random.nextInt(6)) / 100));
    return next;
  }

  private long dwellingsIn(BlockId block) {
    return council.dwellings().stream().filter(d -> d.block().equals(Optional.of(block))).count();
  }

  private ServiceChargeBudget budgetOf(DateRange year, BudgetStage stage, Map<String, Long> heads) {
    ImmutableServiceChargeBudget.Builder budget =
        ServiceChargeBudget.builder().year(year).stage(stage).managementFeeRate(MANAGEMENT_FEE);
    heads.forEach(
        (key, pence) -> {
          String pool = key.substring(0, key.indexOf('|'));
          CostPool costPool =
              pool.startsWith("B:")
                  ? CostPool.block(BlockId.of(pool.substring(2)))
                  : CostPool.estate(
                      org.homeownership.recovery.property.EstateId.of(pool.substring(2)));
          budget.addHeads(
              CostHead.builder()
                  .name(key.substring(key.indexOf('|') + 1))
                  .pool(costPool)
                  .total(Money.ofPence(pence))
                  .build());
        });
    return budget.build();
  }

  private Apportionment apportion(ServiceChargeBudget budget) {
    return new ServiceChargeApportioner(
            ApportionmentPolicy.councilBearsResidue(LIVING_SPACE_FACTOR))
        .apportion(budget, council.dwellings(), council.leases().values());
  }

  private void estimates(DateRange year, Map<String, Long> heads) {
    Apportionment estimate = apportion(budgetOf(year, BudgetStage.ESTIMATE, heads));
    estimates.put(year.start(), estimate);
    LocalDate raised = year.start().minusMonths(1);
    BillingRun run =
        ServiceChargeDemands.estimateInstalments(
            "Service charge estimates " + yearName(year.start()),
            raised,
            estimate,
            serviceChargeAccounts,
            council.leases(),
            year.start());
    bills.add(new Bill(raised, run.name(), Optional.of(run), ImmutableList.of()));
  }

  private void actuals(Map<String, Long> estimated) {
    Map<String, Long> actual = new TreeMap<>();
    estimated.forEach((k, v) -> actual.put(k, v * (92 + random.nextInt(20)) / 100));
    LocalDate start = firstYearStart;
    DateRange year = DateRange.inclusive(start, start.plusYears(1).minusDays(1));
    Apportionment actuals = apportion(budgetOf(year, BudgetStage.ACTUAL, actual));
    Map<DwellingId, Money> billed = new TreeMap<>();
    estimates.get(start).bills().forEach((d, bill) -> billed.put(d, bill.total()));
    List<YearEndBalance> balances = YearEndReconciliation.reconcile(actuals, billed);
    LocalDate raised = start.plusMonths(17);
    BillingRun run =
        ServiceChargeDemands.balancing(
            "Service charge actuals " + yearName(start),
            raised,
            year,
            balances,
            serviceChargeAccounts,
            raised.plusDays(30));
    bills.add(new Bill(raised, run.name(), Optional.of(run), ImmutableList.of()));
  }

  private void majorWorks(LocalDate raised) {
    BlockId block = SyntheticCouncil.MAJOR_WORKS_BLOCK;
    Map<DwellingId, AccountId> accounts = new TreeMap<>();
    council.households().stream()
        .filter(h -> h.accounts().containsKey(DebtStream.MAJOR_WORKS))
        .forEach(h -> accounts.put(h.dwelling().id(), h.accounts().get(DebtStream.MAJOR_WORKS)));
    if (accounts.isEmpty()) {
      return;
    }
    DateRange year =
        DateRange.inclusive(firstYearStart.plusYears(1), firstYearStart.plusYears(2).minusDays(1));
    ServiceChargeBudget works =
        ServiceChargeBudget.builder()
            .year(year)
            .stage(BudgetStage.ACTUAL)
            .addHeads(
                CostHead.builder()
                    .name("Roof renewal")
                    .pool(CostPool.block(block))
                    .total(Money.ofPence(dwellingsIn(block) * (900_000 + random.nextInt(500_000))))
                    .build())
            .build();
    Apportionment shares = apportion(works);
    ImmutableList.Builder<BilledItem> items = ImmutableList.builder();
    for (ServiceChargeBill bill : shares.bills().values()) {
      AccountId account = accounts.get(bill.dwelling());
      if (account == null || !bill.total().isPositive()) {
        continue;
      }
      items.add(
          BilledItem.builder()
              .account(account)
              .key("MW/" + raised + "/ROOF/" + bill.dwelling())
              .chargeType(ChargeType.MAJOR_WORKS)
              .dueDate(raised.plusDays(30))
              .demandReference("MW-" + raised.getYear() + "-" + bill.dwelling())
              .amount(bill.total())
              .build());
    }
    BillingRun run =
        new BillingRun("Major works: roof renewal, " + block.value(), raised, items.build());
    bills.add(new Bill(raised, run.name(), Optional.of(run), ImmutableList.of()));
  }

  private void groundRent(LocalDate yearStart) {
    GroundRentBilling billing = new GroundRentBilling(new Section166Rule(SECTION_166));
    MonthDay due = SyntheticCouncil.GROUND_RENT.dueDates().get(0);
    LocalDate leaseDue = due.atYear(yearStart.getYear());
    if (leaseDue.isBefore(yearStart)) {
      leaseDue = leaseDue.plusYears(1);
    }
    LocalDate given = leaseDue.minusDays(45);
    ImmutableList.Builder<Posting> postings = ImmutableList.builder();
    for (Household h : council.households()) {
      AccountId account = h.accounts().get(DebtStream.GROUND_RENT);
      if (account == null) {
        continue;
      }
      GroundRentNotice notice =
          new GroundRentNotice(
              account,
              h.dwelling().id(),
              "GR-" + leaseDue.getYear() + "-" + h.dwelling().id().value(),
              new DateRange(leaseDue, leaseDue.plusYears(1)),
              SyntheticCouncil.GROUND_RENT.yearlyAmount(),
              given,
              leaseDue,
              leaseDue);
      GroundRentDemand demand = billing.demand(notice);
      firstGroundRentDemand.putIfAbsent(given, demand);
      demand.charge().ifPresent(c -> postings.add(new Posting(account, c)));
    }
    bills.add(
        new Bill(
            given,
            "Ground rent notices (s.166) " + leaseDue.getYear(),
            Optional.empty(),
            postings.build()));
  }

  private void sharedOwnershipRent(LocalDate yearStart) {
    SharedOwnershipRentBilling billing = new SharedOwnershipRentBilling();
    UnownedShareRent rent = new UnownedShareRent();
    Map<LocalDate, ImmutableList.Builder<Posting>> byMonth = new TreeMap<>();
    for (Household h : council.households()) {
      AccountId account = h.accounts().get(DebtStream.SHARED_OWNERSHIP_RENT);
      if (account == null || h.sharedOwnership().isEmpty()) {
        continue;
      }
      SyntheticCouncil.SharedOwnership terms = h.sharedOwnership().get();
      Money annual =
          rent.annualRent(terms.value(), terms.unownedPercent(), RENT_RATE_PERCENT).amount();
      billing
          .bill(
              RentYearRequest.builder()
                  .account(account)
                  .dwelling(h.dwelling().id())
                  .firstMonth(YearMonth.from(yearStart))
                  .annualRent(annual)
                  .demandReference("SOR-" + yearStart.getYear() + "-" + h.dwelling().id().value())
                  .build())
          .charges()
          .forEach(
              c ->
                  byMonth
                      .computeIfAbsent(c.dateRaised(), d -> ImmutableList.builder())
                      .add(new Posting(account, c)));
    }
    byMonth.forEach(
        (raised, postings) ->
            bills.add(
                new Bill(
                    raised,
                    "Shared ownership rent " + YearMonth.from(raised),
                    Optional.empty(),
                    postings.build())));
  }

  private void heating(DateRange year) {
    HeatingBilling billing = new HeatingBilling(HEAT_TARIFF, HEAT_ROUNDING);
    DateRange occupancy = new DateRange(firstYearStart.minusYears(5), firstYearStart.plusYears(3));
    for (int q = 0; q < 4; q++) {
      LocalDate from = year.start().plusMonths(3L * q);
      LocalDate to = from.plusMonths(3);
      LocalDate raised = to.plusDays(7);
      ImmutableList.Builder<Posting> postings = ImmutableList.builder();
      for (Household h : council.households()) {
        AccountId account = h.accounts().get(DebtStream.DISTRICT_HEATING);
        if (account == null) {
          continue;
        }
        long opening =
            10_000L
                + Math.floorMod(h.dwelling().id().value().hashCode(), 1000)
                + ((year.start().getYear() - firstYearStart.getYear()) * 4L + q) * 3_000L;
        // Winter quarters use more heat.
        int used = (q == 2 || q == 3 ? 1_500 : 400) + random.nextInt(900);
        HeatingBillOutcome outcome =
            billing.bill(
                HeatingBillRequest.builder()
                    .account(account)
                    .dwelling(h.dwelling().id())
                    .billingPeriod(new DateRange(from, to))
                    .occupancy(occupancy)
                    .openingReading(
                        new MeterReading(from, BigDecimal.valueOf(opening), ReadingKind.ACTUAL))
                    .closingReading(
                        new MeterReading(
                            to, BigDecimal.valueOf(opening + used), ReadingKind.ACTUAL))
                    .dateRaised(raised)
                    .dueDate(raised.plusDays(28))
                    .demandReference("DH-" + from + "-" + h.dwelling().id().value())
                    .build());
        if (outcome instanceof HeatingBillOutcome.Billed billed) {
          billed.bill().charges().forEach(c -> postings.add(new Posting(account, c)));
        } else {
          throw new IllegalStateException(
              "heating bill for " + h.dwelling().id() + " not made: " + outcome);
        }
      }
      bills.add(
          new Bill(
              raised,
              "District heating " + from + " to " + to.minusDays(1),
              Optional.empty(),
              postings.build()));
    }
  }

  private void sundry() {
    SundryBilling billing = new SundryBilling();
    String[] repairs = {
      "Rechargeable repair: replacement front door after forced entry",
      "Rechargeable repair: clearance of items left in the communal hallway",
      "Rechargeable repair: replacement of a broken window",
      "Rechargeable repair: unblocking a drain misused"
    };
    for (Household h : council.households()) {
      AccountId account = h.accounts().get(DebtStream.SUNDRY_DEBTS);
      if (account == null) {
        continue;
      }
      LocalDate raised = firstYearStart.plusDays(30 + random.nextInt(600));
      SundryInvoice invoice =
          SundryInvoice.builder()
              .account(account)
              .dwelling(h.dwelling().id())
              .invoiceNumber("RR-" + h.dwelling().id().value())
              .kind(SundryKind.RECHARGEABLE_REPAIR)
              .particulars(repairs[random.nextInt(repairs.length)])
              .amount(Money.ofPence(8_000 + random.nextInt(60_000)))
              .dateRaised(raised)
              .dueDate(raised.plusDays(30))
              .build();
      bills.add(
          new Bill(
              raised,
              "Sundry invoice " + invoice.invoiceNumber(),
              Optional.empty(),
              ImmutableList.of(new Posting(account, billing.charge(invoice).charge()))));
    }
  }

  /** "2024/25" for a year starting in 2024. */
  static String yearName(LocalDate start) {
    return start.getYear() + "/" + String.format("%02d", (start.getYear() + 1) % 100);
  }
}
