// Imports page: while a file is read or an import saved, polls its progress and reloads the page
// (which then shows the preview, the errors or the summary) once the work is done.
(function () {
  var section = document.getElementById('import-progress');
  if (!section) {
    return;
  }
  var bar = document.getElementById('import-bar');
  var stage = document.getElementById('import-stage');
  var url = section.getAttribute('data-progress-url');
  var page = section.getAttribute('data-page-url');

  function show(progress) {
    var name = section.getAttribute('data-stage-' + progress.stage);
    if (progress.total > 0) {
      bar.max = progress.total;
      bar.value = Math.min(progress.done, progress.total);
    } else {
      bar.removeAttribute('value');
    }
    stage.textContent = (name || '') + (progress.total > 0
      ? ' — ' + Math.floor(100 * progress.done / progress.total) + ' %'
      : '');
  }

  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('progress ' + response.status);
        }
        return response.json();
      })
      .then(function (progress) {
        if (progress.state === 'READING' || progress.state === 'APPLYING') {
          show(progress);
          window.setTimeout(poll, 500);
        } else {
          window.location.assign(page);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 2000);
      });
  }

  poll();
}());
