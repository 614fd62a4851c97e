package org.opencity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever name an upload claims, what is kept has no folders, no invisible or control characters and a bounded
 * length, and cleaning it again changes nothing.
 */
class FileNameTests {

    @Property(tries = 2000)
    void aCleanedNameIsSafeWhateverWasSent(@ForAll("hostileNames") String sent) {
        String name = FileName.clean(sent, "tai-lieu");
        assertThat(name).isNotEmpty().doesNotContain("/").doesNotContain("\\").doesNotContain("\u0000");
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(FileName.MAX_LENGTH);
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            assertThat(type)
                    .as("U+%04X in %s", c, name)
                    .isNotIn(
                            (int) Character.CONTROL,
                            (int) Character.FORMAT,
                            (int) Character.SURROGATE,
                            (int) Character.PRIVATE_USE,
                            (int) Character.UNASSIGNED);
        });
        assertThat(name)
                .doesNotStartWith(".")
                .doesNotStartWith(" ")
                .doesNotEndWith(" ")
                .doesNotEndWith(".");
        assertThat(FileName.clean(name, "tai-lieu")).isEqualTo(name);
    }

    @Provide
    Arbitrary<String> hostileNames() {
        Arbitrary<Character> nasty = Arbitraries.of(
                '\u0000', '\n', '\r', '\t', '\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200b', '\u200e',
                '\u200f', '\ufeff', '\u2028', '\u2029', '/', '\\', ':', '"', '<', '>', '|', '*', '?', '.', ' ',
                '\ud800', '\udfff', '\ue000', '\u0085');
        Arbitrary<Character> ordinary = Arbitraries.chars().all();
        Arbitrary<Character> vietnamese = Arbitraries.of("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậệ"
                .chars()
                .mapToObj(c -> (char) c)
                .toList());
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, nasty),
                        net.jqwik.api.Tuple.of(3, ordinary),
                        net.jqwik.api.Tuple.of(3, vietnamese))
                .list()
                .ofMaxSize(300)
                .map(chars -> {
                    StringBuilder s = new StringBuilder();
                    chars.forEach(s::append);
                    return s.toString();
                });
    }

    @Example
    void aRightToLeftOverrideCannotDisguiseAnExtension() {
        assertThat(FileName.clean("hoa-don\u202efdp.exe", "x")).isEqualTo("hoa-donfdp.exe");
    }

    @Example
    void foldersAreDroppedAndVietnameseKept() {
        assertThat(FileName.clean("C:\\Users\\an\\Giấy khai sinh.pdf", "x")).isEqualTo("Giấy khai sinh.pdf");
        assertThat(FileName.clean("../../etc/passwd", "x")).isEqualTo("passwd");
        assertThat(FileName.clean("\u0000\u202e", "tai-lieu")).isEqualTo("tai-lieu");
        assertThat(FileName.clean("Giay\u0000 to.pdf", "x")).isEqualTo("Giay to.pdf");
    }

    @Example
    void aMarkSeparatedFromItsLetterByAnInvisibleCharacterJoinsItInOneCleaning() {
        String once = FileName.clean("a\u200b\u0300.pdf", "x");
        assertThat(once).isEqualTo("à.pdf");
        assertThat(FileName.clean(once, "x")).isEqualTo(once);
    }

    @Example
    void decomposedVietnameseIsComposed() {
        assertThat(FileName.clean("Gia\u0301y.pdf", "x")).isEqualTo("Giáy.pdf");
    }
}
