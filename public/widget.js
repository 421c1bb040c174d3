/* global window, document */
/*
 * Website chat widget loader. On any site, one tag adds the chat bubble:
 *   <script src="https://bot.example.fr/widget.js" async></script>
 * Optional attributes: data-bot-name, data-primary-color, data-accent-color (hex), data-open="true".
 * data-bot-name names the bubble and the panel (this page's own elements); the chat frame, served by the bot,
 * always shows the name configured on the bot (WIDGET_BOT_NAME).
 * The bubble opens a panel holding Web Chat in an iframe served by the bot (its own origin: the host page's
 * styles and scripts cannot reach the conversation, and the 4 MB Web Chat bundle loads only when opened).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__faqWidget) return;
  window.__faqWidget = true;

  var base = new URL('./', script.src);
  var origin = base.origin;
  var data = script.dataset;
  var HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
  var text = {
    open: function (name) { return 'Ouvrir la discussion avec ' + name; },
    close: 'Fermer la discussion',
    frameTitle: function (name) { return 'Discussion avec ' + name; },
  };
  var fallback = { botName: 'Assistant', primaryColor: '#1f4e79', accentColor: '#c2410c' };

  fetch(new URL('widget/config', base).href)
    .then(function (response) { return response.ok ? response.json() : fallback; })
    .catch(function () { return fallback; })
    .then(start);

  function start(config) {
    var botName = (data.botName || config.botName || fallback.botName).slice(0, 60);
    var primary = HEX.test(data.primaryColor || '') ? data.primaryColor : config.primaryColor;
    var accent = HEX.test(data.accentColor || '') ? data.accentColor : config.accentColor;

    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('widget/widget.css', base).href;
    document.head.appendChild(link);

    var root = element('div', { class: 'faqw-root' });
    root.style.setProperty('--faqw-primary', primary);
    root.style.setProperty('--faqw-accent', accent);

    var bubble = element('button', {
      type: 'button',
      class: 'faqw-bubble',
      'aria-label': text.open(botName),
      'aria-expanded': 'false',
      'aria-controls': 'faqw-panel',
    });
    bubble.innerHTML =
      '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="28" height="28">' +
      '<path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"/></svg>';

    var panel = element('div', { id: 'faqw-panel', class: 'faqw-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'faqw-title' });
    panel.hidden = true;
    var header = element('div', { class: 'faqw-header' });
    var title = element('h2', { id: 'faqw-title', class: 'faqw-title' });
    title.textContent = botName;
    var closeButton = element('button', { type: 'button', class: 'faqw-close', 'aria-label': text.close, title: text.close });
    closeButton.innerHTML = '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20"><path fill="currentColor" d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z"/></svg>';
    header.appendChild(title);
    header.appendChild(closeButton);
    panel.appendChild(header);
    root.appendChild(panel);
    root.appendChild(bubble);
    document.body.appendChild(root);

    var frame = null;
    var frameReady = false;

    function open() {
      if (!frame) {
        // Colours only (hex, checked again by the frame): the frame shows the name configured on the bot.
        var query = new URLSearchParams({ primary: primary, accent: accent });
        frame = element('iframe', { class: 'faqw-frame', title: text.frameTitle(botName), src: new URL('widget/frame?' + query, base).href });
        panel.appendChild(frame);
      }
      panel.hidden = false;
      root.classList.add('faqw-is-open');
      bubble.setAttribute('aria-expanded', 'true');
      bubble.setAttribute('aria-label', text.close);
      focusChat();
    }

    function close() {
      if (panel.hidden) return;
      panel.hidden = true;
      root.classList.remove('faqw-is-open');
      bubble.setAttribute('aria-expanded', 'false');
      bubble.setAttribute('aria-label', text.open(botName));
      bubble.focus();
    }

    function focusChat() {
      // The frame focuses its message box itself once Web Chat is on screen.
      if (frameReady) frame.contentWindow.postMessage({ type: 'faqw:focus' }, origin);
      else closeButton.focus();
    }

    bubble.addEventListener('click', function () {
      if (panel.hidden) open();
      else close();
    });
    closeButton.addEventListener('click', close);
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });
    window.addEventListener('message', function (event) {
      if (!frame || event.source !== frame.contentWindow || event.origin !== origin || !event.data) return;
      if (event.data.type === 'faqw:close') close();
      if (event.data.type === 'faqw:ready') {
        frameReady = true;
        if (!panel.hidden) focusChat();
      }
    });

    if (data.open === 'true') open();
  }

  function element(tag, attributes) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }
})();
