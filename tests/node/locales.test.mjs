// The message catalogues (formmirror/locales/*): every reason the Rust side can give has words
// in every locale, English equals the Rust catalogue's words exactly, and a locale changes
// messages only: status, body, bodyText, codes and reasons stay byte for byte the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, esm, repo, caseFiles } from './helpers.mjs';
import { run } from './case-runner.mjs';

const LOCALES = ['en', 'de', 'fr', 'es'];
// Through the package's "exports", as a user imports them.
const catalogues = Object.fromEntries(await Promise.all(LOCALES.map(async (name) => {
  const { writeFileSync } = await import('node:fs');
  const file = join(app, `locale-${name}.mjs`);
  writeFileSync(file, `export { default } from 'formmirror/locales/${name}';\n`);
  return [name, (await import(pathToFileURL(file).href)).default];
})));
const examples = readFileSync(join(repo, 'tests/golden/reasons.txt'), 'utf8').split('\n')
  .filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));

// The answer as JSON text with every issue's message left out (the body's own messages stay).
const withoutMessages = (answer) => JSON.stringify(answer, (_key, value) =>
  (value !== null && typeof value === 'object' && 'reason' in value && 'code' in value ? { ...value, message: undefined } : value));
const word = (locale, reason) => locale.messages[reason.id](reason, (inner) => word(locale, inner));
const message = (locale, { reason, suggestion }) =>
  suggestion === undefined ? word(locale, reason) : `${word(locale, reason)} ${locale.didYouMean(suggestion)}`;

test('the English catalogue words every reason exactly as the Rust catalogue does', () => {
  assert.ok(examples.length > 60, `only ${examples.length} examples`);
  for (const example of examples) assert.equal(message(catalogues.en, example), example.message, example.reason.id);
});

test('every locale words every reason, and nothing else', () => {
  const ids = [...new Set(examples.map((e) => e.reason.id))].sort();
  for (const name of LOCALES) {
    const catalogue = catalogues[name];
    assert.equal(catalogue.locale, name);
    assert.deepEqual(Object.keys(catalogue.messages).sort(), ids, `${name}: the reasons it words`);
    for (const example of examples) {
      const text = message(catalogue, example);
      assert.equal(typeof text, 'string', `${name} ${example.reason.id}`);
      assert.ok(text.length > 8 && !/undefined|\[object|NaN/.test(text), `${name} ${example.reason.id}: ${text}`);
      // Each count the reason carries (a minimum of 0 is no minimum).
      const counts = Object.entries(example.reason).filter(([, v]) => typeof v === 'number' && v > 0);
      for (const [, value] of counts) {
        assert.ok(text.includes(String(value)), `${name} ${example.reason.id} leaves out ${value}: ${text}`);
      }
      if (name !== 'en') assert.notEqual(text, example.message, `${name} ${example.reason.id} is still English`);
    }
  }
});

test('a locale changes messages only: status, body, bodyText, codes and reasons stay the same', () => {
  let compared = 0;
  let translated = 0;
  for (const doc of Object.values(caseFiles())) {
    for (const testCase of doc.cases) {
      const english = run(esm, doc, testCase);
      if (english.raw === undefined) continue;
      const plain = JSON.parse(english.raw);
      for (const name of LOCALES) {
        const localized = JSON.parse(run(esm, doc, { ...testCase, options: { ...testCase.options, locale: catalogues[name] } }).raw);
        assert.equal(withoutMessages(localized), withoutMessages(plain), `${testCase.name} in ${name}`);
        assert.equal(localized.bodyText, plain.bodyText, `${testCase.name}: bodyText in ${name}`);
        assert.deepEqual(localized.body, plain.body, `${testCase.name}: body in ${name}`);
        const issues = (a) => [...(a.errors ?? []), ...(a.warnings ?? []), ...(a.results ?? []).flatMap((r) => [...r.errors, ...r.warnings])];
        if (name !== 'en') translated += issues(localized).filter((issue, i) => issue.message !== issues(plain)[i].message).length;
        else assert.deepEqual(issues(localized).map((i) => i.message), issues(plain).map((i) => i.message), testCase.name);
      }
      compared += 1;
    }
  }
  assert.ok(compared > 200, `only ${compared} cases compared`);
  assert.ok(translated > 300, `only ${translated} messages translated`);
});

test('compile() and Standard Schema speak the locale; the catalogue never reaches the Rust options', () => {
  const de = catalogues.de;
  const validator = esm.compile('enswitch/people/create', { credentials: 'backend', locale: de });
  const answer = validator.validate({ username: 'ann', email: 'ann@example', password: 'pw', role: '1', timezone: 'europe/london' });
  assert.equal(answer.status, 400);
  assert.equal(answer.errors[0].message, 'Muss ein IANA-Zeitzonenname sein, etwa Europe/Berlin. Meinten Sie „Europe/London“?');
  assert.match(answer.bodyText, /Must be an IANA time zone name/);
  const issues = validator['~standard'].validate({ username: 'ann', email: 'x', password: 'pw', role: '1' }).issues;
  assert.deepEqual(issues.map((i) => i.message), ['Muss eine gültige E-Mail-Adresse sein, etwa name@example.com.']);
  assert.throws(() => esm.validate('enswitch/people/create', {}, { locale: 'de' }), /options.locale must be a message catalogue/);
});

test('a batch is worded in the locale, row by row and for its header', () => {
  const csv = 'forname,zzz,username,email,password,role\nAda,1,ann,x,pw,1\n';
  const answer = esm.validateBatch('enswitch/people/create', csv, { credentials: 'backend', locale: catalogues.fr });
  assert.deepEqual(answer.warnings.map((w) => w.message), [
    'N’est pas un paramètre de ce point d’accès ; le serveur l’ignore. Vouliez-vous dire « forename » ?',
    'La colonne 2 n’est pas un paramètre de ce point d’accès ; le serveur l’ignore.',
  ]);
  assert.equal(answer.results[0].errors[0].message, 'Doit être une adresse e-mail valide, comme nom@example.com.');
});

test('require() finds the CommonJS catalogues, the same words as the ES modules', () => {
  const require = createRequire(join(app, 'cjs.cjs'));
  for (const name of LOCALES) {
    const catalogue = require(`formmirror/locales/${name}`);
    assert.deepEqual(Object.keys(catalogue.messages), Object.keys(catalogues[name].messages));
    for (const example of examples) assert.equal(message(catalogue, example), message(catalogues[name], example));
  }
});

test('choices("country", { locale }) names countries in its language', () => {
  const german = esm.choices('country', { locale: catalogues.de });
  const english = esm.choices('country');
  assert.equal(german.length, english.length);
  assert.equal(german.find((c) => c.value === 'DE').label, 'Deutschland');
  assert.deepEqual(german.map((c) => c.value), english.map((c) => c.value));
  assert.equal(esm.choices('timezone', { locale: catalogues.de }).length, esm.choices('timezone').length);
});
