/* news-kg graph view: draws the embedded data with vis-network; filters, search and the side panel.
   Every piece of article text is put into the page with textContent, never as markup. */
(function () {
  "use strict";
  const times = (window.kgTimes = { start: performance.now() });
  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  times.parsed = performance.now();
  const STYLES = DATA.styles;
  const RECORDS = DATA.records;
  const large = DATA.large;
  const DOCS = DATA.documents;
  const nodeById = new Map(DATA.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(DATA.edges.map((e) => [e.id, e]));
  const $ = (id) => document.getElementById(id);
  const status = $("status");
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
  const state = {
    types: new Set(Object.keys(STYLES)),
    statements: !DATA.large && counts.Statement <= 12,
    events: false,
    lone: DATA.edges.length === 0 || DATA.nodes.filter((n) => n.kind === "actor").length <= 12,
    category: "",
    article: "",
    from: "",
    to: "",
  };

  function inRange(dates) {
    if (!state.from && !state.to) return true;
    return (dates || []).some((d) => (!state.from || d >= state.from) && (!state.to || d.slice(0, 10) <= state.to));
  }
  function inArticle(docs) {
    return !state.article || (docs || []).includes(Number(state.article));
  }
  function nodePasses(n) {
    if (!state.types.has(n.group)) return false;
    if (n.kind === "statement" && !state.statements) return false;
    if (n.kind === "event" && (!state.events || (state.category && !(n.cats || []).includes(state.category)))) return false;
    return inArticle(n.docs) && inRange(n.dates);
  }
  function edgePasses(e) {
    if (e.kind === "said" || e.kind === "about") { if (!state.statements) return false; }
    else if (e.kind === "said-about") { if (state.statements) return false; }
    else if (e.kind === "role") { if (!state.events) return false; }
    if (e.kind === "relation" && state.category && !e.cats.includes(state.category)) return false;
    if (e.kind === "relation" || e.kind === "said-about") {
      if (state.article && !inArticle(e.docs)) return false;
      if ((state.from || state.to) && !inRange(e.dates)) return false;
    }
    return true;
  }
  // what is drawn: nodes and edges that pass the filters; actors with no drawn edge only when asked
  let shownNodes = new Set(), shownEdges = new Set(), loneHidden = 0;
  function recompute() {
    const passing = new Set(DATA.nodes.filter(nodePasses).map((n) => n.id));
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
  const nodeVisible = (n) => shownNodes.has(n.id);
  const edgeVisible = (e) => shownEdges.has(e.id);

  // ------------------------------------------------------------------ vis data
  function shade(hex, f) {
    const v = parseInt(hex.slice(1), 16);
    const c = [v >> 16, (v >> 8) & 255, v & 255].map((x) => Math.max(0, Math.min(255, Math.round(x * f))));
    return "#" + c.map((x) => x.toString(16).padStart(2, "0")).join("");
  }
  // one vis group per entity type (and for statements and events): per-node options stay tiny
  const FONT = "system-ui, Arial, sans-serif";
  const groups = {};
  Object.entries(STYLES).forEach(([group, st]) => {
    const actor = group !== "Statement" && group !== "Event";
    groups[group] = {
      shape: st.shape,
      borderWidth: actor ? 2 : 1,
      color: {
        background: st.color, border: shade(st.color, 0.7),
        highlight: { background: shade(st.color, 1.15), border: "#1f2630" },
        hover: { background: shade(st.color, 1.1), border: "#1f2630" },
      },
      font: actor
        ? { size: 15, face: FONT, color: "#1f2630", strokeWidth: 4, strokeColor: "#ffffff" }
        : { size: 11, face: FONT, color: "#5f6b78", strokeWidth: 3, strokeColor: "#ffffff" },
    };
  });
  function visNode(n) {
    const o = { id: n.id, label: n.label, group: n.group, size: n.size };
    if (n.x !== undefined) { o.x = n.x; o.y = n.y; }
    return o;
  }
  // relation edges take the defaults; the other kinds say how they differ
  const EDGE_STYLE = {
    said: { color: "#7d8893", dashes: false },
    "said-about": { color: "#7d8893", dashes: [6, 4] },
    about: { color: "#c3cad2", dashes: [2, 4], size: 10 },
    role: { color: "#e3a19b", dashes: false, size: 10 },
    query: { color: "#7d8893", dashes: false, size: 10 },
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
    const o = { id: e.id, from: e.from, to: e.to, label: e.label };
    const smooth = arc(e);
    if (smooth) o.smooth = smooth;
    if (e.kind === "relation") {
      if (many > 1) o.width = Math.min(6, 1.2 + 0.8 * many);
      return o;
    }
    const st = EDGE_STYLE[e.kind] || EDGE_STYLE.query;
    o.width = 1;
    o.dashes = st.dashes;
    o.color = { color: st.color, highlight: "#1f2630", hover: "#1f2630" };
    o.font = { size: st.size || 11, color: "#5f6b78" };
    return o;
  }
  recompute();
  const nodes = new vis.DataSet(DATA.nodes.map(visNode));
  const edges = new vis.DataSet(DATA.edges.map(visEdge));
  times.datasets = performance.now();
  const nodeView = new vis.DataView(nodes, { filter: (n) => nodeVisible(nodeById.get(n.id)) });
  const edgeView = new vis.DataView(edges, { filter: (e) => edgeVisible(edgeById.get(e.id)) });

  const options = {
    autoResize: true,
    layout: { improvedLayout: !large, randomSeed: 7 },
    groups: groups,
    nodes: { scaling: { label: { enabled: false, drawThreshold: 6 } } },
    edges: {
      width: 1.6,
      arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      color: { color: "#b23a3a", highlight: "#1f2630", hover: "#1f2630" },
      font: { size: 13, face: FONT, color: "#7a1f1f", strokeWidth: 4, strokeColor: "#ffffff", align: "horizontal" },
      smooth: large ? false : { enabled: true, type: "dynamic" },
      selectionWidth: 2,
      hoverWidth: 0.5,
      scaling: { label: { drawThreshold: 6 } },
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
    interaction: { hover: !large, tooltipDelay: 200, hideEdgesOnDrag: large, hideEdgesOnZoom: large, navigationButtons: false, keyboard: false, multiselect: false },
  };
  const network = new vis.Network($("graph"), { nodes: nodeView, edges: edgeView }, options);
  window.kgNetwork = network;
  times.network = performance.now();

  function showCounts() {
    status.textContent = nodeView.length + " nodes, " + edgeView.length + " edges" +
      (loneHidden ? " (" + loneHidden + " actors with no edge hidden: tick “lone actors”)" : "");
  }
  let drawnOnce = false;
  function markStable(how) {
    if (status.dataset.state === "stable") return;
    status.dataset.state = "stable";
    status.dataset.ms = String(Math.round(performance.now()));
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

  // ------------------------------------------------------------------ controls
  function refresh() {
    recompute();
    nodeView.refresh();
    edgeView.refresh();
    showCounts();
  }
  const physics = $("physics");
  physics.checked = !large;
  physics.addEventListener("change", () => network.setOptions({ physics: { enabled: physics.checked } }));
  const showStatements = $("show-statements");
  showStatements.checked = state.statements;
  showStatements.addEventListener("change", () => { state.statements = showStatements.checked; refresh(); });
  const showLone = $("show-lone");
  showLone.checked = state.lone;
  showLone.addEventListener("change", () => { state.lone = showLone.checked; refresh(); });
  const showEvents = $("show-events");
  showEvents.checked = state.events;
  showEvents.addEventListener("change", () => { state.events = showEvents.checked; refresh(); });

  const categories = new Set();
  DATA.nodes.forEach((n) => (n.cats || []).forEach((c) => categories.add(c)));
  const categorySelect = $("category");
  Array.from(categories).sort().forEach((c) => {
    const o = el("option", null, c.replace(/_/g, " ").toLowerCase());
    o.value = c;
    categorySelect.appendChild(o);
  });
  categorySelect.addEventListener("change", () => { state.category = categorySelect.value; refresh(); });

  const articleSelect = $("article");
  DOCS.forEach((d, i) => {
    const o = el("option", null, (d.date ? d.date + " · " : "") + (d.title || d.iri).slice(0, 70));
    o.value = String(i);
    articleSelect.appendChild(o);
  });
  articleSelect.addEventListener("change", () => { state.article = articleSelect.value; refresh(); });
  const dates = DOCS.map((d) => d.date).filter(Boolean).sort();
  ["date-from", "date-to"].forEach((id) => {
    const input = $(id);
    if (dates.length) { input.min = dates[0].slice(0, 10); input.max = dates[dates.length - 1].slice(0, 10); }
    input.addEventListener("change", () => { state.from = $("date-from").value; state.to = $("date-to").value; refresh(); });
  });

  // search: every label and alias of every actor
  const byName = new Map();
  const datalist = $("names");
  DATA.nodes.forEach((n) => {
    if (n.kind !== "actor") return;
    [n.label].concat(n.names || []).forEach((name) => {
      const key = name.toLowerCase();
      if (!byName.has(key)) {
        byName.set(key, n.id);
        if (byName.size <= 5000) { const o = el("option"); o.value = name; datalist.appendChild(o); }
      }
    });
  });
  const search = $("search");
  function find() {
    const q = search.value.trim().toLowerCase();
    if (!q) return;
    let id = byName.get(q);
    if (!id) { for (const [name, nid] of byName) { if (name.includes(q)) { id = nid; break; } } }
    if (!id) { search.setCustomValidity("no actor by that name"); search.reportValidity(); return; }
    search.setCustomValidity("");
    focusNode(id);
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", (ev) => { if (ev.key === "Enter") find(); });

  // legend: the entity types (click to hide or show a type) and the edge kinds
  const legend = $("legend");
  function swatch(style) {
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
    shape.setAttribute("fill", style.color);
    shape.setAttribute("stroke", shade(style.color, 0.7));
    svg.appendChild(shape);
    return svg;
  }
  Object.entries(STYLES).forEach(([group, style]) => {
    if (!counts[group]) return;
    const item = el("div", "item");
    item.title = "click to hide or show";
    item.appendChild(swatch(style));
    item.appendChild(el("span", null, style.name));
    item.appendChild(el("span", "count", counts[group]));
    item.addEventListener("click", () => {
      if (state.types.has(group)) state.types.delete(group); else state.types.add(group);
      item.classList.toggle("off", !state.types.has(group));
      refresh();
    });
    legend.appendChild(item);
  });
  legend.appendChild(el("hr"));
  [["#b23a3a", "solid", "did to: rejected, shot down…"], ["#7d8893", "solid", "said (to a statement)"], ["#7d8893", "dashed", "said (about)"]].forEach(([color, style, text]) => {
    const key = el("div", "edge-key");
    const line = el("span");
    line.style.cssText = "display:inline-block;width:22px;border-top:2px " + style + " " + color;
    key.appendChild(line);
    key.appendChild(el("span", null, text));
    legend.appendChild(key);
  });
  legend.appendChild(el("div", "hint", "size: how often named; click a node or an edge for its source sentence"));

  if (DATA.notes.length) {
    const notes = $("notes");
    notes.hidden = false;
    notes.textContent = "Showing " + DATA.notes.join("; ");
  }

  // ------------------------------------------------------------------ side panel
  const panel = $("panel");
  const body = $("panel-body");
  $("panel-close").addEventListener("click", () => { panel.hidden = true; network.unselectAll(); });

  function actorLink(id) {
    const r = RECORDS[id];
    if (!r) return el("span", null, "?");
    const b = el("button", "link", r.label);
    b.type = "button";
    b.addEventListener("click", () => focusNode(id));
    return b;
  }
  function article(index) {
    const d = DOCS[index];
    if (!d) return null;
    const parts = [d.title || "untitled", d.date, d.publisher].filter(Boolean);
    return el("div", "article", "Article: " + parts.join(" · "));
  }
  function statementCard(id, withSpeaker) {
    const r = RECORDS[id];
    const card = el("div", "card");
    if (withSpeaker && r.speaker) {
      const who = el("div", "meta");
      who.appendChild(actorLink(r.speaker));
      who.appendChild(document.createTextNode(" " + (r.cue || "said")));
      card.appendChild(who);
    }
    card.appendChild(el("blockquote", null, r.content));
    card.appendChild(el("div", "meta", [r.statementKind, r.cue ? "cue: " + r.cue : ""].filter(Boolean).join(" · ")));
    if (r.about && r.about.length) {
      const about = el("div", "meta", "about: ");
      r.about.forEach((a, i) => { if (i) about.appendChild(document.createTextNode(", ")); about.appendChild(actorLink(a)); });
      card.appendChild(about);
    }
    if (r.sentence) card.appendChild(sentence(r.sentence));
    const a = article(r.doc);
    if (a) card.appendChild(a);
    return card;
  }
  function sentence(text) {
    const div = el("div", "sentence");
    div.appendChild(el("strong", null, "Source sentence: "));
    div.appendChild(document.createTextNode(text));
    return div;
  }
  const ROLE_NAMES = { agent: "agent", target: "target", instrument: "instrument", place: "place" };
  function eventCard(id) {
    const r = RECORDS[id];
    const card = el("div", "card");
    card.appendChild(el("div", null, r.type + (r.negated ? " (did not happen)" : "")));
    card.appendChild(el("div", "meta", "category: " + r.category.replace(/_/g, " ").toLowerCase() + (r.trigger ? " · trigger: " + r.trigger : "")));
    const dl = el("dl");
    Object.keys(ROLE_NAMES).forEach((role) => {
      if (!r.args[role]) return;
      dl.appendChild(el("dt", null, ROLE_NAMES[role]));
      const dd = el("dd");
      dd.appendChild(actorLink(r.args[role]));
      dl.appendChild(dd);
    });
    if (r.date) { dl.appendChild(el("dt", null, "date")); dl.appendChild(el("dd", null, r.date)); }
    card.appendChild(dl);
    if (r.reportedBy && RECORDS[r.reportedBy]) {
      const rep = el("div", "meta", "reported by ");
      const s = RECORDS[r.reportedBy];
      if (s.speaker) rep.appendChild(actorLink(s.speaker));
      card.appendChild(rep);
    }
    if (r.sentence) card.appendChild(sentence(r.sentence));
    const a = article(r.doc);
    if (a) card.appendChild(a);
    return card;
  }
  function header(title, group) {
    const h = el("h2", null, title);
    body.appendChild(h);
    const st = STYLES[group];
    if (st) {
      const badge = el("span", "badge", st.name);
      badge.style.background = st.color;
      body.appendChild(badge);
    }
  }
  function showNode(id) {
    const r = RECORDS[id];
    if (!r) return;
    body.replaceChildren();
    if (r.kind === "actor") {
      header(r.label, r.type);
      if (r.aliases.length) body.appendChild(el("div", "meta", "also named: " + r.aliases.join(" · ")));
      body.appendChild(el("h3", null, "Statements (" + r.statements.length + ")"));
      if (!r.statements.length) body.appendChild(el("div", "meta", "none"));
      r.statements.forEach((s) => body.appendChild(statementCard(s, false)));
      if (r.events.length) {
        body.appendChild(el("h3", null, "Events (" + r.events.length + ")"));
        r.events.forEach((e) => body.appendChild(eventCard(e)));
      }
      body.appendChild(el("h3", null, "Articles"));
      r.docs.forEach((d) => { const a = article(d); if (a) body.appendChild(a); });
    } else if (r.kind === "statement") {
      header("Statement", "Statement");
      body.appendChild(statementCard(id, true));
    } else {
      header(r.type, "Event");
      body.appendChild(eventCard(id));
    }
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function showEdge(id) {
    const e = edgeById.get(id);
    if (!e) return;
    body.replaceChildren();
    const from = RECORDS[e.from], to = RECORDS[e.to];
    const h = el("h2");
    h.appendChild(document.createTextNode((from.label || "statement") + " "));
    h.appendChild(el("span", null, e.label));
    h.appendChild(document.createTextNode(" " + (to.label || (to.kind === "statement" ? "a statement" : "an event"))));
    body.appendChild(h);
    if (!e.records.length) body.appendChild(el("div", "meta", "no event record behind this edge"));
    e.records.forEach((rid) => {
      const r = RECORDS[rid];
      body.appendChild(r.kind === "statement" ? statementCard(rid, true) : eventCard(rid));
    });
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function focusNode(id) {
    if (!nodeView.get(id)) {
      const n = nodeById.get(id);
      if (n) {
        state.types.add(n.group);
        if (n.kind === "statement") { state.statements = true; showStatements.checked = true; }
        if (n.kind === "actor") { state.lone = true; showLone.checked = true; }
        refresh();
      }
    }
    showNode(id);
    if (nodeView.get(id)) {
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400 } });
    }
  }
  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else panel.hidden = true;
  });
})();
