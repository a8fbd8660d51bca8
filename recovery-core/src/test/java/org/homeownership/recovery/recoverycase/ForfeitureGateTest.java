package org.homeownership.recovery.recoverycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeownership.recovery.recoverycase.Fixtures.d;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.arrears.ArrearsPosition;
import org.homeownership.recovery.recoverycase.arrears.CountedCharge;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFacts;
import org.homeownership.recovery.recoverycase.gate.ForfeitureFigures;
import org.homeownership.recovery.recoverycase.gate.ForfeitureGate;
import org.homeownership.recovery.recoverycase.gate.GateResult;
import org.homeownership.recovery.recoverycase.gate.Section81Finding;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forfeiture gate (LAW-AND-PRACTICE.md §5.2–§5.5): s.167's £350 or 3 years (either limb),
 * default charges left out; s.81's determination or admission and 14 days; the lender told before
 * proceedings. One row per case with the boundaries.
 */
class ForfeitureGateTest {

  private static final ForfeitureGate GATE = new ForfeitureGate(ForfeitureFigures.statutory());

  record Row(
      String name,
      List<CountedCharge> charges,
      ForfeitureFacts facts,
      boolean proceedings,
      String asOf,
      boolean open,
      Optional<String> earliest,
      String deciding,
      String actual) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static CountedCharge charge(long id, ChargeType type, String due, String amount) {
    return new CountedCharge(EntryId.of(id), type, d(due), Money.parse(amount), Money.ZERO, false);
  }

  private static ForfeitureFacts finding(Section81Finding.Kind kind, String date, long... ids) {
    ImmutableSet.Builder<EntryId> charges = ImmutableSet.builder();
    for (long id : ids) {
      charges.add(EntryId.of(id));
    }
    return new ForfeitureFacts(
        ImmutableList.of(new Section81Finding(charges.build(), kind, d(date))),
        false,
        Optional.empty());
  }

  static Stream<Row> rows() {
    String sum = "unpaid amount over the prescribed sum (CLRA 2002 s.167, §5.2)";
    String period = "an amount payable for more than the prescribed period (CLRA 2002 s.167, §5.2)";
    String s81 =
        "service charges admitted or finally determined, 14 days after determination (HA 1996"
            + " s.81, §5.3)";
    String lender = "mortgage lender told (§5.5, CPR PD 55A para 2.4)";
    ForfeitureFacts none = ForfeitureFacts.none();
    List<CountedCharge> rent35000 =
        List.of(charge(1, ChargeType.GROUND_RENT, "2024-06-24", "350.00"));
    List<CountedCharge> rent35001 =
        List.of(charge(1, ChargeType.GROUND_RENT, "2024-06-24", "350.01"));
    List<CountedCharge> oldRent = List.of(charge(1, ChargeType.GROUND_RENT, "2020-03-25", "50.00"));
    List<CountedCharge> rentAndFee =
        List.of(
            charge(1, ChargeType.GROUND_RENT, "2024-06-24", "300.00"),
            charge(2, ChargeType.DEFAULT_ADMINISTRATION_CHARGE, "2024-07-01", "100.00"));
    List<CountedCharge> service =
        List.of(charge(1, ChargeType.SERVICE_CHARGE, "2024-04-01", "1000.00"));
    return Stream.of(
        new Row(
            "rent of exactly £350 is not over the sum",
            rent35000,
            none,
            false,
            "2025-01-01",
            false,
            Optional.of("2027-06-25"),
            sum,
            "£350.00"),
        new Row(
            "rent of £350.01 is over the sum",
            rent35001,
            none,
            false,
            "2025-01-01",
            true,
            Optional.empty(),
            sum,
            "£350.01"),
        new Row(
            "a default administration charge is left out of the sum",
            rentAndFee,
            none,
            false,
            "2025-01-01",
            false,
            Optional.of("2027-06-25"),
            sum,
            "£300.00"),
        new Row(
            "£50 ground rent payable exactly 3 years",
            oldRent,
            none,
            false,
            "2023-03-25",
            false,
            Optional.of("2023-03-26"),
            period,
            "oldest payable since 2020-03-25"),
        new Row(
            "£50 ground rent payable 3 years and a day",
            oldRent,
            none,
            false,
            "2023-03-26",
            true,
            Optional.empty(),
            period,
            "oldest payable since 2020-03-25"),
        new Row(
            "£50 ground rent a day before 3 years",
            oldRent,
            none,
            false,
            "2023-03-24",
            false,
            Optional.of("2023-03-26"),
            period,
            "oldest payable since 2020-03-25"),
        new Row(
            "service charge with no determination or admission",
            service,
            none,
            false,
            "2025-01-01",
            false,
            Optional.empty(),
            s81,
            "£1,000.00 not admitted or determined (left out)"),
        new Row(
            "determination final 13 days ago",
            service,
            finding(Section81Finding.Kind.FINAL_DETERMINATION, "2025-01-10", 1),
            false,
            "2025-01-23",
            false,
            Optional.of("2025-01-24"),
            s81,
            "£1,000.00 not admitted or determined (left out)"),
        new Row(
            "determination final 14 days ago",
            service,
            finding(Section81Finding.Kind.FINAL_DETERMINATION, "2025-01-10", 1),
            false,
            "2025-01-24",
            true,
            Optional.empty(),
            sum,
            "£1,000.00"),
        new Row(
            "determination final 15 days ago",
            service,
            finding(Section81Finding.Kind.FINAL_DETERMINATION, "2025-01-10", 1),
            false,
            "2025-01-25",
            true,
            Optional.empty(),
            sum,
            "£1,000.00"),
        new Row(
            "admission counts the same day",
            service,
            finding(Section81Finding.Kind.ADMISSION, "2025-01-10", 1),
            false,
            "2025-01-10",
            true,
            Optional.empty(),
            s81,
            "all counted charges qualify"),
        new Row(
            "proceedings with a lender on the title not told",
            rent35001,
            new ForfeitureFacts(ImmutableList.of(), true, Optional.empty()),
            true,
            "2025-01-01",
            false,
            Optional.empty(),
            lender,
            "not told"),
        new Row(
            "proceedings with the lender told",
            rent35001,
            new ForfeitureFacts(ImmutableList.of(), true, Optional.of(d("2024-12-01"))),
            true,
            "2025-01-01",
            true,
            Optional.empty(),
            lender,
            "told 2024-12-01"),
        new Row(
            "a s.146 notice does not wait for the lender",
            rent35001,
            new ForfeitureFacts(ImmutableList.of(), true, Optional.empty()),
            false,
            "2025-01-01",
            true,
            Optional.empty(),
            sum,
            "£350.01"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void forfeitureNeedsSection167AndSection81(Row row) {
    ArrearsPosition position =
        new ArrearsPosition(d(row.asOf()), ImmutableList.copyOf(row.charges()));

    GateResult result = GATE.check(position, row.facts(), row.proceedings(), d(row.asOf()));

    assertThat(result.open()).isEqualTo(row.open());
    assertThat(result.earliestOpen().map(Object::toString)).isEqualTo(row.earliest());
    assertThat(result.checks())
        .filteredOn(c -> c.name().equals(row.deciding()))
        .singleElement()
        .extracting(ConditionCheck::actual)
        .isEqualTo(row.actual());
  }
}
