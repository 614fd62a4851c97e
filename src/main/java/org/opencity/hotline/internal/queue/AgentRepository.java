package org.opencity.hotline.internal.queue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of htl_agent: where the provider rings an agent (a phone number or a SIP address). */
@Repository
public class AgentRepository {

    private final JdbcClient jdbc;

    AgentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> dialAddress(UUID account) {
        return jdbc.sql("select dial_address from htl_agent where account_id = :account")
                .param("account", account)
                .query(String.class)
                .optional();
    }

    public void save(UUID account, String dialAddress, Instant at) {
        jdbc.sql("""
                insert into htl_agent (account_id, dial_address, updated_at) values (:account, :address, :at)
                on conflict (account_id) do update set dial_address = :address, updated_at = :at""")
                .param("account", account)
                .param("address", dialAddress)
                .param("at", Timestamp.from(at))
                .update();
    }
}
