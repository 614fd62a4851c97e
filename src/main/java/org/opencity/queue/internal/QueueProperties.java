package org.opencity.queue.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The queue's settings ({@code opencity.queue.*}).
 *
 * @param skipGrace after a missed call the ticket goes to the back of its line and is not called again before this
 * @param appointmentEarly a checked-in appointment takes precedence from this long before its start
 * @param defaultServiceTime the service time assumed on a line with no recent history
 * @param historySize how many recent finished tickets the mean service time is taken from
 * @param historyWindow how far back they may be
 * @param nearTurn a signed-in resident is told when this many tickets or fewer are before theirs
 * @param coalesce board updates of one point within this are sent as one
 * @param heartbeat a comment line on quiet board streams, so proxies keep them open
 */
@ConfigurationProperties("opencity.queue")
public record QueueProperties(
        @DefaultValue("5m") Duration skipGrace,
        @DefaultValue("5m") Duration appointmentEarly,
        @DefaultValue("8m") Duration defaultServiceTime,
        @DefaultValue("20") int historySize,
        @DefaultValue("7d") Duration historyWindow,
        @DefaultValue("3") int nearTurn,
        @DefaultValue("100ms") Duration coalesce,
        @DefaultValue("20s") Duration heartbeat) {}
