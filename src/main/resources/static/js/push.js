// Progressive enhancement: lets this browser receive Web Push. The settings form works without it.
(function () {
  var box = document.getElementById('push-control');
  if (!box) { return; }
  var status = document.getElementById('push-status');
  if (!('serviceWorker' in navigator) || !('PushManager' in window)) {
    box.hidden = false;
    document.getElementById('push-enable').hidden = true;
    status.textContent = status.dataset.unsupported;
    return;
  }
  box.hidden = false;
  function keyBytes(base64url) {
    var text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((base64url.length + 3) % 4));
    return Uint8Array.from(text, function (c) { return c.charCodeAt(0); });
  }
  document.getElementById('push-enable').addEventListener('click', function () {
    navigator.serviceWorker.register('/sw.js')
      .then(function (registration) {
        return registration.pushManager.subscribe({userVisibleOnly: true, applicationServerKey: keyBytes(box.dataset.key)});
      })
      .then(function (subscription) {
        var headers = {'Content-Type': 'application/json'};
        headers[box.dataset.csrfHeader] = box.dataset.csrf;
        return fetch('/inbox/push-subscriptions', {method: 'POST', headers: headers, credentials: 'same-origin',
          body: JSON.stringify(subscription.toJSON())});
      })
      .then(function (response) {
        status.textContent = response.ok ? status.dataset.done : status.dataset.denied;
      })
      .catch(function () { status.textContent = status.dataset.denied; });
  });
})();
