// Citations render the same links whatever their number: one and two are spelled out as one
// template (fewer DOM nodes), three or more come from a list. A change to one copy of the link
// markup and not the others would show here.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { CitationIndex, renderCitations, type CitationOptions } from '../../src/shared/citations.js';
import { sources } from '../../src/content/sources.js';
import type { SourceId } from '../../src/content/types.js';

const ids = Object.keys(sources).slice(0, 6) as SourceId[];
const name: CitationOptions['name'] = (number, title) => `Source ${number}: ${title}`;

/** Each citation's tag, text and attributes, rendered in a fresh index. */
function links(cited: readonly SourceId[], options: CitationOptions) {
  const root = document.createElement('p');
  render(renderCitations(new CitationIndex(), cited, options), root);
  expect(root.querySelectorAll('sup.cites')).to.have.length(1);
  return [...root.querySelectorAll('sup.cites > *')].map((el) => ({
    tag: el.localName,
    text: el.textContent,
    attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
  }));
}

describe('renderCitations', () => {
  for (const [label, options] of [
    ['with a sources list', { name, entryId: (id: SourceId) => `source-${id}` }],
    ['without a sources list', { name }],
  ] as const) {
    it(`renders one, two and three citations as the same links, ${label}`, () => {
      const three = links(ids.slice(0, 3), options);
      expect(links(ids.slice(0, 1), options)).to.deep.equal(three.slice(0, 1));
      expect(links(ids.slice(0, 2), options)).to.deep.equal(three.slice(0, 2));
      three.forEach((link, i) => {
        expect(link.tag).to.equal('a');
        expect(link.text).to.equal(`[${i + 1}]`);
        expect(link.attributes['part']).to.equal('citation');
        expect(link.attributes['class']).to.equal('cite');
        expect(link.attributes['rel']).to.equal('noopener noreferrer');
        expect(link.attributes['aria-label']).to.equal(`Source ${i + 1}: ${sources[ids[i]!].title}`);
        expect(link.attributes['href']).to.match(/^https?:\/\//);
        expect(link.attributes['data-source']).to.equal('entryId' in options ? ids[i] : undefined);
      });
    });
  }

  it('numbers a source cited again with its first number', () => {
    const index = new CitationIndex();
    const root = document.createElement('p');
    render(renderCitations(index, [ids[0]!, ids[1]!], { name }), root);
    render(renderCitations(index, [ids[1]!], { name }), root);
    expect(root.textContent).to.equal('[2]');
  });

  it('renders nothing for no citations', () => {
    const root = document.createElement('p');
    render(renderCitations(new CitationIndex(), [], { name }), root);
    expect(root.querySelector('sup')).to.equal(null);
  });
});
