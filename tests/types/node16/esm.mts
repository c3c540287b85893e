// A Node-only ESM project: moduleResolution node16, no DOM library.
import { validate, compile, type EndpointId } from 'formmirror';
const id: EndpointId = 'cove/AddUser';
const answer = validate(id, { Name: 'a@example.com', PartnerId: 1 });
const status: number = answer.status;
const schema = compile('enswitch/people/create');
export { status, schema };
