#!/usr/bin/env node
// `npx formmirror check <file.csv|-> --endpoint <id>`: the rows a provisioning server would
// refuse, read as a stream; `npx formmirror serve`: the five servers' stand-in over HTTP.
// Exit status: 0 when every row passes (check) or the server stopped cleanly, 1 when a row fails,
// 2 when the arguments, the options or the file cannot be used.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import * as formmirror from './node.mjs';
import { makeResponder } from './mock.mjs';

const USAGE = `Usage:
  formmirror check <file.csv|-> --endpoint <id> [--format table|json|csv] [options]
  formmirror serve [--port 8080] [--host 127.0.0.1] [--first-id 1001] [--json-rpc-path /jsonapi] [options]

Options (formmirror's options, as the JavaScript API takes them):
  --options <json>            all of them as JSON: '{"credentials":"backend"}'
  --config <file.json>        the same, from a file
  --credentials backend       your backend adds the credentials (auth_username, api_token)
  --email-required            Enswitch's e-mail is required
  --actor-role <id>           the role of the person making the request
  --roles <id,id,…>           the role ids that exist
  --password-min-length <n>   the password policy's minimum length
  --empty-cells omitted       (check) empty CSV cells are left out of the request

Endpoints: ${formmirror.endpoints().map((e) => e.id).join(', ')}`;

class UsageError extends Error {}

/** formmirror's options from --options/--config, with the single-option flags over them. */
function readOptions(values) {
  let options = {};
  if (values.options !== undefined && values.config !== undefined) throw new UsageError('give --options or --config, not both');
  const text = values.options ?? (values.config === undefined ? undefined : readFileSync(values.config, 'utf8'));
  if (text !== undefined) {
    try {
      options = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`the options are not JSON: ${error.message}`);
    }
  }
  const number = (flag, text) => {
    if (!/^\d+$/.test(text)) throw new UsageError(`--${flag} takes a whole number, not "${text}"`);
    return Number(text);
  };
  if (values.credentials !== undefined) options.credentials = values.credentials;
  if (values['email-required']) options.emailRequired = true;
  if (values['actor-role'] !== undefined) options.actor = { ...options.actor, role: number('actor-role', values['actor-role']) };
  if (values.roles !== undefined) options.roles = values.roles.split(',').map((role) => number('roles', role.trim()));
  if (values['password-min-length'] !== undefined) {
    options.passwordPolicy = { ...options.passwordPolicy, minLength: number('password-min-length', values['password-min-length']) };
  }
  if (values['empty-cells'] !== undefined) options.emptyCells = values['empty-cells'];
  // Read once here, so a mistake stops the command before any work (a TypeError that says what is wrong).
  formmirror.compile(formmirror.endpoints()[0].id, options);
  return options;
}

const OPTION_FLAGS = {
  options: { type: 'string' },
  config: { type: 'string' },
  credentials: { type: 'string' },
  'email-required': { type: 'boolean' },
  'actor-role': { type: 'string' },
  roles: { type: 'string' },
  'password-min-length': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

// ---------------------------------------------------------------------------------------------
// check

/** Pieces of about this many characters go to validateBatch at once; --chunk-chars for tests. */
const CHUNK_CHARS = 1 << 18;
/** A record still open after this many characters is answered as it stands, so memory stays bounded. */
const MAX_CARRY_CHARS = 1 << 20;

/** Writes failing rows in the chosen format, as the Rust command does. */
function writer(format, write) {
  const csvField = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  if (format === 'csv') write('row,line,last_line,field,code,message\n');
  return {
    warnings(warnings) {
      if (warnings.length === 0) return;
      if (format === 'table') for (const w of warnings) write(`header  column ${JSON.stringify(w.field)}: ${w.message}\n`);
      else this.row({ row: 0, line: 1, lastLine: 1, errors: [], warnings });
    },
    row(row) {
      if (format === 'json') return write(`${JSON.stringify(row)}\n`);
      if (format === 'csv') {
        for (const p of [...row.errors, ...row.warnings]) {
          write(`${[row.row, row.line, row.lastLine, p.field, p.code, p.message].map((v) => csvField(String(v))).join(',')}\n`);
        }
        return undefined;
      }
      const place = row.line === row.lastLine ? `line ${row.line}` : `lines ${row.line}-${row.lastLine}`;
      for (const p of row.errors) write(`row ${String(row.row).padEnd(6)} ${place.padEnd(12)} ${(p.field || '(row)').padEnd(16)} ${p.message}\n`);
      return undefined;
    },
  };
}

/** A progress line on standard error, when it is a terminal: rows, rows/s, and an ETA for files. */
function progress(size) {
  if (!process.stderr.isTTY) return { update() {}, done() {} };
  const started = Date.now();
  let last = 0;
  return {
    update(bytes, rows, invalid) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const seconds = Math.max((now - started) / 1000, 0.001);
      const rate = Math.round(rows / seconds);
      const eta = size ? ` · ETA ${Math.max(0, Math.round(((size - bytes) / bytes) * seconds))} s` : '';
      const percent = size ? `${String(Math.floor((bytes / size) * 100)).padStart(3)}% ` : '';
      process.stderr.write(`\r${percent}${rows.toLocaleString('en')} rows, ${invalid.toLocaleString('en')} failing · ${rate.toLocaleString('en')} rows/s${eta}\x1b[K`);
    },
    done() {
      process.stderr.write('\r\x1b[K');
    },
  };
}

async function check(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...OPTION_FLAGS, endpoint: { type: 'string', short: 'e' }, format: { type: 'string' }, 'empty-cells': { type: 'string' }, 'chunk-chars': { type: 'string' } },
  });
  if (values.help) return console.log(USAGE), 0;
  if (positionals.length !== 1) throw new UsageError('check takes one file (or - for standard input)');
  if (values.endpoint === undefined) throw new UsageError('--endpoint is required');
  const format = values.format ?? 'table';
  if (!['table', 'json', 'csv'].includes(format)) throw new UsageError(`--format is table, json or csv, not "${format}"`);
  const options = readOptions(values);
  const validator = formmirror.compile(values.endpoint, options);
  const chunkChars = values['chunk-chars'] === undefined ? CHUNK_CHARS : Number(values['chunk-chars']);
  const [file] = positionals;
  const size = file === '-' ? undefined : statSync(file).size;
  const input = file === '-' ? process.stdin : createReadStream(file);
  // Fatal, as the Rust command is: a file that is not UTF-8 is refused, not read with U+FFFD.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes, stream) => {
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      throw new UsageError(stream ? `${file}: not UTF-8 text` : `${file}: not UTF-8 text (the file ends inside a character)`);
    }
  };

  const out = writer(format, (text) => process.stdout.write(text));
  const bar = progress(size);
  let header;
  let pending = '';
  let bytes = 0;
  // What came before the piece being checked: rows, and lines of the file (the header is line 1).
  const counts = { total: 0, valid: 0, invalid: 0 };
  let linesBefore = 1;
  let warned = false;

  // Checks the complete lines of `text` after the header; gives back the lines of a last record
  // that the next piece could still change (a quote left open at the end of the piece).
  const checkPiece = (text, atEnd) => {
    const answer = validator.validateBatch(`${header}\n${text}`);
    if (!warned) {
      out.warnings(answer.warnings);
      for (const row of answer.results.filter((r) => r.row === 0)) out.row(row);
      warned = true;
    }
    const lines = text.split('\n');
    const lineCount = lines.length - (text.endsWith('\n') ? 1 : 0);
    // The first row the rest of the file could still change: a quote left open (a closing quote
    // further on changes what it is), or a record that reaches the piece's end.
    let rows = answer.results.filter((r) => r.row > 0);
    let total = answer.total;
    let invalid = answer.invalid;
    let carried = '';
    const open = (r) => r.errors.some((e) => e.reason?.id === 'csv' && e.reason.problem === 'unclosed_quote');
    const from = atEnd ? -1 : rows.findIndex((r, i) => open(r) || (i === rows.length - 1 && r.lastLine === lineCount + 1));
    if (from >= 0) {
      const text = `${lines.slice(rows[from].line - 2, lineCount).join('\n')}\n`;
      if (text.length <= MAX_CARRY_CHARS) {
        carried = text;
        // Rows from there on are checked again with the next piece: valid ones among them too.
        const rowsFrom = rows[from].row;
        const invalidFrom = rows.length - from;
        total = rowsFrom - 1;
        invalid -= invalidFrom;
        rows = rows.slice(0, from);
      }
    }
    for (const row of rows) out.row({ ...row, row: row.row + counts.total, line: row.line - 1 + linesBefore, lastLine: row.lastLine - 1 + linesBefore });
    counts.total += total;
    counts.invalid += invalid;
    counts.valid += total - invalid;
    linesBefore += lineCount - (carried === '' ? 0 : carried.split('\n').length - 1);
    return carried;
  };

  for await (const chunk of input) {
    bytes += chunk.length;
    pending += decode(chunk, true);
    if (header === undefined) {
      if (pending.startsWith('\ufeff')) pending = pending.slice(1);
      const end = pending.indexOf('\n');
      if (end < 0) continue;
      header = pending.slice(0, end).replace(/\r$/, '');
      pending = pending.slice(end + 1);
    }
    if (pending.length >= chunkChars) {
      const end = pending.lastIndexOf('\n');
      if (end >= 0) pending = checkPiece(pending.slice(0, end + 1), false) + pending.slice(end + 1);
    }
    bar.update(bytes, counts.total, counts.invalid);
  }
  pending += decode(undefined, false);
  if (header === undefined) header = pending.replace(/\r$/, ''), pending = '';
  checkPiece(pending, true);
  bar.done();
  if (format === 'json') process.stdout.write(`${JSON.stringify(counts)}\n`);
  process.stderr.write(`${counts.total} rows: ${counts.valid} valid, ${counts.invalid} invalid\n`);
  return counts.invalid === 0 ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------
// serve

/** The most a request body may hold; the servers' own limits are lower and formmirror answers them. */
const MAX_BODY_BYTES = 16 << 20;

async function serve(args) {
  const { values } = parseArgs({
    args,
    options: { ...OPTION_FLAGS, port: { type: 'string', short: 'p' }, host: { type: 'string' }, 'first-id': { type: 'string' }, 'json-rpc-path': { type: 'string' } },
  });
  if (values.help) return console.log(USAGE), 0;
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number, not "${values.port}"`);
  const options = readOptions(values);
  const responder = makeResponder(formmirror, {
    options,
    firstId: values['first-id'] === undefined ? undefined : Number(values['first-id']),
    jsonRpcPath: values['json-rpc-path'],
  });
  // Front ends on another origin (a dev server) call it directly.
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'content-type' };
  const server = createServer((request, response) => {
    if (request.method === 'OPTIONS') return response.writeHead(204, cors).end();
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        response.writeHead(413, { ...cors, 'content-type': 'application/json; charset=utf-8' }).end('{"error":"Request Entity Too Large"}');
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      if (response.headersSent) return;
      const reply = responder.respond({
        method: request.method,
        url: `http://${request.headers.host ?? 'localhost'}${request.url}`,
        contentType: request.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(reply.status, { ...cors, ...reply.headers }).end(reply.body ?? undefined);
    });
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, values.host ?? '127.0.0.1', resolve));
  const { address, port: bound } = server.address();
  const origin = `http://${address.includes(':') ? `[${address}]` : address}:${bound}`;
  const routes = responder.routes().map((route) => `  ${route.method === 'GET' ? 'GET/POST' : route.method} ${origin}${route.path}  (${route.id})`);
  process.stdout.write(`formmirror serve: listening on ${origin}\n${routes.join('\n')}\n`);
  await new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(resolve));
  });
  return 0;
}

// ---------------------------------------------------------------------------------------------

const [command, ...rest] = process.argv.slice(2);
const commands = { check, serve };
try {
  if (!commands[command]) throw new UsageError(command === undefined || command === '--help' || command === '-h' ? '' : `unknown command "${command}"`);
  process.exitCode = await commands[command](rest);
} catch (error) {
  if (error instanceof UsageError || error instanceof TypeError || error?.code?.startsWith?.('ERR_PARSE_ARGS') || error?.code === 'ENOENT') {
    if (error.message) console.error(`formmirror: ${error.message.replace(/^formmirror: /, '')}`);
    if (error instanceof UsageError && !error.message) console.error(USAGE);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
