package org.opencity.assistant.internal.answer;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * What a question asks about a procedure.
 *
 * @param facts the facts it names, in the order it names them (empty: it asks about the procedure as a whole)
 * @param bare true when nothing is left but those facts and small words (“còn lệ phí thì sao?”, “làm online được
 *     không?”, “thế ở phường Cầu Giấy thì nộp ở đâu?”): it can only be about the procedure already discussed
 */
@RecordBuilder
public record AskedFacts(List<Fact> facts, boolean bare) {

    public AskedFacts {
        facts = List.copyOf(facts);
    }

    public boolean any() {
        return !facts.isEmpty();
    }
}
