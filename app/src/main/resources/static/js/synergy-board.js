/*
 * The synergy board (templates/synergies/board.html): a card dragged to another column submits the
 * same move as its buttons (POST, then the board again); the server applies the synergy's life cycle
 * and refuses an illegal move with its reason. Dropped on "abandonnée", the card opens its reason field
 * instead. After a move the board comes back with the moved card focused (data-focus), so that a
 * keyboard user goes on from where they were.
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
  if (!board || !dropForm) {
    return;
  }
  var dragged = null;

  function cardOf(node) {
    return node && node.closest ? node.closest('.synergy-card') : null;
  }

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
      dropForm.submit();
    });
  });
})();
