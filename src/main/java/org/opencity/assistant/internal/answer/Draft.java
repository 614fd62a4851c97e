package org.opencity.assistant.internal.answer;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.List;
import org.opencity.assistant.AssistantAction;
import org.opencity.assistant.Outcome;
import org.opencity.assistant.Source;

/**
 * An answer before it is stored: its lines (each from a record field or a fixed message), the records cited and the
 * actions offered.
 *
 * @param offerPerson whether to offer a hand-over to a person (the action needs the conversation's id, added when
 *     the answer is stored)
 * @param topic the procedure the conversation is about from now on, or null to leave it as it was
 * @param rephrasable whether the optional language model may reword it (facts of records, not live data)
 */
@RecordBuilder
public record Draft(
        List<String> lines,
        List<Source> sources,
        List<AssistantAction> actions,
        double confidence,
        Outcome outcome,
        boolean offerPerson,
        Topic topic,
        boolean rephrasable)
        implements DraftBuilder.With {

    public Draft {
        lines = List.copyOf(lines);
        sources = List.copyOf(sources);
        actions = List.copyOf(actions);
    }

    public String text() {
        return String.join("\n", lines);
    }

    /** The same answer with one more action, unless one of that kind is offered already. */
    public Draft plus(AssistantAction action) {
        if (actions.stream().anyMatch(a -> a.kind() == action.kind())) {
            return this;
        }
        List<AssistantAction> more = new ArrayList<>(actions);
        more.add(action);
        return withActions(more);
    }
}
