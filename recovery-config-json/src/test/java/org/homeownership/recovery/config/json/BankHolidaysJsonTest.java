package org.homeownership.recovery.config.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.homeownership.recovery.calendar.BankHoliday;
import org.homeownership.recovery.calendar.BusinessCalendar;
import org.homeownership.recovery.calendar.YearNotCoveredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysJsonTest {

  private static final String GOOD =
      """
      {
        "england-and-wales": {
          "division": "england-and-wales",
          "events": [
            {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true},
            {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true}
          ]
        },
        "scotland": {
          "division": "scotland",
          "events": [
            {"title": "St Andrew’s Day", "date": "2026-11-30", "notes": "", "bunting": true}
          ]
        }
      }
      """;

  @Test
  void theShippedFileCovers2017To2026() {
    BusinessCalendar calendar = BankHolidaysJson.shipped();
    assertThat(calendar.yearsCovered())
        .containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(calendar.holidays()).hasSize(82);
    assertThat(calendar.holidays().keySet().stream().filter(d -> d.getYear() == 2022))
        .as("2022 has the Platinum Jubilee")
        .hasSize(9);
  }

  @ParameterizedTest(name = "{0}: {1} ({2})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # date     | title                                              | notes starts with
          2017-01-02 | New Year’s Day                                     | Substitute day
          2020-05-08 | Early May bank holiday (VE day)                    | ''
          2022-06-03 | Platinum Jubilee bank holiday                      | ''
          2022-12-27 | Christmas Day                                      | Substitute day
          2023-05-08 | Bank holiday for the coronation of King Charles III | Added from LAW-AND-PRACTICE.md §13
          2024-03-29 | Good Friday                                        | Calendar-derived, UNCONFIRMED
          2025-04-18 | Good Friday                                        | From LAW-AND-PRACTICE.md §13
          2025-04-21 | Easter Monday                                      | Calendar-derived, UNCONFIRMED
          2026-04-03 | Good Friday                                        | From LAW-AND-PRACTICE.md §13
          2026-12-28 | Boxing Day                                         | Substitute day. From LAW-AND-PRACTICE.md §13
          """)
  void theShippedFileHasTheHolidaysWithTheirSources(LocalDate date, String title, String notes) {
    BankHoliday holiday = BankHolidaysJson.shipped().holiday(date).orElseThrow();
    assertThat(holiday.title()).isEqualTo(title);
    assertThat(holiday.notes()).startsWith(notes);
  }

  @Test
  void theShippedFileRefuses2027() {
    assertThatThrownBy(() -> BankHolidaysJson.shipped().isBusinessDay(LocalDate.of(2027, 1, 4)))
        .isInstanceOf(YearNotCoveredException.class)
        .hasMessageContaining("2017–2026")
        .hasMessageContaining("load a newer bank-holidays file");
  }

  @Test
  void readsTheChosenDivisionFromAStreamOrAFile(@TempDir Path dir) throws Exception {
    BusinessCalendar england = BankHolidaysJson.read(stream(GOOD), "test");
    assertThat(england.holidays().keySet())
        .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
    assertThat(england.isBusinessDay(LocalDate.of(2026, 11, 30))).isTrue();

    Path file = dir.resolve("bank-holidays.json");
    Files.writeString(file, GOOD);
    BusinessCalendar scotland = BankHolidaysJson.read(file, "scotland");
    assertThat(scotland.isBusinessDay(LocalDate.of(2026, 11, 30))).isFalse();
    assertThat(BankHolidaysJson.read(file).holidays()).isEqualTo(england.holidays());
  }

  @Test
  void unknownFieldsAreIgnoredAsGovUkMayAddSome() {
    String json =
        """
        {"england-and-wales": {"division": "england-and-wales", "extra": 1,
          "events": [{"title": "Christmas Day", "date": "2026-12-25", "colour": "red"}]}}
        """;
    assertThat(BankHolidaysJson.read(stream(json), "test").holidays()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          # case             | json                                                                                                  | field                                  | line | column | problem contains
          impossible date    | {"england-and-wales": {"division": "england-and-wales",\\n "events": [{"title": "X", "date": "2023-02-30"}]}} | england-and-wales.events[0].date | 2 | 36 | bad value "2023-02-30": expected a real date written YYYY-MM-DD
          date as a number   | {"england-and-wales": {"division": "england-and-wales",\\n "events": [{"title": "X", "date": 20230230}]}}     | england-and-wales.events[0].date | 2 | 36 | bad value 20230230: expected a real date written YYYY-MM-DD
          missing title      | {"england-and-wales": {"division": "england-and-wales",\\n "events": [{"date": "2023-12-25"}]}}                | england-and-wales.events[0].title | 2 | 34 | Missing required creator property 'title'
          blank title        | {"england-and-wales": {"division": "england-and-wales",\\n "events": [{"title": " ", "date": "2023-12-25"}]}} | england-and-wales.events[0].title | 2 | 48 | blank title
          null title         | {"england-and-wales": {"division": "england-and-wales",\\n "events": [{"title": null, "date": "2023-12-25"}]}} | england-and-wales.events[0].title | 2 | 49 | missing or null
          duplicate date     | {"england-and-wales": {"division": "england-and-wales",\\n "events": [{"title": "A", "date": "2023-12-25"},\\n {"title": "B", "date": "2023-12-25"}]}} | england-and-wales.events[1].date | 3 | 39 | bad value "2023-12-25": the same date as events[0]
          no events          | {"england-and-wales": {"division": "england-and-wales", "events": []}}                                 | england-and-wales.events         | 1 | 69 | no events
          wrong division     | {"england-and-wales": {"division": "scotland", "events": [{"title": "A", "date": "2023-12-25"}]}}       | england-and-wales.division       | 1 | 96 | bad value "scotland"
          division missing   | {"scotland": {"division": "scotland", "events": []}}                                                   | england-and-wales                | 1 | 52 | no division "england-and-wales"; the file has [scotland]
          not an object      | [1, 2]                                                                                                 | ``                               | 1 | 1  | expected an object of divisions
          malformed          | {"england-and-wales": {"division": "england-and-wales",\\n "events": [{"title": "A" "date": "x"}]}}    | england-and-wales.events[0]      | 2 | 27 | Unexpected character
          duplicate key      | {"england-and-wales": {"division": "england-and-wales", "division": "x", "events": []}}                 | england-and-wales                | 1 | 67 | Duplicate field 'division'
          trailing content   | {"england-and-wales": {"division": "england-and-wales", "events": [{"title": "A", "date": "2023-12-25"}]}} {} | ``                       | 1 | 108 | unexpected content after the divisions
          """)
  void badInputNamesTheFieldLineColumnAndValue(
      String name, String json, String field, int line, int column, String problem) {
    String text = json.replace("\\n", "\n");
    assertThatThrownBy(() -> BankHolidaysJson.read(stream(text), "test.json"))
        .as(name)
        .isInstanceOfSatisfying(
            ConfigFileException.class,
            e -> {
              assertThat(e.source()).isEqualTo("test.json");
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(column);
              assertThat(e.problem()).contains(problem);
              assertThat(e.getMessage())
                  .startsWith(
                      "test.json: "
                          + (field.isEmpty() ? "(document)" : field)
                          + " at line "
                          + line
                          + ", column "
                          + column
                          + ": ");
            });
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> BankHolidaysJson.read(missing))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageStartingWith(missing + ": (document): could not be read");
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
