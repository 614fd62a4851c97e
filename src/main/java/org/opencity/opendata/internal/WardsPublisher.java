package org.opencity.opendata.internal;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.Ward;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.DataResourceBuilder;
import org.opencity.opendata.Dataset;
import org.opencity.platform.PageQuery;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hanoi's 126 wards and communes since 1 July 2025 (from the geography module's official list): a CSV of their facts
 * and a GeoJSON FeatureCollection of their boundaries, which the dataset's page shows on a map.
 */
@Component
class WardsPublisher implements DatasetPublisher {

    static final String NAME = "phuong-xa-ha-noi";
    static final String CSV = NAME + "-csv";
    static final String GEOJSON = NAME + "-geojson";
    // The writer is the caller's (a download's stream): the generator flushes it when done but leaves it open.
    private static final JsonMapper JSON =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final AdministrativeUnits units;

    WardsPublisher(AdministrativeUnits units) {
        this.units = units;
    }

    @Override
    public List<Dataset> datasets() {
        DataResource boundaries = DataResourceBuilder.builder()
                .id(GEOJSON)
                .name(NAME + ".geojson")
                .description("Ranh giới mỗi phường, xã (WGS 84)")
                .format(DataResource.GEOJSON)
                .mediaType("application/geo+json")
                .build();
        return List.of(CityPublisher.dataset(NAME, "Một dòng mỗi phường, xã")
                .titleVi("Danh sách phường, xã của Hà Nội (từ 1/7/2025)")
                .titleEn("Hanoi's wards and communes (since 1 July 2025)")
                .descriptionVi("126 phường, xã: mã, tên, loại, diện tích, tọa độ trung tâm, trụ sở hành chính và ranh"
                        + " giới.")
                .descriptionEn("The 126 wards and communes: code, name, kind, area, centre point, seat and boundary.")
                .themes(List.of("GOVE", "REGI"))
                .keywords(List.of("phuong-xa", "hanh-chinh", "dia-gioi"))
                .frequency("IRREGULAR")
                .temporalStart(LocalDate.of(2025, 7, 1))
                .temporalEnd(null)
                .modified(CityPublisher.SINCE)
                .resources(List.of(CityPublisher.csv(NAME, "Một dòng mỗi phường, xã"), boundaries))
                .build());
    }

    @Override
    public boolean publishes(String resourceId) {
        return CSV.equals(resourceId) || GEOJSON.equals(resourceId);
    }

    @Override
    public void write(String resourceId, Writer out) {
        if (GEOJSON.equals(resourceId)) {
            writeBoundaries(out);
            return;
        }
        Csv csv = Csv.to(out, "code", "name", "kind", "area_km2", "lat", "lon", "admin_center");
        wards().forEach(w -> csv.row(w.code(), w.name(), w.kind(), w.areaKm2(), w.lat(), w.lon(), w.adminCenter()));
        csv.flush();
    }

    /** One Feature per ward, its geometry as the geography module keeps it (GeoJSON already), its facts as properties. */
    private void writeBoundaries(Writer out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeArrayPropertyStart("features");
            for (Ward ward : wards()) {
                json.writeStartObject();
                json.writeStringProperty("type", "Feature");
                json.writeObjectPropertyStart("properties");
                json.writeStringProperty("code", ward.code());
                json.writeStringProperty("name", ward.name());
                json.writeStringProperty("kind", ward.kind());
                if (ward.areaKm2() != null) {
                    json.writeNumberProperty("area_km2", ward.areaKm2());
                }
                json.writeEndObject();
                json.writeName("geometry");
                String geometry =
                        ward.hasBoundary() ? units.boundary(ward.code()).orElse(null) : null;
                if (geometry == null) {
                    json.writeNull();
                } else {
                    json.writeRawValue(geometry);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private List<Ward> wards() {
        List<Ward> all = new ArrayList<>();
        int page = 0;
        List<Ward> wards;
        do {
            wards = units.wardsOf("01", new PageQuery(page++, PageQuery.MAX_SIZE))
                    .items();
            all.addAll(wards);
        } while (wards.size() == PageQuery.MAX_SIZE);
        return all;
    }
}
