package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSourceTest {

  @TempDir Path councilTemplates;

  private LetterComposer composer() {
    return new LetterComposer(
        Fixtures.letterhead(), TemplateSource.councilDirectoryThenDefaults(councilTemplates));
  }

  @Test
  void aCouncilTemplateOverridesTheDefaultOfTheSameName() throws IOException {
    Files.writeString(
        councilTemplates.resolve("arrears-reminder.peb"),
        "{% extends \"layout\" %}{% block body %}<p>Anytown wording: pay {{ arrears.overdue }}"
            + " by {{ arrears.payBy }}.</p>{% endblock %}");
    String html = composer().composeHtml(Fixtures.reminder()).orElseThrow().html();
    assertThat(html)
        .contains("<p>Anytown wording: pay £3,126.75 by 8 December 2026.</p>")
        .contains("London Borough of Anytown")
        .contains("Free, independent debt advice");
  }

  @Test
  void aCouncilCanOverrideOnlyAPartialOrTheLayout() throws IOException {
    Files.createDirectories(councilTemplates.resolve("partials"));
    Files.writeString(
        councilTemplates.resolve("partials/debt-advice.peb"),
        "<div class=\"box\"><h2>Help with debt</h2><p>Anytown Money Advice Service</p></div>");
    String html = composer().composeHtml(Fixtures.statementLetter()).orElseThrow().html();
    assertThat(html)
        .contains("Anytown Money Advice Service")
        .doesNotContain("www.moneyhelper.org.uk")
        .contains("Opening balance on 1 April 2026");
  }

  @Test
  void templatesNotOverriddenComeFromTheJar() {
    String fromDirectory = composer().composeHtml(Fixtures.finalReminder()).orElseThrow().html();
    String fromJar = Fixtures.composer().composeHtml(Fixtures.finalReminder()).orElseThrow().html();
    assertThat(fromDirectory).isEqualTo(fromJar);
  }

  @Test
  void aFaultyOverrideFailsLoudlyWithoutPersonalData() throws IOException {
    Files.writeString(
        councilTemplates.resolve("arrears-reminder.peb"),
        "<p>{{ recipient.salutation }} {{ arrears.noSuchFigure }}</p>");
    assertThatThrownBy(() -> composer().composeHtml(Fixtures.reminder()))
        .isInstanceOf(LetterTemplateException.class)
        .hasMessageContaining("arrears-reminder")
        .message()
        .doesNotContain("Smith", "Khan");
  }

  @Test
  void aMissingDirectoryIsRefused() {
    assertThatThrownBy(
            () -> TemplateSource.councilDirectoryThenDefaults(councilTemplates.resolve("none")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void templateCodesCannotReachOutsideTheTemplateDirectory() {
    Letter base = Fixtures.statementLetter();
    Letter sneaky =
        new Letter() {
          @Override
          public String templateCode() {
            return "../../etc/passwd";
          }

          @Override
          public String title() {
            return base.title();
          }

          @Override
          public Correspondence correspondence() {
            return base.correspondence();
          }

          @Override
          public void checkData(DataRequirements requirements) {
            base.checkData(requirements);
          }

          @Override
          public java.util.Map<String, Object> model() {
            return base.model();
          }
        };
    assertThatThrownBy(() -> composer().composeHtml(sneaky))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("template code");
  }
}
