package org.homeownership.recovery.config.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A first pass over a policy file that refuses unknown fields where they stand. Jackson reports an
 * unknown field of an object built through a constructor at the end of that object; this pass gives
 * the field's own line and column.
 */
final class PolicyFieldCheck {

  private static final Map<String, List<String>> FIELDS =
      Map.of(
          "policy", List.of("formatVersion", "name", "ladders"),
          "ladder", List.of("closeAtOrBelow", "stepBackBelowThreshold", "stages"),
          "stage",
              List.of(
                  "code",
                  "name",
                  "action",
                  "templateCode",
                  "conditions",
                  "issuesNotice",
                  "needsApproval",
                  "source"),
          "conditions",
              List.of(
                  "minimumArrears",
                  "minimumDaysOverdue",
                  "minimumDaysSincePreviousStage",
                  "maximumDaysSincePreviousStage",
                  "minimumDaysSinceLastContact"));

  private final JsonParser parser;
  private final String source;

  private PolicyFieldCheck(JsonParser parser, String source) {
    this.parser = parser;
    this.source = source;
  }

  /**
   * Checks the document {@code parser} is at the start of; leaves the checking of types and values
   * to the binding that follows.
   *
   * @throws ConfigFileException at the first unknown field
   */
  static void check(JsonParser parser, String source) throws IOException {
    PolicyFieldCheck check = new PolicyFieldCheck(parser, source);
    if (parser.nextToken() == JsonToken.START_OBJECT) {
      check.object("policy", "");
    }
  }

  private void object(String kind, String path) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      String field = path.isEmpty() ? name : path + "." + name;
      List<String> known = FIELDS.get(kind);
      if (known != null && !known.contains(name)) {
        throw JsonFiles.at(
            source,
            parser,
            field,
            "unknown field \"" + name + "\"; the fields here are " + known,
            null);
      }
      JsonToken value = parser.nextToken();
      String child = child(kind, name);
      if (child != null && value == JsonToken.START_OBJECT) {
        object(child, field);
      } else if ("stages".equals(child) && value == JsonToken.START_ARRAY) {
        int index = 0;
        for (JsonToken item = parser.nextToken();
            item != JsonToken.END_ARRAY && item != null;
            item = parser.nextToken()) {
          if (item == JsonToken.START_OBJECT) {
            object("stage", field + "[" + index + "]");
          } else {
            parser.skipChildren();
          }
          index++;
        }
      } else {
        parser.skipChildren();
      }
    }
  }

  /** The kind of object under field {@code name} of a {@code kind} object; null for a value. */
  private static @Nullable String child(String kind, String name) {
    return switch (kind) {
      case "policy" -> "ladders".equals(name) ? "ladders" : null;
      case "ladders" -> "ladder";
      case "ladder" -> "stages".equals(name) ? "stages" : null;
      case "stage" -> "conditions".equals(name) ? "conditions" : null;
      default -> null;
    };
  }
}
