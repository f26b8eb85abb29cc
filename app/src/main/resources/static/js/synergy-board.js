/*
 * The synergy board (templates/synergies/board.html). A card's move buttons are plain forms that htmx
 * posts (hx-post): the answer swaps in place the column the card left and the one it entered, with their
 * counts (templates/synergies/moved.html), and a refusal shows next to the card. A card dragged to another
 * column posts the same move with htmx; dropped on "abandonnée", the card opens its reason field instead.
 * After a move, focus goes back to the moved card (the answer's "synergy-moved" event) and the board's
 * polite live region says what happened. Without this script (or htmx) the forms post and the board comes
 * back with the moved card focused (data-focus), so that a keyboard user goes on from where they were.
 */
(function () {
  'use strict';

  var focused = document.querySelector('[data-focus]');
  if (focused) {
    var moved = document.getElementById(focused.getAttribute('data-focus'));
    if (moved) {
      moved.focus();
    }
  }

  var board = document.querySelector('.synergy-board');
  var dropForm = document.getElementById('synergy-drop');
  if (!board || !dropForm || !window.htmx) {
    return;
  }
  // The Content-Security-Policy forbids inline styles and code: htmx adds neither.
  htmx.config.includeIndicatorStyles = false;
  htmx.config.allowEval = false;
  htmx.config.allowScriptTags = false;

  var dragged = null;

  function cardOf(node) {
    return node && node.closest ? node.closest('.synergy-card') : null;
  }

  // Each move names the column its card leaves, so that the answer swaps that column and the new one.
  document.body.addEventListener('htmx:configRequest', function (event) {
    var card = cardOf(event.detail.elt);
    if (card && !event.detail.parameters.from) {
      event.detail.parameters.from = card.getAttribute('data-status');
    }
  });

  document.body.addEventListener('synergy-moved', function (event) {
    var card = document.getElementById(event.detail.value);
    if (card) {
      card.focus();
    }
  });

  // A move htmx could not make (session ended, network): the form goes the plain way, and says why.
  function fallBack(event) {
    var form = event.detail.elt;
    if (form && form.tagName === 'FORM' && form.isConnected) {
      form.submit();
    } else {
      window.location.reload();
    }
  }
  document.body.addEventListener('htmx:responseError', fallBack);
  document.body.addEventListener('htmx:sendError', fallBack);

  function clearTargets() {
    board.querySelectorAll('.drop-target').forEach(function (column) {
      column.classList.remove('drop-target');
    });
  }

  board.addEventListener('dragstart', function (event) {
    var card = cardOf(event.target);
    if (!card) {
      return;
    }
    dragged = card;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.id);
    card.classList.add('dragging');
  });

  board.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('dragging');
    }
    dragged = null;
    clearTargets();
  });

  board.querySelectorAll('.synergy-column').forEach(function (column) {
    column.addEventListener('dragover', function (event) {
      if (dragged) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        column.classList.add('drop-target');
      }
    });
    column.addEventListener('dragleave', function (event) {
      if (!column.contains(event.relatedTarget)) {
        column.classList.remove('drop-target');
      }
    });
    column.addEventListener('drop', function (event) {
      event.preventDefault();
      clearTargets();
      var card = dragged || document.getElementById(event.dataTransfer.getData('text/plain'));
      var target = column.getAttribute('data-status');
      if (!card || target === card.getAttribute('data-status')) {
        return;
      }
      if (target === 'ABANDONED') {
        var abandon = card.querySelector('details.synergy-abandon');
        if (abandon) {
          abandon.open = true;
          abandon.querySelector('input[name=reason]').focus();
          return;
        }
      }
      dropForm.action = card.getAttribute('data-move-url');
      dropForm.elements.status.value = target;
      dropForm.elements.version.value = card.getAttribute('data-version');
      dropForm.elements.from.value = card.getAttribute('data-status');
      htmx.ajax('POST', dropForm.action, {source: dropForm, swap: 'none'});
    });
  });
})();
