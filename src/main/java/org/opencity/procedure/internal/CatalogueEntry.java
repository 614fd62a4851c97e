package org.opencity.procedure.internal;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.opencity.identity.UnitKind;
import org.opencity.procedure.ProcedureLevel;
import org.opencity.procedure.RequiredDocument;

/**
 * One procedure of the national catalogue as {@code V4__LoadWholeCatalogue} reads it, from the portal crawl or from
 * the Ministry of Defence's files, with the facts every procedure gets: level, managing body and where to go. Online
 * application is not among them: OpenCity receives only the procedures loaded with a form (V2).
 *
 * @param sourceField the field (lĩnh vực) as the source spells it
 * @param receivingAddress null when the source gives none, or gives another province's office
 */
@RecordBuilder
record CatalogueEntry(
        String code,
        String nameVi,
        String sourceField,
        ProcedureLevel level,
        String managingBody,
        String implementingUnit,
        UnitKind unitKind,
        String receivingAddress,
        boolean onlineElsewhere,
        Integer processingDays,
        String processingTimeText,
        String feeText,
        Long feeVnd,
        Long onlineFeeVnd,
        List<RequiredDocument> documents,
        String legalBasis,
        String result,
        String sourceUrl) {

    static final String DEFENCE_MINISTRY = "Bộ Quốc phòng";

    // "…công tỉnh (số 02, đường Nguyễn Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh)": the crawl copied one province's
    // own record for a few procedures. Hanoi is a city, so an address naming a province is somewhere else.
    private static final Pattern NAMED_PROVINCE = Pattern.compile("\\btỉnh\\s+\\p{Lu}");

    /** A row of the portal crawl, with the commune-level detail's papers when it has that row (else null). */
    static CatalogueEntry fromPortal(CSVRecord row, CSVRecord papers) {
        ProcedureLevel level = SourceLevel.read(row.get("level"));
        String managingBody = row.get("managing_body").trim();
        ChannelTimeFee channels = ChannelTimeFee.parse(row.get("channels_time_fee"));
        return common(row, level, managingBody, channels)
                .receivingAddress(papers == null ? null : address(papers.get("receiving_address")))
                .feeText(feeText(channels, papers == null ? "" : papers.get("fee_notes")))
                .documents(papers == null ? List.of() : DocumentList.parse(papers.get("required_documents")))
                .legalBasis(row.get("legal_basis_codes").trim())
                .sourceUrl(blankToNull(row.get("source_url")))
                .build();
    }

    /** A row of the Ministry of Defence's files: no managing-body column (it is the ministry) and no source page. */
    static CatalogueEntry fromDefence(CSVRecord row) {
        ProcedureLevel level = SourceLevel.read(row.get("level"));
        ChannelTimeFee channels = ChannelTimeFee.parse(row.get("channels_time_fee"));
        return common(row, level, DEFENCE_MINISTRY, channels)
                .receivingAddress(address(row.get("receiving_address")))
                .feeText(feeText(channels, ""))
                .documents(DocumentList.parse(row.get("required_documents")))
                .legalBasis(row.get("legal_basis").trim())
                .sourceUrl(null)
                .build();
    }

    private static CatalogueEntryBuilder common(
            CSVRecord row, ProcedureLevel level, String managingBody, ChannelTimeFee channels) {
        ChannelTimeFee.Channel reference = channels.reference();
        return CatalogueEntryBuilder.builder()
                .code(row.get("procedure_code").trim())
                .nameVi(row.get("procedure_name").trim())
                .sourceField(row.get("field").trim())
                .level(level)
                .managingBody(managingBody)
                .implementingUnit(unit(row, level, managingBody))
                .unitKind(unitKind(level))
                .onlineElsewhere(channels.offers(ChannelTimeFee.ONLINE))
                .processingDays(reference.days())
                .processingTimeText(stated(channels, ChannelTimeFee.Channel::timeText))
                .feeVnd(reference.feeVnd())
                .onlineFeeVnd(channels.onlineFee())
                .result(row.get("result").trim());
    }

    /** The kind of city unit that receives it, as V2 gave the ward and city procedures; none for a ministry's. */
    static UnitKind unitKind(ProcedureLevel level) {
        return switch (level) {
            case WARD -> UnitKind.SERVICE_CENTRE;
            case PROVINCE -> UnitKind.CITY_DEPARTMENT;
            case MINISTRY -> null;
        };
    }

    static String address(String text) {
        String address = blankToNull(text);
        return address == null || NAMED_PROVINCE.matcher(address).find() ? null : address;
    }

    private static String unit(CSVRecord row, ProcedureLevel level, String managingBody) {
        for (String column : List.of("implementing_agency", "competent_agency")) {
            String value = row.get(column).trim().replaceAll("\\.$", "");
            if (!value.isEmpty()) {
                return value;
            }
        }
        return switch (level) {
            case WARD -> "Ủy ban nhân dân phường, xã (Trung tâm phục vụ hành chính công)";
            case PROVINCE -> "Cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố";
            case MINISTRY -> managingBody;
        };
    }

    /**
     * "Trực tiếp: 3 Ngày làm việc; Trực tuyến: 3 Ngày làm việc", each channel once, leaving out the channels that
     * state nothing (the defence files write "Trực tiếp: 3 Ngày làm việc; " when there is no fee).
     */
    private static String stated(ChannelTimeFee channels, Function<ChannelTimeFee.Channel, String> part) {
        return channels.channels().stream()
                .filter(channel -> !part.apply(channel).isBlank())
                .map(channel -> channel.name() + ": " + part.apply(channel))
                .distinct()
                .collect(Collectors.joining("; "));
    }

    private static String feeText(ChannelTimeFee channels, String notes) {
        String perChannel = stated(channels, ChannelTimeFee.Channel::feeText);
        String cleaned = notes == null ? "" : notes.trim();
        return perChannel.isEmpty() ? cleaned : cleaned.isEmpty() ? perChannel : perChannel + "\n" + cleaned;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
