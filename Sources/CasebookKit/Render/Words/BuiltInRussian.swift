/// The built-in Russian catalogue: `templates/i18n/ru.yml` as the binary carries it. A
/// theme's own `i18n/ru.yml` is read over it, so an entry a newer casebook adds is
/// there in Russian even when the theme's copy predates it. A test holds the two equal.
extension BuiltInCatalogue {
    static let russian = #"""
# Слова casebook на русском языке: каждое слово и каждая фраза, которые видит читатель сайта.
# casebook's words in Russian. The keys are en.yml's, every one of them; the comments in
# English say how an entry is used where en.yml does not, and why a form was chosen.
#
# - {name} is a placeholder the build fills in; keep every one an entry has, and add no
#   other. "{month:genitive}" asks for a month name in that form (see months).
# - Entries whose key ends in _html may hold HTML; {root} there is the way back to the
#   site's root. All other entries are plain text.
# - An entry with one/few/many/other is chosen by the number it counts, with plural_rule.
# See docs/theme.md, "Words: the catalogue".
#
# Labels in site.yml (statuses, roles, sentence types...) are given in the NOMINATIVE:
# "лишение свободы", "ограничение свободы", "штраф", "условное лишение свободы",
# "общественные работы", "запрет на деятельность", "принудительное лечение". The same label
# stands alone in lists, filters and the statistics' tables, so the sentence patterns below
# are written around a nominative label ("лишение свободы сроком на 2 года"), not after a
# number ("2 года лишения свободы", which would need a genitive label there only).

# CLDR: one 1, 21, 101; few 2-4, 22-24; many 0, 5-20, 25-30, 111; other fractions (1,5).
plural_rule:
  one: "v = 0 and i % 10 = 1 and i % 100 != 11"
  few: "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"
  many: "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14"

# 500 000,5: digits grouped with a no-break space, a decimal comma (ГОСТ 8.417, usual print).
number:
  group: "\u00A0"
  decimal: ","
  group_size: "3"

months:
  nominative: [январь, февраль, март, апрель, май, июнь, июль, август, сентябрь, октябрь, ноябрь, декабрь]
  genitive: [января, февраля, марта, апреля, мая, июня, июля, августа, сентября, октября, ноября, декабря]

# "5 марта 2021", "март 2021", "2021". Without "г." or "года": these dates stand in lists,
# facts and datelines, where Russian news sites write them bare. A month is nominative and
# lower case, "март 2021": the same pattern is used inside running text ("по состоянию на
# март 2021") and for a timeline's month headings, and Russian writes month names in lower
# case; "Март 2021" would be wrong in the first place, "март 2021" is only plain in the second.
dates:
  year: "{year}"
  month: "{month:nominative} {year}"
  day: "{day} {month:genitive} {year}"

# Dates the sources give only roughly (EDTF): "около ноября 2018" (2018-11~), "возможно, 2018"
# (2018?), "возможно, около 2018" (2018%), and intervals (2006/2008). "Около" takes the
# genitive: "около ноября 2018", "около 5 марта 2018"; bare, like the dates above.
date_forms:
  about_year: "около {year}"
  about_month: "около {month:genitive} {year}"
  about_day: "около {day} {month:genitive} {year}"
  uncertain: "возможно, {date}"
  years: "{year}–{end_year}"
  months: "{month:nominative}–{end_month:nominative} {year}"
  days: "{day}–{end_day} {month:genitive} {year}"
  interval: "{start} – {end}"

# How sure the sources are of a fact, shown beside it (an event, a status): "(по сообщениям)",
# "(оспаривается: семья говорит, что его задержали 2 марта)".
certainty:
  reported: "по сообщениям"
  disputed: "оспаривается"
  with_note: "{certainty}: {note}"
  # A status where its note is not shown (case lists, a person's case line, the feed): "Освобождён (оспаривается)".
  status: "{status} ({certainty})"

# The forms after a number: 1 год, 2 года, 5 лет, 1,5 года; in sentences they follow
# "сроком на" (accusative, the same forms). Russian qualifies a penalty with "сроком на",
# not an adjective, so the _adjective entries are the plain forms.
units:
  year: {one: "{count} год", few: "{count} года", many: "{count} лет", other: "{count} года"}
  month: {one: "{count} месяц", few: "{count} месяца", many: "{count} месяцев", other: "{count} месяца"}
  day: {one: "{count} день", few: "{count} дня", many: "{count} дней", other: "{count} дня"}
  hour: {one: "{count} час", few: "{count} часа", many: "{count} часов", other: "{count} часа"}
  year_adjective: {one: "{count} год", few: "{count} года", many: "{count} лет", other: "{count} года"}
  month_adjective: {one: "{count} месяц", few: "{count} месяца", many: "{count} месяцев", other: "{count} месяца"}
  day_adjective: {one: "{count} день", few: "{count} дня", many: "{count} дней", other: "{count} дня"}
  hour_adjective: {one: "{count} час", few: "{count} часа", many: "{count} часов", other: "{count} часа"}
  case: {one: "{count} дело", few: "{count} дела", many: "{count} дел", other: "{count} дела"}
  row: {one: "{count} строка", few: "{count} строки", many: "{count} строк", other: "{count} строки"}
  prosecution: {one: "{count} дело", few: "{count} дела", many: "{count} дел", other: "{count} дела"}
  person: {one: "{count} человек", few: "{count} человека", many: "{count} человек", other: "{count} человека"}
  # Under a large number: "12 / уголовных дел".
  prosecution_word: {one: "уголовное дело", few: "уголовных дела", many: "уголовных дел", other: "уголовного дела"}
  person_prosecuted_word: {one: "человек, подвергшийся преследованию", few: "человека, подвергшихся преследованию", many: "человек, подвергшихся преследованию", other: "человека, подвергшихся преследованию"}
  person_prosecuted: {one: "{count} человек, подвергшийся преследованию", few: "{count} человека, подвергшихся преследованию", many: "{count} человек, подвергшихся преследованию", other: "{count} человека, подвергшихся преследованию"}
  people: {one: "{count} человек", few: "{count} человека", many: "{count} человек", other: "{count} человека"}

# "лишение свободы сроком на 2 года; общественные работы сроком на 100 часов; запрет на
# общественную и политическую деятельность сроком на 5 лет". {label} is nominative (above).
sentence:
  separator: "; "
  # "лишение свободы сроком на 1 год и 6 месяцев", as verdicts word it.
  durations: "{label} сроком на {durations}"
  # "штраф в размере 500 000"; a currency given as the note follows: "(тенге)".
  fine: "{label} в размере {amount}"
  note: "{text} ({note})"
  # suspended, activity-ban: "условное лишение свободы сроком на 3 года".
  qualified: "{noun} сроком на {duration}"
  noun_for: "{noun} сроком на {durations}"
  # activity-ban with a note: the note says what is banned, in the accusative
  # ("общественную и политическую деятельность").
  ban_on: "запрет на {note}"
  # Код валюты ISO 4217, которой нет в разделе currency, после суммы: "штраф в размере 2 000 CHF".
  amount_currency: "{amount} {currency}"
  # Испытательный срок условного наказания.
  probation: "{text} с испытательным сроком {durations}"
  # Запрет, который действует после освобождения.
  from_release: "{text} после освобождения"
  certainty: "{text} ({certainty})"
  # Срок по одной статье: закон статьи, иначе её название.
  for_charge: "{text} ({charge})"

# Сумма штрафа с валютой по коду ISO 4217 из файла, в той форме, которую требует число
# после «в размере» (родительный падеж): "штраф в размере 530 250 тенге", "5 000 рублей",
# "1 рубля". Код, которого здесь нет, пишется как есть (sentence.amount_currency).
currency:
  KZT: {one: "{count} тенге", few: "{count} тенге", many: "{count} тенге", other: "{count} тенге"}
  RUB: {one: "{count} рубля", few: "{count} рублей", many: "{count} рублей", other: "{count} рубля"}
  KGS: {one: "{count} сома", few: "{count} сомов", many: "{count} сомов", other: "{count} сома"}
  UZS: {one: "{count} сума", few: "{count} сумов", many: "{count} сумов", other: "{count} сума"}
  TJS: {one: "{count} сомони", few: "{count} сомони", many: "{count} сомони", other: "{count} сомони"}
  BYN: {one: "{count} белорусского рубля", few: "{count} белорусских рублей", many: "{count} белорусских рублей", other: "{count} белорусского рубля"}
  USD: {one: "{count} доллара США", few: "{count} долларов США", many: "{count} долларов США", other: "{count} доллара США"}
  EUR: {one: "{count} евро", few: "{count} евро", many: "{count} евро", other: "{count} евро"}

# Today only a sentence's durations: "1 год, 1 месяц и 10 дней".
list:
  separator: ", "
  last: " и "

titles:
  not_found: "Страница не найдена"
  search: "Поиск"
  data: "Открытые данные"
  timeline_year: "Хронология: {year}"
  paged: "{title}, страница {page} из {count}"

nav:
  cases: "Дела"
  people: "Люди"
  organizations: "Организации"
  timeline: "Хронология"
  statistics: "Статистика"
  held: "Под стражей"

facets:
  statuses: "Статусы"
  charges: "Обвинения"
  regions: "Регионы"
  tags: "Теги"
  countries: "Страны"

common:
  draft: "Черновик"
  draft_not_published: "Черновик: не опубликован"
  also_written: "Другие написания:"
  organizations: "Организации"
  region: "Регион"
  events: "События"
  sources: "Источники"
  sources_label: "Источники:"
  archived_copy: "архивная копия"
  status: "Статус"
  cases: "Дела"

language:
  name: "Русский"
  switcher_label: "Язык"

translation:
  missing: "Этот материал ещё не переведён на русский язык; он показан на языке оригинала."
  partial: "Часть этого материала ещё не переведена на русский язык; она показана на языке оригинала."

layout:
  skip: "Перейти к содержанию"
  feed_title: "новые и обновлённые дела"
  draft_banner: "Предварительная сборка: черновики включены и отмечены."

header:
  nav_label: "Основное меню"
  search_label: "Поиск дел, людей и организаций"
  search_placeholder: "Поиск"
  search_button: "Найти"
footer:
  pages_label: "Об архиве"
  open_data: "Открытые данные"
  feed: "Лента Atom"

# "← Предыдущая" and " страница" read aloud make "← Предыдущая страница"; "Страница 3".
pager:
  text: "Страница {page} из {count}"
  label: "Страницы"
  previous: "← Предыдущая"
  next: "Следующая"
  hidden_page: " страница"
  hidden_page_number: "Страница "

not_found:
  text: "По этому адресу нет страницы. Возможно, она перемещена или в ссылке опечатка."
  links_html: "<a href=\"{root}index.html\">Перейти на главную страницу</a> или <a href=\"{root}cases/index.html\">к списку всех дел</a>."

home:
  counts_note: "Уголовное преследование — это одно уголовное дело, в котором может быть несколько обвиняемых; каждый человек учитывается один раз, сколько бы дел против него ни было возбуждено."
  latest: "Последние обновления"
  # Before the date, as a label ("обновлено: март 2021"): a date known to the month is nominative.
  updated: "обновлено:"
  all_cases: "Все дела"
  # For themes that print the number themselves, after it: "12 — полный список".
  more: "— полный список"
  # After a list of facet values cut short: "ещё 12".
  more_count: {one: "ещё {count}", few: "ещё {count}", many: "ещё {count}", other: "ещё {count}"}
  explore: "Обзор"
  timeline: "Хронология событий"
  # "12 / человек под стражей / на 1 января 2024".
  held_word: {one: "человек под стражей", few: "человека под стражей", many: "человек под стражей", other: "человека под стражей"}
  held_as_of: "на {date}"

cases:
  filters_html: "Дела по <a href=\"{root}statuses/index.html\">статусу</a>, <a href=\"{root}charges/index.html\">обвинению</a>, <a href=\"{root}regions/index.html\">региону</a> или <a href=\"{root}tags/index.html\">тегу</a>; см. также <a href=\"{root}statistics/index.html\">статистику</a>."
  heading: "Все дела, сначала с последними событиями"

case:
  facts: "Факты"
  # Before a date: "Осуждён, по состоянию на 5 марта 2021".
  as_of: "по состоянию на"
  court: "Суд"
  city: "Город"
  charges: "Обвинения"
  last_updated: "Последнее обновление"
  people: "Люди"
  # Where a charge's law is shown, for a charge site.yml marks unspecified.
  article_not_reported: "статья в источниках не указана"
  charged_under: "Обвинения по статьям"
  sentence: "Приговор"
  what_happened: "Что произошло"
  related: "Связанные дела"
  corrections: "Исправления"
  tags: "Теги:"
  documents: "Документы"
  # A document's file: "PDF, 240 КБ". {type} is the file's extension in capitals.
  document_file: "{type}, {size}"
  document_kb: "{number} КБ"
  document_mb: "{number} МБ"
  held_heading: "Под стражей"
  held_as_of: "По состоянию на {date}."
  # A label, not "с {date}": a date known to the month is nominative ("март 2021").
  held_since: "(начало: {date})"
  held_other_case: "по делу"

person:
  born: "Дата рождения"
  leader: "(руководитель)"
  no_cases: "Этот человек не упоминается ни в одном опубликованном деле."
  timeline: "Хронология"
  # Who recognised the person as a political prisoner (organizations, with dates).
  # A label before the organizations, with no gender to guess: "Признание политзаключённым:
  # Amnesty International (май 2021)", as held.filter_by and heading_recognised_by word it.
  recognised: "Признание политзаключённым"
  biography: "Биография"
  custody_heading: "Лишение и ограничение свободы"
  custody_kind: "Мера"
  custody_from: "Начало"
  custody_to: "Окончание"
  custody_place: "Место"
  custody_days: "Дней"
  custody_sources: "Источники по делу"
  custody_still_held: "по сей день"
  custody_continues: "продолжается"
  custody_not_counted: "не учитывается"
  custody_not_begun: "ещё не началась"
  # {days} is held.days_count or held.days_about, which give the case after "—".
  custody_total_case: "Под стражей по этому делу на {date}: {days}."
  custody_total_all: "Под стражей по всем делам на {date}: {days}."
  custody_not_counted_note: "Меры, не лишающие свободы (например, ограничение свободы или запрет на выезд), приведены в таблице, но не входят в число дней под стражей."
  custody_about_note: "«Около»: дата, известная лишь с точностью до месяца или года, считается с его первого дня."
  # While the person is held now: where to write to them (partials/letters), a link to
  # every address on /letters/; and the link to support_url, a page for supporting them.
  letters: "Письма"
  letters_all: "Адреса всех, кто сейчас лишён свободы"
  letters_support: "Как поддержать"

people:
  # {people} is units.people, {persons} units.person_prosecuted.
  intro: "В архиве {people}, из них {persons}."

# "Под стражей на 1 января 2024: 12 человек". The count stands last, after a colon, so
# the noun agrees with the number alone; after "признанных" (genitive plural with 2-4 and
# 5+), the one form keeps the singular: "21 человек, признанный политзаключённым".
held:
  heading: {one: "Под стражей на {date}: {count} человек", few: "Под стражей на {date}: {count} человека", many: "Под стражей на {date}: {count} человек", other: "Под стражей на {date}: {count} человека"}
  heading_recognised: {one: "Под стражей на {date}: {count} человек, признанный политзаключённым", few: "Под стражей на {date}: {count} человека, признанных политзаключёнными", many: "Под стражей на {date}: {count} человек, признанных политзаключёнными", other: "Под стражей на {date}: {count} человека, признанных политзаключёнными"}
  # The organization's name cannot be declined, so it follows a colon.
  heading_recognised_by: {one: "Под стражей на {date}: {count} человек, признанный политзаключённым (признание: {organization})", few: "Под стражей на {date}: {count} человека, признанных политзаключёнными (признание: {organization})", many: "Под стражей на {date}: {count} человек, признанных политзаключёнными (признание: {organization})", other: "Под стражей на {date}: {count} человека, признанных политзаключёнными (признание: {organization})"}
  intro: "Все, кого архив на {date} считает лишёнными свободы; первыми — те, кто провёл под стражей дольше всех. В число дней под стражей входит каждый период меры, лишающей свободы, включая его первый и последний день."
  about_note: "«Около»: число опирается на дату, известную лишь с точностью до месяца или года, и считается с его первого дня."
  filter_label: "Отбор по признанию"
  filter_all: "Все, кто под стражей"
  filter_recognised: "Признанные политзаключёнными"
  filter_by: "Признание:"
  none: "Из этого списка на {date} под стражей никого нет."
  # A label before a date that may be a month ("март 2015"), which "с" would need in the
  # genitive. It is the start of the measure the person is held under now (kind, below),
  # which continuous_since, after it, tells apart from the start of unbroken custody.
  since: "Начало текущей меры"
  continuous_since: "начало непрерывного срока под стражей: {date}"
  days: "Дней под стражей"
  kind: "Мера"
  place: "Место"
  case: "Дело"
  letters: "Написать письмо"
  support: "Как поддержать"
  days_count: {one: "{count} день", few: "{count} дня", many: "{count} дней", other: "{count} дня"}
  # "около" takes the genitive: около 1 дня, около 2 дней, около 5 дней, около 1,5 дня.
  days_about: {one: "около {count} дня", few: "около {count} дней", many: "около {count} дней", other: "около {count} дня"}

organization:
  banned: "Запрещена"
  leaders: "Руководители"
  about: "Об организации"
  court_cases: "Дела, рассмотренные этим судом"
  members: "Связанные люди"
  alleged: "Связи по версии обвинения"
  alleged_note: "Обвинение утверждает, что эти люди связаны с организацией. Архив не представляет это как установленный факт."
  # История организации: прежние названия («Прежние названия: Көше (по март 2019)»; «по»
  # с винительным: «по 2019», «по март 2019», «по 5 марта 2019», {date} — дата словами),
  # предшественник и преемники, суд, запретивший организацию («13 марта 2018, суд: …»).
  formerly: "Прежние названия:"
  former_until: "по {date}"
  successor_of: "Предшественник"
  succeeded_by: "Преемник"
  banned_by: "суд:"

organizations:
  intro: {one: "{count} организация: партии, движения, СМИ, НКО и суды, рассматривавшие дела.", few: "{count} организации: партии, движения, СМИ, НКО и суды, рассматривавшие дела.", many: "{count} организаций: партии, движения, СМИ, НКО и суды, рассматривавшие дела.", other: "{count} организации: партии, движения, СМИ, НКО и суды, рассматривавшие дела."}
  other: "Прочие"

timeline:
  intro: "Все датированные события всех дел, людей и организаций, по годам."
  years_label: "Годы"
  recent: "Последние события"
  dated_events: {one: "{count} датированное событие.", few: "{count} датированных события.", many: "{count} датированных событий.", other: "{count} датированного события."}
  other_years: "Другие годы"
  month_unknown: "{year}, месяц неизвестен"
  continued: "{label} (продолжение)"
  later_months: "Следующие месяцы — на других страницах"

search:
  intro: "Ищите дела, людей и организации по имени, другому написанию, названию, обвинению, региону или краткому описанию. Имена находятся при любом написании: латиницей, кириллицей или казахскими буквами, с диакритикой или без."
  label: "Поиск по архиву"
  button: "Найти"
  nojs: "Поиск работает в вашем браузере и требует JavaScript, который здесь отключён или заблокирован. Всё, что есть в архиве, перечислено и на этих страницах:"
  also_by_html: "а также по <a href=\"{root}statuses/index.html\">статусу</a>, <a href=\"{root}charges/index.html\">обвинению</a>, <a href=\"{root}regions/index.html\">региону</a> и <a href=\"{root}tags/index.html\">тегу</a>"

# /letters/: where to write to each person held now (made when cases record custody; the
# text of content/pages/letters.md, when there is one, stands above the list).
letters:
  title: "Письма тем, кто сейчас лишён свободы"
  # {date} is the day "held now" is counted at, as a <time> element. "у" with the genitive,
  # which a number governs without doubt ("у 2 человек", "у 21 человека"); a dative after
  # 2-4 and 5+ ("2 людям") is colloquial.
  intro_html: {one: "Адрес для писем есть в архиве у {count} человека, лишённого свободы на {date}.", few: "Адреса для писем есть в архиве у {count} человек, лишённых свободы на {date}.", many: "Адреса для писем есть в архиве у {count} человек, лишённых свободы на {date}.", other: "Адреса для писем есть в архиве у {count} человека, лишённых свободы на {date}."}
  none_html: "Ни у кого из лишённых свободы на {date} в архиве нет адреса для писем."
  # {date}: when the address was last confirmed (letters' as_of), as a <time> element.
  address_as_of_html: "Адрес по состоянию на {date}"
  support: "Как поддержать"

statistics:
  as_of_html: "Данные по состоянию на {date} (последнее обновление опубликованных дел)."
  counts_note: "Уголовное преследование — это одно уголовное дело, в котором может быть несколько обвиняемых; люди — это подвергшиеся преследованию, каждый учитывается один раз, сколько бы дел против него ни было. За каждой диаграммой следует таблица с теми же данными."
  none: "Ни одно дело ещё не опубликовано."
  current_heading: "Последний записанный статус: на какой стадии дела"
  current_intro: "Все опубликованные дела по их последнему записанному статусу; на странице дела указано, по состоянию на какую дату. Статус — это то, о чём последний раз сообщили источники, а не утверждение о сегодняшнем дне: дело, записанное как рассматриваемое в суде, с тех пор могло завершиться приговором."
  recorded_heading: "Все учтённые дела"
  recorded_intro: "Все опубликованные дела, учтённые архивом, каков бы ни был их последний записанный статус: по году начала, месту, обвинениям и приговорам."
  total: "Все опубликованные дела"
  prosecutions: "Дела"
  persons: "Люди"
  prosecutions_to_date: "Дела нарастающим итогом"
  persons_to_date: "Люди нарастающим итогом"
  year: "Год"
  charge: "Обвинение"
  sentence_type: "Вид наказания"
  # Also in lower case after "Дела и люди": "Дела и люди по статусу".
  by_status: "По статусу"
  by_year: "По годам"
  by_region: "По регионам"
  by_charge: "По обвинениям"
  by_sentence: "По видам наказания"
  cumulative: "Нарастающим итогом, по годам"
  caption: "Дела и люди {heading}"
  chart_title: "Столбчатая диаграмма: дела и люди {heading}"
  year_caption: "Дела и люди по году начала преследования"
  cumulative_title: "Столбчатая диаграмма: дела и люди, учтённые к каждому году"
  cumulative_caption: "Дела и люди, учтённые к концу каждого года"
  chart_description: {one: "{count} строка, в каждой число дел и людей; в таблице ниже те же данные.", few: "{count} строки, в каждой число дел и людей; в таблице ниже те же данные.", many: "{count} строк, в каждой число дел и людей; в таблице ниже те же данные.", other: "{count} строки, в каждой число дел и людей; в таблице ниже те же данные."}
  status_note: "Дела — по статусу дела; люди — по их собственному статусу в нём, который совпадает со статусом дела, если в материалах дела не указан другой. Человек, чьи дела находятся на разных стадиях, учитывается в каждой из них."
  status_uncertain_note: "Статус некоторых из них источники лишь сообщают или оспаривают (дел: {cases}; человек: {persons}): это сказано рядом со статусом на странице каждого такого дела и отмечено в каждом списке дел."
  year_note: "Каждое дело учитывается в году начала преследования: самого раннего задержания, предъявления обвинения или меры пресечения, а если их нет — самого раннего датированного события; дата вменяемого деяния на это не влияет. Дело без датированных событий учитывается как «Неизвестно». Люди — те, кто подвергся преследованию по делам этого года; человек с делами в разные годы учитывается в каждом из них."
  charge_note: "Дело с несколькими обвинениями и человек, обвиняемый по нескольким статьям, учитываются по каждой из них."
  sentence_note: "Приговоры обвиняемым по каждому виду наказания, которое они включают (ограничение свободы с запретом на деятельность учитывается в обоих видах). Дело учитывается в виде наказания, если его получил хотя бы один обвиняемый по делу."
  sentence_uncertain_note: "Часть некоторых из этих приговоров источники лишь сообщают или оспаривают (дел: {cases}; человек: {persons}): это сказано рядом с ней на странице каждого такого дела."
  cumulative_note: "Все дела, первое событие которых приходится на этот год или раньше, и разные люди, подвергшиеся преследованию по ним."
  undated_note: {one: "{count} дело без датированных событий не учтено.", few: "{count} дела без датированных событий не учтены.", many: "{count} дел без датированных событий не учтены.", other: "{count} дела без датированных событий не учтены."}
  not_known: "Неизвестно"
  no_region: "Регион не указан"
  no_charge: "Обвинение не указано"
  no_sentence: "Приговор не указан"
  as_of_set_html: "Данные по состоянию на {date} — дату, на которую ведётся подсчёт на этом сайте; статус каждого дела — последний записанный."
  # "Содержание под стражей" is one measure of restraint (pretrial detention, a custody kind
  # of the sample); custody of any kind that deprives of liberty is "нахождение под стражей".
  held_heading: "Нахождение под стражей и признание"
  recognition_heading: "Признанные политзаключёнными"
  held_intro: "Подсчитано по периодам мер пресечения и наказания в материалах дел. Учитываются только меры, лишающие свободы (ограничение свободы или запрет на выезд не учитываются); считаются и первый, и последний день."
  held_now_html: "Сейчас под стражей, по состоянию на {date}: {people}."
  ever_held_html: "Когда-либо под стражей, по состоянию на {date}: {people}."
  held_before_html: "Были под стражей раньше, но не на {date}: {people}."
  days_html: "Дни под стражей по состоянию на {date}, по всем, кто был под стражей до этой даты: медиана — {median}, наибольший срок — {longest}."
  # "около" takes the genitive: около 1 дня, около 3 дней, около 21 дня.
  about_days: {one: "около {count} дня", few: "около {count} дней", many: "около {count} дней", other: "около {count} дня"}
  recognised_html: "Признаны политзаключёнными, по состоянию на {date}: {people}."
  recognised_held_html: "Признаны политзаключёнными и сейчас под стражей, по состоянию на {date}: {people}."
  held_by_kind: "По виду меры"
  held_by_region: "Сейчас под стражей, по регионам"
  custody_kind: "Вид меры"
  held_people: "Сейчас под стражей"
  held_caption: "Люди под стражей {heading}, по состоянию на {date}"
  held_chart_title: "Столбчатая диаграмма: люди под стражей {heading}, по состоянию на {date}"
  held_chart_description: {one: "{count} строка, в каждой число людей под стражей; в таблице ниже те же данные.", few: "{count} строки, в каждой число людей под стражей; в таблице ниже те же данные.", many: "{count} строк, в каждой число людей под стражей; в таблице ниже те же данные.", other: "{count} строки, в каждой число людей под стражей; в таблице ниже те же данные."}
  held_kind_note: "Каждый человек учитывается один раз — по мере, под которой он находится сейчас (если их записано несколько, по последней начавшейся)."
  held_region_note: "Каждый человек учитывается один раз: в своём регионе, если он указан в его файле, иначе в регионе дела, по которому он под стражей."

data:
  description: "Дела, люди и организации архива в виде файлов CSV и JSON для скачивания и повторного использования."
  lede: "Всё, что публикует этот архив, доступно и в виде файлов, которые можно скачать, открыть в электронной таблице и использовать повторно."
  licence_html: "<strong>Лицензия:</strong> <bdi>{licence}</bdi>. Пожалуйста, указывайте <bdi>{site}</bdi> и ссылайтесь на страницы дел, на которые опираетесь."
  no_licence: "Архив не указал лицензию на эти файлы; прежде чем использовать их, обратитесь к его редакторам."
  counts_html: "Файлы созданы из тех же опубликованных записей, что и страницы, в тот же момент, поэтому все цифры совпадают с сайтом: в архиве {prosecutions} и {persons}. В <code>cases.csv</code> дела — это разные значения <code>case_id</code>, а люди, подвергшиеся преследованию, — разные значения <code>person_id</code> в строках, где <code>role</code> равно <code>defendant</code> (человек с двумя делами учитывается один раз); к ним добавляются обвиняемые, которых источники учитывают, но не называют: <code>unnamed_defendants</code> дела в <code>cases.json</code>."
  dates_html: "Даты записаны так, как их знает архив: год (<code>2021</code>), месяц (<code>2021-03</code>) или день (<code>2021-03-04</code>). Идентификаторы постоянны: это имена файлов архива и последняя часть адреса каждой страницы."
  csv_html: "Файлы CSV соответствуют RFC 4180 (запятые между полями, кавычки вокруг полей, которым они нужны, переводы строк Windows) и записаны в UTF-8 с меткой порядка байтов, поэтому Excel правильно открывает кириллические и казахские имена. Списки внутри одного поля (обвинения, теги, идентификаторы) разделены точкой с запятой и пробелом. Перед значением, которое начинается с <code>=</code>, <code>+</code>, <code>-</code> или <code>@</code>, стоит апостроф, чтобы электронная таблица никогда не выполнила его как формулу; в <code>cases.json</code> все значения в точности такие, как записаны."
  feed_heading: "Лента и карта сайта"
  feed_html: "<a href=\"{href}\">Лента Atom с новыми и обновлёнными делами</a>: последние записи ({limit}), сначала новые: обновлённые дела и исправления любых страниц. Добавьте её в программу для чтения лент, чтобы следить за архивом."
  sitemap_html: "<a href=\"{href}\">Карта сайта</a> со всеми страницами, для поисковых систем."
  cases_json: "Все опубликованные дела с людьми, приговорами, обвинениями, судом, событиями, источниками и исправлениями, а также словари сайта (статусы, роли, типы событий, виды наказаний, виды организаций, обвинения), чтобы каждый ключ можно было прочесть без site.yml. В начале: название сайта, адрес, лицензия и число дел и людей, подвергшихся преследованию. Каждое дело — одна строка файла."
  language_columns: "Имена и названия на других языках архива — в столбцах {columns}; они пусты там, где перевода нет."
  # "title_ru, name_ru и name_kk".
  language_columns_separator: ", "
  language_columns_last: " и "
  cases_csv: "Одна строка на каждого человека в деле: у дела с двумя обвиняемыми и адвокатом три строки. Собственные столбцы дела повторяются в каждой его строке."
  people_csv: "Одна строка на каждого человека в архиве, какова бы ни была его роль."
  organizations_csv: "Одна строка на каждую организацию, включая суды."
  custody_csv: "Одна строка на каждый период меры пресечения или наказания человека по делу, включая меры, не лишающие свободы (для них held равно false). Дни, нахождение под стражей сейчас и current подсчитаны по состоянию на {date}."
  custody_html: "Нахождение под стражей подсчитано по состоянию на {date}: <code>days</code> и <code>current</code> в <code>custody.csv</code>, <code>held_now</code> в <code>people.csv</code>, а также <code>as_of</code>, <code>held_now</code> и <code>custody</code> в <code>cases.json</code>. Дата, известная только до месяца или года, считается с её первого дня."

script:
  search_people: "Люди"
  search_organizations: "Организации"
  search_cases: "Дела"
  search_group: "{label} ({count})"
  search_show_all: "Показать все ({count})"
  search_searching: "Идёт поиск…"
  search_failed: "Не удалось загрузить поисковый индекс."
  search_results: {one: "{count} результат", few: "{count} результата", many: "{count} результатов", other: "{count} результата"}
  search_found: "{results} по запросу «{query}»"
  search_nothing_found: "По запросу «{query}» ничего не найдено."
  search_nothing: "Ничего не найдено"
  search_nothing_shown: "Ничего не найдено."
  search_all: "Показать {results} на странице поиска"
  search_more: "ещё {count}"
  filter_open: "Отобрать дела по статусу, региону, обвинению, организации, году или виду наказания"
  filter_label: "Отбор дел"
  filter_loading: "Загрузка фильтров…"
  filter_failed: "Не удалось загрузить фильтры. Выбирайте дела по статусу, обвинению, региону или тегу."
  filter_status: "Статус"
  filter_region: "Регион"
  filter_charge: "Обвинение"
  filter_organization: "Организация"
  filter_year: "Год"
  filter_sentence: "Вид наказания"
  filter_any: "Все ({count})"
  filter_clear: "Сбросить фильтры"
  filter_heading: "Подходящие дела"
  filter_more: "Показать ещё"
  filter_unknown: "Фильтр «{filter}: {value}» из адреса не подходит ни к одному делу здесь, поэтому он не применён."
  filter_matches: {one: "Подходит {count} дело.", few: "Подходят {count} дела.", many: "Подходят {count} дел.", other: "Подходят {count} дела."}
  filter_matches_shown: {one: "Подходит {count} дело; показаны первые {shown}.", few: "Подходят {count} дела; показаны первые {shown}.", many: "Подходят {count} дел; показаны первые {shown}.", other: "Подходят {count} дела; показаны первые {shown}."}

# Column names are data keys and stay as they are.
columns_cases_json:  # data/cases.json
  id: "постоянный идентификатор дела (имя его файла)"
  url: "страница дела"
  title: "название"
  summary: "краткое описание в одну строку или null"
  "status, status_label": "статус дела: ключ и словами"
  status_as_of: "когда статус был подтверждён в последний раз"
  latest_date: "дата последнего события, иначе status_as_of"
  updated: "когда запись была обновлена в последний раз"
  draft: "true только в предварительной сборке с --drafts"
  people: "все участники дела: id, name, url, role и role_label, status и status_label и charges (только для обвиняемых; null и [] для других ролей), sentence (части: type, type_label, years, months, days, hours, amount, note) и sentence_text (приговор словами)"
  organizations: "организации, названные в деле: id, name, url"
  charges: "обвинения по делу: key, label, law"
  court: "суд: id, name, url; или null"
  "region, city": "как записаны"
  tags: "как записаны"
  related_cases: "идентификаторы связанных дел, в обе стороны"
  events: "датированные события, сначала ранние: date, type и type_label, summary, people (идентификаторы; обвиняемые по делу, если событие не называет кого-то из участников), sources (идентификаторы источников этого дела)"
  sources: "каждый источник как записан: id, title, publisher, url, date, language, archive_url"
  corrections: "публичный журнал исправлений: date, note"
  as_of: "в начале файла: дата, на которую подсчитано нахождение под стражей (days, held_now, current)"
  vocabularies.custody_kinds: "в начале файла: виды мер, ключ и название"
  people.held_now: "true, если человек сейчас под стражей — по этому или другому делу"
  people.custody: "периоды мер человека по этому делу: from, to (null, пока период длится), kind и kind_label, held (true, если мера лишает свободы), place, days (до даты подсчёта, первый и последний день включительно), current (начался к дате подсчёта и не закончился)"
  documents: "у дела, к которому они есть, его документы: title, date, kind и kind_label, file (адрес файла на этом сайте), url, language, sources (идентификаторы источников этого дела)"
  "events.certainty, events.note": "у события, где они указаны: насколько источники уверены (reported — по сообщениям, disputed — оспаривается) и почему"
  "status_certainty, status_note, status_sources": "у дела и у человека в деле, где они указаны: насколько источники уверены в статусе, почему, и идентификаторы источников этого дела, сообщающих о нём"
  people.current_sentence: "на сайте с решениями: наказание, действующее после последнего назначившего его решения (то же, что sentence), части как в sentence"
  people.first_instance_sentence: "на сайте с решениями: приговор первой инстанции, части как в sentence"
  people.in_absentia: "на сайте с решениями: true, если действующий приговор вынесен заочно"
  people.decisions: "на сайте с решениями: решения по человеку по порядку: date, kind и kind_label, outcome и outcome_label, court (id, name, url), charges (ключи статей, по которым вынесено решение; null, если не указано), sentence и sentence_total (части: type, type_label, years, months, days, hours, amount, currency, charge, probation, from_release, note, certainty, sources), in_absentia, sources, note, certainty"
columns_cases_csv:  # data/cases.csv
  case_id: "постоянный идентификатор дела (имя его файла)"
  case_url: "страница дела"
  case_title: "название дела"
  status: "статус дела, ключом"
  status_label: "статус дела словами"
  status_as_of: "когда статус был подтверждён в последний раз (дата, возможно неполная)"
  latest_date: "дата последнего события дела, иначе status_as_of"
  updated: "когда запись дела была обновлена в последний раз"
  court_id: "идентификатор суда (организации)"
  court_name: "название суда"
  region: "регион, как записан"
  city: "город, как записан"
  charges: "обвинения по делу, ключами (названия и статьи — в cases.json)"
  person_id: "постоянный идентификатор человека"
  person_name: "имя человека"
  role: "роль человека в деле, ключом (defendant, witness, lawyer …)"
  person_status: "только для обвиняемых: их собственный статус, ключом (статус дела, если в файле не указано иное)"
  person_charges: "только для обвиняемых: их обвинения, ключами (обвинения по делу, если в файле не указано иное)"
  decision_charges: "на сайте с решениями, только для обвиняемых: статьи, по которым вынесены их решения или назначены части наказания, которых нет в person_charges, в виде ключей"
  sentence: "приговор человеку словами, как на странице дела"
  sentence_types: "виды наказания в приговоре, ключами"
  organizations: "идентификаторы организаций, названных в деле"
  tags: "теги дела, как записаны"
  source_count: "сколько источников приводит дело"
  person_url: "страница человека"
  related_cases: "идентификаторы связанных дел"
  source_urls: "адреса источников дела через пробел"
  first_instance_sentence: "на сайте с решениями: приговор первой инстанции словами"
  first_instance_sentence_types: "на сайте с решениями: виды наказания приговора первой инстанции, ключами"
  in_absentia: "на сайте с решениями: true, если действующий приговор вынесен заочно"
  status_certainty: "на сайте, где она указана хотя бы у одного статуса: насколько источники уверены в статусе дела (reported или disputed; пусто, если в деле не указано)"
  person_status_certainty: "на таком сайте, только для обвиняемых: насколько источники уверены в их статусе из person_status (их собственном, иначе в статусе дела)"
  status_note: "на таком сайте: status_note дела, почему источники настолько уверены в его статусе (пусто, если не указано)"
  person_status_note: "на таком сайте, только для обвиняемых: пояснение к их статусу из person_status (их собственное status_note, иначе дела)"
  country: "на сайте, где страна указана хотя бы у одного дела: страна дела, код ISO 3166-1 alpha-2 (KZ); пусто, если дело её не указывает"
  country_name: "на таком сайте: название страны, как на странице дела"
  unnamed_defendants: "на сайте, где они указаны хотя бы у одного дела: обвиняемые, которых источники дела считают, но не называют, целое число в каждой его строке (пусто, если дело их не указывает); строк для них здесь нет, поэтому прибавьте число каждого дела один раз к людям"
columns_people_csv:  # data/people.csv
  id: "постоянный идентификатор человека (имя его файла)"
  url: "страница человека"
  name: "имя человека"
  aliases: "другие написания имени"
  born: "дата рождения, возможно только год"
  region: "регион человека, как записан"
  organizations: "идентификаторы организаций, с которыми человек связан или которые возглавляет"
  case_count: "в скольких опубликованных делах человек упоминается, в любой роли"
  case_ids: "идентификаторы этих дел, сначала с последними событиями"
  defendant: "true, если человек обвиняемый хотя бы в одном опубликованном деле (учитывается среди подвергшихся преследованию)"
  organization_links: "связь с каждой организацией из organizations, в том же порядке: ключ из affiliations (member, alleged …) или leader, если человека называет только файл организации"
  held_now: "true, если человек сейчас под стражей (период меры, лишающей свободы, начался к дате подсчёта и не закончился; см. custody.csv)"
  gender: "на сайте, где пол указан хотя бы у одного человека: female (женский) или male (мужской), как в файле человека; пусто, если он не указан, и всегда для защищённого человека"
  died: "на сайте, где записана смерть хотя бы одного человека: дата смерти (возможно, неполная); пусто, пока человек жив или дата неизвестна, а также для смерти после даты подсчёта"
  died_in_custody: "на таком сайте, если died указана: true, если человек умер под стражей, иначе false"
columns_organizations_csv:  # data/organizations.csv
  id: "постоянный идентификатор организации (имя её файла)"
  url: "страница организации"
  name: "название организации"
  short_name: "краткое название или аббревиатура"
  kind: "вид организации, ключом (party, movement, court …)"
  banned: "когда была запрещена, возможно только год или месяц"
  leaders: "идентификаторы её руководителей"
  member_count: "сколько людей в архиве указывают её среди своих связей"
  case_count: "сколько опубликованных дел её называют"
  court_case_count: "для суда: в скольких опубликованных делах он указан как суд дела"
  alleged_count: "сколько людей связывает с ней только обвинение (не входят в member_count)"
  # Только в архиве, где указаны прежние названия, предшественник или запреты списком.
  former_names: "прежние названия, в порядке файла"
  former_names_until: "для каждого прежнего названия, в том же порядке, дата, по которую оно использовалось (пусто, если неизвестна)"
  successor_of: "идентификатор организации, преемником которой она является"
  ban_dates: "даты всех запретов, в порядке файла"
  ban_courts: "для каждого запрета, в том же порядке, идентификатор суда, который его вынес (пусто, если не указан)"
columns_custody_csv:  # data/custody.csv
  person: "постоянный идентификатор человека"
  case: "идентификатор дела, к которому относится период"
  kind: "вид меры, ключ из custody_kinds (pretrial-detention, prison, travel-ban …)"
  from: "первый день, как записано (возможно, только месяц или год)"
  to: "последний день, как записано; пусто, пока период длится"
  place: "где: следственный изолятор, колония, город, как записано"
  days: "дни периода до даты подсчёта, первый и последний день включительно; 0, если период начинается позже; неполная дата считается с её первого дня"
  held: "true, если мера лишает свободы (учитывается как нахождение под стражей и в днях под стражей), false для таких мер, как запрет на выезд"
  current: "true, если период начался не позже даты подсчёта и заканчивается после неё или не имеет конца"

# Страны, смерть, неназванные обвиняемые и дата деяния (issue 19).
casefacts:
  country: "Страна"
  by_country: "По странам"
  no_country: "Страна не указана"
  citizenship: "Гражданство"
  # The offence is what the charge alleges: "вменяемое", never a deed taken as done.
  offence: "Дата вменяемого деяния"
  died_html: "Дата смерти: {date}"
  died_in_custody_html: "Смерть под стражей: {date}"
  died_in_html: "Дата смерти: {date}"
  died_in_custody_in_html: "Смерть под стражей: {date}"
  died_in_custody_count: {one: "{count} человек умер под стражей.", few: "{count} человека умерли под стражей.", many: "{count} человек умерли под стражей.", other: "{count} человека умерли под стражей."}
  unnamed_defendants: {one: "и ещё {count} обвиняемый, имя которого не названо", few: "и ещё {count} обвиняемых, имена которых не названы", many: "и ещё {count} обвиняемых, имена которых не названы", other: "и ещё {count} обвиняемого, имена которых не названы"}
  unnamed_only: {one: "{count} обвиняемый, имя которого не названо", few: "{count} обвиняемых, имена которых не названы", many: "{count} обвиняемых, имена которых не названы", other: "{count} обвиняемого, имена которых не названы"}
  unnamed_note: "В число людей входят обвиняемые, которых источники упоминают без имени; их нельзя отличить друг от друга в разных делах, поэтому один и тот же человек может быть учтён в нескольких делах."

# Решения по человеку в деле (docs/content.md, "Decisions").
decisions:
  current_sentence: "Действующий приговор"
  no_sentence: "наказания нет"
  sentence_unknown: "неизвестно"
  first_instance_sentence: "Приговор первой инстанции"
  in_absentia: "приговор вынесен заочно"
  in_absentia_after: "{sentence}, приговор вынесен заочно"
  decision_in_absentia: "заочно"
  heading: "Решения"
  sentence: "Наказание:"
  total: "По совокупности:"
  ruled_on: "По статьям:"
  charges_brought: "Предъявленные обвинения"
  # "Свидетель по 9 марта 2018, затем обвиняемый": «по» с датой и с месяцем («по март 2018»).
  roles: "Роль"
  role_until: "{role} по {date}"
  role_then: ", затем "
  certainty_reported: "по сообщениям, не подтверждено"
  certainty_disputed: "оспаривается"
  statistics_note: "Учитывается наказание, действующее после последнего решения, которым оно назначено: изменённое в апелляции учитывается как изменённое; условно-досрочное освобождение, амнистия или помилование оставляют наказание таким, каким оно было назначено; оправдание или отмена приговора учитываются как отсутствие наказания. Осуждённые заочно учитываются в отдельной строке, а не по видам наказания, и считаются находящимися под стражей, только если задержаны после приговора."
  statistics_in_absentia: "Осуждённые заочно"

# What a case, person or organization page says of its own history (from git), how to cite
# it, and the footer's build stamp.
permanence:
  history: "История изменений"
  first_published: "Впервые опубликовано"
  last_changed: "Последнее обновление"
  changes: {one: "{count} изменение", few: "{count} изменения", many: "{count} изменений", other: "{count} изменения"}
  change_without_message: "изменено"
  cite: "Как цитировать эту страницу"
  cite_text: "Текст"
  cite_bibtex: "BibTeX"
  copy: "Копировать"
  copied: "Скопировано"
  # A label, not "обновлено {date}": an `updated` known to the month or year is nominative
  # ("март 2021"), which only a label takes.
  cite_updated: "дата обновления: {date}"
  cite_version: "версия {commit}"
  built_from: "Собрано из версии {commit} от {date}"

# Страница по старому адресу: переименованный файл сохраняет прежние идентификаторы
# (docs/content.md, «Renamed files»), и по каждому старому адресу есть маленькая страница,
# которая сразу ведёт дальше.
renamed:
  # {title} — название или имя страницы, на которую она ведёт.
  title: "Страница перенесена: {title}"
  # {link} — ссылка на новую страницу.
  moved: "Эта страница перенесена: {link}."
  # Страница по адресу, который site.yml перечисляет в 'withdrawn' (запись удалена намеренно); в ней нет ничьих имён.
  withdrawn_title: "Запись удалена"
  # {link} — ссылка на главную страницу, её текст — название сайта.
  withdrawn: "Эта запись удалена из архива: {link}."
  former_ids_cases_json: "идентификаторы, которые были у дела до переименования (список); их старые адреса ведут на его страницу"
  former_ids_cases_csv: "идентификаторы, которые были у дела до переименования; их старые адреса ведут на его страницу"
  former_ids_people_csv: "идентификаторы, которые были у файла человека до переименования; их старые адреса ведут на его страницу"
  former_ids_organizations_csv: "идентификаторы, которые были у организации до переименования файла; их старые адреса ведут на её страницу"
imported:
  event_summary: "Последнее известное событие (импортировано из открытых данных, где указана только его дата)."
  decision_note: "Импортировано из открытых данных, где указан действующий приговор, но не решение, которым он назначен: проверьте вид решения, дату и суд."
  source_without_address: "Источник без адреса (импортирован из открытых данных)"
corrections:
  title: "Исправления"
  intro: "Если в опубликованной странице находят ошибку, её исправляют, а исправление записывают с датой: на исправленной странице, в этом списке и в ленте Atom."
  count: {one: "{count} исправление, новые вверху.", few: "{count} исправления, новые вверху.", many: "{count} исправлений, новые вверху.", other: "{count} исправления, новые вверху."}
  box_heading: "Исправления на этой странице"
  all_link: "Все исправления в архиве"
  footer_link: "Исправления"
  feed_title: "Исправление: {title}"
  feed_category: "Исправление"
sentence_terms:
  # Описания на странице данных столбцов cases.csv с приговором в виде частей (docs/data.md).
  sentence_terms_cases_csv: "приговор из столбца sentence в машиночитаемом виде: части через «; », каждая — вид наказания и поля имя=значение (imprisonment years=7 months=6; fine amount=530250 currency=KZT)"
  first_instance_sentence_terms_cases_csv: "на сайте с решениями: приговор первой инстанции в машиночитаемом виде, как в sentence_terms"
# Краткое описание дела в ленте Atom после его собственного описания: каждый статус с
# обвиняемыми, у которых он такой, в порядке дела («Осуждены: Мия, Ник. Оправдана: Ольга.»);
# {status} — название статуса из site.yml, {people} — имена.
feed:
  status_people: "{status}: {people}."
  # Между именами с одним статусом.
  people_separator: ", "
  # Дело без обвиняемых: только его статус.
  status_only: "{status}."

"""#
}
