// The main menu on a phone: a button opens and closes it, and says which it is to screen readers.
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.querySelector('.menu-toggle');
  if (!toggle) {
    return;
  }
  var bar = toggle.closest('.topbar');
  toggle.addEventListener('click', function () {
    var open = bar.classList.toggle('open');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
});
