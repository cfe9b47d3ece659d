// The page's wiring: controls, the engine's state, running a digest (on
// "Summarize", Ctrl/Cmd+Enter, or by itself a moment after an edit) and
// showing its result or a message. Errors never touch what the user pasted.
(function (page) {
  "use strict";

  const debounceMs = 700; // quiet time after an edit before an automatic run
  const revealTries = 8; // scrolls to a digest sentence's place, at most (see reveal)
  const $ = (id) => document.getElementById(id);

  // isFolded reports whether el is inside a closed <details>, below its
  // summary: on the page but not shown.
  function isFolded(el) {
    const fold = el.closest("details:not([open])");
    return fold !== null && !el.closest("summary");
  }

  // messages words each engine error code for people.
  const messages = {
    empty: "Paste an article first: there is no text to summarize.",
    "too-long": "That is more text than skim can digest at once. Nothing was removed; shorten or remove an article.",
    "no-sentences": "skim found no sentences in that text once links and boilerplate were left out.",
    missing: "The engine is not built yet. In the skim folder, run: go run ./scripts/build — then reload this page.",
    stopped: "The engine stopped while summarizing and has been restarted. Your text is still here; try again, or try a shorter text.",
    crashed: "This text stopped the engine before, so it was not sent again. Your text is still here; shorten or change it, then press Summarize.",
  };

  // lengths are the digest lengths a person may ask for, by unit: the
  // field's label, its range, and the engine option it sets.
  const lengths = {
    sentences: { label: "Sentences", min: 1, max: 50, value: 5, option: (n) => ({ sentences: n }) },
    words: { label: "Words", min: 10, max: 2000, value: 120, option: (n) => ({ words: n }) },
    percent: { label: "Percent", min: 1, max: 100, value: 20, option: (n) => ({ ratio: n / 100 }) },
  };

  class App {
    constructor() {
      this.seq = 0; // number of the latest run; older results are dropped
      this.timer = 0;
      this.result = null;
      this.runningKey = null; // the request on its way to the engine, while wanted
      this.running = null; // {key, promise}: the request on its way, wanted or not
      this.finished = null; // a request answered while its text was away, not shown
      this.shownKey = null; // the request whose digest is shown
      this.askedMeanwhile = null; // {focus}: the running request was asked for again
      this.drafts = new page.Drafts();
      this.crashedKey = null; // the request that stopped the engine: never sent again
      this.undoable = null; // the articles an Undo puts back (see offerUndo)
      this.undoPending = false;
      this.articles = new page.ArticleList($("articles"), () => this.edited(), (m) => this.say(m),
        { extract: (html) => this.readFirst(() => this.engine.extract(html)), decode: (bytes) => this.readFirst(() => this.engine.decode(bytes)) },
        (what, snapshot) => this.offerUndo(what, snapshot));
      const kept = this.drafts.load();
      // The drafts' return is said again with their first digest, whose
      // announcement would otherwise replace it at once.
      this.restoredNote = "";
      if (kept.length) {
        this.articles.restore(kept);
        this.restoredNote = "Your drafts are back: they were kept in this browser.";
        this.say(this.restoredNote);
      }
      this.wire();
      performance.mark("skim-usable"); // every control works from now on
      this.engine = new page.Engine((s) => this.setEngineState(s.state, s));
      page.findBundle().then((bundle) => this.engine.begin(bundle));
    }

    wire() {
      $("add-article").addEventListener("click", () => this.articles.add("").focus());
      // The example joins what is there; it never replaces a person's text.
      $("load-example").addEventListener("click", () => {
        if (this.articles.isEmpty()) this.articles.replace(page.example);
        else this.articles.fill(page.example);
        this.run(true, true);
      });
      $("clear-all").addEventListener("click", () => {
        if (this.articles.isEmpty()) return;
        this.offerUndo("All articles cleared.", this.articles.snapshot());
        this.articles.replace([""]);
      });
      $("undo").addEventListener("click", () => {
        if (!this.undoable) return;
        const snapshot = this.undoable;
        this.withdrawUndo();
        this.articles.restore(snapshot);
        this.articles.fields()[0].focus(); // the Undo button is hidden now
        this.say("Restored.");
      });
      // A reload or a closed tab must not lose the last few keystrokes.
      self.addEventListener("pagehide", () => this.drafts.flush());
      $("summarize").addEventListener("click", () => this.run(true, true));
      $("sentences").addEventListener("change", () => this.run());
      $("length-unit").addEventListener("change", () => {
        const unit = lengths[$("length-unit").value];
        const field = $("sentences");
        $("length-label").textContent = unit.label;
        field.min = unit.min;
        field.max = unit.max;
        field.value = unit.value;
        this.run();
      });
      $("copy-plain").addEventListener("click", () => this.copy(false));
      $("copy-markdown").addEventListener("click", () => this.copy(true));
      document.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          this.run(true);
        }
      });
      // Files may be dropped anywhere on the page, the results included.
      const input = $("input");
      document.addEventListener("dragover", (e) => {
        e.preventDefault();
        input.classList.add("dragging");
      });
      document.addEventListener("dragleave", (e) => {
        if (!e.relatedTarget) input.classList.remove("dragging"); // left the window
      });
      document.addEventListener("drop", (e) => {
        e.preventDefault();
        input.classList.remove("dragging");
        this.articles.drop(Array.from(e.dataTransfer.files));
      });
    }

    // edited is told of every change to the articles: what is shown, and any
    // digest on its way, are out of date at once. The engine goes on with the
    // one on its way until the next run asks for something else: an edit
    // undone before then takes it back.
    edited() {
      // The change an undo was offered for comes first; any later edit
      // withdraws the offer, which would throw that edit away.
      if (this.undoPending) this.undoPending = false;
      else if (this.undoable) this.withdrawUndo();
      this.restoredNote = "";
      this.outdate();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.run(), debounceMs);
      this.drafts.save(this.articles.snapshot(), (ok) => {
        $("drafts-note").textContent = ok ? "Drafts stay in this browser; nothing is sent." :
          "These articles are too large to keep as drafts in this browser; copy them somewhere before you close the page.";
      });
    }

    // readFirst starts read, the engine's reading of a pasted page or a
    // dropped file, ahead of any digest on its way: that digest is of
    // articles about to change, so it is stopped (see dropRunning) rather
    // than waited for, and asked for again once the read is done, in case
    // the read changes nothing.
    readFirst(read) {
      const stopped = !!this.running;
      if (stopped) this.dropRunning();
      const reading = read();
      if (stopped) {
        reading.catch(() => {}).finally(() => {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => this.run(), debounceMs);
        });
      }
      return reading;
    }

    // outdate marks the digest shown as out of date; a result on its way
    // will not be shown (see run).
    outdate() {
      ++this.seq;
      this.runningKey = null;
      this.askedMeanwhile = null;
      this.progress(""); // what is on its way is not what is asked for now
      $("stale-note").hidden = !this.result;
    }

    // dropRunning tells the engine that the digest on its way is not wanted:
    // it is stopped if it runs long (see Engine.outdate).
    dropRunning() {
      if (!this.running) return;
      this.running = null;
      this.runningKey = null;
      this.askedMeanwhile = null;
      ++this.seq; // its result, if it comes, is not shown
      this.progress("");
      this.engine.outdate();
    }

    // offerUndo shows what was just done (what) with an Undo button that puts
    // snapshot back, until the next edit (see edited).
    offerUndo(what, snapshot) {
      this.undoable = snapshot;
      this.undoPending = true; // the change itself is on its way to edited
      $("undo-text").textContent = what;
      $("undo-bar").hidden = false;
    }

    // withdrawUndo takes the offer of an undo away.
    withdrawUndo() {
      this.undoable = null;
      this.undoPending = false;
      $("undo-bar").hidden = true;
    }

    // options returns the engine options for the length asked for, or null
    // when the field holds no whole number in its unit's range; the message
    // beside the field then says what it takes.
    options() {
      const unit = lengths[$("length-unit").value];
      const raw = $("sentences").value;
      const n = Number(raw);
      const ok = raw !== "" && Number.isInteger(n) && n >= unit.min && n <= unit.max;
      $("length-message").textContent = ok ? "" :
        unit.label + " must be a whole number from " + unit.min + " to " + unit.max + ".";
      $("sentences").setAttribute("aria-invalid", String(!ok));
      return ok ? unit.option(n) : null;
    }

    // run digests the articles. asked is true when a person asked for it:
    // the digest is then brought into view, and with focus true (a button
    // was pressed, not a key typed in a box) it takes the focus too. An
    // automatic run on empty input clears the results quietly instead.
    async run(asked, focus) {
      clearTimeout(this.timer);
      const texts = this.articles.texts();
      // Empty boxes are left out; numbers keeps each article's box number.
      const numbers = [];
      texts.forEach((t, i) => { if (t.trim() !== "") numbers.push(i + 1); });
      const kept = numbers.map((n) => texts[n - 1]);
      const fields = this.articles.fields();
      const pages = numbers.map((n) => this.articles.pageOf(fields[n - 1]));
      if (kept.length === 0) {
        this.outdate();
        this.dropRunning();
        this.shownKey = null;
        this.show(null);
        if (asked) this.alert(messages.empty);
        else this.alert("");
        return;
      }
      const options = this.options();
      if (!options) {
        this.outdate(); // what is shown no longer matches what was asked for
        this.dropRunning();
        this.shownKey = null;
        this.say("");
        // The message beside the length field says what is wrong; the note
        // that the articles changed stays only if they did.
        if (JSON.stringify(kept) === JSON.stringify(this.shownTexts)) $("stale-note").hidden = true;
        return;
      }
      const bytes = page.limits.utf8Bytes(kept.join(""), page.limits.textBytes);
      if (bytes > page.limits.textBytes) {
        this.outdate();
        this.dropRunning();
        this.shownKey = null;
        this.say("");
        this.alert(page.limits.tooMuchText(bytes, "The text") + " Nothing was removed; shorten or remove an article.");
        return;
      }
      // A box's text from a web page goes with the headline found in it.
      const inputs = kept.map((text, k) => (pages[k] && pages[k].title ? { text, title: pages[k].title } : text));
      // The same request is never sent twice: one on its way is awaited, and
      // one already shown is shown again.
      const key = JSON.stringify([inputs, options, numbers]);
      if (key === this.runningKey) {
        if (asked) this.askedMeanwhile = { focus: this.askedMeanwhile && this.askedMeanwhile.focus || focus };
        return;
      }
      if (key === this.shownKey) {
        this.dropRunning();
        this.progress("");
        $("stale-note").hidden = true; // the text is back to what the digest is of
        if (asked) this.bringDigestIntoView(focus);
        this.sayReady();
        return;
      }
      if (key === this.crashedKey) {
        this.dropRunning();
        this.alert(messages.crashed);
        return;
      }
      // A request still on its way for this very text (an edit undone) is
      // taken back, and so is one that finished while the text was away
      // from it; any other is dropped for the new one.
      let taken = this.running && this.running.key === key ? this.running : null;
      if (!taken && this.finished && this.finished.key === key) {
        this.dropRunning();
        taken = this.finished;
      }
      this.finished = null;
      if (!taken) {
        this.dropRunning();
        taken = { key, promise: this.engine.summarize(inputs, options), t0: performance.now() };
        this.running = taken;
      }
      const pending = taken.promise;
      const seq = ++this.seq;
      this.runningKey = key;
      this.askedMeanwhile = null;
      const t0 = taken.t0; // when the engine was asked, even by an earlier run
      this.alert(""); // a message about an earlier text no longer applies
      this.say(this.restoredNote); // the digest's one announcement is sayReady's
      this.progress("Summarizing…");
      // A long text takes seconds: the progress line counts them.
      const ticker = setInterval(() => {
        if (seq === this.seq) this.progress("Summarizing… " + Math.round((performance.now() - t0) / 1000) + " s");
      }, 1000);
      try {
        let reply;
        try {
          reply = await pending;
        } finally {
          clearInterval(ticker);
          if (this.running && this.running.promise === pending) this.running = null;
        }
        const { result } = reply;
        taken.done = taken.done || performance.now();
        if (seq !== this.seq) {
          this.finished = taken; // its text may come back: an edit undone
          return;
        }
        this.runningKey = null;
        this.progress("");
        result.numbers = numbers;
        result.pages = pages;
        const t1 = taken.done; // when the engine answered, even if shown later
        this.alert("");
        $("stale-note").hidden = true;
        const shown = this.show(result, kept, t1 - t0);
        this.shownKey = key; // shown now, while the Original is still being built
        const meanwhile = this.askedMeanwhile;
        this.askedMeanwhile = null;
        if (asked || meanwhile) this.bringDigestIntoView(focus || meanwhile && meanwhile.focus);
        await shown;
        if (seq !== this.seq) return;
        this.sayReady();
        // For the browser's performance tools and the tests.
        performance.measure("skim-digest", { start: t0, end: t1 });
        performance.measure("skim-show", { start: t1 });
      } catch (err) {
        if (err.code === "stopped") this.crashedKey = key; // even if edited meanwhile
        if (err.code === "superseded" || seq !== this.seq) return;
        this.runningKey = this.shownKey = null;
        this.restoredNote = ""; // said once; the alert now speaks of the drafts' text
        this.progress("");
        this.alert(messages[err.code] || "skim could not summarize this text: " + err.message);
      }
    }

    // show renders result; the Promise resolves once the Original is built.
    show(result, texts, ms) {
      this.result = result;
      this.shownTexts = texts || []; // what the digest shown is of
      const has = !!result;
      $("results").hidden = !has;
      if (!has) return page.render.renderOriginal($("original"), { articles: [], digest: [], duplicates: [], excluded: [] }, []);
      const note = page.render.languageNote(result);
      $("language-note").textContent = note;
      $("language-note").hidden = !note;
      page.render.renderDigest($("digest"), result, (line) => this.reveal(line));
      page.render.renderAdds($("by-article"), result, (line) => this.reveal(line));
      this.markTerm(null);
      page.render.renderTerms($("key-terms"), result, (term, button) => this.markTerm(button.getAttribute("aria-pressed") === "true" ? null : term, button));
      $("stats").textContent = page.render.statsText(result, ms);
      return page.render.renderOriginal($("original"), result, texts);
    }

    // sayReady announces the digest shown: "Digest ready", after the note
    // that the drafts are back when this is their first digest.
    sayReady() {
      const n = this.result.digest.length;
      const ready = "Digest ready: " + n + (n === 1 ? " sentence." : " sentences.");
      this.say(this.restoredNote ? this.restoredNote + " " + ready : ready);
      this.restoredNote = "";
    }

    // bringDigestIntoView scrolls the digest's heading to the top of the
    // screen and, with focus, moves the keyboard focus to it. The scroll is
    // a jump, not an animation: no motion for those who would rather have
    // none, and nothing moving under a pointer about to press a button.
    bringDigestIntoView(focus) {
      const heading = $("digest-heading");
      heading.scrollIntoView({ block: "start" });
      if (focus) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    }

    // markTerm marks every place the Original shows term (null: none), with
    // the CSS Custom Highlight API, which leaves the Original's elements as
    // they are; button is the term's, pressed while its term is marked.
    markTerm(term, button) {
      for (const b of $("key-terms").querySelectorAll("button[aria-pressed=true]")) b.setAttribute("aria-pressed", "false");
      if (self.CSS && CSS.highlights) CSS.highlights.delete("key-term");
      if (!term) return;
      const ranges = page.render.termRanges($("original"), term);
      button.setAttribute("aria-pressed", "true");
      if (self.CSS && CSS.highlights) CSS.highlights.set("key-term", new Highlight(...ranges));
      const part = $("original").complete && !$("original").complete() ? " in the part of the Original built so far" : " in the Original";
      this.say("“" + term + "”: " + (ranges.length === 1 ? "1 place" : ranges.length + " places") + " marked" + part + ".");
      // A place inside a closed fold ("Left out") is marked for when it is
      // opened, but the scroll goes to the first that shows.
      const shown = ranges.find((r) => !isFolded(r.startContainer.parentElement));
      if (shown) shown.startContainer.parentElement.scrollIntoView({ block: "center" });
    }

    // reveal scrolls to a digest sentence in the Original and flashes it.
    async reveal(line) {
      const ask = this.revealAsk = {}; // a newer click wins
      const id = page.render.sentenceId(line);
      const target = document.getElementById(id) || ($("original").ensure && await $("original").ensure(id));
      if (!target || ask !== this.revealAsk) return;
      target.classList.remove("flash");
      void target.offsetWidth; // restart the animation
      target.classList.add("flash");
      // The blocks above the target take their real heights only as they
      // are laid out (content-visibility), which moves it: the scroll is a
      // jump, made again in the next frames until the target stays in view.
      for (let tries = 0; tries < revealTries && ask === this.revealAsk; tries++) {
        target.scrollIntoView({ block: "center" });
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const box = target.getBoundingClientRect();
        if (box.bottom > 0 && box.top < innerHeight) break;
      }
    }

    async copy(markdown) {
      if (!this.result) return;
      const text = page.render.digestText(this.result, markdown);
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        const area = document.createElement("textarea");
        area.value = text;
        document.body.append(area);
        area.select();
        document.execCommand("copy");
        area.remove();
      }
      this.say(markdown ? "Digest copied as Markdown." : "Digest copied.");
    }

    setEngineState(state, info) {
      const words = {
        missing: "not built",
        loading: "loading…",
        restarting: "restarting after a failure…",
        ready: "ready",
        failed: "failed — reload the page",
      };
      const box = $("engine-state");
      box.dataset.state = state;
      // Busy is shown by the progress line: the engine's own line, a status
      // region, changes only as it loads or fails, never twice a digest.
      const shown = state === "busy" ? "ready" : state;
      let text = "Engine: " + words[shown];
      if (shown === "ready" && info && info.loadMs) text += " (loaded in " + (info.loadMs / 1000).toFixed(1) + " s)";
      if (box.textContent !== text) box.textContent = text;
      if (info && info.timings) {
        $("engine-details").textContent = "version " + info.version + "; ready " + info.readyAt +
          " ms after the page opened; load " + info.loadMs + " ms: " +
          Object.entries(info.timings).map(([k, v]) => k + " " + v + " ms").join(", ") +
          "; module " + (this.engine.bundle.wasmBytes / 1e6).toFixed(1) + " MB (" +
          (this.engine.bundle.gzipBytes / 1e6).toFixed(1) + " MB compressed)";
      }
      if (state === "missing") this.alert(messages.missing);
      if (state === "failed") this.alert("The engine failed (" + info.message + "). Your text is safe; reload the page to try again.");
    }

    // alert shows text in the alert region; say, in the polite status region.
    // Each writes only a change: a region given its own text again would be
    // read out again.
    alert(text) {
      if ($("message").textContent !== text) $("message").textContent = text;
    }

    say(text) {
      if ($("status").textContent !== text) $("status").textContent = text;
    }

    // progress shows what the engine is doing, beside the status but not
    // read out: a digest is announced once, when it is ready.
    progress(text) {
      $("progress").textContent = text;
    }
  }

  page.app = new App();
})(self.skimPage = self.skimPage || {});
