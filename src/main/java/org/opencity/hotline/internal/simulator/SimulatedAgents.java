package org.opencity.hotline.internal.simulator;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who accepted a simulated call on the console, for "connected to agent X". */
@Component
class SimulatedAgents {

    private final JdbcClient jdbc;

    SimulatedAgents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> name(String callSid) {
        return jdbc.sql("""
                        select h.accepted_by_name from htl_handover h join htl_call c on c.id = h.call_id
                        where c.provider_call_id = :sid and h.accepted_by_name is not null""").param("sid", callSid).query(String.class).optional();
    }
}
