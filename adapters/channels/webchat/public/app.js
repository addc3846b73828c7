/*
 * Starts Web Chat on the page's shell with the local Direct Line bridge: the
 * message box has focus and an example at once (Enter sends), a visible
 * "take / send a photo" button sends a picked photo straight away, and a
 * receipt stays pinned above the conversation with its code large and a copy
 * button. The page's words come from the JSON block the server writes.
 */
(function () {
  'use strict';
  var text = JSON.parse(document.getElementById('page-text').textContent);
  var embedded = /[?&]embed=1\b/.test(window.location.search);
  if (embedded) document.body.classList.add('embedded');
  var loading = document.getElementById('loading');
  if (!window.WebChat || !window.createLocalDirectLine) {
    loading.textContent = text.loadFailed;
    return;
  }
  // directline.js already connected and greeted while this bundle loaded
  var directLine = window.communeDirectLine || window.createLocalDirectLine({ baseUrl: '/webchat/v1', locale: 'vi-VN', text: text });
  window.WebChat.renderWebChat(
    {
      directLine: directLine,
      locale: 'vi-VN',
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: text.placeholder },
      styleOptions: {
        accent: '#b71c1c',
        primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        bubbleMaxWidth: 600,
        hideUploadButton: false,
        uploadAccept: 'image/jpeg,image/png,image/heic,image/heif,application/pdf',
        uploadMultiple: true,
        // a picked photo goes at once, as in a messaging app
        sendAttachmentOn: 'attach',
        suggestedActionLayout: 'flow',
        suggestedActionHeight: 48,
        sendBoxHeight: 56,
        sendBoxButtonColor: '#b71c1c',
        sendTypingIndicator: false,
      },
    },
    document.getElementById('webchat'),
  );

  var webchat = document.getElementById('webchat');
  function sendBox() {
    return webchat.querySelector(
      '[data-id="webchat-sendbox-input"], input.webchat__send-box-text-box__input, textarea.webchat__send-box-text-box__input',
    );
  }

  // The big photo button drives Web Chat's own file input (so the file travels the usual way).
  var photo = document.createElement('button');
  photo.type = 'button';
  photo.className = 'photo-button';
  photo.textContent = text.sendPhoto;
  photo.hidden = true;
  photo.addEventListener('click', function () {
    var input = webchat.querySelector('input[type="file"]');
    if (input) input.click();
  });
  webchat.parentNode.insertBefore(photo, webchat.nextSibling);

  // Focus the message box as soon as Web Chat has drawn it, never the hidden file input.
  var ready = new MutationObserver(function () {
    var box = sendBox();
    if (!box) return;
    ready.disconnect();
    loading.hidden = true;
    document.getElementById('early-greeting').hidden = true;
    photo.hidden = false;
    box.setAttribute('placeholder', text.placeholder);
    box.focus();
  });
  ready.observe(webchat, { childList: true, subtree: true });

  // Sent photos as pictures: this Web Chat build shows an image attachment as a download link,
  // so each link to a photo's thumbnail (data: JPEG from the server) gets the picture itself.
  function showThumbnails() {
    var links = webchat.querySelectorAll('a[download][href^="data:image/jpeg"]');
    var i;
    var img;
    for (i = 0; i < links.length; i++) {
      if (links[i].querySelector('img.thumbnail')) continue;
      img = document.createElement('img');
      img.className = 'thumbnail';
      img.src = links[i].getAttribute('href');
      img.alt = links[i].getAttribute('download') || '';
      links[i].insertBefore(img, links[i].firstChild);
    }
  }
  new MutationObserver(showThumbnails).observe(webchat, { childList: true, subtree: true });

  // The receipt card: pinned above the conversation so later messages never push it away.
  var receipt = document.getElementById('receipt');
  function showReceipt(card) {
    receipt.textContent = '';
    var heading = document.createElement('h2');
    heading.textContent = text.receiptHeading;
    var label = document.createElement('p');
    label.className = 'receipt-label';
    label.textContent = text.receiptCode;
    var code = document.createElement('p');
    code.className = 'receipt-code';
    code.textContent = card.code;
    var copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'receipt-copy';
    copy.textContent = text.copy;
    copy.addEventListener('click', function () {
      var done = function () {
        copy.textContent = text.copied;
      };
      if (navigator.clipboard && navigator.clipboard.writeText)
        navigator.clipboard.writeText(card.code).then(done, function () {
          selectCode(code);
        });
      else selectCode(code);
    });
    var list = document.createElement('ul');
    (card.lines || []).forEach(function (line) {
      var li = document.createElement('li');
      li.textContent = line;
      list.appendChild(li);
    });
    receipt.appendChild(heading);
    receipt.appendChild(label);
    receipt.appendChild(code);
    receipt.appendChild(copy);
    receipt.appendChild(list);
    receipt.hidden = false;
  }
  function selectCode(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  directLine.activity$.subscribe(function (activity) {
    (activity.entities || []).forEach(function (entity) {
      if (entity && entity.type === 'commune/receipt' && typeof entity.code === 'string') showReceipt(entity);
    });
  });
})();
