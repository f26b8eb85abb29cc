// Company form: suggestions for the NAF code and the communes (from the public nomenclature API),
// a small map per site where a click places the site, and adding or removing site rows.
// The maps work offline: the region's communes are drawn as dots, tiles are a bonus.
(function () {
  var form = document.querySelector('form.company-form');
  if (!form) { return; }
  var lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
  var pointsPromise = null;

  function communePoints() {
    if (!pointsPromise) {
      pointsPromise = fetch(form.dataset.points)
        .then(function (r) { return r.ok ? r.json() : []; })
        .catch(function () { return []; });
    }
    return pointsPromise;
  }

  function field(row, suffix) {
    return row.querySelector('input[name$="].' + suffix + '"]');
  }

  function degrees(text) {
    var value = parseFloat(String(text || '').replace(',', '.').trim());
    return isNaN(value) ? null : value;
  }

  // Suggestions under an input, as buttons: a click (or Enter on one) writes the chosen value.
  function suggest(input) {
    var list = input.closest('.suggest').querySelector('.suggestions');
    var kind = input.dataset.suggest;
    var timer = null;
    var asked = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { list.hidden = true; return; }
      timer = setTimeout(function () {
        var ticket = ++asked;
        var url = (kind === 'naf' ? form.dataset.naf : form.dataset.communes) + '?limit=8&q=' + encodeURIComponent(q);
        fetch(url)
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (entries) { if (ticket === asked) { show(entries); } })
          .catch(function () { list.hidden = true; });
      }, 200);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { list.hidden = true; }
    });
    function show(entries) {
      list.textContent = '';
      if (kind === 'naf') {
        entries = entries.filter(function (e) { return e.level === 'SUB_CLASS'; });
      }
      entries.forEach(function (entry) {
        var item = document.createElement('li');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'suggestion';
        if (kind === 'naf') {
          button.textContent = entry.code + ' — ' + (lang === 'en' ? entry.labelEn : entry.labelFr);
        } else {
          button.textContent = entry.name + ' (' + entry.inseeCode + ')' + (entry.postcodes.length ? ' — ' + entry.postcodes.join(', ') : '');
        }
        button.addEventListener('click', function () {
          input.value = kind === 'naf' ? entry.code : entry.name + ' (' + entry.inseeCode + ')';
          list.hidden = true;
          if (kind === 'communes') {
            var row = input.closest('.site-row');
            if (row && row.siteMap) { row.siteMap.centreOn(entry.latitude, entry.longitude); }
          }
          input.focus();
        });
        item.appendChild(button);
        list.appendChild(item);
      });
      list.hidden = entries.length === 0;
    }
  }

  // A small map in a site row: shows the site, and a click writes its coordinates.
  function siteMap(row) {
    var element = row.querySelector('.site-map');
    if (!element || typeof L === 'undefined') { return; }
    var lat = field(row, 'latitude');
    var lon = field(row, 'longitude');
    var start = [degrees(form.dataset.lat) || 43.9, degrees(form.dataset.lon) || 6.0];
    var map = L.map(element).setView(start, 8);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18, attribution: '&copy; OpenStreetMap contributors'
    }).on('tileerror', function () { element.classList.add('map-offline'); }).addTo(map);
    var renderer = L.canvas({ padding: 0.2 });
    communePoints().then(function (points) {
      points.forEach(function (p) {
        L.circleMarker([p[0], p[1]], {
          renderer: renderer, radius: 1.5, stroke: false, fillColor: '#7c8f94', fillOpacity: 0.55, interactive: false
        }).addTo(map);
      });
    });
    var marker = null;
    function place() {
      var a = degrees(lat.value);
      var b = degrees(lon.value);
      if (a === null || b === null || Math.abs(a) > 90 || Math.abs(b) > 180) { return; }
      if (marker) { marker.setLatLng([a, b]); } else {
        marker = L.circleMarker([a, b], { radius: 7, color: '#0b6e4f', fillColor: '#2bb673', fillOpacity: 0.9 }).addTo(map);
      }
      map.setView([a, b], Math.max(map.getZoom(), 11));
    }
    map.on('click', function (e) {
      lat.value = e.latlng.lat.toFixed(6);
      lon.value = e.latlng.lng.toFixed(6);
      place();
    });
    lat.addEventListener('change', place);
    lon.addEventListener('change', place);
    place();
    row.siteMap = {
      centreOn: function (a, b) { if (!marker) { map.setView([a, b], 12); } }
    };
  }

  function numberRows() {
    form.querySelectorAll('#sites .site-row').forEach(function (row, i) {
      var legend = row.querySelector('legend');
      if (legend && legend.dataset.pattern) { legend.textContent = legend.dataset.pattern.replace('#', i + 1); }
    });
  }

  function prepare(row) {
    row.querySelectorAll('input[data-suggest]').forEach(suggest);
    var remove = row.querySelector('.remove-site');
    if (remove) {
      remove.hidden = false;
      remove.addEventListener('click', function () {
        if (form.querySelectorAll('#sites .site-row').length > 1) { row.remove(); numberRows(); }
      });
    }
    siteMap(row);
  }

  form.querySelectorAll('.suggest input[data-suggest="naf"]').forEach(suggest);
  form.querySelectorAll('#sites .site-row').forEach(prepare);

  var add = document.getElementById('add-site');
  var template = document.getElementById('site-template');
  var max = parseInt(form.dataset.maxSites, 10) || 20;
  if (add && template) {
    add.hidden = false;
    add.addEventListener('click', function () {
      var rows = form.querySelectorAll('#sites .site-row');
      // The next free index: rows removed leave gaps, which the server reads as absent.
      var next = 0;
      rows.forEach(function (row) {
        var name = field(row, 'name');
        var m = name && /^sites\[(\d+)]/.exec(name.name);
        if (m) { next = Math.max(next, parseInt(m[1], 10) + 1); }
      });
      if (rows.length >= max || next >= max) { return; }
      var row = template.content.firstElementChild.cloneNode(true);
      row.querySelectorAll('input').forEach(function (input) {
        input.name = input.name.replace('INDEX', next);
      });
      var legend = row.querySelector('legend');
      legend.dataset.pattern = legend.textContent;
      document.getElementById('sites').appendChild(row);
      numberRows();
      prepare(row);
      field(row, 'name').focus();
    });
  }
})();
