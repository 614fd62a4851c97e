package org.opencity.geography;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencity.geography.internal.AdministrativeUnitRepository;
import org.opencity.geography.internal.WardBoundaryIndex;
import org.opencity.platform.InvalidRequest;
import org.opencity.platform.PageQuery;
import org.opencity.platform.PageResponse;
import org.opencity.shared.VietnameseText;
import org.springframework.stereotype.Service;

/**
 * The geography module's API: look up provinces and wards, search them by any name residents use,
 * and find the ward that contains a point.
 */
@Service
public class AdministrativeUnits {

    public static final int MAX_SEARCH_RESULTS = 50;

    private final AdministrativeUnitRepository repository;
    private final WardBoundaryIndex boundaries;
    private final GeographyProperties properties;
    private final java.util.Map<String, Ward> wardCache = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<Province> provinces;
    private final java.util.Map<String, List<Ward>> wardLists = new java.util.concurrent.ConcurrentHashMap<>();

    AdministrativeUnits(
            AdministrativeUnitRepository repository, WardBoundaryIndex boundaries, GeographyProperties properties) {
        this.repository = repository;
        this.boundaries = boundaries;
        this.properties = properties;
    }

    /** The 34 provinces, read once: they change only with a migration. */
    public List<Province> provinces() {
        List<Province> all = provinces;
        if (all == null) {
            all = repository.provinces();
            provinces = all;
        }
        return all;
    }

    public Province province(String code) {
        return provinces().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new ProvinceNotFound(code));
    }

    /** Pages of a province's wards; each province's list is read once, since wards change only with a migration. */
    public PageResponse<Ward> wardsOf(String provinceCode, PageQuery page) {
        List<Ward> all = allWardsOf(province(provinceCode).code());
        int from = (int) Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size());
        return PageResponse.of(all.subList(from, to), page, all.size());
    }

    public Ward ward(String code) {
        return findWard(code).orElseThrow(() -> new WardNotFound(code));
    }

    /** Wards change only with a migration, so each is read from the database once. */
    public Optional<Ward> findWard(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Ward cached = wardCache.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Ward> found = repository.ward(code);
        found.ifPresent(ward -> wardCache.put(code, ward));
        return found;
    }

    public WardDetails details(String code) {
        return new WardDetails(ward(code), repository.aliases(code));
    }

    /** Matches current names first, then former ward and district names; diacritics are optional. */
    public List<WardMatch> search(String query, String provinceCode, int limit) {
        String folded = VietnameseText.foldQuery(query);
        if (folded.isEmpty()) {
            throw new InvalidRequest("problem.search.empty");
        }
        if (provinceCode != null && !provinceCode.isBlank()) {
            province(provinceCode);
        }
        int bounded = Math.max(1, Math.min(limit, MAX_SEARCH_RESULTS));
        String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode;
        List<WardMatch> matches =
                new ArrayList<>(repository.searchByName(folded, province, properties.homeProvince(), bounded));
        Set<String> seen =
                new LinkedHashSet<>(matches.stream().map(m -> m.ward().code()).toList());
        for (WardMatch byAlias : repository.searchByAlias(folded, province, properties.homeProvince(), bounded)) {
            if (matches.size() >= bounded) {
                break;
            }
            if (seen.add(byAlias.ward().code())) {
                matches.add(byAlias);
            }
        }
        return matches;
    }

    public Optional<Ward> wardAt(double lat, double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new InvalidRequest("problem.coordinates.invalid");
        }
        return boundaries.wardCodeAt(lat, lon).flatMap(this::findWard);
    }

    public Ward requireWardAt(double lat, double lon) {
        return wardAt(lat, lon).orElseThrow(() -> new NoWardAtPoint(lat, lon));
    }

    /**
     * The ward of a province whose name appears in free text such as an address (12 Hàng Bạc, P. Hoàn Kiếm),
     * the longest name winning; diacritics and the type word are optional.
     */
    public Optional<Ward> wardMentionedIn(String text, String provinceCode) {
        String folded = " " + VietnameseText.foldQuery(text) + " ";
        if (folded.isBlank()) {
            return Optional.empty();
        }
        Ward best = null;
        int bestLength = 0;
        for (Ward ward : allWardsOf(provinceCode)) {
            String name = VietnameseText.fold(ward.name()).replaceFirst("^(phuong|xa|dac khu) ", "");
            if (name.length() > bestLength && folded.contains(" " + name + " ")) {
                best = ward;
                bestLength = name.length();
            }
        }
        return Optional.ofNullable(best);
    }

    private List<Ward> allWardsOf(String provinceCode) {
        return wardLists.computeIfAbsent(provinceCode, repository::allWardsOf);
    }

    /** The ward's boundary as a GeoJSON geometry, when the platform has it. */
    public Optional<String> boundary(String code) {
        ward(code);
        return repository.boundary(code);
    }
}
