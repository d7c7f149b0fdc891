/// The built-in Kazakh catalogue: `templates/i18n/kk.yml` as the binary carries it. A
/// theme's own `i18n/kk.yml` is read over it, so an entry a newer casebook adds is
/// there in Kazakh even when the theme's copy predates it. A test holds the two equal.
extension BuiltInCatalogue {
    static let kazakh = #"""
# casebook сөздері қазақ тілінде: сайт оқырманы көретін әр сөз бен сөз тіркесі.
# casebook's words in Kazakh. The keys are en.yml's, every one of them; the comments in
# English say how an entry is used where en.yml does not, and why a form was chosen.
#
# - {name} is a placeholder the build fills in; keep every one an entry has, and add no
#   other. "{month:nominative}" asks for a month name in that form (see months).
# - Entries whose key ends in _html may hold HTML; {root} there is the way back to the
#   site's root. All other entries are plain text.
# - An entry with one/other is chosen by the number it counts, with plural_rule. A Kazakh
#   noun does not change after a number (1 жыл, 5 жыл), so the two forms are the same.
# See docs/theme.md, "Words: the catalogue".
#
# Labels in site.yml (statuses, roles, sentence types...) are given in the NOMINATIVE, a
# sentence type as the verbal noun of the verdict: "бас бостандығынан айыру", "бас
# бостандығын шектеу", "шартты түрде бас бостандығынан айыру", "айыппұл", "қоғамдық
# жұмыстарға тарту", "қызметпен айналысуға тыйым салу", "мәжбүрлеп емдеу". The sentence
# patterns put the term before the label, as verdicts do: "2 жыл мерзімге бас
# бостандығынан айыру".

# CLDR: one 1, other everything else.
plural_rule:
  one: "n = 1"

# 500 000,5: digits grouped with a no-break space, a decimal comma.
number:
  group: "\u00A0"
  decimal: ","
  group_size: "3"

# Kazakh dates take the month in the nominative ("5 наурыз"); the genitive forms are
# given for a theme's own patterns ("наурыздың 5-і").
months:
  nominative: [қаңтар, ақпан, наурыз, сәуір, мамыр, маусым, шілде, тамыз, қыркүйек, қазан, қараша, желтоқсан]
  genitive: [қаңтардың, ақпанның, наурыздың, сәуірдің, мамырдың, маусымның, шілденің, тамыздың, қыркүйектің, қазанның, қарашаның, желтоқсанның]

# The order of Kazakh official writing: "2021 жылғы 5 наурыз", "2021 жылғы наурыз", "2021".
dates:
  year: "{year}"
  month: "{year} жылғы {month:nominative}"
  day: "{year} жылғы {day} {month:nominative}"

# Dates the sources give only roughly (EDTF): "шамамен 2018 жылғы қараша" (2018-11~), "2018
# (анық емес)" (2018?, "not certain"), "шамамен 2018 (анық емес)" (2018%), and intervals.
date_forms:
  about_year: "шамамен {year}"
  about_month: "шамамен {year} жылғы {month:nominative}"
  about_day: "шамамен {year} жылғы {day} {month:nominative}"
  uncertain: "{date} (анық емес)"
  years: "{year}–{end_year}"
  months: "{year} жылғы {month:nominative}–{end_month:nominative}"
  days: "{year} жылғы {day}–{end_day} {month:nominative}"
  interval: "{start} – {end}"

# How sure the sources are of a fact, shown beside it (an event, a status): "(хабарламалар
# бойынша)", "according to reports"; "(даулы: ...)", "disputed".
certainty:
  reported: "хабарламалар бойынша"
  disputed: "даулы"
  with_note: "{certainty}: {note}"
  # A status where its note is not shown (case lists, a person's case line, the feed): "Босатылды (даулы)".
  status: "{status} ({certainty})"

# "1 жыл", "1,5 жыл", "100 сағат". A term is written before "мерзімге" (sentence, below),
# so the _adjective entries are the plain forms.
units:
  year: {one: "{count} жыл", other: "{count} жыл"}
  month: {one: "{count} ай", other: "{count} ай"}
  day: {one: "{count} күн", other: "{count} күн"}
  hour: {one: "{count} сағат", other: "{count} сағат"}
  year_adjective: {one: "{count} жыл", other: "{count} жыл"}
  month_adjective: {one: "{count} ай", other: "{count} ай"}
  day_adjective: {one: "{count} күн", other: "{count} күн"}
  hour_adjective: {one: "{count} сағат", other: "{count} сағат"}
  case: {one: "{count} іс", other: "{count} іс"}
  row: {one: "{count} жол", other: "{count} жол"}
  prosecution: {one: "{count} іс", other: "{count} іс"}
  person: {one: "{count} адам", other: "{count} адам"}
  # Under a large number: "12 / қылмыстық іс".
  prosecution_word: {one: "қылмыстық іс", other: "қылмыстық іс"}
  person_prosecuted_word: {one: "қудалауға ұшыраған адам", other: "қудалауға ұшыраған адам"}
  person_prosecuted: {one: "қудалауға ұшыраған {count} адам", other: "қудалауға ұшыраған {count} адам"}
  people: {one: "{count} адам", other: "{count} адам"}

# "2 жыл мерзімге бас бостандығын шектеу; 100 сағат мерзімге қоғамдық жұмыстарға тарту;
# 5 жыл мерзімге қоғамдық және саяси қызметпен айналысуға тыйым салу".
sentence:
  separator: "; "
  durations: "{durations} мерзімге {label}"
  # "500 000 мөлшерінде айыппұл"; a currency given as the note follows: "(теңге)".
  fine: "{amount} мөлшерінде {label}"
  note: "{text} ({note})"
  qualified: "{duration} мерзімге {noun}"
  noun_for: "{durations} мерзімге {noun}"
  # activity-ban with a note: the note says what is banned, in the instrumental case
  # ("қоғамдық және саяси қызметпен").
  ban_on: "{note} айналысуға тыйым салу"
  # currency бөлімінде жоқ валютаның ISO 4217 коды сомадан кейін: "2 000 CHF мөлшерінде айыппұл".
  amount_currency: "{amount} {currency}"
  # Шартты жазаның сынақ мерзімі.
  probation: "{text}, сынақ мерзімі {durations}"
  # Босатылғаннан кейін басталатын тыйым.
  from_release: "{text}, босатылғаннан кейін"
  certainty: "{text} ({certainty})"
  # Бір бап бойынша мерзім: баптың заңы, әйтпесе атауы.
  for_charge: "{text} ({charge})"

# A fine's amount with its currency, by the ISO 4217 code files give; the noun stays
# singular after a number, as in all Kazakh counts: "530 250 теңге мөлшерінде айыппұл". A code
# not listed here is shown as written, after the amount (sentence.amount_currency).
currency:
  KZT: {one: "{count} теңге", other: "{count} теңге"}
  RUB: {one: "{count} рубль", other: "{count} рубль"}
  KGS: {one: "{count} сом", other: "{count} сом"}
  UZS: {one: "{count} сум", other: "{count} сум"}
  TJS: {one: "{count} сомони", other: "{count} сомони"}
  BYN: {one: "{count} Беларусь рублі", other: "{count} Беларусь рублі"}
  USD: {one: "{count} АҚШ доллары", other: "{count} АҚШ доллары"}
  EUR: {one: "{count} еуро", other: "{count} еуро"}

# Today only a sentence's durations, which Kazakh writes side by side, as verdicts do:
# "1 жыл 1 ай 10 күн".
list:
  separator: " "
  last: " "

titles:
  not_found: "Бет табылмады"
  search: "Іздеу"
  data: "Ашық деректер"
  timeline_year: "Хронология: {year}"
  paged: "{title}, {page}-бет, барлығы {count}"

nav:
  cases: "Істер"
  people: "Адамдар"
  organizations: "Ұйымдар"
  timeline: "Хронология"
  statistics: "Статистика"
  held: "Қамаудағылар"

facets:
  statuses: "Мәртебелер"
  charges: "Айыптаулар"
  regions: "Өңірлер"
  tags: "Тегтер"
  countries: "Елдер"

common:
  draft: "Жоба"
  draft_not_published: "Жоба: жарияланбаған"
  also_written: "Басқаша жазылуы:"
  organizations: "Ұйымдар"
  region: "Өңір"
  events: "Оқиғалар"
  sources: "Дереккөздер"
  sources_label: "Дереккөздер:"
  archived_copy: "мұрағаттық көшірме"
  status: "Мәртебе"
  cases: "Істер"

language:
  name: "Қазақша"
  switcher_label: "Тіл"

translation:
  missing: "Бұл материал әлі қазақ тіліне аударылмаған; ол түпнұсқа тілінде көрсетілген."
  partial: "Бұл материалдың кейбір бөліктері әлі қазақ тіліне аударылмаған; олар түпнұсқа тілінде көрсетілген."

layout:
  skip: "Мазмұнға өту"
  feed_title: "жаңа және жаңартылған істер"
  draft_banner: "Алдын ала құрастыру: жобалар қосылған және белгіленген."

header:
  nav_label: "Негізгі мәзір"
  search_label: "Істерді, адамдарды және ұйымдарды іздеу"
  search_placeholder: "Іздеу"
  search_button: "Іздеу"
footer:
  pages_label: "Мұрағат туралы"
  open_data: "Ашық деректер"
  feed: "Atom арнасы"

# "← Алдыңғы" and " бет" read aloud make "← Алдыңғы бет"; "Бет 3".
pager:
  text: "{page}-бет, барлығы {count}"
  label: "Беттер"
  previous: "← Алдыңғы"
  next: "Келесі"
  hidden_page: " бет"
  hidden_page_number: "Бет "

not_found:
  text: "Бұл мекенжайда бет жоқ. Ол басқа жерге көшірілген болуы немесе сілтемеде қате болуы мүмкін."
  links_html: "<a href=\"{root}index.html\">Басты бетке өтіңіз</a> немесе <a href=\"{root}cases/index.html\">барлық істерді қараңыз</a>."

home:
  counts_note: "Қудалау — бір қылмыстық іс, онда бірнеше айыпталушы болуы мүмкін; әр адам қанша іске тартылса да, бір рет саналады."
  latest: "Соңғы жаңартулар"
  updated: "жаңартылды:"
  all_cases: "Барлық істер"
  # For themes that print the number themselves, after it: "12 — толық тізім".
  more: "— толық тізім"
  # After a list of facet values cut short: "тағы 12".
  more_count: {one: "тағы {count}", other: "тағы {count}"}
  explore: "Шолу"
  timeline: "Оқиғалар хронологиясы"
  # "12 / адам қамауда / 2024 жылғы 1 қаңтар бойынша".
  held_word: {one: "адам қамауда", other: "адам қамауда"}
  held_as_of: "{date} бойынша"

cases:
  filters_html: "Істерді <a href=\"{root}statuses/index.html\">мәртебесі</a>, <a href=\"{root}charges/index.html\">айыптауы</a>, <a href=\"{root}regions/index.html\">өңірі</a> немесе <a href=\"{root}tags/index.html\">тегі</a> бойынша қараңыз; <a href=\"{root}statistics/index.html\">статистиканы</a> да қараңыз."
  heading: "Барлық істер, соңғы оқиғалары бар істер алдымен"

case:
  facts: "Деректер"
  # After the status and before the date it was last confirmed, as the facts box shows them:
  # "Сотталды — мәлімет күні: 2021 жылғы 5 наурыз". The dash parts the two: without it
  # "Сотталды мәлімет күні" reads as one phrase, and the box puts no comma between them.
  as_of: "— мәлімет күні:"
  court: "Сот"
  city: "Қала"
  charges: "Айыптаулар"
  last_updated: "Соңғы жаңарту"
  people: "Адамдар"
  # Where a charge's law is shown, for a charge site.yml marks unspecified.
  article_not_reported: "бабы дереккөздерде көрсетілмеген"
  charged_under: "Айып тағылған баптар"
  sentence: "Үкім"
  what_happened: "Не болды"
  related: "Байланысты істер"
  corrections: "Түзетулер"
  tags: "Тегтер:"
  documents: "Құжаттар"
  # A document's file: "PDF, 240 КБ". {type} is the file's extension in capitals.
  document_file: "{type}, {size}"
  document_kb: "{number} КБ"
  document_mb: "{number} МБ"
  held_heading: "Қамауда"
  held_as_of: "{date} бойынша."
  # "бастап" takes the ablative, which a nominative date cannot give: "since" as a label.
  held_since: "(басталуы: {date})"
  held_other_case: "іс бойынша:"

person:
  born: "Туған күні"
  leader: "(жетекшісі)"
  no_cases: "Жарияланған бірде-бір істе бұл адам аталмайды."
  timeline: "Хронология"
  # Who recognised the person as a political prisoner (organizations, with dates).
  recognised: "Саяси тұтқын деп таныған"
  biography: "Өмірбаяны"
  custody_heading: "Қамау және бас бостандығын шектеу"
  custody_kind: "Шара"
  custody_from: "Басталуы"
  custody_to: "Аяқталуы"
  custody_place: "Орны"
  custody_days: "Күн саны"
  custody_sources: "Іс бойынша дереккөздер"
  custody_still_held: "әлі қамауда"
  custody_continues: "жалғасуда"
  custody_not_counted: "есептелмейді"
  custody_not_begun: "басталмаған"
  custody_total_case: "Осы іс бойынша қамауда болған уақыт ({date} бойынша): {days}."
  custody_total_all: "Барлық істер бойынша қамауда болған уақыт ({date} бойынша): {days}."
  custody_not_counted_note: "Бас бостандығынан айырмайтын шаралар (мысалы, бас бостандығын шектеу немесе елден шығуға тыйым) кестеде көрсетілген, бірақ қамауда болған күндерге қосылмайды."
  custody_about_note: "«Шамамен»: тек айы не жылы белгілі күн сол айдың не жылдың бірінші күнінен есептеледі."
  # While the person is held now: where to write to them (partials/letters), a link to
  # every address on /letters/; and the link to support_url, a page for supporting them.
  letters: "Хат жолдау"
  letters_all: "Қазір бас бостандығынан айырылғандардың барлық мекенжайлары"
  letters_support: "Қалай қолдау көрсетуге болады"

people:
  # {people} is units.people, {persons} units.person_prosecuted.
  intro: "Мұрағатта {people} бар, оның ішінде {persons}."

# "2024 жылғы 1 қаңтар бойынша қамауда: 12 адам". A Kazakh noun does not change after a
# number; "бойынша" takes the date in the nominative, as the dates pattern gives it.
held:
  heading: {one: "{date} бойынша қамауда: {count} адам", other: "{date} бойынша қамауда: {count} адам"}
  heading_recognised: {one: "{date} бойынша қамауда, саяси тұтқын деп танылған: {count} адам", other: "{date} бойынша қамауда, саяси тұтқын деп танылған: {count} адам"}
  heading_recognised_by: {one: "{date} бойынша қамауда, {organization} саяси тұтқын деп таныған: {count} адам", other: "{date} бойынша қамауда, {organization} саяси тұтқын деп таныған: {count} адам"}
  intro: "Мұрағат деректері бойынша {date} күні бас бостандығынан айырылған адамдардың бәрі; ең ұзақ қамауда отырғандар алдымен берілген. Қамауда болған күндерге бас бостандығынан айыратын шараның әр кезеңі, оның бірінші және соңғы күні де қосылады."
  about_note: "«Шамамен»: сан тек айы не жылы белгілі күнге сүйенеді және сол айдың не жылдың бірінші күнінен есептеледі."
  filter_label: "Тану бойынша сүзу"
  filter_all: "Қамаудағылардың бәрі"
  filter_recognised: "Саяси тұтқын деп танылғандар"
  filter_by: "Таныған ұйым:"
  none: "{date} бойынша бұл тізімде қамауда ешкім жоқ."
  # The start of the measure held under now (kind, below), not the arrest: continuous_since,
  # after it, gives the start of unbroken custody, which may be earlier.
  since: "Қазіргі шараның басталуы"
  continuous_since: "үзіліссіз қамаудың басталуы: {date}"
  days: "Қамауда болған күн саны"
  kind: "Шара"
  place: "Орны"
  case: "Іс"
  letters: "Хат жазу"
  support: "Қолдау көрсету"
  days_count: {one: "{count} күн", other: "{count} күн"}
  days_about: {one: "шамамен {count} күн", other: "шамамен {count} күн"}

organization:
  banned: "Тыйым салынған"
  leaders: "Жетекшілері"
  about: "Ұйым туралы"
  court_cases: "Осы сот қараған істер"
  members: "Байланысты адамдар"
  alleged: "Айыптау тарапы айтқан байланыстар"
  alleged_note: "Айыптау тарапы бұл адамдарды ұйыммен байланысты деп мәлімдейді. Мұрағат мұны дәлелденген факт ретінде ұсынбайды."
  # Ұйымның тарихы: бұрынғы атаулары (барыс жалғауын қажет етпейтін белгі түрінде: «атауы
  # ауысқан: 2019», {date} — күн сөзбен), алдыңғы және ізбасар ұйымдар, тыйым салған сот
  # («2018 жылғы 13 наурыз, сот: …»).
  formerly: "Бұрынғы атаулары:"
  former_until: "атауы ауысқан: {date}"
  successor_of: "Алдыңғы ұйым"
  succeeded_by: "Ізбасар ұйым"
  banned_by: "сот:"

organizations:
  intro: {one: "{count} ұйым: партиялар, қозғалыстар, БАҚ, ҮЕҰ және істерді қараған соттар.", other: "{count} ұйым: партиялар, қозғалыстар, БАҚ, ҮЕҰ және істерді қараған соттар."}
  other: "Басқалары"

timeline:
  intro: "Барлық істердің, адамдардың және ұйымдардың күні белгілі барлық оқиғалары, жылдар бойынша."
  years_label: "Жылдар"
  recent: "Соңғы оқиғалар"
  dated_events: {one: "Күні белгілі {count} оқиға.", other: "Күні белгілі {count} оқиға."}
  other_years: "Басқа жылдар"
  month_unknown: "{year}, айы белгісіз"
  continued: "{label} (жалғасы)"
  later_months: "Келесі айлар — келесі беттерде"

search:
  intro: "Істерді, адамдарды және ұйымдарды аты, басқаша жазылуы, атауы, айыптауы, өңірі немесе қысқаша сипаттамасы бойынша табыңыз. Есімдер қалай жазылса да табылады: латын, кирилл немесе қазақ әріптерімен, диакритикамен немесе онсыз."
  label: "Мұрағаттан іздеу"
  button: "Іздеу"
  nojs: "Іздеу браузеріңізде жұмыс істейді және JavaScript қажет етеді, ал ол мұнда өшірулі немесе бұғатталған. Мұрағаттағының бәрі мына беттерде де тізімделген:"
  also_by_html: "сондай-ақ <a href=\"{root}statuses/index.html\">мәртебесі</a>, <a href=\"{root}charges/index.html\">айыптауы</a>, <a href=\"{root}regions/index.html\">өңірі</a> және <a href=\"{root}tags/index.html\">тегі</a> бойынша"

# /letters/: where to write to each person held now (made when cases record custody; the
# text of content/pages/letters.md, when there is one, stands above the list).
letters:
  title: "Қазір бас бостандығынан айырылғандарға хат"
  # {date} is the day "held now" is counted at, as a <time> element.
  intro_html: {one: "{date} бойынша бас бостандығынан айырылған {count} адамның хат жолдайтын мекенжайы мұрағатта бар.", other: "{date} бойынша бас бостандығынан айырылған {count} адамның хат жолдайтын мекенжайы мұрағатта бар."}
  none_html: "{date} бойынша бас бостандығынан айырылғандардың ешқайсысының хат жолдайтын мекенжайы мұрағатта жоқ."
  # {date}: when the address was last confirmed (letters' as_of), as a <time> element.
  address_as_of_html: "Мекенжай {date} бойынша"
  support: "Қалай қолдау көрсетуге болады"

statistics:
  as_of_html: "Деректер {date} бойынша берілген (жарияланған істердің соңғы жаңартуы)."
  counts_note: "Қудалау — бір қылмыстық іс, онда бірнеше айыпталушы болуы мүмкін; адамдар — қудалауға ұшырағандар, әрқайсысы қанша іске тартылса да, бір рет саналады. Әр диаграммадан кейін сол сандар берілген кесте бар."
  none: "Әзірге бірде-бір іс жарияланған жоқ."
  current_heading: "Соңғы тіркелген мәртебе: істер қай сатыда"
  current_intro: "Жарияланған әр іс соңғы тіркелген мәртебесі бойынша; іс бетінде оның қай күнгі жағдай екені көрсетілген. Мәртебе — дереккөздердің соңғы хабарлағаны, бүгінгі күн туралы мәлімдеме емес: сотта қаралып жатқан деп тіркелген іске содан бері үкім шығарылған болуы мүмкін."
  recorded_heading: "Тіркелген барлық істер"
  recorded_intro: "Мұрағат тіркеген барлық жарияланған істер, соңғы тіркелген мәртебесіне қарамастан: басталған жылы, орны, айыптаулары және үкімдері бойынша."
  total: "Барлық жарияланған істер"
  prosecutions: "Істер"
  persons: "Адамдар"
  prosecutions_to_date: "Істер, жинақталған жиыны"
  persons_to_date: "Адамдар, жинақталған жиыны"
  year: "Жыл"
  charge: "Айыптау"
  sentence_type: "Жаза түрі"
  # Also in lower case after "Істер мен адамдар:": "Істер мен адамдар: мәртебесі бойынша".
  by_status: "Мәртебесі бойынша"
  by_year: "Жылдар бойынша"
  by_region: "Өңірлер бойынша"
  by_charge: "Айыптаулар бойынша"
  by_sentence: "Жаза түрлері бойынша"
  cumulative: "Жинақталған жиыны, жылдар бойынша"
  caption: "Істер мен адамдар: {heading}"
  chart_title: "Бағаналы диаграмма: істер мен адамдар, {heading}"
  year_caption: "Істер мен адамдар, қудалау басталған жыл бойынша"
  cumulative_title: "Бағаналы диаграмма: әр жылға дейін тіркелген істер мен адамдар"
  cumulative_caption: "Әр жылдың соңына дейін тіркелген істер мен адамдар"
  chart_description: {one: "{count} жол, әрқайсысында істер мен адамдар саны; төмендегі кестеде сол сандар берілген.", other: "{count} жол, әрқайсысында істер мен адамдар саны; төмендегі кестеде сол сандар берілген."}
  status_note: "Істер — істің мәртебесі бойынша; адамдар — істегі өз мәртебесі бойынша, ол іс құжатында басқаша көрсетілмесе, істің мәртебесімен бірдей. Істері әр түрлі сатыда тұрған адам әрқайсысында саналады."
  status_uncertain_note: "Олардың кейбірінің мәртебесін дереккөздер тек хабарлайды немесе даулайды (істер: {cases}; адамдар: {persons}): бұл әр осындай істің бетінде мәртебенің жанында айтылған және істердің әр тізімінде белгіленген."
  year_note: "Әр іс қудалау басталған жылда саналады: ең ерте ұстау, айып тағу немесе бұлтартпау шарасы, олар болмаса — күні белгілі ең ерте оқиғасы; айып тағылған әрекеттің күні оны өзгертпейді. Күні белгілі оқиғасы жоқ іс «Белгісіз» ретінде саналады. Адамдар — сол жылғы істер бойынша қудалауға ұшырағандар; әр түрлі жылдарда істері бар адам әр жылда саналады."
  charge_note: "Бірнеше айыптауы бар іс немесе бірнеше бап бойынша айыпталған адам әрқайсысы бойынша саналады."
  sentence_note: "Айыпталушыларға шығарылған үкімдер, оларға кіретін жазаның әр түрі бойынша (қызметпен айналысуға тыйым салумен қатар бас бостандығын шектеу екі түрде де саналады). Іс бойынша кемінде бір айыпталушы жазаның сол түрін алса, іс сол түрде саналады."
  sentence_uncertain_note: "Осы үкімдердің кейбірінің бір бөлігін дереккөздер тек хабарлайды немесе даулайды (істер: {cases}; адамдар: {persons}): бұл әр осындай істің бетінде оның жанында айтылған."
  cumulative_note: "Алғашқы оқиғасы сол жылға немесе одан ертерек келетін барлық істер және олар бойынша қудалауға ұшыраған әр түрлі адамдар."
  undated_note: {one: "Күні белгілі оқиғасы жоқ {count} іс есепке алынбаған.", other: "Күні белгілі оқиғасы жоқ {count} іс есепке алынбаған."}
  not_known: "Белгісіз"
  no_region: "Өңірі көрсетілмеген"
  no_charge: "Айыптауы көрсетілмеген"
  no_sentence: "Үкімі көрсетілмеген"
  as_of_set_html: "Деректер {date} бойынша берілген — бұл сайт есеп жүргізетін күн; әр істің мәртебесі соңғы жазылған күйінде."
  held_heading: "Қамауда ұстау және тану"
  recognition_heading: "Саяси тұтқын деп танылғандар"
  held_intro: "Істер файлдарындағы қамауда ұстау кезеңдері бойынша есептелді. Тек бас бостандығынан айыратын шаралар ғана есептеледі (бас бостандығын шектеу немесе елден шығуға тыйым есептелмейді); бірінші күн де, соңғы күн де саналады."
  held_now_html: "Қазір қамауда, {date} бойынша: {people}."
  ever_held_html: "Бұрын-соңды қамауда болғандар, {date} бойынша: {people}."
  held_before_html: "Бұрын қамауда болған, бірақ {date} бойынша қамауда емес: {people}."
  days_html: "{date} бойынша қамаудағы күндер, осы күнге дейін қамауда болғандардың бәрі бойынша: медиана — {median}, ең ұзағы — {longest}."
  about_days: {one: "шамамен {count} күн", other: "шамамен {count} күн"}
  recognised_html: "Саяси тұтқын деп танылғандар, {date} бойынша: {people}."
  recognised_held_html: "Саяси тұтқын деп танылған және қазір қамауда, {date} бойынша: {people}."
  held_by_kind: "Шара түрі бойынша"
  held_by_region: "Қазір қамауда, өңірлер бойынша"
  custody_kind: "Шара түрі"
  held_people: "Қазір қамауда"
  held_caption: "Қазір қамаудағы адамдар, {heading}, {date} бойынша"
  held_chart_title: "Бағаналы диаграмма: қазір қамаудағы адамдар, {heading}, {date} бойынша"
  held_chart_description: {one: "{count} жол, әрқайсысында қазір қамаудағы адамдар саны; төмендегі кестеде сол сандар берілген.", other: "{count} жол, әрқайсысында қазір қамаудағы адамдар саны; төмендегі кестеде сол сандар берілген."}
  held_kind_note: "Әр адам бір рет саналады — қазір қолданылып отырған шара бойынша (бірнешеуі жазылса, ең соңғы басталғаны бойынша)."
  held_region_note: "Әр адам бір рет саналады: файлында көрсетілсе — өз өңірінде, әйтпесе қамауда отырған ісінің өңірінде."

data:
  description: "Мұрағаттағы істер, адамдар және ұйымдар жүктеп алуға және қайта пайдалануға арналған CSV және JSON файлдары түрінде."
  lede: "Бұл мұрағат жариялайтынның бәрі жүктеп алуға, электрондық кестеде ашуға және қайта пайдалануға болатын файлдар түрінде де қолжетімді."
  licence_html: "<strong>Лицензия:</strong> <bdi>{licence}</bdi>. <bdi>{site}</bdi> сайтын дереккөз ретінде көрсетіп, сүйенген іс беттеріне сілтеме беруіңізді сұраймыз."
  no_licence: "Мұрағат бұл файлдардың лицензиясын көрсетпеген; оларды қайта пайдаланбас бұрын редакторларына хабарласыңыз."
  counts_html: "Файлдар беттер жасалған жарияланған жазбалардан, сол сәтте жасалады, сондықтан әр сан сайтпен сәйкес келеді: мұрағатта {prosecutions} және {persons} тіркелген. <code>cases.csv</code> ішінде істер — <code>case_id</code> бағанының әр түрлі мәндері, ал қудалауға ұшыраған адамдар — <code>role</code> мәні <code>defendant</code> болатын жолдардағы <code>person_id</code> бағанының әр түрлі мәндері (екі ісі бар адам бір рет саналады); оларға дереккөздер санайтын, бірақ атамайтын айыпталушылар қосылады: <code>cases.json</code> ішіндегі істің <code>unnamed_defendants</code> мәні."
  dates_html: "Күндер мұрағат білетіндей жазылған: жыл (<code>2021</code>), ай (<code>2021-03</code>) немесе күн (<code>2021-03-04</code>). Идентификаторлар тұрақты: олар мұрағат файлдарының атаулары және әр бет мекенжайының соңғы бөлігі."
  csv_html: "CSV файлдары RFC 4180 стандартына сай (өрістер арасында үтір, қажет өрістер тырнақшада, Windows жол соңдары) және байт реті белгісі бар UTF-8 кодтауында, сондықтан Excel кирилл және қазақ есімдерін дұрыс ашады. Бір өрістегі тізімдер (айыптаулар, тегтер, идентификаторлар) нүктелі үтір мен бос орын арқылы бөлінген. <code>=</code>, <code>+</code>, <code>-</code> немесе <code>@</code> таңбасынан басталатын мәннің алдына апостроф қойылады, сонда электрондық кесте оны ешқашан формула ретінде орындамайды; <code>cases.json</code> ішінде әр мән дәл жазылғандай."
  feed_heading: "Арна және сайт картасы"
  feed_html: "<a href=\"{href}\">Жаңа және жаңартылған істердің Atom арнасы</a>: соңғы {limit} жазба, жаңалары алдымен: жаңартылған істер және кез келген беттегі түзетулер. Мұрағатты бақылау үшін оны арналарды оқу бағдарламасына қосыңыз."
  sitemap_html: "Іздеу жүйелеріне арналған барлық беттердің <a href=\"{href}\">сайт картасы</a>."
  cases_json: "Жарияланған әр іс адамдарымен, үкімдерімен, айыптауларымен, сотымен, оқиғаларымен, дереккөздерімен және түзетулерімен, сондай-ақ әр кілтті site.yml-сіз оқуға болатындай сайт сөздіктері (мәртебелер, рөлдер, оқиға түрлері, жаза түрлері, ұйым түрлері, айыптаулар). Басында: сайттың атауы, мекенжайы, лицензиясы, істер мен қудалауға ұшыраған адамдар саны. Әр іс — файлдың бір жолы."
  language_columns: "Мұрағаттың басқа тілдеріндегі есімдер мен атаулар {columns} бағандарында; аудармасы жоқ жерде олар бос."
  # "title_ru, name_ru және name_kk бағандарында": `list` gives durations side by side, with
  # no comma ("1 жыл 6 ай"), which would run the names of columns together.
  language_columns_separator: ", "
  language_columns_last: " және "
  cases_csv: "Істегі әр адамға бір жол: екі айыпталушысы және бір адвокаты бар істің үш жолы бар. Істің өз бағандары оның әр жолында қайталанады."
  people_csv: "Мұрағаттағы әр адамға бір жол, рөліне қарамастан."
  organizations_csv: "Әр ұйымға бір жол, соттарды қоса."
  custody_csv: "Адамның іс бойынша әр шара кезеңіне бір жол, бас бостандығынан айырмайтын шараларды қоса (олар үшін held мәні false). Күндер, қазір қамауда болу және current {date} бойынша есептелген."
  custody_html: "Қамауда ұстау {date} бойынша есептелген: <code>custody.csv</code> ішіндегі <code>days</code> пен <code>current</code>, <code>people.csv</code> ішіндегі <code>held_now</code>, және <code>cases.json</code> ішіндегі <code>as_of</code>, <code>held_now</code> мен <code>custody</code>. Тек айы немесе жылы белгілі күн оның бірінші күнінен саналады."

script:
  search_people: "Адамдар"
  search_organizations: "Ұйымдар"
  search_cases: "Істер"
  search_group: "{label} ({count})"
  search_show_all: "Барлығын көрсету ({count})"
  search_searching: "Ізделуде…"
  search_failed: "Іздеу индексі жүктелмеді."
  search_results: {one: "{count} нәтиже", other: "{count} нәтиже"}
  search_found: "«{query}» бойынша {results}"
  search_nothing_found: "«{query}» бойынша ештеңе табылмады."
  search_nothing: "Ештеңе табылмады"
  search_nothing_shown: "Ештеңе табылмады."
  search_all: "Іздеу бетінде барлық {results}"
  search_more: "тағы {count}"
  filter_open: "Істерді мәртебесі, өңірі, айыптауы, ұйымы, жылы немесе жаза түрі бойынша сүзу"
  filter_label: "Істерді сүзу"
  filter_loading: "Сүзгілер жүктелуде…"
  filter_failed: "Сүзгілер жүктелмеді. Оның орнына істерді мәртебесі, айыптауы, өңірі немесе тегі бойынша қараңыз."
  filter_status: "Мәртебе"
  filter_region: "Өңір"
  filter_charge: "Айыптау"
  filter_organization: "Ұйым"
  filter_year: "Жыл"
  filter_sentence: "Жаза түрі"
  filter_any: "Барлығы ({count})"
  filter_clear: "Сүзгілерді тазарту"
  filter_heading: "Сәйкес істер"
  filter_more: "Тағы көрсету"
  filter_unknown: "Мекенжайдағы «{filter}: {value}» сүзгісі мұндағы бірде-бір іске сәйкес келмейді, сондықтан ол қолданылмады."
  filter_matches: {one: "{count} іс сәйкес келеді.", other: "{count} іс сәйкес келеді."}
  filter_matches_shown: {one: "{count} іс сәйкес келеді; алғашқы {shown} іс көрсетілген.", other: "{count} іс сәйкес келеді; алғашқы {shown} іс көрсетілген."}

# Column names are data keys and stay as they are.
columns_cases_json:  # data/cases.json
  id: "істің тұрақты идентификаторы (оның файлының атауы)"
  url: "істің беті"
  title: "атауы"
  summary: "бір жолдық қысқаша сипаттамасы немесе null"
  "status, status_label": "істің мәртебесі: кілт және сөзбен"
  status_as_of: "мәртебе соңғы рет қашан расталғаны"
  latest_date: "соңғы оқиғаның күні, болмаса status_as_of"
  updated: "жазба соңғы рет қашан жаңартылғаны"
  draft: "тек --drafts арқылы жасалған алдын ала құрастыруда true"
  people: "істегі барлық адамдар: id, name, url, role және role_label, status және status_label және charges (тек айыпталушыларда; басқа рөлдерде null және []), sentence (бөліктері: type, type_label, years, months, days, hours, amount, note) және sentence_text (үкім сөзбен)"
  organizations: "істе аталған ұйымдар: id, name, url"
  charges: "істегі айыптаулар: key, label, law"
  court: "сот: id, name, url; немесе null"
  "region, city": "жазылғандай"
  tags: "жазылғандай"
  related_cases: "байланысты істердің идентификаторлары, екі бағытта да"
  events: "күні белгілі оқиғалар, ең ертесі алдымен: date, type және type_label, summary, people (идентификаторлар; оқиға ешкімді атамаса, істің айыпталушылары), sources (осы істің дереккөздерінің идентификаторлары)"
  sources: "әр дереккөз жазылғандай: id, title, publisher, url, date, language, archive_url"
  corrections: "ашық түзетулер журналы: date, note"
  as_of: "файлдың басында: қамауда ұстау есептелген күн (days, held_now, current)"
  vocabularies.custody_kinds: "файлдың басында: шара түрлері, кілті мен атауы"
  people.held_now: "адам қазір қамауда болса — осы немесе басқа іс бойынша — true"
  people.custody: "адамның осы іс бойынша шара кезеңдері: from, to (кезең жалғасып жатқанда null), kind және kind_label, held (шара бас бостандығынан айырса true), place, days (есеп күніне дейін, бірінші және соңғы күнді қоса), current (есеп күніне дейін басталып, аяқталмаған)"
  documents: "құжаттары бар істің құжаттары: title, date, kind және kind_label, file (осы сайттағы файлдың мекенжайы), url, language, sources (осы істің дереккөздерінің идентификаторлары)"
  "events.certainty, events.note": "олар берілген оқиғада: дереккөздердің сенімділігі (reported — хабарламалар бойынша, disputed — даулы) және себебі"
  "status_certainty, status_note, status_sources": "олар берілген істе және істегі адамда: дереккөздердің мәртебеге сенімділігі, себебі және ол туралы хабарлайтын осы іс дереккөздерінің идентификаторлары"
  people.current_sentence: "шешімдері бар сайтта: жазаны тағайындаған соңғы шешімнен кейінгі күшіндегі жаза (sentence-пен бірдей), бөліктері sentence-тегідей"
  people.first_instance_sentence: "шешімдері бар сайтта: бірінші сатының үкімі, бөліктері sentence-тегідей"
  people.in_absentia: "шешімдері бар сайтта: күшіндегі үкім сырттай шығарылса, true"
  people.decisions: "шешімдері бар сайтта: адамға қатысты шешімдер ретімен: date, kind және kind_label, outcome және outcome_label, court (id, name, url), charges (шешім шығарылған баптардың кілттері; көрсетілмесе null), sentence және sentence_total (бөліктері: type, type_label, years, months, days, hours, amount, currency, charge, probation, from_release, note, certainty, sources), in_absentia, sources, note, certainty"
columns_cases_csv:  # data/cases.csv
  case_id: "істің тұрақты идентификаторы (оның файлының атауы)"
  case_url: "істің беті"
  case_title: "істің атауы"
  status: "істің мәртебесі, кілтпен"
  status_label: "істің мәртебесі сөзбен"
  status_as_of: "мәртебе соңғы рет қашан расталғаны (толық емес болуы мүмкін күн)"
  latest_date: "істің соңғы оқиғасының күні, болмаса status_as_of"
  updated: "іс жазбасы соңғы рет қашан жаңартылғаны"
  court_id: "соттың (ұйымның) идентификаторы"
  court_name: "соттың атауы"
  region: "өңір, жазылғандай"
  city: "қала, жазылғандай"
  charges: "істегі айыптаулар, кілттермен (атаулары мен баптары cases.json ішінде)"
  person_id: "адамның тұрақты идентификаторы"
  person_name: "адамның аты-жөні"
  role: "адамның істегі рөлі, кілтпен (defendant, witness, lawyer …)"
  person_status: "тек айыпталушыларда: олардың өз мәртебесі, кілтпен (файлда басқаша көрсетілмесе, істің мәртебесі)"
  person_charges: "тек айыпталушыларда: олардың айыптаулары, кілттермен (файлда басқаша көрсетілмесе, істің айыптаулары)"
  decision_charges: "шешімдері бар сайтта, тек айыпталушылар үшін: олардың шешімдері қаралған немесе жаза бөліктері аталған, person_charges ішінде жоқ баптар, кілт түрінде"
  sentence: "адамға шығарылған үкім сөзбен, іс бетіндегідей"
  sentence_types: "үкімдегі жаза түрлері, кілттермен"
  organizations: "істе аталған ұйымдардың идентификаторлары"
  tags: "істің тегтері, жазылғандай"
  source_count: "іс қанша дереккөзге сілтеме жасайтыны"
  person_url: "адамның беті"
  related_cases: "байланысты істердің идентификаторлары"
  source_urls: "істің дереккөздерінің мекенжайлары, бос орын арқылы"
  first_instance_sentence: "шешімдері бар сайтта: бірінші сатының үкімі сөзбен"
  first_instance_sentence_types: "шешімдері бар сайтта: бірінші саты үкіміндегі жаза түрлері, кілттермен"
  in_absentia: "шешімдері бар сайтта: күшіндегі үкім сырттай шығарылса, true"
  status_certainty: "кемінде бір мәртебеде көрсетілген сайтта: дереккөздер істің мәртебесіне қаншалықты сенімді (reported немесе disputed; істе көрсетілмесе, бос)"
  person_status_certainty: "осындай сайтта, тек айыпталушыларда: дереккөздер олардың person_status бағанындағы мәртебесіне қаншалықты сенімді (өз мәртебесіне, болмаса істің мәртебесіне)"
  status_note: "осындай сайтта: істің status_note мәні, дереккөздердің оның мәртебесіне неліктен осылай сенетіні (берілмесе, бос)"
  person_status_note: "осындай сайтта, тек айыпталушыларда: олардың person_status бағанындағы мәртебесіне түсініктеме (өз status_note мәні, болмаса істің)"
  country: "кемінде бір істе ел көрсетілген сайтта: істің елі, ISO 3166-1 alpha-2 коды (KZ); іс оны көрсетпесе, бос"
  country_name: "осындай сайтта: елдің атауы, іс бетіндегідей"
  unnamed_defendants: "кемінде бір істе олар көрсетілген сайтта: істің дереккөздері санайтын, бірақ атамайтын айыпталушылар, істің әр жолындағы бүтін сан (іс оларды көрсетпесе, бос); олардың мұнда жолы жоқ, сондықтан әр істің санын адамдарға бір рет қосыңыз"
columns_people_csv:  # data/people.csv
  id: "адамның тұрақты идентификаторы (оның файлының атауы)"
  url: "адамның беті"
  name: "адамның аты-жөні"
  aliases: "атының басқаша жазылуы"
  born: "туған күні, тек жылы болуы мүмкін"
  region: "адамның өңірі, жазылғандай"
  organizations: "адам байланысты немесе басқаратын ұйымдардың идентификаторлары"
  case_count: "адам кез келген рөлде қанша жарияланған істе аталатыны"
  case_ids: "сол істердің идентификаторлары, соңғы оқиғалары бар істер алдымен"
  defendant: "адам кемінде бір жарияланған істе айыпталушы болса, true («қудалауға ұшыраған адамдар» санына кіреді)"
  organization_links: "organizations ішіндегі әр ұйыммен байланыс, сол ретпен: affiliations кілті (member, alleged …) немесе адамды тек ұйымның файлы атаса, leader"
  held_now: "адам қазір қамауда болса true (бас бостандығынан айыратын шара кезеңі есеп күніне дейін басталып, аяқталмаған; custody.csv қараңыз)"
  gender: "кемінде бір адамның жынысы көрсетілген сайтта: female (әйел) немесе male (ер), адамның файлындағыдай; көрсетілмесе бос, ал қорғалатын адамда әрқашан бос"
  died: "кемінде бір адамның қайтыс болғаны жазылған сайтта: қайтыс болған күні (толық емес болуы мүмкін); адам тірі болса немесе күні белгісіз болса, сондай-ақ есеп күнінен кейінгі өлім үшін бос"
  died_in_custody: "осындай сайтта, died көрсетілсе: адам қамауда қайтыс болса true, әйтпесе false"
columns_organizations_csv:  # data/organizations.csv
  id: "ұйымның тұрақты идентификаторы (оның файлының атауы)"
  url: "ұйымның беті"
  name: "ұйымның атауы"
  short_name: "қысқаша атауы немесе аббревиатурасы"
  kind: "ұйымның түрі, кілтпен (party, movement, court …)"
  banned: "қашан тыйым салынғаны, тек жылы немесе айы болуы мүмкін"
  leaders: "оның жетекшілерінің идентификаторлары"
  member_count: "мұрағаттағы қанша адам оны өз байланыстарының арасында көрсетеді"
  case_count: "қанша жарияланған іс оны атайды"
  court_case_count: "сот үшін: ол қанша жарияланған істе істің соты ретінде көрсетілген"
  alleged_count: "онымен тек айыптау тарапы байланыстыратын адамдар саны (member_count-қа кірмейді)"
  # Тек бұрынғы атаулары, алдыңғы ұйымы немесе тыйымдары тізіммен берілген мұрағатта.
  former_names: "бұрынғы атаулары, файлдағы ретімен"
  former_names_until: "әр бұрынғы атаудың, сол ретпен, қолданылған соңғы күні (белгісіз болса, бос)"
  successor_of: "бұл ұйым жалғастырып отырған ұйымның идентификаторы"
  ban_dates: "барлық тыйымның күндері, файлдағы ретімен"
  ban_courts: "әр тыйымды, сол ретпен, шығарған соттың идентификаторы (берілмесе, бос)"
columns_custody_csv:  # data/custody.csv
  person: "адамның тұрақты идентификаторы"
  case: "кезең жататын істің идентификаторы"
  kind: "шара түрі, custody_kinds кілті (pretrial-detention, prison, travel-ban …)"
  from: "бірінші күн, жазылғандай (тек айы немесе жылы болуы мүмкін)"
  to: "соңғы күн, жазылғандай; кезең жалғасып жатқанда бос"
  place: "қайда: тергеу изоляторы, колония, қала, жазылғандай"
  days: "есеп күніне дейінгі кезең күндері, бірінші және соңғы күнді қоса; кезең кейінірек басталса 0; толық емес күн оның бірінші күнінен саналады"
  held: "шара бас бостандығынан айырса true (қамауда болу және қамаудағы күндер ретінде саналады), елден шығуға тыйым сияқты шаралар үшін false"
  current: "кезең есеп күнінен кешіктірмей басталып, одан кейін аяқталса немесе соңы болмаса true"

# Елдер, қайтыс болу, аты аталмаған айыпталушылар және іс-әрекет күні (issue 19).
casefacts:
  country: "Ел"
  by_country: "Елдер бойынша"
  no_country: "Ел көрсетілмеген"
  citizenship: "Азаматтығы"
  # The offence is what the charge alleges ("айып тағылған"), never a deed taken as done.
  offence: "Айып тағылған әрекеттің күні"
  # {date} is a <time> element, which cannot take the locative ("25 шілдеде"): a label
  # before it, as the Russian does ("Дата смерти: …").
  died_html: "Қайтыс болған күні: {date}"
  died_in_custody_html: "Қамауда қайтыс болған күні: {date}"
  died_in_html: "Қайтыс болған уақыты: {date}"
  died_in_custody_in_html: "Қамауда қайтыс болған уақыты: {date}"
  died_in_custody_count: {one: "Қамауда {count} адам қайтыс болды.", other: "Қамауда {count} адам қайтыс болды."}
  unnamed_defendants: {one: "және аты аталмаған тағы {count} айыпталушы", other: "және аты аталмаған тағы {count} айыпталушы"}
  unnamed_only: {one: "аты аталмаған {count} айыпталушы", other: "аты аталмаған {count} айыпталушы"}
  unnamed_note: "Адамдар санына дереккөздер атын атамай санайтын айыпталушылар да кіреді; оларды әр түрлі істерде бір-бірінен ажырату мүмкін емес, сондықтан бір адам бірнеше істе саналуы мүмкін."

# Адамға қатысты істегі шешімдер (docs/content.md, "Decisions").
decisions:
  current_sentence: "Күшіндегі жаза"
  no_sentence: "күшіндегі жаза жоқ"
  sentence_unknown: "белгісіз"
  first_instance_sentence: "Бірінші сатыдағы жаза"
  in_absentia: "сырттай сотталған"
  in_absentia_after: "{sentence}, сырттай сотталған"
  decision_in_absentia: "сырттай"
  heading: "Шешімдер"
  sentence: "Жаза:"
  total: "Жиынтығы бойынша:"
  ruled_on: "Баптар бойынша:"
  charges_brought: "Тағылған айыптар"
  # "Куә (соңғы күні — 2018 жылғы 9 наурыз), кейін айыпталушы": күннің септігі өзгермейді.
  roles: "Рөлі"
  role_until: "{role} (соңғы күні — {date})"
  role_then: ", кейін "
  certainty_reported: "хабарланған, расталмаған"
  certainty_disputed: "даулы"
  statistics_note: "Жаза оны тағайындаған соңғы шешімнен кейін күшінде болған түрінде саналады: апелляцияда өзгертілген жаза өзгерген болып саналады; шартты түрде мерзімінен бұрын босату, рақымшылық не кешірім жазаны тағайындалған күйінде қалдырады; ақталу не үкімнің күшін жою жазасыз болып саналады. Сырттай сотталғандар жаза түрлері бойынша емес, жеке жолда саналады және үкімнен кейін ұсталған жағдайда ғана қамауда деп есептеледі."
  statistics_in_absentia: "Сырттай сотталғандар"

# What a case, person or organization page says of its own history (from git), how to cite
# it, and the footer's build stamp.
permanence:
  history: "Өзгерістер тарихы"
  first_published: "Алғаш жарияланған күні"
  last_changed: "Соңғы жаңарту"
  changes: {one: "{count} өзгеріс", other: "{count} өзгеріс"}
  change_without_message: "өзгертілді"
  cite: "Бұл бетке қалай сілтеме жасауға болады"
  cite_text: "Мәтін"
  cite_bibtex: "BibTeX"
  copy: "Көшіру"
  copied: "Көшірілді"
  cite_updated: "жаңартылған күні: {date}"
  # Kazakh puts the name before the word it qualifies: "2b9c850 нұсқасы".
  cite_version: "{commit} нұсқасы"
  # "құрастыру" is the build, as layout.draft_banner says.
  built_from: "{commit} нұсқасынан құрастырылды ({date})"

# Ескі мекенжайдағы бет: атауы өзгертілген файл бұрынғы идентификаторларын сақтайды
# (docs/content.md, «Renamed files»), және әр ескі мекенжайда оқырманды бірден жаңа бетке
# жіберетін шағын бет бар.
renamed:
  # {title} — ол апаратын беттің атауы немесе аты.
  title: "Бет көшірілді: {title}"
  # {link} — жаңа бетке сілтеме.
  moved: "Бұл бет көшірілді: {link}."
  # site.yml 'withdrawn' тізіміндегі мекенжайдағы бет (жазба әдейі алынып тасталған); онда ешкімнің аты жоқ.
  withdrawn_title: "Жазба алынып тасталды"
  # {link} — басты бетке сілтеме, оның мәтіні — сайттың атауы.
  withdrawn: "Бұл жазба мұрағаттан алынып тасталды: {link}."
  former_ids_cases_json: "атауы өзгертілгенге дейін істе болған идентификаторлар (тізім); олардың ескі мекенжайлары істің бетіне апарады"
  former_ids_cases_csv: "атауы өзгертілгенге дейін істе болған идентификаторлар; олардың ескі мекенжайлары істің бетіне апарады"
  former_ids_people_csv: "адамның файлының атауы өзгертілгенге дейінгі идентификаторлар; олардың ескі мекенжайлары адамның бетіне апарады"
  former_ids_organizations_csv: "ұйымның файлының атауы өзгертілгенге дейінгі идентификаторлар; олардың ескі мекенжайлары ұйымның бетіне апарады"
imported:
  event_summary: "Соңғы белгілі оқиға (ашық деректерден алынды, онда тек оның күні көрсетілген)."
  decision_note: "Ашық деректерден алынды: онда күшіндегі жаза көрсетілген, бірақ оны тағайындаған шешім көрсетілмеген; шешімнің түрін, күнін және сотты тексеріңіз."
  source_without_address: "Мекенжайы жоқ дереккөз (ашық деректерден алынды)"
corrections:
  title: "Түзетулер"
  intro: "Жарияланған беттен қате табылса, ол түзетіледі, ал түзету күнімен жазылады: түзетілген беттің өзінде, осы тізімде және Atom арнасында."
  count: {one: "{count} түзету, ең жаңалары жоғарыда.", other: "{count} түзету, ең жаңалары жоғарыда."}
  box_heading: "Осы беттегі түзетулер"
  all_link: "Мұрағаттағы барлық түзетулер"
  footer_link: "Түзетулер"
  feed_title: "Түзету: {title}"
  feed_category: "Түзету"
sentence_terms:
  # Деректер бетіндегі cases.csv үкімі бөліктер түрінде берілген бағандардың сипаттамасы (docs/data.md).
  sentence_terms_cases_csv: "sentence бағанындағы үкім машина оқитын түрде: бөліктері «; » арқылы бөлінген, әрқайсысы — жаза түрі және атау=мән өрістері (imprisonment years=7 months=6; fine amount=530250 currency=KZT)"
  first_instance_sentence_terms_cases_csv: "шешімдері бар сайтта: бірінші саты үкімі машина оқитын түрде, sentence_terms бағанындағыдай"
# Atom арнасындағы іс жазбасының қысқаша сипаттамасы, істің өз сипаттамасынан кейін: әр мәртебе
# және ол мәртебесі бар айыпталушылар, іс тізген ретпен («Сотталды: Миа, Ник. Ақталды: Ольга.»);
# {status} — site.yml-дағы мәртебе атауы, {people} — есімдер.
feed:
  status_people: "{status}: {people}."
  # Бір мәртебедегі есімдердің арасында.
  people_separator: ", "
  # Айыпталушысы жоқ іс: тек оның мәртебесі.
  status_only: "{status}."

"""#
}
