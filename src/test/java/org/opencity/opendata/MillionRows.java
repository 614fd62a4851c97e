package org.opencity.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opencity.opendata.internal.DatasetPublisher;
import org.springframework.stereotype.Component;

/**
 * A test-only publisher of one CSV of a million rows, each written as it is produced and forgotten: the streaming
 * test downloads it to show that a download's memory does not grow with its rows. Off (no dataset) unless a test
 * switches it on, so the other tests' catalogues are the real one.
 */
@Component
public class MillionRows implements DatasetPublisher {

    public static final String NAME = "kiem-thu-mot-trieu-dong";
    public static final String CSV = NAME + "-csv";
    public static final int ROWS = 1_000_000;

    private final AtomicBoolean on = new AtomicBoolean();

    public void switchOn() {
        on.set(true);
    }

    public void switchOff() {
        on.set(false);
    }

    @Override
    public List<Dataset> datasets() {
        if (!on.get()) {
            return List.of();
        }
        return List.of(DatasetBuilder.builder()
                .name(NAME)
                .titleVi("Kiểm thử: một triệu dòng")
                .titleEn("Test: a million rows")
                .descriptionVi("Chỉ dùng trong kiểm thử.")
                .descriptionEn("Tests only.")
                .publisher(new Publisher("ubnd-tp-ha-noi", "UBND Thành phố Hà Nội", ""))
                .licenseId("CC0-1.0")
                .themes(List.of("TECH"))
                .keywords(List.of("kiem-thu"))
                .frequency("NEVER")
                .spatial("Thành phố Hà Nội")
                .created(Instant.EPOCH)
                .modified(Instant.EPOCH)
                .resources(List.of(DataResourceBuilder.builder()
                        .id(CSV)
                        .name(NAME + ".csv")
                        .description("1 000 000 dòng")
                        .format(DataResource.CSV)
                        .mediaType("text/csv")
                        .build()))
                .build());
    }

    @Override
    public boolean publishes(String resourceId) {
        return on.get() && CSV.equals(resourceId);
    }

    /** Row n: about a hundred bytes (Vietnamese text in it), nothing kept from one row to the next. */
    @Override
    public void write(String resourceId, Writer out) {
        try {
            out.write("n,ward_code,category,value,note\n");
            for (int n = 0; n < ROWS; n++) {
                out.write(Integer.toString(n));
                out.write(",00070,DRAINAGE,");
                out.write(Integer.toString(n % 9973));
                out.write(".5,Ống thoát nước bị tắc trước số nhà ");
                out.write(Integer.toString(n % 500));
                out.write(" phố Hàng Bạc, quận cũ Hoàn Kiếm\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
