package org.opencity.opendata.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opencity.opendata.ResourceRefused;

/**
 * An uploaded CSV (RFC 4180, UTF-8) is whole: it has a header line of named columns, every quoted field is closed,
 * and every line has as many fields as the header, so that anyone's tools read it the same way. Read as a stream.
 */
final class CsvFileCheck {

    private CsvFileCheck() {}

    static void check(byte[] content) {
        int start = hasByteOrderMark(content) ? 3 : 0;
        Reader reader = new InputStreamReader(
                new ByteArrayInputStream(content, start, content.length - start), StandardCharsets.UTF_8);
        CSVParser parser;
        try {
            parser = CSVFormat.RFC4180.parse(reader);
        } catch (IOException unreadable) {
            throw ResourceRefused.invalid("problem.opendata.csv-malformed", 1);
        }
        int columns = -1;
        try (parser) {
            for (CSVRecord record : parser) {
                if (columns < 0) {
                    columns = record.size();
                    if (record.stream().anyMatch(String::isBlank)) {
                        throw ResourceRefused.invalid("problem.opendata.csv-header");
                    }
                } else if (record.size() != columns && !isBlankLine(record)) {
                    throw ResourceRefused.invalid(
                            "problem.opendata.csv-fields", parser.getCurrentLineNumber(), record.size(), columns);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            // Commons CSV stops where the text breaks its rules (e.g. a quote never closed): the administrator is told
            // the line, which is what they can look for.
            throw ResourceRefused.invalid("problem.opendata.csv-malformed", parser.getCurrentLineNumber());
        }
        if (columns < 0) {
            throw ResourceRefused.invalid("problem.opendata.csv-header");
        }
    }

    /** A trailing empty line is no record of its own in RFC 4180's sense. */
    private static boolean isBlankLine(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static boolean hasByteOrderMark(byte[] content) {
        return content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }
}
