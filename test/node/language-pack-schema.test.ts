// The shipped JSON Schema of a language pack accepts the packs this library ships and refuses
// what registerLocale refuses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { packSchema } from '../../scripts/pack-schema.mjs';
import { es } from '../../src/content/es/index.js';
import { en } from '../../src/content/en/index.js';

const validate = new Ajv({ allErrors: true, strict: false }).compile(packSchema());
const packOf = ({ lang, dir, ...content }: typeof es) => ({ lang, dir, content });
/** A JSON round trip: what a translator's file holds. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('language pack JSON Schema', () => {
  it('accepts the Spanish pack as JSON', () => {
    assert.equal(validate(asJson(packOf(es))), true, JSON.stringify(validate.errors?.slice(0, 5)));
  });

  it('accepts a partial pack (parts a site has not translated fall back to English)', () => {
    assert.equal(validate(asJson({ lang: 'fr', content: { crisis: en.crisis, ui: en.ui } })), true, JSON.stringify(validate.errors?.slice(0, 5)));
  });

  it('refuses a pack with an unknown part, a wrong crisis kind or a missing language', () => {
    assert.equal(validate({ lang: 'fr', content: { nonsense: {} } }), false);
    const crisis = asJson(en.crisis);
    (crisis.regions[0]!.resources[0] as { kind: string }).kind = 'fax';
    assert.equal(validate({ lang: 'fr', content: { crisis } }), false);
    assert.equal(validate({ content: {} }), false);
  });
});
