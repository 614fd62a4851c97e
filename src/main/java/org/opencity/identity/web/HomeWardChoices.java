package org.opencity.identity.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.GeographyProperties;
import org.opencity.geography.Ward;
import org.opencity.platform.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The wards a resident picks a home ward from, by name (nobody knows their ward's five-digit code): the wards of the
 * province this installation serves, in Vietnamese alphabetical order.
 */
@Component
class HomeWardChoices {

    private final AdministrativeUnits geography;
    private final String province;
    private volatile List<Ward> wards;

    HomeWardChoices(AdministrativeUnits geography, GeographyProperties properties) {
        this.geography = geography;
        this.province = properties.homeProvince();
    }

    List<Ward> wards() {
        List<Ward> known = wards;
        if (known == null) {
            Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
            known = geography.wardsOf(province, new PageQuery(0, PageQuery.MAX_SIZE)).items().stream()
                    .sorted(Comparator.comparing(Ward::name, vietnamese))
                    .toList();
            wards = known;
        }
        return known;
    }
}
