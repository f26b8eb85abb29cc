// Network map: one marker per published initiative, read from the list on the page.
// Works without tiles: markers stay on a plain background and a note says the base map is missing.
(function () {
  var element = document.getElementById('map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var map = L.map(element, { zoomControl: true }).setView([43.9, 6.0], 8);
  var tiles = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 18,
    attribution: '&copy; OpenStreetMap contributors'
  });
  var failures = 0;
  tiles.on('tileerror', function () {
    failures += 1;
    if (failures === 1) {
      element.classList.add('map-offline');
      var note = document.getElementById('map-offline');
      if (note) { note.hidden = false; }
    }
  });
  tiles.addTo(map);
  // The communes of the region as faint dots: the map keeps its shape when tiles cannot load.
  var pane = map.createPane('communes');
  pane.style.zIndex = 350;
  pane.style.pointerEvents = 'none';
  var renderer = L.canvas({ padding: 0.2, pane: 'communes' });
  fetch(element.dataset.communes || '/api/v1/nomenclatures/communes/points')
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (points) {
      points.forEach(function (p) {
        L.circleMarker([p[0], p[1]], {
          renderer: renderer, radius: 1.5, stroke: false, fillColor: '#7c8f94', fillOpacity: 0.55, interactive: false
        }).addTo(map);
      });
    })
    .catch(function () { /* the initiatives stay on the map without the communes */ });
  var bounds = [];
  document.querySelectorAll('#initiatives li[data-lat]').forEach(function (item) {
    var lat = parseFloat(item.dataset.lat);
    var lon = parseFloat(item.dataset.lon);
    if (isNaN(lat) || isNaN(lon)) { return; }
    // Leaflet inserts string content as HTML: names typed by users go in as text nodes only.
    var link = document.createElement('a');
    // Only links within the site: never a javascript: or foreign URL.
    link.href = /^\/(?!\/)/.test(item.dataset.href || '') ? item.dataset.href : '/';
    link.textContent = item.dataset.name;
    var label = document.createElement('span');
    label.textContent = item.dataset.name;
    L.circleMarker([lat, lon], { radius: 9, color: '#0b6e4f', fillColor: '#2bb673', fillOpacity: 0.85, weight: 2 })
      .bindTooltip(label, { permanent: true, direction: 'right', className: 'initiative-label' })
      .bindPopup(link)
      .addTo(map);
    bounds.push([lat, lon]);
  });
  if (bounds.length > 1) {
    map.fitBounds(bounds, { padding: [30, 30] });
  }
})();
