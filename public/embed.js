/*
 * Shell Count embed helper (CONTRACT §5, §6), after the embed code's iframe:
 *   <script src="https://…/embed.js" async></script>
 * For each iframe[data-shell-count], from its own window only: sets its height (our, AMP's,
 * Embedly's messages; 100 to 10,000 px), its title, and its height on paper while the article
 * prints; tells it the article's <html lang> (before it loads in its address, else in a message).
 * No eval, no HTML. Safe to include twice.
 */
/* global window, document */
(function () {
  'use strict';
  var FLAG = '__shellCountEmbed';
  var FRAMES = 'iframe[data-shell-count]';
  if (window[FLAG]) return;
  window[FLAG] = true;

  var article = (document.documentElement.getAttribute('lang') || '').trim();
  if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(article) || article.length > 35) article = '';
  // The reader's own language: a frame shows it anyway, so it is neither told nor re-addressed.
  var same =
    article.split('-')[0].toLowerCase() ===
    String(window.navigator.language || '')
      .split('-')[0]
      .toLowerCase();
  // Per frame: its height on paper, and its screen height while the article prints.
  var printHeights = new WeakMap();
  var screenHeights = new WeakMap();
  var printing = false;

  function inRange(height) {
    return typeof height === 'number' && isFinite(height) && height >= 100 && height <= 10000;
  }

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
    return inRange(data.height) ? data.height : null;
  }

  function setHeight(frame, height) {
    var px = Math.ceil(height) + 'px';
    if (printing) screenHeights.set(frame, px);
    else frame.style.height = px;
  }

  function tellArticle(frame) {
    if (article && !same && frame.contentWindow)
      frame.contentWindow.postMessage({ type: 'shell-count:article', lang: article }, '*');
  }

  window.addEventListener('message', function (event) {
    try {
      if (!event.source) return;
      for (var frame of document.querySelectorAll(FRAMES)) {
        if (frame.contentWindow !== event.source) continue;
        var data = event.data;
        var height = heightOf(data);
        if (height !== null) {
          setHeight(frame, height);
          // Running: a frame loaded before this script, or added later, hears the language.
          if (data.type === 'shell-count:height') tellArticle(frame);
        } else if (data && data.type === 'shell-count:print-height' && inRange(data.height)) {
          printHeights.set(frame, Math.ceil(data.height));
        } else if (
          data &&
          data.type === 'shell-count:title' &&
          typeof data.title === 'string' &&
          data.title.length > 0 &&
          data.title.length <= 300
        ) {
          frame.title = data.title;
        }
        return;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 needs the binding.
    } catch (e) {
      // Never break the host page.
    }
  });

  // Printing: each frame at its height on paper, then back to its screen height.
  function beforePrint() {
    if (printing) return;
    printing = true;
    for (var frame of document.querySelectorAll(FRAMES)) {
      var paper = printHeights.get(frame);
      if (!paper) continue;
      screenHeights.set(frame, frame.style.height);
      frame.style.height = paper + 'px';
    }
  }
  function afterPrint() {
    if (!printing) return;
    printing = false;
    for (var frame of document.querySelectorAll(FRAMES)) {
      if (screenHeights.has(frame)) frame.style.height = screenHeights.get(frame);
      screenHeights.delete(frame);
    }
  }
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  if (window.matchMedia) {
    var print = window.matchMedia('print');
    var onPrint = function (event) {
      if (event.matches) beforePrint();
      else afterPrint();
    };
    if (print.addEventListener) print.addEventListener('change', onPrint);
  }

  for (var frame of document.querySelectorAll(FRAMES)) {
    // Not loaded yet (still the initial about:blank) and following the article (no `lang=`):
    // it loads in the article's language. A loaded frame hears it in a message instead.
    try {
      var blank = frame.contentDocument && frame.contentDocument.URL === 'about:blank';
      var src = frame.getAttribute('src') || '';
      if (article && !same && blank && src && !/[?&]lang=/.test(src.split('#')[0])) {
        frame.setAttribute(
          'src',
          src + (src.indexOf('#') < 0 ? '#' : '&') + 'article-lang=' + encodeURIComponent(article),
        );
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 needs the binding.
    } catch (e) {
      // A frame it may not look into has loaded: the message below and its answer will do.
    }
    // A frame not loaded yet gets these on about:blank, and tells its height when it loads.
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ type: 'shell-count:get-height' }, '*');
      tellArticle(frame);
    }
  }
})();
