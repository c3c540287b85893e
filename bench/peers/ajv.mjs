// Enswitch people/create in ajv (+ ajv-formats), as a skilled user would write it: one compiled
// schema, custom formats for what JSON Schema cannot say.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { USERNAME, FREE_TEXT, LANGUAGE, EXTENSION, DIGITS, POSITIVE, emailList, phone, sourceList, country, timezone, pgpPublicKey } from './shared.mjs';

const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
for (const [name, check] of Object.entries({ 'email-list': emailList, phone, 'ip-list': sourceList, country, timezone, 'pgp-public-key': pgpPublicKey })) {
  ajv.addFormat(name, { type: 'string', validate: check });
}

const text = { type: 'string', pattern: FREE_TEXT.source };
const phoneNumber = { type: 'string', format: 'phone' };

export const validate = ajv.compile({
  type: 'object',
  required: ['auth_username', 'auth_password', 'username', 'email', 'role'],
  properties: {
    auth_username: { type: 'string', minLength: 1 },
    auth_password: { type: 'string', minLength: 1 },
    username: { type: 'string', pattern: USERNAME.source },
    email: { type: 'string', format: 'email-list' },
    password: { type: 'string' },
    role: { type: 'string', pattern: POSITIVE.source },
    company: text,
    customer: { type: 'string', pattern: DIGITS.source },
    copy_password: { type: 'string', pattern: DIGITS.source },
    country: { type: 'string', format: 'country' },
    date_format: { enum: ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD'] },
    description: text,
    extension: { type: 'string', pattern: EXTENSION.source },
    fax: phoneNumber,
    forename: text,
    language: { type: 'string', pattern: LANGUAGE.source },
    mobile: phoneNumber,
    public_key: { type: 'string', format: 'pgp-public-key' },
    source: { type: 'string', format: 'ip-list' },
    surname: text,
    telephone: phoneNumber,
    time_format: { enum: ['12', '24'] },
    timezone: { type: 'string', format: 'timezone' },
    title: text,
    validation: { enum: ['0', '1'] },
  },
  // password is required unless copy_password names another person.
  if: { not: { required: ['copy_password'], properties: { copy_password: { type: 'string', pattern: POSITIVE.source } } } },
  then: { required: ['password'], properties: { password: { type: 'string', minLength: 1 } } },
});

/** The failing field names, in order; empty when valid. */
export function failingFields(form) {
  if (validate(form)) return [];
  return validate.errors.filter((e) => e.keyword !== 'if').map((e) => e.instancePath.slice(1) || e.params.missingProperty);
}
