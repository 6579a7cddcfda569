/*
 * Shell Count embed helper (CONTRACT §5), to load after the embed code's iframe:
 *   <script src="https://…/embed.js" async></script>
 * Sizes each iframe[data-shell-count] from its own window's height messages (ours, AMP's,
 * Embedly's; 100 to 10,000 px); at start, asks them for a height sent before it listened.
 * No eval, no HTML; safe to include twice.
 */
/* global window, document */
(function () {
  'use strict';
  var FLAG = '__shellCountEmbed';
  var FRAMES = 'iframe[data-shell-count]';
  if (window[FLAG]) return;
  window[FLAG] = true;

  function heightOf(data) {
    if (typeof data === 'string') {
      if (data.length > 10000 || data.charAt(0) !== '{') return null;
      data = JSON.parse(data); // Invalid JSON throws, and the listener ignores the message.
      if (!data || data.context !== 'iframe.resize') return null;
    } else if (
      !data ||
      typeof data !== 'object' ||
      !(
        data.type === 'shell-count:height' ||
        (data.sentinel === 'amp' && data.type === 'embed-size')
      )
    ) {
      return null;
    }
    var height = data.height;
    return typeof height === 'number' && isFinite(height) && height >= 100 && height <= 10000
      ? height
      : null;
  }

  window.addEventListener('message', function (event) {
    try {
      var height = heightOf(event.data);
      if (height === null || !event.source) return;
      for (var frame of document.querySelectorAll(FRAMES)) {
        if (frame.contentWindow === event.source) {
          frame.style.height = Math.ceil(height) + 'px';
          return;
        }
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 needs the binding.
    } catch (e) {
      // Never break the host page.
    }
  });

  // A frame not loaded yet gets this on about:blank, and tells its height when it loads.
  for (var frame of document.querySelectorAll(FRAMES)) {
    if (frame.contentWindow)
      frame.contentWindow.postMessage({ type: 'shell-count:get-height' }, '*');
  }
})();
