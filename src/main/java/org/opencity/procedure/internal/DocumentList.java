package org.opencity.procedure.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencity.procedure.RequiredDocument;

/**
 * Reads the portal's required-documents text: one paper per line, ending in a count such as
 * '[1 bản chính]' or '[2 bản sao]'. Lines counting 0 are explanations, not papers, and section headings
 * ('* Giấy tờ phải nộp:') carry no count; both are left out.
 */
public final class DocumentList {

    private static final Pattern ITEM = Pattern.compile("^[-+*\\s]*(.+?)\\s*\\[(\\d+)(?:\\s*bản (?:chính|sao))?]\\s*$");
    private static final int LONGEST_NAME = 4000;

    private DocumentList() {}

    public static List<RequiredDocument> parse(String text) {
        List<RequiredDocument> documents = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            Matcher item = ITEM.matcher(line.trim());
            if (item.matches() && Integer.parseInt(item.group(2)) > 0) {
                String name = item.group(1).trim();
                name = name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
                if (seen.add(name)) {
                    documents.add(new RequiredDocument(name, Integer.parseInt(item.group(2)), null));
                }
            }
        }
        return documents;
    }
}
