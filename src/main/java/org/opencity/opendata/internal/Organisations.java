package org.opencity.opendata.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencity.identity.Unit;
import org.opencity.identity.UnitKind;
import org.opencity.identity.Units;
import org.opencity.opendata.Publisher;
import org.springframework.stereotype.Component;

/**
 * The bodies a registered dataset may be published under (CKAN organizations): the city, its departments and the
 * wards' People's Committees, named by their unit code in lower case (the city keeps its catalogue name). Units are
 * made by migrations, so the list is read once.
 */
@Component
public class Organisations {

    private final Units units;
    private volatile List<Publisher> all;

    Organisations(Units units) {
        this.units = units;
    }

    /** The city first, then its departments, then the wards' committees, each group by name. */
    public List<Publisher> all() {
        List<Publisher> known = all;
        if (known == null) {
            known = new ArrayList<>();
            known.add(CityPublisher.CITY);
            known.addAll(publishers(UnitKind.CITY_DEPARTMENT));
            known.addAll(publishers(UnitKind.WARD_COMMITTEE));
            known = List.copyOf(known);
            all = known;
        }
        return known;
    }

    public Optional<Publisher> find(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private List<Publisher> publishers(UnitKind kind) {
        return units.list(kind, null).stream()
                .sorted(Comparator.comparing(Unit::nameVi))
                .map(unit -> new Publisher(unit.code().toLowerCase(Locale.ROOT), unit.nameVi(), unit.nameEn()))
                .toList();
    }
}
