package org.opencity.geography.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.opencity.shared.VietnameseText;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the 34 provinces, 3,321 wards, Hanoi's ward boundaries and the pre-2025 names as aliases from the
 * CSV and GeoJSON files in {@code data/geography} (see SOURCES.md there). Flyway runs it exactly once, as the
 * geography module's migration 2 (it was migration 3 of the single history before ADR 11). Not a bean: the platform's
 * {@code ModuleMigrations} finds it in this module's package, so every context has it, even a module test.
 */
class V2__LoadAdministrativeUnits extends BaseJavaMigration {

    private static final String DIR = "data/geography/";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        loadProvinces(connection);
        loadWards(connection);
        loadHanoiDetails(connection);
        loadBoundaries(connection);
        loadFormerWardAliases(connection);
    }

    private void loadProvinces(Connection connection) throws IOException, SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into geo_province (code, name, short_name, kind, name_folded, area_km2, population, lat, lon)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (CSVRecord row : read("vn_provinces_2025.csv")) {
                insert.setString(1, row.get("province_code"));
                insert.setString(2, row.get("province_name"));
                insert.setString(3, row.get("province_short_name"));
                insert.setString(4, row.get("province_type"));
                insert.setString(5, VietnameseText.fold(row.get("province_name")));
                setDecimal(insert, 6, row.get("area_km2"));
                setInteger(insert, 7, row.get("population"));
                setDecimal(insert, 8, row.get("lat"));
                setDecimal(insert, 9, row.get("lon"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void loadWards(Connection connection) throws IOException, SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into geo_ward (code, province_code, name, kind, name_folded, area_km2, lat, lon)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (CSVRecord row : read("vn_wards_2025.csv")) {
                insert.setString(1, row.get("ward_code"));
                insert.setString(2, row.get("province_code"));
                insert.setString(3, row.get("ward_name"));
                insert.setString(4, row.get("ward_type"));
                insert.setString(5, VietnameseText.fold(row.get("ward_name")));
                setDecimal(insert, 6, row.get("area_km2_bando"));
                setDecimal(insert, 7, row.get("lat"));
                setDecimal(insert, 8, row.get("lon"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void loadHanoiDetails(Connection connection) throws IOException, SQLException {
        try (PreparedStatement update =
                        connection.prepareStatement("update geo_ward set admin_center = ? where code = ?");
                PreparedStatement alias = aliasInsert(connection)) {
            for (CSVRecord row : read("hanoi_wards_2025.csv")) {
                String code = row.get("ward_code");
                update.setString(1, blankToNull(row.get("admin_center")));
                update.setString(2, code);
                update.addBatch();
                for (String district : row.get("former_districts").split(";")) {
                    if (!district.isBlank()) {
                        addAlias(alias, code, district.trim(), null, "FORMER_DISTRICT");
                    }
                }
            }
            update.executeBatch();
            alias.executeBatch();
        }
    }

    private void loadBoundaries(Connection connection) throws IOException, SQLException {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode collection;
        try (InputStream in = new ClassPathResource(DIR + "hanoi_wards_2025.geojson").getInputStream()) {
            collection = json.readTree(in);
        }
        try (PreparedStatement update =
                connection.prepareStatement("update geo_ward set boundary_geojson = ? where code = ?")) {
            for (JsonNode feature : collection.get("features")) {
                update.setString(1, json.writeValueAsString(feature.get("geometry")));
                update.setString(2, feature.get("properties").get("ward_code").asString());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void loadFormerWardAliases(Connection connection) throws IOException, SQLException {
        try (PreparedStatement alias = aliasInsert(connection)) {
            for (CSVRecord row : read("hanoi_wards_pre2025.csv")) {
                for (String newCode : row.get("new_ward_codes").split(";")) {
                    if (!newCode.isBlank()) {
                        addAlias(alias, newCode.trim(), row.get("ward_name"), row.get("district_name"), "FORMER_WARD");
                    }
                }
            }
            alias.executeBatch();
        }
    }

    private static PreparedStatement aliasInsert(Connection connection) throws SQLException {
        return connection.prepareStatement("""
                insert into geo_ward_alias (ward_code, alias, alias_folded, context, kind)
                values (?, ?, ?, ?, ?) on conflict do nothing""");
    }

    private static void addAlias(PreparedStatement insert, String wardCode, String alias, String context, String kind)
            throws SQLException {
        insert.setString(1, wardCode);
        insert.setString(2, alias);
        insert.setString(3, VietnameseText.fold(context == null ? alias : alias + " " + context));
        insert.setString(4, context);
        insert.setString(5, kind);
        insert.addBatch();
    }

    private static List<CSVRecord> read(String file) throws IOException {
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(DIR + file).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    private static void setDecimal(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, new BigDecimal(value.trim()));
        }
    }

    private static void setInteger(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, new BigDecimal(value.trim()).intValue());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
