package org.homeownership.recovery.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerScript;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.RandomLedger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per case: the ledger, the as-of date, the strategy and any disputed demand; then what
 * must be outstanding on each demand, and the credit left unallocated.
 */
class AllocationScenariosTest {

  private static final AllocationStrategy OLDEST = AllocationStrategy.oldestDueFirst();
  private static final AllocationStrategy PRIORITY =
      AllocationStrategy.chargeTypePriority(
          List.of(ChargeType.GROUND_RENT, ChargeType.SERVICE_CHARGE));
  private static final AllocationStrategy EXPLICIT = AllocationStrategy.explicitThen(OLDEST);

  private static final String THREE_CHARGES =
      """
      charge SC-Q1 service_charge raised 2025-03-01 due 2025-04-01 100.00
      charge SC-Q2 service_charge raised 2025-06-01 due 2025-07-01 200.00
      charge SC-Q3 service_charge raised 2025-09-01 due 2025-10-01 300.00
      """;

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row(
            "part payments across several charges pay the oldest due first",
            THREE_CHARGES + "payment P1 2025-10-05 150.00\npayment P2 2025-10-20 100.00",
            "2025-10-31",
            OLDEST,
            "",
            "SC-Q1=0.00 SC-Q2=50.00 SC-Q3=300.00",
            "0.00"),
        row(
            "an overpayment is left as credit and pays the next charge when it is raised",
            "charge SC-Q1 service_charge raised 2025-03-01 due 2025-04-01 100.00\n"
                + "payment P1 2025-04-02 150.00",
            "2025-04-30",
            OLDEST,
            "",
            "SC-Q1=0.00",
            "50.00"),
        row(
            "the credit left by an overpayment pays the next charge",
            "charge SC-Q1 service_charge raised 2025-03-01 due 2025-04-01 100.00\n"
                + "payment P1 2025-04-02 150.00\n"
                + "charge SC-Q2 service_charge raised 2025-06-01 due 2025-07-01 80.00",
            "2025-07-31",
            OLDEST,
            "",
            "SC-Q1=0.00 SC-Q2=30.00",
            "0.00"),
        row(
            "a back-dated payment posted last lands where its date puts it",
            THREE_CHARGES + "payment P2 2025-10-20 100.00\n" + "payment P1 2025-06-15 150.00",
            "2025-10-31",
            OLDEST,
            "",
            "SC-Q1=0.00 SC-Q2=50.00 SC-Q3=300.00",
            "0.00"),
        row(
            "a reversed payment no longer pays anything from the reversal's date",
            THREE_CHARGES
                + "payment P1 2025-10-05 150.00\n"
                + "payment P2 2025-10-20 100.00\n"
                + "reverse P1 2025-10-25",
            "2025-10-31",
            OLDEST,
            "",
            "SC-Q1=0.00 SC-Q2=200.00 SC-Q3=300.00",
            "0.00"),
        row(
            "before the reversal's date the payment still counts",
            THREE_CHARGES
                + "payment P1 2025-10-05 150.00\n"
                + "payment P2 2025-10-20 100.00\n"
                + "reverse P1 2025-10-25",
            "2025-10-24",
            OLDEST,
            "",
            "SC-Q1=0.00 SC-Q2=50.00 SC-Q3=300.00",
            "0.00"),
        row(
            "a disputed charge is left out and the payment goes to the next",
            THREE_CHARGES + "payment P1 2025-10-05 150.00",
            "2025-10-31",
            OLDEST,
            "SC-Q1",
            "SC-Q1=100.00 SC-Q2=50.00 SC-Q3=300.00",
            "0.00"),
        row(
            "when every charge is disputed the payment stays as credit",
            "charge SC-Q1 service_charge raised 2025-03-01 due 2025-04-01 100.00\n"
                + "payment P1 2025-04-05 60.00",
            "2025-04-30",
            OLDEST,
            "SC-Q1",
            "SC-Q1=100.00",
            "60.00"),
        row(
            "charge-type priority pays ground rent and service charges before an admin charge",
            "charge ADM-1 administration_charge raised 2025-03-01 due 2025-03-15 50.00\n"
                + "charge SC-Q1 service_charge raised 2025-03-01 due 2025-04-01 100.00\n"
                + "charge GR-25 ground_rent raised 2025-03-01 due 2025-06-24 10.00\n"
                + "payment P1 2025-07-01 100.00",
            "2025-07-31",
            PRIORITY,
            "",
            "ADM-1=50.00 SC-Q1=10.00 GR-25=0.00",
            "0.00"),
        row(
            "the same ledger by oldest due first pays the admin charge first",
            "charge ADM-1 administration_charge raised 2025-03-01 due 2025-03-15 50.00\n"
                + "charge SC-Q1 service_charge raised 2025-03-01 due 2025-04-01 100.00\n"
                + "charge GR-25 ground_rent raised 2025-03-01 due 2025-06-24 10.00\n"
                + "payment P1 2025-07-01 100.00",
            "2025-07-31",
            OLDEST,
            "",
            "ADM-1=0.00 SC-Q1=50.00 GR-25=10.00",
            "0.00"),
        row(
            "a payment aimed at a demand pays it first and the rest by the default rule",
            THREE_CHARGES + "payment P1 2025-10-05 350.00 to SC-Q3",
            "2025-10-31",
            EXPLICIT,
            "",
            "SC-Q1=50.00 SC-Q2=200.00 SC-Q3=0.00",
            "0.00"),
        row(
            "a reversed charge is as if never raised, so its payment moves on",
            THREE_CHARGES + "payment P1 2025-10-05 100.00\nreverse SC-Q1 2025-10-10",
            "2025-10-31",
            OLDEST,
            "",
            "SC-Q2=100.00 SC-Q3=300.00",
            "0.00"),
        row(
            "a write-off and a credit are allocated like payments",
            THREE_CHARGES + "credit CR-1 2025-10-01 120.00\nwriteoff WO-1 2025-10-02 30.00",
            "2025-10-31",
            OLDEST,
            "",
            "SC-Q1=0.00 SC-Q2=150.00 SC-Q3=300.00",
            "0.00"),
        row(
            "a refund uses up the credit an overpayment left",
            "charge SC-Q1 service_charge raised 2025-03-01 due 2025-04-01 100.00\n"
                + "payment P1 2025-04-02 150.00\n"
                + "refund RF-1 2025-04-20 50.00",
            "2025-04-30",
            OLDEST,
            "",
            "SC-Q1=0.00",
            "0.00"),
        row(
            "charges raised after the as-of date are left out",
            THREE_CHARGES + "payment P1 2025-07-05 150.00",
            "2025-08-31",
            OLDEST,
            "",
            "SC-Q1=0.00 SC-Q2=150.00",
            "0.00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void allocates(
      String name,
      String script,
      String asOf,
      AllocationStrategy strategy,
      String disputedDemand,
      String expectedOutstanding,
      String expectedUnallocated) {
    Ledger ledger = LedgerScript.ledger(script);
    Set<EntryId> disputed =
        ledger.entries().stream()
            .filter(p -> !disputedDemand.isEmpty() && disputedDemand.equals(reference(p)))
            .map(PostedEntry::id)
            .collect(Collectors.toSet());

    Allocation allocation =
        new PaymentAllocator(strategy).allocate(ledger, LocalDate.parse(asOf), disputed);

    Map<String, String> outstanding = new LinkedHashMap<>();
    allocation.charges().stream()
        .filter(c -> c.charge().demandReference().isPresent())
        .forEach(
            c -> outstanding.put(c.charge().demandReference().get(), c.outstanding().toString()));
    Map<String, String> expected = new LinkedHashMap<>();
    for (String pair : expectedOutstanding.split(" ")) {
      String[] kv = pair.split("=");
      expected.put(kv[0], kv[1]);
    }
    assertThat(outstanding).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(allocation.unallocatedCredit().toString()).isEqualTo(expectedUnallocated);
    assertThat(allocation.balance()).isEqualTo(ledger.balanceAt(LocalDate.parse(asOf)));
  }

  private static String reference(PostedEntry posted) {
    return RandomLedger.reference(posted.entry());
  }

  private static Arguments row(
      String name,
      String script,
      String asOf,
      AllocationStrategy strategy,
      String disputed,
      String outstanding,
      String unallocated) {
    return Arguments.of(name, script, asOf, strategy, disputed, outstanding, unallocated);
  }
}
