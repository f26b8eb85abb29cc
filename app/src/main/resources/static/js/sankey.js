// The territory's metabolism (territory/metabolism.html): one Sankey per figure, drawn with d3-sankey
// from the figure's data-diagram (nodes with their level, links by node ids, the unit per year).
// Names go in as SVG text (d3's .text()), never as HTML. Numbers in the page's language, and the
// tooltips' wording from the page's bundle (data-link-title, data-node-title: "{0}\u00a0: {1}" in
// French, "{0}: {1}" in English), so the punctuation is the language's.
(function () {
  if (typeof d3 === 'undefined' || typeof d3.sankey !== 'function') {
    return;
  }
  var colours = ['#0b6e4f', '#2f6690', '#b5651d', '#7b3fa0', '#a4243b', '#3a7d44', '#d08c1f', '#4f5d75',
    '#1b998b', '#8c5e58', '#5c6b73', '#c05746'];

  function draw(figure) {
    var diagram = JSON.parse(figure.dataset.diagram);
    var english = figure.dataset.lang === 'en';
    var lang = english ? 'en-GB' : 'fr-FR';
    var linkTitle = figure.dataset.linkTitle || (english ? '{0} → {1}: {2}' : '{0} → {1}\u00a0: {2}');
    var nodeTitle = figure.dataset.nodeTitle || (english ? '{0}: {1}' : '{0}\u00a0: {1}');
    function amount(value) {
      var digits = value >= 10 ? 0 : 1;
      return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value) + '\u00a0' + figure.dataset.perYear;
    }
    var perLevel = [0, 0, 0];
    diagram.nodes.forEach(function (n) { perLevel[n.level] += 1; });
    var width = Math.max(640, figure.clientWidth || 800);
    var height = Math.max(260, Math.max.apply(null, perLevel) * 34);
    // The destinations' labels go to the right of their column: room is kept for them.
    var labelRoom = Math.min(360, Math.round(width * 0.4));
    // About six pixels a character at 11 px; the amount takes some fourteen.
    var destinationChars = Math.max(20, Math.floor(labelRoom / 6) - 14);
    var layout = d3.sankey()
      .nodeId(function (d) { return d.id; })
      .nodeAlign(function (node) { return node.level; })
      .nodeWidth(14)
      .nodePadding(10)
      .extent([[1, 5], [width - labelRoom, height - 5]]);
    var graph = layout({
      nodes: diagram.nodes.map(function (n) { return Object.assign({}, n); }),
      links: diagram.links.map(function (l) { return Object.assign({}, l); })
    });
    var familyColour = {};
    graph.nodes.filter(function (n) { return n.level === 1; }).forEach(function (n, i) {
      familyColour[n.id] = colours[i % colours.length];
    });
    function colourOf(node) {
      if (node.level === 1) { return familyColour[node.id]; }
      return node.level === 0 ? '#5c6b73' : '#8a9a5b';
    }

    var svg = d3.select(figure).append('svg')
      .attr('viewBox', '0 0 ' + width + ' ' + height)
      .attr('width', width)
      .attr('height', height)
      .attr('role', 'img')
      .attr('aria-label', figure.getAttribute('aria-label'));
    svg.append('g').attr('class', 'sankey-links')
      .selectAll('path')
      .data(graph.links)
      .join('path')
      .attr('class', 'sankey-link')
      .attr('d', d3.sankeyLinkHorizontal())
      .attr('fill', 'none')
      .attr('stroke', function (l) { return colourOf(l.source.level === 1 ? l.source : l.target); })
      .attr('stroke-opacity', 0.45)
      .attr('stroke-width', function (l) { return Math.max(1, l.width); })
      .append('title')
      .text(function (l) { return fill(linkTitle, [l.source.name, l.target.name, amount(l.value)]); });
    var nodes = svg.append('g').attr('class', 'sankey-nodes')
      .selectAll('g')
      .data(graph.nodes)
      .join('g')
      .attr('class', function (n) { return 'sankey-node level-' + n.level; });
    nodes.append('rect')
      .attr('x', function (n) { return n.x0; })
      .attr('y', function (n) { return n.y0; })
      .attr('width', function (n) { return n.x1 - n.x0; })
      .attr('height', function (n) { return Math.max(1, n.y1 - n.y0); })
      .attr('fill', colourOf)
      .append('title')
      .text(function (n) { return fill(nodeTitle, [n.name, amount(n.value)]); });
    // A crowded column labels only the nodes tall enough to read; every node keeps its tooltip and
    // its line in the table beside the diagram.
    nodes.filter(function (n) { return perLevel[n.level] <= 8 || n.y1 - n.y0 >= 4; })
      .append('text')
      .attr('x', function (n) { return n.x1 + 6; })
      .attr('y', function (n) { return (n.y0 + n.y1) / 2; })
      .attr('dy', '0.35em')
      .attr('text-anchor', 'start')
      .attr('class', 'sankey-label')
      .text(function (n) { return shortened(n.name, n.level === 2 ? destinationChars : 40) + ' (' + amount(n.value) + ')'; });
  }

  // Puts the values in a bundle's pattern; a value is never read as a pattern itself.
  function fill(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (match, i) { return values[+i]; });
  }

  function shortened(name, chars) {
    return name.length > chars ? name.slice(0, chars - 1) + '…' : name;
  }

  document.querySelectorAll('figure.sankey[data-diagram]').forEach(function (figure) {
    try {
      draw(figure);
    } catch (e) {
      figure.dataset.failed = 'true';
    }
  });
})();
