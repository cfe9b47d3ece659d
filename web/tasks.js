// Long work on the page's main thread runs in short tasks, so that the page
// keeps drawing frames and answering input in between.
(function (page) {
  "use strict";

  // nextTask resolves in a new task. Unlike setTimeout(0), whose nested calls
  // wait at least 4 ms each, it adds no delay of its own.
  function nextTask() {
    if (self.scheduler && typeof scheduler.yield === "function") return scheduler.yield();
    return new Promise((resolve) => {
      const c = new MessageChannel();
      c.port1.onmessage = () => {
        c.port1.close();
        resolve();
      };
      c.port2.postMessage(null);
    });
  }

  // nextFrame resolves just after the browser has drawn its next frame, or
  // after 100 ms if it draws none (a hidden page draws no frames).
  function nextFrame() {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 100);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        setTimeout(resolve, 0);
      });
    });
  }

  page.tasks = { nextTask, nextFrame };
})(self.skimPage = self.skimPage || {});
