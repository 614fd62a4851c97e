package org.opencity.geography.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.opencity.geography.Province;
import org.opencity.geography.Ward;
import org.opencity.geography.WardAlias;
import org.opencity.geography.WardMatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads provinces, wards and aliases. The data change only by migration, so there are no writes here.
 */
@Repository
public class AdministrativeUnitRepository {

    private static final String WARD_COLUMNS = """
            w.code, w.name, w.kind, w.province_code, p.name as province_name, w.area_km2, w.lat, w.lon,
            w.admin_center, w.boundary_geojson is not null as has_boundary
            """;

    private final JdbcClient jdbc;

    AdministrativeUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Province> provinces() {
        return jdbc.sql(provinceQuery("") + " order by p.code")
                .query(AdministrativeUnitRepository::province)
                .list();
    }

    public Optional<Province> province(String code) {
        return jdbc.sql(provinceQuery("where p.code = :code"))
                .param("code", code)
                .query(AdministrativeUnitRepository::province)
                .optional();
    }

    private static String provinceQuery(String where) {
        return """
                select p.*, (select count(*) from geo_ward w where w.province_code = p.code) as ward_count
                from geo_province p %s""".formatted(where);
    }

    public List<Ward> allWardsOf(String provinceCode) {
        return jdbc.sql("select " + WARD_COLUMNS + """
                 from geo_ward w join geo_province p on p.code = w.province_code
                where w.province_code = :province order by w.name_folded""")
                .param("province", provinceCode)
                .query(AdministrativeUnitRepository::ward)
                .list();
    }

    public Optional<Ward> ward(String code) {
        return jdbc.sql("select " + WARD_COLUMNS + """
                 from geo_ward w join geo_province p on p.code = w.province_code where w.code = :code""")
                .param("code", code)
                .query(AdministrativeUnitRepository::ward)
                .optional();
    }

    public List<WardAlias> aliases(String wardCode) {
        return jdbc.sql("select alias, context, kind from geo_ward_alias where ward_code = :code order by kind, alias")
                .param("code", wardCode)
                .query((rs, n) -> new WardAlias(rs.getString("alias"), rs.getString("context"), rs.getString("kind")))
                .list();
    }

    public Optional<String> boundary(String wardCode) {
        return jdbc.sql("select boundary_geojson from geo_ward where code = :code and boundary_geojson is not null")
                .param("code", wardCode)
                .query(String.class)
                .optional();
    }

    public List<WardBoundaryRow> boundaries() {
        return jdbc.sql("select code, boundary_geojson from geo_ward where boundary_geojson is not null")
                .query((rs, n) -> new WardBoundaryRow(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** Exact names first, then names starting with the query, then names containing it; home province first. */
    public List<WardMatch> searchByName(String folded, String province, String homeProvince, int limit) {
        return jdbc.sql("select " + WARD_COLUMNS + """
                , case when w.name_folded = :q or regexp_replace(w.name_folded, '^(phuong|xa|dac khu) ', '') = :q then 0
                       when w.name_folded like :prefix or regexp_replace(w.name_folded, '^(phuong|xa|dac khu) ', '') like :prefix then 1
                       else 2 end as rank
                from geo_ward w join geo_province p on p.code = w.province_code
                where w.name_folded like :contains and (cast(:province as text) is null or w.province_code = :province)
                order by rank, (w.province_code = :home) desc, w.name_folded limit :limit""")
                .param("q", folded)
                .param("prefix", folded + "%")
                .param("contains", "%" + folded + "%")
                .param("province", province)
                .param("home", homeProvince)
                .param("limit", limit)
                .query((rs, n) -> new WardMatch(ward(rs, n), null))
                .list();
    }

    public List<WardMatch> searchByAlias(String folded, String province, String homeProvince, int limit) {
        return jdbc.sql("select " + WARD_COLUMNS + """
                , a.alias, a.context, a.kind as alias_kind
                from geo_ward_alias a join geo_ward w on w.code = a.ward_code join geo_province p on p.code = w.province_code
                where a.alias_folded like :contains and (cast(:province as text) is null or w.province_code = :province)
                order by (w.province_code = :home) desc, (a.alias_folded like :prefix) desc, a.kind desc, w.name_folded
                limit :limit""")
                .param("prefix", folded + "%")
                .param("contains", "%" + folded + "%")
                .param("province", province)
                .param("home", homeProvince)
                .param("limit", limit * 4)
                .query((rs, n) -> new WardMatch(
                        ward(rs, n),
                        new WardAlias(rs.getString("alias"), rs.getString("context"), rs.getString("alias_kind"))))
                .list();
    }

    private static Province province(ResultSet rs, int row) throws SQLException {
        return new Province(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("short_name"),
                rs.getString("kind"),
                rs.getInt("ward_count"),
                doubleOrNull(rs, "area_km2"),
                (Integer) rs.getObject("population"),
                doubleOrNull(rs, "lat"),
                doubleOrNull(rs, "lon"));
    }

    private static Ward ward(ResultSet rs, int row) throws SQLException {
        return new Ward(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getString("province_code"),
                rs.getString("province_name"),
                doubleOrNull(rs, "area_km2"),
                doubleOrNull(rs, "lat"),
                doubleOrNull(rs, "lon"),
                rs.getString("admin_center"),
                rs.getBoolean("has_boundary"));
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    public record WardBoundaryRow(String code, String geoJson) {}
}
