// The JavaScript API over the wasm bindings. The Rust side takes strings and returns one string
// per call; this file turns what callers have (objects, URLSearchParams, FormData, query strings,
// JSON text) into those strings, reads the answer, and turns programming mistakes into
// TypeErrors. It holds no validation logic: every rule lives in Rust.

export { makeBindForm } from './bind-form.mjs';

const EXPECTED_INPUT =
  'a plain object, an array (a JSON-RPC batch), URLSearchParams, FormData, a query string ("a=1;b=2") or a JSON string';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `a ${value.constructor?.name ?? 'null-prototype object'}`;
  return `a ${typeof value}`;
}

// Strings reach wasm as UTF-8, where an unpaired surrogate would silently become U+FFFD.
// Spell each one so Rust still sees it, and answers "not valid Unicode" instead of guessing.
function keepLoneSurrogates(text, asJson) {
  if (text.isWellFormed()) return text;
  return text.replace(LONE_SURROGATE, (s) =>
    asJson ? `\\u${s.charCodeAt(0).toString(16)}` : '%FF');
}

function bigintAsText(_key, value) {
  return typeof value === 'bigint' ? value.toString() : value;
}

// Rust refuses JSON nested deeper than this (src/json.rs MAX_DEPTH); one level more is enough
// for it to answer "nested too deeply".
const DEEPER_THAN_ACCEPTED = 65;

// Only for objects so deep that JSON.stringify overflows the stack (about 4,000 levels in V8):
// written down to one level past what Rust accepts, so they get the same 400 as deep JSON text.
function jsonCutAtDepth(value, depth = 0) {
  if (depth > DEEPER_THAN_ACCEPTED) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => jsonCutAtDepth(item, depth + 1)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${jsonCutAtDepth(v, depth + 1)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value, bigintAsText) ?? 'null';
}

// JSON.stringify without a replacer takes V8's fast path; the replacer is only needed when a
// BigInt is in the way. A cycle is a programming mistake and throws.
function toJson(value, what) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof RangeError) return jsonCutAtDepth(value);
    try {
      if (error instanceof TypeError && /BigInt/.test(error.message)) return JSON.stringify(value, bigintAsText);
    } catch (retryError) {
      error = retryError;
    }
    throw new TypeError(`formmirror: ${what} cannot be read as JSON (${error.message})`);
  }
}

function formToQuery(form) {
  const params = new URLSearchParams();
  for (const [name, value] of form) params.append(name, typeof value === 'string' ? value : value.name);
  return params.toString();
}

// The built-in class of a value, by its Symbol.toStringTag. Unlike `instanceof FormData` this
// touches no global: in Node the first mention of FormData or Request loads the whole fetch
// implementation, which tripled the time to a first answer.
const kindOf = (value) => Object.prototype.toString.call(value).slice(8, -1);

// An array is JSON the server reads as it reads any (a JSON-RPC batch; for the others, a body
// that is not an object), so it is answered rather than refused.
const NOT_INPUT = new Set(['Map', 'Set', 'Date', 'RegExp', 'Request', 'Response', 'Blob', 'File']);

// [text, isQuery] for the wasm side.
function toWire(input, what = 'input') {
  if (typeof input === 'string') {
    const trimmed = input.trimStart();
    const isJson = trimmed.startsWith('{') || trimmed.startsWith('[');
    return [keepLoneSurrogates(input, isJson), !isJson];
  }
  if (input === null || typeof input !== 'object') {
    throw new TypeError(`formmirror: ${what} must be ${EXPECTED_INPUT}, not ${describe(input)}`);
  }
  const kind = kindOf(input);
  if (kind === 'URLSearchParams') return [input.toString(), true];
  if (kind === 'FormData') return [formToQuery(input), true];
  if (NOT_INPUT.has(kind)) throw new TypeError(`formmirror: ${what} must be ${EXPECTED_INPUT}, not ${describe(input)}`);
  return [toJson(input, what), false];
}

// The most text the form path takes: its JSON (quotes and escapes at most six times longer) stays
// under the request size the Rust side refuses, so both paths agree on what is too large.
const FIELDS_PATH_MAX_CHARS = 100_000;

// A form as a compiled validator can send it without JSON: a plain object whose values are all
// well-formed text of at most 0xffff UTF-16 units, in at most 128 entries of the head. The wasm
// reads each key's table index as one byte, each value's length in UTF-16 units as two, then
// the values one after another (src/validate.rs decode_fields); a key the endpoint does not have
// takes two entries marked UNKNOWN_MEMBER, its name's and its value's, and its name goes with
// the values. `head.slots` and `head.lengths` receive the indexes and lengths; `shape` says
// the indexes are already there when the keys are the last form's (or its first few), in the
// same order, for the same validator (a form's object keeps its keys from call to call): it
// names the key of each entry. The joined texts are returned. Anything else (numbers, a toJSON,
// a prototype of its own, more entries than the head holds) gives undefined and goes as JSON.
const NO_KEYS = Object.freeze([]);
const UNKNOWN_MEMBER = 0xff;

function fieldsLayout(input, slotOf, head, shape) {
  if (input === null || typeof input !== 'object' || Object.getPrototypeOf(input) !== Object.prototype || slotOf.size >= UNKNOWN_MEMBER) {
    return undefined;
  }
  // for...in, not Object.keys: it walks V8's enumeration cache instead of making an array per
  // call. It also yields inherited enumerable names, which a plain object can only get from
  // Object.prototype, so while that has any the form goes as JSON.
  for (const _ in Object.prototype) return undefined;
  const known = shape.slotOf === slotOf ? shape.keys : NO_KEYS;
  // This form's keys, once they stop being the known ones.
  let fresh;
  let count = 0;
  let values = '';
  for (const key in input) {
    const value = input[key];
    if (typeof value !== 'string' || value.length > 0xffff) return undefined;
    if (fresh === undefined && known[count] !== key) {
      // From here on `head` no longer holds the indexes of the keys `shape` names.
      fresh = known.slice(0, count);
      shape.keys = NO_KEYS;
    }
    if (fresh !== undefined) {
      const slot = slotOf.get(key) ?? UNKNOWN_MEMBER;
      if (count + 2 > head.slots.length || key.length > 0xffff) return undefined;
      head.slots[count] = slot;
      fresh.push(key);
      if (slot === UNKNOWN_MEMBER) {
        head.slots[count + 1] = UNKNOWN_MEMBER;
        fresh.push(key);
      }
    }
    if (head.slots[count] === UNKNOWN_MEMBER) {
      head.lengths[count] = key.length;
      values += key;
      count += 1;
    }
    head.lengths[count] = value.length;
    values += value;
    count += 1;
  }
  // Well-formed joined text has no lone surrogate in any value, but for two that pair across
  // a join: the lengths then cut that character, and the wasm sends the form back as JSON.
  if (values.length > FIELDS_PATH_MAX_CHARS || !values.isWellFormed()) return undefined;
  // A form of the known keys' first few leaves the indexes of the rest in place, still known.
  if (fresh !== undefined) Object.assign(shape, { slotOf, keys: fresh });
  return { count, values };
}

// Options as the Rust side reads them, and the locale catalogue, which stays on this side:
// it only words the answer's messages, after the answer is made.
function readOptions(options) {
  if (options === undefined || options === null) return { text: '', locale: undefined };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`formmirror: options must be an object, not ${describe(options)}`);
  }
  if (options.locale === undefined) return { text: toJson(options, 'options'), locale: undefined };
  const { locale, ...rest } = options;
  if (locale === null || typeof locale !== 'object' || typeof locale.messages !== 'object' || typeof locale.didYouMean !== 'function') {
    throw new TypeError("formmirror: options.locale must be a message catalogue, such as the default export of 'formmirror/locales/de'");
  }
  return { text: toJson(rest, 'options'), locale };
}

// The message for one reason in `locale`; undefined when the catalogue has no words for it
// (a catalogue older than the module), and the English message stays.
function wordReason(reason, locale) {
  const words = Object.hasOwn(locale.messages, reason.id) ? locale.messages[reason.id] : undefined;
  return words === undefined ? undefined : words(reason, (inner) => wordReason(inner, locale));
}

function localizeIssues(issues, locale) {
  for (const issue of issues) {
    const text = wordReason(issue.reason, locale);
    if (text !== undefined) issue.message = issue.suggestion === undefined ? text : `${text} ${locale.didYouMean(issue.suggestion)}`;
  }
}

// Words every error and warning of an answer (or of a batch's rows) in `locale`. The body is
// the server's text and is never touched.
function localize(answer, locale) {
  if (locale === undefined) return answer;
  localizeIssues(answer.errors ?? [], locale);
  localizeIssues(answer.warnings, locale);
  for (const row of answer.results ?? []) {
    localizeIssues(row.errors, locale);
    localizeIssues(row.warnings, locale);
  }
  return answer;
}

// An answer as the wasm writes it (src/wasm.rs write_answer): the status and a line break, the
// errors and the warnings as records of texts each after its length in two 15-bit characters,
// then the body's exact text, if any.
function parseAnswer(text) {
  const reader = { text, at: text.indexOf('\n') + 1 };
  const status = Number(text.slice(0, reader.at - 1));
  const errors = readIssues(reader);
  const warnings = readIssues(reader);
  const bodyText = reader.at === text.length ? null : text.slice(reader.at);
  return { ok: errors.length === 0, status, body: bodyText === null ? null : JSON.parse(bodyText), bodyText, errors, warnings };
}

function readLength(reader) {
  const { text, at } = reader;
  reader.at = at + 2;
  return text.charCodeAt(at) * 0x8000 + text.charCodeAt(at + 1);
}

function readText(reader, length = readLength(reader)) {
  const start = reader.at;
  reader.at = start + length;
  return reader.text.slice(start, reader.at);
}

// Each issue with its members in the order the native answer's JSON has them (src/answer.rs
// write_issue_list); a reason of only its id comes as the id.
function readIssues(reader) {
  const issues = [];
  for (let count = readLength(reader); count > 0; count -= 1) {
    const field = readText(reader);
    const code = readText(reader);
    const message = readText(reader);
    const reasonText = readText(reader);
    const reason = reasonText.startsWith('{') ? JSON.parse(reasonText) : { id: reasonText };
    const suggestion = readLength(reader);
    issues.push(suggestion === 0 ? { field, code, message, reason } : { field, code, message, reason, suggestion: readText(reader, suggestion - 1) });
  }
  return issues;
}

// A copy of a value JSON.parse made, as JSON.parse would make it again. Spread copies an
// object's own properties in one step and defines them, so an own "__proto__" stays an own
// property rather than setting the prototype; only members that are objects are visited again
// (for...in, which needs no key array, with inherited names skipped): a repeated answer is
// copied on every call, so the copy is on the hot path (README, "Size, and the crates behind it").
function copyJson(value) {
  if (Array.isArray(value)) return value.map(copyJson);
  if (value === null || typeof value !== 'object') return value;
  const copy = { ...value };
  for (const key in copy) {
    const member = copy[key];
    if (typeof member === 'object' && member !== null && Object.hasOwn(copy, key)) copy[key] = copyJson(member);
  }
  return copy;
}

// An issue of an answer's errors or warnings: {field, code, message, reason, suggestion?}, of
// which only the reason is an object, so only the reason is copied again.
const copyIssue = (issue) => ({ ...issue, reason: copyJson(issue.reason) });

function requireString(value, what) {
  if (typeof value !== 'string') throw new TypeError(`formmirror: ${what} must be a string, not ${describe(value)}`);
}

const encoder = new TextEncoder();

/**
 * A dotted field as a path into the value that was validated: `custom_attributes.0.key` →
 * ['custom_attributes', 0, 'key']. Leading names the value does not have are dropped, so
 * `userInfo.EmailAddress` is ['EmailAddress'] for a form of userInfo's fields.
 */
function pathIn(value, field) {
  const path = field.split('.').map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
  const has = (key) => value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key);
  while (path.length > 1 && !has(path[0])) path.shift();
  return path;
}

/**
 * Builds the public API over a wasm-bindgen module. `isReady` says whether the module has been
 * instantiated (browsers load it asynchronously). `loadEndpoints` gives what endpoints() lists
 * (generated from the Rust tables: the wasm carries no titles or descriptions); Node reads it on
 * first use, so a process that never asks pays nothing at start-up.
 */
export function makeApi(wasm, isReady = () => true, loadEndpoints = () => []) {
  let endpointsJson;
  const choicesJson = new Map();
  // For each compiled endpoint and options text: the module's number for it, and the last
  // answer it gave to a form of fields, as text and once needed again, read (keptAnswer below).
  // Kept per number, as the module keeps its last answer per number.
  const validators = new Map();
  let memory;
  // Views of the input buffer, whole and past its head, made again only when the buffer moves
  // or the memory grows.
  let inputView;
  let textView;

  // Writes the request text into the module's input buffer after `head` bytes the caller fills
  // in next (a form's table indexes), and returns the bytes used: one native encodeInto instead
  // of wasm-bindgen's copy loop, which cost more than checking the fields of a small form. The
  // first try assumes one byte per UTF-16 unit, true of most text; if the text does not fit,
  // the second has room for what fit plus three bytes for each unit that did not, the most UTF-8
  // needs.
  function writeInput(text, head = 0) {
    memory ??= wasm.linearMemory();
    let capacity = text.length;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      // The buffer first: growing it may grow the memory, which replaces memory.buffer.
      const address = wasm.inputBuffer(head + capacity);
      if (textView?.buffer !== memory.buffer || inputView.byteOffset !== address || textView.byteOffset !== address + head ||
          textView.length < capacity) {
        inputView = new Uint8Array(memory.buffer, address, head + capacity);
        textView = inputView.subarray(head);
      }
      const { read, written } = encoder.encodeInto(text, textView);
      if (read === text.length) return head + written;
      capacity = written + (text.length - read) * 3;
    }
    throw new Error('formmirror: the request text could not be written to the input buffer');
  }

  // A compiled form's table indexes and value lengths, before they go to the head of the input
  // buffer, and whose form's keys the indexes are (fieldsLayout).
  const formHead = { slots: new Uint8Array(128), lengths: new Uint16Array(128) };
  const formShape = { slotOf: undefined, keys: [] };

  function writeForm({ count, values }) {
    const used = writeInput(values, 3 * count);
    const { slots, lengths } = formHead;
    for (let i = 0; i < count; i += 1) {
      inputView[i] = slots[i];
      inputView[count + 2 * i] = lengths[i] & 0xff;
      inputView[count + 2 * i + 1] = lengths[i] >> 8;
    }
    return used;
  }

  // The bindings return the answer's text, or "!" and a programming mistake's message.
  function call(fn) {
    if (!isReady()) throw new Error('formmirror: the WebAssembly module is not loaded yet; await ready() first');
    const text = fn();
    if (text.startsWith('!')) throw new TypeError(`formmirror: ${text.slice(1)}`);
    return text;
  }

  // The last answer's text of the calls that return one (a compiled validator keeps its own),
  // and once the same text came twice, the answer read from it, kept:
  // while a form keeps the same errors (most edits of a form) or stays valid, the wasm writes
  // the same text again, and copying the kept answer costs less than reading the text again.
  // An answer that differs from the last costs one comparison more.
  const last = { text: undefined, kept: undefined };

  function readAnswer(text, seen = last) {
    if (text !== seen.text) {
      seen.text = text;
      seen.kept = undefined;
      return parseAnswer(text);
    }
    return keptAnswer(seen);
  }

  // A copy of the answer `seen` last handed out, which was the caller's to change, so it is read
  // again once, privately.
  function keptAnswer(seen) {
    seen.kept ??= parseAnswer(seen.text);
    const { ok, status, body, bodyText, errors, warnings } = seen.kept;
    return { ok, status, body: copyJson(body), bodyText, errors: errors.map(copyIssue), warnings: warnings.map(copyIssue) };
  }

  function validate(endpointId, input, options) {
    requireString(endpointId, 'endpointId');
    const [text, isQuery] = toWire(input);
    const { text: optionsText, locale } = readOptions(options);
    return localize(readAnswer(call(() => wasm.validate(endpointId, writeInput(text), isQuery, optionsText))), locale);
  }

  function validateField(endpointId, field, value, input, options) {
    requireString(endpointId, 'endpointId');
    requireString(field, 'field');
    const valueJson = value === undefined ? '' : toJson(value, 'value') ?? 'null';
    const [text, isQuery] = input === undefined || input === null ? ['', true] : toWire(input);
    const { text: optionsText, locale } = readOptions(options);
    return localize(JSON.parse(call(() =>
      wasm.validateField(endpointId, field, keepLoneSurrogates(valueJson, true), text, isQuery, optionsText))), locale);
  }

  function validateRequest(urlOrRequest, options) {
    const { text: optionsText, locale } = readOptions(options);
    if (typeof urlOrRequest === 'string') {
      const text = keepLoneSurrogates(urlOrRequest, true);
      return localize(readAnswer(call(() => wasm.validateRequest('', text, '', '', optionsText))), locale);
    }
    if (urlOrRequest === null || typeof urlOrRequest !== 'object' || typeof urlOrRequest.url !== 'string' ||
        kindOf(urlOrRequest) === 'Request') {
      throw new TypeError('formmirror: validateRequest takes a URL or request text, or { url, method?, contentType?, body? } ' +
        `with the body as a string, object, URLSearchParams or FormData; got ${describe(urlOrRequest)}`);
    }
    const { url, method, contentType, body } = urlOrRequest;
    let bodyText = '';
    let type = contentType === undefined || contentType === null ? '' : String(contentType);
    if (body !== undefined && body !== null) {
      const [text, isQuery] = toWire(body, 'request body');
      bodyText = text;
      // A body given as an object or a form says how it is encoded, unless the caller said so.
      if (type === '' && typeof body !== 'string') type = isQuery ? 'application/x-www-form-urlencoded' : 'application/json';
    }
    return localize(readAnswer(call(() => wasm.validateRequest(method === undefined ? '' : String(method),
      keepLoneSurrogates(url, false), type, bodyText, optionsText))), locale);
  }

  function validateBatch(endpointId, rowsOrCsv, options) {
    requireString(endpointId, 'endpointId');
    let text;
    if (typeof rowsOrCsv === 'string') text = keepLoneSurrogates(rowsOrCsv, false);
    else if (Array.isArray(rowsOrCsv)) text = toJson(rowsOrCsv, 'rows');
    else throw new TypeError(`formmirror: validateBatch takes CSV text or an array of row objects, not ${describe(rowsOrCsv)}`);
    const { text: optionsText, locale } = readOptions(options);
    return localize(JSON.parse(call(() => wasm.validateBatch(endpointId, writeInput(text), typeof rowsOrCsv === 'string', optionsText))), locale);
  }

  // Each caller gets its own copy.
  function endpoints() {
    endpointsJson ??= JSON.stringify(loadEndpoints());
    return JSON.parse(endpointsJson);
  }

  // Country labels in the locale's language come from the platform (Intl.DisplayNames), so no
  // catalogue carries two hundred names; where it has none, the English label stays.
  function choices(list, options) {
    requireString(list, 'list');
    if (!choicesJson.has(list)) choicesJson.set(list, call(() => wasm.choices(list)));
    const items = JSON.parse(choicesJson.get(list));
    const { locale } = readOptions(options);
    if (list !== 'country' || locale === undefined || typeof Intl.DisplayNames !== 'function') return items;
    const names = new Intl.DisplayNames([locale.locale], { type: 'region', fallback: 'none' });
    return items.map((item) => ({ ...item, label: names.of(item.value) ?? item.label }));
  }

  /**
   * A validator for one endpoint with its options read once: `validate`, `validateField`,
   * `validateBatch` without those two arguments, and Standard Schema v1 (`'~standard'`), which
   * form libraries (React Hook Form, TanStack Form) call with the form's values.
   */
  function compile(endpointId, options) {
    requireString(endpointId, 'endpointId');
    const { text: optionsText, locale } = readOptions(options);
    // The module reads the endpoint and options once, so an unknown endpoint or options of the
    // wrong shape throw here; validators with the same options share them.
    const key = `${endpointId}\n${optionsText}`;
    if (!validators.has(key)) {
      validators.set(key, { handle: Number(call(() => wasm.compileValidator(endpointId, optionsText))), text: undefined, kept: undefined });
    }
    const validator = validators.get(key);
    const slotOf = new Map((loadEndpoints().find((e) => e.id === endpointId)?.fields ?? []).map((f, i) => [f.name, i]));
    const validateCompiled = (input) => {
      const layout = fieldsLayout(input, slotOf, formHead, formShape);
      if (layout !== undefined) {
        // src/wasm.rs validate_fields: 0 the form goes as JSON, 1 the answer is the last one, 2 a new one.
        const verdict = wasm.validateFields(validator.handle, layout.count, writeForm(layout));
        if (verdict === 1) return localize(keptAnswer(validator), locale);
        if (verdict === 2) return localize(readAnswer(call(() => wasm.validatorAnswer(validator.handle)), validator), locale);
      }
      const [text, isQuery] = toWire(input);
      return localize(readAnswer(call(() => wasm.validateWith(validator.handle, writeInput(text), isQuery))), locale);
    };
    const standard = {
      version: 1,
      vendor: 'formmirror',
      validate(value) {
        let answer;
        try {
          answer = validateCompiled(value);
        } catch (error) {
          if (!(error instanceof TypeError)) throw error;
          return { issues: [{ message: error.message.replace(/^formmirror: /, '') }] };
        }
        if (answer.ok) return { value };
        return { issues: answer.errors.map((e) => (e.field === '' ? { message: e.message } : { message: e.message, path: pathIn(value, e.field) })) };
      },
    };
    return Object.freeze({
      endpointId,
      validate: validateCompiled,
      validateField: (field, value, input) => validateField(endpointId, field, value, input, options),
      validateBatch: (rowsOrCsv) => validateBatch(endpointId, rowsOrCsv, options),
      '~standard': Object.freeze(standard),
    });
  }

  return { validate, validateField, validateRequest, validateBatch, endpoints, choices, compile };
}
