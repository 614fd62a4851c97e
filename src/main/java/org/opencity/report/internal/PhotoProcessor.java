package org.opencity.report.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.tika.Tika;
import org.opencity.report.PhotoTooLarge;
import org.opencity.report.ReportProperties;
import org.opencity.report.UnsupportedPhoto;
import org.opencity.report.UploadedPhoto;
import org.springframework.stereotype.Component;

/**
 * Checks a photo by its content (Apache Tika), not its name, and makes the copies the public may see:
 * re-encoded as JPEG from the pixels alone, so EXIF (and the GPS position in it) is gone, plus a thumbnail.
 * HEIC cannot be decoded here: it is kept for officers only and has no public copy.
 */
@Component
public class PhotoProcessor {

    private static final Set<String> DECODABLE = Set.of("image/jpeg", "image/png", "image/webp");
    private static final Set<String> PRIVATE_ONLY = Set.of("image/heic", "image/heif", "image/heic-sequence");
    private static final long MAX_PIXELS = 50_000_000L;
    private static final int PUBLIC_EDGE = 2048;
    private static final int THUMB_EDGE = 320;

    private final Tika tika = new Tika();
    private final long maxBytes;

    PhotoProcessor(ReportProperties properties) {
        this.maxBytes = properties.maxPhotoSize().toBytes();
    }

    public ProcessedPhoto process(UploadedPhoto photo) {
        byte[] content = photo.content();
        if (content.length > maxBytes) {
            throw new PhotoTooLarge(maxBytes / (1024 * 1024));
        }
        String type = tika.detect(content);
        if (PRIVATE_ONLY.contains(type) || isHeif(content)) {
            return new ProcessedPhoto("image/heic", content, null, null, null, null);
        }
        if (!DECODABLE.contains(type)) {
            throw new UnsupportedPhoto(photo.filename());
        }
        BufferedImage image = decode(content, photo.filename());
        return new ProcessedPhoto(
                type,
                content,
                jpeg(scaled(image, PUBLIC_EDGE), 0.85f),
                jpeg(scaled(image, THUMB_EDGE), 0.8f),
                image.getWidth(),
                image.getHeight());
    }

    /** ISO base media files whose brand is HEIF/HEIC (Tika does not always name them). */
    private static boolean isHeif(byte[] content) {
        if (content.length < 12 || content[4] != 'f' || content[5] != 't' || content[6] != 'y' || content[7] != 'p') {
            return false;
        }
        String brand = new String(content, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return Set.of("heic", "heix", "hevc", "hevx", "mif1", "msf1", "heim", "heis")
                .contains(brand);
    }

    private static BufferedImage decode(byte[] content, String filename) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnsupportedPhoto(filename);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new UnsupportedPhoto(filename);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof UnsupportedPhoto unsupported) {
                throw unsupported;
            }
            throw new UnsupportedPhoto(filename);
        }
    }

    private static BufferedImage scaled(BufferedImage source, int maxEdge) {
        double factor = Math.min(1.0, (double) maxEdge / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode JPEG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * @param publicCopy metadata-free JPEG for everyone; null when only officers may see the original
     */
    public record ProcessedPhoto(
            String contentType, byte[] original, byte[] publicCopy, byte[] thumbnail, Integer width, Integer height) {}
}
