package org.opencity.opendata;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;
import org.opencity.identity.Actor;
import org.opencity.identity.AuditActions;
import org.opencity.identity.AuditTrail;
import org.opencity.identity.NotAllowed;
import org.opencity.identity.Role;
import org.opencity.opendata.internal.CheckedFile;
import org.opencity.opendata.internal.DatasetDescriptions;
import org.opencity.opendata.internal.DatasetNames;
import org.opencity.opendata.internal.DatasetRow;
import org.opencity.opendata.internal.DraftCheck;
import org.opencity.opendata.internal.LinkCheck;
import org.opencity.opendata.internal.Organisations;
import org.opencity.opendata.internal.RegisteredDatasetRepository;
import org.opencity.opendata.internal.ResourceFileCheck;
import org.opencity.shared.Sha256;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The datasets administrators register by hand, beside the ones the platform generates: described, given files
 * (uploaded and checked, or links), changed and withdrawn. Every change is checked whole before anything is written,
 * written with its audit line in one transaction, and in the public catalogue as soon as it is committed. Only
 * administrators may do any of it (the security rules say so for the paths; the service checks again).
 */
@Service
public class DatasetRegistry {

    private final RegisteredDatasetRepository repository;
    private final DatasetDescriptions descriptions;
    private final DraftCheck drafts;
    private final ResourceFileCheck files;
    private final Organisations organisations;
    private final OpenDataCatalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;

    DatasetRegistry(
            RegisteredDatasetRepository repository,
            DatasetDescriptions descriptions,
            DraftCheck drafts,
            ResourceFileCheck files,
            Organisations organisations,
            OpenDataCatalogue catalogue,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.descriptions = descriptions;
        this.drafts = drafts;
        this.files = files;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static AuditActions openDataAuditActions() {
        return AuditActions.of("audit.module.opendata", OpenDataAuditAction.class);
    }

    /** The bodies a dataset may be published under: the city, its departments, the wards' committees. */
    public List<Publisher> organisations() {
        return organisations.all();
    }

    /** The largest file accepted, in megabytes. */
    public long maxUploadMegabytes() {
        return files.maxMegabytes();
    }

    /** Every registered dataset, withdrawn ones too, the latest changed first. */
    @Transactional(readOnly = true)
    public List<RegisteredDataset> list(Actor administrator) {
        requireAdministrator(administrator, null);
        List<DatasetRow> rows = repository.all();
        List<Dataset> described = descriptions.describe(rows);
        return IntStream.range(0, rows.size())
                .mapToObj(
                        i -> new RegisteredDataset(described.get(i), rows.get(i).withdrawnAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public RegisteredDataset get(Actor administrator, String name) {
        requireAdministrator(administrator, name);
        DatasetRow row = row(name);
        return new RegisteredDataset(descriptions.describe(row), row.withdrawnAt());
    }

    /**
     * @throws InvalidDataset the description breaks a rule (every broken rule listed)
     * @throws DatasetConflict the name asked for is taken
     */
    @Transactional
    public RegisteredDataset register(Actor administrator, DatasetDraft draft) {
        requireAdministrator(administrator, null);
        DatasetDraft checked = drafts.check(draft);
        String name;
        if (checked.name() != null) {
            name = checked.name();
            if (taken(name)) {
                throw DatasetConflict.nameTaken(name);
            }
        } else {
            name = DatasetNames.freeName(checked.titleVi(), this::taken);
        }
        UUID id = UUID.randomUUID();
        DatasetDraft named = DatasetDraftBuilder.builder(checked).name(name).build();
        repository.insert(id, named, administrator.id().value(), clock.instant());
        audit.record(
                administrator,
                OpenDataAuditAction.OPENDATA_DATASET_REGISTERED,
                "dataset",
                name,
                null,
                Map.of("title", named.titleVi(), "publisher", named.publisher()));
        catalogue.forgetAfterCommit();
        return get(administrator, name);
    }

    /** Changes a dataset's description; its name stays (a different name in the draft is ignored). */
    @Transactional
    public RegisteredDataset update(Actor administrator, String name, DatasetDraft draft) {
        requireAdministrator(administrator, name);
        DatasetRow row = published(name);
        DatasetDraft checked =
                drafts.check(DatasetDraftBuilder.builder(draft).name(null).build());
        repository.update(row.id(), checked, clock.instant());
        audit.record(
                administrator,
                OpenDataAuditAction.OPENDATA_DATASET_UPDATED,
                "dataset",
                name,
                null,
                changes(row.draft(), checked));
        catalogue.forgetAfterCommit();
        return get(administrator, name);
    }

    /**
     * Keeps an uploaded file as one of the dataset's resources, once it passed every check.
     *
     * @throws ResourceRefused the file is too large, of another type, or not whole; nothing was kept
     */
    @Transactional
    public DataResource addFile(Actor administrator, String name, ResourceUpload upload) {
        requireAdministrator(administrator, name);
        DatasetRow row = published(name);
        CheckedFile file = files.check(upload);
        DataResource resource = DataResourceBuilder.builder()
                .id(UUID.randomUUID().toString())
                .name(file.fileName())
                .description(description(upload.description()))
                .format(file.format())
                .mediaType(file.mediaType())
                .sizeBytes((long) upload.content().length)
                .build();
        Instant now = clock.instant();
        String sha256 = Sha256.hex(upload.content());
        repository.insertFile(row.id(), resource, upload.content(), sha256, now);
        repository.touch(row.id(), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("resource", resource.id());
        details.put("file", resource.name());
        details.put("format", resource.format());
        details.put("bytes", upload.content().length);
        details.put("sha256", sha256);
        audit.record(administrator, OpenDataAuditAction.OPENDATA_RESOURCE_ADDED, "dataset", name, null, details);
        catalogue.forgetAfterCommit();
        return resource;
    }

    /** Adds a link to a file kept elsewhere. */
    @Transactional
    public DataResource addLink(Actor administrator, String name, ResourceLink link) {
        requireAdministrator(administrator, name);
        DatasetRow row = published(name);
        CheckedFile checked = LinkCheck.check(link);
        DataResource resource = DataResourceBuilder.builder()
                .id(UUID.randomUUID().toString())
                .name(checked.fileName())
                .description(description(link.description()))
                .format(checked.format())
                .mediaType(checked.mediaType())
                .link(link.url().strip())
                .build();
        Instant now = clock.instant();
        repository.insertLink(row.id(), resource, now);
        repository.touch(row.id(), now);
        audit.record(
                administrator,
                OpenDataAuditAction.OPENDATA_RESOURCE_ADDED,
                "dataset",
                name,
                null,
                Map.of("resource", resource.id(), "link", resource.link(), "format", resource.format()));
        catalogue.forgetAfterCommit();
        return resource;
    }

    @Transactional
    public void removeResource(Actor administrator, String name, String resourceId) {
        requireAdministrator(administrator, name);
        DatasetRow row = published(name);
        DataResource resource = descriptions.describe(row).resources().stream()
                .filter(r -> r.id().equals(resourceId))
                .findFirst()
                .orElseThrow(DatasetNotFound::new);
        Instant now = clock.instant();
        repository.deleteResource(row.id(), UUID.fromString(resource.id()));
        repository.touch(row.id(), now);
        audit.record(
                administrator,
                OpenDataAuditAction.OPENDATA_RESOURCE_REMOVED,
                "dataset",
                name,
                null,
                Map.of("resource", resource.id(), "name", resource.name()));
        catalogue.forgetAfterCommit();
    }

    /** Takes the dataset out of the catalogue; it is kept for the record, and its name is never given again. */
    @Transactional
    public void withdraw(Actor administrator, String name) {
        requireAdministrator(administrator, name);
        DatasetRow row = published(name);
        repository.withdraw(row.id(), clock.instant());
        audit.record(
                administrator,
                OpenDataAuditAction.OPENDATA_DATASET_WITHDRAWN,
                "dataset",
                name,
                null,
                Map.of("title", row.draft().titleVi()));
        catalogue.forgetAfterCommit();
    }

    private boolean taken(String name) {
        return repository.nameUsed(name) || catalogue.find(name).isPresent();
    }

    private DatasetRow row(String name) {
        return repository.byName(name).orElseThrow(DatasetNotFound::new);
    }

    private DatasetRow published(String name) {
        DatasetRow row = row(name);
        if (row.withdrawnAt() != null) {
            throw DatasetConflict.withdrawn(name);
        }
        return row;
    }

    private static String description(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > 1000 || stripped.chars().anyMatch(Character::isISOControl)) {
            throw ResourceRefused.invalid("problem.opendata.resource-description", 1000);
        }
        return stripped;
    }

    /** Which fields changed, old and new titles named: the audit line says what was done, not only that. */
    private static Map<String, Object> changes(DatasetDraft before, DatasetDraft after) {
        Map<String, Object> changed = new LinkedHashMap<>();
        compare(changed, "titleVi", before.titleVi(), after.titleVi());
        compare(changed, "titleEn", before.titleEn(), after.titleEn());
        compare(changed, "descriptionVi", before.descriptionVi(), after.descriptionVi());
        compare(changed, "descriptionEn", before.descriptionEn(), after.descriptionEn());
        compare(changed, "publisher", before.publisher(), after.publisher());
        compare(changed, "licenseId", before.licenseId(), after.licenseId());
        compare(changed, "themes", before.themes(), after.themes());
        compare(changed, "keywords", before.keywords(), after.keywords());
        compare(changed, "frequency", before.frequency(), after.frequency());
        compare(changed, "temporalStart", before.temporalStart(), after.temporalStart());
        compare(changed, "temporalEnd", before.temporalEnd(), after.temporalEnd());
        compare(changed, "spatial", before.spatial(), after.spatial());
        return Map.of("changed", List.copyOf(changed.keySet()), "title", after.titleVi());
    }

    private static void compare(Map<String, Object> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.put(field, after);
        }
    }

    /** The paths are closed to others already; a call from elsewhere in the platform is checked here. */
    private static void requireAdministrator(Actor person, String name) {
        if (person == null || !person.hasRole(Role.ADMINISTRATOR)) {
            throw new NotAllowed("dataset", name);
        }
    }
}
