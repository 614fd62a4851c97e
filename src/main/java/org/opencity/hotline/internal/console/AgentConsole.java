package org.opencity.hotline.internal.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.opencity.hotline.HotlineAuditAction;
import org.opencity.hotline.internal.call.CallRepository;
import org.opencity.hotline.internal.queue.AgentRepository;
import org.opencity.hotline.internal.queue.QueueRepository;
import org.opencity.hotline.internal.queue.WaitRecord;
import org.opencity.hotline.internal.queue.WaitStatus;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.NotAllowed;
import org.opencity.platform.InvalidRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents' side of "talk to a person": where the provider rings each agent, the callers waiting (longest first,
 * numbers masked), accepting one (the next poll of the call dials the agent) and closing it with an outcome. Every
 * change is audited; only the city's operators and administrators may do any of it.
 */
@Service
public class AgentConsole {

    static final String CALL = "hotline-call";
    static final String AGENT = "hotline-agent";

    private final QueueRepository queue;
    private final AgentRepository agents;
    private final CallRepository calls;
    private final AuditTrail audit;
    private final Clock clock;

    AgentConsole(QueueRepository queue, AgentRepository agents, CallRepository calls, AuditTrail audit, Clock clock) {
        this.queue = queue;
        this.agents = agents;
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static AuditActions hotlineAuditActions() {
        return AuditActions.of("audit.module.hotline", HotlineAuditAction.class);
    }

    @Transactional(readOnly = true)
    public Optional<String> dialAddress(Actor agent) {
        HotlineOfficers.require(agent);
        return agents.dialAddress(agent.id().value());
    }

    /** Saves where the provider rings this agent; refused with a reason the form shows beside the field. */
    @Transactional
    public String saveDialAddress(Actor agent, String given) {
        HotlineOfficers.require(agent);
        String address = DialAddress.checked(given);
        agents.save(agent.id().value(), address, clock.instant());
        audit.record(
                agent,
                HotlineAuditAction.HOTLINE_DIAL_ADDRESS_SAVED,
                AGENT,
                agent.id().toString(),
                null,
                null);
        return address;
    }

    /** Callers waiting for a person, longest first. */
    @Transactional(readOnly = true)
    public List<WaitingCaller> waiting(Actor agent) {
        HotlineOfficers.require(agent);
        Instant now = clock.instant();
        List<WaitRecord> waiting = queue.open().stream()
                .filter(wait -> wait.status() == WaitStatus.WAITING)
                .toList();
        return IntStream.range(0, waiting.size())
                .mapToObj(i -> waitingCaller(waiting.get(i), i + 1, now))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The calls this agent accepted and has not closed, with the callers' full numbers. */
    @Transactional(readOnly = true)
    public List<HeldCall> held(Actor agent) {
        HotlineOfficers.require(agent);
        UUID me = agent.id().value();
        return queue.open().stream()
                .filter(wait -> wait.status() == WaitStatus.ACCEPTED && me.equals(wait.acceptedBy()))
                .flatMap(wait -> calls.find(wait.callId()).stream()
                        .map(call -> new HeldCall(
                                wait.id(),
                                call.id(),
                                wait.acceptedAt(),
                                wait.dialAddress(),
                                wait.connectedAt() != null,
                                call.locale(),
                                call.callerPhone(),
                                calls.lines(call.id()))))
                .toList();
    }

    /**
     * The agent takes the caller: refused when the agent has no dial address, when another agent was quicker (named)
     * or when the caller has left the queue. Audited.
     */
    @Transactional
    public void accept(Actor agent, UUID waitId) {
        HotlineOfficers.require(agent, CALL, waitId);
        WaitRecord wait = queue.find(waitId).orElseThrow(HotlineRecordNotFound::new);
        String address = agents.dialAddress(agent.id().value()).orElseThrow(ConsoleRefused::noDialAddress);
        if (!queue.accept(waitId, agent.id().value(), agent.displayName(), address, clock.instant())) {
            WaitRecord now = queue.find(waitId).orElseThrow(HotlineRecordNotFound::new);
            if (now.status() == WaitStatus.ACCEPTED && now.acceptedByName() != null) {
                throw ConsoleRefused.takenBy(now.acceptedByName());
            }
            throw ConsoleRefused.noLongerWaiting();
        }
        audit.record(
                agent,
                HotlineAuditAction.HOTLINE_CALL_ACCEPTED,
                CALL,
                wait.callId().toString(),
                null,
                Map.of(
                        "waited",
                        Duration.between(wait.queuedAt(), clock.instant()).toSeconds()));
    }

    /** The agent who accepted the call closes it with an outcome and a note. Audited. */
    @Transactional
    public void close(Actor agent, UUID waitId, ClosingOutcome outcome, String note) {
        HotlineOfficers.require(agent, CALL, waitId);
        WaitRecord wait = queue.find(waitId).orElseThrow(HotlineRecordNotFound::new);
        if (!agent.id().value().equals(wait.acceptedBy())) {
            throw new NotAllowed(CALL, wait.callId().toString());
        }
        if (outcome == null) {
            throw new InvalidRequest("problem.hotline.outcome-missing");
        }
        String checkedNote = ConsoleTexts.note(note);
        if (!queue.close(
                waitId, WaitStatus.ACCEPTED, WaitStatus.CLOSED, outcome.name(), checkedNote, clock.instant())) {
            throw new HotlineRecordNotFound();
        }
        audit.record(
                agent,
                HotlineAuditAction.HOTLINE_CALL_CLOSED,
                CALL,
                wait.callId().toString(),
                null,
                Map.of("outcome", outcome.name()));
    }

    private Optional<WaitingCaller> waitingCaller(WaitRecord wait, int position, Instant now) {
        return calls.find(wait.callId())
                .map(call -> new WaitingCaller(
                        wait.id(),
                        call.id(),
                        position,
                        wait.queuedAt(),
                        waited(wait.queuedAt(), now),
                        call.locale(),
                        CallerNumbers.masked(call.callerPhone()),
                        calls.lines(call.id())));
    }

    private static Duration waited(Instant since, Instant now) {
        Duration waited = Duration.between(since, now);
        return waited.isNegative() ? Duration.ZERO : waited;
    }
}
