// The article inputs: one labelled textbox per article ("Article 1", ...),
// adding and removing them, pasting rich HTML as plain text, and dropping
// .txt or .html files. Pasted and dropped HTML is parsed inert by DOMParser
// (no script runs, nothing loads) and only its text is kept.
(function (page) {
  "use strict";

  // A text of this many characters or more, given to a textbox at once, is
  // not kept for session history, and when pasted the page inserts it itself;
  // see ArticleList.sized and ArticleList.paste.
  const longText = 100000;

  // Elements whose text is never article text.
  const dropped = "script, style, noscript, template, iframe, object, embed, svg, canvas, head";
  // Elements that end a paragraph.
  const blocks = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION",
    "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL",
    "P", "PRE", "SECTION", "TABLE", "TR", "UL"]);

  // htmlToText returns the text of an HTML document or fragment, one
  // paragraph per block element, separated by blank lines.
  function htmlToText(html) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    doc.querySelectorAll(dropped).forEach((el) => el.remove());
    const paras = [];
    let line = "";
    const flush = () => {
      const t = line.replace(/[ \t\f\r\n\u00a0]+/g, " ").trim();
      if (t) paras.push(t);
      line = "";
    };
    const walk = (node) => {
      for (let n = node.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === Node.TEXT_NODE) {
          line += n.data;
        } else if (n.nodeType === Node.ELEMENT_NODE) {
          if (n.tagName === "BR") line += "\n";
          const block = blocks.has(n.tagName);
          if (block) flush();
          walk(n);
          if (block) flush();
        }
      }
    };
    walk(doc.body);
    flush();
    return paras.join("\n\n");
  }

  // ArticleList owns the article textboxes inside container.
  class ArticleList {
    constructor(container, onChange, onMessage) {
      this.container = container;
      this.onChange = onChange;
      this.onMessage = onMessage;
      this.count = 0; // for unique ids
      this.add("");
    }

    fields() {
      return Array.from(this.container.querySelectorAll("textarea"));
    }

    texts() {
      return this.fields().map((f) => f.value);
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
      area.placeholder = "Paste an article here";
      this.set(area, text);
      area.addEventListener("input", () => this.onChange());
      area.addEventListener("paste", (e) => this.paste(e, area));
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "remove";
      remove.textContent = "Remove";
      remove.addEventListener("click", () => this.remove(wrap));
      wrap.append(label, remove, area);
      this.container.append(wrap);
      this.renumber();
      return area;
    }

    // fill puts texts into the textboxes: the first into an empty first box,
    // the rest into new ones.
    fill(texts) {
      const fields = this.fields();
      texts.forEach((t, i) => {
        if (i === 0 && fields.length === 1 && fields[0].value.trim() === "") this.set(fields[0], t);
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
      if (this.fields().length === 1) {
        wrap.querySelector("textarea").value = "";
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

    // set puts text into area.
    set(area, text) {
      area.value = text;
      this.sized(area, text.length);
    }

    // sized is told that area was just given a text of length characters. A
    // long text is not kept for session history (autocomplete off): Chromium
    // saves every textbox's text a second after each change, which holds the
    // page for about 150 ms at 1 MB.
    sized(area, length) {
      if (length >= longText) area.autocomplete = "off";
    }

    // paste keeps the text of pasted HTML, never its markup. It also inserts
    // a long plain text itself: Chromium's own insertion re-reads the whole
    // textbox and takes seconds for 1 MB, setRangeText milliseconds. A short
    // plain paste is left to the browser, which can undo it.
    paste(e, area) {
      if (!e.clipboardData) return;
      const html = e.clipboardData.getData("text/html");
      const text = html ? htmlToText(html) : e.clipboardData.getData("text/plain");
      if (!html && text.length < longText) return;
      e.preventDefault();
      area.setRangeText(text, area.selectionStart, area.selectionEnd, "end");
      this.sized(area, text.length);
      area.dispatchEvent(new Event("input", { bubbles: true }));
    }

    // drop adds each dropped .txt or .html file as an article.
    async drop(files) {
      const texts = [];
      const skipped = [];
      for (const file of files) {
        const name = file.name.toLowerCase();
        if (/\.(txt|text|md)$/.test(name)) texts.push(await file.text());
        else if (/\.html?$/.test(name)) texts.push(htmlToText(await file.text()));
        else skipped.push(file.name);
      }
      if (texts.length) this.fill(texts);
      if (skipped.length) this.onMessage("Skipped " + skipped.join(", ") + ": only .txt and .html files can be added.");
    }
  }

  page.ArticleList = ArticleList;
  page.htmlToText = htmlToText;
})(self.skimPage = self.skimPage || {});
