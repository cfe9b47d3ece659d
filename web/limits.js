// The engine's size limits, checked by the page before text reaches the
// engine: at paste, at drop and before a digest is asked for, so that a huge
// paste is refused at once with a clear message rather than laid out,
// copied to the worker and refused there. They match package summarize's
// MaxInputBytes and MaxPageBytes (web's TestLimitsMatchTheCore checks it).
(function (page) {
  "use strict";

  const textBytes = 4 << 20; // all plain text of one digest, in UTF-8
  const pageBytes = 16 << 20; // one web page's HTML

  // utf8Bytes returns how many bytes s takes in UTF-8, or a number over
  // limit as soon as it is sure to be over it (each UTF-16 unit is 1 to 3
  // bytes, so long strings are judged by their length first).
  function utf8Bytes(s, limit) {
    if (s.length > limit) return s.length;
    if (3 * s.length <= limit) return new TextEncoder().encode(s).length;
    let n = 0;
    for (let i = 0; i < s.length && n <= limit; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c < 0xdc00) { n += 4; i++; } // a surrogate pair
      else n += 3;
    }
    return n;
  }

  // megabytes words a size for a message.
  function megabytes(n) {
    return (n / (1 << 20)).toFixed(n < 10 << 20 ? 1 : 0) + " MB";
  }

  // tooMuchText words the message for plain text of n bytes, over textBytes.
  function tooMuchText(n, what) {
    return (what || "That text") + " is " + (n > 1 << 30 ? "over 1 GB" : "about " + megabytes(n)) +
      "; skim digests up to " + megabytes(textBytes) + " of text at once, all articles together.";
  }

  page.limits = { textBytes, pageBytes, utf8Bytes, megabytes, tooMuchText };
})(self.skimPage = self.skimPage || {});
