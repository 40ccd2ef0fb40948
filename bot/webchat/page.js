// Web Chat for SmartCity.Bot: a token from the bot's own endpoint, Direct Line served by the bot itself,
// Indonesian locale, and a webchat/join event on connect so the bot greets the user before they type.
(function () {
  'use strict';
  var status = document.getElementById('status');

  function show(html) {
    status.innerHTML = html;
    status.hidden = false;
  }

  if (!window.WebChat) {
    show('<strong>Pustaka Web Chat belum terpasang di server ini.</strong><br>' +
      'Jalankan <code>npm ci --prefix bot/webchat</code> dari folder repositori (atau <code>dotnet build bot</code> ' +
      'jika npm tersedia), lalu muat ulang halaman ini.');
    return;
  }

  function hasAdaptiveCard(activity) {
    return activity && activity.from && activity.from.role === 'bot' && (activity.attachments || []).some(function (a) {
      return a.contentType === 'application/vnd.microsoft.card.adaptive';
    });
  }

  var base = new URL('.', document.baseURI).href;

  fetch(base + 'api/webchat/token', { method: 'POST' })
    .then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) throw new Error((body.error && body.error.message) || ('HTTP ' + response.status));
        return body;
      });
    })
    .then(function (session) {
      var directLine = window.WebChat.createDirectLine({
        domain: base + 'v3/directline',
        token: session.token,
        webSocket: true
      });
      var store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
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
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        userID: session.userId,
        username: 'Pengguna',
        locale: 'id-ID',
        styleOptions: {
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
        }
      }, document.getElementById('webchat'));
    })
    .catch(function (error) {
      show('<strong>Web chat tidak dapat dimulai.</strong><br>' + String(error.message)
        .replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    });
})();
