package org.opencity.procedure.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencity.procedure.RequiredDocument;

/**
 * Reads a required-documents text: one paper per line, ending in a count. The national portal writes it
 * '[1 bản chính]' or '[2 bản sao]'; the Ministry of Defence's files '[Bản chính: 1 Bản sao: 0]', where both numbers
 * at 1 ask for the paper once, as an original or a copy, so the larger number counts. Lines counting 0 are
 * explanations, not papers, and section headings ('* Giấy tờ phải nộp:') carry no count; both are left out.
 */
public final class DocumentList {

    private static final Pattern ITEM = Pattern.compile("^[-+*\\s]*(.+?)\\s*\\[(\\d+)(?:\\s*bản (?:chính|sao))?]\\s*$");
    private static final Pattern ORIGINALS_AND_COPIES =
            Pattern.compile("^[-+*\\s]*(.+?)\\s*\\[Bản chính:\\s*(\\d+)\\s*Bản sao:\\s*(\\d+)\\s*]\\s*$");
    private static final int LONGEST_NAME = 4000;

    private DocumentList() {}

    public static List<RequiredDocument> parse(String text) {
        List<RequiredDocument> documents = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            Matcher item = ITEM.matcher(line.trim());
            Matcher originalsAndCopies = ORIGINALS_AND_COPIES.matcher(line.trim());
            String name;
            int copies;
            if (item.matches()) {
                name = item.group(1).trim();
                copies = Integer.parseInt(item.group(2));
            } else if (originalsAndCopies.matches()) {
                name = originalsAndCopies.group(1).trim();
                copies = Math.max(
                        Integer.parseInt(originalsAndCopies.group(2)), Integer.parseInt(originalsAndCopies.group(3)));
            } else {
                continue;
            }
            name = name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
            if (copies > 0 && seen.add(name)) {
                documents.add(new RequiredDocument(name, copies, null));
            }
        }
        return documents;
    }
}
