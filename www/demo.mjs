// The demo page: one tab per endpoint, each a form generated from endpoints() and choices(),
// bound with bindForm so errors appear under the fields as you type and the server's answer
// updates beside it. Everything here is presentation; the answers come from the package.
import { ready, endpoints, choices, bindForm, validateRequest } from 'formmirror';
import de from 'formmirror/locales/de';
import fr from 'formmirror/locales/fr';
import es from 'formmirror/locales/es';
import { EXAMPLES, EXAMPLE_REQUEST } from './examples.mjs';

await ready();

const $ = (id) => document.getElementById(id);
const LONG_TEXT = new Set(['public_key', 'description']);
const ALL = endpoints();
// The message catalogues the "Messages in" choice offers; English is the package's own.
const LOCALES = { de, fr, es };
let bound;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false && value !== undefined) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

function control(field, value) {
  const id = `field-${field.name}`;
  const common = { id, name: field.name, 'aria-describedby': `${id}-hint`, 'aria-required': field.required ? 'true' : undefined };
  if (field.choices) {
    const select = element('select', common, element('option', { value: '' }, field.required ? 'Choose…' : `Default (${field.default || 'none'})`));
    for (const choice of choices(field.choices)) {
      select.append(element('option', { value: choice.value }, field.choices === 'country' ? `${choice.value} — ${choice.label}` : choice.label));
    }
    select.value = value ?? '';
    return select;
  }
  if (LONG_TEXT.has(field.name)) return Object.assign(element('textarea', { ...common, rows: 3, spellcheck: 'false' }), { value: value ?? '' });
  const secret = /password/i.test(field.name);
  const input = element('input', {
    ...common,
    type: secret ? 'password' : 'text',
    autocomplete: secret ? (field.name.startsWith('auth') ? 'current-password' : 'new-password') : 'off',
    inputmode: field.type === 'Integer' ? 'numeric' : /email|^Name$/i.test(field.name) ? 'email' : undefined,
    spellcheck: 'false',
    placeholder: field.type === 'Array<String>' ? 'comma-separated' : undefined,
  });
  input.value = value ?? '';
  return input;
}

function label(field, forId) {
  return element('label', { for: forId }, field.name,
    ...(field.required ? [element('span', { class: 'required', 'aria-hidden': 'true' }, '*')] : []));
}

function hint(field) {
  return element('span', { class: 'hint', id: `field-${field.name}-hint` },
    field.description, field.required && !/\brequired\b/i.test(field.description) ? ' Required.' : '');
}

// ActivePlatform's custom attributes: rows of key/value inputs with Rack-style names.
function attributeRows(field, attributes = []) {
  const rows = [...attributes, { key: '', value: '' }, { key: '', value: '' }].slice(0, 3);
  const group = element('fieldset', { 'aria-describedby': `field-${field.name}-hint` }, element('legend', {}, field.name), hint(field));
  rows.forEach((row, index) => {
    const key = element('input', { name: `${field.name}[][key]`, 'aria-label': `Attribute ${index + 1} key`, spellcheck: 'false', id: index === 0 ? `field-${field.name}` : undefined });
    const value = element('input', { name: `${field.name}[][value]`, 'aria-label': `Attribute ${index + 1} value`, spellcheck: 'false' });
    key.value = row.key;
    value.value = row.value;
    group.append(element('div', { class: 'attribute-row' }, key, value));
  });
  group.append(element('div', { class: 'formmirror-error', 'data-formmirror-error': field.name, id: `field-${field.name}-error` }));
  return group;
}

function renderForm(endpoint) {
  const example = EXAMPLES[endpoint.id] ?? {};
  $('form-title').textContent = endpoint.title;
  $('form-about').textContent = endpoint.path ? `${endpoint.method} ${endpoint.path}` : 'JSON-RPC 2.0: these are the members of params.userInfo';
  $('fields').replaceChildren(...endpoint.fields.map((field) => {
    if (field.type === 'Array<{key, value}>') return attributeRows(field, example[field.name]);
    return element('div', { class: 'field' }, label(field, `field-${field.name}`), hint(field), control(field, example[field.name]));
  }));
}

function lines(items) {
  return items.map((issue) => element('li', { class: issue.kind },
    `${issue.kind} · ${issue.field || '(request)'} · ${issue.code}: ${issue.message}`));
}

function showAnswer(answer, statusNode, bodyNode, issuesNode) {
  statusNode.textContent = `status ${answer.status}`;
  statusNode.className = `status ${answer.ok ? 'good' : 'bad'}`;
  const silent = answer.warnings.find((w) => w.code === 'no_response');
  bodyNode.textContent = silent ? `(no response: ${silent.message})`
    : answer.body === null ? '(no body: the server would accept this and create the user)'
      : JSON.stringify(answer.body, null, 2);
  issuesNode?.replaceChildren(...lines([
    ...answer.errors.map((e) => ({ ...e, kind: 'error' })),
    ...answer.warnings.map((w) => ({ ...w, kind: 'warning' })),
  ]));
  if (issuesNode && !issuesNode.children.length) issuesNode.append(element('li', {}, 'none'));
}

function readOptions() {
  const form = $('options');
  const get = (name) => form.elements[name];
  const options = {};
  if (LOCALES[get('locale').value]) options.locale = LOCALES[get('locale').value];
  if (get('role').value) options.actor = { role: get('role').value, ...(get('personId').value.trim() ? { personId: get('personId').value.trim() } : {}) };
  if (!get('emailRequired').checked) options.emailRequired = false;
  if (!get('ratePlan').checked) options.ratePlan = { allows: false };
  const minLength = Number(get('minLength').value) || 0;
  const flags = ['requireUpper', 'requireLower', 'requireDigit', 'requireSymbol'].filter((name) => get(name).checked);
  if (minLength || flags.length) options.passwordPolicy = { minLength, ...Object.fromEntries(flags.map((f) => [f, true])) };
  const roles = get('roles').value.split(/[\s,]+/).filter(Boolean);
  if (roles.length) options.roles = roles;
  const attributes = get('customAttributes').value.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [key, type = 'string', required] = line.split(':').map((part) => part.trim());
    return { key, type, required: required === 'required' };
  });
  if (attributes.length) options.customAttributes = attributes;
  return options;
}

// Options the package refuses (a role id that is not a number, an unknown attribute type) are
// shown, and the last good options stay in force.
let options = {};
function applyOptions() {
  try {
    const next = readOptions();
    bound?.setOptions(next);
    options = next;
    $('options-error').textContent = '';
  } catch (error) {
    $('options-error').textContent = error.message.replace(/^formmirror: /, '');
  }
  updatePaste();
}

function updatePaste() {
  const text = $('paste').value.trim();
  if (!text) {
    $('paste-status').textContent = '';
    $('paste-body').textContent = '';
    return;
  }
  const answer = validateRequest(text, options);
  const unknown = answer.errors.find((e) => e.code === 'unknown_endpoint');
  if (unknown) {
    $('paste-status').textContent = 'not a request formmirror knows';
    $('paste-status').className = 'status bad';
    $('paste-body').textContent = unknown.message;
  } else {
    showAnswer(answer, $('paste-status'), $('paste-body'));
  }
}

function select(endpointId, moveFocus) {
  for (const tab of $('tabs').children) {
    const selected = tab.dataset.endpoint === endpointId;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected) {
      $('panel').setAttribute('aria-labelledby', tab.id);
      if (moveFocus) tab.focus();
    }
  }
  bound?.unbind();
  $('sent').textContent = '';
  renderForm(ALL.find((e) => e.id === endpointId));
  bound = bindForm($('form'), endpointId, options);
  showAnswer(bound.answer, $('status'), $('body'), $('issues'));
}

for (const endpoint of ALL) {
  const tab = element('button', { type: 'button', role: 'tab', id: `tab-${endpoint.id.replaceAll('/', '-')}`, 'aria-controls': 'panel', 'data-endpoint': endpoint.id }, endpoint.title);
  tab.addEventListener('click', () => select(endpoint.id, false));
  $('tabs').append(tab);
}

// Arrow keys move between tabs; Tab moves on into the form (the WAI-ARIA tabs pattern).
$('tabs').addEventListener('keydown', (event) => {
  const tabs = [...$('tabs').children];
  const at = tabs.indexOf(document.activeElement);
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (next === undefined || at < 0) return;
  event.preventDefault();
  select(tabs[(next + tabs.length) % tabs.length].dataset.endpoint, true);
});

$('form').addEventListener('formmirror:answer', (event) => showAnswer(event.detail, $('status'), $('body'), $('issues')));
$('form').addEventListener('input', () => { $('sent').textContent = ''; });
$('form').addEventListener('submit', (event) => {
  if (event.defaultPrevented) return; // bindForm blocked it: the form is invalid
  event.preventDefault(); // a demo: nothing is sent anywhere
  $('sent').textContent = `Accepted: the server would answer ${bound.answer.status}.`;
});
$('options').addEventListener('input', applyOptions);
$('options').addEventListener('submit', (event) => event.preventDefault());
$('paste').addEventListener('input', updatePaste);
$('paste').value = EXAMPLE_REQUEST;

applyOptions();
select(ALL[0].id, false);
document.body.dataset.ready = 'true';
