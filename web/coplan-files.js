// Plan files in the browser, for Coplan's module (src/platform/file_host_web.cpp): opening
// (file picker, dropping a file on the page, a plan in the page address),
// saving (File System Access API, or a download), sharing (Web Share, email, links), the
// "leave page?" warning, keeping the plan at once when the page is hidden, and going offline.
// Nothing here sends anything over the network.
'use strict';
(function () {
  const LINK_PREFIX = '#plan=';
  const MAX_FILE_BYTES = 64 * 1024 * 1024;
  const ARRIVAL = { picker: 0, drop: 1, link: 2, merge: 3 };
  const PLAN_TYPES = [{ description: 'Coplan plans', accept: { 'application/json': ['.json'] } }];

  let unsaved = false;
  let accepting = false;          // the module listens for files
  const waitingFiles = [];        // files that arrived before it did
  const handles = new Map();      // plan key -> FileSystemFileHandle
  let arrivedHandle = null;       // the handle of the file that arrived last, if any
  let linkState = location.hash.startsWith(LINK_PREFIX) ? 'reading' : 'none';
  // Other tabs of Coplan in this browser: each says which plan it has just kept.
  const tabId = Math.random().toString(36).slice(2);
  const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('coplan-plans') : null;
  let keptHere = '';
  window.coplanStore.onKept = (key) => {
    keptHere = key;
    if (tabs) tabs.postMessage({ tab: tabId, plan: key });
  };

  const { M, withStrings, withBytes, later } = window.coplanModule;
  const { openDb } = window.coplanStore;
  const moduleReady = () => !!(window.Module && window.Module._coplan_file_arrived && window.coplan && window.coplan.ready);

  // ---- Opening files.
  function deliverFile(bytes, name, how, error) {
    if (!accepting) { waitingFiles.push([bytes, name, how, error]); return; }
    if (how === ARRIVAL.link) linkState = 'delivered';
    withBytes(bytes, (ptr, length) => withStrings([name, error || null], (n, e) =>
      M()._coplan_file_arrived(ptr, length, n, how, e)));
  }

  function readFile(file, how, handle) {
    if (how !== ARRIVAL.merge) arrivedHandle = handle || null;  // a merged copy is never written back to
    if (file.size > MAX_FILE_BYTES) {
      deliverFile(new Uint8Array(0), file.name, how, 'it is larger than 64 MB, far larger than any plan, so it is probably not a Coplan plan.');
      return;
    }
    file.arrayBuffer().then((buffer) => deliverFile(new Uint8Array(buffer), file.name, how, ''),
      () => deliverFile(new Uint8Array(0), file.name, how, 'the browser could not read it.'));
  }

  let input = null;
  let inputFor = ARRIVAL.picker;  // what the file chosen in `input` is for: opening or merging
  function pickWithInput(how) {
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.hidden = true;
      input.addEventListener('change', () => {
        if (input.files && input.files[0]) readFile(input.files[0], inputFor, null);
        input.value = '';
      });
      document.body.appendChild(input);
    }
    inputFor = how;
    input.click();
  }

  function canWriteBack() {
    return typeof window.showSaveFilePicker === 'function' && typeof window.showOpenFilePicker === 'function';
  }

  // ---- Dropping a file on the page (before the canvas's own handler sees it).
  let dropHint = null;
  function showDropHint(show) {
    if (!dropHint) {
      dropHint = document.createElement('div');
      dropHint.className = 'drop-hint';
      dropHint.textContent = 'Drop the plan file to open it, or to merge it into this plan';
      dropHint.hidden = true;
      document.body.appendChild(dropHint);
    }
    dropHint.hidden = !show;
  }
  const carriesFiles = (event) => event.dataTransfer && Array.from(event.dataTransfer.types || []).includes('Files');
  document.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    showDropHint(true);
  }, true);
  document.addEventListener('dragleave', (event) => { if (!event.relatedTarget) showDropHint(false); }, true);
  document.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    showDropHint(false);
    const item = Array.from(event.dataTransfer.items || []).find((i) => i.kind === 'file');
    const file = event.dataTransfer.files[0];
    if (!file) return;
    if (item && typeof item.getAsFileSystemHandle === 'function') {
      item.getAsFileSystemHandle().then((h) => readFile(file, ARRIVAL.drop, h && h.kind === 'file' ? h : null),
        () => readFile(file, ARRIVAL.drop, null));
    } else {
      readFile(file, ARRIVAL.drop, null);
    }
  }, true);

  // ---- A plan in the page address: "#plan=" and the file's bytes, deflated, in base64url.
  function toBase64Url(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function fromBase64Url(text) {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  const squeeze = (bytes, Stream) =>
    new Response(new Blob([bytes]).stream().pipeThrough(new Stream('deflate-raw'))).arrayBuffer().then((b) => new Uint8Array(b));

  function readLink() {
    if (!location.hash.startsWith(LINK_PREFIX)) return;
    linkState = 'reading';
    const name = 'the plan in the link';
    let packed;
    try {
      packed = fromBase64Url(decodeURIComponent(location.hash.slice(LINK_PREFIX.length)));
    } catch (e) {
      deliverFile(new Uint8Array(0), name, ARRIVAL.link, 'the link is not complete. Ask for the plan as a file instead.');
      return;
    }
    squeeze(packed, DecompressionStream).then((bytes) => deliverFile(bytes, name, ARRIVAL.link, ''),
      () => deliverFile(new Uint8Array(0), name, ARRIVAL.link, 'the link is not complete or was changed. Ask for the plan as a file instead.'));
  }
  window.addEventListener('hashchange', readLink);

  // ---- Saving and sharing.
  function reply(id, ok, cancelled, name, error, downloaded) {
    withStrings([name || '', error || ''], (n, e) => M()._coplan_file_reply(id, ok ? 1 : 0, cancelled ? 1 : 0, n, e, downloaded ? 1 : 0));
  }

  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  async function writeTo(handle, blob) {
    if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted' &&
        (await handle.requestPermission({ mode: 'readwrite' })) !== 'granted') {
      throw new Error('The browser did not allow Coplan to change ' + handle.name);
    }
    const writable = await handle.createWritable();
    await writable.write(blob);
    await writable.close();  // the browser swaps the new file in whole
  }

  function rememberHandle(slot, handle) {
    if (!slot) return;
    handles.set(slot, handle);
    openDb().then((d) => d.transaction('handles', 'readwrite').objectStore('handles').put(handle, slot)).catch(() => {});
  }
  function handleFor(slot) {
    if (handles.has(slot)) return Promise.resolve(handles.get(slot));
    return openDb().then((d) => new Promise((resolve) => {
      const request = d.transaction('handles', 'readonly').objectStore('handles').get(slot);
      request.onsuccess = () => resolve(request.result || null);
      request.onerror = () => resolve(null);
    })).catch(() => null);
  }

  async function save(slot, name, bytes, askWhere) {
    const blob = new Blob([bytes], { type: 'application/json' });
    if (canWriteBack()) {
      let handle = askWhere ? null : await handleFor(slot);
      if (!handle) handle = await window.showSaveFilePicker({ suggestedName: name, types: PLAN_TYPES });
      await writeTo(handle, blob);
      rememberHandle(slot, handle);
      return { name: handle.name, downloaded: false };
    }
    download(blob, name);
    return { name, downloaded: true };
  }
  const cancelledBy = (error) => error && error.name === 'AbortError';

  function openMail(subject, body) {
    const a = document.createElement('a');
    a.href = 'mailto:?subject=' + encodeURIComponent(subject) + '&body=' + encodeURIComponent(body);
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    return true;
  }

  // ---- Keeping the plan when the page goes away, and the "leave page?" warning.
  function flush() {
    if (!moduleReady() || !M()._coplan_page_hidden) return;
    window.coplanStore.hiding = true;
    try { M()._coplan_page_hidden(); } finally { window.coplanStore.hiding = false; }
  }
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', (event) => {
    flush();
    if (!unsaved) return;
    event.preventDefault();
    event.returnValue = '';
  });
  document.getElementById('canvas').addEventListener('webglcontextlost', flush);
  // Ctrl+S and Ctrl+O belong to Coplan, not to the browser's "save page" and "open file".
  document.addEventListener('keydown', (event) => {
    const key = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && (key === 's' || key === 'o')) event.preventDefault();
  }, true);

  if (tabs) {
    tabs.onmessage = (event) => {
      const { tab, plan } = event.data || {};
      if (tab !== tabId && plan && plan === keptHere && moduleReady()) window.coplanFiles.command('other-tab', plan);
    };
  }

  // ---- An installed Coplan opened with a plan file (the manifest's file_handlers).
  if ('launchQueue' in window) {
    window.launchQueue.setConsumer((params) => {
      const handle = params.files && params.files[0];
      if (handle) handle.getFile().then((file) => readFile(file, ARRIVAL.picker, handle));
    });
  }

  // ---- Offline: the service worker keeps the site's files. It starts once Coplan has drawn its
  // first frame: fetching and keeping a megabyte of files while the module started slowed the
  // first frame by a third on a two-core laptop.
  window.addEventListener('coplanready', () => {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
    setTimeout(() => navigator.serviceWorker.register('sw.js').catch(() => {}), 0);
  }, { once: true });

  window.coplanFiles = {
    acceptFiles() {
      accepting = true;
      later(() => waitingFiles.splice(0).forEach((args) => deliverFile(...args)));
    },
    keepArrivedFor(slot) {
      if (arrivedHandle) rememberHandle(slot, arrivedHandle);
      else { handles.delete(slot); openDb().then((d) => d.transaction('handles', 'readwrite').objectStore('handles').delete(slot)).catch(() => {}); }
      arrivedHandle = null;
    },
    canWriteBack,
    // Shows the file picker; the file chosen arrives to be opened, or to be merged into the open plan.
    pickFile(merge) {
      const how = merge ? ARRIVAL.merge : ARRIVAL.picker;
      if (!canWriteBack()) { pickWithInput(how); return; }
      window.showOpenFilePicker({ types: PLAN_TYPES, multiple: false })
        .then(([handle]) => handle.getFile().then((file) => readFile(file, how, handle)))
        .catch((error) => { if (!cancelledBy(error)) pickWithInput(how); });
    },
    linkPending: () => linkState === 'reading',
    forgetLink() {
      if (location.hash.startsWith(LINK_PREFIX)) history.replaceState(null, '', location.pathname + location.search);
      linkState = 'none';
    },
    saveFile(id, slot, name, bytes, askWhere) {
      save(slot, name, bytes, askWhere).then((r) => reply(id, true, false, r.name, '', r.downloaded),
        (error) => reply(id, false, cancelledBy(error), '', (error && error.message) || 'the browser refused'));
    },
    shareFile(id, slot, name, bytes, subject, body) {
      const file = new File([bytes], name, { type: 'application/json' });
      const byMail = () => {
        download(file, name);
        openMail(subject, body);
        reply(id, true, false, name, '', true);
      };
      if (navigator.canShare && navigator.canShare({ files: [file] })) {
        navigator.share({ files: [file], title: subject, text: body }).then(() => reply(id, true, false, 'shared', ''),
          (error) => (cancelledBy(error) ? reply(id, false, true, '', '') : byMail()));
        return;
      }
      byMail();
    },
    makeLink(id, bytes) {
      squeeze(bytes, CompressionStream).then((packed) =>
        reply(id, true, false, location.href.split('#')[0] + LINK_PREFIX + toBase64Url(packed), ''),
      (error) => reply(id, false, false, '', (error && error.message) || 'this browser cannot compress'));
    },
    copyText(text) {
      const fallback = () => {
        const area = document.createElement('textarea');
        area.value = text;
        area.className = 'visually-hidden';
        document.body.appendChild(area);
        area.select();
        document.execCommand('copy');
        area.remove();
        document.getElementById('canvas').focus();
      };
      if (navigator.clipboard) navigator.clipboard.writeText(text).catch(fallback);
      else fallback();
    },
    pageAddress: () => location.href.split('#')[0],
    openMail,
    setUnsaved(value) { unsaved = value; },
    persist(id) {
      const storage = navigator.storage;
      const asked = storage && storage.persist
        ? storage.persisted().then((already) => already || storage.persist()) : Promise.resolve(false);
      asked.catch(() => false).then((granted) => M()._coplan_persist_reply(id, granted ? 1 : 0));
    },

    // For the page and its tests: runs a File menu command and returns the keeper's state.
    command(what, argument) {
      const run = () => withStrings([what, argument || ''], (w, a) => {
        const ptr = M()._coplan_page_command(w, a);
        try { return M().UTF8ToString(ptr); } finally { M()._free(ptr); }
      });
      return window.coplanPage ? window.coplanPage.guarded(run)() : run();
    },
    state() {
      const text = this.command('state');
      return text === 'not ready' ? { state: 'starting' } : JSON.parse(text);  // the module is still starting
    },
    get unsaved() { return unsaved; },
  };

  readLink();
})();
