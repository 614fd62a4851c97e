package org.opencity.procedure.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.opencity.shared.VietnameseText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the procedures catalogue from {@code data/procedure}: the everyday resident procedures first, then the
 * other ward-level ones, their fields, English names, forms and life events. Flyway runs it exactly once, as the
 * procedure module's migration 2 (it was migration 11 of the single history before ADR 11). Not a bean: the platform's
 * {@code ModuleMigrations} finds it in this module's package, so every context has it, even a module test.
 */
class V2__LoadProcedures extends BaseJavaMigration {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, String> fieldCodes = loadFields(connection);
        SeedProcedure.Extras extras = new SeedProcedure.Extras(fieldCodes, SeedFiles.englishNames(), SeedFiles.forms());
        Set<String> loaded = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into prc_procedure (code, name_vi, name_en, name_folded, search_folded, field_code, level,
                    implementing_unit, unit_kind, processing_days, processing_time_text, fee_text, fee_vnd,
                    online_fee_vnd, documents, form_fields, online_level, legal_basis, result,
                    minimum_identity_level, common, source_url)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?)""")) {
            for (String file : List.of(SeedFiles.COMMON, SeedFiles.COMMUNE_LEVEL)) {
                for (CSVRecord row : SeedFiles.read(file)) {
                    if (loaded.add(row.get("procedure_code"))) {
                        insert(insert, SeedProcedure.from(row, file.equals(SeedFiles.COMMON), extras));
                    }
                }
            }
            insert.executeBatch();
        }
        loadLifeEvents(connection, loaded);
    }

    private Map<String, String> loadFields(Connection connection) throws IOException, SQLException {
        Map<String, String> codes = new HashMap<>();
        try (PreparedStatement insert =
                connection.prepareStatement("insert into prc_field (code, name_vi, name_en) values (?, ?, ?)")) {
            for (CSVRecord row : SeedFiles.read("fields.csv")) {
                codes.put(row.get("field_vi"), row.get("code"));
                insert.setString(1, row.get("code"));
                insert.setString(2, row.get("field_vi"));
                insert.setString(3, row.get("name_en"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return codes;
    }

    private void insert(PreparedStatement insert, SeedProcedure p) throws SQLException {
        insert.setString(1, p.code());
        insert.setString(2, p.nameVi());
        insert.setString(3, p.nameEn());
        insert.setString(4, VietnameseText.fold(p.nameVi()));
        insert.setString(5, p.searchText());
        insert.setString(6, p.fieldCode());
        insert.setString(7, p.level().name());
        insert.setString(8, p.implementingUnit());
        insert.setString(9, p.unitKind().name());
        setNullable(insert, 10, p.processingDays(), Types.INTEGER);
        insert.setString(11, p.processingTimeText());
        insert.setString(12, p.feeText());
        setNullable(insert, 13, p.feeVnd(), Types.BIGINT);
        setNullable(insert, 14, p.onlineFeeVnd(), Types.BIGINT);
        insert.setString(15, json.writeValueAsString(p.documents()));
        insert.setString(16, json.writeValueAsString(p.formFields()));
        insert.setString(17, p.onlineLevel().name());
        insert.setString(18, p.legalBasis());
        insert.setString(19, p.result());
        insert.setInt(20, p.minimumIdentityLevel());
        insert.setBoolean(21, p.common());
        insert.setString(22, p.sourceUrl());
        insert.addBatch();
    }

    private void loadLifeEvents(Connection connection, Set<String> loaded) throws IOException, SQLException {
        try (PreparedStatement event = connection.prepareStatement(
                        "insert into prc_life_event (code, name_vi, name_en, phrases_folded, sort_order) values (?, ?, ?, ?, ?)");
                PreparedStatement byCode = connection.prepareStatement("""
                        insert into prc_procedure_life_event (procedure_code, event_code, priority) values (?, ?, ?)
                        on conflict do nothing""");
                PreparedStatement byField = connection.prepareStatement("""
                        insert into prc_procedure_life_event (procedure_code, event_code)
                        select code, ? from prc_procedure where field_code = ? on conflict do nothing""")) {
            int order = 0;
            for (CSVRecord row : SeedFiles.read("life_events.csv")) {
                String code = row.get("code");
                event.setString(1, code);
                event.setString(2, row.get("name_vi"));
                event.setString(3, row.get("name_en"));
                event.setString(
                        4,
                        Stream.of(row.get("phrases").split("\\|"))
                                .map(VietnameseText::fold)
                                .collect(Collectors.joining("|")));
                event.setInt(5, ++order);
                event.execute();
                int priority = 0;
                for (String procedure : list(row.get("procedure_codes"))) {
                    if (loaded.contains(procedure)) {
                        byCode.setString(1, procedure);
                        byCode.setString(2, code);
                        byCode.setInt(3, ++priority);
                        byCode.execute();
                    }
                }
                for (String field : list(row.get("field_codes"))) {
                    byField.setString(1, code);
                    byField.setString(2, field);
                    byField.execute();
                }
            }
        }
        try (PreparedStatement index = connection.prepareStatement("""
                update prc_procedure p set search_folded = p.search_folded || ' ' || t.words
                from (select pe.procedure_code, string_agg(replace(e.phrases_folded, '|', ' '), ' ') as words
                      from prc_procedure_life_event pe join prc_life_event e on e.code = pe.event_code
                      group by pe.procedure_code) t
                where t.procedure_code = p.code""")) {
            index.execute();
        }
    }

    private static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        for (String item : cell.split(";")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    private static void setNullable(PreparedStatement statement, int index, Number value, int type)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value, type);
        }
    }
}
