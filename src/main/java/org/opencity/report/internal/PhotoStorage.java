package org.opencity.report.internal;

import java.util.Optional;

/**
 * Where photo files live. The local disk is the default; the interface keeps object stores possible.
 */
public interface PhotoStorage {

    void put(String key, byte[] content);

    Optional<byte[]> get(String key);
}
