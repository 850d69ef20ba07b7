// The page around Coplan's module: loading and error messages, screen-reader announcements,
// and the small API the module and the tests use (window.coplan).
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('status');
  const statusText = document.getElementById('status-text');
  const announcer = document.getElementById('announcer');

  function showProblem(title, text, actionLabel, action) {
    status.hidden = false;
    status.classList.add('error');
    status.querySelector('h1').textContent = title;
    statusText.textContent = text;
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
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  window.coplanPage = {
    ready() {
      status.hidden = true;
      canvas.focus();
      window.coplan.ready = true;
    },
    announce(text) {
      announcer.textContent = '';
      setTimeout(() => { announcer.textContent = text; }, 30);
    },
  };

  // Calls into the module. Also what the browser tests drive.
  window.coplan = {
    ready: false,
    openText(text, name) {
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
    },
    planText() {
      const ptr = Module._coplan_plan_text();
      try {
        return Module.UTF8ToString(ptr);
      } finally {
        Module._free(ptr);
      }
    },
  };

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
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: () => showProblem('Coplan stopped', 'Something went wrong inside Coplan and it had to stop. ' +
      'Your plan is kept in this browser. Reload the page to carry on.', 'Reload Coplan', () => location.reload()),
  };
  const script = document.createElement('script');
  script.src = 'coplan.js';
  script.onerror = () => showProblem('Coplan could not load', 'A part of the page did not arrive. Check the connection and reload.',
    'Reload Coplan', () => location.reload());
  document.body.appendChild(script);
})();
