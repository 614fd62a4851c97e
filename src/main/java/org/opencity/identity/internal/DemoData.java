package org.opencity.identity.internal;

import java.util.List;
import org.opencity.identity.AccountId;
import org.opencity.identity.AccountManagement;
import org.opencity.identity.Actor;
import org.opencity.identity.Actors;
import org.opencity.identity.IdentityVerification;
import org.opencity.identity.Registration;
import org.opencity.identity.Role;
import org.opencity.identity.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo accounts, one per role, created once when demo data are enabled (the default for a local run).
 */
@Component
@Order(2)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String VERIFIED_RESIDENT = "verified@demo.opencity.vn";

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("Nguyễn Văn An", "0912345678", "resident@demo.opencity.vn", "00070", Role.RESIDENT, null),
            new DemoAccount("Ngô Thị Lan", "0912000007", "verified@demo.opencity.vn", "00070", Role.RESIDENT, null),
            new DemoAccount(
                    "Trần Thị Bình",
                    "0912000001",
                    "officer.hoankiem@demo.opencity.vn",
                    "00070",
                    Role.WARD_OFFICER,
                    "UBND-00070"),
            new DemoAccount(
                    "Lê Văn Cường",
                    "0912000002",
                    "clerk.hoankiem@demo.opencity.vn",
                    "00070",
                    Role.CENTRE_CLERK,
                    "TTPVHCC-00070"),
            new DemoAccount(
                    "Phạm Thị Dung",
                    "0912000003",
                    "officer.caugiay@demo.opencity.vn",
                    "00166",
                    Role.WARD_OFFICER,
                    "UBND-00166"),
            new DemoAccount(
                    "Hoàng Văn Em",
                    "0912000004",
                    "dept.xaydung@demo.opencity.vn",
                    null,
                    Role.DEPARTMENT_OFFICER,
                    "SO-XAYDUNG"),
            new DemoAccount("Vũ Thị Giang", "0912000005", "operator@demo.opencity.vn", null, Role.CITY_OPERATOR, null),
            new DemoAccount("Đỗ Văn Hùng", "0912000006", "admin@demo.opencity.vn", null, Role.ADMINISTRATOR, null));

    private final AccountManagement accounts;
    private final AccountRepository repository;
    private final Actors actors;
    private final Units units;
    private final TransactionTemplate transactions;
    private final DemoSettings settings;
    private final IdentityVerification identityChecks;

    DemoData(
            AccountManagement accounts,
            AccountRepository repository,
            Actors actors,
            Units units,
            TransactionTemplate transactions,
            DemoSettings settings,
            IdentityVerification identityChecks) {
        this.identityChecks = identityChecks;
        this.accounts = accounts;
        this.repository = repository;
        this.actors = actors;
        this.units = units;
        this.transactions = transactions;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        for (DemoAccount demo : ACCOUNTS) {
            if (actors.byLogin(demo.email()).isPresent()) {
                continue;
            }
            transactions.executeWithoutResult(status -> {
                var account = accounts.register(new Registration(
                        demo.name(), demo.phone(), demo.email(), settings.password(), demo.wardCode(), "vi"));
                if (demo.role() != Role.RESIDENT) {
                    repository.grant(
                            account.id(),
                            demo.role(),
                            demo.unitCode() == null
                                    ? null
                                    : units.byCode(demo.unitCode()).id());
                }
            });
            log.info("Demo account {} ({})", demo.email(), demo.role());
        }
        verifyDemoResident();
    }

    /** One demo resident has had their citizen ID checked by the ward (level 2), so every procedure can be tried. */
    private void verifyDemoResident() {
        AccountId verified = actors.byLogin(VERIFIED_RESIDENT).orElseThrow();
        if (accounts.account(verified).identityLevel() >= 2) {
            return;
        }
        Actor officer = actors.actor(
                        actors.byLogin("officer.hoankiem@demo.opencity.vn").orElseThrow())
                .orElseThrow();
        transactions.executeWithoutResult(status -> identityChecks.verify(officer, verified, "001190000007"));
    }

    record DemoAccount(String name, String phone, String email, String wardCode, Role role, String unitCode) {}
}
