package org.opencity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The platform's one clock in tests: real time, moved forward by a test that needs a deadline passed or a lock run
 * out, instead of editing rows. A test that moves it puts it back ({@link #reset()}) so the others see real time.
 */
@Component
@Primary
public class TestClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    /** Moves the clock forward (or back, with a negative duration) from where it is. */
    public void advance(Duration by) {
        ahead.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        ahead.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead.get());
    }
}
