// The agent console works without this script: "Refresh" reloads the page. With it, the page listens to the server's
// event stream and, whenever the queue or the call-backs change (on any node), swaps in the queue region again with
// htmx and says so politely to screen readers. A region the agent is typing in is not swapped under their hands: the
// swap waits until focus leaves it.
(function () {
  'use strict';
  var region = document.getElementById('hotline-queue');
  var status = document.getElementById('hotline-queue-status');
  if (!region || !window.EventSource) {
    return;
  }
  var pending = false;

  function typing() {
    var active = document.activeElement;
    return active && region.contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName);
  }

  function announce() {
    var content = region.querySelector('[data-announce]');
    if (status && content) {
      status.textContent = content.getAttribute('data-announce');
    }
  }

  function reload() {
    if (!window.htmx) {
      return;
    }
    if (typing()) {
      pending = true;
      return;
    }
    pending = false;
    window.htmx.ajax('GET', region.getAttribute('data-refresh'), { target: '#hotline-queue', swap: 'innerHTML' })
      .then(announce);
  }

  region.addEventListener('focusout', function () {
    // Focus moves after focusout: look once it has settled.
    window.setTimeout(function () {
      if (pending && !typing()) {
        reload();
      }
    }, 0);
  });

  var events = new EventSource(region.getAttribute('data-events'));
  events.addEventListener('queue', reload);
  window.addEventListener('pagehide', function () {
    events.close();
  });
})();
