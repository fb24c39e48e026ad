import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';

describe('VERSION', () => {
  it('matches the version in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
