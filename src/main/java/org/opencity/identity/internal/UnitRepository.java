package org.opencity.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitId;
import org.opencity.identity.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UnitRepository {

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Unit> byCode(String code) {
        return jdbc.sql("select * from idn_unit where code = :code")
                .param("code", code)
                .query(UnitRepository::unit)
                .optional();
    }

    public Optional<Unit> byId(UnitId id) {
        return jdbc.sql("select * from idn_unit where id = :id")
                .param("id", id.value())
                .query(UnitRepository::unit)
                .optional();
    }

    public List<Unit> list(UnitKind kind, String wardCode) {
        return jdbc.sql("""
                select * from idn_unit where (cast(:kind as text) is null or kind = :kind)
                and (cast(:ward as text) is null or ward_code = :ward) order by kind, code""")
                .param("kind", kind == null ? null : kind.name())
                .param("ward", wardCode)
                .query(UnitRepository::unit)
                .list();
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        return new Unit(
                new UnitId(rs.getObject("id", UUID.class)),
                rs.getString("code"),
                rs.getString("name_vi"),
                rs.getString("name_en"),
                UnitKind.valueOf(rs.getString("kind")),
                rs.getString("ward_code"));
    }
}
