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

    Units(UnitRepository repository) {
        this.repository = repository;
    }

    public List<Unit> list(UnitKind kind, String wardCode) {
        return repository.list(kind, wardCode);
    }

    public Unit byCode(String code) {
        return repository.byCode(code).orElseThrow(() -> new UnitNotFound(code));
    }

    public Optional<Unit> byId(UnitId id) {
        return repository.byId(id);
    }

    /** The unit of the given kind that serves a ward, e.g. its public-service centre. */
    public Optional<Unit> ofWard(String wardCode, UnitKind kind) {
        return repository.list(kind, wardCode).stream().findFirst();
    }
}
