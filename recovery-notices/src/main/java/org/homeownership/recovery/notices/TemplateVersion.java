package org.homeownership.recovery.notices;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the template a letter is produced from: {@code sha256:} and the SHA-256, in
 * lower-case hexadecimal, of the source of every template file the letter uses, as found by {@link
 * TemplateSource} (the council's copy if it has one, otherwise the jar's).
 *
 * <p>Why a hash and not a version number declared in each template: a number must be remembered and
 * bumped by whoever edits a template, in the jar or in a council's directory, and a forgotten bump
 * records two different letters under one version. The hash changes whenever any text that could
 * appear on the letter changes, and a stored copy's template can be identified by hashing the
 * sources kept in version control.
 *
 * <p>The files used are the letter's template and, followed recursively, every template named in an
 * {@code extends}, {@code include}, {@code import} or {@code embed} tag with a quoted name (the
 * layout and the partials). Each file contributes its name and its source, in name order. A
 * prescribed summary of rights is included by a computed name; it is not part of this hash: its
 * council-declared version is recorded on its own ({@link SummaryOfRights}) and, when the letter
 * encloses one, is appended as {@code +<summary code>@<version>}.
 */
final class TemplateVersion {

  private static final Pattern REFERENCE =
      Pattern.compile("\\{%-?\\s*(?:extends|include|import|embed)\\s+\"([^\"]+)\"");

  private TemplateVersion() {}

  /**
   * The version of template {@code code} from {@code templates}, with {@code summary} appended if
   * the letter encloses one.
   *
   * @throws LetterTemplateException if a template the letter names cannot be found
   */
  static String of(TemplateSource templates, String code, Optional<SummaryOfRights> summary) {
    Map<String, String> sources = new TreeMap<>();
    Deque<String> toRead = new ArrayDeque<>();
    toRead.add(code);
    while (!toRead.isEmpty()) {
      String name = toRead.pop();
      if (sources.containsKey(name)) {
        continue;
      }
      String source =
          templates
              .source(name)
              .orElseThrow(
                  () -> new LetterTemplateException(code, "template '" + name + "' not found"));
      sources.put(name, source);
      Matcher m = REFERENCE.matcher(source);
      while (m.find()) {
        toRead.push(m.group(1));
      }
    }
    Hasher hasher = Hashing.sha256().newHasher();
    sources.forEach(
        (name, source) ->
            hasher
                .putString(name, StandardCharsets.UTF_8)
                .putByte((byte) 0)
                .putString(source, StandardCharsets.UTF_8)
                .putByte((byte) 0));
    String version = "sha256:" + hasher.hash();
    return summary
        .map(s -> version + "+" + s.kind().templateCode() + "@" + s.version())
        .orElse(version);
  }
}
