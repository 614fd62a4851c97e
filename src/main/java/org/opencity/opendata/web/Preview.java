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
import org.opencity.opendata.DataResource;
import org.opencity.opendata.OpenDataCatalogue;

/**
 * The first rows of a resource as a table, for a dataset's page: a CSV's first lines, or a GeoJSON file's first
 * features (their properties and geometry type; the table a map's reader gets, and the page's content without
 * JavaScript). The resource is written into a writer that stops it once enough has come, so a large file is not
 * produced in full for a preview.
 *
 * @param resource the resource shown
 */
record Preview(DataResource resource, List<String> header, List<List<String>> rows, boolean more) {

    /** The most text read for a GeoJSON preview: a few large geometries may come before the rows wanted. */
    static final int GEOJSON_CHARACTERS = 1_000_000;

    /** A preview of the resource, or null when it is not a kind shown as a table (a JSON document, a link). */
    static Preview of(OpenDataCatalogue catalogue, DataResource resource, int rows) {
        if (!resource.servedHere()) {
            return null;
        }
        if (resource.isGeoJson()) {
            return GeoJsonPreview.of(catalogue, resource, rows);
        }
        if (!DataResource.CSV.equals(resource.format())) {
            return null;
        }
        FirstText text = FirstText.lines(rows + 2);
        text.fill(catalogue, resource.id());
        List<List<String>> records = new ArrayList<>();
        String csv = text.text().startsWith("\uFEFF") ? text.text().substring(1) : text.text();
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        } catch (IOException | UncheckedIOException cutMidRecord) {
            // A record cut by the stop is left out.
        }
        if (records.isEmpty()) {
            return new Preview(resource, List.of(), List.of(), false);
        }
        List<List<String>> body = records.subList(1, records.size());
        boolean more = body.size() > rows;
        return new Preview(resource, records.get(0), more ? body.subList(0, rows) : body, more);
    }

    /** The beginning of a resource's text: up to a number of lines or of characters, whichever comes first. */
    static final class FirstText extends Writer {

        private final StringBuilder text = new StringBuilder();
        private final int lineLimit;
        private final int characterLimit;
        private int lines;
        private boolean cut;

        private FirstText(int lineLimit, int characterLimit) {
            this.lineLimit = lineLimit;
            this.characterLimit = characterLimit;
        }

        static FirstText lines(int limit) {
            return new FirstText(limit, GEOJSON_CHARACTERS);
        }

        static FirstText characters(int limit) {
            return new FirstText(Integer.MAX_VALUE, limit);
        }

        /** Has the resource written into this, until it ends or enough has come. */
        FirstText fill(OpenDataCatalogue catalogue, String resourceId) {
            try {
                catalogue.write(resourceId, this);
            } catch (Enough stop) {
                cut = true;
            }
            return this;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                text.append(buffer[i]);
                if ((buffer[i] == '\n' && ++lines >= lineLimit) || text.length() >= characterLimit) {
                    throw new Enough();
                }
            }
        }

        String text() {
            return text.toString();
        }

        /** Whether the resource had more than was read. */
        boolean cut() {
            return cut;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    private static final class Enough extends RuntimeException {
        Enough() {
            super("enough", null, false, false);
        }
    }
}
