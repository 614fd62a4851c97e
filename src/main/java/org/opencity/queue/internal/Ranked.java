package org.opencity.queue.internal;

import java.util.UUID;
import org.opencity.identity.AccountId;

/**
 * A waiting ticket with its place in its line.
 *
 * @param before waiting tickets of the line that come before it in the calling order
 */
public record Ranked(
        UUID id, String number, String lineCode, int before, Integer toCounter, AccountId resident, boolean nearTold) {}
