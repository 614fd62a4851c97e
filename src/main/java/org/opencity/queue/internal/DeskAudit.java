package org.opencity.queue.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.Units;
import org.opencity.queue.QueueAuditAction;
import org.opencity.servicepoint.ServicePoint;
import org.springframework.stereotype.Component;

/** Audits a clerk's action at a point's counter, under the unit that runs the point. */
@Component
public class DeskAudit {

    private final AuditTrail audit;
    private final Units units;

    DeskAudit(AuditTrail audit, Units units) {
        this.audit = audit;
        this.units = units;
    }

    public void record(
            Actor clerk,
            QueueAuditAction action,
            ServicePoint point,
            int counter,
            String ticket,
            Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("point", point.code());
        details.put("counter", counter);
        if (ticket != null) {
            details.put("ticket", ticket);
        }
        details.putAll(more);
        audit.record(
                clerk,
                action,
                ticket == null ? "queue-counter" : "queue-ticket",
                ticket == null ? point.code() + "/" + counter : point.code() + "/" + ticket,
                units.byCode(point.unitCode()).id(),
                details);
    }
}
