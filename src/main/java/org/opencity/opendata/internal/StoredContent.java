package org.opencity.opendata.internal;

import java.io.InputStream;
import java.util.UUID;

/**
 * An uploaded file read from the database chunk by chunk: a download holds one chunk at a time, and a preview that
 * stops after a few rows reads only the first.
 */
final class StoredContent extends InputStream {

    static final int CHUNK = 256 * 1024;

    private final RegisteredDatasetRepository repository;
    private final UUID resource;
    private byte[] chunk = new byte[0];
    private int position;
    private long offset;
    private boolean ended;

    StoredContent(RegisteredDatasetRepository repository, UUID resource) {
        this.repository = repository;
        this.resource = resource;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return chunk[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int from, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, from, n);
        position += n;
        return n;
    }

    /** Whether bytes are left to read, after fetching the next chunk if this one is used up. */
    private boolean fill() {
        if (position < chunk.length) {
            return true;
        }
        if (ended) {
            return false;
        }
        chunk = repository.chunk(resource, offset, CHUNK);
        position = 0;
        offset += chunk.length;
        ended = chunk.length < CHUNK;
        return chunk.length > 0;
    }
}
