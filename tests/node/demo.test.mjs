// The demo page, the plain signup form and a Vite-bundled app, in headless Chromium, over the
// packed package. Tests type and press keys as a person would and assert what a person sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { app, repo } from './helpers.mjs';
import { launchChromium, screenshot } from './chromium.mjs';

let browser;
let site;

before(async () => {
  site = await serve([['/formmirror/', join(app, 'node_modules/formmirror')], ['/', join(repo, 'www')]]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

async function openDemo() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

const statusText = (page) => page.textContent('#status');
const bodyJson = async (page) => JSON.parse(await page.textContent('#body'));
const errorUnder = (page, name) => page.textContent(`[data-formmirror-error="${name}"]`);

test('each tab opens on its seed example, accepted', async () => {
  const { page, errors } = await openDemo();
  const tabs = page.getByRole('tab');
  assert.equal(await tabs.count(), 5);
  const expected = ['status 201', 'status 201', 'status 201', 'status 201', 'status 200'];
  for (let i = 0; i < 5; i += 1) {
    await tabs.nth(i).click();
    assert.equal(await tabs.nth(i).getAttribute('aria-selected'), 'true');
    assert.equal(await statusText(page), expected[i], await tabs.nth(i).textContent());
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('typing a bad e-mail shows the error under the field and the 400 beside it; fixing it gives 201', async () => {
  const { page } = await openDemo();
  const email = page.locator('#field-email');
  await email.fill('');
  await email.pressSequentially('ann@');
  assert.equal(await errorUnder(page, 'email'), 'Must be a valid e-mail address, such as name@example.com.');
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  assert.equal(await email.evaluate((el) => el.validationMessage), 'Must be a valid e-mail address, such as name@example.com.');
  const describedBy = (await email.getAttribute('aria-describedby')).split(' ');
  const errorId = await page.getAttribute('[data-formmirror-error="email"]', 'id');
  assert.ok(describedBy.includes(errorId) && describedBy.includes('field-email-hint'), describedBy.join(' '));
  assert.equal(await statusText(page), 'status 400');
  assert.deepEqual(await bodyJson(page), { responses: [{ code: '400', key: 'email', message: 'Must be a valid e-mail address, such as name@example.com.' }] });
  await screenshot(page, 'demo-invalid-email');

  await email.pressSequentially('example.com');
  assert.equal(await errorUnder(page, 'email'), '');
  assert.equal(await email.getAttribute('aria-invalid'), null);
  assert.equal(await statusText(page), 'status 201');
  assert.deepEqual(await bodyJson(page), { responses: [{ code: '201', key: '', message: 'Input passed validation.' }] });
  await page.close();
});

test('"Messages in" words the error under the field in German; the server body stays English', async () => {
  const { page } = await openDemo();
  const email = page.locator('#field-email');
  await page.selectOption('#locale', 'de');
  await email.fill('ann@');
  await email.blur();
  assert.equal(await errorUnder(page, 'email'), 'Muss eine gültige E-Mail-Adresse sein, etwa name@example.com.');
  assert.deepEqual(await bodyJson(page), { responses: [{ code: '400', key: 'email', message: 'Must be a valid e-mail address, such as name@example.com.' }] });
  await page.selectOption('#locale', 'en');
  await email.fill('ann@x');
  await email.fill('ann@');
  assert.equal(await errorUnder(page, 'email'), 'Must be a valid e-mail address, such as name@example.com.');
  await page.close();
});

test('submit is blocked while invalid and focus goes to the field to fix', async () => {
  const { page } = await openDemo();
  await page.fill('#field-username', 'two words');
  await page.click('button[type="submit"]');
  assert.equal(await page.textContent('#sent'), '');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'field-username');
  assert.equal(await errorUnder(page, 'username'), 'Must not contain spaces or control characters.');
  await page.fill('#field-username', 'two.words');
  await page.click('button[type="submit"]');
  assert.equal(await page.textContent('#sent'), 'Accepted: the server would answer 201.');
  await page.close();
});

test('the paste box mirrors a whole request URL, with suggestions', async () => {
  const { page } = await openDemo();
  assert.equal(await page.textContent('#paste-status'), 'status 400');
  const body = JSON.parse(await page.textContent('#paste-body'));
  assert.deepEqual(body.responses.map((r) => r.key), ['timezone']);
  assert.match(body.responses[0].message, /Did you mean "Europe\/London"\?/);
  await page.fill('#paste', 'POST /api/2.0/users {"name":"T","email":"t@example.com","username":"t","customer_id":1,"id":4}');
  assert.equal(await page.textContent('#paste-status'), 'status 400');
  assert.deepEqual(JSON.parse(await page.textContent('#paste-body')).errors, [{ property: 'id', message: 'Is read-only: the server assigns it.' }]);
  await page.fill('#paste', 'https://example.com/nowhere');
  assert.equal(await page.textContent('#paste-status'), 'not a request formmirror knows');
  await page.close();
});

test('the options panel changes the answer: acting role, password policy, custom attributes', async () => {
  const { page } = await openDemo();
  await page.selectOption('#actor-role', 'user');
  assert.equal(await statusText(page), 'status 402');
  await page.selectOption('#actor-role', 'administrator');
  await page.fill('#min-length', '12');
  assert.equal(await statusText(page), 'status 400');
  assert.match(await page.textContent('#body'), /at least 12 characters/);
  await page.fill('#min-length', '0');
  await page.getByRole('tab', { name: 'ActivePlatform: create a user' }).click();
  assert.equal(await statusText(page), 'status 201');
  await page.fill('#attributes', 'age:integer:required\nteam:string:required');
  assert.equal(await statusText(page), 'status 400');
  assert.deepEqual(await bodyJson(page), { error: 'custom_attributes is invalid' });
  await screenshot(page, 'demo-options');
  await page.close();
});

test('keyboard alone: arrow keys switch tabs, Tab enters the form in order', async () => {
  const { page } = await openDemo();
  await page.getByRole('tab').first().focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Enswitch: update a person');
  assert.equal(await page.textContent('#form-title'), 'Enswitch: update a person');
  await page.keyboard.press('End');
  assert.equal(await page.textContent('#form-title'), 'Cove: add a user (JSON-RPC AddUser)');
  await page.keyboard.press('Home');
  const order = [];
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id));
  }
  assert.deepEqual(order, ['field-auth_username', 'field-auth_password', 'field-username', 'field-email', 'field-password']);
  await page.keyboard.type('x');
  assert.equal(await statusText(page), 'status 201');
  await page.close();
});

test('accessibility: every control is labelled, no positive tabindex, errors are described', async () => {
  const { page } = await openDemo();
  for (const tab of ['Enswitch: create a person', 'ActivePlatform: create a user', 'Cove: add a user (JSON-RPC AddUser)']) {
    await page.getByRole('tab', { name: tab }).click();
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
      .filter((el) => el.type !== 'hidden' && !el.labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      .map((el) => el.id || el.name));
    assert.deepEqual(unlabelled, [], tab);
  }
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('[tabindex]')].filter((el) => el.tabIndex > 0).length), 0);
  assert.equal(await page.getAttribute('#tabs', 'role'), 'tablist');
  await page.getByRole('tab', { name: 'Cove: add a user (JSON-RPC AddUser)' }).click();
  await page.fill('#field-EmailAddress', 'someone.else@mail.com');
  const described = await page.evaluate(() => {
    const input = document.getElementById('field-EmailAddress');
    return input.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id)?.textContent);
  });
  assert.ok(described.includes('Must be the same address as Name.'), described.join(' | '));
  assert.equal(await statusText(page), 'status -32602');
  await page.close();
});

test('the plain signup form: no credentials in the page, a POST, native validation UI, empty optional fields not sent', async () => {
  const page = await browser.newPage();
  // The form posts to the site's own backend; here the test stands in for it.
  let posted;
  await page.route('**/signup', async (route) => {
    posted = { method: route.request().method(), url: route.request().url(), body: route.request().postData() };
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Welcome</p>' });
  });
  await page.goto(`${site.url}signup.html`);
  await page.waitForSelector('form[data-formmirror="enswitch/people/create"]');
  assert.equal(await page.locator('[name="auth_username"], [name="auth_password"]').count(), 0, 'no credentials in the page');
  await page.fill('#username', 'ann');
  await page.fill('#email', 'ann@example.com');
  await page.fill('#password', 'short');
  assert.equal(await page.textContent('[data-formmirror-error="password"]'), 'Must be at least 10 characters long and contain a digit.');
  await page.click('button[type="submit"]');
  assert.equal(posted, undefined, 'submit was blocked');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'password');
  await page.fill('#password', 'long enough 1');
  await Promise.all([page.waitForURL(/\/signup$/), page.click('button[type="submit"]')]);
  assert.equal(posted.method, 'POST');
  assert.equal(new URL(posted.url).search, '', 'nothing in the URL');
  const sent = new URLSearchParams(posted.body);
  assert.equal(sent.get('username'), 'ann');
  assert.equal(sent.get('password'), 'long enough 1');
  assert.equal(sent.has('timezone'), false, 'an empty optional field is left out of the submission');
  await page.close();
});

test('a Vite-bundled app imports formmirror from the tarball and answers in the browser', async () => {
  const dir = join(app, 'vite-app');
  mkdirSync(dir, { recursive: true });
  cpSync(join(repo, 'tests/vite-app'), dir, { recursive: true });
  execFileSync(join(repo, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: dir, stdio: 'inherit' });
  const bundle = await serve([['/', join(dir, 'dist')]]);
  try {
    const page = await browser.newPage();
    await page.goto(bundle.url);
    await page.waitForFunction(() => document.getElementById('out').textContent !== 'loading');
    assert.deepEqual(JSON.parse(await page.textContent('#out')), { status: 400, suggestion: 'Europe/London' });
    await page.close();
  } finally {
    bundle.server.close();
  }
});

test('React Hook Form with standardSchemaResolver shows formmirror\'s messages and submits when they are fixed', async () => {
  // Built with Vite from the installed tarball; React and the form libraries come from this
  // repository's dev dependencies, linked in as the app's node_modules.
  const dir = join(app, 'rhf-app');
  mkdirSync(dir, { recursive: true });
  cpSync(join(repo, 'tests/rhf-app'), dir, { recursive: true });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(join(repo, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn', '--base', './'], { cwd: dir, stdio: 'inherit' });
  const bundle = await serve([['/', join(dir, 'dist')]]);
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(bundle.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#username', 'ann');
    await page.fill('#email', 'ann@');
    await page.fill('#password', 'short');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.getElementById('email-error').textContent !== '');
    assert.equal(await page.textContent('#email-error'), 'Must be a valid e-mail address, such as name@example.com.');
    assert.equal(await page.textContent('#password-error'), 'Must be at least 10 characters long and contain a digit.');
    assert.equal(await page.textContent('#sent'), '');
    await page.fill('#email', 'ann@example.com');
    await page.fill('#password', 'long enough 1');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.getElementById('sent').textContent !== '');
    assert.deepEqual(JSON.parse(await page.textContent('#sent')), { username: 'ann', email: 'ann@example.com', password: 'long enough 1', role: '3' });
    assert.equal(await page.textContent('#email-error'), '');
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    bundle.server.close();
  }
});

test('bindForm on any form: messages, aria wiring, then unbind leaves the form as it was', async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}signup.html`);
  const result = await page.evaluate(async () => {
    const { ready, bindForm } = await import('/formmirror/js/browser.mjs');
    await ready();
    const form = document.createElement('form');
    form.innerHTML = '<label for="e">E-mail</label><input id="e" name="email" aria-describedby="own-hint"><p id="own-hint">hint</p>';
    document.body.append(form);
    const input = form.querySelector('input');
    const bound = bindForm(form, 'enswitch/people/create');
    input.value = 'nope';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const whileBound = {
      invalid: input.getAttribute('aria-invalid'),
      describedBy: input.getAttribute('aria-describedby').replace(/formmirror-\d+-/, 'formmirror-N-'),
      message: input.validationMessage,
      status: bound.answer.status,
      marked: form.dataset.formmirror,
    };
    bound.unbind();
    input.value = 'still nope';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return {
      whileBound,
      after: {
        invalid: input.getAttribute('aria-invalid'),
        describedBy: input.getAttribute('aria-describedby'),
        valid: input.validity.valid,
        errorElements: form.querySelectorAll('.formmirror-error').length,
        marked: form.dataset.formmirror ?? null,
      },
      wrongElement: (() => { try { bindForm(document.body, 'enswitch/people/create'); return 'no error'; } catch (e) { return `${e.name}: ${e.message}`; } })(),
    };
  });
  assert.deepEqual(result.whileBound, {
    invalid: 'true',
    describedBy: 'own-hint formmirror-N-email',
    message: 'Must be a valid e-mail address, such as name@example.com.',
    status: 401,
    marked: 'enswitch/people/create',
  });
  assert.deepEqual(result.after, { invalid: null, describedBy: 'own-hint', valid: true, errorElements: 0, marked: null });
  assert.equal(result.wrongElement, 'TypeError: formmirror: bindForm needs a <form> element');
  await page.close();
});

test('on a 390-pixel phone the answer is in view, above the form, while its last field is filled', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url);
  await page.waitForSelector('body[data-ready="true"]');
  const inView = () => page.evaluate(() => {
    const box = document.getElementById('status').getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0;
  });
  assert.equal(await inView(), true, 'the status is in the first screen');
  const last = page.locator('#fields input, #fields select').last();
  await last.scrollIntoViewIfNeeded();
  await last.fill('x');
  assert.equal(await inView(), true, 'the status stays in view at the end of the form');
  const hints = await page.locator('.hint').allTextContents();
  assert.deepEqual(hints.filter((h) => (h.match(/required/gi) ?? []).length > 1), [], 'no hint says "required" twice');
  const icon = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="icon"]').href)).status);
  assert.equal(icon, 200);
  assert.deepEqual(errors, []);
  await screenshot(page, 'demo-phone');
  await page.close();
});
