// Progressive enhancement: the pages work without this script (forms with latitude/longitude);
// with it, a Leaflet map shows the ward boundary or fills the form with the point that was clicked.
(function () {
  var el = document.getElementById('map');
  if (!el || typeof L === 'undefined') { return; }
  el.classList.add('map-ready');
  var map = L.map(el).setView([21.0285, 105.8542], 12);
  L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution }).addTo(map);
  if (el.dataset.boundary) {
    var layer = L.geoJSON(JSON.parse(el.dataset.boundary)).addTo(map);
    map.fitBounds(layer.getBounds());
    return;
  }
  var marker = null;
  function pin() { return { title: el.dataset.pinWord || '', alt: el.dataset.pinWord || '' }; }
  if (el.dataset.lat && el.dataset.lon) {
    marker = L.marker([+el.dataset.lat, +el.dataset.lon], pin()).addTo(map);
    map.setView([+el.dataset.lat, +el.dataset.lon], 14);
  }
  map.on('click', function (e) {
    document.getElementById('lat').value = e.latlng.lat.toFixed(6);
    document.getElementById('lon').value = e.latlng.lng.toFixed(6);
    if (marker) { marker.setLatLng(e.latlng); } else { marker = L.marker(e.latlng, pin()).addTo(map); }
  });
})();
