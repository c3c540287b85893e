// Enswitch people/create in zod, as a skilled user would write it for a form's string values.
import { z } from 'zod';
import { USERNAME, FREE_TEXT, LANGUAGE, EXTENSION, DIGITS, POSITIVE, emailList, phone, sourceList, country, timezone, pgpPublicKey } from './shared.mjs';

const text = z.string().regex(FREE_TEXT).optional();
const phoneNumber = z.string().refine(phone).optional();

export const schema = z.object({
  auth_username: z.string().min(1),
  auth_password: z.string().min(1),
  username: z.string().regex(USERNAME),
  email: z.string().refine(emailList),
  password: z.string().optional(),
  role: z.string().regex(POSITIVE),
  company: text,
  customer: z.string().regex(DIGITS).optional(),
  copy_password: z.string().regex(DIGITS).optional(),
  country: z.string().refine(country).optional(),
  date_format: z.enum(['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD']).optional(),
  description: text,
  extension: z.string().regex(EXTENSION).optional(),
  fax: phoneNumber,
  forename: text,
  language: z.string().regex(LANGUAGE).optional(),
  mobile: phoneNumber,
  public_key: z.string().refine(pgpPublicKey).optional(),
  source: z.string().refine(sourceList).optional(),
  surname: text,
  telephone: phoneNumber,
  time_format: z.enum(['12', '24']).optional(),
  timezone: z.string().refine(timezone).optional(),
  title: text,
  validation: z.enum(['0', '1']).optional(),
}).superRefine((form, ctx) => {
  const copies = form.copy_password !== undefined && POSITIVE.test(form.copy_password);
  if (!copies && !form.password) ctx.addIssue({ code: 'custom', path: ['password'], message: 'required' });
});

/** The failing field names, in order; empty when valid. */
export function failingFields(form) {
  const result = schema.safeParse(form);
  return result.success ? [] : result.error.issues.map((i) => String(i.path[0]));
}
