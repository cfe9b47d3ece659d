// The page's client for the engine, which runs in a Web Worker (web/worker.js)
// so that digesting a long paste never freezes the page. The worker is made
// from a blob: URL, the only kind of worker a file:// page may start; if it
// dies or hangs it is started again.
(function (page) {
  "use strict";

  const timeoutMs = 60000; // a request this slow means the engine is stuck
  const maxRestarts = 3; // failures in a row before giving up
  // An outdated digest still running after stopAfterMs is stopped, the
  // worker started afresh (about a second), so that new text never waits
  // long behind old. Shorter ones are left to finish: a restart costs more.
  const stopAfterMs = 1000;
  // After a digest of recycleChars characters or more the worker is started
  // afresh: a wasm module's memory only grows, and a large digest leaves
  // hundreds of MB behind.
  const recycleChars = 1000000;

  // Engine runs one request at a time in the engine's worker, which begin
  // starts; requests made before then wait. onState receives {state,
  // message, version, timings, loadMs, readyAt} where state is "loading",
  // "ready", "busy", "restarting", "failed" or "missing"; loadMs counts from
  // starting the worker, readyAt from opening the page.
  class Engine {
    constructor(onState) {
      this.onState = onState;
      this.bundle = null;
      this.url = "";
      this.worker = null;
      this.ready = false;
      this.restarts = 0;
      this.nextId = 1;
      this.current = null; // the request the worker is running
      this.waiting = null; // the next digest; a newer one replaces it
      this.reads = []; // pages to extract and files to decode, in order; each runs before a digest
      this.info = {};
      this.down = null; // {code, message} once the engine is given up on
    }

    // begin starts the engine from bundle (see findBundle), or, when bundle
    // is null, fails every request with the code "missing".
    begin(bundle) {
      if (!bundle) {
        this.stop("missing", "the engine is not built");
        return;
      }
      this.bundle = bundle;
      this.url = URL.createObjectURL(new Blob([bundle.worker], { type: "text/javascript" }));
      this.start();
    }

    start() {
      const started = performance.now();
      this.ready = false;
      this.worker = new Worker(this.url, { name: "skim engine" });
      this.worker.onmessage = (e) => this.receive(e.data, started);
      this.worker.onerror = (e) => {
        e.preventDefault();
        this.crash("the engine stopped with an error" + (e.message ? ": " + e.message : ""));
      };
      this.worker.onmessageerror = () => this.crash("the engine sent a message the page could not read");
      this.worker.postMessage({ type: "load", pieces: this.bundle.module.length });
      this.send(this.worker);
      this.emit(this.restarts ? "restarting" : "loading");
    }

    // send posts the module to worker one piece per task: copying 8 MB in
    // one message would hold the page's main thread for about 100 ms.
    async send(worker) {
      for (const data of this.bundle.module) {
        await page.tasks.nextTask();
        if (this.worker !== worker) return; // restarted meanwhile
        worker.postMessage({ type: "piece", data });
      }
    }

    // summarize resolves to {result, ms} or rejects with an Error whose code
    // is the engine's (see wasm/options.go), "stopped", "missing", or "superseded" when
    // a newer request replaced this one before it ran.
    summarize(articles, options) {
      return new Promise((resolve, reject) => {
        if (this.down) {
          reject(codedError(this.down.code, this.down.message));
          return;
        }
        if (this.waiting) this.waiting.reject(codedError("superseded", "replaced by a newer request"));
        this.waiting = { message: { type: "summarize", articles, options }, resolve, reject, chars: lengthOf(articles) };
        this.next();
      });
    }

    // outdate says that no digest asked for so far is wanted any more (the
    // text changed): the waiting one and the running one reject with
    // "superseded" at once, and the running one is stopped if it goes on
    // past stopAfterMs.
    outdate() {
      if (this.waiting) this.waiting.reject(codedError("superseded", "the text changed"));
      this.waiting = null;
      const req = this.current;
      if (!req || req.message.type !== "summarize" || req.outdated) return;
      req.outdated = true;
      req.reject(codedError("superseded", "the text changed"));
      req.stopTimer = setTimeout(() => {
        if (this.current === req) this.recycle();
      }, Math.max(0, stopAfterMs - (performance.now() - req.startedAt)));
    }

    // extract resolves to the article the engine finds in the HTML page
    // html ({title, byline, published, text, omitted, titleStart,
    // titleEnd}; see wasm's callExtract) or rejects as summarize does. Pages
    // are read in the order given, never superseded.
    extract(html) {
      return new Promise((resolve, reject) => {
        if (this.down) {
          reject(codedError(this.down.code, this.down.message));
          return;
        }
        this.reads.push({ message: { type: "extract", html }, resolve: (r) => resolve(r.result), reject });
        this.next();
      });
    }

    // decode resolves to the text of a file's bytes (a Uint8Array): UTF-8,
    // or UTF-16 with a byte-order mark; it rejects with the code "not-text"
    // for a binary file, and otherwise as extract does.
    decode(bytes) {
      return new Promise((resolve, reject) => {
        if (this.down) {
          reject(codedError(this.down.code, this.down.message));
          return;
        }
        this.reads.push({ message: { type: "decode", bytes }, resolve: (r) => resolve(r.result), reject });
        this.next();
      });
    }

    next() {
      if (!this.ready || this.current || !(this.reads.length || this.waiting)) return;
      let req = this.reads.shift();
      if (!req) {
        req = this.waiting;
        this.waiting = null;
      }
      req.id = this.nextId++;
      req.timer = setTimeout(() => this.crash("the engine took more than " + timeoutMs / 1000 + " s"), timeoutMs);
      req.startedAt = performance.now();
      this.current = req;
      this.worker.postMessage(Object.assign({ id: req.id }, req.message));
      this.emit("busy");
    }

    receive(msg, started) {
      switch (msg.type) {
        case "ready":
          this.ready = true;
          this.restarts = 0;
          this.info = { version: msg.version, timings: msg.timings, loadMs: Math.round(performance.now() - started),
            readyAt: Math.round(performance.now()) };
          this.emit(this.current ? "busy" : "ready");
          this.next();
          return;
        case "warm":
          this.info.timings = msg.timings;
          this.emit(this.current ? "busy" : "ready");
          return;
        case "result":
        case "error":
          if (!this.current || msg.id !== this.current.id) return;
          const req = this.current;
          this.current = null;
          clearTimeout(req.timer);
          clearTimeout(req.stopTimer);
          if (msg.type === "result") req.resolve({ result: msg.result, ms: msg.ms });
          else req.reject(codedError(msg.code, msg.message));
          if (req.chars >= recycleChars) {
            this.recycle();
            return;
          }
          this.emit("ready");
          this.next();
          return;
        case "failed":
          this.crash("the engine could not load: " + msg.message);
          return;
        case "exited":
          this.crash("the engine's Go program ended");
      }
    }

    // recycle starts the worker afresh, not as a failure: the running
    // request, if any, was outdated and has been answered already; waiting
    // requests run once the new worker is ready.
    recycle() {
      this.worker.terminate();
      this.ready = false;
      if (this.current) {
        clearTimeout(this.current.timer);
        clearTimeout(this.current.stopTimer);
        this.current = null;
      }
      this.recycled = (this.recycled || 0) + 1; // for the tests
      this.start();
    }

    // crash stops the worker, fails the running request (its text may be
    // what killed the engine, so it is not retried) and starts a new worker.
    crash(why) {
      this.worker.terminate();
      this.ready = false;
      if (this.current) {
        clearTimeout(this.current.timer);
        clearTimeout(this.current.stopTimer);
        this.current.reject(codedError("stopped", why + "; it has been restarted"));
        this.current = null;
      }
      this.restarts++;
      if (this.restarts > maxRestarts) {
        this.stop("stopped", why);
        return;
      }
      this.start();
    }

    // stop gives up for good: this request and every later one fail with
    // code. The state becomes "missing" for that code, else "failed".
    stop(code, why) {
      this.down = { code, message: why };
      if (this.waiting) this.waiting.reject(codedError(code, why));
      this.waiting = null;
      for (const req of this.reads.splice(0)) req.reject(codedError(code, why));
      this.emit(code === "missing" ? "missing" : "failed", why);
    }

    emit(state, message) {
      this.onState(Object.assign({ state, message }, this.info));
    }
  }

  // findBundle resolves to the engine bundle ({worker, module, wasmBytes,
  // gzipBytes}; module is the gzipped module's base64 in pieces), or to null
  // when the engine is not built. index.html loads dist/engine.js with async,
  // which sets self.skimBundle and fires "skimbundle"; dist/skim.html carries
  // it in data blocks, read once the page is parsed. Neither makes the page's main thread compile 8 MB of
  // JavaScript, so the page is usable while the engine arrives.
  function findBundle() {
    const found = () => {
      if (self.skimBundle) return self.skimBundle;
      if (document.readyState === "loading") return undefined; // a data block may be half parsed
      const worker = document.getElementById("skim-worker");
      if (!worker) return undefined;
      return { worker: worker.textContent, module: Array.from(document.querySelectorAll("script.skim-module"), (e) => e.textContent),
        wasmBytes: Number(worker.dataset.wasmBytes), gzipBytes: Number(worker.dataset.gzipBytes) };
    };
    return new Promise((resolve) => {
      const check = (last) => {
        const b = found();
        if (b || last) resolve(b || null);
        return !!b;
      };
      if (check(false)) return;
      self.addEventListener("skimbundle", () => check(false), { once: true });
      document.addEventListener("DOMContentLoaded", () => check(false), { once: true });
      // The load event waits for async scripts: after it, a missing bundle
      // means the engine is not built.
      if (document.readyState === "complete") check(true);
      else self.addEventListener("load", () => check(true), { once: true });
    });
  }

  // lengthOf returns the characters of text in a digest's articles.
  function lengthOf(articles) {
    const list = Array.isArray(articles) ? articles : [articles];
    return list.reduce((n, a) => n + (typeof a === "string" ? a : a.text || a.html || "").length, 0);
  }

  function codedError(code, message) {
    const err = new Error(message);
    err.code = code;
    return err;
  }

  page.Engine = Engine;
  page.findBundle = findBundle;
})(self.skimPage = self.skimPage || {});
