package org.opencity.servicepoint;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Locale;

/**
 * A line of service at a point: the letter on a queue ticket and the procedure fields it takes.
 *
 * @param fieldCodes procedure fields (lĩnh vực) served on this line
 * @param servesAll the general line, which takes every field no other line of the point names
 */
@RecordBuilder
public record ServiceLine(String code, String nameVi, String nameEn, List<String> fieldCodes, boolean servesAll) {

    public ServiceLine {
        fieldCodes = List.copyOf(fieldCodes);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
