/* global window, document, location, MutationObserver */
/*
 * Inside the widget's iframe: gets a conversation token from the bot, then renders Bot Framework Web Chat
 * (French, site colours) over Direct Line: the bot's built-in one (polling) or Azure's.
 * Talks to the loader on the host page with postMessage: `faqw:ready` / `faqw:close` out, `faqw:focus` in.
 */
(function () {
  'use strict';
  var HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
  var base = new URL('../', location.href);
  var params = new URLSearchParams(location.search);
  var container = document.getElementById('webchat');
  var text = {
    unavailable: 'Le service de discussion est momentanément indisponible. Réessayez dans quelques minutes.',
    tooMany: 'Trop de discussions ont été ouvertes depuis votre connexion. Réessayez un peu plus tard.',
    expired: 'Cette discussion a expiré ou la connexion a été perdue.',
    restart: 'Nouvelle discussion',
  };

  start().catch(function () { showStatus(text.unavailable); });

  async function start() {
    var config = await getJson(new URL('widget/config', base), { method: 'GET' });
    // The name comes from the bot's configuration only: a page framing this one must not make it say anything.
    var botName = config.botName;
    var primary = HEX.test(params.get('primary') || '') ? params.get('primary') : config.primaryColor;
    var accent = HEX.test(params.get('accent') || '') ? params.get('accent') : config.accentColor;
    document.title = 'Discussion avec ' + botName;
    document.documentElement.style.setProperty('--faqw-accent', accent);

    var response = await fetch(new URL('api/directline/token', base).href, { method: 'POST' });
    if (!response.ok) return showStatus(response.status === 429 ? text.tooMany : text.unavailable);
    var conversation = await response.json();

    var directLine = window.WebChat.createDirectLine({
      token: conversation.token,
      domain: config.directLine.domain || new URL('v3/directline', base).href,
      webSocket: config.directLine.webSocket,
    });
    directLine.connectionStatus$.subscribe(function (status) {
      // 3 ExpiredToken, 4 FailedToConnect, 5 Ended (DirectLineJS's ConnectionStatus).
      if (status >= 3) showRestartBanner();
    });

    container.removeAttribute('aria-busy');
    container.textContent = '';
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: createStore(config.profile),
        userID: conversation.userId,
        locale: 'fr-FR',
        styleOptions: styleOptions(botName, primary, accent),
      },
      container,
    );
    whenSendBoxAppears(function () { window.parent.postMessage({ type: 'faqw:ready' }, '*'); });
  }

  /** Every message carries the widget's knowledge profile, when one is configured. */
  function createStore(profile) {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (profile && action.type === 'DIRECT_LINE/POST_ACTIVITY') {
            var activity = action.payload.activity;
            var channelData = Object.assign({}, activity.channelData, { profile: profile });
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { channelData: channelData }) }) });
          }
          return next(action);
        };
      };
    });
  }

  function styleOptions(botName, primary, accent) {
    var initials = botName.split(/\s+/).filter(Boolean).slice(0, 2).map(function (word) { return word[0].toUpperCase(); }).join('');
    return {
      accent: accent,
      botAvatarInitials: initials,
      botAvatarBackgroundColor: primary,
      bubbleBorderRadius: 10,
      bubbleFromUserBorderRadius: 10,
      bubbleFromUserBackground: primary,
      bubbleFromUserTextColor: '#ffffff',
      hideUploadButton: true,
      sendBoxButtonColor: primary,
      suggestedActionLayout: 'flow',
      suggestedActionBorderRadius: 16,
      primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    };
  }

  function sendBox() {
    return document.querySelector('[data-id="webchat-sendbox-input"]');
  }

  function whenSendBoxAppears(callback) {
    if (sendBox()) return callback();
    var observer = new MutationObserver(function () {
      if (sendBox()) {
        observer.disconnect();
        callback();
      }
    });
    observer.observe(container, { childList: true, subtree: true });
  }

  function showStatus(message) {
    container.removeAttribute('aria-busy');
    container.innerHTML = '';
    var paragraph = document.createElement('p');
    paragraph.className = 'faqw-status';
    paragraph.setAttribute('role', 'alert');
    paragraph.textContent = message;
    container.appendChild(paragraph);
  }

  function showRestartBanner() {
    if (document.querySelector('.faqw-banner')) return;
    var banner = document.createElement('div');
    banner.className = 'faqw-banner';
    banner.setAttribute('role', 'alert');
    var message = document.createElement('span');
    message.textContent = text.expired;
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = text.restart;
    button.addEventListener('click', function () { location.reload(); });
    banner.appendChild(message);
    banner.appendChild(button);
    document.body.appendChild(banner);
  }

  async function getJson(url, init) {
    var response = await fetch(url.href, init);
    if (!response.ok) throw new Error('HTTP ' + response.status);
    return response.json();
  }

  // Escape closes the panel, unless Web Chat used the key itself (e.g. to leave a card).
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !event.defaultPrevented) window.parent.postMessage({ type: 'faqw:close' }, '*');
  });

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !event.data || event.data.type !== 'faqw:focus') return;
    var input = sendBox();
    if (input) input.focus();
  });
})();
