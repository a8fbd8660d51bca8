package org.homeownership.recovery.config.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.EntryConditions;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.recoverycase.policy.StageLadder;

/**
 * Reads and writes a council's {@link RecoveryPolicy} as JSON, format version {@value
 * #FORMAT_VERSION} (schema: {@code docs/schema/recovery-policy.schema.json}):
 *
 * <pre>{@code
 * {"formatVersion": 1,
 *  "name": "Default (Wiltshire, Harrow, Southwark; Debt PAP)",
 *  "ladders": {
 *    "SERVICE_CHARGES": {
 *      "closeAtOrBelow": "0.00", "stepBackBelowThreshold": true,
 *      "stages": [
 *        {"code": "REMINDER_1", "name": "First reminder", "action": "LETTER",
 *         "templateCode": "REMINDER_1",
 *         "conditions": {"minimumArrears": "0.01", "minimumDaysOverdue": 30},
 *         "issuesNotice": true, "needsApproval": false,
 *         "source": "Wiltshire Council, ..."}]}}}
 * }</pre>
 *
 * <p>Amounts are pounds written as strings, exact to the penny ({@code "0.01"}); days are whole
 * numbers of calendar days. {@code templateCode} and the three optional day limits are left out
 * when there are none. Every other field is required; unknown fields, duplicate keys, nulls and
 * values of the wrong type are refused. Bad input is a {@link ConfigFileException} naming the field
 * (such as {@code ladders.SERVICE_CHARGES.stages[2].conditions.minimumArrears}), the line and
 * column, and the bad value; the core's own checks (a ladder with no stages, a window whose maximum
 * is below its minimum) are reported the same way.
 *
 * <p>{@link #shippedDefault()} reads the shipped {@code default-recovery-policy.json}, which equals
 * {@link DefaultRecoveryPolicy#policy()} (built from published council practice,
 * LAW-AND-PRACTICE.md §12.1).
 */
public final class RecoveryPolicyJson {

  /** The format version this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /** The classpath resource of the shipped default policy, next to this class. */
  public static final String SHIPPED_RESOURCE = "default-recovery-policy.json";

  private static final ObjectMapper MAPPER = JsonFiles.strictMapper(true);

  private RecoveryPolicyJson() {}

  /**
   * The default policy shipped with the library, equal to {@link DefaultRecoveryPolicy#policy()}.
   */
  public static RecoveryPolicy shippedDefault() {
    try (InputStream in = RecoveryPolicyJson.class.getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the shipped " + SHIPPED_RESOURCE + " is missing");
      }
      return read(in, SHIPPED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The policy in {@code file}.
   *
   * @throws ConfigFileException if the file cannot be read or is not valid
   */
  public static RecoveryPolicy read(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw JsonFiles.io(file.toString(), e);
    }
  }

  /**
   * The policy in {@code in}.
   *
   * @param in the JSON; not closed
   * @param source the name of the input, for errors
   * @throws ConfigFileException if the input cannot be read or is not valid
   */
  public static RecoveryPolicy read(InputStream in, String source) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    // Each parser stays open while an error is translated, so that the bad value can be read.
    try {
      byte[] bytes = in.readAllBytes();
      try (JsonParser parser = MAPPER.createParser(bytes)) {
        PolicyFieldCheck.check(parser, source);
      } catch (JsonProcessingException e) {
        // Malformed JSON: reported with the binding's path below.
      }
      try (JsonParser parser = MAPPER.createParser(bytes)) {
        return bind(parser, source);
      }
    } catch (IOException e) {
      throw JsonFiles.io(source, e);
    }
  }

  private static RecoveryPolicy bind(JsonParser parser, String source) throws IOException {
    PolicyJson file;
    try {
      file = MAPPER.readValue(parser, PolicyJson.class);
    } catch (JsonProcessingException e) {
      throw JsonFiles.translate(source, "", e);
    }
    if (file == null) {
      throw new ConfigFileException(source, "", 0, 0, "empty or null: expected a policy", null);
    }
    return file.policy;
  }

  /** The policy as JSON text, indented, ending with a newline. */
  public static String write(RecoveryPolicy policy) {
    requireNonNull(policy, "policy");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter)
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.NONE));
    try {
      return MAPPER.writer(printer).writeValueAsString(toJson(policy)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a policy could not be written as JSON", e);
    }
  }

  /**
   * Writes the policy to {@code file} whole or not at all: it is written to a temporary file next
   * to it and then moved into place.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(RecoveryPolicy policy, Path file) {
    requireNonNull(file, "file");
    String json = write(policy);
    Path directory = file.toAbsolutePath().getParent();
    try {
      Path temporary = Files.createTempFile(directory, ".policy-", ".json.tmp");
      try {
        Files.writeString(temporary, json, StandardCharsets.UTF_8);
        Files.move(
            temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the policy to " + file, e);
    }
  }

  private static ObjectNode toJson(RecoveryPolicy policy) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("name", policy.name());
    ObjectNode ladders = root.putObject("ladders");
    for (DebtStream stream : DebtStream.values()) {
      StageLadder ladder = policy.ladders().get(stream);
      if (ladder != null) {
        ladders.set(stream.name(), toJson(ladder));
      }
    }
    return root;
  }

  private static ObjectNode toJson(StageLadder ladder) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("closeAtOrBelow", pounds(ladder.closeAtOrBelow()));
    node.put("stepBackBelowThreshold", ladder.stepBackBelowThreshold());
    ArrayNode stages = node.putArray("stages");
    for (Stage stage : ladder.stages()) {
      ObjectNode item = stages.addObject();
      item.put("code", stage.code().code());
      item.put("name", stage.name());
      item.put("action", stage.action().name());
      stage.templateCode().ifPresent(template -> item.put("templateCode", template));
      item.set("conditions", toJson(stage.conditions()));
      item.put("issuesNotice", stage.issuesNotice());
      item.put("needsApproval", stage.needsApproval());
      item.put("source", stage.source());
    }
    return node;
  }

  private static ObjectNode toJson(EntryConditions conditions) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("minimumArrears", pounds(conditions.minimumArrears()));
    node.put("minimumDaysOverdue", conditions.minimumDaysOverdue());
    conditions
        .minimumDaysSincePreviousStage()
        .ifPresent(days -> node.put("minimumDaysSincePreviousStage", days));
    conditions
        .maximumDaysSincePreviousStage()
        .ifPresent(days -> node.put("maximumDaysSincePreviousStage", days));
    conditions
        .minimumDaysSinceLastContact()
        .ifPresent(days -> node.put("minimumDaysSinceLastContact", days));
    return node;
  }

  private static String pounds(Money amount) {
    return amount.pounds().setScale(2).toPlainString();
  }
}
