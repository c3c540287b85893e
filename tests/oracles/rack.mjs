// Rack 2.2's form parser alone (tests/oracles/rack.rb, Rack::Utils.parse_nested_query) on
// generated bracket names: formmirror must answer the form body exactly as it answers the
// parameters Rack read from it, given as JSON (status, body text, errors, unknown names), and
// answer 500 where Rack raises.
import { ask } from './shared.mjs';

export const name = 'Rack 2.2 parse_nested_query (form bodies)';

/** Differences that remain on purpose; the README lists each with its reason. */
export const knownDifferences = {};

const heads = ['first_name', 'last_name', 'password', 'email', 'custom_attributes', 'x', 'a'];
const tails = ['', '', '[]', '[key]', '[value]', '[][key]', '[][value]', '[0][key]', '[][]', '[][k][]', '[b][c]', ']', '[', '[]]',
  '][', '[[k]]', '[]x', '[x]y', '[k]][v]', '[ ]', '[%5B]'];
const values = ['', 'x', 'a@b.co', 'key', '%20', 'a+b', '%5B%5D', '1'];

function body(rng) {
  const pairs = ['first_name=a', 'last_name=b', 'password=p', 'email=a@b.co'].filter(() => rng.chance(0.7));
  for (let i = 1 + rng.below(6); i > 0; i -= 1) {
    const nameAt = rng.pick(heads) + rng.pick(tails) + (rng.chance(0.2) ? rng.pick(tails) : '');
    pairs.splice(rng.below(pairs.length + 1), 0, rng.chance(0.1) ? nameAt : `${nameAt}=${rng.pick(values)}`);
  }
  return pairs.join(rng.pick(['&', '&', '& ', '&&']));
}

export function requests(rng, count) {
  const list = [];
  while (list.length < count) list.push({ body: body(rng) });
  return list;
}

/** Rack's answers, with the parameters kept as the JSON text Ruby wrote (JSON.parse would move
 * integer-like keys first). */
export async function answers(list) {
  const lines = await ask('ruby', [new URL('./rack.rb', import.meta.url).pathname], list.map((r) => JSON.stringify(r)));
  return lines.map((line) => (line.startsWith('{"params":') ? { params: line.slice('{"params":'.length, -1) } : JSON.parse(line)));
}

export function compare(formmirror, request, oracle) {
  const id = 'activeplatform/users/create';
  const fromForm = formmirror.validate(id, `api_token=1&${request.body}`);
  if (oracle.raised) return fromForm.status === 500 ? 'agree' : `answered ${fromForm.status} where Rack raised ${oracle.raised}`;
  const params = oracle.params === '{}' ? '{"api_token":"1"}' : `{"api_token":"1",${oracle.params.slice(1)}`;
  const fromRack = formmirror.validate(id, params);
  const unknown = (a) => a.warnings.filter((w) => w.code === 'unknown_parameter').map((w) => w.field);
  const seen = (a) => JSON.stringify([a.status, a.bodyText, a.errors, unknown(a)]);
  return seen(fromForm) === seen(fromRack) ? 'agree' : `form ${seen(fromForm).slice(0, 300)}\n        Rack's params ${seen(fromRack).slice(0, 300)}`;
}
