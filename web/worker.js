// The engine's Web Worker. scripts/build puts this file after the Go
// toolchain's wasm_exec.js into dist/engine.js, and web/engine.js starts it
// from a blob: URL. It loads the module, warms it up and answers requests:
//
//   page → worker: {type: "load", module}        module: gzip+base64 wasm
//                  {type: "summarize", id, articles, options}
//   worker → page: {type: "ready", version, timings}  requests may come now
//                  {type: "warm", timings}           warm-up done
//                  {type: "result", id, result, ms}
//                  {type: "error", id, message, code}
//                  {type: "failed", message}     the module did not load
//                  {type: "exited"}              the Go program ended
"use strict";

// warmText is digested a few times after loading: the first calls into a fresh
// module are several times slower than later ones.
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

self.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === "load") {
    load(msg.module).catch((err) => post({ type: "failed", message: String(err && err.message || err) }));
  } else if (msg.type === "summarize") {
    summarize(msg);
  }
};

function post(msg) {
  self.postMessage(msg);
}

async function summarize({ id, articles, options }) {
  const t0 = performance.now();
  try {
    const result = await self.skim.summarize(articles, options);
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

async function load(moduleB64) {
  const timings = {};
  let t = performance.now();
  const lap = (name) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };
  const gz = decode(moduleB64);
  lap("decode");
  const wasm = new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"));
  const go = new Go();
  const { instance } = await WebAssembly.instantiateStreaming(
    new Response(wasm, { headers: { "Content-Type": "application/wasm" } }), go.importObject);
  lap("compile");
  go.run(instance).then(() => post({ type: "exited" }));
  if (!self.skim) throw new Error("the module did not define skim");
  lap("start");
  post({ type: "ready", version: self.skim.version, timings });
  // Requests that arrive meanwhile wait for the warm-up; it is short.
  for (let i = 1; i <= 3; i++) {
    await self.skim.summarize(warmText, { sentences: 3 });
    lap("warm" + i);
  }
  post({ type: "warm", timings });
}
