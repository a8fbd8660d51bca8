package org.homeownership.recovery.examples.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.money.Money;

/**
 * The JSON conventions of the runner's output: money as text with two decimal places ({@code
 * "1234.56"}), dates as ISO text, absent values as {@code null}, two-space indentation and {@code
 * \n} line ends whatever the platform, so that the same scenario gives the same bytes everywhere.
 */
public final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  /** A new, empty object; fields keep the order they are put in. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** A new, empty array. */
  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Money as text: {@code "1234.56"}, {@code "-5.00"}. */
  public static String money(Money money) {
    return money.pounds().toPlainString();
  }

  /** A date as ISO text, or null. */
  public static JsonNode date(Optional<LocalDate> date) {
    return date.<JsonNode>map(d -> NODES.textNode(d.toString())).orElse(NODES.nullNode());
  }

  /** Text or null. */
  public static JsonNode text(Optional<String> text) {
    return text.<JsonNode>map(NODES::textNode).orElse(NODES.nullNode());
  }

  /** {@code node} as indented JSON with {@code \n} line ends and a final line end. */
  public static String write(JsonNode node) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
