// A compiled validator sends a plain form of text fields without JSON (validateFields); every
// other input goes as JSON (validateWith). Both must give the same answer, byte for byte: here over
// generated forms of every endpoint, keys in any order, values valid, invalid and hostile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, cjs, esm, seeded } from './helpers.mjs';

const installed = join(app, 'node_modules/formmirror');
const { makeApi } = await import(pathToFileURL(join(installed, 'js/core.mjs')).href);
const glue = createRequire(join(installed, 'package.json'))('./pkg-node/formmirror.js');
// The same glue, counting which path each call takes.
const calls = { validateFields: 0, validateWith: 0 };
const counted = new Proxy(glue, {
  get(target, name) {
    const value = target[name];
    if (name in calls) return (...args) => { calls[name] += 1; return value(...args); };
    return value;
  },
});
const api = makeApi(counted, undefined, () => esm.endpoints());

const VALUES = ['', 'ann', 'ann@example.com', 'ann@', '1', '0', '-1', '12345678901234567890', 'Europe/London', 'europe/london', 'gb',
  'UK', 'en-gb', '24', 'DD/MM/YYYY', '+44 20 7946 0018', 'call me', '192.0.2.0/24', 'x'.repeat(300), 'é😀', ' ', 'a\tb', 'yes',
  'default', 'Pw-12345-long', 'true', '__proto__', '{"a":1}'];
const OPTIONS = [undefined, { credentials: 'backend' }, { credentials: 'backend', passwordPolicy: { minLength: 10, requireDigit: true }, roles: [1, 2] }];

// Keys no table has, envelope members among them (an envelope may read those as its own, so the
// wasm answers such a form the general way), and an own "__proto__".
const UNKNOWN = ['nickname', 'confirm_password', 'forname', 'jsonrpc', 'id', 'method', 'params', 'visa', '__proto__', 'ключ😀'];

test('a form of text values answers the same without JSON as with it, keys of no field too', () => {
  const next = seeded(2024);
  let compared = 0;
  let withUnknown = 0;
  for (const endpoint of esm.endpoints()) {
    const names = endpoint.fields.map((f) => f.name);
    for (const options of OPTIONS) {
      const compiled = api.compile(endpoint.id, options);
      for (let round = 0; round < 150; round += 1) {
        const shuffled = [...names].sort(() => next(3) - 1);
        const entries = shuffled.slice(0, next(names.length + 1)).map((name) => [name, VALUES[next(VALUES.length)]]);
        for (let extra = next(4) - 1; extra > 0; extra -= 1) {
          entries.splice(next(entries.length + 1), 0, [UNKNOWN[next(UNKNOWN.length)], VALUES[next(VALUES.length)]]);
        }
        // Object.fromEntries defines each key, so "__proto__" is an own key, as JSON.parse makes it.
        const form = Object.fromEntries(entries);
        if (Object.keys(form).some((key) => !names.includes(key))) withUnknown += 1;
        const before = calls.validateFields;
        const fast = compiled.validate(form);
        assert.equal(calls.validateFields, before + 1, 'the form went as JSON');
        const general = api.validate(endpoint.id, JSON.stringify(form), options);
        assert.deepEqual(fast, general, `${endpoint.id} ${JSON.stringify(form).slice(0, 300)}`);
        assert.equal(fast.bodyText, general.bodyText);
        compared += 1;
      }
    }
  }
  assert.ok(compared >= 2000 && withUnknown >= 500, `${compared} forms, ${withUnknown} with keys of no field`);
});

test('anything but a plain form of text values goes as JSON, with the same answers as before', () => {
  const compiled = api.compile('enswitch/people/create', { credentials: 'backend' });
  class Signup { constructor() { this.username = 'ann'; } }
  const inputs = [
    { username: 'ann', role: 1 },                       // a number
    { username: '\ud800' },                             // a lone surrogate
    new Signup(),                                       // a class instance
    Object.assign(Object.create(null), { username: 'ann' }),
    { username: 'ann', toJSON() { return { username: 'bob' }; } },
    { username: 'x'.repeat(200_000) },                  // past the form path's size
    { username: 'ann', company: 'x'.repeat(70_000) },  // a value past two bytes' length
    Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`extra${i}`, 'x'])), // more keys of no field than the head holds
  ];
  for (const input of inputs) {
    const before = calls.validateFields;
    const answer = compiled.validate(input);
    assert.equal(calls.validateFields, before, `${Object.keys(input)}: took the form path`);
    assert.deepEqual(answer, esm.validate('enswitch/people/create', input, { credentials: 'backend' }));
  }
});

test('values holding NUL, or lone surrogates that pair up across two values, answer as their JSON does', () => {
  // A NUL is text like any other on the form path; two lone surrogates side by side look like
  // one character in the joined text, which the values' lengths cut, so the form goes as JSON.
  const compiled = api.compile('enswitch/people/create', { credentials: 'backend' });
  const cases = [
    [{ username: 'a\u0000b' }, 'validateFields'], [{ username: 'ann', email: '\u0000' }, 'validateFields'],
    [{ email: 'a@b.c', username: 'x\u0000', role: '1' }, 'validateFields'],
    [{ username: 'ann\ud83d', email: '\ude00a@b.c' }, 'validateWith'], [{ forename: '\ud83d', surname: '\ude00' }, 'validateWith'],
  ];
  for (const [input, path] of cases) {
    const before = calls[path];
    const answer = compiled.validate(input);
    assert.equal(calls[path], before + 1, `${JSON.stringify(input)} did not reach ${path}`);
    assert.deepEqual(answer, esm.validate('enswitch/people/create', input, { credentials: 'backend' }));
    assert.equal(answer.ok, false);
  }
});

test('compiled validators with different options, called in turn, each answer by their own options', () => {
  // The wasm keeps the options last read and reads them again only when the text changes.
  const form = { auth_username: 'u', auth_password: 'p', username: 'ann', email: 'ann@example.com', password: 'twenty characters ok', role: '2' };
  const lenient = api.compile('enswitch/people/create', { passwordPolicy: { minLength: 10 } });
  const strict = api.compile('enswitch/people/create', { passwordPolicy: { minLength: 30 }, roles: [1] });
  for (let round = 0; round < 5; round += 1) {
    assert.equal(lenient.validate(form).ok, true);
    assert.deepEqual(strict.validate(form).errors.map((e) => e.field).sort(), ['password', 'role']);
    assert.equal(api.validate('enswitch/people/create', form).ok, true);
    // Options of the wrong shape are refused every time, and leave the others' in place.
    assert.throws(() => api.validate('enswitch/people/create', form, { passwordPolicy: { minLength: 'ten' } }), TypeError);
    assert.deepEqual(strict.validate(JSON.stringify(form)).errors.map((e) => e.field).sort(), ['password', 'role']);
  }
});

test('an answer the same as the last is the caller\'s own copy, whichever validator or API asked in between', () => {
  // The module keeps each compiled validator's last answer and only says "the same" when it
  // repeats; validators compiled twice with the same options share one, and a second API over
  // the same module (the CommonJS entry loads the glue this file's API uses) has validators of
  // its own, as does the ES module entry over its own instance of the module.
  const options = { credentials: 'backend' };
  const first = api.compile('enswitch/people/create', options);
  const twin = api.compile('enswitch/people/create', options);
  const other = cjs.compile('enswitch/people/create', options);
  const own = esm.compile('enswitch/people/create', options);
  const forms = [
    { username: 'ann', email: 'ann@example.com', password: 'pw', role: '1' },
    { username: 'ann', email: 'ann@', password: 'pw', role: '1' },
    { username: 'two words', email: 'ann@', role: 'x' },
  ];
  const next = seeded(7);
  const validators = [first, twin, other, own];
  for (let round = 0; round < 300; round += 1) {
    const form = forms[next(forms.length)];
    const answer = validators[next(validators.length)].validate(form);
    const expected = api.validate('enswitch/people/create', JSON.stringify(form), options);
    assert.deepEqual(answer, expected, `round ${round}: ${JSON.stringify(form)}`);
    // Whatever the caller does to its answer stays with that answer.
    answer.errors.push({ field: 'mutated' });
    answer.body.responses[0].message = 'mutated';
    answer.warnings.push('mutated');
  }
});

test('forms whose keys change order, or that stop halfway to go as JSON, answer as their JSON does', () => {
  // The table indexes of the last form's keys are kept while the keys stay the same; a form that
  // is refused halfway (a number, a lone surrogate) must not leave the next form with indexes of
  // the wrong keys, nor one with a key of no field, which takes two entries, shift the others.
  const options = { credentials: 'backend' };
  const compiled = api.compile('enswitch/people/create', options);
  const other = api.compile('enswitch/people/update', options);
  // Each value valid for its own field only, so a value at another field's index changes the answer.
  const base = { username: 'ann', email: 'ann@example.com', role: '2', timezone: 'Europe/London' };
  const reorder = (form, order) => Object.fromEntries(order.map((i) => Object.entries(form)[i]));
  const forms = [
    base, reorder(base, [3, 2, 1, 0]), reorder(base, [1, 0, 3, 2]), { username: 'ann', email: 'ann@' },
    { ...reorder(base, [2, 0, 1, 3]), timezone: '\ud800' }, { ...reorder(base, [3, 1, 0, 2]), role: 1 },
    { ...reorder(base, [0, 3, 2, 1]), nickname: 'x' }, { email: 'a@b.c\u0000', username: 'ann' },
    // The last form's keys and then some, or only the first of them.
    { ...base, password: 'pw' }, { username: 'ann', email: 'ann@example.com' }, { username: 'ann' }, {},
  ];
  const next = seeded(99);
  for (let round = 0; round < 400; round += 1) {
    const form = forms[next(forms.length)];
    const [validator, id] = next(4) === 0 ? [other, 'enswitch/people/update'] : [compiled, 'enswitch/people/create'];
    assert.deepEqual(validator.validate(form), api.validate(id, JSON.stringify(form), options), `round ${round}: ${JSON.stringify(form)}`);
  }
});

test('while Object.prototype has an enumerable property, a form goes as JSON, which leaves it out', () => {
  // The form path lists a form's keys with for...in, which would also list an inherited one.
  const compiled = api.compile('enswitch/people/create', { credentials: 'backend' });
  const form = { username: 'ann', email: 'ann@example.com' };
  const expected = compiled.validate(form);
  assert.equal(expected.ok, false, 'the form lacks a role and a password');
  Object.prototype.role = '2';
  try {
    const before = calls.validateWith;
    const answer = compiled.validate(form);
    assert.equal(calls.validateWith, before + 1, 'the form did not go as JSON');
    assert.deepEqual(answer, expected);
  } finally {
    delete Object.prototype.role;
  }
  const before = calls.validateFields;
  assert.deepEqual(compiled.validate(form), expected);
  assert.equal(calls.validateFields, before + 1, 'the form path is taken again');
});

test('an answer\'s texts are read whole past 32,767 UTF-16 units, where a length needs both its characters', () => {
  // No answer of today's tables has such a text (field names are shortened, messages come from
  // the catalogue), so the module is stood in for by one that answers with a crafted text in the
  // format src/wasm.rs write_answer documents.
  const length = (n) => String.fromCharCode(Math.floor(n / 0x8000), n % 0x8000);
  const text = (t) => length(t.length) + t;
  const field = 'f'.repeat(40_000) + '😀';
  const reason = JSON.stringify({ id: 'too_long', max: 70_000 });
  const crafted = `400\n${length(1)}${text(field)}${text('too_long')}${text('m'.repeat(0x8000))}${text(reason)}${length(0)}${length(0)}{"ok":false}`;
  const stood = makeApi(new Proxy(glue, { get: (target, name) => (name === 'validate' ? () => crafted : target[name]) }), undefined, () => []);
  const answer = stood.validate('enswitch/people/create', {});
  assert.equal(answer.status, 400);
  assert.deepEqual(answer.errors, [{ field, code: 'too_long', message: 'm'.repeat(0x8000), reason: { id: 'too_long', max: 70_000 } }]);
  assert.deepEqual(answer.warnings, []);
  assert.equal(answer.bodyText, '{"ok":false}');
});
