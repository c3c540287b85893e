// A signup form as a React Hook Form user writes it, validated through formmirror's Standard
// Schema by @hookform/resolvers' standardSchemaResolver (no JSX, so no build configuration).
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { ready, compile } from 'formmirror';

await ready();
const schema = compile('enswitch/people/create', { credentials: 'backend', passwordPolicy: { minLength: 10, requireDigit: true } });

function Signup() {
  const { register, handleSubmit, formState: { errors } } = useForm({
    resolver: standardSchemaResolver(schema),
    defaultValues: { username: '', email: '', password: '', role: '3' },
  });
  const field = (name, type = 'text') => h('p', null,
    h('label', { htmlFor: name }, name),
    h('input', { id: name, type, ...register(name) }),
    h('span', { id: `${name}-error`, role: 'alert' }, errors[name]?.message ?? ''));
  return h('form', { onSubmit: handleSubmit((values) => { document.getElementById('sent').textContent = JSON.stringify(values); }) },
    field('username'), field('email'), field('password', 'password'),
    h('button', { type: 'submit' }, 'Sign up'),
    h('output', { id: 'sent' }));
}

createRoot(document.getElementById('root')).render(h(Signup));
document.body.dataset.ready = 'true';
