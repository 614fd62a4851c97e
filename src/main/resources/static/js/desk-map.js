// The officer's report page: a map of the report and, after a merge search, of the candidates. Progressive
// enhancement only: without JavaScript the page shows the coordinates and the candidates' table, and works the same.
(function () {
  var el = document.getElementById('desk-map');
  if (!el || typeof L === 'undefined') { return; }
  el.classList.add('map-ready');
  var map = L.map(el);
  L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution }).addTo(map);
  function parse(text) {
    return (text || '').split(';').filter(Boolean).map(function (p) {
      var parts = p.split('|');
      return { number: parts[0], at: [+parts[1], +parts[2]] };
    });
  }
  function link(number) {
    var a = document.createElement('a');
    a.href = (el.dataset.linkBase || '/officer/reports/') + encodeURIComponent(number);
    a.textContent = number;
    return a;
  }
  var report = parse(el.dataset.report)[0];
  if (!report) { return; }
  // Named after the report in the page's language, for screen readers and tooltips (Leaflet alone says "Marker").
  var name = (el.dataset.reportWord || '') + ' ' + report.number;
  L.marker(report.at, { title: name, alt: name }).addTo(map).bindPopup(link(report.number));
  var bounds = [report.at];
  parse(el.dataset.candidates).forEach(function (c) {
    var candidateName = (el.dataset.candidateWord || '') + ' ' + c.number;
    bounds.push(c.at);
    L.circleMarker(c.at, { radius: 9, weight: 3, color: '#8a4b00', fillOpacity: 0.35 })
      .addTo(map)
      .bindTooltip(candidateName)
      .bindPopup(link(c.number))
      .on('click', function () {
        // Picking on the map ticks the same report in the candidates' table.
        var radio = document.querySelector('input[name="into"][value="' + c.number.replace(/"/g, '') + '"]');
        if (radio) { radio.checked = true; }
      });
  });
  if (bounds.length > 1) { map.fitBounds(bounds, { maxZoom: 17, padding: [24, 24] }); } else { map.setView(report.at, 17); }
})();
