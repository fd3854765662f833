/* huiyi corpus explorer: meeting table, overview, search → neighbourhood, expand on click, year range.
   Data are columns (graph/render/explorer.py); only the current view is handed to vis-network.
   All report text is shown with textContent. */
(function () {
  "use strict";
  var api = (window.huiyi = { ready: false });
  // the data: gzipped JSON in base64, inflated here (DecompressionStream reads a Blob: no request is made)
  var packed = atob(document.getElementById("huiyi-data").textContent), bytes = new Uint8Array(packed.length);
  for (var i = 0; i < packed.length; i++) bytes[i] = packed.charCodeAt(i);
  packed = null;
  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text().then(function (text) {
    start(JSON.parse(text));
  }).catch(function (e) { console.error("huiyi: cannot read the page data: " + e); });

function start(D) {
  D.ov = JSON.parse(document.getElementById("huiyi-overview").textContent);
  api.data = D; api.mode = "overview";
  var T = D.T, ET = D.E, E = D.e, N = D.t.length, M = E.length / 5;
  var MEETING = T.indexOf("Meeting"), REPORT = T.indexOf("Report");
  var PRESIDED = ET.indexOf("PRESIDED"), REPORTED = ET.indexOf("REPORTED_AT");
  var SEARCHABLE = ["Person", "Meeting", "Organization", "Slogan", "Document", "Report"].map(function (t) {
    return T.indexOf(t); });
  var NEIGH_MAX = 60, EXPAND_MAX = 40, ROWS = 100, RESULTS = 30;
  var ROLE_CN = { PRESIDED: "主持", REPORTED_AT: "作报告", SPOKE_AT: "讲话", ATTENDED: "出席" };
  var $ = function (id) { return document.getElementById(id); };

  // adjacency (CSR): the edges of node n are adj[off[n]] … adj[off[n + 1] - 1]
  var off = new Int32Array(N + 1), adj = new Int32Array(2 * M), k, j;
  for (k = 0; k < E.length; k += 5) { off[E[k] + 1]++; off[E[k + 1] + 1]++; }
  for (k = 0; k < N; k++) off[k + 1] += off[k];
  var fill = off.slice(0, N);
  for (j = 0; j < M; j++) { adj[fill[E[5 * j]]++] = j; adj[fill[E[5 * j + 1]]++] = j; }
  function degree(n) { return off[n + 1] - off[n]; }
  function other(j, n) { var u = E[5 * j]; return u === n ? E[5 * j + 1] : u; }

  // dates and the year range
  function dateOf(n) { return Math.abs(D.d[n]); }
  function yearOf(n) { return Math.floor(dateOf(n) / 10000); }
  function fmtDate(n) {
    var d = dateOf(n);
    if (!d) return "";
    var y = Math.floor(d / 10000), m = Math.floor(d / 100) % 100, dd = d % 100;
    var s = y + (m ? "-" + (m < 10 ? "0" : "") + m : "") + (dd ? "-" + (dd < 10 ? "0" : "") + dd : "");
    return D.d[n] < 0 ? s + "（报道）" : s;
  }
  var years = [], yLo = 0, yHi = 0;
  for (k = 0; k < N; k++) if ((D.t[k] === MEETING || D.t[k] === REPORT) && dateOf(k)) years.push(yearOf(k));
  if (years.length) {
    yLo = years.reduce(function (a, b) { return Math.min(a, b); });
    yHi = years.reduce(function (a, b) { return Math.max(a, b); });
  }
  var range = { lo: yLo, hi: yHi };
  function inRange(n) {
    var t = D.t[n];
    if (t !== MEETING && t !== REPORT) return true;
    var y = yearOf(n);
    return !y || (y >= range.lo && y <= range.hi);
  }
  function edgeOn(j) {
    var r = E[5 * j + 3];
    return inRange(E[5 * j]) && inRange(E[5 * j + 1]) && (r < 0 || inRange(r));
  }

  // styles
  function clip(s, n) { s = String(s); return s.length <= n ? s : s.slice(0, n - 1) + "…"; }
  function label(n) {
    var s = clip(D.n[n], 16);
    if (D.t[n] === MEETING && dateOf(n)) s += "\n" + fmtDate(n);
    return s;
  }
  function visNode(n, x, y) {
    var st = D.style.nodes[T[D.t[n]]];
    return { id: n, label: label(n), x: x, y: y, shape: st[1], size: st[2] + Math.min(10, Math.sqrt(degree(n))),
             color: { background: st[0], border: "#37474f" }, font: { size: 14 } };
  }

  // the network: one instance, its DataSets hold only the current view
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, {
    autoResize: true, physics: { enabled: false }, layout: { improvedLayout: false },
    // labels stay drawn when a fitted view is zoomed out (vis-network hides them below 5 px)
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: true },
    nodes: { font: { size: 14, face: "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, sans-serif",
                     strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1,
             scaling: { label: { enabled: false, drawThreshold: 3 } } },
    edges: { font: { size: 10, align: "horizontal", strokeWidth: 3, strokeColor: "#ffffff" }, smooth: false,
             width: 1.2, arrows: { to: { enabled: true, scaleFactor: 0.5 } } },
  });
  api.network = network; api.nodes = nodes; api.edges = edges;
  var view = new Set(), drawnEdges = {};

  function setTitle(text) { $("view-title").textContent = text; }

  function showOverview() {
    api.mode = "overview";
    view = new Set(); drawnEdges = {};
    nodes.clear(); edges.clear();
    var ov = D.ov.nodes.map(function (n) {
      var c = { id: n.id, label: n.label, x: n.x, y: n.y, shape: n.shape, size: n.size,
                color: { background: n.color, border: "#37474f" }, ntype: n.ntype };
      if (n.series) c.series = n.series;
      return c;
    });
    nodes.add(ov);
    edges.add(D.ov.edges.map(function (e) {
      return { id: e.id, from: e.from, to: e.to, value: e.value, title: e.title, color: e.color,
               arrows: { to: { enabled: false } } };
    }));
    setTitle("概览：最活跃的人物与机构 · 会议系列（" + ov.length + " 个节点）");
    network.fit({ animation: false });
  }

  // the neighbours of n in the year range, the most relevant first, at most `max`
  var RANK = {}; ["Meeting", "Person", "Organization", "Slogan", "Document", "PriorityList", "Report"].forEach(
    function (t, i) { RANK[T.indexOf(t)] = i; });
  function neighbours(n, max) {
    var seen = new Set(), out = [];
    for (var a = off[n]; a < off[n + 1]; a++) {
      var e = adj[a], m = other(e, n);
      if (m === n || seen.has(m) || !edgeOn(e)) continue;
      seen.add(m);
      out.push(m);
    }
    out.sort(function (a, b) {
      return (RANK[D.t[a]] - RANK[D.t[b]]) || (dateOf(b) - dateOf(a)) || (degree(b) - degree(a)) || (a - b);
    });
    return { list: out.slice(0, max), total: out.length };
  }

  // new nodes on ellipses around (cx, cy), wider than high like the pane, 30 to a ring
  function place(list, cx, cy, r0) {
    var added = [], perRing = 30, i = 0, fresh = list.filter(function (m) { return !view.has(m); });
    fresh.forEach(function (m) {
      var slot = i++, ring = Math.floor(slot / perRing), r = r0 + 150 * ring;
      var inRing = Math.min(perRing, fresh.length - ring * perRing);
      var angle = 2 * Math.PI * (slot % perRing) / inRing + 0.25 * ring;
      view.add(m);
      added.push(visNode(m, cx + 1.9 * r * Math.cos(angle), cy + r * Math.sin(angle)));
    });
    nodes.add(added);
  }

  function addEdges() {
    var add = [];
    view.forEach(function (n) {
      for (var a = off[n]; a < off[n + 1]; a++) {
        var e = adj[a], m = other(e, n);
        if (!view.has(m) || !edgeOn(e)) continue;
        var key = E[5 * e] + ">" + E[5 * e + 1] + ">" + E[5 * e + 2];
        if (drawnEdges[key]) { if (drawnEdges[key].indexOf(e) < 0) drawnEdges[key].push(e); continue; }
        drawnEdges[key] = [e];
        var typ = ET[E[5 * e + 2]], st = D.style.edges[typ];
        add.push({ id: key, from: E[5 * e], to: E[5 * e + 1], label: st[1], dashes: st[2],
                   color: { color: st[0], highlight: st[0], hover: st[0] } });
      }
    });
    edges.add(add);
  }

  function show(n) {
    api.mode = "neighbourhood";
    nodes.clear(); edges.clear();
    view = new Set([n]); drawnEdges = {};
    nodes.add(visNode(n, 0, 0));
    var nb = neighbours(n, NEIGH_MAX);
    place(nb.list, 0, 0, 170);
    addEdges();
    setTitle(D.n[n] + " 的关系：" + nb.list.length + (nb.total > nb.list.length ? " / " + nb.total : "") +
             " 个相邻节点（点击节点展开）");
    network.selectNodes([n]);
    network.fit({ animation: false });
    details(n);
  }

  function expand(n) {
    if (!view.has(n)) { show(n); return; }
    var p = network.getPositions([n])[n];
    var nb = neighbours(n, EXPAND_MAX + view.size);
    var fresh = nb.list.filter(function (m) { return !view.has(m); }).slice(0, EXPAND_MAX);
    place(fresh, p.x, p.y, 140);
    addEdges();
    setTitle("已展开 " + D.n[n] + "：共 " + view.size + " 个节点");
    details(n);
  }
  api.show = show; api.expand = expand; api.overview = showOverview;
  api.view = function () {
    var ids = nodes.getIds();
    return { mode: api.mode, nodes: ids.length, edges: edges.length,
             labelled: ids.filter(function (i) { return String(nodes.get(i).label || "").length > 0; }).length,
             names: ids.map(function (i) { return typeof i === "number" ? D.n[i] : nodes.get(i).label; }) };
  };

  // details: type, name, properties, evidence sentences with their report
  function reportHref(r) {
    var h = D.h[String(r)];
    return h && /^[^:]*(\/|$)/.test(h) && h.indexOf(":") < 0 ? h : null;
  }
  api.reportHref = reportHref;
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined) x.textContent = text;
    if (cls) x.className = cls;
    return x;
  }
  function reportLine(r) {
    var p = el("div", "", "src");
    p.appendChild(document.createTextNode("报道：" + D.n[r] + (fmtDate(r) ? "（" + fmtDate(r) + "）" : "") + " "));
    var href = reportHref(r);
    if (href) { var a = el("a", "打开报道"); a.href = href; p.appendChild(a); }
    return p;
  }
  function details(n) {
    var box = $("details");
    box.className = "";
    box.textContent = "";
    var st = D.style.nodes[T[D.t[n]]];
    box.appendChild(el("strong", st[3] + " · " + D.n[n]));
    if (D.x[n]) box.appendChild(el("div", (T[D.t[n]] === "Person" ? "职务：" : "") + D.x[n]));
    if (fmtDate(n)) box.appendChild(el("div", "日期：" + fmtDate(n)));
    if (D.t[n] === REPORT) box.appendChild(reportLine(n));
    var shown = 0, total = 0;
    for (var a = off[n]; a < off[n + 1]; a++) {
      var e = adj[a];
      if (!edgeOn(e)) continue;
      total++;
      if (shown >= 20) continue;
      var typ = ET[E[5 * e + 2]], s = E[5 * e + 4], r = E[5 * e + 3];
      var div = el("div", "", "ev");
      div.appendChild(el("div", (ROLE_CN[typ] || D.style.edges[typ][1]) + "：" + D.n[E[5 * e]] + " → " +
                                D.n[E[5 * e + 1]]));
      if (s >= 0) div.appendChild(el("div", "「" + D.s[s] + "」"));
      if (r >= 0 && r !== n) div.appendChild(reportLine(r));
      box.appendChild(div);
      shown++;
    }
    if (total > shown) box.appendChild(el("div", "…共 " + total + " 条关系", "muted"));
  }
  api.details = details;

  network.on("click", function (p) {
    if (!p.nodes.length) return;
    var id = p.nodes[0];
    if (typeof id === "number") { expand(id); return; }
    var n = nodes.get(id);
    if (n && n.series) { $("table-filter").value = n.series; renderTable(); }
  });

  // search
  var search = $("search"), results = $("results"), resultText = $("search-result");
  var searchable = new Set(SEARCHABLE), lower = D.n.map(function (s) { return String(s).toLowerCase(); });
  function find(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    for (var i = 0; i < N; i++) {
      if (!searchable.has(D.t[i])) continue;
      var at = lower[i].indexOf(q);
      if (at < 0) continue;
      hits.push([lower[i] === q ? 0 : at === 0 ? 1 : 2, D.t[i] === REPORT ? 1 : 0, -degree(i), i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return hits.map(function (h) { return h[3]; });
  }
  function listResults(hits) {
    results.textContent = "";
    hits.slice(0, RESULTS).forEach(function (i) {
      var li = el("li"), b = el("button", D.n[i]);
      b.type = "button";
      b.addEventListener("click", function () { show(i); });
      li.appendChild(b);
      li.appendChild(el("small", D.style.nodes[T[D.t[i]]][3] + (fmtDate(i) ? " " + fmtDate(i) : "") + " · " +
                                 degree(i) + " 条关系" + (D.x[i] ? " · " + clip(D.x[i], 16) : "")));
      results.appendChild(li);
    });
    resultText.textContent = hits.length ? "找到 " + hits.length + " 个" : "没有匹配的节点";
  }
  api.search = function (q) {
    var hits = find(q);
    listResults(hits);
    if (hits.length) show(hits[0]);
    return hits.map(function (i) { return { name: D.n[i], type: T[D.t[i]] }; });
  };
  var timer = null;
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { if (search.value.trim()) listResults(find(search.value)); }, 150);
  });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") api.search(search.value); });

  // the meeting table: newest first, in the year range, filtered by name; pages of ROWS rows
  var meetings = [];
  for (k = 0; k < N; k++) if (D.t[k] === MEETING) meetings.push(k);
  meetings.sort(function (a, b) { return dateOf(b) - dateOf(a) || (D.n[a] < D.n[b] ? -1 : D.n[a] > D.n[b] ? 1 : 0); });
  var tbody = document.querySelector("#meetings tbody"), shownRows = 0, rows = [];
  function who(m, typ) {
    var out = [];
    for (var a = off[m]; a < off[m + 1]; a++) {
      var e = adj[a];
      if (E[5 * e + 2] === typ && E[5 * e + 1] === m && out.indexOf(E[5 * e]) < 0) out.push(E[5 * e]);
    }
    return out;
  }
  function nameLinks(td, list) {
    list.forEach(function (i, x) {
      if (x) td.appendChild(document.createTextNode("、"));
      var b = el("button", D.n[i], "link");
      b.type = "button";
      b.addEventListener("click", function () { show(i); });
      td.appendChild(b);
    });
  }
  function addRows() {
    var end = Math.min(rows.length, shownRows + ROWS), frag = document.createDocumentFragment();
    for (; shownRows < end; shownRows++) {
      var m = rows[shownRows], tr = el("tr");
      tr.appendChild(el("td", fmtDate(m), "date"));
      var td = el("td");
      nameLinks(td, [m]);
      tr.appendChild(td);
      td = el("td"); nameLinks(td, who(m, PRESIDED)); tr.appendChild(td);
      td = el("td"); nameLinks(td, who(m, REPORTED)); tr.appendChild(td);
      frag.appendChild(tr);
    }
    tbody.appendChild(frag);
    $("more").hidden = shownRows >= rows.length;
    $("table-count").textContent = rows.length + " 次会议（" + range.lo + "–" + range.hi + "）";
  }
  function renderTable() {
    var q = $("table-filter").value.trim();
    rows = meetings.filter(function (m) { return inRange(m) && (!q || D.n[m].indexOf(q) >= 0); });
    tbody.textContent = "";
    shownRows = 0;
    addRows();
  }
  $("more").addEventListener("click", addRows);
  $("table-filter").addEventListener("input", renderTable);

  // year range
  var from = $("year-from"), to = $("year-to");
  for (var y = yLo; y <= yHi && yLo; y++) { from.appendChild(new Option(String(y), y)); to.appendChild(new Option(String(y), y)); }
  from.value = yLo; to.value = yHi;
  function setRange() {
    range.lo = Math.min(+from.value, +to.value);
    range.hi = Math.max(+from.value, +to.value);
    renderTable();
    if (api.mode === "neighbourhood") {
      var sel = network.getSelectedNodes();
      if (sel.length && typeof sel[0] === "number") show(sel[0]);
    }
  }
  from.addEventListener("change", setRange);
  to.addEventListener("change", setRange);
  api.setYears = function (lo, hi) { from.value = lo; to.value = hi; setRange(); };
  $("overview").addEventListener("click", showOverview);
  $("fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });

  renderTable();
  network.once("afterDrawing", function () {
    document.body.setAttribute("data-ready", "1");
    api.ready = true;
  });
  showOverview();
  network.redraw();
}
})();
