/*
 * A Direct Line–compatible connection for Web Chat that talks to this server's
 * bridge instead of Azure: Web Chat only needs activity$, connectionStatus$,
 * postActivity() and end(). Files picked in the page are uploaded first (10 MiB
 * at most) and the message carries a reference to them.
 */
(function () {
  'use strict';

  var STATUS = { Uninitialized: 0, Connecting: 1, Online: 2, ExpiredToken: 3, FailedToConnect: 4, Ended: 5 };
  var MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
  var TOKEN_KEY = 'commune-assistant.webchat.token';

  /** The smallest Observable Web Chat accepts: subscribe() with an observer, returning unsubscribe(). */
  function Observable(subscriber) {
    this._subscriber = subscriber;
  }
  Observable.prototype.subscribe = function (observerOrNext, onError, onComplete) {
    var observer =
      typeof observerOrNext === 'function' ? { next: observerOrNext, error: onError, complete: onComplete } : observerOrNext || {};
    var closed = false;
    var sink = {
      next: function (v) {
        if (!closed && observer.next) observer.next(v);
      },
      error: function (e) {
        if (!closed) {
          closed = true;
          if (observer.error) observer.error(e);
        }
      },
      complete: function () {
        if (!closed) {
          closed = true;
          if (observer.complete) observer.complete();
        }
      },
    };
    var teardown = this._subscriber(sink);
    return {
      get closed() {
        return closed;
      },
      unsubscribe: function () {
        closed = true;
        if (typeof teardown === 'function') teardown();
      },
    };
  };

  /** A subject that replays its latest value to new subscribers (for connectionStatus$). */
  function BehaviorSubject(initial) {
    var value = initial;
    var sinks = [];
    this.observable = new Observable(function (sink) {
      sinks.push(sink);
      sink.next(value);
      return function () {
        sinks = sinks.filter(function (s) {
          return s !== sink;
        });
      };
    });
    this.next = function (v) {
      value = v;
      sinks.slice().forEach(function (s) {
        s.next(v);
      });
    };
  }

  function createLocalDirectLine(options) {
    var baseUrl = (options && options.baseUrl) || '/webchat/v1';
    var status = new BehaviorSubject(STATUS.Uninitialized);
    var activitySinks = [];
    var conversation = null;
    var ended = false;
    var watermark = 0;

    // After a file, the bot may answer without buttons (a refused photo); the page keeps the
    // step's last buttons (done / skip) so the citizen is never left without a way on.
    var lastSuggested = null;
    // every activity so far, replayed to a late subscriber (Web Chat subscribes once its bundle has run)
    var history = [];
    var afterUpload = false;
    function emit(activity) {
      if (activity.from && activity.from.role === 'user') afterUpload = Boolean(activity.attachments && activity.attachments.length);
      else if (activity.type === 'message') {
        if (activity.suggestedActions && activity.suggestedActions.actions && activity.suggestedActions.actions.length) {
          lastSuggested = activity.suggestedActions;
        } else if (afterUpload && lastSuggested) {
          activity = Object.assign({}, activity, { suggestedActions: lastSuggested });
        }
      }
      history.push(activity);
      activitySinks.slice().forEach(function (s) {
        s.next(activity);
      });
    }

    function request(method, path, body, headers) {
      var h = Object.assign({}, headers || {});
      if (conversation) h.Authorization = 'Bearer ' + conversation.token;
      return fetch(baseUrl + path, { method: method, headers: h, body: body, credentials: 'omit' });
    }

    function connect() {
      status.next(STATUS.Connecting);
      var saved = null;
      try {
        saved = window.sessionStorage.getItem(TOKEN_KEY);
      } catch (e) {
        saved = null;
      }
      return fetch(baseUrl + '/conversations', {
        method: 'POST',
        headers: saved ? { Authorization: 'Bearer ' + saved } : {},
        credentials: 'omit',
      })
        .then(function (res) {
          if (!res.ok) throw new Error('connect ' + res.status);
          return res.json();
        })
        .then(function (body) {
          conversation = { id: body.conversationId, token: body.token, resumed: body.resumed };
          try {
            window.sessionStorage.setItem(TOKEN_KEY, body.token);
          } catch (e) {
            /* storage blocked: no resume after reload */
          }
          status.next(STATUS.Online);
          poll();
          if (!body.resumed) post({ type: 'event', name: 'webchat/join', locale: (options && options.locale) || 'vi-VN' });
          return conversation;
        })
        .catch(function () {
          status.next(STATUS.FailedToConnect);
          throw new Error('failed to connect');
        });
    }

    function poll() {
      if (ended) return;
      request('GET', '/conversations/' + encodeURIComponent(conversation.id) + '/activities?watermark=' + watermark)
        .then(function (res) {
          if (res.status === 401) {
            // the token expired: start a fresh conversation rather than polling a closed door
            try {
              window.sessionStorage.removeItem(TOKEN_KEY);
            } catch (e) {
              /* nothing kept */
            }
            status.next(STATUS.ExpiredToken);
            ready = null;
            ensureConnected().catch(function () {
              /* status says so */
            });
            throw { handled: true };
          }
          if (!res.ok) throw new Error('poll ' + res.status);
          return res.json();
        })
        .then(function (body) {
          watermark = body.watermark;
          body.activities.forEach(emit);
          poll();
        })
        .catch(function (err) {
          if (!ended && !(err && err.handled)) setTimeout(poll, 2000);
        });
    }

    function upload(attachment) {
      return fetch(attachment.contentUrl)
        .then(function (res) {
          return res.blob();
        })
        .then(function (blob) {
          if (blob.size > MAX_UPLOAD_BYTES) throw { tooLarge: true, name: attachment.name };
          return request('POST', '/conversations/' + encodeURIComponent(conversation.id) + '/uploads', blob, {
            'Content-Type': blob.type || attachment.contentType || 'application/octet-stream',
            'X-File-Name': encodeURIComponent(attachment.name || 'tep'),
          });
        })
        .then(function (res) {
          if (res.status === 413) throw { tooLarge: true, name: attachment.name };
          if (!res.ok) throw new Error('upload ' + res.status);
          return res.json();
        })
        .then(function (body) {
          return { contentType: attachment.contentType, name: attachment.name, contentUrl: body.uploadRef };
        });
    }

    function post(activity) {
      var attachments = activity.attachments || [];
      return Promise.all(attachments.map(upload))
        .then(function (refs) {
          var body = {
            type: activity.type,
            name: activity.name,
            text: activity.text,
            value: activity.value,
            locale: activity.locale,
            channelData: activity.channelData ? { clientActivityID: activity.channelData.clientActivityID } : undefined,
            attachments: refs.length ? refs : undefined,
          };
          return request('POST', '/conversations/' + encodeURIComponent(conversation.id) + '/activities', JSON.stringify(body), {
            'Content-Type': 'application/json',
          });
        })
        .then(function (res) {
          if (!res.ok) throw new Error('post ' + res.status);
          return res.json();
        });
    }

    var ready = null;
    function ensureConnected() {
      if (!ready) ready = connect();
      return ready;
    }

    return {
      activity$: new Observable(function (sink) {
        history.slice().forEach(function (a) {
          sink.next(a);
        });
        activitySinks.push(sink);
        ensureConnected().catch(function () {
          /* status already says so */
        });
        return function () {
          activitySinks = activitySinks.filter(function (s) {
            return s !== sink;
          });
        };
      }),
      connectionStatus$: status.observable,
      postActivity: function (activity) {
        return new Observable(function (sink) {
          ensureConnected()
            .then(function () {
              return post(activity);
            })
            .then(function (body) {
              sink.next(body.id);
              sink.complete();
            })
            .catch(function (err) {
              if (err && err.tooLarge) {
                emit({
                  type: 'message',
                  id: 'local-' + Date.now(),
                  from: { id: 'assistant', role: 'bot' },
                  timestamp: new Date().toISOString(),
                  text: ((options && options.text && options.text.fileTooLarge) || '{name} > 10 MB').replace('{name}', err.name || ''),
                  suggestedActions: lastSuggested || undefined,
                });
              }
              // a file over the limit can never succeed: no "retry" on it, the page already said why
              if (err && err.tooLarge) {
                sink.next('local-refused-' + Date.now());
                sink.complete();
              } else sink.error(err);
            });
        });
      },
      end: function () {
        ended = true;
        status.next(STATUS.Ended);
      },
    };
  }

  window.createLocalDirectLine = createLocalDirectLine;

  // In the widget's panel: tell the host page this page loaded (a frame refused by frame-ancestors
  // says nothing), before anything slow, and ask it to close the panel on Escape.
  if (/[?&]embed=1\b/.test(window.location.search) && window.parent !== window) {
    window.parent.postMessage({ type: 'commune-assistant:ready' }, '*');
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') window.parent.postMessage({ type: 'commune-assistant:close' }, '*');
    });
  }

  // Connect and greet while Web Chat is still downloading and starting (this small file runs first):
  // the greeting shows in the page's shell at once, and Web Chat finds the conversation ready.
  var textNode = document.getElementById('page-text');
  var pageText = textNode ? JSON.parse(textNode.textContent) : {};
  var early = createLocalDirectLine({ baseUrl: '/webchat/v1', locale: 'vi-VN', text: pageText });
  window.communeDirectLine = early;
  // Web Chat (downloading since the page's preload) runs once the greeting has been painted, or
  // after a few seconds without one: its start-up would otherwise keep the greeting off the screen.
  var chatLoading = false;
  function loadChat() {
    if (chatLoading) return;
    chatLoading = true;
    var assets = document.getElementById('page-assets');
    if (!assets) return;
    [assets.getAttribute('data-webchat'), assets.getAttribute('data-app')].forEach(function (src) {
      var script = document.createElement('script');
      script.src = src;
      script.async = false;
      document.body.appendChild(script);
    });
  }
  setTimeout(loadChat, 4000);
  var shown = false;
  var earlySubscription = early.activity$.subscribe(function (activity) {
    var box = document.getElementById('early-greeting');
    if (shown || !box || activity.type !== 'message' || !activity.from || activity.from.role !== 'bot' || !activity.text) return;
    shown = true;
    box.textContent = activity.text.replace(/ {2}\n/g, '\n');
    box.hidden = false;
    earlySubscription.unsubscribe();
    // after the next frame is painted: mark it (bench:webchat reads the mark), then start Web Chat
    window.requestAnimationFrame(function () {
      setTimeout(function () {
        if (window.performance && performance.mark) performance.mark('commune:greeting-painted');
        loadChat();
      }, 0);
    });
  });
  early.connectionStatus$.subscribe(function (status) {
    if (status === 4) loadChat();
  });
})();
