package org.homeownership.recovery.config.json;

import static org.homeownership.recovery.config.json.FieldProblem.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One ladder in a policy file, its stream being the key it is filed under. The ladder is built when
 * the policy is, since the stream comes from the key.
 */
final class LadderJson {

  final ImmutableList<Stage> stages;
  final Money closeAtOrBelow;
  final boolean stepBackBelowThreshold;

  @JsonCreator
  LadderJson(
      @JsonProperty(value = "stages", required = true) @Nullable List<StageJson> stages,
      @JsonProperty(value = "closeAtOrBelow", required = true) @Nullable String closeAtOrBelow,
      @JsonProperty(value = "stepBackBelowThreshold", required = true)
          boolean stepBackBelowThreshold) {
    List<StageJson> list = required(stages, "stages");
    if (list.isEmpty()) {
      throw new FieldProblem("stages", "no stages: a ladder has at least one");
    }
    Map<StageReference, Integer> seen = new HashMap<>();
    ImmutableList.Builder<Stage> built = ImmutableList.builder();
    for (int i = 0; i < list.size(); i++) {
      Stage stage = required(list.get(i), "stages[" + i + "]").stage;
      Integer previous = seen.put(stage.code(), i);
      if (previous != null) {
        throw new FieldProblem(
            "stages[" + i + "].code",
            "bad value \"" + stage.code() + "\": the same code as stages[" + previous + "]");
      }
      built.add(stage);
    }
    this.stages = built.build();
    String amount = required(closeAtOrBelow, "closeAtOrBelow");
    this.closeAtOrBelow = FieldProblem.build("closeAtOrBelow", () -> Money.parse(amount));
    if (this.closeAtOrBelow.isNegative()) {
      throw new FieldProblem(
          "closeAtOrBelow", "bad value \"" + amount + "\": the closure threshold is not negative");
    }
    this.stepBackBelowThreshold = stepBackBelowThreshold;
  }
}
