// Web Chat for SmartCity.Bot, on the bot's own page or embedded in another site (the bot's address comes from this
// script's own URL). A session from the bot's endpoint, Direct Line served by the bot itself, Indonesian locale, and a
// webchat/join event on a new conversation so the bot greets before the user types. The conversation is kept in
// localStorage, so a visitor who comes back sees it again, with any reminder the bot left there meanwhile.
(function () {
  'use strict';
  var script = document.currentScript;
  var base = new URL('../', script && script.src ? script.src : new URL('webchat/page.js', document.baseURI)).href;
  var target = document.getElementById((script && script.getAttribute('data-target')) || 'webchat');
  var storageKey = 'smartcity-bot:' + base;

  function show(html) {
    var status = document.getElementById('status');
    if (!status) {
      status = document.createElement('div');
      status.setAttribute('role', 'status');
      status.style.cssText = 'margin:16px;padding:14px 16px;border-left:4px solid #c0392b;background:#fdf0ef;line-height:1.5';
      target.appendChild(status);
    }
    status.innerHTML = html;
    status.hidden = false;
  }

  if (!target) return;
  if (!window.WebChat) {
    show('<strong>Pustaka Web Chat belum terpasang di server ini.</strong><br>' +
      'Jalankan <code>npm ci --prefix bot/webchat</code> dari folder repositori (atau <code>dotnet build bot</code> ' +
      'jika npm tersedia), lalu muat ulang halaman ini.');
    return;
  }

  function load() {
    try { return JSON.parse(window.localStorage.getItem(storageKey)) || {}; } catch (e) { return {}; }
  }

  function save(session) {
    // Private browsing or a full storage: the chat works, it just starts anew next time.
    try { window.localStorage.setItem(storageKey, JSON.stringify({ conversationId: session.conversationId, ticket: session.ticket })); } catch (e) { }
  }

  function hasAdaptiveCard(activity) {
    return activity && activity.from && activity.from.role === 'bot' && (activity.attachments || []).some(function (a) {
      return a.contentType === 'application/vnd.microsoft.card.adaptive';
    });
  }

  var saved = load();
  fetch(base + 'api/webchat/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ conversationId: saved.conversationId || null, ticket: saved.ticket || null })
  })
    .then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) throw new Error((body.error && body.error.message) || ('HTTP ' + response.status));
        return body;
      });
    })
    .then(function (session) {
      save(session);
      var directLine = window.WebChat.createDirectLine({
        domain: base + 'v3/directline',
        token: session.token,
        // A resumed conversation reconnects (and replays its transcript); a new one is started by DirectLineJS.
        conversationId: session.resumed ? session.conversationId : undefined,
        webSocket: true
      });
      var store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && !session.resumed) {
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: 'id-ID' } } });
            }
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && hasAdaptiveCard(action.payload.activity)) {
              // The card already shows the answer; its markdown copy in text is for channels without cards.
              var activity = Object.assign({}, action.payload.activity, { text: undefined });
              action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: activity }) });
            }
            return next(action);
          };
        };
      });
      var styleOptions = {
        accent: '#0b4f8a',
        botAvatarInitials: 'SC',
        botAvatarBackgroundColor: '#0b4f8a',
        userAvatarInitials: 'A',
        bubbleBorderRadius: 10,
        bubbleFromUserBackground: '#e8f1fa',
        bubbleFromUserBorderRadius: 10,
        suggestedActionLayout: 'flow',
        suggestedActionBorderRadius: 16,
        hideUploadButton: true,
        sendBoxButtonColor: '#0b4f8a',
        primaryFont: '"Segoe UI", "Noto Sans", Roboto, Arial, sans-serif'
      };
      // Bubbles break long words anywhere (URLs must not overflow), which let a narrow FactSet label column break
      // "Keikutsertaan" mid-word; labels break between words only. Scoped to Web Chat, so an embedding site is untouched.
      var styleSet = window.WebChat.createStyleSet(styleOptions);
      styleSet.root = Object.assign({}, styleSet.root, { '& .ac-fact-title, & .ac-fact-title *': { wordBreak: 'normal', overflowWrap: 'normal' } });
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        userID: session.userId,
        username: 'Pengguna',
        locale: 'id-ID',
        styleOptions: styleOptions,
        styleSet: styleSet
      }, target);
    })
    .catch(function (error) {
      show('<strong>Web chat tidak dapat dimulai.</strong><br>' + String(error.message)
        .replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    });
})();
