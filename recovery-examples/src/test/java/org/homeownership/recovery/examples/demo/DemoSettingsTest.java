package org.homeownership.recovery.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.property.Tenure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's options, its council and its output folder, without running the simulation. */
class DemoSettingsTest {

  @Test
  void sizesByNameOrNumber() {
    assertThat(CouncilSize.parse("small").dwellings()).isEqualTo(160);
    assertThat(CouncilSize.parse("Medium").dwellings()).isEqualTo(800);
    assertThat(CouncilSize.parse("large").dwellings()).isEqualTo(4_000);
    assertThat(CouncilSize.parse(" 250 ").dwellings()).isEqualTo(250);
    assertThat(CouncilSize.parse("60").dwellings()).isEqualTo(60);
    assertThatThrownBy(() -> CouncilSize.parse("59"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 59");
    assertThatThrownBy(() -> CouncilSize.parse("huge"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 'huge'");
  }

  @Test
  void twoYearsSweptWeeklyToEightWeeksAfter() {
    DemoSimulation.Settings settings =
        new DemoSimulation.Settings(CouncilSize.parse("small"), 1, LocalDate.of(2024, 4, 1));
    assertThat(settings.asOf()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(settings.weeks()).isEqualTo(114);
  }

  @Test
  void theSameSeedGivesTheSameCouncil() {
    SyntheticCouncil a = SyntheticCouncil.generate(CouncilSize.parse("small"), 7);
    SyntheticCouncil b = SyntheticCouncil.generate(CouncilSize.parse("small"), 7);
    SyntheticCouncil c = SyntheticCouncil.generate(CouncilSize.parse("small"), 8);
    assertThat(a).isEqualTo(b);
    assertThat(a.households()).isNotEqualTo(c.households());
  }

  @Test
  void theCouncilHasEveryTenureEveryStreamAndEachNotableDebtorOnce() {
    SyntheticCouncil council = SyntheticCouncil.generate(CouncilSize.parse("small"), 2025);
    Map<Tenure, Integer> tenures = new EnumMap<>(Tenure.class);
    council.dwellings().forEach(d -> tenures.merge(d.tenure(), 1, Integer::sum));
    assertThat(tenures).containsOnlyKeys(Tenure.values());
    assertThat(council.estates()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(council.estates().get(0).districtHeating()).isTrue();
    Map<DebtStream, Integer> streams = new EnumMap<>(DebtStream.class);
    council
        .households()
        .forEach(h -> h.accounts().keySet().forEach(s -> streams.merge(s, 1, Integer::sum)));
    assertThat(streams).containsOnlyKeys(DebtStream.values());
    for (Behaviour notable : SyntheticCouncil.NOTABLE) {
      assertThat(council.households())
          .filteredOn(h -> h.behaviour() == notable)
          .singleElement()
          .satisfies(h -> assertThat(h.dwelling().tenure()).isEqualTo(Tenure.LEASEHOLD));
    }
    council.leases().values().stream()
        .filter(l -> l.groundRent().isPresent())
        .forEach(l -> assertThat(l.rightToBuyGrantDate()).contains(l.leaseDate()));
  }

  @Test
  void theOutputFolderIsEmptiedOnlyOfTheDemosFiles(@TempDir Path temp) throws IOException {
    Path folder = temp.resolve("out");
    OutputFolder.prepare(folder);
    Files.writeString(folder.resolve("report.md"), "old");
    Files.writeString(folder.resolve("letters").resolve("old.pdf"), "old");
    Files.writeString(folder.resolve("notes.txt"), "the user's own");

    OutputFolder.prepare(folder);

    assertThat(folder.resolve("report.md")).doesNotExist();
    assertThat(folder.resolve("letters").resolve("old.pdf")).doesNotExist();
    assertThat(folder.resolve("notes.txt")).hasContent("the user's own");
    assertThat(folder.resolve(OutputFolder.MARKER)).exists();
  }

  @Test
  void aFolderWithoutTheMarkerIsRefused(@TempDir Path temp) throws IOException {
    Files.writeString(temp.resolve("thesis.docx"), "precious");
    assertThatThrownBy(() -> OutputFolder.prepare(temp))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not a demo output folder");
    assertThat(temp.resolve("thesis.docx")).hasContent("precious");
  }
}
