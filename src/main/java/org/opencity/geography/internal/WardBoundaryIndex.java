package org.opencity.geography.internal;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.stereotype.Component;

/**
 * Answers "which ward is this point in?" with JTS: an STR-tree over the wards' bounding boxes narrows the
 * candidates, prepared polygons decide. Built once, on first use, from the boundaries in the database.
 */
@Component
public class WardBoundaryIndex {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final AdministrativeUnitRepository repository;
    private volatile STRtree index;

    WardBoundaryIndex(AdministrativeUnitRepository repository) {
        this.repository = repository;
    }

    public Optional<String> wardCodeAt(double lat, double lon) {
        Point point = WGS84.createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<WardShape> candidates = index().query(point.getEnvelopeInternal());
        return candidates.stream()
                .filter(shape -> shape.geometry().covers(point))
                .map(WardShape::code)
                .sorted()
                .findFirst();
    }

    private STRtree index() {
        STRtree built = index;
        if (built == null) {
            synchronized (this) {
                built = index;
                if (built == null) {
                    built = build();
                    index = built;
                }
            }
        }
        return built;
    }

    private STRtree build() {
        GeoJsonReader reader = new GeoJsonReader(WGS84);
        STRtree tree = new STRtree();
        for (AdministrativeUnitRepository.WardBoundaryRow row : repository.boundaries()) {
            try {
                Geometry geometry = reader.read(row.geoJson());
                tree.insert(
                        geometry.getEnvelopeInternal(),
                        new WardShape(row.code(), PreparedGeometryFactory.prepare(geometry)));
            } catch (ParseException e) {
                throw new IllegalStateException("Boundary of ward " + row.code() + " is not valid GeoJSON", e);
            }
        }
        tree.build();
        return tree;
    }

    private record WardShape(String code, PreparedGeometry geometry) {}
}
