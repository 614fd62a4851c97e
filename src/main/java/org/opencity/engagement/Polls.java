package org.opencity.engagement;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.opencity.engagement.internal.PollCache;
import org.opencity.engagement.internal.PollRepository;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.Role;
import org.opencity.identity.RoleAssignment;
import org.opencity.identity.UnitId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The polls and surveys: everyone may list and read them; administrators create them for the city, and a ward's
 * officers for their own ward's residents. Who runs a poll publishes its final result once it has closed. Audited.
 */
@Service
public class Polls {

    static final int LIST_LIMIT = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    private final PollRepository repository;
    private final PollCache cache;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Polls(PollRepository repository, PollCache cache, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.cache = cache;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Bean
    static AuditActions engagementAuditActions() {
        return AuditActions.of("audit.module.engagement", EngagementAuditAction.class);
    }

    public Poll get(UUID id) {
        return cache.find(id).orElseThrow(PollNotFound::new);
    }

    public Optional<Poll> find(UUID id) {
        return cache.find(id);
    }

    /** Every poll and survey, newest first. */
    @Transactional(readOnly = true)
    public List<Poll> list() {
        return repository.list(LIST_LIMIT);
    }

    /** The polls this officer runs (all of them for the city's roles). */
    @Transactional(readOnly = true)
    public List<Poll> runBy(Actor officer) {
        return list().stream().filter(poll -> runs(officer, poll)).toList();
    }

    /** Whether the person runs this poll: the city's roles for every poll, a ward's officers for their ward's. */
    public static boolean runs(Actor person, Poll poll) {
        if (person == null) {
            return false;
        }
        if (person.hasRole(Role.ADMINISTRATOR) || person.hasRole(Role.CITY_OPERATOR)) {
            return true;
        }
        return poll.ownerUnitId() != null
                && person.assignments().stream()
                        .anyMatch(a -> a.role() == Role.WARD_OFFICER
                                && a.unitId() != null
                                && poll.ownerUnitId().equals(a.unitId().value()));
    }

    /**
     * Creates a poll or survey from a draft (its id, owner and publication are set here).
     *
     * @throws EngagementProblem a rule of the draft is broken, or the person may not create it (403, audited)
     */
    @Transactional
    public Poll create(Actor creator, Poll draft) {
        UUID owner = owner(creator, draft);
        check(draft);
        Poll poll = PollBuilder.builder(draft)
                .id(UUID.randomUUID())
                .ownerUnitId(owner)
                .publishedAt(null)
                .build();
        repository.insert(poll, creator.id().value(), clock.instant());
        audit.record(
                creator,
                EngagementAuditAction.POLL_CREATED,
                "poll",
                poll.id().toString(),
                owner == null ? null : new UnitId(owner),
                Map.of("title", poll.titleVi(), "kind", poll.kind().name()));
        return poll;
    }

    /** Publishes the final result of a closed poll and tells its voters. */
    @Transactional
    public Poll publish(Actor officer, UUID id) {
        Poll poll = get(id);
        requireRuns(officer, poll);
        Instant now = clock.instant();
        if (now.isBefore(poll.closesAt())) {
            throw EngagementProblem.conflict("problem.engagement.publish-before-close");
        }
        if (!repository.publish(id, officer.id().value(), now)) {
            throw EngagementProblem.conflict("problem.engagement.already-published");
        }
        cache.forgetAfterCommit(id);
        audit.record(
                officer,
                EngagementAuditAction.POLL_RESULT_PUBLISHED,
                "poll",
                id.toString(),
                poll.ownerUnitId() == null ? null : new UnitId(poll.ownerUnitId()),
                Map.of("title", poll.titleVi()));
        events.publishEvent(new PollResultPublished(id, poll.titleVi()));
        return repository.find(id).orElseThrow(PollNotFound::new);
    }

    /**
     * @throws EngagementProblem 403 when the person does not run the poll (the platform audits every refusal of a
     *     signed-in caller, after the request's transactions have ended: ACCESS_REFUSED)
     */
    public void requireRuns(Actor person, Poll poll) {
        if (!runs(person, poll)) {
            throw EngagementProblem.notEligible("problem.engagement.not-yours");
        }
    }

    private static UUID owner(Actor creator, Poll draft) {
        if (creator.hasRole(Role.ADMINISTRATOR)) {
            return null;
        }
        Optional<RoleAssignment> wardOfficer = creator.assignments().stream()
                .filter(a -> a.role() == Role.WARD_OFFICER && a.wardCode() != null)
                .filter(a -> draft.audience() == Audience.WARD_RESIDENTS
                        && a.wardCode().equals(draft.wardCode()))
                .findFirst();
        return wardOfficer
                .map(a -> a.unitId().value())
                .orElseThrow(() -> EngagementProblem.notEligible("problem.engagement.create-not-allowed"));
    }

    private static void check(Poll draft) {
        require(draft.kind() != null && draft.ballot() != null && draft.audience() != null, "problem.engagement.kind");
        require(!blank(draft.titleVi()) && draft.titleVi().length() <= 300, "problem.engagement.title");
        require(draft.titleEn() != null && draft.titleEn().length() <= 300, "problem.engagement.title");
        require(
                length(draft.descriptionVi()) <= 5000 && length(draft.descriptionEn()) <= 5000,
                "problem.engagement.description");
        require(draft.opensAt() != null && draft.closesAt() != null, "problem.engagement.times");
        require(draft.closesAt().isAfter(draft.opensAt()), "problem.engagement.times");
        require((draft.audience() == Audience.WARD_RESIDENTS) == (draft.wardCode() != null), "problem.engagement.ward");
        require(draft.minIdentityLevel() == 1 || draft.minIdentityLevel() == 2, "problem.engagement.level");
        if (draft.kind() == PollKind.POLL) {
            require(!draft.criteria().isEmpty() && draft.criteria().size() <= 30, "problem.engagement.criteria");
            require(
                    draft.candidates().size() >= 2 && draft.candidates().size() <= 500,
                    "problem.engagement.candidates");
            require(
                    draft.maxChoices() >= 1
                            && draft.maxChoices() <= draft.candidates().size(),
                    "problem.engagement.max-choices");
            require(draft.questions().isEmpty(), "problem.engagement.questions");
        } else {
            require(!draft.questions().isEmpty() && draft.questions().size() <= 50, "problem.engagement.questions");
            require(draft.candidates().isEmpty() && draft.criteria().isEmpty(), "problem.engagement.candidates");
            for (Question question : draft.questions()) {
                require(question.kind() != null && !blank(question.textVi()), "problem.engagement.questions");
                require(
                        question.optionsEn().isEmpty()
                                || question.optionsEn().size()
                                        == question.optionsVi().size(),
                        "problem.engagement.options");
                require(
                        question.kind() != QuestionKind.CHOICE
                                || question.optionsVi().size() >= 2,
                        "problem.engagement.options");
            }
        }
        Set<String> codes = new HashSet<>();
        draft.criteria()
                .forEach(c -> require(
                        c != null && code(c.code()) && codes.add("c:" + c.code()) && !blank(c.nameVi()),
                        "problem.engagement.criteria"));
        draft.candidates()
                .forEach(c -> require(
                        c != null && code(c.code()) && codes.add("k:" + c.code()) && !blank(c.nameVi()),
                        "problem.engagement.candidates"));
        draft.candidates()
                .forEach(c -> require(
                        c.pictureUrl() == null || c.pictureUrl().matches("(https://|/)[^\\s\"'<>]{1,500}"),
                        "problem.engagement.picture"));
        draft.questions()
                .forEach(q -> require(
                        q != null && code(q.code()) && codes.add("q:" + q.code()), "problem.engagement.questions"));
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static boolean code(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    private static void require(boolean rule, String messageKey) {
        if (!rule) {
            throw EngagementProblem.invalid(messageKey);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
