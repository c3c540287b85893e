// activeplatform/users/create against Grape 1.6 on Rack 2.2 (tests/oracles/grape.rb): JSON and
// form bodies, the URL's query string, hand-picked and generated, hostile ones included.
import { ask } from './shared.mjs';

export const name = 'Grape 1.6 + Rack 2.2 (activeplatform/users/create)';

/** Differences that remain on purpose; the README lists each with its reason. */
export const knownDifferences = {
  'json-depth': 'formmirror refuses JSON nested deeper than 64 levels (its reader keeps its stack bounded); Ruby\'s JSON.load has no limit',
};

const PATH = '/api/vendor/v1/users.json';
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

const valid = { first_name: 'John', middle_name: '', last_name: 'Doe', password: 'N;T@o;y!4TNqlV', email: 'john.doe8@example.com' };

const jsonValues = [undefined, null, '', 'Ann', 123, 1.5, -7, true, false, {}, { a: 1 }, [], ['x'], 'a@b.co', 'not-an-email',
  'Pa55word!', 'pw', 'é', ' ', 'x'.repeat(300), 'a@b', '"quoted"@x.y', 'user+tag@sub.example.org', 'ünï@example.com'];

const attributeItems = [null, '', 1, 'x', true, {}, [], ['a'], [{ key: 'age' }], { key: 'age', value: '21' }, { key: 'age', value: 'x' },
  { key: 'age' }, { value: 1 }, { key: null }, { key: '' }, { key: 5, value: 'x' }, { key: 'vip', value: true },
  { key: 'vip', value: 'maybe' }, { key: 'born', value: '2026-02-30' }, { key: 'born', value: '2024-02-29' },
  { key: 'mail', value: 'x@y.z' }, { key: 'mail', value: 'nope' }, { key: 'age', value: 21 }, { key: 'age', value: -3 },
  { key: 'age', value: 1.0 }, { key: 'age', value: null }, { key: 'age', value: {} }, { key: 'note', value: { deep: [1] } }];

const optionSets = [
  undefined,
  { passwordPolicy: { minLength: 8, requireDigit: true } },
  { passwordPolicy: { minLength: 12, requireUpper: true, requireLower: true, requireSymbol: true } },
  { customAttributes: [{ key: 'age', type: 'integer' }, { key: 'vip', type: 'boolean' }, { key: 'born', type: 'date' }, { key: 'mail', type: 'email' }] },
  { customAttributes: [{ key: 'age', type: 'integer', required: true }] },
  { passwordPolicy: { minLength: 1 }, customAttributes: [{ key: 'mail', type: 'email', required: true }, { key: 'age', type: 'integer' }] },
];

function json(body, query = 'api_token=654321', options, extra = {}) {
  return { query, content_type: JSON_TYPE, body: typeof body === 'string' ? body : JSON.stringify(body), options, ...extra };
}

function form(body, query = 'api_token=654321', options) {
  return { query, content_type: FORM, body, options };
}

/** Requests a new user would try, each naming a behaviour of the issue. */
function handPicked() {
  const list = [
    json(valid),
    json({ ...valid, first_name: 123, last_name: true, middle_name: null }),
    json({ ...valid, first_name: null, email: '' }),
    json({ ...valid, password: '' }),
    json({ first_name: 'a' }),
    json([valid]),
    json('[1,2]'),
    json('{bad'),
    json('{"first_name":"a\\ud800"}'),
    json('{"first_name":"a","last_name":"b","password":"p","email":"a@b.co"} x'),
    json('  {"first_name":"a","last_name":"b","password":"p","email":"a@b.co"}  '),
    json('{"first_name":"a","last_name":"b","password":"p","email":"a@b.co",}'),
    json('{"first_name":NaN,"last_name":Infinity,"password":-Infinity,"email":"a@b.co"}'),
    json('{"first_name":"a" /* note */,"last_name":"b", // line\n"password":"p","email":"a@b.co"}'),
    json('{"first_name":"\\q","last_name":"b","password":"p","email":"a@b.co"}'),
    json('{"first_name":"a","first_name":{},"last_name":"b","password":"p","email":"a@b.co"}'),
    json(''),
    json(' '),
    json('null'),
    json('"str"'),
    json('12'),
    json({ ...valid, custom_attributes: [1, {}, { key: 'k' }, ''] }),
    json({ ...valid, custom_attributes: [[{ key: 'a' }, 1], {}] }),
    json({ ...valid, custom_attributes: 'x' }),
    json({ ...valid, custom_attributes: '' }),
    json({ ...valid, custom_attributes: {} }),
    json({ ...valid, custom_attributes: null }),
    json({ ...valid, custom_attributes: [{ value: 1 }] }),
    json({ ...valid, api_token: '' }, ''),
    json({ ...valid, api_token: null }, ''),
    json({ ...valid, api_token: 5 }, ''),
    json(valid, ''),
    json(valid, 'api_token='),
    json(valid, 'api_token=1;first_name=q'),
    json({ ...valid, first_name: undefined }, 'api_token=1&first_name=fromquery'),
    json(valid, 'api_token=%zz'),
    json(valid, 'api_token=1&x[]=1&x[y]=2'),
    json(`${'['.repeat(70)}${']'.repeat(70)}`, undefined, undefined, { deep: true }),
    json({ ...valid, nickname: JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`) }, undefined, undefined, { deep: true }),
    form('first_name=John&last_name=Doe&password=p&email=a@b.co'),
    form('first_name=a&last_name=b;password=p& email=a@b.co'),
    form('first_name=%zz&last_name=b&password=p&email=a@b.co'),
    form('first_name=a&last_name=b&password=p&email=a@b.co%'),
    form('first_name=%FF&last_name=b&password=p&email=a@b.co'),
    form('first_name=a&last_name=b&password=%FF&email=a@b.co'),
    form('first_name=a&last_name=b&password=p&email=%FF'),
    form('first_name&last_name=&password=p&email=a@b.co'),
    form('first_name=a&first_name=&last_name=b&password=p&email=a@b.co'),
    form('first_name[]=a&last_name=b&password=p&email=a@b.co'),
    form('first_name[x]=a&last_name=b&password=p&email=a@b.co'),
    form('[first_name]=a&last_name]=b&password[=p&email=a@b.co'),
    form('first_name=a+b%20c&last_name=b&password=p&email=a%40b.co'),
    form('first_name=a&last_name=b&password=p&email=a@b.co&custom_attributes[][key]=age&custom_attributes[][value]=21&custom_attributes[][value]=22'),
    form('first_name=a&last_name=b&password=p&email=a@b.co&custom_attributes[]=x'),
    form('first_name=a&last_name=b&password=p&email=a@b.co&custom_attributes[0][key]=x&custom_attributes[1][value]=y'),
    form('first_name=a&last_name=b&password=p&email=a@b.co&custom_attributes='),
    form('first_name=a&last_name=b&password=p&email=a@b.co&custom_attributes[][key]'),
    form('first_name=a&last_name=b&password=p&email=a@b.co&x=1&x[y]=2'),
    form('first_name=a&last_name=b&password=p&email=a@b.co&x[]=1&x[y]=2'),
    form(`first_name=a&last_name=b&password=p&email=a@b.co&a${'[b]'.repeat(99)}=1`),
    form(`first_name=a&last_name=b&password=p&email=a@b.co&a${'[b]'.repeat(100)}=1`),
    form(`${'k=1&'.repeat(4094)}first_name=a&last_name=b&password=p&email=a@b.co`),
    form(`${'k=1&'.repeat(4095)}first_name=a&last_name=b&password=p&email=a@b.co`),
    form(`first_name=a&last_name=b&password=p&email=a@b.co&${'x'.repeat(65536)}=1`),
    form(`first_name=a&last_name=b&password=p&email=a@b.co&${'x'.repeat(70000)}=1`),
    form('', 'api_token=1'),
    form('first_name=a&last_name=b&password=p&email=a@b.co', ''),
    form('first_name=a&last_name=b&password=p&email=a@b.co&api_token=', ''),
    form('first_name=a&last_name=b&password=p&email=a@b.co&api_token', ''),
    form('first_name=a&last_name=b&password=pw&email=a@b.co', 'api_token=1', optionSets[1]),
    form('first_name=a&last_name=b&password=p&email=a@b.co&custom_attributes[][key]=age&custom_attributes[][value]=x', 'api_token=1', optionSets[4]),
  ];
  return list;
}

function generatedJson(rng) {
  const body = {};
  for (const field of ['first_name', 'middle_name', 'last_name', 'password', 'email']) {
    const value = rng.chance(0.6) ? valid[field] : rng.pick(jsonValues);
    if (value !== undefined) body[field] = value;
  }
  if (rng.chance(0.6)) {
    const count = rng.below(4);
    body.custom_attributes = rng.chance(0.85) ? Array.from({ length: count }, () => rng.pick(attributeItems)) : rng.pick(jsonValues);
  }
  if (rng.chance(0.15)) body.nickname = rng.pick(jsonValues) ?? 'x';
  let query = 'api_token=654321';
  if (rng.chance(0.15)) {
    query = rng.pick(['', 'api_token=', 'api_token=1;first_name=q', 'api_token=1&api_token=', 'x=%zz&api_token=1', 'api_token[]=1']);
    if (rng.chance(0.5)) body.api_token = rng.pick(jsonValues) ?? 'token';
  }
  return json(body, query, rng.pick(optionSets));
}

const formValues = ['', 'Ann', 'a%40b.co', 'a@b.co', '%FF', '%C3%A9', 'x+y', 'a%zz', 'Pa55word!', '%', '1', 'true', '%00'];
const formNames = ['first_name', 'middle_name', 'last_name', 'password', 'email', 'first_name[]', 'email[x]', 'nickname',
  'custom_attributes[][key]', 'custom_attributes[][value]', 'custom_attributes[]', 'custom_attributes[0][key]',
  'custom_attributes', 'api_token', '[]', 'last_name[', ''];

function generatedForm(rng) {
  const pairs = [];
  for (const field of ['first_name', 'last_name', 'password', 'email']) {
    if (rng.chance(0.8)) pairs.push(`${field}=${field === 'email' ? 'a@b.co' : 'x'}`);
  }
  for (let i = rng.below(6); i > 0; i -= 1) {
    const nameAt = rng.pick(formNames);
    pairs.splice(rng.below(pairs.length + 1), 0, rng.chance(0.1) ? nameAt : `${nameAt}=${rng.pick(formValues)}`);
  }
  const separator = () => rng.pick(['&', '&', '&', ';', '& ', '&&']);
  const body = pairs.map((pair, i) => (i === 0 ? pair : separator() + pair)).join('');
  const query = rng.chance(0.85) ? 'api_token=654321' : rng.pick(['', 'api_token=', 'api_token=1;first_name=q', 'api_token=%zz']);
  return form(body, query, rng.pick(optionSets));
}

export function requests(rng, count) {
  const list = handPicked();
  while (list.length < count) list.push(rng.chance(0.5) ? generatedJson(rng) : generatedForm(rng));
  return list;
}

export async function answers(list) {
  const lines = await ask('ruby', [new URL('./grape.rb', import.meta.url).pathname], list.map((r) => JSON.stringify(r)));
  return lines.map((line) => JSON.parse(line));
}

/** Compares one request's answer from Grape with formmirror's. */
export function compare(formmirror, request, oracle) {
  const url = request.query ? `${PATH}?${request.query}` : PATH;
  const mine = formmirror.validateRequest({ url, method: 'POST', contentType: request.content_type, body: request.body }, request.options);
  let verdict = 'agree';
  if (mine.status !== oracle.status) verdict = `status ${mine.status}, Grape ${oracle.status}: ${mine.bodyText ?? ''} / ${oracle.body ?? oracle.raised}`;
  // An accepted request: Grape's body is the created user, which only the server can know.
  else if (oracle.status === 201) verdict = 'agree';
  else if (oracle.status === 500) verdict = mine.bodyText === null ? 'agree' : `500 with a body: ${mine.bodyText}`;
  else if (mine.bodyText !== oracle.body) verdict = `body ${mine.bodyText}, Grape ${oracle.body}`;
  if (verdict !== 'agree' && request.deep) return { known: 'json-depth' };
  return verdict;
}
