package org.opencity.opendata.internal;

import java.io.Writer;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.opencity.opendata.Dataset;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCatalogue;
import org.springframework.stereotype.Component;

/** The administrative procedures catalogue: what each procedure costs, takes and where it is done. */
@Component
class ProceduresPublisher implements DatasetPublisher {

    static final String NAME = "thu-tuc-hanh-chinh";
    static final String CSV = NAME + "-csv";

    private final ProcedureCatalogue catalogue;

    ProceduresPublisher(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Dataset> datasets() {
        Instant modified = catalogue.all().stream()
                .map(Procedure::updatedAt)
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(CityPublisher.SINCE);
        return List.of(CityPublisher.dataset(NAME, "Một dòng mỗi thủ tục")
                .titleVi("Danh mục thủ tục hành chính")
                .titleEn("Administrative procedures catalogue")
                .descriptionVi("Mọi thủ tục hành chính: mã quốc gia, tên, cấp thực hiện, lĩnh vực, cơ quan quản lý,"
                        + " thời hạn giải quyết, lệ phí và mức độ trực tuyến.")
                .descriptionEn("Every administrative procedure: national code, name, level, field, managing body,"
                        + " processing time, fee and online level.")
                .themes(List.of("GOVE"))
                .keywords(List.of("thu-tuc-hanh-chinh", "dich-vu-cong"))
                .frequency("WEEKLY")
                .temporalStart(null)
                .temporalEnd(null)
                .modified(modified)
                .build());
    }

    @Override
    public boolean publishes(String resourceId) {
        return CSV.equals(resourceId);
    }

    @Override
    public void write(String resourceId, Writer out) {
        Csv csv = Csv.to(
                out, "code", "name", "level", "field", "managing_body", "processing_days", "fee_vnd", "online_level");
        for (Procedure p : catalogue.all()) {
            csv.row(
                    p.code(),
                    p.nameVi(),
                    p.level(),
                    p.field() == null ? null : p.field().nameVi(),
                    p.managingBody(),
                    p.processingDays(),
                    p.feeVnd(),
                    p.onlineLevel());
        }
        csv.flush();
    }
}
