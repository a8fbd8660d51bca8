package org.homeownership.recovery.config.json;

import static org.homeownership.recovery.config.json.FieldProblem.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.homeownership.recovery.calendar.BankHoliday;
import org.jspecify.annotations.Nullable;

/** One event of a gov.uk bank holidays division, built into a {@link BankHoliday} as it is read. */
final class EventJson {

  final BankHoliday holiday;

  @JsonCreator
  EventJson(
      @JsonProperty(value = "title", required = true) @Nullable String title,
      @JsonProperty(value = "date", required = true) @Nullable LocalDate date,
      @JsonProperty("notes") @Nullable String notes,
      @JsonProperty("bunting") @Nullable Boolean bunting) {
    LocalDate day = required(date, "date");
    String name = required(title, "title");
    this.holiday =
        FieldProblem.build("title", () -> new BankHoliday(day, name, notes == null ? "" : notes));
  }
}
