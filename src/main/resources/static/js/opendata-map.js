// Progressive enhancement of a dataset's page: its GeoJSON file drawn on a Leaflet map, each feature named by its
// "name" (or "code") property on hover and focus. Without this script the section stays hidden and the page's table
// of the file's first features is what a reader gets; that table stays for readers of the page with it, too.
(function () {
  var el = document.getElementById('map');
  var section = document.getElementById('map-section');
  if (!el || !section || typeof L === 'undefined' || !window.fetch) { return; }
  fetch(el.dataset.geojson, { headers: { Accept: 'application/geo+json, application/json' } })
    .then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    })
    .then(function (data) {
      section.hidden = false;
      el.classList.add('map-ready');
      var map = L.map(el).setView([21.0285, 105.8542], 10);
      L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution }).addTo(map);
      var layer = L.geoJSON(data, {
        style: { weight: 1, fillOpacity: 0.15 },
        pointToLayer: function (feature, latlng) { return L.circleMarker(latlng, { radius: 6 }); },
        onEachFeature: function (feature, shape) {
          var p = feature.properties || {};
          var name = p.name || p.ten || p.code || p.ma;
          if (name) {
            // As text, never as markup: the properties come from an uploaded file.
            var label = document.createElement('span');
            label.textContent = String(name);
            shape.bindTooltip(label, { sticky: true });
          }
        }
      }).addTo(map);
      if (layer.getLayers().length > 0) { map.fitBounds(layer.getBounds()); }
    })
    .catch(function () { /* The table below shows the file; the map is left out. */ });
})();
