// Tells the server the reader's time zone once, so that pages show dates and times in it (web.Dates).
(function () {
  if (!document.cookie.split('; ').some(function (c) { return c.indexOf('tz=') === 0; })) {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
      document.cookie = 'tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    }
  }
})();
