package org.homeownership.recovery.config.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.calendar.BusinessCalendar;
import org.jspecify.annotations.Nullable;

/**
 * Reads bank holidays in the gov.uk {@code https://www.gov.uk/bank-holidays.json} format into a
 * {@link BusinessCalendar} (LAW-AND-PRACTICE.md §13):
 *
 * <pre>{@code
 * {"england-and-wales": {"division": "england-and-wales",
 *                        "events": [{"title": "Good Friday", "date": "2026-04-03",
 *                                    "notes": "", "bunting": false}, ...]},
 *  "scotland": {...}, "northern-ireland": {...}}
 * }</pre>
 *
 * <p>One division is read (England and Wales unless another is named); the others are skipped
 * unread. The business-day rules are those of England and Wales (§13); naming another division
 * gives that division's holidays under the same rules. The years the calendar covers are the years
 * in which the division has an event, so a council loads a newer file each year: a date past the
 * file's last year is an error, never a guess. Fields the format does not name are ignored, as
 * gov.uk may add some; {@code title} and {@code date} are required, {@code notes} and {@code
 * bunting} optional.
 *
 * <p>Bad input is a {@link ConfigFileException} naming the field (such as {@code
 * england-and-wales.events[3].date}), the line and column, and the bad value.
 *
 * <p>{@link #shipped()} is the file shipped with the library: England and Wales 2017 to 2023 from
 * the gov.uk data (alphagov/frontend {@code lib/data/bank-holidays.json}), with the 8 May 2023
 * coronation bank holiday and 2024 to 2026 added from LAW-AND-PRACTICE.md §13, each added entry's
 * {@code notes} naming its source. See {@code docs/calendar-and-policy-files.md}.
 */
public final class BankHolidaysJson {

  /** The gov.uk key of the England and Wales division. */
  public static final String ENGLAND_AND_WALES = "england-and-wales";

  /** The classpath resource of the shipped file, next to this class. */
  public static final String SHIPPED_RESOURCE = "bank-holidays.json";

  private static final ObjectMapper MAPPER = JsonFiles.strictMapper(false);

  /** Reads one division in the middle of the file, so what follows it is not trailing content. */
  private static final ObjectReader DIVISION_READER =
      MAPPER.readerFor(DivisionJson.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private BankHolidaysJson() {}

  /**
   * The calendar from the bank holidays file shipped with the library (England and Wales, 2017 to
   * 2026). Load a newer file with {@link #read(Path)} for dates after 2026.
   */
  public static BusinessCalendar shipped() {
    try (InputStream in = BankHolidaysJson.class.getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the shipped " + SHIPPED_RESOURCE + " is missing");
      }
      return read(in, SHIPPED_RESOURCE, ENGLAND_AND_WALES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The England and Wales calendar from a gov.uk format file.
   *
   * @throws ConfigFileException if the file cannot be read or is not valid
   */
  public static BusinessCalendar read(Path file) {
    return read(file, ENGLAND_AND_WALES);
  }

  /**
   * The calendar of {@code division} from a gov.uk format file.
   *
   * @throws ConfigFileException if the file cannot be read or is not valid
   */
  public static BusinessCalendar read(Path file, String division) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), division);
    } catch (IOException e) {
      throw JsonFiles.io(file.toString(), e);
    }
  }

  /**
   * The England and Wales calendar from gov.uk format JSON.
   *
   * @param in the JSON; not closed
   * @param source the name of the input, for errors
   * @throws ConfigFileException if the input cannot be read or is not valid
   */
  public static BusinessCalendar read(InputStream in, String source) {
    return read(in, source, ENGLAND_AND_WALES);
  }

  /**
   * The calendar of {@code division} from gov.uk format JSON.
   *
   * @param in the JSON; not closed
   * @param source the name of the input, for errors
   * @param division the division's key, such as {@value #ENGLAND_AND_WALES}
   * @throws ConfigFileException if the input cannot be read, is not valid or has no such division
   */
  public static BusinessCalendar read(InputStream in, String source, String division) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(division, "division");
    try (JsonParser parser = MAPPER.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw JsonFiles.at(
            source,
            parser,
            "",
            "expected an object of divisions, such as {\"" + division + "\": …}",
            null);
      }
      @Nullable DivisionJson found = null;
      List<String> names = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        names.add(name);
        JsonToken value = parser.nextToken();
        if (!name.equals(division)) {
          parser.skipChildren();
          continue;
        }
        if (value != JsonToken.START_OBJECT) {
          throw JsonFiles.at(
              source, parser, name, "expected an object with division and events", null);
        }
        try {
          found = DIVISION_READER.readValue(parser);
        } catch (JsonProcessingException e) {
          throw JsonFiles.translate(source, name, e);
        }
        if (!found.division.equals(division)) {
          throw JsonFiles.at(
              source,
              parser,
              name + ".division",
              "bad value \""
                  + found.division
                  + "\": the division filed under \""
                  + name
                  + "\" must name itself",
              null);
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw JsonFiles.at(source, parser, "", "unexpected content after the divisions", null);
      }
      if (found == null) {
        throw JsonFiles.at(
            source,
            parser,
            division,
            "no division \"" + division + "\"; the file has " + names,
            null);
      }
      return BusinessCalendar.englandAndWales(found.holidays);
    } catch (JsonProcessingException e) {
      throw JsonFiles.translate(source, "", e);
    } catch (IOException e) {
      throw JsonFiles.io(source, e);
    }
  }
}
