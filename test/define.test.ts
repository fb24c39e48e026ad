import { expect } from '@open-wc/testing';
import { define, type VersionedElement } from '../src/define.js';
import { VERSION } from '../src/version.js';
import { captureWarnings } from './helpers/console.js';

let counter = 0;
const uniqueTag = () => `ipt-define-test-${++counter}`;

const versioned = (version: string): VersionedElement =>
  class extends HTMLElement {
    static readonly iptVersion = version;
  };

describe('define', () => {
  it('registers a new tag', () => {
    const tag = uniqueTag();
    const ctor = versioned(VERSION);
    define(tag, ctor);
    expect(customElements.get(tag)).to.equal(ctor);
  });

  it('ignores a second copy of the same version without a warning', () => {
    const tag = uniqueTag();
    const first = versioned(VERSION);
    define(tag, first);
    const warnings = captureWarnings();
    try {
      expect(() => define(tag, versioned(VERSION))).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(customElements.get(tag)).to.equal(first);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('keeps the first version and warns once, naming the tag and both versions', () => {
    const tag = uniqueTag();
    define(tag, versioned('0.0.1-old'));
    const warnings = captureWarnings();
    try {
      expect(() => define(tag, versioned(VERSION))).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(`<${tag}>`).and.contain('0.0.1-old').and.contain(VERSION);
    expect((customElements.get(tag) as VersionedElement).iptVersion).to.equal('0.0.1-old');
  });

  it('does not throw when a foreign element already owns the tag', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    const warnings = captureWarnings();
    try {
      expect(() => define(tag, versioned(VERSION))).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join('\n')).to.contain(tag).and.contain('unknown');
  });
});
