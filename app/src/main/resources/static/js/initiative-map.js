// The initiative's map (territory/map.html): companies coloured by NAF section at each of their sites, business parks,
// synergies coloured by status and the engine's mutualisation groups, each a layer of the layer control.
// Colours are read from the legend's swatches (app.css, "territory"), so the legend and the map agree.
// No tile is asked for unless the server names a tile server (data-tiles): the communes of the region
// give the map its shape. Every name typed by a user goes in as a text node, never as HTML.
(function () {
  var element = document.getElementById('territory-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var data = element.dataset;
  var map = L.map(element, { zoomControl: true }).setView([43.9, 6.0], 8);

  function swatchColour(selector, fallback) {
    var swatch = document.querySelector(selector);
    return swatch ? getComputedStyle(swatch).backgroundColor : fallback;
  }

  // Leaflet writes a layer's name as HTML: our labels are escaped first all the same.
  function escaped(text) {
    var span = document.createElement('span');
    span.textContent = text || '';
    return span.innerHTML;
  }

  function line(text, className) {
    var p = document.createElement('p');
    p.textContent = text;
    if (className) { p.className = className; }
    return p;
  }

  // Only links within the site: never a javascript: or foreign URL.
  function localHref(href) {
    return /^\/(?!\/)/.test(href || '') ? href : '/';
  }

  function companyPopup(props) {
    var box = document.createElement('div');
    var name = document.createElement('strong');
    name.textContent = props.name;
    box.appendChild(name);
    if (props.site) { box.appendChild(line(data.labelSite + ' ' + props.site, 'company-site')); }
    box.appendChild(line(props.section === '?' ? props.sector : props.section + ' – ' + props.sector));
    var link = document.createElement('a');
    link.href = localHref(props.href);
    link.textContent = data.labelFile;
    link.className = 'company-file-link';
    box.appendChild(link);
    return box;
  }

  function latLngs(lines) {
    return lines.map(function (l) {
      return l.map(function (c) { return [c[1], c[0]]; });
    });
  }

  var companies = L.layerGroup();
  var parks = L.layerGroup();
  var synergies = L.layerGroup();
  var groups = L.layerGroup();
  var communes = L.layerGroup();
  var overlays = {};
  var tiles = null;
  if (data.tiles) {
    tiles = L.tileLayer(data.tiles, { maxZoom: 18, attribution: '&copy; OpenStreetMap contributors' });
    overlays[escaped(data.labelTiles)] = tiles;
    tiles.addTo(map);
  }
  overlays[escaped(data.labelCommunes)] = communes;
  overlays[escaped(data.labelParks)] = parks;
  overlays[escaped(data.labelGroups)] = groups;
  overlays[escaped(data.labelSynergies)] = synergies;
  overlays[escaped(data.labelCompanies)] = companies;
  [communes, parks, groups, synergies, companies].forEach(function (layer) { layer.addTo(map); });
  L.control.layers(null, overlays, { collapsed: false }).addTo(map);

  // The communes of the region as faint dots, on a canvas below everything else.
  var pane = map.createPane('communes');
  pane.style.zIndex = 350;
  pane.style.pointerEvents = 'none';
  var renderer = L.canvas({ padding: 0.2, pane: 'communes' });
  fetch(data.communes)
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (points) {
      points.forEach(function (p) {
        L.circleMarker([p[0], p[1]], {
          renderer: renderer, radius: 1.5, stroke: false, fillColor: '#7c8f94', fillOpacity: 0.55, interactive: false
        }).addTo(communes);
      });
    })
    .catch(function () { /* the initiative's layers stay without the communes */ });

  var parkColour = swatchColour('[data-park]', '#6b4e16');
  var groupColour = swatchColour('[data-group]', '#7b3fa0');
  fetch(data.geojson, { headers: { Accept: 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : { features: [] }; })
    .then(function (collection) {
      var bounds = [];
      collection.features.forEach(function (feature) {
        var props = feature.properties;
        var geometry = feature.geometry;
        if (props.layer === 'company') {
          var point = [geometry.coordinates[1], geometry.coordinates[0]];
          var colour = swatchColour('[data-section="' + props.section + '"]', '#555');
          // Every site of a company is drawn; its main (first) site, where its synergies end, a bit larger.
          L.circleMarker(point, {
            radius: props.main === false ? 5 : 7, color: '#1f2a2e', weight: 1, fillColor: colour, fillOpacity: 0.9,
            className: props.main === false ? 'company-marker company-other-site' : 'company-marker company-main-site'
          }).bindPopup(companyPopup(props)).addTo(companies);
          bounds.push(point);
        } else if (props.layer === 'park') {
          var box = document.createElement('div');
          var title = document.createElement('strong');
          title.textContent = props.name;
          box.appendChild(title);
          box.appendChild(line(props.commune));
          box.appendChild(line(data.labelParkCompanies + ' ' + props.companies));
          L.circleMarker([geometry.coordinates[1], geometry.coordinates[0]], {
            radius: 22, color: parkColour, weight: 2, dashArray: '4 4', fillOpacity: 0.05,
            className: 'park-marker'
          }).bindPopup(box).addTo(parks);
        } else if (props.layer === 'synergy' || props.layer === 'group') {
          var synergy = props.layer === 'synergy';
          var popup = document.createElement('div');
          var heading = document.createElement('strong');
          heading.textContent = props.name;
          popup.appendChild(heading);
          if (synergy) { popup.appendChild(line(props.statusLabel)); }
          popup.appendChild(line(data.labelMembers + ' ' + props.members));
          L.polyline(latLngs(geometry.coordinates), {
            color: synergy ? swatchColour('[data-status="' + props.status + '"]', '#333') : groupColour,
            weight: synergy ? 3 : 2,
            opacity: 0.85,
            dashArray: synergy ? null : '6 4',
            className: synergy ? 'synergy-link synergy-' + props.status : 'group-link'
          }).bindPopup(popup).addTo(synergy ? synergies : groups);
        }
      });
      if (bounds.length > 1) {
        map.fitBounds(bounds, { padding: [30, 30] });
      } else if (bounds.length === 1) {
        map.setView(bounds[0], 12);
      }
      element.dataset.loaded = 'true';
    })
    .catch(function () { element.dataset.loaded = 'failed'; });
})();
