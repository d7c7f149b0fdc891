"""The Russian and Kazakh translations of bench/generate.py's archives (its --languages).

For every case, person, organization and free page of the archive, `Translator(gen, lang)`
writes `<id>.<lang>.md` beside the file, as a translator would: only the text keys of a
translation (title and summary, or name, short_name and aliases; every event's summary,
every source's title, every correction's note, a case's people's sentence notes, and
`updated` where the file has it) and a
body of about the same length in characters with the same Markdown: the same links to the
same files (their text the name of the person or organization in that language), headings,
bold and code. Names are in their native spelling (Қайрат Тоқтаров in Kazakh, Кайрат
Токтаров in Russian); the front matter's sentences come from templates in each language;
the body's prose is synthetic: each English word becomes a Russian or Kazakh word of about
its length, drawn from a word list with a random.Random seeded by the seed, the number of
cases, the language and the file, so that the same options give byte-identical files and a
translation does not change when another file does.

Nothing here draws from the generator's own random stream: the English files are the same
with or without translations.
"""

import random
import re
import sys

LANGUAGES = ("ru", "kk")

# The site's title, description and every label of site.yml, per language.
SITE_TITLE = {
    "en": "Synthetic Case Archive (benchmark, %d cases)",
    "ru": "Синтетический архив дел (замер скорости, дел: %d)",
    "kk": "Синтетикалық істер мұрағаты (жылдамдық өлшеуі, істер: %d)",
}
SITE_DESCRIPTION = {
    "en": "An invented archive for measuring casebook. Every name, case and source in it is made up.",
    "ru": "Вымышленный архив для замеров casebook. Все имена, дела и источники в нём выдуманы.",
    "kk": "casebook өлшеуге арналған ойдан шығарылған мұрағат. Ондағы барлық есім, іс және дереккөз ойдан алынған.",
}

# Each vocabulary: key -> (en, ru, kk). Sentence types as the sample's site.yml gives them
# (nominative: the catalogues word "лишение свободы сроком на 2 года").
VOCABULARIES = [
    ("statuses", [
        ("investigation", "Under investigation", "Под следствием", "Тергеуде"),
        ("detained", "In pre-trial detention", "Под стражей до суда", "Сотқа дейін қамауда"),
        ("trial", "On trial", "Идёт суд", "Сотта"),
        ("sentenced", "Sentenced", "Осуждён", "Сотталды"),
        ("appeal", "On appeal", "Обжалование", "Апелляцияда"),
        ("serving", "Serving sentence", "Отбывает наказание", "Жаза өтеуде"),
        ("released", "Released", "Освобождён", "Босатылды"),
        ("acquitted", "Acquitted", "Оправдан", "Ақталды"),
        ("closed", "Closed", "Дело закрыто", "Іс тоқтатылды"),
    ]),
    ("roles", [
        ("defendant", "Defendant", "Обвиняемый", "Айыпталушы"),
        ("witness", "Witness", "Свидетель", "Куә"),
        ("lawyer", "Lawyer", "Адвокат", "Адвокат"),
        ("judge", "Judge", "Судья", "Судья"),
        ("prosecutor", "Prosecutor", "Прокурор", "Прокурор"),
    ]),
    ("event_types", [
        ("detention", "Detained", "Задержание", "Ұстау"),
        ("search", "Searched", "Обыск", "Тінту"),
        ("charge", "Charged", "Обвинение", "Айып тағу"),
        ("restraint", "Measure of restraint", "Мера пресечения", "Бұлтартпау шарасы"),
        ("trial", "Trial opened", "Начало суда", "Сот басталды"),
        ("verdict", "Verdict", "Приговор", "Үкім"),
        ("appeal", "Appeal", "Апелляция", "Апелляция"),
        ("appeal-ruling", "Appeal ruling", "Решение апелляции", "Апелляция шешімі"),
        ("release", "Released", "Освобождение", "Босату"),
        ("recognition", "Recognised as political prisoner", "Признание политзаключённым", "Саяси тұтқын деп тану"),
        ("ban", "Banned", "Запрет", "Тыйым салу"),
    ]),
    ("sentence_types", [
        ("imprisonment", "imprisonment", "лишение свободы", "бас бостандығынан айыру"),
        ("freedom-limitation", "freedom limitation", "ограничение свободы", "бас бостандығын шектеу"),
        ("suspended", "suspended sentence", "условное лишение свободы", "шартты түрде бас бостандығынан айыру"),
        ("fine", "fine", "штраф", "айыппұл"),
        ("community-work", "community work", "общественные работы", "қоғамдық жұмыстарға тарту"),
        ("activity-ban", "ban on activity", "запрет на деятельность", "қызметпен айналысуға тыйым салу"),
        ("psychiatric", "forced psychiatric treatment", "принудительное психиатрическое лечение", "мәжбүрлі психиатриялық емдеу"),
    ]),
    ("organization_kinds", [
        ("party", "Political party", "Политическая партия", "Саяси партия"),
        ("movement", "Movement", "Движение", "Қозғалыс"),
        ("court", "Court", "Суд", "Сот"),
        ("media", "Media", "СМИ", "БАҚ"),
        ("ngo", "NGO", "НКО", "ҮЕҰ"),
    ]),
]

# generate.py's CHARGES by key: (Russian label, Kazakh label).
CHARGE_LABELS = {
    "kz-cc-405": ("Организация или участие в деятельности запрещённой экстремистской организации",
                  "Тыйым салынған экстремистік ұйымның қызметін ұйымдастыру немесе оған қатысу"),
    "kz-cc-174": ("Возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни",
                  "Әлеуметтік, ұлттық, рулық, нәсілдік, тектік-топтық немесе діни араздықты қоздыру"),
    "kz-cc-274": ("Распространение заведомо ложной информации", "Көрінеу жалған ақпарат тарату"),
    "kz-cc-272": ("Организация массовых беспорядков или участие в них",
                  "Жаппай тәртіпсіздіктерді ұйымдастыру немесе оларға қатысу"),
    "kz-cc-400": ("Нарушение порядка организации и проведения собраний",
                  "Жиналыстарды ұйымдастыру және өткізу тәртібін бұзу"),
    "kz-cc-179": ("Пропаганда или публичные призывы к захвату или удержанию власти",
                  "Билікті басып алуға немесе ұстап қалуға насихат немесе жария шақыру"),
    "kz-cc-378": ("Оскорбление представителя власти", "Билік өкілін қорлау"),
    "kz-cc-190": ("Мошенничество", "Алаяқтық"),
    "kz-cc-189": ("Присвоение или растрата вверенного чужого имущества",
                  "Сеніп тапсырылған бөтен мүлікті иемденіп алу немесе ысырап ету"),
    "kz-cc-258": ("Финансирование экстремистской или террористической деятельности",
                  "Экстремистік немесе террористік әрекетті қаржыландыру"),
    "kz-cc-380": ("Применение насилия в отношении представителя власти", "Билік өкіліне қатысты күш қолдану"),
    "kz-cc-293": ("Хулиганство", "Бұзақылық"),
}
# generate.py's notes of penalties: (Russian, Kazakh), in the form the catalogues' sentence
# wording needs (a ban's note in the accusative, "запрет на {note}"; in Kazakh before
# "айналысуға тыйым салу").
SENTENCE_NOTES = {
    "general regime": ("общий режим", "жалпы режим"),
    "maximum security": ("строгий режим", "қатаң режим"),
    "minimum security": ("колония-поселение", "колония-қоныс"),
    "public and political activity": ("общественную и политическую деятельность", "қоғамдық және саяси қызметпен"),
    "journalism": ("журналистскую деятельность", "журналистік қызметпен"),
    "social media use": ("использование социальных сетей", "әлеуметтік желілерді пайдаланумен"),
}

LAW = {"en": "Criminal Code of Kazakhstan, Article %s",
       "ru": "Уголовный кодекс Республики Казахстан, статья %s",
       "kk": "Қазақстан Республикасының Қылмыстық кодексі, %s-бап"}

# Regions and tags as site.yml `places` and `tags` spell them: (Russian, Kazakh).
REGION_NAMES = {
    "Almaty": ("Алматы", "Алматы"), "Astana": ("Астана", "Астана"), "Shymkent": ("Шымкент", "Шымкент"),
    "Zhambyl Region": ("Жамбылская область", "Жамбыл облысы"),
    "Almaty Region": ("Алматинская область", "Алматы облысы"),
    "Mangystau Region": ("Мангистауская область", "Маңғыстау облысы"),
    "Atyrau Region": ("Атырауская область", "Атырау облысы"),
    "Aktobe Region": ("Актюбинская область", "Ақтөбе облысы"),
    "Karaganda Region": ("Карагандинская область", "Қарағанды облысы"),
    "Pavlodar Region": ("Павлодарская область", "Павлодар облысы"),
    "East Kazakhstan Region": ("Восточно-Казахстанская область", "Шығыс Қазақстан облысы"),
    "Abai Region": ("область Абай", "Абай облысы"),
    "Kostanay Region": ("Костанайская область", "Қостанай облысы"),
    "North Kazakhstan Region": ("Северо-Казахстанская область", "Солтүстік Қазақстан облысы"),
    "Akmola Region": ("Акмолинская область", "Ақмола облысы"),
    "West Kazakhstan Region": ("Западно-Казахстанская область", "Батыс Қазақстан облысы"),
    "Kyzylorda Region": ("Кызылординская область", "Қызылорда облысы"),
    "Turkistan Region": ("Туркестанская область", "Түркістан облысы"),
    "Ulytau Region": ("область Улытау", "Ұлытау облысы"),
    "Zhetysu Region": ("область Жетысу", "Жетісу облысы"),
}
TAG_NAMES = {
    "social-media": ("социальные сети", "әлеуметтік желілер"),
    "peaceful-assembly": ("мирные собрания", "бейбіт жиналыстар"),
    "journalist": ("журналист", "журналист"),
    "activist": ("активист", "белсенді"),
    "religious-belief": ("религиозные убеждения", "діни сенім"),
    "online-posts": ("публикации в интернете", "интернеттегі жазбалар"),
    "labour-protest": ("трудовой протест", "еңбек наразылығы"),
    "january-2022": ("январь 2022", "2022 жылғы қаңтар"),
    "election": ("выборы", "сайлау"),
    "blogger": ("блогер", "блогер"),
    "lawyer": ("адвокат", "адвокат"),
    "land-rights": ("права на землю", "жерге құқық"),
    "pre-trial-detention": ("содержание под стражей до суда", "сотқа дейін қамауда ұстау"),
    "torture-allegations": ("заявления о пытках", "азаптау туралы мәлімдемелер"),
    "forced-psychiatric": ("принудительное психиатрическое лечение", "мәжбүрлі психиатриялық емдеу"),
    "travel-ban": ("запрет на выезд", "шетелге шығуға тыйым"),
    "hunger-strike": ("голодовка", "аштық жариялау"),
    "family-targeted": ("преследование родственников", "туыстарын қудалау"),
}

# Cities in Kazakh (generate.py's REGIONS give the Latin and Russian names).
KK_CITIES = {
    "Almaty": "Алматы", "Astana": "Астана", "Shymkent": "Шымкент", "Taraz": "Тараз", "Shu": "Шу",
    "Karatau": "Қаратау", "Qonaev": "Қонаев", "Esik": "Есік", "Talgar": "Талғар", "Aktau": "Ақтау",
    "Zhanaozen": "Жаңаөзен", "Atyrau": "Атырау", "Kulsary": "Құлсары", "Aktobe": "Ақтөбе",
    "Khromtau": "Хромтау", "Karaganda": "Қарағанды", "Temirtau": "Теміртау", "Balkhash": "Балқаш",
    "Pavlodar": "Павлодар", "Ekibastuz": "Екібастұз", "Oskemen": "Өскемен", "Ridder": "Риддер",
    "Semey": "Семей", "Kostanay": "Қостанай", "Rudny": "Рудный", "Petropavl": "Петропавл",
    "Kokshetau": "Көкшетау", "Stepnogorsk": "Степногор", "Oral": "Орал", "Aksai": "Ақсай",
    "Kyzylorda": "Қызылорда", "Baikonur": "Байқоңыр", "Turkistan": "Түркістан", "Kentau": "Кентау",
    "Zhezkazgan": "Жезқазған", "Satpayev": "Сәтбаев", "Taldykorgan": "Талдықорған", "Zharkent": "Жаркент",
}
KK_COURTS = ["%s қаласының №%d қалалық соты", "%s қаласының №%d аудандық соты",
             "%s қаласының №%d мамандандырылған ауданаралық қылмыстық соты"]
SHORT_COURT = {"ru": "Суд №%d г. %s", "kk": "%s №%d соты"}

# The text of the front matter, per language: lists in the order of generate.py's.
TEXT = {
    "ru": {
        "and": " и ",
        "status": {"investigation": "следствие", "detained": "арест", "trial": "суд", "sentenced": "приговор",
                   "appeal": "апелляция", "serving": "отбывание наказания", "released": "освобождение",
                   "acquitted": "оправдание", "closed": "дело закрыто"},
        "titles": ["%(city)s, суд: %(names)s — %(status)s", "%(names)s: уголовное дело (%(city)s, %(year)d)",
                   "%(names)s: преследование в г. %(city)s"],
        "summary": "%(names)s: обвинение по статье «%(charge)s»; повод — %(trigger)s.",
        "triggers": ["публикации в социальных сетях", "мирный митинг в г. %s", "интервью иностранным СМИ",
                     "пожертвования запрещённой группе", "видео с критикой местных чиновников", "трудовая забастовка"],
        "restraints": ["два месяца содержания под стражей", "домашний арест", "запрет на выезд из города"],
        "events": {
            "detention": "%(city)s: задержание — %(subject)s.",
            "search": "Обыск по месту жительства (%(subject)s, г. %(city)s): изъяты телефоны и ноутбуки.",
            "charge": "Обвинение по статье %(article)s УК РК: %(subject)s.",
            "restraint": "Следственный судья избрал меру пресечения: %(restraint)s.",
            "trial": "Начался суд: %(court)s.",
            "verdict": "Оглашён приговор: %(subject)s.",
            "acquittal": "Оправдательный приговор: %(subject)s.",
            "appeal": "Защита обжаловала приговор.",
            "appeal-ruling": "Апелляционный суд оставил приговор в силе.",
            "release": "Освобождение: %(subject)s.",
            "recognition": "Правозащитники признали политзаключённым: %(subject)s.",
            "recognition-many": "Правозащитники признали политзаключёнными: %(subject)s.",
            "ban": "Суд признал организацию экстремистской и запретил её: %(name)s.",
        },
        "sources": ["%(name)s: судебное заседание в г. %(city)s", "%(name)s: активисту предъявлены обвинения (г. %(city)s)",
                    "Почему важно дело: %(name)s", "Дело в г. %(city)s: что известно",
                    "Сторонники собрались у здания суда: %(name)s", "Правозащитники назвали преследование политическим: %(name)s",
                    "Ожидается приговор: %(name)s"],
        "statement": "Заявление по делу: %s",
        "banned": "Признана экстремистской и запрещена: %s",
        "corrections": ["Исправлена дата приговора.", "Исправлено название суда.",
                        "Исправлено написание имени обвиняемого.", "Источник заменён архивной копией.",
                        "Срок наказания исправлен после публикации решения суда."],
        "pages": {"about": ("Об этом архиве", "Вымышленный архив из %d дел для замеров casebook."),
                  "methodology": ("Методология", "Как считаются вымышленные дела.")},
    },
    "kk": {
        "and": " және ",
        "status": {"investigation": "тергеу", "detained": "қамау", "trial": "сот", "sentenced": "үкім",
                   "appeal": "апелляция", "serving": "жаза өтеу", "released": "босату",
                   "acquitted": "ақтау", "closed": "іс тоқтатылды"},
        "titles": ["%(city)s, сот: %(names)s — %(status)s", "%(names)s: қылмыстық іс (%(city)s, %(year)d)",
                   "%(names)s: %(city)s қаласындағы қудалау"],
        "summary": "%(names)s: «%(charge)s» бабы бойынша айып тағылды; себебі — %(trigger)s.",
        "triggers": ["әлеуметтік желідегі жазбалар", "%s қаласындағы бейбіт митинг", "шетелдік БАҚ-қа берілген сұхбат",
                     "тыйым салынған топқа қайырмалдық", "жергілікті шенеуніктерді сынаған бейне", "еңбек ереуілі"],
        "restraints": ["екі ай қамауда ұстау", "үйқамақ", "қаладан шығуға тыйым"],
        "events": {
            "detention": "%(city)s: ұстау — %(subject)s.",
            "search": "Тінту (%(subject)s, %(city)s қаласы): телефондар мен ноутбуктер алынды.",
            "charge": "ҚР ҚК %(article)s-бабы бойынша айып тағылды: %(subject)s.",
            "restraint": "Тергеу судьясы бұлтартпау шарасын таңдады: %(restraint)s.",
            "trial": "Сот басталды: %(court)s.",
            "verdict": "Үкім жарияланды: %(subject)s.",
            "acquittal": "Ақтау үкімі: %(subject)s.",
            "appeal": "Қорғау тарапы үкімге шағым берді.",
            "appeal-ruling": "Апелляциялық сот үкімді өзгеріссіз қалдырды.",
            "release": "Босатылды: %(subject)s.",
            "recognition": "Құқық қорғаушылар саяси тұтқын деп таныды: %(subject)s.",
            "recognition-many": "Құқық қорғаушылар саяси тұтқындар деп таныды: %(subject)s.",
            "ban": "Сот ұйымды экстремистік деп танып, оған тыйым салды: %(name)s.",
        },
        "sources": ["%(name)s: %(city)s қаласындағы сот отырысы", "%(name)s: белсендіге айып тағылды (%(city)s қаласы)",
                    "Бұл іс неге маңызды: %(name)s", "%(city)s қаласындағы іс: не белгілі",
                    "Жақтастары сот ғимараты алдына жиналды: %(name)s", "Құқық қорғаушылар қудалауды саяси деп атады: %(name)s",
                    "Үкім күтілуде: %(name)s"],
        "statement": "Іс бойынша мәлімдеме: %s",
        "banned": "Экстремистік деп танылып, тыйым салынды: %s",
        "corrections": ["Үкім шыққан күн түзетілді.", "Сот атауы түзетілді.",
                        "Айыпталушы есімінің жазылуы түзетілді.", "Дереккөз мұрағаттағы көшірмесімен ауыстырылды.",
                        "Сот шешімі жарияланғаннан кейін жаза мерзімі түзетілді."],
        "pages": {"about": ("Бұл мұрағат туралы", "casebook өлшеуге арналған %d істен тұратын ойдан шығарылған мұрағат."),
                  "methodology": ("Әдістеме", "Ойдан шығарылған істер қалай есептеледі.")},
    },
}

# Words for the synthetic prose of the bodies: common words of legal reporting.
WORDS = {
    "ru": """и в на по с о к за от до не он она они его её их уже ещё все был это так как что суд дело
        иск срок закон право статья власть страна город район защита процесс приговор следствие обвинение
        адвокат свидетель прокурор заседание решение жалоба материалы показания эксперт заключение публикация
        активист журналист правозащитник организация движение партия собрание митинг протест задержание арест
        обыск телефон компьютер сообщение письмо родственники семья здоровье камера изолятор наблюдатели
        сторонники представитель полиция сотрудник документ доказательства экспертиза переписка ходатайство
        отказ основание нарушение требование мнение позиция информация источник газета редакция интервью видео
        запись после через против также однако который позже утром неделя месяц слушание время""",
    "kk": """және мен да де бен бұл сол ол олар оның емес әлі бәрі еді үшін сот іс талап мерзім заң құқық
        бап билік ел қала аудан қорғау процесс үкім тергеу айыптау адвокат куә прокурор отырыс шешім шағым
        материал айғақ сарапшы қорытынды жарияланым белсенді журналист құқыққорғаушы ұйым қозғалыс партия
        жиналыс митинг наразылық ұстау қамау тінту телефон компьютер хабарлама хат туыстары отбасы денсаулық
        камера изолятор бақылаушылар жақтастар өкіл полиция қызметкер құжат дәлел сараптама хат-хабар өтініш
        бас тарту негіз бұзушылық талабы пікір ұстаным ақпарат дереккөз газет редакция сұхбат бейне жазба
        туралы бойынша кейін дейін арқылы қарсы алайда кейінірек таңертең апта ай тыңдау уақыт""",
}

LINK = re.compile(r"(\[[^\]]*\]\([^)]*\)|\*\*[^*]+\*\*|`[^`]*`)")
TOKEN = re.compile(r"^([^\w]*)([\w'’-]*)(.*)$")


class Translator:
    """The translation files of one generated archive into one language."""

    def __init__(self, gen, lang):
        self.gen = gen
        # generate.py, whether it runs as __main__ or was imported: its tables and quoting.
        self.mod = sys.modules[type(gen).__module__]
        self.lang = lang
        self.text = TEXT[lang]
        words = sorted(set(WORDS[lang].split()), key=lambda w: (len(w), w))
        self.by_length = {}
        for w in words:
            self.by_length.setdefault(len(w), []).append(w)
        self.lengths = sorted(self.by_length)
        self.rng = None

    # ---- names -----------------------------------------------------------------------

    def person_name(self, p, real=False):
        """The name texts use: a protected person's initials (their file's `name` is `real`)."""
        i = 3 if self.lang == "ru" else 2
        name = "%s %s%s" % (p.first[i], p.last[i], "а" if p.female else "")
        return " ".join(part[0] + "." for part in name.split()) if p.protected and not real else name

    def person_aliases(self, p):
        if p.protected:
            return []
        other = 2 if self.lang == "ru" else 3
        own = self.person_name(p)
        out = []
        for alias in [p.name, "%s %s%s" % (p.first[other], p.last[other], "а" if p.female else "")] + p.aliases:
            if alias != own and alias not in out:
                out.append(alias)
        return out

    def city(self, city):
        if self.lang == "kk":
            return KK_CITIES[city]
        return next(ru for _, cs in self.mod.REGIONS for lat, ru in cs if lat == city)

    def org_name(self, org):
        if org.court_form:
            p, number, city, city_ru = org.court_form
            return org.aliases[0] if self.lang == "ru" else KK_COURTS[p] % (KK_CITIES[city], number)
        name = org.aliases[0] if self.lang == "ru" else org.aliases[1]
        region = org.words[3]
        return name + (" (%s)" % region if region else "")

    def org_short_name(self, org):
        if not org.short_name:
            return None
        if org.court_form:
            p, number, city, city_ru = org.court_form
            return SHORT_COURT["ru"] % (number, city_ru) if self.lang == "ru" else SHORT_COURT["kk"] % (KK_CITIES[city], number)
        i = 1 if self.lang == "ru" else 2
        adj, noun, kind, _ = org.words
        return (adj[i][0] + noun[i][0] + kind[i + 1][0]).upper()

    def org_aliases(self, org):
        own = self.org_name(org)
        others = [org.name] + ([KK_COURTS[org.court_form[0]] % (KK_CITIES[org.court_form[2]], org.court_form[1])]
                               if org.court_form else []) + org.aliases
        out = []
        for alias in others:
            if alias != own and alias not in out:
                out.append(alias)
        return out

    def names(self, people):
        names = [self.person_name(p) for p in people]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + self.text["and"] + names[-1]

    # ---- bodies ----------------------------------------------------------------------

    def word(self, length):
        """A word of about `length` letters."""
        best = min(self.lengths, key=lambda n: (abs(n - length), n))
        pool = self.by_length[best]
        return pool[int(self.rng.random() * len(pool))]

    def prose(self, text):
        out = []
        for token in text.split(" "):
            lead, core, trail = TOKEN.match(token).groups()
            if not core or any(ch.isdigit() for ch in core):
                out.append(token)
                continue
            w = self.word(len(core))
            out.append(lead + (w[0].upper() + w[1:] if core[0].isupper() else w) + trail)
        return " ".join(out)

    def link_text(self, target, text):
        m = re.match(r"^(?:\.\./)?(people|organizations)/([a-z0-9-]+)\.md$", target)
        if m and m.group(1) == "people":
            return self.person_name(self.gen.person_by_id[m.group(2)])
        if m:
            return self.org_name(self.gen.org_by_id[m.group(2)])
        if target.startswith("http"):
            return text   # a publisher's name
        return self.prose(text)

    def body(self, text):
        lines = []
        for line in text.split("\n"):
            prefix = "## " if line.startswith("## ") else ""
            parts = LINK.split(line[len(prefix):])
            for k, part in enumerate(parts):
                if k % 2 == 0:
                    parts[k] = self.prose(part)
                elif part.startswith("["):
                    label, target = part[1:-1].split("](", 1)
                    parts[k] = "[%s](%s)" % (self.link_text(target, label), target)
                elif part.startswith("**"):
                    parts[k] = "**%s**" % self.prose(part[2:-2])
            lines.append(prefix + "".join(parts))
        return "\n".join(lines)

    # ---- files -----------------------------------------------------------------------

    def file(self, fields, events, sources, corrections, updated, body, people=None):
        q, flow = self.mod.q, self.mod.flow
        lines = ["---"]
        for key, value in fields:
            if value is not None:
                lines.append("%s: %s" % (key, flow(value) if isinstance(value, list) else q(value)))
        if people and any(note for notes in people for note in notes):
            # One entry per person of the case; {} keeps what has no note.
            lines.append("people:")
            for notes in people:
                if not any(notes):
                    lines.append("  - {}")
                    continue
                lines.append("  - sentence:")
                lines.extend("      - note: %s" % q(note) if note else "      - {}" for note in notes)
        for key, field, items in (("events", "summary", events), ("sources", "title", sources),
                                  ("corrections", "note", corrections)):
            if items:
                lines.append("%s:" % key)
                lines.extend("  - %s: %s" % (field, q(item)) for item in items)
        if updated:
            lines.append("updated: %s" % updated)
        lines.append("---")
        return "\n".join(lines) + "\n" + self.body(body)

    def case(self, r):
        t = self.text
        city = self.city(r["city"])
        names = self.names(r["defendants"])
        by_id = {p.id: p for p in r["defendants"]}
        events = []
        for etype, person, restraint in r["events"]:
            subject = self.person_name(by_id[person]) if person else names
            key = etype
            if etype == "verdict" and r["status"] == "acquitted":
                key = "acquittal"
            elif etype == "recognition" and not person and len(r["defendants"]) > 1:
                key = "recognition-many"
            events.append(t["events"][key] % {
                "city": city, "subject": subject, "court": self.org_name(r["court"]),
                "article": r["charge"].rsplit("-", 1)[1], "restraint": t["restraints"][restraint]})
        first = self.person_name(r["defendants"][0])
        sources = [t["sources"][k] % {"name": first, "city": city} for k in r["sources"]]
        trigger = t["triggers"][r["trigger"]]
        fields = [
            ("title", t["titles"][r["title"]] % {"city": city, "names": names, "year": r["year"],
                                                 "status": t["status"][r["status"]]}),
            ("summary", t["summary"] % {"names": names, "charge": self.charge_label(r["charge"]).lower(),
                                        "trigger": trigger % city if "%s" in trigger else trigger}),
        ]
        col = 0 if self.lang == "ru" else 1
        people = [[SENTENCE_NOTES[note][col] if note else None for note in notes] for notes in r["people"]]
        return self.file(fields, events, sources, [t["corrections"][k] for k in r["corrections"]],
                         r["updated"], r["body"], people)

    def charge_label(self, key):
        return CHARGE_LABELS[key][0 if self.lang == "ru" else 1]

    def person(self, r):
        p = r["person"]
        name = self.person_name(p)
        events = [self.text["events"]["recognition"] % {"subject": name}] if r["events"] else []
        sources = [self.text["statement"] % name] if r["events"] else []
        if r.get("recognised"):   # generate.py --custody-every: the source of the recognition
            sources.append(self.text["statement"] % name)
        return self.file([("name", self.person_name(p, real=True)), ("aliases", self.person_aliases(p))], events, sources, [], None, r["body"])

    def org(self, r):
        org = r["org"]
        name = self.org_name(org)
        events = [self.text["events"]["ban"] % {"name": name}] if org.banned else []
        sources = [self.text["banned"] % name] if org.banned else []
        fields = [("name", name), ("short_name", self.org_short_name(org)), ("aliases", self.org_aliases(org))]
        return self.file(fields, events, sources, [], None, r["body"])

    def page(self, r):
        title, summary = self.text["pages"][r["page"]]
        fields = [("title", title), ("summary", summary % self.gen.n if "%d" in summary else summary)]
        return self.file(fields, [], [], [], None, r["body"])

    def files(self):
        out = {}
        for path in sorted(self.gen.records):
            r = self.gen.records[path]
            self.rng = random.Random("casebook-bench-translation/%d/%d/%s/%s" % (self.gen.seed, self.gen.n, self.lang, path))
            kind = path.split("/")[0]
            make = {"cases": self.case, "people": self.person, "organizations": self.org, "pages": self.page}[kind]
            out["%s.%s.md" % (path, self.lang)] = make(r)
        return out


def site_yml(gen, languages, used=(set(), set())):
    """site.yml of a site in `languages`: every text in each of them."""
    mod = sys.modules[type(gen).__module__]
    q, flow = mod.q, mod.flow

    def labels(values):
        return "{%s}" % ", ".join("%s: %s" % (l, q(values[l], block=False)) for l in languages)

    col = {"en": 0, "ru": 1, "kk": 2}
    lines = [
        "title: %s" % labels({l: SITE_TITLE[l] % gen.n for l in languages}),
        "description: %s" % labels(SITE_DESCRIPTION),
        "base_url: https://bench.example.org/",
        "languages: %s" % flow(list(languages)),
        "licence: CC BY 4.0",
    ]
    for name, entries in VOCABULARIES:
        lines.append("%s:" % name)
        for key, *texts in entries:
            lines.append("  %s: %s" % (key, labels({l: texts[col[l]] for l in languages})))
    lines.append("charges:")
    for key, label, article in mod.CHARGES:
        number = article.split()[-1]
        texts = {"en": label, "ru": CHARGE_LABELS[key][0], "kk": CHARGE_LABELS[key][1]}
        lines.append("  %s:" % key)
        lines.append("    label: %s" % labels(texts))
        lines.append("    law: %s" % labels({l: LAW[l] % number for l in LANGUAGES + ("en",)}))
    # Every region, city and tag the files write, in the other languages' spelling.
    others = [l for l in languages if l != "en"]
    if others:
        spellings = {}
        for region, cities in mod.REGIONS:
            spellings[region] = REGION_NAMES[region]
            for city, ru in cities:
                spellings.setdefault(city, (ru, KK_CITIES[city]))
        lines.append("places:")
        for name in sorted(n for n in spellings if n in used[0]):
            lines.append("  %s: {%s}" % (q(name, block=False), ", ".join("%s: %s" % (l, q(spellings[name][col[l] - 1], block=False)) for l in others)))
        lines.append("tags:")
        for tag in (t for t in mod.TAGS if t in used[1]):
            lines.append("  %s: {%s}" % (tag, ", ".join("%s: %s" % (l, q(TAG_NAMES[tag][col[l] - 1], block=False)) for l in others)))
    return "\n".join(lines) + "\n"
