package org.homeownership.recovery.config.json;

import static org.homeownership.recovery.config.json.FieldProblem.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.StageLadder;
import org.jspecify.annotations.Nullable;

/** A whole policy file, built into a {@link RecoveryPolicy} as read. */
final class PolicyJson {

  final RecoveryPolicy policy;

  @JsonCreator
  PolicyJson(
      @JsonProperty(value = "formatVersion", required = true) int formatVersion,
      @JsonProperty(value = "name", required = true) @Nullable String name,
      @JsonProperty(value = "ladders", required = true)
          @Nullable Map<DebtStream, LadderJson> ladders) {
    if (formatVersion != RecoveryPolicyJson.FORMAT_VERSION) {
      throw new FieldProblem(
          "formatVersion",
          "bad value "
              + formatVersion
              + ": this library reads format version "
              + RecoveryPolicyJson.FORMAT_VERSION);
    }
    String policyName = required(name, "name");
    if (policyName.isBlank()) {
      throw new FieldProblem("name", "bad value \"" + policyName + "\": blank");
    }
    Map<DebtStream, LadderJson> byStream = required(ladders, "ladders");
    ImmutableMap.Builder<DebtStream, StageLadder> built = ImmutableMap.builder();
    for (Map.Entry<DebtStream, LadderJson> entry : byStream.entrySet()) {
      LadderJson ladder = required(entry.getValue(), "ladders." + entry.getKey());
      built.put(
          entry.getKey(),
          FieldProblem.build(
              "ladders." + entry.getKey(),
              () ->
                  new StageLadder(
                      entry.getKey(),
                      ladder.stages,
                      ladder.closeAtOrBelow,
                      ladder.stepBackBelowThreshold)));
    }
    this.policy =
        FieldProblem.build("ladders", () -> new RecoveryPolicy(policyName, built.buildOrThrow()));
  }
}
