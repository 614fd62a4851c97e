package org.opencity.procedure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencity.procedure.ProcedureLevel;

/**
 * Reads the national catalogue's 'cấp thực hiện', e.g. {@code Cấp bộ, Cấp tỉnh, Cấp xã}, as the level a resident
 * goes to: the nearest one listed, since a procedure done at the ward is done there even if a ministry also does it.
 *
 * <p>'Cấp huyện' no longer exists (the 2025 reform gave district procedures to the wards and communes) and is read as
 * the ward; 'Trung ương' as a ministry. 'Cơ quan khác' (another body: vehicle registries, customs offices, consulates)
 * counts only when nothing else is listed, as a ministry: such bodies belong to a ministry's system, not to the city's
 * government. Any other value stops the load, so a new source is read on purpose rather than guessed.
 */
final class SourceLevel {

    private static final Map<String, ProcedureLevel> LEVELS = Map.of(
            "cấp xã", ProcedureLevel.WARD,
            "cấp huyện", ProcedureLevel.WARD,
            "cấp tỉnh", ProcedureLevel.PROVINCE,
            "cấp bộ", ProcedureLevel.MINISTRY,
            "trung ương", ProcedureLevel.MINISTRY);
    private static final String OTHER_BODY = "cơ quan khác";

    private SourceLevel() {}

    static ProcedureLevel read(String text) {
        List<ProcedureLevel> listed = new ArrayList<>();
        boolean otherBody = false;
        for (String part : (text == null ? "" : text).split(",")) {
            String level = part.trim().toLowerCase(Locale.ROOT);
            if (LEVELS.containsKey(level)) {
                listed.add(LEVELS.get(level));
            } else if (level.equals(OTHER_BODY)) {
                otherBody = true;
            } else {
                throw new IllegalArgumentException("Unknown procedure level '" + part.trim() + "' in '" + text + "'");
            }
        }
        if (listed.isEmpty() && !otherBody) {
            throw new IllegalArgumentException("No procedure level in '" + text + "'");
        }
        // The enum lists the levels nearest first.
        return listed.stream().min(Enum::compareTo).orElse(ProcedureLevel.MINISTRY);
    }
}
