// Where the browser keeps plans, for Coplan's module (src/platform/store_web.cpp): one IndexedDB
// object store of byte values ("kv"), written all or nothing and durably, and one of file
// handles ("handles") for the File System Access API. Also the helpers that copy strings and
// bytes into the module's memory (and free them again).
'use strict';
(function () {
  let db = null;
  let dbOpening = null;
  const writes = new Map();  // write id -> { puts, removes }

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
        resolve(db);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('another Coplan tab is updating the storage; close it and try again'));
    }).catch((error) => { dbOpening = null; throw error; });
    return dbOpening;
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
      // All or nothing: a put that fails aborts the whole write.
      const run = (d) => {
        let failure = null;
        const tx = d.transaction('kv', 'readwrite', { durability: 'strict' });
        tx.oncomplete = () => {
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
