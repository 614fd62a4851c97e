package org.opencity.identity;

import java.util.List;

/**
 * A module's audit actions, as a bean: the audit log offers them as filters, grouped by module.
 *
 * @param module the message key of the module's name, e.g. {@code audit.module.report}
 * @param actions the actions, in the order the module lists them
 */
public record AuditActions(String module, List<AuditAction> actions) {

    public AuditActions {
        actions = List.copyOf(actions);
    }

    public static <E extends Enum<E> & AuditAction> AuditActions of(String module, Class<E> type) {
        return new AuditActions(module, List.of(type.getEnumConstants()));
    }
}
