package org.symbiose.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** French and English bundles hold the same keys, and every key a template uses exists. */
class MessageBundlesTest {

    /** The bundles the application reads (spring.messages.basename of application.yml), so none is forgotten. */
    static final List<String> BUNDLES = bundles();

    private static List<String> bundles() {
        try {
            Matcher m = Pattern.compile("basename: *([\\w,-]+)")
                    .matcher(Files.readString(Path.of("src/main/resources/application.yml")));
            if (!m.find()) {
                throw new IllegalStateException("no spring.messages.basename in application.yml");
            }
            return List.of(m.group(1).split(","));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            if (!new ClassPathResource(bundle + ".properties").exists()) {
                continue;
            }
            Set<String> french = load(bundle + ".properties").stringPropertyNames();
            Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
            assertThat(new TreeSet<>(english)).as(bundle).isEqualTo(new TreeSet<>(french));
        }
    }

    /**
     * French typography: a non-breaking space (U+00A0 or the narrow U+202F) before : ; ? ! and inside « »,
     * never an ordinary space that would let a line break leave the sign alone at the start of a line.
     */
    @Test
    void frenchMessagesUseFrenchTypography() throws IOException {
        Pattern breakableBefore = Pattern.compile(" [:;?!](\\s|$|[^\\w/])|« | »");
        Set<String> faults = new TreeSet<>();
        for (String bundle : BUNDLES) {
            Properties french = load(bundle + ".properties");
            for (String key : french.stringPropertyNames()) {
                String value = french.getProperty(key);
                if (breakableBefore.matcher(value).find()) {
                    faults.add(bundle + ": " + key + "=" + value);
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void everyLiteralKeyUsedInTemplatesExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : BUNDLES) {
            if (new ClassPathResource(bundle + ".properties").exists()) {
                keys.addAll(load(bundle + ".properties").stringPropertyNames());
            }
        }
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)(\\(|\\})");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(template));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
