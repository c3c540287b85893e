// The stand-in servers, as a front-end team uses them: formmirror/msw with the real msw in Node
// (setupServer) and in Chromium (a service worker in front of a page that calls fetch), and
// `npx formmirror serve` over real HTTP. A refused request gets exactly formmirror's answer; an
// accepted one a success shaped like the vendor document's example, never holding a password.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, repo, esm, seeded } from './helpers.mjs';
import { serve as serveFiles } from '../../scripts/static-server.mjs';
import { launchChromium } from './chromium.mjs';

// msw is an optional peer dependency: the app gets this repository's copy.
if (!existsSync(join(app, 'node_modules/msw'))) symlinkSync(join(repo, 'node_modules/msw'), join(app, 'node_modules/msw'));
const { setupServer } = await import(pathToFileURL(join(repo, 'node_modules/msw/lib/node/index.mjs')).href);
// Through the package's "exports", as a user imports it (the node condition).
const { writeFileSync } = await import('node:fs');
writeFileSync(join(app, 'msw-entry.mjs'), "export { handlers } from 'formmirror/msw';\n");
const { handlers } = await import(pathToFileURL(join(app, 'msw-entry.mjs')).href);

const PASSWORD = 'Secret-pw-4711';
const ENSWITCH = 'https://enswitch.example.com';
const NOW = new Date('2026-12-01T10:00:00Z');

const query = (params) => Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join(';');
const person = { auth_username: 'u', auth_password: 'p', username: 'ann', email: 'ann@example.com', password: PASSWORD, role: '1' };
const json = (body) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function call(url, init) {
  const response = await fetch(url, init);
  const text = await response.text();
  assert.ok(!text.includes(PASSWORD), `${url}: the password came back`);
  return { status: response.status, type: response.headers.get('content-type'), text, body: text ? JSON.parse(text) : null };
}

describe('msw in Node', () => {
  // Intercepts this process's fetch calls for the two tests below only: `serve` is called for real.
  let server;
  before(() => {
    server = setupServer(...handlers({ firstId: 1, now: () => NOW }));
    server.listen({ onUnhandledRequest: 'error' });
  });
  after(() => server.close());

  test('msw in Node: each endpoint succeeds as its vendor document shows', async () => {
    let r = await call(`${ENSWITCH}/api/json/people/create/?${query(person)}`);
    assert.deepEqual([r.status, r.body], [200, { responses: [{ code: '200', key: '', message: 'OK' }], data: { id: 1 } }]);
    assert.equal(r.type, 'application/json; charset=utf-8');
    r = await call(`${ENSWITCH}/api/json/people/create/?${query({ ...person, validation: '1' })}`);
    assert.deepEqual([r.status, r.body.responses[0].code], [201, '201']);
    r = await call(`${ENSWITCH}/api/json/people/update/`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'auth_username=u;auth_password=p;id=5;username=bob',
    });
    assert.deepEqual([r.status, r.body], [200, { responses: [{ code: '204', key: '', message: 'OK' }] }]);

    r = await call('https://portal.example/api/2.0/users', json({ name: 'Test User', email: 't@example.com', username: 't@example.com', customer_id: 1, password: PASSWORD }));
    assert.equal(r.status, 201);
    assert.deepEqual(r.body.links.map((l) => l.href), ['https://portal.example/api/2.0/users/', 'https://portal.example/api/2.0/']);
    assert.deepEqual(Object.keys(r.body.item), ['id', 'hash', 'enterprise_id', 'customer_id', 'language', 'name', 'email', 'username', 'can_customer_admin']);
    assert.deepEqual([r.body.item.id, r.body.item.customer_id, r.body.item.language], [2, 1, 'default']);
    assert.match(r.body.item.hash, /^[A-Za-z0-9]{16}$/);

    r = await call('https://billing.example/api/vendor/v1/users.json?api_token=654321', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `first_name=John&last_name=Doe&password=${PASSWORD}&email=john.doe%40example.com`,
    });
    assert.equal(r.status, 201);
    assert.deepEqual(r.body, {
      id: 3, first_name: 'John', middle_name: '', last_name: 'Doe', email: 'john.doe@example.com', status: 'active', custom_attributes: [],
      created_at: '2026-12-01T10:00:00.000+00:00', updated_at: '2026-12-01T10:00:00.000+00:00',
    });

    const addUser = (id, Name) => ({ id, jsonrpc: '2.0', visa: 'V1', method: 'AddUser', params: { userInfo: { Name, PartnerId: 123456, Password: PASSWORD } } });
    r = await call('https://api.backup.example/jsonapi', json(addUser('jsonrpc', 'backup.test@mail.com')));
    assert.deepEqual([r.status, r.body], [200, { id: 'jsonrpc', jsonrpc: '2.0', result: { result: 4 }, visa: 'V1' }]);
    // A batch is answered member by member: the good one is created, the bad one gets its error.
    r = await call('https://api.backup.example/jsonapi', json([addUser(1, 'a@mail.com'), addUser(2, 'not an address')]));
    assert.equal(r.status, 200);
    assert.deepEqual(r.body[0], { id: 1, jsonrpc: '2.0', result: { result: 5 }, visa: 'V1' });
    assert.equal(r.body[1].error.code, -32602);
    // A notification gets no response at all.
    const { id, ...notification } = addUser(undefined, 'b@mail.com');
    r = await call('https://api.backup.example/jsonapi', json(notification));
    assert.deepEqual([r.status, r.text], [204, '']);
  });

  test('msw in Node: a refused request gets formmirror\'s status and body, byte for byte', async () => {
    const requests = [
      [`${ENSWITCH}/api/json/people/create/?${query({ ...person, email: 'ann@', timezone: 'europe/london' })}`],
      [`${ENSWITCH}/api/json/people/create?${query({ username: 'x' })}`],
      [`${ENSWITCH}/api/json/people/update/?${query({ auth_username: 'u', auth_password: 'p', id: '0' })}`],
      ['https://portal.example/api/2.0/users/', json({ name: 'Test User', password: PASSWORD })],
      ['https://billing.example/api/vendor/v1/users.json', json({ first_name: 'John', password: PASSWORD })],
      ['https://api.backup.example/jsonapi', json({ id: 9, jsonrpc: '2.0', method: 'AddUser', params: { userInfo: { Name: 'x', Password: PASSWORD } } })],
      ['https://api.backup.example/jsonapi', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"jsonrpc":' }],
    ];
    for (const [url, init = {}] of requests) {
      const expected = esm.validateRequest({ url, method: init.method ?? 'GET', contentType: init.headers?.['content-type'], body: init.body });
      assert.equal(expected.ok, false, url);
      const r = await call(url, init);
      // A JSON-RPC error's status is its code in formmirror's answer, and HTTP 200 on the wire.
      assert.equal(r.status, expected.status < 100 ? 200 : expected.status, url);
      assert.equal(r.text, expected.bodyText ?? '', url);
    }
  });
});

test('require("formmirror/msw") gives the same handlers', async () => {
  const { createRequire } = await import('node:module');
  const required = createRequire(join(app, 'cjs.cjs'))('formmirror/msw');
  const paths = (list) => list.map((h) => `${h.info.method} ${h.info.path}`);
  assert.deepEqual(paths(required.handlers()), paths(handlers()));
  assert.ok(paths(handlers()).includes('POST */api/2.0/users/'));
});

test('msw in Chromium: a service worker answers the page\'s fetch as the servers would', async () => {
  // Built with Vite from the installed tarball, msw's worker script served beside the page.
  const dir = join(app, 'msw-app');
  mkdirSync(join(dir, 'public'), { recursive: true });
  cpSync(join(repo, 'tests/msw-app'), dir, { recursive: true });
  cpSync(join(repo, 'node_modules/msw/lib/mockServiceWorker.js'), join(dir, 'public/mockServiceWorker.js'));
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(join(repo, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn', '--base', '/'], { cwd: dir, stdio: 'inherit' });
  const site = await serveFiles([['/', join(dir, 'dist')]]);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.url);
    await page.waitForFunction(() => document.body.dataset.done === 'true', null, { timeout: 30000 });
    const results = JSON.parse(await page.textContent('#out'));
    assert.deepEqual(errors, []);
    assert.equal(results.viaServiceWorker, true);
    assert.deepEqual(results.created, { status: 200, body: { responses: [{ code: '200', key: '', message: 'OK' }], data: { id: 1 } } });
    const expected = esm.validate('enswitch/people/create', { username: 'ann', email: 'ann@', password: 'short' }, { credentials: 'backend', passwordPolicy: { minLength: 10 } });
    assert.deepEqual(results.refused, { status: expected.status, text: expected.bodyText });
    await page.close();
  } finally {
    await browser.close();
    site.server.close();
  }
});

// `formmirror serve` from the installed package's bin, on a free port.
async function startServe(args) {
  const child = spawn(join(app, 'node_modules/.bin/formmirror'), ['serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const origin = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = output.match(/listening on (http:\/\/\S+)/);
      if (found && output.includes('(cove/AddUser)\n')) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  return { child, origin, output: () => output };
}

test('npx formmirror serve answers real HTTP requests, with CORS for a dev server', async () => {
  const { child, origin, output } = await startServe(['--credentials', 'backend', '--password-min-length', '12', '--first-id', '500']);
  try {
    assert.match(output(), /GET\/POST http:\/\/127\.0\.0\.1:\d+\/api\/json\/people\/create\/ {2}\(enswitch\/people\/create\)/);
    const { auth_username, auth_password, ...fromBrowser } = person;
    let r = await call(`${origin}/api/json/people/create/?${query(fromBrowser)}`);
    assert.deepEqual([r.status, r.body.data], [200, { id: 500 }]);
    r = await call(`${origin}/api/json/people/create/?${query({ ...fromBrowser, password: 'short' })}`);
    const expected = esm.validate('enswitch/people/create', { ...fromBrowser, password: 'short' }, { credentials: 'backend', passwordPolicy: { minLength: 12 } });
    assert.deepEqual([r.status, r.text], [expected.status, expected.bodyText]);
    r = await call(`${origin}/api/2.0/users`, json({ name: 'N', email: 'n@example.com', username: 'n', customer_id: 2 }));
    assert.deepEqual([r.status, r.body.item.id], [201, 501]);
    const preflight = await fetch(`${origin}/api/2.0/users`, { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    r = await call(`${origin}/somewhere/else`);
    assert.deepEqual([r.status, r.body], [404, { error: 'Not Found' }]);
  } finally {
    child.kill('SIGTERM');
  }
  const code = await new Promise((resolve) => child.once('exit', resolve));
  assert.equal(code, 0);
});

test('npx formmirror serve refuses options it cannot use, saying why, with exit status 2', () => {
  for (const [args, message] of [
    [['--options', '{"pasword_policy":{}}'], /pasword_policy/],
    [['--actor-role', 'admin'], /--actor-role takes a whole number/],
    [['--port', 'x'], /--port takes a port number/],
  ]) {
    let failure;
    try {
      execFileSync(join(app, 'node_modules/.bin/formmirror'), ['serve', ...args], { stdio: 'pipe' });
    } catch (error) {
      failure = error;
    }
    assert.equal(failure?.status, 2, args.join(' '));
    assert.match(String(failure.stderr), message);
  }
});

test('the stand-in answers hostile requests without throwing, and never sends a password back', async () => {
  // mock.mjs as the installed package holds it, over the installed Node build.
  const { makeResponder } = await import(pathToFileURL(join(app, 'node_modules/formmirror/js/mock.mjs')).href);
  const responder = makeResponder(esm, { options: { credentials: 'backend' } });
  const MARK = 'Pw-MARK-2718';
  const next = seeded(7);
  // The marker goes into the password fields only: a created user's other fields (a name) are
  // the server's to echo, and are echoed.
  const values = ['', null, 0, -1, 1e308, true, [], {}, 'a'.repeat(70000), '\ud800', 'é', '%', '"', 'ops@example.com'];
  const secrets = [MARK, [MARK], { __proto__: MARK }, ...values];
  const pick = (field) => (/password/i.test(field) ? secrets[next(secrets.length)] : values[next(values.length)]);
  const bodies = (fields) => {
    const object = Object.fromEntries(fields.map((f) => [f, pick(f)]));
    object.__proto__ = MARK;
    return [JSON.stringify(object), JSON.stringify([object, object]), JSON.stringify({ jsonrpc: '2.0', id: 1, visa: 'v', method: 'AddUser', params: { userInfo: object } }),
      new URLSearchParams(Object.entries(object).map(([k, v]) => [k, String(v)])).toString(), '{"a":', '[', '"\\ud800"', 'a=1&a=2&b[]=x&b[][k]=y', 'p=%ED%A0%80&q=%FF', ''];
  };
  let answered = 0;
  for (const endpoint of esm.endpoints()) {
    const fields = endpoint.fields.map((f) => f.name);
    for (let round = 0; round < 40; round += 1) {
      for (const body of bodies(fields)) {
        for (const method of ['GET', 'POST', 'PUT']) {
          const path = endpoint.path || '/jsonapi';
          const url = `https://server.example${path}?${fields.slice(0, next(fields.length)).map((f) => `${f}=${encodeURIComponent(String(pick(f)).toWellFormed())}`).join(next(2) ? ';' : '&')}`;
          const contentType = ['application/json', 'application/x-www-form-urlencoded', '', 'text/plain'][next(4)];
          const reply = responder.respond({ method, url, contentType, body: method === 'GET' ? '' : body });
          assert.ok(Number.isInteger(reply.status) && reply.status >= 200 && reply.status < 600, `${endpoint.id}: ${reply.status} for ${method} ${url.slice(0, 300)} ${contentType} ${body.slice(0, 300)}`);
          assert.ok(reply.body === null || typeof reply.body === 'string');
          assert.ok(!(reply.body ?? '').includes(MARK), `${endpoint.id} ${method} sent the password back: ${reply.body?.slice(0, 200)}`);
          answered += 1;
        }
      }
    }
  }
  assert.ok(answered > 5000);
});
