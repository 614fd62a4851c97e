package org.opencity.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.opencity.dossier.internal.DossierDrafts;
import org.opencity.dossier.internal.DossierRecord;
import org.opencity.dossier.internal.DossierRepository;
import org.opencity.dossier.internal.DossierResults;
import org.opencity.dossier.internal.DossierSteps;
import org.opencity.dossier.internal.DossierViews;
import org.opencity.identity.AccountId;
import org.opencity.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident's side of a dossier: start it (a draft that survives an expired session), fill the form, pay or
 * claim exemption, submit, complete it when sent back, withdraw before processing, and rate the result.
 */
@Service
public class DossierManagement {

    private final DossierSteps steps;
    private final DossierDrafts drafts;
    private final DossierViews views;
    private final DossierResults results;
    private final DossierRepository dossiers;

    DossierManagement(
            DossierSteps steps,
            DossierDrafts drafts,
            DossierViews views,
            DossierResults results,
            DossierRepository dossiers) {
        this.steps = steps;
        this.drafts = drafts;
        this.views = views;
        this.results = results;
        this.dossiers = dossiers;
    }

    @Transactional
    public DossierView start(NewDossier request, Locale locale) {
        return views.view(drafts.start(request), false, locale);
    }

    @Transactional
    public DossierView updateForm(AccountId applicant, String code, Map<String, String> form, Locale locale) {
        DossierRecord before = mine(applicant, code);
        if (before.status() != DossierStatus.DRAFT && before.status() != DossierStatus.RETURNED) {
            throw new DossierStepNotAllowed(DossierAction.SUBMIT, before.status());
        }
        return views.view(steps.save(before.withForm(drafts.form(before, form))), false, locale);
    }

    /** Online payment through the demo provider (a real one plugs in here), or an exemption for the desk to check. */
    @Transactional
    public DossierView settleFee(AccountId applicant, String code, boolean claimExemption, Locale locale) {
        DossierRecord before = mine(applicant, code);
        if (before.payment() != Payment.UNPAID) {
            return views.view(before, false, locale);
        }
        DossierRecord after = claimExemption
                ? before.withPayment(Payment.EXEMPTION_CLAIMED, null)
                : before.withPayment(
                        Payment.PAID,
                        "DEMO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        return views.view(steps.save(after), false, locale);
    }

    @Transactional
    public DossierView submit(AccountId applicant, String code, Locale locale) {
        DossierRecord before = mine(applicant, code);
        if (before.status() == DossierStatus.SUBMITTED) {
            return views.view(before, false, locale); // a double click: already done
        }
        DossierStatus next = DossierAction.SUBMIT.next(before.status(), false);
        drafts.checkComplete(before);
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
        drafts.checkComplete(before);
        Instant now = steps.now();
        DossierRecord after = steps.clockResumed(before, now).withStatus(next, now);
        return views.view(
                steps.record(before, after, DossierAction.RESUBMIT, null, true, null, actor(before)), false, locale);
    }

    @Transactional
    public DossierView withdraw(AccountId applicant, String code, String reason, Locale locale) {
        DossierRecord before = mine(applicant, code);
        DossierStatus next = DossierAction.WITHDRAW.next(before.status(), false);
        Instant now = steps.now();
        DossierRecord after =
                before.withStatus(next, now).withMilestones(before.submittedAt(), now, null, null, trim(reason));
        return views.view(
                steps.record(before, after, DossierAction.WITHDRAW, trim(reason), true, null, actor(before)),
                false,
                locale);
    }

    @Transactional
    public void rate(AccountId applicant, String code, Rating rating) {
        DossierRecord dossier = mine(applicant, code);
        if (dossier.status() != DossierStatus.RESULT_ISSUED && dossier.status() != DossierStatus.DELIVERED) {
            throw new DossierStepNotAllowed(DossierAction.DELIVER, dossier.status());
        }
        if (!results.rate(dossier, rating.scores(), trim(rating.comment()), steps.now())) {
            throw new AlreadyRated(code);
        }
    }

    @Transactional(readOnly = true)
    public DossierView view(AccountId applicant, String code, Locale locale) {
        return views.view(mine(applicant, code), false, locale);
    }

    @Transactional(readOnly = true)
    public List<DossierSummary> mine(AccountId applicant) {
        return dossiers.ofApplicant(applicant.value(), 200).stream()
                .map(views::summary)
                .toList();
    }

    private DossierRecord mine(AccountId applicant, String code) {
        return steps.ownedBy(applicant, code);
    }

    private Actor actor(DossierRecord dossier) {
        return new Actor(new AccountId(dossier.applicantId()), dossier.applicantName(), List.of());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
