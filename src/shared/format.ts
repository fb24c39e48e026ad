/**
 * Interface words with numbers or names in them are templates, not functions, so a language pack
 * is plain data (JSON a translator or a CMS can write): `{name}` placeholders, and for words that
 * change with a count, one form per plural category of the language (`Intl.PluralRules`).
 */

/** Forms of a phrase by plural category; `other` is required, the rest as the language needs. */
export interface Plural {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A phrase with `{placeholders}`, or its plural forms (chosen by the `count` value). */
export type Template = string | Plural;

/** Fills `{name}` placeholders; the form of a {@link Plural} follows `values.count` in language `lang`. */
export function say(template: Template, values: Readonly<Record<string, string | number>> = {}, lang = 'en'): string {
  const text = typeof template === 'string' ? template : pluralForm(template, Number(values.count), lang);
  return text.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/** The form for `count`; an unknown language tag gets the `other` form. */
function pluralForm(forms: Plural, count: number, lang: string): string {
  return forms[pluralRules(lang)?.select(count) ?? 'other'] ?? forms.other;
}

const pluralRules = perLanguage((lang) => new Intl.PluralRules(lang));

/**
 * `make(lang)` made once per language and kept: widgets format on every render, and building an
 * Intl object is slow. `undefined` for a tag Intl rejects.
 */
export function perLanguage<T>(make: (lang: string) => T): (lang: string) => T | undefined {
  const made = new Map<string, T | undefined>();
  return (lang) => {
    if (!made.has(lang)) {
      let value: T | undefined;
      try {
        value = make(lang);
      } catch {
        // An unknown language tag.
      }
      made.set(lang, value);
    }
    return made.get(lang);
  };
}
