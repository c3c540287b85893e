// compile(): a validator holding its options, and Standard Schema v1 for form libraries, tried
// with a real consumer in Node (TanStack Form's core); React Hook Form runs in Chromium
// (demo.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FormApi, FieldApi } from '@tanstack/form-core';
import { esm, cjs } from './helpers.mjs';
import de from 'formmirror/locales/de';

const CREATE = 'enswitch/people/create';
const signup = { username: 'ann', email: 'ann@example.com', password: 'long enough 1', role: '3' };
const options = { credentials: 'backend', passwordPolicy: { minLength: 10, requireDigit: true } };

test('each answer owns its body: changing one leaves the next answer as the server sends it', () => {
  for (const api of [esm, cjs]) {
    const validator = api.compile(CREATE, options);
    const first = validator.validate(signup);
    assert.equal(first.status, 201);
    first.body.responses[0].message = 'changed';
    first.body.responses.push('more');
    const second = validator.validate(signup);
    assert.deepEqual(second.body, JSON.parse(second.bodyText));
    assert.equal(second.body.responses[0].message, 'Input passed validation.');
    assert.notEqual(second.body, first.body);
    // The same for errors, and for an answer worded in another language in between.
    const bad = { ...signup, email: 'bad@' };
    const english = validator.validate(bad).errors[0].message;
    validator.validate(bad).errors[0].message = 'changed';
    const german = api.compile(CREATE, { ...options, locale: de }).validate(bad);
    assert.notEqual(german.errors[0].message, english);
    assert.equal(validator.validate(bad).errors[0].message, english);
    assert.equal(validator.validate(bad).errors[0].message, english);
  }
});

test('a compiled validator answers as validate, validateField and validateBatch do', () => {
  for (const api of [esm, cjs]) {
    const validator = api.compile(CREATE, options);
    for (const input of [signup, { ...signup, email: 'bad@' }, 'username=ann', {}]) {
      assert.deepEqual(validator.validate(input), api.validate(CREATE, input, options));
    }
    assert.deepEqual(validator.validateField('password', 'short', signup), api.validateField(CREATE, 'password', 'short', signup, options));
    assert.deepEqual(validator.validateBatch('username,email\nann,bad@\n'), api.validateBatch(CREATE, 'username,email\nann,bad@\n', options));
    assert.throws(() => api.compile('enswitch/people/delete'), TypeError);
    assert.throws(() => api.compile(CREATE, { passwordPolicy: { minLenght: 3 } }), /did you mean minLength/);
  }
});

test("'~standard' is Standard Schema v1: the value when valid, issues with paths into it when not", () => {
  const standard = esm.compile(CREATE, options)['~standard'];
  assert.equal(standard.version, 1);
  assert.equal(standard.vendor, 'formmirror');
  assert.deepEqual(standard.validate(signup), { value: signup });
  assert.deepEqual(standard.validate({ ...signup, email: 'bad@', password: 'short' }).issues, [
    { message: 'Must be a valid e-mail address, such as name@example.com.', path: ['email'] },
    { message: 'Must be at least 10 characters long and contain a digit.', path: ['password'] },
  ]);
  // Nested paths, in the value's own structure: list indices as numbers, userInfo's fields at
  // the top of a form that holds only them.
  const attributes = esm.compile('activeplatform/users/create', { credentials: 'backend', customAttributes: [{ key: 'age', type: 'integer' }] });
  const form = { first_name: 'A', last_name: 'B', password: 'p', email: 'a@example.com', custom_attributes: [{ key: 'age', value: 'x' }] };
  assert.deepEqual(attributes['~standard'].validate(form).issues.map((i) => i.path), [['custom_attributes', 0, 'value']]);
  const cove = esm.compile('cove/AddUser')['~standard'].validate({ Name: 'a@example.com', PartnerId: 0 });
  assert.deepEqual(cove.issues.map((i) => i.path), [['PartnerId']]);
  // What is not a request at all is an issue, not an exception.
  assert.equal(standard.validate(42).issues.length, 1);
  assert.equal(standard.validate(undefined).issues.length, 1);
});

test('TanStack Form takes a compiled validator as its form validator', async () => {
  let submitted;
  const form = new FormApi({ defaultValues: { ...signup, email: 'bad@' }, validators: { onSubmit: esm.compile(CREATE, options) }, onSubmit: ({ value }) => { submitted = value; } });
  form.mount();
  const email = new FieldApi({ form, name: 'email' });
  email.mount();
  await form.handleSubmit();
  assert.equal(form.state.isValid, false);
  assert.deepEqual(email.state.meta.errors.map((e) => e.message), ['Must be a valid e-mail address, such as name@example.com.']);
  assert.equal(submitted, undefined);
  email.setValue('ann@example.com');
  await form.handleSubmit();
  assert.deepEqual(email.state.meta.errors, []);
  assert.deepEqual(submitted, signup);
});
