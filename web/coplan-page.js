// The page around Coplan's module: loading and error messages, screen-reader announcements,
// and the small API the module and the tests use (window.coplan).
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('status');
  const statusText = document.getElementById('status-text');

  function showProblem(title, text, actionLabel, action) {
    status.hidden = false;
    status.classList.add('error');
    status.querySelector('h1').textContent = title;
    statusText.textContent = text;
    status.querySelectorAll('button').forEach((b) => b.remove());
    if (actionLabel) {
      const button = document.createElement('button');
      button.textContent = actionLabel;
      button.addEventListener('click', action);
      status.appendChild(button);
      button.focus();
    }
  }

  function hasWebGL2() {
    try {
      // On the page's own canvas with the module's attributes: the module then gets this context
      // back instead of making a second one (each costs ~100 ms in software WebGL).
      // Sized first, so the drawing buffer is made once at the size the module keeps.
      canvas.width = Math.max(1, Math.round(canvas.clientWidth * ratio()));
      canvas.height = Math.max(1, Math.round(canvas.clientHeight * ratio()));
      return !!canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false });
    } catch (e) {
      return false;
    }
  }

  // The module stopped: it aborted (out of memory, a failed check) or trapped (a RuntimeError from
  // WebAssembly, such as "unreachable" or "memory access out of bounds"), wherever it was called
  // from: a frame, a file arriving, the store's reply, the page's own calls. It cannot go on, so
  // the page says so and offers to reload; the plans kept in this browser are safe (see keeper.h).
  let stopped = false;
  const stoppedBy = (error) => !!error && (error instanceof WebAssembly.RuntimeError ||
    (error instanceof Error && /^Aborted\(|out of memory/i.test(error.message)));
  function moduleStopped() {
    if (stopped) return;
    stopped = true;
    if (window.coplan) window.coplan.ready = false;
    if (overlay) overlay.remove();
    showProblem('Coplan stopped', 'Something went wrong inside Coplan and it had to stop. ' +
      'Your plans are kept in this browser. Reload the page to carry on.', 'Reload Coplan', () => location.reload());
  }
  window.addEventListener('error', (event) => { if (stoppedBy(event.error)) moduleStopped(); });
  window.addEventListener('unhandledrejection', (event) => { if (stoppedBy(event.reason)) moduleStopped(); });
  // Calls into the module from the page and its tests: a stop there is reported the same way.
  const guarded = (fn) => function (...args) {
    try {
      return fn.apply(this, args);
    } catch (error) {
      if (stoppedBy(error)) moduleStopped();
      throw error;
    }
  };

  // The text overlay: a real HTML field over the control being edited (see text_overlay.h).
  // Keys typed into it must not reach the module's keyboard handling, which listens on window.
  let overlay = null;
  const ratio = () => window.devicePixelRatio || 1;
  function reportOverlay(value, state) {
    const length = Module.lengthBytesUTF8(value) + 1;
    const ptr = Module._malloc(length);
    Module.stringToUTF8(value, ptr, length);
    Module._coplan_overlay_report(ptr, state);
    Module._free(ptr);
  }
  function finishOverlay(state) {
    if (!overlay) return;
    const field = overlay;
    overlay = null;
    reportOverlay(field.value, state);
    field.remove();
    canvas.focus();
  }
  function placeOverlay(x, y, w, h, font) {
    if (!overlay) return;
    const r = ratio();
    Object.assign(overlay.style, { left: `${x / r}px`, top: `${y / r}px`, width: `${w / r}px`,
      height: `${h / r}px`, fontSize: `${font / r}px` });
  }
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (event) => {
      if (!overlay || event.target !== overlay) return;
      event.stopImmediatePropagation();
      if (type !== 'keydown') return;
      const multiline = overlay.tagName === 'TEXTAREA';
      if (event.key === 'Escape') { event.preventDefault(); finishOverlay(3); }
      else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) { event.preventDefault(); finishOverlay(2); }
      else if (event.key === 'Tab') { event.preventDefault(); finishOverlay(2); }
    }, true);
  }

  // A press on the canvas keeps the mouse until it is let go, even beyond the canvas or the window:
  // GLFW listens for the release on the canvas only, so a drag let go outside stayed live. Should
  // the page miss the release all the same (the window lost focus mid-drag), it is let go for GLFW.
  const buttonsDown = new Set();
  let lastMouse = { clientX: 0, clientY: 0 };
  canvas.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse') return;
    buttonsDown.add(event.button);
    try { canvas.setPointerCapture(event.pointerId); } catch (e) { /* the pointer is gone already */ }
  }, true);
  window.addEventListener('pointermove', (event) => { lastMouse = { clientX: event.clientX, clientY: event.clientY }; }, true);
  window.addEventListener('pointerup', (event) => { buttonsDown.delete(event.button); }, true);
  window.addEventListener('blur', (event) => {
    if (event.target !== window) return;  // a field of the page lost the focus, not the window
    for (const button of buttonsDown)
      canvas.dispatchEvent(new MouseEvent('mouseup', { button, clientX: lastMouse.clientX, clientY: lastMouse.clientY }));
    buttonsDown.clear();
  }, true);

  // For side-by-side benchmarks with other canvas tools (?bench=N loads a generated plan).
  window.coplanBench = {
    count: () => Module._coplan_bench_count(),
    panBy: (dx, dy) => Module._coplan_pan_by(dx * (window.devicePixelRatio || 1), dy * (window.devicePixelRatio || 1)),
    zoomTo: (scale) => Module._coplan_bench_zoom(scale),
    zoomToFit: () => Module._coplan_bench_fit(),
    moduleStarted: 0,   // performance.now() when the module started running
    firstPaint: 0,      // performance.now() when the first frame was drawn
  };

  window.coplanPage = {
    openOverlay(value, label, x, y, w, h, font, multiline) {
      if (overlay) finishOverlay(2);
      const field = document.createElement(multiline ? 'textarea' : 'input');
      field.className = 'text-overlay';
      field.value = value;
      field.setAttribute('aria-label', label);
      field.addEventListener('input', () => { if (overlay === field) reportOverlay(field.value, 1); });
      field.addEventListener('blur', () => { if (overlay === field) finishOverlay(2); });
      overlay = field;
      document.querySelector('main').appendChild(field);
      placeOverlay(x, y, w, h, font);
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    },
    placeOverlay,
    closeOverlay() {
      if (!overlay) return;
      const field = overlay;
      overlay = null;
      field.remove();
      canvas.focus();
    },
    ready() {
      window.coplanBench.firstPaint = performance.now();
      status.hidden = true;
      canvas.focus();
      window.coplan.ready = true;
      window.dispatchEvent(new Event('coplanready'));
    },
    guarded,  // for the other scripts' calls into the module
    // Said in the outline's status line, which is also on screen when the outline shows.
    announce(text) { window.coplanOutline.say(text, false); },
  };

  // Calls into the module. Also what the browser tests drive.
  window.coplan = {
    ready: false,
    openText: guarded((text, name) => {
      const length = Module.lengthBytesUTF8(text);
      const textPtr = Module._malloc(length + 1);
      Module.stringToUTF8(text, textPtr, length + 1);
      const nameLength = Module.lengthBytesUTF8(name) + 1;
      const namePtr = Module._malloc(nameLength);
      Module.stringToUTF8(name, namePtr, nameLength);
      try {
        return Module._coplan_open_text(textPtr, length, namePtr) === 1;
      } finally {
        Module._free(textPtr);
        Module._free(namePtr);
      }
    }),
    // Where lanes, cards, text fields and the toolbar's buttons are on screen, in CSS pixels (tests
    // use it to aim the mouse), whether text is typed and whether a menu is open.
    canvasGeometry: guarded(() => {
      const ptr = Module._coplan_canvas_geometry();
      try {
        const all = JSON.parse(Module.UTF8ToString(ptr));
        const g = all.canvas;
        const r = window.devicePixelRatio || 1;
        const css = (b) => b.map((v) => v / r);
        const each = (o) => Object.fromEntries(Object.entries(o).map(([k, b]) => [k, css(b)]));
        return { lanes: g.lanes.map(css), cards: each(g.cards), keyboard: g.keyboard, focused: g.focused,
          places: each(all.places), typing: all.typing, popup: all.popup };
      } finally {
        Module._free(ptr);
      }
    }),
    canvasHasKeyboard() { return window.coplan.canvasGeometry().keyboard; },
    planText: guarded(() => {
      const ptr = Module._coplan_plan_text();
      try {
        return Module.UTF8ToString(ptr);
      } finally {
        Module._free(ptr);
      }
    }),
  };

  // Copy, cut and paste with the canvas focused: the page's clipboard events carry the text, so
  // cards move as text between tabs, plans and other programs. Text fields keep their own.
  const canvasHasFocus = () => window.coplan.ready && !overlay &&
    (document.activeElement === canvas || document.activeElement === document.body);
  function copySelection(event) {
    if (!canvasHasFocus()) return;
    const ptr = Module._coplan_copy_text();
    const text = Module.UTF8ToString(ptr);
    Module._free(ptr);
    if (!text) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  }
  document.addEventListener('copy', copySelection);
  document.addEventListener('cut', copySelection);  // the app deletes the cards on Ctrl+X itself
  document.addEventListener('paste', (event) => {
    if (!canvasHasFocus()) return;
    const text = event.clipboardData.getData('text/plain');
    const length = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(length);
    Module.stringToUTF8(text, ptr, length);
    Module._coplan_page_pasted(ptr);
    Module._free(ptr);
    event.preventDefault();
  });

  // Pinch to zoom. A touchpad pinch arrives as a wheel event with ctrlKey set (and no Ctrl key
  // held), in small steps; a touch screen pinch as two touches. Both zoom around the fingers.
  const zoomAt = (factor, clientX, clientY) => {
    const box = canvas.getBoundingClientRect();
    Module._coplan_zoom_at(factor, (clientX - box.left) * ratio(), (clientY - box.top) * ratio());
  };
  canvas.addEventListener('wheel', (event) => {
    if (!event.ctrlKey || !window.coplan.ready) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const pixels = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaY;
    zoomAt(Math.exp(-Math.max(-300, Math.min(300, pixels)) * 0.0014), event.clientX, event.clientY);
  }, { capture: true, passive: false });
  let pinch = null;  // the two touches' last distance and midpoint
  const twoTouches = (event) => {
    const [a, b] = [event.touches[0], event.touches[1]];
    return { distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
      x: (a.clientX + b.clientX) / 2, y: (a.clientY + b.clientY) / 2 };
  };
  for (const type of ['touchstart', 'touchmove']) {
    canvas.addEventListener(type, (event) => {
      if (event.touches.length < 2 || !window.coplan.ready) { pinch = null; return; }
      event.preventDefault();
      event.stopImmediatePropagation();
      const now = twoTouches(event);
      if (pinch && pinch.distance > 0) {
        zoomAt(now.distance / pinch.distance, now.x, now.y);
        Module._coplan_pan_by((pinch.x - now.x) * ratio(), (pinch.y - now.y) * ratio());
      }
      pinch = now;
    }, { capture: true, passive: false });
  }

  if (!hasWebGL2()) {
    showProblem('Coplan cannot start here',
      'This browser or computer cannot draw with WebGL 2, which Coplan needs. ' +
      'Please try an up-to-date Firefox, Chrome, Edge or Safari, or ask your IT team to turn on graphics acceleration.');
    return;
  }

  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    showProblem('The drawing stopped',
      'The graphics system stopped working for this page (this can happen when a computer is short of memory or wakes from sleep). ' +
      'Your plan is kept in this browser. Reload the page to carry on.', 'Reload Coplan', () => location.reload());
  });

  window.Module = {
    canvas,
    preRun: [() => { window.coplanBench.moduleStarted = performance.now(); }],
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: moduleStopped,
  };
  const script = document.createElement('script');
  script.src = 'coplan.js';
  script.onerror = () => showProblem('Coplan could not load', 'A part of the page did not arrive. Check the connection and reload.',
    'Reload Coplan', () => location.reload());
  document.body.appendChild(script);
})();
