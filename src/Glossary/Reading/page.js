// Glossary reading view. One popup for every mark; the marks carry numbers into the JSON data (docs/reading.md).
(() => {
  'use strict';
  const D = JSON.parse(document.getElementById('reading-data').textContent);
  const spin = D.spin;
  const text = document.getElementById('text');
  const pop = document.getElementById('pop');
  const body = document.body;
  const $ = (id) => document.getElementById(id);
  const MARK = '[data-o],[data-s],.gap';
  const canHighlight = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
  const marks = Array.from(text.querySelectorAll(MARK));
  for (const el of marks) {
    el.tabIndex = 0;
    el.setAttribute('role', 'button');
    if (el.classList.contains('gap')) el.setAttribute('aria-label', 'A word seems deleted here');
  }

  // ---- pinyin: syllables and tones -------------------------------------------------------------------------------
  const TONE = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };
  const SYLLABLE = /(?:[zcs]h|[bpmfdtnlgkhjqxrwyz])?[aeiouv\u00fc]+(?:ng(?![aeiouv\u00fc])|n(?![aeiouv\u00fc])|r(?![aeiouv\u00fc]))?[1-5]?/gi;
  const syllableCache = new Map();
  // Pinyin as [text, tone] syllables: "dà mǎimài" → dà 4, mǎi 3, mài 4.
  function syllables(pinyin) {
    let found = syllableCache.get(pinyin);
    if (found) return found;
    found = [];
    for (const word of pinyin.split(/[\s'’\-·]+/)) {
      const letters = [], tones = [];
      for (const ch of word.normalize('NFD')) {
        if (TONE[ch] !== undefined) { if (letters.length) tones[letters.length - 1] = TONE[ch]; continue; }
        if (ch === '\u0308') { if (letters.length) letters[letters.length - 1] = 'v'; continue; }
        letters.push(ch);
      }
      const plain = letters.join('');
      const nfc = word.normalize('NFC');
      // Cut the written word where the plain letters' syllables fall (tone marks do not change lengths in NFC).
      let at = 0;
      for (const m of plain.matchAll(SYLLABLE)) {
        if (m.index !== at) { found.length = 0; found.bad = true; break; }
        let tone = 5;
        for (let i = m.index; i < m.index + m[0].length; i++) if (tones[i]) tone = tones[i];
        const digit = /[1-5]$/.exec(m[0]);
        if (digit) tone = +digit[0];
        found.push([nfc.slice(m.index, m.index + m[0].length), tone]);
        at = m.index + m[0].length;
      }
      if (found.bad || at !== plain.length) { found = [[pinyin, 0]]; found.bad = true; break; }
    }
    syllableCache.set(pinyin, found);
    return found;
  }
  function pinyinHtml(pinyin) {
    const s = syllables(pinyin);
    if (s.bad) return esc(pinyin);
    return s.map(([t, tone]) => `<span class="t${tone}">${esc(t)}</span>`).join(' ');
  }
  function esc(s) { return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]); }

  // ---- reading the marks ------------------------------------------------------------------------------------------
  const occEntry = (o) => D.occ[2 * o];
  const occForm = (o) => D.occ[2 * o + 1];
  const idsOf = (el) => (el.dataset.o ? el.dataset.o.split(' ').map(Number) : []);
  const pairOf = (s) => spin.pairs[spin.subs[s] >> 1];
  const restoredSub = (s) => (spin.subs[s] & 1) === 1;
  const originalOf = (s) => pairOf(s).original.split('/')[0];

  function entryBlock(o) {
    const e = D.entries[occEntry(o)];
    const [form, status] = e.forms[occForm(o)] || e.forms[0];
    let h = `<div class="pe"><p><span class="pf" lang="zh">${status === 'deprecated' || status === 'forbidden' ? `<del>${esc(form)}</del>` : esc(form)}</span>`;
    if (e.pinyin) h += `<span class="pp">${pinyinHtml(e.pinyin)}</span>`;
    h += '</p><ol class="pg">';
    for (const [g, gs] of e.glosses) {
      h += gs === 'deprecated' || gs === 'forbidden' ? `<li><del>${esc(g)}</del> (${gs})</li>` : `<li>${esc(g)}</li>`;
    }
    h += '</ol>';
    if (status === 'deprecated' || status === 'forbidden') {
      const preferred = e.forms.find(([f, s]) => f !== form && s !== 'deprecated' && s !== 'forbidden');
      h += `<p class="warn">${status === 'forbidden' ? 'Forbidden' : 'Deprecated'} term${preferred ? `; use <span lang="zh">${esc(preferred[0])}</span>` : ''}.</p>`;
    } else if (status) {
      h += `<p class="kind">Status: ${esc(status)}</p>`;
    }
    if (e.note) h += `<p>${esc(e.note)}</p>`;
    if (e.definition) h += `<p>${esc(e.definition)}</p>`;
    h += `<p class="src">${e.word ? 'Dictionary' : 'Glossary'}: ${esc(e.source || 'built in code')}</p></div>`;
    return h;
  }
  function spinBlock(s) {
    const p = pairOf(s);
    let h = '<div class="ps">';
    if (p.kind === 'inversion') h += '<p class="warn">⚠ Inversion: the text says the opposite of the original.</p>';
    h += `<p>${restoredSub(s) ? 'Spun form' : 'Possibly spun'}: <span lang="zh">${esc(p.spun)}</span> → probably <span lang="zh" class="pf">${esc(p.original)}</span>`;
    if (p.gloss) h += ` “${esc(p.gloss)}”`;
    h += `</p><p class="kind">Kind: ${esc(p.kind)}; confidence: ${esc(p.confidence)}${restoredSub(s) ? '' : '; left as written in the restored reading'}.</p>`;
    if (p.note) h += `<p>${esc(p.note)}</p>`;
    return h + '</div>';
  }
  function popupHtml(el) {
    if (el.classList.contains('gap')) return `<div class="ps"><p class="warn">‸ A word seems deleted here.</p><p>${esc(spin.gaps[+el.dataset.g])}</p></div>`;
    let h = '';
    for (const o of idsOf(el)) h += entryBlock(o);
    if (el.dataset.s !== undefined) h += spinBlock(+el.dataset.s);
    return h;
  }

  // ---- the popup ---------------------------------------------------------------------------------------------------
  let shown = null, hideTimer = 0, placing = 0;
  const lit = [];
  function show(el) {
    clearTimeout(hideTimer);
    if (shown === el && !pop.hidden) return;
    hide();
    shown = el;
    pop.innerHTML = popupHtml(el);
    pop.hidden = false;
    el.classList.add('open');
    el.setAttribute('aria-expanded', 'true');
    el.setAttribute('aria-describedby', 'pop');
    // Placed before the next frame, not now: reading the layout here would force it on every mark a loop shows.
    cancelAnimationFrame(placing);
    placing = requestAnimationFrame(() => { if (shown === el) place(el); });
    const unit = el.closest('.unit');
    if (unit) {
      for (const o of idsOf(el)) for (const g of unit.querySelectorAll(`.tgt .g[data-e="${occEntry(o)}"]`)) { g.classList.add('on'); lit.push(g); }
    }
  }
  function hide() {
    clearTimeout(hideTimer);
    if (!shown) return;
    shown.classList.remove('open');
    shown.setAttribute('aria-expanded', 'false');
    shown.removeAttribute('aria-describedby');
    shown = null;
    pop.hidden = true;
    for (const g of lit.splice(0)) g.classList.remove('on');
  }
  function place(el) {
    const r = el.getBoundingClientRect();
    const w = pop.offsetWidth, h = pop.offsetHeight;
    let top = r.bottom + 6;
    if (top + h > innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
    const left = Math.max(8, Math.min(r.left, innerWidth - w - 8));
    pop.style.top = `${top + scrollY}px`;
    pop.style.left = `${left + scrollX}px`;
  }
  text.addEventListener('mouseover', (ev) => { const el = ev.target.closest(MARK); if (el) show(el); });
  text.addEventListener('mouseout', (ev) => {
    const to = ev.relatedTarget;
    if (to && (pop.contains(to) || (to.closest && to.closest(MARK) === shown))) return;
    hideTimer = setTimeout(hide, 250);
  });
  pop.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  pop.addEventListener('mouseleave', () => { hideTimer = setTimeout(hide, 250); });
  text.addEventListener('focusin', (ev) => { const el = ev.target.closest(MARK); if (el) show(el); });
  text.addEventListener('focusout', () => { hideTimer = setTimeout(hide, 100); });
  text.addEventListener('click', (ev) => {
    const el = ev.target.closest(MARK);
    if (!el) return;
    if (shown === el && !pop.hidden && ev.pointerType !== 'mouse') hide(); else show(el);
  });
  text.addEventListener('keydown', (ev) => {
    const el = ev.target.closest(MARK);
    if (el && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); show(el); }
  });
  document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') hide(); });
  document.addEventListener('click', (ev) => { if (shown && !ev.target.closest(MARK) && !pop.contains(ev.target)) hide(); });
  addEventListener('resize', () => { if (shown) place(shown); });

  // ---- pinyin, tone colours, restored reading ---------------------------------------------------------------------
  const store = {
    get(k) { try { return localStorage.getItem(`glossary-reading:${k}`) === '1'; } catch { return false; } },
    set(k, v) { try { localStorage.setItem(`glossary-reading:${k}`, v ? '1' : '0'); } catch { /* private mode */ } },
  };
  const opt = { pinyin: $('opt-pinyin'), tones: $('opt-tones'), restored: $('opt-restored') };
  let dirty = [];
  function render() {
    const py = opt.pinyin.checked, tones = opt.tones.checked, restored = opt.restored.checked && !!spin;
    body.classList.toggle('py', py);
    body.classList.toggle('tones', tones);
    body.classList.toggle('restored', restored);
    if (canHighlight) CSS.highlights.clear();
    for (const el of dirty) { el.textContent = el._w; el.classList.remove('r'); }
    dirty = [];
    if (!py && !tones && !restored) { invalidateFind(); return; }
    const consumed = new Map();
    const seenSub = new Set();
    for (const el of marks) {
      if (el.classList.contains('gap')) continue;
      const written = el._w === undefined ? (el._w = el.textContent) : el._w;
      const s = el.dataset.s;
      if (restored && s !== undefined && restoredSub(+s)) {
        el.textContent = seenSub.has(s) ? '' : originalOf(+s);
        seenSub.add(s);
        el.classList.add('r');
        dirty.push(el);
        continue;
      }
      if (!py && !tones) continue;
      const ids = idsOf(el);
      const o = ids.find((id) => D.entries[occEntry(id)].pinyin);
      if (o === undefined) continue;
      const e = D.entries[occEntry(o)];
      const form = (e.forms[occForm(o)] || e.forms[0])[0];
      const from = consumed.get(o) || 0;
      consumed.set(o, from + written.length);
      const syl = syllables(e.pinyin);
      let h = '';
      if (!syl.bad && syl.length === form.length) {
        for (let i = 0; i < written.length; i++) {
          const [t, tone] = syl[from + i] || ['', 5];
          h += py ? `<ruby class="t${tone}">${esc(written[i])}<rt>${esc(t)}</rt></ruby>` : `<span class="t${tone}">${esc(written[i])}</span>`;
        }
      } else if (py && from === 0) {
        h = `<ruby>${esc(written)}<rt>${esc(e.pinyin)}</rt></ruby>`;
      } else continue;
      el.innerHTML = h;
      dirty.push(el);
    }
    invalidateFind();
  }
  opt.pinyin.checked = store.get('pinyin');
  opt.tones.checked = store.get('tones');
  opt.pinyin.addEventListener('change', () => { store.set('pinyin', opt.pinyin.checked); render(); });
  opt.tones.addEventListener('change', () => { store.set('tones', opt.tones.checked); render(); });
  opt.restored.addEventListener('change', render);

  // ---- terms found: stepping through an entry's occurrences --------------------------------------------------------
  const byEntry = new Map();
  function occurrencesOf(e) {
    let list = byEntry.get(e);
    if (list) return list;
    list = [];
    const seen = new Set();
    for (const el of marks) {
      for (const o of idsOf(el)) if (occEntry(o) === e && !seen.has(o)) { seen.add(o); list.push(el); }
    }
    byEntry.set(e, list);
    return list;
  }
  let step = { e: -1, i: -1, list: [] }, current = null;
  function goTo(i) {
    if (!step.list.length) return;
    step.i = (i + step.list.length) % step.list.length;
    if (current) current.classList.remove('cur');
    current = step.list[step.i];
    current.classList.add('cur');
    current.scrollIntoView({ block: 'center' });
    $('step-pos').textContent = `${step.i + 1} of ${step.list.length}`;
  }
  $('terms').addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-e]');
    if (!b) return;
    for (const other of $('terms').querySelectorAll('[aria-pressed="true"]')) other.setAttribute('aria-pressed', 'false');
    b.setAttribute('aria-pressed', 'true');
    const e = +b.dataset.e;
    step = { e, i: -1, list: occurrencesOf(e) };
    $('stepper').hidden = false;
    $('step-term').textContent = D.entries[e].forms[0][0];
    goTo(0);
  });
  $('step-next').addEventListener('click', () => goTo(step.i + 1));
  $('step-prev').addEventListener('click', () => goTo(step.i - 1));

  // ---- find: an exact string, counted left to right without overlaps ------------------------------------------------
  let nodes = null, starts = null, hay = '';
  function invalidateFind() { nodes = null; if ($('find').value) find(); }
  function index() {
    nodes = []; starts = []; const parts = [];
    const walk = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentNode.closest('rt') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    let at = 0;
    for (let n = walk.nextNode(); n; n = walk.nextNode()) { nodes.push(n); starts.push(at); parts.push(n.data); at += n.data.length; }
    hay = parts.join('');
  }
  function point(offset) {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return [nodes[lo], offset - starts[lo]];
  }
  // Static ranges: live ones would each be updated on every change to the text (a restored reading makes 100,000s).
  function rangeOf(offset, length) {
    const [a, ai] = point(offset); const [b, bi] = point(offset + length - 1);
    return new StaticRange({ startContainer: a, startOffset: ai, endContainer: b, endOffset: bi + 1 });
  }
  let hits = [], hit = -1;
  function find() {
    if (!nodes) index();
    const needle = $('find').value;
    hits = [];
    if (needle) for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) hits.push(i);
    $('find-count').textContent = !needle ? '' : hits.length === 0 ? 'no match' : `${hits.length.toLocaleString('en')} ${hits.length === 1 ? 'match' : 'matches'}`;
    text.dataset.found = String(hits.length);
    hit = -1;
    if (canHighlight) {
      CSS.highlights.delete('find-current');
      const h = new Highlight();
      for (const at of hits.slice(0, 5000)) h.add(rangeOf(at, needle.length));
      CSS.highlights.set('find', h);
    }
  }
  function findStep(delta) {
    if (!hits.length) return;
    hit = (hit + delta + hits.length) % hits.length;
    const r = rangeOf(hits[hit], $('find').value.length);
    if (canHighlight) CSS.highlights.set('find-current', new Highlight(r));
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    $('find-count').textContent = `${(hit + 1).toLocaleString('en')} of ${hits.length.toLocaleString('en')}`;
  }
  $('find').addEventListener('input', find);
  $('find').addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); findStep(ev.shiftKey ? -1 : 1); } });
  $('find-next').addEventListener('click', () => findStep(1));
  $('find-prev').addEventListener('click', () => findStep(-1));

  if (opt.pinyin.checked || opt.tones.checked) render();
  body.dataset.ready = 'true';
  performance.mark('reading-ready');
})();
