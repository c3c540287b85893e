// Type tests for formmirror/msw (js/msw.d.ts), against msw's own types.
import { expectTypeOf } from 'expect-type';
import type { HttpHandler } from 'msw';
import { handlers, type MockSettings } from 'formmirror/msw';

expectTypeOf(handlers()).toEqualTypeOf<HttpHandler[]>();
expectTypeOf(handlers({ options: { credentials: 'backend' }, baseUrl: 'https://enswitch.example.com', firstId: 1 })).toEqualTypeOf<HttpHandler[]>();
expectTypeOf<MockSettings['now']>().toEqualTypeOf<(() => Date) | undefined>();
// @ts-expect-error: the options are formmirror's, checked by name
handlers({ options: { credential: 'backend' } });
// @ts-expect-error: an id is a number
handlers({ firstId: '1' });
