/**
 * Queues at service points: walk-in tickets and checked-in appointments, priorities, the clerks' counter actions, wait
 * estimates, live display boards and the residents' ticket pages on every node.
 */
@ApplicationModule(displayName = "Queues")
package org.opencity.queue;

import org.springframework.modulith.ApplicationModule;
