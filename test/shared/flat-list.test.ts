// flatList: a list rendered as one template. It must show exactly what `items.map` shows, keep
// every value as text, follow the list as it grows and shrinks, and spare the per-item nodes.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { flatList } from '../../src/shared/flat-list.js';

interface Block {
  readonly text: string;
  readonly note: string;
}
const blocks = (n: number): Block[] => Array.from({ length: n }, (_, i) => ({ text: `Text ${i + 1}`, note: ` [${i + 1}]` }));
const paragraphs = (items: readonly Block[]) => flatList(items, ['<p>', '', '</p>'], (b) => [b.text, html`<sup>${b.note}</sup>`]);
const comments = (root: Node) => {
  let n = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) n++;
  return n;
};

describe('flatList', () => {
  let flat: HTMLElement;
  let mapped: HTMLElement;
  beforeEach(() => {
    flat = document.createElement('div');
    mapped = document.createElement('div');
  });

  it('shows what items.map shows, in order', () => {
    render(paragraphs(blocks(3)), flat);
    render(
      blocks(3).map((b) => html`<p>${b.text}<sup>${b.note}</sup></p>`),
      mapped,
    );
    expect([...flat.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Text 1 [1]', 'Text 2 [2]', 'Text 3 [3]']);
    expect(flat.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(mapped.innerHTML.replace(/<!--[^>]*-->/g, ''));
  });

  it('keeps values as text, never markup', () => {
    const payload = '<img src=x onerror="window.__flatListRan=true"><b>bold</b>';
    render(paragraphs([{ text: payload, note: '</p><script>1</script>' }]), flat);
    expect(flat.querySelector('img, b, script')).to.equal(null);
    expect(flat.querySelector('p')!.textContent).to.equal(`${payload}</p><script>1</script>`);
    expect((window as { __flatListRan?: boolean }).__flatListRan).to.equal(undefined);
  });

  it('renders nothing for no items', () => {
    render(paragraphs([]), flat);
    expect(flat.querySelectorAll('p')).to.have.length(0);
    expect(flat.textContent).to.equal('');
  });

  it('follows the list as it grows and shrinks', () => {
    for (const n of [2, 5, 1, 0, 3]) {
      render(paragraphs(blocks(n)), flat);
      expect([...flat.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(blocks(n).map((b) => `${b.text}${b.note}`));
    }
  });

  it('spares the two markers and the template a mapped item costs', () => {
    render(paragraphs(blocks(10)), flat);
    render(
      blocks(10).map((b) => html`<p>${b.text}${html`<sup>${b.note}</sup>`}</p>`),
      mapped,
    );
    expect(comments(mapped) - comments(flat)).to.equal(20);
  });
});
