// Cold start in a fresh Node process: import zod and build the schema, first answer.
const start = performance.now();
const { schema } = await import('../peers/zod.mjs');
schema.safeParse(JSON.parse(process.argv[2]));
console.log(performance.now() - start);
