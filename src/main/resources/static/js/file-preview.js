// Progressive enhancement of file inputs marked data-preview: shows each chosen picture (or the file's name) under
// the input before sending, and, on submit, disables the form's buttons and shows upload progress so nobody sends
// twice. Without JavaScript the input and the form work as they are.
(function () {
  document.querySelectorAll('input[type=file][data-preview]').forEach(function (input) {
    var list = document.getElementById(input.id + '-previews');
    if (!list) { return; }
    input.addEventListener('change', function () {
      list.querySelectorAll('img').forEach(function (img) { URL.revokeObjectURL(img.src); });
      list.textContent = '';
      Array.prototype.forEach.call(input.files, function (file) {
        var item = document.createElement('li');
        if (/^image\/(jpeg|png|webp|gif)$/.test(file.type)) {
          var img = document.createElement('img');
          img.src = URL.createObjectURL(file);
          img.alt = (input.dataset.chosenWord || '') + ' ' + file.name;
          item.appendChild(img);
        }
        var name = document.createElement('span');
        name.textContent = file.name + ' (' + Math.max(1, Math.round(file.size / 1024)) + ' KB)';
        item.appendChild(name);
        list.appendChild(item);
      });
    });
  });
  // A browser's own form post reports no upload progress, so the form shows an indeterminate bar with a status
  // line and disables its buttons (after the submission has read them) until the next page arrives.
  document.querySelectorAll('form[data-upload-progress]').forEach(function (form) {
    var status = null;
    form.addEventListener('submit', function () {
      var buttons = form.querySelectorAll('button[type=submit]');
      setTimeout(function () { buttons.forEach(function (b) { b.disabled = true; }); }, 0);
      if (!status) {
        status = document.createElement('p');
        status.setAttribute('role', 'status');
        var bar = document.createElement('progress');
        bar.className = 'upload-progress';
        bar.setAttribute('aria-hidden', 'true');
        status.appendChild(document.createTextNode(form.dataset.uploadProgress + ' '));
        status.appendChild(bar);
        form.appendChild(status);
      }
    });
    // Back from the next page (bfcache): the form is usable again.
    window.addEventListener('pageshow', function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = false; });
      if (status) { status.remove(); status = null; }
    });
  });
})();
