package org.opencity.procedure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.opencity.identity.UnitKind;
import org.opencity.procedure.FormField;
import org.opencity.procedure.FormFieldType;
import org.opencity.procedure.OnlineLevel;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.procedure.RequiredDocument;

/**
 * One procedure as the loader makes it from a row of the portal crawl, with the judgement calls in one place:
 * level, handling unit, online level and the identity level a resident needs.
 */
record SeedProcedure(
        String code,
        String nameVi,
        String nameEn,
        String fieldCode,
        ProcedureLevel level,
        String implementingUnit,
        UnitKind unitKind,
        Integer processingDays,
        String processingTimeText,
        String feeText,
        Long feeVnd,
        Long onlineFeeVnd,
        List<RequiredDocument> documents,
        List<FormField> formFields,
        OnlineLevel onlineLevel,
        String legalBasis,
        String result,
        int minimumIdentityLevel,
        boolean common,
        String sourceUrl,
        String searchText) {

    static final String TEMPLATE_FILE = "to-khai.txt";
    private static final String DECLARATION = "Tờ khai";
    // Fields whose procedures concern a person's own status or property: an unverified account cannot apply.
    private static final Set<String> VERIFIED_PERSON_FIELDS = Set.of(
            "civil-status",
            "residence",
            "identity-card",
            "judicial-record",
            "land",
            "adoption",
            "vehicle-registration");
    static final FormField DETAILS = new FormField(
            "details", "Nội dung yêu cầu", "What you are asking for", FormFieldType.TEXT, true, List.of());

    record Extras(
            Map<String, String> fieldCodes, Map<String, String> englishNames, Map<String, List<FormField>> forms) {}

    static SeedProcedure from(CSVRecord row, boolean common, Extras extras) {
        String code = row.get("procedure_code");
        String nameVi = row.get("procedure_name").trim();
        String nameEn = extras.englishNames().getOrDefault(code, "");
        String fieldVi = row.get("field");
        String fieldCode = extras.fieldCodes().get(fieldVi);
        ProcedureLevel level = row.get("level").contains("Cấp xã") ? ProcedureLevel.WARD : ProcedureLevel.PROVINCE;
        ChannelTimeFee channels = ChannelTimeFee.parse(row.get("channels_time_fee"));
        ChannelTimeFee.Channel reference = channels.reference();
        OnlineLevel online = onlineLevel(nameVi, channels);
        List<FormField> form = extras.forms().get(code);
        List<RequiredDocument> documents = DocumentList.parse(row.get("required_documents"));
        return new SeedProcedure(
                code,
                nameVi,
                nameEn,
                fieldCode,
                level,
                unit(row, level),
                level == ProcedureLevel.WARD ? UnitKind.SERVICE_CENTRE : UnitKind.CITY_DEPARTMENT,
                reference.days(),
                orUnknown(channels.timeText()),
                feeText(channels, row.get("fee_notes")),
                reference.feeVnd(),
                channels.onlineFee(),
                form == null ? documents : withTemplate(documents),
                form == null ? List.of(DETAILS) : form,
                online,
                row.get("legal_basis_codes").trim(),
                row.get("result").trim(),
                identityLevel(online, fieldCode),
                common,
                row.get("source_url"),
                SearchText.of(nameVi, nameEn, fieldVi, row.get("result")));
    }

    /**
     * The portal does not say how far a procedure is online, only through which channels it is received. Read as:
     * 'toàn trình' in the name, or online with the result sent by post: fully online; online without post:
     * partly; no online channel: information only. Administrators correct single procedures.
     */
    static OnlineLevel onlineLevel(String name, ChannelTimeFee channels) {
        if (!channels.offers(ChannelTimeFee.ONLINE)) {
            return OnlineLevel.INFORMATION_ONLY;
        }
        return name.toLowerCase().contains("toàn trình") || channels.offers(ChannelTimeFee.POST)
                ? OnlineLevel.FULL_ONLINE
                : OnlineLevel.PARTLY_ONLINE;
    }

    static int identityLevel(OnlineLevel online, String fieldCode) {
        if (online == OnlineLevel.INFORMATION_ONLY) {
            return 0;
        }
        return VERIFIED_PERSON_FIELDS.contains(fieldCode) ? 2 : 1;
    }

    private static String unit(CSVRecord row, ProcedureLevel level) {
        for (String column : List.of("implementing_agency", "competent_agency")) {
            String value = row.get(column).trim().replaceAll("\\.$", "");
            if (!value.isEmpty()) {
                return value;
            }
        }
        return level == ProcedureLevel.WARD
                ? "Ủy ban nhân dân phường, xã (Trung tâm phục vụ hành chính công)"
                : "Cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố";
    }

    private static String feeText(ChannelTimeFee channels, String notes) {
        String perChannel = channels.feeText();
        String cleaned = notes == null ? "" : notes.trim();
        return perChannel.isEmpty() ? orUnknown(cleaned) : cleaned.isEmpty() ? perChannel : perChannel + "\n" + cleaned;
    }

    /** Procedures with a form written for them get a blank declaration to download, on their declaration line. */
    private static List<RequiredDocument> withTemplate(List<RequiredDocument> documents) {
        List<RequiredDocument> withTemplate = new ArrayList<>();
        boolean attached = false;
        for (RequiredDocument document : documents) {
            if (!attached && document.name().startsWith(DECLARATION)) {
                withTemplate.add(new RequiredDocument(document.name(), document.copies(), TEMPLATE_FILE));
                attached = true;
            } else {
                withTemplate.add(document);
            }
        }
        if (!attached) {
            withTemplate.add(0, new RequiredDocument(DECLARATION + " (theo mẫu)", 1, TEMPLATE_FILE));
        }
        return withTemplate;
    }

    /** Blank when the source says nothing; pages then say "not stated" in the reader's language. */
    private static String orUnknown(String text) {
        return text == null ? "" : text.trim();
    }
}
