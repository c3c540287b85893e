// bindForm: mirrors the server's answer on a <form> while the user fills it in. It validates
// the edited field on input and blur (validateField), the whole form on submit (validate), puts
// each message where the browser and assistive technology expect it (setCustomValidity,
// aria-invalid, an error element linked by aria-describedby) and blocks submit while invalid.

let nextFormId = 1;

// The control names a dotted error field may belong to: `userInfo.EmailAddress` → EmailAddress,
// `custom_attributes.0.value` → custom_attributes.
function controlNameFor(field, controls) {
  return field.split('.').find((part) => controls.has(part));
}

/** Builds bindForm over an API made by makeApi. */
export function makeBindForm(api) {
  return function bindForm(form, endpointId, options) {
    if (typeof HTMLFormElement === 'undefined' || !(form instanceof HTMLFormElement)) {
      throw new TypeError('formmirror: bindForm needs a <form> element');
    }
    const endpoint = api.endpoints().find((e) => e.id === endpointId);
    if (!endpoint) api.validate(endpointId, {}); // throws the usual TypeError naming the known ids
    const fields = new Map(endpoint.fields.map((f) => [f.name, f]));
    const formId = nextFormId++;
    const created = [];
    const touched = new Set();
    let currentOptions = options;
    let lastAnswer;

    // Named controls of the form, by their name before any [] (Rack-style names).
    function controls() {
      const byName = new Map();
      for (const element of form.elements) {
        const name = element.name?.replace(/\[.*$/, '');
        if (name && !byName.has(name) && typeof element.setCustomValidity === 'function') byName.set(name, element);
      }
      return byName;
    }

    // Empty optional controls are not sent, as if never filled in; the formdata listener
    // below removes them from a native submission too, so the mirror matches what is sent.
    function leftOut(name, value) {
      const field = fields.get(name.replace(/\[.*$/, ''));
      return value === '' && field !== undefined && !field.required;
    }

    /** The request the form makes now: a query string, or a typed object for JSON endpoints. */
    function request() {
      // Constructing FormData fires the form's formdata event, which leaves out empty optionals.
      const entries = [...new FormData(form)];
      if (endpoint.encoding !== 'json') {
        const params = new URLSearchParams();
        for (const [name, value] of entries) params.append(name, typeof value === 'string' ? value : value.name);
        return params.toString();
      }
      const body = {};
      for (const [name, value] of entries) {
        const type = fields.get(name)?.type;
        if (type === 'Integer' && /^\d{1,15}$/.test(value)) body[name] = Number(value);
        else if (type === 'Array<String>') body[name] = value.split(',').map((s) => s.trim()).filter(Boolean);
        else body[name] = value;
      }
      return body;
    }

    function errorElement(name, control) {
      let element = form.querySelector(`[data-formmirror-error="${CSS.escape(name)}"]`);
      if (!element) {
        element = document.createElement('div');
        element.className = 'formmirror-error';
        element.dataset.formmirrorError = name;
        control.insertAdjacentElement('afterend', element);
        created.push(element);
      }
      element.id ||= `formmirror-${formId}-${name}`;
      return element;
    }

    function show(name, control, issues) {
      const message = issues.map((i) => i.message).join(' ');
      const element = errorElement(name, control);
      element.textContent = message;
      control.setCustomValidity(message);
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      const describedBy = new Set((control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
      describedBy.add(element.id);
      control.setAttribute('aria-describedby', [...describedBy].join(' '));
    }

    function announce(answer) {
      lastAnswer = answer;
      form.dispatchEvent(new CustomEvent('formmirror:answer', { detail: answer }));
      const summary = form.querySelector('[data-formmirror-summary]');
      if (summary) {
        const byControl = controls();
        const elsewhere = answer.errors.filter((e) => !controlNameFor(e.field, byControl));
        summary.textContent = elsewhere.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join(' ');
      }
      return answer;
    }

    // After an edit: each touched field's own errors, then the whole answer, all from one
    // reading of the form (building the request runs FormData and its formdata event).
    function refresh() {
      const byControl = controls();
      const input = request();
      const params = typeof input === 'string' ? new URLSearchParams(input) : undefined;
      for (const name of touched) {
        const control = byControl.get(name);
        if (!control || !fields.has(name)) continue;
        const value = params ? params.get(name) ?? undefined : input[name];
        show(name, control, api.validateField(endpointId, name, value, input, currentOptions).errors);
      }
      return announce(api.validate(endpointId, input, currentOptions));
    }

    /** Validates the whole form, shows every field's errors, and returns the answer. */
    function check() {
      const answer = api.validate(endpointId, request(), currentOptions);
      const byControl = controls();
      for (const [name, control] of byControl) {
        if (!fields.has(name)) continue;
        touched.add(name);
        show(name, control, answer.errors.filter((e) => controlNameFor(e.field, byControl) === name));
      }
      return announce(answer);
    }

    function onEdit(event) {
      const name = event.target.name?.replace(/\[.*$/, '');
      if (!name) return;
      touched.add(name);
      refresh();
    }

    function onSubmit(event) {
      const answer = check();
      if (answer.ok) return;
      event.preventDefault();
      const byControl = controls();
      const first = answer.errors.map((e) => byControl.get(controlNameFor(e.field, byControl))).find(Boolean);
      first?.focus();
      first?.reportValidity();
    }

    // FormData.delete removes every entry of a name, and Rack-style names repeat
    // (custom_attributes[][key]), so the kept entries are written back in order.
    function onFormData(event) {
      const entries = [...event.formData];
      const kept = entries.filter(([name, value]) => !leftOut(name, value));
      if (kept.length === entries.length) return;
      for (const name of new Set(entries.map(([name]) => name))) event.formData.delete(name);
      for (const [name, value] of kept) event.formData.append(name, value);
    }

    form.addEventListener('input', onEdit);
    form.addEventListener('change', onEdit);
    form.addEventListener('focusout', onEdit);
    form.addEventListener('submit', onSubmit);
    form.addEventListener('formdata', onFormData);
    form.dataset.formmirror = endpointId;
    announce(api.validate(endpointId, request(), currentOptions));

    return {
      /** The answer to the form as it is now. */
      get answer() {
        return lastAnswer;
      },
      check,
      request,
      /** New options (acting role, password policy, …); the answer follows at once. */
      setOptions(next) {
        currentOptions = next;
        return refresh();
      },
      /** Removes every listener, message and attribute bindForm added. */
      unbind() {
        form.removeEventListener('input', onEdit);
        form.removeEventListener('change', onEdit);
        form.removeEventListener('focusout', onEdit);
        form.removeEventListener('submit', onSubmit);
        form.removeEventListener('formdata', onFormData);
        delete form.dataset.formmirror;
        for (const control of controls().values()) {
          control.setCustomValidity('');
          control.removeAttribute('aria-invalid');
          const kept = (control.getAttribute('aria-describedby') ?? '').split(/\s+/)
            .filter((id) => id && !id.startsWith(`formmirror-${formId}-`));
          if (kept.length) control.setAttribute('aria-describedby', kept.join(' '));
          else control.removeAttribute('aria-describedby');
        }
        for (const element of created) element.remove();
        for (const element of form.querySelectorAll('[data-formmirror-error]')) element.textContent = '';
      },
    };
  };
}
