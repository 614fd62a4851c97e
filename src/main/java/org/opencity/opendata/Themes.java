package org.opencity.opendata;

import java.util.List;
import java.util.Map;

/**
 * The EU data-theme vocabulary DCAT-AP uses for {@code dcat:theme} (and CKAN groups here), with Vietnamese titles.
 * https://publications.europa.eu/resource/authority/data-theme
 */
public final class Themes {

    public static final String BASE = "http://publications.europa.eu/resource/authority/data-theme/";

    public static final Map<String, String[]> TITLES = Map.ofEntries(
            Map.entry("AGRI", new String[] {
                "Nông nghiệp, thủy sản, lâm nghiệp và thực phẩm", "Agriculture, fisheries, forestry and food"
            }),
            Map.entry("ECON", new String[] {"Kinh tế và tài chính", "Economy and finance"}),
            Map.entry("EDUC", new String[] {"Giáo dục, văn hóa và thể thao", "Education, culture and sport"}),
            Map.entry("ENER", new String[] {"Năng lượng", "Energy"}),
            Map.entry("ENVI", new String[] {"Môi trường", "Environment"}),
            Map.entry("GOVE", new String[] {"Chính phủ và khu vực công", "Government and public sector"}),
            Map.entry("HEAL", new String[] {"Y tế", "Health"}),
            Map.entry("INTR", new String[] {"Các vấn đề quốc tế", "International issues"}),
            Map.entry("JUST", new String[] {
                "Tư pháp, hệ thống pháp luật và an toàn công cộng", "Justice, legal system and public safety"
            }),
            Map.entry("REGI", new String[] {"Vùng và đô thị", "Regions and cities"}),
            Map.entry("SOCI", new String[] {"Dân số và xã hội", "Population and society"}),
            Map.entry("TECH", new String[] {"Khoa học và công nghệ", "Science and technology"}),
            Map.entry("TRAN", new String[] {"Giao thông", "Transport"}));

    /** The codes in the vocabulary's order, for a form's choices. */
    public static final List<String> CODES = TITLES.keySet().stream().sorted().toList();

    private Themes() {}
}
