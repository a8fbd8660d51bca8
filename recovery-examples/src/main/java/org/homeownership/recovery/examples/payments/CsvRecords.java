package org.homeownership.recovery.examples.payments;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into CSV records under RFC 4180: fields separated by commas, records by CRLF or LF; a
 * field in double quotes may hold commas, line breaks and doubled quotes ({@code ""} for one). Each
 * record keeps the line it starts on, counted from 1, so a bad row can be named by its line.
 */
final class CsvRecords {

  /**
   * A record and the line it starts on.
   *
   * @param line the line, from 1
   * @param fields its fields
   * @param problem what is wrong with its quoting, if anything
   */
  record Record(int line, List<String> fields, String problem) {}

  private CsvRecords() {}

  /** The records of {@code text}; a final line break does not start an empty record. */
  static List<Record> parse(String text) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int start = 1;
    boolean quoted = false;
    boolean wasQuoted = false;
    String problem = "";
    int i = 0;
    if (text.startsWith("\uFEFF")) {
      i = 1;
    }
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        if (field.length() == 0 && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (problem.isEmpty()) {
          problem = "a double quote inside a field that is not wholly in quotes";
        }
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
        continue;
      } else if (c == '\n') {
        fields.add(field.toString());
        records.add(new Record(start, List.copyOf(fields), problem));
        fields.clear();
        field.setLength(0);
        wasQuoted = false;
        problem = "";
        line++;
        start = line;
      } else {
        if (wasQuoted && problem.isEmpty()) {
          problem = "text after the closing quote of a field";
        }
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      problem = "a quoted field is not closed before the end of the file";
    }
    if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
      fields.add(field.toString());
      records.add(new Record(start, List.copyOf(fields), problem));
    }
    return records;
  }
}
