/// The example texts `casebook init` writes, in each language it starts an archive in: a
/// monitoring group working in Russian or Kazakh gets its examples, settings and labels in
/// its own language, not English to translate first (`casebook init --language ru`).
struct InitTexts {
    let title: String
    let description: String
    let chargeLabel: String
    let chargeLaw: String
    let region: String
    let caseTitle: String
    let caseSummary: String
    let eventSummary: String
    let sourceTitle: String
    let caseBody: String
    let personName: String
    let personBody: String
    let courtName: String
    let aboutTitle: String
    let aboutSummary: String
    let aboutBody: String
    /// The label of the event type `update`, which has no built-in label.
    let update: String

    /// The languages init writes in: those the built-in theme has a catalogue for.
    static let languages = ["en", "ru", "kk"]

    static func of(_ code: String) -> InitTexts {
        switch code {
        case "ru": russian
        case "kk": kazakh
        default: english
        }
    }

    static let english = InitTexts(
        title: "Example Case Archive",
        description: "Cases of politically motivated prosecution, documented from public sources.",
        chargeLabel: "Spreading false information (an example charge)",
        chargeLaw: "Criminal Code, Article 274 (example)",
        region: "Example Region",
        caseTitle: "An example case (delete it when you add real ones)",
        caseSummary: "A blogger is detained over a post; this case is an example of the format, not a real case.",
        eventSummary: "Detained at home (an example event).",
        sourceTitle: "An example report (replace it with the real source)",
        caseBody: """
            The body, in Markdown: what happened, in the archive's own words. Link to other files
            as they are in the folder, [the example person](../people/example-person.md), and cite
            sources by number.
            """,
        personName: "Example Person",
        personBody: "An example person, the defendant of the example case. Delete this file with it.",
        courtName: "Example District Court",
        aboutTitle: "About this archive",
        aboutSummary: "Who keeps this archive, how cases are chosen and checked, and how to reach us.",
        aboutBody: """
            Who keeps this archive, which cases it documents and why, the sources it relies on, and
            how to send a correction. Edit this page: it is content/pages/about.md.
            """,
        update: "Update")

    static let russian = InitTexts(
        title: "Пример архива дел",
        description: "Дела о политически мотивированном преследовании, задокументированные по открытым источникам.",
        chargeLabel: "Распространение заведомо ложной информации (пример обвинения)",
        chargeLaw: "Уголовный кодекс, статья 274 (пример)",
        region: "Примерная область",
        caseTitle: "Пример дела (удалите его, когда добавите настоящие)",
        caseSummary: "Блогера задерживают из-за публикации; это пример формата, а не настоящее дело.",
        eventSummary: "Задержан дома (пример события).",
        sourceTitle: "Пример доклада (замените его настоящим источником)",
        caseBody: """
            Текст в Markdown: что произошло, словами архива. Ссылайтесь на другие файлы так, как они
            лежат в папке, — [пример человека](../people/example-person.md), — а на источники по номерам.
            """,
        personName: "Иван Пример",
        personBody: "Пример человека, обвиняемый по примеру дела. Удалите этот файл вместе с ним.",
        courtName: "Районный суд (пример)",
        aboutTitle: "Об этом архиве",
        aboutSummary: "Кто ведёт этот архив, как отбираются и проверяются дела и как с нами связаться.",
        aboutBody: """
            Кто ведёт этот архив, какие дела он документирует и почему, на какие источники опирается и
            как прислать исправление. Отредактируйте эту страницу: это файл content/pages/about.md.
            """,
        update: "Обновление")

    static let kazakh = InitTexts(
        title: "Іс мұрағатының мысалы",
        description: "Ашық дереккөздер бойынша құжатталған саяси астарлы қудалау істері.",
        chargeLabel: "Көрінеу жалған ақпарат тарату (айыптау мысалы)",
        chargeLaw: "Қылмыстық кодекс, 274-бап (мысал)",
        region: "Мысал облысы",
        caseTitle: "Іс мысалы (нақты істерді қосқанда оны жойыңыз)",
        caseSummary: "Блогер жазбасы үшін ұсталады; бұл нақты іс емес, форматтың мысалы.",
        eventSummary: "Үйінде ұсталды (оқиға мысалы).",
        sourceTitle: "Баяндама мысалы (оны нақты дереккөзбен ауыстырыңыз)",
        caseBody: """
            Markdown-тағы мәтін: не болғанын мұрағаттың өз сөзімен жазыңыз. Басқа файлдарға олар
            қалтада қалай тұрса, солай сілтеме беріңіз, [тұлға мысалы](../people/example-person.md),
            ал дереккөздерге нөмірі бойынша сілтеме жасаңыз.
            """,
        personName: "Асан Мысал",
        personBody: "Тұлға мысалы, іс мысалындағы айыпталушы. Бұл файлды онымен бірге жойыңыз.",
        courtName: "Аудандық сот (мысал)",
        aboutTitle: "Осы мұрағат туралы",
        aboutSummary: "Бұл мұрағатты кім жүргізеді, істер қалай іріктеліп, тексеріледі және бізбен қалай байланысуға болады.",
        aboutBody: """
            Бұл мұрағатты кім жүргізеді, қандай істерді және не үшін құжаттайды, қандай дереккөздерге
            сүйенеді және түзетуді қалай жіберуге болады. Бұл бетті өңдеңіз: ол content/pages/about.md файлы.
            """,
        update: "Жаңарту")
}
