/*
 * Runs before the first paint (a classic script in <head>; the CSP allows only same-origin
 * scripts, so it cannot be inline). It puts the chosen theme on <html> at once, so a dark-theme
 * user never sees a light flash, and it hides the prerendered dashboard when the address or the
 * reader's language asks for another view than the one it shows (the default view, in English).
 * It mirrors src/lib/theme.ts and src/lib/language.ts; src/app/boot-script.test.ts holds them equal.
 */
(function () {
  var html = document.documentElement;
  var params = new URLSearchParams(window.location.search);
  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  var themes = ['system', 'light', 'dark', 'contrast'];
  var theme = params.get('theme');
  if (themes.indexOf(theme) < 0) theme = stored('hk-innovation-theme');
  if (themes.indexOf(theme) < 0) theme = 'system';
  if (theme === 'system') {
    var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
    theme = dark ? 'dark' : 'light';
  }
  html.dataset.theme = theme;

  function languageOfTag(tag) {
    var parts = String(tag).toLowerCase().replace(/_/g, '-').split('-');
    var lang = parts[0];
    if (lang === 'en') return 'en';
    if (lang !== 'zh' && lang !== 'yue' && lang !== 'cmn') return null;
    return 'zh';
  }
  var languages = ['en', 'zh-Hant', 'zh-Hans'];
  var language = params.get('lang');
  if (languages.indexOf(language) < 0) language = stored('hk-innovation-lang');
  if (languages.indexOf(language) < 0) {
    var preferred =
      navigator.languages && navigator.languages.length
        ? navigator.languages
        : [navigator.language];
    language = 'en';
    for (var i = 0; i < preferred.length; i++) {
      var found = languageOfTag(preferred[i] || '');
      if (found) {
        language = found;
        break;
      }
    }
  }

  // The prerendered page is the default view in English: any other parameter changes what it shows.
  var defaultView = true;
  params.forEach(function (value, key) {
    if (key !== 'theme' && key !== 'lang') defaultView = false;
  });
  if (!defaultView || language !== 'en') html.dataset.prerender = 'off';
})();
