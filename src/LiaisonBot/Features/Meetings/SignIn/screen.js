// The sign-in screen's only script (served from the bot, as the page's CSP allows nothing else). It keeps the code, the
// countdown and the count fresh, and reloads the page when sign-in opens or closes, so the server writes every text.
// Plain ES2015 with fetch: WeChat's and older phones' browsers must run it too.
(function () {
  'use strict';

  var body = document.body;
  var phase = body.getAttribute('data-phase');
  var poll = body.getAttribute('data-poll');
  var step = parseFloat(body.getAttribute('data-step')) * 1000;
  var code = document.getElementById('code');
  var bar = document.getElementById('bar');
  var left = document.getElementById('left');
  var signed = document.getElementById('signed');
  var invited = document.getElementById('invited');
  var stale = document.getElementById('stale');

  // Only the count changes before and after sign-in: no need to ask every second then.
  var every = code ? 1000 : 5000;
  // A code older than its step plus the one accepted after it is refused: say so rather than show it as if current.
  var staleAfter = 3000;

  var deadline = 0;
  var lastAnswer = Date.now();
  if (body.hasAttribute('data-seconds-left')) {
    deadline = Date.now() + parseFloat(body.getAttribute('data-seconds-left')) * 1000;
  }

  function setText(element, text) {
    if (element && element.textContent !== text) {
      element.textContent = text;
    }
  }

  function show(answer) {
    if (answer.state !== phase) {
      location.reload();
      return false;
    }

    if (signed) {
      setText(signed, String(answer.signedIn));
      setText(invited, String(answer.invited));
    }

    if (code && answer.code) {
      setText(code.children[0], answer.code.slice(0, 3));
      setText(code.children[1], answer.code.slice(3));
      deadline = Date.now() + answer.secondsLeft * 1000;
    }

    lastAnswer = Date.now();
    if (stale) {
      stale.hidden = true;
      body.classList.remove('stale');
    }

    return true;
  }

  function failed() {
    if (stale && Date.now() - lastAnswer > staleAfter) {
      stale.hidden = false;
      body.classList.add('stale');
    }
  }

  function next() {
    var wait = every;
    var toRollover = deadline - Date.now();
    // Ask again just after the code changes, so the new one shows at once rather than up to a second late.
    if (code && toRollover > 0 && toRollover + 50 < wait) {
      wait = toRollover + 50;
    }

    setTimeout(ask, wait);
  }

  function ask() {
    fetch(poll, { cache: 'no-store', credentials: 'omit' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }

        return response.json();
      })
      .then(function (answer) {
        if (show(answer)) {
          next();
        }
      }, function () {
        failed();
        next();
      });
  }

  function tick() {
    var remaining = Math.max(0, deadline - Date.now());
    bar.style.width = (Math.min(1, remaining / step) * 100).toFixed(2) + '%';
    setText(left, String(Math.max(1, Math.ceil(remaining / 1000))));
    window.requestAnimationFrame(tick);
  }

  if (code) {
    tick();
  }

  next();
})();
