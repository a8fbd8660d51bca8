package org.homeownership.recovery.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad scenario files: each problem names the field, its line and column and what is wrong, every
 * problem is reported at once, and nothing is evaluated.
 */
class ScenarioBadInputTest {

  /** A valid scenario; each test breaks one line of it. */
  private static final String GOOD =
      """
      {
        "formatVersion": 1,
        "name": "bad-input",
        "asOf": "2025-05-01",
        "dwellings": [
          {"id": "MAR-012", "estate": "TABARD", "block": "Marlowe House", "tenure": "LEASEHOLD"}
        ],
        "accounts": [
          {
            "id": "SC-1001",
            "stream": "SERVICE_CHARGES",
            "dwelling": "MAR-012",
            "parties": [{"id": "P-1", "role": "LEASEHOLDER", "name": "A. Leaseholder"}],
            "correspondenceAddress": {"lines": ["Flat 12"], "town": "London", "postcode": "SE1 4XY"}
          }
        ],
        "entries": [
          {
            "account": "SC-1001",
            "kind": "CHARGE",
            "reference": "SC-2025-Q1",
            "chargeType": "SERVICE_CHARGE",
            "date": "2025-03-01",
            "dueDate": "2025-04-01",
            "amount": "450.00"
          }
        ]
      }
      """;

  private static List<ScenarioProblem> problems(String json) {
    ScenarioRejectedException e =
        catchThrowableOfType(
            ScenarioRejectedException.class, () -> new ScenarioReader().read("bad.json", json));
    assertThat(e).as("the scenario should be rejected").isNotNull();
    return e.problems();
  }

  private static String replace(String from, String to) {
    assertThat(GOOD).contains(from);
    return GOOD.replace(from, to);
  }

  private static int lineOf(String json, String text) {
    return json.substring(0, json.indexOf(text)).split("\n", -1).length;
  }

  @Test
  void theGoodScenarioIsAccepted() {
    Scenario scenario = new ScenarioReader().read("good.json", GOOD);
    assertThat(scenario.accounts()).hasSize(1);
    assertThat(scenario.accounts().get(0).ledger().balanceAt(scenario.asOf()).format())
        .isEqualTo("£450.00");
  }

  @Test
  void anUnknownFieldIsNamedWithItsLine() {
    String json = replace("\"dueDate\": \"2025-04-01\",", "\"dueOn\": \"2025-04-01\",");
    assertThat(problems(json))
        .containsExactly(
            new ScenarioProblem(
                "entries[0].dueOn",
                lineOf(json, "dueOn"),
                16,
                "unknown field 'dueOn' (see docs/scenarios.md for the format)"));
  }

  @Test
  void aMissingRequiredFieldIsNamedWithTheLineOfItsObject() {
    String json = replace(",\n      \"amount\": \"450.00\"", "");
    assertThat(problems(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("entries[0].amount");
              assertThat(p.line()).isEqualTo(lineOf(json, "{\n      \"account\""));
              assertThat(p.message()).startsWith("is required: an amount as text");
            });
  }

  @Test
  void aWrongTypeIsNamedWithItsLineAndTheValueFound() {
    String json = replace("\"amount\": \"450.00\"", "\"amount\": 450.00");
    assertThat(problems(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("entries[0].amount");
              assertThat(p.line()).isEqualTo(lineOf(json, "\"amount\""));
              assertThat(p.message())
                  .isEqualTo("wrong type: expected text in quotes, found the number 450.00");
            });
  }

  @Test
  void badDatesAreNamedWithTheirValue() {
    String json =
        replace("\"date\": \"2025-03-01\"", "\"date\": \"01/03/2025\"")
            .replace("\"dueDate\": \"2025-04-01\"", "\"dueDate\": \"2025-02-30\"");
    assertThat(problems(json))
        .extracting(ScenarioProblem::describe)
        .containsExactly(
            "line "
                + lineOf(json, "\"date\"")
                + ", column 15: entries[0].date: '01/03/2025' is not a date as YYYY-MM-DD",
            "line "
                + lineOf(json, "\"dueDate\"")
                + ", column 18: entries[0].dueDate: '2025-02-30' is not a real date");
  }

  @Test
  void moneyMustBeTextWithExactlyTwoDecimalPlaces() {
    for (String bad : List.of("450", "450.5", "450.001", "£450.00", "1,450.00", "0450.00")) {
      String json = replace("\"amount\": \"450.00\"", "\"amount\": \"" + bad + "\"");
      assertThat(problems(json))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.path()).isEqualTo("entries[0].amount");
                assertThat(p.line()).isEqualTo(lineOf(json, "\"amount\""));
                assertThat(p.message())
                    .isEqualTo(
                        "'"
                            + bad
                            + "' is not an amount with exactly two decimal places, such as"
                            + " \"450.00\"");
              });
    }
  }

  @Test
  void aNegativeChargeIsRefused() {
    String json = replace("\"amount\": \"450.00\"", "\"amount\": \"-450.00\"");
    assertThat(problems(json))
        .extracting(ScenarioProblem::message)
        .containsExactly("'-450.00' must be above zero");
  }

  @Test
  void anEntryForAnUnknownAccountIsNamed() {
    String json = replace("\"account\": \"SC-1001\",", "\"account\": \"SC-9999\",");
    assertThat(problems(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("entries[0].account");
              assertThat(p.line()).isEqualTo(lineOf(json, "SC-9999"));
              assertThat(p.message()).isEqualTo("account 'SC-9999' is not in accounts");
            });
  }

  @Test
  void formatVersionIsRequiredAndMustBeOneOrTwo() {
    String missing = replace("\"formatVersion\": 1,\n", "");
    assertThat(problems(missing))
        .extracting(ScenarioProblem::describe)
        .containsExactly(
            "line 1, column 1: formatVersion: is required; this reader reads formats 1 and 2");
    String three = replace("\"formatVersion\": 1,", "\"formatVersion\": 3,");
    assertThat(problems(three))
        .extracting(ScenarioProblem::describe)
        .containsExactly(
            "line 2, column 20: formatVersion: format 3 is not supported; this reader reads"
                + " formats 1 and 2");
    String two = replace("\"formatVersion\": 1,", "\"formatVersion\": 2,");
    assertThat(new ScenarioReader().read("two.json", two).accounts()).hasSize(1);
  }

  /** {@link #GOOD} as format 2, with {@code courtCases} and more on its account. */
  private static String withCourt(String courtFields) {
    return replace("\"formatVersion\": 1,", "\"formatVersion\": 2,")
        .replace(
            "\"postcode\": \"SE1 4XY\"}",
            "\"postcode\": \"SE1 4XY\"},\n      \"courtCases\": [{\"claimNumber\": \"K00AN123\","
                + " \"issuedOn\": \"2025-04-20\", \"charges\": [\"SC-2025-Q1\"], \"debt\": \"450.00\""
                + courtFields);
  }

  @Test
  void theFieldsOfFormatTwoAreRefusedInAFormatOneFile() {
    String json =
        withCourt(
                ", \"hearings\": [{\"on\": \"2025-06-02\", \"purpose\": \"small claims hearing\"}]}],"
                    + "\n      \"tribunalApplications\": []")
            .replace("\"formatVersion\": 2,", "\"formatVersion\": 1,");
    assertThat(problems(json))
        .extracting(ScenarioProblem::path, ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(
            tuple(
                "accounts[0].courtCases[0].hearings",
                lineOf(json, "\"hearings\""),
                "needs \"formatVersion\": 2 (this file is format 1)"),
            tuple(
                "accounts[0].tribunalApplications",
                lineOf(json, "\"tribunalApplications\""),
                "needs \"formatVersion\": 2 (this file is format 1)"));
  }

  @Test
  void badHearingsAndClosuresNameTheirFieldAndLine() {
    String json =
        withCourt(
            ",\n        \"hearings\": [{\"on\": \"2025-06-31\", \"purpose\": \"small claims\"},"
                + " {\"on\": \"2025-07-01\"}],\n        \"closure\": {\"on\": \"2025-07-02\","
                + " \"kind\": \"ABANDONED\"}}]");
    List<ScenarioProblem> problems = problems(json);
    assertThat(problems)
        .extracting(ScenarioProblem::path, ScenarioProblem::line)
        .containsExactly(
            tuple("accounts[0].courtCases[0].hearings[0].on", lineOf(json, "2025-06-31")),
            tuple("accounts[0].courtCases[0].hearings[1].purpose", lineOf(json, "2025-06-31")),
            tuple("accounts[0].courtCases[0].closure.kind", lineOf(json, "ABANDONED")));
    assertThat(problems.get(0).message()).contains("'2025-06-31'");
    assertThat(problems.get(1).message()).isEqualTo("is required");
    assertThat(problems.get(2).message())
        .contains("'ABANDONED'")
        .contains("DISCONTINUED, SETTLED, STRUCK_OUT, DISMISSED");
  }

  @Test
  void aTribunalApplicationNamesChargesOnTheAccountAndADeterminationAfterIt() {
    String json =
        withCourt(
            "}],\n      \"tribunalApplications\": [{\"caseReference\": \"LON/00AY/LSC/2025/0101\","
                + " \"madeOn\": \"2025-05-01\", \"applicant\": \"LEASEHOLDER\","
                + " \"charges\": [\"SC-2025-Q9\"], \"amountInIssue\": \"450.00\",\n"
                + "        \"determination\": {\"decidedOn\": \"2025-04-01\","
                + " \"amountFoundPayable\": \"400.00\"}}]");
    List<ScenarioProblem> problems = problems(json);
    assertThat(problems)
        .extracting(ScenarioProblem::path, ScenarioProblem::line)
        .containsExactly(
            tuple("accounts[0].tribunalApplications[0].applicant", lineOf(json, "\"applicant\"")),
            tuple("accounts[0].tribunalApplications[0].charges[0]", lineOf(json, "SC-2025-Q9")));
    assertThat(problems.get(0).message()).contains("LANDLORD, TENANT");
    assertThat(problems.get(1).message())
        .isEqualTo("no entry on account SC-1001 has reference 'SC-2025-Q9'");

    String early =
        json.replace("\"applicant\": \"LEASEHOLDER\"", "\"applicant\": \"TENANT\"")
            .replace("SC-2025-Q9", "SC-2025-Q1");
    assertThat(problems(early))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("accounts[0].tribunalApplications[0]");
              assertThat(p.line()).isEqualTo(lineOf(early, "{\"caseReference\""));
              assertThat(p.message()).contains("2025-04-01").contains("2025-05-01");
            });
  }

  @Test
  void anEnforcementMustBeOnOneOfTheAccountsClaims() {
    String json =
        withCourt(
            "}],\n      \"enforcements\": [{\"claimNumber\": \"K00AN999\","
                + " \"method\": \"WARRANT_OF_CONTROL\", \"appliedOn\": \"2025-06-01\","
                + " \"fee\": \"-1.00\"}]");
    assertThat(problems(json))
        .extracting(ScenarioProblem::path, ScenarioProblem::line, ScenarioProblem::message)
        .containsExactly(
            tuple(
                "accounts[0].enforcements[0].claimNumber",
                lineOf(json, "K00AN999"),
                "no claim on account SC-1001 has claim number 'K00AN999' (see its courtCases)"));
    String negative = json.replace("K00AN999", "K00AN123");
    assertThat(problems(negative))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("accounts[0].enforcements[0]");
              assertThat(p.message()).contains("fee is negative");
            });
  }

  @Test
  void aRuleOfTheCoreIsReportedAtThePathOfTheObjectThatBrokeIt() {
    String json = replace("\"role\": \"LEASEHOLDER\"", "\"role\": \"FREEHOLDER\"");
    assertThat(problems(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("accounts[0]");
              assertThat(p.line()).isEqualTo(lineOf(json, "{\n      \"id\": \"SC-1001\""));
              assertThat(p.message())
                  .isEqualTo(
                      "account SC-1001: party P-1 is a FREEHOLDER but a LEASEHOLD"
                          + " SERVICE_CHARGES account needs a LEASEHOLDER");
            });
  }

  @Test
  void anUnknownEnumValueListsTheAllowedOnes() {
    String json = replace("\"stream\": \"SERVICE_CHARGES\"", "\"stream\": \"SERVICE\"");
    assertThat(problems(json))
        .extracting(ScenarioProblem::message)
        .containsExactly(
            "'SERVICE' is not one of SERVICE_CHARGES, MAJOR_WORKS, DISTRICT_HEATING,"
                + " SHARED_OWNERSHIP_RENT, GROUND_RENT, SUNDRY_DEBTS");
  }

  @Test
  void everyProblemIsReportedAtOnceInFileOrder() {
    String json =
        replace("\"asOf\": \"2025-05-01\"", "\"asOf\": \"2025-13-01\"")
            .replace("\"tenure\": \"LEASEHOLD\"", "\"tenure\": \"LEASEHOLD\", \"floors\": 3")
            .replace("\"account\": \"SC-1001\",", "\"account\": \"SC-1002\",")
            .replace("\"amount\": \"450.00\"", "\"amount\": \"450\"");
    assertThat(problems(json))
        .extracting(ScenarioProblem::path)
        .containsExactly("asOf", "dwellings[0].floors", "entries[0].account", "entries[0].amount");
  }

  @Test
  void malformedJsonIsReportedWithItsLine() {
    String json = replace("\"kind\": \"CHARGE\",", "\"kind\": \"CHARGE\"");
    assertThat(problems(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(lineOf(json, "\"reference\""));
              assertThat(p.message()).startsWith("is not valid JSON: Unexpected character");
            });
  }

  @Test
  void aDisputeOnAnUnknownChargeIsNamed() {
    String json =
        replace(
            "\n}\n",
            ",\n  \"holds\": [{\"account\": \"SC-1001\", \"kind\": \"DISPUTE\", \"charge\":"
                + " \"SC-2024-Q4\", \"start\": \"2025-04-10\", \"setBy\": \"HO-0042\"}]\n}\n");
    assertThat(problems(json))
        .extracting(ScenarioProblem::describe)
        .containsExactly(
            "line "
                + lineOf(json, "\"holds\"")
                + ", column 65: holds[0].charge: no entry on account SC-1001 has reference"
                + " 'SC-2024-Q4'");
  }

  @Test
  void theCommandPrintsEveryProblemAndEvaluatesNothing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, replace("\"amount\": \"450.00\"", "\"amount\": \"450.5\""));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EvaluateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute("--scenario", file.toString());
    assertThat(status).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("bad.json: 1 problem; nothing was evaluated")
        .contains(
            "column 17: entries[0].amount: '450.5' is not an amount with exactly two decimal"
                + " places");
  }

  /** An inline policy in the recovery-config-json format, with one stage. */
  private static String inlinePolicy(String daysOverdue) {
    return """
        "policy": {
          "formatVersion": 1,
          "name": "Example",
          "ladders": {
            "SERVICE_CHARGES": {
              "closeAtOrBelow": "0.00",
              "stepBackBelowThreshold": true,
              "stages": [
                {
                  "code": "REMINDER_1",
                  "name": "First reminder",
                  "action": "LETTER",
                  "templateCode": "REMINDER_1",
                  "conditions": {"minimumArrears": "0.01", "minimumDaysOverdue": %s},
                  "issuesNotice": true,
                  "needsApproval": false,
                  "source": "example configuration for this test"
                }
              ]
            }
          }
        },
        """
        .formatted(daysOverdue);
  }

  @Test
  void anInlinePolicyIsReadByThePolicyReader() {
    Scenario scenario =
        new ScenarioReader()
            .read(
                "inline.json",
                replace(
                    "\"asOf\": \"2025-05-01\",", "\"asOf\": \"2025-05-01\"," + inlinePolicy("14")));
    assertThat(scenario.policy().name()).isEqualTo("Example");
  }

  @Test
  void aBadInlinePolicyIsReportedAtTheScenariosPathAndLine() {
    String json =
        replace("\"asOf\": \"2025-05-01\",", "\"asOf\": \"2025-05-01\"," + inlinePolicy("-1"));
    assertThat(problems(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path())
                  .isEqualTo(
                      "policy.ladders.SERVICE_CHARGES.stages[0].conditions.minimumDaysOverdue");
              assertThat(p.line()).isEqualTo(lineOf(json, "\"minimumDaysOverdue\""));
              assertThat(p.message()).isEqualTo("bad value -1: a number of days is not negative");
            });
  }

  @Test
  void aPolicyThatIsNeitherDefaultNorAnObjectIsRefused() {
    String json =
        replace("\"asOf\": \"2025-05-01\",", "\"asOf\": \"2025-05-01\", \"policy\": \"strict\",");
    assertThat(problems(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("policy");
              assertThat(p.message())
                  .startsWith("policy \"strict\" is not known; give \"default\"");
            });
  }

  @Test
  void aCourtClaimForAChargeThatIsNotOnTheAccountIsRefused() {
    String json =
        replace(
            "\"postcode\": \"SE1 4XY\"}",
            "\"postcode\": \"SE1 4XY\"},\n      \"courtCases\": [{\"claimNumber\": \"K00AN123\","
                + " \"issuedOn\": \"2025-04-20\", \"charges\": [\"SC-2024-Q9\"], \"debt\": \"450.00\","
                + " \"judgment\": {\"on\": \"2025-04-30\", \"kind\": \"DEFAULT\", \"debt\": \"450.00\"}}]");
    assertThat(problems(json))
        .extracting(ScenarioProblem::path, ScenarioProblem::message)
        .containsExactly(
            tuple(
                "accounts[0].courtCases[0].charges[0]",
                "no entry on account SC-1001 has reference 'SC-2024-Q9'"),
            tuple(
                "accounts[0].courtCases[0].judgment",
                "payment terms are required: payBy, or instalment, frequency, firstDue"));
  }
}
