package org.opencity.notification.internal;

import com.interaso.webpush.VapidKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The platform's VAPID key pair for Web Push, generated at first start and kept in the database: browsers subscribed
 * with its public half, so a new pair would silently cut every subscription. Several nodes starting at once agree
 * on one pair (the first insert wins).
 */
@Component
public class VapidKeyStore {

    private final JdbcClient jdbc;
    private volatile VapidKeys keys;

    VapidKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public VapidKeys keys() {
        VapidKeys known = keys;
        if (known == null) {
            known = loadOrCreate();
            keys = known;
        }
        return known;
    }

    /** The key a browser subscribes with: the uncompressed public point, base64url without padding. */
    public String applicationServerKey() {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(keys().getApplicationServerKey());
    }

    private VapidKeys loadOrCreate() {
        VapidKeys fresh = VapidKeys.generate();
        jdbc.sql("""
                insert into ntf_vapid_key (id, public_key, private_key) values (1, :public, :private)
                on conflict (id) do nothing""")
                .param("public", fresh.getX509PublicKey())
                .param("private", fresh.getPkcs8PrivateKey())
                .update();
        return jdbc.sql("select public_key, private_key from ntf_vapid_key where id = 1")
                .query((rs, n) -> VapidKeys.create(rs.getString(1), rs.getString(2)))
                .single();
    }
}
