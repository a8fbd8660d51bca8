package org.homeownership.recovery.notices;

import java.util.List;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.arrangement.Arrangement;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.InstalmentFrequency;
import org.homeownership.recovery.arrangement.InstalmentSchedule;
import org.homeownership.recovery.arrangement.ScheduledInstalment;
import org.jspecify.annotations.Nullable;

/** The checks and template variables shared by the arrangement letters. */
final class ArrangementFigures {

  private ArrangementFigures() {}

  /** Checks the record is given and covers the letter's account; true if so. */
  static boolean checkRecord(
      DataRequirements requirements, Correspondence c, @Nullable ArrangementRecord record) {
    if (!requirements.present("arrangement", record)) {
      return false;
    }
    AccountId account = c.account();
    return account == null
        || requirements.require(
            "arrangement.accounts",
            record.arrangement().accounts().contains(account),
            "do not include the letter's account");
  }

  /** Checks a list of steps taken from the council's policy is given, with no blank step. */
  static void checkSteps(DataRequirements requirements, String field, List<String> steps) {
    requirements.require(
        field,
        !steps.isEmpty() && steps.stream().noneMatch(String::isBlank),
        "are missing: give the council's policy, in the words to print");
  }

  /** How often, in the words "every …" or "once". */
  static String frequency(InstalmentFrequency frequency) {
    return switch (frequency) {
      case WEEKLY -> "every week";
      case FORTNIGHTLY -> "every fortnight";
      case FOUR_WEEKLY -> "every four weeks";
      case MONTHLY -> "every month";
      case ONE_OFF -> "once";
    };
  }

  static Map<String, ?> terms(ArrangementRecord record) {
    Arrangement a = record.arrangement();
    InstalmentSchedule schedule = a.schedule();
    List<ScheduledInstalment> regular = schedule.regularInstalments();
    ScheduledInstalment last = regular.get(regular.size() - 1);
    boolean lastDiffers = !last.amount().equals(a.instalmentAmount());
    return Model.of(
        "reference", a.id().value(),
        "startingBalance", EnGb.money(a.startingBalance()),
        "frequency", frequency(a.frequency()),
        "instalment", EnGb.money(a.instalmentAmount()),
        "ongoingCharge",
            a.ongoingChargePerInstalment().isZero()
                ? null
                : EnGb.money(a.ongoingChargePerInstalment()),
        "arrearsComponent", EnGb.money(a.arrearsComponent()),
        "firstInstalmentOn", EnGb.date(a.firstInstalmentOn()),
        "lumpSum",
            a.lumpSum()
                .map(l -> Model.of("amount", EnGb.money(l.amount()), "dueOn", EnGb.date(l.dueOn())))
                .orElse(null),
        "instalments", regular.size(),
        "fullInstalments", lastDiffers ? regular.size() - 1 : regular.size(),
        "lastDueOn", EnGb.date(schedule.lastDueDate()),
        "lastAmount", lastDiffers ? EnGb.money(last.amount()) : null,
        "totalPayable", EnGb.money(schedule.totalPayable()));
  }
}
