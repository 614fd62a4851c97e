package org.opencity.dossier;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.opencity.dossier.internal.DossierRecord;
import org.opencity.identity.Account;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.opencity.platform.InvalidRequest;
import org.opencity.procedure.FormField;
import org.opencity.procedure.Procedure;
import org.opencity.procedure.ProcedureCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident's side of a dossier: start it (a draft that survives an expired session), fill the form, pay or
 * claim exemption, submit, complete it when sent back, withdraw before processing, and rate the result.
 */
@Service
public class DossierManagement {

    private static final int MAX_VALUE = 2000;

    private final DossierSteps steps;
    private final DossierViews views;
    private final Units units;

    DossierManagement(DossierSteps steps, DossierViews views, Units units) {
        this.steps = steps;
        this.views = views;
        this.units = units;
    }

    @Transactional
    public DossierView start(NewDossier request, Locale locale) {
        if (request.submissionKey() != null) {
            var existing = steps.dossiers().bySubmissionKey(request.applicant().value(), request.submissionKey());
            if (existing.isPresent()) {
                return views.view(existing.get(), false, locale);
            }
        }
        Procedure procedure = views.with().procedures().get(ProcedureCode.of(request.procedureCode()));
        if (!procedure.onlineCapable()) {
            throw new NotOnline(procedure.code());
        }
        Account applicant = views.with().accounts().account(request.applicant());
        if (applicant.identityLevel() < procedure.minimumIdentityLevel()) {
            throw new IdentityLevelTooLow(procedure.minimumIdentityLevel());
        }
        String ward = request.wardCode() == null || request.wardCode().isBlank() ? applicant.homeWardCode()
                : request.wardCode().trim();
        Unit desk = ward == null ? null : units.ofWard(ward, UnitKind.SERVICE_CENTRE).orElse(null);
        if (desk == null) {
            throw new InvalidRequest("problem.dossier.ward");
        }
        Instant now = steps.now();
        Long fee = procedure.onlineFeeVnd() != null ? procedure.onlineFeeVnd() : procedure.feeVnd();
        DossierRecord draft = new DossierRecord(UUID.randomUUID(), steps.dossiers().nextCode(), procedure.code(),
                procedure.name(Locale.forLanguageTag("vi")), ward, desk.id().value(), applicant.id().value(),
                applicant.displayName(), lastDigits(applicant.phone()), cleaned(procedure, request.form(), false),
                DossierStatus.DRAFT, fee, fee != null && fee == 0 ? Payment.FREE : Payment.UNPAID,
                null, procedure.processingDays(), request.submissionKey(), null, now, null, null, null, null, null,
                null, null, null, null, now, 0);
        steps.dossiers().insert(draft);
        return views.view(draft, false, locale);
    }

    @Transactional
    public DossierView updateForm(AccountId applicant, String code, Map<String, String> form, Locale locale) {
        DossierRecord before = mine(applicant, code);
        if (before.status() != DossierStatus.DRAFT && before.status() != DossierStatus.RETURNED) {
            throw new DossierStepNotAllowed(DossierAction.SUBMIT, before.status());
        }
        Procedure procedure = views.with().procedures().get(ProcedureCode.of(before.procedureCode()));
        return views.view(steps.save(before.withForm(cleaned(procedure, form, false))), false, locale);
    }

    /** Online payment through the demo provider (a real one plugs in here), or an exemption for the desk to check. */
    @Transactional
    public DossierView settleFee(AccountId applicant, String code, boolean claimExemption, Locale locale) {
        DossierRecord before = mine(applicant, code);
        if (before.payment() != Payment.UNPAID) {
            return views.view(before, false, locale);
        }
        DossierRecord after = claimExemption ? before.withPayment(Payment.EXEMPTION_CLAIMED, null)
                : before.withPayment(Payment.PAID, "DEMO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        return views.view(steps.save(after), false, locale);
    }

    @Transactional
    public DossierView submit(AccountId applicant, String code, Locale locale) {
        DossierRecord before = mine(applicant, code);
        if (before.status() == DossierStatus.SUBMITTED) {
            return views.view(before, false, locale); // a double click: already done
        }
        DossierStatus next = DossierAction.SUBMIT.next(before.status(), false);
        checkComplete(before);
        Instant now = steps.now();
        DossierRecord after = before.withStatus(next, now).withMilestones(now, null, null, null, null);
        DossierRecord saved = steps.record(before, after, DossierAction.SUBMIT, null, true, null, actor(before));
        steps.publish(new DossierSubmitted(saved.code(), applicant, saved.procedureName()));
        return views.view(saved, false, locale);
    }

    @Transactional
    public DossierView resubmit(AccountId applicant, String code, Locale locale) {
        DossierRecord before = mine(applicant, code);
        boolean inProcessing = before.pausedAt() != null;
        DossierStatus next = DossierAction.RESUBMIT.next(before.status(), inProcessing);
        checkComplete(before);
        Instant now = steps.now();
        DossierRecord after = steps.clock().resume(before, now).withStatus(next, now);
        return views.view(steps.record(before, after, DossierAction.RESUBMIT, null, true, null, actor(before)), false,
                locale);
    }

    @Transactional
    public DossierView withdraw(AccountId applicant, String code, String reason, Locale locale) {
        DossierRecord before = mine(applicant, code);
        DossierStatus next = DossierAction.WITHDRAW.next(before.status(), false);
        Instant now = steps.now();
        DossierRecord after = before.withStatus(next, now).withMilestones(before.submittedAt(), now, null, null,
                trim(reason));
        return views.view(steps.record(before, after, DossierAction.WITHDRAW, trim(reason), true, null, actor(before)),
                false, locale);
    }

    @Transactional
    public void rate(AccountId applicant, String code, Rating rating) {
        DossierRecord dossier = mine(applicant, code);
        if (dossier.status() != DossierStatus.RESULT_ISSUED && dossier.status() != DossierStatus.DELIVERED) {
            throw new DossierStepNotAllowed(DossierAction.DELIVER, dossier.status());
        }
        if (!views.results().rate(dossier.id(), rating.scores(), trim(rating.comment()), steps.now())) {
            throw new AlreadyRated(code);
        }
    }

    @Transactional(readOnly = true)
    public DossierView view(AccountId applicant, String code, Locale locale) {
        return views.view(mine(applicant, code), false, locale);
    }

    @Transactional(readOnly = true)
    public List<DossierSummary> mine(AccountId applicant) {
        return steps.dossiers().ofApplicant(applicant.value(), 200).stream().map(views::summary).toList();
    }

    private DossierRecord mine(AccountId applicant, String code) {
        return DossierAccess.ownedBy(applicant, steps.find(code));
    }

    private void checkComplete(DossierRecord dossier) {
        Procedure procedure = views.with().procedures().get(ProcedureCode.of(dossier.procedureCode()));
        cleaned(procedure, dossier.formData(), true);
        List<String> missing = DossierViews.requirements(procedure.documents(), views.documents().of(dossier.id()))
                .stream()
                .filter(r -> r.required() && !r.answered()).map(DossierView.Requirement::name).toList();
        if (!missing.isEmpty()) {
            throw new MissingDocuments(String.join("; ", missing));
        }
        if (!dossier.payment().settled()) {
            throw new FeeNotSettled(dossier.feeVnd());
        }
    }

    /** Keeps the procedure's fields only, trimmed; on submission every required one must be there. */
    private static Map<String, String> cleaned(Procedure procedure, Map<String, String> form, boolean complete) {
        Map<String, String> values = new HashMap<>();
        for (FormField field : procedure.formFields()) {
            String value = form == null ? null : trim(form.get(field.name()));
            if (value != null && value.length() > MAX_VALUE) {
                throw new InvalidRequest("problem.dossier.value-too-long", field.labelVi(), MAX_VALUE);
            }
            if (value != null) {
                values.put(field.name(), value);
            } else if (complete && field.required()) {
                throw new MissingField(field.labelVi());
            }
        }
        return values;
    }

    private Actor actor(DossierRecord dossier) {
        return new Actor(new AccountId(dossier.applicantId()), dossier.applicantName(), List.of());
    }

    private static String lastDigits(String phone) {
        return phone == null || phone.length() < 4 ? null : phone.substring(phone.length() - 4);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
