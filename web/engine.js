// The page's client for the engine, which runs in a Web Worker (web/worker.js)
// so that digesting a long paste never freezes the page. The worker is made
// from a blob: URL, the only kind of worker a file:// page may start; if it
// dies or hangs it is started again.
(function (page) {
  "use strict";

  const timeoutMs = 60000; // a request this slow means the engine is stuck
  const maxRestarts = 3; // failures in a row before giving up

  // Engine loads the engine at once and runs one request at a time. onState
  // receives {state, message, version, timings, loadMs, readyAt} where state
  // is "loading", "ready", "busy", "restarting" or "failed"; loadMs counts
  // from starting the worker, readyAt from opening the page.
  class Engine {
    constructor(bundle, onState) {
      this.bundle = bundle;
      this.onState = onState;
      this.url = URL.createObjectURL(new Blob([bundle.worker], { type: "text/javascript" }));
      this.worker = null;
      this.ready = false;
      this.restarts = 0;
      this.nextId = 1;
      this.current = null; // the request the worker is running
      this.waiting = null; // the next request; a newer one replaces it
      this.info = {};
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
      this.worker.postMessage({ type: "load", module: this.bundle.module });
      this.emit(this.restarts ? "restarting" : "loading");
    }

    // summarize resolves to {result, ms} or rejects with an Error whose code
    // is the engine's (see wasm/options.go), "stopped", or "superseded" when
    // a newer request replaced this one before it ran.
    summarize(articles, options) {
      return new Promise((resolve, reject) => {
        if (this.waiting) this.waiting.reject(codedError("superseded", "replaced by a newer request"));
        this.waiting = { articles, options, resolve, reject };
        this.next();
      });
    }

    next() {
      if (!this.ready || this.current || !this.waiting) return;
      const req = this.waiting;
      this.waiting = null;
      req.id = this.nextId++;
      req.timer = setTimeout(() => this.crash("the engine took more than " + timeoutMs / 1000 + " s"), timeoutMs);
      this.current = req;
      this.worker.postMessage({ type: "summarize", id: req.id, articles: req.articles, options: req.options });
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
          if (msg.type === "result") req.resolve({ result: msg.result, ms: msg.ms });
          else req.reject(codedError(msg.code, msg.message));
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

    // crash stops the worker, fails the running request (its text may be
    // what killed the engine, so it is not retried) and starts a new worker.
    crash(why) {
      this.worker.terminate();
      this.ready = false;
      if (this.current) {
        clearTimeout(this.current.timer);
        this.current.reject(codedError("stopped", why + "; it has been restarted"));
        this.current = null;
      }
      this.restarts++;
      if (this.restarts > maxRestarts) {
        if (this.waiting) this.waiting.reject(codedError("stopped", why));
        this.waiting = null;
        this.emit("failed", why);
        return;
      }
      this.start();
    }

    emit(state, message) {
      this.onState(Object.assign({ state, message }, this.info));
    }
  }

  function codedError(code, message) {
    const err = new Error(message);
    err.code = code;
    return err;
  }

  page.Engine = Engine;
})(self.skimPage = self.skimPage || {});
