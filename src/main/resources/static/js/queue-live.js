// Live updates for a point's display board and a ticket's page: both follow the point's event stream
// (GET /api/v1/service-points/{code}/board, events named "board" with the board's state as JSON). The board redraws
// itself from the state; a ticket page fetches its ticket again. Without this script the board reloads itself and the
// ticket page has a refresh link. The browser's EventSource reconnects by itself when a node goes away.
(function () {
  'use strict';

  function fill(template, n) {
    return (template || '{n}').replace('{n}', n);
  }

  function lineName(line) {
    return document.documentElement.lang === 'en' ? line.nameEn : line.nameVi;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // A short two-tone chime when a new number is called, if the screen allows sound (no autoplay is required).
  function chime() {
    try {
      var Context = window.AudioContext || window.webkitAudioContext;
      if (!Context) { return; }
      var audio = chime.context || (chime.context = new Context());
      [660, 880].forEach(function (frequency, i) {
        var tone = audio.createOscillator();
        var gain = audio.createGain();
        tone.frequency.value = frequency;
        gain.gain.value = 0.15;
        tone.connect(gain).connect(audio.destination);
        tone.start(audio.currentTime + i * 0.25);
        tone.stop(audio.currentTime + i * 0.25 + 0.2);
      });
    } catch (e) { /* no sound: the board still shows the call */ }
  }

  function call(board, c) {
    var p = el('p', 'board__call');
    p.appendChild(el('span', 'board__number', c.number));
    p.appendChild(document.createTextNode(' '));
    var arrow = el('span', 'board__arrow', '→');
    arrow.setAttribute('aria-hidden', 'true');
    p.appendChild(arrow);
    p.appendChild(document.createTextNode(' '));
    p.appendChild(el('span', 'board__counter', fill(board.dataset.counter, c.counter)));
    return p;
  }

  function drawBoard(board, state) {
    var now = board.querySelector('[data-now]');
    var key = state.calling ? state.calling.key : '';
    if (now.dataset.chimeKey !== key) {
      now.replaceChildren(state.calling ? call(board, state.calling) : el('p', 'board__none', board.dataset.none));
      if (key) { chime(); }
      now.dataset.chimeKey = key;
    }
    var recent = board.querySelector('[data-recent]');
    recent.replaceChildren.apply(recent, state.recent.map(function (c) {
      var li = el('li');
      li.appendChild(call(board, c));
      return li;
    }));
    var lines = board.querySelector('[data-lines]');
    lines.replaceChildren.apply(lines, state.lines.map(function (line) {
      var tr = el('tr');
      var th = el('th', null, line.code + ' · ' + lineName(line));
      th.scope = 'row';
      tr.appendChild(th);
      tr.appendChild(el('td', null, line.next.join(' ')));
      tr.appendChild(el('td', null, String(line.waiting)));
      tr.appendChild(el('td', null, fill(board.dataset.minutes, line.estimatedMinutes)));
      return tr;
    }));
    board.dataset.updated = state.at;
  }

  function drawTicket(page, ticket) {
    var field = function (name) { return page.querySelector('[data-field="' + name + '"]'); };
    var status = ticket.status.toLowerCase();
    field('status').textContent = page.dataset['status' + status.charAt(0).toUpperCase() + status.slice(1)] || ticket.status;
    field('before').textContent = String(ticket.ticketsBefore);
    field('estimate').textContent = fill(page.dataset.minutes, ticket.estimatedMinutes);
    field('counter').textContent = ticket.counter == null ? '–' : fill(page.dataset.counter, ticket.counter);
    page.dataset.status = ticket.status;
  }

  function follow(url, onState) {
    if (!window.EventSource) { return; }
    var source = new EventSource(url);
    source.addEventListener('board', function (event) {
      onState(JSON.parse(event.data));
    });
  }

  var board = document.querySelector('[data-board]');
  if (board) {
    board.dataset.live = 'true';
    follow(board.dataset.stream, function (state) { drawBoard(board, state); });
  }
  var page = document.querySelector('[data-ticket-page]');
  if (page) {
    follow(page.dataset.stream, function () {
      fetch(page.dataset.ticket, { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (ticket) { if (ticket) { drawTicket(page, ticket); } })
        .catch(function () { /* the next event tries again */ });
    });
  }
}());
