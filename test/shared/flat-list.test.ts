// flatList: a list rendered as few templates. It must show exactly what `items.map` shows, keep
// every value as text, follow the list as it grows and shrinks, keep items of other templates in
// their order, and spare the per-item nodes.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { flatList } from '../../src/shared/flat-list.js';

interface Block {
  readonly text: string;
  readonly note: string;
}
const blocks = (n: number): Block[] => Array.from({ length: n }, (_, i) => ({ text: `Text ${i + 1}`, note: ` [${i + 1}]` }));
const paragraph = (b: Block) => html`<p>${b.text}<sup>${b.note}</sup></p>`;
const withoutMarkers = (el: Element) => el.innerHTML.replace(/<!--[^>]*-->/g, '');
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
    render(flatList(blocks(3), paragraph), flat);
    render(blocks(3).map(paragraph), mapped);
    expect([...flat.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Text 1 [1]', 'Text 2 [2]', 'Text 3 [3]']);
    expect(withoutMarkers(flat)).to.equal(withoutMarkers(mapped));
  });

  it('keeps items of different templates in their order', () => {
    const items = ['a', 'b', 'tty', 'c', 'tty', 'tty', 'd'];
    const item = (s: string) => (s === 'tty' ? html`<li class="tty">${s}</li>` : html`<li class="link"><a href="#">${s}</a></li>`);
    render(flatList(items, item), flat);
    render(items.map(item), mapped);
    expect([...flat.querySelectorAll('li')].map((li) => `${li.className}:${li.textContent}`)).to.deep.equal(
      items.map((s) => `${s === 'tty' ? 'tty' : 'link'}:${s}`),
    );
    expect(withoutMarkers(flat)).to.equal(withoutMarkers(mapped));
  });

  it('keeps values as text, never markup', () => {
    const payload = '<img src=x onerror="window.__flatListRan=true"><b>bold</b>';
    render(flatList([{ text: payload, note: '</p><script>1</script>' }, { text: payload, note: '' }], paragraph), flat);
    expect(flat.querySelector('img, b, script')).to.equal(null);
    expect([...flat.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([`${payload}</p><script>1</script>`, payload]);
    expect((window as { __flatListRan?: boolean }).__flatListRan).to.equal(undefined);
  });

  it('renders nothing for no items', () => {
    render(flatList([], paragraph), flat);
    expect(flat.querySelectorAll('p')).to.have.length(0);
    expect(flat.textContent).to.equal('');
  });

  it('follows the list as it grows and shrinks', () => {
    for (const n of [2, 5, 1, 0, 3]) {
      render(flatList(blocks(n), paragraph), flat);
      expect([...flat.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(blocks(n).map((b) => `${b.text}${b.note}`));
    }
  });

  it('spares the two markers a mapped item costs', () => {
    render(flatList(blocks(10), paragraph), flat);
    render(blocks(10).map(paragraph), mapped);
    expect(comments(mapped) - comments(flat)).to.equal(20);
  });
});
