/*
 * Runs before the first paint (a classic script in <head>; the CSP allows only same-origin
 * scripts, so it cannot be inline). It puts the chosen theme on <html> at once, so a dark-theme
 * user never sees a light flash, and it serves the reader's language's prerendered page: the
 * build prerenders the default view at / (English), /zh-hant/ and /zh-hans/. A reader on the page
 * of another language is sent to their own before anything is painted; a view the page does not
 * show (filters, presentation) hides the prerendered copy. It mirrors src/lib/theme.ts and
 * src/lib/language.ts; src/app/boot-script.test.ts holds them equal.
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
    var rest = parts.slice(1);
    if (lang === 'en') return 'en';
    if (lang !== 'zh' && lang !== 'yue' && lang !== 'cmn') return null;
    if (rest.indexOf('hant') >= 0) return 'zh-Hant';
    if (rest.indexOf('hans') >= 0) return 'zh-Hans';
    var traditional = ['hk', 'tw', 'mo'].some(function (region) {
      return rest.indexOf(region) >= 0;
    });
    return lang === 'yue' || traditional ? 'zh-Hant' : 'zh-Hans';
  }
  var pages = { en: '/', 'zh-Hant': '/zh-hant/', 'zh-Hans': '/zh-hans/' };
  var language = params.get('lang');
  if (!pages.hasOwnProperty(language)) language = stored('hk-innovation-lang');
  if (!pages.hasOwnProperty(language)) {
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

  // On another language's prerendered page: to this reader's own, before anything is painted.
  var path = window.location.pathname.replace(/index\.html$/, '');
  var onAPage = Object.keys(pages).some(function (lang) {
    return pages[lang] === path;
  });
  if (onAPage && path !== pages[language]) {
    window.location.replace(pages[language] + window.location.search + window.location.hash);
    return;
  }

  // The prerendered page is the default view in <html lang>: any other parameter changes it.
  var defaultView = true;
  params.forEach(function (value, key) {
    if (key !== 'theme' && key !== 'lang') defaultView = false;
  });
  if (!defaultView || language !== html.lang) html.dataset.prerender = 'off';
})();
