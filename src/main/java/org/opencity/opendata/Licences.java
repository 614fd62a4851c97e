package org.opencity.opendata;

import java.util.List;
import java.util.Optional;

/**
 * The open licences a dataset may be published under (SPDX identifiers, as CKAN's {@code license_id} and DCAT's
 * {@code dct:license} carry them): only licences that let anyone reuse the data, the point of publishing it.
 */
public final class Licences {

    /** One licence: its SPDX id, its name and the address of its text. */
    public record Licence(String id, String title, String url) {}

    public static final List<Licence> ALL = List.of(
            new Licence(
                    "CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
            new Licence(
                    "CC-BY-SA-4.0",
                    "Creative Commons Attribution Share-Alike 4.0",
                    "https://creativecommons.org/licenses/by-sa/4.0/"),
            new Licence("CC0-1.0", "Creative Commons CCZero", "https://creativecommons.org/publicdomain/zero/1.0/"),
            new Licence(
                    "ODC-By-1.0",
                    "Open Data Commons Attribution License 1.0",
                    "https://opendatacommons.org/licenses/by/1-0/"),
            new Licence(
                    "ODbL-1.0",
                    "Open Data Commons Open Database License 1.0",
                    "https://opendatacommons.org/licenses/odbl/1-0/"));

    private Licences() {}

    public static Optional<Licence> find(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The licence's name, or its id when it is not one of these. */
    public static String title(String id) {
        return find(id).map(Licence::title).orElse(id);
    }

    /** The address of the licence's text, or null when it is not one of these. */
    public static String url(String id) {
        return find(id).map(Licence::url).orElse(null);
    }
}
