package org.homeownership.recovery.config.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The strict JSON mapper both readers share, and the translation of its errors. */
final class JsonFiles {

  private JsonFiles() {}

  /**
   * A mapper that refuses duplicate keys, trailing content, nulls for numbers and true/false,
   * numbers or true/false written as strings, and fractions where a whole number is wanted.
   *
   * @param rejectUnknownFields true to refuse fields the format does not have
   */
  static ObjectMapper strictMapper(boolean rejectUnknownFields) {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, rejectUnknownFields)
            .build();
    // Dates only as YYYY-MM-DD strings, never a number of days since 1970.
    mapper.configOverride(java.time.LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    return mapper;
  }

  /**
   * The error for a Jackson failure while reading {@code source}.
   *
   * @param prefix the path of the value being read within the file, such as {@code
   *     england-and-wales}; empty for the whole document
   */
  static ConfigFileException translate(String source, String prefix, JsonProcessingException e) {
    String path = prefix;
    if (e instanceof JsonMappingException mapping) {
      path = join(prefix, path(mapping.getPath()));
    }
    String problem = e.getOriginalMessage();
    if (e instanceof ValueInstantiationException && e.getCause() instanceof FieldProblem field) {
      path = join(path, field.field());
      problem = field.getMessage();
    } else if (e instanceof ValueInstantiationException && e.getCause() != null) {
      problem = String.valueOf(e.getCause().getMessage());
    } else if (e instanceof UnrecognizedPropertyException unknown) {
      problem =
          "unknown field \""
              + unknown.getPropertyName()
              + "\"; the fields here are "
              + unknown.getKnownPropertyIds();
    } else if (e instanceof InvalidFormatException format) {
      problem =
          "bad value "
              + quote(format.getValue())
              + ": expected "
              + describe(format.getTargetType(), format.getOriginalMessage());
    } else if (e instanceof MismatchedInputException mismatch
        && e.getProcessor() instanceof JsonParser parser
        && parser.currentToken() != null
        && parser.currentToken().isScalarValue()) {
      problem =
          "bad value "
              + scalar(parser)
              + ": expected "
              + describe(mismatch.getTargetType(), mismatch.getOriginalMessage());
    }
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    return new ConfigFileException(
        source, path, Math.max(line, 0), Math.max(column, 0), firstLine(problem), e);
  }

  /** The error for a problem found by the reader itself at the parser's current place. */
  static ConfigFileException at(
      String source, JsonParser parser, String path, String problem, @Nullable Throwable cause) {
    JsonLocation location = parser.currentTokenLocation();
    return new ConfigFileException(
        source, path, location.getLineNr(), location.getColumnNr(), problem, cause);
  }

  /** An I/O failure while reading {@code source}. */
  static ConfigFileException io(String source, IOException e) {
    if (e instanceof JsonProcessingException json) {
      return translate(source, "", json);
    }
    return new ConfigFileException(
        source, "", 0, 0, "could not be read: " + String.valueOf(e.getMessage()), e);
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String join(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    if (path.isEmpty()) {
      return prefix;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }

  private static String quote(@Nullable Object value) {
    return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
  }

  private static String scalar(JsonParser parser) {
    try {
      return parser.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING
          ? "\"" + parser.getText() + "\""
          : parser.getText();
    } catch (IOException e) {
      return "(unreadable)";
    }
  }

  private static String describe(@Nullable Class<?> type, String message) {
    if (type == null) {
      return firstLine(message);
    }
    if (type.isEnum()) {
      StringBuilder names = new StringBuilder("one of ");
      Object[] constants = type.getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        names.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
      }
      return names.toString();
    }
    if (type == java.time.LocalDate.class) {
      return "a real date written YYYY-MM-DD";
    }
    if (type == int.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string in double quotes";
    }
    return "a " + type.getSimpleName() + " (" + firstLine(message) + ")";
  }

  private static String firstLine(@Nullable String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
