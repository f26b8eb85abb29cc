// Dashboards: draws each chart with D3 from the table beside it. The table is the data (every cell
// carries its number in data-value), so the chart and the table always show the same numbers, and
// the table stays the accessible version. No inline style: colours come from classes in app.css.
(function () {
  if (typeof d3 === 'undefined') {
    return;
  }
  var WIDTH = 520;
  var HEIGHT = 260;
  var MARGIN = { top: 12, right: 16, bottom: 48, left: 64 };
  var locale = (document.documentElement.lang || 'fr') === 'en' ? 'en-GB' : 'fr-FR';
  var numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  function read(table) {
    var series = Array.prototype.map.call(table.querySelectorAll('thead th[data-series]'), function (th) {
      return th.textContent.trim();
    });
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      return {
        label: tr.querySelector('th').textContent.trim(),
        values: Array.prototype.map.call(tr.querySelectorAll('td[data-value]'), function (td) {
          return Number(td.getAttribute('data-value'));
        })
      };
    });
    return { series: series, rows: rows };
  }

  function frame(container, data) {
    var svg = d3.select(container).append('svg')
      .attr('viewBox', '0 0 ' + WIDTH + ' ' + HEIGHT)
      .attr('class', 'dashboard-svg')
      .attr('role', 'img')
      .attr('aria-label', container.getAttribute('data-label'));
    var x = d3.scaleBand()
      .domain(data.rows.map(function (r) { return r.label; }))
      .range([MARGIN.left, WIDTH - MARGIN.right])
      .padding(0.2);
    return { svg: svg, x: x };
  }

  function axes(f, y) {
    var every = Math.max(1, Math.ceil(f.x.domain().length / 12));
    f.svg.append('g')
      .attr('class', 'axis axis-x')
      .attr('transform', 'translate(0,' + (HEIGHT - MARGIN.bottom) + ')')
      .call(d3.axisBottom(f.x).tickValues(f.x.domain().filter(function (d, i) {
        var last = f.x.domain().length - 1;
        return (i % every === 0 && last - i >= every) || i === last;
      })))
      .selectAll('text')
      .attr('transform', 'rotate(-30)')
      .attr('text-anchor', 'end');
    f.svg.append('g')
      .attr('class', 'axis axis-y')
      .attr('transform', 'translate(' + MARGIN.left + ',0)')
      .call(d3.axisLeft(y).ticks(5).tickFormat(function (v) { return numbers.format(v); }));
  }

  function legend(f, data) {
    var item = f.svg.append('g').attr('class', 'legend')
      .selectAll('g').data(data.series).join('g')
      .attr('transform', function (d, i) { return 'translate(' + (MARGIN.left + 8 + i * 120) + ',' + MARGIN.top + ')'; });
    item.append('rect').attr('width', 10).attr('height', 10)
      .attr('class', function (d, i) { return 'series-' + i; });
    item.append('text').attr('x', 14).attr('y', 9).text(function (d) { return d; });
  }

  function stacked(container, data) {
    var f = frame(container, data);
    var keys = data.series.map(function (s, i) { return i; });
    var layers = d3.stack().keys(keys).value(function (row, key) { return row.values[key]; })(data.rows);
    var max = d3.max(data.rows, function (r) { return d3.sum(r.values); }) || 1;
    var y = d3.scaleLinear().domain([0, max * 1.15]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    f.svg.append('g').attr('class', 'bars')
      .selectAll('g').data(layers).join('g')
      .attr('class', function (layer) { return 'series-' + layer.key; })
      .selectAll('rect').data(function (layer) { return layer; }).join('rect')
      .attr('x', function (d) { return f.x(d.data.label); })
      .attr('y', function (d) { return y(d[1]); })
      .attr('height', function (d) { return y(d[0]) - y(d[1]); })
      .attr('width', f.x.bandwidth());
    axes(f, y);
    legend(f, data);
  }

  function lines(container, data) {
    var f = frame(container, data);
    var max = d3.max(data.rows, function (r) { return d3.max(r.values); }) || 1;
    var y = d3.scaleLinear().domain([0, max * 1.15]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    var centre = function (r) { return f.x(r.label) + f.x.bandwidth() / 2; };
    data.series.forEach(function (name, i) {
      var group = f.svg.append('g').attr('class', 'line series-' + i);
      group.append('path').datum(data.rows)
        .attr('fill', 'none')
        .attr('d', d3.line().x(centre).y(function (r) { return y(r.values[i]); }));
      group.selectAll('circle').data(data.rows).join('circle')
        .attr('r', 3).attr('cx', centre).attr('cy', function (r) { return y(r.values[i]); });
    });
    axes(f, y);
    legend(f, data);
  }

  document.querySelectorAll('.dashboard-chart[data-table]').forEach(function (container) {
    var table = document.getElementById(container.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var data = read(table);
    if (table.getAttribute('data-shape') === 'lines') {
      lines(container, data);
    } else {
      stacked(container, data);
    }
  });
})();
