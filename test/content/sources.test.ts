import { expect } from '@open-wc/testing';
import { en, sources } from '../../src/content/index.js';

interface FoundCite {
  path: string;
  ids: readonly unknown[];
}

/** Walks any plain data and returns every `cite` array with its path. */
function collectCites(value: unknown, path = 'en', out: FoundCite[] = []): FoundCite[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectCites(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'cite' && Array.isArray(v)) out.push({ path: `${path}.cite`, ids: v });
      else collectCites(v, `${path}.${k}`, out);
    }
  }
  return out;
}

/** Every object in the data that looks like a TextBlock ({ text, cite }). */
function collectTextBlocks(value: unknown, path = 'en', out: { path: string; text: unknown; cite: unknown }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectTextBlocks(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('text' in o && 'cite' in o) out.push({ path, text: o['text'], cite: o['cite'] });
    for (const [k, v] of Object.entries(o)) collectTextBlocks(v, `${path}.${k}`, out);
  }
  return out;
}

describe('content sources', () => {
  const cites = collectCites(en);
  const known = new Set<string>(Object.keys(sources));

  it('finds citations all through the content', () => {
    expect(cites.length).to.be.greaterThan(150);
  });

  it('resolves every citation in the content to a source', () => {
    const broken = cites.flatMap((c) => c.ids.filter((id) => typeof id !== 'string' || !known.has(id)).map((id) => `${c.path}: ${String(id)}`));
    expect(broken).to.deep.equal([]);
  });

  it('gives every text block at least one citation', () => {
    const blocks = collectTextBlocks(en);
    expect(blocks.length).to.be.greaterThan(100);
    const empty = blocks.filter((b) => !Array.isArray(b.cite) || b.cite.length === 0).map((b) => b.path);
    expect(empty).to.deep.equal([]);
  });

  it('does not cite the same source twice in one place', () => {
    const dupes = cites.filter((c) => new Set(c.ids).size !== c.ids.length).map((c) => c.path);
    expect(dupes).to.deep.equal([]);
  });

  it('gives every source a title, a year and a url or doi', () => {
    for (const [id, s] of Object.entries(sources) as [string, { title: string; year: unknown; url?: string; doi?: string }][]) {
      expect(s.title, id).to.be.a('string').and.not.equal('');
      expect(['string', 'number'], `${id} year`).to.include(typeof s.year);
      expect(Boolean(s.url) || Boolean(s.doi), `${id} has url or doi`).to.equal(true);
    }
  });

  it('uses only http or https urls and well-formed dois', () => {
    for (const [id, s] of Object.entries(sources) as [string, { url?: string; doi?: string }][]) {
      if (s.url !== undefined) {
        expect(s.url, id).to.match(/^https?:\/\/[^\s/]+/);
        expect(() => new URL(s.url as string), id).not.to.throw();
      }
      if (s.doi !== undefined) expect(s.doi, id).to.match(/^10\.\d{4,9}\/\S+$/);
    }
  });

  it('links each source to the page that carries the text, not a home page, unless marked on purpose', () => {
    const homePages = (Object.entries(sources) as [string, { url?: string; homePage?: true }][])
      .filter(([, s]) => s.url !== undefined && !s.homePage)
      .filter(([, s]) => {
        const url = new URL(s.url as string);
        return (url.pathname === '/' || url.pathname === '') && url.search === '';
      })
      .map(([id]) => id);
    expect(homePages).to.deep.equal([]);
  });

  it('marks as a home page only sources whose link really is one', () => {
    for (const [id, s] of Object.entries(sources) as [string, { url?: string; homePage?: true }][]) {
      if (s.homePage) expect(new URL(s.url as string).pathname, id).to.equal('/');
    }
  });

  it('has no unused sources', () => {
    const used = new Set(cites.flatMap((c) => c.ids));
    const unused = Object.keys(sources).filter((id) => !used.has(id));
    expect(unused).to.deep.equal([]);
  });
});
