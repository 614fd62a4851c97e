package org.opencity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Translations stay complete and templates carry no hard-coded text: everything a person reads comes from
 * messages_vi / messages_en.
 */
class MessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");
    private static final Pattern RAW_ATTRIBUTE = Pattern.compile("\\s(placeholder|title|aria-label|alt)=\"([^\"]*)\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> vi = keys("messages_vi.properties");
        Set<String> en = keys("messages_en.properties");
        assertThat(new TreeSet<>(en)).as("keys in English but not Vietnamese").isSubsetOf(vi);
        assertThat(new TreeSet<>(vi)).as("keys in Vietnamese but not English").isSubsetOf(en);
        assertThat(keys("messages.properties"))
                .as("the fallback file (Vietnamese) for other languages")
                .isEqualTo(vi);
    }

    /** MessageFormat eats a lone apostrophe in a message with arguments ("ward's {0}" prints "wards {0}"). */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String file : List.of("messages_vi.properties", "messages_en.properties", "messages.properties")) {
            Properties messages = new Properties();
            try (var in = new InputStreamReader(
                    Files.newInputStream(Path.of("src/main/resources/messages", file)), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            messages.forEach((key, value) -> {
                String text = value.toString();
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                    broken.add(file + ": " + key);
                }
            });
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path template : templates()) {
            String html = withoutScriptsAndComments(Files.readString(template));
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                if (text.group(1).codePoints().anyMatch(Character::isLetter)) {
                    offending.add(template.getFileName() + ": " + text.group(1).trim());
                }
            }
            Matcher attribute = RAW_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
                    offending.add(
                            template.getFileName() + ": " + attribute.group(0).trim());
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> vi = keys("messages_vi.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!vi.contains(key.group(1))) {
                    missing.add(template.getFileName() + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    private static String withoutScriptsAndComments(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
                .replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>")
                .replaceAll("(?i)<!DOCTYPE[^>]*>", "");
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(
                Files.newInputStream(Path.of("src/main/resources/messages", file)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
