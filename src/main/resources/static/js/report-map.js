// Progressive enhancement for report pages: a map of the listed reports, or, on the report form, the place picked
// map-first: "use my location", a pin to drop (click) and drag, and the place said back in words in a polite live
// region. Without JavaScript the pages work with the latitude/longitude/address fields alone.
(function () {
  var el = document.getElementById('map');
  if (!el) { return; }

  // A map of reports (feed, report page): markers named after each report, in the page's language.
  if (el.dataset.points !== undefined) {
    if (typeof L === 'undefined') { return; }
    var reports = newMap();
    var bounds = [];
    el.dataset.points.split(';').filter(Boolean).forEach(function (p) {
      var parts = p.split('|');
      var ll = [+parts[1], +parts[2]];
      bounds.push(ll);
      // Named for screen readers and tooltips (Leaflet alone says "Marker").
      var name = (el.dataset.reportWord || '') + ' ' + parts[0];
      var link = document.createElement('a');
      link.href = '/reports/' + encodeURIComponent(parts[0]);
      link.textContent = parts[0];
      L.marker(ll, { title: name, alt: name }).addTo(reports).bindPopup(link);
    });
    if (bounds.length) { reports.fitBounds(bounds, { maxZoom: 16 }); }
    return;
  }
  if (el.dataset.pick === undefined) { return; }

  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  var place = document.getElementById('place');
  var locate = document.getElementById('locate-me');
  if (!lat || !lon) { return; }
  var map = typeof L === 'undefined' ? null : newMap();
  var marker = null;
  var asked = 0;

  // Coordinates in one format everywhere: six decimals, as the server says them back.
  function fill(latitude, longitude) {
    lat.value = latitude.toFixed(6);
    lon.value = longitude.toFixed(6);
  }

  function say(text) {
    if (place) { place.textContent = text || ''; }
  }

  // The place in words, from the server in the page's language, by the same rules the submission applies.
  // Only the answer to the latest question is shown, so a quick second pick is never overwritten by the first.
  function describe() {
    var url = el.dataset.placeUrl;
    if (!url || !place || lat.value === '' || lon.value === '') { return; }
    var mine = ++asked;
    var query = '?lat=' + encodeURIComponent(lat.value) + '&lon=' + encodeURIComponent(lon.value);
    fetch(url + query, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) { if (answer && mine === asked) { say(answer.text); } })
      .catch(function () { /* the server says the place back when the form is sent */ });
  }

  function pinAt(latitude, longitude, zoom) {
    if (!map) { return; }
    var ll = L.latLng(latitude, longitude);
    if (marker) {
      marker.setLatLng(ll);
    } else {
      var word = el.dataset.pinWord || '';
      marker = L.marker(ll, { title: word, alt: word, draggable: true, autoPan: true }).addTo(map);
      marker.on('dragend', function () {
        var moved = marker.getLatLng();
        fill(moved.lat, moved.lng);
        describe();
      });
    }
    map.setView(ll, zoom || Math.max(map.getZoom(), 16));
  }

  function typed() {
    var latitude = parseFloat(lat.value), longitude = parseFloat(lon.value);
    return isFinite(latitude) && isFinite(longitude) ? [latitude, longitude] : null;
  }

  if (map) {
    var hint = document.getElementById('map-hint');
    if (hint) { hint.hidden = false; }
    var start = typed();
    if (start) { pinAt(start[0], start[1], 16); }
    map.on('click', function (e) {
      fill(e.latlng.lat, e.latlng.lng);
      pinAt(e.latlng.lat, e.latlng.lng);
      describe();
    });
  }

  // Typed coordinates move the pin and are said back too.
  [lat, lon].forEach(function (field) {
    field.addEventListener('change', function () {
      var point = typed();
      if (point) {
        pinAt(point[0], point[1]);
        describe();
      }
    });
  });

  // "Use my location" only where the browser can tell it.
  if (locate && 'geolocation' in navigator) {
    locate.hidden = false;
    locate.addEventListener('click', function () {
      say(locate.dataset.busy);
      navigator.geolocation.getCurrentPosition(function (position) {
        fill(position.coords.latitude, position.coords.longitude);
        pinAt(position.coords.latitude, position.coords.longitude, 17);
        describe();
      }, function () {
        say(locate.dataset.failed);
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }

  function newMap() {
    el.classList.add('map-ready');
    var created = L.map(el).setView([21.0285, 105.8542], 12);
    L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution }).addTo(created);
    return created;
  }
})();
