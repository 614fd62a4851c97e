package org.opencity.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencity.identity.Account;
import org.opencity.identity.AccountId;
import org.opencity.identity.Role;
import org.opencity.identity.RoleAssignment;
import org.opencity.identity.UnitId;
import org.opencity.shared.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts, their password hashes and their role assignments.
 */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;
    private final ActorCache actors;
    private final Clock clock;

    AccountRepository(JdbcClient jdbc, ActorCache actors, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.clock = clock;
    }

    public void insert(
            AccountId id,
            String phone,
            String email,
            String displayName,
            String passwordHash,
            String homeWardCode,
            String locale) {
        jdbc.sql("""
                insert into idn_account (id, phone, email, display_name, password_hash, home_ward_code, locale)
                values (:id, :phone, :email, :name, :hash, :ward, :locale)""")
                .param("id", id.value())
                .param("phone", phone)
                .param("email", email)
                .param("name", displayName)
                .param("hash", passwordHash)
                .param("ward", homeWardCode)
                .param("locale", locale)
                .update();
    }

    public boolean loginTaken(String phone, String email) {
        return jdbc.sql("select count(*) from idn_account where phone = :phone or email = :email")
                        .param("phone", phone)
                        .param("email", email)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<Account> find(AccountId id) {
        return jdbc.sql("select * from idn_account where id = :id")
                .param("id", id.value())
                .query(AccountRepository::account)
                .optional();
    }

    /** Finds by normalised email or E.164 phone. */
    public Optional<Credentials> credentials(String login) {
        return jdbc.sql("""
                select id, display_name, password_hash, enabled from idn_account
                where email = :login or phone = :login""")
                .param("login", login)
                .query((rs, n) -> new Credentials(
                        new AccountId(rs.getObject("id", UUID.class)),
                        rs.getString("display_name"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    public Optional<String> passwordHash(AccountId id) {
        return jdbc.sql("select password_hash from idn_account where id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    public void updatePassword(AccountId id, String hash) {
        jdbc.sql("update idn_account set password_hash = :hash, password_changed_at = now() where id = :id")
                .param("hash", hash)
                .param("id", id.value())
                .update();
    }

    public void updateProfile(AccountId id, String displayName, String homeWardCode, String locale) {
        actors.forgetAfterCommit(id);
        jdbc.sql("update idn_account set display_name = :name, home_ward_code = :ward, locale = :locale where id = :id")
                .param("name", displayName)
                .param("ward", homeWardCode)
                .param("locale", locale)
                .param("id", id.value())
                .update();
    }

    public boolean citizenIdUsedByOther(String citizenIdHash, AccountId id) {
        return jdbc.sql("select count(*) from idn_account where citizen_id_hash = :hash and id <> :id")
                        .param("hash", citizenIdHash)
                        .param("id", id.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void markVerified(AccountId id, String citizenIdHash, String last3, AccountId officer, UnitId unit) {
        actors.forgetAfterCommit(id);
        jdbc.sql("""
                update idn_account set identity_level = 2, citizen_id_hash = :hash, citizen_id_last3 = :last3,
                       verified_at = :now, verified_by = :officer, verified_unit_id = :unit
                where id = :id""")
                .param("hash", citizenIdHash)
                .param("last3", last3)
                .param("now", Timestamp.from(clock.instant()))
                .param("officer", officer.value())
                .param("unit", unit == null ? null : unit.value())
                .param("id", id.value())
                .update();
    }

    public List<RoleAssignment> assignments(AccountId id) {
        return jdbc.sql("""
                select r.role, r.unit_id, u.code as unit_code, u.ward_code
                from idn_role_assignment r left join idn_unit u on u.id = r.unit_id
                where r.account_id = :id order by r.role, u.code""")
                .param("id", id.value())
                .query((rs, n) -> new RoleAssignment(
                        Role.valueOf(rs.getString("role")),
                        rs.getObject("unit_id") == null ? null : new UnitId(rs.getObject("unit_id", UUID.class)),
                        rs.getString("unit_code"),
                        rs.getString("ward_code")))
                .list();
    }

    public boolean grant(AccountId id, Role role, UnitId unit) {
        actors.forgetAfterCommit(id);
        return jdbc.sql("""
                insert into idn_role_assignment (account_id, role, unit_id) values (:id, :role, :unit)
                on conflict do nothing""")
                        .param("id", id.value())
                        .param("role", role.name())
                        .param("unit", unit == null ? null : unit.value())
                        .update()
                == 1;
    }

    public boolean revoke(AccountId id, Role role, UnitId unit) {
        actors.forgetAfterCommit(id);
        return jdbc.sql("""
                delete from idn_role_assignment where account_id = :id and role = :role
                and unit_id is not distinct from :unit""")
                        .param("id", id.value())
                        .param("role", role.name())
                        .param("unit", unit == null ? null : unit.value())
                        .update()
                == 1;
    }

    /** Officers of a unit, for the unit's own staff page. */
    public List<Account> membersOf(UnitId unit) {
        return jdbc.sql("""
                select distinct a.* from idn_account a join idn_role_assignment r on r.account_id = a.id
                where r.unit_id = :unit order by a.display_name""")
                .param("unit", unit.value())
                .query(AccountRepository::account)
                .list();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        Timestamp verified = rs.getTimestamp("verified_at");
        String phone = rs.getString("phone");
        return new Account(
                new AccountId(rs.getObject("id", UUID.class)),
                rs.getString("display_name"),
                phone == null ? null : new PhoneNumber(phone).national(),
                rs.getString("email"),
                rs.getInt("identity_level"),
                rs.getString("citizen_id_last3"),
                verified == null ? null : verified.toInstant(),
                rs.getString("home_ward_code"),
                rs.getString("locale"),
                rs.getTimestamp("created_at").toInstant());
    }

    public record Credentials(AccountId id, String displayName, String passwordHash, boolean enabled) {}

    /** Everyone who holds a role, whatever the unit, in a stable order. */
    public List<AccountId> holdersOf(Role role) {
        return jdbc.sql("select distinct account_id from idn_role_assignment where role = :role order by account_id")
                .param("role", role.name())
                .query((rs, n) -> new AccountId(rs.getObject("account_id", UUID.class)))
                .list();
    }
}
