// A page that calls the Enswitch API with fetch while MSW's service worker stands in for the
// server, as a front-end team develops a signup form before it has one.
import { setupWorker } from 'msw/browser';
import { ready } from 'formmirror';
import { handlers } from 'formmirror/msw';

await ready();
const worker = setupWorker(...handlers({ firstId: 1, options: { credentials: 'backend', passwordPolicy: { minLength: 10 } } }));
await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });

// A form POST, as a signup page sends it: a password never goes in a URL.
const post = (fields) => fetch('/api/json/people/create/', { method: 'POST', body: new URLSearchParams(fields) });
const created = await post({ username: 'ann', email: 'ann@example.com', password: 'long enough 1', role: '1' });
const refused = await post({ username: 'ann', email: 'ann@', password: 'short' });
document.getElementById('out').textContent = JSON.stringify({
  viaServiceWorker: navigator.serviceWorker.controller !== null,
  created: { status: created.status, body: await created.json() },
  refused: { status: refused.status, text: await refused.text() },
});
document.body.dataset.done = 'true';
