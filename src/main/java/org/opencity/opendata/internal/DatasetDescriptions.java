package org.opencity.opendata.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.Dataset;
import org.opencity.opendata.DatasetBuilder;
import org.opencity.opendata.DatasetDraft;
import org.opencity.opendata.Publisher;
import org.springframework.stereotype.Component;

/** Registered datasets as the catalogue describes every dataset: their publisher resolved, their files read. */
@Component
public class DatasetDescriptions {

    private final RegisteredDatasetRepository repository;
    private final Organisations organisations;

    DatasetDescriptions(RegisteredDatasetRepository repository, Organisations organisations) {
        this.repository = repository;
        this.organisations = organisations;
    }

    /** The datasets with their files, read in one query. */
    public List<Dataset> describe(List<DatasetRow> rows) {
        Map<UUID, List<DataResource>> files =
                repository.resourcesOf(rows.stream().map(DatasetRow::id).toList());
        return rows.stream()
                .map(row -> dataset(row, files.getOrDefault(row.id(), List.of())))
                .toList();
    }

    public Dataset describe(DatasetRow row) {
        return describe(List.of(row)).get(0);
    }

    private Dataset dataset(DatasetRow row, List<DataResource> files) {
        DatasetDraft d = row.draft();
        // A unit is never removed, so the name always resolves; should one be, the dataset still shows its name.
        Publisher publisher =
                organisations.find(d.publisher()).orElseGet(() -> new Publisher(d.publisher(), d.publisher(), ""));
        return DatasetBuilder.builder()
                .name(d.name())
                .titleVi(d.titleVi())
                .titleEn(d.titleEn())
                .descriptionVi(d.descriptionVi())
                .descriptionEn(d.descriptionEn())
                .publisher(publisher)
                .licenseId(d.licenseId())
                .themes(d.themes())
                .keywords(d.keywords())
                .frequency(d.frequency())
                .temporalStart(d.temporalStart())
                .temporalEnd(d.temporalEnd())
                .spatial(d.spatial())
                .created(row.created())
                .modified(row.modified())
                .resources(files)
                .build();
    }
}
