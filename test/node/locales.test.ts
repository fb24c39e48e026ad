// Every language the library ships has English's shape: the same section, statement, step, area and
// crisis-line ids, the same citations, numbers, keywords and links (only the words differ).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/content/en/index.js';
import { es } from '../../src/content/es/index.js';
import { shapeMismatches } from '../../src/content/locales.js';
import type { LocaleContent } from '../../src/content/types.js';

const parts = ({ lang: _lang, dir: _dir, ...content }: LocaleContent) => content;

describe('shipped languages', () => {
  it('Spanish has English\u2019s ids, citations, numbers, keywords and links everywhere', () => {
    assert.deepEqual(shapeMismatches(parts(en), parts(es), 'es'), []);
  });

  it('Spanish crisis actions show every number and keyword a person must dial or text', () => {
    for (const region of es.crisis.regions) {
      for (const line of region.resources) {
        if (line.kind === 'online') continue;
        assert.ok(line.action.includes(line.number), `${line.id}: ${line.action}`);
        if (line.kind === 'text' && line.keyword) assert.ok(line.action.includes(line.keyword), `${line.id}: ${line.action}`);
      }
    }
  });

  it('the check finds a changed citation, a missing step and an empty text', () => {
    const broken = structuredClone(parts(es));
    (broken.evidence.items[0] as unknown as { cite: string[] }).cite = ['ohara2000'];
    (broken.selfCare.items as unknown[]).pop();
    (broken.crisis as { heading: string }).heading = ' ';
    const found = shapeMismatches(parts(en), broken, 'es');
    assert.ok(found.some((p) => p.startsWith('es.evidence.items[0].cite')), found.join('\n'));
    assert.ok(found.some((p) => p.startsWith('es.selfCare.items: expected a list')), found.join('\n'));
    assert.ok(found.some((p) => p.startsWith('es.crisis.heading')), found.join('\n'));
  });
});
