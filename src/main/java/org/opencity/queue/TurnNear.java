package org.opencity.queue;

import java.util.UUID;
import org.opencity.identity.AccountId;

/**
 * A signed-in resident's ticket has three tickets or fewer before it: time to come to the counters. Published once per
 * ticket.
 *
 * @param pointName the point's Vietnamese name
 */
public record TurnNear(UUID ticketId, String ticketNumber, String pointName, int ticketsBefore, AccountId resident) {}
