package org.opencity.servicepoint;

import java.util.List;

/**
 * Today's waiting at a point, for its public page. The queue module provides it; the service points only show it, so
 * they do not depend on the queue.
 */
public interface WaitingFigures {

    List<LineWaiting> today(String pointCode);

    /**
     * @param waiting tickets waiting on the line now
     * @param estimatedMinutes how long a ticket taken now would wait
     * @param servedToday tickets finished on the line today
     */
    record LineWaiting(String lineCode, int waiting, int estimatedMinutes, int servedToday) {}
}
