// The chat page works without this script: a question is a form post answered by a new page. With htmx the answer
// is appended in place; this script then empties the question field and moves focus to the new answer's heading,
// so keyboard and screen-reader users carry on from it. When the question was refused, focus goes back to the field
// (the reason is announced by its alert banner).
(function () {
  'use strict';
  var turnsBefore = 0;

  function turns() {
    return document.querySelectorAll('#turns > .turn');
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    if (event.detail.elt && event.detail.elt.id === 'ask-form') {
      turnsBefore = turns().length;
    }
  });

  // Settling events name the swapped target; the form that asked is in the request's configuration.
  function fromTheForm(event) {
    var config = event.detail.requestConfig;
    return config && config.elt && config.elt.id === 'ask-form';
  }

  document.addEventListener('htmx:afterSettle', function (event) {
    if (!fromTheForm(event)) {
      return;
    }
    var field = document.getElementById('question');
    var all = turns();
    if (all.length > turnsBefore) {
      var heading = all[all.length - 1].querySelector('.turn__answer > h3');
      if (field) {
        field.value = '';
      }
      if (heading) {
        heading.focus();
      }
    } else if (field) {
      field.focus();
    }
  });
})();
