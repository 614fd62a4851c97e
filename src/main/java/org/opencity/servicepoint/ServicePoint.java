package org.opencity.servicepoint;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A place that serves residents in person.
 *
 * @param code the stable id, e.g. {@code TTPVHCC-00070} (the identity unit of a ward's centre) or {@code XE-01}
 * @param wardCode the ward a centre serves; null for a vehicle
 * @param unitCode the unit whose clerks run the point
 * @param lat where the point is; a centre is placed at its ward's centroid, the source having no office coordinates
 * @param version raised by every change, so two editors do not overwrite each other
 */
@RecordBuilder
public record ServicePoint(
        String code,
        PointKind kind,
        String nameVi,
        String nameEn,
        String wardCode,
        String wardName,
        String unitCode,
        String address,
        Double lat,
        Double lon,
        List<ServiceLine> lines,
        List<Counter> counters,
        List<Opening> openings,
        int version) {

    public ServicePoint {
        lines = List.copyOf(lines);
        counters = List.copyOf(counters);
        openings = List.copyOf(openings);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public Optional<ServiceLine> line(String lineCode) {
        return lines.stream().filter(line -> line.code().equals(lineCode)).findFirst();
    }

    /** The line that takes a procedure field: the one that names it, else the general line. */
    public Optional<ServiceLine> lineForField(String fieldCode) {
        return lines.stream()
                .filter(line -> line.fieldCodes().contains(fieldCode))
                .findFirst()
                .or(() -> lines.stream().filter(ServiceLine::servesAll).findFirst());
    }

    /** The active counters that serve a line. */
    public List<Counter> countersServing(String lineCode) {
        return counters.stream().filter(counter -> counter.serves(lineCode)).toList();
    }

    public Optional<Counter> counter(int number) {
        return counters.stream().filter(c -> c.number() == number).findFirst();
    }
}
