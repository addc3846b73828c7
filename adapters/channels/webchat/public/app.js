/* Starts Web Chat on the page with the local Direct Line bridge, in Vietnamese. */
(function () {
  'use strict';
  var embedded = /[?&]embed=1\b/.test(window.location.search);
  if (embedded) document.body.classList.add('embedded');
  window.WebChat.renderWebChat(
    {
      directLine: window.createLocalDirectLine({ baseUrl: '/webchat/v1', locale: 'vi-VN' }),
      locale: 'vi-VN',
      styleOptions: {
        accent: '#b71c1c',
        primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        bubbleMaxWidth: 600,
        hideUploadButton: false,
        uploadAccept: 'image/jpeg,image/png,image/heic,image/heif,application/pdf',
        uploadMultiple: true,
        suggestedActionLayout: 'flow',
        sendTypingIndicator: false
      }
    },
    document.getElementById('webchat')
  );
  var input = document.querySelector('#webchat input, #webchat textarea');
  if (input) input.focus();
})();
