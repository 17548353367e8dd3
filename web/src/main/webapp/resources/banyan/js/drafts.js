/*
 * Keeps what a person types in the plan editor in this browser until the server has it. A field
 * marked data-draft="plan:question:part" writes every keystroke to localStorage, together with the
 * version of the answer the typing started from (data-version of the question's status, which
 * every save re-renders).
 *
 * When the page loads, a draft that differs from the stored answer is handled by that version:
 * - the answer is still at the draft's version: nobody saved meanwhile, so the draft goes back into
 *   the field and is saved (typing survives a reload, a refused save, a session that ended);
 * - someone saved the answer since: nothing is settled silently. Both texts are shown with the
 *   choice to keep mine (it is saved over theirs) or take theirs (the draft is dropped).
 * A draft equal to what the server has is simply dropped, and so is one the server confirmed.
 *
 * A message field (a comment, a reply: no answer status around it) is only put back, for the
 * person to send: a click that met an ended session leads through sign-in back to the same page,
 * and the text typed before is there again. Its draft ends once it stands on the page as sent (or
 * the field is empty after an ajax send).
 */
(function () {
  var PREFIX = 'banyan.draft.';

  function fields() {
    return document.querySelectorAll('[data-draft]');
  }

  function statusOf(field) {
    var form = field.closest('form');
    return form ? form.querySelector('.answer-status') : null;
  }

  function versionOf(field) {
    var status = statusOf(field);
    return status ? status.getAttribute('data-version') : null;
  }

  function keep(field, value) {
    window.localStorage.setItem(PREFIX + field.getAttribute('data-draft'),
      JSON.stringify({ value: value, at: Date.now(), base: versionOf(field) }));
  }

  function send(field, value) {
    field.value = value;
    field.classList.add('restored');
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function quote(label, text) {
    var block = document.createElement('div');
    block.className = 'conflict-text';
    var name = document.createElement('strong');
    name.textContent = label + ' ';
    var body = document.createElement('q');
    body.textContent = text;
    block.appendChild(name);
    block.appendChild(body);
    return block;
  }

  function button(label, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'ui-button ui-widget ui-corner-all ui-button-text-only ui-button-outlined';
    b.textContent = label;
    b.addEventListener('click', action);
    return b;
  }

  /** Someone saved this answer after the draft was typed: show both and let the person choose. */
  function offerChoice(field, key, draft) {
    var status = statusOf(field);
    if (!status) {
      return;
    }
    var theirs = field.value;
    var box = document.createElement('div');
    box.className = 'conflict draft-conflict';
    box.setAttribute('role', 'alert');
    box.appendChild(document.createTextNode(
      'You typed an answer here that was not saved, and someone has saved this answer since. Choose which one to keep.'));
    box.appendChild(quote('Yours:', draft.value));
    box.appendChild(quote('Theirs:', theirs));
    box.appendChild(button('Keep mine', function () {
      box.remove();
      keep(field, draft.value);
      send(field, draft.value);
    }));
    box.appendChild(button('Take theirs', function () {
      box.remove();
      window.localStorage.removeItem(key);
      field.value = theirs;
    }));
    status.insertBefore(box, status.firstChild);
  }

  /** A sent comment or reply reloads the page, where it now stands among the others. */
  function alreadySent(text) {
    var sent = document.querySelectorAll('.comment-body');
    for (var i = 0; i < sent.length; i++) {
      if (sent[i].textContent.trim() === text.trim()) {
        return true;
      }
    }
    return false;
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
      if (draft.value === field.value) {
        window.localStorage.removeItem(key);
        return;
      }
      if (!statusOf(field)) {
        if (alreadySent(draft.value)) {
          window.localStorage.removeItem(key);
          return;
        }
        field.value = draft.value;
        field.classList.add('restored');
        restored = true;
        return;
      }
      var unchangedSince = draft.base !== undefined && draft.base !== null
        ? String(draft.base) === String(versionOf(field))
        : draft.at > parseInt(field.getAttribute('data-updated') || '0', 10);
      if (unchangedSince) {
        send(field, draft.value);
        restored = true;
      } else {
        offerChoice(field, key, draft);
      }
    });
    if (restored) {
      var notice = document.getElementById('draft-notice');
      if (notice) {
        notice.hidden = false;
      }
    }
  }

  /** A draft the server has confirmed ("Saved" beside it, the field unchanged since) is no longer needed. */
  function forgetConfirmed() {
    fields().forEach(function (field) {
      var status = statusOf(field);
      var key = PREFIX + field.getAttribute('data-draft');
      var raw = window.localStorage.getItem(key);
      if (!raw) {
        return;
      }
      if (!status) {
        // a message: the form comes back empty once the server took it
        if (field.value === '') {
          window.localStorage.removeItem(key);
        }
        return;
      }
      if (!status.querySelector('.saved')) {
        return;
      }
      try {
        if (JSON.parse(raw).value === field.value) {
          window.localStorage.removeItem(key);
        }
      } catch (e) {
        window.localStorage.removeItem(key);
      }
    });
  }

  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', forgetConfirmed);
  }

  document.addEventListener('input', function (event) {
    var field = event.target;
    if (field && field.hasAttribute && field.hasAttribute('data-draft')) {
      keep(field, field.value);
    }
  });

  // after PrimeFaces has bound its ajax behaviours, so that the change event saves the draft
  if (document.readyState === 'complete') {
    restore();
  } else {
    window.addEventListener('load', restore);
  }
})();
