/*
 * Keeps what a person types in the plan editor in this browser until the server has it. A field
 * marked data-draft="plan:question:part" writes every keystroke to localStorage. When the page
 * loads, a draft newer than the stored answer (data-updated, epoch ms) and different from it is
 * put back into the field and saved: typing survives a reload, a refused save and a session that
 * ended. A draft equal to what the server has is simply dropped.
 */
(function () {
  var PREFIX = 'banyan.draft.';

  function fields() {
    return document.querySelectorAll('[data-draft]');
  }

  function restore() {
    var restored = false;
    fields().forEach(function (field) {
      var key = PREFIX + field.getAttribute('data-draft');
      var raw = window.localStorage.getItem(key);
      if (!raw) {
        return;
      }
      var draft;
      try {
        draft = JSON.parse(raw);
      } catch (e) {
        window.localStorage.removeItem(key);
        return;
      }
      var serverTime = parseInt(field.getAttribute('data-updated') || '0', 10);
      if (draft.value === field.value || draft.at <= serverTime) {
        window.localStorage.removeItem(key);
        return;
      }
      field.value = draft.value;
      field.classList.add('restored');
      restored = true;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    if (restored) {
      var notice = document.getElementById('draft-notice');
      if (notice) {
        notice.hidden = false;
      }
    }
  }

  document.addEventListener('input', function (event) {
    var field = event.target;
    if (field && field.hasAttribute && field.hasAttribute('data-draft')) {
      window.localStorage.setItem(PREFIX + field.getAttribute('data-draft'),
        JSON.stringify({ value: field.value, at: Date.now() }));
    }
  });

  // after PrimeFaces has bound its ajax behaviours, so that the change event saves the draft
  if (document.readyState === 'complete') {
    restore();
  } else {
    window.addEventListener('load', restore);
  }
})();
