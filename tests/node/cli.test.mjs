// `npx formmirror check`, from the installed package's bin: the same answers as validateBatch on
// the whole file, however the file is cut into pieces, with broken quotes scattered through it;
// the three output formats; exit status 0, 1 and 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, esm, seeded } from './helpers.mjs';

const bin = join(app, 'node_modules/.bin/formmirror');
const run = (args, input) => spawnSync(bin, args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
const ENDPOINT = 'enswitch/people/create';
const OPTIONS = { credentials: 'backend' };

/** `rows` rows of signups, some invalid, with quotes dropped into random places (fixed seed). */
function brokenCsv(rows, seed) {
  const next = seeded(seed);
  const lines = ['username,email,password,role,timezone,country'];
  for (let i = 0; i < rows; i += 1) {
    let line = next(7) === 0 ? `user ${i},u${i}@,pw,0,europe/london,UK` : `user${i},u${i}@example.com,Pw-${i}-long,1,Europe/London,GB`;
    if (next(40) === 0) {
      const at = next(line.length);
      line = `${line.slice(0, at)}"${line.slice(at)}`;
    }
    if (next(60) === 0) line = `"${line.replace(',', '\n,')}"`;
    lines.push(next(50) === 0 ? '' : line);
  }
  return `${lines.join(next(2) ? '\n' : '\r\n')}\n`;
}

/** What `check --format json` should print: validateBatch's answer on the whole file. */
function expectedJsonLines(csv) {
  const answer = esm.validateBatch(ENDPOINT, csv, OPTIONS);
  const lines = [];
  if (answer.warnings.length > 0) lines.push(JSON.stringify({ row: 0, line: 1, lastLine: 1, errors: [], warnings: answer.warnings }));
  for (const row of answer.results) lines.push(JSON.stringify(row));
  lines.push(JSON.stringify({ total: answer.total, valid: answer.valid, invalid: answer.invalid }));
  return `${lines.join('\n')}\n`;
}

test('check answers as validateBatch does on the whole file, however the file is cut into pieces', () => {
  for (const [rows, seed] of [[20000, 1], [3000, 2], [3000, 3]]) {
    const file = join(app, `broken-${seed}.csv`);
    const csv = brokenCsv(rows, seed);
    writeFileSync(file, csv);
    const expected = expectedJsonLines(csv);
    assert.ok(JSON.parse(expected.trim().split('\n').at(-1)).invalid > 100);
    for (const chunk of ['1000', '7777', '65536']) {
      const result = run(['check', file, '--endpoint', ENDPOINT, '--credentials', 'backend', '--format', 'json', '--chunk-chars', chunk]);
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stdout, expected, `${rows} rows, seed ${seed}, pieces of ${chunk}`);
    }
  }
});

test('check reads standard input, and says so in one line on standard error', () => {
  const csv = brokenCsv(500, 9);
  const result = run(['check', '-', '-e', ENDPOINT, '--options', JSON.stringify(OPTIONS), '--format', 'json'], csv);
  assert.equal(result.stdout, expectedJsonLines(csv));
  const counts = JSON.parse(result.stdout.trim().split('\n').at(-1));
  assert.equal(result.stderr, `${counts.total} rows: ${counts.valid} valid, ${counts.invalid} invalid\n`);
});

test('check writes a readable table and CSV, and exits 0 when every row passes', () => {
  const file = join(app, 'few.csv');
  writeFileSync(file, 'username,emial,email,password,role\nann,x,ann@example.com,long enough 1,1\nbob,x,bob@,long enough 1,1\n');
  let result = run(['check', file, '-e', ENDPOINT, '--credentials', 'backend']);
  assert.equal(result.status, 1);
  const table = result.stdout.split('\n');
  assert.match(table[0], /^header {2}column "emial": .*Did you mean "email"\?$/);
  assert.equal(table[1], `row 2      line 3       email            ${esm.validate(ENDPOINT, { email: 'bob@' }, OPTIONS).errors.find((e) => e.field === 'email').message}`);
  result = run(['check', file, '-e', ENDPOINT, '--credentials', 'backend', '--format', 'csv']);
  const records = result.stdout.trim().split('\n');
  assert.equal(records[0], 'row,line,last_line,field,code,message');
  assert.match(records[1], /^0,1,1,emial,unknown_parameter,/);
  assert.match(records[2], /^2,3,3,email,invalid_email,/);

  writeFileSync(file, 'username,email,password,role\nann,ann@example.com,long enough 1,1\n');
  result = run(['check', file, '-e', ENDPOINT, '--credentials', 'backend']);
  assert.deepEqual([result.status, result.stdout, result.stderr], [0, '', '1 rows: 1 valid, 0 invalid\n']);
});

test('check refuses what it cannot use with exit status 2 and the reason', () => {
  const file = join(app, 'few.csv');
  for (const [args, message] of [
    [['check', file, '-e', 'enswitch/people/craete'], /unknown endpoint "enswitch\/people\/craete"/],
    [['check', join(app, 'missing.csv'), '-e', ENDPOINT], /ENOENT|no such file/],
    [['check', file], /--endpoint is required/],
    [['check', file, '-e', ENDPOINT, '--format', 'xml'], /--format is table, json or csv/],
    [['check', file, '-e', ENDPOINT, '--options', '{nope'], /the options are not JSON/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ]) {
    const result = run(args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, message);
  }
  // Bytes that are not UTF-8, in the middle or cut at the end: refused as the Rust command does.
  for (const bytes of [Buffer.from('username\nann\xff\n', 'latin1'), Buffer.concat([Buffer.from('username\nann'), Buffer.from([0xc3])])]) {
    const result = spawnSync(bin, ['check', '-', '-e', ENDPOINT], { input: bytes, encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /not UTF-8 text/);
  }
});
