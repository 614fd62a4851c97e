package org.opencity.appointment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opencity.appointment.AppointmentStatus;
import org.opencity.dossier.DossierManagement;
import org.opencity.dossier.DossierSummary;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actors;
import org.opencity.identity.Registration;
import org.opencity.servicepoint.OpenWindow;
import org.opencity.servicepoint.ServicePoint;
import org.opencity.servicepoint.ServicePoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A week of appointments at the Hoàn Kiếm, Cầu Giấy and Nghĩa Đô centres, so the desk's day list and the residents'
 * pages show something on a first start: demo residents (fictitious names, numbers 0900 000 0xx) booked across the
 * day's slots; today's earlier ones checked in or missed. The verified demo resident has one tomorrow with an online
 * dossier attached. Runs once, when demo data are on and there is no appointment yet.
 */
@Component
@Order(30)
class AppointmentDemoData implements ApplicationRunner {

    static final List<String> POINTS = List.of("TTPVHCC-00070", "TTPVHCC-00166", "TTPVHCC-00160");
    private static final List<String> NAMES = List.of(
            "Trần Thị Hoa",
            "Lê Văn Hùng",
            "Phạm Thu Trang",
            "Hoàng Minh Đức",
            "Vũ Thị Lan",
            "Đặng Quốc Bảo",
            "Bùi Thị Mai",
            "Đỗ Văn Nam",
            "Ngô Thị Hạnh",
            "Dương Văn Long",
            "Lý Thị Ngọc",
            "Trịnh Công Sơn");
    private static final List<String> PROCEDURES = List.of("1.001193", "1.000894", "1.001612");
    private static final Logger log = LoggerFactory.getLogger(AppointmentDemoData.class);

    private final AppointmentRepository repository;
    private final AppointmentCodes codes;
    private final AppointmentProperties rules;
    private final SlotPlanner planner;
    private final ServicePoints points;
    private final AccountManagement accounts;
    private final Actors actors;
    private final DossierManagement dossiers;
    private final org.opencity.procedure.ProcedureCatalogue catalogue;
    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final Clock clock;
    private final String password;
    private final int days;

    AppointmentDemoData(
            AppointmentRepository repository,
            AppointmentCodes codes,
            AppointmentProperties rules,
            SlotPlanner planner,
            ServicePoints points,
            AccountManagement accounts,
            Actors actors,
            DossierManagement dossiers,
            org.opencity.procedure.ProcedureCatalogue catalogue,
            JdbcClient jdbc,
            org.springframework.transaction.support.TransactionTemplate transactions,
            Clock clock,
            @Value("${opencity.demo.enabled}") boolean enabled,
            @Value("${opencity.demo.password}") String password,
            @Value("${opencity.demo.appointment-days:7}") int days) {
        this.repository = repository;
        this.codes = codes;
        this.rules = rules;
        this.planner = planner;
        this.points = points;
        this.accounts = accounts;
        this.actors = actors;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.password = password;
        this.days = enabled ? days : 0;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (days <= 0
                || jdbc.sql("select count(*) from apt_appointment")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        try {
            List<AccountId> residents = residents();
            int made = 0;
            LocalDate day = points.today();
            for (int d = 0; d < days; d++, day = day.plusDays(1)) {
                int booking = 0;
                for (String code : POINTS) {
                    booking = bookDay(points.get(code), day, residents, d, booking);
                }
                made += booking;
            }
            made += verifiedResidentTomorrow();
            log.info("Demo appointments: {} over {} days at {}", made, days, POINTS);
        } catch (RuntimeException broken) {
            // Demo data must never keep the platform from starting.
            log.warn("demo appointments not made", broken);
        }
    }

    private List<AccountId> residents() {
        List<AccountId> residents = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String email = "booker" + (i + 1) + "@demo.opencity.vn";
            AccountId id = actors.byLogin(email).orElseGet(() -> null);
            if (id == null) {
                id = accounts.register(new Registration(
                                NAMES.get(i), String.format("09000000%02d", i + 1), email, password, "00070", "vi"))
                        .id();
            }
            residents.add(id);
        }
        return residents;
    }

    /**
     * Every other slot of the day gets one booking; those already over are checked in, one in four missed. The
     * day's n-th booking goes to resident n mod 12 for procedure (n div 12 + day) mod 3, so nobody has two bookings
     * for one procedure on one day (36 pairs a day, 24 bookings).
     */
    private int bookDay(ServicePoint point, LocalDate day, List<AccountId> residents, int dayIndex, int booked) {
        int made = booked;
        int slot = 0;
        Instant now = clock.instant();
        for (OpenWindow window : points.windowsOn(point, day)) {
            for (Instant start : planner.starts(window)) {
                int index = slot++;
                if (index % 2 == 1) {
                    continue;
                }
                AccountId resident = residents.get(made % residents.size());
                String procedure = PROCEDURES.get((made / residents.size() + dayIndex) % PROCEDURES.size());
                if (insert(point, start, resident, procedure, null, statusAt(start, now, index))) {
                    made++;
                }
            }
        }
        return made;
    }

    private int verifiedResidentTomorrow() {
        AccountId verified = actors.byLogin("verified@demo.opencity.vn").orElse(null);
        if (verified == null) {
            return 0;
        }
        ServicePoint point = points.get(POINTS.get(0));
        String dossier = dossiers.mine(verified).stream()
                .map(DossierSummary::code)
                .findFirst()
                .orElse(null);
        String procedure = dossier == null
                ? PROCEDURES.get(0)
                : dossiers.view(verified, dossier, java.util.Locale.forLanguageTag("vi"))
                        .procedureCode();
        LocalDate day = points.today().plusDays(1);
        while (points.windowsOn(point, day).isEmpty()) {
            day = day.plusDays(1);
        }
        Instant start = points.windowsOn(point, day).get(0).opens().toInstant().plus(Duration.ofMinutes(90));
        return insert(point, start, verified, procedure, dossier, AppointmentStatus.BOOKED) ? 1 : 0;
    }

    private boolean insert(
            ServicePoint point,
            Instant start,
            AccountId resident,
            String procedure,
            String dossier,
            AppointmentStatus status) {
        String line = point.lineForField(catalogue.get(procedure).field().code())
                .map(org.opencity.servicepoint.ServiceLine::code)
                .orElse("A");
        if (!repository.takeSeat(
                point.code(),
                line,
                start,
                Math.max(
                        1,
                        point.countersServing(line).stream()
                                .mapToInt(org.opencity.servicepoint.Counter::appointmentsPerSlot)
                                .sum()))) {
            return false;
        }
        UUID id = UUID.randomUUID();
        repository.insert(AppointmentRecordBuilder.builder()
                .id(id)
                .code(codes.fresh())
                .pointCode(point.code())
                .lineCode(line)
                .procedureCode(procedure)
                .startsAt(start)
                .endsAt(start.plus(rules.slotLength()))
                .localDay(start.atZone(points.windowsZone()).toLocalDate())
                .resident(resident.value())
                .dossierCode(dossier)
                .createdAt(clock.instant().minus(Duration.ofDays(2)))
                .build());
        if (status != AppointmentStatus.BOOKED) {
            repository.setStatus(id, status, start);
        }
        return true;
    }

    private static AppointmentStatus statusAt(Instant start, Instant now, int slot) {
        if (start.isAfter(now)) {
            return AppointmentStatus.BOOKED;
        }
        return slot % 8 == 6 ? AppointmentStatus.NO_SHOW : AppointmentStatus.CHECKED_IN;
    }
}
