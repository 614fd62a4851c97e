package org.opencity.dossier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencity.document.AdministrativeDocument;
import org.opencity.document.DocumentComposer;
import org.opencity.document.DocumentSigner;
import org.opencity.dossier.DossierAction;
import org.opencity.dossier.DossierDocument;
import org.opencity.dossier.DossierStep;
import org.opencity.dossier.OneStopForm;
import org.opencity.identity.UnitId;
import org.opencity.identity.Units;
import org.opencity.shared.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the one-stop papers and the result as PDFs, and signs the result with the issuing unit's certificate.
 */
@Component
public class OneStopForms {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

    private final DocumentComposer composer;
    private final DocumentSigner signer;
    private final Units units;
    private final String baseUrl;

    OneStopForms(
            DocumentComposer composer,
            DocumentSigner signer,
            Units units,
            @Value("${opencity.base-url}") String baseUrl) {
        this.composer = composer;
        this.signer = signer;
        this.units = units;
        this.baseUrl = baseUrl;
    }

    public byte[] form(OneStopForm form, DossierRecord d, List<DossierStep> history, List<DossierDocument> documents) {
        AdministrativeDocument.Builder doc = header(d, form.title() + " (Mẫu số " + form.formNumber() + ")");
        doc.field("Mã hồ sơ", d.code())
                .field("Người nộp hồ sơ", d.applicantName())
                .field("Thủ tục", d.procedureName() + " (" + d.procedureCode() + ")");
        switch (form) {
            case RECEIPT -> {
                doc.field("Thời điểm tiếp nhận", when(d.receivedAt())).field("Hẹn trả kết quả", when(d.dueAt()));
                documents.forEach(file -> doc.field("Giấy tờ đã nhận", file.fileName()));
                doc.paragraph("Tra cứu tình trạng hồ sơ tại " + baseUrl + "/dossiers/status với mã hồ sơ và 4 số cuối"
                        + " điện thoại của người nộp.");
            }
            case SUPPLEMENT ->
                doc.paragraph("Hồ sơ cần được bổ sung, hoàn thiện như sau: "
                                + lastNote(history, DossierAction.RETURN_FOR_SUPPLEMENT)
                                        .orElse(""))
                        .paragraph("Thời gian giải quyết tạm dừng cho đến khi hồ sơ được nộp bổ sung.");
            case NOT_ACCEPTED ->
                doc.paragraph("Cơ quan không tiếp nhận hồ sơ với lý do: "
                        + Optional.ofNullable(d.closedReason()).orElse(""));
            case APOLOGY ->
                doc.paragraph("Cơ quan xin lỗi ông/bà vì hồ sơ chưa được giải quyết đúng hẹn. Lý do: "
                                + lastNote(history, DossierAction.APOLOGISE).orElse(""))
                        .field("Ngày hẹn trả kết quả mới", when(d.dueAt()));
            case CONTROL_SHEET ->
                history.forEach(step -> doc.field(
                        when(step.at()),
                        step.action() + " → " + step.to() + (step.actorName() == null ? "" : " — " + step.actorName())
                                + (step.note() == null ? "" : ": " + step.note())));
        }
        return composer.compose(
                doc.signatory("Người tiếp nhận", "Bộ phận Một cửa").build());
    }

    /** The result with legal value: composed, then signed by the unit handling the dossier. */
    byte[] signedResult(DossierRecord d, java.util.Map<String, String> labelledValues, Locale locale) {
        AdministrativeDocument.Builder doc = header(d, "Kết quả giải quyết thủ tục hành chính")
                .number(d.code() + "/KQ")
                .paragraph("Căn cứ hồ sơ số " + d.code() + " và quy định của pháp luật, cơ quan giải quyết thủ tục "
                        + d.procedureName() + " (mã " + d.procedureCode() + ") cho:")
                .field("Người đề nghị", d.applicantName());
        labelledValues.forEach(doc::field);
        doc.paragraph("Kết quả này được ký số và có giá trị pháp lý như bản giấy.")
                .verificationUrl(baseUrl + "/api/v1/documents/verify");
        String unit =
                units.byId(new UnitId(d.unitId())).map(u -> u.name(locale)).orElse("OpenCity");
        byte[] pdf = composer.compose(doc.signatory("Thủ trưởng cơ quan", unit).build());
        return signer.sign(pdf, new UnitId(d.unitId()), "Kết quả hồ sơ " + d.code(), "Hà Nội");
    }

    private AdministrativeDocument.Builder header(DossierRecord d, String title) {
        String unit = units.byId(new UnitId(d.unitId())).map(u -> u.nameVi()).orElse("OpenCity");
        return AdministrativeDocument.builder()
                .parentAuthority("UBND Thành phố Hà Nội")
                .issuingUnit(unit)
                .number(d.code())
                .issued("Hà Nội", LocalDate.now(WorkingCalendar.VIETNAM))
                .title(title);
    }

    private static Optional<String> lastNote(List<DossierStep> history, DossierAction action) {
        return history.stream()
                .filter(s -> s.action() == action && s.note() != null)
                .max(Comparator.comparing(DossierStep::at))
                .map(DossierStep::note);
    }

    private static String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant.atZone(WorkingCalendar.VIETNAM));
    }
}
