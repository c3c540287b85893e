// Runs the shared case files (tests/cases/*.json) against the JavaScript API, in Node and in
// the browser page alike. It mirrors tests/cases.rs step for step; see tests/README.md.

export function expand(value) {
  if (Array.isArray(value)) return value.map(expand);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$repeat') return value.$repeat[0].repeat(value.$repeat[1]);
    return Object.fromEntries(keys.map((k) => [k, expand(value[k])]));
  }
  return value;
}

// The case's input object: its base, overridden by `input`, less `omit`.
export function inputOf(doc, testCase) {
  if (testCase.base === undefined && testCase.input === undefined) return undefined;
  const merged = { ...(testCase.base === undefined ? {} : doc.bases[testCase.base]), ...testCase.input };
  for (const key of testCase.omit ?? []) delete merged[key];
  return expand(merged);
}

// The answer as the native library writes it: `body` as its exact text, `bodyText`, which
// JSON.parse cannot hold in every case (a JSON-RPC id such as 12345678901234567890).
const BODY = '\u0000body\u0000';
function answerText(answer) {
  if (!('bodyText' in answer)) return JSON.stringify(answer);
  return JSON.stringify({ ...answer, body: BODY }).replace(JSON.stringify(BODY), answer.bodyText ?? 'null');
}

// { raw } with the answer as JSON text, or { usage } with a TypeError's message.
export function run(api, doc, testCase) {
  const { endpoint, options } = testCase;
  const input = inputOf(doc, testCase);
  try {
    let answer;
    if (testCase.batch_csv !== undefined) answer = api.validateBatch(endpoint, testCase.batch_csv, options);
    else if (testCase.batch_rows !== undefined) answer = api.validateBatch(endpoint, expand(testCase.batch_rows), options);
    else if (testCase.request !== undefined) answer = api.validateRequest(testCase.request, options);
    else if (testCase.field !== undefined) answer = api.validateField(endpoint, testCase.field, testCase.value, input, options);
    else answer = api.validate(endpoint, testCase.query ?? testCase.json ?? input ?? {}, options);
    return { raw: answerText(answer) };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return { usage: error.message.replace(/^formmirror: /, '') };
  }
}

/**
 * The committed golden answers of one case file (tests/golden/x.txt, written by the native
 * run): `=== <case name>` then the answer on one line. Returns { name: answer }.
 */
export function parseGolden(text) {
  const answers = {};
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  for (let i = 0; i < lines.length; i += 2) {
    if (!lines[i].startsWith('=== ') || lines[i + 1] === undefined) throw new Error(`golden file: bad entry at ${lines[i]}`);
    answers[lines[i].slice(4)] = lines[i + 1];
  }
  return answers;
}

/** A result in the form the golden files hold it. */
export function goldenForm(result) {
  return result.raw ?? `usage error: ${result.usage}`;
}

const pairs = (issues) => issues.map((i) => [i.field, i.code]);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// Every difference between a result and the case's `expect`.
export function check(doc, testCase, result) {
  const expect = testCase.expect;
  const problems = [];
  if ((result.raw ?? result.usage).includes(doc.password_marker)) problems.push('the answer echoes the password');
  if (expect.usage_error !== undefined) {
    if (!result.usage?.includes(expect.usage_error)) {
      problems.push(`expected a usage error containing ${JSON.stringify(expect.usage_error)}, got ${result.raw ?? result.usage}`);
    }
    return problems;
  }
  if (result.usage !== undefined) return [`unexpected TypeError: ${result.usage}`];
  const answer = JSON.parse(result.raw);
  if (expect.batch !== undefined) {
    const got = { total: answer.total, valid: answer.valid, invalid: answer.invalid, rows: answer.results.map((r) => [r.row, pairs(r.errors)]) };
    if (!same(got, expect.batch)) problems.push(`batch ${JSON.stringify(got)}, expected ${JSON.stringify(expect.batch)}`);
    return problems;
  }
  if (expect.status !== undefined && answer.status !== expect.status) problems.push(`status ${answer.status}, expected ${expect.status}`);
  if (expect.body !== undefined && !same(answer.body, expect.body)) {
    problems.push(`body ${JSON.stringify(answer.body)}, expected ${JSON.stringify(expect.body)}`);
  }
  for (const key of ['errors', 'warnings']) {
    if (expect[key] !== undefined && !same(pairs(answer[key]), expect[key])) {
      problems.push(`${key} ${JSON.stringify(pairs(answer[key]))}, expected ${JSON.stringify(expect[key])}`);
    }
  }
  if (testCase.expect_suggestions !== undefined) {
    const got = Object.fromEntries([...answer.errors, ...answer.warnings].filter((i) => i.suggestion !== undefined)
      .map((i) => [i.field, i.suggestion]));
    if (!same(got, testCase.expect_suggestions)) {
      problems.push(`suggestions ${JSON.stringify(got)}, expected ${JSON.stringify(testCase.expect_suggestions)}`);
    }
  }
  if (answer.ok !== (answer.errors.length === 0)) problems.push('ok disagrees with errors');
  return problems;
}

/** Runs every case of every file, each compared with its golden answer; returns { count, failures }. */
export function runAll(api, files, golden) {
  const failures = [];
  let count = 0;
  for (const [file, doc] of Object.entries(files)) {
    for (const testCase of doc.cases) {
      const result = run(api, doc, testCase);
      for (const problem of check(doc, testCase, result)) failures.push(`${file}: ${testCase.name}: ${problem}`);
      const wanted = golden[file]?.[testCase.name];
      if (wanted !== goldenForm(result)) {
        failures.push(`${file}: ${testCase.name}: differs from the golden answer\n  wasm:   ${goldenForm(result).slice(0, 300)}\n  golden: ${String(wanted).slice(0, 300)}`);
      }
      count += 1;
    }
  }
  return { count, failures };
}
