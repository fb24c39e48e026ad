import { expect } from '@open-wc/testing';
import { checklistText } from '../../src/checklist/checklist-text.js';
import { sourceHref } from '../../src/content/source-href.js';

describe('checklistText', () => {
  it('lists each group with [x] and [ ] marks after the title and note, then the progress', () => {
    const text = checklistText({
      title: 'Self-care',
      note: 'Supports care; does not replace it.',
      groups: [
        { name: 'Body', items: [{ label: 'Walk', done: true }, { label: 'Eat well', done: false }] },
        { name: 'Empty group', items: [] },
      ],
      progress: '1 of 2 done',
      doneMark: '[x]',
      notDoneMark: '[ ]',
    });
    expect(text).to.equal('Self-care\nSupports care; does not replace it.\n\nBody\n[x] Walk\n[ ] Eat well\n\n1 of 2 done\n');
  });
});

describe('sourceHref', () => {
  it('links http and https addresses', () => {
    expect(sourceHref({ url: 'https://www.nhs.uk' })).to.equal('https://www.nhs.uk/');
    expect(sourceHref({ url: 'http://example.org/a?b=1' })).to.equal('http://example.org/a?b=1');
  });

  it('links a DOI through doi.org when there is no url', () => {
    expect(sourceHref({ doi: '10.1001/jama.289.23.3117' })).to.equal('https://doi.org/10.1001/jama.289.23.3117');
  });

  it('never links other schemes or relative addresses', () => {
    expect(sourceHref({ url: 'javascript:alert(1)' })).to.equal(undefined);
    expect(sourceHref({ url: 'data:text/html,hi' })).to.equal(undefined);
    expect(sourceHref({ url: '/relative' })).to.equal(undefined);
    expect(sourceHref({})).to.equal(undefined);
  });

  it('falls back to the DOI when the url is not http(s)', () => {
    expect(sourceHref({ url: 'ftp://x.org', doi: '10.1/abc' })).to.equal('https://doi.org/10.1/abc');
  });

  it('keeps each source its own address when asked again (the answer is kept per source)', () => {
    const web = { url: 'https://www.nhs.uk' };
    const none = { url: 'javascript:alert(1)' };
    const doi = { doi: '10.1/abc' };
    for (let round = 0; round < 2; round++) {
      expect(sourceHref(web)).to.equal('https://www.nhs.uk/');
      expect(sourceHref(none)).to.equal(undefined);
      expect(sourceHref(doi)).to.equal('https://doi.org/10.1/abc');
    }
  });
});
