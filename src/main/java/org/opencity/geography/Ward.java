package org.opencity.geography;

/**
 * A ward (phường), commune (xã) or special zone (đặc khu): the level that serves residents directly.
 *
 * @param lat centroid of the ward's area, not the address of its office
 * @param hasBoundary whether the platform knows its boundary, and so can place points in it
 */
public record Ward(
        String code,
        String name,
        String kind,
        String provinceCode,
        String provinceName,
        Double areaKm2,
        Double lat,
        Double lon,
        String adminCenter,
        boolean hasBoundary) {}
