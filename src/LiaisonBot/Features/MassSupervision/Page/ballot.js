// The slip's QR link is /v/#CODE: the code after '#' never leaves the phone until this form posts it, so no server or
// proxy log ever holds it. Copy it into the field, drop it from the address bar, and go on as if it had been typed.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('code-form');
    var field = document.getElementById('code');
    var code = decodeURIComponent(location.hash.slice(1)).replace(/[\s-]/g, '');
    if (!form || !field || !/^[0-9A-Za-z]{10}$/.test(code)) {
      return;
    }
    field.value = code.toUpperCase();
    history.replaceState(null, '', location.pathname + location.search);
    form.submit();
  });
}());
