// Enswitch's source rule against Python's ipaddress (tests/oracles/ip.py): each address or CIDR
// block formmirror accepts, ip_network(text, strict=False) reads, and the other way round.
import { ask } from './shared.mjs';

export const name = "Python ipaddress (source)";

/** Differences that remain on purpose; the README lists each with its reason. */
export const knownDifferences = {
  netmask: 'ipaddress also reads a block written with a dotted mask (192.0.2.0/255.255.255.0); the field takes addresses and CIDR blocks, as the SPEC says, so formmirror refuses it',
  'scope-id': 'ipaddress reads an IPv6 address with a zone (fe80::1%eth0); a zone names an interface of one machine and means nothing in a list of allowed sources, so formmirror refuses it',
};

const fixed = ['192.0.2.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.04', '0x1.2.3.4',
  '1.2.3.4/0', '1.2.3.4/32', '1.2.3.4/33', '1.2.3.4/', '1.2.3.4/024', '1.2.3.4/-1', '1.2.3.4/+8', '1.2.3.0/24', '1.2.3.4/255.255.255.0',
  '::', '::1', '2001:db8::', '2001:db8::/32', '2001:db8::/129', '2001:db8::1/128', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1::2::3',
  '::ffff:192.0.2.1', '::ffff:192.0.2.256', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', 'fe80::1%eth0', 'fe80::1%1', '[::1]',
  '2001:DB8::A', '2001:db8:0:0:0:0:0:1', '12345::', 'g::1', ':1', '1:', ':::', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1::',
  '1.2.3.4 ', '', ' ', 'localhost', '1.2.3.4%eth0', '::/0', '0/0', '1', '1.2.3.4/8/8', '١.٢.٣.٤'];

function random(rng) {
  if (rng.chance(0.5)) {
    const part = () => rng.pick([String(rng.below(300)), '0', '00', '255', '1', '', 'a']);
    let text = [part(), part(), part(), part()].slice(0, 3 + rng.below(3)).join('.');
    if (rng.chance(0.3)) text += `/${rng.pick(['0', '8', '24', '32', '33', '', '08'])}`;
    return text;
  }
  const group = () => rng.pick(['0', '1', 'db8', '2001', 'ffff', 'FFFF', '12345', 'g', '', '0000', '00000']);
  let text = Array.from({ length: 2 + rng.below(8) }, group).join(':');
  if (rng.chance(0.2)) text = text.replace(/:[^:]*$/, '::');
  if (rng.chance(0.1)) text += `:${rng.below(300)}.1.2.3`;
  if (rng.chance(0.3)) text += `/${rng.pick(['0', '64', '128', '129', '', '064'])}`;
  return text;
}

export function requests(rng, count) {
  const list = fixed.map((text) => ({ text }));
  while (list.length < count) list.push({ text: random(rng) });
  return list;
}

export async function answers(list) {
  const python = new URL('../../target/oracles-venv/bin/python', import.meta.url).pathname;
  const lines = await ask(python, [new URL('./ip.py', import.meta.url).pathname], list.map((r) => JSON.stringify(r.text)));
  return lines.map((line) => line === 'true');
}

export function compare(formmirror, request, valid) {
  // The rule splits on commas and spaces and allows empty: compare single items only.
  if (/[ ,]/.test(request.text) || request.text === '') return 'agree';
  const ok = formmirror.validateField('enswitch/people/create', 'source', request.text).ok;
  if (ok === valid) return 'agree';
  if (!ok && /\/\d+\.\d+\.\d+\.\d+$/.test(request.text)) return { known: 'netmask' };
  if (!ok && request.text.includes('%')) return { known: 'scope-id' };
  return `${JSON.stringify(request.text)}: formmirror ${ok ? 'accepts' : 'refuses'}, ipaddress ${valid ? 'accepts' : 'refuses'}`;
}
