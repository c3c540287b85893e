// Time zone names and suggestions against Python's zoneinfo (tests/oracles/tz_database.py): a
// name formmirror accepts must be one the tz database has, and every suggestion must be one too,
// with the offset an offset asked for (GMT+1 is one hour ahead of UTC: Etc/GMT-1) and the
// abbreviation an abbreviation asked for (PST is America/Los_Angeles in January).
import { ask } from './shared.mjs';

export const name = 'Python zoneinfo (timezone)';

/** Differences that remain on purpose; the README lists each with its reason. */
export const knownDifferences = {
  'tzdata-version': 'a name that is in one tz database release and not the other: formmirror\'s list is chrono-tz\'s, the system\'s may be newer or older',
};

const abbreviations = { PST: 'PST', PDT: 'PDT', CST: 'CST', CDT: 'CDT', EDT: 'EDT', MDT: 'MDT', BST: 'BST', JST: 'JST', KST: 'KST',
  AEST: 'AEST', AEDT: 'AEDT', ACST: 'ACST', AWST: 'AWST', NZST: 'NZST', NZDT: 'NZDT', AKST: 'AKST', AKDT: 'AKDT', HKT: 'HKT',
  SAST: 'SAST', MSK: 'MSK', CEST: 'CEST', EEST: 'EEST', WEST: 'WEST', SGT: '+08' };
const ambiguous = ['IST', 'AST'];
const cities = ['Mumbai', 'Bombay', 'Beijing', 'San Francisco', 'san_francisco', 'Seattle', 'Munich', 'Geneva', 'Osaka',
  'America/London', 'Asia/Paris', 'Europe/New_York', 'london', 'new york', 'Tokyo', 'Europe/Mumbai'];
const typos = ['Europe/Londn', 'America/New_Yrok', 'Asia/Tokio', 'Australia/Sidney', 'Europe/Berlinn', 'America/Chicagoo'];

function offsetInputs() {
  const list = [];
  for (let hours = -14; hours <= 15; hours += 1) {
    const sign = hours < 0 ? '-' : '+';
    const h = Math.abs(hours);
    for (const minutes of [0, 30, 45]) {
      const mm = String(minutes).padStart(2, '0');
      const hh = String(h).padStart(2, '0');
      list.push({ input: `GMT${sign}${h}${minutes ? `:${mm}` : ''}`, offset: hours * 60 + Math.sign(hours || 1) * minutes });
      list.push({ input: `UTC${sign}${hh}:${mm}`, offset: hours * 60 + Math.sign(hours || 1) * minutes });
      list.push({ input: `${sign}${hh}${mm}`, offset: hours * 60 + Math.sign(hours || 1) * minutes });
    }
  }
  return list;
}

export function requests(rng, count) {
  const list = [
    ...offsetInputs(),
    ...Object.entries(abbreviations).map(([input, abbreviation]) => ({ input, abbreviation })),
    ...ambiguous.map((input) => ({ input, ambiguous: true })),
    ...cities.map((input) => ({ input })),
    ...typos.map((input) => ({ input })),
  ];
  return list.slice(0, Math.max(count, list.length));
}

/** Asks zoneinfo about each input, and about formmirror's suggestion for it, and about every
 * name formmirror knows (once). */
export async function answers(list, formmirror) {
  const known = formmirror.choices('timezone').map((c) => c.value);
  const suggestions = list.map((r) => formmirror.validateField('enswitch/people/create', 'timezone', r.input).errors[0]?.suggestion ?? null);
  const names = [...known, ...list.map((r) => r.input), ...suggestions.filter((s) => s !== null)];
  const lines = await ask(new URL('../../target/oracles-venv/bin/python', import.meta.url).pathname,
    [new URL('./tz_database.py', import.meta.url).pathname], names.map((n) => JSON.stringify(n)));
  const about = new Map(names.map((n, i) => [n, JSON.parse(lines[i])]));
  return list.map((r, i) => ({ suggestion: suggestions[i], input: about.get(r.input), zone: suggestions[i] && about.get(suggestions[i]), known, about }));
}

let listChecked = false;

export function compare(formmirror, request, oracle) {
  // Once: every name formmirror accepts, against the database.
  if (!listChecked) {
    listChecked = true;
    const missing = oracle.known.filter((n) => !oracle.about.get(n).exists);
    if (missing.length > 0) return { known: 'tzdata-version' };
  }
  const accepted = formmirror.validateField('enswitch/people/create', 'timezone', request.input).ok;
  if (accepted !== oracle.input.exists) return accepted ? { known: 'tzdata-version' } : `refuses ${request.input}, which zoneinfo has`;
  if (accepted) return 'agree';
  const { suggestion, zone } = oracle;
  if (request.ambiguous) return suggestion === null ? 'agree' : `suggests ${suggestion} for the ambiguous ${request.input}`;
  if (request.offset !== undefined) {
    const whole = request.offset % 60 === 0 && request.offset >= -720 && request.offset <= 840;
    if (!whole) return suggestion === null ? 'agree' : `suggests ${suggestion} for ${request.input}, which no Etc zone is`;
    if (!zone?.exists) return `suggests ${suggestion} for ${request.input}`;
    return zone.january.offset === request.offset ? 'agree' : `${request.input} is ${request.offset} minutes, ${suggestion} is ${zone.january.offset}`;
  }
  if (request.abbreviation) {
    if (!zone?.exists) return `suggests ${suggestion} for ${request.input}`;
    const names = [zone.january.abbreviation, zone.july.abbreviation];
    return names.includes(request.abbreviation) ? 'agree' : `${suggestion} is ${names.join('/')}, not ${request.input}`;
  }
  if (suggestion === null) return accepted ? 'agree' : `no suggestion for ${request.input}`;
  return zone?.exists ? 'agree' : `suggests ${suggestion}, which zoneinfo does not have`;
}
