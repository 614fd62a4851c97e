package org.opencity.procedure.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.opencity.procedure.FormField;
import org.opencity.procedure.FormFieldType;
import org.springframework.core.io.ClassPathResource;

/** The CSV files in {@code data/procedure} (see the README there), read as the loader needs them. */
final class SeedFiles {

    static final String DIR = "data/procedure/";
    static final String COMMON = "vn_procedures_common_citizen.csv";
    static final String COMMUNE_LEVEL = "vn_procedures_commune_level.csv";
    static final String PORTAL = "vn_procedures_dvc.csv";
    static final String COMMUNE_PAPERS = "vn_procedures_commune_level_papers.csv";
    static final String DEFENCE = "vn_procedures_bqp_defence.csv";

    private SeedFiles() {}

    static List<CSVRecord> read(String file) throws IOException {
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

    /** Procedure code → the commune-level detail's own columns (papers, fee notes, receiving address). */
    static Map<String, CSVRecord> communePapers() throws IOException {
        Map<String, CSVRecord> papers = new LinkedHashMap<>();
        for (CSVRecord row : read(COMMUNE_PAPERS)) {
            papers.put(row.get("procedure_code"), row);
        }
        return papers;
    }

    /** Procedure code → English name, for the everyday procedures. */
    static Map<String, String> englishNames() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (CSVRecord row : read("names_en.csv")) {
            names.put(row.get("procedure_code"), row.get("name_en"));
        }
        return names;
    }

    /** Procedure code → its form, for the procedures that have one written for them. */
    static Map<String, List<FormField>> forms() throws IOException {
        Map<String, List<FormField>> forms = new LinkedHashMap<>();
        for (CSVRecord row : read("form_fields.csv")) {
            String options = row.get("options");
            FormField field = new FormField(
                    row.get("name"),
                    row.get("label_vi"),
                    row.get("label_en"),
                    FormFieldType.valueOf(row.get("type")),
                    Boolean.parseBoolean(row.get("required")),
                    options.isBlank() ? List.of() : List.of(options.split("\\|")));
            forms.computeIfAbsent(row.get("procedure_code"), code -> new java.util.ArrayList<>())
                    .add(field);
        }
        return forms;
    }
}
