package org.homeownership.recovery.recoverycase;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.demand.CheckResult;
import org.homeownership.recovery.demand.DemandAssessment;
import org.homeownership.recovery.demand.ServiceChargeDemand;
import org.homeownership.recovery.demand.Verdict;
import org.homeownership.recovery.ledger.Adjustment;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Credit;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.StageLadder;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A random case file for property tests, drawn from a seed: a ledger whose charges share a few
 * demand references (so one demand's exclusion spreads over several charges), with payments (some
 * naming a demand), credits, write-offs, adjustments and reversals; statutory assessments of some
 * of those demands that withhold or bar part or all of them; charge disputes in force, ended or not
 * yet begun; query and vulnerability holds; a stage on the service charge ladder; and an as-of date
 * before, inside or after the entries.
 *
 * @param file the case file
 * @param asOf the date to decide on
 */
record RandomCaseFiles(CaseFile file, LocalDate asOf) {

  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final StageLadder LADDER =
      DefaultRecoveryPolicy.ladder(DebtStream.SERVICE_CHARGES);
  private static final ChargeType[] TYPES = {
    ChargeType.SERVICE_CHARGE,
    ChargeType.SERVICE_CHARGE_BALANCING,
    ChargeType.ADMINISTRATION_CHARGE,
    ChargeType.GROUND_RENT,
    ChargeType.MAJOR_WORKS
  };
  private static final PostalAddress TOWN_HALL =
      PostalAddress.builder().addLines("Town Hall").town("Anytown").postcode("AN1 1AA").build();

  /** Case files of up to {@code maxEntries} ledger entries, from random seeds. */
  static Gen<RandomCaseFiles> caseFiles(int maxEntries) {
    return SourceDSL.longs()
        .all()
        .zip(SourceDSL.integers().between(0, maxEntries), RandomCaseFiles::draw)
        .describedAs(
            r ->
                r.file.ledger().entries().size()
                    + " entries, "
                    + r.file.demandAssessments().size()
                    + " assessments, "
                    + r.file.holds().size()
                    + " holds, as of "
                    + r.asOf);
  }

  /** The charges the holds in force on the as-of date dispute. */
  Set<EntryId> disputedOnAsOf() {
    return file.holds().stream()
        .filter(h -> h.isInForceOn(asOf))
        .filter(Hold.ChargeDispute.class::isInstance)
        .map(h -> ((Hold.ChargeDispute) h).charge())
        .collect(Collectors.toSet());
  }

  private static RandomCaseFiles draw(long seed, int size) {
    Random random = new Random(seed);
    int demands = 1 + random.nextInt(4);
    List<PostedEntry> posted = new ArrayList<>();
    List<PostedEntry> reversible = new ArrayList<>();
    long id = 1;
    for (int i = 0; i < size; i++) {
      LocalDate date = START.plusDays(random.nextInt(500));
      Money amount =
          Money.ofPence(
              1 + (random.nextInt(10) == 0 ? random.nextInt(2_000_000) : random.nextInt(60_000)));
      String ref = "E" + i;
      Optional<String> demand =
          random.nextInt(5) == 0 ? Optional.empty() : Optional.of("D" + random.nextInt(demands));
      int kind = random.nextInt(20);
      PostedEntry entry;
      if (kind < 9) {
        entry =
            new PostedEntry(
                EntryId.of(id++),
                Charge.builder()
                    .chargeType(TYPES[random.nextInt(TYPES.length)])
                    .dateRaised(date)
                    .dueDate(date.plusDays(random.nextInt(40)))
                    .demandReference(demand)
                    .externalReference(ref)
                    .amount(amount)
                    .build());
        reversible.add(entry);
      } else if (kind < 16) {
        entry =
            new PostedEntry(
                EntryId.of(id++),
                Payment.builder()
                    .dateReceived(date)
                    .amount(amount)
                    .method(PaymentMethod.BANK_TRANSFER)
                    .reference(ref)
                    .allocateTo(random.nextInt(4) == 0 ? demand : Optional.empty())
                    .build());
        reversible.add(entry);
      } else if (kind == 16) {
        entry =
            new PostedEntry(
                EntryId.of(id++),
                Credit.builder()
                    .date(date)
                    .amount(amount)
                    .reason("credit")
                    .externalReference(ref)
                    .build());
      } else if (kind == 17) {
        entry =
            new PostedEntry(
                EntryId.of(id++),
                WriteOff.builder()
                    .date(date)
                    .amount(amount)
                    .reason(WriteOffReason.UNTRACED)
                    .authorisedBy("officer")
                    .externalReference(ref)
                    .build());
      } else {
        entry =
            new PostedEntry(
                EntryId.of(id++),
                Adjustment.builder()
                    .date(date)
                    .amount(amount)
                    .chargeType(ChargeType.ADMINISTRATION_CHARGE)
                    .reason("adjustment")
                    .demandReference(demand)
                    .externalReference(ref)
                    .build());
      }
      posted.add(entry);
    }
    for (PostedEntry target : reversible) {
      if (random.nextInt(10) == 0) {
        posted.add(
            new PostedEntry(
                EntryId.of(id++),
                Reversal.of(target, target.entry().date().plusDays(random.nextInt(60)), "error")));
      }
    }
    Ledger ledger = Ledger.of(Fixtures.ACCOUNT, posted);

    RecoveryCase recoveryCase = recoveryCase(random);
    ImmutableCaseFile.Builder file = Fixtures.file(ledger, recoveryCase);
    for (int d = 0; d < demands; d++) {
      if (random.nextInt(3) > 0) {
        file.addDemandAssessments(assessment("D" + d, random));
      }
    }
    if (random.nextInt(6) == 0) {
      file.addDemandAssessments(assessment("D0", random));
    }
    int disputes = random.nextInt(3);
    for (int i = 0; i < disputes && id > 1; i++) {
      EntryId charge = EntryId.of(1 + random.nextInt((int) id - 1));
      LocalDate start = START.plusDays(random.nextInt(600));
      HoldTerms terms =
          random.nextBoolean()
              ? HoldTerms.from(start, "disputes the bill", Fixtures.OFFICER)
              : HoldTerms.between(
                  start, start.plusDays(random.nextInt(90)), "disputes", Fixtures.OFFICER);
      file.addHolds(new Hold.ChargeDispute(terms, charge));
    }
    if (random.nextInt(5) == 0) {
      LocalDate start = START.plusDays(random.nextInt(600));
      file.addHolds(
          new Hold.QueryOrComplaint(
              HoldTerms.between(start, start.plusDays(20), "query", Fixtures.OFFICER)));
    }
    if (random.nextInt(8) == 0) {
      file.addHolds(
          new Hold.Vulnerability(
              HoldTerms.from(START.plusDays(random.nextInt(600)), "vulnerable", Fixtures.OFFICER)));
    }
    int stage = recoveryCase.currentStage().map(s -> LADDER.indexOf(s).getAsInt()).orElse(-1);
    if (stage >= 4) {
      file.letterOfClaim(LetterOfClaim.sent(recoveryCase.lastMoveOn().orElseThrow()));
    }
    LocalDate asOf = START.plusDays(-10 + random.nextInt(700));
    if (recoveryCase.lastMoveOn().isPresent() && asOf.isBefore(recoveryCase.lastMoveOn().get())) {
      asOf = recoveryCase.lastMoveOn().get();
    }
    return new RandomCaseFiles(file.build(), asOf);
  }

  /** A case at a random stage of the ladder (or none), reached on a random day. */
  private static RecoveryCase recoveryCase(Random random) {
    int stage = -1 + random.nextInt(LADDER.stages().size() + 1);
    LocalDate on = START.plusDays(random.nextInt(500));
    RecoveryCase recoveryCase = Fixtures.fresh();
    for (int i = 0; i <= stage; i++) {
      recoveryCase = recoveryCase.entered(LADDER.stages().get(i).code(), on);
    }
    return recoveryCase;
  }

  /** An assessment of demand {@code reference} that may withhold or bar some or all of it. */
  private static DemandAssessment assessment(String reference, Random random) {
    long serviceCharge = random.nextInt(300_000);
    long administrationCharge = random.nextInt(3) == 0 ? random.nextInt(20_000) : 0;
    ServiceChargeDemand demand =
        ServiceChargeDemand.builder()
            .account(Fixtures.ACCOUNT)
            .reference(reference)
            .servedOn(START)
            .serviceCharge(Money.ofPence(serviceCharge))
            .administrationCharge(Money.ofPence(administrationCharge))
            .serviceChargeSummaryEnclosed(random.nextInt(4) > 0)
            .administrationChargeSummaryEnclosed(random.nextInt(4) > 0)
            .landlordName("London Borough of Anytown")
            .landlordAddress(TOWN_HALL)
            .landlordAddressInEnglandAndWales(true)
            .addressForService(TOWN_HALL)
            .addressForServicePreviouslyNotified(false)
            .build();
    ImmutableList.Builder<CheckResult> results = ImmutableList.builder();
    int kind = random.nextInt(4);
    if (kind == 1) {
      results.add(
          new CheckResult(
              "s.20B 18-month rule",
              "LTA 1985 s.20B",
              Verdict.IRRECOVERABLE,
              Money.ofPence(random.nextInt((int) serviceCharge + 1)),
              ImmutableList.of()));
    } else if (kind == 2) {
      results.add(
          new CheckResult(
              "summary of rights and obligations",
              "LTA 1985 s.21B",
              Verdict.WITHHELD,
              Money.ofPence(serviceCharge),
              ImmutableList.of()));
    } else if (kind == 3) {
      results.add(
          new CheckResult(
              "landlord's name and address for service",
              "LTA 1987 ss.47-48",
              Verdict.WITHHELD,
              Money.ofPence(serviceCharge + administrationCharge),
              ImmutableList.of()));
    }
    return new DemandAssessment(demand, results.build());
  }
}
