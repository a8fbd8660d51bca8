package org.homeownership.recovery.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule of the hexagon: the core is pure domain. It imports no storage, JSON,
 * template, PDF, logging or CLI library and no adapter module; its capability packages have no
 * cycles; and it holds no static mutable state.
 */
@AnalyzeClasses(
    packages = "org.homeownership.recovery",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule coreUsesNoJdbc =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");

  @ArchTest
  static final ArchRule coreUsesNoJsonTemplatePdfOrFrameworkLibrary =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.fasterxml.jackson..",
              "io.pebbletemplates..",
              "com.mitchellbosecke.pebble..",
              "freemarker..",
              "org.thymeleaf..",
              "com.openhtmltopdf..",
              "io.github.openhtmltopdf..",
              "org.apache.pdfbox..",
              "org.flywaydb..",
              "org.jdbi..",
              "org.h2..",
              "org.postgresql..",
              "picocli..",
              "org.slf4j..",
              "org.springframework..");

  @ArchTest
  static final ArchRule coreDependsOnNoAdapterModule =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.homeownership.recovery.persistence..",
              "org.homeownership.recovery.notices..",
              "org.homeownership.recovery.examples..",
              "org.homeownership.recovery.benchmarks..");

  @ArchTest
  static final ArchRule capabilityPackagesHaveNoCycles =
      slices().matching("org.homeownership.recovery.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noStaticMutableState =
      fields()
          .that()
          .areStatic()
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage("org.homeownership.recovery..")
          .should()
          .beFinal()
          .because("the core holds no static mutable state");
}
