package org.opencity.procedure.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.opencity.procedure.OnlineLevel;
import org.opencity.procedure.ProcedureField;
import org.opencity.shared.VietnameseText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the whole national catalogue (issue 12): every procedure of the portal crawl and of the Ministry of Defence's
 * files that V2 did not load, as information with where to go (OpenCity receives none of them online), and gives
 * every procedure, V2's too, its managing body, receiving address and whether it is online elsewhere (the national
 * portal).
 * The level, names and everything an administrator may have corrected in V2's procedures are kept: V2 read their
 * level the same way (the nearest listed). Batched, so that it takes a second or two in every test context.
 */
class V4__LoadWholeCatalogue extends BaseJavaMigration {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        CatalogueFields fields = CatalogueFields.load(connection);
        Set<String> loaded = codes(connection);
        try (PreparedStatement insert = connection.prepareStatement("""
                        insert into prc_procedure (code, name_vi, name_en, name_folded, search_folded, field_code, level,
                            managing_body, implementing_unit, unit_kind, receiving_address, online_elsewhere,
                            processing_days, processing_time_text, fee_text, fee_vnd, online_fee_vnd, documents,
                            form_fields, online_level, legal_basis, result, minimum_identity_level, common, source_url)
                        values (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), '[]', ?, ?, ?, 0,
                            false, ?)""");
                PreparedStatement facts = connection.prepareStatement("""
                        update prc_procedure set managing_body = ?, receiving_address = ?, online_elsewhere = ?
                        where code = ?""")) {
            for (CatalogueEntry entry : entries()) {
                if (loaded.contains(entry.code())) {
                    addFacts(facts, entry);
                } else {
                    insert(insert, entry, fields.named(entry.sourceField()));
                }
            }
            insert.executeBatch();
            facts.executeBatch();
        }
        // Eight times the rows: the search's plans need statistics before autovacuum gets round to it.
        try (PreparedStatement analyze = connection.prepareStatement("analyze prc_procedure")) {
            analyze.execute();
        }
    }

    /** The portal crawl, then the defence files; a code twice would be two procedures under one code. */
    private static List<CatalogueEntry> entries() throws Exception {
        Map<String, CSVRecord> papers = SeedFiles.communePapers();
        List<CatalogueEntry> entries = new ArrayList<>();
        for (CSVRecord row : SeedFiles.read(SeedFiles.PORTAL)) {
            entries.add(CatalogueEntry.fromPortal(row, papers.get(row.get("procedure_code"))));
        }
        for (CSVRecord row : SeedFiles.read(SeedFiles.DEFENCE)) {
            entries.add(CatalogueEntry.fromDefence(row));
        }
        Set<String> codes = new HashSet<>();
        for (CatalogueEntry entry : entries) {
            if (!codes.add(entry.code())) {
                throw new IllegalStateException("Procedure " + entry.code() + " is in data/procedure twice");
            }
        }
        return entries;
    }

    private static Set<String> codes(Connection connection) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("select code from prc_procedure");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private void insert(PreparedStatement insert, CatalogueEntry p, ProcedureField field) throws SQLException {
        insert.setString(1, p.code());
        insert.setString(2, p.nameVi());
        insert.setString(3, VietnameseText.fold(p.nameVi()));
        // As an administrator's edit indexes it (ProcedureAdministration): names, field and result.
        insert.setString(4, SearchText.of(p.nameVi(), field.nameVi(), p.result()));
        insert.setString(5, field.code());
        insert.setString(6, p.level().name());
        insert.setString(7, p.managingBody());
        insert.setString(8, p.implementingUnit());
        insert.setString(9, p.unitKind() == null ? null : p.unitKind().name());
        insert.setString(10, p.receivingAddress());
        insert.setBoolean(11, p.onlineElsewhere());
        setNullable(insert, 12, p.processingDays(), Types.INTEGER);
        insert.setString(13, p.processingTimeText());
        insert.setString(14, p.feeText());
        setNullable(insert, 15, p.feeVnd(), Types.BIGINT);
        setNullable(insert, 16, p.onlineFeeVnd(), Types.BIGINT);
        insert.setString(17, json.writeValueAsString(p.documents()));
        insert.setString(18, OnlineLevel.INFORMATION_ONLY.name());
        insert.setString(19, p.legalBasis());
        insert.setString(20, p.result());
        insert.setString(21, p.sourceUrl());
        insert.addBatch();
    }

    private static void addFacts(PreparedStatement facts, CatalogueEntry p) throws SQLException {
        facts.setString(1, p.managingBody());
        facts.setString(2, p.receivingAddress());
        facts.setBoolean(3, p.onlineElsewhere());
        facts.setString(4, p.code());
        facts.addBatch();
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
