package org.opencity.opendata.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.Tika;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.ResourceRefused;
import org.opencity.opendata.ResourceUpload;
import org.opencity.shared.FileName;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Decides whether an uploaded file may be published, before anything is kept: within the size limit, named as a
 * CSV, JSON or GeoJSON file, plain UTF-8 text by its content (sniffed with Apache Tika, whatever its name says; no NUL
 * byte), and whole by its format's rules (a CSV parses with the same number of fields on every line, a JSON document
 * parses, a GeoJSON file is a FeatureCollection of valid features). A .json file that holds a FeatureCollection is
 * published as GeoJSON, so that its page shows it on a map.
 */
@Component
public class ResourceFileCheck {

    private final long maxBytes;
    private final Tika tika = new Tika();

    ResourceFileCheck(
            OpenDataProperties properties,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize containerLimit) {
        // The container refuses a larger part before this check sees it, so the smaller limit is the one to tell.
        this.maxBytes = Math.min(properties.maxUploadSize().toBytes(), containerLimit.toBytes());
    }

    /** The largest file accepted, in whole megabytes, as the refusals and the form's hint say it. */
    public long maxMegabytes() {
        return DataSize.ofBytes(maxBytes).toMegabytes();
    }

    /**
     * @throws ResourceRefused saying what is wrong with the file
     */
    public CheckedFile check(ResourceUpload upload) {
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw ResourceRefused.invalid("problem.opendata.file-empty");
        }
        if (content.length > maxBytes) {
            throw ResourceRefused.tooLarge(maxMegabytes());
        }
        String fileName = FileName.clean(upload.fileName(), "du-lieu");
        String extension = extension(fileName);
        if (!extension.equals("csv") && !extension.equals("json") && !extension.equals("geojson")) {
            throw ResourceRefused.unsupported(extension.isEmpty() ? fileName : "." + extension);
        }
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                throw ResourceRefused.invalid("problem.opendata.file-nul", i);
            }
        }
        // By content alone: a PDF, a spreadsheet or a picture renamed .csv is still what it is.
        String detected = tika.detect(content);
        if (!detected.equals("text/plain")) {
            throw ResourceRefused.unsupported(detected);
        }
        if (!isUtf8(content)) {
            throw ResourceRefused.invalid("problem.opendata.file-encoding");
        }
        if (extension.equals("csv")) {
            CsvFileCheck.check(content);
            return new CheckedFile(fileName, DataResource.CSV, "text/csv");
        }
        boolean featureCollection = JsonFileCheck.check(content);
        if (extension.equals("geojson") && !featureCollection) {
            throw ResourceRefused.invalid("problem.opendata.geojson-not-collection");
        }
        return featureCollection
                ? new CheckedFile(fileName, DataResource.GEOJSON, "application/geo+json")
                : new CheckedFile(fileName, DataResource.JSON, "application/json");
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Decoded in small pieces: a 20 MB file is checked without a 20 MB string. */
    private static boolean isUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        try {
            while (true) {
                CoderResult result = decoder.decode(in, out, true);
                if (result.isError()) {
                    result.throwException();
                }
                out.clear();
                if (result.isUnderflow()) {
                    break;
                }
            }
            while (decoder.flush(out).isOverflow()) {
                out.clear();
            }
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
