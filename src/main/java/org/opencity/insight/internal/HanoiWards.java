package org.opencity.insight.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.Ward;
import org.opencity.geography.WardNotFound;
import org.opencity.platform.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The city's wards, which the scorecards compare: those of the province the platform serves. Wards change only with
 * a migration, so the list is read once in a while, not at every request.
 */
@Component
public class HanoiWards {

    private final Cache<String, List<Ward>> list =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).build();

    /** Hà Nội's province code in the 2025 register. */
    static final String PROVINCE = "01";

    private final AdministrativeUnits geography;

    HanoiWards(AdministrativeUnits geography) {
        this.geography = geography;
    }

    public List<Ward> all() {
        return list.get(PROVINCE, province -> geography
                .wardsOf(province, new PageQuery(0, PageQuery.MAX_SIZE))
                .items());
    }

    /** The ward, if it is one of the city's; otherwise the geography module's not-found problem. */
    public Ward require(String code) {
        Ward ward = geography.ward(code);
        if (!PROVINCE.equals(ward.provinceCode())) {
            throw new WardNotFound(code);
        }
        return ward;
    }

    public String name(String code) {
        return geography.findWard(code).map(Ward::name).orElse(code);
    }
}
