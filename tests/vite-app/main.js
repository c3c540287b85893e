// A bundled app: `formmirror` resolves from node_modules (the packed tarball) and Vite serves
// the .wasm as an asset through the glue's `new URL(..., import.meta.url)`.
import { ready, validate } from 'formmirror';

await ready();
const answer = validate('enswitch/people/create', 'auth_username=u;auth_password=p;username=ann;email=ann@example.com;password=s;role=1;timezone=europe/london');
document.getElementById('out').textContent = JSON.stringify({ status: answer.status, suggestion: answer.errors[0]?.suggestion });
