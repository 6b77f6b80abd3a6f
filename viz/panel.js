/* news-kg graph view: the side panel (an actor's names, affiliations, statements and events, each
   with its source sentence and article) and the search. Text goes in with textContent only.
   kgPanel(view) is called by graph.js with what it needs: the data, the network and focus(). */
window.kgPanel = function (view) {
  "use strict";
  const RECORDS = view.data.records;
  const DOCS = view.data.documents;
  const STYLES = view.data.styles;
  const $ = (id) => document.getElementById(id);
  const el = view.el;
  const panel = $("panel");
  const body = $("panel-body");
  $("panel-close").addEventListener("click", () => { panel.hidden = true; view.network.unselectAll(); });

  function actorLink(id) {
    const r = RECORDS[id];
    if (!r) return el("span", null, "?");
    const b = el("button", "link", r.label);
    b.type = "button";
    b.addEventListener("click", () => view.focus(id));
    return b;
  }
  function linkList(title, ids) {
    const div = el("div", "meta", title + ": ");
    ids.forEach((a, i) => { if (i) div.appendChild(document.createTextNode(", ")); div.appendChild(actorLink(a)); });
    return div;
  }
  function article(index) {
    const d = DOCS[index];
    if (!d) return null;
    const parts = [d.title || "untitled", d.date, d.publisher].filter(Boolean);
    return el("div", "article", "Article: " + parts.join(" · "));
  }
  function sentence(text) {
    const div = el("div", "sentence");
    div.appendChild(el("strong", null, "Source sentence: "));
    div.appendChild(document.createTextNode(text));
    return div;
  }
  function source(card, r) {
    if (r.sentence) card.appendChild(sentence(r.sentence));
    const a = article(r.doc);
    if (a) card.appendChild(a);
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
    if (r.side) card.appendChild(linkList("on behalf of", [r.side]));
    if (r.about && r.about.length) card.appendChild(linkList("about", r.about));
    source(card, r);
    return card;
  }
  const ROLES = ["agent", "target", "instrument", "place"];
  function eventCard(id) {
    const r = RECORDS[id];
    const card = el("div", "card");
    card.appendChild(el("div", null, r.type + (r.negated ? " (did not happen)" : "")));
    const facts = ["category: " + r.category.replace(/_/g, " ").toLowerCase()];
    if (r.trigger) facts.push("trigger: " + r.trigger);
    if (r.factuality) facts.push(r.factuality);
    card.appendChild(el("div", "meta", facts.join(" · ")));
    const dl = el("dl");
    ROLES.forEach((role) => {
      if (!r.args[role]) return;
      dl.appendChild(el("dt", null, role));
      const dd = el("dd");
      dd.appendChild(actorLink(r.args[role]));
      dl.appendChild(dd);
    });
    if (r.date) { dl.appendChild(el("dt", null, "date")); dl.appendChild(el("dd", null, r.date)); }
    card.appendChild(dl);
    const s = r.reportedBy && RECORDS[r.reportedBy];
    if (s) {
      const rep = el("div", "meta claim", "a claim, according to ");
      rep.appendChild(s.speaker ? actorLink(s.speaker) : el("span", null, "a statement"));
      card.appendChild(rep);
    }
    source(card, r);
    return card;
  }
  function header(title, group) {
    body.appendChild(el("h2", null, title));
    const st = STYLES[group];
    if (st) {
      const badge = el("span", "badge", st.name);
      badge.style.background = st.color;
      body.appendChild(badge);
    }
  }
  function actorPanel(id, r) {
    header(r.label, r.type);
    if (r.aliases.length) body.appendChild(el("div", "meta names", "also named: " + r.aliases.join(" · ")));
    if (r.memberOf && r.memberOf.length) body.appendChild(linkList("member of", r.memberOf));
    const members = view.members(id);
    if (members.length) body.appendChild(linkList("members", members.slice(0, 30)));
    body.appendChild(el("h3", null, "Statements (" + r.statements.length + ")"));
    if (!r.statements.length) body.appendChild(el("div", "meta", "none"));
    r.statements.slice(0, 200).forEach((s) => body.appendChild(statementCard(s, false)));
    if (r.events.length) {
      body.appendChild(el("h3", null, "Events (" + r.events.length + ")"));
      r.events.slice(0, 200).forEach((e) => body.appendChild(eventCard(e)));
    }
    body.appendChild(el("h3", null, "Articles (" + r.docs.length + ")"));
    r.docs.slice(0, 200).forEach((d) => { const a = article(d); if (a) body.appendChild(a); });
  }
  function open() {
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function showNode(id) {
    const r = RECORDS[id];
    if (!r) return;
    body.replaceChildren();
    if (r.kind === "actor") actorPanel(id, r);
    else if (r.kind === "statement") { header("Statement", "Statement"); body.appendChild(statementCard(id, true)); }
    else { header(r.type, "Event"); body.appendChild(eventCard(id)); }
    open();
  }
  function showEdge(e) {
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
    open();
  }
  function hide() { panel.hidden = true; }

  // search: every label and alias of every actor, the best connected first
  const byName = new Map();
  const datalist = $("names");
  view.data.nodes.filter((n) => n.kind === "actor")
    .sort((a, b) => (a.rank === undefined ? 1e9 : a.rank) - (b.rank === undefined ? 1e9 : b.rank))
    .forEach((n) => {
      [n.label].concat(n.names || []).forEach((name) => {
        const key = name.toLowerCase();
        if (byName.has(key)) return;
        byName.set(key, n.id);
        if (byName.size <= 5000) { const o = el("option"); o.value = name; datalist.appendChild(o); }
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
    view.focus(id);
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", (ev) => { if (ev.key === "Enter") find(); });
  return { showNode: showNode, showEdge: showEdge, hide: hide };
};
