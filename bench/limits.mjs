// npm run bench:limits — time against input size: every text and list field of every endpoint,
// and the suggestion look-ups, fed 1 KB, 1 MB and 10 MB through the JavaScript API. Linear
// time shows as ~1000× from 1 KB to 1 MB; 10 MB is over the 1 MiB request limit and must be
// refused at once (its time is copying the text into wasm). Prints a table; asserts nothing.
import { validate, endpoints } from 'formmirror';
import { VALID_BY_ENDPOINT } from './forms.mjs';
import { SHAPES, time } from './many-keys.mjs';

const SIZES = [['1 KB', 1_000], ['1 MB', 1_000_000], ['10 MB', 10_000_000]];

// Text of about `bytes` bytes that exercises the field's rule, not just its length check.
function filler(field, bytes) {
  const repeat = (unit) => unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
  switch (field) {
    case 'email': case 'Name': case 'EmailAddress': return repeat('someone@example.com, ');
    case 'source': return repeat('192.0.2.1, 2001:db8::1 ');
    case 'timezone': return repeat('Europe/London');
    case 'country': return repeat('GB');
    case 'telephone': case 'mobile': case 'fax': case 'PhoneNumber': case 'extension': return repeat('0123456789');
    case 'public_key': return `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${repeat('A'.repeat(64) + '\n')}-----END PGP PUBLIC KEY BLOCK-----`;
    case 'Flags': case 'TwoFactorAuthenticationStatus': return null; // a list: see below
    default: return repeat('Zoë ');
  }
}

// A valid request with one field made `bytes` long, so every gate passes and the field's rule
// runs on all of it. List items are sized by their JSON text.
function input(endpoint, field, bytes) {
  const base = VALID_BY_ENDPOINT[endpoint.id];
  if (field.type === 'Array<String>') return { ...base, [field.name]: Array.from({ length: Math.floor(bytes / 10) }, () => 'flag-01') };
  if (field.type === 'Array<{key, value}>') {
    return { ...base, [field.name]: Array.from({ length: Math.floor(bytes / 32) }, (_, i) => ({ key: `k${i}`, value: 'value' })) };
  }
  return { ...base, [field.name]: filler(field.name, bytes) };
}

const cases = [];
for (const endpoint of endpoints()) {
  for (const field of endpoint.fields.filter((f) => f.type !== 'Integer')) cases.push([endpoint.id, field.name, (bytes) => input(endpoint, field, bytes)]);
}
const create = VALID_BY_ENDPOINT['enswitch/people/create'];
cases.push(['enswitch/people/create', '(an unknown parameter name)', (bytes) => ({ ...create, ['x'.repeat(bytes)]: '1' })]);
cases.push(['enswitch/people/create', '(many unknown parameters)', (bytes) => ({ ...create, ...Object.fromEntries(Array.from({ length: bytes / 12 }, (_, i) => [`forname${i}`, '1'])) })]);
cases.push(['enswitch/people/create', '(a query string)', (bytes) => `${new URLSearchParams(create)}&username=${'x'.repeat(bytes / 2)}&timezone=${'europe/london'.repeat(bytes / 26)}`]);

console.log(`${'endpoint'.padEnd(28)} ${'field'.padEnd(30)} ${SIZES.map(([l]) => l.padStart(10)).join(' ')}   1 MB ÷ 1 KB   codes at 1 MB`);
let worst = 0;
for (const [endpoint, field, make] of cases) {
  const times = [];
  let codes = '';
  for (const [label, bytes] of SIZES) {
    const request = make(bytes);
    times.push(time(() => validate(endpoint, request)));
    if (label === '1 MB') codes = [...new Set(validate(endpoint, request).errors.map((e) => e.code))].join(',');
  }
  const ratio = times[1] / Math.max(times[0], 0.001);
  worst = Math.max(worst, times[2]);
  console.log(`${endpoint.padEnd(28)} ${field.padEnd(30)} ${times.map((t) => `${t.toFixed(2)} ms`.padStart(10)).join(' ')}   ${ratio.toFixed(0).padStart(10)}×   ${codes}`);
}
console.log(`\nslowest 10 MB answer: ${worst.toFixed(1)} ms`);

// Many distinct parameter names, for every encoding and endpoint (bench/many-keys.mjs; the
// linear-time test holds 100,000 to a small multiple of 10 × 10,000).
const formmirror = await import('formmirror');
console.log(`\n${'many names'.padEnd(48)} ${'10,000'.padStart(10)} ${'100,000'.padStart(10)}   ratio`);
for (const [label, run] of SHAPES) {
  run(formmirror, 1000);
  const small = time(() => run(formmirror, 10_000));
  const large = time(() => run(formmirror, 100_000));
  console.log(`${label.padEnd(48)} ${`${small.toFixed(1)} ms`.padStart(10)} ${`${large.toFixed(1)} ms`.padStart(10)}   ${(large / small).toFixed(1)}×`);
}
