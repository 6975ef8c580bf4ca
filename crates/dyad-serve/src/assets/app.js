/* dyad dashboard: plain JS, no dependencies; talks only to this server's /api. */
'use strict';

const QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const QCOLOR = ['', '#4a90c8', '#2f9c7b', '#e8963f', '#cf4b45'];
const KIND_LABEL = { person: 'PER', organization: 'ORG', state: 'STATE', place: 'LOC', group: 'GRP' };
const $view = document.getElementById('view');
let STATS = null;

/* ---------- helpers ---------- */
function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, v);
  const s = u.toString();
  return s ? '?' + s : '';
}
async function api(path, opts) {
  const r = await fetch(path, opts);
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) throw new Error((body && body.error) || (r.status + ' ' + r.statusText));
  return body;
}
function toast(msg) {
  const t = document.getElementById('toast');
  t.textContent = msg; t.hidden = false;
  clearTimeout(toast.timer); toast.timer = setTimeout(() => { t.hidden = true; }, 3500);
}
function fmtNum(n) { return Number(n || 0).toLocaleString('en-US'); }
function fmtScore(s) { const x = Number(s || 0); return (x > 0 ? '+' : '') + x.toFixed(1); }
function route() {
  const h = location.hash.replace(/^#\/?/, '');
  const [path, query] = h.split('?');
  const parts = path.split('/').map(decodeURIComponent);
  return { view: parts[0] || 'network', arg: parts.slice(1).join('/'), params: Object.fromEntries(new URLSearchParams(query || '')) };
}
function go(hash) { if (location.hash === hash) render(); else location.hash = hash; }
function quadBar(quads) {
  const total = quads.reduce((a, b) => a + b, 0) || 1;
  return '<div class="quadbar" title="' + quads.map((n, i) => QUADS[i + 1] + ': ' + n).join(' · ') + '">' +
    quads.map((n, i) => n ? `<span class="q${i + 1}" style="width:${(100 * n / total).toFixed(1)}%"></span>` : '').join('') + '</div>';
}
function quadLegend() {
  return '<div class="qlegend">' + [1, 2, 3, 4].map(q => `<span><i class="q${q}"></i>${QUADS[q]}</span>`).join('') + '</div>';
}
/** Colour of a relation from its quads: share of conflict moves it from blue/green to orange/red. */
function relColor(quads) {
  const coop = quads[0] + quads[1], conf = quads[2] + quads[3];
  if (!coop && !conf) return '#9aa5b1';
  const share = conf / (coop + conf);
  if (share < 0.2) return quads[1] > quads[0] ? QCOLOR[2] : QCOLOR[1];
  if (share < 0.5) return '#8a9bab';
  if (share < 0.8) return QCOLOR[3];
  return QCOLOR[4];
}

/** Sentence HTML with the trigger word in bold (matching by code points). */
function sentenceHtml(sentence, trigger) {
  const chars = Array.from(sentence || '');
  const at = findTrigger(chars, trigger);
  if (!at) return esc(sentence);
  return esc(chars.slice(0, at[0]).join('')) + '<b>' + esc(chars.slice(at[0], at[1]).join('')) + '</b>' + esc(chars.slice(at[1]).join(''));
}
/** [start, end) of the trigger word inside `chars` (an array of code points), or null. */
function findTrigger(chars, trigger, from, to) {
  if (!trigger) return null;
  from = from || 0; to = to == null ? chars.length : to;
  const low = chars.map(c => { const l = c.toLowerCase(); return l.length === c.length ? l : c; });
  const isWord = c => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const tries = [];
  const t = Array.from(trigger.toLowerCase());
  tries.push(t);
  if (t.length > 4) tries.push(t.slice(0, t.length - 1));
  if (t.length > 5) tries.push(t.slice(0, t.length - 2));
  for (const pat of tries) {
    for (let i = from; i + pat.length <= to; i++) {
      if (isWord(low[i - 1]) && i > from) continue;
      let ok = true;
      for (let j = 0; j < pat.length; j++) if (low[i + j] !== pat[j]) { ok = false; break; }
      if (!ok) continue;
      let end = i + pat.length;
      while (end < to && isWord(low[end])) end++;
      return [i, end];
    }
  }
  return null;
}
function actorLinks(list) {
  return (list || []).map(a => `<span title="${esc(a.kind)}${a.country ? ' · ' + esc(a.country) : ''}">${esc(a.name)}</span>`).join(', ');
}
function eventItem(e) {
  const flags = [e.negated ? 'negated' : '', e.hypothetical ? 'hypothetical' : ''].filter(Boolean).join(', ');
  return `<li class="event" data-id="${e.id}">
    <div class="ev-top"><span class="badge q${e.quad}" title="${esc(QUADS[e.quad])}">${esc(e.type)}</span>
      <span class="date">${esc(e.date || '')}</span>
      ${flags ? `<span class="ev-flags">${flags}</span>` : ''}
      <a class="small" style="margin-left:auto" href="#/article/${encodeURIComponent(e.document)}?event=${e.id}">open article →</a></div>
    <div class="ev-who">${actorLinks(e.actors) || '<span class="muted">—</span>'}${e.recipients && e.recipients.length ? '<span class="arrow">→</span>' + actorLinks(e.recipients) : ''}${e.location && e.location.name ? ' <span class="muted">· in ' + esc(e.location.name) + '</span>' : ''}</div>
    <div class="ev-sent">${sentenceHtml(e.sentence, e.trigger)}</div>
  </li>`;
}
/** A paged event list inside `el`, loading more on demand. */
async function eventList(el, url, params) {
  let offset = 0;
  el.innerHTML = '<ul class="events"></ul><div class="more"></div><p class="loading small">Loading events…</p>';
  const ul = el.querySelector('ul'), more = el.querySelector('.more');
  async function page() {
    try {
      const r = await api(url + qs(Object.assign({}, params, { limit: 25, offset })));
      const lo = el.querySelector('.loading'); if (lo) lo.remove();
      if (!r.items.length && !offset) ul.innerHTML = '<li class="muted">No events.</li>';
      ul.insertAdjacentHTML('beforeend', r.items.map(eventItem).join(''));
      more.innerHTML = r.next_offset != null ? '<button class="btn ghost">More events</button>' : '';
      offset = r.next_offset || 0;
      const b = more.querySelector('button'); if (b) b.onclick = page;
    } catch (e) { el.innerHTML = `<p class="error">${esc(e.message)}</p>`; }
  }
  await page();
}

/* ---------- header ---------- */
async function loadStats() {
  try {
    STATS = await api('/api/stats');
    const c = STATS.counts;
    document.getElementById('stats').innerHTML = `<b>${fmtNum(c.documents)}</b> articles · <b>${fmtNum(c.actors)}</b> actors · <b>${fmtNum(c.clusters)}</b> events` +
      (STATS.published.last ? ` · to ${esc(STATS.published.last)}` : '');
  } catch (e) { document.getElementById('stats').textContent = ''; }
}
document.getElementById('quicksearch').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = ev.target.q.value.trim();
  if (q) go('#/articles?q=' + encodeURIComponent(q));
});

/* ---------- network ---------- */
async function viewNetwork(p) {
  const level = p.level || 'actor';
  $view.innerHTML = `
  <div class="pagehead"><div><h1>Relations network</h1><p>Actors sized by activity; edges coloured by cooperation (blue/green) or conflict (orange/red), thickness by the number of events.</p></div>
    <form class="filters" id="netf">
      <label>Level<span class="seg"><button type="button" data-level="actor" class="${level === 'actor' ? 'on' : ''}">Actors</button><button type="button" data-level="state" class="${level === 'state' ? 'on' : ''}">States</button></span></label>
      <label>From<input type="date" name="from" value="${esc(p.from || '')}"></label>
      <label>To<input type="date" name="to" value="${esc(p.to || '')}"></label>
      <label>Quad<select name="quad"><option value="">All</option>${[1, 2, 3, 4].map(q => `<option value="${q}" ${p.quad == q ? 'selected' : ''}>${QUADS[q]}</option>`).join('')}</select></label>
      <label>Country<input class="short" name="country" placeholder="ISO3" value="${esc(p.country || '')}"></label>
      <label>Edges<select name="limit">${[50, 100, 200, 400].map(n => `<option ${String(p.limit || 100) === String(n) ? 'selected' : ''}>${n}</option>`).join('')}</select></label>
      <button class="btn">Apply</button>
    </form></div>
  <div class="netgrid">
    <div class="panel netwrap" id="net"><p class="emptystate">Loading relations…</p></div>
    <div class="panel side" id="netside"><div class="body"><h2>Select a node or an edge</h2><p class="hint">Click an actor to see its events, or a line to see what happened between two actors. Drag to move, scroll to zoom.</p>${quadLegend()}</div></div>
  </div>`;
  const form = document.getElementById('netf');
  let lvl = level;
  form.querySelectorAll('[data-level]').forEach(b => b.onclick = () => { lvl = b.dataset.level; submit(); });
  function submit() {
    const f = new FormData(form);
    go('#/network' + qs({ level: lvl, from: f.get('from'), to: f.get('to'), quad: f.get('quad'), country: f.get('country').trim().toUpperCase(), limit: f.get('limit') }));
  }
  form.onsubmit = ev => { ev.preventDefault(); submit(); };
  const filt = { level, from: p.from, to: p.to, quad: p.quad, country: p.country };
  let rels;
  try {
    rels = (await api('/api/relations' + qs(Object.assign({}, filt, { limit: p.limit || 100 })))).items;
  } catch (e) { document.getElementById('net').innerHTML = `<p class="emptystate error">${esc(e.message)}</p>`; return; }
  drawNetwork(document.getElementById('net'), rels, filt);
}

function drawNetwork(el, rels, filt) {
  if (!rels.length) { el.innerHTML = '<p class="emptystate">No relations match these filters.</p>'; return; }
  const nodes = new Map();
  for (const r of rels) for (const n of [r.a, r.b]) {
    if (!nodes.has(n.key)) nodes.set(n.key, Object.assign({}, n, { events: 0, deg: 0 }));
    const x = nodes.get(n.key); x.events += r.events; x.deg += 1;
  }
  const N = [...nodes.values()];
  const W = el.clientWidth || 900, H = el.clientHeight || 600;
  const maxEv = Math.max(...N.map(n => n.events));
  N.forEach((n, i) => {
    n.r = 5 + 17 * Math.sqrt(n.events / maxEv);
    const a = 2 * Math.PI * i / N.length, rad = Math.min(W, H) * 0.35;
    n.x = W / 2 + rad * Math.cos(a) + (i % 7); n.y = H / 2 + rad * Math.sin(a) + (i % 5);
  });
  const E = rels.map(r => ({ r, s: nodes.get(r.a.key), t: nodes.get(r.b.key) }));
  layout(N, E, W, H);
  const maxE = Math.max(...rels.map(r => r.events));
  const width = r => 1.2 + 6.5 * Math.sqrt(r.events / maxE);
  const svg = [`<svg id="netsvg" viewBox="0 0 ${W} ${H}" role="img" aria-label="Relations network"><g id="vp">`];
  svg.push('<g class="edges">');
  E.forEach((e, i) => {
    const label = `${e.r.a.name} — ${e.r.b.name}`;
    const attrs = `data-i="${i}" data-a="${esc(e.r.a.key)}" data-b="${esc(e.r.b.key)}" data-label="${esc(label)}"`;
    svg.push(`<line class="edge" ${attrs} x1="${e.s.x.toFixed(1)}" y1="${e.s.y.toFixed(1)}" x2="${e.t.x.toFixed(1)}" y2="${e.t.y.toFixed(1)}" stroke="${relColor(e.r.quads)}" stroke-width="${width(e.r).toFixed(2)}"><title>${esc(label)}: ${e.r.events} events, score ${fmtScore(e.r.score)}</title></line>`);
    svg.push(`<line class="edgehit" ${attrs} x1="${e.s.x.toFixed(1)}" y1="${e.s.y.toFixed(1)}" x2="${e.t.x.toFixed(1)}" y2="${e.t.y.toFixed(1)}" stroke-width="10"><title>${esc(label)}</title></line>`);
  });
  svg.push('</g><g class="nodes">');
  const labelMin = N.length > 60 ? [...N].sort((a, b) => b.events - a.events)[40].events : 0;
  N.forEach(n => {
    const big = n.events >= labelMin;
    const col = n.kind === 'person' ? '#7b61b8' : n.kind === 'organization' ? '#3d7fb0' : n.kind === 'state' ? '#3f8f62' : n.kind === 'place' ? '#a08032' : '#b04d6c';
    svg.push(`<g class="node${big ? ' big' : ''}" data-key="${esc(n.key)}" data-name="${esc(n.name)}" transform="translate(${n.x.toFixed(1)},${n.y.toFixed(1)})">
      <circle r="${n.r.toFixed(1)}" fill="${col}" fill-opacity=".88"><title>${esc(n.name)}${n.country ? ' (' + esc(n.country) + ')' : ''}: ${n.events} events with ${n.deg} partners</title></circle>
      ${big ? `<text x="${(n.r + 4).toFixed(1)}" y="4">${esc(n.name)}</text>` : ''}</g>`);
  });
  svg.push('</g></g></svg>');
  el.innerHTML = svg.join('') + `<div class="legend"><span><i style="background:${QCOLOR[1]}"></i>cooperation</span><span><i style="background:#8a9bab"></i>mixed</span><span><i style="background:${QCOLOR[4]}"></i>conflict</span><span class="muted">${N.length} actors · ${E.length} relations</span></div>`;
  const svgEl = el.querySelector('svg'), vp = el.querySelector('#vp');
  // pan and zoom
  let view = { x: 0, y: 0, k: 1 }, drag = null;
  const apply = () => vp.setAttribute('transform', `translate(${view.x},${view.y}) scale(${view.k})`);
  svgEl.addEventListener('wheel', ev => {
    ev.preventDefault();
    const pt = svgPoint(svgEl, ev), f = ev.deltaY < 0 ? 1.15 : 1 / 1.15;
    const k = Math.min(6, Math.max(0.3, view.k * f));
    view.x = pt.x - (pt.x - view.x) * (k / view.k); view.y = pt.y - (pt.y - view.y) * (k / view.k); view.k = k; apply();
  }, { passive: false });
  svgEl.addEventListener('mousedown', ev => { if (ev.target === svgEl) { drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y }; svgEl.classList.add('dragging'); } });
  window.addEventListener('mousemove', ev => {
    if (!drag) return;
    const s = W / svgEl.clientWidth;
    view.x = drag.vx + (ev.clientX - drag.x) * s; view.y = drag.vy + (ev.clientY - drag.y) * s; apply();
  });
  window.addEventListener('mouseup', () => { drag = null; svgEl.classList.remove('dragging'); });
  const select = (sel, near) => {
    el.querySelectorAll('.sel').forEach(x => x.classList.remove('sel'));
    el.querySelectorAll('.near').forEach(x => x.classList.remove('near'));
    svgEl.classList.toggle('dim', !!near);
    (sel || []).forEach(x => x.classList.add('sel'));
    (near || []).forEach(x => x.classList.add('near'));
  };
  svgEl.addEventListener('click', ev => {
    const edge = ev.target.closest('.edge, .edgehit');
    const node = ev.target.closest('.node');
    if (edge) {
      const e = E[+edge.dataset.i];
      const lines = [...el.querySelectorAll(`.edge[data-i="${edge.dataset.i}"]`)];
      const ends = [...el.querySelectorAll('.node')].filter(g => g.dataset.key === e.r.a.key || g.dataset.key === e.r.b.key);
      select(lines, lines.concat(ends));
      showEdge(e.r, filt);
    } else if (node) {
      const key = node.dataset.key;
      const lines = [...el.querySelectorAll('.edge')].filter(l => l.dataset.a === key || l.dataset.b === key);
      const keys = new Set(lines.flatMap(l => [l.dataset.a, l.dataset.b]));
      const ends = [...el.querySelectorAll('.node')].filter(g => keys.has(g.dataset.key) || g.dataset.key === key);
      select([node], lines.concat(ends));
      showNode(nodes.get(key), filt);
    } else if (ev.target === svgEl) { select(null, null); }
  });
}
function svgPoint(svg, ev) {
  const r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal;
  return { x: (ev.clientX - r.left) * vb.width / r.width, y: (ev.clientY - r.top) * vb.height / r.height };
}
/** A small force-directed layout (Fruchterman–Reingold): repulsion between all nodes, springs on
 *  edges, gravity to the centre so that separate components stay in view. */
function layout(N, E, W, H) {
  const cx = W / 2, cy = H / 2;
  const k = Math.sqrt(W * H / Math.max(N.length, 1)) * 0.55;
  let temp = Math.min(W, H) / 6;
  const iters = N.length > 200 ? 220 : 360;
  for (let it = 0; it < iters; it++) {
    for (const n of N) { n.dx = 0; n.dy = 0; }
    for (let i = 0; i < N.length; i++) for (let j = i + 1; j < N.length; j++) {
      const a = N[i], b = N[j];
      let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy;
      if (d2 < 0.01) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 0.5; }
      const d = Math.sqrt(d2);
      let f = (k * k) / d;
      const gap = a.r + b.r + 14;
      if (d < gap) f += (gap - d) * 4;
      a.dx += dx / d * f; a.dy += dy / d * f; b.dx -= dx / d * f; b.dy -= dy / d * f;
    }
    for (const e of E) {
      const dx = e.s.x - e.t.x, dy = e.s.y - e.t.y, d = Math.sqrt(dx * dx + dy * dy) || 0.1;
      const f = d * d / k;
      e.s.dx -= dx / d * f; e.s.dy -= dy / d * f; e.t.dx += dx / d * f; e.t.dy += dy / d * f;
    }
    for (const n of N) {
      const gx = cx - n.x, gy = (cy - n.y) * (W / H);
      const gd = Math.sqrt(gx * gx + gy * gy) || 1;
      const g = gd * gd / k * 0.06;
      n.dx += gx / gd * g; n.dy += gy / gd * g;
      const d = Math.sqrt(n.dx * n.dx + n.dy * n.dy) || 1, m = Math.min(d, temp);
      n.x += n.dx / d * m; n.y += n.dy / d * m;
    }
    temp = Math.max(temp * 0.985, 0.5);
  }
  // fit into the box, leaving room for labels on the right
  const xs = N.map(n => n.x), ys = N.map(n => n.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const pad = 40, padR = 140;
  const sx = (W - pad - padR) / Math.max(x1 - x0, 1), sy = (H - 2 * pad) / Math.max(y1 - y0, 1), sc = Math.min(sx, sy, 1.6);
  const ox = pad + ((W - pad - padR) - (x1 - x0) * sc) / 2, oy = pad + ((H - 2 * pad) - (y1 - y0) * sc) / 2;
  for (const n of N) { n.x = ox + (n.x - x0) * sc; n.y = oy + (n.y - y0) * sc; }
}
function showNode(n, filt) {
  const side = document.getElementById('netside');
  const tl = '#/timeline' + qs({ level: filt.level, a: n.key });
  side.innerHTML = `<div class="body"><h3>${esc(n.kind || 'actor')}${n.country ? ' · ' + esc(n.country) : ''}</h3><h2 style="font-size:18px;margin:2px 0 6px">${esc(n.name)}</h2>
    <div class="actions"><a class="btn ghost" href="${tl}">Timeline</a></div><div id="nodeinfo"></div>
    <h3 style="margin-top:14px">Events</h3><div id="sideev"></div></div>`;
  if (filt.level === 'actor') {
    api('/api/actors/' + encodeURIComponent(n.key)).then(a => {
      document.getElementById('nodeinfo').innerHTML = `<dl class="kv">
        ${a.titles.length ? `<dt>Titles</dt><dd>${a.titles.slice(0, 4).map(t => esc(t.title)).join('; ')}</dd>` : ''}
        ${a.aliases.length ? `<dt>Also</dt><dd>${a.aliases.slice(0, 6).map(esc).join(', ')}</dd>` : ''}
        ${a.sector ? `<dt>Sector</dt><dd>${esc(a.sector)}</dd>` : ''}
        <dt>Seen</dt><dd>${a.n_docs} articles, ${a.n_mentions} mentions${a.first_seen ? ', ' + esc(a.first_seen) + ' – ' + esc(a.last_seen) : ''}</dd></dl>`;
    }).catch(() => {});
  }
  eventList(document.getElementById('sideev'), '/api/relations/events', { level: filt.level, a: n.key, from: filt.from, to: filt.to, quad: filt.quad });
}
function showEdge(r, filt) {
  const side = document.getElementById('netside');
  const tl = '#/timeline' + qs({ level: filt.level, a: r.a.key, b: r.b.key });
  const types = Object.entries(r.types).sort((x, y) => y[1] - x[1]).map(([t, n]) => `<span class="tag">${esc(t)} ${n}</span>`).join('');
  side.innerHTML = `<div class="body"><h3>Relation</h3><h2 id="edgetitle" style="font-size:18px;margin:2px 0 6px">${esc(r.a.name)} — ${esc(r.b.name)}</h2>
    <dl class="kv"><dt>Events</dt><dd class="num">${r.events} (${esc(r.first)} – ${esc(r.last)})</dd><dt>Score</dt><dd class="num">${fmtScore(r.score)}</dd></dl>
    ${quadBar(r.quads)}${quadLegend()}<div style="margin:8px 0">${types}</div>
    <div class="actions"><a class="btn ghost" href="${tl}">Timeline of this dyad</a></div>
    <h3 style="margin-top:14px">Events</h3><div id="sideev"></div></div>`;
  eventList(document.getElementById('sideev'), '/api/relations/events', { level: filt.level, a: r.a.key, b: r.b.key, from: filt.from, to: filt.to, quad: filt.quad });
}

/* ---------- timeline ---------- */
async function viewTimeline(p) {
  const level = p.level || 'actor';
  $view.innerHTML = `<div class="pagehead"><div><h1>Timeline</h1><p>Events of an actor, or between two, by PLOVER quad over time; ▲ marks an alert.</p></div>
    <form class="filters" id="tlf">
      <label>Level<select name="level"><option value="actor" ${level === 'actor' ? 'selected' : ''}>Actors</option><option value="state" ${level === 'state' ? 'selected' : ''}>States</option></select></label>
      <label>Actor<input name="a" list="actorlist" placeholder="name, id or ISO3" value="${esc(p.a || '')}"></label>
      <label>With (optional)<input name="b" list="actorlist" placeholder="name, id or ISO3" value="${esc(p.b || '')}"></label>
      <label>Period<select name="period">${['day', 'week', 'month'].map(x => `<option ${(p.period || 'week') === x ? 'selected' : ''}>${x}</option>`).join('')}</select></label>
      <label>From<input type="date" name="from" value="${esc(p.from || '')}"></label>
      <label>To<input type="date" name="to" value="${esc(p.to || '')}"></label>
      <button class="btn">Show</button><datalist id="actorlist"></datalist></form></div>
    <div id="tlbody"></div>`;
  const form = document.getElementById('tlf');
  form.onsubmit = ev => {
    ev.preventDefault();
    const f = new FormData(form);
    go('#/timeline' + qs({ level: f.get('level'), a: f.get('a').trim(), b: f.get('b').trim(), period: f.get('period'), from: f.get('from'), to: f.get('to') }));
  };
  suggestActors(form);
  const body = document.getElementById('tlbody');
  if (!p.a) {
    body.innerHTML = '<div class="panel"><div class="body"><p class="muted">Pick an actor (and optionally a second one), or click a node or an edge in the network.</p><div id="topactors"></div></div></div>';
    try {
      const top = await api('/api/actors?limit=24');
      document.getElementById('topactors').innerHTML = '<h3 style="margin:10px 0 6px">Most documented actors</h3>' + top.items.map(a =>
        `<a class="tag" style="font-size:13px;padding:3px 9px;margin:3px" href="#/timeline?a=${a.id}"><span class="dot k-${esc(a.kind)}"></span>${esc(a.name)}</a>`).join('');
    } catch (e) { /* empty store */ }
    return;
  }
  body.innerHTML = '<p class="loading">Loading…</p>';
  let t;
  try { t = await api('/api/timeline' + qs({ level, a: p.a, b: p.b, period: p.period, from: p.from, to: p.to })); }
  catch (e) { body.innerHTML = `<p class="error">${esc(e.message)}</p>`; return; }
  const title = t.b ? `${esc(t.a.name)} — ${esc(t.b.name)}` : esc(t.a.name);
  body.innerHTML = `<div class="panel"><div class="head"><h2 style="font-size:18px">${title}</h2><span class="muted small">${esc(level)} level, by ${esc(t.period)}</span></div>
    <div class="body"><div class="tlsum"><div><b class="num">${fmtNum(t.events)}</b><span>events</span></div><div><b class="num">${fmtScore(t.score)}</b><span>summed score</span></div>
      <div><b class="num">${t.alerts.length}</b><span>alerts</span></div><div style="flex:1;min-width:240px">${quadBar(t.quads)}${quadLegend()}</div></div>
    <div class="chart" id="chart"></div></div></div>
    <div class="twocol"><div class="panel"><div class="head"><h2>Events</h2><span class="muted small">newest first</span></div><div class="body" id="tlev"></div></div>
    <div class="panel"><div class="head"><h2>Alerts</h2></div><div class="body" id="tlal">${t.alerts.length ? t.alerts.map(alertCard).join('') : '<p class="muted">No alert concerns this selection.</p>'}</div></div></div>`;
  drawChart(document.getElementById('chart'), t);
  eventList(document.getElementById('tlev'), '/api/relations/events', { level, a: p.a, b: p.b, from: p.from, to: p.to });
}
function suggestActors(form) {
  const dl = form.querySelector('#actorlist');
  let timer;
  form.querySelectorAll('input[list]').forEach(inp => inp.addEventListener('input', () => {
    clearTimeout(timer);
    const v = inp.value.trim();
    if (v.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const r = await api('/api/actors' + qs({ text: v, limit: 12 }));
        dl.innerHTML = r.items.map(a => `<option value="${esc(a.name)}">${esc(a.kind)}${a.country ? ' · ' + esc(a.country) : ''}</option>`).join('');
      } catch (e) { /* ignore */ }
    }, 180);
  }));
}
function drawChart(el, t) {
  const s = t.series;
  if (!s.length) { el.innerHTML = '<p class="muted">No dated events.</p>'; return; }
  const W = Math.max(el.clientWidth, 600), H = 260, L = 40, R = 12, T = 20, B = 36;
  const max = Math.max(...s.map(b => b.events));
  // contiguous periods from first to last so gaps show
  const start = new Date(s[0].period + 'T00:00:00Z'), end = new Date(s[s.length - 1].period + 'T00:00:00Z');
  const step = t.period === 'day' ? 1 : t.period === 'week' ? 7 : 0;
  const periods = [];
  for (let d = new Date(start); d <= end;) {
    periods.push(d.toISOString().slice(0, 10));
    if (step) d.setUTCDate(d.getUTCDate() + step); else d.setUTCMonth(d.getUTCMonth() + 1);
    if (periods.length > 2000) break;
  }
  const byP = new Map(s.map(b => [b.period, b]));
  const n = periods.length, bw = (W - L - R) / Math.max(n, 8), y = v => T + (H - T - B) * (1 - v / max);
  const off = (W - L - R - bw * n) / 2;
  const out = [`<svg viewBox="0 0 ${W} ${H}" height="${H}">`, '<g class="grid">'];
  const ticks = max <= 5 ? max : 4;
  for (let i = 0; i <= ticks; i++) { const v = Math.round(max * i / ticks); out.push(`<line x1="${L}" x2="${W - R}" y1="${y(v)}" y2="${y(v)}"/>`); }
  out.push('</g><g class="axis">');
  for (let i = 0; i <= ticks; i++) { const v = Math.round(max * i / ticks); out.push(`<text x="${L - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`); }
  const every = Math.ceil(n / 10);
  periods.forEach((p, i) => { if (i % every === 0) out.push(`<text x="${L + off + bw * (i + 0.5)}" y="${H - B + 16}" text-anchor="middle">${p}</text>`); });
  out.push('</g><g class="bars">');
  periods.forEach((p, i) => {
    const b = byP.get(p); if (!b) return;
    let acc = 0;
    [0, 1, 2, 3].forEach(q => {
      const v = b.quads[q]; if (!v) return;
      const y1 = y(acc + v), y0 = y(acc); acc += v;
      out.push(`<rect class="bar" x="${(L + off + bw * i + bw * 0.12).toFixed(1)}" width="${Math.max(1, bw * 0.76).toFixed(1)}" y="${y1.toFixed(1)}" height="${(y0 - y1).toFixed(1)}" fill="${QCOLOR[q + 1]}"><title>${p}: ${v} ${QUADS[q + 1]}</title></rect>`);
    });
  });
  out.push('</g><g class="alerts">');
  for (const a of t.alerts) {
    const d = a.window[1];
    let i = periods.findIndex((p, j) => p <= d && (j + 1 === n || periods[j + 1] > d));
    if (i < 0) i = d < periods[0] ? 0 : n - 1;
    const x = L + off + bw * (i + 0.5);
    out.push(`<line class="alertline" x1="${x}" x2="${x}" y1="${T}" y2="${H - B}"/><path class="alertmark" d="M${x - 6},${T - 2} L${x + 6},${T - 2} L${x},${T + 8} Z"><title>${esc(a.kind)}: ${esc(a.explanation)}</title></path>`);
  }
  out.push('</g></svg>');
  el.innerHTML = out.join('');
}

/* ---------- articles ---------- */
async function viewArticles(p) {
  const offset = +(p.offset || 0);
  $view.innerHTML = `<div class="pagehead"><div><h1>${p.q ? 'Search' : 'Articles'}</h1><p>${p.q ? 'Sentences and quotes matching your words, best first.' : 'Stored articles, newest first. Open one to see what was extracted.'}</p></div>
    <form class="filters" id="af"><label>Words<input name="q" value="${esc(p.q || '')}" placeholder="full-text search"></label>
    <label>Actor<input name="actor" value="${esc(p.actor || '')}" placeholder="name or id"></label><button class="btn">Search</button></form></div>
    <div class="panel" id="alist"><p class="loading" style="padding:16px">Loading…</p></div>`;
  document.getElementById('af').onsubmit = ev => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    go('#/articles' + qs({ q: f.get('q').trim(), actor: f.get('actor').trim() }));
  };
  const box = document.getElementById('alist');
  try {
    let r, html;
    if (p.q) {
      r = await api('/api/search' + qs({ text: p.q, limit: 30, offset }));
      html = '<ul class="doclist hits">' + r.items.map(h => `<li><a class="title" href="#/article/${encodeURIComponent(h.document)}?at=${h.span[0]}-${h.span[1]}">${esc(h.document)}</a> <span class="tag">${esc(h.kind)}</span>
        <div class="snippet">${esc(h.snippet).replace(/\[/g, '<b>').replace(/\]/g, '</b>')}</div></li>`).join('') + '</ul>';
    } else {
      r = await api('/api/documents' + qs({ order: 'desc', actor: p.actor, limit: 30, offset }));
      html = '<ul class="doclist">' + r.items.map(d => `<li><span class="meta">${esc(d.published || '—')}</span>
        <a class="title" href="#/article/${encodeURIComponent(d.id)}">${esc(d.title || d.id)}</a>
        <span class="meta">${d.n_actors} actors · ${d.n_events} events · ${d.n_quotes} quotes${d.source ? ' · ' + esc(d.source) : ''}</span></li>`).join('') + '</ul>';
    }
    if (!r.items.length) html = '<p class="muted" style="padding:16px">Nothing found.</p>';
    const base = '#/articles' + qs({ q: p.q, actor: p.actor });
    const sep = base.includes('?') ? '&' : '?';
    html += `<div class="pager">${offset ? `<a href="${base}${sep}offset=${Math.max(0, offset - 30)}">← newer</a>` : ''}<span>${offset + 1}–${offset + r.items.length}</span>${r.next_offset != null ? `<a href="${base}${sep}offset=${r.next_offset}">older →</a>` : ''}</div>`;
    box.innerHTML = html;
  } catch (e) { box.innerHTML = `<p class="error" style="padding:16px">${esc(e.message)}</p>`; }
}

/** The article view model from a stored document (GET /api/documents/ID). */
function fromStored(d) {
  const byStored = new Map(d.actors.map(a => [a.actor.id, a]));
  const actors = d.actors.map(a => ({ id: a.local_id, name: a.name, canonical: a.actor.name, storedId: a.actor.id, kind: a.actor.kind, country: a.actor.country, titles: a.titles, aliases: a.aliases, mentions: a.mentions }));
  const quotes = d.quotes.map((q, i) => {
    const local = q.speaker ? byStored.get(q.speaker.id) : null;
    return { id: 'Q' + (i + 1), speaker: q.speaker ? (local ? local.name : q.speaker.name) : null, speakerId: local ? local.local_id : null, text: q.text, span: q.span, direct: q.direct };
  });
  const name = a => { const l = byStored.get(a.id); return l ? l.name : a.name; };
  const events = d.events.map(e => ({ id: e.local_id, storedId: e.id, type: e.type, quad: e.quad, trigger: e.trigger, span: e.span, date: e.date, negated: e.negated, hypothetical: e.hypothetical,
    actors: e.actors.map(name), recipients: e.recipients.map(name) }));
  const m = d.document;
  return { title: m.title, published: m.published, source: m.source, url: m.url, id: m.id, text: d.text, actors, quotes, events, stored: true };
}
/** The article view model from an extracted document (POST /api/extract). */
function fromExtracted(doc) {
  const names = new Map(doc.actors.map(a => [a.id, a.name]));
  const actors = doc.actors.map(a => ({ id: a.id, name: a.name, kind: a.kind, country: a.country, titles: a.titles, aliases: a.aliases, mentions: a.mentions }));
  const quotes = doc.quotes.map(q => ({ id: q.id, speaker: q.speaker ? names.get(q.speaker) : null, speakerId: q.speaker, text: q.text, span: q.span, direct: q.direct }));
  const events = doc.events.map(e => ({ id: e.id, type: e.type, quad: e.quad, trigger: e.trigger, span: e.sentence, date: e.date, negated: e.negated, hypothetical: e.hypothetical,
    actors: e.actor.map(x => names.get(x) || x), recipients: e.recipient.map(x => names.get(x) || x) }));
  const m = doc.document;
  return { title: m.title, published: m.published, source: m.source, url: m.url, id: m.id, text: m.text || '', actors, quotes, events, stored: false };
}

/** A heading for an article without a title: its first line, shortened. */
function titleFromText(model) {
  const first = (model.text || '').trim().split('\n')[0] || model.id || 'Untitled article';
  const words = first.split(/\s+/);
  return words.length > 14 ? words.slice(0, 14).join(' ') + '…' : first;
}
/** Text HTML with actors, quotes (speaker shown) and event triggers highlighted. Spans are code points. */
function annotate(model) {
  const chars = Array.from(model.text);
  const n = chars.length;
  const anns = [];
  for (const a of model.actors) a.mentions.forEach((s, i) => { if (s[1] > s[0] && s[1] <= n) anns.push({ t: 'ent', s: s[0], e: s[1], a, i }); });
  for (const q of model.quotes) if (q.span[1] > q.span[0] && q.span[1] <= n) anns.push({ t: 'q', s: q.span[0], e: q.span[1], q });
  for (const ev of model.events) {
    const at = findTrigger(chars, ev.trigger, ev.span[0], Math.min(ev.span[1], n));
    if (at) anns.push({ t: 'trig', s: at[0], e: at[1], ev });
  }
  const cuts = new Set([0, n]);
  anns.forEach(x => { cuts.add(x.s); cuts.add(x.e); });
  const bounds = [...cuts].sort((x, y) => x - y);
  const starts = new Map();
  anns.forEach(x => { if (!starts.has(x.s)) starts.set(x.s, []); starts.get(x.s).push(x); });
  const active = new Set();
  const out = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const b0 = bounds[k], b1 = bounds[k + 1];
    for (const x of active) if (x.e <= b0) active.delete(x);
    for (const x of starts.get(b0) || []) active.add(x);
    const act = [...active].filter(x => x.s <= b0 && x.e >= b1);
    const q = act.find(x => x.t === 'q'), ent = act.find(x => x.t === 'ent'), trig = act.find(x => x.t === 'trig');
    let piece = chars.slice(b0, b1).join('');
    if (b0 === 0 && !act.length) piece = piece.replace(/^\s+/, '');
    let inner = esc(piece);
    if (ent) {
      const first = ent.s === b0, last = ent.e === b1;
      const lbl = last ? `<span class="lbl">${KIND_LABEL[ent.a.kind] || esc(ent.a.kind)}${ent.a.country ? '·' + esc(ent.a.country) : ''}</span>` : '';
      inner = `<mark class="ent k-${esc(ent.a.kind)}" data-a="${esc(ent.a.id)}"${first ? ` id="m-${esc(ent.a.id)}-${ent.i}"` : ''} title="${esc(ent.a.name)}${ent.a.country ? ' (' + esc(ent.a.country) + ')' : ''}">${inner}${lbl}</mark>`;
    }
    if (trig) inner = `<span class="trig q${trig.ev.quad}" data-e="${esc(trig.ev.id)}"${trig.s === b0 ? ` id="t-${esc(trig.ev.id)}"` : ''} title="${esc(trig.ev.type)} (${QUADS[trig.ev.quad]})">${inner}</span>`;
    if (q) {
      const spk = q.s === b0 ? `<span class="qspk" data-q="${esc(q.q.id)}">${esc(q.q.speaker || 'unattributed')}</span>` : '';
      inner = `<span class="q" data-q="${esc(q.q.id)}" data-speaker="${esc(q.q.speaker || '')}"${q.s === b0 ? ` id="q-${esc(q.q.id)}"` : ''}>${spk}${inner}</span>`;
    }
    out.push(inner);
  }
  return out.join('');
}

function articleHtml(model) {
  const byKind = {};
  for (const a of model.actors) (byKind[a.kind] = byKind[a.kind] || []).push(a);
  const kinds = ['person', 'organization', 'state', 'place', 'group'].filter(k => byKind[k]);
  const actorsHtml = kinds.map(k => byKind[k].sort((x, y) => y.mentions.length - x.mentions.length).map(a => `<li data-jump="a" data-id="${esc(a.id)}">
      <span class="dot k-${esc(a.kind)}"></span><span class="name">${esc(a.name)}</span> <span class="muted small">${a.country ? esc(a.country) + ' · ' : ''}${a.mentions.length}×</span>
      ${a.titles && a.titles.length ? `<div class="sub">${a.titles.slice(0, 2).map(esc).join('; ')}</div>` : ''}
      ${a.aliases && a.aliases.length ? `<div class="sub">aka ${a.aliases.slice(0, 4).map(esc).join(', ')}</div>` : ''}</li>`).join('')).join('');
  const quotesHtml = model.quotes.map(q => `<li data-jump="q" data-id="${esc(q.id)}"><div class="name small">${esc(q.speaker || 'unattributed')}${q.direct ? '' : ' <span class="muted">(indirect)</span>'}</div><div class="qt">“${esc(q.text)}”</div></li>`).join('');
  const eventsHtml = model.events.map(e => `<li data-jump="e" data-id="${esc(e.id)}"><span class="badge q${e.quad}">${esc(e.type)}</span>
      ${e.negated ? '<span class="ev-flags">negated</span>' : ''}${e.hypothetical ? '<span class="ev-flags">hypothetical</span>' : ''}
      <span class="muted small">${esc(e.date || '')}</span>
      <div class="sub">${esc(e.actors.join(', ') || '—')}${e.recipients.length ? ' → ' + esc(e.recipients.join(', ')) : ''}${e.trigger ? ' · “' + esc(e.trigger) + '”' : ''}</div></li>`).join('');
  return `<div class="article">
    <div class="panel text"><h1>${esc(model.title || titleFromText(model))}</h1>
      <div class="meta">${[model.published, model.source, model.stored ? 'stored as ' + model.id : 'extracted on the spot, not stored'].filter(Boolean).map(esc).join(' · ')}${model.url ? ` · <a href="${esc(model.url)}" rel="noopener noreferrer">source</a>` : ''}</div>
      <div class="keys" style="margin-bottom:14px"><span><mark style="background:var(--person)">person</mark></span><span><mark style="background:var(--organization)">organisation</mark></span><span><mark style="background:var(--state)">state</mark></span><span><mark style="background:var(--place)">place</mark></span><span><mark style="background:var(--quote);box-shadow:inset 0 -2px 0 var(--quote-line)">quote</mark></span><span><b style="border-bottom:2.5px solid var(--q1)">trigger</b> event, coloured by quad</span></div>
      <div class="doctext" id="doctext">${annotate(model)}</div></div>
    <div class="panel aside">
      <section><h3>Actors <span>${model.actors.length}</span></h3><ul class="items">${actorsHtml || '<li class="muted">none</li>'}</ul></section>
      <section><h3>Quotes <span>${model.quotes.length}</span></h3><ul class="items">${quotesHtml || '<li class="muted">none</li>'}</ul></section>
      <section><h3>Events <span>${model.events.length}</span></h3><ul class="items">${eventsHtml || '<li class="muted">none</li>'}</ul></section>
    </div></div>`;
}
function flash(els) {
  els.forEach(el => { el.classList.remove('flash'); void el.offsetWidth; el.classList.add('flash'); });
  if (els[0]) els[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
}
function wireArticle(root, model) {
  const text = root.querySelector('#doctext');
  const cycle = {};
  root.querySelector('.aside').addEventListener('click', ev => {
    const li = ev.target.closest('li[data-jump]'); if (!li) return;
    const id = li.dataset.id;
    if (li.dataset.jump === 'a') {
      const ms = [...text.querySelectorAll(`mark[data-a="${CSS.escape(id)}"]`)];
      if (!ms.length) return;
      cycle[id] = ((cycle[id] == null ? -1 : cycle[id]) + 1) % ms.length;
      flash([ms[cycle[id]]]);
    } else if (li.dataset.jump === 'q') {
      flash([...text.querySelectorAll(`.q[data-q="${CSS.escape(id)}"]`)]);
    } else {
      const t = [...text.querySelectorAll(`.trig[data-e="${CSS.escape(id)}"]`)];
      if (t.length) flash(t);
      else {
        const e = model.events.find(x => x.id === id);
        if (e) flashSpan(text, model, e.span);
      }
    }
  });
  text.addEventListener('mouseover', ev => {
    const m = ev.target.closest('mark[data-a]');
    text.querySelectorAll('.hl').forEach(x => x.classList.remove('hl'));
    if (m) text.querySelectorAll(`mark[data-a="${CSS.escape(m.dataset.a)}"]`).forEach(x => x.classList.add('hl'));
  });
}
/** Scrolls to the element nearest a character offset (for events without a located trigger). */
function flashSpan(text, model, span) {
  const qs = model.quotes.find(q => q.span[0] <= span[0] && q.span[1] >= span[0]);
  if (qs) { flash([...text.querySelectorAll(`.q[data-q="${CSS.escape(qs.id)}"]`)]); return; }
  let best = null, bestD = Infinity;
  for (const a of model.actors) a.mentions.forEach((m, i) => { const d = Math.abs(m[0] - span[0]); if (m[0] >= span[0] && m[0] < span[1] && d < bestD) { bestD = d; best = `m-${a.id}-${i}`; } });
  const el = best && document.getElementById(best);
  if (el) flash([el]);
}
async function viewArticle(id, p) {
  $view.innerHTML = '<p class="loading">Loading article…</p>';
  let d;
  try { d = await api('/api/documents/' + encodeURIComponent(id)); }
  catch (e) { $view.innerHTML = `<p class="error">${esc(e.message)}</p><p><a href="#/articles">Back to the articles</a></p>`; return; }
  const model = fromStored(d);
  $view.innerHTML = articleHtml(model);
  wireArticle($view, model);
  if (p.event) {
    const e = model.events.find(x => String(x.storedId) === p.event);
    if (e) setTimeout(() => { const t = [...$view.querySelectorAll(`.trig[data-e="${CSS.escape(e.id)}"]`)]; if (t.length) flash(t); else flashSpan($view.querySelector('#doctext'), model, e.span); }, 50);
  } else if (p.at) {
    const [s] = p.at.split('-').map(Number);
    setTimeout(() => flashSpan($view.querySelector('#doctext'), model, [s, s + 1]), 50);
  }
}

/* ---------- paste an article ---------- */
const SAMPLE = 'Belarusian President Alexander Lukashenko met Libyan commander Khalifa Haftar in Minsk on Monday and offered military cooperation.\n\n"We are ready to help you in every possible way," Lukashenko told Haftar.';
function viewExtract() {
  const storing = STATS && STATS.storing;
  $view.innerHTML = `<div class="pagehead"><div><h1>Paste an article</h1><p>Extract actors, quotes and events on the spot. Nothing is stored unless you choose to${storing ? '' : ' (storing is off on this server: start it with --token)'}.</p></div></div>
    <div class="panel"><form class="extractform" id="xf">
      <div><textarea name="text" id="xtext" placeholder="Paste the article text here…" required></textarea></div>
      <div><label class="field">Title<input name="title" placeholder="optional"></label>
        <label class="field">Published<input type="date" name="published"></label>
        ${storing ? '<label class="field">Token (to store)<input type="password" name="token" autocomplete="off"></label>' : ''}
        <div class="actions"><button class="btn" id="xgo">Extract</button>${storing ? '<button type="button" class="btn ghost" id="xstore">Store</button>' : ''}
        <button type="button" class="btn ghost" id="xsample">Sample</button></div>
        <div class="status" id="xstatus"></div></div></form></div>
    <div id="xresult" style="margin-top:16px"></div>`;
  const form = document.getElementById('xf'), status = document.getElementById('xstatus');
  if (storing) form.token.value = sessionStorage.getItem('dyad-token') || '';
  document.getElementById('xsample').onclick = () => { form.text.value = SAMPLE; };
  const payload = () => {
    const f = new FormData(form);
    const body = { text: f.get('text') };
    if (f.get('title')) body.title = f.get('title');
    if (f.get('published')) body.published = f.get('published');
    return body;
  };
  form.onsubmit = async ev => {
    ev.preventDefault();
    status.className = 'status'; status.textContent = 'Extracting…';
    const t0 = performance.now();
    try {
      const doc = await api('/api/extract', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload()) });
      const model = fromExtracted(doc);
      const res = document.getElementById('xresult');
      res.innerHTML = articleHtml(model);
      wireArticle(res, model);
      status.textContent = `${model.actors.length} actors, ${model.quotes.length} quotes, ${model.events.length} events in ${Math.round(performance.now() - t0)} ms`;
    } catch (e) { status.className = 'status err'; status.textContent = e.message; }
  };
  const st = document.getElementById('xstore');
  if (st) st.onclick = async () => {
    const token = form.token.value.trim();
    sessionStorage.setItem('dyad-token', token);
    status.className = 'status'; status.textContent = 'Storing…';
    try {
      const r = await api('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body: JSON.stringify(payload()) });
      status.innerHTML = `${r.outcome === 'new' ? 'Stored' : 'Already stored'}: <a href="#/article/${encodeURIComponent(r.id)}">open ${esc(r.id)}</a>`;
      loadStats();
    } catch (e) { status.className = 'status err'; status.textContent = e.message; }
  };
}

/* ---------- alerts ---------- */
function alertCard(a) {
  const kinds = { new_dyad: 'New dyad', flip: 'Flip', jump: 'Jump' };
  const dir = a.kind === 'flip' ? (a.score < 0 ? ' to-conflict' : ' to-coop') : '';
  const tl = '#/timeline' + qs({ level: a.level, a: a.a.key, b: a.b.key });
  const ev = (a.evidence || []);
  return `<div class="panel alert k-${esc(a.kind)}${dir}">
    <div class="line1"><span class="kindbadge k-${esc(a.kind)}">${kinds[a.kind] || esc(a.kind)}</span><a class="dyad" href="${tl}">${esc(a.a.name)} — ${esc(a.b.name)}</a>
      <span class="window">${esc(a.window[0])} – ${esc(a.window[1])}</span></div>
    <div class="expl">${esc(a.explanation)}</div>
    <div class="nums"><span>window <b>${a.events}</b> events, score <b>${fmtScore(a.score)}</b></span><span>before <b>${a.trailing_events}</b> events, score <b>${fmtScore(a.trailing_score)}</b></span>
      ${a.p_value != null ? `<span>p <b>${Number(a.p_value).toExponential(1)}</b></span>` : ''}${a.z != null ? `<span>z <b>${Number(a.z).toFixed(1)}</b></span>` : ''}</div>
    ${ev.length ? `<div class="evidence"><ul class="events">${ev.map(eventItem).join('')}</ul>${a.event_ids.length > ev.length ? `<a class="small" href="${tl}">all ${a.event_ids.length} events →</a>` : ''}</div>` : ''}
  </div>`;
}
async function viewAlerts(p) {
  const level = p.level || 'state';
  $view.innerHTML = `<div class="pagehead"><div><h1>Alerts</h1><p>Unprecedented movements, newest first: new dyads, cooperation/conflict flips and volume jumps, each with its evidence.</p></div>
    <form class="filters" id="alf">
      <label>Level<select name="level"><option value="state" ${level === 'state' ? 'selected' : ''}>States</option><option value="actor" ${level === 'actor' ? 'selected' : ''}>Actors</option></select></label>
      <label>Kind<select name="kind"><option value="">All</option><option value="new_dyad" ${p.kind === 'new_dyad' ? 'selected' : ''}>New dyad</option><option value="flip" ${p.kind === 'flip' ? 'selected' : ''}>Flip</option><option value="jump" ${p.kind === 'jump' ? 'selected' : ''}>Jump</option></select></label>
      <label>Window<select name="window">${['day', 'week', 'month'].map(x => `<option ${(p.window || 'week') === x ? 'selected' : ''}>${x}</option>`).join('')}</select></label>
      <label>Actor<input name="actor" value="${esc(p.actor || '')}" placeholder="name or ISO3"></label>
      <button class="btn">Apply</button></form></div><div class="alerts" id="allist"><p class="loading">Evaluating windows…</p></div>`;
  document.getElementById('alf').onsubmit = ev => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    go('#/alerts' + qs({ level: f.get('level'), kind: f.get('kind'), window: f.get('window'), actor: f.get('actor').trim() }));
  };
  const box = document.getElementById('allist');
  let offset = 0;
  async function page() {
    try {
      const r = await api('/api/alerts' + qs({ level, kind: p.kind, window: p.window, actor: p.actor, limit: 20, offset }));
      if (!offset) box.innerHTML = r.items.length ? '' : '<div class="panel"><div class="body muted">No alerts: nothing unprecedented in the last year of data at this level (alerts need some history before the window they flag).</div></div>';
      const old = box.querySelector('.more'); if (old) old.remove();
      box.insertAdjacentHTML('beforeend', r.items.map(alertCard).join(''));
      if (r.next_offset != null) {
        offset = r.next_offset;
        box.insertAdjacentHTML('beforeend', '<div class="more"><button class="btn ghost">More alerts</button></div>');
        box.querySelector('.more button').onclick = page;
      }
    } catch (e) { box.innerHTML = `<p class="error">${esc(e.message)}</p>`; }
  }
  page();
}

/* ---------- router ---------- */
async function render() {
  const r = route();
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.view === (r.view === 'article' ? 'articles' : r.view)));
  window.scrollTo(0, 0);
  try {
    if (r.view === 'network') await viewNetwork(r.params);
    else if (r.view === 'timeline') await viewTimeline(r.params);
    else if (r.view === 'articles') await viewArticles(r.params);
    else if (r.view === 'article') await viewArticle(r.arg, r.params);
    else if (r.view === 'extract') viewExtract();
    else if (r.view === 'alerts') await viewAlerts(r.params);
    else $view.innerHTML = '<p>Unknown page. <a href="#/network">Go to the network</a></p>';
  } catch (e) { $view.innerHTML = `<p class="error">${esc(e.message)}</p>`; }
  document.body.dataset.ready = r.view;
}
window.addEventListener('hashchange', render);
loadStats().then(render);
