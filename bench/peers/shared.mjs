// Checks a zod or ajv user would write by hand for Enswitch people/create, because neither
// library has them built in. Both peer rule sets use these, so they differ only in the library.
import { COUNTRY_CODES } from './countries.mjs';

export const WHATWG_EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
export const USERNAME = /^[^\s\p{Cc}]{1,255}$/u;
export const FREE_TEXT = /^[^\p{Cc}]{0,255}$/u;
export const LANGUAGE = /^(?:[A-Za-z]{2,3}(?:[-_](?:[A-Za-z]{2}|\d{3}))?)?$/;
export const EXTENSION = /^\d{0,20}$/;
export const DIGITS = /^\d+$/;
export const POSITIVE = /^0*[1-9]\d*$/;
const PHONE = /^\+?[\d .()-]*$/;
const IPV4_PART = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = `${IPV4_PART}(?:\\.${IPV4_PART}){3}`;
const H = '[0-9a-fA-F]{1,4}';
const IPV6 = `(?:(?:${H}:){7}${H}|(?:${H}:){1,7}:|(?:${H}:){1,6}:${H}|(?:${H}:){1,5}(?::${H}){1,2}|(?:${H}:){1,4}(?::${H}){1,3}|(?:${H}:){1,3}(?::${H}){1,4}|(?:${H}:){1,2}(?::${H}){1,5}|${H}:(?::${H}){1,6}|:(?:(?::${H}){1,7}|:)|(?:${H}:){6}${IPV4}|::(?:ffff(?::0{1,4})?:)?${IPV4}|(?:${H}:){1,4}:${IPV4})`;
const ADDRESS_OR_BLOCK = new RegExp(`^(?:${IPV4}(?:/(?:3[0-2]|[12]?\\d))?|${IPV6}(?:/(?:12[0-8]|1[01]\\d|[1-9]?\\d))?)$`);
export const TIMEZONES = new Set(Intl.supportedValuesOf('timeZone'));

export const emailList = (value) => value.split(',').every((a) => {
  const address = a.replace(/^ +| +$/g, '');
  return address.length <= 254 && WHATWG_EMAIL.test(address);
});
export const phone = (value) => {
  if (value === '') return true;
  if (!PHONE.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 3 && digits <= 20;
};
export const sourceList = (value) => value.split(/[, ]+/).filter(Boolean).every((item) => ADDRESS_OR_BLOCK.test(item));
export const country = (value) => value.length === 2 && COUNTRY_CODES.has(value.toUpperCase());
export const timezone = (value) => value === '' || TIMEZONES.has(value);

function crc24(bytes) {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i += 1) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

export function pgpPublicKey(value) {
  if (value.trim() === '') return true;
  const lines = value.trim().split(/\r?\n/).map((l) => l.trimEnd());
  if (lines[0] !== '-----BEGIN PGP PUBLIC KEY BLOCK-----' || lines.at(-1) !== '-----END PGP PUBLIC KEY BLOCK-----') return false;
  let i = 1;
  while (i < lines.length && /^[A-Za-z0-9-]+: /.test(lines[i])) i += 1;
  if (lines[i] === '') i += 1;
  const body = lines.slice(i, -1);
  const checksum = body.at(-1)?.startsWith('=') ? body.pop().slice(1) : undefined;
  try {
    const data = Uint8Array.from(atob(body.join('')), (c) => c.charCodeAt(0));
    if (data.length === 0) return false;
    if (checksum !== undefined) {
      const expected = Uint8Array.from(atob(checksum), (c) => c.charCodeAt(0));
      if (expected.length !== 3 || crc24(data) !== ((expected[0] << 16) | (expected[1] << 8) | expected[2])) return false;
    }
    const tag = data[0] & 0x40 ? data[0] & 0x3f : (data[0] >> 2) & 0x0f;
    return (data[0] & 0x80) !== 0 && tag === 6;
  } catch {
    return false;
  }
}
