// Cold start in a fresh Node process: import ajv and compile the schema, first answer.
const start = performance.now();
const { validate } = await import('../peers/ajv.mjs');
validate(JSON.parse(process.argv[2]));
console.log(performance.now() - start);
