// E-mail addresses against Chromium's <input type=email> (Debian's chromium): the HTML
// standard's "valid e-mail address" for one address (api20's email, ActivePlatform's login,
// Cove's Name) and, with `multiple`, its "valid e-mail address list" for Enswitch's email.
import { launchChromium } from '../node/chromium.mjs';

export const name = 'Chromium <input type=email> (email)';

/** Differences that remain on purpose; the README lists each with its reason. */
export const knownDifferences = {
  'length-limit': 'formmirror refuses an address over 254 characters (the SPEC\'s limit, from RFC 5321\'s path length); the HTML grammar has no limit',
  'sanitized': 'Chromium strips line breaks and surrounding white space from the value before checking it; the server receives the text as sent',
};

const locals = ['a', 'first.last', 'x+tag', "!#$%&'*+/=?^_`{|}~-", 'a..b', '.a', 'a.', '"q"', 'a b', 'é', '', 'a@b', 'A'.repeat(64), 'a'.repeat(250)];
const domains = ['b', 'example.com', 'sub.example.co.uk', 'a-b.c', '-a.b', 'a-.b', 'a..b', '.a', 'a.', `${'b'.repeat(63)}.com`,
  `${'b'.repeat(64)}.com`, 'exämple.com', '127.0.0.1', '[127.0.0.1]', 'x_y.com', 'xn--exmple-cua.com', '', 'a', '1', 'a.1'];

export function requests(rng, count) {
  const list = [];
  for (const local of locals) for (const domain of domains) list.push({ value: `${local}@${domain}` });
  list.push(...['', 'plain', '@', 'a@', '@b', 'a@b@c', ' a@b.c', 'a@b.c ', 'a@b.c\n', '\na@b.c', 'a@b.c, d@e.f', 'a@b.c,d@e.f', 'a@b.c,',
    ',a@b.c', 'a@b.c,,d@e.f', 'a@b.c , d@e.f', 'a@b.c;d@e.f', 'a@b.c\td@e.f', ' a@b.c , d@e.f '].map((value) => ({ value })));
  while (list.length < count) {
    const chars = 'ab.@-_+é "\t,1';
    let value = '';
    for (let i = 1 + rng.below(12); i > 0; i -= 1) value += rng.pick([...chars]);
    list.push({ value });
  }
  return list.flatMap((r) => [{ ...r, multiple: false }, { ...r, multiple: true }]);
}

export async function answers(list) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    return await page.evaluate((requests) => requests.map(({ value, multiple }) => {
      const input = document.createElement('input');
      input.type = 'email';
      input.multiple = multiple;
      input.value = value;
      return { valid: input.checkValidity(), sanitized: input.value };
    }), list);
  } finally {
    await browser.close();
  }
}

export function compare(formmirror, request, oracle) {
  // One address: /api/2.0/users; a list: Enswitch's email. An empty value is "missing" there.
  const answer = request.multiple
    ? formmirror.validateField('enswitch/people/create', 'email', request.value)
    : formmirror.validateField('api20/users/create', 'email', request.value);
  if (request.value === '') return answer.ok ? 'disagree: an empty address passes' : 'agree';
  if (answer.ok === oracle.valid) return 'agree';
  if (oracle.sanitized !== request.value) return { known: 'sanitized' };
  if (!answer.ok && answer.errors[0]?.code === 'too_long') return { known: 'length-limit' };
  return `${JSON.stringify(request.value)}${request.multiple ? ' (list)' : ''}: formmirror ${answer.ok ? 'accepts' : `refuses (${answer.errors[0]?.code})`}, Chromium ${oracle.valid ? 'accepts' : 'refuses'}`;
}
