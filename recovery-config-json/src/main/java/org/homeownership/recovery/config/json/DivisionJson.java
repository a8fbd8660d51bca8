package org.homeownership.recovery.config.json;

import static org.homeownership.recovery.config.json.FieldProblem.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.calendar.BankHoliday;
import org.jspecify.annotations.Nullable;

/** One division of the gov.uk bank holidays file: its name and its events, one per date. */
final class DivisionJson {

  final String division;
  final ImmutableList<BankHoliday> holidays;

  @JsonCreator
  DivisionJson(
      @JsonProperty(value = "division", required = true) @Nullable String division,
      @JsonProperty(value = "events", required = true) @Nullable List<EventJson> events) {
    this.division = required(division, "division");
    List<EventJson> list = required(events, "events");
    if (list.isEmpty()) {
      throw new FieldProblem("events", "no events: a division lists at least one bank holiday");
    }
    Map<LocalDate, Integer> seen = new HashMap<>();
    ImmutableList.Builder<BankHoliday> holidays = ImmutableList.builder();
    for (int i = 0; i < list.size(); i++) {
      EventJson event = required(list.get(i), "events[" + i + "]");
      Integer previous = seen.put(event.holiday.date(), i);
      if (previous != null) {
        throw new FieldProblem(
            "events[" + i + "].date",
            "bad value \""
                + event.holiday.date()
                + "\": the same date as events["
                + previous
                + "]");
      }
      holidays.add(event.holiday);
    }
    this.holidays = holidays.build();
  }
}
