import { expect } from '@open-wc/testing';
import { isSafeLinkHref } from '../../src/quiz/safe-href.js';

describe('isSafeLinkHref', () => {
  it('accepts http and https addresses', () => {
    for (const href of ['https://example.org/ipt', 'http://example.org', 'HTTPS://EXAMPLE.ORG/x?y#z', ' https://example.org ']) {
      expect(isSafeLinkHref(href), href).to.equal(true);
    }
  });

  it('accepts relative, path and fragment addresses', () => {
    for (const href of ['/ipt', './ipt', '../ipt', 'ipt.html', '#about', '?topic=ipt', '//example.org/ipt', 'a/b:c']) {
      expect(isSafeLinkHref(href), href).to.equal(true);
    }
  });

  it('rejects other schemes, however they are written', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', '  javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'mailto:a@b.c', 'tel:988', 'file:///etc/passwd']) {
      expect(isSafeLinkHref(href), href).to.equal(false);
    }
  });

  it('rejects empty values and http addresses with no host', () => {
    for (const href of [null, undefined, '', '   ', 'http://', 'https:']) {
      expect(isSafeLinkHref(href), String(href)).to.equal(false);
    }
  });
});
