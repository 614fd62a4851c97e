// Service worker of the installed web app: shows OpenCity's Web Push notifications and opens their page on click.
self.addEventListener('push', function (event) {
  var data = event.data ? event.data.json() : {title: 'OpenCity', body: ''};
  event.waitUntil(self.registration.showNotification(data.title, {body: data.body, data: {url: data.url},
    icon: '/favicon.ico', lang: 'vi'}));
});
self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  event.waitUntil(clients.openWindow(event.notification.data && event.notification.data.url || '/inbox'));
});
