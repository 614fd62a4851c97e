package org.opencity.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opencity.dossier.DossierStatus;
import org.opencity.dossier.DossierView;
import org.opencity.dossier.NewDossier;
import org.opencity.dossier.Payment;
import org.opencity.identity.Account;
import org.opencity.identity.Unit;
import org.opencity.platform.InvalidRequest;
import org.opencity.procedure.Procedure;
import org.springframework.stereotype.Component;

/**
 * What a resident fills in before sending: the draft itself (for a procedure done online, by someone verified
 * enough, at their ward's one-stop desk), its form values, and whether it is complete enough to send.
 */
@Component
public class DossierDrafts {

    private final DossierRepository dossiers;
    private final DocumentRepository documents;
    private final DossierProcedures procedures;
    private final DossierParties parties;
    private final DossierClock clock;

    DossierDrafts(
            DossierRepository dossiers,
            DocumentRepository documents,
            DossierProcedures procedures,
            DossierParties parties,
            DossierClock clock) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.procedures = procedures;
        this.parties = parties;
        this.clock = clock;
    }

    /** A new draft, or the one this submission key already started. */
    public DossierRecord start(NewDossier request) {
        if (request.submissionKey() != null) {
            Optional<DossierRecord> existing =
                    dossiers.bySubmissionKey(request.applicant().value(), request.submissionKey());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Procedure procedure = procedures.procedure(request.procedureCode());
        if (!procedure.onlineCapable()) {
            throw new NotOnline(procedure.code());
        }
        Account applicant = parties.account(request.applicant());
        if (applicant.identityLevel() < procedure.minimumIdentityLevel()) {
            throw new IdentityLevelTooLow(procedure.minimumIdentityLevel());
        }
        String ward = request.wardCode() == null || request.wardCode().isBlank()
                ? applicant.homeWardCode()
                : request.wardCode().trim();
        Unit desk = parties.deskOf(ward).orElseThrow(() -> new InvalidRequest("problem.dossier.ward"));
        Instant now = clock.now();
        Long fee = procedure.onlineFeeVnd() != null ? procedure.onlineFeeVnd() : procedure.feeVnd();
        DossierRecord draft = DossierRecordBuilder.builder()
                .id(UUID.randomUUID())
                .code(dossiers.nextCode())
                .procedureCode(procedure.code())
                .procedureName(procedure.name(Locale.forLanguageTag("vi")))
                .wardCode(ward)
                .unitId(desk.id().value())
                .applicantId(applicant.id().value())
                .applicantName(applicant.displayName())
                .phoneLast4(lastDigits(applicant.phone()))
                .formData(DossierProcedures.cleaned(procedure, request.form(), false))
                .status(DossierStatus.DRAFT)
                .feeVnd(fee)
                .payment(fee != null && fee == 0 ? Payment.FREE : Payment.UNPAID)
                .processingDays(procedure.processingDays())
                .submissionKey(request.submissionKey())
                .createdAt(now)
                .updatedAt(now)
                .build();
        dossiers.insert(draft);
        return draft;
    }

    /** The values of the procedure's fields among {@code form}, trimmed; none is required yet. */
    public Map<String, String> form(DossierRecord dossier, Map<String, String> form) {
        return DossierProcedures.cleaned(procedures.procedure(dossier.procedureCode()), form, false);
    }

    /** Every required field and paper there, and the fee paid or an exemption claimed. */
    public void checkComplete(DossierRecord dossier) {
        Procedure procedure = procedures.procedure(dossier.procedureCode());
        DossierProcedures.cleaned(procedure, dossier.formData(), true);
        List<String> missing =
                DossierProcedures.requirements(procedure.documents(), documents.of(dossier.id())).stream()
                        .filter(r -> r.required() && !r.answered())
                        .map(DossierView.Requirement::name)
                        .toList();
        if (!missing.isEmpty()) {
            throw new MissingDocuments(String.join("; ", missing));
        }
        if (!dossier.payment().settled()) {
            throw new FeeNotSettled(dossier.feeVnd());
        }
    }

    private static String lastDigits(String phone) {
        return phone == null || phone.length() < 4 ? null : phone.substring(phone.length() - 4);
    }
}
