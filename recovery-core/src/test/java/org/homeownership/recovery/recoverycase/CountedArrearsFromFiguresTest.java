package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeownership.recovery.allocation.Allocation;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.ChargeAllocation;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.demand.DemandAssessment;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.arrears.ArrearsPosition;
import org.homeownership.recovery.recoverycase.arrears.CountedArrears;
import org.homeownership.recovery.recoverycase.arrears.CountedCharge;
import org.junit.jupiter.api.Test;

/**
 * The arrears counted from the allocator's figures alone equal those counted from the full
 * allocation, charge by charge, with demand exclusions and disputes; and counting from the
 * allocation, and the position's figures and text, are what they were before they were rewritten as
 * loops in pence (the stream-based references below).
 */
class CountedArrearsFromFiguresTest {

  private static final PaymentAllocator OLDEST_DUE_FIRST =
      new PaymentAllocator(AllocationStrategy.oldestDueFirst());
  private static final PaymentAllocator EXPLICIT_THEN_OLDEST =
      new PaymentAllocator(AllocationStrategy.explicitThen(AllocationStrategy.oldestDueFirst()));

  @Test
  void figuresOnlyEqualTheFullAllocationOldestDueFirst() {
    checkAgainstAllocation(OLDEST_DUE_FIRST, 1500);
  }

  @Test
  void figuresOnlyEqualTheFullAllocationWhenPaymentsNameDemands() {
    checkAgainstAllocation(EXPLICIT_THEN_OLDEST, 1000);
  }

  private static void checkAgainstAllocation(PaymentAllocator allocator, int examples) {
    qt().withExamples(examples)
        .forAll(RandomCaseFiles.caseFiles(60), integers().between(0, 3))
        .checkAssert(
            (drawn, extra) -> {
              CaseFile file = drawn.file();
              LocalDate asOf = drawn.asOf();
              Set<EntryId> disputed = new HashSet<>(drawn.disputedOnAsOf());
              if (extra > 0) {
                disputed.add(EntryId.of(extra));
              }
              Allocation allocation = allocator.allocate(file.ledger(), asOf, disputed);

              ArrearsPosition figures =
                  CountedArrears.of(
                      file.ledger(), asOf, allocator, file.demandAssessments(), disputed);
              ArrearsPosition full =
                  CountedArrears.of(allocation, file.demandAssessments(), disputed);

              assertThat(figures).isEqualTo(full);
              assertThat(full).isEqualTo(reference(allocation, file.demandAssessments(), disputed));
              assertThat(figures.describe()).isEqualTo(full.describe());
              assertFiguresAsStreamed(figures);
            });
  }

  /** The position's figures and text are those the stream-based sums gave. */
  private static void assertFiguresAsStreamed(ArrearsPosition position) {
    List<CountedCharge> charges = position.charges();
    Money counted = charges.stream().map(CountedCharge::counted).reduce(Money.ZERO, Money::plus);
    Money outstanding =
        charges.stream().map(CountedCharge::outstanding).reduce(Money.ZERO, Money::plus);
    Money excluded =
        charges.stream()
            .filter(c -> !c.disputed())
            .map(CountedCharge::excluded)
            .reduce(Money.ZERO, Money::plus);
    Money disputed =
        charges.stream()
            .filter(CountedCharge::disputed)
            .map(CountedCharge::outstanding)
            .reduce(Money.ZERO, Money::plus);
    Optional<LocalDate> oldest =
        charges.stream()
            .filter(c -> c.counted().isPositive())
            .map(CountedCharge::dueDate)
            .min(LocalDate::compareTo);
    long overdue = oldest.map(d -> ChronoUnit.DAYS.between(d, position.asOf())).orElse(0L);
    assertThat(position.counted()).isEqualTo(counted);
    assertThat(position.outstanding()).isEqualTo(outstanding);
    assertThat(position.excluded()).isEqualTo(excluded);
    assertThat(position.disputed()).isEqualTo(disputed);
    assertThat(position.oldestCountedDueDate()).isEqualTo(oldest);
    assertThat(position.daysOverdue()).isEqualTo(overdue);
    assertThat(position.describe())
        .isEqualTo(
            "counted arrears "
                + counted.format()
                + " (outstanding "
                + outstanding.format()
                + "; withheld or barred "
                + excluded.format()
                + "; disputed "
                + disputed.format()
                + "); oldest counted item due "
                + oldest.map(LocalDate::toString).orElse("none")
                + ", "
                + overdue
                + " days overdue");
  }

  /** The counting as it was written before, with streams and Money, as the reference. */
  private static ArrearsPosition reference(
      Allocation allocation, Collection<DemandAssessment> assessments, Set<EntryId> disputed) {
    LocalDate asOf = allocation.asOf();
    Map<String, Long> excludedByDemand = new HashMap<>();
    for (DemandAssessment assessment : assessments) {
      Money total =
          assessment.demand().serviceCharge().plus(assessment.demand().administrationCharge());
      Money excluded = total.minus(assessment.payableNow());
      if (excluded.isPositive()) {
        excludedByDemand.merge(assessment.demand().reference(), excluded.pence(), Long::sum);
      }
    }
    ImmutableList.Builder<CountedCharge> charges = ImmutableList.builder();
    allocation.charges().stream()
        .filter(c -> c.outstanding().isPositive() && !c.charge().dueDate().isAfter(asOf))
        .sorted(
            Comparator.comparing((ChargeAllocation c) -> c.charge().dueDate())
                .thenComparing(ChargeAllocation::id))
        .forEach(
            c -> {
              long excluded = 0;
              String reference = c.charge().demandReference().orElse(null);
              if (reference != null && excludedByDemand.containsKey(reference)) {
                long left = excludedByDemand.get(reference);
                excluded = Math.min(left, c.outstanding().pence());
                excludedByDemand.put(reference, left - excluded);
              }
              charges.add(
                  new CountedCharge(
                      c.id(),
                      c.charge().chargeType(),
                      c.charge().dueDate(),
                      c.outstanding(),
                      Money.ofPence(excluded),
                      disputed.contains(c.id()) || c.disputed()));
            });
    return new ArrearsPosition(asOf, charges.build());
  }
}
