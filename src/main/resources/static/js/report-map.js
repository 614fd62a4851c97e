// Progressive enhancement for report pages: a map of the listed reports, or a pin that fills the
// latitude/longitude fields of the report form. Without JavaScript the pages work with the fields alone.
(function () {
  var el = document.getElementById('map');
  if (!el || typeof L === 'undefined') { return; }
  el.classList.add('map-ready');
  var map = L.map(el).setView([21.0285, 105.8542], 12);
  L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution }).addTo(map);
  if (el.dataset.points !== undefined) {
    var bounds = [];
    el.dataset.points.split(';').filter(Boolean).forEach(function (p) {
      var parts = p.split('|');
      var ll = [+parts[1], +parts[2]];
      bounds.push(ll);
      // Named after the report, in the page's language, for screen readers and tooltips (Leaflet says "Marker").
      var name = (el.dataset.reportWord || '') + ' ' + parts[0];
      var link = document.createElement('a');
      link.href = '/reports/' + encodeURIComponent(parts[0]);
      link.textContent = parts[0];
      L.marker(ll, { title: name, alt: name }).addTo(map).bindPopup(link);
    });
    if (bounds.length) { map.fitBounds(bounds, { maxZoom: 16 }); }
    return;
  }
  function pin() { return { title: el.dataset.pinWord || '', alt: el.dataset.pinWord || '' }; }
  var lat = document.getElementById('lat'), lon = document.getElementById('lon');
  var marker = null;
  if (lat && lon && lat.value && lon.value) {
    marker = L.marker([+lat.value, +lon.value], pin()).addTo(map);
    map.setView([+lat.value, +lon.value], 16);
  }
  if (el.dataset.pick !== undefined) {
    map.on('click', function (e) {
      lat.value = e.latlng.lat.toFixed(6);
      lon.value = e.latlng.lng.toFixed(6);
      if (marker) { marker.setLatLng(e.latlng); } else { marker = L.marker(e.latlng, pin()).addTo(map); }
    });
  }
})();
