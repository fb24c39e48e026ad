import { expect } from '@open-wc/testing';
import { en, SELF_CARE_GROUP_IDS } from '../../src/content/index.js';

const { items, groups } = en.selfCare;

describe('self-care checklist', () => {
  it('has at least 14 items', () => {
    expect(items.length).to.be.at.least(14);
  });

  it('uses at least 4 groups, all of them defined', () => {
    const used = new Set(items.map((i) => i.group));
    expect(used.size).to.be.at.least(4);
    const defined = new Set(groups.map((g) => g.id));
    for (const g of used) expect(defined.has(g), g).to.equal(true);
    expect(groups.map((g) => g.id)).to.deep.equal([...SELF_CARE_GROUP_IDS]);
  });

  it('uses unique, stable kebab-case ids', () => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every item a label, a one-line why and a citation', () => {
    for (const i of items) {
      expect(i.label.trim(), i.id).to.not.equal('');
      expect(i.why.trim(), i.id).to.not.equal('');
      expect(i.why, i.id).to.not.include('\n');
      expect(i.cite.length, i.id).to.be.at.least(1);
    }
  });

  it('says self-care supports professional care and does not replace it', () => {
    expect(en.selfCare.note).to.match(/do not replace/i);
  });

  it('offers tips for building good relationships', () => {
    expect(en.relationships.tips.length).to.be.at.least(4);
  });
});
