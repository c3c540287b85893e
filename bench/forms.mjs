// The shared forms: one valid and one invalid signup, the agreement set (each field made
// invalid in turn, and some valid variants), and the 100,000-row CSV, all deterministic.

export const VALID = {
  auth_username: 'admin', auth_password: 'admin-secret', username: 'ann.example', email: 'ann@example.com, ops@example.net',
  password: 'correct horse battery staple', role: '2', company: 'Example Ltd', forename: 'Ann', surname: "O'Brien",
  telephone: '+44 20 7946 0018', mobile: '07700 900123', country: 'gb', timezone: 'Europe/London', language: 'en-gb',
  date_format: 'DD/MM/YYYY', time_format: '24', source: '192.0.2.0/24, 2001:db8::1', extension: '2001',
};

export const INVALID = { ...VALID, email: 'ann@', timezone: 'europe/london', telephone: '555-CALL' };

/** Invalid in other fields than INVALID, so the two answers differ. */
export const INVALID_OTHER = { ...VALID, email: 'ops@', country: 'UK', role: 'admin' };

/** A small valid request for each endpoint, to change one field of at a time. */
export const VALID_BY_ENDPOINT = {
  'enswitch/people/create': { auth_username: 'admin', auth_password: 'pw', username: 'ann', email: 'ann@example.com', password: 'secret', role: '2' },
  'enswitch/people/update': { auth_username: 'admin', auth_password: 'pw', id: '7' },
  'api20/users/create': { name: 'Test User', email: 't@example.com', username: 't', customer_id: 1 },
  'activeplatform/users/create': { api_token: 't', first_name: 'J', last_name: 'D', password: 'pw', email: 'j@example.com', custom_attributes: [{ key: 'age', value: '21' }] },
  'cove/AddUser': { Name: 'a@mail.com', PartnerId: 5, EmailAddress: 'A@mail.com', Flags: ['x'], FirstLoginTime: 1, LastLoginTime: 2 },
};

/** One request of every kind, small and large, valid and not: the memory workload. */
export const MIXED_REQUESTS = [
  ['enswitch/people/create', { auth_username: 'a', auth_password: 'b', username: 'ann', email: 'ann@example.com', password: 'pw', role: '1' }],
  ['enswitch/people/create', { username: 'x'.repeat(20_000), email: 'bad', timezone: 'europe/london', forname: 'x' }],
  ['enswitch/people/update', 'auth_username=a;auth_password=b;id=0;role=x;email=%FF'],
  ['api20/users/create', '{"name":"n","email":"e@example.com","username":"u","customer_id":"1","id":2}'],
  ['activeplatform/users/create', 'api_token=t&custom_attributes[][key]=a&custom_attributes[][value]=1&custom_attributes[][key]=a'],
  ['cove/AddUser', { jsonrpc: '2.0', method: 'AddUser', visa: 'v', id: 1, params: { userInfo: { Name: 'a@b.c', PartnerId: 'x', Flags: [1] } } }],
];

/** [field, value] changes; each either keeps the form valid or breaks exactly that field. */
export const MUTATIONS = [
  ['username', 'two words', false], ['username', 'a'.repeat(256), false], ['username', 'x', true],
  ['email', 'ann@', false], ['email', 'a@b,,c@d', false], ['email', 'a@example.com , b@example.com', true],
  ['password', '', false], ['role', '0', false], ['role', 'admin', false], ['role', '17', true],
  ['company', 'c'.repeat(256), false], ['forename', 'Ann\nMarie', false], ['surname', 'Zoë', true],
  ['telephone', '12', false], ['telephone', '555-CALL', false], ['mobile', '1'.repeat(21), false], ['mobile', '', true],
  ['country', 'UK', false], ['country', 'de', true], ['country', 'GBR', false],
  ['timezone', 'europe/london', false], ['timezone', 'Mars/Base', false], ['timezone', 'Asia/Tokyo', true], ['timezone', '', true],
  ['language', 'english', false], ['language', 'pt_BR', true],
  ['date_format', 'DD-MM-YYYY', false], ['date_format', 'YYYY-MM-DD', true], ['time_format', '13', false],
  ['source', '10.0.0.0/33', false], ['source', '10.0.0.1 ::1', true], ['source', 'localhost', false],
  ['extension', '20a', false], ['extension', '', true], ['customer', '12a', false], ['customer', '42', true],
  ['copy_password', '-1', false], ['validation', '2', false], ['validation', '1', true],
];

/** xorshift32: the same rows on every run and in the native benchmark. */
function random(seed) {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

const CSV_FIELDS = ['auth_username', 'auth_password', 'username', 'email', 'password', 'role', 'forename', 'surname', 'telephone', 'country', 'timezone', 'language', 'company'];

function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** `rows` signups as CSV text; about one row in ten has an error. */
export function signupCsv(rows) {
  const next = random(20261123);
  const zones = ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'europe/paris'];
  const lines = [CSV_FIELDS.join(',')];
  for (let i = 0; i < rows; i += 1) {
    const bad = next() < 0.1;
    const row = {
      auth_username: 'admin', auth_password: 'admin-secret', username: `user${i}`,
      email: bad && next() < 0.5 ? `user${i}@` : `user${i}@example.com`, password: `pw-${i}-secret`, role: String(1 + (i % 3)),
      forename: `Name, ${i}`, surname: `Surname "${i % 97}"`, telephone: `+44 20 7946 ${String(i % 10000).padStart(4, '0')}`,
      country: ['GB', 'us', 'DE', 'fr'][i % 4], timezone: bad ? zones[4] : zones[i % 4], language: 'en', company: 'Example Ltd',
    };
    lines.push(CSV_FIELDS.map((f) => csvField(row[f])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
