package org.opencity.opendata.internal;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencity.engagement.Poll;
import org.opencity.engagement.PollKind;
import org.opencity.engagement.PollResults;
import org.opencity.engagement.PollStatus;
import org.opencity.engagement.Polls;
import org.opencity.engagement.Results;
import org.opencity.opendata.Dataset;
import org.opencity.shared.WorkingCalendar;
import org.springframework.stereotype.Component;

/** The count of every closed vote: votes per criterion and candidate (the anonymised ballots stay with the poll). */
@Component
class PollResultsPublisher implements DatasetPublisher {

    static final String PREFIX = "ket-qua-binh-chon-";

    private final Polls polls;
    private final Results results;
    private final Clock clock;

    PollResultsPublisher(Polls polls, Results results, Clock clock) {
        this.polls = polls;
        this.results = results;
        this.clock = clock;
    }

    @Override
    public List<Dataset> datasets() {
        Instant now = clock.instant();
        List<Dataset> datasets = new ArrayList<>();
        for (Poll poll : polls.list()) {
            PollStatus status = poll.status(now);
            if (poll.kind() != PollKind.POLL || (status != PollStatus.CLOSED && status != PollStatus.PUBLISHED)) {
                continue;
            }
            String name = PREFIX + poll.id();
            datasets.add(CityPublisher.dataset(name, "criterion, candidate, votes, share")
                    .titleVi("Kết quả bình chọn: " + poll.titleVi())
                    .titleEn("Vote results: " + poll.titleEn())
                    .descriptionVi("Số phiếu theo tiêu chí và lựa chọn"
                            + (status == PollStatus.PUBLISHED
                                    ? " (kết quả chính thức)."
                                    : " (chưa công bố chính thức)."))
                    .descriptionEn("Votes per criterion and option"
                            + (status == PollStatus.PUBLISHED ? " (final result)." : " (not yet published as final)."))
                    .themes(List.of("GOVE", "SOCI"))
                    .keywords(List.of("binh-chon", "tham-van"))
                    .frequency("NEVER")
                    .temporalStart(
                            poll.opensAt().atZone(WorkingCalendar.VIETNAM).toLocalDate())
                    .temporalEnd(poll.closesAt().atZone(WorkingCalendar.VIETNAM).toLocalDate())
                    .created(poll.closesAt())
                    .modified(poll.publishedAt() == null ? poll.closesAt() : poll.publishedAt())
                    .build());
        }
        return datasets;
    }

    @Override
    public boolean publishes(String resourceId) {
        return resourceId.startsWith(PREFIX) && resourceId.endsWith("-csv");
    }

    @Override
    public void write(String resourceId, Writer out) {
        String id = resourceId.substring(PREFIX.length(), resourceId.length() - "-csv".length());
        Poll poll = polls.get(java.util.UUID.fromString(id));
        PollResults count = results.of(poll.id(), null);
        Csv csv = Csv.to(out, "criterion", "criterion_name", "candidate", "candidate_name", "votes", "share");
        count.criteria()
                .forEach(c -> c.candidates()
                        .forEach(k -> csv.row(
                                c.criterion(),
                                poll.criterionName(c.criterion(), Locale.forLanguageTag("vi")),
                                k.candidate(),
                                poll.candidateName(k.candidate(), Locale.forLanguageTag("vi")),
                                k.votes(),
                                String.format(Locale.ROOT, "%.6f", k.share()))));
        csv.flush();
    }
}
