// cove/AddUser's JSON-RPC 2.0 envelope against PyPI's jsonrpcserver (tests/oracles/jsonrpc.py)
// and the specification: single requests, notifications, batches, ids of every kind, text that
// is not JSON. Compared response by response: whether anything is sent, the error code or a
// result, and the id.
import { ask } from './shared.mjs';

export const name = 'JSON-RPC 2.0: jsonrpcserver 5.0.9 (cove/AddUser)';

/** Differences that remain on purpose; the README lists each with its reason. */
export const knownDifferences = {
  'cove-visa': 'Cove answers -32001 to a request without a visa; a generic JSON-RPC server has no visa',
  'cove-fields': 'Cove checks userInfo\'s fields (-32602); jsonrpcserver only binds the call',
  'batch-member': 'jsonrpcserver answers a batch with an invalid member with one -32600 for the whole batch; the specification (its "invalid Batch" examples) and formmirror answer each member',
  'extra-member': 'jsonrpcserver\'s schema refuses request members the specification does not name; Cove\'s own requests carry visa, so formmirror takes them',
  'bare-params': 'formmirror reads an object with none of jsonrpc, method and params as the userInfo object itself (a form\'s fields); a server answers it -32600',
};

const validUser = { Name: 'backup.test@mail.com', PartnerId: 123456, Password: 'AbC123DeF!', RoleId: 1, EmailAddress: 'backup.test@mail.com' };
const ids = [undefined, 1, 'jsonrpc', null, 0, -5, 1.0, '1.0', 12345678901234567890n, 2.5e3, true, {}, [], ''];
const methods = ['AddUser', 'AddUser', 'AddUser', 'Nope', 1, null, undefined, 'adduser'];
const versions = ['2.0', '2.0', '2.0', '1.0', 2, null, undefined];
const paramsChoices = [{ userInfo: validUser }, { userInfo: validUser }, { userInfo: {} }, { userInfo: 5 }, {}, [validUser], [],
  [validUser, 1], 5, 'x', null, undefined, { userInfo: validUser, extra: 1 }, { userInfo: { ...validUser, PartnerId: 0 } }];

/** JSON text with BigInt ids written as digits. */
function text(value) {
  return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? `#BIG${v}#` : v)).replace(/"#BIG(\d+)#"/g, '$1');
}

function request(rng) {
  const r = {};
  const version = rng.pick(versions);
  if (version !== undefined) r.jsonrpc = version;
  const method = rng.pick(methods);
  if (method !== undefined) r.method = method;
  const params = rng.pick(paramsChoices);
  if (params !== undefined) r.params = params;
  if (rng.chance(0.85)) r.visa = rng.chance(0.9) ? 'visa-token' : '';
  const id = rng.pick(ids);
  if (id !== undefined) r.id = id;
  if (rng.chance(0.05)) r.extra = true;
  return r;
}

const junk = ['', 'hello', '1', '"x"', 'null', 'true', '[]', '[1]', '[1,2]', '[[]]', '{', '[{"jsonrpc":"2.0","method":"AddUser"', '{}', ' ', '[null]'];

export function requests(rng, count) {
  const list = junk.map((t) => ({ text: t }));
  list.push({ text: text({ jsonrpc: '2.0', method: 'AddUser', params: { userInfo: validUser }, visa: 'v', id: 12345678901234567890n }) });
  list.push({ text: '{"jsonrpc":"2.0","method":"AddUser","params":{"userInfo":{}},"visa":"v","id":1.0}' });
  list.push({ text: '{"jsonrpc":"2.0","method":"AddUser","params":{"userInfo":{}},"visa":"v"}' });
  while (list.length < count) {
    if (rng.chance(0.25)) {
      const members = Array.from({ length: rng.below(4) }, () => (rng.chance(0.9) ? request(rng) : rng.pick([1, 'x', null, []])));
      list.push({ text: text(members) });
    } else {
      list.push({ text: text(request(rng)) });
    }
  }
  return list;
}

/** The request as a generic JSON-RPC server should see it: Cove's visa taken off. */
function withoutVisa(requestText) {
  let value;
  try {
    value = JSON.parse(requestText);
  } catch {
    return requestText;
  }
  const strip = (r) => {
    if (r && typeof r === 'object' && !Array.isArray(r) && 'visa' in r) {
      const { visa, ...rest } = r;
      return rest;
    }
    return r;
  };
  // Re-serialising would lose the exact text of big number ids: only rewrite what had a visa.
  if (Array.isArray(value) ? !value.some((r) => r && typeof r === 'object' && 'visa' in r) : !(value && typeof value === 'object' && 'visa' in value)) return requestText;
  return requestText.replace(/,"visa":"[^"]*"/g, '').replace(/"visa":"[^"]*",?/g, '');
}

export async function answers(list) {
  const python = new URL('../../target/oracles-venv/bin/python', import.meta.url).pathname;
  const lines = await ask(python, [new URL('./jsonrpc.py', import.meta.url).pathname], list.map((r) => JSON.stringify(withoutVisa(r.text))));
  return lines.map((line) => JSON.parse(line));
}

function parsed(textOrNull) {
  return textOrNull === '' || textOrNull === null ? null : JSON.parse(textOrNull);
}

/** One response against another: 'agree', a known difference, or what differs. */
function sameResponse(mine, theirs, request) {
  const object = request && typeof request === 'object' && !Array.isArray(request);
  if (object && 'extra' in request && theirs.error?.code === -32600) return { known: 'extra-member' };
  if (object && !('jsonrpc' in request || 'method' in request || 'params' in request)) return { known: 'bare-params' };
  if (mine.error?.code === -32001 && !(object && request.visa)) return { known: 'cove-visa' };
  if (JSON.stringify(mine.id) !== JSON.stringify(theirs.id)) return `id ${JSON.stringify(mine.id)}, jsonrpcserver ${JSON.stringify(theirs.id)}`;
  if (theirs.error && mine.error) return mine.error.code === theirs.error.code ? 'agree' : `error ${mine.error.code}, jsonrpcserver ${theirs.error.code}`;
  if ('result' in theirs && 'result' in mine) return 'agree';
  if ('result' in theirs && mine.error?.code === -32602) return { known: 'cove-fields' };
  return `${JSON.stringify(mine).slice(0, 200)}, jsonrpcserver ${JSON.stringify(theirs).slice(0, 200)}`;
}

export function compare(formmirror, { text: requestText }, oracle) {
  const mine = formmirror.validate('cove/AddUser', requestText);
  const theirs = parsed(oracle);
  let request;
  try {
    request = JSON.parse(requestText);
  } catch {
    request = undefined;
  }
  // A single accepted request: the result (the new user's id) is the server's; formmirror
  // answers 200 with no body.
  if (theirs && !Array.isArray(theirs) && 'result' in theirs && mine.status === 200 && mine.bodyText === null) return 'agree';
  const body = parsed(mine.bodyText);
  if (theirs === null || body === null) {
    if (theirs === null && body === null && mine.status === 204) return 'agree';
    if (body === null && request && typeof request === 'object' && 'extra' in request && theirs?.error?.code === -32600) return { known: 'extra-member' };
    return body !== null && !Array.isArray(body) ? sameResponse(body, theirs ?? {}, request) : `sent ${mine.bodyText}, jsonrpcserver ${JSON.stringify(oracle)}`;
  }
  if (Array.isArray(theirs) !== Array.isArray(body)) {
    if (!Array.isArray(theirs) && theirs.error?.code === -32600 && Array.isArray(request) && request.length > 0) return { known: 'batch-member' };
    return `shape ${mine.bodyText.slice(0, 200)}, jsonrpcserver ${oracle.slice(0, 200)}`;
  }
  if (!Array.isArray(theirs)) return sameResponse(body, theirs, request);
  if (theirs.length !== body.length) return `${body.length} responses, jsonrpcserver ${theirs.length}`;
  // Responses to a batch come in the requests' order from both.
  const members = request.filter((r) => !(r && typeof r === 'object' && !Array.isArray(r) && r.jsonrpc === '2.0' && typeof r.method === 'string' && !('id' in r)));
  let verdict = 'agree';
  for (let i = 0; i < theirs.length; i += 1) {
    const one = sameResponse(body[i], theirs[i], members[i]);
    if (one === 'agree') continue;
    if (typeof one === 'object') verdict = one;
    else return one;
  }
  return verdict;
}
