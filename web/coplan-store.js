// Where the browser keeps plans, for Coplan's module (src/platform/store_web.cpp): one IndexedDB
// object store of byte values ("kv"), written all or nothing and durably, and one of file
// handles ("handles") for the File System Access API. Also the helpers that copy strings and
// bytes into the module's memory (and free them again).
'use strict';
(function () {
  let db = null;
  let dbOpening = null;
  const writes = new Map();  // write id -> { puts, removes }
  const JOURNAL = 'coplan-unfinished';
  const JOURNAL_MOST = 4000000;  // characters; the browser gives localStorage about five million
  const page = Math.random().toString(36).slice(2);

  const M = () => window.Module;

  // Calls fn with the strings copied into the module's memory, then frees them.
  function withStrings(strings, fn) {
    const ptrs = strings.map((s) => {
      if (s === null || s === undefined) return 0;
      const size = M().lengthBytesUTF8(s) + 1;
      const ptr = M()._malloc(size);
      M().stringToUTF8(s, ptr, size);
      return ptr;
    });
    try { return fn(...ptrs); } finally { ptrs.forEach((p) => p && M()._free(p)); }
  }
  function withBytes(bytes, fn) {
    const ptr = M()._malloc(bytes.length + 1);
    M().HEAPU8.set(bytes, ptr);
    try { return fn(ptr, bytes.length); } finally { M()._free(ptr); }
  }
  const later = (fn) => Promise.resolve().then(fn);

  // ---- The store: one IndexedDB object store of byte values ("kv"), and file handles.
  function openDb() {
    if (db) return Promise.resolve(db);
    if (dbOpening) return dbOpening;
    dbOpening = new Promise((resolve, reject) => {
      if (!window.indexedDB) { reject(new Error('no-indexeddb')); return; }
      const request = indexedDB.open('coplan', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('kv');
        request.result.createObjectStore('handles');
      };
      request.onsuccess = () => {
        db = request.result;
        db.onversionchange = () => { db.close(); db = null; dbOpening = null; };
        try { finishJournal(db); } catch (e) { /* read as it is */ }
        resolve(db);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('another Coplan tab is updating the storage; close it and try again'));
    }).catch((error) => { dbOpening = null; throw error; });
    return dbOpening;
  }

  // A write made as the page goes away may be dropped with the page, so it is also written to
  // localStorage, which the browser keeps at once; the next visit finishes it before anything else.
  const bytesToText = (bytes) => {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return text;
  };
  const textToBytes = (text) => Uint8Array.from(text, (c) => c.charCodeAt(0));
  function journal(puts, removes) {
    try {
      const size = puts.reduce((sum, [key, bytes]) => sum + key.length + bytes.length, 0);
      if (size > JOURNAL_MOST) return;
      localStorage.setItem(JOURNAL, JSON.stringify({ page, puts: puts.map(([key, bytes]) => [key, bytesToText(bytes)]), removes }));
    } catch (e) { /* storage off or full: the write to the database still goes ahead */ }
  }
  function forgetJournal(ofThisPage) {
    try {
      const text = localStorage.getItem(JOURNAL);
      if (text && (!ofThisPage || JSON.parse(text).page === page)) localStorage.removeItem(JOURNAL);
    } catch (e) { /* nothing kept */ }
  }
  function finishJournal(d) {
    let unfinished = null;
    try { unfinished = JSON.parse(localStorage.getItem(JOURNAL) || 'null'); } catch (e) { forgetJournal(false); }
    if (!unfinished || unfinished.page === page) return;
    const tx = d.transaction('kv', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('kv');
    unfinished.puts.forEach(([key, text]) => store.put(textToBytes(text), key));
    unfinished.removes.forEach((key) => store.delete(key));
    tx.oncomplete = () => forgetJournal(false);
  }

  function problemOf(error) {
    const name = error && error.name;
    if (name === 'QuotaExceededError') return { full: true, text: 'the storage this browser gives Coplan is full' };
    if (!window.indexedDB || name === 'SecurityError' || (error && error.message === 'no-indexeddb')) {
      return { full: false, text: 'this browser does not let Coplan keep plans (storage may be turned off, or this is a private window)' };
    }
    return { full: false, text: 'the browser could not store it (' + ((error && (error.message || name)) || 'no reason given') + ')' };
  }

  function storeDone(id, problem) {
    withStrings([problem ? problem.text : ''], (text) =>
      M()._coplan_store_done(id, problem ? 0 : 1, problem && problem.full ? 1 : 0, text));
  }
  function deliverValue(id, key, value) {
    const bytes = value instanceof Uint8Array ? value : new TextEncoder().encode(String(value));
    withBytes(bytes, (ptr, length) => withStrings([key], (k) => M()._coplan_store_value(id, k, ptr, length)));
  }

  function runRead(id, keys, mode, collect) {
    openDb().then((d) => {
      const tx = d.transaction('kv', 'readonly');
      const found = [];
      collect(tx.objectStore('kv'), found);
      tx.oncomplete = () => { found.forEach(([k, v]) => deliverValue(id, k, v)); storeDone(id, null); };
      tx.onabort = () => storeDone(id, problemOf(tx.error));
    }).catch((error) => storeDone(id, problemOf(error)));
  }

  window.coplanModule = { M, withStrings, withBytes, later };

  const api = {
    openDb,
    onKept: null,  // told the key of each plan that was kept
    hiding: false,  // set while the page is being hidden or closed
    read(id, keys) {
      runRead(id, keys, 'readonly', (store, found) => keys.filter(Boolean).forEach((key) => {
        const request = store.get(key);
        request.onsuccess = () => { if (request.result !== undefined) found.push([key, request.result]); };
      }));
    },
    list(id, prefix) {
      runRead(id, [], 'readonly', (store, found) => {
        const request = store.getAllKeys(IDBKeyRange.bound(prefix, prefix + '\uffff'));
        request.onsuccess = () => request.result.forEach((key) => found.push([key, new Uint8Array(0)]));
      });
    },
    begin(id) { writes.set(id, { puts: [], removes: [] }); },
    put(id, key, bytes) { writes.get(id).puts.push([key, bytes]); },
    remove(id, key) { writes.get(id).removes.push(key); },
    commit(id) {
      const { puts, removes } = writes.get(id);
      writes.delete(id);
      const journaled = api.hiding;
      if (journaled) journal(puts, removes);
      // All or nothing: a put that fails aborts the whole write.
      const run = (d) => {
        let failure = null;
        const tx = d.transaction('kv', 'readwrite', { durability: 'strict' });
        tx.oncomplete = () => {
          if (journaled) forgetJournal(true);
          storeDone(id, null);
          const plan = puts.find(([key]) => key.startsWith('plan/'));
          if (plan && api.onKept) api.onKept(plan[0]);
        };
        tx.onabort = () => storeDone(id, problemOf(failure || tx.error));
        try {
          const store = tx.objectStore('kv');
          puts.forEach(([key, bytes]) => store.put(bytes, key));
          removes.forEach((key) => store.delete(key));
          // Committed now, not when this task ends: a tab being closed may not get that far.
          if (tx.commit) tx.commit();
        } catch (error) {
          failure = error;
          tx.abort();
        }
      };
      // With the database open the write starts now, even while the page is closing.
      if (db) { try { run(db); } catch (error) { later(() => storeDone(id, problemOf(error))); } return; }
      openDb().then(run).catch((error) => storeDone(id, problemOf(error)));
    },
  };
  window.coplanStore = api;
})();
