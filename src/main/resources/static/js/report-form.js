// Progressive enhancement of the report form: only the chosen category's extra questions are shown, and only they
// are sent (the other groups are disabled). Without JavaScript every group is shown under its category's name and
// the server keeps the chosen category's answers only.
(function () {
  var select = document.getElementById('categoryCode');
  var groups = document.querySelectorAll('fieldset[data-category]');
  var all = document.getElementById('questions');
  if (!select || !groups.length) { return; }

  function showChosen() {
    var any = false;
    groups.forEach(function (group) {
      var chosen = group.dataset.category === select.value;
      group.hidden = !chosen;
      group.disabled = !chosen;
      any = any || chosen;
    });
    if (all) { all.hidden = !any; }
  }

  select.addEventListener('change', showChosen);
  showChosen();
})();
