/* news-kg graph view: draws the embedded data with vis-network. The overview first (actors colored
   by community, the best connected labelled), then zoom and filter, then details in the side panel
   (panel.js). Every piece of article text is put into the page with textContent, never as markup. */
(function () {
  "use strict";
  const times = (window.kgTimes = { start: performance.now() });
  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  times.parsed = performance.now();
  unpack(DATA);
  const STYLES = DATA.styles;
  const RECORDS = DATA.records;
  const large = DATA.large;
  const DOCS = DATA.documents;
  const COMMUNITIES = DATA.communities || [];
  const TOP_LABELS = 30; // actors labelled at the default zoom
  const nodeById = new Map(DATA.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(DATA.edges.map((e) => [e.id, e]));
  const $ = (id) => document.getElementById(id);
  const status = $("status");

  // The page carries its data compact (kg/view/page.py): no default value, each source sentence once,
  // an edge's id its place in the list, an item's dates without its articles' dates, a drawn actor's
  // record without what its node says. Put all of it back, so the rest of the script reads it whole.
  function unpack(data) {
    const docDates = (docs) => docs.map((i) => (data.documents[i] || {}).date).filter(Boolean);
    const withDates = (x) => {
      x.docs = x.docs || [];
      x.dates = Array.from(new Set((x.dates || []).concat(docDates(x.docs)))).sort();
    };
    data.nodes.forEach((n) => {
      n.kind = n.group === "Statement" ? "statement" : n.group === "Event" ? "event" : "actor";
      if (n.size === undefined) n.size = 7;
      n.claim = Boolean(n.claim);
      withDates(n);
    });
    data.edges.forEach((e, i) => {
      e.id = "r" + i;
      e.cats = e.cats || [];
      withDates(e);
    });
    const DEFAULTS = {
      statement: () => ({ content: "", speaker: null, side: null, statementKind: "", cue: "", about: [], sentence: "", doc: null }),
      event: () => ({ type: "", category: "", relation: "", trigger: "", negated: false, factuality: "", date: "", args: {}, reportedBy: null, sentence: "", doc: null }),
      actor: () => ({ label: "", type: "", aliases: [], memberOf: [], docs: [], statements: [], events: [] }),
    };
    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    Object.entries(data.records).forEach(([id, r]) => {
      const whole = Object.assign(DEFAULTS[r.kind] ? DEFAULTS[r.kind]() : {}, r);
      const n = byId.get(id);
      if (r.kind === "actor" && n) Object.assign(whole, { label: n.label, type: n.group, aliases: n.names || [], memberOf: n.sides || [], docs: n.docs });
      if (typeof r.sentence === "number") whole.sentence = data.sentences[r.sentence];
      data.records[id] = whole;
    });
    // the edges of a statement or an event to its actors, made from its record: said, about, a role
    data.nodes.forEach((n) => {
      const r = data.records[n.id];
      if (!r || n.kind === "actor") return;
      const link = (from, to, kind, label) => {
        if (!byId.has(from) || !byId.has(to)) return;
        data.edges.push({ id: "r" + data.edges.length, from: from, to: to, kind: kind, label: label, records: [n.id],
          docs: n.docs, dates: n.dates, cats: kind === "role" ? n.cats || [] : [] });
      };
      if (n.kind === "statement") {
        if (r.speaker) link(r.speaker, n.id, "said", "said");
        r.about.forEach((a) => link(n.id, a, "about", "about"));
      } else {
        Object.entries(r.args).forEach(([role, a]) => link(n.id, a, "role", data.roles[role] || role));
      }
    });
  }
  function placeBelowBar() {
    const top = $("bar").offsetHeight + "px";
    $("graph").style.top = top;
    $("panel").style.top = top;
    $("notes").style.top = "calc(" + top + " + 8px)";
  }
  placeBelowBar();
  window.addEventListener("resize", placeBelowBar);

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // ------------------------------------------------------------------ state and filters
  const counts = { Statement: 0, Event: 0 };
  DATA.nodes.forEach((n) => { counts[n.group] = (counts[n.group] || 0) + 1; });
  const actorCount = DATA.nodes.filter((n) => n.kind === "actor").length;
  const TOP_ACTORS = 120; // a large graph opens with its best connected actors; a slider shows more
  const state = {
    top: large ? TOP_ACTORS : Infinity,
    types: new Set(Object.keys(STYLES)),
    statements: !DATA.large && counts.Statement <= 12,
    events: false,
    lone: DATA.edges.length === 0 || actorCount <= 12,
    category: "", article: "", outlet: "", fact: "", side: "",
    from: "", to: "",
  };
  const membersOf = new Map(); // body -> its members
  DATA.nodes.forEach((n) => (n.sides || []).forEach((s) => {
    if (!membersOf.has(s)) membersOf.set(s, []);
    membersOf.get(s).push(n.id);
  }));
  let allowedDocs = null, sideSet = null;
  function inRange(dates) {
    if (!state.from && !state.to) return true;
    return (dates || []).some((d) => (!state.from || d >= state.from) && (!state.to || d.slice(0, 10) <= state.to));
  }
  function inDocs(docs) {
    return !allowedDocs || (docs || []).some((d) => allowedDocs.has(d));
  }
  function onSide(n) {
    if (!sideSet || n.kind === "actor") return true;
    const r = RECORDS[n.id];
    if (n.kind === "statement") return sideSet.has(r.speaker) || r.side === state.side;
    return Object.values(r.args).some((a) => sideSet.has(a));
  }
  function factPasses(n) {
    if (!state.fact || n.kind !== "event") return true;
    return state.fact === "claims" ? n.claim : !n.claim;
  }
  function nodePasses(n) {
    if (!state.types.has(n.group)) return false;
    if (n.kind === "statement" && !state.statements) return false;
    if (n.kind === "event" && (!state.events || (state.category && !(n.cats || []).includes(state.category)))) return false;
    // an actor with no date of its own (no dated article) is drawn when one of its links is
    const undated = n.kind === "actor" && !(n.dates || []).length;
    return factPasses(n) && onSide(n) && inDocs(n.docs) && (undated || inRange(n.dates));
  }
  const LINK_KINDS = new Set(["relation", "claim", "said-about"]);
  function kindPasses(e) {
    if (e.kind === "said" || e.kind === "about") return state.statements;
    if (e.kind === "said-about") return !state.statements;
    if (e.kind === "role") return state.events;
    if (e.kind === "relation") return state.fact !== "claims";
    if (e.kind === "claim") return state.fact !== "asserted";
    return true;
  }
  function edgePasses(e) {
    if (!kindPasses(e)) return false;
    if (!LINK_KINDS.has(e.kind)) return true;
    if (e.kind !== "said-about" && state.category && !e.cats.includes(state.category)) return false;
    if (sideSet && !sideSet.has(e.from) && !sideSet.has(e.to)) return false;
    return inDocs(e.docs) && inRange(e.dates);
  }
  function prepareFilters() {
    allowedDocs = null;
    if (state.article) allowedDocs = new Set([Number(state.article)]);
    else if (state.outlet) allowedDocs = new Set(DOCS.map((d, i) => (d.publisher === state.outlet ? i : -1)).filter((i) => i >= 0));
    sideSet = state.side ? new Set([state.side].concat(membersOf.get(state.side) || [])) : null;
  }
  // what is drawn: nodes and edges that pass the filters; actors with no drawn edge only when asked
  let shownNodes = new Set(), shownEdges = new Set(), loneHidden = 0;
  const pinned = new Set(); // actors the reader searched for, and their neighbours: always drawn
  const byRank = DATA.nodes.filter((n) => n.kind === "actor").sort((a, b) => a.rank - b.rank);
  const adjacent = new Map(); // actor -> actors it is linked to
  DATA.edges.forEach((e) => {
    if (!LINK_KINDS.has(e.kind) || e.from === e.to) return;
    [[e.from, e.to], [e.to, e.from]].forEach(([a, b]) => {
      if (!adjacent.has(a)) adjacent.set(a, []);
      adjacent.get(a).push(b);
    });
  });
  // the best connected actors, taken by rank until state.top of them are drawn (linked to another kept
  // one, unless lone actors are drawn too); pinned actors always
  function bestConnected(passing) {
    if (state.top >= byRank.length) return passing;
    const kept = new Set(), linked = new Set();
    byRank.forEach((n) => {
      if (!passing.has(n.id)) return;
      if ((state.lone ? kept.size : linked.size) >= state.top && !pinned.has(n.id)) { passing.delete(n.id); return; }
      kept.add(n.id);
      (adjacent.get(n.id) || []).forEach((m) => { if (kept.has(m)) { linked.add(m); linked.add(n.id); } });
    });
    return passing;
  }
  function recompute() {
    prepareFilters();
    const passing = bestConnected(new Set(DATA.nodes.filter(nodePasses).map((n) => n.id)));
    shownEdges = new Set(DATA.edges.filter((e) => passing.has(e.from) && passing.has(e.to) && edgePasses(e)).map((e) => e.id));
    loneHidden = 0;
    if (!state.lone) {
      const linked = new Set();
      shownEdges.forEach((id) => { const e = edgeById.get(id); if (e.from !== e.to) { linked.add(e.from); linked.add(e.to); } });
      passing.forEach((id) => {
        if (nodeById.get(id).kind === "actor" && !linked.has(id)) { passing.delete(id); loneHidden++; }
      });
    }
    shownNodes = passing;
  }

  // ------------------------------------------------------------------ vis data
  function shade(hex, f) {
    const v = parseInt(hex.slice(1), 16);
    const c = [v >> 16, (v >> 8) & 255, v & 255].map((x) => Math.max(0, Math.min(255, Math.round(x * f))));
    return "#" + c.map((x) => x.toString(16).padStart(2, "0")).join("");
  }
  function colors(base) {
    return {
      background: base, border: shade(base, 0.7),
      highlight: { background: shade(base, 1.15), border: "#1f2630" },
      hover: { background: shade(base, 1.1), border: "#1f2630" },
    };
  }
  // one vis group per entity type (its shape) and for statements and events; an actor's color is its community's
  const FONT = "system-ui, Arial, sans-serif";
  const communityById = new Map(COMMUNITIES.map((c) => [c.id, c]));
  const colored = COMMUNITIES.length > 1;
  const LONE_COLOR = "#b7c0ca";
  const groups = {};
  Object.entries(STYLES).forEach(([group, st]) => {
    const actor = group !== "Statement" && group !== "Event";
    groups[group] = {
      shape: st.shape,
      borderWidth: actor ? 2 : 1,
      color: colors(st.color),
      font: actor
        ? { size: 15, face: FONT, color: "#1f2630", strokeWidth: 4, strokeColor: "#ffffff" }
        : { size: 11, face: FONT, color: "#5f6b78", strokeWidth: 3, strokeColor: "#ffffff" },
    };
    if (actor && colored) delete groups[group].color; // each actor takes its community's color
  });
  function visNode(n) {
    const o = { id: n.id, label: n.label, group: n.group, size: n.size, title: n.label };
    if (n.x !== undefined) { o.x = n.x; o.y = n.y; }
    if (n.community !== undefined) o.community = n.community;
    if (colored && n.kind === "actor") o.color = colors(n.community !== undefined ? communityById.get(n.community).color : LONE_COLOR);
    return o;
  }
  // relation edges take the defaults; the other kinds say how they differ
  const EDGE_STYLE = {
    claim: { color: "#b23a3a", dashes: [7, 5] },
    said: { color: "#7d8893", dashes: false },
    "said-about": { color: "#7d8893", dashes: [6, 4] },
    about: { color: "#c3cad2", dashes: [2, 4] },
    role: { color: "#e3a19b", dashes: false },
    query: { color: "#7d8893", dashes: false },
  };
  const parallel = new Map();
  function arc(e) {
    const key = e.from < e.to ? e.from + "|" + e.to : e.to + "|" + e.from;
    const k = parallel.get(key) || 0;
    parallel.set(key, k + 1);
    if (k === 0 || large) return undefined;
    const side = (k % 2 === 1) === (e.from < e.to) ? "curvedCW" : "curvedCCW";
    return { enabled: true, type: side, roundness: 0.18 * Math.ceil(k / 2) };
  }
  function visEdge(e) {
    const many = e.records.length;
    const o = { id: e.id, from: e.from, to: e.to, label: e.label, title: e.label };
    const smooth = arc(e);
    if (smooth) o.smooth = smooth;
    if (many > 1 && (e.kind === "relation" || e.kind === "claim")) o.width = Math.min(6, 1.2 + 0.8 * many);
    if (e.kind === "relation") return o;
    const st = EDGE_STYLE[e.kind] || EDGE_STYLE.query;
    if (e.kind !== "claim") o.width = 1;
    o.dashes = st.dashes;
    o.color = { color: st.color, highlight: "#1f2630", hover: "#1f2630" };
    return o;
  }
  recompute();
  // the network holds the actors and the links between them; statements, events and their edges join
  // it the first time they are asked for (a corpus has tens of thousands)
  const detail = (n) => n.kind !== "actor";
  const detailEdge = (e) => detail(nodeById.get(e.from)) || detail(nodeById.get(e.to));
  const nodes = new vis.DataSet(DATA.nodes.filter((n) => !detail(n)).map(visNode));
  const edges = new vis.DataSet(DATA.edges.filter((e) => !detailEdge(e)).map(visEdge));
  let withDetail = false;
  function addDetail() {
    if (withDetail || !(state.statements || state.events || Array.from(pinned).some((id) => detail(nodeById.get(id))))) return;
    withDetail = true;
    nodes.add(DATA.nodes.filter(detail).map(visNode));
    edges.add(DATA.edges.filter(detailEdge).map(visEdge));
  }
  addDetail();
  times.datasets = performance.now();
  const nodeView = new vis.DataView(nodes, { filter: (n) => shownNodes.has(n.id) });
  const edgeView = new vis.DataView(edges, { filter: (e) => shownEdges.has(e.id) });

  const options = {
    autoResize: true,
    layout: { improvedLayout: !large, randomSeed: 7 },
    groups: groups,
    nodes: { scaling: { label: { enabled: false, drawThreshold: 12, maxVisible: 26 } } },
    edges: {
      width: 1.6,
      arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      color: { color: "#b23a3a", highlight: "#1f2630", hover: "#1f2630" },
      font: { size: 13, face: FONT, color: "#7a1f1f", strokeWidth: 4, strokeColor: "#ffffff", align: "horizontal" },
      smooth: large ? false : { enabled: true, type: "dynamic" },
      selectionWidth: 2,
      hoverWidth: 0.5,
      scaling: { label: { drawThreshold: 9, maxVisible: 16 } },
    },
    physics: large
      ? { enabled: false }
      : {
          enabled: true,
          solver: "forceAtlas2Based",
          forceAtlas2Based: { gravitationalConstant: -60, centralGravity: 0.015, springLength: 120, springConstant: 0.07, avoidOverlap: 0.9, damping: 0.55 },
          stabilization: { enabled: true, iterations: 600, updateInterval: 50, fit: true },
          minVelocity: 1.5,
        },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: large, hideEdgesOnZoom: large, navigationButtons: false, keyboard: false, multiselect: false },
  };
  const network = new vis.Network($("graph"), { nodes: nodeView, edges: edgeView }, options);
  window.kgNetwork = network;
  times.network = performance.now();

  // ------------------------------------------------------------------ labels by importance
  // At the default zoom the TOP_LABELS best connected actors show their names at 15 px; the next
  // tiers appear as the reader zooms in (each tier at twice the zoom of the one before); edge
  // labels appear from twice the default zoom when there are many, and on hover (their title).
  let labelled = null;
  const LABEL_PX = 15, MAX_LABEL_PX = 22, EDGE_PX = 11;
  function tierOf(n) {
    if (n.rank === undefined) return 3;
    if (n.rank < TOP_LABELS) return 0;
    return n.rank < 100 ? 1 : n.rank < 300 ? 2 : 3;
  }
  // font sizes (in the network's units) for the zoom `scale`: a tier's names grow as the reader zooms
  // in, up to MAX_LABEL_PX on screen; then the names that would overlap are moved or held back
  function setFonts(scale) {
    const base = LABEL_PX / labelled.scale;
    const cap = MAX_LABEL_PX / scale;
    const sizes = new Map();
    DATA.nodes.forEach((n) => {
      if (n.kind === "actor") sizes.set(n.id, Math.min(base / Math.pow(2, tierOf(n)), cap));
    });
    const placed = declutter(sizes, scale);
    nodes.update(Array.from(sizes, ([id, size]) => ({ id: id, font: { size: placed.has(id) ? size : 0, vadjust: placed.get(id) || 0 } })));
    const edgeSize = labelled.manyEdges ? EDGE_PX / labelled.scale / 2 : 13;
    network.setOptions({ edges: { font: { size: Math.min(edgeSize, (EDGE_PX + 2) / scale) } } });
    labelled.fontScale = scale;
  }
  // Names that would be drawn, best ranked first: each goes below its node, or above it when that
  // overlaps a name already placed, or waits for a closer zoom when both do (label placement, greedy).
  // Returns the placed names with their vertical shift (network units; 0 below the node).
  const measure = document.createElement("canvas").getContext("2d");
  function declutter(sizes, scale) {
    const threshold = options.nodes.scaling.label.drawThreshold;
    const placed = new Map(), grid = new Map(), CELL = 80;
    const cells = (b) => {
      const out = [];
      for (let x = Math.floor(b[0] / CELL); x <= Math.floor(b[2] / CELL); x++)
        for (let y = Math.floor(b[1] / CELL); y <= Math.floor(b[3] / CELL); y++) out.push(x + "," + y);
      return out;
    };
    const free = (b) => cells(b).every((c) => (grid.get(c) || []).every((o) => b[2] <= o[0] || b[0] >= o[2] || b[3] <= o[1] || b[1] >= o[3]));
    const take = (b) => cells(b).forEach((c) => { if (!grid.has(c)) grid.set(c, []); grid.get(c).push(b); });
    byRank.forEach((n) => {
      const size = sizes.get(n.id);
      const body = network.body.nodes[n.id];
      if (!shownNodes.has(n.id) || !body || size * scale < threshold) return;
      const px = size * scale;
      measure.font = px + "px " + FONT;
      const w = measure.measureText(n.label).width + 4, h = px * 1.15, r = n.size * scale;
      const x = body.x * scale, y = body.y * scale; // screen pixels, up to a shift common to all
      const below = [x - w / 2, y + r, x + w / 2, y + r + h];
      const above = [x - w / 2, y - r - h - 2, x + w / 2, y - r - 2];
      if (free(below)) { take(below); placed.set(n.id, 0); }
      else if (free(above)) { take(above); placed.set(n.id, -(2 * r + h + 2) / scale); }
    });
    return placed;
  }
  function labelByImportance() {
    labelled = { scale: network.getScale(), tiers: [TOP_LABELS, 100, 300], manyEdges: edgeView.length > 60 };
    window.kgLabels = labelled;
    setFonts(labelled.scale);
  }
  // after any change of zoom (wheel, pinch, focus, moveTo): checked on each frame, cheap when unchanged
  network.on("afterDrawing", () => {
    const scale = network.getScale();
    if (labelled && Math.abs(Math.log(scale / labelled.fontScale)) > 0.15) setTimeout(() => setFonts(network.getScale()), 0);
  });
  // the actors whose label is drawn at the current zoom (read by the tests through the network)
  window.kgLabelled = function () {
    const scale = network.getScale();
    return nodeView.getIds().filter((id) => {
      const n = network.body.nodes[id];
      return n && n.options.label && n.options.font.size * scale >= options.nodes.scaling.label.drawThreshold - 1;
    });
  };

  // ------------------------------------------------------------------ counts and rest
  function showCounts() {
    let actors = 0, statements = 0, events = 0, claims = 0;
    shownNodes.forEach((id) => {
      const k = nodeById.get(id).kind;
      if (k === "actor") actors++; else if (k === "statement") statements++; else events++;
    });
    shownEdges.forEach((id) => { if (edgeById.get(id).kind === "claim") claims++; });
    const parts = [actors + " actors", shownEdges.size + " links"];
    if (state.statements) parts.push(statements + " statements");
    if (state.events) parts.push(events + " events");
    if (claims) parts.push(claims + " claims");
    status.textContent = nodeView.length + " nodes, " + edgeView.length + " edges (" + parts.join(", ") + ")" +
      (loneHidden ? "; " + loneHidden + " actors with no edge hidden" : "");
  }
  let drawnOnce = false;
  function markStable(how) {
    if (status.dataset.state === "stable") return;
    status.dataset.state = "stable";
    status.dataset.ms = String(Math.round(performance.now()));
    labelByImportance();
    showCounts();
    window.kgStable = { how: how, ms: performance.now() };
  }
  network.on("afterDrawing", () => {
    if (!drawnOnce) {
      drawnOnce = true;
      window.kgDrawn = performance.now();
      if (large) { network.fit(); markStable("precomputed"); window.kgRest = performance.now(); }
    }
  });
  network.on("stabilizationIterationsDone", () => {
    network.fit();
    network.moveTo({ scale: network.getScale() * 0.96 });
    markStable("stabilized");
  });
  network.on("stabilized", () => {
    markStable("stabilized");
    if (window.kgRest === undefined) window.kgRest = performance.now();
  });
  if (!large && nodeView.length === 0) markStable("empty");

  // ------------------------------------------------------------------ communities: collapse and expand
  const collapsed = new Set();
  function clusterId(c) { return "group:" + c; }
  function collapse(c) {
    const info = communityById.get(c);
    const inside = nodeView.getIds().filter((id) => nodeById.get(id).community === c);
    if (inside.length < 2) return;
    network.cluster({
      joinCondition: (o) => o.community === c,
      clusterNodeProperties: {
        id: clusterId(c), label: info.name + " +" + (inside.length - 1), shape: "dot",
        size: Math.min(60, 16 + 3 * Math.sqrt(inside.length)), color: colors(info.color),
        font: { size: 16 / network.getScale(), face: FONT, strokeWidth: 4, strokeColor: "#ffffff" },
        title: "group of " + info.name + ": " + inside.length + " actors (click to expand)",
      },
    });
    collapsed.add(c);
  }
  function expand(c) {
    if (network.isCluster(clusterId(c))) network.openCluster(clusterId(c));
    collapsed.delete(c);
  }
  function reapplyClusters() {
    Array.from(collapsed).forEach((c) => { if (network.isCluster(clusterId(c))) network.openCluster(clusterId(c)); });
    Array.from(collapsed).forEach((c) => collapse(c));
  }
  window.kgGroups = { collapse: collapse, expand: expand, collapsed: collapsed };

  // ------------------------------------------------------------------ controls
  function refresh() {
    Array.from(collapsed).forEach((c) => { if (network.isCluster(clusterId(c))) network.openCluster(clusterId(c)); });
    recompute();
    addDetail();
    nodeView.refresh();
    edgeView.refresh();
    reapplyClusters();
    showCounts();
    updateGroupButtons();
    if (labelled) setFonts(network.getScale()); // names freed by what is no longer drawn
  }
  function checkbox(id, key, after) {
    const box = $(id);
    box.checked = state[key];
    box.addEventListener("change", () => { state[key] = box.checked; if (after) after(); refresh(); });
    return box;
  }
  const physics = $("physics");
  physics.checked = !large;
  physics.addEventListener("change", () => network.setOptions({ physics: { enabled: physics.checked } }));
  const showStatements = checkbox("show-statements", "statements");
  const showLone = checkbox("show-lone", "lone");
  checkbox("show-events", "events");

  function fillSelect(id, key, entries) {
    const select = $(id);
    entries.forEach(([value, text]) => { const o = el("option", null, text); o.value = value; select.appendChild(o); });
    select.addEventListener("change", () => { state[key] = select.value; refresh(); });
    if (entries.length < 2 && id !== "article") select.closest(".control").hidden = true;
  }
  const categories = new Set();
  DATA.nodes.forEach((n) => (n.cats || []).forEach((c) => categories.add(c)));
  fillSelect("category", "category", Array.from(categories).sort().map((c) => [c, c.replace(/_/g, " ").toLowerCase()]));
  fillSelect("article", "article", DOCS.map((d, i) => [String(i), ((d.date ? d.date + " · " : "") + (d.title || d.iri)).slice(0, 80)]));
  const outlets = Array.from(new Set(DOCS.map((d) => d.publisher).filter(Boolean))).sort();
  fillSelect("outlet", "outlet", outlets.map((p) => [p, p]));
  fillSelect("side", "side", Array.from(membersOf.keys()).filter((id) => RECORDS[id])
    .sort((a, b) => membersOf.get(b).length - membersOf.get(a).length)
    .map((id) => [id, RECORDS[id].label + " (" + (membersOf.get(id).length + 1) + ")"]));
  fillSelect("fact", "fact", [["asserted", "asserted"], ["claims", "claims (reported)"]]);

  // how many of the best connected actors are drawn
  const topN = $("top-n"), topShown = $("top-shown");
  function showTop() { topShown.textContent = Math.min(state.top, byRank.length) + " of " + byRank.length; }
  if (byRank.length > TOP_ACTORS) {
    topN.min = "10"; topN.max = String(byRank.length); topN.step = "10";
    topN.value = String(Math.min(state.top, byRank.length));
    topN.addEventListener("input", () => { state.top = Number(topN.value); showTop(); refresh(); });
    showTop();
  } else {
    $("top").hidden = true;
  }

  // the time slider: two handles over the dates of the events and articles within the page's span (the
  // articles' dates; a year named in passing is an event's date, not a stop of the slider)
  const SPAN = DATA.span || ["", "9999"];
  const inSpan = (d) => d >= SPAN[0].slice(0, d.length) && d <= SPAN[1].slice(0, d.length);
  const DATES = Array.from(new Set(DATA.nodes.concat(DATA.edges).flatMap((x) => x.dates || []).map((d) => d.slice(0, 10)))).filter(inSpan).sort();
  const lo = $("time-from"), hi = $("time-to"), shown = $("time-shown");
  function setTime() {
    let a = Number(lo.value), b = Number(hi.value);
    if (a > b) [a, b] = [b, a];
    const whole = a === 0 && b === DATES.length - 1;
    state.from = whole ? "" : DATES[a];
    state.to = whole ? "" : DATES[b];
    shown.textContent = DATES.length ? DATES[a] + " – " + DATES[b] : "no dates";
    refresh();
  }
  if (DATES.length > 1) {
    [lo, hi].forEach((r) => { r.min = "0"; r.max = String(DATES.length - 1); r.step = "1"; r.addEventListener("input", setTime); });
    lo.value = "0";
    hi.value = String(DATES.length - 1);
    shown.textContent = DATES[0] + " – " + DATES[DATES.length - 1];
  } else {
    $("time").hidden = true;
  }
  window.kgTime = { dates: DATES, set: (a, b) => { lo.value = String(a); hi.value = String(b); setTime(); } };

  placeBelowBar(); // the bar may have lost a row: the controls with nothing to choose are hidden

  // legend: the entity types (click to hide or show a type), the groups, the edge kinds
  const legend = $("legend");
  function swatch(style, fill) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("viewBox", "-8 -8 16 16");
    const shapes = {
      dot: ["circle", { r: "6" }],
      square: ["rect", { x: "-6", y: "-6", width: "12", height: "12" }],
      hexagon: ["polygon", { points: "6,0 3,5.2 -3,5.2 -6,0 -3,-5.2 3,-5.2" }],
      triangle: ["polygon", { points: "0,-6.5 6.5,5.5 -6.5,5.5" }],
      diamond: ["polygon", { points: "0,-7 7,0 0,7 -7,0" }],
      star: ["polygon", { points: "0,-7 1.8,-2.2 6.7,-2.2 2.8,0.8 4.2,5.7 0,2.8 -4.2,5.7 -2.8,0.8 -6.7,-2.2 -1.8,-2.2" }],
    };
    const [tag, attrs] = shapes[style.shape] || shapes.dot;
    const shape = document.createElementNS(ns, tag);
    Object.entries(attrs).forEach(([k, v]) => shape.setAttribute(k, v));
    shape.setAttribute("fill", fill || style.color);
    shape.setAttribute("stroke", shade(fill || style.color, 0.7));
    svg.appendChild(shape);
    return svg;
  }
  Object.entries(STYLES).forEach(([group, style]) => {
    if (!counts[group]) return;
    const item = el("div", "item");
    item.title = "click to hide or show";
    const actor = group !== "Statement" && group !== "Event";
    item.appendChild(swatch(style, colored && actor ? "#b7c0ca" : null));
    item.appendChild(el("span", null, style.name));
    item.appendChild(el("span", "count", counts[group]));
    item.addEventListener("click", () => {
      if (state.types.has(group)) state.types.delete(group); else state.types.add(group);
      item.classList.toggle("off", !state.types.has(group));
      refresh();
    });
    legend.appendChild(item);
  });
  const groupButtons = new Map();
  function updateGroupButtons() {
    groupButtons.forEach((b, c) => { b.textContent = collapsed.has(c) ? "expand" : "collapse"; });
  }
  if (colored) {
    legend.appendChild(el("hr"));
    legend.appendChild(el("div", "hint", "groups (color), best connected first:"));
    COMMUNITIES.filter((c) => c.size > 2).slice(0, 12).forEach((c) => {
      const item = el("div", "item group");
      item.appendChild(swatch({ shape: "dot", color: c.color }));
      item.appendChild(el("span", "name", c.name));
      item.appendChild(el("span", "count", c.size));
      const b = el("button", "toggle", "collapse");
      b.type = "button";
      b.dataset.group = String(c.id);
      b.addEventListener("click", (ev) => { ev.stopPropagation(); if (collapsed.has(c.id)) expand(c.id); else collapse(c.id); updateGroupButtons(); });
      groupButtons.set(c.id, b);
      item.appendChild(b);
      item.title = "click the name to find " + c.name;
      item.querySelector(".name").addEventListener("click", () => focus(c.top));
      legend.appendChild(item);
    });
  }
  legend.appendChild(el("hr"));
  [["#b23a3a", "solid", "did to: rejected, shot down…"], ["#b23a3a", "dashed", "a claim: according to a speaker"],
    ["#7d8893", "solid", "said (to a statement)"], ["#7d8893", "dashed", "said (about)"]].forEach(([color, style, text]) => {
    const key = el("div", "edge-key");
    const line = el("span");
    line.style.cssText = "display:inline-block;width:22px;border-top:2px " + style + " " + color;
    key.appendChild(line);
    key.appendChild(el("span", null, text));
    legend.appendChild(key);
  });
  legend.appendChild(el("div", "hint", "size: how often named; zoom in for more names; click a node or an edge for its source sentence"));

  if (DATA.notes.length) {
    const notes = $("notes");
    notes.hidden = false;
    notes.textContent = "Showing " + DATA.notes.join("; ");
  }

  // ------------------------------------------------------------------ panel, search, focus
  function focus(id) {
    const n = nodeById.get(id);
    const c = n && n.community;
    if (c !== undefined && collapsed.has(c)) { expand(c); updateGroupButtons(); }
    if (!nodeView.get(id) && n) {
      state.types.add(n.group);
      pinned.add(id);
      DATA.edges.forEach((e) => { if (e.from === id) pinned.add(e.to); else if (e.to === id) pinned.add(e.from); });
      if (n.kind === "statement") { state.statements = true; showStatements.checked = true; }
      if (n.kind === "actor") { state.lone = true; showLone.checked = true; }
      refresh();
    }
    panel.showNode(id);
    if (nodeView.get(id)) {
      network.selectNodes([id]);
      const scale = Math.max(network.getScale(), labelled ? labelled.scale * 4 : 1.0);
      network.focus(id, { scale: scale, animation: { duration: 400 } });
    }
  }
  const panel = window.kgPanel({
    data: DATA, network: network, el: el, focus: focus,
    members: (id) => membersOf.get(id) || [],
  });
  network.on("click", (params) => {
    const clicked = params.nodes[0];
    if (clicked && network.isCluster(clicked)) {
      expand(Number(String(clicked).slice("group:".length)));
      updateGroupButtons();
    } else if (clicked) panel.showNode(clicked);
    else if (params.edges.length && edgeById.get(params.edges[0])) panel.showEdge(edgeById.get(params.edges[0]));
    else panel.hide();
  });
})();
