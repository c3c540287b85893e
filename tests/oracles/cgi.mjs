// Enswitch's parameter reading against Perl's CGI.pm (tests/oracles/cgi.pl): GET query strings
// and POST bodies. CGI.pm gives the parameters it read; formmirror must answer the raw request
// exactly as it answers those parameters given as an object (status, body text, errors).
import { ask } from './shared.mjs';

export const name = 'Perl CGI.pm 4.55 (enswitch/people/*)';

/** Differences that remain on purpose; the README lists each with its reason. */
export const knownDifferences = {};

const endpoints = [
  ['enswitch/people/create', '/api/json/people/create/'],
  ['enswitch/people/update', '/api/json/people/update/'],
];

const credentials = ['auth_username=admin', 'auth_password=secret'];
const names = ['username', 'email', 'password', 'role', 'company', 'country', 'timezone', 'forename', 'surname', 'telephone',
  'extension', 'language', 'validation', 'copy_password', 'id', 'source', 'date_format', 'time_format', 'forname', 'x', '',
  '%75sername', 'user+name', 'e%6Dail', '.submit', '.cgifields', '.defaults', 'keywords', '%FF', 'id%00', 'role;x'];
const values = ['ann', 'ann@example.com', 'a@b', '1', '0', '2', 'GB', 'uk', 'Europe/London', 'europe%2Flondon', '', '%FF',
  '%C3%A9', '%u00e9', '%uD800', '%uD83D%uDE00', '%uDE00', '%zz', '%', '%4', '+', 'a+b', '%2B', '%20x', 'x%00y', '%u004', '12a',
  '+44 20 7946 0000', 'en-gb', '192.0.2.1', '%E2%82%AC', '%C3', '1%2C2', '%252F'];

function query(rng) {
  const pairs = rng.chance(0.9) ? [...credentials] : credentials.filter(() => rng.chance(0.5));
  if (rng.chance(0.5)) pairs.push('username=ann', 'email=ann@example.com', 'password=pw', 'role=1', 'id=5');
  for (let i = rng.below(7); i > 0; i -= 1) {
    const pair = rng.chance(0.1) ? rng.pick(names) : `${rng.pick(names)}=${rng.pick(values)}`;
    pairs.splice(rng.below(pairs.length + 1), 0, pair);
  }
  if (rng.chance(0.05)) return rng.pick(['justtext', 'a+b', '%41bc+def', '+lead', 'x%FF', '%20']);
  return pairs.reduce((text, pair, i) => (i === 0 ? pair : text + rng.pick(['&', ';', '&', '&&', ';;']) + pair), '');
}

const handPicked = [
  { method: 'GET', query: 'auth_username=a;auth_password=b&username=ann&email=ann@example.com&password=pw&role=1' },
  { method: 'GET', query: 'auth_username=a&auth_password=b&role=1&role=2&username=x' },
  { method: 'GET', query: 'auth_username=a&auth_password=b&username=a+b&email=%zz&password=%u00e9' },
  { method: 'GET', query: 'auth_username=a&auth_password=b&username=%FF&forename=%C3%A9' },
  { method: 'GET', query: 'auth_username=a&auth_password=b&=x&username' },
  { method: 'GET', query: 'auth_username=a&auth_password=b&.defaults=1&username=x' },
  { method: 'GET', query: 'auth_username=a&auth_password=b&.submit=go&.cgifields=role' },
  { method: 'GET', query: 'justakeyword' },
  { method: 'POST', query: 'auth_username=a&auth_password=b', body: 'username=ann&email=a@b' },
  { method: 'POST', query: '', body: 'auth_username=a&auth_password=b&username=ann;email=ann@example.com&password=pw&role=1' },
];

export function requests(rng, count) {
  const list = handPicked.map((r) => ({ ...r, endpoint: 0 }));
  while (list.length < count) {
    const post = rng.chance(0.3);
    list.push({ method: post ? 'POST' : 'GET', query: post ? rng.pick(['', 'username=fromurl', 'auth_username=u']) : query(rng), body: post ? query(rng) : undefined, endpoint: rng.below(2) });
  }
  return list;
}

export async function answers(list) {
  const lines = await ask('perl', [new URL('./cgi.pl', import.meta.url).pathname],
    list.map(({ method, query: q, body }) => JSON.stringify({ method, query: q, body })));
  return lines.map((line) => JSON.parse(line));
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/** CGI.pm's parameters as an object; text that is not UTF-8 as a lone surrogate, which
 * formmirror reads as text that is not valid Unicode, as it reads %FF. */
function parameters(pairs) {
  const object = {};
  for (const [nameBytes, valueBytes] of pairs) {
    let value;
    try {
      value = strict.decode(Uint8Array.from(valueBytes));
    } catch {
      value = '\uD800';
    }
    object[lossy.decode(Uint8Array.from(nameBytes))] = value;
  }
  return object;
}

export function compare(formmirror, request, oracle) {
  const [id, path] = endpoints[request.endpoint];
  const options = { actor: { role: 'administrator' } };
  const raw = request.method === 'GET'
    ? formmirror.validate(id, request.query, options)
    : formmirror.validateRequest({ url: `${path}?${request.query}`, method: 'POST', contentType: 'application/x-www-form-urlencoded', body: request.body }, options);
  const parsed = formmirror.validate(id, parameters(oracle), options);
  // Unknown names show how names were decoded; a name that is not UTF-8 is shown differently
  // (formmirror: U+FFFD for the whole name), and repeats are only visible in the raw request.
  const unknown = (a) => a.warnings.filter((w) => w.code === 'unknown_parameter' && !w.field.includes('\uFFFD')).map((w) => w.field);
  const seen = (a) => JSON.stringify([a.status, a.bodyText, a.errors, unknown(a)]);
  return seen(raw) === seen(parsed) ? 'agree' : `raw ${seen(raw).slice(0, 300)}\n        CGI.pm's parameters ${seen(parsed).slice(0, 300)}`;
}
