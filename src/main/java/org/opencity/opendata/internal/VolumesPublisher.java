package org.opencity.opendata.internal;

import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencity.assistant.AssistantFigures;
import org.opencity.hotline.CallFigures;
import org.opencity.hotline.HotlineFigures;
import org.opencity.opendata.Dataset;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * How much residents use the virtual assistant and the AI hotline, per day: conversations, questions and requests
 * for a person at the assistant; calls, calls the AI handled alone and hand-overs at the hotline. Counts only, read
 * through the two modules' figures; a count from 1 to below the k-anonymity threshold is suppressed (left empty, the
 * row marked), as a day with two calls could point at the two callers. A zero describes no one and is kept.
 */
@Component
class VolumesPublisher implements DatasetPublisher {

    static final String NAME = "tro-ly-ao-va-tong-dai-theo-ngay";
    static final String CSV = NAME + "-csv";
    private static final ZoneId ZONE = WorkingCalendar.VIETNAM;

    private final AssistantFigures assistant;
    private final HotlineFigures hotline;
    private final OpenDataProperties properties;
    private final Clock clock;

    VolumesPublisher(AssistantFigures assistant, HotlineFigures hotline, OpenDataProperties properties, Clock clock) {
        this.assistant = assistant;
        this.hotline = hotline;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<Dataset> datasets() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        int k = properties.minimumCount();
        return List.of(CityPublisher.dataset(NAME, "Một dòng mỗi ngày")
                .titleVi("Lượt sử dụng trợ lý ảo và tổng đài AI theo ngày")
                .titleEn("Virtual assistant and AI hotline use per day")
                .descriptionVi("Mỗi ngày: số cuộc trò chuyện, câu hỏi và yêu cầu gặp cán bộ ở trợ lý ảo; số cuộc gọi,"
                        + " cuộc gọi AI tự xử lý và cuộc gọi chuyển cho tổng đài viên ở tổng đài, trong "
                        + properties.volumeDays() + " ngày gần nhất (hôm nay tính đến hiện tại). Số từ 1 đến dưới "
                        + k + " được ẩn (k-ẩn danh).")
                .descriptionEn("Per day: conversations, questions and requests for a person at the virtual assistant;"
                        + " calls, calls the AI handled alone and calls handed to an agent at the hotline, over the last "
                        + properties.volumeDays() + " days (today so far). Counts from 1 to below " + k
                        + " are suppressed (k-anonymity).")
                .themes(List.of("GOVE", "TECH"))
                .keywords(List.of("tro-ly-ao", "tong-dai", "dich-vu-cong"))
                .frequency("DAILY")
                .temporalStart(today.minusDays(properties.volumeDays()))
                .temporalEnd(today)
                .modified(clock.instant())
                .build());
    }

    @Override
    public boolean publishes(String resourceId) {
        return CSV.equals(resourceId);
    }

    @Override
    public void write(String resourceId, Writer out) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate first = today.minusDays(properties.volumeDays());
        Map<LocalDate, AssistantFigures.Day> asked = assistant.daily(first, today, ZONE).stream()
                .collect(Collectors.toMap(AssistantFigures.Day::day, Function.identity()));
        Csv csv = Csv.to(
                out,
                "day",
                "assistant_conversations",
                "assistant_questions",
                "assistant_handovers",
                "hotline_calls",
                "hotline_answered_by_ai",
                "hotline_handovers",
                "suppressed");
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            AssistantFigures.Day a = asked.getOrDefault(day, new AssistantFigures.Day(day, 0, 0, 0));
            // One day per call: the hotline's figures are for a period, and a day is the row here.
            CallFigures calls = hotline.between(
                    day.atStartOfDay(ZONE).toInstant(),
                    day.plusDays(1).atStartOfDay(ZONE).toInstant());
            long[] counts = {
                a.conversations(),
                a.questions(),
                a.handOvers(),
                calls.calls(),
                calls.answeredByAiAlone(),
                calls.handOvers()
            };
            Object[] row = new Object[counts.length + 2];
            row[0] = day;
            boolean suppressed = false;
            for (int i = 0; i < counts.length; i++) {
                boolean small = counts[i] > 0 && counts[i] < properties.minimumCount();
                suppressed |= small;
                row[i + 1] = small ? null : counts[i];
            }
            row[row.length - 1] = suppressed;
            csv.row(row);
        }
        csv.flush();
    }
}
