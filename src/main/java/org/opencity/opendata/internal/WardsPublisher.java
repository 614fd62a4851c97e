package org.opencity.opendata.internal;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.Ward;
import org.opencity.opendata.Dataset;
import org.opencity.platform.PageQuery;
import org.springframework.stereotype.Component;

/** Hanoi's 126 wards and communes since 1 July 2025 (from the geography module's official list). */
@Component
class WardsPublisher implements DatasetPublisher {

    static final String NAME = "phuong-xa-ha-noi";
    static final String CSV = NAME + "-csv";

    private final AdministrativeUnits units;

    WardsPublisher(AdministrativeUnits units) {
        this.units = units;
    }

    @Override
    public List<Dataset> datasets() {
        return List.of(CityPublisher.dataset(NAME, "Một dòng mỗi phường, xã")
                .titleVi("Danh sách phường, xã của Hà Nội (từ 1/7/2025)")
                .titleEn("Hanoi's wards and communes (since 1 July 2025)")
                .descriptionVi("126 phường, xã: mã, tên, loại, diện tích, tọa độ trung tâm và trụ sở hành chính.")
                .descriptionEn("The 126 wards and communes: code, name, kind, area, centre point and seat.")
                .themes(List.of("GOVE", "REGI"))
                .keywords(List.of("phuong-xa", "hanh-chinh", "dia-gioi"))
                .frequency("IRREGULAR")
                .temporalStart(LocalDate.of(2025, 7, 1))
                .temporalEnd(null)
                .modified(CityPublisher.SINCE)
                .build());
    }

    @Override
    public boolean publishes(String resourceId) {
        return CSV.equals(resourceId);
    }

    @Override
    public void write(String resourceId, Writer out) {
        Csv csv = Csv.to(out, "code", "name", "kind", "area_km2", "lat", "lon", "admin_center");
        int page = 0;
        List<Ward> wards;
        do {
            wards = units.wardsOf("01", new PageQuery(page++, PageQuery.MAX_SIZE))
                    .items();
            wards.forEach(w -> csv.row(w.code(), w.name(), w.kind(), w.areaKm2(), w.lat(), w.lon(), w.adminCenter()));
        } while (wards.size() == PageQuery.MAX_SIZE);
        csv.flush();
    }
}
