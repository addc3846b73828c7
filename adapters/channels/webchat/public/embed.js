/*
 * Embed the assistant on a commune website with one tag:
 *   <script src="https://<assistant-host>/webchat/assets/embed.js" async></script>
 * Adds a round button at the bottom right that opens the chat in a panel.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = script ? new URL(script.src).origin : '';
  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Hỏi thủ tục';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'commune-assistant-panel');
  button.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483000;border:0;border-radius:24px;padding:12px 18px;background:#b71c1c;color:#fff;font:600 16px system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3);cursor:pointer';
  var panel = document.createElement('iframe');
  panel.id = 'commune-assistant-panel';
  panel.title = 'Trợ lý thủ tục hành chính';
  panel.src = origin + '/?embed=1';
  panel.allow = 'camera';
  panel.hidden = true;
  panel.style.cssText = 'position:fixed;right:16px;bottom:76px;z-index:2147483000;width:min(400px,calc(100vw - 32px));height:min(640px,calc(100vh - 100px));border:1px solid #ccc;border-radius:12px;background:#fff;box-shadow:0 4px 16px rgba(0,0,0,.3)';
  button.addEventListener('click', function () {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
  });
  document.body.appendChild(panel);
  document.body.appendChild(button);
})();
