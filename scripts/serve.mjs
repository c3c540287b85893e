// `npm start`: serves the demo page in www/ with the freshly built package beside it.
import { fileURLToPath } from 'node:url';
import { serve } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const routes = [['/formmirror/js/', `${root}js`], ['/formmirror/pkg/', `${root}pkg`], ['/', `${root}www`]];

const { url } = await serve(routes, port).catch((error) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.log(`port ${port} is taken; using a free one`);
  return serve(routes, 0);
});
console.log(`formmirror demo: ${url}  (Ctrl-C to stop)`);
