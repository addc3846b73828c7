/*
 * Embed the assistant on a commune website with one tag:
 *   <script src="https://<assistant-host>/webchat/assets/embed.js" async></script>
 * Adds a button at the bottom right that opens the chat in a panel; the panel
 * closes with its close button or Escape and gives focus back to the button.
 * A site the assistant does not allow to embed it (WEBCHAT_FRAME_ANCESTORS)
 * gets a message and a link instead of an empty frame.
 */
(function () {
  'use strict';
  var text = __PAGE_TEXT__;
  var script = document.currentScript;
  var origin = script ? new URL(script.src).origin : '';
  var font = 'font:600 16px system-ui,sans-serif;';
  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = text.openWidget;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'commune-assistant-panel');
  button.style.cssText =
    'position:fixed;right:16px;bottom:16px;z-index:2147483000;border:0;border-radius:24px;min-height:48px;padding:12px 18px;background:#b71c1c;color:#fff;' +
    font +
    'box-shadow:0 2px 8px rgba(0,0,0,.3);cursor:pointer';

  var panel = document.createElement('div');
  panel.id = 'commune-assistant-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', text.title);
  panel.hidden = true;
  panel.style.cssText =
    'position:fixed;right:16px;bottom:76px;z-index:2147483000;width:min(400px,calc(100vw - 32px));height:min(640px,calc(100vh - 100px));border:1px solid #ccc;border-radius:12px;background:#fff;box-shadow:0 4px 16px rgba(0,0,0,.3);overflow:hidden;display:none;flex-direction:column';
  var bar = document.createElement('div');
  bar.style.cssText =
    'display:flex;align-items:center;justify-content:space-between;background:#b71c1c;color:#fff;padding:0 0 0 12px;' + font;
  var title = document.createElement('span');
  title.textContent = text.title;
  var close = document.createElement('button');
  close.type = 'button';
  close.textContent = '✕ ' + text.close;
  close.style.cssText = 'min-width:48px;min-height:48px;border:0;background:transparent;color:#fff;cursor:pointer;padding:0 12px;' + font;
  bar.appendChild(title);
  bar.appendChild(close);
  var frame = document.createElement('iframe');
  frame.title = text.title;
  frame.allow = 'camera; clipboard-write';
  frame.style.cssText = 'flex:1;border:0;width:100%';
  var refused = document.createElement('p');
  refused.hidden = true;
  refused.style.cssText = 'margin:16px;' + font;
  refused.textContent = text.frameRefused + ' ';
  var link = document.createElement('a');
  link.href = origin + '/';
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = origin + '/';
  refused.appendChild(link);
  panel.appendChild(bar);
  panel.appendChild(frame);
  panel.appendChild(refused);

  var pageSaidHello = false;
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data) return;
    if (event.data.type === 'commune-assistant:ready') pageSaidHello = true;
    if (event.data.type === 'commune-assistant:close') hide();
  });
  // the page says hello while it loads; a frame that loaded without a word was refused by frame-ancestors
  frame.addEventListener('load', function () {
    if (!frame.getAttribute('src')) return; // the empty frame before the first opening
    setTimeout(function () {
      if (pageSaidHello) return;
      frame.hidden = true;
      refused.hidden = false;
    }, 1500);
  });

  function show() {
    if (!frame.src) frame.src = origin + '/?embed=1';
    panel.hidden = false;
    panel.style.display = 'flex';
    button.setAttribute('aria-expanded', 'true');
    close.focus();
  }
  function hide() {
    panel.hidden = true;
    panel.style.display = 'none';
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }
  button.addEventListener('click', function () {
    if (panel.hidden) show();
    else hide();
  });
  close.addEventListener('click', hide);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !panel.hidden) hide();
  });
  document.body.appendChild(panel);
  document.body.appendChild(button);
})();
