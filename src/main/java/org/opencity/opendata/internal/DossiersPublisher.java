package org.opencity.opendata.internal;

import java.io.Writer;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.opencity.dossier.DossierFigures;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitId;
import org.opencity.identity.Units;
import org.opencity.opendata.Dataset;
import org.opencity.procedure.ProcedureCatalogue;
import org.opencity.procedure.ProcedureCode;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Dossiers per month, handling unit and procedure with their on-time rate and satisfaction, from the figures the
 * dossier module keeps. A group with fewer dossiers than the k-anonymity threshold is published as suppressed: its
 * counts could point at a person (a birth, a marriage in a small commune).
 */
@Component
class DossiersPublisher implements DatasetPublisher {

    static final String NAME = "ho-so-thu-tuc-theo-don-vi-thang";
    static final String CSV = NAME + "-csv";
    static final int MONTHS = 24;

    private final DossierFigures figures;
    private final Units units;
    private final ProcedureCatalogue procedures;
    private final OpenDataProperties properties;
    private final Clock clock;

    DossiersPublisher(
            DossierFigures figures,
            Units units,
            ProcedureCatalogue procedures,
            OpenDataProperties properties,
            Clock clock) {
        this.figures = figures;
        this.units = units;
        this.procedures = procedures;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<Dataset> datasets() {
        YearMonth now = YearMonth.now(clock.withZone(WorkingCalendar.VIETNAM));
        return List.of(CityPublisher.dataset(NAME, "Một dòng mỗi tháng, đơn vị xử lý và thủ tục")
                .titleVi("Hồ sơ thủ tục hành chính theo đơn vị và tháng")
                .titleEn("Administrative dossiers by unit and month")
                .descriptionVi("Số hồ sơ nộp trực tuyến, đã giải quyết, đúng hạn, tỷ lệ đúng hạn, thanh toán trực"
                        + " tuyến và mức độ hài lòng, theo tháng, đơn vị xử lý và thủ tục, trong " + MONTHS
                        + " tháng gần nhất. Nhóm dưới " + properties.minimumCount() + " hồ sơ được ẩn.")
                .descriptionEn("Dossiers submitted online, finished, on time, the on-time rate, online payment and"
                        + " satisfaction, per month, handling unit and procedure, over the last " + MONTHS
                        + " months. Groups of fewer than " + properties.minimumCount() + " dossiers are suppressed.")
                .themes(List.of("GOVE"))
                .keywords(List.of("thu-tuc-hanh-chinh", "ho-so", "dung-han", "dich-vu-cong"))
                .frequency("DAILY")
                .temporalStart(now.minusMonths(MONTHS - 1L).atDay(1))
                .temporalEnd(now.atEndOfMonth())
                .modified(clock.instant())
                .build());
    }

    @Override
    public boolean publishes(String resourceId) {
        return CSV.equals(resourceId);
    }

    @Override
    public void write(String resourceId, Writer out) {
        int k = properties.minimumCount();
        YearMonth now = YearMonth.now(clock.withZone(WorkingCalendar.VIETNAM));
        Csv csv = Csv.to(
                out,
                "month",
                "unit_code",
                "unit_name",
                "procedure_code",
                "procedure_name",
                "submitted",
                "finished",
                "finished_on_time",
                "on_time_rate",
                "paid_online",
                "with_fee",
                "mean_rating",
                "suppressed");
        figures.monthly(now.minusMonths(MONTHS - 1L), now, row -> {
            String[] key = row.key().split("\\|", 3);
            Unit unit = unit(key[1]);
            boolean small = row.submitted() < k && row.finished() < k;
            csv.row(
                    key[0],
                    unit == null ? null : unit.code(),
                    unit == null ? null : unit.nameVi(),
                    key[2],
                    procedureName(key[2]),
                    small ? null : row.submitted(),
                    small ? null : row.finished(),
                    small ? null : row.finishedOnTime(),
                    small || row.finished() < k ? null : rate(row.onTimeRate()),
                    small ? null : row.paidOnline(),
                    small ? null : row.withFee(),
                    small || row.rated() < k ? null : rate(row.meanRating()),
                    small);
        });
        csv.flush();
    }

    private Unit unit(String id) {
        try {
            return units.byId(new UnitId(UUID.fromString(id))).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private String procedureName(String code) {
        return procedures.find(new ProcedureCode(code)).map(p -> p.nameVi()).orElse(null);
    }

    private static String rate(Double value) {
        return value == null ? null : String.format(Locale.ROOT, "%.3f", value);
    }
}
