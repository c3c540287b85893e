// Type tests for js/index.d.ts: compiled with `tsc --noEmit` (tests/types/tsconfig.json) in
// npm test. expectTypeOf fails to compile when a type is not what the assertion says, and each
// expected error below fails to compile when that mistake stops being one.
import { expectTypeOf } from 'expect-type';
import {
  validate, validateField, validateRequest, validateBatch, endpoints, choices, ready,
  compile, type Result, type Code, type Issue, type Options, type RequestParts, type StandardSchemaV1,
} from 'formmirror';

const answer = validate('enswitch/people/create', { username: 'ann' });
expectTypeOf(answer).toEqualTypeOf<Result<'enswitch/people/create'>>();
expectTypeOf(answer.status).toBeNumber();
expectTypeOf(answer.bodyText).toEqualTypeOf<string | null>();
expectTypeOf(answer.errors).toEqualTypeOf<Issue[]>();
expectTypeOf(answer.errors[0].code).toEqualTypeOf<Code>();
expectTypeOf<'server_error'>().toExtend<Code>();
expectTypeOf<'unknown_endpoint'>().toExtend<Code>();
expectTypeOf<'no_response'>().toExtend<Code>();
expectTypeOf<'unknown_code'>().not.toExtend<Code>();
// @ts-expect-error: not a code formmirror answers with
const notACode: Code = 'unknown_code';

expectTypeOf(validate('cove/AddUser', new URLSearchParams('a=1'))).toEqualTypeOf<Result<'cove/AddUser'>>();
expectTypeOf(validateField('enswitch/people/create', 'email', 'a@b')).toHaveProperty('errors');
expectTypeOf(validateRequest('POST /api/2.0/users {}')).toEqualTypeOf<Result>();
const parts: RequestParts = { url: '/api/vendor/v1/users.json?api_token=1', method: 'POST', contentType: 'application/x-www-form-urlencoded', body: 'first_name=a' };
expectTypeOf(validateRequest(parts)).toEqualTypeOf<Result>();
expectTypeOf(validateBatch('enswitch/people/create', 'username\nann').total).toBeNumber();
expectTypeOf(endpoints()[0].encoding).toEqualTypeOf<'query' | 'form' | 'json'>();
expectTypeOf(choices('country')[0].label).toBeString();
expectTypeOf(ready()).resolves.toBeVoid();

const options: Options = { passwordPolicy: { minLength: 8 }, customAttributes: [{ key: 'age', type: 'integer', required: true }] };
expectTypeOf(options).toExtend<Options>();
// @ts-expect-error: an attribute type formmirror does not know
const badOptions: Options = { customAttributes: [{ key: 'age', type: 'number' }] };
// @ts-expect-error: a list formmirror has no choices for
choices('colour');
// @ts-expect-error: validate needs an endpoint id
validate();
void badOptions;
void notACode;

const batch = validateBatch('enswitch/people/create', 'username\nann', { emptyCells: 'omitted', credentials: 'backend' });
expectTypeOf(batch.warnings).toEqualTypeOf<Issue[]>();
expectTypeOf(batch.results[0].line).toEqualTypeOf<number | undefined>();
// @ts-expect-error: emptyCells is "sent" or "omitted"
validateBatch('enswitch/people/create', 'a', { emptyCells: 'skip' });

const signup = compile<'enswitch/people/create', { username: string; email: string }>('enswitch/people/create', { credentials: 'backend' });
expectTypeOf(signup.validate({ username: 'ann' })).toEqualTypeOf<Result<'enswitch/people/create'>>();
expectTypeOf(signup['~standard'].version).toEqualTypeOf<1>();
const checked = signup['~standard'].validate({ username: 'ann' });
if (!(checked instanceof Promise) && checked.issues === undefined) expectTypeOf(checked.value).toEqualTypeOf<{ username: string; email: string }>();
expectTypeOf(signup).toExtend<StandardSchemaV1<{ username: string; email: string }>>();

// Endpoint ids and field names are checked; bodies are typed per endpoint.
// @ts-expect-error: no such endpoint
validate('enswitch/people/delete', {});
// @ts-expect-error: a misspelt field of this endpoint
validateField('enswitch/people/create', 'forname', 'Ann');
expectTypeOf(validateField('cove/AddUser', 'EmailAddress', 'a@b')).toHaveProperty('ok');
const grape = validate('activeplatform/users/create', {});
if (grape.body) expectTypeOf(grape.body.error).toBeString();
const enswitch = validate('enswitch/people/update', 'id=1');
if (enswitch.body) expectTypeOf(enswitch.body.responses[0].code).toBeString();
const api20 = validate('api20/users/create', {});
if (api20.body) expectTypeOf(api20.body.errors[0].property).toBeString();
// An interface and a class instance are inputs.
interface SignupForm { username: string; email: string }
const typed: SignupForm = { username: 'ann', email: 'a@b' };
class Person { username = 'ann'; }
expectTypeOf(validate('enswitch/people/create', typed).ok).toBeBoolean();
expectTypeOf(validate('enswitch/people/create', new Person()).ok).toBeBoolean();
const compiled = compile('enswitch/people/create');
// @ts-expect-error: field names of the compiled endpoint
compiled.validateField('forname', 'Ann');

// Reasons narrow by id, and a locale catalogue must word every one of them.
import type { Reason, ReasonId, Locale } from 'formmirror';
import de from 'formmirror/locales/de';
expectTypeOf(answer.errors[0].reason).toEqualTypeOf<Reason>();
const reason = answer.errors[0].reason;
if (reason.id === 'too_long') expectTypeOf(reason.max).toBeNumber();
if (reason.id === 'password_policy') expectTypeOf(reason.missing).toEqualTypeOf<Array<'digit' | 'lowercase' | 'symbol' | 'uppercase'>>();
if (reason.id === 'list_item') expectTypeOf(reason.reason).toEqualTypeOf<Reason>();
expectTypeOf<'too_long'>().toExtend<ReasonId>();
expectTypeOf<'tooLong'>().not.toExtend<ReasonId>();
expectTypeOf(de).toEqualTypeOf<Locale>();
expectTypeOf(validate('enswitch/people/create', {}, { locale: de })).toEqualTypeOf<Result<'enswitch/people/create'>>();
expectTypeOf(compile('cove/AddUser', { locale: de }).endpointId).toEqualTypeOf<'cove/AddUser'>();
expectTypeOf(choices('country', { locale: de })[0].label).toBeString();
const strict: Locale = { ...de, messages: { ...de.messages, required: () => 'Pflichtfeld.', too_long: (r) => `≤ ${r.max}` } };
// @ts-expect-error: a catalogue that leaves a reason out does not compile
const incomplete: Locale = { locale: 'xx', didYouMean: (s) => s, messages: { required: () => 'x' } };
// @ts-expect-error: a message reads only the parameters its reason has
const wrongParameter: Locale = { ...de, messages: { ...de.messages, too_long: (r) => `${r.min}` } };
