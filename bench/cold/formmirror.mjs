// Cold start in a fresh Node process: import (compile and instantiate the wasm), first answer.
const start = performance.now();
const { validate } = await import('formmirror');
validate('enswitch/people/create', JSON.parse(process.argv[2]));
console.log(performance.now() - start);
