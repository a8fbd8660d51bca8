package org.homeownership.recovery.config.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.StageAction;
import org.junit.jupiter.api.Test;

/** The shipped and written policies validate against docs/schema/recovery-policy.schema.json. */
class RecoveryPolicySchemaTest {

  private static final Path SCHEMA = Path.of("../docs/schema/recovery-policy.schema.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonSchema schema() throws Exception {
    JsonNode node = MAPPER.readTree(Files.readString(SCHEMA));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  @Test
  void theShippedPolicyIsValid() throws Exception {
    try (var in =
        RecoveryPolicyJson.class.getResourceAsStream(RecoveryPolicyJson.SHIPPED_RESOURCE)) {
      Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(in));
      assertThat(errors).isEmpty();
    }
  }

  @Test
  void aWrittenCouncilPolicyIsValid() throws Exception {
    String json = RecoveryPolicyJson.write(RecoveryPolicyJsonTest.councilPolicy());
    assertThat(schema().validate(MAPPER.readTree(json))).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
    String good = RecoveryPolicyJson.write(DefaultRecoveryPolicy.policy());
    String[][] cases = {
      {"\"formatVersion\":1", "\"formatVersion\":2"},
      {"\"action\":\"LETTER\"", "\"action\":\"LETTERS\""},
      {"\"minimumArrears\":\"0.01\"", "\"minimumArrears\":\"0.00\""},
      {"\"minimumDaysOverdue\":30", "\"minimumDaysOverdue\":-1"},
      {"\"SERVICE_CHARGES\":{", "\"PARKING\":{"},
      {"\"needsApproval\":false,", "\"needsApproval\":false, \"colour\":\"red\","},
    };
    for (String[] change : cases) {
      String bad = good.replaceFirst(java.util.regex.Pattern.quote(change[0]), change[1]);
      assertThat(bad).isNotEqualTo(good);
      assertThat(schema().validate(MAPPER.readTree(bad))).as(change[1]).isNotEmpty();
    }
  }

  @Test
  void theSchemaListsEveryStreamAndAction() throws Exception {
    JsonNode schema = MAPPER.readTree(Files.readString(SCHEMA));
    assertThat(values(schema.at("/properties/ladders/propertyNames/enum")))
        .containsExactlyElementsOf(Arrays.stream(DebtStream.values()).map(Enum::name).toList());
    assertThat(values(schema.at("/$defs/stage/properties/action/enum")))
        .containsExactlyElementsOf(Arrays.stream(StageAction.values()).map(Enum::name).toList());
  }

  private static List<String> values(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
