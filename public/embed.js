/*
 * Shell Count embed helper (CONTRACT §5): sizes each embedded calculator to its content.
 * Use, on the page that embeds it:
 *
 *   <iframe src="https://…/?embed=1" title="Shell Count" loading="lazy"
 *     style="width:100%;height:900px;border:0" data-shell-count></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * It takes a height message (ours, AMP's embed-size, Embedly's iframe.resize) only from the
 * window of an iframe[data-shell-count], only with a height of 100 to 10,000, and sets that
 * iframe's style.height. Nothing else: no eval, no HTML. Safe to include twice.
 */
/* global window, document */
(function () {
  'use strict';
  var FLAG = '__shellCountEmbed';
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
      var frames = document.querySelectorAll('iframe[data-shell-count]');
      for (var frame of frames) {
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
})();
