package org.opencity.procedure.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.opencity.procedure.ProcedureField;

/**
 * The fields (lĩnh vực) of the whole catalogue: those V2 loaded ({@code fields.csv}) and those the ministries' and
 * the city's procedures add ({@code fields_whole_catalogue.csv}), each found by every spelling the sources use
 * ('Khoa học công nghệ' and 'Khoa học và Công nghệ' are one field).
 */
final class CatalogueFields {

    private final Map<String, ProcedureField> bySourceName;

    private CatalogueFields(Map<String, ProcedureField> bySourceName) {
        this.bySourceName = bySourceName;
    }

    /**
     * Adds the fields that are not there yet and gives an English name to those V2 loaded without one (an existing
     * name is kept), then reads them back.
     */
    static CatalogueFields load(Connection connection) throws IOException, SQLException {
        Map<String, String> codes = new HashMap<>();
        for (CSVRecord row : SeedFiles.read("fields.csv")) {
            codes.put(row.get("field_vi"), row.get("code"));
        }
        try (PreparedStatement insert = connection.prepareStatement(
                        "insert into prc_field (code, name_vi, name_en) values (?, ?, ?) on conflict (code) do nothing");
                PreparedStatement name = connection.prepareStatement(
                        "update prc_field set name_en = ? where code = ? and name_en = ''")) {
            for (CSVRecord row : SeedFiles.read("fields_whole_catalogue.csv")) {
                String code = row.get("code");
                insert.setString(1, code);
                insert.setString(2, row.get("name_vi"));
                insert.setString(3, row.get("name_en"));
                insert.addBatch();
                name.setString(1, row.get("name_en"));
                name.setString(2, code);
                name.addBatch();
                codes.put(row.get("name_vi"), code);
                for (String spelling : row.get("source_names").split(";")) {
                    if (!spelling.isBlank()) {
                        codes.put(spelling.trim(), code);
                    }
                }
            }
            insert.executeBatch();
            name.executeBatch();
        }
        Map<String, ProcedureField> fields = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select code, name_vi, name_en from prc_field");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                fields.put(
                        rs.getString("code"),
                        new ProcedureField(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en")));
            }
        }
        Map<String, ProcedureField> bySourceName = new HashMap<>();
        codes.forEach((spelling, code) -> bySourceName.put(spelling, fields.get(code)));
        return new CatalogueFields(bySourceName);
    }

    /** The field a source names; an unknown name stops the load, so a new field gets its English name on purpose. */
    ProcedureField named(String sourceName) {
        ProcedureField field = bySourceName.get(sourceName);
        if (field == null) {
            throw new IllegalArgumentException("The field '" + sourceName + "' is in no fields file of data/procedure");
        }
        return field;
    }
}
