/// A language code as readers of each page's language name it: a source's or document's
/// `language` (`ru`) is shown as "Russian", "русский" or "орыс тілі" rather than as the
/// code. The table is generated: the CLDR names of every ISO 639-1 code in English,
/// Russian and Kazakh (through ICU, `Locale.localizedString(forLanguageCode:)`, the codes
/// of `Locale.LanguageCode.isoLanguageCodes` with two letters, those without a name in
/// all three left out), one line each: `code|en|ru|kk`.
enum LanguageNames {
    /// The language `text` names, in `language` (a page's): for a code with or without
    /// subtags (`kk`, `kk-Cyrl`, `RU`); nil for any other text, which is shown as written,
    /// and on a page of a language without names (the code is shown then).
    static func name(of text: String, in language: String) -> String? {
        let primary = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.lowercased() } ?? ""
        guard primary.count == 2, let names = names[primary] else { return nil }
        switch language.split(separator: "-").first.map(String.init) ?? language {
        case "en": return names[0]
        case "ru": return names[1]
        case "kk": return names[2]
        default: return nil
        }
    }

    /// Code -> [en, ru, kk], read once from the table.
    static let names: [String: [String]] = {
        var names: [String: [String]] = [:]
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: "|").map(String.init)
            names[parts[0]] = Array(parts.dropFirst())
        }
        return names
    }()

    static let table = """
        aa|Afar|афарский|афар тілі
        ab|Abkhazian|абхазский|абхаз тілі
        ae|Avestan|авестийский|Avestan
        af|Afrikaans|африкаанс|африкаанс тілі
        ak|Akan|акан|акан тілі
        am|Amharic|амхарский|амхар тілі
        an|Aragonese|арагонский|арагон тілі
        ar|Arabic|арабский|араб тілі
        as|Assamese|ассамский|ассам тілі
        av|Avaric|аварский|авар тілі
        ay|Aymara|аймара|аймара тілі
        az|Azerbaijani|азербайджанский|әзірбайжан тілі
        ba|Bashkir|башкирский|башқұрт тілі
        be|Belarusian|белорусский|беларусь тілі
        bg|Bulgarian|болгарский|болгар тілі
        bi|Bislama|бислама|бислама тілі
        bm|Bambara|бамбара|бамбара тілі
        bn|Bangla|бенгальский|бенгал тілі
        bo|Tibetan|тибетский|тибет тілі
        br|Breton|бретонский|бретон тілі
        bs|Bosnian|боснийский|босния тілі
        ca|Catalan|каталанский|каталан тілі
        ce|Chechen|чеченский|шешен тілі
        ch|Chamorro|чаморро|чаморро тілі
        co|Corsican|корсиканский|корсика тілі
        cr|Cree|кри|Cree
        cs|Czech|чешский|чех тілі
        cu|Church Slavic|церковнославянский|шіркеулік славян тілі
        cv|Chuvash|чувашский|чуваш тілі
        cy|Welsh|валлийский|валлий тілі
        da|Danish|датский|дат тілі
        de|German|немецкий|неміс тілі
        dv|Dhivehi|мальдивский|дивехи тілі
        dz|Dzongkha|дзонг-кэ|дзонг-кэ тілі
        ee|Ewe|эве|эве тілі
        el|Greek|греческий|грек тілі
        en|English|английский|ағылшын тілі
        eo|Esperanto|эсперанто|эсперанто тілі
        es|Spanish|испанский|испан тілі
        et|Estonian|эстонский|эстон тілі
        eu|Basque|баскский|баск тілі
        fa|Persian|персидский|парсы тілі
        ff|Fula|фулах|фула тілі
        fi|Finnish|финский|фин тілі
        fj|Fijian|фиджи|фиджи тілі
        fo|Faroese|фарерский|фарер тілі
        fr|French|французский|француз тілі
        fy|Western Frisian|западнофризский|батыс фриз тілі
        ga|Irish|ирландский|ирланд тілі
        gd|Scottish Gaelic|гэльский|шотландиялық гэль тілі
        gl|Galician|галисийский|галисия тілі
        gn|Guarani|гуарани|гуарани тілі
        gu|Gujarati|гуджарати|гуджарати тілі
        gv|Manx|мэнский|мэн тілі
        ha|Hausa|хауса|хауса тілі
        he|Hebrew|иврит|иврит тілі
        hi|Hindi|хинди|хинди тілі
        ho|Hiri Motu|хиримоту|Hiri Motu
        hr|Croatian|хорватский|хорват тілі
        ht|Haitian Creole|гаитянский|гаити тілі
        hu|Hungarian|венгерский|венгр тілі
        hy|Armenian|армянский|армян тілі
        hz|Herero|гереро|гереро тілі
        ia|Interlingua|интерлингва|интерлингва тілі
        id|Indonesian|индонезийский|индонезия тілі
        ie|Interlingue|интерлингве|интерлингве тілі
        ig|Igbo|игбо|игбо тілі
        ii|Liangshan Yi|носу|сычуан и тілі
        ik|Inupiaq|инупиак|Inupiaq
        io|Ido|идо|идо тілі
        is|Icelandic|исландский|исланд тілі
        it|Italian|итальянский|итальян тілі
        iu|Inuktitut|инуктитут|инуктитут тілі
        ja|Japanese|японский|жапон тілі
        jv|Javanese|яванский|ява тілі
        ka|Georgian|грузинский|грузин тілі
        kg|Kongo|конго|Kongo
        ki|Kikuyu|кикуйю|кикуйю тілі
        kj|Kuanyama|кунама|кваньяма тілі
        kk|Kazakh|казахский|қазақ тілі
        kl|Kalaallisut|гренландский|калаалисут тілі
        km|Khmer|кхмерский|кхмер тілі
        kn|Kannada|каннада|каннада тілі
        ko|Korean|корейский|корей тілі
        kr|Kanuri|канури|канури тілі
        ks|Kashmiri|кашмири|кашмир тілі
        ku|Kurdish|курдский|күрд тілі
        kv|Komi|коми|коми тілі
        kw|Cornish|корнский|корн тілі
        ky|Kyrgyz|киргизский|қырғыз тілі
        la|Latin|латинский|латын тілі
        lb|Luxembourgish|люксембургский|люксембург тілі
        lg|Ganda|ганда|ганда тілі
        li|Limburgish|лимбургский|лимбург тілі
        ln|Lingala|лингала|лингала тілі
        lo|Lao|лаосский|лаос тілі
        lt|Lithuanian|литовский|литва тілі
        lu|Luba-Katanga|луба-катанга|луба-катанга тілі
        lv|Latvian|латышский|латыш тілі
        mg|Malagasy|малагасийский|малагаси тілі
        mh|Marshallese|маршалльский|маршалл тілі
        mi|Māori|маори|маори тілі
        mk|Macedonian|македонский|македон тілі
        ml|Malayalam|малаялам|малаялам тілі
        mn|Mongolian|монгольский|моңғол тілі
        mr|Marathi|маратхи|маратхи тілі
        ms|Malay|малайский|малай тілі
        mt|Maltese|мальтийский|мальта тілі
        my|Burmese|бирманский|бирма тілі
        na|Nauru|науру|науру тілі
        nb|Norwegian Bokmål|норвежский букмол|норвегиялық букмол тілі
        nd|North Ndebele|северный ндебеле|солтүстік ндебеле тілі
        ne|Nepali|непальский|непал тілі
        ng|Ndonga|ндонга|ндонга тілі
        nl|Dutch|нидерландский|нидерланд тілі
        nn|Norwegian Nynorsk|нюнорск|норвегиялық нюнорск тілі
        no|Norwegian|норвежский|норвег тілі
        nr|South Ndebele|южный ндебеле|оңтүстік ндебеле тілі
        nv|Navajo|навахо|навахо тілі
        ny|Nyanja|ньянджа|ньянджа тілі
        oc|Occitan|окситанский|окситан тілі
        oj|Ojibwa|оджибва|Ojibwa
        om|Oromo|оромо|оромо тілі
        or|Odia|ория|ория тілі
        os|Ossetic|осетинский|осетин тілі
        pa|Punjabi|панджаби|пенджаб тілі
        pi|Pali|пали|Pali
        pl|Polish|польский|поляк тілі
        ps|Pashto|пушту|пушту тілі
        pt|Portuguese|португальский|португал тілі
        qu|Quechua|кечуа|кечуа тілі
        rm|Romansh|романшский|романш тілі
        rn|Rundi|рунди|рунди тілі
        ro|Romanian|румынский|румын тілі
        ru|Russian|русский|орыс тілі
        rw|Kinyarwanda|киньяруанда|киньяруанда тілі
        sa|Sanskrit|санскрит|санскрит тілі
        sc|Sardinian|сардинский|сардин тілі
        sd|Sindhi|синдхи|синдхи тілі
        se|North Sámi|северносаамский|солтүстік саам тілі
        sg|Sango|санго|санго тілі
        si|Sinhala|сингальский|сингал тілі
        sk|Slovak|словацкий|словак тілі
        sl|Slovenian|словенский|словен тілі
        sm|Samoan|самоанский|самоа тілі
        sn|Shona|шона|шона тілі
        so|Somali|сомали|сомали тілі
        sq|Albanian|албанский|албан тілі
        sr|Serbian|сербский|серб тілі
        ss|Swati|свази|свати тілі
        st|Southern Sotho|южный сото|оңтүстік сото тілі
        su|Sundanese|сунданский|сундан тілі
        sv|Swedish|шведский|швед тілі
        sw|Swahili|суахили|суахили тілі
        ta|Tamil|тамильский|тамил тілі
        te|Telugu|телугу|телугу тілі
        tg|Tajik|таджикский|тәжік тілі
        th|Thai|тайский|тай тілі
        ti|Tigrinya|тигринья|тигринья тілі
        tk|Turkmen|туркменский|түрікмен тілі
        tn|Tswana|тсвана|тсвана тілі
        to|Tongan|тонганский|тонган тілі
        tr|Turkish|турецкий|түрік тілі
        ts|Tsonga|тсонга|тсонга тілі
        tt|Tatar|татарский|татар тілі
        tw|Twi|тви|тви тілі
        ty|Tahitian|таитянский|таити тілі
        ug|Uyghur|уйгурский|ұйғыр тілі
        uk|Ukrainian|украинский|украин тілі
        ur|Urdu|урду|урду тілі
        uz|Uzbek|узбекский|өзбек тілі
        ve|Venda|венда|венда тілі
        vi|Vietnamese|вьетнамский|вьетнам тілі
        vo|Volapük|волапюк|волапюк тілі
        wa|Walloon|валлонский|валлон тілі
        wo|Wolof|волоф|волоф тілі
        xh|Xhosa|коса|кхоса тілі
        yi|Yiddish|идиш|идиш тілі
        yo|Yoruba|йоруба|йоруба тілі
        za|Zhuang|чжуань|чжуан тілі
        zh|Chinese|китайский|қытай тілі
        zu|Zulu|зулу|зулу тілі
        """
}
