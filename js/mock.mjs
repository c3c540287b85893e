// A stand-in for the provisioning servers, for development and end-to-end tests: each request
// gets formmirror's answer (the server's status and body) when the server would refuse it, and
// when it would accept it, a success shaped like the vendor document's own example, with a new
// id. The MSW handlers (msw.mjs) and `npx formmirror serve` (cli.mjs) both answer through here.
//
// The success bodies live here rather than in the wasm: they are the mock's, not a validation
// answer, and the browser module has no room for them (README, "Size").

/** The JSON-RPC path Cove's API is served at. */
export const JSON_RPC_PATH = '/jsonapi';

const JSON_TYPE = 'application/json; charset=utf-8';

// A parameter's text as the request carries it: the query, then the body (JSON, or a form). CGI.pm
// (Enswitch) also splits a form body on `;`, Rack only on `&`. Only an accepted request's values
// are read, to echo them.
function parametersOf(url, contentType, body, semicolons) {
  const parameters = {};
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1).split('#')[0] : '';
  for (const [key, value] of new URLSearchParams(query.replaceAll(';', '&'))) parameters[key] = value;
  const text = body ?? '';
  const trimmed = text.trimStart();
  if (/json/i.test(contentType) || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { parameters, json: JSON.parse(text) };
    } catch {
      return { parameters };
    }
  }
  const attributes = [];
  for (const [key, value] of new URLSearchParams(semicolons ? text.replaceAll(';', '&') : text)) {
    // Rack's `custom_attributes[][key]` / `[value]` pairs, one attribute per `key`.
    if (key === 'custom_attributes[][key]') attributes.push({ key: value });
    else if (key === 'custom_attributes[][value]' && attributes.length > 0) attributes[attributes.length - 1].value = value;
    else parameters[key] = value;
  }
  if (attributes.length > 0) parameters.custom_attributes = attributes;
  return { parameters };
}

// A stable 16-character hash for an id, shaped like /api/2.0/users's (`nPGPHpbX8DoJgE0G`).
function hashOf(id) {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let state = (id * 2654435761) >>> 0;
  let hash = '';
  for (let i = 0; i < 16; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    hash += letters[(state >>> 16) % letters.length];
  }
  return hash;
}

// Grape's timestamps, as ActivePlatform's example writes them (`2016-10-07T14:15:47.746+03:00`).
const timestamp = (now) => now.toISOString().replace('Z', '+00:00');

// What each endpoint answers when it accepts a request, by endpoint id, or undefined where
// formmirror's answer is already the server's (a validation-only call, a notification).
// `parameters`/`json` hold what was sent, `nextId()` hands out ids, `origin` is the server's.
const SUCCESS = {
  // Seed 000's example; with validation=1 the server stops at validation, which is formmirror's answer.
  'enswitch/people/create': ({ parameters, nextId }) => (parameters.validation === '1' ? undefined
    : { status: 200, body: { responses: [{ code: '200', key: '', message: 'OK' }], data: { id: nextId() } } }),
  // Seed 003's example: the body's code says 204, so the HTTP status is 200 (a 204 carries no body).
  'enswitch/people/update': ({ parameters }) => (parameters.validation === '1' ? undefined
    : { status: 200, body: { responses: [{ code: '204', key: '', message: 'OK' }] } }),
  // Seed 001's example: links, then the created user with the server's defaults.
  'api20/users/create': ({ json, nextId, origin }) => {
    const id = nextId();
    const user = json && typeof json === 'object' ? json : {};
    return {
      status: 201,
      body: {
        links: [{ title: 'Self', rel: 'self', href: `${origin}/api/2.0/users/` }, { title: 'Home', rel: 'home', href: `${origin}/api/2.0/` }],
        item: {
          id, hash: hashOf(id), enterprise_id: 1, customer_id: Number(user.customer_id), language: user.language ?? 'default',
          name: user.name, email: user.email, username: user.username, can_customer_admin: user.can_customer_admin ?? 'yes',
        },
      },
    };
  },
  // Seed 002's example: the user as created, active, without the password.
  'activeplatform/users/create': ({ parameters, json, nextId, now }) => {
    const id = nextId();
    const user = { ...parameters, ...(json && typeof json === 'object' && !Array.isArray(json) ? json : {}) };
    const attributes = Array.isArray(user.custom_attributes) ? user.custom_attributes.filter((a) => a !== null && typeof a === 'object') : [];
    return {
      status: 201,
      body: {
        id, first_name: user.first_name, middle_name: user.middle_name ?? '', last_name: user.last_name, email: user.email, status: 'active',
        custom_attributes: attributes.map((a) => ({ name: a.key, value: a.value })),
        created_at: timestamp(now), updated_at: timestamp(now),
      },
    };
  },
  // Seed 004's example: `result.result` is the new user's id; the request's visa comes back.
  'cove/AddUser': ({ json, answer, nextId }) => {
    if (answer.body === null && answer.status === 204) return undefined; // notifications only: no response at all
    if (json === null || typeof json !== 'object') return undefined;
    const members = Array.isArray(json) ? json : [json];
    const used = new Set();
    const succeed = (item) => {
      const index = members.findIndex((m, i) => !used.has(i) && m && typeof m === 'object' && m.id === item.id);
      if (index >= 0) used.add(index);
      return { id: item.id, jsonrpc: '2.0', result: { result: nextId() }, visa: members[index]?.visa };
    };
    if (!Array.isArray(json)) return { status: 200, body: succeed({ id: json.id }) };
    return { status: answer.status, body: answer.body.map((item) => ('result' in item ? succeed(item) : item)) };
  },
};

/**
 * A responder over a formmirror API (`validateRequest`, `endpoints`): `respond({ method, url,
 * contentType, body })` gives `{ status, headers, body }` with `body` the response text (or null).
 * Settings: `options` (formmirror's options, as for validate), `firstId` (the first id handed out,
 * default 1001), `jsonRpcPath` (default /jsonapi), `now` (a clock, for tests).
 */
export function makeResponder(api, settings = {}) {
  const { options, jsonRpcPath = JSON_RPC_PATH, now = () => new Date() } = settings;
  let next = settings.firstId ?? 1001;
  const nextId = () => next++;
  const routes = api.endpoints().map((e) => ({ id: e.id, method: e.method, path: e.path || jsonRpcPath }));

  /** The endpoint a method and path reach, as the server routes them; Enswitch takes GET and POST. */
  function route(method, path) {
    const trimmed = path.replace(/\/+$/, '');
    return routes.find((r) => r.path.replace(/\/+$/, '') === trimmed && (r.method === method || (r.method === 'GET' && method === 'POST')));
  }

  function respond({ method = 'GET', url, contentType = '', body = '' }) {
    const parsed = new URL(url, 'http://localhost');
    const endpoint = route(method.toUpperCase(), parsed.pathname);
    if (!endpoint) {
      return { status: 404, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify({ error: 'Not Found' }) };
    }
    const answer = api.validateRequest({ url, method, contentType, body }, options);
    let reply = { status: answer.status, body: answer.bodyText };
    // A JSON-RPC batch is answered member by member: its accepted members succeed even when others fail.
    if (answer.ok || Array.isArray(answer.body)) {
      const request = parametersOf(url, contentType, body, endpoint.method === 'GET');
      const success = SUCCESS[endpoint.id]({ ...request, answer, nextId, origin: parsed.origin, now: now() });
      if (success) reply = { status: success.status, body: JSON.stringify(success.body) };
    }
    // formmirror reports a JSON-RPC error by its code (-32602); over HTTP it travels in a 200.
    const status = reply.status >= 100 ? reply.status : 200;
    return reply.body === null || reply.body === undefined
      ? { status, headers: {}, body: null }
      : { status, headers: { 'content-type': JSON_TYPE }, body: reply.body };
  }

  return { respond, routes: () => routes.map((r) => ({ ...r })) };
}
