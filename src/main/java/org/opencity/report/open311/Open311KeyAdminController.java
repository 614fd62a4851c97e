package org.opencity.report.open311;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.opencity.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators issue and revoke the API keys Open311 clients need to submit reports. Part of the JSON API
 * (platform problem responses); the {@code /api/v1/admin/**} paths are for administrators only.
 */
@RestController
@RequestMapping("/api/v1/admin/open311-keys")
@Tag(name = "Open311", description = "API keys of Open311 GeoReport v2 client applications")
class Open311KeyAdminController {

    private final Open311ApiKeys keys;

    Open311KeyAdminController(Open311ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping
    @Operation(summary = "Issue a key to a client application; the key is shown only in this answer")
    ResponseEntity<IssuedOpen311Key> issue(Actor admin, @Valid @RequestBody NewClient client) {
        return ResponseEntity.status(HttpStatus.CREATED).body(keys.issue(admin, client.clientName()));
    }

    @GetMapping
    @Operation(summary = "Client applications with their keys' dates (never the keys)")
    List<Open311Client> clients(Actor admin) {
        return keys.clients(admin);
    }

    @DeleteMapping("/{clientName}")
    @Operation(summary = "Revoke a client's key")
    ResponseEntity<Void> revoke(Actor admin, @PathVariable String clientName) {
        keys.revoke(admin, clientName);
        return ResponseEntity.noContent().build();
    }

    record NewClient(@NotBlank @Size(max = 100) String clientName) {}
}
