// The article inputs: one labelled textbox per article ("Article 1", ...),
// adding and removing them, pasting, and dropping .txt or .html files. A web
// page (pasted HTML, a dropped .html file) goes to the engine, which finds
// its article (wasm's skim.extract, Mozilla's Readability in Go); the box
// gets the article's text and a note of what was found and left out. The
// HTML is never parsed into this page: no script runs, nothing loads.
(function (page) {
  "use strict";

  // A text of this many characters or more, given to a textbox at once, is
  // not kept for session history, and when pasted the page inserts it itself;
  // see ArticleList.sized and ArticleList.paste.
  const longText = 100000;

  // A text of collapseChars or more is not put in its textbox, which would
  // hold the page for half a second per megabyte while the browser lays it
  // out: the box shows its first previewChars, read-only, and a note offers
  // the whole text for editing. The digest reads all of it (textOf).
  const collapseChars = 200000;
  const previewChars = 4000;

  // textOf returns the text of an article's box, all of it when collapsed.
  function textOf(area) {
    return area.fullText !== undefined ? area.fullText : area.value;
  }

  // ArticleList owns the article textboxes inside container.
  class ArticleList {
    // reader reads what is pasted and dropped: reader.extract(html)
    // resolves to the article the engine finds in a page, reader.decode(bytes)
    // to a file's text (see Engine); onMessage(text) shows a message to the
    // person; onUndoable(what, snapshot) is told before a box is removed,
    // with what to restore for an undo.
    constructor(container, onChange, onMessage, reader, onUndoable) {
      this.container = container;
      this.onChange = onChange;
      this.onMessage = onMessage;
      this.reader = reader;
      this.onUndoable = onUndoable;
      this.count = 0; // for unique ids
      this.add("");
    }

    fields() {
      return Array.from(this.container.querySelectorAll("textarea"));
    }

    texts() {
      return this.fields().map(textOf);
    }

    // add appends a textbox holding text and returns it.
    add(text) {
      const id = "article-" + ++this.count;
      const wrap = document.createElement("div");
      wrap.className = "article-field";
      const label = document.createElement("label");
      label.htmlFor = id;
      const area = document.createElement("textarea");
      area.id = id;
      area.rows = 8;
      area.spellcheck = false;
      area.placeholder = "Paste an article, or a whole web page, here";
      area.addEventListener("input", () => {
        // A note about the web page the text came from stays true only while
        // the text still opens with that page's headline.
        if (area.page && !area.value.startsWith(area.page.title || area.page.text.slice(0, 80))) this.describe(area, null);
        this.onChange();
      });
      area.addEventListener("paste", (e) => this.paste(e, area));
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "remove";
      remove.textContent = "Remove";
      remove.addEventListener("click", () => this.remove(wrap));
      const note = document.createElement("div");
      note.className = "page-note";
      note.id = id + "-note";
      note.hidden = true;
      const long = document.createElement("div");
      long.className = "long-note";
      long.id = id + "-long";
      long.hidden = true;
      area.setAttribute("aria-describedby", note.id + " " + long.id);
      wrap.append(label, area, remove, long, note); // the box comes before its Remove in the tab order
      this.container.append(wrap);
      this.set(area, text); // a long text's note must be in the page first (see collapse)
      this.renumber();
      return area;
    }

    // fill puts texts into the textboxes: the first into an empty first box,
    // the rest into new ones.
    fill(texts) {
      const fields = this.fields();
      texts.forEach((t, i) => {
        if (i === 0 && fields.length === 1 && textOf(fields[0]).trim() === "") this.set(fields[0], t);
        else this.add(t);
      });
      this.onChange();
    }

    // replace sets all textboxes to texts.
    replace(texts) {
      this.container.replaceChildren();
      texts.forEach((t) => this.add(t));
      this.onChange();
    }

    remove(wrap) {
      const name = wrap.querySelector("label").textContent;
      if (textOf(wrap.querySelector("textarea")) !== "") this.onUndoable(name + " removed.", this.snapshot());
      if (this.fields().length === 1) {
        this.set(wrap.querySelector("textarea"), "");
        this.describe(wrap.querySelector("textarea"), null);
      } else {
        const next = wrap.nextElementSibling || wrap.previousElementSibling;
        wrap.remove();
        next.querySelector("textarea").focus();
      }
      this.renumber();
      this.onChange();
    }

    renumber() {
      this.container.querySelectorAll(".article-field").forEach((wrap, i) => {
        const name = "Article " + (i + 1);
        wrap.querySelector("label").textContent = name;
        wrap.querySelector(".remove").setAttribute("aria-label", "Remove " + name);
      });
    }

    // set puts text into area, collapsed when it is long (see collapseChars).
    set(area, text) {
      if (text.length >= collapseChars) {
        this.collapse(area, text);
        return;
      }
      if (area.fullText !== undefined) this.expanded(area);
      area.value = text;
      this.sized(area, text.length);
    }

    // collapse holds text for area without laying it out: the box shows its
    // start, read-only, and a note with a button that puts all of it in.
    collapse(area, text) {
      area.fullText = text;
      area.value = text.slice(0, previewChars) + "\n…";
      area.readOnly = true;
      area.autocomplete = "off";
      const note = document.getElementById(area.id + "-long");
      const p = document.createElement("p");
      p.textContent = "A long text: the box shows its first " + page.render.count(previewChars) + " of " +
        page.render.count(text.length) + " characters, and skim digests all of it.";
      const all = document.createElement("button");
      all.type = "button";
      all.textContent = "Show all of it to edit";
      all.addEventListener("click", () => {
        const full = area.fullText;
        this.expanded(area);
        area.value = full; // the browser lays it out now, once, as asked
        area.focus();
      });
      note.replaceChildren(p, all);
      note.hidden = false;
    }

    // expanded ends area's collapsed view; the caller puts its text in.
    expanded(area) {
      delete area.fullText;
      area.readOnly = false;
      const note = document.getElementById(area.id + "-long");
      note.hidden = true;
      note.replaceChildren();
    }

    // snapshot returns every box's text and the web page it came from
    // ([{text, page}]), for drafts and undo.
    snapshot() {
      return this.fields().map((f) => ({ text: textOf(f), page: f.page || null }));
    }

    // restore puts a snapshot back: one box per article, with its page note.
    restore(snapshot) {
      this.container.replaceChildren();
      this.count = 0; // the old boxes, and their ids, are gone
      for (const a of snapshot.length ? snapshot : [{ text: "", page: null }]) {
        const area = this.add(a.text);
        if (a.page) this.describe(area, a.page);
      }
      this.onChange();
    }

    // isEmpty reports whether every box is empty.
    isEmpty() {
      return this.fields().every((f) => textOf(f).trim() === "");
    }

    // pageOf returns what is known of the web page area's text came from
    // ({title, byline, published, omitted}), or null.
    pageOf(area) {
      return area.page || null;
    }

    // describe shows, under area, what the engine found in the web page its
    // text came from (page, see pageOf) and what it left out; null hides
    // the note. plain, when given, is the page's text as the clipboard had
    // it, offered instead of the article.
    describe(area, page, plain) {
      if (page) page.omitted = page.omitted || []; // the engine leaves out an empty list
      area.page = page;
      const note = document.getElementById(area.id + "-note");
      if (!page) {
        note.hidden = true;
        note.replaceChildren();
        return;
      }
      const p = document.createElement("p");
      const found = page.title ? "“" + page.title + "”" : "its article";
      const by = [page.byline, page.published].filter(Boolean).join(", ");
      const captions = page.omitted.length ? " and " + page.omitted.length + " " +
        (page.omitted.length === 1 ? page.omitted[0].reason : "captions and credits") : "";
      p.textContent = "From a web page: skim kept " + found + (by ? " (" + by + ")" : "") +
        " and left out the rest of the page" + captions + ".";
      note.replaceChildren(p);
      if (page.omitted.length) {
        const details = document.createElement("details");
        const summary = document.createElement("summary");
        summary.textContent = "Left out of the article";
        const list = document.createElement("ul");
        for (const o of page.omitted) {
          const li = document.createElement("li");
          li.textContent = o.reason + ": " + o.text;
          list.append(li);
        }
        details.append(summary, list);
        note.append(details);
      }
      if (plain) {
        const all = document.createElement("button");
        all.type = "button";
        all.textContent = "Use all of the page's text instead";
        all.addEventListener("click", () => {
          this.set(area, plain);
          this.describe(area, null);
          area.focus();
          area.dispatchEvent(new Event("input", { bubbles: true }));
        });
        note.append(all);
      }
      note.hidden = false;
    }

    // sized is told that area was just given a text of length characters. A
    // long text is not kept for session history (autocomplete off): Chromium
    // saves every textbox's text a second after each change, which holds the
    // page for about 150 ms at 1 MB.
    sized(area, length) {
      if (length >= longText) area.autocomplete = "off";
    }

    // paste inserts the article of a pasted web page (the clipboard holds
    // text/html, within the engine's page limit), never its markup: the engine finds it, and until it
    // answers the box is read-only. If it finds none, or is not running, the
    // clipboard's plain text goes in instead. paste also inserts a long plain
    // text itself: Chromium's own insertion re-reads the whole textbox and
    // takes seconds for 1 MB, setRangeText milliseconds. A short plain paste
    // is left to the browser, which can undo it. A paste that would take the
    // articles over the engine's limit is refused with a message, before
    // the textbox ever holds it.
    paste(e, area) {
      if (!e.clipboardData) return;
      if (area.readOnly) {
        e.preventDefault(); // a page is still being read into this box, or it is collapsed
        if (area.fullText !== undefined) this.onMessage("This box holds a long text: press “Show all of it to edit” to paste into it.");
        return;
      }
      const html = e.clipboardData.getData("text/html");
      const plain = e.clipboardData.getData("text/plain");
      if (!html && plain.length < longText) return;
      e.preventDefault();
      const at = [area.selectionStart, area.selectionEnd];
      // fits reports whether text, put in place of the selection, keeps the
      // articles within the engine's limit; if not it says so, and nothing
      // is pasted.
      const fits = (text) => {
        const others = this.fields().filter((f) => f !== area).map(textOf).join("");
        const after = area.value.slice(0, at[0]) + text + area.value.slice(at[1]);
        const n = page.limits.utf8Bytes(others + after, page.limits.textBytes);
        if (n <= page.limits.textBytes) return true;
        this.onMessage(page.limits.tooMuchText(n, "With that paste the text") + " Nothing was pasted; your text is unchanged.");
        return false;
      };
      if (!html || html.length > page.limits.pageBytes) {
        if (fits(plain)) this.insert(area, plain, at);
        return;
      }
      area.readOnly = true;
      area.setAttribute("aria-busy", "true");
      this.onMessage("Finding the article in the pasted page…");
      const before = textOf(area);
      // changed reports that the box was removed or given other text (a
      // drop, an undo) while the page was read: the paste then goes nowhere.
      const changed = () => {
        if (area.isConnected && textOf(area) === before) return false;
        this.onMessage("The box changed while the pasted page was read; nothing was pasted.");
        return true;
      };
      return this.reader.extract(html).then((found) => {
        if (changed() || !fits(found.text)) return;
        this.insert(area, found.text, at);
        // The note describes the box's text only when the page is all of it.
        this.describe(area, textOf(area) === found.text ? found : null, plain && plain !== found.text ? plain : "");
        this.onChange(); // the draft keeps the page's headline and note too
        this.onMessage("");
      }, (err) => {
        const why = err.code === "no-article" ? "skim found no article in the pasted page" :
          "skim could not read the pasted page (" + err.message + ")";
        if (!plain) {
          this.onMessage(why + ", and the clipboard held no plain text; nothing was pasted.");
          return;
        }
        if (changed() || !fits(plain)) return;
        this.insert(area, plain, at);
        this.onMessage(why + "; its plain text was pasted instead.");
      }).finally(() => {
        area.readOnly = area.fullText !== undefined; // a long text stays collapsed
        area.removeAttribute("aria-busy");
      });
    }

    // insert puts text in place of area's text from at[0] to at[1]; a text
    // that comes out long is collapsed (see collapseChars). In a box that
    // has the focus and stays short of longText, the text goes in as typing
    // does, so that Ctrl+Z takes it out again (a pasted page's article).
    insert(area, text, at) {
      if (area.value.length - (at[1] - at[0]) + text.length >= collapseChars) {
        this.collapse(area, area.value.slice(0, at[0]) + text + area.value.slice(at[1]));
      } else if (area.value.length + text.length < longText && document.activeElement === area && this.typeIn(area, text, at)) {
        return; // the browser sent the input event
      } else {
        area.setRangeText(text, at[0], at[1], "end");
        this.sized(area, area.value.length);
      }
      area.dispatchEvent(new Event("input", { bubbles: true }));
    }

    // typeIn inserts text in place of at[0]…at[1] through the browser's
    // editing, which keeps it on the undo stack; it reports whether the
    // browser did.
    typeIn(area, text, at) {
      const readOnly = area.readOnly;
      area.readOnly = false; // a pasted page's box is read-only while it is read
      area.setSelectionRange(at[0], at[1]);
      const done = document.execCommand("insertText", false, text);
      area.readOnly = readOnly;
      return done;
    }

    // drop adds each dropped .txt file as an article, and the article the
    // engine finds in each .html file, in the order dropped. A file over
    // the engine's limits is not read; one that is not text is skipped.
    async drop(files) {
      const found = []; // [text, page or null]
      const skipped = [];
      const why = (err) => err.code === "no-article" ? "no article found in it" :
        err.code === "not-text" ? "not a text file" : err.message;
      for (const file of files) {
        const name = file.name.toLowerCase();
        const isText = /\.(txt|text|md)$/.test(name);
        if (!isText && !/\.html?$/.test(name)) {
          skipped.push(file.name + " (only .txt and .html files can be added)");
          continue;
        }
        const limit = isText ? page.limits.textBytes : page.limits.pageBytes;
        if (file.size > limit) {
          skipped.push(file.name + " (" + page.limits.megabytes(file.size) + "; the limit is " + page.limits.megabytes(limit) + ")");
          continue;
        }
        try {
          const text = await this.reader.decode(new Uint8Array(await file.arrayBuffer()));
          if (isText) {
            found.push([text, null]);
          } else {
            const article = await this.reader.extract(text);
            found.push([article.text, article]);
          }
        } catch (err) {
          skipped.push(file.name + " (" + why(err) + ")");
        }
      }
      if (found.length) {
        this.fill(found.map(([text]) => text));
        const fields = this.fields();
        found.forEach(([text, article], k) => {
          const area = fields[fields.length - found.length + k];
          if (article && area && textOf(area) === text) this.describe(area, article);
        });
        if (found.some(([, article]) => article)) this.onChange(); // the draft keeps the pages' notes
      }
      if (skipped.length) this.onMessage("Skipped " + skipped.join(", ") + ".");
    }
  }

  page.ArticleList = ArticleList;
})(self.skimPage = self.skimPage || {});
