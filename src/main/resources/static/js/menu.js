// Progressive enhancement of the page header: on a phone the menu folds behind a "Menu" button. Without
// JavaScript (or on a wide screen) the menu is simply open.
(function () {
  document.documentElement.classList.add('js');
  var toggle = document.querySelector('.menu-toggle');
  var nav = document.getElementById('main-nav');
  if (!toggle || !nav) { return; }
  toggle.hidden = false;
  function set(open) {
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    nav.setAttribute('data-collapsed', open ? 'false' : 'true');
  }
  set(false);
  toggle.addEventListener('click', function () { set(toggle.getAttribute('aria-expanded') !== 'true'); });
  // The error summary takes the focus so a screen reader announces it first (GOV.UK pattern).
  var summary = document.querySelector('[data-autofocus]');
  if (summary) { summary.focus(); }
})();
