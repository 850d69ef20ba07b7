// The plan as a real HTML outline: headings, lists and articles a screen reader can read and an
// ordinary keyboard can edit, and the List view that shows it as a page. The module sends the
// outline (src/outline) whenever the plan changes; it is patched here by item id, so the reader's
// place and the focus survive. Edits go back to the module as requests and become the same
// commands as on the canvas (see outline_edit.h).
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const body = document.getElementById('outline-body');
  const statusLine = document.getElementById('outline-status');
  const alertLine = document.getElementById('outline-alert');
  const outline = document.getElementById('outline');

  // Keys meant for the page (the outline, dialogs, any field) must reach it: Emscripten's GLFW
  // listens on window in the capture phase and swallows Tab and Backspace. Registered before the
  // module loads, so this runs first. The canvas's own text field has its own handling.
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (event) => {
      const t = event.target;
      if (t === canvas || t === document.body || t === document.documentElement || !t.classList) return;
      if (t.classList.contains('text-overlay')) return;
      event.stopImmediatePropagation();
    }, true);
  }

  const el = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  };
  const hidden = (text) => el('span', { class: 'visually-hidden' }, text);

  let data = { nodes: [], changes: [], choices: {}, undo: '', redo: '' };
  const views = new Map();   // node id -> { json, element, list (where children go) }
  const byItem = new Map();  // node id -> node

  function say(text, error) {
    const line = error ? alertLine : statusLine;
    (error ? statusLine : alertLine).textContent = '';
    line.textContent = '';
    setTimeout(() => { line.textContent = text; }, 30);
  }

  function button(label, title, onclick, data) {
    const b = el('button', { type: 'button', class: 'outline-button', onclick }, label, title ? hidden(' ' + title) : null);
    if (data) b.dataset.key = data;
    return b;
  }

  // The element for one node, made afresh (its children are kept by the caller).
  function render(n) {
    if (n.kind === 'plan') return null;
    if (n.kind === 'part' || n.kind === 'note' || n.kind === 'gap') {
      const li = el('li', { class: `outline-${n.kind}` });
      if (n.kind === 'gap') li.append(el('strong', {}, n.heading), n.text ? el('span', {}, ' ' + n.text) : null);
      else if (n.kind === 'note') li.append(el('strong', {}, n.heading + ': '), n.text);
      else li.append(n.heading);
      return { element: li };
    }
    if (n.kind === 'action') {
      const h = el('h3', { id: `h-${n.id}`, tabindex: '-1' }, n.heading);
      const dl = el('dl');
      for (const [term, value] of n.details) dl.append(el('div', {}, el('dt', {}, term), el('dd', {}, value)));
      const tools = el('div', { class: 'outline-tools' },
        button('Edit', n.heading, () => openEdit(n.id), `edit-${n.id}`),
        button('Move', `${n.heading}`, () => openMove(n.id), `move-${n.id}`),
        button('Link', `${n.heading}`, () => openLink(n.id), `link-${n.id}`),
        button('Delete', n.heading, () => request({ op: 'delete', item: n.item }), `delete-${n.id}`));
      // "Move <title> to…", "Link <title> to…": the words after the title are part of the name.
      tools.children[1].append(hidden(' to…'));
      tools.children[2].append(hidden(' to…'));
      const article = el('article', { 'aria-labelledby': `h-${n.id}`, 'data-item': n.item }, h,
        n.text ? el('p', {}, n.text) : null, dl, tools);
      return { element: el('li', {}, article) };
    }
    const section = el('section', { 'aria-labelledby': `h-${n.id}`, class: `outline-${n.kind}` });
    const h = el('h2', { id: `h-${n.id}`, tabindex: '-1' });
    const colon = n.name.indexOf(': ');
    if (n.kind === 'change' && n.name !== n.heading && colon > 0)
      h.append(el('span', { class: 'outline-kicker' }, n.name.slice(0, colon + 2)), n.heading);
    else h.append(n.heading);
    section.append(h);
    if (n.text) section.append(el('p', {}, n.text));
    if (n.can.includes('add')) section.append(button('Add an action to', n.heading, () => openEdit(null, n), `add-${n.id}`));
    const list = el('ul', { class: 'outline-list' });
    section.append(list);
    if (n.kind === 'change') section.append(el('p', { class: 'outline-empty' }, 'No actions yet.'));
    return { element: section, list };
  }

  function focusKey() {
    const a = document.activeElement;
    if (!a || !outline.contains(a)) return null;
    return a.dataset.key || a.id || null;
  }
  function refocus(key) {
    if (!key) return;
    const target = outline.querySelector(`[data-key="${CSS.escape(key)}"]`) || document.getElementById(key);
    if (target && document.activeElement !== target) target.focus();
  }

  // Patches the page to show `next`: nodes whose content is the same are left alone, others are
  // replaced, and order is fixed by moving only what is out of place.
  function update(next) {
    const keep = focusKey();
    data = next;
    byItem.clear();
    const seen = new Set();
    const children = new Map();
    for (const n of next.nodes) {
      byItem.set(n.id, n);
      seen.add(n.id);
      if (!children.has(n.parent)) children.set(n.parent, []);
      children.get(n.parent).push(n.id);
      const json = JSON.stringify(n);
      const old = views.get(n.id);
      if (old && old.json === json) continue;
      if (n.kind === 'plan') {
        document.getElementById('outline-title').textContent = n.heading;
        const p = document.getElementById('outline-description');
        p.textContent = n.text;
        p.hidden = !n.text;
        views.set(n.id, { json, element: body, list: body });
        continue;
      }
      const made = render(n);
      if (old) {
        if (old.list && made.list) while (old.list.firstChild) made.list.append(old.list.firstChild);
        old.element.replaceWith(made.element);
      }
      views.set(n.id, { json, ...made });
    }
    for (const [id, v] of views) if (!seen.has(id)) { v.element.remove(); views.delete(id); }
    for (const [parent, ids] of children) {
      const host = parent === '' ? null : views.get(parent);
      if (!host) continue;
      let before = host.list.firstChild;
      for (const id of ids) {
        const e = views.get(id).element;
        if (e === before) { before = before.nextSibling; continue; }
        host.list.insertBefore(e, before);
      }
    }
    for (const p of body.querySelectorAll('.outline-empty')) {
      const list = p.previousElementSibling;
      list.hidden = list.children.length === 0;  // "No actions yet." instead of an empty list
      p.hidden = !list.hidden;
    }
    const undo = document.getElementById('outline-undo');
    const redo = document.getElementById('outline-redo');
    undo.disabled = !next.undo;
    redo.disabled = !next.redo;
    undo.lastChild.textContent = next.undo ? `: ${next.undo}` : '';
    redo.lastChild.textContent = next.redo ? `: ${next.redo}` : '';
    refocus(keep);
  }

  // Sends an edit to the module: records separated by U+001E, each key U+001F value.
  function request(fields) {
    if (!window.coplan || !window.coplan.ready) return { error: true, said: 'Coplan is still loading.' };
    const text = Object.entries(fields).map(([k, v]) => `${k}\x1f${String(v).replace(/[\x1e\x1f]/g, ' ')}`).join('\x1e');
    const length = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(length);
    Module.stringToUTF8(text, ptr, length);
    const out = Module._coplan_outline_request(ptr);
    Module._free(ptr);
    const result = JSON.parse(Module.UTF8ToString(out));
    Module._free(out);
    if (!result.error) {
      say(result.said, false);
      if (result.focus) setTimeout(() => focusNode(result.focus, fields.op), 0);
    }
    else say(result.said, true);
    return result;
  }
  function focusNode(id, op) {
    const target = op === 'delete' ? outline.querySelector(`[data-key="add-${CSS.escape(id)}"]`) || document.getElementById(`h-${id}`)
      : outline.querySelector(`[data-key="edit-${CSS.escape(id)}"]`);
    if (target) target.focus();
  }

  // ---- The edit form: a native dialog with labelled fields. ----
  const dialog = document.getElementById('edit-dialog');
  const form = document.getElementById('edit-form');
  const formError = document.getElementById('edit-error');
  let editing = null;  // { op, item, returnTo }
  function fillChoices(select, choices) {
    if (select.options.length) return;
    for (const [word, label] of choices) select.append(el('option', { value: word }, label));
  }
  function openEdit(id, change) {
    const n = id ? byItem.get(id) : null;
    fillChoices(form.elements.status, data.choices.status);
    fillChoices(form.elements.when, data.choices.when);
    fillChoices(form.elements.involvement, data.choices.involvement);
    const values = n ? n.values : { status: 'idea', when: 'not-set', involvement: 'not-set', lead_lived: 'false' };
    for (const field of form.elements) {
      if (!field.name) continue;
      const v = values[field.name] || '';
      if (field.type === 'checkbox') field.checked = v === 'true';
      else field.value = v;
    }
    document.getElementById('edit-title').textContent = n ? `Edit ${n.heading}` : `Add an action to ${change.heading}`;
    formError.textContent = '';
    editing = { op: n ? 'edit' : 'add', item: n ? n.item : change.item,
      returnTo: document.activeElement, node: n ? n.id : change.id };
    dialog.showModal();
    form.elements.title.focus();
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!editing) return;
    const fields = { op: editing.op, item: editing.item };
    for (const field of form.elements) {
      if (!field.name) continue;
      fields[field.name] = field.type === 'checkbox' ? String(field.checked) : field.value;
    }
    const result = request(fields);
    if (result.error) { formError.textContent = result.said; return; }
    const back = editing.returnTo;
    editing = null;
    dialog.close();
    if (fields.op === 'edit' && back && back.isConnected) back.focus();
  });
  document.getElementById('edit-cancel').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (!editing) return;
    const back = editing.returnTo;
    editing = null;
    if (back && back.isConnected) back.focus();
  });

  // ---- Move and Link: a dialog with one choice. ----
  const pick = document.getElementById('pick-dialog');
  const pickForm = document.getElementById('pick-form');
  let picking = null;
  function openPick(id, op) {
    const n = byItem.get(id);
    const select = pickForm.elements.target;
    select.replaceChildren();
    const kind = document.getElementById('pick-kind');
    kind.hidden = op !== 'link';
    if (op === 'move') {
      for (const [change, title] of data.changes) if (`change-${change}` !== n.parent) select.append(el('option', { value: change }, title));
      document.getElementById('pick-title').textContent = `Move ${n.heading} to…`;
      document.getElementById('pick-label').textContent = 'The change to move it to';
    } else {
      for (const o of data.nodes) if (o.kind === 'action' && o.id !== id) select.append(el('option', { value: o.item }, o.heading));
      document.getElementById('pick-title').textContent = `Link ${n.heading} to…`;
      document.getElementById('pick-label').textContent = 'The other action';
    }
    document.getElementById('pick-error').textContent = select.options.length ? '' : 'There is nothing to choose yet.';
    picking = { op, item: n.item, returnTo: document.activeElement };
    pick.showModal();
    select.focus();
  }
  const openMove = (id) => openPick(id, 'move');
  const openLink = (id) => openPick(id, 'link');
  pickForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!picking || !pickForm.elements.target.value) return;
    const fields = { op: picking.op, item: picking.item, target: pickForm.elements.target.value };
    if (picking.op === 'link') fields.kind = pickForm.elements.kind.value;
    const result = request(fields);
    if (result.error) { document.getElementById('pick-error').textContent = result.said; return; }
    const back = picking.returnTo;
    picking = null;
    pick.close();
    if (back && back.isConnected) back.focus();
  });
  document.getElementById('pick-cancel').addEventListener('click', () => pick.close());
  pick.addEventListener('close', () => {
    if (!picking) return;
    const back = picking.returnTo;
    picking = null;
    if (back && back.isConnected) back.focus();
  });

  document.getElementById('outline-undo').addEventListener('click', () => request({ op: 'undo' }));
  document.getElementById('outline-redo').addEventListener('click', () => request({ op: 'redo' }));

  // ---- List view, and the outline beside the canvas while it has the focus. ----
  function setListView(on) {
    document.body.classList.toggle('list-view', on);
    document.getElementById('show-canvas').setAttribute('aria-pressed', String(!on));
    document.getElementById('show-list').setAttribute('aria-pressed', String(on));
    if (window.coplan && window.coplan.ready) Module._coplan_list_view(on ? 1 : 0);
  }
  document.getElementById('show-canvas').addEventListener('click', () => { setListView(false); canvas.focus(); });
  document.getElementById('show-list').addEventListener('click', () => setListView(true));
  document.querySelector('.skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('outline-title').focus();
  });
  outline.addEventListener('focusin', (event) => {
    document.body.classList.add('outline-open');
    const article = event.target.closest && event.target.closest('article');
    if (!article || document.body.classList.contains('list-view') || !window.coplan || !window.coplan.ready) return;
    const length = Module.lengthBytesUTF8(article.dataset.item) + 1;
    const ptr = Module._malloc(length);
    Module.stringToUTF8(article.dataset.item, ptr, length);
    Module._coplan_outline_show(ptr);
    Module._free(ptr);
  });
  outline.addEventListener('focusout', (event) => {
    if (!event.relatedTarget || !outline.contains(event.relatedTarget)) document.body.classList.remove('outline-open');
  });

  // Settings the module chose in its View menu, as kept ("theme=dark", "text-size=2", ...).
  function applySettings(text) {
    const s = Object.fromEntries(text.split('\n').filter(Boolean).map((l) => l.split('=')));
    const root = document.documentElement;
    root.dataset.theme = s.theme;
    root.dataset.face = s.typeface;
    root.style.setProperty('--text-size', s['text-size']);
    root.style.setProperty('--line-spacing', String(1.5 * s['line-spacing']));
    root.classList.toggle('less-motion', s['less-motion'] === 'yes');
  }

  // Leaves the canvas when Tab passes its last control (or Shift+Tab its first).
  function leaveCanvas(forward) {
    const stops = [...document.querySelectorAll('a[href], button:not([disabled]), [tabindex="0"]')]
      .filter((e) => e.offsetParent !== null || e === canvas || e.classList.contains('skip-link'));
    const at = stops.indexOf(canvas);
    const next = forward ? stops.slice(at + 1).find((e) => e !== canvas) : stops.slice(0, at).reverse()[0];
    if (next) next.focus();
    else if (forward) document.getElementById('outline-title').focus();
  }

  window.coplanOutline = { update, say, setListView, applySettings, leaveCanvas };
})();
