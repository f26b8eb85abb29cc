/*
 * The flow grid (templates/flows/grid.html), keyboard first: Tab moves to the next cell, Enter to the
 * same column of the next row, Escape cancels the row's edit; a new empty row is always there at the end.
 * Each row is saved when the focus leaves it (POST with the CSRF header); the server answers the row as
 * saved, or its errors by field, shown under the cells. Beside the label, the engine's reading of the row.
 */
(function () {
  'use strict';

  var grid = document.getElementById('flow-grid');
  if (!grid) {
    return;
  }
  var body = grid.tBodies[0];
  var data = grid.dataset;
  var dialog = document.getElementById('confirm-delete');
  var wasteList = document.getElementById('ewc-options');
  var english = document.documentElement.lang === 'en';
  var READ_WHEN = ['label', 'ewc', 'category', 'temperature'];
  var blank = body.rows[body.rows.length - 1].cloneNode(true);
  var uid = 0;

  function controls(row) {
    return Array.prototype.slice.call(row.querySelectorAll('input, select'));
  }

  function valuesOf(row) {
    var values = {};
    controls(row).forEach(function (c) { values[c.name] = c.value; });
    return values;
  }

  function differs(a, b) {
    return Object.keys(a).some(function (k) { return a[k] !== b[k]; });
  }

  function dirty(row) {
    return differs(valuesOf(row), row.savedValues);
  }

  function headers(extra) {
    var h = { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' };
    h[data.csrfHeader] = data.csrf;
    return Object.assign(h, extra || {});
  }

  function status(row, text, failed) {
    var s = row.querySelector('.row-status');
    s.textContent = text;
    s.classList.toggle('error', !!failed);
  }

  function clearErrors(row) {
    row.querySelectorAll('.cell-error').forEach(function (e) { e.remove(); });
    controls(row).forEach(function (c) {
      c.removeAttribute('aria-invalid');
      c.removeAttribute('aria-describedby');
    });
    row.classList.remove('has-error');
  }

  function showErrors(row, errors) {
    clearErrors(row);
    row.classList.add('has-error');
    var rest = [];
    errors.forEach(function (e) {
      var control = row.querySelector('[name="' + e.field + '"]');
      if (!control) {
        rest.push(e.message);
        return;
      }
      var message = document.createElement('span');
      message.className = 'cell-error';
      message.id = 'cell-error-' + (++uid);
      message.textContent = e.message;
      control.parentNode.appendChild(message);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', message.id);
    });
    status(row, rest.length ? rest.join(' ') : data.failed, true);
  }

  function isLast(row) {
    return row === body.rows[body.rows.length - 1];
  }

  /** Keeps one empty row at the end, ready to type into. */
  function keepEmptyRowAtEnd() {
    var last = body.rows[body.rows.length - 1];
    if (last.dataset.id || dirty(last)) {
      var row = blank.cloneNode(true);
      body.appendChild(row);
      row.savedValues = valuesOf(row);
    }
  }

  function save(row) {
    if (!dirty(row)) {
      return;
    }
    if (row.saving) {
      row.saveAgain = true;
      return;
    }
    var sent = valuesOf(row);
    var form = new URLSearchParams(sent);
    form.set('version', row.dataset.version || '');
    var url = row.dataset.id ? data.saveUrl + '/' + row.dataset.id : data.saveUrl;
    row.saving = true;
    status(row, data.saving, false);
    fetch(url, { method: 'POST', headers: headers(), body: form, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
      })
      .then(function (result) {
        if (result.ok) {
          saved(row, sent, result.answer);
        } else {
          showErrors(row, result.answer.errors || []);
        }
      })
      .catch(function () { status(row, data.unsaved, true); })
      .then(function () {
        row.saving = false;
        if (row.saveAgain) {
          row.saveAgain = false;
          if (!row.contains(document.activeElement)) {
            save(row);
          }
        }
      });
  }

  function saved(row, sent, answer) {
    row.dataset.id = answer.id;
    row.dataset.version = answer.version;
    row.dataset.deleteUrl = data.saveUrl + '/' + answer.id + '/delete';
    row.savedValues = sent;
    row.querySelector('.delete-row').hidden = false;
    clearErrors(row);
    showReading(row, answer);
    status(row, data.saved, false);
    refreshHistory();
    keepEmptyRowAtEnd();
  }

  function revert(row) {
    var values = row.savedValues;
    controls(row).forEach(function (c) { c.value = values[c.name]; });
    clearErrors(row);
    status(row, '', false);
    askReading(row, 0);
  }

  function showReading(row, reading) {
    var output = row.querySelector('.reading');
    output.textContent = reading.reading !== undefined ? reading.reading : reading.text;
    output.classList.toggle('unrecognised', !reading.recognised && output.textContent !== '');
  }

  function askReading(row, delay) {
    clearTimeout(row.readingTimer);
    row.readingTimer = setTimeout(function () {
      var v = valuesOf(row);
      var query = new URLSearchParams({
        label: v.label, ewc: v.ewc, category: v.category, temperature: v.temperature
      });
      fetch(data.readingUrl + '?' + query, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (reading) {
          if (reading) {
            showReading(row, reading);
          }
        })
        .catch(function () { /* the reading is a help: the row is typed and saved without it */ });
    }, delay);
  }

  var wasteTimer;
  function suggestWaste(text) {
    clearTimeout(wasteTimer);
    if (text.trim().length < 2) {
      return;
    }
    wasteTimer = setTimeout(function () {
      fetch(data.wasteUrl + '?' + new URLSearchParams({ q: text, limit: '12' }), { headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (entries) {
          wasteList.textContent = '';
          entries.forEach(function (w) {
            var option = document.createElement('option');
            option.value = w.display;
            option.label = w.display + ' ' + (english ? w.labelEn : w.labelFr);
            wasteList.appendChild(option);
          });
        })
        .catch(function () { /* no suggestions: the code can still be typed */ });
    }, 250);
  }

  function refreshHistory() {
    fetch(data.historyUrl, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var history = document.getElementById('history');
        if (html && history) {
          var holder = document.createElement('div');
          holder.innerHTML = html;
          var fresh = holder.querySelector('#history');
          if (fresh) {
            history.replaceWith(fresh);
          }
        }
      })
      .catch(function () { /* the history shows on the next load */ });
  }

  function moveDown(control) {
    var row = control.closest('tr');
    var column = Array.prototype.indexOf.call(row.cells, control.closest('td'));
    if (isLast(row)) {
      if (!dirty(row) && !row.dataset.id) {
        return;
      }
      keepEmptyRowAtEnd();
    }
    var next = row.nextElementSibling;
    var target = next && next.cells[column].querySelector('input, select');
    if (target) {
      target.focus();
      if (target.select) {
        target.select();
      }
    }
  }

  // ---- deleting, with an accessible confirmation

  var deleting = null;

  function askDelete(row) {
    deleting = row;
    var text = dialog.querySelector('#confirm-delete-text');
    text.textContent = text.dataset.template.replace('{0}', row.savedValues.label);
    dialog.showModal();
    dialog.querySelector('.confirm-no').focus();
  }

  function closeDialog() {
    var row = deleting;
    deleting = null;
    if (dialog.open) {
      dialog.close();
    }
    if (row && row.isConnected) {
      row.querySelector('.delete-row').focus();
    }
  }

  function confirmDelete() {
    var row = deleting;
    deleting = null;
    dialog.close();
    var form = new URLSearchParams({ version: row.dataset.version || '' });
    fetch(row.dataset.deleteUrl, { method: 'POST', headers: headers(), body: form, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
      })
      .then(function (result) {
        if (!result.ok) {
          showErrors(row, result.answer.errors || []);
          return;
        }
        var next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        refreshHistory();
        if (next) {
          next.querySelector('input').focus();
        }
      })
      .catch(function () { status(row, data.unsaved, true); });
  }

  // ---- wiring

  Array.prototype.forEach.call(body.rows, function (row) { row.savedValues = valuesOf(row); });

  body.addEventListener('keydown', function (event) {
    var control = event.target;
    if (!control.matches('input, select')) {
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      moveDown(control);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      revert(control.closest('tr'));
    }
  });

  body.addEventListener('focusout', function (event) {
    var row = event.target.closest('tr');
    if (row && !(event.relatedTarget && row.contains(event.relatedTarget))) {
      save(row);
    }
  });

  function edited(event) {
    var control = event.target;
    var row = control.closest('tr');
    if (!row || !control.name) {
      return;
    }
    if (isLast(row)) {
      keepEmptyRowAtEnd();
    }
    if (READ_WHEN.indexOf(control.name) >= 0) {
      askReading(row, 300);
    }
    if (control.name === 'ewc' && event.type === 'input') {
      suggestWaste(control.value);
    }
  }
  body.addEventListener('input', edited);
  body.addEventListener('change', edited);

  body.addEventListener('click', function (event) {
    var button = event.target.closest('.delete-row');
    if (button) {
      askDelete(button.closest('tr'));
    }
  });

  dialog.querySelector('.confirm-yes').addEventListener('click', confirmDelete);
  dialog.querySelector('.confirm-no').addEventListener('click', closeDialog);
  dialog.addEventListener('cancel', function (event) {
    event.preventDefault();
    closeDialog();
  });
})();
