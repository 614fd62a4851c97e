package org.opencity.procedure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencity.identity.UnitKind;
import org.opencity.platform.PageQuery;
import org.opencity.procedure.FormField;
import org.opencity.procedure.LifeEvent;
import org.opencity.procedure.OnlineLevel;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureBuilder;
import org.opencity.procedure.ProcedureField;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.procedure.RequiredDocument;
import org.opencity.shared.VietnameseText;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class ProcedureRepository {

    private static final String SELECT = """
            select p.*, f.name_vi as field_name_vi, f.name_en as field_name_en,
                   coalesce((select json_agg(json_build_object('code', e.code, 'nameVi', e.name_vi, 'nameEn', e.name_en)
                                             order by e.sort_order)
                             from prc_procedure_life_event pe join prc_life_event e on e.code = pe.event_code
                             where pe.procedure_code = p.code), '[]') as life_events
            from prc_procedure p join prc_field f on f.code = p.field_code
            """;

    // Every meaningful word starts a word of the indexed text, or the procedure belongs to a life event the
    // query named; then the filters.
    private static final String MATCHES = """
            where (:phrase = ''
                   or (select bool_and((' ' || p.search_folded) like '% ' || w || '%')
                       from unnest(string_to_array(:phrase, ' ')) w)
                   or exists (select 1 from prc_procedure_life_event q where q.procedure_code = p.code
                              and q.event_code = any(string_to_array(:queryEvents, ','))))
              and (cast(:field as text) is null or p.field_code = :field)
              and (cast(:level as text) is null or p.level = :level)
              and (cast(:event as text) is null or exists (select 1 from prc_procedure_life_event l
                   where l.procedure_code = p.code and l.event_code = :event))
            """;

    // The procedures of a life event the query named first (a phrase such as "mất" is better read as the event
    // than found inside "tuyên bố mất tích"), then the name holding the whole phrase, then every word in the name;
    // among equals the procedure the life event lists first, the everyday procedures, then the shortest name (the
    // plain procedure before its variants; of a procedure listed once per level, "(thực hiện tại cấp xã)" is shorter
    // than "cấp tỉnh" and "cấp trung ương"), then the office nearest the resident.
    private static final String RANK = """
            order by case when exists (select 1 from prc_procedure_life_event r where r.procedure_code = p.code
                                       and r.event_code = any(string_to_array(:queryEvents, ','))) then 0
                          when :phrase <> '' and (' ' || p.name_folded || ' ') like '% ' || :phrase || ' %' then 1
                          when :phrase <> '' and (select bool_and((' ' || p.name_folded) like '% ' || w || '%')
                                       from unnest(string_to_array(:phrase, ' ')) w) then 2
                          else 3 end,
                     (select min(r.priority) from prc_procedure_life_event r where r.procedure_code = p.code
                      and (r.event_code = any(string_to_array(:queryEvents, ',')) or r.event_code = :event)) nulls last,
                     p.common desc, length(p.name_vi),
                     case p.level when 'WARD' then 0 when 'PROVINCE' then 1 else 2 end, p.code
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProcedureRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Procedure> find(String code) {
        return jdbc.sql(SELECT + " where p.code = :code")
                .param("code", code)
                .query(this::procedure)
                .optional();
    }

    /** The whole catalogue by code, for whatever keeps its own copy (a search index). */
    public List<Procedure> all() {
        return jdbc.sql(SELECT + " order by p.code").query(this::procedure).list();
    }

    public List<Procedure> search(SearchPlan plan, PageQuery page) {
        return params(jdbc.sql(SELECT + MATCHES + RANK + " limit :limit offset :offset"), plan)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::procedure)
                .list();
    }

    public long count(SearchPlan plan) {
        return params(jdbc.sql("select count(*) from prc_procedure p " + MATCHES), plan)
                .query(Long.class)
                .single();
    }

    public long count() {
        return jdbc.sql("select count(*) from prc_procedure").query(Long.class).single();
    }

    public List<ProcedureField> fields() {
        return jdbc.sql("""
                select f.* from prc_field f where exists (select 1 from prc_procedure p where p.field_code = f.code)
                order by f.name_vi""")
                .query((rs, n) ->
                        new ProcedureField(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en")))
                .list();
    }

    public boolean fieldExists(String code) {
        return jdbc.sql("select count(*) from prc_field where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public ProcedureField field(String code) {
        return jdbc.sql("select * from prc_field where code = :code")
                .param("code", code)
                .query((rs, n) ->
                        new ProcedureField(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en")))
                .single();
    }

    /** Life events with their folded phrases, in display order. */
    public Map<LifeEvent, List<String>> lifeEvents() {
        Map<LifeEvent, List<String>> events = new LinkedHashMap<>();
        jdbc.sql("select * from prc_life_event order by sort_order").query((RowCallbackHandler) rs -> {
            events.put(
                    new LifeEvent(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en")),
                    List.of(rs.getString("phrases_folded").split("\\|")));
        });
        return events;
    }

    /** Saves a new version if nobody saved since {@code version}; false when someone did. */
    public boolean update(Procedure next, int version, String searchFolded) {
        int rows = jdbc.sql("""
                update prc_procedure set name_vi = :nameVi, name_en = :nameEn, name_folded = :nameFolded,
                    search_folded = :search, field_code = :field, level = :level, managing_body = :managingBody,
                    implementing_unit = :unit, unit_kind = :unitKind, receiving_address = :address, processing_days = :days, processing_time_text = :timeText,
                    fee_text = :feeText, fee_vnd = :fee, online_fee_vnd = :onlineFee,
                    documents = cast(:documents as jsonb), form_fields = cast(:formFields as jsonb),
                    online_level = :onlineLevel, legal_basis = :legalBasis, result = :result,
                    minimum_identity_level = :identityLevel, version = version + 1, updated_at = now()
                where code = :code and version = :version""")
                .param("nameVi", next.nameVi())
                .param("nameEn", next.nameEn())
                .param("nameFolded", VietnameseText.fold(next.nameVi()))
                .param("search", searchFolded)
                .param("field", next.field().code())
                .param("level", next.level().name())
                .param("managingBody", next.managingBody())
                .param("unit", next.implementingUnit())
                .param(
                        "unitKind",
                        next.unitKind() == null ? null : next.unitKind().name())
                .param("address", next.receivingAddress())
                .param("days", next.processingDays())
                .param("timeText", next.processingTimeText())
                .param("feeText", next.feeText())
                .param("fee", next.feeVnd())
                .param("onlineFee", next.onlineFeeVnd())
                .param("documents", json.writeValueAsString(next.documents()))
                .param("formFields", json.writeValueAsString(next.formFields()))
                .param("onlineLevel", next.onlineLevel().name())
                .param("legalBasis", next.legalBasis())
                .param("result", next.result())
                .param("identityLevel", next.minimumIdentityLevel())
                .param("code", next.code())
                .param("version", version)
                .update();
        if (rows == 1) {
            keepOnly(next.code(), next.lifeEvents());
        }
        return rows == 1;
    }

    /** Tags the procedure with exactly these events, keeping the priority of the tags it already had. */
    private void keepOnly(String code, List<LifeEvent> events) {
        String codes = String.join(",", events.stream().map(LifeEvent::code).toList());
        jdbc.sql("""
                delete from prc_procedure_life_event
                where procedure_code = :code and event_code <> all(string_to_array(:events, ','))""").param("code", code).param("events", codes).update();
        jdbc.sql("""
                insert into prc_procedure_life_event (procedure_code, event_code)
                select :code, e from unnest(string_to_array(:events, ',')) e on conflict do nothing""").param("code", code).param("events", codes).update();
    }

    private JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, SearchPlan plan) {
        return statement
                .param("phrase", plan.words().phrase())
                .param("queryEvents", String.join(",", plan.eventsInQuery()))
                .param("field", blankToNull(plan.fieldCode()))
                .param("level", plan.level() == null ? null : plan.level().name())
                .param("event", blankToNull(plan.lifeEventCode()));
    }

    private Procedure procedure(ResultSet rs, int row) throws SQLException {
        String unitKind = rs.getString("unit_kind");
        return ProcedureBuilder.builder()
                .code(rs.getString("code"))
                .nameVi(rs.getString("name_vi"))
                .nameEn(rs.getString("name_en"))
                .field(new ProcedureField(
                        rs.getString("field_code"), rs.getString("field_name_vi"), rs.getString("field_name_en")))
                .level(ProcedureLevel.valueOf(rs.getString("level")))
                .managingBody(rs.getString("managing_body"))
                .implementingUnit(rs.getString("implementing_unit"))
                .unitKind(unitKind == null ? null : UnitKind.valueOf(unitKind))
                .receivingAddress(rs.getString("receiving_address"))
                .onlineElsewhere(rs.getBoolean("online_elsewhere"))
                .processingDays((Integer) rs.getObject("processing_days"))
                .processingTimeText(rs.getString("processing_time_text"))
                .feeText(rs.getString("fee_text"))
                .feeVnd((Long) rs.getObject("fee_vnd"))
                .onlineFeeVnd((Long) rs.getObject("online_fee_vnd"))
                .documents(json.readValue(rs.getString("documents"), new TypeReference<List<RequiredDocument>>() {}))
                .formFields(json.readValue(rs.getString("form_fields"), new TypeReference<List<FormField>>() {}))
                .onlineLevel(OnlineLevel.valueOf(rs.getString("online_level")))
                .legalBasis(rs.getString("legal_basis"))
                .result(rs.getString("result"))
                .lifeEvents(json.readValue(rs.getString("life_events"), new TypeReference<List<LifeEvent>>() {}))
                .minimumIdentityLevel(rs.getInt("minimum_identity_level"))
                .sourceUrl(rs.getString("source_url"))
                .version(rs.getInt("version"))
                .updatedAt(rs.getTimestamp("updated_at").toInstant())
                .build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
