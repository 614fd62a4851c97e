// Progressive enhancement: the page lists every point as text; with this script a Leaflet map shows them as markers
// that lead to each point's page.
(function () {
  var el = document.getElementById('map');
  if (!el || typeof L === 'undefined') { return; }
  var items = el.querySelectorAll('.map-points li');
  if (items.length === 0) { el.hidden = true; return; }
  el.classList.add('map-ready');
  var map = L.map(el).setView([21.0285, 105.8542], 11);
  L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution }).addTo(map);
  var bounds = [];
  items.forEach(function (item) {
    var at = [+item.dataset.lat, +item.dataset.lon];
    var marker = L.marker(at, { title: item.textContent, alt: item.textContent }).addTo(map);
    if (item.dataset.href) {
      marker.on('click', function () { window.location.href = item.dataset.href; });
    }
    bounds.push(at);
  });
  if (bounds.length === 1) { map.setView(bounds[0], 15); } else { map.fitBounds(bounds, { maxZoom: 15 }); }
})();
