package org.opencity.queue;

import java.util.List;
import java.util.Map;
import org.opencity.servicepoint.Counter;
import org.opencity.servicepoint.ServicePoint;

/**
 * A counter as its clerk sees it.
 *
 * @param current the ticket it has called or is serving
 * @param waiting the numbers waiting on each of its lines (and those sent to it), in calling order
 */
public record CounterView(
        ServicePoint point, Counter counter, boolean open, Ticket current, Map<String, List<String>> waiting) {}
