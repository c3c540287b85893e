// Written by scripts/types.mjs.
import type { Locale } from '../index.cjs';

/** formmirror's messages in this language: pass it as `options.locale`. */
declare const locale: Locale;
export = locale;
