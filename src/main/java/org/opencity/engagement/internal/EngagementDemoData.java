package org.opencity.engagement.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.opencity.engagement.Audience;
import org.opencity.engagement.BallotKind;
import org.opencity.engagement.Candidate;
import org.opencity.engagement.Criterion;
import org.opencity.engagement.Poll;
import org.opencity.engagement.PollBuilder;
import org.opencity.engagement.PollKind;
import org.opencity.engagement.Question;
import org.opencity.engagement.QuestionKind;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.Province;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's votes: "Thành phố đáng sống nhất 2026", open, with the 34 provinces and the seven criteria of VINASA's
 * 2025 vote and {@code opencity.demo.poll-votes} votes of fictitious voters (no accounts: they only fill the count);
 * and a closed survey of the Hoàn Kiếm ward centre's service with its answers. The votes are written with their
 * tallies in one statement each, as the writer would have, so results equal a recount. Runs once.
 */
@Component
@Order(50)
class EngagementDemoData implements ApplicationRunner {

    static final UUID LIVABLE_CITY = UUID.nameUUIDFromBytes("opencity-demo-poll-livable-city-2026".getBytes());
    static final UUID CENTRE_SURVEY = UUID.nameUUIDFromBytes("opencity-demo-survey-hoan-kiem-centre".getBytes());
    static final String HOAN_KIEM = "00070";
    private static final UUID DEMO_CREATOR = new UUID(0, 0);
    private static final Logger log = LoggerFactory.getLogger(EngagementDemoData.class);

    /** VINASA's seven criteria of 2025. */
    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("governance", "Quản trị", "Governance"),
            new Criterion("transport", "Giao thông", "Transport"),
            new Criterion("environment", "Môi trường", "Environment"),
            new Criterion("infrastructure", "Hạ tầng", "Infrastructure"),
            new Criterion("startups", "Khởi nghiệp", "Start-ups"),
            new Criterion("security", "An ninh", "Security"),
            new Criterion("digital-economy", "Kinh tế số", "Digital economy"));

    private final PollRepository polls;
    private final JdbcClient jdbc;
    private final AdministrativeUnits geography;
    private final Units units;
    private final Clock clock;
    private final boolean enabled;
    private final int votes;

    EngagementDemoData(
            PollRepository polls,
            JdbcClient jdbc,
            AdministrativeUnits geography,
            Units units,
            Clock clock,
            @Value("${opencity.demo.enabled}") boolean enabled,
            @Value("${opencity.demo.polls:true}") boolean demoPolls,
            @Value("${opencity.demo.poll-votes:3000}") int votes) {
        this.polls = polls;
        this.jdbc = jdbc;
        this.geography = geography;
        this.units = units;
        this.clock = clock;
        this.enabled = enabled && demoPolls;
        this.votes = votes;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || polls.find(LIVABLE_CITY).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        Poll livable = livableCity(now);
        polls.insert(livable, DEMO_CREATOR, now);
        fillVotes(livable, now);
        Poll survey = centreSurvey(now);
        polls.insert(survey, DEMO_CREATOR, now);
        fillAnswers(survey);
        log.info("Demo votes: \"{}\" with {} votes, and a closed survey", livable.titleVi(), votes);
    }

    private Poll livableCity(Instant now) {
        List<Candidate> provinces = new ArrayList<>();
        for (Province province : geography.provinces()) {
            provinces.add(new Candidate(
                    province.code(),
                    province.name(),
                    province.name(),
                    province.population() == null ? "" : "Dân số: " + String.format("%,d", province.population()),
                    province.population() == null ? "" : "Population: " + String.format("%,d", province.population()),
                    null));
        }
        return PollBuilder.builder()
                .id(LIVABLE_CITY)
                .kind(PollKind.POLL)
                .titleVi("Thành phố đáng sống nhất 2026")
                .titleEn("Most Livable City 2026")
                .descriptionVi("Bình chọn tỉnh, thành phố đáng sống nhất theo bảy tiêu chí: quản trị, giao thông, môi"
                        + " trường, hạ tầng, khởi nghiệp, an ninh và kinh tế số. Mỗi người đã xác thực số định danh"
                        + " được bỏ một phiếu cho mỗi tiêu chí.")
                .descriptionEn("Vote for the most livable province or city on seven criteria: governance, transport,"
                        + " environment, infrastructure, start-ups, security and the digital economy. Each person"
                        + " with a checked citizen ID has one vote per criterion.")
                .ballot(BallotKind.SINGLE)
                .maxChoices(1)
                .opensAt(now.minus(Duration.ofDays(7)))
                .closesAt(now.plus(Duration.ofDays(30)))
                .audience(Audience.EVERYONE)
                .wardCode(null)
                .minIdentityLevel(2)
                .changeable(false)
                .liveResults(true)
                .ownerUnitId(null)
                .publishedAt(null)
                .criteria(CRITERIA)
                .candidates(provinces)
                .questions(List.of())
                .build();
    }

    /**
     * Fictitious voters' votes, drawn with a fixed seed so every demo shows the same race: a few cities lead, as in
     * the real vote, and every province gets some.
     */
    private void fillVotes(Poll poll, Instant now) {
        List<String> codes = poll.candidates().stream().map(Candidate::code).toList();
        double[] weight = new double[codes.size()];
        Random random = new Random(2026);
        for (int i = 0; i < weight.length; i++) {
            String code = codes.get(i);
            weight[i] = switch (code) {
                case "48" -> 9; // Đà Nẵng
                case "01" -> 7; // Hà Nội
                case "46" -> 5; // Huế
                case "79" -> 5; // Hồ Chí Minh
                case "31" -> 3; // Hải Phòng
                default -> 0.5 + random.nextDouble();
            };
        }
        List<String> polls = new ArrayList<>();
        List<String> criteria = new ArrayList<>();
        List<String> voters = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        List<String> times = new ArrayList<>();
        long span = Duration.between(poll.opensAt(), now).toSeconds();
        for (int v = 0; v < votes; v++) {
            UUID voter = new UUID(random.nextLong(), random.nextLong());
            String fingerprint = ReceiptCodes.fingerprint(ReceiptCodes.next());
            Instant at = poll.opensAt().plusSeconds((long) (span * random.nextDouble()));
            for (Criterion criterion : poll.criteria()) {
                if (random.nextDouble() < 0.15) {
                    continue; // Not everyone votes on every criterion.
                }
                polls.add(poll.id().toString());
                criteria.add(criterion.code());
                voters.add(voter.toString());
                fingerprints.add(fingerprint);
                choices.add(codes.get(pick(weight, random)));
                times.add(at.toString());
            }
        }
        jdbc.sql("""
                        insert into eng_vote (poll_id, criterion, voter, fingerprint, choices, identity_level, network,
                            new_account, cast_at)
                        select p, c, v, f, array[ch], 2, 'demo', false, t
                        from unnest(cast(:polls as uuid[]), cast(:criteria as text[]), cast(:voters as uuid[]),
                            cast(:fingerprints as text[]), cast(:choices as text[]), cast(:times as timestamptz[]))
                            as u(p, c, v, f, ch, t)""")
                .param("polls", polls.toArray(String[]::new))
                .param("criteria", criteria.toArray(String[]::new))
                .param("voters", voters.toArray(String[]::new))
                .param("fingerprints", fingerprints.toArray(String[]::new))
                .param("choices", choices.toArray(String[]::new))
                .param("times", times.toArray(String[]::new))
                .update();
        jdbc.sql("""
                        insert into eng_tally (poll_id, criterion, candidate, votes)
                        select poll_id, criterion, choices[1], count(*) from eng_vote where poll_id = :poll
                        group by poll_id, criterion, choices[1]""").param("poll", poll.id()).update();
        jdbc.sql("""
                        insert into eng_level_tally (poll_id, criterion, identity_level, votes)
                        select poll_id, criterion, identity_level, count(*) from eng_vote where poll_id = :poll
                        group by poll_id, criterion, identity_level""").param("poll", poll.id()).update();
    }

    private static int pick(double[] weight, Random random) {
        double total = 0;
        for (double w : weight) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weight.length; i++) {
            r -= weight[i];
            if (r < 0) {
                return i;
            }
        }
        return weight.length - 1;
    }

    private Poll centreSurvey(Instant now) {
        UUID owner = units.ofWard(HOAN_KIEM, UnitKind.WARD_COMMITTEE)
                .map(u -> u.id().value())
                .orElse(null);
        return PollBuilder.builder()
                .id(CENTRE_SURVEY)
                .kind(PollKind.SURVEY)
                .titleVi("Khảo sát sự hài lòng với Trung tâm phục vụ hành chính công phường Hoàn Kiếm")
                .titleEn("Satisfaction with the Hoàn Kiếm ward public-service centre")
                .descriptionVi(
                        "Ý kiến của người dân về thời gian chờ, thái độ phục vụ và việc đặt lịch hẹn trực tuyến.")
                .descriptionEn("Residents' views of waiting times, courtesy and online appointments.")
                .ballot(BallotKind.SINGLE)
                .maxChoices(1)
                .opensAt(now.minus(Duration.ofDays(33)))
                .closesAt(now.minus(Duration.ofDays(3)))
                .audience(owner == null ? Audience.CITY_RESIDENTS : Audience.WARD_RESIDENTS)
                .wardCode(owner == null ? null : HOAN_KIEM)
                .minIdentityLevel(1)
                .changeable(false)
                .liveResults(false)
                .ownerUnitId(owner)
                .publishedAt(null)
                .criteria(List.of())
                .candidates(List.of())
                .questions(List.of(
                        new Question(
                                "overall",
                                QuestionKind.SCALE,
                                "Bạn hài lòng với dịch vụ của trung tâm ở mức nào?",
                                "How satisfied are you with the centre's service?",
                                List.of(),
                                List.of(),
                                true),
                        new Question(
                                "wait",
                                QuestionKind.CHOICE,
                                "Bạn đã chờ bao lâu trước khi được phục vụ?",
                                "How long did you wait before being served?",
                                List.of("Dưới 10 phút", "10–30 phút", "Trên 30 phút"),
                                List.of("Under 10 minutes", "10–30 minutes", "Over 30 minutes"),
                                true),
                        new Question(
                                "courtesy",
                                QuestionKind.SCALE,
                                "Cán bộ tiếp nhận có lịch sự, tận tình không?",
                                "Were the staff courteous and helpful?",
                                List.of(),
                                List.of(),
                                true),
                        new Question(
                                "booked",
                                QuestionKind.CHOICE,
                                "Bạn có đặt lịch hẹn trực tuyến trước không?",
                                "Did you book an appointment online?",
                                List.of("Có", "Không"),
                                List.of("Yes", "No"),
                                true),
                        new Question(
                                "suggestion",
                                QuestionKind.TEXT,
                                "Bạn muốn trung tâm cải thiện điều gì?",
                                "What should the centre improve?",
                                List.of(),
                                List.of(),
                                false)))
                .build();
    }

    private void fillAnswers(Poll survey) {
        Random random = new Random(70);
        String[] suggestions = {
            "Thêm ghế chờ và nước uống cho người cao tuổi.",
            "Nên có bảng hướng dẫn rõ hơn ở cửa vào.",
            "Cán bộ rất nhiệt tình, cảm ơn trung tâm.",
            "Gọi lại cho tôi theo số 0912 345 678 khi có kết quả.",
            "Mở thêm quầy vào sáng thứ Bảy.",
            "Hệ thống lấy số đôi khi bị lỗi, email tôi: nguyen.van.a@example.com",
            "Bãi gửi xe máy quá chật."
        };
        Instant opens = survey.opensAt();
        for (int i = 0; i < 120; i++) {
            UUID respondent = new UUID(random.nextLong(), random.nextLong());
            Instant at = opens.plus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
            jdbc.sql("insert into eng_response (poll_id, respondent, identity_level, submitted_at)"
                            + " values (:poll, :respondent, :level, :at)")
                    .param("poll", survey.id())
                    .param("respondent", respondent)
                    .param("level", 1 + random.nextInt(2))
                    .param("at", Timestamp.from(at))
                    .update();
            answer(survey.id(), respondent, "overall", null, 2 + random.nextInt(4), null);
            answer(survey.id(), respondent, "wait", random.nextInt(3), null, null);
            answer(survey.id(), respondent, "courtesy", null, 3 + random.nextInt(3), null);
            answer(survey.id(), respondent, "booked", random.nextInt(10) < 3 ? 0 : 1, null, null);
            if (random.nextInt(4) == 0) {
                answer(
                        survey.id(),
                        respondent,
                        "suggestion",
                        null,
                        null,
                        suggestions[random.nextInt(suggestions.length)]);
            }
        }
    }

    private void answer(UUID poll, UUID respondent, String question, Integer choice, Integer scale, String text) {
        jdbc.sql("insert into eng_answer (poll_id, respondent, question, choice, scale, text)"
                        + " values (:poll, :respondent, :question, :choice, :scale, :text)")
                .param("poll", poll)
                .param("respondent", respondent)
                .param("question", question)
                .param("choice", choice)
                .param("scale", scale)
                .param("text", text)
                .update();
    }
}
