// summarize.js runs npm summarizers for scripts/compare (go run .).
//
// Usage: node summarize.js SYSTEM
//
// It reads JSON lines {"article": string, "n": number} from stdin and writes,
// for each, one JSON line {"sentences": [string]} (the digest in reading
// order) or {"error": string}. SYSTEM is one of the keys of `systems` below.
// Each library is called as its README shows, with its defaults.
'use strict';

const readline = require('node:readline');
const lexrank = require('lexrank');
const { SummarizerManager } = require('node-summarizer');
const { Preprocesser } = require('node-summarizer/src/Preprocesser');
const tr = require('ts-textrank');

// inOrder sorts the sentences picked from all by their first position in all.
function inOrder(picked, all) {
  const pos = (s) => all.indexOf(s);
  return picked.slice().sort((a, b) => pos(a) - pos(b));
}

const systems = {
  // lexrank (npm) 1.0.5: LexRank with Tanimoto similarity, 10 power
  // iterations; the top n sentences come back in reading order.
  lexrank: (article, n) => new Promise((resolve, reject) => {
    lexrank.summarize(article, n, (err, top) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(top.map((s) => s.text));
    });
  }),

  // ts-textrank 1.0.3: TextRank with Sørensen–Dice similarity, damping 0.85,
  // a fixed number of sentences in order of occurrence, English stop words.
  'ts-textrank': async (article, n) => {
    const config = new tr.AbsoluteSummarizerConfig(n, new tr.SorensenDiceSimilarity(),
      new tr.DefaultTextParser(), 0.85, tr.Summarizer.SORT_OCCURENCE);
    return new tr.Summarizer(config, new tr.NullLogger()).summarize(article, 'en');
  },

  // node-summarizer 1.0.7, getSummaryByFrequency: sentences ranked by mean
  // word frequency. The library returns the picked sentences glued into one
  // string; its ranking is over lower-cased, de-punctuated sentences, which
  // we map back to the originals with its own Preprocesser.
  'node-summarizer': async (article, n) => {
    const result = new SummarizerManager(article, n).getSummaryByFrequency();
    if (result instanceof Error) {
      throw result;
    }
    if (result.summary instanceof Error) {
      throw result.summary;
    }
    const pre = new Preprocesser();
    const originals = pre.paragraphToSentences(article);
    const [, toOriginal] = pre.cleanSentences(originals.slice());
    const picked = result.sorted_sentences.slice(0, n).map(([, clean]) => toOriginal.get(clean));
    return inOrder(picked, originals);
  },
};

async function main() {
  const name = process.argv[2];
  const summarize = systems[name];
  if (!summarize) {
    process.stderr.write(`summarize.js: unknown system ${JSON.stringify(name)}; want one of ${Object.keys(systems).join(', ')}\n`);
    process.exit(2);
  }
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') {
      continue;
    }
    let out;
    try {
      const { article, n } = JSON.parse(line);
      out = { sentences: await summarize(article, n) };
    } catch (err) {
      out = { error: String(err && err.message ? err.message : err) };
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}

main();
