package org.opencity.assistant.internal.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Takes personal data out of a question before it is stored: e-mail addresses, phone numbers, citizen ID numbers
 * (12 digits, and the old 9-digit ones) and the four phone digits that go with a dossier's receipt code all become
 * {@code ***}. Any run of nine or more digits counts, however it is spaced or dotted: a large sum written in figures
 * is masked too, which errs on the side of the resident. Receipt codes stay, so officers can still help.
 */
@Component
public class QuestionMasking {

    public static final String MASK = "***";

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern RECEIPT_CODE = Pattern.compile("(?i)\\bHS[-\\s]?\\d{4}[-\\s]?\\d{6}\\b");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d(?:[\\s.\\-]?\\d){8,}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("(?<![\\d\\p{L}])\\d{4}(?![\\d\\p{L}])");
    private static final Pattern PHONE_DIGITS_WORDS = Pattern.compile(
            "(?iu)(số cuối|so cuoi|số đuôi|so duoi|đuôi|duoi|last (?:4|four)|sđt|sdt|điện thoại|dien thoai|phone)");

    public String mask(String question) {
        String text = EMAIL.matcher(question).replaceAll(MASK);
        List<String> codes = new ArrayList<>();
        Matcher code = RECEIPT_CODE.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (code.find()) {
            codes.add(code.group());
            // A placeholder no question can contain (control characters are refused), put back at the end.
            code.appendReplacement(kept, "\u0001" + (codes.size() - 1) + "\u0002");
        }
        code.appendTail(kept);
        text = LONG_NUMBER.matcher(kept.toString()).replaceAll(MASK);
        if (!codes.isEmpty() || PHONE_DIGITS_WORDS.matcher(text).find()) {
            text = FOUR_DIGITS.matcher(text).replaceAll(MASK);
        }
        for (int i = 0; i < codes.size(); i++) {
            text = text.replace("\u0001" + i + "\u0002", codes.get(i));
        }
        return text;
    }
}
