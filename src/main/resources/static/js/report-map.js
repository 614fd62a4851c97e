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
      L.marker(ll).addTo(map).bindPopup('<a href="/reports/' + encodeURIComponent(parts[0]) + '">' + parts[0] + '</a>');
    });
    if (bounds.length) { map.fitBounds(bounds, { maxZoom: 16 }); }
    return;
  }
  var lat = document.getElementById('lat'), lon = document.getElementById('lon');
  var marker = null;
  if (lat && lon && lat.value && lon.value) {
    marker = L.marker([+lat.value, +lon.value]).addTo(map);
    map.setView([+lat.value, +lon.value], 16);
  }
  if (el.dataset.pick !== undefined) {
    map.on('click', function (e) {
      lat.value = e.latlng.lat.toFixed(6);
      lon.value = e.latlng.lng.toFixed(6);
      if (marker) { marker.setLatLng(e.latlng); } else { marker = L.marker(e.latlng).addTo(map); }
    });
  }
})();
