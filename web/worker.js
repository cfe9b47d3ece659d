// The engine's Web Worker. scripts/build puts this file after the Go
// toolchain's wasm_exec.js into dist/engine.js, and web/engine.js starts it
// from a blob: URL. It loads the module, warms it up and answers requests:
//
//   page → worker: {type: "load", pieces}   then that many of
//                  {type: "piece", data}    the gzipped module, base64, in pieces
//                  {type: "summarize", id, articles, options}
//                  {type: "extract", id, html}       the article of a web page
//                  {type: "decode", id, bytes}       a file's bytes as text
//   worker → page: {type: "ready", version, timings}  requests may come now
//                  {type: "warm", timings}           warm-up done
//                  {type: "result", id, result, ms}  for either request
//                  {type: "error", id, message, code}
//                  {type: "failed", message}     the module did not load
//                  {type: "exited"}              the Go program ended
"use strict";

// warmText is digested a few times after loading: the first calls into a fresh
// module are several times slower than later ones. Each time it ends in one
// more newline, a new text to the engine, which would otherwise reuse what it
// read of the last one and skip the slow part that needs warming up.
const warmText =
  "Lanterns Return to Millbrook\n\n" +
  "The town of Millbrook lit its riverside lanterns again on Saturday after a two-year pause. " +
  "Volunteers repaired three hundred lanterns over the winter, using glass from a closed factory. " +
  "The mayor said the festival brought more visitors than any weekend since the bridge reopened.\n\n" +
  "Shops along the river stayed open until midnight, and the bakery sold out of bread by nine. " +
  "Hotel owners said every room in town was booked, and some visitors slept in their cars. " +
  "The police reported no arrests, although two children were briefly lost near the old mill.\n\n" +
  "Volunteers repaired three hundred lanterns over the winter, using glass from a closed factory. " +
  "The festival cost the town 40,000 dollars, most of it paid by local businesses. " +
  "Critics on the council said the money should have gone to the flood wall instead. " +
  "The mayor answered that the festival would pay for itself in two years.\n\n" +
  "Organizers plan to add a second night next year if the weather allows. " +
  "They also want to invite lantern makers from other towns along the river.";

// warmPage is warmText as a web page, read once after the digests: the first
// extraction in a fresh module takes several times as long as later ones,
// and a person's first pasted page should not pay for it.
const warmPage = "<!doctype html><html><head><title>Lanterns Return to Millbrook</title></head><body>" +
  "<nav><a href='#'>Home</a> <a href='#'>News</a></nav><article><h1>Lanterns Return to Millbrook</h1><p>" +
  warmText.split("\n\n").slice(1).join("</p><p>") + "</p></article><footer>Example News</footer></body></html>";

self.onmessage = (e) => {
  const msg = e.data;
  switch (msg.type) {
    case "load":
      load(msg.pieces).catch((err) => post({ type: "failed", message: String(err && err.message || err) }));
      return;
    case "piece":
      incoming.add(msg.data);
      return;
    case "summarize":
      answer(msg.id, () => self.skim.summarize(msg.articles, msg.options));
      return;
    case "extract":
      answer(msg.id, () => self.skim.extract(msg.html));
      return;
    case "decode":
      answer(msg.id, () => self.skim.decode(msg.bytes));
  }
};

function post(msg) {
  self.postMessage(msg);
}

// answer posts the result of request id, which work computes, or its error.
async function answer(id, work) {
  const t0 = performance.now();
  try {
    const result = await work();
    post({ type: "result", id, result, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: "error", id, message: String(err && err.message || err), code: (err && err.code) || "internal" });
  }
}

// decode turns base64 into bytes, natively where the browser can.
function decode(b64) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(b64);
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

// incoming is the module while its pieces arrive: each base64 piece is
// decoded and gunzipped as it comes, and the browser compiles the first
// functions while later ones are still on their way.
const incoming = {
  controller: null, // of the gzipped module's stream
  left: 0, // pieces still to come
  decodeMs: 0,
  // response returns the module as a streamed Response of count pieces.
  response(count) {
    this.left = count;
    const gz = new ReadableStream({ start: (c) => { this.controller = c; } });
    const wasm = gz.pipeThrough(new DecompressionStream("gzip"));
    return new Response(wasm, { headers: { "Content-Type": "application/wasm" } });
  },
  add(b64) {
    const t = performance.now();
    try {
      this.controller.enqueue(decode(b64));
    } catch (err) {
      this.controller.error(err); // compiling fails with it
      return;
    }
    this.decodeMs += performance.now() - t;
    if (--this.left === 0) this.controller.close();
  },
};

// pause lets messages that arrived meanwhile be handled.
function pause() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// load compiles the module as its count pieces arrive, starts the Go program
// and warms it up. Its timings (ms): compile, from the load message until the
// module is compiled (receiving, decoding and unpacking overlap it; decode is
// their decoding part), start (the Go program's start-up), warm1..3 and
// warmPage.
async function load(count) {
  const timings = {};
  let t = performance.now();
  const lap = (name) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };
  const go = new Go();
  const mod = await WebAssembly.compileStreaming(incoming.response(count));
  lap("compile");
  timings.decode = Math.round(incoming.decodeMs);
  const instance = await WebAssembly.instantiate(mod, go.importObject);
  go.run(instance).then(() => post({ type: "exited" }));
  if (!self.skim) throw new Error("the module did not define skim");
  lap("start");
  post({ type: "ready", version: self.skim.version, timings });
  // A request that arrives meanwhile runs between two warm-up digests.
  for (let i = 1; i <= 3; i++) {
    await pause();
    t = performance.now();
    await self.skim.summarize(warmText + "\n".repeat(i), { sentences: 3 });
    lap("warm" + i);
  }
  await pause();
  t = performance.now();
  await self.skim.extract(warmPage);
  lap("warmPage");
  post({ type: "warm", timings });
}
