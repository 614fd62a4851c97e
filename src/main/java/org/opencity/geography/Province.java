package org.opencity.geography;

/**
 * A province or centrally governed city (34 since 1 July 2025).
 */
public record Province(
        String code,
        String name,
        String shortName,
        String kind,
        int wardCount,
        Double areaKm2,
        Integer population,
        Double lat,
        Double lon) {}
