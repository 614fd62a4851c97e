package org.opencity.opendata;

import java.util.Map;

/**
 * The EU data-theme vocabulary DCAT-AP uses for {@code dcat:theme} (and CKAN groups here), with Vietnamese titles.
 * https://publications.europa.eu/resource/authority/data-theme
 */
public final class Themes {

    public static final String BASE = "http://publications.europa.eu/resource/authority/data-theme/";

    public static final Map<String, String[]> TITLES = Map.of(
            "GOVE", new String[] {"Chính phủ và khu vực công", "Government and public sector"},
            "SOCI", new String[] {"Dân số và xã hội", "Population and society"},
            "REGI", new String[] {"Vùng và đô thị", "Regions and cities"},
            "TRAN", new String[] {"Giao thông", "Transport"},
            "ENVI", new String[] {"Môi trường", "Environment"});

    private Themes() {}
}
