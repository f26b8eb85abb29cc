package org.symbiose.engine.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's errors speak French and English: both bundles hold a sentence for every code the reader can
 * raise, the French ones follow French typography, and errors read as a person expects, where they are included.
 */
class ErrorMessagesTest {

    static final Path SOURCES = Path.of("src/main/java/org/symbiose/engine/exchange");
    static final Properties FRENCH = bundle("/org/symbiose/engine/exchange/errors.properties");
    static final Properties ENGLISH = bundle("/org/symbiose/engine/exchange/errors_en.properties");

    /** The call shapes that give an error its code, the code being the first word-like literal in them. */
    static final List<Pattern> CODE_SITES = Stream.of(
                    "DatasetException\\.of\\([^;]*?\"([a-z][a-z0-9-]*)\"",
                    "new DatasetReadException\\(\\s*\"([a-z][a-z0-9-]*)\"",
                    "new DatasetError\\([^;]*?\"([a-z][a-z0-9-]*)\"",
                    "problems\\.report\\([^;]*?\"([a-z][a-z0-9-]*)\"",
                    "cells\\.error\\(\\s*row\\s*,[^,]+,\\s*\"([a-z][a-z0-9-]*)\"",
                    "\\berror\\(\\s*row\\s*,\\s*column\\s*,\\s*\"([a-z][a-z0-9-]*)\"",
                    "\\.vocabulary\\(\\s*row\\s*,\\s*\"[^\"]*\"\\s*,\\s*\\w+\\s*,\\s*\"([a-z][a-z0-9-]*)\"")
            .map(Pattern::compile)
            .toList();

    static Properties bundle(String resource) {
        try (InputStream in = ErrorMessagesTest.class.getResourceAsStream(resource)) {
            var properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    /** The codes the reader's sources give errors. */
    static Set<String> codesInTheSources() throws IOException {
        var codes = new TreeSet<String>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern site : CODE_SITES) {
                    Matcher m = site.matcher(source);
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        return codes;
    }

    /** Asserts an error reads fully in both languages: a sentence for its code, every argument in place. */
    static void assertSpeaksBothLanguages(DatasetError error) {
        assertThat(FRENCH).as("French sentence for %s", error.code()).containsKey(error.code());
        assertThat(ENGLISH).as("English sentence for %s", error.code()).containsKey(error.code());
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            assertThat(error.describe(locale))
                    .startsWith(error.file())
                    .doesNotContain("{0}")
                    .doesNotContain("{1}");
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(FRENCH.stringPropertyNames()).isEqualTo(ENGLISH.stringPropertyNames());
        Properties cliFrench = bundle("/org/symbiose/engine/cli/messages.properties");
        Properties cliEnglish = bundle("/org/symbiose/engine/cli/messages_en.properties");
        assertThat(cliFrench.stringPropertyNames()).isEqualTo(cliEnglish.stringPropertyNames());
    }

    @Test
    void everyCodeTheReaderRaisesHasASentenceInBothLanguagesAndNoSentenceIsLeftOver() throws IOException {
        Set<String> codes = codesInTheSources();
        assertThat(codes)
                .as("the scan finds the reader's codes")
                .hasSizeGreaterThan(50)
                .contains("duplicate-column");
        assertThat(FRENCH.stringPropertyNames()).containsAll(codes);
        assertThat(ENGLISH.stringPropertyNames()).containsAll(codes);
        var sentences = new TreeSet<>(FRENCH.stringPropertyNames());
        sentences.removeIf(key -> key.startsWith("at."));
        assertThat(codes).as("no sentence without a code that uses it").containsAll(sentences);
        for (String key : FRENCH.stringPropertyNames()) {
            assertThat(FRENCH.getProperty(key)).as(key).isNotBlank().isNotEqualTo(ENGLISH.getProperty(key));
            assertThat(placeholders(FRENCH.getProperty(key)))
                    .as("%s uses the same arguments in both languages", key)
                    .isEqualTo(placeholders(ENGLISH.getProperty(key)));
        }
    }

    static Set<String> placeholders(String sentence) {
        var found = new TreeSet<String>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(sentence);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void frenchSentencesFollowFrenchTypography() {
        var all = new Properties();
        all.putAll(FRENCH);
        all.putAll(bundle("/org/symbiose/engine/cli/messages.properties"));
        for (String key : all.stringPropertyNames()) {
            String text = all.getProperty(key);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ':' || c == ';' || c == '?' || c == '!' || c == '»') {
                    assertThat(i > 0 && text.charAt(i - 1) == '\u00a0')
                            .as("%s: a no-break space before '%s' in «%s»", key, c, text)
                            .isTrue();
                }
                if (c == '«') {
                    assertThat(i + 1 < text.length() && text.charAt(i + 1) == '\u00a0')
                            .as("%s: a no-break space after « in «%s»", key, text)
                            .isTrue();
                }
            }
            assertThat(text).as(key).doesNotContain("'").doesNotContain("\"").doesNotContain(" :");
        }
        for (String key : ENGLISH.stringPropertyNames()) {
            assertThat(ENGLISH.getProperty(key))
                    .as(key)
                    .doesNotContain("\u00a0")
                    .doesNotContain("«");
        }
    }

    @Test
    void aColumnNamedTwiceReadsInBothLanguages() {
        DatasetError error = onlyError(
                "id,name\na1,Scierie\n",
                "id,actor_id,direction,label,quantity,quantity,unit\nf1,a1,out,sciure,1,1,t\n");

        assertThat(error.describe(Locale.FRENCH))
                .isEqualTo(
                        "flows.csv, ligne 1, colonne «\u00a0quantity\u00a0»\u00a0: la colonne «\u00a0quantity\u00a0» est"
                                + " nommée deux fois\u00a0: gardez-en une");
        assertThat(error.describe(Locale.ENGLISH))
                .isEqualTo("flows.csv, line 1, column \"quantity\": column 'quantity' is named twice in the header");
        assertThat(error.toString()).isEqualTo(error.describe(Locale.ENGLISH));
    }

    @Test
    void numbersAreWrittenTheLanguagesWay() {
        DatasetError error = onlyError("id,name,lat,lon\na1,Scierie,95.5,\"5,25\"\n", "id,actor_id,direction,label\n");

        assertThat(error.describe(Locale.FRENCH))
                .isEqualTo(
                        "actors.csv, ligne 2, colonne «\u00a0lat\u00a0»\u00a0: coordonnées hors limites\u00a0: 95,5\u00a0; 5,25");
        assertThat(error.describe(Locale.ENGLISH))
                .isEqualTo("actors.csv, line 2, column \"lat\": coordinates out of range: 95.5, 5.25");

        var dropped = new DatasetError("dataset", 0, null, "too-many-errors", 2500L, 1000);
        assertThat(dropped.describe(Locale.FRENCH))
                .isEqualTo(
                        "dataset\u00a0: 2\u202f500\u00a0autre(s) erreur(s) non listée(s) (seules les 1\u202f000\u00a0premières"
                                + " le sont)");
        assertThat(dropped.describe(Locale.ENGLISH))
                .isEqualTo("dataset: 2,500 more error(s) not listed (only the first 1,000 are)");
    }

    @Test
    void aFileInWindows1252IsNamedByLineInBothLanguages(@TempDir Path dir) throws Exception {
        Files.write(
                dir.resolve("actors.csv"),
                "id,name\na1,Scierie\na2,Déchetterie\n".getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("flows.csv"), "id,actor_id,direction,label\n");
        DatasetError error = catchThrowableOfType(DatasetException.class, () -> new ExchangeReader().read(dir))
                .errors()
                .get(0);

        assertThat(error.describe(Locale.FRENCH))
                .isEqualTo("actors.csv, ligne 3\u00a0: l’octet 0xE9 n’est pas de l’UTF-8 (le fichier est peut-être en"
                        + " Windows-1252 ou Latin-1)\u00a0: enregistrez-le en CSV UTF-8");
        assertThat(error.describe(Locale.ENGLISH))
                .isEqualTo("actors.csv, line 3: byte 0xE9 is not UTF-8 (the file may be in Windows-1252 or Latin-1):"
                        + " save it as CSV UTF-8");
    }

    @Test
    void aCellBeyondTheHeaderIsNamedByItsPosition() {
        var limits = new ReadLimits(1 << 20, 1 << 20, 10, 5, 500, 100, 100);
        DatasetException failure = catchThrowableOfType(
                DatasetException.class,
                () -> new ExchangeReader(limits)
                        .read(
                                new StringReader("id,name\na1,Scie,abcdefgh\n"),
                                new StringReader("id,actor_id,direction,label\n")));
        DatasetError error = failure.errors().stream()
                .filter(e -> e.code().equals("cell-too-long"))
                .findFirst()
                .orElseThrow();

        assertThat(error.describe(Locale.FRENCH))
                .isEqualTo("actors.csv, ligne 2, cellule 3\u00a0: la cellule dépasse 5\u00a0caractères");
        assertThat(error.describe(Locale.ENGLISH))
                .isEqualTo("actors.csv, line 2, cell 3: the cell is longer than 5 characters");
    }

    @Test
    void theMessageAloneIsEnglishByDefaultAndFrenchOnRequest() {
        var error = new DatasetError("flows.csv", 4, "quantity", "not-a-number", "dix");

        assertThat(error.message()).isEqualTo("'dix' is not a number");
        assertThat(error.message(Locale.FRENCH)).isEqualTo("«\u00a0dix\u00a0» n’est pas un nombre");
        assertThat(error.message(Locale.forLanguageTag("en-GB"))).isEqualTo("'dix' is not a number");
        assertThat(error.message(Locale.forLanguageTag("fr-CA"))).isEqualTo("«\u00a0dix\u00a0» n’est pas un nombre");
    }

    @Test
    void anExceptionWithoutAMessageStillReads() {
        var error = new DatasetError("d.zip", 0, null, "corrupt-archive", (Object) null);

        assertThat(error.describe(Locale.FRENCH)).isEqualTo("d.zip\u00a0: l’archive est corrompue\u00a0:");
        assertThat(error.describe(Locale.ENGLISH)).isEqualTo("d.zip: the archive is corrupt:");
    }

    static DatasetError onlyError(String actors, String flows) {
        DatasetException failure = catchThrowableOfType(
                DatasetException.class,
                () -> new ExchangeReader().read(new StringReader(actors), new StringReader(flows)));
        assertThat(failure).isNotNull();
        assertThat(failure.errors()).hasSize(1);
        return failure.errors().get(0);
    }
}
