/* huiyi graph page: filters, search, neighbourhood highlight. All report text is shown with textContent. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("huiyi-data").textContent);
  var api = (window.huiyi = { nodes: null, edges: null, network: null, ready: false });
  var FONT = "#343434", FONT_DIM = "#cfd8dc";
  var DIM_NODE = { background: "#eceff1", border: "#cfd8dc", highlight: { background: "#eceff1", border: "#90a4ae" },
                   hover: { background: "#eceff1", border: "#90a4ae" } };
  var DIM_EDGE = { color: "#e0e0e0", highlight: "#bdbdbd", hover: "#bdbdbd", opacity: 0.35 };

  function textBox(text) {
    var div = document.createElement("div");
    div.className = "huiyi-tip";
    div.textContent = text;
    return div;
  }

  // tooltips become DOM elements: vis-network appends them instead of parsing markup
  var tips = {}, baseNode = {}, baseEdge = {}, ntype = {};
  data.nodes.forEach(function (n) {
    tips["n:" + n.id] = String(n.title || "");
    n.title = textBox(tips["n:" + n.id]);
    baseNode[n.id] = n.color;
    ntype[n.id] = n.ntype;
  });
  data.edges.forEach(function (e) {
    tips["e:" + e.id] = String(e.title || "");
    e.title = textBox(tips["e:" + e.id]);
    baseEdge[e.id] = e.color;
  });

  var hiddenN = new Set(), hiddenE = new Set();
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hiddenN.has(n.ntype); } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      return !hiddenE.has(e.etype) && !hiddenN.has(ntype[e.from]) && !hiddenN.has(ntype[e.to]);
    },
  });
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodeView, edges: edgeView },
                                data.options);
  api.nodes = nodes;
  api.edges = edges;
  api.network = network;
  api.visible = function () { return { nodes: nodeView.length, edges: edgeView.length }; };

  var $ = function (id) { return document.getElementById(id); };
  var progress = $("progress"), details = $("details");

  function markReady() {
    if (api.ready) return;
    progress.hidden = true;
    document.body.setAttribute("data-ready", "1");
    api.ready = true;
  }
  if (data.precomputed || data.nodes.length === 0) {
    progress.hidden = true;
    network.once("afterDrawing", markReady);
    network.fit({ animation: false });
  } else {
    network.on("stabilizationProgress", function (p) {
      progress.textContent = "布局中… " + Math.round((100 * p.iterations) / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });
      network.fit({ animation: false });
      network.once("afterDrawing", markReady);
      network.redraw();
    });
    setTimeout(function () {  // never leave the page busy: freeze whatever layout there is
      if (api.ready) return;
      network.stopSimulation();
      network.setOptions({ physics: false });
      network.once("afterDrawing", markReady);
      network.redraw();
    }, 20000);
  }

  function showDetails(key) {
    if (key && tips[key] !== undefined) {
      details.textContent = tips[key];
      details.className = "huiyi-tip";
    } else {
      details.textContent = "点击节点或关系查看详情";
      details.className = "huiyi-tip muted";
    }
  }

  var highlighted = false;
  function highlight(ids) {
    var seeds = new Set(ids), keep = new Set(ids);
    ids.forEach(function (id) {
      network.getConnectedNodes(id).forEach(function (m) { keep.add(m); });
    });
    var nu = [], eu = [];
    nodes.forEach(function (n) {
      var on = keep.has(n.id);
      nu.push({ id: n.id, color: on ? baseNode[n.id] : DIM_NODE, font: { color: on ? FONT : FONT_DIM } });
    });
    edges.forEach(function (e) {
      var on = seeds.has(e.from) || seeds.has(e.to);
      eu.push({ id: e.id, color: on ? baseEdge[e.id] : DIM_EDGE, font: { color: on ? FONT : "rgba(0,0,0,0)" } });
    });
    nodes.update(nu);
    edges.update(eu);
    highlighted = true;
  }
  function clearHighlight() {
    if (!highlighted) return;
    var nu = [], eu = [];
    nodes.forEach(function (n) { nu.push({ id: n.id, color: baseNode[n.id], font: { color: FONT } }); });
    edges.forEach(function (e) { eu.push({ id: e.id, color: baseEdge[e.id], font: { color: FONT } }); });
    nodes.update(nu);
    edges.update(eu);
    highlighted = false;
  }
  function focusNodes(ids) {
    ids = ids.filter(function (id) { return nodeView.get(id) !== null; });
    if (!ids.length) return;
    highlight(ids);
    network.selectNodes(ids, false);
    if (ids.length === 1) {
      network.focus(ids[0], { scale: Math.max(network.getScale(), 1), animation: { duration: 300 } });
      showDetails("n:" + ids[0]);
    } else {
      network.fit({ nodes: ids, animation: { duration: 300 } });
    }
  }
  api.focus = focusNodes;

  network.on("click", function (p) {
    if (p.nodes.length) {
      focusNodes([p.nodes[0]]);
    } else if (p.edges.length) {
      clearHighlight();
      showDetails("e:" + p.edges[0]);
    } else {
      clearHighlight();
      showDetails(null);
    }
  });

  function fillSelect(select, items) {
    items.forEach(function (it) { select.appendChild(new Option(it[0], it[1])); });
  }
  var person = $("person"), meeting = $("meeting"), search = $("search"), result = $("search-result");
  fillSelect(person, data.people);
  fillSelect(meeting, data.meetings);
  if (!data.people.length) person.disabled = true;
  if (!data.meetings.length) meeting.disabled = true;
  person.addEventListener("change", function () {
    meeting.value = "";
    if (person.value) focusNodes([person.value]);
  });
  meeting.addEventListener("change", function () {
    person.value = "";
    if (meeting.value) focusNodes([meeting.value]);
  });

  function doSearch() {
    var q = search.value.trim().toLowerCase();
    if (!q) {
      result.textContent = "";
      clearHighlight();
      return;
    }
    var ids = nodes.getIds({
      filter: function (n) { return !hiddenN.has(n.ntype) && String(n.name).toLowerCase().indexOf(q) >= 0; },
    });
    result.textContent = ids.length ? "找到 " + ids.length + " 个节点" : "没有匹配的节点";
    if (ids.length) focusNodes(ids.slice(0, 500));
  }
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") doSearch(); });
  search.addEventListener("search", doSearch);

  $("reset").addEventListener("click", function () {
    search.value = person.value = meeting.value = "";
    result.textContent = "";
    clearHighlight();
    network.unselectAll();
    showDetails(null);
    network.fit({ animation: { duration: 300 } });
  });
  $("fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });

  function refreshFilters() {
    hiddenN.clear();
    hiddenE.clear();
    document.querySelectorAll("input[data-ntype]").forEach(function (box) {
      if (!box.checked) hiddenN.add(box.getAttribute("data-ntype"));
    });
    document.querySelectorAll("input[data-etype]").forEach(function (box) {
      if (!box.checked) hiddenE.add(box.getAttribute("data-etype"));
    });
    nodeView.refresh();
    edgeView.refresh();
    $("count-nodes").textContent = nodeView.length;
    $("count-edges").textContent = edgeView.length;
  }
  document.querySelectorAll("input[data-ntype], input[data-etype]").forEach(function (box) {
    box.addEventListener("change", refreshFilters);
  });
})();
