// The JavaScript API's own promises: programming mistakes throw TypeErrors that say what was
// expected; bad user input never throws, never pollutes prototypes, never echoes a password,
// and leaves the module working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { esm, cjs } from './helpers.mjs';

const CREATE = 'enswitch/people/create';
const valid = { auth_username: 'admin', auth_password: 'pw', username: 'ann', email: 'ann@example.com', password: 'Secret-1', role: '2' };

test('ready() resolves in Node and the API works without it', async () => {
  assert.equal(esm.validate(CREATE, valid).status, 201);
  await esm.ready();
  await cjs.ready();
});

test('programming mistakes are TypeErrors that say what was expected', () => {
  const mistakes = [
    [() => esm.validate('enswitch/people/delete', valid), /unknown endpoint "enswitch\/people\/delete"; expected one of: enswitch\/people\/create/],
    [() => esm.validate(42, valid), /endpointId must be a string, not a number/],
    [() => esm.validate(CREATE, 42), /input must be a plain object, an array \(a JSON-RPC batch\), URLSearchParams, FormData, a query string/],
    [() => esm.validate(CREATE, null), /not null/],
    [() => esm.validate(CREATE, undefined), /not a undefined/],
    [() => esm.validate(CREATE, new Map()), /not a Map/],
    [() => esm.validate(CREATE, () => valid), /not a function/],
    [() => { const loop = { ...valid }; loop.self = loop; esm.validate(CREATE, loop); }, /cannot be read as JSON/],
    [() => esm.validate(CREATE, valid, 'strict'), /options must be an object, not a string/],
    [() => esm.validate(CREATE, valid, { actor: { role: 7 } }), /options.actor.role must be a string, not a number/],
    [() => esm.validateField(CREATE, 'forname', 'x'), /has no field "forname"; did you mean "forename"\?/],
    [() => esm.validateRequest(42), /validateRequest takes a URL or request text/],
    [() => esm.choices('colour'), /unknown choice list "colour"; expected one of: country, date_format, time_format, timezone/],
  ];
  for (const [call, message] of mistakes) assert.throws(call, (e) => e instanceof TypeError && message.test(e.message));
});

test('hostile user input gets answers, not exceptions, and the module keeps working', () => {
  const deep = {};
  let cursor = deep;
  for (let i = 0; i < 100000; i += 1) cursor = cursor.a = {};
  const hostile = [
    { ...valid, username: 'x'.repeat(5 << 20) },
    { ...valid, forename: '\uDC00\uD800' },
    { ...valid, company: deep },
    { ...valid, role: 10n ** 30n },
    { ...valid, email: Symbol('e'), title: undefined, surname: () => 1 },
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    '\uD800=1;a=%',
    '{"username": "\uD800"',
    `${'['.repeat(100000)}`,
    'x'.repeat(3 << 20),
  ];
  for (const input of hostile) {
    const answer = esm.validate(CREATE, input);
    assert.equal(typeof answer.status, 'number');
    assert.equal(answer.ok, false);
    assert.ok(answer.errors.every((e) => typeof e.message === 'string' && e.message.length < 300));
  }
  assert.match(esm.validate(CREATE, { ...valid, company: deep }).errors[0].message, /nested too deeply/);
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  assert.equal(esm.validate(CREATE, valid).status, 201);
});

test('text of any script reaches the rules intact, wherever the multi-byte characters are', () => {
  // The request text is written into wasm memory by encodeInto, first assuming one byte per
  // UTF-16 unit; unknown parameter names come back verbatim in warnings, so they show it.
  const names = ['é', 'xé', 'éx', `${'a'.repeat(100)}中`, `中${'a'.repeat(100)}`, '𝒳𝒳', `k${'ü'.repeat(40)}`];
  for (const api of [esm, cjs]) {
    for (const name of names) {
      const answer = api.validate(CREATE, { ...valid, [name]: 'ÿ' });
      assert.deepEqual(answer.warnings.map((w) => w.field), [name.length > 64 ? [...name].slice(0, 64).join('') + '…' : name]);
    }
    // A CSV column is named in a warning when its name is close to a parameter's (otherwise by
    // its place, as it may be a value): names one edit from "forename", multi-byte anywhere.
    for (const name of ['éforename', 'forenamé', 'fore中name', '𝒳orename', `forenam${'ü'}`]) {
      const batch = api.validateBatch(CREATE, `${Object.keys(valid).join(',')},${name}\n${Object.values(valid).join(',')},ÿ\n,,,,,,${name}\n`);
      assert.deepEqual([batch.total, batch.valid, batch.warnings[0].field, batch.warnings[0].suggestion], [2, 1, name, 'forename']);
      assert.equal(batch.results[0].warnings.at(-1).field, name);
    }
  }
});

test('a password never appears in any answer', () => {
  const marker = 'Pw-in-JS-9c1e';
  const options = { passwordPolicy: { minLength: 40, requireSymbol: true } };
  const answers = [
    esm.validate(CREATE, { ...valid, password: marker }, options),
    esm.validate(CREATE, { ...valid, password: marker, role: 'x', email: marker }, options),
    esm.validate(CREATE, { password: marker }),
    esm.validate(CREATE, `password=${marker};auth_username=a;auth_password=${marker}`),
    esm.validateField(CREATE, 'password', marker, valid, options),
    esm.validateRequest(`/api/json/people/create/?auth_password=${marker};password=${marker}`, options),
    esm.validate('enswitch/people/update', { ...valid, id: '1', password: `${marker}\u0000` }, { ...options, actor: { role: 'user', personId: 2 } }),
  ];
  for (const answer of answers) assert.ok(!JSON.stringify(answer).includes(marker), JSON.stringify(answer));
});

test('answers are plain JSON data whose body stringifies to the server text', () => {
  const answer = esm.validate(CREATE, { ...valid, timezone: 'europe/london', forname: 'Ann' });
  assert.deepEqual(Object.keys(answer), ['ok', 'status', 'body', 'bodyText', 'errors', 'warnings']);
  assert.equal(JSON.stringify(answer.body),
    '{"responses":[{"code":"400","key":"timezone","message":"Must be an IANA time zone name, such as Europe/London. Did you mean \\"Europe/London\\"?"}]}');
  assert.equal(answer.bodyText, JSON.stringify(answer.body));
  assert.deepEqual(answer.warnings, [{ field: 'forname', code: 'unknown_parameter',
    message: 'Not a parameter of this endpoint; the server ignores it. Did you mean "forename"?', reason: { id: 'unknown_parameter' },
    suggestion: 'forename' }]);
});

test('endpoints() describes both seed tables in their order, with types, defaults and descriptions', () => {
  const [create, update] = esm.endpoints();
  assert.equal(create.id, CREATE);
  assert.equal(create.method, 'GET');
  assert.equal(create.path, '/api/json/people/create/');
  assert.deepEqual(create.fields.slice(0, 6).map((f) => [f.name, f.type, f.required]), [
    ['auth_username', 'String', true], ['auth_password', 'String', true], ['username', 'String', true],
    ['email', 'String', true], ['password', 'String', true], ['role', 'Integer', true]]);
  assert.deepEqual(create.fields.find((f) => f.name === 'date_format'),
    { name: 'date_format', type: 'String', required: false, default: 'YYYY-MM-DD', description: 'Date format. "DD/MM/YYYY", "MM/DD/YYYY", or "YYYY-MM-DD".',
      choices: 'date_format' });
  // Every field that names a list is one choices() offers, and the four lists are all named.
  const lists = new Set(esm.endpoints().flatMap((e) => e.fields.flatMap((f) => (f.choices ? [f.choices] : []))));
  assert.deepEqual([...lists].sort(), ['country', 'date_format', 'time_format', 'timezone']);
  for (const list of lists) assert.ok(esm.choices(list).length > 0, list);
  assert.equal(create.fields.length, 25);
  assert.equal(update.id, 'enswitch/people/update');
  assert.deepEqual(update.fields.slice(0, 3).map((f) => f.name), ['auth_username', 'auth_password', 'id']);
  assert.equal(update.fields.find((f) => f.name === 'username').default, 'Current value.');
  create.fields.length = 0;
  assert.equal(esm.endpoints()[0].fields.length, 25, 'callers get their own copy');
  assert.deepEqual(cjs.endpoints(), esm.endpoints());
});

test('choices() feeds the <select>s', () => {
  const countries = esm.choices('country');
  assert.ok(countries.length >= 249);
  assert.deepEqual(countries.find((c) => c.value === 'GB'), { value: 'GB', label: 'United Kingdom of Great Britain and Northern Ireland' });
  const zones = esm.choices('timezone').map((c) => c.value);
  for (const zone of ['Europe/London', 'US/Eastern', 'America/Argentina/Buenos_Aires']) assert.ok(zones.includes(zone), zone);
  assert.equal(esm.choices('timezone').find((c) => c.value === 'America/New_York').label, 'America/New York');
  assert.deepEqual(esm.choices('date_format').map((c) => c.value), ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD']);
  assert.deepEqual(esm.choices('time_format').map((c) => c.value), ['12', '24']);
});

test('endpoints() lists all five, with the JSON-RPC and list types', () => {
  const all = esm.endpoints();
  assert.deepEqual(all.map((e) => e.id),
    ['enswitch/people/create', 'enswitch/people/update', 'api20/users/create', 'activeplatform/users/create', 'cove/AddUser']);
  const byId = Object.fromEntries(all.map((e) => [e.id, e]));
  assert.deepEqual(byId['api20/users/create'].fields.map((f) => [f.name, f.required]),
    [['name', true], ['email', true], ['username', true], ['customer_id', true], ['language', false],
      ['can_customer_admin', false], ['id', false], ['hash', false], ['enterprise_id', false]]);
  assert.equal(byId['activeplatform/users/create'].fields.find((f) => f.name === 'custom_attributes').type, 'Array<{key, value}>');
  assert.equal(byId['cove/AddUser'].fields.find((f) => f.name === 'Flags').type, 'Array<String>');
});

test('validateRequest finds each endpoint from a URL, request parts or a JSON-RPC body', () => {
  const body = { first_name: 'John', last_name: 'Doe', password: 'pw', email: 'john@example.com' };
  const parts = esm.validateRequest({ method: 'POST', url: 'https://billing.example.com/api/vendor/v1/users.json?api_token=654321', body });
  assert.deepEqual([parts.status, parts.body], [201, null]);
  const noToken = esm.validateRequest({ method: 'POST', url: '/api/vendor/v1/users.json', body: new URLSearchParams(body) });
  assert.deepEqual([noToken.status, noToken.body], [401, { error: 'api_token is missing' }]);
  const api20 = esm.validateRequest('POST /api/2.0/users {"name":"T","email":"t@example.com","username":"t","customer_id":0}');
  assert.deepEqual(api20.body.errors, [{ property: 'customer_id', message: 'Must be 1 or more.' }]);
  const rpc = esm.validateRequest('{"id":9,"jsonrpc":"2.0","visa":"v","method":"AddUser","params":{"userInfo":{"Name":"a@b.c"}}}');
  assert.deepEqual([rpc.status, rpc.body.id, rpc.errors.map((e) => e.field)], [-32602, 9, ['userInfo.PartnerId']]);
});

test('an array is answered as the JSON it is: a JSON-RPC batch, or a body that is not an object', () => {
  const request = { jsonrpc: '2.0', method: 'AddUser', visa: 'v', params: { userInfo: { Name: 'a@example.com', PartnerId: 1 } } };
  const batch = esm.validate('cove/AddUser', [{ ...request, id: 1 }, { ...request, id: 2, params: { userInfo: {} } }]);
  assert.deepEqual(batch.body.map((r) => [r.id, r.error?.code ?? 'result']), [[1, 'result'], [2, -32602]]);
  assert.equal(esm.validate('activeplatform/users/create', [{ first_name: 'a' }]).bodyText,
    '{"error":"api_token is missing"}');
  assert.equal(esm.validate(CREATE, [valid]).errors[0].code, 'unreadable_request');
});

test('validateRequest answers any pasted text, naming the endpoints it knows', () => {
  for (const text of ['', 'hello', 'https://example.com/nothing', 'GET /', '{"jsonrpc":"2.0","method":"DeleteUser","id":1}', '[]', '\uD800', '{']) {
    const answer = esm.validateRequest(text);
    assert.equal(answer.ok, false, text);
    assert.equal(answer.status, 404, text);
    assert.deepEqual(answer.errors.map((e) => e.code), ['unknown_endpoint'], text);
    assert.match(answer.errors[0].message, /POST \/api\/2\.0\/users, .*JSON-RPC AddUser\.$/, text);
  }
});

test('bodyText is the body byte for byte, where JSON.parse cannot keep a number', () => {
  const request = (id) => `{"jsonrpc":"2.0","method":"AddUser","params":{"userInfo":{}},"visa":"v","id":${id}}`;
  for (const id of ['12345678901234567890', '1.0', '-0.5e3', '"x"', 'null']) {
    const answer = esm.validate('cove/AddUser', request(id));
    assert.ok(answer.bodyText.startsWith(`{"id":${id},"jsonrpc":"2.0","error":{"code":-32602,`), answer.bodyText);
    assert.deepEqual(JSON.parse(answer.bodyText), answer.body);
  }
  assert.notEqual(JSON.stringify(esm.validate('cove/AddUser', request('12345678901234567890')).body).slice(0, 26), '{"id":12345678901234567890');
});
