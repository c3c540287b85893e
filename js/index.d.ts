// Types for the formmirror npm package. The contract is SPEC.md §2; README.md documents every code.
// Endpoint ids and their fields come from js/endpoints.d.ts, generated from the endpoint tables.
import type { ChoiceList, EndpointId, EndpointFields } from './endpoints.js';
import type { Reason, ReasonId } from './reasons.js';
export type { ChoiceList, EndpointId, EndpointFields } from './endpoints.js';
export type { Reason, ReasonId } from './reasons.js';

/** A parameter name of endpoint `E`. */
export type FieldName<E extends EndpointId> = keyof EndpointFields[E] & string;

/** Enswitch's body: one response per failing parameter, or the one that says it passed. */
export interface EnswitchBody { responses: Array<{ code: string; key: string; message: string }> }
/** Grape's body (ActivePlatform). */
export interface GrapeBody { error: string }
/** The body this project defines for /api/2.0/users, whose vendor documents none. */
export interface Api20Body { links: Array<{ title: string; rel: string; href: string }>; errors: Array<{ property: string; message: string }> }
/** A JSON-RPC 2.0 response: an error, or in a batch an accepted request's stand-in. */
export type JsonRpcResponse =
  | { id: string | number | null; jsonrpc: '2.0'; error: { code: number; message: string; data: { errors: Array<{ field: string; message: string }> } } }
  | { id: string | number | null; jsonrpc: '2.0'; result: null };
/** The body each endpoint's server sends. */
export interface EndpointBodies {
  'enswitch/people/create': EnswitchBody;
  'enswitch/people/update': EnswitchBody;
  'api20/users/create': Api20Body;
  'activeplatform/users/create': GrapeBody;
  'cove/AddUser': JsonRpcResponse | JsonRpcResponse[];
}

/** Stable rule ids; README.md lists each with its meaning. */
export type Code =
  | 'required' | 'invalid_email' | 'unknown_timezone' | 'unknown_country' | 'not_one_of' | 'not_integer'
  | 'out_of_range' | 'too_long' | 'invalid_format' | 'mismatch' | 'password_policy' | 'read_only' | 'duplicate'
  | 'forbidden' | 'unauthenticated' | 'not_found' | 'invalid_envelope' | 'invalid_type' | 'invalid_encoding'
  | 'unknown_parameter' | 'unreadable_request' | 'unknown_method' | 'server_error' | 'unknown_endpoint' | 'no_response';

export interface Issue {
  /** The parameter as the API spells it, nested with dots; "" when about no one parameter. */
  field: string;
  code: Code;
  /** For people: in English, or in the language of `options.locale`. Never quotes the value. */
  message: string;
  /** Why, as data (`{ id: 'too_long', max: 255 }`): what a message catalogue words. */
  reason: Reason;
  /** What the user probably meant, from a public list (time zone, country code, parameter name). */
  suggestion?: string;
}

export interface Result<E extends EndpointId = EndpointId> {
  ok: boolean;
  /** The status the server would report. */
  status: number;
  /** The server's body, keys in the server's order; null where the server would simply accept. */
  body: EndpointBodies[E] | null;
  /** The body's exact text, byte for byte what the server sends (JSON.stringify(body) cannot
   * always say it: a JSON-RPC id such as 12345678901234567890); null with body. */
  bodyText: string | null;
  errors: Issue[];
  warnings: Issue[];
}

export interface FieldResult {
  ok: boolean;
  errors: Issue[];
  warnings: Issue[];
}

export interface Options {
  /** false when the system does not require an e-mail address on people/create. */
  emailRequired?: boolean;
  /** Who is acting: Enswitch 402/404 rules. "administrator" and "wholesale" are privileged. */
  actor?: { role: string; personId?: number | string };
  /** allows: false answers Enswitch 403. */
  ratePlan?: { allows?: boolean };
  passwordPolicy?: { minLength?: number; requireUpper?: boolean; requireLower?: boolean; requireDigit?: boolean; requireSymbol?: boolean };
  /** The role ids that exist. */
  roles?: Array<number | string>;
  customAttributes?: Array<{ key: string; required?: boolean; type?: 'string' | 'integer' | 'boolean' | 'date' | 'email' }>;
  /** "backend": your backend adds the credentials (Enswitch's auth_username and auth_password,
   * ActivePlatform's api_token) before the request goes out, so a browser form holds none and
   * they count as given. Default "request". */
  credentials?: 'request' | 'backend';
  /** validateBatch: "omitted" when your import leaves empty CSV cells out of the request; by
   * default ("sent") an empty cell is sent as an empty value, as a plain import does. */
  emptyCells?: 'sent' | 'omitted';
  /** The language of `errors[].message` and `warnings[].message`: a catalogue such as
   * `import de from 'formmirror/locales/de'`. English by default; `body` never changes. */
  locale?: Locale;
}

/** A message catalogue (`formmirror/locales/en`, `de`, `fr`, `es`, or your own): the words
 * for every reason. `word` words a nested reason (an item of a list). */
export interface Locale {
  /** The BCP 47 language tag; choices('country', { locale }) names countries in it. */
  readonly locale: string;
  readonly messages: { readonly [K in ReasonId]: (reason: Extract<Reason, { id: K }>, word: (reason: Reason) => string | undefined) => string };
  /** Appended to a message that has a suggestion. */
  readonly didYouMean: (suggestion: string) => string;
}

/** A plain object (an interface's or a class's instance too), an array (a JSON-RPC batch),
 * URLSearchParams, FormData, a query string ("a=1;b=2") or a JSON string. */
export type Input = object | string;

export interface RequestParts {
  url: string;
  method?: string;
  /** How the body is encoded, as the Content-Type header says it; by default JSON for a body
   * that starts with { or [ or is an object, a form otherwise. */
  contentType?: string;
  body?: Input;
}

export interface FieldInfo {
  name: string;
  type: string;
  required: boolean;
  default: string;
  description: string;
  /** The list `choices()` offers for this field, when it takes one of a fixed set. */
  choices?: ChoiceList;
}

export interface EndpointInfo {
  id: EndpointId;
  title: string;
  method: string;
  /** "" for JSON-RPC endpoints, which are found by method. */
  path: string;
  /** How a client sends the request: a query string, a form or JSON body, or JSON. */
  encoding: 'query' | 'form' | 'json';
  fields: FieldInfo[];
}

export interface BoundForm {
  /** The answer to the form as it is now. */
  readonly answer: Result;
  /** Validates the whole form now, shows every field's errors, returns the answer. */
  check(): Result;
  /** The request the form makes: a query string, or a typed object for JSON endpoints. */
  request(): string | Record<string, unknown>;
  /** New options; the answer follows at once. */
  setOptions(options?: Options): Result;
  /** Removes every listener, message and attribute bindForm added. */
  unbind(): void;
}

export function validate<E extends EndpointId>(endpointId: E, input: Input, options?: Options): Result<E>;
export function validateField<E extends EndpointId>(endpointId: E, field: FieldName<E>, value: unknown, input?: Input, options?: Options): FieldResult;
export function validateRequest(urlOrRequest: string | RequestParts, options?: Options): Result;
export interface BatchResult {
  total: number;
  valid: number;
  invalid: number;
  /** What the CSV header alone says (a misspelt or repeated column), once, even when every row is valid. */
  warnings: Issue[];
  /** Rows with errors only; `row` is the 1-based data row (CSV header not counted), 0 for the
   * batch as a whole; for CSV, `line` and `lastLine` are the lines of the file it spans. */
  results: Array<{ row: number; line?: number; lastLine?: number; errors: Issue[]; warnings: Issue[] }>;
}

/** The Standard Schema v1 interface (https://standardschema.dev), which form libraries call. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardSchemaV1.Result<Output> | Promise<StandardSchemaV1.Result<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

export declare namespace StandardSchemaV1 {
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> { readonly value: Output; readonly issues?: undefined }
  interface FailureResult { readonly issues: ReadonlyArray<Issue> }
  interface Issue { readonly message: string; readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined }
  interface PathSegment { readonly key: PropertyKey }
}

/** One endpoint with its options read once; also a Standard Schema v1 for form libraries. */
export interface CompiledValidator<E extends EndpointId = EndpointId, Values = EndpointFields[E]> extends StandardSchemaV1<Values, Values> {
  readonly endpointId: E;
  validate(input: Input): Result<E>;
  validateField(field: FieldName<E>, value: unknown, input?: Input): FieldResult;
  validateBatch(rowsOrCsv: string | object[]): BatchResult;
}

/**
 * A validator for `endpointId` with `options` read once: validate, validateField and
 * validateBatch without those two arguments, and `'~standard'` (Standard Schema v1), whose
 * issues carry each error's message and its path in the value given (`['custom_attributes', 0,
 * 'key']`). Throws a TypeError for an unknown endpoint or options of the wrong shape. The module
 * keeps what it read for the life of the page or process (one per endpoint and options text):
 * compile once per form and set of options, not once per call.
 */
export function compile<E extends EndpointId, Values = EndpointFields[E]>(endpointId: E, options?: Options): CompiledValidator<E, Values>;

/** Many requests at once: CSV text with a header row (RFC 4180), or an array of row objects. */
export function validateBatch(endpointId: EndpointId, rowsOrCsv: string | object[], options?: Options): BatchResult;
export function endpoints(): EndpointInfo[];
/** The values a list takes with labels; with a locale, country names in its language (Intl.DisplayNames). */
export function choices(list: ChoiceList, options?: { locale?: Locale }): Array<{ value: string; label: string }>;
/**
 * Mirrors the server on a <form>: validates fields on input and blur, the form on submit, sets
 * setCustomValidity, aria-invalid and an aria-describedby error element, blocks submit while
 * invalid, and leaves empty optional fields out of the request. Fires "formmirror:answer".
 */
export function bindForm(form: FormElement, endpointId: EndpointId, options?: Options): BoundForm;
/** Resolves once the WebAssembly module is loaded: needed in browsers, immediate in Node. */
/** `source`: where the .wasm comes from, a URL (or its text), a Response, bytes or a WebAssembly.Module. */
export function ready(source?: string | object): Promise<void>;

/** A `<form>` element: the DOM's HTMLFormElement where the DOM library is loaded, so these types
 * also compile in a Node-only project without it. */
export type FormElement = typeof globalThis extends { HTMLFormElement: { prototype: infer Form } } ? Form : never;

/**
 * The `formmirror:answer` event bindForm dispatches on the form after every answer, a
 * CustomEvent whose `detail` is the answer:
 * `form.addEventListener('formmirror:answer', (event) => { const { detail } = event as unknown as AnswerEvent; })`.
 */
export interface AnswerEvent { readonly type: 'formmirror:answer'; readonly detail: Result }
