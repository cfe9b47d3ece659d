// Rendering a digest result: the "Digest" list, the "Original" articles with
// digest sentences marked, duplicates dimmed and excluded junk explained, the
// key terms and the stats. User text only ever reaches the page through
// textContent and text nodes. Offsets in the result are UTF-16 code units into
// the article strings the page sent (wasm/convert.go converts them).
(function (page) {
  "use strict";

  const blockChars = 4000; // the Original is cut into blocks of about this size

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function sentenceId(place) {
    return "s-" + place.article + "-" + place.start;
  }

  // articleNumber is the number of the box that article i came from: the
  // page leaves empty boxes out of the engine's input (result.numbers).
  function articleNumber(result, i) {
    return result.numbers ? result.numbers[i] : i + 1;
  }

  function articleName(result, i) {
    const title = result.articles[i] && result.articles[i].title;
    return "Article " + articleNumber(result, i) + (title ? ": " + title : "");
  }

  // renderDigest fills list with the digest; pick(line) is called when an
  // item is chosen.
  function renderDigest(list, result, pick) {
    const several = result.articles.length > 1;
    list.replaceChildren(...result.digest.map((line) => {
      const li = el("li");
      const b = el("button", "digest-item", line.text);
      b.type = "button";
      b.title = "Show in the original";
      b.addEventListener("click", () => pick(line));
      li.append(b);
      if (several) li.append(el("span", "source", "Article " + articleNumber(result, line.article)));
      return li;
    }));
  }

  const foldLines = 3; // a run of left-out stretches over this many lines is folded

  // lineCount returns the number of lines of s that hold more than spaces.
  function lineCount(s) {
    return s.split("\n").filter((l) => l.trim() !== "").length;
  }

  // foldedRuns returns a "left-out" range for each run of excluded ranges
  // (sorted, of article text text) that only spaces part and that spans
  // foldLines lines or more: the Original shows it as one line ("Left out:
  // page navigation, 212 lines") that opens, not as hundreds of struck
  // lines. Its reasons count the lines left out for each reason.
  function foldedRuns(excluded, text) {
    const out = [];
    let run = null;
    const close = () => {
      if (run && run.lines >= foldLines) out.push(run);
      run = null;
    };
    for (const x of excluded) {
      if (run && text.slice(run.end, x.start).trim() !== "") close();
      if (!run) run = { start: x.start, end: x.end, kind: "left-out", lines: 0, reasons: new Map() };
      const n = Math.max(1, lineCount(text.slice(x.start, x.end)));
      run.end = Math.max(run.end, x.end);
      run.lines += n;
      run.reasons.set(x.reason, (run.reasons.get(x.reason) || 0) + n);
    }
    close();
    return out;
  }

  // foldSummary words what a folded run left out.
  function foldSummary(run) {
    const parts = Array.from(run.reasons, ([reason, n]) => reason + ", " + count(n) + (n === 1 ? " line" : " lines"));
    return "Left out: " + parts.join("; ");
  }

  // ranges lists what the Original marks in article i, whose text is text,
  // sorted so that an enclosing range comes before the ranges inside it. A
  // sentence that is both kept (others repeat it) and in the digest gets
  // one range.
  function ranges(result, i, text) {
    const byPlace = new Map();
    const out = [];
    const add = (r) => {
      const key = r.start + ":" + r.end;
      const had = byPlace.get(key);
      if (had && (had.kind === "kept" || had.kind === "digest") && (r.kind === "kept" || r.kind === "digest")) {
        if (r.kind === "digest") had.kind = "digest";
        return;
      }
      byPlace.set(key, r);
      out.push(r);
    };
    for (const line of result.digest) {
      if (line.article === i) add({ start: line.start, end: line.end, kind: "digest" });
    }
    for (const line of (result.adds && result.adds[i]) || []) add({ start: line.start, end: line.end, kind: "kept" });
    for (const d of result.duplicates) {
      if (d.of.article === i) add({ start: d.of.start, end: d.of.end, kind: "kept" });
      if (d.article === i) add({ start: d.start, end: d.end, kind: "duplicate", of: sentenceId(d.of) });
    }
    const excluded = result.excluded.filter((x) => x.article === i);
    for (const x of excluded) add({ start: x.start, end: x.end, kind: "excluded", reason: x.reason });
    for (const run of foldedRuns(excluded, text)) out.push(run);
    const a = result.articles[i];
    if (a && a.titleEnd > a.titleStart) add({ start: a.titleStart, end: a.titleEnd, kind: "title" });
    // A folded run encloses the stretches it folds, even one of its size.
    const fold = (r) => (r.kind === "left-out" ? 0 : 1);
    out.sort((x, y) => x.start - y.start || y.end - x.end || fold(x) - fold(y));
    return out;
  }

  // rangeElement returns the element that shows range r of article, and
  // the element its text and inner ranges go in.
  function rangeElement(r, article) {
    let e;
    switch (r.kind) {
      case "left-out": {
        e = el("details", "left-out");
        const body = el("div", "left-out-text");
        e.append(el("summary", "", foldSummary(r)), body);
        return [e, body];
      }
      case "digest":
        e = el("mark", "digest-sentence");
        break;
      case "duplicate":
        e = el("span", "duplicate");
        e.dataset.duplicateOf = r.of;
        e.title = "Repeats an earlier sentence; left out of the digest";
        break;
      case "excluded":
        e = el("span", "excluded");
        e.dataset.reason = r.reason;
        e.title = "Left out: " + r.reason;
        e.tabIndex = 0;
        e.setAttribute("aria-description", "left out: " + r.reason);
        return [e, e];
      case "title":
        // The heading above the article shows its title; shown here too it
        // would read twice. It stays in the text, hidden, so that every
        // offset still finds its place.
        e = el("strong", "title");
        e.hidden = true;
        return [e, e];
      default:
        e = el("span", "kept");
    }
    e.id = sentenceId({ article, start: r.start });
    return [e, e];
  }

  // bylineText words who wrote article i and when, as its web page said
  // (result.pages, set by the page from its boxes, or the engine's own
  // article data); "" if nothing is known.
  function bylineText(result, i) {
    const known = (result.pages && result.pages[i]) || result.articles[i] || {};
    return [known.byline, known.published].filter(Boolean).join(" · ");
  }

  // renderArticle appends article i to container with its ranges as nested
  // elements, cut into blocks at line breaks outside every range. It yields
  // after each block, so that a long article is built over several frames,
  // and the browser skips laying out blocks off screen (content-visibility in
  // style.css).
  function* renderArticle(container, result, text, i) {
    const box = el("section", "original-article");
    container.append(box);
    box.setAttribute("aria-label", "Original of article " + articleNumber(result, i));
    box.append(el("h3", "", articleName(result, i)));
    const byline = bylineText(result, i);
    if (byline) box.append(el("p", "byline", byline));
    let block = el("div", "block");
    box.append(block);
    const stack = [{ node: block, end: text.length }];
    let pos = 0;
    let blockStart = 0;
    let yielded = false; // a block was finished since the last yield
    let sinceYield = 0; // ranges drawn since the last yield
    const top = () => stack[stack.length - 1];
    const emit = (to) => {
      while (stack.length === 1 && to - blockStart > blockChars) {
        const cut = text.indexOf("\n", Math.max(pos, blockStart + blockChars));
        if (cut < 0 || cut >= to) break;
        block.append(document.createTextNode(text.slice(pos, cut + 1)));
        pos = blockStart = cut + 1;
        block = el("div", "block");
        box.append(block);
        stack[0].node = block;
        yielded = true;
      }
      if (to > pos) top().node.append(document.createTextNode(text.slice(pos, to)));
      pos = Math.max(pos, to);
    };
    for (const r of ranges(result, i, text)) {
      while (stack.length > 1 && top().end <= r.start) {
        emit(top().end);
        stack.pop();
      }
      const start = Math.max(r.start, pos);
      const end = Math.min(r.end, top().end);
      if (start >= end) continue;
      emit(start);
      if (yielded || ++sinceYield === rangesPerStep) {
        yielded = false;
        sinceYield = 0;
        yield; // a line of thousands of sentences yields inside it too
      }
      const [e, inner] = rangeElement(r, i);
      top().node.append(e);
      stack.push({ node: inner, end });
    }
    while (stack.length > 1) {
      emit(top().end);
      stack.pop();
    }
    emit(text.length);
  }

  const sliceMs = 6; // building the Original takes at most about this per frame
  const rangesPerStep = 500; // a step of renderArticle draws at most this many ranges
  // eagerSteps is how much of the Original is built at once, a few screens'
  // worth and more: the rest is built as the reader scrolls towards it, or
  // when a digest sentence in it is asked for. Built in full, 4 MiB of
  // one-word sentences was shown 30 s after its digest (BenchmarkHugeText).
  const eagerSteps = 60;

  // renderOriginal replaces what container shows with the articles, built in
  // slices of about sliceMs, one slice per frame, so that the page keeps
  // drawing; a newer call abandons an unfinished one. Past eagerSteps steps
  // it builds more only when a marker at the end scrolls near the screen, or
  // when container.ensure(id) asks for an element not built yet. It returns
  // a Promise that resolves when the eager part is done.
  async function renderOriginal(container, result, texts) {
    const token = {};
    container.renderToken = token;
    if (container.observer) container.observer.disconnect(); // the last render's
    container.observer = null;
    container.replaceChildren();
    const parts = texts.map((t, i) => renderArticle(container, result, t, i));
    const more = el("p", "original-more", "More of the original follows as you scroll…");
    const current = () => container.renderToken === token;
    let steps = 0;
    const step = () => {
      steps++;
      if (parts.length && parts[0].next().done) parts.shift();
      if (parts.length) container.append(more); // keep the marker last
      else more.remove();
    };
    // build runs steps in slices of sliceMs, one a frame, until done(),
    // the end, or a newer render.
    const build = async (done) => {
      while (parts.length && current() && !done()) {
        const deadline = performance.now() + sliceMs;
        while (parts.length && !done() && performance.now() < deadline) step();
        if (parts.length && !done()) await page.tasks.nextFrame();
      }
    };
    container.complete = () => !parts.length;
    // ensure resolves to the element with id once it is built, or null.
    container.ensure = async (id) => {
      await build(() => document.getElementById(id) !== null);
      return current() ? document.getElementById(id) : null;
    };
    await build(() => steps >= eagerSteps);
    if (!parts.length || !current()) return;
    let busy = false;
    const observer = new IntersectionObserver(async (entries) => {
      if (!entries.some((e) => e.isIntersecting) || busy) return;
      busy = true;
      const until = steps + 8 * eagerSteps;
      await build(() => steps >= until);
      busy = false;
      if (!parts.length || !current()) observer.disconnect();
      else { observer.unobserve(more); observer.observe(more); } // still in view: go on
    }, { rootMargin: "2000px 0px" });
    container.observer = observer;
    observer.observe(more);
  }

  // renderTerms fills list with the key terms, each a toggle button;
  // pick(term, button) is called when one is pressed.
  function renderTerms(list, result, pick) {
    list.replaceChildren(...result.keyTerms.map((k) => {
      const li = el("li");
      const b = el("button", "term", k.text);
      b.type = "button";
      b.setAttribute("aria-pressed", "false");
      b.addEventListener("click", () => pick(k.text, b));
      li.append(b);
      return li;
    }));
  }

  // termRanges returns a Range for each place the Original (container)
  // shows term: the whole word or phrase in any case, with a plural or
  // possessive ending ("bridge", "Bridges", "bridge's"), in visible text.
  function termRanges(container, term) {
    // Key terms join their words with spaces; the text may join them with
    // a hyphen ("third-party cookies").
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "(?:\\s+|\\s*[-‐‑]\\s*)");
    const pattern = new RegExp("(?<![\\p{L}\\p{N}])" + escaped + "(?:s|es|'s|’s)?(?![\\p{L}\\p{N}])", "giu");
    const ranges = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest("[hidden]") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of n.data.matchAll(pattern)) {
        const r = new Range();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        ranges.push(r);
      }
    }
    return ranges;
  }

  // renderAdds fills box with what each article adds beyond the digest:
  // its sentences in the digest, those it repeats of other articles, and
  // its best sentences left out (result.adds), each of which reveal(line)
  // shows in the Original. It is for several articles; one gets nothing.
  function renderAdds(box, result, reveal) {
    box.hidden = result.articles.length < 2;
    const body = box.querySelector(".adds-body");
    if (box.hidden) {
      body.replaceChildren();
      return;
    }
    body.replaceChildren(...result.articles.map((a, i) => {
      const section = el("section", "adds-article");
      section.setAttribute("aria-label", "What article " + articleNumber(result, i) + " adds");
      section.append(el("h3", "", articleName(result, i)));
      const inDigest = result.digest.filter((l) => l.article === i).length;
      const repeats = result.duplicates.filter((d) => d.article === i && d.of.article !== i).length;
      section.append(el("p", "adds-counts", (inDigest === 1 ? "1 sentence" : inDigest + " sentences") + " in the digest" +
        (repeats ? "; " + repeats + (repeats === 1 ? " sentence repeats" : " sentences repeat") + " other articles" : "") + "."));
      const adds = (result.adds && result.adds[i]) || [];
      if (!adds.length) {
        section.append(el("p", "adds-none", "Nothing new beyond the digest."));
        return section;
      }
      section.append(el("p", "adds-lead", "It also says:"));
      const list = el("ul");
      for (const line of adds) {
        const li = el("li");
        const b = el("button", "digest-item", line.text);
        b.type = "button";
        b.title = "Show in the original";
        b.addEventListener("click", () => reveal(line));
        li.append(b);
        list.append(li);
      }
      section.append(list);
      return section;
    }));
  }

  // count writes n with thousands separators: 174,142. It does by hand what
  // toLocaleString("en") does, which the first time costs 50 ms.
  function count(n) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
  }

  function statsText(result, ms) {
    const s = result.stats;
    const shorter = s.wordsIn ? Math.round(100 * (1 - s.wordsOut / s.wordsIn)) : 0;
    // A digest is never all of nothing: 78 of 165,515 words is "over 99%".
    const share = shorter === 100 && s.wordsOut > 0 ? "over 99" : String(shorter);
    const over = s.overBudget ? " (no sentence fits the words asked for: this is the best one)" : "";
    const words = (n) => count(n) + (n === 1 ? " word" : " words");
    return words(s.wordsIn) + " → " + words(s.wordsOut) + over + " · " +
      share + "% shorter · " + Math.round(ms) + " ms";
  }

  // markdownText escapes what Markdown would render in s: emphasis, code,
  // links and images ("[x](javascript:…)" stays text), HTML tags, headings
  // and tables.
  function markdownText(s) {
    return s.replace(/[\\`*_[\]()<>#!|~]/g, "\\$&");
  }

  // digestText returns the digest as plain text (one sentence a line) or
  // Markdown (a numbered list naming the source article when several).
  function digestText(result, markdown) {
    const several = result.articles.length > 1;
    const lines = result.digest.map((line, i) => {
      if (!markdown) return line.text;
      const src = several ? " *(" + markdownText(articleName(result, line.article)) + ")*" : "";
      return (i + 1) + ". " + markdownText(line.text) + src;
    });
    return lines.join("\n") + "\n";
  }

  // languageNote words what to say when articles of result do not read as
  // English, the only language skim's ranking knows; "" when all do.
  function languageNote(result) {
    const foreign = result.articles.map((a, i) => (a.looksEnglish ? 0 : articleNumber(result, i))).filter(Boolean);
    if (!foreign.length) return "";
    const which = result.articles.length === 1 ? "This text does not" :
      (foreign.length === 1 ? "Article " + foreign[0] + " does not" : "Articles " + foreign.join(", ") + " do not");
    return which + " look like English. skim reads English only: the digest is made, but its choice of sentences and key terms may be poor.";
  }

  page.render = { count, renderDigest, renderOriginal, renderTerms, termRanges, renderAdds, statsText, digestText, sentenceId, languageNote };
})(self.skimPage = self.skimPage || {});
