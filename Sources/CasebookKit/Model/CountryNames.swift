/// Generated: the CLDR names of every ISO 3166-1 alpha-2 code in English, Russian and Kazakh
/// (CLDR 42 through ICU 72.1, `Locale.localizedString(forRegionCode:)`), one line each:
/// `code|en|ru|kk`. `CountryNamesTests` holds its codes equal to `Country.codes`.
enum CountryNames {
    static let table = """
        AD|Andorra|Андорра|Андорра
        AE|United Arab Emirates|ОАЭ|Біріккен Араб Әмірліктері
        AF|Afghanistan|Афганистан|Ауғанстан
        AG|Antigua & Barbuda|Антигуа и Барбуда|Антигуа және Барбуда
        AI|Anguilla|Ангилья|Ангилья
        AL|Albania|Албания|Албания
        AM|Armenia|Армения|Армения
        AO|Angola|Ангола|Ангола
        AQ|Antarctica|Антарктида|Антарктида
        AR|Argentina|Аргентина|Аргентина
        AS|American Samoa|Американское Самоа|Америкалық Самоа
        AT|Austria|Австрия|Аустрия
        AU|Australia|Австралия|Аустралия
        AW|Aruba|Аруба|Аруба
        AX|Åland Islands|Аландские о-ва|Аланд аралдары
        AZ|Azerbaijan|Азербайджан|Әзірбайжан
        BA|Bosnia & Herzegovina|Босния и Герцеговина|Босния және Герцеговина
        BB|Barbados|Барбадос|Барбадос
        BD|Bangladesh|Бангладеш|Бангладеш
        BE|Belgium|Бельгия|Бельгия
        BF|Burkina Faso|Буркина-Фасо|Буркина-Фасо
        BG|Bulgaria|Болгария|Болгария
        BH|Bahrain|Бахрейн|Бахрейн
        BI|Burundi|Бурунди|Бурунди
        BJ|Benin|Бенин|Бенин
        BL|St. Barthélemy|Сен-Бартелеми|Сен-Бартелеми
        BM|Bermuda|Бермудские о-ва|Бермуд аралдары
        BN|Brunei|Бруней|Бруней
        BO|Bolivia|Боливия|Боливия
        BQ|Caribbean Netherlands|Бонэйр, Синт-Эстатиус и Саба|Бонэйр, Синт-Эстатиус және Саба
        BR|Brazil|Бразилия|Бразилия
        BS|Bahamas|Багамы|Багам аралдары
        BT|Bhutan|Бутан|Бутан
        BV|Bouvet Island|о-в Буве|Буве аралы
        BW|Botswana|Ботсвана|Ботсвана
        BY|Belarus|Беларусь|Беларусь
        BZ|Belize|Белиз|Белиз
        CA|Canada|Канада|Канада
        CC|Cocos (Keeling) Islands|Кокосовые о-ва|Кокос (Килинг) аралдары
        CD|Congo - Kinshasa|Конго - Киншаса|Конго
        CF|Central African Republic|Центрально-Африканская Республика|Орталық Африка Республикасы
        CG|Congo - Brazzaville|Конго - Браззавиль|Конго-Браззавиль Республикасы
        CH|Switzerland|Швейцария|Швейцария
        CI|Côte d’Ivoire|Кот-д’Ивуар|Кот-д’Ивуар
        CK|Cook Islands|о-ва Кука|Кук аралдары
        CL|Chile|Чили|Чили
        CM|Cameroon|Камерун|Камерун
        CN|China mainland|Китай континентальный|Қытай
        CO|Colombia|Колумбия|Колумбия
        CR|Costa Rica|Коста-Рика|Коста-Рика
        CU|Cuba|Куба|Куба
        CV|Cape Verde|Кабо-Верде|Кабо-Верде
        CW|Curaçao|Кюрасао|Кюрасао
        CX|Christmas Island|о-в Рождества|Рождество аралы
        CY|Cyprus|Кипр|Кипр
        CZ|Czechia|Чехия|Чехия
        DE|Germany|Германия|Германия
        DJ|Djibouti|Джибути|Джибути
        DK|Denmark|Дания|Дания
        DM|Dominica|Доминика|Доминика
        DO|Dominican Republic|Доминиканская Республика|Доминикан Республикасы
        DZ|Algeria|Алжир|Алжир
        EC|Ecuador|Эквадор|Эквадор
        EE|Estonia|Эстония|Эстония
        EG|Egypt|Египет|Мысыр
        EH|Western Sahara|Западная Сахара|Батыс Сахара
        ER|Eritrea|Эритрея|Эритрея
        ES|Spain|Испания|Испания
        ET|Ethiopia|Эфиопия|Эфиопия
        FI|Finland|Финляндия|Финляндия
        FJ|Fiji|Фиджи|Фиджи
        FK|Falkland Islands|Фолклендские о-ва|Фолкленд аралдары
        FM|Micronesia|Микронезия|Микронезия
        FO|Faroe Islands|Фарерские о-ва|Фарер аралдары
        FR|France|Франция|Франция
        GA|Gabon|Габон|Габон
        GB|United Kingdom|Великобритания|Ұлыбритания
        GD|Grenada|Гренада|Гренада
        GE|Georgia|Грузия|Грузия
        GF|French Guiana|Французская Гвиана|Француз Гвианасы
        GG|Guernsey|Гернси|Гернси
        GH|Ghana|Гана|Гана
        GI|Gibraltar|Гибралтар|Гибралтар
        GL|Greenland|Гренландия|Гренландия
        GM|Gambia|Гамбия|Гамбия
        GN|Guinea|Гвинея|Гвинея
        GP|Guadeloupe|Гваделупа|Гваделупа
        GQ|Equatorial Guinea|Экваториальная Гвинея|Экваторлық Гвинея
        GR|Greece|Греция|Грекия
        GS|So. Georgia & So. Sandwich Isl.|Южная Георгия и Южные Сандвичевы о-ва|Оңтүстік Георгия және Оңтүстік Сандвич аралдары
        GT|Guatemala|Гватемала|Гватемала
        GU|Guam|Гуам|Гуам
        GW|Guinea-Bissau|Гвинея-Бисау|Гвинея-Бисау
        GY|Guyana|Гайана|Гайана
        HK|Hong Kong|Гонконг|Сянган
        HM|Heard & McDonald Islands|о-ва Херд и Макдональд|Херд аралы және Макдональд аралдары
        HN|Honduras|Гондурас|Гондурас
        HR|Croatia|Хорватия|Хорватия
        HT|Haiti|Гаити|Гаити
        HU|Hungary|Венгрия|Венгрия
        ID|Indonesia|Индонезия|Индонезия
        IE|Ireland|Ирландия|Ирландия
        IL|Israel|Израиль|Израиль
        IM|Isle of Man|о-в Мэн|Мэн аралы
        IN|India|Индия|Үндістан
        IO|Chagos Archipelago|Архипелаг Чагос|Үнді мұхитындағы Британ аймағы
        IQ|Iraq|Ирак|Ирак
        IR|Iran|Иран|Иран
        IS|Iceland|Исландия|Исландия
        IT|Italy|Италия|Италия
        JE|Jersey|Джерси|Джерси
        JM|Jamaica|Ямайка|Ямайка
        JO|Jordan|Иордания|Иордания
        JP|Japan|Япония|Жапония
        KE|Kenya|Кения|Кения
        KG|Kyrgyzstan|Киргизия|Қырғызстан
        KH|Cambodia|Камбоджа|Камбоджа
        KI|Kiribati|Кирибати|Кирибати
        KM|Comoros|Коморы|Комор аралдары
        KN|St. Kitts & Nevis|Сент-Китс и Невис|Сент-Китс және Невис
        KP|North Korea|КНДР|Солтүстік Корея
        KR|South Korea|Республика Корея|Оңтүстік Корея
        KW|Kuwait|Кувейт|Кувейт
        KY|Cayman Islands|о-ва Кайман|Кайман аралдары
        KZ|Kazakhstan|Казахстан|Қазақстан
        LA|Laos|Лаос|Лаос
        LB|Lebanon|Ливан|Ливан
        LC|St. Lucia|Сент-Люсия|Сент-Люсия
        LI|Liechtenstein|Лихтенштейн|Лихтенштейн
        LK|Sri Lanka|Шри-Ланка|Шри-Ланка
        LR|Liberia|Либерия|Либерия
        LS|Lesotho|Лесото|Лесото
        LT|Lithuania|Литва|Литва
        LU|Luxembourg|Люксембург|Люксембург
        LV|Latvia|Латвия|Латвия
        LY|Libya|Ливия|Ливия
        MA|Morocco|Марокко|Марокко
        MC|Monaco|Монако|Монако
        MD|Moldova|Молдова|Молдова
        ME|Montenegro|Черногория|Черногория
        MF|St. Martin|Сен-Мартен|Сен-Мартен
        MG|Madagascar|Мадагаскар|Мадагаскар
        MH|Marshall Islands|Маршалловы о-ва|Маршалл аралдары
        MK|North Macedonia|Северная Македония|Солтүстік Македония
        ML|Mali|Мали|Мали
        MM|Myanmar (Burma)|Мьянма (Бирма)|Мьянма (Бирма)
        MN|Mongolia|Монголия|Моңғолия
        MO|Macao|Макао|Макао
        MP|Northern Mariana Islands|Северные Марианские о-ва|Солтүстік Мариана аралдары
        MQ|Martinique|Мартиника|Мартиника
        MR|Mauritania|Мавритания|Мавритания
        MS|Montserrat|Монтсеррат|Монтсеррат
        MT|Malta|Мальта|Мальта
        MU|Mauritius|Маврикий|Маврикий
        MV|Maldives|Мальдивы|Мальдив аралдары
        MW|Malawi|Малави|Малави
        MX|Mexico|Мексика|Мексика
        MY|Malaysia|Малайзия|Малайзия
        MZ|Mozambique|Мозамбик|Мозамбик
        NA|Namibia|Намибия|Намибия
        NC|New Caledonia|Новая Каледония|Жаңа Каледония
        NE|Niger|Нигер|Нигер
        NF|Norfolk Island|о-в Норфолк|Норфолк аралы
        NG|Nigeria|Нигерия|Нигерия
        NI|Nicaragua|Никарагуа|Никарагуа
        NL|Netherlands|Нидерланды|Нидерланд
        NO|Norway|Норвегия|Норвегия
        NP|Nepal|Непал|Непал
        NR|Nauru|Науру|Науру
        NU|Niue|Ниуэ|Ниуэ
        NZ|New Zealand|Новая Зеландия|Жаңа Зеландия
        OM|Oman|Оман|Оман
        PA|Panama|Панама|Панама
        PE|Peru|Перу|Перу
        PF|French Polynesia|Французская Полинезия|Француз Полинезиясы
        PG|Papua New Guinea|Папуа — Новая Гвинея|Папуа — Жаңа Гвинея
        PH|Philippines|Филиппины|Филиппин аралдары
        PK|Pakistan|Пакистан|Пәкістан
        PL|Poland|Польша|Польша
        PM|St. Pierre & Miquelon|Сен-Пьер и Микелон|Сен-Пьер және Микелон
        PN|Pitcairn Islands|о-ва Питкэрн|Питкэрн аралдары
        PR|Puerto Rico|Пуэрто-Рико|Пуэрто-Рико
        PS|Palestinian Territories|Палестинские территории|Палестина аймақтары
        PT|Portugal|Португалия|Португалия
        PW|Palau|Палау|Палау
        PY|Paraguay|Парагвай|Парагвай
        QA|Qatar|Катар|Катар
        RE|Réunion|Реюньон|Реюньон
        RO|Romania|Румыния|Румыния
        RS|Serbia|Сербия|Сербия
        RU|Russia|Россия|Ресей
        RW|Rwanda|Руанда|Руанда
        SA|Saudi Arabia|Саудовская Аравия|Сауд Арабиясы
        SB|Solomon Islands|Соломоновы о-ва|Соломон аралдары
        SC|Seychelles|Сейшельские о-ва|Сейшель аралдары
        SD|Sudan|Судан|Судан
        SE|Sweden|Швеция|Швеция
        SG|Singapore|Сингапур|Сингапур
        SH|St. Helena|о-в Св. Елены|Әулие Елена аралы
        SI|Slovenia|Словения|Словения
        SJ|Svalbard & Jan Mayen|Шпицберген и Ян-Майен|Шпицберген және Ян-Майен
        SK|Slovakia|Словакия|Словакия
        SL|Sierra Leone|Сьерра-Леоне|Сьерра-Леоне
        SM|San Marino|Сан-Марино|Сан-Марино
        SN|Senegal|Сенегал|Сенегал
        SO|Somalia|Сомали|Сомали
        SR|Suriname|Суринам|Суринам
        SS|South Sudan|Южный Судан|Оңтүстік Судан
        ST|São Tomé & Príncipe|Сан-Томе и Принсипи|Сан-Томе және Принсипи
        SV|El Salvador|Сальвадор|Сальвадор
        SX|Sint Maarten|Синт-Мартен|Синт-Мартен
        SY|Syria|Сирия|Сирия
        SZ|Eswatini|Эсватини|Эсватини
        TC|Turks & Caicos Islands|Тёркс и Кайкос|Теркс және Кайкос аралдары
        TD|Chad|Чад|Чад
        TF|French Southern Territories|Французские Южные территории|Францияның оңтүстік аймақтары
        TG|Togo|Того|Того
        TH|Thailand|Таиланд|Таиланд
        TJ|Tajikistan|Таджикистан|Тәжікстан
        TK|Tokelau|Токелау|Токелау
        TL|Timor-Leste|Восточный Тимор|Тимор-Лесте
        TM|Turkmenistan|Туркменистан|Түрікменстан
        TN|Tunisia|Тунис|Тунис
        TO|Tonga|Тонга|Тонга
        TR|Türkiye|Турция|Түркия
        TT|Trinidad & Tobago|Тринидад и Тобаго|Тринидад және Тобаго
        TV|Tuvalu|Тувалу|Тувалу
        TW|Taiwan|Тайвань|Тайвань
        TZ|Tanzania|Танзания|Танзания
        UA|Ukraine|Украина|Украина
        UG|Uganda|Уганда|Уганда
        UM|U.S. Outlying Islands|Внешние малые о-ва (США)|АҚШ-тың сыртқы кіші аралдары
        US|United States|Соединенные Штаты Америки|Америка Құрама Штаттары
        UY|Uruguay|Уругвай|Уругвай
        UZ|Uzbekistan|Узбекистан|Өзбекстан
        VA|Vatican City|Ватикан|Ватикан
        VC|St. Vincent & Grenadines|Сент-Винсент и Гренадины|Сент-Винсент және Гренадин аралдары
        VE|Venezuela|Венесуэла|Венесуэла
        VG|British Virgin Islands|Виргинские о-ва (Великобритания)|Британдық Виргин аралдары
        VI|U.S. Virgin Islands|Виргинские о-ва (США)|АҚШ-тың Виргин аралдары
        VN|Vietnam|Вьетнам|Вьетнам
        VU|Vanuatu|Вануату|Вануату
        WF|Wallis & Futuna|Уоллис и Футуна|Уоллис және Футуна
        WS|Samoa|Самоа|Самоа
        YE|Yemen|Йемен|Йемен
        YT|Mayotte|Майотта|Майотта
        ZA|South Africa|Южно-Африканская Республика|Оңтүстік Африка
        ZM|Zambia|Замбия|Замбия
        ZW|Zimbabwe|Зимбабве|Зимбабве
        """
}
