package org.opencity.identity;

import java.util.List;
import java.util.Optional;
import org.opencity.identity.internal.UnitRepository;
import org.springframework.stereotype.Service;

/**
 * The organisation: which units exist and which ward each serves.
 */
@Service
public class Units {

    private final UnitRepository repository;
    private final java.util.Map<UnitId, Unit> byId = new java.util.concurrent.ConcurrentHashMap<>();

    Units(UnitRepository repository) {
        this.repository = repository;
    }

    public List<Unit> list(UnitKind kind, String wardCode) {
        return repository.list(kind, wardCode);
    }

    public Unit byCode(String code) {
        return repository.byCode(code).orElseThrow(() -> new UnitNotFound(code));
    }

    /** Units are created by migrations, so each is read from the database once. */
    public Optional<Unit> byId(UnitId id) {
        Unit cached = byId.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Unit> found = repository.byId(id);
        found.ifPresent(unit -> byId.put(id, unit));
        return found;
    }

    /** The unit of the given kind that serves a ward, e.g. its public-service centre. */
    public Optional<Unit> ofWard(String wardCode, UnitKind kind) {
        return repository.list(kind, wardCode).stream().findFirst();
    }
}
