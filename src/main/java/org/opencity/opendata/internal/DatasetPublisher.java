package org.opencity.opendata.internal;

import java.io.Writer;
import java.util.List;
import org.opencity.opendata.Dataset;

/**
 * A source of the platform's own datasets: describes them as they are now and writes their resources on demand,
 * streamed (a resource is never built in memory).
 */
public interface DatasetPublisher {

    List<Dataset> datasets();

    /** Whether the resource with this id is one of this publisher's. */
    boolean publishes(String resourceId);

    /** Writes the resource (CSV with a header line) to {@code out}. */
    void write(String resourceId, Writer out);
}
