package org.opencity.insight.internal;

import java.util.List;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.Ward;
import org.opencity.geography.WardNotFound;
import org.opencity.platform.PageQuery;
import org.springframework.stereotype.Component;

/** The city's wards, which the scorecards compare: those of the province the platform serves. */
@Component
public class HanoiWards {

    /** Hà Nội's province code in the 2025 register. */
    static final String PROVINCE = "01";

    private final AdministrativeUnits geography;

    HanoiWards(AdministrativeUnits geography) {
        this.geography = geography;
    }

    public List<Ward> all() {
        return geography.wardsOf(PROVINCE, new PageQuery(0, PageQuery.MAX_SIZE)).items();
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
