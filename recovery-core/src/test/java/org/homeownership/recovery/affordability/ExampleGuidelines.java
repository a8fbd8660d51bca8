package org.homeownership.recovery.affordability;

import static org.homeownership.recovery.affordability.SfsCategory.COMMUNICATIONS_AND_LEISURE;
import static org.homeownership.recovery.affordability.SfsCategory.FOOD_AND_HOUSEKEEPING;
import static org.homeownership.recovery.affordability.SfsCategory.HOME_AND_CONTENTS;
import static org.homeownership.recovery.affordability.SfsCategory.PERSONAL_COSTS;
import static org.homeownership.recovery.affordability.SfsCategory.UTILITIES;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.money.Money;

/**
 * A test verification policy. The guideline figures are made up for tests: the published SFS
 * spending guidelines are licensed to SFS members and are not in LAW-AND-PRACTICE.md, so a council
 * loads its own each April.
 */
final class ExampleGuidelines {

  private ExampleGuidelines() {}

  static final LocalDate APRIL_2025 = LocalDate.of(2025, 4, 7);
  static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 6);

  static VerificationPolicy policy() {
    SpendingGuidelines year2025 =
        SpendingGuidelines.of(
            Map.of(
                1,
                Map.of(
                    COMMUNICATIONS_AND_LEISURE, Money.parse("70.00"),
                    FOOD_AND_HOUSEKEEPING, Money.parse("300.00"),
                    PERSONAL_COSTS, Money.parse("50.00")),
                2,
                Map.of(
                    COMMUNICATIONS_AND_LEISURE, Money.parse("90.00"),
                    FOOD_AND_HOUSEKEEPING, Money.parse("450.00"),
                    PERSONAL_COSTS, Money.parse("80.00"))));
    SpendingGuidelines year2026 =
        SpendingGuidelines.of(
            Map.of(
                2,
                Map.of(
                    COMMUNICATIONS_AND_LEISURE, Money.parse("95.00"),
                    FOOD_AND_HOUSEKEEPING, Money.parse("520.00"),
                    PERSONAL_COSTS, Money.parse("85.00"))));
    return VerificationPolicy.builder()
        .spendingGuidelines(
            EffectiveDated.of(
                "SFS spending guidelines (test figures)",
                "test data; LAW-AND-PRACTICE.md §11 for the structure",
                Map.of(APRIL_2025, year2025, APRIL_2026, year2026)))
        .essentials(EnumSet.of(HOME_AND_CONTENTS, UTILITIES, FOOD_AND_HOUSEKEEPING))
        .build();
  }
}
