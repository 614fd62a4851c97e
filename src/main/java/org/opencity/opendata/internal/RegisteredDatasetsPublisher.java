package org.opencity.opendata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.opencity.opendata.Dataset;
import org.springframework.stereotype.Component;

/**
 * The datasets administrators registered, in the same catalogue as the generated ones; their uploaded files are sent
 * as they were kept, streamed from the database.
 */
@Component
class RegisteredDatasetsPublisher implements DatasetPublisher {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final RegisteredDatasetRepository repository;
    private final DatasetDescriptions descriptions;

    RegisteredDatasetsPublisher(RegisteredDatasetRepository repository, DatasetDescriptions descriptions) {
        this.repository = repository;
        this.descriptions = descriptions;
    }

    @Override
    public List<Dataset> datasets() {
        return descriptions.describe(repository.published());
    }

    /** A registered file's id is a UUID (the generated files are named after their dataset), kept here. */
    @Override
    public boolean publishes(String resourceId) {
        return UUID_TEXT.matcher(resourceId).matches() && repository.keepsFile(UUID.fromString(resourceId));
    }

    /** The file's text: every uploaded file was checked to be UTF-8. */
    @Override
    public void write(String resourceId, Writer out) {
        try (InputStreamReader text = new InputStreamReader(content(resourceId), StandardCharsets.UTF_8)) {
            text.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void send(String resourceId, OutputStream out) {
        try (InputStream in = content(resourceId)) {
            in.transferTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream content(String resourceId) {
        return new StoredContent(repository, UUID.fromString(resourceId));
    }
}
