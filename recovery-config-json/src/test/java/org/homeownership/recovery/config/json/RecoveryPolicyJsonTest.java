package org.homeownership.recovery.config.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.EntryConditions;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.Stage;
import org.homeownership.recovery.recoverycase.policy.StageAction;
import org.homeownership.recovery.recoverycase.policy.StageLadder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecoveryPolicyJsonTest {

  /** A council's own policy using every optional field, covering two streams only. */
  static RecoveryPolicy councilPolicy() {
    Stage reminder =
        new Stage(
            StageReference.of("REMINDER"),
            "Reminder",
            StageAction.LETTER,
            Optional.of("REMINDER_1"),
            new EntryConditions(
                Money.parse("25.00"),
                28,
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.of(7)),
            true,
            false,
            "Example council policy (test fixture)");
    Stage call =
        new Stage(
            StageReference.of("CALL"),
            "Telephone call",
            StageAction.PHONE_CALL,
            Optional.empty(),
            new EntryConditions(
                Money.parse("25.00"),
                0,
                OptionalInt.of(7),
                OptionalInt.of(60),
                OptionalInt.empty()),
            false,
            true,
            "Example council policy (test fixture)");
    return new RecoveryPolicy(
        "Example council",
        ImmutableMap.of(
            DebtStream.GROUND_RENT,
            new StageLadder(
                DebtStream.GROUND_RENT,
                ImmutableList.of(reminder, call),
                Money.parse("5.00"),
                false),
            DebtStream.SUNDRY_DEBTS,
            new StageLadder(
                DebtStream.SUNDRY_DEBTS, ImmutableList.of(reminder), Money.ZERO, true)));
  }

  @Test
  void theShippedPolicyEqualsTheDefaultPolicy() {
    assertThat(RecoveryPolicyJson.shippedDefault()).isEqualTo(DefaultRecoveryPolicy.policy());
  }

  @Test
  void theShippedFileIsWhatTheWriterWrites() throws Exception {
    try (InputStream in =
        RecoveryPolicyJson.class.getResourceAsStream(RecoveryPolicyJson.SHIPPED_RESOURCE)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .as("regenerate default-recovery-policy.json with RecoveryPolicyJson.write")
          .isEqualTo(RecoveryPolicyJson.write(DefaultRecoveryPolicy.policy()));
    }
  }

  @Test
  void writingThenReadingGivesAnEqualPolicy() {
    for (RecoveryPolicy policy :
        new RecoveryPolicy[] {DefaultRecoveryPolicy.policy(), councilPolicy()}) {
      String json = RecoveryPolicyJson.write(policy);
      assertThat(RecoveryPolicyJson.read(stream(json), "round trip")).isEqualTo(policy);
    }
  }

  @Test
  void optionalFieldsAreLeftOutWhenEmpty() {
    String json = RecoveryPolicyJson.write(councilPolicy());
    assertThat(json)
        .startsWith("{\n  \"formatVersion\":1,\n  \"name\":\"Example council\",")
        .contains("\"minimumDaysSinceLastContact\":7")
        .contains("\"maximumDaysSincePreviousStage\":60")
        .contains("\"closeAtOrBelow\":\"5.00\"")
        .contains("\"minimumArrears\":\"25.00\"");
    assertThat(json.split("\"templateCode\"", -1)).as("two stages with a template").hasSize(3);
  }

  @Test
  void writesToAFileWhole(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("policy.json");
    Files.writeString(file, "old");
    RecoveryPolicyJson.write(councilPolicy(), file);
    assertThat(RecoveryPolicyJson.read(file)).isEqualTo(councilPolicy());
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  private static final String STAGE =
      "{\"code\": \"R1\", \"name\": \"Reminder\", \"action\": \"LETTER\", \"templateCode\": \"R1\","
          + " \"conditions\": {\"minimumArrears\": \"0.01\", \"minimumDaysOverdue\": 30},"
          + " \"issuesNotice\": true, \"needsApproval\": false, \"source\": \"test\"}";

  private static String policy(String stage) {
    return "{\"formatVersion\": 1, \"name\": \"P\",\n \"ladders\": {\"SERVICE_CHARGES\":"
        + " {\"closeAtOrBelow\": \"0.00\", \"stepBackBelowThreshold\": true,\n \"stages\": ["
        + stage
        + "]}}}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # case                  | replace                                  | with                                                  | field                                                       | line | problem contains
          unknown field           | "needsApproval": false                   | "needsApproval": false, "colour": "red"               | ladders.SERVICE_CHARGES.stages[0].colour                    | 3 | unknown field "colour"
          missing field           | , "source": "test"                       | ``                                                    | ladders.SERVICE_CHARGES.stages[0].source                    | 3 | Missing required creator property 'source'
          null name               | "name": "Reminder"                       | "name": null                                          | ladders.SERVICE_CHARGES.stages[0].name                      | 3 | missing or null
          bad action              | "action": "LETTER"                       | "action": "LETTERS"                                   | ladders.SERVICE_CHARGES.stages[0].action                    | 3 | bad value "LETTERS": expected one of LETTER, PHONE_CALL
          bad money               | "minimumArrears": "0.01"                 | "minimumArrears": "1.001"                             | ladders.SERVICE_CHARGES.stages[0].conditions.minimumArrears | 3 | amount '1.001' is not a whole number of pence
          zero minimum            | "minimumArrears": "0.01"                 | "minimumArrears": "0.00"                              | ladders.SERVICE_CHARGES.stages[0].conditions.minimumArrears | 3 | bad value "0.00": minimum arrears must be above zero
          days as a string        | "minimumDaysOverdue": 30                 | "minimumDaysOverdue": "30"                            | ladders.SERVICE_CHARGES.stages[0].conditions.minimumDaysOverdue | 3 | bad value "30": expected a whole number
          days with a fraction    | "minimumDaysOverdue": 30                 | "minimumDaysOverdue": 30.5                            | ladders.SERVICE_CHARGES.stages[0].conditions.minimumDaysOverdue | 3 | bad value 30.5: expected a whole number
          negative days           | "minimumDaysOverdue": 30                 | "minimumDaysOverdue": -1                              | ladders.SERVICE_CHARGES.stages[0].conditions.minimumDaysOverdue | 3 | bad value -1: a number of days is not negative
          empty window (core)     | "minimumDaysOverdue": 30                 | "minimumDaysOverdue": 30, "minimumDaysSincePreviousStage": 14, "maximumDaysSincePreviousStage": 7 | ladders.SERVICE_CHARGES.stages[0].conditions.maximumDaysSincePreviousStage | 3 | maximum days since previous stage is below the minimum
          boolean as a string     | "issuesNotice": true                     | "issuesNotice": "yes"                                 | ladders.SERVICE_CHARGES.stages[0].issuesNotice              | 3 | bad value "yes": expected true or false
          blank template          | "templateCode": "R1"                     | "templateCode": " "                                   | ladders.SERVICE_CHARGES.stages[0].templateCode              | 3 | bad value " ": blank
          blank code              | "code": "R1"                             | "code": ""                                            | ladders.SERVICE_CHARGES.stages[0].code                      | 3 | stage code is blank
          blank source            | "source": "test"                         | "source": " "                                         | ladders.SERVICE_CHARGES.stages[0].source                    | 3 | has no source
          """)
  void badStagesNameTheFieldAndLine(
      String name, String replace, String with, String field, int line, String problem) {
    String json = policy(STAGE.replace(replace, with));
    assertThat(json).as("the case changes the input").isNotEqualTo(policy(STAGE));
    assertError(json, field, line, problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # case                  | replace                      | with                                       | field                                  | line | problem contains
          format version 2        | "formatVersion": 1           | "formatVersion": 2                         | formatVersion                          | 3 | bad value 2: this library reads format version 1
          no format version       | "formatVersion": 1,          | ``                                         | formatVersion                          | 3 | Missing required creator property 'formatVersion'
          unknown stream          | "SERVICE_CHARGES"            | "PARKING"                                  | ladders                                | 2 | bad value "PARKING": expected one of SERVICE_CHARGES
          unknown top-level field | "name": "P"                  | "name": "P", "owner": "x"                  | owner                                  | 1 | unknown field "owner"
          negative closure        | "closeAtOrBelow": "0.00"     | "closeAtOrBelow": "-1.00"                  | ladders.SERVICE_CHARGES.closeAtOrBelow | 3 | bad value "-1.00": the closure threshold is not negative
          closure not money       | "closeAtOrBelow": "0.00"     | "closeAtOrBelow": "nil"                    | ladders.SERVICE_CHARGES.closeAtOrBelow | 3 | amount 'nil' is not a decimal number
          duplicate key           | "name": "P"                  | "name": "P", "name": "Q"                   | ``                                     | 1 | Duplicate field 'name'
          trailing content        | ]}}}                         | ]}}} []                                    | ``                                     | 3 | Trailing token
          """)
  void badPoliciesNameTheFieldAndLine(
      String name, String replace, String with, String field, int line, String problem) {
    String json = policy(STAGE).replace(replace, with);
    assertThat(json).as("the case changes the input").isNotEqualTo(policy(STAGE));
    assertError(json, field, line, problem);
  }

  @Test
  void emptyLaddersAndDuplicateCodesAreRefused() {
    assertError(
        policy(STAGE).replace("\"stages\": [" + STAGE + "]", "\"stages\": []"),
        "ladders.SERVICE_CHARGES.stages",
        3,
        "no stages: a ladder has at least one");
    assertError(
        policy(STAGE + ",\n" + STAGE),
        "ladders.SERVICE_CHARGES.stages[1].code",
        4,
        "bad value \"R1\": the same code as stages[0]");
  }

  @Test
  void malformedJsonNamesTheLineAndColumn() {
    assertThatThrownBy(
            () ->
                RecoveryPolicyJson.read(
                    stream("{\"formatVersion\": 1,\n \"name\" \"P\"}"), "p.json"))
        .isInstanceOfSatisfying(
            ConfigFileException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(9);
              assertThat(e.getMessage())
                  .startsWith("p.json: (document) at line 2, column 9: Unexpected character");
            });
  }

  private static void assertError(String json, String field, int line, String problem) {
    assertThatThrownBy(() -> RecoveryPolicyJson.read(stream(json), "policy.json"))
        .isInstanceOfSatisfying(
            ConfigFileException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isPositive();
              assertThat(e.problem()).contains(problem);
              assertThat(e.getMessage())
                  .startsWith(
                      "policy.json: "
                          + (field.isEmpty() ? "(document)" : field)
                          + " at line "
                          + line
                          + ", column "
                          + e.column()
                          + ": ");
            });
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
