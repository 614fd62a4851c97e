package org.opencity.engagement.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.opencity.engagement.EngagementProblem;
import org.opencity.engagement.VoteReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Commits votes in groups (ADR 15): requests hand their checked vote to one writer thread per node and wait; the
 * writer takes whatever has arrived (up to {@code batch-size}) and commits it in one transaction, so a thousand
 * voters share one durable commit instead of paying one each. A voter is answered only after the commit that holds
 * their vote, so an acknowledged vote survives a crash. While a commit runs the next group gathers: the busier the
 * platform, the larger the groups.
 */
@Component
class VoteWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VoteWriter.class);

    private final LinkedBlockingQueue<PendingBallot> waiting = new LinkedBlockingQueue<>();
    private final BallotBatch batches;
    private final int batchSize;
    private volatile boolean running;
    private Thread thread;

    VoteWriter(BallotBatch batches, EngagementProperties properties) {
        this.batches = batches;
        this.batchSize = properties.batchSize();
    }

    CompletableFuture<VoteReceipt> submit(PendingBallot ballot) {
        if (!running) {
            ballot.done()
                    .completeExceptionally(
                            new EngagementProblem(HttpStatus.SERVICE_UNAVAILABLE, "problem.engagement.busy"));
        } else {
            waiting.add(ballot);
        }
        return ballot.done();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "vote-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Starts before the web server and stops after it (lower phases stop later), so that the votes of requests still
     * in flight during a graceful shutdown are written and answered.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void run() {
        List<PendingBallot> carried = new ArrayList<>();
        while (running || !waiting.isEmpty() || !carried.isEmpty()) {
            try {
                List<PendingBallot> group = new ArrayList<>(carried);
                carried.clear();
                if (group.isEmpty()) {
                    PendingBallot first = waiting.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    group.add(first);
                }
                waiting.drainTo(group, Math.max(0, batchSize - group.size()));
                List<PendingBallot> batch = new ArrayList<>(group.size());
                Set<String> voters = new HashSet<>();
                for (PendingBallot ballot : group) {
                    // A person's second vote in the same group waits for the next one: one statement may not touch
                    // a row twice, and the second must see the first to replace it or be refused.
                    if (voters.add(ballot.pollId() + "/" + ballot.voter())) {
                        batch.add(ballot);
                    } else {
                        carried.add(ballot);
                    }
                }
                batches.commit(batch);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unexpected) {
                log.error("The vote writer failed a group; its voters were told", unexpected);
            }
        }
    }
}
