package org.homeownership.recovery.config.json;

import static org.homeownership.recovery.config.json.FieldProblem.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.OptionalInt;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.policy.EntryConditions;
import org.jspecify.annotations.Nullable;

/** A stage's entry conditions in a policy file, built into {@link EntryConditions} as read. */
final class ConditionsJson {

  final EntryConditions conditions;

  @JsonCreator
  ConditionsJson(
      @JsonProperty(value = "minimumArrears", required = true) @Nullable String minimumArrears,
      @JsonProperty(value = "minimumDaysOverdue", required = true) int minimumDaysOverdue,
      @JsonProperty("minimumDaysSincePreviousStage") @Nullable Integer minimumSincePrevious,
      @JsonProperty("maximumDaysSincePreviousStage") @Nullable Integer maximumSincePrevious,
      @JsonProperty("minimumDaysSinceLastContact") @Nullable Integer minimumSinceContact) {
    String amount = required(minimumArrears, "minimumArrears");
    Money arrears = FieldProblem.build("minimumArrears", () -> Money.parse(amount));
    if (!arrears.isPositive()) {
      throw new FieldProblem(
          "minimumArrears", "bad value \"" + amount + "\": minimum arrears must be above zero");
    }
    nonNegative(minimumDaysOverdue, "minimumDaysOverdue");
    nonNegative(minimumSincePrevious, "minimumDaysSincePreviousStage");
    nonNegative(maximumSincePrevious, "maximumDaysSincePreviousStage");
    nonNegative(minimumSinceContact, "minimumDaysSinceLastContact");
    this.conditions =
        FieldProblem.build(
            "maximumDaysSincePreviousStage",
            () ->
                new EntryConditions(
                    arrears,
                    minimumDaysOverdue,
                    optional(minimumSincePrevious),
                    optional(maximumSincePrevious),
                    optional(minimumSinceContact)));
  }

  private static void nonNegative(@Nullable Integer days, String field) {
    if (days != null && days < 0) {
      throw new FieldProblem(field, "bad value " + days + ": a number of days is not negative");
    }
  }

  private static OptionalInt optional(@Nullable Integer days) {
    return days == null ? OptionalInt.empty() : OptionalInt.of(days);
  }
}
