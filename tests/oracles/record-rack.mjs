// Records what Rack 2.2 reads from generated form bodies (tests/oracles/rack.rb), for the
// native unit test in src/rack.rs that holds formmirror's reader to it parameter for parameter.
// Rack's answers are kept as Ruby wrote them: JSON.parse would move integer-like keys first.
//   node tests/oracles/record-rack.mjs > tests/oracles/rack-recorded.json
import { ask, random } from './shared.mjs';
import * as rack from './rack.mjs';

const list = rack.requests(random(20261201), 1000);
const lines = await ask('ruby', [new URL('./rack.rb', import.meta.url).pathname], list.map((r) => JSON.stringify(r)));
const entries = list.map((r, i) => `{"body":${JSON.stringify(r.body)},"rack":${lines[i]}}`);
console.log(`[\n${entries.join(',\n')}\n]`);
