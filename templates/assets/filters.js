/* casebook: filters for the cases index. No framework, nothing from another host.
 *
 * Without JavaScript the cases index is a plain paginated list, and the status, charge,
 * region and tag pages remain. With it, this script offers a filter form. The data of
 * every case (cases/filter-data.js, which sets window.casebookFilterData) is loaded only
 * when a reader opens the filters or arrives with filters in the address
 * (?status=sentenced&region=zhambyl-region), so a plain visit stays light. The filter
 * state lives in the address, so a filtered list can be shared or bookmarked.
 */
(function () {
  "use strict";

  var box = document.getElementById("case-filter");
  if (!box || !document.querySelector || !window.history) { return; }
  var root = box.getAttribute("data-root") || "";
  var index = document.getElementById("case-index");

  // The catalogue's script.filter_ entries in English (templates/i18n/en.yml). A page in
  // another language hands over its own in the box's data-words attribute (docs/theme.md,
  // "The scripts' words"); counted ones are chosen by the page's language.
  var ENGLISH = {
    open: "Filter cases by status, region, charge, organization, year or sentence",
    label: "Filter cases", loading: "Loading the filters…",
    failed: "The filters could not be loaded. Browse by status, charge, region or tag instead.",
    status: "Status", region: "Region", charge: "Charge", organization: "Organization", year: "Year",
    sentence: "Sentence type", any: "Any ({count})", clear: "Clear filters", heading: "Matching cases",
    more: "Show more",
    unknown: "The filter “{filter}: {value}” in the address matches no case here, so it is left out.",
    matches: { one: "{count} case matches.", other: "{count} cases match." },
    matches_shown: { one: "{count} case matches; showing the first {shown}.", other: "{count} cases match; showing the first {shown}." },
    number_group: ",", number_group_size: "3"
  };
  var texts = ENGLISH;
  var plurals = null;
  if (box.getAttribute("data-words")) {
    try { texts = JSON.parse(box.getAttribute("data-words")); } catch (e) { texts = ENGLISH; }
    try { plurals = new Intl.PluralRules(document.documentElement.lang || "en"); } catch (e) { plurals = null; }
  }

  // The words of `key` with each {name} of `values` filled in; a counted entry by values.count.
  function say(key, values) {
    var word = texts[key] !== undefined ? texts[key] : ENGLISH[key];
    if (typeof word === "object") {
      var n = values.count;
      word = word[plurals ? plurals.select(n) : n === 1 ? "one" : "other"] || word.other;
    }
    return word.replace(/\{([a-z_]+)\}/g, function (all, name) {
      if (!values || !Object.prototype.hasOwnProperty.call(values, name)) return all;
      return name === "count" || name === "shown" ? grouped(values[name]) : String(values[name]);
    });
  }

  // A count as the page's catalogue groups numbers ("1 180", "1,180"), handed over with the
  // words (number_group, number_group_size): bare digits read as a year beside the pages'.
  function grouped(n) {
    var text = String(n);
    var group = texts.number_group !== undefined ? texts.number_group : ENGLISH.number_group;
    var size = parseInt(texts.number_group_size !== undefined ? texts.number_group_size : ENGLISH.number_group_size, 10) || 3;
    if (!/^\d+$/.test(text) || text.length <= size) return text;
    return text.replace(new RegExp("\\B(?=(\\d{" + size + "})+$)", "g"), group);
  }

  // The filters, in the order of the form; `key` is the name in the address and the
  // name of its label's entry.
  var FACETS = ["status", "region", "charge", "organization", "year", "sentence"].map(function (key) {
    return { key: key, label: say(key) };
  });

  var cases = [];       // [{id, title, status, region, values: {facet: [keys]}}]
  var labels = {};      // facet -> {key: label}
  var langs = {};       // facet -> {key: language of a label shown untranslated}
  var order = {};       // facet -> [keys in order]
  var state = readAddress();
  var pageSize = 100;
  var shown = 0;
  var form, results, summary, list, more, notice;
  var dropped = [];     // filters of the address that no case has: [{filter, value}]
  var focusForm = false;   // after the reader opens the filters, focus their first list

  function el(name, attributes, text) {
    var node = document.createElement(name);
    for (var key in attributes) {
      if (Object.prototype.hasOwnProperty.call(attributes, key)) { node.setAttribute(key, attributes[key]); }
    }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // An option holds text only: a label with a direction control is wrapped in FIRST STRONG
  // ISOLATE and POP DIRECTIONAL ISOLATE, so the count after it keeps its place.
  function isolated(text) {
    return /[\u202A-\u202E\u2066-\u2069]/.test(text) ? "\u2068" + text + "\u2069" : text;
  }

  // A link cut short or mistyped ("?status=released%") holds a % that is no escape:
  // decodeURIComponent throws on it, which would leave the page without its filters. The
  // text is kept as it is, so the filter is told as one no case has.
  function decoded(text) {
    try { return decodeURIComponent(text); } catch (e) { return text; }
  }

  function readAddress() {
    var found = {};
    var query = window.location.search.replace(/^\?/, "");
    if (!query) { return found; }
    query.split("&").forEach(function (pair) {
      var parts = pair.split("=");
      var name = decoded(parts[0] || "");
      var value = decoded((parts[1] || "").replace(/\+/g, " "));
      for (var i = 0; i < FACETS.length; i++) {
        if (FACETS[i].key === name && value) { found[name] = value; }
      }
    });
    return found;
  }

  function writeAddress() {
    var parts = [];
    FACETS.forEach(function (facet) {
      if (state[facet.key]) { parts.push(facet.key + "=" + encodeURIComponent(state[facet.key])); }
    });
    var address = window.location.pathname + (parts.length ? "?" + parts.join("&") : "");
    try { window.history.replaceState(null, "", address); } catch (e) { /* some browsers refuse on file:// */ }
  }

  function active() {
    return FACETS.some(function (facet) { return !!state[facet.key]; });
  }

  // Load the data with a script element: fetch() is refused on pages opened from disk.
  function load() {
    box.hidden = false;
    if (window.casebookFilterData) { start(window.casebookFilterData); return; }
    box.textContent = "";
    box.appendChild(el("p", { "class": "filter-loading", role: "status" }, say("loading")));
    var script = el("script", { src: root + "cases/filter-data.js" });
    script.onload = function () {
      if (window.casebookFilterData) { start(window.casebookFilterData); } else { failed(); }
    };
    script.onerror = failed;
    document.body.appendChild(script);
  }

  function failed() {
    box.textContent = "";
    box.appendChild(el("p", { role: "status" }, say("failed")));
  }

  function start(data) {
    pageSize = data.page_size > 0 ? data.page_size : 100;
    var tables = data.labels;
    ["status", "region", "charge", "organization", "sentence"].forEach(function (name) {
      labels[name] = {};
      langs[name] = {};
      order[name] = [];
      (tables[name] || []).forEach(function (pair) {
        labels[name][pair[0]] = pair[1];
        if (pair[2]) { langs[name][pair[0]] = pair[2]; }
        order[name].push(pair[0]);
      });
    });
    var keys = function (name, positions) {
      return positions.map(function (p) { return tables[name][p] ? tables[name][p][0] : null; })
        .filter(function (k) { return k !== null; });
    };
    var years = {};
    cases = data.cases.map(function (row) {
      var status = tables.status[row[2]] ? tables.status[row[2]][0] : "";
      var region = row[3] >= 0 && tables.region[row[3]] ? tables.region[row[3]][0] : "";
      var year = row[6] > 0 ? String(row[6]) : "";
      if (year) { years[year] = true; }
      return {
        id: row[0], title: row[1], status: status, region: region, year: year,
        // row[8]: the status with its certainty ("Sentenced (disputed)"), only where the case gives one.
        statusText: typeof row[8] === "string" ? row[8] : "",
        // row[9]: the title's language where it is shown untranslated.
        titleLang: typeof row[9] === "string" ? row[9] : "",
        values: {
          status: status ? [status] : [], region: region ? [region] : [], charge: keys("charge", row[4]),
          organization: keys("organization", row[5]), year: year ? [year] : [], sentence: keys("sentence", row[7])
        }
      };
    });
    order.year = Object.keys(years).sort().reverse();
    labels.year = {};
    order.year.forEach(function (y) { labels.year[y] = y; });
    // An address may name a value no case has (an old link, a mistyped one): it is left
    // out, and the reader told, so the list is never taken for the one the link meant.
    FACETS.forEach(function (facet) {
      if (state[facet.key] && !labels[facet.key][state[facet.key]]) {
        dropped.push({ filter: facet.label, value: state[facet.key] });
        delete state[facet.key];
      }
    });
    build();
    update();
    var first = form.querySelector("select");
    if (focusForm && first) { first.focus(); }
  }

  function build() {
    box.textContent = "";
    form = el("form", { "class": "filter-form", role: "search", "aria-label": say("label") });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    FACETS.forEach(function (facet) {
      if (!order[facet.key].length) { return; }
      var field = el("div", { "class": "filter-field" });
      field.appendChild(el("label", { "for": "filter-" + facet.key }, facet.label));
      var select = el("select", { id: "filter-" + facet.key, name: facet.key });
      select.addEventListener("change", function () {
        chosen();
        state[facet.key] = select.value;
        if (!select.value) { delete state[facet.key]; }
        writeAddress();
        update();
      });
      field.appendChild(select);
      form.appendChild(field);
    });
    var clear = el("button", { type: "button", "class": "filter-clear" }, say("clear"));
    clear.addEventListener("click", function () {
      chosen();
      state = {};
      writeAddress();
      update();
    });
    form.appendChild(clear);
    // Above the form, which is tall on a phone: read before the list it changes.
    if (dropped.length) {
      notice = el("p", { "class": "filter-notice", role: "status" },
        dropped.map(function (d) { return say("unknown", d); }).join(" "));
      box.appendChild(notice);
    }
    box.appendChild(form);

    results = el("section", { "class": "filter-results", "aria-labelledby": "filter-results-heading" });
    var heading = el("h2", { id: "filter-results-heading" }, say("heading"));
    summary = el("p", { "class": "filter-summary", role: "status", "aria-live": "polite" });
    list = el("ol", { "class": "case-list" });
    more = el("button", { type: "button", "class": "filter-more" }, say("more"));
    // The list is drawn again with more cases, and the button hides once all are shown:
    // focus goes to the first case added, not to the page's top with the hidden button.
    more.addEventListener("click", function () {
      var first = shown;
      render(shown + pageSize);
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) { link.focus(); }
    });
    results.appendChild(heading);
    results.appendChild(summary);
    results.appendChild(list);
    results.appendChild(more);
    box.appendChild(results);
  }

  // The reader chose filters of their own: the address's unknown ones are gone from it.
  function chosen() {
    if (notice) { notice.hidden = true; }
  }

  // Does a case pass every filter, leaving out the one named `except`?
  function passes(item, except) {
    for (var i = 0; i < FACETS.length; i++) {
      var key = FACETS[i].key;
      if (key !== except && state[key] && item.values[key].indexOf(state[key]) < 0) { return false; }
    }
    return true;
  }

  var matches = [];

  function update() {
    // Each list counts the cases that would match if that value were chosen,
    // with the other filters as they are.
    FACETS.forEach(function (facet) {
      var select = document.getElementById("filter-" + facet.key);
      if (!select) { return; }
      var counts = {};
      var total = 0;
      cases.forEach(function (item) {
        if (!passes(item, facet.key)) { return; }
        total += 1;
        item.values[facet.key].forEach(function (value) { counts[value] = (counts[value] || 0) + 1; });
      });
      select.textContent = "";
      select.appendChild(el("option", { value: "" }, say("any", { count: total })));
      order[facet.key].forEach(function (value) {
        var count = counts[value] || 0;
        var option = el("option", { value: value }, isolated(labels[facet.key][value]) + " (" + grouped(count) + ")");
        if (langs[facet.key] && langs[facet.key][value]) { option.setAttribute("lang", langs[facet.key][value]); }
        if (count === 0 && state[facet.key] !== value) { option.disabled = true; }
        select.appendChild(option);
      });
      select.value = state[facet.key] || "";
    });
    matches = cases.filter(function (item) { return passes(item, null); });
    var filtering = active();
    results.hidden = !filtering;
    if (index) { index.hidden = filtering; }
    if (filtering) { render(pageSize); } else { summary.textContent = ""; }
  }

  function render(count) {
    shown = Math.min(count, matches.length);
    list.textContent = "";
    for (var i = 0; i < shown; i++) { list.appendChild(entry(matches[i])); }
    summary.textContent = shown < matches.length ? say("matches_shown", { count: matches.length, shown: shown }) :
      say("matches", { count: matches.length });
    more.hidden = shown >= matches.length;
  }

  function entry(item) {
    var li = el("li", { "class": "case-item" });
    var h3 = el("h3");
    var link = el("a", { href: root + "cases/" + item.id + "/index.html", dir: "auto" }, item.title);
    if (item.titleLang) { link.setAttribute("lang", item.titleLang); }
    h3.appendChild(link);
    li.appendChild(h3);
    var meta = el("p", { "class": "case-meta" });
    var status = el("span", { "class": "status status-" + item.status, dir: "auto" }, item.statusText || labels.status[item.status] || item.status);
    if (!item.statusText && langs.status[item.status]) { status.setAttribute("lang", langs.status[item.status]); }
    meta.appendChild(status);
    var rest = [];
    if (item.year) { rest.push([item.year, ""]); }
    if (item.region) { rest.push([labels.region[item.region], langs.region[item.region]]); }
    // Each label isolated, as on the pages the build writes, in its language when untranslated.
    rest.forEach(function (part) {
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(el("bdi", part[1] ? { lang: part[1] } : {}, String(part[0])));
    });
    li.appendChild(meta);
    return li;
  }

  if (active()) {
    load();
  } else {
    box.hidden = false;
    var open = el("button", { type: "button", "class": "filter-open" }, say("open"));
    open.addEventListener("click", function () {
      focusForm = true;
      load();
    });
    box.appendChild(open);
  }
})();
