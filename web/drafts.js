// Drafts: the articles' text, kept in this browser's localStorage as the
// person types, so that a reload or a crash loses nothing. Nothing is sent
// anywhere. A draft too large for the browser's storage (about 5 MB) is not
// kept, and the page says so.
(function (page) {
  "use strict";

  const key = "skim.drafts.v1";
  const saveMs = 400; // quiet time after an edit before the drafts are written

  class Drafts {
    constructor() {
      this.timer = 0;
      this.pending = null;
    }

    // load returns the kept articles, [{text, page}], or [] when none are
    // kept or they cannot be read.
    load() {
      try {
        const kept = JSON.parse(localStorage.getItem(key) || "null");
        if (!kept || !Array.isArray(kept.articles)) return [];
        return kept.articles.filter((a) => a && typeof a.text === "string");
      } catch {
        return [];
      }
    }

    // save keeps articles ([{text, page}]) a moment after the last call;
    // onResult(ok) says whether the browser took them.
    save(articles, onResult) {
      this.pending = { articles, onResult };
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), saveMs);
    }

    // flush writes what save was last given, at once.
    flush() {
      clearTimeout(this.timer);
      const p = this.pending;
      this.pending = null;
      if (!p) return;
      let ok = true;
      try {
        if (p.articles.every((a) => a.text === "")) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify({ articles: p.articles }));
      } catch {
        ok = false; // over the quota, or storage is off
      }
      p.onResult(ok);
    }
  }

  page.Drafts = Drafts;
})(self.skimPage = self.skimPage || {});
