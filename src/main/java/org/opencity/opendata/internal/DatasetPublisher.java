package org.opencity.opendata.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opencity.opendata.Dataset;

/**
 * A source of datasets: describes them as they are now and writes their resources on demand, streamed (a resource
 * is never built in memory).
 */
public interface DatasetPublisher {

    List<Dataset> datasets();

    /** Whether the resource with this id is one of this publisher's. */
    boolean publishes(String resourceId);

    /** Writes the resource's text (a CSV with a header line, a JSON document) to {@code out}. */
    void write(String resourceId, Writer out);

    /**
     * Sends the resource's bytes to {@code out}: its text in UTF-8, unless the publisher keeps the bytes themselves
     * (an uploaded file goes out exactly as it came).
     */
    default void send(String resourceId, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        write(resourceId, writer);
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
