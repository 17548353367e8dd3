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
 * A choice (radio buttons, check boxes or a drop-down marked data-draft-choice) is kept the same
 * way: what is chosen, put back by choosing it again as the person would, which saves it.
 *
 * A message field (a comment, a reply: no answer status around it) is only put back, for the
 * person to send: a click that met an ended session leads through sign-in back to the same page,
 * and the text typed before is there again. Its draft ends once it stands on the page as sent (or
 * the field is empty after an ajax send).
 *
 * The words it shows come from the page, in the reader's language: the data attributes of the
 * hidden element #draft-texts (data-keep-mine etc.); without it, English.
 */
(function () {
  var PREFIX = 'banyan.draft.';
  var ENGLISH = {
    conflict: 'You typed an answer here that was not saved, and someone has saved this answer since. Choose which one to keep.',
    yours: 'Yours:',
    theirs: 'Theirs:',
    keepMine: 'Keep mine',
    takeTheirs: 'Take theirs',
    nothingChosen: 'nothing chosen'
  };

  /** A text of the page's #draft-texts (its data attribute in camel case, e.g. keepMine for data-keep-mine), else the English one. */
  function text(name) {
    var holder = document.getElementById('draft-texts');
    var value = holder && holder.dataset ? holder.dataset[name] : null;
    return value ? value : ENGLISH[name];
  }
  // what each field last sent to the server (its autosave runs on change): a "Saved" confirms that
  // value, not whatever the field holds by the time the answer arrives
  var sent = {};

  /** The typing fields with a draft; a date picker carries the mark on its wrapper, around its input. */
  function fields() {
    var found = [];
    document.querySelectorAll('[data-draft]').forEach(function (marked) {
      var field = marked.matches('input, textarea') ? marked : marked.querySelector('input');
      if (field) {
        if (!field.hasAttribute('data-draft')) {
          field.setAttribute('data-draft', marked.getAttribute('data-draft'));
        }
        found.push(field);
      }
    });
    return found;
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
    var theirs = field.value;
    offerChoiceBetween(field, key, draft.value, theirs, function () {
      keep(field, draft.value);
      send(field, draft.value);
    }, function () {
      field.value = theirs;
    });
  }

  function offerChoiceBetween(element, key, yours, theirs, keepMine, takeTheirs) {
    var status = statusOf(element);
    if (!status) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'conflict draft-conflict';
    box.setAttribute('role', 'alert');
    box.appendChild(document.createTextNode(text('conflict')));
    box.appendChild(quote(text('yours'), yours));
    box.appendChild(quote(text('theirs'), theirs));
    box.appendChild(button(text('keepMine'), function () {
      box.remove();
      keepMine();
    }));
    box.appendChild(button(text('takeTheirs'), function () {
      box.remove();
      window.localStorage.removeItem(key);
      if (takeTheirs) {
        takeTheirs();
      }
    }));
    status.insertBefore(box, status.firstChild);
  }

  function choices() {
    return document.querySelectorAll('[data-draft-choice]');
  }

  /** The options of a choice: radio buttons, check boxes, or the options of a drop-down's select. */
  function boxes(group) {
    return Array.prototype.slice.call(group.querySelectorAll('input[type=radio], input[type=checkbox]'));
  }

  function menuOf(group) {
    return group.querySelector('select');
  }

  /** What is chosen, as one string: a value, or the checked values one per line. */
  function chosenValue(group) {
    var menu = menuOf(group);
    if (menu) {
      return menu.value;
    }
    return boxes(group).filter(function (b) { return b.checked; }).map(function (b) { return b.value; }).sort().join('\n');
  }

  function labelFor(group, box) {
    var label = group.querySelector('label[for="' + box.id + '"]');
    return label ? label.textContent.trim() : box.value;
  }

  /** The chosen value as the person reads it. */
  function shown(group, value) {
    var menu = menuOf(group);
    if (menu) {
      var option = Array.prototype.slice.call(menu.options).filter(function (o) { return o.value === value; })[0];
      return option && value ? option.textContent.trim() : text('nothingChosen');
    }
    var wanted = value ? value.split('\n') : [];
    var names = boxes(group).filter(function (b) { return wanted.indexOf(b.value) >= 0; }).map(function (b) { return labelFor(group, b); });
    return names.length ? names.join(', ') : text('nothingChosen');
  }

  function offered(group, value) {
    var menu = menuOf(group);
    if (menu) {
      return Array.prototype.slice.call(menu.options).some(function (o) { return o.value === value; });
    }
    var all = boxes(group).map(function (b) { return b.value; });
    return (value ? value.split('\n') : []).every(function (v) { return all.indexOf(v) >= 0; });
  }

  /** Chooses the value as the person would, so PrimeFaces shows it and saves it. */
  function apply(group, value) {
    var menu = menuOf(group);
    if (menu) {
      var widget = window.PrimeFaces && PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(group.id) : null;
      if (widget && widget.selectValue) {
        widget.selectValue(value);
      }
      return;
    }
    var wanted = value ? value.split('\n') : [];
    boxes(group).forEach(function (b) {
      var want = wanted.indexOf(b.value) >= 0;
      if (b.checked !== want && (b.type === 'checkbox' || want)) {
        var label = group.querySelector('label[for="' + b.id + '"]');
        if (label) {
          label.click();
        }
      }
    });
  }

  function keepChoice(group) {
    window.localStorage.setItem(PREFIX + group.getAttribute('data-draft-choice'),
      JSON.stringify({ value: chosenValue(group), at: Date.now(), base: versionOf(group) }));
  }

  function restoreChoices() {
    var restored = false;
    choices().forEach(function (group) {
      var key = PREFIX + group.getAttribute('data-draft-choice');
      var raw = window.localStorage.getItem(key);
      var draft;
      try {
        draft = raw ? JSON.parse(raw) : null;
      } catch (e) {
        draft = null;
      }
      var current = chosenValue(group);
      if (!draft || draft.value === current || !offered(group, draft.value)) {
        window.localStorage.removeItem(key);
        return;
      }
      if (String(draft.base) === String(versionOf(group))) {
        apply(group, draft.value);
        restored = true;
        return;
      }
      offerChoiceBetween(group, key, shown(group, draft.value), shown(group, current), function () {
        apply(group, draft.value);
      });
    });
    return restored;
  }

  /** A sent comment or reply reloads the page, where it now stands among the others. */
  function alreadySent(text) {
    var bodies = document.querySelectorAll(".comment-body");
    for (var i = 0; i < bodies.length; i++) {
      if (bodies[i].textContent.trim() === text.trim()) {
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
    restored = restoreChoices() || restored;
    if (restored) {
      var notice = document.getElementById('draft-notice');
      if (notice) {
        notice.hidden = false;
      }
    }
  }

  /**
   * The answer statuses this ajax response rendered anew. Only those speak of the save just made:
   * a "Saved" left over from an earlier save must not end the draft of a save that did not go through.
   */
  function freshStatuses() {
    var fresh = [];
    document.querySelectorAll('.answer-status').forEach(function (status) {
      if (!status.banyanSeen) {
        fresh.push(status);
        status.banyanSeen = true;
      }
    });
    return fresh;
  }

  /** A draft the server has confirmed ("Saved" beside it, the field unchanged since) is no longer needed. */
  /** Ends a draft once this response rendered its question "Saved" for the very value the draft holds. */
  function forgetIfConfirmed(element, key, fresh) {
    var status = statusOf(element);
    var raw = window.localStorage.getItem(key);
    if (!raw || !status || fresh.indexOf(status) < 0 || !status.querySelector('.saved')) {
      return;
    }
    try {
      if (key in sent && JSON.parse(raw).value === sent[key]) {
        window.localStorage.removeItem(key);
      }
    } catch (e) {
      window.localStorage.removeItem(key);
    }
  }

  function forgetConfirmed(fresh) {
    fields().forEach(function (field) {
      var key = PREFIX + field.getAttribute('data-draft');
      if (!statusOf(field)) {
        // a message: the form comes back empty once the server took it
        if (field.value === '' && window.localStorage.getItem(key)) {
          window.localStorage.removeItem(key);
        }
        return;
      }
      forgetIfConfirmed(field, key, fresh);
    });
    choices().forEach(function (group) {
      forgetIfConfirmed(group, PREFIX + group.getAttribute('data-draft-choice'), fresh);
    });
  }

  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', function () {
      forgetConfirmed(freshStatuses());
    });
    // a date picked from the calendar arrives as a jQuery change, not as typing
    window.jQuery(document).on('change', '[data-draft] input', function () {
      keepTyped(this);
      sent[PREFIX + this.getAttribute('data-draft')] = this.value;
    });
    // PrimeFaces selects a radio button through jQuery, so its change is heard through jQuery too
    window.jQuery(document).on('change', '[data-draft-choice] input, [data-draft-choice] select', function () {
      var group = this.closest('[data-draft-choice]');
      keepChoice(group);
      sent[PREFIX + group.getAttribute('data-draft-choice')] = chosenValue(group);
    });
  }

  function keepTyped(field) {
    var marked = field && field.closest ? field.closest('[data-draft]') : null;
    if (marked && field.matches('input, textarea')) {
      field.setAttribute('data-draft', marked.getAttribute('data-draft'));
      keep(field, field.value);
    }
  }

  document.addEventListener('input', function (event) {
    keepTyped(event.target);
  });

  // capture: noted before PrimeFaces' own change handler sends the value
  document.addEventListener('change', function (event) {
    var field = event.target;
    if (field && field.hasAttribute && field.hasAttribute('data-draft') && field.matches('input, textarea')) {
      sent[PREFIX + field.getAttribute('data-draft')] = field.value;
    }
  }, true);

  function start() {
    freshStatuses(); // what the page came with is not the outcome of any save
    restore();
  }

  // after PrimeFaces has bound its ajax behaviours, so that the change event saves the draft
  if (document.readyState === 'complete') {
    start();
  } else {
    window.addEventListener('load', start);
  }
})();
