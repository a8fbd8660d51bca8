package org.homeownership.recovery.examples.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a scenario file and checks all of it: the JSON itself (unknown fields, wrong types,
 * duplicate keys), then every value and reference. Either every check passes and a {@link Scenario}
 * comes back, or a {@link ScenarioRejectedException} lists every problem found with its field, line
 * and column, and nothing is evaluated.
 */
public final class ScenarioReader {

  /**
   * The current scenario format, which the output carries. Format 2 added a claim's {@code
   * hearings} and {@code closure}, and an account's {@code tribunalApplications} and {@code
   * enforcements}; nothing in format 1 changed meaning, so format 1 files are still read (without
   * those fields), and their output is format 2.
   */
  public static final int FORMAT_VERSION = 2;

  /** The formats this reader reads. */
  public static final java.util.Set<Integer> FORMATS_READ = java.util.Set.of(1, 2);

  private final ObjectMapper mapper;

  /** A reader. */
  public ScenarioReader() {
    JsonMapper json =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    for (LogicalType type :
        List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Boolean)) {
      for (CoercionInputShape shape :
          List.of(
              CoercionInputShape.Integer,
              CoercionInputShape.Float,
              CoercionInputShape.Boolean,
              CoercionInputShape.String)) {
        json.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
      }
    }
    this.mapper = json;
  }

  /** Reads the file at {@code path}. */
  public Scenario read(Path path) throws IOException {
    return read(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
  }

  /**
   * Reads {@code json}.
   *
   * @param source the file's name, for messages
   * @throws ScenarioRejectedException listing every problem, if there is any
   */
  public Scenario read(String source, String json) {
    List<FieldPath> unknownFields = new ArrayList<>();
    List<ScenarioProblem> unknown = new ArrayList<>();
    ScenarioDocument document;
    LocatingParser parser;
    try {
      parser = new LocatingParser(mapper.getFactory().createParser(json));
    } catch (IOException e) {
      throw new ScenarioRejectedException(
          source, List.of(new ScenarioProblem("$", 0, 0, "cannot be read: " + e.getMessage())));
    }
    try {
      document =
          mapper
              .readerFor(ScenarioDocument.class)
              .withHandler(new UnknownFields(unknownFields))
              .readValue(parser);
    } catch (JsonProcessingException e) {
      Problems found = new Problems(parser.locations());
      unknownFields.forEach(f -> found.add(f, unknownField(f)));
      found.add(structural(e, parser));
      unknown.addAll(found.sorted());
      throw new ScenarioRejectedException(source, unknown);
    } catch (IOException e) {
      unknown.add(new ScenarioProblem("$", 0, 0, "cannot be read: " + e.getMessage()));
      throw new ScenarioRejectedException(source, unknown);
    }
    if (document == null) {
      throw new ScenarioRejectedException(
          source, List.of(new ScenarioProblem("$", 1, 1, "is empty; give a scenario object")));
    }
    Problems problems = new Problems(parser.locations());
    unknownFields.forEach(f -> problems.add(f, unknownField(f)));
    Scenario scenario = new ScenarioTranslator(problems).translate(document);
    if (scenario == null || !problems.isEmpty()) {
      throw new ScenarioRejectedException(source, problems.sorted());
    }
    return scenario;
  }

  private static String unknownField(FieldPath path) {
    String pointer = path.pointer();
    return "unknown field '"
        + pointer.substring(pointer.lastIndexOf('/') + 1)
        + "' (see docs/scenarios.md for the format)";
  }

  private static ScenarioProblem structural(JsonProcessingException e, LocatingParser parser) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    if (e instanceof JsonMappingException
        && e.getCause() instanceof com.fasterxml.jackson.core.exc.StreamReadException inner) {
      return structural(inner, parser);
    }
    if (e instanceof com.fasterxml.jackson.core.exc.StreamReadException) {
      String pointer = parser.getParsingContext().pathAsPointer().toString();
      return new ScenarioProblem(
          new FieldPath(pointer).toString(),
          line,
          column,
          "is not valid JSON: " + e.getOriginalMessage());
    }
    String path = "$";
    if (e instanceof JsonMappingException mapping) {
      StringBuilder pointer = new StringBuilder();
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        pointer
            .append('/')
            .append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
      }
      path = new FieldPath(pointer.toString()).toString();
      if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
          && mismatch.getTargetType() != null) {
        return new ScenarioProblem(
            path,
            line,
            column,
            "wrong type: expected "
                + expected(mismatch.getTargetType())
                + ", found "
                + found(parser));
      }
    }
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    return new ScenarioProblem(
        path, line, column, newline < 0 ? message : message.substring(0, newline));
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "text in quotes";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static String found(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "nothing";
    }
    try {
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "the text \"" + parser.getText() + "\"";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
        case VALUE_TRUE, VALUE_FALSE -> parser.getText();
        case VALUE_NULL -> "null";
        default -> token.asString() == null ? token.name() : token.asString();
      };
    } catch (IOException e) {
      return token.name();
    }
  }

  /** Records each unknown field and skips it, so that all are reported at once. */
  private static final class UnknownFields extends DeserializationProblemHandler {
    private final List<FieldPath> found;

    UnknownFields(List<FieldPath> found) {
      this.found = found;
    }

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      found.add(new FieldPath(p.getParsingContext().pathAsPointer().toString()));
      p.skipChildren();
      return true;
    }
  }
}
