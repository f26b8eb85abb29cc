// Opportunities page: while the engine runs for the initiative, polls the run's progress and reloads the
// page (which then shows the proposals) once it has ended.
(function () {
  var section = document.getElementById('opportunity-run');
  if (!section) {
    return;
  }
  var bar = document.getElementById('opportunity-bar');
  var stage = document.getElementById('opportunity-stage');
  var url = section.getAttribute('data-progress-url');

  function show(progress) {
    var name = section.getAttribute('data-stage-' + String(progress.stage).replace(/ /g, '-'));
    if (progress.total > 0) {
      bar.max = progress.total;
      bar.value = Math.min(progress.done, progress.total);
    } else {
      bar.removeAttribute('value');
    }
    stage.textContent = (name || section.getAttribute('data-stage-queued')) + (progress.total > 0
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
        if (progress.state === 'QUEUED' || progress.state === 'RUNNING') {
          show(progress);
          window.setTimeout(poll, 400);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        window.setTimeout(poll, 2000);
      });
  }

  poll();
}());
