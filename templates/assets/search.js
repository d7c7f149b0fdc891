/* casebook search: finds cases, people and organizations as the reader types.
 * No framework, no dependency, nothing from another host: it loads only this site's
 * search/index.js, the index the build writes, with a <script> tag, which works from disk
 * too. Words are normalised the way the build normalised the index (SearchNormalizer.swift;
 * the tables come with the index), so spellings in Latin, Cyrillic and Kazakh letters meet.
 * See docs/search.md. */
(function () {
  'use strict';

  var script = document.currentScript;
  // The pages' root: on a site in several languages, the language's folder (data-root),
  // where its index and pages are; else the folder above assets/.
  var root = script && script.getAttribute('data-root') !== null ? script.getAttribute('data-root')
    : script && script.src ? script.src.replace(/assets\/search\.js(?:[?#].*)?$/, '') : '';
  var INDEX_VERSION = 1;
  var KINDS = ['people', 'organizations', 'cases'];

  // ---- Words -------------------------------------------------------------------------

  // The catalogue's script.search_ entries in English (templates/i18n/en.yml). A page in
  // another language hands over its own in the search forms' data-words attribute
  // (docs/theme.md, "The scripts' words"); counted ones are chosen by the page's language.
  var ENGLISH = {
    people: 'People', organizations: 'Organizations', cases: 'Cases', group: '{label} ({count})',
    show_all: 'Show all {count}', searching: 'Searching…', failed: 'The search index could not be loaded.',
    results: { one: '{count} result', other: '{count} results' },
    found: '{results} for “{query}”', nothing_found: 'Nothing found for “{query}”.',
    nothing: 'Nothing found', nothing_shown: 'Nothing found.', all: 'All {results} on the search page',
    more: '{count} more',
    number_group: ',', number_group_size: '3'
  };
  var texts = ENGLISH;      // the words shown, by their entry
  var plurals = null;

  function readWords(form) {
    var given = form && form.getAttribute('data-words');
    if (!given) return;
    try { texts = JSON.parse(given); } catch (e) { return; }
    try { plurals = new Intl.PluralRules(document.documentElement.lang || 'en'); } catch (e) { plurals = null; }
  }

  /** The words of `key` with each {name} of `values` filled in; a counted entry by values.count. */
  function say(key, values) {
    var word = texts[key] !== undefined ? texts[key] : ENGLISH[key];
    if (typeof word === 'object') {
      var n = values.count;
      word = word[plurals ? plurals.select(n) : n === 1 ? 'one' : 'other'] || word.other;
    }
    return word.replace(/\{([a-z_]+)\}/g, function (all, name) {
      if (!values || !Object.prototype.hasOwnProperty.call(values, name)) return all;
      return name === 'count' || name === 'shown' ? grouped(values[name]) : String(values[name]);
    });
  }

  // A count as the page's catalogue groups numbers ("1 180", "1,180"), handed over with the
  // words (number_group, number_group_size): bare digits read as a year beside the pages'.
  function grouped(n) {
    var text = String(n);
    var group = texts.number_group !== undefined ? texts.number_group : ENGLISH.number_group;
    var size = parseInt(texts.number_group_size !== undefined ? texts.number_group_size : ENGLISH.number_group_size, 10) || 3;
    if (!/^\d+$/.test(text) || text.length <= size) return text;
    return text.replace(new RegExp('\\B(?=(\\d{' + size + '})+$)', 'g'), group);
  }

  // ---- The index ---------------------------------------------------------------------

  var data = null;          // window.casebookIndex once loaded and checked
  var words = [];           // every distinct normalised word, sorted
  var letters = {};
  var spellings = [];
  // Letters the build's table gained after the index's layout 1 (SearchNormalizer.addedLetters;
  // SearchNormalizerTests holds the two lists equal): carried here, not in the index, so an
  // archive without them keeps the same index bytes. Invisible joiners and the soft hyphen,
  // the apostrophe ‘, Azerbaijani ə, Tatar and Bashkir җ ҡ ҙ ҫ.
  var ADDED_LETTERS = {
    '\u00ad': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '', '\u2018': '',
    '\u0259': 'a', '\u0497': 'zh', '\u04a1': 'q', '\u0499': 'z', '\u04ab': 's'
  };
  var state = 'idle';       // idle, loading, ready, failed
  var waiting = [];

  function load(callback) {
    if (state === 'ready' || state === 'failed') { callback(state === 'ready'); return; }
    waiting.push(callback);
    if (state === 'loading') return;
    state = 'loading';
    var tag = document.createElement('script');
    tag.src = root + 'search/index.js';
    tag.onload = function () { finish(prepare(window.casebookIndex)); };
    tag.onerror = function () { finish(false); };
    document.head.appendChild(tag);
  }

  function finish(ok) {
    state = ok ? 'ready' : 'failed';
    var callbacks = waiting;
    waiting = [];
    callbacks.forEach(function (callback) { callback(ok); });
  }

  var columns = {};         // lists of numbers, decoded once: see column()
  // The language of names, titles and regions shown untranslated, and which they are
  // (index.u, docs/search.md): kind -> {position: true}.
  var untranslated = { lang: '', people: {}, organizations: {}, cases: {}, regions: {}, statuses: {}, kinds: {} };

  function prepare(index) {
    if (!index || index.v !== INDEX_VERSION) return false;
    data = index;
    words = index.w ? index.w.split(' ') : [];
    letters = {};
    Object.keys(ADDED_LETTERS).forEach(function (key) { letters[key] = ADDED_LETTERS[key]; });
    Object.keys(index.letters).forEach(function (key) { letters[key] = index.letters[key]; });
    spellings = index.spellings;
    columns = {
      status: column(index.s, 1, true), charge: column(index.ch, 1, true), region: column(index.r, 1, true),
      kind: column(index.k, 1, true), personNames: column(index.p, 4, true), organizationNames: column(index.o, 4, true),
      defendants: column(index.c, 4, false), participants: column(index.c, 5, false), organizations: column(index.c, 6, false),
      charges: column(index.c, 7, false), title: column(index.c, 9, true), text: column(index.c, 10, true)
    };
    untranslated = { lang: '', people: {}, organizations: {}, cases: {}, regions: {}, statuses: {}, kinds: {} };
    if (index.u) {
      untranslated.lang = index.u[0];
      // The statuses' and kinds' lists are there only when one of them is untranslated.
      ['people', 'organizations', 'cases', 'regions', 'statuses', 'kinds'].forEach(function (kind, k) {
        if (typeof index.u[k + 1] !== 'string') return;
        list(column([index.u], k + 1, true), 0).forEach(function (p) { untranslated[kind][p] = true; });
      });
    }
    return true;
  }

  // Numbers are written in base 32 without separators: a number's last digit comes from
  // "0-9a-v", the digits before it from "wxyzA-Z_$"; sorted lists are written as gaps.
  // (SearchIndex.numbers in the build.)
  var DIGIT = new Int8Array(128).fill(-1);
  '0123456789abcdefghijklmnopqrstuv'.split('').forEach(function (c, i) { DIGIT[c.charCodeAt(0)] = 32 + i; });
  'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$'.split('').forEach(function (c, i) { DIGIT[c.charCodeAt(0)] = i; });

  /** The lists in `field` of every row, as one array of numbers and where each row's start. */
  function column(rows, field, sorted) {
    var starts = new Int32Array(rows.length + 1);
    var values = [];
    for (var i = 0; i < rows.length; i++) {
      starts[i] = values.length;
      var text = rows[i][field], value = 0, previous = 0;
      for (var k = 0; k < text.length; k++) {
        var digit = DIGIT[text.charCodeAt(k)];
        value = value * 32 + (digit & 31);
        if (digit >= 32) {
          if (sorted) { previous += value; values.push(previous); } else values.push(value);
          value = 0;
        }
      }
    }
    starts[rows.length] = values.length;
    return { starts: starts, values: Int32Array.from(values) };
  }

  function list(column, i) { return Array.prototype.slice.call(column.values, column.starts[i], column.starts[i + 1]); }

  // ---- Normalisation: the same steps as SearchNormalizer.swift -----------------------

  var KEEP = /[\p{L}\p{N}]/u;
  var MARK = /\p{M}/u;
  var hasOwn = Object.prototype.hasOwnProperty;

  function normalize(text) {
    var out = [];
    var word = '';
    function flush() { if (word) { out.push(fold(word)); word = ''; } }
    var lowered = String(text).toLowerCase().normalize('NFC');
    for (var ch of lowered) {
      var code = ch.codePointAt(0);
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
        word += ch;
      } else if (hasOwn.call(letters, ch)) {
        word += letters[ch];
      } else if (code < 0x80) {
        flush();
      } else {
        for (var part of ch.normalize('NFD')) {
          if (KEEP.test(part)) word += part;
          else if (!MARK.test(part)) flush();
        }
      }
    }
    flush();
    return out;
  }

  function fold(word) {
    for (var i = 0; i < spellings.length; i++) word = word.split(spellings[i][0]).join(spellings[i][1]);
    var chars = Array.from(word);
    var out = '';
    var last = '';
    for (var j = 0; j < chars.length; j++) {
      var ch = chars[j];
      if (ch === 'i' && chars[j + 1] === 'e' && (last === '' || 'aeiou'.indexOf(last) >= 0)) continue;
      if (ch === last) continue;
      out += ch;
      last = ch;
    }
    return out;
  }

  // ---- Matching ----------------------------------------------------------------------

  /** Positions [from, to) of the words that start with `token` (the list is sorted). */
  function range(token) {
    var lo = 0, hi = words.length, mid;
    while (lo < hi) { mid = (lo + hi) >> 1; if (words[mid] < token) lo = mid + 1; else hi = mid; }
    var from = lo;
    hi = words.length;
    while (lo < hi) { mid = (lo + hi) >> 1; if (words[mid].lastIndexOf(token, 0) === 0) lo = mid + 1; else hi = mid; }
    return [from, lo];
  }

  /** Whether row i of a column of sorted word positions has one in range r. */
  function hasWord(column, i, r) {
    var values = column.values;
    for (var k = column.starts[i], end = column.starts[i + 1]; k < end; k++) {
      var value = values[k];
      if (value >= r[1]) return false;
      if (value >= r[0]) return true;
    }
    return false;
  }

  /** Whether row i of a column of sorted word positions has the word at `position`. */
  function hasExact(column, i, position) {
    if (position < 0) return false;
    var values = column.values;
    for (var k = column.starts[i], end = column.starts[i + 1]; k < end; k++) {
      if (values[k] === position) return true;
      if (values[k] > position) return false;
    }
    return false;
  }

  /** Whether row i of a column names a table row or entry that `marked` holds. */
  function anyMarked(column, i, marked) {
    var values = column.values;
    for (var k = column.starts[i], end = column.starts[i + 1]; k < end; k++) if (marked[values[k]]) return true;
    return false;
  }

  /** Which rows of a column hold a word of range r. */
  function marks(column, r) {
    var n = column.starts.length - 1;
    var out = new Uint8Array(n);
    for (var i = 0; i < n; i++) if (hasWord(column, i, r)) out[i] = 1;
    return out;
  }

  /**
   * Every entry that has, for each word of the query, a word starting with it. First come
   * entries whose name (or case title) has every word of the query as a whole word, then
   * those whose name has a word starting with each, then the rest; within each, the index
   * order stays (people and organizations by name, cases newest first). Returns
   * {people, organizations, cases}: lists of positions in the index.
   */
  function search(query) {
    var result = { people: [], organizations: [], cases: [] };
    if (!data) return result;
    var tokens = normalize(query).filter(function (t, i, all) { return all.indexOf(t) === i; });
    if (!tokens.length) return result;
    var ranges = tokens.map(range);
    if (ranges.some(function (r) { return r[0] === r[1]; })) return result;

    var people = data.p, organizations = data.o, cases = data.c;
    var perToken = ranges.map(function (r, t) {
      return {
        r: r, exact: words[r[0]] === tokens[t] ? r[0] : -1,
        status: marks(columns.status, r), charge: marks(columns.charge, r), region: marks(columns.region, r),
        kind: marks(columns.kind, r), person: marks(columns.personNames, r), organization: marks(columns.organizationNames, r)
      };
    });

    function collect(entries, test) {
      var groups = [[], [], []];
      for (var i = 0; i < entries.length; i++) {
        var score = test(entries[i], i);
        if (score) groups[3 - score].push(i);
      }
      return groups[0].concat(groups[1], groups[2]);
    }

    // For each word of the query: 3 if the name (or case title) has it as a whole word,
    // 2 if it has a word starting with it, 1 if only another field has; an entry scores
    // its lowest, 0 when a word is missing.
    function named(names, i, m) { return hasExact(names, i, m.exact) ? 3 : hasWord(names, i, m.r) ? 2 : 0; }

    result.people = collect(people, function (entry, i) {
      var score = 3;
      for (var t = 0; t < perToken.length; t++) {
        var m = perToken[t];
        var s = named(columns.personNames, i, m) || (entry[3] >= 0 && m.region[entry[3]] ? 1 : 0);
        if (!s) return 0;
        if (s < score) score = s;
      }
      return score;
    });
    result.organizations = collect(organizations, function (entry, i) {
      var score = 3;
      for (var t = 0; t < perToken.length; t++) {
        var m = perToken[t];
        var s = named(columns.organizationNames, i, m) || (entry[3] >= 0 && m.kind[entry[3]] ? 1 : 0);
        if (!s) return 0;
        if (s < score) score = s;
      }
      return score;
    });
    result.cases = collect(cases, function (entry, i) {
      var score = 3;
      for (var t = 0; t < perToken.length; t++) {
        var m = perToken[t];
        var s = named(columns.title, i, m);
        if (!s && (hasWord(columns.text, i, m.r) || (entry[2] >= 0 && m.status[entry[2]]) ||
            (entry[8] >= 0 && m.region[entry[8]]) || anyMarked(columns.charges, i, m.charge) ||
            anyMarked(columns.defendants, i, m.person) || anyMarked(columns.participants, i, m.person) ||
            anyMarked(columns.organizations, i, m.organization))) s = 1;
        if (!s) return 0;
        if (s < score) score = s;
      }
      return score;
    });
    return result;
  }

  /** The language of an entry's text shown untranslated, else ''. */
  function langOf(kind, position) { return untranslated[kind][position] ? untranslated.lang : ''; }

  /** What a result shows: its title, a line of detail, and its address; `lang` the title's
   * language where it is untranslated, and `langs` the same for detail texts by text. */
  function describe(kind, i) {
    var entry, detail = [], langs = {};
    if (kind === 'people') {
      entry = data.p[i];
      if (entry[2]) detail.push([entry[2]]);
      if (entry[3] >= 0) {
        detail.push([data.r[entry[3]][0]]);
        langs[data.r[entry[3]][0]] = langOf('regions', entry[3]);
      }
      return { title: entry[1], lang: langOf('people', i), detail: detail, langs: langs,
        href: root + 'people/' + entry[0] + '/index.html', other: entry[2] !== '' };
    }
    if (kind === 'organizations') {
      entry = data.o[i];
      if (entry[2]) detail.push([entry[2]]);
      if (entry[3] >= 0) {
        detail.push([data.k[entry[3]][0]]);
        langs[data.k[entry[3]][0]] = langOf('kinds', entry[3]);
      }
      return { title: entry[1], lang: langOf('organizations', i), detail: detail, langs: langs,
        href: root + 'organizations/' + entry[0] + '/index.html' };
    }
    entry = data.c[i];
    // entry[11]: the status with its certainty ("Released (disputed)"), only where the case gives one.
    if (entry[11]) detail.push([entry[11]]);
    else if (entry[2] >= 0) {
      detail.push([data.s[entry[2]][0]]);
      langs[data.s[entry[2]][0]] = langOf('statuses', entry[2]);
    }
    if (entry[3]) detail.push([String(entry[3])]);
    var defendants = list(columns.defendants, i);
    var names = defendants.slice(0, 3).map(function (p) {
      if (langOf('people', p)) langs[data.p[p][1]] = untranslated.lang;
      return data.p[p][1];
    });
    if (defendants.length > 3) names.push(say('more', { count: defendants.length - 3 }));
    if (names.length) detail.push(names);
    return { title: entry[1], lang: langOf('cases', i), detail: detail, langs: langs,
      href: root + 'cases/' + entry[0] + '/index.html' };
  }

  // ---- Showing results ---------------------------------------------------------------

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function total(result) { return result.people.length + result.organizations.length + result.cases.length; }

  function countText(n) { return say('results', { count: n }); }

  function item(kind, i) {
    var found = describe(kind, i);
    var li = element('li', 'search-result');
    // Every name and label isolated (dir=auto, <bdi>), so a direction control in one
    // cannot turn the text after it around.
    var link = element('a', null, found.title);
    link.href = found.href;
    link.dir = 'auto';
    if (found.lang) link.lang = found.lang;
    li.appendChild(link);
    if (found.detail.length) {
      // Groups joined by ' · ', names within a group by ', ': "Sentenced · 2021 · A, B".
      var detail = element('span', 'search-detail');
      found.detail.forEach(function (group, g) {
        group.forEach(function (text, n) {
          if (g || n) detail.appendChild(document.createTextNode(n ? ', ' : ' · '));
          var part = element('bdi', null, text);
          if (found.langs[text]) part.lang = found.langs[text];
          detail.appendChild(part);
        });
      });
      // Aliases are often in another script: no pronunciation rules of the page's language.
      if (found.other) detail.lang = '';
      li.appendChild(detail);
    }
    return li;
  }

  /**
   * Results grouped by kind, `limit` per group. On the search page (`page` true) each group
   * is a section under an h2 with a button for the rest; in the header's popup, a group
   * labelled by a line of text.
   */
  function renderGroups(container, result, limit, page, idPrefix) {
    container.textContent = '';
    KINDS.forEach(function (kind) {
      var found = result[kind];
      if (!found.length) return;
      var section = element(page ? 'section' : 'div', 'search-group');
      if (!page) section.setAttribute('role', 'group');
      var heading = element(page ? 'h2' : 'p', 'search-group-title', say('group', { label: say(kind), count: found.length }));
      heading.id = idPrefix + kind;
      section.setAttribute('aria-labelledby', heading.id);
      section.appendChild(heading);
      var list = element('ul', 'search-list');
      var shown = Math.min(limit, found.length);
      for (var n = 0; n < shown; n++) list.appendChild(item(kind, found[n]));
      section.appendChild(list);
      if (page && shown < found.length) {
        var more = element('button', 'search-more', say('show_all', { count: found.length }));
        more.type = 'button';
        more.addEventListener('click', function () {
          for (var n = shown; n < found.length; n++) list.appendChild(item(kind, found[n]));
          more.remove();
          list.children[shown].querySelector('a').focus();
        });
        section.appendChild(more);
      }
      container.appendChild(section);
    });
  }

  function debounce(fn, ms) {
    var timer = 0;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  // ---- The search page ---------------------------------------------------------------

  function setUpPage(form) {
    var input = form.querySelector('input[name="q"]');
    var status = document.getElementById('search-status');
    var results = document.getElementById('search-results');
    var nojs = document.getElementById('search-nojs');
    if (nojs) nojs.hidden = true;
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';

    // The address keeps the query (a bookmark, a reload, the language switcher); an emptied
    // box empties it too, else the last query would come back with any of them.
    function remember(query) {
      try {
        window.history.replaceState(null, '', query.trim() ? '?q=' + encodeURIComponent(query) : window.location.pathname);
      } catch (e) { /* some browsers refuse this on pages opened from disk */ }
    }

    function run() {
      var query = input.value;
      if (!query.trim()) { status.textContent = ''; results.textContent = ''; remember(query); return; }
      status.textContent = say('searching');
      load(function (ok) {
        if (query !== input.value) return;
        if (!ok) { status.textContent = say('failed'); return; }
        var result = search(query);
        var n = total(result);
        status.textContent = n ? say('found', { results: countText(n), query: query.trim() }) : say('nothing_found', { query: query.trim() });
        renderGroups(results, result, 50, true, 'search-');
      });
      remember(query);
    }
    input.addEventListener('input', debounce(run, 120));
    form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
    if (input.value) run(); else load(function () {});
  }

  // ---- The header box ----------------------------------------------------------------

  function setUpHeader(form) {
    var input = form.querySelector('input[name="q"]');
    var popup = element('div', 'search-popup');
    popup.id = 'site-search-popup';
    popup.hidden = true;
    var status = element('p', 'visually-hidden');
    status.setAttribute('role', 'status');
    form.appendChild(status);
    form.appendChild(popup);
    input.setAttribute('aria-controls', popup.id);

    function close() { popup.hidden = true; }
    function links() { return Array.prototype.slice.call(popup.querySelectorAll('a')); }

    var run = debounce(function () {
      var query = input.value;
      if (!query.trim()) { close(); status.textContent = ''; return; }
      load(function (ok) {
        if (query !== input.value) return;
        popup.textContent = '';
        if (!ok) {
          popup.appendChild(element('p', 'search-empty', say('failed')));
        } else {
          var result = search(query);
          var n = total(result);
          status.textContent = n ? countText(n) : say('nothing');
          if (!n) popup.appendChild(element('p', 'search-empty', say('nothing_shown')));
          var groups = element('div');
          renderGroups(groups, result, 5, false, 'site-search-');
          popup.appendChild(groups);
          if (n) {
            var all = element('a', 'search-all', say('all', { results: countText(n) }));
            all.href = form.action.split('?')[0] + '?q=' + encodeURIComponent(query);
            popup.appendChild(all);
          }
        }
        popup.hidden = false;
      });
    }, 100);

    input.addEventListener('input', run);
    input.addEventListener('focus', function () { load(function () {}); });
    form.addEventListener('keydown', function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (event.key === 'Escape') {
        close();
        input.focus();
      } else if (event.key === 'ArrowDown' && all.length && !popup.hidden) {
        event.preventDefault();
        all[Math.min(at + 1, all.length - 1)].focus();
      } else if (event.key === 'ArrowUp' && at >= 0) {
        event.preventDefault();
        if (at === 0) input.focus(); else all[at - 1].focus();
      }
    });
    document.addEventListener('click', function (event) { if (!form.contains(event.target)) close(); });
    form.addEventListener('focusout', function (event) {
      if (event.relatedTarget && !form.contains(event.relatedTarget)) close();
    });
  }

  // ---- The language switcher ----------------------------------------------------------

  // Each link of the switcher leads to the same page in another language; with this script
  // it also keeps what the address says beyond the page: the search (?q=), the filters of
  // the cases index (?status=…) and the #fragment. Set from the address as it is when the
  // reader reaches for a link, since search and the filters rewrite it as they go; without
  // the script the links lead to the plain pages.
  function setUpLanguages(nav) {
    var links = Array.prototype.slice.call(nav.querySelectorAll('a[href]'));
    var pages = links.map(function (a) { return a.getAttribute('href').replace(/[?#].*$/, ''); });
    function carry() {
      var rest = window.location.search + window.location.hash;
      links.forEach(function (a, i) { a.setAttribute('href', pages[i] + rest); });
    }
    carry();
    ['pointerdown', 'focusin', 'click'].forEach(function (type) { nav.addEventListener(type, carry, true); });
    window.addEventListener('hashchange', carry);
    window.addEventListener('popstate', carry);
  }

  window.casebookSearch = { load: load, normalize: normalize, search: search, describe: describe };

  function start() {
    var header = document.querySelector('form[data-search="header"]');
    var page = document.querySelector('form[data-search="page"]');
    readWords(page || header);
    if (header) setUpHeader(header);
    if (page) setUpPage(page);
    var languages = document.querySelector('nav.languages');
    if (languages) setUpLanguages(languages);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
