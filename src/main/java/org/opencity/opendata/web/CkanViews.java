package org.opencity.opendata.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.Dataset;
import org.opencity.opendata.Licences;
import org.opencity.opendata.Publisher;
import org.opencity.opendata.Themes;

/**
 * The catalogue in CKAN's shapes (CKAN 2.10 "package", "resource", "organization", "group", "tag" dictionaries), so
 * that CKAN clients and harvesters read it unchanged. Ids are the names: they are unique and stable.
 */
final class CkanViews {

    /** CKAN writes timestamps in UTC without a zone designator, to the microsecond. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private CkanViews() {}

    static Map<String, Object> dataset(Dataset d, String baseUrl) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", d.name());
        p.put("name", d.name());
        p.put("title", d.titleVi());
        p.put("notes", d.descriptionVi());
        p.put("type", "dataset");
        p.put("state", "active");
        p.put("private", false);
        p.put("isopen", true);
        p.put("license_id", d.licenseId());
        p.put("license_title", Licences.title(d.licenseId()));
        p.put("license_url", licenseUrl(d.licenseId()));
        p.put("author", d.publisher().title());
        p.put("author_email", null);
        p.put("maintainer", d.publisher().title());
        p.put("maintainer_email", null);
        p.put("version", null);
        p.put("url", baseUrl + "/data/" + d.name());
        p.put("metadata_created", TIME.format(d.created()));
        p.put("metadata_modified", TIME.format(d.modified()));
        p.put("owner_org", d.publisher().name());
        p.put("organization", organization(d.publisher(), null));
        p.put("groups", d.themes().stream().map(CkanViews::group).toList());
        p.put("tags", d.keywords().stream().map(CkanViews::tag).toList());
        p.put("num_tags", d.keywords().size());
        List<Map<String, Object>> resources = new ArrayList<>();
        for (int i = 0; i < d.resources().size(); i++) {
            resources.add(resource(d, d.resources().get(i), i, baseUrl));
        }
        p.put("resources", resources);
        p.put("num_resources", resources.size());
        List<Map<String, Object>> extras = new ArrayList<>();
        extras.add(extra("frequency", d.frequency()));
        extras.add(extra("spatial_text", d.spatial()));
        if (d.temporalStart() != null) {
            extras.add(extra("temporal_start", d.temporalStart().toString()));
        }
        if (d.temporalEnd() != null) {
            extras.add(extra("temporal_end", d.temporalEnd().toString()));
        }
        p.put("extras", extras);
        p.put("title_en", d.titleEn());
        p.put("notes_en", d.descriptionEn());
        return p;
    }

    static Map<String, Object> resource(Dataset d, DataResource r, int position, String baseUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("package_id", d.name());
        m.put("name", r.name());
        m.put("description", r.description());
        m.put("format", r.format());
        m.put("mimetype", r.mediaType());
        // An uploaded file is CKAN's "upload"; a link is followed where it is, a generated file is sent from here.
        m.put("url", r.servedHere() ? baseUrl + "/data/download/" + r.id() : r.link());
        m.put("url_type", r.sizeBytes() != null ? "upload" : null);
        m.put("size", r.sizeBytes());
        m.put("state", "active");
        m.put("position", position);
        m.put("created", TIME.format(d.created()));
        m.put("last_modified", TIME.format(d.modified()));
        m.put("datastore_active", false);
        return m;
    }

    static Map<String, Object> organization(Publisher o, Integer packageCount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.name());
        m.put("name", o.name());
        m.put("title", o.title());
        m.put("display_name", o.title());
        m.put("description", o.description());
        m.put("type", "organization");
        m.put("state", "active");
        m.put("is_organization", true);
        m.put("approval_status", "approved");
        m.put("image_url", "");
        if (packageCount != null) {
            m.put("package_count", packageCount);
        }
        return m;
    }

    static Map<String, Object> group(String theme) {
        String[] titles = Themes.TITLES.getOrDefault(theme, new String[] {theme, theme});
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", theme.toLowerCase(java.util.Locale.ROOT));
        m.put("name", theme.toLowerCase(java.util.Locale.ROOT));
        m.put("title", titles[0]);
        m.put("display_name", titles[0]);
        m.put("description", titles[1]);
        m.put("image_display_url", "");
        return m;
    }

    static Map<String, Object> tag(String keyword) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", keyword);
        m.put("name", keyword);
        m.put("display_name", keyword);
        m.put("state", "active");
        m.put("vocabulary_id", null);
        return m;
    }

    static String licenseUrl(String licenseId) {
        return Licences.url(licenseId);
    }

    private static Map<String, Object> extra(String key, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("value", value);
        return m;
    }
}
