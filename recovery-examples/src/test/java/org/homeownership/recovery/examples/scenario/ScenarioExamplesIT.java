package org.homeownership.recovery.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every sample scenario in the repository's {@code scenarios/} folder and compares the output
 * with its {@code NAME.expected.json}, byte for byte. Run with {@code -Dscenarios.update=true} to
 * rewrite the expected files after a deliberate change (then read every difference before
 * committing it).
 */
class ScenarioExamplesIT {

  private static final Path FOLDER = Path.of("..", "scenarios");

  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.toString().endsWith(".expected.json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void outputMatchesTheExpectedFile(Path scenario) throws IOException {
    String actual = Json.write(new ScenarioRunner().run(new ScenarioReader().read(scenario)));
    String name = scenario.getFileName().toString().replace(".json", "");
    Path expected = scenario.resolveSibling(name + ".expected.json");
    if (Boolean.getBoolean("scenarios.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("expected output %s", expected).exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void thereIsAScenarioForEveryStageAndEveryHold() throws IOException {
    List<String> names = scenarios().map(p -> p.getFileName().toString()).toList();
    assertThat(names)
        .contains(
            "stage-1-reminder-1.json",
            "stage-2-reminder-2.json",
            "stage-3-phone-contact.json",
            "stage-4-lender-letter.json",
            "stage-5-letter-of-claim.json",
            "stage-6-county-court-claim.json",
            "hold-dispute.json",
            "hold-query-complaint.json",
            "hold-breathing-space.json",
            "hold-vulnerability.json",
            "hold-insolvency.json",
            "hold-deceased.json",
            "hold-live-arrangement.json",
            "hold-promise-to-pay.json",
            "hold-missing-data.json",
            "arrangement-breach.json",
            "court-tribunal-enforcement.json",
            "apportionment-block.json");
  }

  @Test
  void theSameScenarioGivesTheSameBytesTwice() throws IOException {
    Path file = FOLDER.resolve("arrangement-breach.json");
    String first = Json.write(new ScenarioRunner().run(new ScenarioReader().read(file)));
    String second = Json.write(new ScenarioRunner().run(new ScenarioReader().read(file)));
    assertThat(first).isEqualTo(second).contains("\"state\" : \"BREACHED\"");
  }
}
