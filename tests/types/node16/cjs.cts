// A Node-only CommonJS project: moduleResolution node16, no DOM library.
import formmirror = require('formmirror');
const answer = formmirror.validate('enswitch/people/create', 'username=ann');
export const status: number = answer.status;
