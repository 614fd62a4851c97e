package org.opencity.opendata.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opencity.opendata.OpenDataCatalogue;

/**
 * The first rows of a CSV resource for a dataset's page: the resource is written into a writer that stops it once
 * enough lines have come, so a large file is not generated in full for a preview.
 */
record Preview(List<String> header, List<List<String>> rows, boolean more) {

    static Preview of(OpenDataCatalogue catalogue, String resourceId, int rows) {
        FirstLines lines = new FirstLines(rows + 2);
        try {
            catalogue.write(resourceId, lines);
        } catch (Enough stop) {
            // The preview has its rows.
        }
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(lines.text()))) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        } catch (IOException | UncheckedIOException cutMidRecord) {
            // A record cut by the stop is left out.
        }
        if (records.isEmpty()) {
            return new Preview(List.of(), List.of(), false);
        }
        List<List<String>> body = records.subList(1, records.size());
        boolean more = body.size() > rows;
        return new Preview(records.get(0), more ? body.subList(0, rows) : body, more);
    }

    private static final class Enough extends RuntimeException {
        Enough() {
            super("enough", null, false, false);
        }
    }

    private static final class FirstLines extends Writer {

        private final StringBuilder text = new StringBuilder();
        private final int limit;
        private int lines;

        FirstLines(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                text.append(buffer[i]);
                if (buffer[i] == '\n' && ++lines >= limit) {
                    throw new Enough();
                }
            }
        }

        String text() {
            return text.toString();
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
