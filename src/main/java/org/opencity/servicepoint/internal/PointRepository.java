package org.opencity.servicepoint.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencity.servicepoint.Counter;
import org.opencity.servicepoint.CounterBuilder;
import org.opencity.servicepoint.Opening;
import org.opencity.servicepoint.OpeningBuilder;
import org.opencity.servicepoint.PointKind;
import org.opencity.servicepoint.ServiceLine;
import org.opencity.servicepoint.ServiceLineBuilder;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePointBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of sp_point and the lines, counters and opening windows that belong to each. */
@Repository
public class PointRepository {

    private static final String POINTS = """
            select p.*, w.name as ward_name from sp_point p left join geo_ward w on w.code = p.ward_code""";

    private final JdbcClient jdbc;

    PointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ServicePoint> find(String code) {
        return assemble(jdbc.sql(POINTS + " where p.code = :code")
                        .param("code", code)
                        .query(PointRepository::header)
                        .list())
                .stream()
                .findFirst();
    }

    /**
     * Points of a kind (all kinds when null), in wards (any when empty), or whose name contains the folded words, or
     * vehicles that stop in those wards; centres first, then by name.
     */
    public List<ServicePoint> search(PointKind kind, Collection<String> wardCodes, String folded, int limit) {
        boolean anyWard = wardCodes.isEmpty() && (folded == null || folded.isEmpty());
        String sql = POINTS + "\n" + """
                 where (cast(:kind as text) is null or p.kind = :kind)
                   and (:anyWard
                        or p.ward_code = any(:wards)
                        or exists (select 1 from sp_opening o where o.point_code = p.code and o.ward_code = any(:wards))
                        or (cast(:folded as text) is not null and p.search_folded like '%' || :folded || '%'))
                 order by case p.kind when 'CITY_CENTRE' then 0 when 'WARD_CENTRE' then 1 else 2 end, p.name_vi
                 limit :limit""";
        return assemble(jdbc.sql(sql)
                .param("kind", kind == null ? null : kind.name())
                .param("anyWard", anyWard)
                .param("wards", wardCodes.toArray(String[]::new))
                .param("folded", folded == null || folded.isEmpty() ? null : folded)
                .param("limit", limit)
                .query(PointRepository::header)
                .list());
    }

    /** Points whose clerks belong to one of the units. */
    public List<ServicePoint> ofUnits(Collection<String> unitCodes) {
        return assemble(jdbc.sql(POINTS + " where p.unit_code = any(:units) order by p.kind, p.name_vi")
                .param("units", unitCodes.toArray(String[]::new))
                .query(PointRepository::header)
                .list());
    }

    public void saveCounter(String pointCode, Counter counter) {
        jdbc.sql("""
                insert into sp_counter (point_code, number, line_codes, appointments_per_slot, active)
                values (:point, :number, :lines, :perSlot, :active)
                on conflict (point_code, number) do update set line_codes = excluded.line_codes,
                    appointments_per_slot = excluded.appointments_per_slot, active = excluded.active""")
                .param("point", pointCode)
                .param("number", counter.number())
                .param("lines", counter.lineCodes().toArray(String[]::new))
                .param("perSlot", counter.appointmentsPerSlot())
                .param("active", counter.active())
                .update();
    }

    public void addOpening(String pointCode, Opening opening) {
        jdbc.sql("""
                insert into sp_opening (point_code, weekday, opens, closes, ward_code, place, lat, lon)
                values (:point, :weekday, :opens, :closes, :ward, :place, :lat, :lon)""")
                .param("point", pointCode)
                .param("weekday", opening.weekday().getValue())
                .param("opens", opening.opens())
                .param("closes", opening.closes())
                .param("ward", opening.wardCode())
                .param("place", opening.place())
                .param("lat", opening.lat())
                .param("lon", opening.lon())
                .update();
    }

    public boolean removeOpening(String pointCode, long id) {
        return jdbc.sql("delete from sp_opening where point_code = :point and id = :id")
                        .param("point", pointCode)
                        .param("id", id)
                        .update()
                > 0;
    }

    /** Raises the version when it is still the one the editor saw; false when someone else changed the point first. */
    public boolean touch(String pointCode, int seenVersion) {
        return jdbc.sql("""
                        update sp_point set version = version + 1, updated_at = now()
                        where code = :point and version = :version""")
                        .param("point", pointCode)
                        .param("version", seenVersion)
                        .update()
                > 0;
    }

    private List<ServicePoint> assemble(List<ServicePointBuilder> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        String[] codes = headers.stream().map(ServicePointBuilder::code).toArray(String[]::new);
        Map<String, List<ServiceLine>> lines = new LinkedHashMap<>();
        jdbc.sql("select * from sp_line where point_code = any(:codes) order by point_code, position")
                .param("codes", codes)
                .query((ResultSet rs) -> {
                    lines.computeIfAbsent(rs.getString("point_code"), c -> new ArrayList<>())
                            .add(ServiceLineBuilder.builder()
                                    .code(rs.getString("code"))
                                    .nameVi(rs.getString("name_vi"))
                                    .nameEn(rs.getString("name_en"))
                                    .fieldCodes(strings(rs.getArray("field_codes")))
                                    .servesAll(rs.getBoolean("serves_all"))
                                    .build());
                });
        Map<String, List<Counter>> counters = new LinkedHashMap<>();
        jdbc.sql("select * from sp_counter where point_code = any(:codes) order by point_code, number")
                .param("codes", codes)
                .query((ResultSet rs) -> {
                    counters.computeIfAbsent(rs.getString("point_code"), c -> new ArrayList<>())
                            .add(CounterBuilder.builder()
                                    .id(rs.getLong("id"))
                                    .number(rs.getInt("number"))
                                    .lineCodes(strings(rs.getArray("line_codes")))
                                    .appointmentsPerSlot(rs.getInt("appointments_per_slot"))
                                    .active(rs.getBoolean("active"))
                                    .build());
                });
        Map<String, List<Opening>> openings = new LinkedHashMap<>();
        jdbc.sql("""
                select o.*, w.name as ward_name from sp_opening o left join geo_ward w on w.code = o.ward_code
                where o.point_code = any(:codes) order by o.point_code, o.weekday, o.opens""").param("codes", codes).query((ResultSet rs) -> {
            openings.computeIfAbsent(rs.getString("point_code"), c -> new ArrayList<>())
                    .add(OpeningBuilder.builder()
                            .id(rs.getLong("id"))
                            .weekday(DayOfWeek.of(rs.getInt("weekday")))
                            .opens(rs.getTime("opens").toLocalTime())
                            .closes(rs.getTime("closes").toLocalTime())
                            .wardCode(rs.getString("ward_code"))
                            .wardName(rs.getString("ward_name"))
                            .place(rs.getString("place"))
                            .lat(rs.getObject("lat", Double.class))
                            .lon(rs.getObject("lon", Double.class))
                            .build());
        });
        return headers.stream()
                .map(header -> header.lines(lines.getOrDefault(header.code(), List.of()))
                        .counters(counters.getOrDefault(header.code(), List.of()))
                        .openings(openings.getOrDefault(header.code(), List.of()))
                        .build())
                .toList();
    }

    private static ServicePointBuilder header(ResultSet rs, int row) throws SQLException {
        return ServicePointBuilder.builder()
                .code(rs.getString("code"))
                .kind(PointKind.valueOf(rs.getString("kind")))
                .nameVi(rs.getString("name_vi"))
                .nameEn(rs.getString("name_en"))
                .wardCode(rs.getString("ward_code"))
                .wardName(rs.getString("ward_name"))
                .unitCode(rs.getString("unit_code"))
                .address(rs.getString("address"))
                .lat(rs.getObject("lat", Double.class))
                .lon(rs.getObject("lon", Double.class))
                .version(rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
