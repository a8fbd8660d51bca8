package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares each default template's HTML with its golden file under {@code
 * src/test/resources/golden}. After an intended change to a template, regenerate the golden files
 * with {@code ./mvnw -pl recovery-notices -am verify -Dnotices.regenerateGolden=true} and review
 * the diff before committing it.
 */
class GoldenHtmlTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean REGENERATE = Boolean.getBoolean("notices.regenerateGolden");

  static Stream<Letter> letters() {
    return Fixtures.allLetters().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void htmlMatchesTheGoldenFile(Letter letter) throws IOException {
    String html = Fixtures.composer().composeHtml(letter).orElseThrow().html();
    Path golden = GOLDEN.resolve(letter.templateCode() + ".html");
    if (REGENERATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, html, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; regenerate with -Dnotices.regenerateGolden=true").exists();
    assertThat(html).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
