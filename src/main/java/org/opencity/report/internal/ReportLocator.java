package org.opencity.report.internal;

import org.opencity.geography.AdministrativeUnits;
import org.opencity.geography.GeographyProperties;
import org.opencity.geography.Ward;
import org.opencity.platform.InvalidRequest;
import org.opencity.report.OutsideCity;
import org.springframework.stereotype.Component;

/**
 * Decides where a report is: the ward containing its point, or, for an address without a point, the ward the
 * address names (placed at the ward's centre).
 */
@Component
public class ReportLocator {

    // Mainland Vietnam with a margin; points outside are mistakes (swapped lat/long, 0,0), not reports.
    private static final double MIN_LAT = 8.0;
    private static final double MAX_LAT = 23.5;
    private static final double MIN_LON = 102.0;
    private static final double MAX_LON = 110.0;

    private final AdministrativeUnits geography;
    private final GeographyProperties settings;

    ReportLocator(AdministrativeUnits geography, GeographyProperties settings) {
        this.geography = geography;
        this.settings = settings;
    }

    public Location locate(Double lat, Double lon, String address) {
        if (lat != null && lon != null) {
            if (!Double.isFinite(lat)
                    || !Double.isFinite(lon)
                    || lat < MIN_LAT
                    || lat > MAX_LAT
                    || lon < MIN_LON
                    || lon > MAX_LON) {
                throw new InvalidRequest("problem.report.outside-vietnam");
            }
            Ward ward = geography.wardAt(lat, lon).orElseThrow(OutsideCity::new);
            if (!settings.homeProvince().equals(ward.provinceCode())) {
                throw new OutsideCity();
            }
            return new Location(lat, lon, ward);
        }
        if (lat != null || lon != null) {
            throw new InvalidRequest("problem.report.location-incomplete");
        }
        if (address == null || address.isBlank()) {
            throw new InvalidRequest("problem.report.location-required");
        }
        Ward ward = geography
                .wardMentionedIn(address, settings.homeProvince())
                .orElseThrow(() -> new InvalidRequest("problem.report.address-unknown"));
        return new Location(ward.lat(), ward.lon(), ward);
    }

    /**
     * Where a place said on the phone is: the ward it names, at the ward's centre; otherwise the city's seat, not
     * placed, for the city's operators to place. A caller cannot be sent back to fix an address as a form can.
     */
    public Location locateSpoken(String place, String cityWard) {
        return java.util.Optional.ofNullable(place)
                .filter(text -> !text.isBlank())
                .flatMap(text -> geography.wardMentionedIn(text, settings.homeProvince()))
                .map(ward -> new Location(ward.lat(), ward.lon(), ward))
                .orElseGet(() -> {
                    Ward seat = geography.ward(cityWard);
                    return new Location(seat.lat(), seat.lon(), seat, false);
                });
    }

    /** @param placed false when nobody could tell where the problem is yet */
    public record Location(double lat, double lon, Ward ward, boolean placed) {

        public Location(double lat, double lon, Ward ward) {
            this(lat, lon, ward, true);
        }
    }
}
