package org.homeownership.recovery.examples.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeownership.recovery.config.json.ConfigFileException;
import org.homeownership.recovery.config.json.RecoveryPolicyJson;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;
import org.jspecify.annotations.Nullable;

/**
 * A recovery policy given inline in a scenario's {@code policy} field, in the {@code
 * recovery-config-json} policy format: the subtree is written back out as JSON and read by {@link
 * RecoveryPolicyJson}, so the scenario accepts exactly what a policy file accepts. A problem the
 * policy reader finds is reported at the scenario's own path ({@code $.policy.ladders...}) and
 * line.
 */
final class InlinePolicy {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One step of a policy reader's field path: a name, then any {@code [n]} indexes. */
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private InlinePolicy() {}

  /**
   * The policy in {@code policy}, or null with the problem added at {@code path}.
   *
   * @param path where the policy object is in the scenario
   */
  static @Nullable RecoveryPolicy read(FieldPath path, JsonNode policy, Problems problems) {
    byte[] json;
    try {
      json = MAPPER.writeValueAsBytes(policy);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return RecoveryPolicyJson.read(new ByteArrayInputStream(json), "policy");
    } catch (ConfigFileException e) {
      problems.add(at(path, e.field()), e.problem());
      return null;
    }
  }

  /**
   * The scenario path of a policy reader's field path, such as {@code
   * ladders.SERVICE_CHARGES.stages[0].code} under {@code $.policy}.
   */
  static FieldPath at(FieldPath policy, String field) {
    FieldPath at = policy;
    if (field.isEmpty()) {
      return at;
    }
    for (String part : field.split("\\.")) {
      Matcher step = STEP.matcher(part);
      if (!step.matches()) {
        return at;
      }
      at = at.field(step.group(1));
      Matcher index = INDEX.matcher(step.group(2));
      while (index.find()) {
        at = at.index(Integer.parseInt(index.group(1)));
      }
    }
    return at;
  }
}
