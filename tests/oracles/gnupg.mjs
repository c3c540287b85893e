// Enswitch's public_key rule against GnuPG and Sequoia: real keys made by gpg (Ed25519 and
// RSA), then damaged as keys get damaged in copying (a line lost, cut short and armored again,
// a changed character, headers, line endings). A key is valid for GnuPG when `gpg --show-keys`
// reads a public key from it, and for Sequoia when `sq inspect` reads it. formmirror must agree
// with both; where the two references disagree, with the one the README names.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const name = 'GnuPG 2.2 and Sequoia sq 0.27 (public_key)';

/** Differences that remain on purpose; the README lists each with its reason. Each is a case
 * where GnuPG and Sequoia disagree, and says which of them formmirror follows. */
export const knownDifferences = {
  'no-checksum': 'GnuPG 2.2 refuses a block without its =XXXX checksum line (it reads the END line as key data); RFC 4880 makes the line optional and Sequoia reads such keys: formmirror follows Sequoia',
  'truncated-user-id': 'GnuPG 2.2 still shows a key whose last packet, a user ID, is cut short; its packet lengths do not add up, and Sequoia and formmirror refuse it',
  'empty-header': 'Sequoia refuses an armor header with an empty value (`Comment:`); GnuPG reads it, and so does formmirror',
  'checksum-mismatch': 'Sequoia does not check the armor checksum and reads a damaged key whose packets still parse; GnuPG refuses it, and so does formmirror',
  'indented-begin': 'Sequoia reads a block whose BEGIN line is indented; GnuPG refuses it, and so does formmirror',
};

/** For each damage where the references may disagree: the known difference, and the
 * reference formmirror follows. */
const followed = {
  'no-checksum': ['no-checksum', 'sq'],
  'cut-no-checksum': ['no-checksum', 'sq'],
  'cut-rearmored': ['truncated-user-id', 'sq'],
  'cut-header': ['truncated-user-id', 'sq'],
  'empty-comment': ['empty-header', 'gpg'],
  'character-changed': ['checksum-mismatch', 'gpg'],
  'line-lost': ['checksum-mismatch', 'gpg'],
  indented: ['indented-begin', 'gpg'],
};

const mutations = ['original', 'crlf', 'no-checksum', 'empty-comment', 'headers', 'line-lost', 'cut-rearmored',
  'cut-no-checksum', 'character-changed', 'first-packet-only', 'two-keys', 'padded', 'indented', 'secret-key', 'cut-header'];

export function requests(rng, count) {
  const list = mutations.map((mutation, i) => ({ key: i % 2, mutation, seed: i }));
  while (list.length < count) list.push({ key: rng.below(2), mutation: rng.pick(mutations), seed: rng.below(1 << 30) });
  return list;
}

function crc24(data) {
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i += 1) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

function armor(data, { checksum = true, kind = 'PUBLIC KEY', headers = [] } = {}) {
  const body = Buffer.from(data).toString('base64').match(/.{1,64}/g) ?? [];
  const crc = crc24(data);
  const lines = [`-----BEGIN PGP ${kind} BLOCK-----`, ...headers, '', ...body];
  if (checksum) lines.push(`=${Buffer.from([crc >> 16, (crc >> 8) & 255, crc & 255]).toString('base64')}`);
  lines.push(`-----END PGP ${kind} BLOCK-----`);
  return lines.join('\n');
}

/** The binary data of an armored block. */
function dearmor(text) {
  const lines = text.split('\n');
  const start = lines.indexOf('') + 1;
  const body = lines.slice(start).filter((l) => !l.startsWith('-----') && !l.startsWith('='));
  return Buffer.from(body.join(''), 'base64');
}

/** Length of the first packet, header included (old or new format, as gpg writes keys). */
function firstPacketLength(data) {
  if ((data[0] & 0xc0) === 0xc0) {
    const l = data[1];
    if (l < 192) return 2 + l;
    if (l < 224) return 3 + ((l - 192) << 8) + data[2] + 192;
    return 6 + data.readUInt32BE(2);
  }
  const type = data[0] & 3;
  if (type === 0) return 2 + data[1];
  if (type === 1) return 3 + data.readUInt16BE(1);
  return 5 + data.readUInt32BE(1);
}

function seeded(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

function mutate(keys, { key, mutation, seed }) {
  const { publicText, secretText } = keys[key];
  const data = dearmor(publicText);
  const pick = seeded(seed);
  const lines = publicText.split('\n');
  const firstBody = lines.indexOf('') + 1;
  const bodyLines = lines.length - firstBody - 2;
  switch (mutation) {
    case 'original': return publicText;
    case 'crlf': return publicText.replace(/\n/g, '\r\n');
    case 'no-checksum': return lines.filter((l) => !/^=[A-Za-z0-9+/]{4}$/.test(l)).join('\n');
    case 'empty-comment': return armor(data, { headers: ['Comment:'] });
    case 'headers': return armor(data, { headers: ['Version: GnuPG v2', 'Comment: https://example.com/key'] });
    case 'line-lost': {
      const at = firstBody + pick(Math.max(1, bodyLines - 1));
      return lines.filter((_, i) => i !== at).join('\n');
    }
    case 'cut-rearmored': return armor(data.subarray(0, 1 + pick(data.length - 1)));
    case 'cut-no-checksum': return armor(data.subarray(0, 1 + pick(data.length - 1)), { checksum: false });
    case 'character-changed': {
      const at = firstBody + pick(Math.max(1, bodyLines - 1));
      const line = lines[at];
      const col = pick(line.length);
      lines[at] = line.slice(0, col) + (line[col] === 'A' ? 'B' : 'A') + line.slice(col + 1);
      return lines.join('\n');
    }
    case 'first-packet-only': return armor(data.subarray(0, firstPacketLength(data)));
    case 'two-keys': return armor(Buffer.concat([data, dearmor(keys[1 - key].publicText)]));
    case 'padded': return `\n\n${publicText}\n  \n`;
    case 'indented': return `  ${publicText}`;
    case 'secret-key': return secretText;
    case 'cut-header': return armor(data.subarray(0, firstPacketLength(data) + 1));
    default: throw new Error(mutation);
  }
}

export async function answers(list) {
  const home = mkdtempSync(join(tmpdir(), 'formmirror-gnupg-'));
  try {
    const gpg = (args, options = {}) => execFileSync('gpg', ['--homedir', home, '--batch', '--quiet', ...args], { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], ...options });
    const keys = [['ed25519', 'Ann <ann@example.com>'], ['rsa2048', 'Bob <bob@example.com>']].map(([algo, uid]) => {
      gpg(['--passphrase', '', '--pinentry-mode', 'loopback', '--quick-gen-key', uid, algo, 'default', 'never']);
      return {
        publicText: gpg(['--armor', '--export', uid]).trim(),
        secretText: gpg(['--passphrase', '', '--pinentry-mode', 'loopback', '--armor', '--export-secret-keys', uid]).trim(),
      };
    });
    const empty = mkdtempSync(join(tmpdir(), 'formmirror-gnupg-read-'));
    try {
      return list.map((request) => {
        const text = mutate(keys, request);
        const file = join(empty, 'key.asc');
        writeFileSync(file, text);
        const shown = spawnSync('gpg', ['--homedir', empty, '--batch', '--with-colons', '--show-keys', file], { encoding: 'utf8' });
        const inspected = spawnSync('sq', ['inspect', file], { encoding: 'utf8' });
        return { text, gpg: shown.status === 0 && /^pub:/m.test(shown.stdout), sq: inspected.status === 0 && /OpenPGP Certificate/.test(inspected.stdout) };
      });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

export function compare(formmirror, request, oracle) {
  const answer = formmirror.validateField('enswitch/people/create', 'public_key', oracle.text);
  if (answer.ok === oracle.gpg && answer.ok === oracle.sq) return 'agree';
  const [known, reference] = followed[request.mutation] ?? [];
  if (known && oracle.gpg !== oracle.sq && answer.ok === oracle[reference]) return { known };
  const verdict = (ok) => (ok ? 'accepts' : 'refuses');
  return `${request.mutation}: formmirror ${answer.ok ? 'accepts' : `refuses (${answer.errors[0]?.message})`}, gpg ${verdict(oracle.gpg)}, sq ${verdict(oracle.sq)}`;
}
