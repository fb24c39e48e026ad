// Lighthouse (default config: mobile, simulated throttling) against pages on 127.0.0.1, in its own
// Chromium so its tabs never overlap the render measurements.
import { createRequire } from 'node:module';
import lighthouse from 'lighthouse';
import { launch, median } from './measure.mjs';

export const VERSION = createRequire(import.meta.url)('lighthouse/package.json').version;
const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};

/** Runs Lighthouse `runs` times per URL; returns per-run figures and their medians. */
export async function runLighthouse(urls, { runs = 3, log = () => {} } = {}) {
  const browser = await launch(['--remote-debugging-port=0']);
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const out = {};
    for (const [name, url] of Object.entries(urls)) {
      const all = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
        const run = { score: Math.round((lhr.categories.performance.score ?? 0) * 100) };
        for (const [k, id] of Object.entries(AUDITS)) run[k] = lhr.audits[id].numericValue;
        all.push(run);
        log(
          `  lighthouse ${name} run ${i + 1}/${runs}: score ${run.score}, TBT ${Math.round(run.tbt)} ms, CLS ${run.cls.toFixed(3)}`,
        );
      }
      const med = Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((r) => r[k]))]));
      out[name] = { url: new URL(url).pathname, median: med, runs: all, lighthouse: VERSION };
    }
    return out;
  } finally {
    await browser.close();
  }
}
