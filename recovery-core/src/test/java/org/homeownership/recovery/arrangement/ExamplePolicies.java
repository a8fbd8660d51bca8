package org.homeownership.recovery.arrangement;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.money.Money;

/**
 * The example arrangement policies the tests use, also set out in docs/arrangements.md. The Direct
 * Debit rule is Rotherham's (LAW-AND-PRACTICE.md §2.1, §12.1); the other figures are a council's
 * choice (no source fixes them; a general "two missed payments" rule is UNCONFIRMED, §12.2) and are
 * marked as examples.
 */
final class ExamplePolicies {

  private ExamplePolicies() {}

  static final LocalDate FROM = LocalDate.of(2025, 4, 1);

  static EffectiveDated<MonitoringPolicy> monitoring(MonitoringPolicy policy) {
    return EffectiveDated.from(
        FROM, policy, "arrangement monitoring", "example policy, docs/arrangements.md");
  }

  /** Expected balance with 3 tolerance days; Direct Debit failures simply count as missed. */
  static MonitoringPolicy expectedBalance() {
    return MonitoringPolicy.builder()
        .method(MonitoringMethod.EXPECTED_BALANCE)
        .toleranceDays(3)
        .missedInstalmentsForBreach(2)
        .missedInstalmentWindowDays(90)
        .doubleNextInstalmentAfterDirectDebitFailure(false)
        .build();
  }

  /** Both checks: 3 tolerance days; 2 misses within 90 days make a breach. */
  static MonitoringPolicy both() {
    return MonitoringPolicy.builder().from(expectedBalance()).method(MonitoringMethod.BOTH).build();
  }

  /** Missed instalments only: 2 misses within 90 days, 3 tolerance days. */
  static MonitoringPolicy missedInstalments() {
    return MonitoringPolicy.builder()
        .from(expectedBalance())
        .method(MonitoringMethod.MISSED_INSTALMENTS)
        .build();
  }

  /** Rotherham's Direct Debit rule: one failure doubles the next; the second cancels. */
  static MonitoringPolicy rotherhamDirectDebit() {
    return MonitoringPolicy.builder()
        .from(expectedBalance())
        .doubleNextInstalmentAfterDirectDebitFailure(true)
        .cancelAfterDirectDebitFailures(Optional.of(2))
        .build();
  }

  /** A second officer above £5,000 or 12 months (example figures). */
  static EffectiveDated<ApprovalPolicy> approval() {
    return EffectiveDated.from(
        FROM,
        ApprovalPolicy.builder()
            .secondApprovalAboveTotal(Money.parse("5000.00"))
            .secondApprovalAboveTermMonths(12)
            .build(),
        "second approval of arrangements",
        "example policy, docs/arrangements.md");
  }
}
