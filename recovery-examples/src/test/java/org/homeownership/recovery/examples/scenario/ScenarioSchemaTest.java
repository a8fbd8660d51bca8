package org.homeownership.recovery.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON Schema in {@code docs/schema/scenario.schema.json} names exactly the fields the reader
 * reads, so the documented format and the code cannot drift apart.
 */
class ScenarioSchemaTest {

  private static final Map<String, Class<?>> DEFINITIONS =
      Map.ofEntries(
          Map.entry("$", ScenarioDocument.class),
          Map.entry("address", ScenarioDocument.AddressDoc.class),
          Map.entry("dwelling", ScenarioDocument.DwellingDoc.class),
          Map.entry("lease", ScenarioDocument.LeaseDoc.class),
          Map.entry("account", ScenarioDocument.AccountDoc.class),
          Map.entry("party", ScenarioDocument.PartyDoc.class),
          Map.entry("stageEntry", ScenarioDocument.StageDoc.class),
          Map.entry("contact", ScenarioDocument.ContactDoc.class),
          Map.entry("letterOfClaim", ScenarioDocument.LetterOfClaimDoc.class),
          Map.entry("claim", ScenarioDocument.ClaimDoc.class),
          Map.entry("judgment", ScenarioDocument.JudgmentDoc.class),
          Map.entry("judgmentPayment", ScenarioDocument.JudgmentPaymentDoc.class),
          Map.entry("hearing", ScenarioDocument.HearingDoc.class),
          Map.entry("claimClosure", ScenarioDocument.ClosureDoc.class),
          Map.entry("tribunalApplication", ScenarioDocument.TribunalDoc.class),
          Map.entry("tribunalDetermination", ScenarioDocument.DeterminationDoc.class),
          Map.entry("enforcement", ScenarioDocument.EnforcementDoc.class),
          Map.entry("enforcementOutcome", ScenarioDocument.EnforcementOutcomeDoc.class),
          Map.entry("entry", ScenarioDocument.EntryDoc.class),
          Map.entry("hold", ScenarioDocument.HoldDoc.class),
          Map.entry("demand", ScenarioDocument.DemandDoc.class),
          Map.entry("cost", ScenarioDocument.CostDoc.class),
          Map.entry("arrangement", ScenarioDocument.ArrangementDoc.class),
          Map.entry("lumpSum", ScenarioDocument.LumpSumDoc.class),
          Map.entry("monitoring", ScenarioDocument.MonitoringDoc.class),
          Map.entry("budget", ScenarioDocument.BudgetDoc.class),
          Map.entry("head", ScenarioDocument.HeadDoc.class));

  @ParameterizedTest
  @CsvSource({
    "$",
    "address",
    "dwelling",
    "lease",
    "account",
    "party",
    "stageEntry",
    "contact",
    "letterOfClaim",
    "claim",
    "judgment",
    "judgmentPayment",
    "hearing",
    "claimClosure",
    "tribunalApplication",
    "tribunalDetermination",
    "enforcement",
    "enforcementOutcome",
    "entry",
    "hold",
    "demand",
    "cost",
    "arrangement",
    "lumpSum",
    "monitoring",
    "budget",
    "head"
  })
  void theSchemaNamesExactlyTheFieldsTheReaderReads(String definition) throws IOException {
    JsonNode schema =
        new ObjectMapper()
            .readTree(Path.of("..", "docs", "schema", "scenario.schema.json").toFile());
    JsonNode node = definition.equals("$") ? schema : schema.path("$defs").path(definition);
    List<String> documented = new ArrayList<>();
    node.path("properties").fieldNames().forEachRemaining(documented::add);
    List<String> read =
        Arrays.stream(DEFINITIONS.get(definition).getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(read);
    assertThat(node.path("additionalProperties").asBoolean(true)).isFalse();
  }
}
