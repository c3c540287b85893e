// Requests with many distinct parameter names, for every encoding and endpoint: what the
// linear-time test (tests/node/limits.test.mjs) and `npm run bench:limits` time.

/** `count` names k0…k{count-1}, each with the value "1". */
export const names = (count) => Array.from({ length: count }, (_, i) => `k${i}`);

/** [label, (api, count) => answer] for every encoding and endpoint. */
export const SHAPES = [
  ['enswitch query', (api, n) => api.validate('enswitch/people/create', names(n).map((k) => `${k}=1`).join(';'))],
  ['enswitch JSON object', (api, n) => api.validate('enswitch/people/create', JSON.stringify(Object.fromEntries(names(n).map((k) => [k, '1']))))],
  ['enswitch POST body', (api, n) => api.validateRequest({ url: '/api/json/people/create/', method: 'POST', body: names(n).map((k) => `${k}=1`).join('&') })],
  ['activeplatform form (Rack refuses over 4,096)', (api, n) => api.validate('activeplatform/users/create', names(Math.min(n, 4000)).map((k) => `${k}=1`).join('&'))],
  ['activeplatform form, nested names', (api, n) => api.validate('activeplatform/users/create', names(Math.min(n, 4000)).map((k) => `a[${k}]=1`).join('&'))],
  ['activeplatform JSON', (api, n) => api.validate('activeplatform/users/create', JSON.stringify(Object.fromEntries(names(n).map((k) => [k, '1']))))],
  ['activeplatform query + JSON body', (api, n) => api.validateRequest({ url: `/api/vendor/v1/users.json?${names(Math.min(n, 4000)).map((k) => `q${k}=1`).join('&')}`, method: 'POST', contentType: 'application/json', body: JSON.stringify(Object.fromEntries(names(n).map((k) => [k, '1']))) })],
  ['api20 JSON', (api, n) => api.validate('api20/users/create', JSON.stringify(Object.fromEntries(names(n).map((k) => [k, 1]))))],
  ['cove userInfo', (api, n) => api.validate('cove/AddUser', JSON.stringify({ jsonrpc: '2.0', method: 'AddUser', visa: 'v', id: 1, params: { userInfo: Object.fromEntries(names(n).map((k) => [k, 1])) } }))],
  ['cove batch of requests', (api, n) => api.validate('cove/AddUser', JSON.stringify(names(Math.floor(n / 10)).map((k, i) => ({ jsonrpc: '2.0', method: 'AddUser', visa: 'v', id: i, params: { userInfo: { [k]: 1 } } }))))],
  ['CSV header columns', (api, n) => api.validateBatch('enswitch/people/create', `${names(n).join(',')}\n${names(n).map(() => '1').join(',')}\n`)],
];

/** The median of three runs, in milliseconds. */
export function time(run) {
  const samples = [];
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[1];
}
