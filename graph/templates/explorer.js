/* huiyi corpus explorer: meeting table, overview, search → neighbourhood, expand on click, year range,
   a person's timeline and co-attendees, a series' sittings.
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
  var MEETING = T.indexOf("Meeting"), REPORT = T.indexOf("Report"), PERSON = T.indexOf("Person"),
      SERIES = T.indexOf("Series");
  var PRESIDED = ET.indexOf("PRESIDED"), REPORTED = ET.indexOf("REPORTED_AT"), SPOKE = ET.indexOf("SPOKE_AT"),
      ATTENDED = ET.indexOf("ATTENDED");
  var ROLES = [PRESIDED, REPORTED, SPOKE, ATTENDED], ROLE_SHORT = ["主持", "报告", "讲话", "出席"];
  var SEARCHABLE = ["Person", "Meeting", "Series", "Organization", "Slogan", "Document", "Report"].map(function (t) {
    return T.indexOf(t); });
  var NEIGH_MAX = 36, EXPAND_MAX = 24, ROWS = 100, RESULTS = 30, COATTEND_MAX = 12, SITTINGS_MAX = 500,
      TITLES_SHOWN = 8;
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

  // dates: yyyymmdd with 0 for an unknown part; negative: a meeting dated by its report
  function dateOf(n) { return Math.abs(D.d[n]); }
  function yearOf(n) { return Math.floor(dateOf(n) / 10000); }
  function two(x) { return (x < 10 ? "0" : "") + x; }
  function dayText(d) {  // 2024-05-27, 2024-05, 2024-?-27 (month unknown), 2024 (as explorer.day_text)
    d = Math.abs(d);
    if (!d) return "";
    var y = Math.floor(d / 10000), m = Math.floor(d / 100) % 100, dd = d % 100;
    return y + (m ? "-" + two(m) : dd ? "-?" : "") + (dd ? "-" + two(dd) : "");
  }
  function fmtDate(n) {
    var s = dayText(D.d[n]);
    return s && D.d[n] < 0 ? s + "（报道）" : s;
  }
  api.dayText = dayText;

  // the year range: it opens on the years where most meetings are (D.yr); years outside it that have
  // meetings or reports stay selectable
  var yLo = D.yr[0], yHi = D.yr[1], yearSet = new Set();
  for (k = 0; k < N; k++) if ((D.t[k] === MEETING || D.t[k] === REPORT) && dateOf(k)) yearSet.add(yearOf(k));
  if (yLo) for (var y0 = yLo; y0 <= yHi; y0++) yearSet.add(y0);
  var yearList = Array.from(yearSet).sort(function (a, b) { return a - b; });
  var range = { lo: yLo, hi: yHi };
  function inRange(n) {
    var t = D.t[n];
    if (t !== MEETING && t !== REPORT) return true;
    var y = yearOf(n);
    return !y || (y >= range.lo && y <= range.hi);
  }
  function edgeOn(j) { return inRange(E[5 * j]) && inRange(E[5 * j + 1]); }

  // sittings: meeting → [series, sitting number] (D.q: series → meetings in date order)
  var seriesOf = new Map();
  Object.keys(D.q).forEach(function (s) {
    var list = D.q[s];
    for (var a = 0; a < list.length; a += 2) if (!seriesOf.has(list[a])) seriesOf.set(list[a], [+s, list[a + 1]]);
  });
  // titles held: person → position of his first row in D.ht (rows of 5, a person's rows together)
  var heldAt = new Map();
  for (k = D.ht.length - 5; k >= 0; k -= 5) heldAt.set(D.ht[k], k);

  // looks
  function clip(s, n) { s = String(s); return s.length <= n ? s : s.slice(0, n - 1) + "…"; }
  function label(n) {
    var s = clip(D.n[n], 14);
    if (D.t[n] === MEETING && dateOf(n)) s += "\n" + fmtDate(n);
    return s;
  }
  var FACE = "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, sans-serif", FONT = 14, LINE = 18, GAP = 6;
  function look(n, centre) {
    var st = D.style.nodes[T[D.t[n]]];
    return { label: label(n), shape: st[1], color: st[0],
             size: Math.round(st[2] * 0.7 + Math.min(6, Math.sqrt(degree(n)) / 2)) + (centre ? 6 : 0) };
  }
  function font(shape) {  // a label inside a box is white on the box's colour
    return shape === "box" ? { size: FONT, color: "#ffffff", strokeWidth: 0 } : { size: FONT };
  }
  function colour(c) {  // a node keeps its type's colour when selected or hovered (a box's label is white)
    return { background: c, border: "#37474f", highlight: { background: c, border: "#0d47a1" },
             hover: { background: c, border: "#0d47a1" } };
  }
  function visNode(n, x, y, lk) {
    return { id: n, label: lk.label, x: x, y: y, shape: lk.shape, size: lk.size, color: colour(lk.color),
             font: font(lk.shape) };
  }

  // label placement: a node with its label is a box (measured as vis-network draws it), and no box is put
  // where it overlaps another: a neighbourhood is a ring round its centre (ringPlace), an expansion an arc
  // out of the view (arcPlace), the overview its precomputed spots, a label moved only where it would overlap
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = FONT + "px " + FACE;
  function extent(lk) {  // the box of a node and its label around the node's centre
    var lines = String(lk.label || "").split("\n"), w = 0;
    lines.forEach(function (l) { w = Math.max(w, measure.measureText(l).width); });
    var h = lk.label ? lines.length * LINE : 0;
    if (lk.shape === "box") return { l: -w / 2 - 12, r: w / 2 + 12, t: -h / 2 - 9, b: h / 2 + 9 };
    var half = Math.max(w / 2 + 2, lk.size + 1);
    return { l: -half, r: half, t: -lk.size - 2, b: lk.size + (h ? 6 + h : 2) };
  }
  function Packer() { this.boxes = []; }
  Packer.prototype.free = function (x, y, ex) {
    var l = x + ex.l - GAP, r = x + ex.r + GAP, t = y + ex.t - GAP, b = y + ex.b + GAP, bs = this.boxes;
    for (var a = 0; a < bs.length; a++) {
      var o = bs[a];
      if (l < o.r && r > o.l && t < o.b && b > o.t) return false;
    }
    return true;
  };
  Packer.prototype.add = function (x, y, ex) {
    this.boxes.push({ l: x + ex.l, r: x + ex.r, t: y + ex.t, b: y + ex.b });
  };
  function paneAspect() {
    var g = $("graph"), w = g.clientWidth || 1200, h = g.clientHeight || 600;
    return Math.max(1, Math.min(3, w / h));
  }
  // spots on ellipses around (cx, cy) (wider than high like the pane), rings `step` apart from ring `ring`
  // on, each ring's spots about 12 px apart, nearest to the angle `prefer` first
  function spots(cx, cy, r0, step, aspect, ring, prefer) {
    var i = 0, count = 0, r = 0;
    function setRing() {
      r = r0 + step * ring;
      var a = r * aspect, b = r;
      var perimeter = Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)));
      count = r ? Math.max(8, Math.ceil(perimeter / 12)) : 1;
    }
    setRing();
    return function () {
      if (i >= count) { ring++; i = 0; setRing(); }
      var t = prefer + 2 * Math.PI * (i % 2 ? (i + 1) / 2 : -i / 2) / count;
      i++;
      return [cx + r * aspect * Math.cos(t), cy + r * Math.sin(t), ring];
    };
  }
  // first fit: each of `items` ([node, look]) at the first spot around (cx, cy) where its box is free
  function fanPlace(packer, items, cx, cy, r0, prefer) {
    var aspect = paneAspect(), out = [], from = 0;
    items.forEach(function (item) {
      var ex = extent(item[1]), next = spots(cx, cy, r0, 14, aspect, Math.max(0, from - 3), prefer), p = next();
      for (var tries = 0; !packer.free(p[0], p[1], ex) && tries < 60000; tries++) p = next();
      from = p[2];
      packer.add(p[0], p[1], ex);
      out.push([item[0], p[0], p[1], item[1]]);
    });
    return out;
  }
  // the angles (t of x = a cos t, y = b sin t) of boxes `exs` one after the other from t0 along an ellipse, the
  // odd ones `dr` further out (a zigzag: a label's neighbours are above or below it across the top, beside it
  // down the sides, so a ring holds twice as many): each next box at the first angle where it clears the two
  // before it by `gap`. Returns the angles and where one more box (the first again, round a ring) would go.
  function walkAngles(exs, r, dr, aspect, t0, gap, n) {
    var dt = 2 / Math.max(r * aspect, 1), limit = t0 + 2 * Math.PI + 1, out = [t0], m = exs.length;
    function radius(i) { return r + (i % 2 ? dr : 0); }
    function clear(i, t1, k, t2) {  // box i at angle t1 and box k at angle t2 do not overlap
      var e1 = exs[i % m], e2 = exs[k % m], r1 = radius(i % m), r2 = radius(k % m);
      var dx = aspect * (r2 * Math.cos(t2) - r1 * Math.cos(t1)), dy = r2 * Math.sin(t2) - r1 * Math.sin(t1);
      return dx + e2.l >= e1.r + gap || dx + e2.r <= e1.l - gap || dy + e2.t >= e1.b + gap || dy + e2.b <= e1.t - gap;
    }
    for (var i = 1; i <= n; i++) {
      var t2 = out[i - 1] + dt;
      while (!(clear(i - 1, out[i - 1], i, t2) && (i < 2 || clear(i - 2, out[i - 2], i, t2))) && t2 < limit) t2 += dt;
      out.push(t2);
    }
    return { angles: out.slice(0, n), end: out[n] };
  }
  // a closed ring: the gap widened until the ring closes evenly; null when the boxes do not fit round it
  function ringAngles(exs, r, dr, aspect, t0) {
    var n = exs.length, end = t0 + 2 * Math.PI, best = walkAngles(exs, r, dr, aspect, t0, GAP, n);
    if (n < 2) return best.angles;
    if (best.end > end) return null;
    for (var lo = GAP, hi = GAP + 400, k = 0; k < 14; k++) {
      var mid = (lo + hi) / 2, w = walkAngles(exs, r, dr, aspect, t0, mid, n);
      if (w.end <= end) { lo = mid; best = w; } else hi = mid;
    }
    return best.angles;
  }
  // an arc: new nodes round (cx, cy) within 60° either side of `away` (out of the view, where the room is),
  // pushed out until they clear everything drawn; else the first free spots
  function arcPlace(packer, items, cx, cy, away) {
    var aspect = paneAspect(), exs = items.map(function (it) { return extent(it[1]); }), n = items.length;
    var dr = n > 4 ? Math.max.apply(null, exs.map(function (e) { return e.b - e.t; })) + GAP : 0;
    for (var r = 60, tries = 0; n && tries < 200; tries++, r += 12) {
      var start = away, w = null;
      for (var k = 0; k < 3; k++) {  // centre the arc on `away`
        w = walkAngles(exs, r, dr, aspect, start, 2 * GAP, n);
        start = away - (w.angles[n - 1] - w.angles[0]) / 2;
      }
      if (w.angles[n - 1] - w.angles[0] > 2 * Math.PI / 3) continue;
      var mark = packer.boxes.length, out = [];
      for (var i = 0; i < n; i++) {
        var ri = r + (i % 2 ? dr : 0), x = cx + ri * aspect * Math.cos(w.angles[i]), y = cy + ri * Math.sin(w.angles[i]);
        if (!packer.free(x, y, exs[i])) break;
        packer.add(x, y, exs[i]);
        out.push([items[i][0], x, y, items[i][1]]);
      }
      if (out.length === n) return out;
      packer.boxes.length = mark;
    }
    return fanPlace(packer, items, cx, cy, 30, away);
  }
  // a radial layout: rings of at most RING_MAX around (cx, cy), each pushed out until no box overlaps another;
  // a ring's nodes sit in the gaps of the ring inside it, so that its edges pass between those labels
  var RING_MAX = 40;
  function ringPlace(packer, items, cx, cy) {
    var aspect = paneAspect(), out = [], r = 30, inner = null;
    for (var s = 0; s < items.length; s += RING_MAX) {
      var part = items.slice(s, s + RING_MAX), exs = part.map(function (it) { return extent(it[1]); }), placed = null;
      var dr = part.length > 10 ? Math.max.apply(null, exs.map(function (e) { return e.b - e.t; })) + GAP : 0;
      for (var tries = 0; tries < 400 && !placed; tries++) {
        var angles;
        if (inner && part.length < inner.length) {
          angles = part.map(function (_, i) {
            var g = Math.floor((i + 0.5) * inner.length / part.length), t1 = inner[g];
            var t2 = g + 1 < inner.length ? inner[g + 1] : inner[0] + 2 * Math.PI;
            return (t1 + t2) / 2;
          });
          dr = 0;
        } else angles = ringAngles(exs, r, dr, aspect, -Math.PI / 2 + (inner ? Math.PI / part.length : 0));
        if (angles) {
          var mark = packer.boxes.length, trial = [];
          for (var i = 0; i < part.length; i++) {
            var ri = r + (i % 2 ? dr : 0), x = cx + ri * aspect * Math.cos(angles[i]), y = cy + ri * Math.sin(angles[i]);
            if (!packer.free(x, y, exs[i])) break;
            packer.add(x, y, exs[i]);
            trial.push([part[i][0], x, y, part[i][1]]);
          }
          if (trial.length === part.length) { placed = trial; inner = angles; break; }
          packer.boxes.length = mark;
        }
        r += 8;
      }
      out = out.concat(placed || fanPlace(packer, part, cx, cy, r, -Math.PI / 2));
      r += dr + 30;
    }
    return out;
  }

  // the network: one instance, its DataSets hold only the current view
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, {
    autoResize: true, physics: { enabled: false }, layout: { improvedLayout: false },
    // labels stay drawn when a fitted view is zoomed out (vis-network hides them below 5 px)
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: true },
    nodes: { font: { size: FONT, face: FACE, strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1,
             scaling: { label: { enabled: false, drawThreshold: 3 } } },
    edges: { smooth: false, width: 1.2, arrows: { to: { enabled: true, scaleFactor: 0.5 } } },
  });
  api.network = network; api.nodes = nodes; api.edges = edges;
  var view = new Set(), drawnEdges = {};

  function setTitle(text) { $("view-title").textContent = text; }

  function showOverview() {
    api.mode = "overview";
    view = new Set(); drawnEdges = {};
    nodes.clear(); edges.clear();
    unfollow();
    // the precomputed positions, a label moved only where it would overlap one placed before (largest first)
    var packer = new Packer(), order = D.ov.nodes.slice().sort(function (a, b) { return b.size - a.size || a.id - b.id; });
    var ov = order.map(function (n) {
      var lk = { label: n.label, shape: n.shape, size: n.size }, ex = extent(lk);
      var next = spots(n.x, n.y, 0, 8, 2, 0, -Math.PI / 2), p = next();
      for (var tries = 0; !packer.free(p[0], p[1], ex) && tries < 20000; tries++) p = next();
      packer.add(p[0], p[1], ex);
      return { id: n.id, label: n.label, x: p[0], y: p[1], shape: n.shape, size: n.size,
               color: colour(n.color), font: font(n.shape), ntype: n.ntype };
    });
    nodes.add(ov);
    edges.add(D.ov.edges.map(function (e) {
      return { id: e.id, from: e.from, to: e.to, value: e.value, title: e.title, color: e.color,
               arrows: { to: { enabled: false } } };
    }));
    setTitle("概览：最活跃的人物与机构 · 会议系列（" + ov.length + " 个节点；点击展开）");
    network.fit({ animation: false });
  }

  // the neighbours of n in the year range, the most relevant first, at most `max`; reports stay out of
  // the drawing (their sentences and links are in the details) unless there is nothing else
  var RANK = {}; ["Meeting", "Series", "Person", "Organization", "Slogan", "Document", "PriorityList", "Report"].forEach(
    function (t, i) { RANK[T.indexOf(t)] = i; });
  function neighbours(n, max) {
    var seen = new Set(), out = [], reports = [];
    for (var a = off[n]; a < off[n + 1]; a++) {
      var e = adj[a], m = other(e, n);
      if (m === n || seen.has(m) || !edgeOn(e)) continue;
      seen.add(m);
      (D.t[m] === REPORT ? reports : out).push(m);
    }
    if (!out.length) out = reports;  // a node only reports mention: its reports, rather than nothing
    out.sort(function (a, b) {
      return (RANK[D.t[a]] - RANK[D.t[b]]) || (dateOf(b) - dateOf(a)) || (degree(b) - degree(a)) || (a - b);
    });
    return { list: out.slice(0, max), total: out.length };
  }

  function viewPacker() {  // the boxes of what is drawn now (nodes may have been dragged)
    var packer = new Packer(), ids = nodes.getIds(), pos = network.getPositions(ids);
    ids.forEach(function (id) {
      var n = nodes.get(id), p = pos[id] || { x: n.x, y: n.y };
      packer.add(p.x, p.y, extent({ label: n.label, shape: n.shape, size: n.size }));
    });
    return packer;
  }
  // new nodes (not in the view yet): round the centre of a new view, or fanned out from an expanded node
  function place(packer, list, cx, cy, prefer) {
    var fresh = list.filter(function (m) { return !view.has(m); }).map(function (m) { return [m, look(m)]; });
    var where = prefer === undefined ? ringPlace(packer, fresh, cx, cy) : arcPlace(packer, fresh, cx, cy, prefer);
    var added = where.map(function (p) {
      view.add(p[0]);
      return visNode(p[0], p[1], p[2], p[3]);
    });
    nodes.add(added);
    return added.map(function (x) { return x.id; });
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
        add.push({ id: key, from: E[5 * e], to: E[5 * e + 1], title: st[1], dashes: st[2],
                   color: { color: st[0], highlight: st[0], hover: st[0] } });
      }
    });
    edges.add(add);
  }

  function show(n) {
    api.mode = "neighbourhood";
    nodes.clear(); edges.clear();
    view = new Set([n]); drawnEdges = {};
    var lk = look(n, true), packer = new Packer();
    packer.add(0, 0, extent(lk));
    var centre = visNode(n, 0, 0, lk);
    if (lk.shape !== "box") centre.font.background = "rgba(255,255,255,0.85)";  // the edges all meet under its label
    nodes.add(centre);
    var nb = neighbours(n, NEIGH_MAX);
    place(packer, nb.list, 0, 0);
    addEdges();
    setTitle(D.n[n] + " 的关系：" + nb.list.length + (nb.total > nb.list.length ? " / " + nb.total : "") +
             " 个相邻节点（报道不画出；点击节点展开）");
    network.selectNodes([n]);
    network.fit({ animation: false });
    select(n);
  }

  function expand(n) {
    if (!view.has(n)) { show(n); return; }
    var pos = network.getPositions(), p = pos[n], cx = 0, cy = 0, c = 0;
    Object.keys(pos).forEach(function (id) { cx += pos[id].x; cy += pos[id].y; c++; });
    cx /= c; cy /= c;
    var nb = neighbours(n, EXPAND_MAX + view.size);
    var fresh = nb.list.filter(function (m) { return !view.has(m); }).slice(0, EXPAND_MAX);
    // away from the middle of the view, where the free room is
    var away = Math.hypot(p.x - cx, p.y - cy) > 1 ? Math.atan2(p.y - cy, (p.x - cx) / paneAspect()) : -Math.PI / 2;
    var added = place(viewPacker(), fresh, p.x, p.y, away);
    addEdges();
    setTitle("已展开 " + D.n[n] + "：新增 " + added.length + " 个，共 " + view.size + " 个节点（报道不画出；「全图」看全部）");
    // the view moves to what was added (at most life size); 全图 fits the whole view
    network.fit({ nodes: [n].concat(added), animation: false });
    if (network.getScale() > 1) network.moveTo({ scale: 1, animation: false });
    select(n);
  }
  api.show = show; api.expand = expand; api.overview = showOverview;
  api.view = function () {
    var ids = nodes.getIds();
    return { mode: api.mode, nodes: ids.length, edges: edges.length,
             labelled: ids.filter(function (i) { return String(nodes.get(i).label || "").length > 0; }).length,
             names: ids.map(function (i) { return typeof i === "number" ? D.n[i] : nodes.get(i).label; }) };
  };
  // the drawn boxes (node and label, canvas units) of the view: tests check that none overlap
  api.boxes = function () {
    return nodes.getIds().map(function (id) {
      var b = network.getBoundingBox(id);
      return { id: id, left: b.left, right: b.right, top: b.top, bottom: b.bottom };
    });
  };

  // details: type, name, properties, a person's timeline and co-attendees, a series' sittings, evidence
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
  function link(n, text) {
    var b = el("button", text === undefined ? D.n[n] : text, "link");
    b.type = "button";
    if (text !== undefined) b.title = D.n[n];
    b.addEventListener("click", function () { show(n); });
    return b;
  }
  function reportLine(r) {
    var p = el("div", "", "src");
    p.appendChild(document.createTextNode("报道：" + D.n[r] + (fmtDate(r) ? "（" + fmtDate(r) + "）" : "") + " "));
    var href = reportHref(r);
    if (href) { var a = el("a", "打开报道"); a.href = href; p.appendChild(a); }
    return p;
  }
  function table(head, rows, cls) {  // rows: arrays of strings or nodes
    var t = el("table", undefined, cls), tr = el("tr");
    head.forEach(function (h) { tr.appendChild(el("th", h)); });
    t.appendChild(el("thead")).appendChild(tr);
    var body = t.appendChild(el("tbody"));
    rows.forEach(function (row) {
      var r = el("tr");
      row.forEach(function (c) {
        var td = el("td");
        if (c instanceof Node) td.appendChild(c); else td.textContent = c;
        r.appendChild(td);
      });
      body.appendChild(r);
    });
    return t;
  }
  function roleEdge(e) { return ROLES.indexOf(E[5 * e + 2]); }
  function who(m, typ) {
    var out = [];
    for (var a = off[m]; a < off[m + 1]; a++) {
      var e = adj[a];
      if (E[5 * e + 2] === typ && E[5 * e + 1] === m && out.indexOf(E[5 * e]) < 0) out.push(E[5 * e]);
    }
    return out;
  }
  function links(list) {
    var span = el("span");
    list.forEach(function (i, x) {
      if (x) span.appendChild(document.createTextNode("、"));
      span.appendChild(link(i));
    });
    return span;
  }

  // the meetings where p had a role: meeting → bits of ROLES (all years, or only those in the year range)
  function roleMeetings(p, all) {
    var out = new Map();
    for (var a = off[p]; a < off[p + 1]; a++) {
      var e = adj[a], ri = roleEdge(e), m = E[5 * e + 1];
      if (ri < 0 || E[5 * e] !== p || D.t[m] !== MEETING || (!all && !edgeOn(e))) continue;
      out.set(m, (out.get(m) || 0) | (1 << ri));
    }
    return out;
  }
  function later(a, b) { return dateOf(a) - dateOf(b) || (D.n[a] < D.n[b] ? -1 : D.n[a] > D.n[b] ? 1 : a - b); }
  // a person's timeline and co-attendees (as `huiyi query person NAME --timeline` and `coattend NAME`):
  // titles with the first and last publication date they were seen, meetings per year and role oldest
  // first, the people with a role at the same meetings (most shared first, the latest shared meeting)
  function profile(p) {
    var titles = [], mine = roleMeetings(p), perYear = new Map(), shared = new Map();
    for (var k = heldAt.has(p) ? heldAt.get(p) : D.ht.length; k < D.ht.length && D.ht[k] === p; k += 5)
      titles.push({ title: D.tt[D.ht[k + 1]], first: D.ht[k + 2], last: D.ht[k + 3], reports: D.ht[k + 4] });
    mine.forEach(function (bits, m) {
      var y = yearOf(m), row = perYear.get(y);
      if (!row) perYear.set(y, row = [0, 0, 0, 0, 0]);
      for (var ri = 0; ri < 4; ri++) if (bits & (1 << ri)) row[ri]++;
      row[4]++;
      var here = new Set();
      for (var a = off[m]; a < off[m + 1]; a++) {
        var e = adj[a], q = E[5 * e];
        if (E[5 * e + 1] !== m || roleEdge(e) < 0 || q === p || D.t[q] !== PERSON || here.has(q)) continue;
        here.add(q);
        var s = shared.get(q);
        if (!s) shared.set(q, s = { n: 0, latest: m });
        s.n++;
        if (later(m, s.latest) > 0) s.latest = m;
      }
    });
    var years = Array.from(perYear.keys()).sort(function (a, b) { return (a || 1e9) - (b || 1e9); });
    var co = Array.from(shared.keys()).sort(function (a, b) {
      return shared.get(b).n - shared.get(a).n || (D.n[a] < D.n[b] ? -1 : D.n[a] > D.n[b] ? 1 : a - b);
    });
    return { titles: titles, meetings: mine.size,
             years: years.map(function (y) { return [y].concat(perYear.get(y)); }),
             coattendees: co.map(function (q) { return { node: q, name: D.n[q], shared: shared.get(q).n,
                                                        latest: shared.get(q).latest }; }) };
  }
  // a series' sittings in the year range, in date order: meeting, sitting number (0: unknown), presiders
  function sittings(s) {
    var list = D.q[String(s)] || [], out = [];
    for (var a = 0; a < list.length; a += 2) {
      if (inRange(list[a])) out.push({ meeting: list[a], sitting: list[a + 1], presided: who(list[a], PRESIDED) });
    }
    return { rows: out, total: list.length / 2 };
  }
  api.profile = function (p) {
    var x = profile(p);
    return { titles: x.titles.map(function (t) { return [t.title, dayText(t.first), dayText(t.last), t.reports]; }),
             years: x.years, meetings: x.meetings,
             coattendees: x.coattendees.map(function (c) { return [c.name, c.shared, fmtDate(c.latest), D.n[c.latest]]; }) };
  };
  api.sittings = function (s) {
    return sittings(s).rows.map(function (r) {
      return [fmtDate(r.meeting), r.sitting, r.presided.map(function (i) { return D.n[i]; }).join("、")]; });
  };
  function rangeSpan() { return !range.lo ? "" : range.lo === range.hi ? String(range.lo) : range.lo + "–" + range.hi; }

  function personPanel(p, box) {
    var x = profile(p), sec = el("section", undefined, "profile");
    sec.id = "timeline";
    sec.appendChild(el("h3", "任职（首次—最近见于报道）"));
    if (x.titles.length) {
      // titles seen in one report only (often a passing mention, or a misreading) wait behind a button when
      // there are many
      var few = x.titles.filter(function (t) { return t.reports > 1; });
      var rows = x.titles.length > TITLES_SHOWN && few.length ? few : x.titles;
      var titles = table(["职务", "首见", "最近", "篇"], rows.map(function (t) {
        return [t.title, dayText(t.first), dayText(t.last), String(t.reports)]; }), "titles");
      sec.appendChild(titles);
      if (rows.length < x.titles.length) {
        var more = el("button", "另有 " + (x.titles.length - rows.length) + " 个职务仅见于一篇报道…", "link");
        more.type = "button";
        more.addEventListener("click", function () {
          titles.replaceWith(table(["职务", "首见", "最近", "篇"], x.titles.map(function (t) {
            return [t.title, dayText(t.first), dayText(t.last), String(t.reports)]; }), "titles"));
          more.remove();
        });
        sec.appendChild(more);
      }
    } else sec.appendChild(el("div", "报道未给出职务", "muted"));
    sec.appendChild(el("h3", "会议（按年，" + x.meetings + " 次" + (range.lo ? "，" + rangeSpan() : "") + "）"));
    if (x.years.length) {
      sec.appendChild(table(["年份"].concat(ROLE_SHORT, ["合计"]), x.years.map(function (r) {
        return [r[0] ? String(r[0]) : "日期不详"].concat(r.slice(1).map(function (c) { return c ? String(c) : "·"; }));
      }), "years"));
    } else sec.appendChild(el("div", "年份范围内没有他担任角色的会议", "muted"));
    box.appendChild(sec);
    var co = el("section", undefined, "profile");
    co.id = "coattendees";
    co.appendChild(el("h3", "常同会者（同场有角色的人，" + x.coattendees.length + " 人）"));
    if (x.coattendees.length) {
      co.appendChild(table(["人物", "同场", "最近一次"], x.coattendees.slice(0, COATTEND_MAX).map(function (c) {
        var last = el("span");
        last.appendChild(link(c.latest, (fmtDate(c.latest) || "日期不详")));
        last.appendChild(el("span", " " + clip(D.n[c.latest], 14), "muted"));
        return [link(c.node), String(c.shared), last];
      }), "coattend"));
    } else co.appendChild(el("div", "没有", "muted"));
    box.appendChild(co);
  }
  function seriesPanel(s, box) {
    var x = sittings(s), sec = el("section", undefined, "profile");
    sec.id = "sittings";
    sec.appendChild(el("h3", "历次会议（按日期，" + x.rows.length + (x.rows.length < x.total ? " / " + x.total : "") +
                              " 次" + (range.lo ? "，" + rangeSpan() : "") + "）"));
    if (x.rows.length) {
      var numbered = x.rows.some(function (r) { return r.sitting; });  // else no column of dashes
      if (!numbered) sec.appendChild(el("div", "报道未给出届次", "muted"));
      sec.appendChild(table(numbered ? ["日期", "届次", "主持"] : ["日期", "主持"], x.rows.slice(0, SITTINGS_MAX).map(function (r) {
        var row = [link(r.meeting, fmtDate(r.meeting) || "日期不详"), links(r.presided)];
        if (numbered) row.splice(1, 0, r.sitting ? "第" + r.sitting + "次" : "—");
        return row;
      }), "sittings"));
      if (x.rows.length > SITTINGS_MAX) sec.appendChild(el("div", "…共 " + x.rows.length + " 次", "muted"));
    } else sec.appendChild(el("div", "年份范围内没有", "muted"));
    box.appendChild(sec);
  }
  function details(n) {
    var box = $("details");
    box.className = "";
    box.textContent = "";
    var st = D.style.nodes[T[D.t[n]]], typ = D.t[n];
    box.appendChild(el("strong", st[3] + " · " + D.n[n]));
    if (D.x[n]) box.appendChild(el("div", (typ === PERSON ? "职务：" : typ === SERIES ? "范围：" : "") + D.x[n]));
    if (fmtDate(n)) box.appendChild(el("div", "日期：" + fmtDate(n)));
    if (typ === MEETING && seriesOf.has(n)) {
      var sr = seriesOf.get(n), line = el("div", "系列：");
      line.appendChild(link(sr[0]));
      if (sr[1]) line.appendChild(document.createTextNode(" 第" + sr[1] + "次"));
      box.appendChild(line);
    }
    if (typ === REPORT) box.appendChild(reportLine(n));
    if (typ === PERSON) personPanel(n, box);
    if (typ === SERIES) { seriesPanel(n, box); return; }
    // its relations with their evidence: roles at meetings first (presided, reported, spoke, attended), newest first
    var list = [], shown = 0, total = 0, head = null;
    for (var a = off[n]; a < off[n + 1]; a++) if (edgeOn(adj[a])) list.push(adj[a]);
    list.sort(function (x, y) {
      return ((roleEdge(x) + 5) % 5 - (roleEdge(y) + 5) % 5) || (dateOf(other(y, n)) - dateOf(other(x, n))) || x - y;
    });
    list.forEach(function (e) {
      total++;
      if (shown >= 20) return;
      if (!head && typ === PERSON) box.appendChild(head = el("h3", "关系与证据"));
      var et = ET[E[5 * e + 2]], s = E[5 * e + 4], r = E[5 * e + 3];
      var div = el("div", "", "ev");
      div.appendChild(el("div", (ROLE_CN[et] || D.style.edges[et][1]) + "：" + D.n[E[5 * e]] + " → " +
                                D.n[E[5 * e + 1]]));
      if (s >= 0) div.appendChild(el("div", "「" + D.s[s] + "」"));
      if (r >= 0 && r !== n) div.appendChild(reportLine(r));
      box.appendChild(div);
      shown++;
    });
    if (total > shown) box.appendChild(el("div", "…共 " + total + " 条关系", "muted"));
  }
  api.details = details;
  // selecting a node: its details; a person or a series also sets the meetings the table shows
  function select(n) {
    details(n);
    if (D.t[n] === PERSON || D.t[n] === SERIES) follow(n);
    var panel = $("panel"), head = $("details-head");
    if (head.offsetTop > panel.scrollTop + panel.clientHeight - 120) panel.scrollTop = head.offsetTop - 8;
  }

  network.on("click", function (p) {
    if (p.nodes.length && typeof p.nodes[0] === "number") expand(p.nodes[0]);
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
      // an exact name first, then a prefix; a series before its sittings of that name, reports last
      hits.push([lower[i] === q ? 0 : at === 0 ? 1 : 2, D.t[i] === SERIES ? 0 : D.t[i] === REPORT ? 2 : 1, -degree(i), i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return hits.map(function (h) { return h[3]; });
  }
  function listResults(hits) {
    results.textContent = "";
    hits.slice(0, RESULTS).forEach(function (i) {
      var li = el("li");
      li.appendChild(link(i));
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

  // the meeting table: newest first, in the year range, filtered by name, the meetings of the person or
  // series selected (with his roles); pages of ROWS rows
  var meetings = [];
  for (k = 0; k < N; k++) if (D.t[k] === MEETING) meetings.push(k);
  meetings.sort(function (a, b) { return dateOf(b) - dateOf(a) || (D.n[a] < D.n[b] ? -1 : D.n[a] > D.n[b] ? 1 : 0); });
  var tbody = document.querySelector("#meetings tbody"), shownRows = 0, rows = [], outside = 0;
  var followed = null, followRoles = null;  // the node the table follows, its meetings (→ role bits)
  function follow(n) {
    followed = n;
    if (D.t[n] === PERSON) followRoles = roleMeetings(n, true);
    else {
      followRoles = new Map();
      var list = D.q[String(n)] || [];
      for (var a = 0; a < list.length; a += 2) followRoles.set(list[a], 0);
    }
    $("follow-name").textContent = D.style.nodes[T[D.t[n]]][3] + "：" + D.n[n];
    $("table-follow").hidden = false;
    $("role-col").hidden = D.t[n] !== PERSON;
    renderTable();
  }
  function unfollow() {
    if (followed === null) return;
    followed = followRoles = null;
    $("table-follow").hidden = true;
    $("role-col").hidden = true;
    renderTable();
  }
  api.follow = function (n) { if (n === null) unfollow(); else follow(n); };
  api.followed = function () { return followed; };
  function addRows() {
    var end = Math.min(rows.length, shownRows + ROWS), frag = document.createDocumentFragment();
    var roles = followed !== null && D.t[followed] === PERSON;
    for (; shownRows < end; shownRows++) {
      var m = rows[shownRows], tr = el("tr");
      tr.appendChild(el("td", fmtDate(m), "date"));
      var td = el("td");
      td.appendChild(link(m));
      tr.appendChild(td);
      td = el("td"); td.appendChild(links(who(m, PRESIDED))); tr.appendChild(td);
      td = el("td"); td.appendChild(links(who(m, REPORTED))); tr.appendChild(td);
      if (roles) {
        var bits = followRoles.get(m), names = [];
        for (var ri = 0; ri < 4; ri++) if (bits & (1 << ri)) names.push(ROLE_SHORT[ri]);
        tr.appendChild(el("td", names.join("、")));
      }
      frag.appendChild(tr);
    }
    tbody.appendChild(frag);
    $("more").hidden = shownRows >= rows.length;
    $("table-count").textContent = rows.length + " 次会议" + (range.lo ? "（" + rangeSpan() + "）" : "") +
      (outside ? "，范围外另有 " + outside + " 次" : "");
  }
  function renderTable() {
    var q = $("table-filter").value.trim();
    rows = []; outside = 0;
    meetings.forEach(function (m) {
      if ((q && D.n[m].indexOf(q) < 0) || (followRoles && !followRoles.has(m))) return;
      if (inRange(m)) rows.push(m); else outside++;
    });
    tbody.textContent = "";
    shownRows = 0;
    addRows();
  }
  $("more").addEventListener("click", addRows);
  $("table-filter").addEventListener("input", renderTable);
  $("unfollow").addEventListener("click", unfollow);

  // year range
  var from = $("year-from"), to = $("year-to");
  yearList.forEach(function (y) { from.appendChild(new Option(String(y), y)); to.appendChild(new Option(String(y), y)); });
  if (yLo) { from.value = yLo; to.value = yHi; }
  function setRange(lo, hi) {  // from the selectors, or the years given (tests: any year, offered or not)
    if (lo === undefined) { lo = +from.value; hi = +to.value; }
    range.lo = Math.min(lo, hi);
    range.hi = Math.max(lo, hi);
    renderTable();
    if (api.mode === "neighbourhood") {
      var sel = network.getSelectedNodes();
      if (sel.length && typeof sel[0] === "number") show(sel[0]);
    }
  }
  from.addEventListener("change", function () { setRange(); });
  to.addEventListener("change", function () { setRange(); });
  api.setYears = function (lo, hi) { from.value = lo; to.value = hi; setRange(+lo, +hi); };
  api.range = function () { return [range.lo, range.hi]; };
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
