package org.opencity.opendata;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.opencity.opendata.internal.DatasetPublisher;
import org.opencity.opendata.internal.OpenDataProperties;
import org.opencity.shared.VietnameseText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalogue: every dataset the publishers describe, the generated ones and those administrators registered (kept
 * {@code opencity.opendata.cache}, a minute, as the descriptions change slowly and harvesters read them often; a
 * registration drops them at once), searched and faceted as CKAN's {@code package_search} does, and each resource
 * written on demand, streamed.
 */
@Service
public class OpenDataCatalogue {

    /** CKAN's facet fields this catalogue counts. */
    public static final List<String> FACET_FIELDS =
            List.of("organization", "groups", "tags", "res_format", "license_id");

    public static final int MAX_ROWS = 1000;

    private final List<DatasetPublisher> publishers;
    private final LoadingCache<String, List<Dataset>> all;

    OpenDataCatalogue(List<DatasetPublisher> publishers, OpenDataProperties properties) {
        this.publishers = List.copyOf(publishers);
        this.all = Caffeine.newBuilder().expireAfterWrite(properties.cache()).build(key -> load());
    }

    public List<Dataset> datasets() {
        return all.get("all");
    }

    public Dataset dataset(String nameOrId) {
        return find(nameOrId).orElseThrow(DatasetNotFound::new);
    }

    public Optional<Dataset> find(String nameOrId) {
        return datasets().stream().filter(d -> d.name().equals(nameOrId)).findFirst();
    }

    /** The resource and its dataset. */
    public Map.Entry<Dataset, DataResource> resource(String id) {
        for (Dataset dataset : datasets()) {
            for (DataResource resource : dataset.resources()) {
                if (resource.id().equals(id)) {
                    return Map.entry(dataset, resource);
                }
            }
        }
        throw new DatasetNotFound();
    }

    /** Writes a resource's text; the caller streams it (a large file never sits in memory). */
    @Transactional(readOnly = true)
    public void write(String resourceId, Writer out) {
        publisherOf(resourceId).write(resourceId, out);
    }

    /** Sends a resource's bytes as they are downloaded, streamed (an uploaded file exactly as it was kept). */
    @Transactional(readOnly = true)
    public void send(String resourceId, OutputStream out) {
        publisherOf(resourceId).send(resourceId, out);
    }

    /**
     * Drops the descriptions kept, once the caller's transaction has committed (at once without one): the next
     * reader sees a dataset just registered, changed or withdrawn. Other nodes see it when their own copy expires.
     */
    public void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    /** Drops the descriptions kept: the next reader has them rebuilt from the publishers. */
    public void forget() {
        all.invalidateAll();
    }

    private DatasetPublisher publisherOf(String resourceId) {
        DataResource resource = resource(resourceId).getValue();
        if (!resource.servedHere()) {
            throw new DatasetNotFound();
        }
        return publishers.stream()
                .filter(p -> p.publishes(resourceId))
                .findFirst()
                .orElseThrow(DatasetNotFound::new);
    }

    public List<Publisher> publishers() {
        return datasets().stream()
                .map(Dataset::publisher)
                .distinct()
                .sorted(Comparator.comparing(Publisher::name))
                .toList();
    }

    public List<String> keywords() {
        return datasets().stream()
                .flatMap(d -> d.keywords().stream())
                .distinct()
                .sorted()
                .toList();
    }

    public List<String> themes() {
        return datasets().stream()
                .flatMap(d -> d.themes().stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** Searches as CKAN's {@code package_search}: all words in the title, description or keywords, diacritics aside. */
    public SearchResult search(DatasetSearch search) {
        List<Dataset> matching = datasets().stream()
                .filter(d -> matchesWords(d, search.q()))
                .filter(d -> search.filters().entrySet().stream()
                        .allMatch(f -> values(d, f.getKey()).anyMatch(v -> v.equals(f.getValue()))))
                .sorted(order(search.sort()))
                .toList();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String field : search.facetFields()) {
            Map<String, Long> counts = new TreeMap<>();
            matching.forEach(d -> values(d, field).distinct().forEach(v -> counts.merge(v, 1L, Long::sum)));
            facets.put(field, counts);
        }
        int start = Math.max(0, search.start());
        int rows = Math.max(0, Math.min(search.rows(), MAX_ROWS));
        List<Dataset> page =
                start >= matching.size() ? List.of() : matching.subList(start, Math.min(matching.size(), start + rows));
        return new SearchResult(matching.size(), new ArrayList<>(page), facets);
    }

    /** The values of a CKAN search field of a dataset (for {@code fq} and facets). */
    public static Stream<String> values(Dataset d, String field) {
        return switch (field) {
            case "organization", "owner_org" -> Stream.of(d.publisher().name());
            case "groups" -> d.themes().stream().map(t -> t.toLowerCase(Locale.ROOT));
            case "tags" -> d.keywords().stream();
            case "res_format" -> d.resources().stream().map(DataResource::format);
            case "license_id" -> Stream.of(d.licenseId());
            case "name" -> Stream.of(d.name());
            default -> Stream.empty();
        };
    }

    private static boolean matchesWords(Dataset d, String q) {
        if (q == null || q.isBlank() || q.strip().equals("*:*")) {
            return true;
        }
        String text = VietnameseText.fold(String.join(
                " ",
                d.name(),
                d.titleVi(),
                d.titleEn(),
                d.descriptionVi(),
                d.descriptionEn(),
                String.join(" ", d.keywords())));
        for (String word : VietnameseText.fold(q).split("\\s+")) {
            if (!word.isBlank() && !text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Comparator<Dataset> order(String sort) {
        String s = sort == null || sort.isBlank() ? "score desc, metadata_modified desc" : sort;
        String first = s.split(",")[0].strip();
        String[] parts = first.split("\\s+");
        boolean descending = parts.length > 1 && parts[1].equalsIgnoreCase("desc");
        Function<Dataset, String> key = switch (parts[0]) {
            case "name" -> Dataset::name;
            case "title_string", "title" -> d -> VietnameseText.fold(d.titleVi());
            case "metadata_created" -> d -> String.valueOf(d.created());
            default -> d -> String.valueOf(d.modified());
        };
        Comparator<Dataset> comparator = Comparator.comparing(key);
        if (parts[0].equals("score")) {
            comparator = Comparator.comparing((Dataset d) -> String.valueOf(d.modified()))
                    .reversed();
            return comparator.thenComparing(Dataset::name);
        }
        return (descending ? comparator.reversed() : comparator).thenComparing(Dataset::name);
    }

    private List<Dataset> load() {
        return publishers.stream()
                .flatMap(p -> p.datasets().stream())
                .sorted(Comparator.comparing(Dataset::name))
                .toList();
    }
}
