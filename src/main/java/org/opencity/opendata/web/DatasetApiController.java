package org.opencity.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.opencity.identity.Actor;
import org.opencity.opendata.DataResource;
import org.opencity.opendata.DatasetDraft;
import org.opencity.opendata.DatasetRegistry;
import org.opencity.opendata.RegisteredDataset;
import org.opencity.opendata.ResourceLink;
import org.opencity.opendata.ResourceRefused;
import org.opencity.opendata.ResourceUpload;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The datasets administrators register, for their tools: describe, change and withdraw a dataset, add a file
 * (multipart, checked by content) or a link, remove one. Every change is audited; the catalogue (CKAN, DCAT, the
 * pages) shows it once committed.
 */
@RestController
@RequestMapping("/api/v1/opendata/datasets")
@Tag(name = "Open data (administration)", description = "Datasets registered by administrators; every change audited")
class DatasetApiController {

    private final DatasetRegistry registry;

    DatasetApiController(DatasetRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "Every registered dataset, withdrawn ones too, the latest changed first")
    List<RegisteredDataset> list(Actor administrator) {
        return registry.list(administrator);
    }

    @GetMapping("/{name}")
    @Operation(summary = "One registered dataset with its files")
    RegisteredDataset one(Actor administrator, @PathVariable String name) {
        return registry.get(administrator, name);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Register a dataset (its URL name from the title unless given; English texts default to the"
                    + " Vietnamese ones)")
    ResponseEntity<RegisteredDataset> register(Actor administrator, @RequestBody DatasetDraft draft) {
        RegisteredDataset registered = registry.register(administrator, draft);
        return ResponseEntity.created(URI.create(
                        "/api/v1/opendata/datasets/" + registered.dataset().name()))
                .body(registered);
    }

    @PutMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a dataset's description (its URL name stays)")
    RegisteredDataset update(Actor administrator, @PathVariable String name, @RequestBody DatasetDraft draft) {
        return registry.update(administrator, name, draft);
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw a dataset from the catalogue (kept for the record; its name is not given again)")
    void withdraw(Actor administrator, @PathVariable String name) {
        registry.withdraw(administrator, name);
    }

    @PostMapping(path = "/{name}/resources", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a file: CSV, JSON or GeoJSON (a FeatureCollection), UTF-8, checked by content and parsed"
                    + " whole before it is kept (20 MB unless configured otherwise)")
    DataResource upload(
            Actor administrator,
            @PathVariable String name,
            @RequestPart("file") MultipartFile file,
            @RequestPart(value = "description", required = false) String description) {
        return registry.addFile(
                administrator, name, new ResourceUpload(file.getOriginalFilename(), bytes(file), description));
    }

    @PostMapping(path = "/{name}/resources", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a link to a file kept elsewhere (http or https; format CSV, JSON or GeoJSON)")
    DataResource link(Actor administrator, @PathVariable String name, @RequestBody ResourceLink link) {
        return registry.addLink(administrator, name, link);
    }

    @DeleteMapping("/{name}/resources/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a file or link from a dataset")
    void remove(Actor administrator, @PathVariable String name, @PathVariable String id) {
        registry.removeResource(administrator, name, id);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw ResourceRefused.invalid("problem.opendata.file-unreadable");
        }
    }
}
