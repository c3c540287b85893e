// The CommonJS copy of en.mjs, written by scripts/types.mjs: edit en.mjs.
// English messages for formmirror's reasons: the words the Rust catalogue (src/catalogue.rs)
// writes into every answer, here so an app can switch back to English after another locale.
// Each message takes the reason (`errors[].reason`) and a function that words a nested reason.

const given = {
  null: 'null', boolean: 'a boolean', number: 'a number', text: 'text',
  invalid_text: 'text that is not valid Unicode', list: 'a list', object: 'an object',
};
const expected = {
  text: 'Must be text', whole_number: 'Must be a whole number', list_of_text: 'Must be a list of text',
  object: 'Must be an object', attributes: 'Must be a list of {key, value} objects', row: 'A row must be an object',
  rows: 'The batch must be a list of rows', parameters: 'The request must be a set of named parameters (an object)',
};
const pgp = {
  private_key: 'This is a private key: paste the public key block instead, and keep the private key secret.',
  not_armored: 'Must be an ASCII-armored OpenPGP public key, starting with -----BEGIN PGP PUBLIC KEY BLOCK-----.',
  after_checksum: 'Nothing may follow the =XXXX checksum line but the END line.',
  no_end: 'The key block has no -----END PGP PUBLIC KEY BLOCK----- line.',
  after_end: 'Nothing may follow the END line.',
  not_radix64: 'The key data is not valid radix-64 (base64).',
  checksum_mismatch: 'The checksum does not match the key data: the key was damaged when it was copied.',
  checksum_line: 'The checksum line must be = followed by four radix-64 characters.',
  not_public_key: 'The key data does not start with an OpenPGP public-key packet.',
  cut_short: 'The key data is cut short: its packets are longer than the data, so part of the key was lost in copying.',
};
const csv = {
  after_closing_quote: 'A closing quote must be followed by a comma or the end of the line.',
  stray_quote: 'A quote may only appear inside a field that is quoted as a whole.',
  bare_carriage_return: 'A carriage return must be followed by a line feed.',
  unclosed_quote: 'A quoted field is never closed.',
};
const jsonRpc = {
  not_object: 'A JSON-RPC request must be an object.', version: 'jsonrpc must be "2.0".',
  method: 'method must be a string.', id: 'id must be a string, a number or null.',
  params: 'params must be an object or a list.',
};
const classes = { uppercase: 'an uppercase letter', lowercase: 'a lowercase letter', digit: 'a digit', symbol: 'a symbol' };
const all = new Intl.ListFormat('en', { type: 'conjunction' });

module.exports = {
  locale: 'en',
  didYouMean: (suggestion) => `Did you mean "${suggestion}"?`,
  messages: {
    required: () => 'A value is required.',
    username_required: () => 'A user name is required.',
    read_only: () => 'Is read-only: the server assigns it.',
    attribute_required: (r) => `The attribute "${r.key}" is required.`,
    attribute_key_missing: () => 'An attribute needs a key.',
    attribute_value_missing: () => 'An attribute needs a value.',
    empty_when_given: () => 'Must not be empty when given; leave it out instead.',
    wrong_type: (r) => `${expected[r.expected]}, not ${given[r.given]}.`,
    not_unicode: () => 'Contains text that is not valid Unicode (an unpaired surrogate or bytes that are not UTF-8).',
    too_long: (r) => `Must be at most ${r.max} characters.`,
    email_too_long: (r) => `An e-mail address may be at most ${r.max} characters.`,
    too_many_digits: (r) => `Must have at most ${r.max} digits.`,
    too_few_digits: (r) => `Must have at least ${r.min} digits.`,
    control_characters: () => 'Must not contain control characters such as tabs or line breaks.',
    spaces_or_control_characters: () => 'Must not contain spaces or control characters.',
    digits_only: () => 'Must contain digits only.',
    invalid_email: () => 'Must be a valid e-mail address, such as name@example.com.',
    empty_list_item: (r) => `Address ${r.item} of the list is empty.`,
    list_item: (r) => `Address ${r.item} of the list ${'max' in r.reason ? `is longer than ${r.reason.max} characters` : 'is not a valid e-mail address'}.`,
    not_ip_or_cidr: (r) => `Item ${r.item} is not an IP address or CIDR block (such as 192.0.2.0/24).`,
    unknown_timezone: () => 'Must be an IANA time zone name, such as Europe/London.',
    unknown_country: () => 'Must be a two-letter ISO 3166 country code, such as GB or US.',
    not_one_of: (r) => `Must be one of ${r.choices.map((c) => `"${c}"`).join(', ')}.`,
    not_one_of_roles: (r) => `Must be one of the roles ${r.roles.join(', ')}.`,
    not_boolean: () => 'Must be true or false.',
    not_date: () => 'Must be a date written YYYY-MM-DD, such as 2026-11-23.',
    not_integer: () => 'Must be a whole number (digits only).',
    negative: () => 'Must not be negative.',
    number_too_large: () => 'Is too large a number.',
    too_small: (r) => `Must be ${r.min} or more.`,
    not_phone: () => 'Must be a phone number: digits, optionally a leading + and spaces, -, ., ( or ).',
    not_language: () => 'Must be a language code such as "en", "en-gb" or "pt_BR".',
    not_language_or_default: () => 'Must be "default" or a language code such as "en" or "pt_BR".',
    pgp_key: (r) => pgp[r.problem],
    password_policy: (r) => {
      const parts = [];
      if (r.minLength > 0) parts.push(`be at least ${r.minLength} characters long`);
      if (r.missing.length > 0) parts.push(`contain ${all.format(r.missing.map((c) => classes[c]))}`);
      return `Must ${parts.join(' and ')}.`;
    },
    same_as: (r) => `Must be the same address as ${r.other}.`,
    not_before: (r) => `Must not be before ${r.other}.`,
    repeated: (r) => `Given more than once; the server reads the ${r.kept} value.`,
    duplicate_attribute_key: (r) => `This key is already given by item ${r.first}.`,
    unknown_parameter: () => 'Not a parameter of this endpoint; the server ignores it.',
    unknown_column: (r) => `Column ${r.column} is not a parameter of this endpoint; the server ignores it.`,
    more: (r) => `…and ${r.count} more like the above.`,
    request_too_large: (r) => `The request is larger than ${r.maxMib} MiB, the most formmirror reads.`,
    batch_too_large: (r) => `The batch is larger than ${r.maxMib} MiB, the most formmirror reads at once; split it.`,
    request_not_json: (r) => `The request is not valid JSON: ${r.detail}.`,
    batch_not_json: (r) => `The batch is not valid JSON: ${r.detail}.`,
    rack_error: (r) => `Rack cannot read this request (${r.class}: ${r.detail}); Grape does not rescue the error, so the server answers 500.`,
    grape_fails_on_invalid_text: () =>
      'Grape fails on text that is not UTF-8 here (Ruby raises when it asks whether the list is blank), so the server answers 500.',
    csv: (r) => csv[r.problem],
    csv_header: (r) => `The header row cannot be read: ${csv[r.problem]}`,
    field_count: (r) => `This row has ${r.found} fields; the header has ${r.expected}.`,
    invalid_credentials: () => 'The authentication details provided are invalid.',
    api_token_required: () => 'An API token is required.',
    api_token_not_text: () => 'An API token is text, not a list or an object.',
    visa_required: () => 'A visa (the session token from Login) is required.',
    role_forbids: () => 'Your role does not allow this.',
    role_forbids_field: () => 'Your role does not allow changing this field.',
    rate_plan_forbids: () => 'Your rate plan does not allow this.',
    person_not_found: () => 'The person does not exist, or you do not have permission to update them.',
    json_rpc: (r) => jsonRpc[r.problem],
    no_such_method: () => 'This endpoint has no such method.',
    one_parameter: (r) => `${r.method} takes one parameter, ${r.parameter}.`,
    notification: () => 'This request has no id, so it is a notification: the server sends no response at all, not even an error.',
    unknown_endpoint: (r) =>
      `${r.path === '' ? 'This is not a request to a known endpoint' : `No endpoint answers the path "${r.path}"`}; formmirror knows ${r.known.join(', ')}.`,
  },
};
