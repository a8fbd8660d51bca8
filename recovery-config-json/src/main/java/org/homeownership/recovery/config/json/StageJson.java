package org.homeownership.recovery.config.json;

import static org.homeownership.recovery.config.json.FieldProblem.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.recoverycase.policy.StageAction;
import org.jspecify.annotations.Nullable;

/** One stage in a policy file, built into a {@link Stage} as read. */
final class StageJson {

  final Stage stage;

  @JsonCreator
  StageJson(
      @JsonProperty(value = "code", required = true) @Nullable String code,
      @JsonProperty(value = "name", required = true) @Nullable String name,
      @JsonProperty(value = "action", required = true) @Nullable StageAction action,
      @JsonProperty("templateCode") @Nullable String templateCode,
      @JsonProperty(value = "conditions", required = true) @Nullable ConditionsJson conditions,
      @JsonProperty(value = "issuesNotice", required = true) boolean issuesNotice,
      @JsonProperty(value = "needsApproval", required = true) boolean needsApproval,
      @JsonProperty(value = "source", required = true) @Nullable String source) {
    String stageCode = required(code, "code");
    StageReference reference = FieldProblem.build("code", () -> StageReference.of(stageCode));
    String stageName = required(name, "name");
    if (stageName.isBlank()) {
      throw new FieldProblem("name", "bad value \"" + stageName + "\": blank");
    }
    StageAction stageAction = required(action, "action");
    if (templateCode != null && templateCode.isBlank()) {
      throw new FieldProblem(
          "templateCode",
          "bad value \"" + templateCode + "\": blank; leave the field out for none");
    }
    ConditionsJson entry = required(conditions, "conditions");
    String stageSource = required(source, "source");
    this.stage =
        FieldProblem.build(
            "source",
            () ->
                new Stage(
                    reference,
                    stageName,
                    stageAction,
                    Optional.ofNullable(templateCode),
                    entry.conditions,
                    issuesNotice,
                    needsApproval,
                    stageSource));
  }
}
