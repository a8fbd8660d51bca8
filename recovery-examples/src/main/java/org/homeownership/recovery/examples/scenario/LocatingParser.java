package org.homeownership.recovery.examples.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parser that remembers where each value started, by JSON Pointer, so that a problem found after
 * parsing (a bad date, an unknown account) can still name its line and column.
 */
final class LocatingParser extends JsonParserDelegate {

  private final Map<String, JsonLocation> locations = new HashMap<>();

  LocatingParser(JsonParser parser) {
    super(parser);
  }

  /** Where each value started, by JSON Pointer. */
  Map<String, JsonLocation> locations() {
    return locations;
  }

  @Override
  public @Nullable JsonToken nextToken() throws IOException {
    JsonToken token = super.nextToken();
    if (token != null && token != JsonToken.FIELD_NAME && !token.isStructEnd()) {
      JsonStreamContext context = getParsingContext();
      if (token.isStructStart()) {
        context = context.getParent();
      }
      String pointer = context == null ? "" : context.pathAsPointer().toString();
      locations.putIfAbsent(pointer, currentTokenLocation());
    }
    return token;
  }

  @Override
  public @Nullable String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public @Nullable String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public @Nullable Boolean nextBooleanValue() throws IOException {
    JsonToken token = nextToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    return token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }
}
