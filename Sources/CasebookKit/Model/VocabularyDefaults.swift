/// The built-in statuses, roles, event types, sentence types and organization kinds,
/// labelled in English, Russian and Kazakh like `custody_kinds`: a site in those languages
/// that keeps the built-in vocabularies reads them in its own words, not in English.
extension SiteConfig.Defaults {
    static let statusLabels: [String: [(String, String)]] = [
        "en": [("investigation", "Under investigation"), ("detained", "In pre-trial detention"), ("trial", "On trial"),
               ("sentenced", "Sentenced"), ("appeal", "On appeal"), ("serving", "Serving sentence"),
               ("released", "Released"), ("acquitted", "Acquitted"), ("closed", "Closed")],
        "ru": [("investigation", "На стадии следствия"), ("detained", "Под стражей до суда"), ("trial", "Идёт суд"),
               ("sentenced", "Осуждён"), ("appeal", "На стадии апелляции"), ("serving", "Отбывает наказание"),
               ("released", "Освобождён"), ("acquitted", "Оправдан"), ("closed", "Дело прекращено")],
        "kk": [("investigation", "Тергеу сатысында"), ("detained", "Сотқа дейін қамауда"), ("trial", "Сотта қаралуда"),
               ("sentenced", "Сотталды"), ("appeal", "Апелляция сатысында"), ("serving", "Жазасын өтеуде"),
               ("released", "Босатылды"), ("acquitted", "Ақталды"), ("closed", "Іс тоқтатылды")],
    ]

    static let roleLabels: [String: [(String, String)]] = [
        "en": [(Role.defendant, "Defendant"), ("witness", "Witness"), ("lawyer", "Lawyer"), ("judge", "Judge"), ("prosecutor", "Prosecutor")],
        "ru": [(Role.defendant, "Обвиняемый"), ("witness", "Свидетель"), ("lawyer", "Адвокат"), ("judge", "Судья"), ("prosecutor", "Прокурор")],
        "kk": [(Role.defendant, "Айыпталушы"), ("witness", "Куә"), ("lawyer", "Адвокат"), ("judge", "Судья"), ("prosecutor", "Прокурор")],
    ]

    static let eventTypeLabels: [String: [(String, String)]] = [
        "en": [("detention", "Detained"), ("search", "Searched"), ("charge", "Charged"), ("restraint", "Measure of restraint"),
               ("trial", "Trial opened"), ("verdict", "Verdict"), ("appeal", "Appeal"), ("appeal-ruling", "Appeal ruling"),
               ("release", "Released"), ("recognition", "Recognised as political prisoner"), ("ban", "Banned")],
        "ru": [("detention", "Задержание"), ("search", "Обыск"), ("charge", "Предъявление обвинения"), ("restraint", "Мера пресечения"),
               ("trial", "Начало суда"), ("verdict", "Приговор"), ("appeal", "Апелляция"), ("appeal-ruling", "Решение по апелляции"),
               ("release", "Освобождение"), ("recognition", "Признание политзаключённым"), ("ban", "Запрет")],
        "kk": [("detention", "Ұстау"), ("search", "Тінту"), ("charge", "Айып тағу"), ("restraint", "Бұлтартпау шарасы"),
               ("trial", "Сот процесінің басталуы"), ("verdict", "Үкім"), ("appeal", "Апелляция"), ("appeal-ruling", "Апелляциялық шешім"),
               ("release", "Босату"), ("recognition", "Саяси тұтқын деп тану"), ("ban", "Тыйым салу")],
    ]

    static let sentenceTypeLabels: [String: [(String, String)]] = [
        "en": [("imprisonment", "imprisonment"), ("freedom-limitation", "freedom limitation"), ("suspended", "suspended sentence"),
               ("fine", "fine"), ("community-work", "community work"), ("activity-ban", "ban on activity"),
               ("psychiatric", "forced psychiatric treatment"), ("life", "life imprisonment")],
        "ru": [("imprisonment", "лишение свободы"), ("freedom-limitation", "ограничение свободы"), ("suspended", "условное лишение свободы"),
               ("fine", "штраф"), ("community-work", "общественные работы"), ("activity-ban", "запрет на деятельность"),
               ("psychiatric", "принудительное психиатрическое лечение"), ("life", "пожизненное лишение свободы")],
        "kk": [("imprisonment", "бас бостандығынан айыру"), ("freedom-limitation", "бас бостандығын шектеу"),
               ("suspended", "шартты түрде бас бостандығынан айыру"), ("fine", "айыппұл"), ("community-work", "қоғамдық жұмыстарға тарту"),
               ("activity-ban", "қызметпен айналысуға тыйым салу"), ("psychiatric", "мәжбүрлі психиатриялық емдеу"),
               ("life", "өмір бойы бас бостандығынан айыру")],
    ]

    static let organizationKindLabels: [String: [(String, String)]] = [
        "en": [("party", "Political party"), ("movement", "Movement"), (OrganizationKind.court, "Court"), ("media", "Media"), ("ngo", "NGO")],
        "ru": [("party", "Политическая партия"), ("movement", "Движение"), (OrganizationKind.court, "Суд"), ("media", "СМИ"), ("ngo", "НПО")],
        "kk": [("party", "Саяси партия"), ("movement", "Қозғалыс"), (OrganizationKind.court, "Сот"), ("media", "БАҚ"), ("ngo", "ҮЕҰ")],
    ]

    /// The built-in vocabularies for a site in `languages` (the default first).
    static func statusVocabulary(in languages: [String]) -> Vocabulary { builtInLabels(statusLabels, name: "statuses", in: languages) }
    static func roleVocabulary(in languages: [String]) -> Vocabulary { builtInLabels(roleLabels, name: "roles", in: languages) }
    static func eventTypeVocabulary(in languages: [String]) -> Vocabulary { builtInLabels(eventTypeLabels, name: "event_types", in: languages) }
    static func sentenceTypeVocabulary(in languages: [String]) -> Vocabulary { builtInLabels(sentenceTypeLabels, name: "sentence_types", in: languages) }
    static func organizationKindVocabulary(in languages: [String]) -> Vocabulary {
        builtInLabels(organizationKindLabels, name: "organization_kinds", in: languages)
    }
}
