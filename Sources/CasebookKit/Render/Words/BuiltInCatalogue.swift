/// The built-in English catalogue: `templates/i18n/en.yml` as the binary carries it, so an
/// archive whose theme has no i18n folder builds as before. A test holds the two equal;
/// after editing en.yml, run `python3 scripts/builtin-catalogues.py` (`BuiltInCatalogueTests` fails until then).
enum BuiltInCatalogue {
    static let text = #"""
# casebook's words in English: every word and phrase a reader of the site sees.
#
# To translate: copy this file to i18n/<language>.yml (the language of site.yml), and
# change the text on the right of each key; keep the keys. A theme's own i18n/en.yml may
# also give only the entries it changes: the others keep the words below.
#
# - {name} is a placeholder the build fills in; keep every one an entry has, and add no
#   other. "{month:genitive}" asks for a month name in that form (see months).
# - Entries whose key ends in _html may hold HTML (a link, <strong>); {root} there is the
#   way back to the site's root. All other entries are plain text.
# - An entry with one/other (and for other languages zero, two, few, many) is chosen by the
#   number it counts, with the rule in plural_rule.
# See docs/theme.md, "Words: the catalogue".

# CLDR plural rule of the language (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html):
# a condition for each category but other. English: one for 1, other for 0, 2, 1.5...
plural_rule:
  one: "i = 1 and v = 0"

# Numbers: a fine's amount is grouped, 500,000.5.
number:
  group: ","
  decimal: "."
  group_size: "3"

# Month names, January first, in each grammatical form a date pattern asks for.
months:
  nominative: [January, February, March, April, May, June, July, August, September, October, November, December]
  genitive: [January, February, March, April, May, June, July, August, September, October, November, December]

# Dates as precise as the archive knows them: a year, a month, a day. Also the month
# headings of a timeline year.
dates:
  year: "{year}"
  month: "{month:nominative} {year}"
  day: "{day} {month:genitive} {year}"

# Dates the sources give only roughly (EDTF): "about November 2018" (2018-11~), "possibly
# 2018" (2018?), "possibly about 2018" (2018%), and intervals (2006/2008). An interval whose
# ends carry ~ ? % is worded end by end with `interval`.
date_forms:
  about_year: "about {year}"
  about_month: "about {month:nominative} {year}"
  about_day: "about {day} {month:genitive} {year}"
  uncertain: "possibly {date}"
  years: "{year}–{end_year}"
  months: "{month:nominative}–{end_month:nominative} {year}"
  days: "{day}–{end_day} {month:genitive} {year}"
  interval: "{start} – {end}"

# How sure the sources are of a fact, shown beside it (an event, a status): "(reported)",
# "(disputed: the family says he was detained on 2 March)".
certainty:
  reported: "reported"
  disputed: "disputed"
  with_note: "{certainty}: {note}"
  # A status where its note is not shown (case lists, a person's case line, the feed): "Released (disputed)".
  status: "{status} ({certainty})"

# Units counted on pages and in sentences. The _adjective forms qualify a noun: "5-year ban".
units:
  year: {one: "{count} year", other: "{count} years"}
  month: {one: "{count} month", other: "{count} months"}
  day: {one: "{count} day", other: "{count} days"}
  hour: {one: "{count} hour", other: "{count} hours"}
  year_adjective: {one: "{count}-year", other: "{count}-year"}
  month_adjective: {one: "{count}-month", other: "{count}-month"}
  day_adjective: {one: "{count}-day", other: "{count}-day"}
  hour_adjective: {one: "{count}-hour", other: "{count}-hour"}
  # Lists of people and organizations, facet pages: "3 cases".
  case: {one: "{count} case", other: "{count} cases"}
  # Open data page: "120 rows".
  row: {one: "{count} row", other: "{count} rows"}
  # Numbers beside the bars of the statistics charts: "3 prosecutions".
  prosecution: {one: "{count} prosecution", other: "{count} prosecutions"}
  person: {one: "{count} person", other: "{count} persons"}
  # The counts' labels (home, cases, statistics, people pages): "1 prosecution".
  prosecution_word: {one: "prosecution", other: "prosecutions"}
  person_prosecuted_word: {one: "person prosecuted", other: "persons prosecuted"}
  # Inside sentences (people index, open data page): "15 persons prosecuted", "120 people".
  person_prosecuted: {one: "{count} person prosecuted", other: "{count} persons prosecuted"}
  people: {one: "{count} person", other: "{count} people"}

# Sentences in words (docs/content.md, "Sentences"); {label} is the sentence type's label
# from site.yml. Case pages, person pages, cases.json and cases.csv.
sentence:
  # Between the penalties of one sentence.
  separator: "; "
  # Most types: "2 years of freedom limitation".
  durations: "{durations} of {label}"
  # fine: "fine of 500,000".
  fine: "{label} of {amount}"
  # A note after a penalty: "7 years of imprisonment (general regime)".
  note: "{text} ({note})"
  # suspended, activity-ban with one whole unit: "3-year suspended sentence".
  qualified: "{duration} {noun}"
  # suspended, activity-ban otherwise: "suspended sentence for 2 years and 6 months".
  noun_for: "{noun} for {durations}"
  # activity-ban with a note: what is banned.
  ban_on: "ban on {note}"
  # A currency the currency section does not name, by its ISO 4217 code: "fine of 2,000 CHF".
  amount_currency: "{amount} {currency}"
  # A suspended sentence's probation period: "3-year suspended sentence with 4 years of probation".
  probation: "{text} with {durations} of probation"
  # A ban or limitation that runs from release: "3-year ban on civic activities from release".
  from_release: "{text} from release"
  # A part whose certainty is given: "4 years of imprisonment (disputed)".
  certainty: "{text} ({certainty})"
  # A term the court gave for one charge: the charge's law, else its label.
  for_charge: "{text} ({charge})"

# A fine's amount with its currency, by the ISO 4217 code files give, in the form its
# number takes: "fine of 530,250 tenge". A code not listed here is shown as written, after
# the amount (sentence.amount_currency: "fine of 1,000 CHF").
currency:
  KZT: {one: "{count} tenge", other: "{count} tenge"}
  RUB: {one: "{count} rouble", other: "{count} roubles"}
  KGS: {one: "{count} som", other: "{count} som"}
  UZS: {one: "{count} sum", other: "{count} sum"}
  TJS: {one: "{count} somoni", other: "{count} somoni"}
  BYN: {one: "{count} Belarusian rouble", other: "{count} Belarusian roubles"}
  USD: {one: "{count} US dollar", other: "{count} US dollars"}
  EUR: {one: "{count} euro", other: "{count} euros"}

# Lists in running text: "1 year, 1 month and 10 days".
list:
  separator: ", "
  last: " and "

# Page titles (the browser tab, search results, links shared).
titles:
  not_found: "Page not found"
  search: "Search"
  data: "Open data"
  timeline_year: "Timeline {year}"
  # Pages after the first of a long list: "Cases, page 2 of 7".
  paged: "{title}, page {page} of {count}"

# The main navigation, and the titles and headings of those pages.
nav:
  cases: "Cases"
  people: "People"
  organizations: "Organizations"
  timeline: "Timeline"
  statistics: "Statistics"
  # Only when the archive records custody.
  held: "Held now"

# The lists of cases by one fact (their pages' titles, the home page's headings).
facets:
  statuses: "Statuses"
  charges: "Charges"
  regions: "Regions"
  tags: "Tags"
  countries: "Countries"

# Words of several pages.
common:
  draft: "Draft"
  draft_not_published: "Draft: not published"
  also_written: "Also written:"
  organizations: "Organizations"
  region: "Region"
  events: "Events"
  sources: "Sources"
  # Under an event: "Sources: [1] [2]".
  sources_label: "Sources:"
  archived_copy: "archived copy"
  status: "Status"
  cases: "Cases"

# The language switcher of every page: each language's own name, and the switcher's label
# (read aloud).
language:
  name: "English"
  switcher_label: "Language"

# A page of this language showing text of the site's first language, which is not
# translated yet: the whole page, or some of its parts.
translation:
  missing: "This page has not been translated into English yet; it is shown in its original language."
  partial: "Parts of this page have not been translated into English yet; they are shown in their original language."

# Every page: the skip link, the feed's name in the page head, the preview banner.
layout:
  skip: "Skip to content"
  feed_title: "new and updated cases"
  draft_banner: "Preview build: drafts are included and marked."

# The header and footer of every page.
header:
  nav_label: "Main"
  search_label: "Search cases, people and organizations"
  search_placeholder: "Search"
  search_button: "Search"
footer:
  pages_label: "About the archive"
  open_data: "Open data"
  feed: "Atom feed"

# Lists split into pages.
pager:
  # Above and below the list: "Page 2 of 7".
  text: "Page {page} of {count}"
  label: "Pages"
  previous: "← Previous"
  next: "Next"
  # Read aloud only: "← Previous page", "Page 3".
  hidden_page: " page"
  hidden_page_number: "Page "

not_found:
  text: "There is no page at this address. It may have moved, or the link may be mistyped."
  links_html: "<a href=\"{root}index.html\">Go to the home page</a> or <a href=\"{root}cases/index.html\">browse all cases</a>."

home:
  counts_note: "A prosecution is one criminal case, which may have several defendants; each person is counted once however many cases they face."
  latest: "Latest updates"
  updated: "updated"
  all_cases: "All cases"
  # After a list of facet values cut short: "12 more" (the default theme uses more_count;
  # more is kept for themes that print the number themselves).
  more: "more"
  more_count: {one: "{count} more", other: "{count} more"}
  explore: "Explore"
  timeline: "Timeline of events"
  # The home page's count of people held now, under the number: "people held now", then
  # "as of 1 January 2024" (only when the archive records custody).
  held_word: {one: "person held now", other: "people held now"}
  held_as_of: "as of {date}"

cases:
  filters_html: "Browse by <a href=\"{root}statuses/index.html\">status</a>, <a href=\"{root}charges/index.html\">charge</a>, <a href=\"{root}regions/index.html\">region</a> or <a href=\"{root}tags/index.html\">tag</a>, or see the <a href=\"{root}statistics/index.html\">statistics</a>."
  heading: "All cases, newest developments first"

case:
  facts: "Facts"
  as_of: "as of"
  court: "Court"
  city: "City"
  charges: "Charges"
  last_updated: "Last updated"
  people: "People"
  # Where a charge's law is shown, for a charge site.yml marks unspecified.
  article_not_reported: "article not reported"
  charged_under: "Charged under"
  sentence: "Sentence"
  what_happened: "What happened"
  related: "Related cases"
  corrections: "Corrections"
  tags: "Tags:"
  documents: "Documents"
  # A document's file: "PDF, 240 KB". {type} is the file's extension in capitals.
  document_file: "{type}, {size}"
  document_kb: "{number} KB"
  document_mb: "{number} MB"
  # The people of a case held now (only when one is): heading, the date the figures are
  # counted at, and what each row says.
  held_heading: "Held now"
  held_as_of: "As of {date}."
  held_since: "since {date}"
  # A person held under another case: "under the case <title>".
  held_other_case: "under the case"

person:
  born: "Born"
  leader: "(leader)"
  no_cases: "No published case names this person."
  timeline: "Timeline"
  # Who recognised the person as a political prisoner (organizations, with dates).
  recognised: "Recognised as a political prisoner by"
  biography: "Biography"
  # The custody table, one per case (only when the person has custody periods).
  custody_heading: "Custody"
  custody_kind: "Measure"
  custody_from: "From"
  custody_to: "To"
  custody_place: "Place"
  custody_days: "Days"
  custody_sources: "Case sources"
  # The "To" cell of a period that lasts on the day the figures are counted at: a measure
  # that deprives of liberty, another measure.
  custody_still_held: "still held"
  custody_continues: "continues"
  # The "Days" cell of a measure that does not deprive of liberty, and of a period that
  # begins after the day the figures are counted at.
  custody_not_counted: "not counted"
  custody_not_begun: "not begun"
  # {days} is held.days_count or held.days_about: "In custody in this case: 152 days as of 1 January 2024."
  custody_total_case: "In custody in this case: {days} as of {date}."
  custody_total_all: "In custody in all cases: {days} as of {date}."
  custody_not_counted_note: "Measures that do not deprive of liberty (such as freedom limitation or a travel ban) are listed but not counted in the days in custody."
  custody_about_note: "“About”: a date known only to the month or the year is counted from its first day."
  # While the person is held now: where to write to them (partials/letters), a link to
  # every address on /letters/; and the link to support_url, a page for supporting them.
  letters: "Letters"
  letters_all: "Addresses of everyone held now"
  letters_support: "How to support"

people:
  # {people} is units.people, {persons} units.person_prosecuted.
  intro: "{people} in the archive, of whom {persons}."

# The list of people held now (held/index.html) and its filters by recognition (only when
# the archive records custody). {date} is the day the figures are counted at.
held:
  heading: {one: "Held now: {count} person as of {date}", other: "Held now: {count} people as of {date}"}
  heading_recognised: {one: "Held now and recognised as a political prisoner: {count} person as of {date}", other: "Held now and recognised as political prisoners: {count} people as of {date}"}
  # {organization} is the organization's name.
  heading_recognised_by: {one: "Held now and recognised as a political prisoner by {organization}: {count} person as of {date}", other: "Held now and recognised as political prisoners by {organization}: {count} people as of {date}"}
  intro: "Everyone the archive records as deprived of liberty on {date}, longest held first. Days in custody count every period under a measure that deprives of liberty, its first and last day included."
  about_note: "“About”: the total rests on a date known only to the month or the year, counted from its first day."
  # The filter links above the list (read aloud: filter_label).
  filter_label: "Filter by recognition"
  filter_all: "Everyone held now"
  filter_recognised: "Recognised as political prisoners"
  filter_by: "Recognised by:"
  none: "No one on this list is held as of {date}."
  # The facts of each person.
  since: "Held since"
  # The start of a longer custody, when earlier periods join the current one.
  continuous_since: "in custody without a break since {date}"
  days: "Days in custody"
  kind: "Measure"
  place: "Place"
  case: "Case"
  letters: "Write a letter"
  support: "How to support"
  # A count of days: "1,032 days"; "about" when it rests on a partial date.
  days_count: {one: "{count} day", other: "{count} days"}
  days_about: {one: "about {count} day", other: "about {count} days"}

organization:
  banned: "Banned"
  leaders: "Leaders"
  about: "About"
  court_cases: "Cases heard by this court"
  members: "Affiliated people"
  # People only the prosecution links to the organization (a person's organizations entry
  # with link: alleged), listed apart from the members.
  alleged: "Links alleged by the prosecution"
  alleged_note: "The prosecution alleges that these people are linked to the organization. The archive does not present it as a fact."
  # The organization's history: its former names ("Formerly: Koshe (until 2019), …", {date}
  # the date in words), the organization it continues and those that continue it, and the
  # court that ordered each ban ("Banned: 13 March 2018, by Yesil District Court [1]").
  formerly: "Formerly:"
  former_until: "until {date}"
  successor_of: "Successor of"
  succeeded_by: "Succeeded by"
  banned_by: "by"

organizations:
  intro: {one: "{count} organization: parties, movements, media, NGOs and the courts that heard the cases.", other: "{count} organizations: parties, movements, media, NGOs and the courts that heard the cases."}
  # The group of organizations of no kind.
  other: "Other"

timeline:
  intro: "Every dated event of every case, person and organization, by year."
  years_label: "Years"
  recent: "Most recent events"
  # A timeline year's page: "12 dated events."
  dated_events: {one: "{count} dated event.", other: "{count} dated events."}
  other_years: "Other years"
  month_unknown: "{year}, month not known"
  # The first month heading of a year's second page.
  continued: "{label} (continued)"
  # The first page of a year split into pages: the months that begin on the next pages.
  later_months: "Later months, on the next pages"

search:
  intro: "Find cases, people and organizations by name, alias, title, charge, region or summary. Names match however they are spelled: Latin, Cyrillic or Kazakh letters, with or without accents."
  label: "Search the archive"
  button: "Search"
  nojs: "Search runs in your browser and needs JavaScript, which is off or blocked here. Everything in the archive is also listed on these pages:"
  also_by_html: "also by <a href=\"{root}statuses/index.html\">status</a>, <a href=\"{root}charges/index.html\">charge</a>, <a href=\"{root}regions/index.html\">region</a> and <a href=\"{root}tags/index.html\">tag</a>"

# /letters/: where to write to each person held now (made when cases record custody; the
# text of content/pages/letters.md, when there is one, stands above the list).
letters:
  title: "Letters to people held now"
  # {date} is the day "held now" is counted at, as a <time> element.
  intro_html: {one: "{count} person held as of {date} has an address for letters in the archive.", other: "{count} people held as of {date} have an address for letters in the archive."}
  none_html: "No one held as of {date} has an address for letters in the archive."
  # {date}: when the address was last confirmed (letters' as_of), as a <time> element.
  address_as_of_html: "Address as of {date}"
  support: "How to support"

statistics:
  # {date} is the date of the latest update, as a <time> element.
  as_of_html: "Figures as of {date}, the latest update to any published case."
  counts_note: "A prosecution is one criminal case, which may have several defendants; persons are the people prosecuted, each counted once however many cases they face. Each chart is followed by a table with the same figures."
  none: "No case has been published yet."
  current_heading: "Latest recorded status: where the cases stand"
  current_intro: "Every published case by its latest recorded status, which each case page dates (\"as of …\"). A status is what the sources last reported, not a claim about today: a case recorded as on trial may have been sentenced since."
  recorded_heading: "All cases recorded"
  recorded_intro: "Every published case the archive has recorded, whatever its latest recorded status, by the year it began, where, under which charges, and with which sentences."
  # The last row of each table.
  total: "All published cases"
  # Column headings of the tables, and the names of the charts' two series.
  prosecutions: "Prosecutions"
  persons: "Persons"
  prosecutions_to_date: "Prosecutions to date"
  persons_to_date: "Persons to date"
  year: "Year"
  charge: "Charge"
  sentence_type: "Sentence type"
  # Figure headings; the tables' captions and charts' titles repeat them in lower case.
  by_status: "By status"
  by_year: "By year"
  by_region: "By region"
  by_charge: "By charge"
  by_sentence: "By sentence type"
  cumulative: "Cumulative, by year"
  caption: "Prosecutions and persons {heading}"
  chart_title: "Bar chart: prosecutions and persons {heading}"
  year_caption: "Prosecutions and persons by the year the prosecution began"
  cumulative_title: "Bar chart: prosecutions and persons recorded up to each year"
  cumulative_caption: "Prosecutions and persons recorded up to the end of each year"
  chart_description: {one: "{count} row, each with the number of prosecutions and of persons; the table below gives the same figures.", other: "{count} rows, each with the number of prosecutions and of persons; the table below gives the same figures."}
  status_note: "Prosecutions by the status of the case; persons by their own status in it, which is the case's unless the case file gives the person another. A person whose cases stand at different statuses is counted under each."
  # After status_note, only where some status is reported or disputed ({cases}, {persons}: how many).
  status_uncertain_note: "The sources only report, or dispute, the status of some of them (prosecutions: {cases}; persons: {persons}): each case's page says so beside the status, and every list of cases marks it."
  year_note: "Each case counts in the year its prosecution began: its earliest detention, charge or measure of restraint, else its earliest dated event; an offence date never moves it. A case with no dated event is counted under \"Not known\". Persons are those prosecuted in the cases of that year; a person with cases in several years counts in each."
  charge_note: "A case with several charges, or a person charged under several articles, is counted under each."
  sentence_note: "Sentences of defendants, by each kind of penalty they include (a sentence of freedom limitation with a ban on activity counts under both). A prosecution counts under a type when any of its defendants received it."
  # After sentence_note, only where a part of a counted sentence is reported or disputed ({cases}, {persons}: how many).
  sentence_uncertain_note: "The sources only report, or dispute, a part of some of these sentences (prosecutions: {cases}; persons: {persons}): each case's page says so beside it."
  cumulative_note: "All cases whose first event falls in that year or earlier, and the distinct persons prosecuted in them."
  undated_note: {one: "{count} case with no dated event is not included.", other: "{count} cases with no dated event are not included."}
  # Rows of cases that lack the fact.
  not_known: "Not known"
  no_region: "Region not recorded"
  no_charge: "No charge recorded"
  no_sentence: "No sentence recorded"
  # When the build was given the day (--as-of, site.yml as_of, today): not the latest update.
  as_of_set_html: "Figures as of {date}, the date this site counts at; each case's status is as last recorded."
  # Custody and recognition ({people} is units.people with its number in <strong>, {date} a <time>).
  held_heading: "Custody and recognition"
  recognition_heading: "Recognised as political prisoners"
  held_intro: "Counted from the custody periods in the case files. Only measures that deprive of liberty count as custody (a freedom limitation or a travel ban does not); a day counts whether it is the first, the last or one between."
  held_now_html: "Held now, as of {date}: {people}."
  ever_held_html: "Held at any time up to {date}: {people}."
  held_before_html: "Held before {date} but not on it: {people}."
  # {median} and {longest} are units.day, or about_days when the total rests on a partial date.
  days_html: "Days in custody as of {date}, over everyone held up to then: median {median}, longest {longest}."
  about_days: {one: "about {count} day", other: "about {count} days"}
  recognised_html: "Recognised as political prisoners up to {date}: {people}."
  recognised_held_html: "Recognised and held now, as of {date}: {people}."
  # The figures of people held now; {date} is the date in words.
  held_by_kind: "By kind of custody"
  # The heading of the figure of people held now by region, apart from the "By region" of all cases.
  held_by_region: "Held now, by region"
  custody_kind: "Kind of custody"
  held_people: "People held now"
  held_caption: "People held now {heading}, as of {date}"
  held_chart_title: "Bar chart: people held now {heading}, as of {date}"
  held_chart_description: {one: "{count} row, each with the number of people held now; the table below gives the same figures.", other: "{count} rows, each with the number of people held now; the table below gives the same figures."}
  held_kind_note: "Each person counts once, under the measure they are held under now (the latest to start when several are recorded)."
  held_region_note: "Each person counts once: in their own region when their file gives one, else in the region of the case they are held in."

data:
  description: "The archive's cases, people and organizations as CSV and JSON files to download and reuse."
  lede: "Everything this archive publishes is also available as files you can download, open in a spreadsheet and reuse."
  # {licence} is site.yml's licence, {site} the site's title.
  licence_html: "<strong>Licence:</strong> <bdi>{licence}</bdi>. Please credit <bdi>{site}</bdi> and link to the case pages you rely on."
  no_licence: "The archive has not stated a licence for these files; ask its editors before reusing them."
  # {prosecutions} is units.prosecution, {persons} units.person_prosecuted, each number in <strong>.
  counts_html: "The files are made from the same published records as the pages, at the same moment, so every count matches the site: the archive lists {prosecutions} and {persons}. In <code>cases.csv</code>, prosecutions are the distinct values of <code>case_id</code>, and persons prosecuted are the distinct values of <code>person_id</code> on rows whose <code>role</code> is <code>defendant</code> (a person with two cases is counted once); defendants the sources count but do not name, a case's <code>unnamed_defendants</code> in <code>cases.json</code>, are added to them."
  dates_html: "Dates are written as the archive knows them: a year (<code>2021</code>), a month (<code>2021-03</code>) or a day (<code>2021-03-04</code>). Ids are permanent: they are the names of the archive's files, and they are the last part of each page's address."
  csv_html: "The CSV files follow RFC 4180 (commas between fields, quotes around fields that need them, Windows line ends) and are UTF-8 with a byte order mark, so Excel opens Cyrillic and Kazakh names correctly. Lists inside one field (charges, tags, ids) are separated by a semicolon and a space. A value that starts with <code>=</code>, <code>+</code>, <code>-</code> or <code>@</code> is preceded by an apostrophe, so a spreadsheet never runs it as a formula; <code>cases.json</code> has every value exactly as written."
  feed_heading: "Feed and sitemap"
  # {href} is the feed's address, {limit} how many cases it holds.
  feed_html: "<a href=\"{href}\">Atom feed of new and updated cases</a>: the {limit} latest entries, newest first: cases as they are updated, and corrections to any page. Add it to a feed reader to follow the archive."
  # {href} is the sitemap's address.
  sitemap_html: "<a href=\"{href}\">Sitemap</a> of every page, for search engines."
  cases_json: "Every published case with its people, sentences, charges, court, events, sources and corrections, plus the site's vocabularies (statuses, roles, event types, sentence types, organization kinds, charges) so that every key can be read without site.yml. At the top: the site's title, address, licence, and the counts of prosecutions and persons prosecuted. Each case is one line of the file."
  # {columns} names the added columns ("name_ru, name_kk").
  language_columns: "Names and titles in the archive's other languages are in the columns {columns}, empty where there is no translation."
  # Between those columns' names: "title_ru, name_ru and name_kk". Not `list`, whose words
  # a language may choose for a sentence's durations alone (Kazakh: "1 жыл 6 ай").
  language_columns_separator: ", "
  language_columns_last: " and "
  cases_csv: "One row per person in a case: a case with two defendants and a lawyer has three rows. The case's own columns repeat on each of its rows."
  people_csv: "One row per person in the archive, whatever their role."
  organizations_csv: "One row per organization, courts included."
  # {date} is the date custody is counted at, in words.
  custody_csv: "One row per custody period of a person in a case, measures that do not deprive of liberty included (held is false for them). Days, held now and current are counted as of {date}."
  # {date} is a <time>.
  custody_html: "Custody is counted as of {date}: <code>days</code> and <code>current</code> in <code>custody.csv</code>, <code>held_now</code> in <code>people.csv</code>, and <code>as_of</code>, <code>held_now</code> and <code>custody</code> in <code>cases.json</code>. A date known only to the month or year counts from its first day."

# The words of the site's two scripts, which build the search results (search.js, search_
# entries) and the filters of the cases index (filters.js, filter_ entries) in the reader's
# browser. The scripts carry these English words; a page gives the scripts its own
# (docs/theme.md, "The scripts' words").
script:
  # The groups of search results, under headings such as "People (3)".
  search_people: "People"
  search_organizations: "Organizations"
  search_cases: "Cases"
  search_group: "{label} ({count})"
  # The button under a group on the search page.
  search_show_all: "Show all {count}"
  search_searching: "Searching…"
  search_failed: "The search index could not be loaded."
  search_results: {one: "{count} result", other: "{count} results"}
  # {results} is search_results: "3 results for “Lesova”".
  search_found: "{results} for “{query}”"
  search_nothing_found: "Nothing found for “{query}”."
  # Read aloud in the header's search box, and shown in its popup.
  search_nothing: "Nothing found"
  search_nothing_shown: "Nothing found."
  search_all: "All {results} on the search page"
  # After the first three defendants of a case found: "Lesova, Ablyazov, Kambarova, 2 more".
  search_more: "{count} more"
  # The button that opens the filters, and the form's name (read aloud).
  filter_open: "Filter cases by status, region, charge, organization, year or sentence"
  filter_label: "Filter cases"
  filter_loading: "Loading the filters…"
  filter_failed: "The filters could not be loaded. Browse by status, charge, region or tag instead."
  # The lists of the form.
  filter_status: "Status"
  filter_region: "Region"
  filter_charge: "Charge"
  filter_organization: "Organization"
  filter_year: "Year"
  filter_sentence: "Sentence type"
  # The first choice of each list, with the number of cases it leaves: "Any (120)".
  filter_any: "Any ({count})"
  filter_clear: "Clear filters"
  filter_heading: "Matching cases"
  filter_more: "Show more"
  # A filter of a shared or old address that no case has: "The filter “Region: Atyrau” in
  # the address matches no case here, so it is left out." ({value} as the address has it).
  filter_unknown: "The filter “{filter}: {value}” in the address matches no case here, so it is left out."
  # Above the cases that match: "12 cases match." or, past the first page,
  # "250 cases match; showing the first 100."
  filter_matches: {one: "{count} case matches.", other: "{count} cases match."}
  filter_matches_shown: {one: "{count} case matches; showing the first {shown}.", other: "{count} cases match; showing the first {shown}."}

# What each column of the open data files holds, on the open data page (the column
# names are data keys and stay as they are).
columns_cases_json:  # data/cases.json
  id: "the case's permanent id (its file name)"
  url: "the case's page"
  title: "the title"
  summary: "the one-line summary, or null"
  "status, status_label": "the case's status as a key and in words"
  status_as_of: "when the status was last confirmed"
  latest_date: "the date of the latest event, else status_as_of"
  updated: "when the record was last updated"
  draft: "true only in a preview built with --drafts"
  people: "everyone in the case: id, name, url, role and role_label, status and status_label and charges (defendants only; null and [] for other roles), sentence (components: type, type_label, years, months, days, hours, amount, note) and sentence_text (the sentence in words)"
  organizations: "organizations the case names: id, name, url"
  charges: "the case's charges: key, label, law"
  court: "the court: id, name, url; or null"
  "region, city": "as written"
  tags: "as written"
  related_cases: "ids of related cases, both directions"
  events: "dated events, oldest first: date, type and type_label, summary, people (ids; the case's defendants unless the event names some), sources (ids of this case's sources)"
  sources: "every source as written: id, title, publisher, url, date, language, archive_url"
  corrections: "the public corrections log: date, note"
  as_of: "at the top: the date custody is counted at (days, held now, current)"
  vocabularies.custody_kinds: "at the top: the kinds of custody, key and label"
  people.held_now: "true when the person is held now, in this case or another"
  people.custody: "the person's custody periods in this case: from, to (null while it lasts), kind and kind_label, held (true when the kind deprives of liberty), place, days (up to the as-of date, first and last day counted), current (begun by the as-of date and not ended)"
  documents: "on a case that has some, its documents: title, date, kind and kind_label, file (the address of the file on this site), url, language, sources (ids of this case's sources)"
  "events.certainty, events.note": "on an event that gives them: how sure the sources are (reported or disputed) and why"
  "status_certainty, status_note, status_sources": "on a case, and on a person of a case, that gives them: how sure the sources are of the status, why, and the ids of this case's sources that report it"
  people.current_sentence: "on a site with decisions: the sentence in force after the person's latest decision that set one (the same as sentence), its parts as in sentence"
  people.first_instance_sentence: "on a site with decisions: the first-instance sentence, parts as in sentence"
  people.in_absentia: "on a site with decisions: true when the sentence in force was passed in the person's absence"
  people.decisions: "on a site with decisions: the person's decisions in order: date, kind and kind_label, outcome and outcome_label, court (id, name, url), charges (keys ruled on; null when not said), sentence and sentence_total (parts: type, type_label, years, months, days, hours, amount, currency, charge, probation, from_release, note, certainty, sources), in_absentia, sources, note, certainty"
columns_cases_csv:  # data/cases.csv
  case_id: "the case's permanent id (its file name)"
  case_url: "the case's page"
  case_title: "the case's title"
  status: "the case's status, as a key"
  status_label: "the case's status in words"
  status_as_of: "when the status was last confirmed (a date, maybe partial)"
  latest_date: "the date of the case's latest event, else status_as_of"
  updated: "when the case's record was last updated"
  court_id: "the id of the court, an organization"
  court_name: "the court's name"
  region: "the region, as written"
  city: "the city, as written"
  charges: "the case's charges, as keys (see cases.json for labels and laws)"
  person_id: "the person's permanent id"
  person_name: "the person's name"
  role: "the person's role in the case, as a key (defendant, witness, lawyer …)"
  person_status: "defendants only: their own status, as a key (the case's status unless the file says otherwise)"
  person_charges: "defendants only: their charges, as keys (the case's charges unless the file says otherwise)"
  decision_charges: "on a site with decisions, defendants only: the charges their decisions ruled on or their sentence parts name that are not among person_charges, as keys"
  sentence: "the person's sentence in words, as on the case page"
  sentence_types: "the kinds of penalty in the sentence, as keys"
  organizations: "ids of the organizations the case names"
  tags: "the case's tags, as written"
  source_count: "how many sources the case cites"
  person_url: "the person's page"
  related_cases: "ids of related cases"
  source_urls: "the addresses of the case's sources, separated by spaces"
  first_instance_sentence: "on a site with decisions: the first-instance sentence in words"
  first_instance_sentence_types: "on a site with decisions: the kinds of penalty of the first-instance sentence, as keys"
  in_absentia: "on a site with decisions: true when the sentence in force was passed in the person's absence"
  status_certainty: "on a site where some status gives one: how sure the sources are of the case's status (reported or disputed; empty when the case does not say)"
  person_status_certainty: "on such a site, defendants only: how sure the sources are of their status in person_status (their own, else the case's)"
  status_note: "on such a site: the case's status_note, why the sources are as sure of its status as they are (empty when it gives none)"
  person_status_note: "on such a site, defendants only: the note on their status in person_status (their own status_note, else the case's)"
  country: "on a site where some case gives one: the case's country, an ISO 3166-1 alpha-2 code (KZ); empty when the case does not say"
  country_name: "on such a site: the country's name, as on the case page"
  unnamed_defendants: "on a site where some case gives them: the defendants the case's sources count but do not name, a whole number on each of its rows (empty when it gives none); they are no rows here, so add each case's once to the persons"
columns_people_csv:  # data/people.csv
  id: "the person's permanent id (their file name)"
  url: "the person's page"
  name: "the person's name"
  aliases: "other spellings of the name"
  born: "date of birth, maybe only the year"
  region: "the person's region, as written"
  organizations: "ids of organizations the person is affiliated with or leads"
  case_count: "in how many published cases the person appears, in any role"
  case_ids: "the ids of those cases, newest development first"
  defendant: "true when the person is a defendant in at least one published case (counted in \"persons prosecuted\")"
  organization_links: "the link to each organization of organizations, in the same order: a key of affiliations (member, alleged …), or leader where only the organization's file names the person"
  held_now: "true when the person is held now (a period of a kind that deprives of liberty, begun by the as-of date and not ended; see custody.csv)"
  gender: "on a site where some person gives it: female or male, as the person's file gives it; empty when it does not, and always for a protected person"
  died: "on a site where some person's death is recorded: the date they died (maybe partial); empty while they are alive or it is not known, and for a death after the as-of date"
  died_in_custody: "on such a site, where died is given: true when they died in custody, else false"
columns_organizations_csv:  # data/organizations.csv
  id: "the organization's permanent id (its file name)"
  url: "the organization's page"
  name: "the organization's name"
  short_name: "its short name or abbreviation"
  kind: "the kind of organization, as a key (party, movement, court …)"
  banned: "when it was banned, maybe only the year or month"
  leaders: "ids of its leaders"
  member_count: "how many people in the archive list it among their affiliations"
  case_count: "how many published cases name it"
  court_case_count: "for a court: how many published cases name it as their court"
  alleged_count: "how many people only the prosecution links to it (not in member_count)"
  # Only in an archive that gives former names, a predecessor or bans as a list.
  former_names: "the names it had before, in the order the file gives them"
  former_names_until: "for each former name, in the same order, the date it was used until (empty when not known)"
  successor_of: "the id of the organization it continues"
  ban_dates: "the date of every ban, in the order the file gives them"
  ban_courts: "for each ban, in the same order, the id of the court that ordered it (empty when not given)"
columns_custody_csv:  # data/custody.csv
  person: "the person's permanent id"
  case: "the id of the case the period belongs to"
  kind: "the kind of measure, as a key of custody_kinds (pretrial-detention, prison, travel-ban …)"
  from: "the first day, as written (maybe only the month or year)"
  to: "the last day, as written; empty while the period lasts"
  place: "where: a detention centre, a colony, a town, as written"
  days: "days of the period up to the as-of date, the first and last day both counted; 0 when it starts later; counted from the first day of a partial date"
  held: "true when the kind deprives of liberty (counted as held and as days in custody), false for a measure such as a travel ban"
  current: "true when the period began on or before the as-of date and ends after it, or has no end"

# Countries, deaths, unnamed defendants and offence dates (issue 19).
casefacts:
  country: "Country"
  by_country: "By country"
  no_country: "Country not given"
  citizenship: "Citizenship"
  # A case's offence_date: "Offence: 2011".
  offence: "Offence"
  # A person's died, with a <time> element as {date}.
  died_html: "Died on {date}"
  died_in_custody_html: "Died in custody on {date}"
  # The same, for a date that is not one day: a month, a year, "about …", an interval.
  died_in_html: "Died in {date}"
  died_in_custody_in_html: "Died in custody in {date}"
  died_in_custody_count: {one: "{count} person died in custody.", other: "{count} persons died in custody."}
  # After the people of a case page.
  unnamed_defendants: {one: "and {count} unnamed defendant", other: "and {count} unnamed defendants"}
  unnamed_only: {one: "{count} unnamed defendant", other: "{count} unnamed defendants"}
  unnamed_note: "Persons include defendants the sources count but do not name; they cannot be told apart across cases, so one of them may be counted in more than one case."

# Decisions about a person in a case (docs/content.md, "Decisions"): the case page's
# person entry and the person page's case line show the sentence in force first, then
# each decision. The statistics page and the open data use the sentence in force.
decisions:
  current_sentence: "Current sentence"
  # The current sentence when the latest decision ended it (an acquittal, a verdict overturned).
  no_sentence: "none in force"
  # The current sentence when the person was convicted and no sentence is recorded since.
  sentence_unknown: "not known"
  # The person's sentence: given beside decisions, the sentence before all of them.
  first_instance_sentence: "Sentence at first instance"
  in_absentia: "sentenced in absentia"
  # A person page's case line: "Defendant · Convicted: 5 years of imprisonment, sentenced in absentia".
  in_absentia_after: "{sentence}, sentenced in absentia"
  # Beside one decision made in the person's absence.
  decision_in_absentia: "in absentia"
  heading: "Decisions"
  sentence: "Sentence:"
  # sentence_total: the combined term the court gave beside the terms per article.
  total: "Combined term:"
  # The charges a court ruled on, when they differ from the charges brought.
  ruled_on: "Ruled on:"
  charges_brought: "Charges brought"
  # Earlier roles: "Witness until 9 March 2018, then defendant".
  roles: "Role"
  role_until: "{role} until {date}"
  role_then: ", then "
  certainty_reported: "reported, not confirmed"
  certainty_disputed: "disputed"
  # The statistics page, under the sentence table, when any person has decisions.
  statistics_note: "Sentences as in force after the latest decision that set one: a sentence changed on appeal counts as changed; parole, an amnesty or a pardon leaves the sentence as it was set; an acquittal or an overturned verdict counts as no sentence. A person sentenced in absentia counts in a row of their own, never under a penalty, and is counted as held only when arrested after the verdict."
  statistics_in_absentia: "Sentenced in absentia"

# What a case, person or organization page says of its own history (from git), how to cite
# it, and the footer's build stamp.
permanence:
  # The page history's heading, and its dates: the first and the latest commit of the file.
  history: "History"
  first_published: "First published"
  last_changed: "Last updated"
  # The summary of the list of changes, each a date and its commit message.
  changes: {one: "{count} change", other: "{count} changes"}
  # A change whose commit message is not shown (it named a protected person).
  change_without_message: "changed"
  # The citation block: plain text and BibTeX, each with a copy button.
  cite: "Cite this page"
  cite_text: "Text"
  cite_bibtex: "BibTeX"
  copy: "Copy"
  copied: "Copied"
  # Inside the citation: "(last updated 5 March 2021; version 1a2b3c4)".
  cite_updated: "last updated {date}"
  cite_version: "version {commit}"
  # The footer: the commit the site was built from, and that commit's date.
  built_from: "Built from version {commit} of {date}"

# A page at an old address: a file renamed keeps its former ids (docs/content.md, "Renamed
# files"), and each old address gets a small page that sends the reader on at once. These
# words show for that moment, or when the browser does not follow the refresh.
renamed:
  # The page's title; {title} is the title or name of the page it leads to.
  title: "Moved: {title}"
  # {link} is a link to the new page, its text that page's title or name.
  moved: "This page has moved to {link}."
  # The page at an address site.yml lists under 'withdrawn' (a record removed on purpose); it names nobody.
  withdrawn_title: "Record withdrawn"
  # {link} is a link to the home page, its text the site's title.
  withdrawn: "This record was withdrawn from the archive: {link}."
  # The data page's descriptions of the former_ids column of each file.
  former_ids_cases_json: "ids the case had before it was renamed (a list); their old addresses lead to its page"
  former_ids_cases_csv: "ids the case had before it was renamed; their old addresses lead to its page"
  former_ids_people_csv: "ids the person had before their file was renamed; their old addresses lead to the person's page"
  former_ids_organizations_csv: "ids the organization had before its file was renamed; their old addresses lead to its page"
# Texts `casebook import` writes into the files it makes from the open data (docs/import.md),
# in the archive's default language: they are published until an editor replaces them.
imported:
  # The summary of the event written at a case's latest date.
  event_summary: "The latest development on record (imported from the open data, which give its date only)."
  # The note of the decision written for a sentence in force that differs from the first one.
  decision_note: "Imported from the open data, which give the sentence in force but not the decision that set it: check the kind, date and court."
  # The title of a source the open data give without an address.
  source_without_address: "A source without an address (imported from the open data)"
# Corrections (docs/content.md, "Corrections"): the box on a corrected case, person or
# organization page, the site-wide /corrections/ page (newest first) and its footer link,
# and each correction's entry in the Atom feed.
corrections:
  title: "Corrections"
  # The archive's correction policy, above the list; content/pages/corrections.md, when
  # it exists, adds the archive's own words above this.
  intro: "When a published page is found to be wrong, it is corrected and the correction is recorded, with its date: on the page it corrects, on this list and in the Atom feed."
  count: {one: "{count} correction, the newest first.", other: "{count} corrections, the newest first."}
  box_heading: "Corrections to this page"
  all_link: "All corrections in the archive"
  footer_link: "Corrections"
  # A correction's entry in the feed: {title} is the corrected page's title or name.
  feed_title: "Correction: {title}"
  feed_category: "Correction"
sentence_terms:
  # The data page's descriptions of cases.csv's sentences as terms (docs/data.md, "Sentences in numbers").
  sentence_terms_cases_csv: "the sentence of the sentence column, machine-readable: its terms separated by '; ', each a type followed by name=value fields (imprisonment years=7 months=6; fine amount=530250 currency=KZT)"
  first_instance_sentence_terms_cases_csv: "on a site with decisions: the first-instance sentence, machine-readable as in sentence_terms"
# The summary of a case's entry in the Atom feed, after the case's own summary: each status
# with the defendants who have it, in the order the case lists them ("Sentenced: Mia, Nick.
# Acquitted: Olga."); {status} is the status's label from site.yml, {people} the names.
feed:
  status_people: "{status}: {people}."
  # Between the names of one status.
  people_separator: ", "
  # A case without defendants: its status alone.
  status_only: "{status}."

"""#
}
