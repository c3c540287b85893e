// MSW request handlers for the five endpoints' URLs, answering as the servers would (mock.mjs).
// msw.mjs and msw-node.mjs bind it to the browser and the Node build of formmirror.
import { http, HttpResponse } from 'msw';
import { makeResponder } from './mock.mjs';

export function makeHandlers(api) {
  return function handlers(settings = {}) {
    const { baseUrl = '*' } = settings;
    const responder = makeResponder(api, settings);
    const resolver = async ({ request }) => {
      const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
      const reply = responder.respond({ method: request.method, url: request.url, contentType: request.headers.get('content-type') ?? '', body });
      return new HttpResponse(reply.body, { status: reply.status, headers: reply.headers });
    };
    // Each path with and without its trailing slash, as the servers route both; Enswitch's CGI
    // scripts take a form POST as well as a GET.
    return responder.routes().flatMap(({ method, path }) => {
      const bare = `${baseUrl.replace(/\/+$/, '')}${path.replace(/\/+$/, '')}`;
      return [bare, `${bare}/`].flatMap((url) => (method === 'GET' ? [http.get(url, resolver), http.post(url, resolver)] : [http.post(url, resolver)]));
    });
  };
}
