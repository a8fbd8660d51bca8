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
 * The s.167 sum leaves out default charges (administration charges for late payment) and counts
 * other administration charges once s.81 is met (LAW-AND-PRACTICE.md §5.2, §5.3, §1.6). Rent of
 * £300 plus an administration charge, as of 1 January 2025, with the boundary at £350.
 */
class DefaultAdministrationChargeTest {

  private static final ForfeitureGate GATE = new ForfeitureGate(ForfeitureFigures.statutory());
  private static final String SUM = "unpaid amount over the prescribed sum (CLRA 2002 s.167, §5.2)";
  private static final String S81 =
      "service charges admitted or finally determined, 14 days after determination (HA 1996"
          + " s.81, §5.3)";

  record Row(
      String name,
      String rent,
      ChargeType feeType,
      String fee,
      boolean admitted,
      boolean open,
      String sumActual,
      String s81Actual) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "a default charge is left out though unpaid",
            "300.00",
            ChargeType.DEFAULT_ADMINISTRATION_CHARGE,
            "100.00",
            false,
            false,
            "£300.00",
            "all counted charges qualify"),
        new Row(
            "a default charge is left out even when admitted",
            "300.00",
            ChargeType.DEFAULT_ADMINISTRATION_CHARGE,
            "100.00",
            true,
            false,
            "£300.00",
            "all counted charges qualify"),
        new Row(
            "another administration charge, admitted, counts: £400 is over the sum",
            "300.00",
            ChargeType.ADMINISTRATION_CHARGE,
            "100.00",
            true,
            true,
            "£400.00",
            "all counted charges qualify"),
        new Row(
            "another administration charge not admitted waits for s.81",
            "300.00",
            ChargeType.ADMINISTRATION_CHARGE,
            "100.00",
            false,
            false,
            "£300.00",
            "£100.00 not admitted or determined (left out)"),
        new Row(
            "admitted administration charge making exactly £350 is not over the sum",
            "250.00",
            ChargeType.ADMINISTRATION_CHARGE,
            "100.00",
            true,
            false,
            "£350.00",
            "all counted charges qualify"),
        new Row(
            "admitted administration charge making £350.01 is over the sum",
            "250.00",
            ChargeType.ADMINISTRATION_CHARGE,
            "100.01",
            true,
            true,
            "£350.01",
            "all counted charges qualify"),
        new Row(
            "a default charge making £350.01 is still left out",
            "250.00",
            ChargeType.DEFAULT_ADMINISTRATION_CHARGE,
            "100.01",
            true,
            false,
            "£250.00",
            "all counted charges qualify"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theSmallArrearsSumLeavesOutDefaultChargesOnly(Row row) {
    List<CountedCharge> charges =
        List.of(
            new CountedCharge(
                EntryId.of(1),
                ChargeType.GROUND_RENT,
                d("2024-06-24"),
                Money.parse(row.rent()),
                Money.ZERO,
                false),
            new CountedCharge(
                EntryId.of(2),
                row.feeType(),
                d("2024-07-01"),
                Money.parse(row.fee()),
                Money.ZERO,
                false));
    ForfeitureFacts facts =
        row.admitted()
            ? new ForfeitureFacts(
                ImmutableList.of(
                    new Section81Finding(
                        ImmutableSet.of(EntryId.of(2)),
                        Section81Finding.Kind.ADMISSION,
                        d("2024-08-01"))),
                false,
                Optional.empty())
            : ForfeitureFacts.none();

    GateResult result =
        GATE.check(
            new ArrearsPosition(d("2025-01-01"), ImmutableList.copyOf(charges)),
            facts,
            false,
            d("2025-01-01"));

    assertThat(result.open()).isEqualTo(row.open());
    assertThat(result.checks())
        .filteredOn(c -> c.name().equals(SUM))
        .singleElement()
        .extracting(ConditionCheck::actual)
        .isEqualTo(row.sumActual());
    assertThat(result.checks())
        .filteredOn(c -> c.name().equals(S81))
        .singleElement()
        .extracting(ConditionCheck::actual)
        .isEqualTo(row.s81Actual());
  }
}
