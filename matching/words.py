"""Every word list of the matcher in one place: handle affixes, scam, fan, employee vocabulary.

Why one module: the same idea ("``support`` glued to a brand name is a lure") used to live in
three lists (variants, signals, classify) that had drifted apart. A translator or a reviewer
adding a language edits this file and nothing else. Lists are plain data; the functions that
read them (:mod:`matching.normalise`, :mod:`matching.variants`, :mod:`matching.signals`) say
how. Text is matched after :func:`matching.normalise.fold` (lower case, Turkish and German
letters transliterated: ``çekiliş`` -> ``cekilis``, ``für`` -> ``fur``), so patterns are
written in that folded form.

Languages: English, Turkish, German, Spanish; the commonest words of French, Italian,
Portuguese, Dutch, Polish, Indonesian and Malay, Czech, Swedish, Danish, Norwegian, Finnish,
Hungarian, Romanian and Vietnamese (folded); and phrases of Japanese, Korean, Chinese, Russian,
Ukrainian, Arabic, Hebrew, Greek, Thai and Hindi as written (the ``NATIVE_*`` lists at the
end, matched unfolded).
"""

from __future__ import annotations

import itertools
import re

from matching import lexicon as _lx

__all__ = [
    "MONEY_ASK_PATTERNS",
    "NATIVE_MONEY_ASK_PHRASES",
    "NATIVE_PAYMENT_MEANS_PHRASES",
    "PAYMENT_MEANS",
    "DEPARTMENT_CUES",
    "FANDOM_OF_TRADE",
    "FANDOM_SUBJECT_WORDS",
    "INFLECTION_CASE_ENDINGS",
    "INFLECTION_STEM_ENDINGS",
    "FAN_NAME_GLUE",
    "FAN_NAME_WORDS",
    "NATIVE_DEPARTMENT_CUES",
    "DEPARTMENT_HINTS",
    "DM_INVITE_PATTERNS",
    "COUNTRY_HANDLE_CODES",
    "EMPLOYEE_PATTERNS",
    "FAN_HANDLE_WORDS",
    "FAN_LOVE_GLUE",
    "FAN_LOVE_WORDS",
    "FAN_WORD_FORMS",
    "FAN_PATTERNS",
    "GENERIC_SITE_PAGES",
    "PLACE_SECTIONS",
    "HANDLE_AFFIXES",
    "HELP_DESK_HANDLE_WORDS",
    "LURE_AFFIXES",
    "MONEY_OR_LOGIN_REQUEST_PATTERNS",
    "NATIVE_DATA_PHRASES",
    "NATIVE_EMPLOYEE_PHRASES",
    "NATIVE_FAN_PHRASES",
    "NEGATED_OFFICIAL_PATTERNS",
    "NOT_CONNECTED_PATTERNS",
    "MAIN_CHANNEL_PATTERNS",
    "NATIVE_MAIN_CHANNEL_PHRASES",
    "COMMUNITY_PATTERNS",
    "COMMUNITY_PEOPLE",
    "GROUP_CATEGORY_WORDS",
    "GROUP_COMMUNITY_PATTERNS",
    "GROUP_PLACE_TRADE_PATTERNS",
    "GROUP_STAFF_PATTERNS",
    "NATIVE_GROUP_STAFF_WORDS",
    "GROUP_POSSESSIVES",
    "NATIVE_GROUP_COMMUNITY_WORDS",
    "NATIVE_GROUP_PLACE_TRADE_WORDS",
    "NATIVE_COMMUNITY_PHRASES",
    "BLANKET_DISCLAIMER_PATTERN",
    "RECIPE_PATTERNS",
    "NATIVE_RECIPE_PHRASES",
    "NATIVE_NEGATED_OFFICIAL_PATTERNS",
    "NATIVE_HELP_DESK_PHRASES",
    "NATIVE_RESELLER_PHRASES",
    "RESELLER_PATTERNS",
    "RESELLER_INVITE_AFTER",
    "RESELLER_INVITE_BEFORE",
    "NATIVE_NEGATIONS",
    "NATIVE_OWN_CHANNEL_PHRASES",
    "NATIVE_POSE_PHRASES",
    "NATIVE_SCAM_PHRASES",
    "NATIVE_SOFT_SCAM_PHRASES",
    "OWN_CHANNEL_PATTERNS",
    "PERSONAL_PROJECT_PATTERNS",
    "RETIRED_PATTERNS",
    "ARCHIVE_LINK_PATTERNS",
    "FORMER_ACCOUNT_PATTERNS",
    "FOLLOW_NOW_PATTERNS",
    "NATIVE_FOLLOW_NOW_PHRASES",
    "FORMERLY_WORDS",
    "NATIVE_FORMER_ACCOUNT_PHRASES",
    "NATIVE_ARCHIVE_LINK_PHRASES",
    "NATIVE_RETIRED_PHRASES",
    "POSE_AFFIXES",
    "DATA_REQUEST_PATTERNS",
    "FEE_REQUEST_PATTERNS",
    "NEGATIONS",
    "RETURN_PROMISE_PATTERNS",
    "SCAM_PATTERNS",
    "SOFT_SCAM_WORDS",
    "GIVEAWAY_WORDS",
    "ORDER_CHANNEL_WORDS",
    "VARIANT_AFFIXES_COMMON",
    "VARIANT_AFFIXES_OTHER",
]

# ----------------------------------------------------------------------------- handle affixes

#: words impostors and regional accounts wrap around a brand name; peeled off before two
#: handles are compared (``northwind_support`` compares as ``northwind``)
HANDLE_AFFIXES: tuple[str, ...] = (
    "official",
    "offical",
    "real",
    "the",
    "hq",
    "support",
    "help",
    "care",
    "team",
    "global",
    "news",
    "jobs",
    "promo",
    "giveaway",
    "rewards",
    "fan",
    "fans",
    # Turkish
    "resmi",
    "destek",
    "cekilis",
    "hediye",
    # German
    "offiziell",
    "hilfe",
    "kundendienst",
    "gewinnspiel",
    # Spanish
    "oficial",
    "soporte",
    "ayuda",
    "sorteo",
    "reembolso",
    "reembolsos",
    # French, Italian, Portuguese, Dutch
    "officiel",
    "officielle",
    "ufficiale",
    "officieel",
    "assistance",
    "concours",
    "remboursement",
    "sorteio",
    "concorso",
    "winactie",
    # refunds and compensation, the lure of fake help desks
    "refund",
    "refunds",
    "tazminat",
    "erstattung",
    # gifts, prizes and clearance sales, the lure of fake giveaways and outlets (every
    # language at once: a scam page speaks its victims' language, not the brand's)
    "gift",
    "gifts",
    "prize",
    "prizes",
    "bonus",
    "outlet",
    "clearance",
    "hediyeler",
    "kampanya",
    "indirim",
    "geschenk",
    "geschenke",
    "gutschein",
    "regalo",
    "regalos",
    "premio",
    "premios",
    "rebajas",
    "cadeau",
    "cadeaux",
    "soldes",
    "destockage",
    "omaggio",
    "omaggi",
    "brinde",
    "brindes",
    "korting",
    "uitverkoop",
    "concorsi",
    "regali",
    "offerte",
    "ofertas",
    "nagrody",
    "nagroda",
    "promocje",
    "promocja",
    "pomoc",
    "hadiah",
    "promosi",
    "bantuan",
    "ufficiali",
    "oficiales",
    "oficjalny",
    "oficjalne",
    "oficiala",
    "oficialais",
    "oficialus",
    "oficiali",
    "ametlik",
    # Russian in Latin letters, as handles spell it (refund, compensation, support, help,
    # prize, gift, giveaway, discount): the lure affixes below must also be peeled
    "vozvrat",
    "kompensaciya",
    "kompensatsiya",
    "podderzhka",
    "pomosh",
    "pomoshch",
    "priz",
    "prizy",
    "podarok",
    "podarki",
    "rozygrysh",
    "skidka",
    "skidki",
    # help desks in more languages (Portuguese, Filipino, Czech, Polish), and the plural
    "apoio",
    "suporte",
    "ajuda",
    "atendimento",
    "cares",
    "tulong",
    "podpora",
    "wsparcie",
    # help desks and refunds in Romanian, Finnish, Hungarian, Nordic, Vietnamese, Hindi
    # (transliterated), Spanish and Portuguese variants
    "suport",
    "asistenta",
    "rambursare",
    "rambursari",
    "despagubire",
    "despagubiri",
    "tuki",
    "asiakaspalvelu",
    "hyvitys",
    "ugyfelszolgalat",
    "segitseg",
    "visszaterites",
    "kundeservice",
    "kundservice",
    "hjelp",
    "hjalp",
    "refusjon",
    "aterbetalning",
    "tilbagebetaling",
    "hotro",
    "hoantien",
    "cskh",
    "sahayta",
    "sahayata",
    "madad",
    "devolucion",
    "devoluciones",
    "reclamos",
    "estorno",
    "estornos",
    # service status and alert channels (``brandstatus``: the brand, then a purpose)
    "status",
    "alerts",
    "updates",
    # discounts, points, vouchers and prizes in more languages (lures of fake loyalty and
    # giveaway pages)
    "rabatt",
    "rabat",
    "popust",
    "akcija",
    "sleva",
    "zlava",
    "kedvezmeny",
    "reducere",
    "giamgia",
    "diskon",
    "takhfif",
    "points",
    "poeng",
    "punkte",
    "puntos",
    "pontos",
    "bodovi",
    "voucher",
    "vouchers",
    "kupon",
    "coupon",
    "coupons",
    "cashback",
    "nagradna",
    "nagrade",
    "nagrada",
    "poklon",
    "pokloni",
    "arvonta",
    "nyeremeny",
    "jayeze",
    # Arabic and Mongolian in Latin letters, Spanish: help desks, gifts, prizes, contests (see
    # LURE_AFFIXES and HELP_DESK_HANDLE_WORDS)
    "khedma", "lavlah", "uilchilgee", "tuslamj", "hadaya", "hdaya", "gawayez", "mosabqa",
    "albanii", "albanyosnii", "rasmy", "rasmeya", "rasmiya",
    "belg", "beleg", "honjvor", "uramshuulal", "hyamdral", "concurso", "concursos",
    # parody and meme pages (see FAN_HANDLE_WORDS)
    "parody",
    "parodie",
    "parodia",
    "memes",
    "fanclub",
    # what else a help desk calls itself in a handle (see HELP_DESK_HANDLE_WORDS)
    "desk",
    "helpdesk",
    "servicedesk",
    "hotline",
    "helpline",
    "callcenter",
    "customercare",
    "customerservice",
    "clienti",
    "clientes",
    "klantenservice",
    "kundenservice",
    "kundtjanst",
    "asistencia",
    "atencionalcliente",
    "musterihizmetleri",
    "podrska",
    "poshtibani",
    "khachhang",
    "pelanggan",
    "assistenza",
    # country codes of "regional" pages
    "tr",
    "us",
    "uk",
    "de",
    # "official" in the languages of the lexicon (see POSE_AFFIXES)
    *sorted(_lx.folded_words("official")),
)

#: affixes that lure victims: a help desk, a giveaway, a prize. Glued to a brand name they
#: are the handle of a scam page's choice (``northwind_support``, ``northwindkahve.cekilis``)
LURE_AFFIXES: frozenset[str] = frozenset(
    {
        "support", "help", "care", "giveaway", "promo", "rewards",
        "destek", "cekilis", "hediye",
        "hilfe", "kundendienst", "gewinnspiel",
        "soporte", "ayuda", "sorteo", "reembolso", "reembolsos",
        "refund", "refunds", "tazminat", "erstattung",
        "assistance", "concours", "remboursement", "sorteio", "concorso", "winactie",
        "gift", "gifts", "prize", "prizes", "bonus", "outlet", "clearance",
        "hediyeler", "kampanya", "indirim", "geschenk", "geschenke", "gutschein",
        "regalo", "regalos", "premio", "premios", "rebajas", "cadeau", "cadeaux", "soldes",
        "destockage", "omaggio", "omaggi", "brinde", "brindes", "korting", "uitverkoop",
        "concorsi", "regali", "offerte", "ofertas", "nagrody", "nagroda", "promocje",
        "promocja", "pomoc", "hadiah", "promosi", "bantuan",
        "apoio", "suporte", "ajuda", "atendimento", "cares", "tulong", "podpora", "wsparcie",
        "suport", "asistenta", "rambursare", "rambursari", "despagubire", "despagubiri", "tuki",
        "asiakaspalvelu", "hyvitys", "ugyfelszolgalat", "segitseg", "visszaterites",
        "kundeservice", "kundservice", "hjelp", "hjalp", "refusjon", "aterbetalning",
        "tilbagebetaling", "hoantien", "cskh", "sahayta", "sahayata", "madad",
        "devolucion", "devoluciones", "reclamos", "estorno", "estornos",
        "rabatt", "rabat", "popust", "akcija", "sleva", "zlava", "kedvezmeny", "reducere",
        "giamgia", "diskon", "takhfif", "points", "poeng", "punkte", "puntos", "pontos",
        "bodovi", "voucher", "vouchers", "kupon", "coupon", "coupons", "cashback", "nagradna",
        "nagrade", "nagrada", "poklon", "pokloni", "arvonta", "nyeremeny", "jayeze",
        # Arabic in Latin letters (gifts, prizes, contest), Mongolian in Latin letters (gift,
        # prize, promotion, discount, help), Spanish (contest)
        "hadaya", "hdaya", "gawayez", "mosabqa", "belg", "beleg",
        "honjvor", "uramshuulal", "hyamdral", "tuslamj", "concurso", "concursos",
        # Russian in Latin letters, as handles spell it: refund, compensation, support, help,
        # prize, gift, giveaway, discount
        "vozvrat", "kompensaciya", "kompensatsiya", "podderzhka", "pomosh", "pomoshch",
        "priz", "prizy", "podarok", "podarki", "rozygrysh", "skidka", "skidki",
    }
)

#: a help desk's own word ("help", "support", "care", "service", "customer service") as a
#: handle glues it to the brand's name or a name sets it beside the brand's ("Tasakaal abi",
#: "Mwangaza Sacco Huduma"), by language: the thirty most spoken languages and those of the
#: tuning worlds, in Latin letters as :func:`matching.textfold.fold_text` spells them (several
#: words glued, as a handle writes them). Read only beside the brand's name and nothing else
#: (:func:`matching.profile_signals.desk_word`), never in running text: "abi" is also a
#: Turkish "big brother", "apu" a Finnish word for any help. The same words in other scripts
#: are :data:`NATIVE_DESK_NAME_WORDS`.
DESK_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("support", "help", "care", "cares", "service", "services", "helpdesk", "assist",
           "customersupport", "clientservices", "memberservices", "patientservices",
           "passengerservices", "guestservices", "patientcare", "contactcentre",
           "contactcenter"),
    "es": ("ayuda", "soporte", "atencion", "servicio", "asistencia", "atencionalcliente",
           "servicioalcliente", "atencionclientes", "atencionalpaciente"),
    "pt": ("ajuda", "suporte", "apoio", "atendimento", "servico", "assistencia", "sac",
           "apoioaocliente", "atendimentoaocliente"),
    "fr": ("aide", "assistance", "sav", "serviceclient", "serviceclients", "relationclient",
           "serviceclientele", "serviceclientel"),
    "it": ("aiuto", "assistenza", "supporto", "servizio", "servizioclienti",
           "assistenzaclienti"),
    "de": ("hilfe", "kundendienst", "kundenservice", "kundensupport", "kundenbetreuung",
           "kundencenter"),
    "nl": ("hulp", "klantenservice", "klantendienst", "ondersteuning"),
    "ca": ("ajuda", "suport", "atencio", "atencioalclient"),
    "gl": ("axuda", "soporte", "atencion"),
    "eu": ("laguntza", "arreta", "bezeroarreta"),
    "ga": ("cabhair", "tacaiocht"),
    "cy": ("cymorth", "cefnogaeth"),
    "mt": ("ghajnuna", "servizz", "servizzklijenti"),
    "is": ("hjalp", "adstod", "thjonusta", "thjonustuver"),
    "sv": ("hjalp", "kundtjanst", "kundservice", "kundsupport"),
    "no": ("hjelp", "kundeservice", "kundestotte", "brukerstotte"),
    "da": ("hjaelp", "kundeservice", "kundesupport"),
    "fi": ("tuki", "apu", "asiakaspalvelu", "asiakastuki"),
    "et": ("abi", "tugi", "klienditugi", "klienditeenindus", "kasutajatugi"),
    "lv": ("palidziba", "atbalsts", "klientuserviss", "klientuatbalsts"),
    "lt": ("pagalba", "klientuaptarnavimas", "aptarnavimas"),
    "pl": ("pomoc", "wsparcie", "obsluga", "obslugaklienta", "biuroobslugiklienta"),
    "cs": ("pomoc", "podpora", "napoveda", "zakaznickapodpora", "zakaznickyservis"),
    "sk": ("pomoc", "podpora", "zakaznickyservis", "zakaznickapodpora"),
    "hu": ("segitseg", "ugyfelszolgalat", "tamogatas", "ugyfelsegito"),
    "ro": ("ajutor", "suport", "asistenta", "relatiiclienti", "serviciulclienti"),
    "sh": ("pomoc", "podrska", "podpora", "korisnickapodrska", "sluzbazakorisnike",
           "sluzbazastranke"),
    "sq": ("ndihme", "mbeshtetje", "sherbimi", "sherbimiklientit", "asistence"),
    "el": ("voitheia", "ypostirixi", "exypiretisi"),
    "tr": ("yardim", "destek", "musteri", "musterihizmetleri", "hizmet", "cozummerkezi"),
    "az": ("yardim", "destek", "xidmet", "musterixidmeti", "dastak"),
    "uz": ("yordam", "qollab", "xizmat", "mijozlar"),
    "kk": ("komek", "qoldau", "qyzmet"),
    "tk": ("komek", "hyzmat"),
    "mn": ("tuslamj", "uilchilgee", "lavlah"),
    "id": ("bantuan", "layanan", "pelanggan", "layananpelanggan", "pusatbantuan", "cs"),
    "ms": ("bantuan", "sokongan", "khidmat", "khidmatpelanggan", "perkhidmatan"),
    "tl": ("tulong", "suporta", "serbisyo", "customercare"),
    "vi": ("hotro", "chamsoc", "khachhang", "chamsockhachhang", "cskh"),
    "sw": ("huduma", "msaada", "wateja", "hudumakwawateja"),
    "ha": ("taimako", "tallafi"),
    "yo": ("iranlowo", "atileyin"),
    "ig": ("enyemaka",),
    "zu": ("usizo", "ukwesekwa"),
    "xh": ("uncedo",),
    "sn": ("rubatsiro",),
    "so": ("caawimo", "adeeg", "adeegga"),
    "rw": ("ubufasha",),
    "mg": ("fanampiana",),
    "hi": ("sahayata", "sahayta", "madad", "seva", "grahak", "sahayak", "grahakseva"),
    "bn": ("sahajjo", "sheba", "grahokseba"),
    "ur": ("madad", "khidmat", "muavinat"),
    "fa": ("poshtibani", "komak", "khadamat"),
    "ar": ("khedma", "daam", "mosaada", "khidmatalomala"),
    "ja": ("sapoto", "herupu"),
    "qu": ("yanapay",),
}

#: "service" alone, in the languages above: a desk's word beside the brand's name in a page's
#: name ("<Brand> Huduma"), but a handle that only adds it (``brandservices``) is as often the
#: company's own service arm or a namesake's trade: no help desk's handle by itself
_SERVICE_WORDS: frozenset[str] = frozenset({
    "service", "services", "servicio", "servico", "servizio", "servizz", "hizmet", "xidmet",
    "xizmat", "khidmat", "khadamat", "serbisyo", "sherbimi", "qyzmet", "hyzmat", "adeeg",
    "adeegga", "huduma", "perkhidmatan", "sheba",
})

#: a customer, patient, passenger or subscriber service by its name, in other scripts, as
#: written (Arabic, Urdu, Indic, Dravidian, Sinhala, Amharic, Burmese, Khmer, Lao): a desk's
#: name in a page's name or bio, as :data:`NATIVE_HELP_DESK_PHRASES`
NATIVE_CUSTOMER_SERVICE_PHRASES: tuple[str, ...] = (
    "خدمة المرضى", "خدمة مرضى", "خدمة الزبائن", "خدمة المشتركين", "خدمة المسافرين",
    "کسٹمر سروس", "کسٹمر کیئر", "ग्राहक सेवा", "ग्राहक सहायता", "গ্রাহক সহায়তা",
    "ਗਾਹਕ ਸੇਵਾ", "ગ્રાહક સેવા", "కస్టమర్ కేర్", "కస్టమర్ సర్వీస్", "వినియోగదారుల సేవ",
    "வாடிக்கையாளர் சேவை", "ಗ್ರಾಹಕ ಸೇವೆ", "കസ്റ്റമർ കെയർ", "ഉപഭോക്തൃ സേവനം",
    "පාරිභෝගික සේවා", "የደንበኞች አገልግሎት", "ဖောက်သည်ဝန်ဆောင်မှု", "សេវាអតិថិជន",
    "ບໍລິການລູກຄ້າ",
)

#: a help desk's one word in other scripts, as written ("help", "support", "service"): read
#: on a page's name only (beside the brand's name), never in its bio, where "help" is
#: everyday speech
NATIVE_DESK_NAME_WORDS: tuple[str, ...] = (
    *NATIVE_CUSTOMER_SERVICE_PHRASES,
    # Russian, Ukrainian, Belarusian, Kazakh, Kyrgyz, Mongolian, Serbian: help, support, service
    "помощь", "допомога", "дапамога", "көмек", "жардам", "тусламж", "үйлчилгээ", "подршка",
    "сервис", "сервіс",
    # Arabic, Persian, Urdu: help, support
    "مساعدة", "دعم", "کمک", "مدد",
    # Hebrew, Greek, Georgian, Armenian
    "עזרה", "βοήθεια", "დახმარება", "მხარდაჭერა", "օգնություն", "աջակցություն",
    # Hindi, Marathi, Nepali, Bengali, Punjabi, Gujarati
    "मदद", "सहाय्य", "मदत", "সহায়তা", "সাহায্য", "ਸਹਾਇਤਾ", "ਮਦਦ", "મદદ",
    # Telugu, Tamil, Kannada, Malayalam, Sinhala
    "సహాయం", "உதவி", "ಸಹಾಯ", "സഹായം", "උදව්",
    # Amharic, Burmese, Khmer, Lao, Thai, Dhivehi
    "እርዳታ", "အကူအညီ", "ជំនួយ", "ຊ່ວຍເຫຼືອ", "ช่วยเหลือ", "އެހީ",
    # Chinese, Japanese, Korean: support, help, service desk
    "支援", "協助", "服务台", "服務台", "サポートセンター", "お問い合わせ", "窓口", "지원",
    "도움", "상담",
)

#: what a help desk calls itself in a handle, in many languages, beyond the lure affixes:
#: glued to the brand's name on a page that shows nothing else (X's logged-out JavaScript
#: shell), the handle alone presents the account as the company's help desk
HELP_DESK_HANDLE_WORDS: frozenset[str] = LURE_AFFIXES | frozenset({
    "desk", "helpdesk", "servicedesk", "hotline", "callcenter", "helpline", "customer",
    "customers", "customercare", "customerservice", "clients", "client", "clienti", "clientes",
    "cliente", "klienci", "klient", "klienti", "kunden", "kundenservice", "kundtjanst",
    "klantenservice", "asistencia", "atencion", "atencionalcliente", "sac", "yardim", "musteri",
    "musterihizmetleri", "podrska", "podpora", "pomoc", "poshtibani", "khachhang", "chamsoc",
    "bantuan", "layanan", "pelanggan", "iranlowo", "assist", "assistenza", "aiuto", "aide",
    "ugyfel", "asiakas", "kundeservice", "sahayak", "grahak", "seva",
    # Macedonian, Bulgarian (support, help) as folding spells them: поддршка, подкрепа,
    # поддръжка, помош, помощ
    "poddrska", "podkrepa", "poddrzka", "poddruzhka", "poddrazhka", "pomos", "pomosht",
    # Arabic and Mongolian in Latin letters: service, support, customers; inquiries
    "khedma", "lavlah", "uilchilgee",
}) | _lx.folded_words("help_desk") | frozenset(
    w for ws in DESK_WORDS_BY_LANGUAGE.values() for w in ws if w not in _SERVICE_WORDS)

#: country codes a regional page adds to a name (``brand_hu``): on a page that shows nothing
#: else, the company's full name plus its country presents the company's national account
COUNTRY_HANDLE_CODES: frozenset[str] = frozenset({
    "ae", "ar", "at", "au", "be", "bg", "br", "ca", "ch", "cl", "co", "cz", "de", "dk", "ee",
    "eg", "es", "fi", "fr", "gr", "hk", "hr", "hu", "id", "ie", "il", "in", "ir", "it", "jp",
    "ke", "kr", "lt", "lv", "ma", "mx", "my", "ng", "nl", "no", "nz", "pe", "ph", "pk", "pl",
    "pt", "ro", "rs", "ru", "sa", "se", "sg", "si", "sk", "th", "tr", "tw", "ua", "uk", "us",
    "vn", "za", "usa", "ksa", "uae", "mn", "egy", "chile", "masr", "misr", "mongolia", "egypt",
    # Latin America, Africa, the Middle East, Central and South Asia, Europe's small states
    # (codes that are no word of their own a handle ends with)
    "uy", "py", "bo", "ec", "ve", "gt", "cr", "pa", "hn", "sv", "ni", "ug", "tz", "rw", "gh",
    "zm", "zw", "mz", "ao", "cm", "sn", "ci", "tn", "dz", "jo", "lb", "iq", "kw", "qa", "bh",
    "om", "kz", "kg", "uz", "az", "lk", "bd", "np", "kh", "lu", "cy", "mt", "mk", "et", "cn",
})

#: a country's (or a region's) name as a regional page adds it to the brand's name, in its
#: code, its English name and its own language's name, folded (``GomoGrowZW`` "GomoGrow
#: Zimbabwe", ``KayalvedaIndia``, "Rubin Paprika Deutschland"). Codes are those of
#: :data:`COUNTRY_HANDLE_CODES` and more; "global", "international" and "worldwide" stay
#: out: how the company names its own export account
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "ae": ("uae", "emirates"), "af": ("afghanistan",), "al": ("albania", "shqiperia"),
    "am": ("armenia", "hayastan"), "ao": ("angola",), "ar": ("argentina",),
    "at": ("austria", "osterreich"), "au": ("australia", "aus"), "az": ("azerbaijan", "azerbaycan"),
    "ba": ("bosnia", "bih"), "bd": ("bangladesh",), "be": ("belgium", "belgique", "belgie"),
    "bf": ("burkina", "faso"), "bg": ("bulgaria", "balgariya"), "bh": ("bahrain",),
    "bj": ("benin",), "bo": ("bolivia",), "br": ("brazil", "brasil"), "bt": ("bhutan",),
    "bw": ("botswana",), "by": ("belarus",), "bz": ("belize",), "ca": ("canada",),
    "cd": ("rdc", "drc", "congo"), "ch": ("switzerland", "schweiz", "suisse", "svizzera"),
    "ci": ("civ", "ivoire"), "cl": ("chile",), "cm": ("cameroon", "cameroun"),
    "cn": ("china", "zhongguo"), "co": ("colombia", "col"), "cr": ("costarica", "costa", "rica"),
    "cy": ("cyprus", "kibris"), "cz": ("czech", "czechia", "cesko"),
    "de": ("germany", "deutschland"), "dj": ("djibouti",), "dk": ("denmark", "danmark"),
    "do": ("dominicana", "rd"), "dz": ("algeria", "algerie", "dzayer"), "ec": ("ecuador",),
    "ee": ("estonia", "eesti"), "eg": ("egypt", "masr", "misr", "egy"),
    "es": ("spain", "espana"), "et": ("ethiopia",), "fi": ("finland", "suomi"),
    "fj": ("fiji",), "fr": ("france",), "ge": ("georgia", "sakartvelo"), "gh": ("ghana",),
    "gr": ("greece", "hellas", "ellada"), "gt": ("guatemala", "guate"), "gy": ("guyana",),
    "hk": ("hongkong",), "hn": ("honduras",), "hr": ("croatia", "hrvatska"), "ht": ("haiti",),
    "hu": ("hungary", "magyarorszag"), "id": ("indonesia", "ina"), "ie": ("ireland", "eire"),
    "il": ("israel",), "in": ("india", "bharat", "ind"), "iq": ("iraq",), "ir": ("iran",),
    "is": ("iceland", "island"), "it": ("italy", "italia", "ita"), "jm": ("jamaica", "ja"),
    "jo": ("jordan", "urdun"), "jp": ("japan", "nippon", "nihon"), "ke": ("kenya",),
    "kg": ("kyrgyzstan", "kyrgyz"), "kh": ("cambodia", "kampuchea"), "kr": ("korea",),
    "kw": ("kuwait",), "kz": ("kazakhstan", "qazaqstan"), "la": ("laos",),
    "lb": ("lebanon", "liban"), "lk": ("srilanka", "sri", "lanka"), "lr": ("liberia",),
    "lt": ("lithuania", "lietuva"), "lu": ("luxembourg", "letzebuerg"),
    "lv": ("latvia", "latvija"), "ly": ("libya",), "ma": ("morocco", "maroc", "maghrib"),
    "md": ("moldova",), "me": ("montenegro", "crnagora"), "mg": ("madagascar", "madagasikara"),
    "mk": ("macedonia", "makedonija"), "ml": ("mali",), "mm": ("myanmar", "burma"),
    "mn": ("mongolia",), "mt": ("malta",), "mu": ("mauritius", "maurice"),
    "mv": ("maldives", "dhivehi"), "mw": ("malawi",), "mx": ("mexico",),
    "my": ("malaysia",), "mz": ("mozambique", "mocambique"), "na": ("namibia",),
    "ne": ("niger",), "ng": ("nigeria", "naija"), "ni": ("nicaragua", "nica"),
    "nl": ("netherlands", "nederland", "holland"), "no": ("norway", "norge"),
    "np": ("nepal",), "nz": ("newzealand", "aotearoa", "zealand"), "om": ("oman",),
    "pa": ("panama",), "pe": ("peru",), "pg": ("png", "papua"), "ph": ("philippines",
    "pilipinas", "pinas", "phl"), "pk": ("pakistan", "pak"), "pl": ("poland", "polska"),
    "pr": ("puertorico",), "ps": ("palestine", "filastin"), "pt": ("portugal",),
    "py": ("paraguay",), "qa": ("qatar",), "ro": ("romania",), "rs": ("serbia", "srbija"),
    "ru": ("russia", "rossiya"), "rw": ("rwanda",), "sa": ("ksa", "saudi", "saudia"),
    "sd": ("sudan",), "se": ("sweden", "sverige"), "sg": ("singapore", "sgp"),
    "si": ("slovenia", "slovenija"), "sk": ("slovakia", "slovensko"), "sl": ("salone",
    "sierraleone"), "sn": ("senegal",), "so": ("somalia", "soomaaliya"), "sr": ("suriname",),
    "sv": ("elsalvador", "salvador"), "sy": ("syria", "souria"), "sz": ("eswatini",
    "swaziland"), "th": ("thailand", "thai"), "tj": ("tajikistan", "tojikiston"),
    "tl": ("timor", "timorleste"), "tm": ("turkmenistan",), "tn": ("tunisia", "tunisie",
    "tounes"), "to": ("tonga",), "tr": ("turkey", "turkiye"), "tt": ("trinidad", "tnt"),
    "tw": ("taiwan",), "tz": ("tanzania", "tanzania"), "ua": ("ukraine", "ukraina"),
    "ug": ("uganda",), "uk": ("gb", "britain", "england", "scotland", "wales"),
    "us": ("usa", "america"), "uy": ("uruguay",), "uz": ("uzbekistan", "ozbekiston"),
    "ve": ("venezuela",), "vn": ("vietnam",), "vu": ("vanuatu",), "ws": ("samoa",),
    "ye": ("yemen",), "za": ("southafrica", "rsa", "mzansi"), "zm": ("zambia",),
    "zw": ("zimbabwe", "zim"),
    # regions a page names as the brand's market: the European Union, continents, the
    # Arab world, Latin America
    "eu": ("europe", "europa"), "af_": ("africa", "afrique"), "as_": ("asia",),
    "la_": ("latam", "latinoamerica"), "me_": ("mena", "gcc", "arabia"),
}
#: every word of :data:`COUNTRY_NAMES`, the codes with them: what a handle or a name adds to
#: the brand's name to present the brand's account for that market
COUNTRY_WORDS: frozenset[str] = (frozenset(
    w for code, names in COUNTRY_NAMES.items() for w in (code.strip("_"), *names)
    if len(w) >= 2) | COUNTRY_HANDLE_CODES) - frozenset({
    # codes that are words of their own beside a name ("<Brand> Is", "<Brand> Co", "to",
    # "me", "la"): the country's name says it instead
    "am", "as", "al", "co", "do", "in", "is", "it", "ja", "la", "me", "na", "ne", "no", "so",
    "to"})

#: country codes that a name also writes for something else beside a name: a company's form
#: ("SA", "AG", "KG", "SE", "BV", "SL"), a disc jockey ("DJ Ti Frais"), a Norwegian sports club
#: ("Lynglia IL": idrettslag, "TJ Zlatý vrch": tělovýchovná jednota), a doctor, a station:
#: in a page's name they are no country
COUNTRY_CODES_NOT_IN_NAMES: frozenset[str] = frozenset({
    "sa", "ag", "kg", "se", "bv", "sl", "dj", "il", "md", "tv", "fm", "gm", "pa", "pr", "ps",
    "mc", "cd", "ct", "ma", "ba", "bs", "ms", "mr", "tj"})

#: fan, parody and meme words as a handle carries them next to the brand's name
FAN_HANDLE_WORDS: frozenset[str] = frozenset({
    "fan", "fans", "fanclub", "fanpage", "fanart", "fanacc", "fanaccount", "parody", "parodie",
    "parodia", "parodi", "memes", "meme", "unofficial", "tribute", "hayran", "rajongo",
    "fanaticos", "fas", "faclube", "fanklub", "fanklubb", "fanisivu", "inoffiziell",
    "nieoficjalny", "neoficialni", "khongchinhthuc",
})

#: words by which a writer says she loves the brand, holds it her favourite or is its fan,
#: right beside its name, which a language with cases inflects ("my favourite <Brand> looks",
#: "#<brand>love", "<Brand>in fani", "<Brand>'ı seviyoruz", "kochamy <Brand>", "a <Brand>
#: rajongója"): English, Spanish, Portuguese, French, Italian, German, Dutch, Polish, Czech,
#: Slovak, Finnish, Estonian, Hungarian, Turkish, Latvian, Lithuanian (folded). Only the
#: writer's own love or fandom: "lovely", "amor" or "favor" say nothing of the brand
FAN_LOVE_WORDS: frozenset[str] = frozenset({
    "love", "loves", "loving", "favourite", "favorite", "favourites", "favorites", "fav",
    "obsessed", "amo", "amamos", "adoro", "adoramos", "favorito", "favorita", "favoritos",
    "favoritas", "adore", "adorons", "prefere", "preferee", "amiamo", "preferito",
    "preferita", "preferiti", "preferite", "liebe", "lieben", "lieblings", "kocham", "kochamy",
    "ulubiony", "ulubiona", "ulubione", "ulubionych",
    "miluji", "milujeme", "milujem", "oblibene", "oblubene", "rakastan", "rakastamme",
    "lempi", "armastan", "armastame", "lemmik", "imadom", "imadjuk", "szeretem", "szeretjuk",
    "kedvenc", "kedvencem", "seviyorum", "seviyoruz", "bayiliyorum", "bayiliyoruz", "favori",
    "milu", "milam", "myliu", "mylime", "megstamiausi",
})
#: what may stand between a love word and the brand's name: a possessive or an article ("I
#: love my <Brand>", "amo mi <Brand>", "j'adore mon <Brand>"), nothing else (folded)
FAN_LOVE_GLUE: frozenset[str] = frozenset({
    "my", "our", "the", "mi", "mis", "nuestro", "nuestra", "meu", "minha", "mon", "ma", "mes",
    "notre", "il", "la", "le", "el", "o", "a", "mein", "meine", "unser", "unsere", "mijn",
    "onze", "moj", "moja", "moje",
})
#: the fan word itself in its case forms, beside the brand's name in a bio ("<Brand>in fani",
#: "a <Brand> rajongója", "<Brand> hayranıyım"), which says whose fan it is whatever the page
#: calls itself (folded)
FAN_WORD_FORMS: frozenset[str] = frozenset({
    "fan", "fans", "fani", "fanit", "fania", "fanien", "faniem", "fanai", "fanu", "fanow",
    "fanusi", "fannid", "rajongo", "rajongoja", "rajongoi", "rajongok", "hayrani",
    "hayraniyim", "hayraniyiz", "hayranlari",
})

#: words a third party's own domain says what it is by, glued to the brand's word or not
#: ("friendsof<brand>.org", "<brand>reviews.net", "<brand>-owners-club.com"): its friends'
#: charity, a review site, a club, users' or fans' community, a forum; such a domain is its
#: own, no lookalike borrowing the brand (English, Spanish, Portuguese, French, German, Italian)
THIRD_PARTY_DOMAIN_WORDS: tuple[str, ...] = (
    "friends", "review", "club", "charity", "fans", "unofficial", "supporters", "users",
    "owners", "lovers", "forum", "community", "collectors", "enthusiasts", "amigos",
    "freunde", "amici", "resenas", "clube", "verein",
)

#: words that name a page's people as the brand's fans, as a display name puts them beside
#: the brand's name ("Quillmark Fans", "Hinchas de Quillmark", "Номины фэнүүд", "عشاق ..."):
#: Latin words folded, other scripts as written (matched on their folded form)
FAN_NAME_WORDS: frozenset[str] = frozenset({
    "fan", "fans", "fanclub", "fanpage", "fanaccount", "supporters", "stans",
    "hinchas", "hincha", "fanaticos", "fanaticas", "aficionados", "torcida", "tifosi",
    "taraftar", "taraftarlari", "hayranlari", "kibice", "navijaci", "rajongok", "fani",
    # its case forms (Finnish, Latvian, Lithuanian, Polish, Estonian: "<Brand>-fanit")
    "fanit", "fanien", "faniem", "fanai", "fanow", "fannid",
    "fanusi", "fanouskove", "fenuud", "фэнүүд", "фэн", "عشاق", "محبي", "محبين", "مشجعي",
    "مشجعين", "فانز", "фанаты", "болельщики", "ფანები", "fanebi",
    # those who love it: English, Turkish and Azerbaijani, Albanian, Khmer
    "lovers", "severler", "sevenler", "adhuruesit", "អ្នកស្រឡាញ់",
    # Basque ("Harriola Zaleak": the fans of)
    "zaleak",
    # memes of it, in many languages ("Zinvié mèmes 😂")
    "memes", "meme", "memy", "memler", "memleri", "мемы", "меми", "میم", "ميمز", "memez",
})
#: words that name a kind of subject fans follow that is no company: a team, a sport, a band,
#: a series (Latin words folded; other scripts as written). Beside the brand's word on a fan
#: page that the company's names and bios never use them in ("Fan page of the <Word>s
#: cricket team"), they say whose fans these are: a namesake's. A club is no such word: a
#: brand's owners and fans form clubs of their own ("<Brand> Owners Club")
FANDOM_SUBJECT_WORDS: frozenset[str] = frozenset({
    "team", "squad", "fc", "cf", "afc", "cricket", "football", "soccer", "futbol", "futebol",
    "fussball", "calcio", "rugby", "netball", "basketball", "baloncesto", "basquete", "hockey",
    "volleyball", "voleibol", "baseball", "handball", "esports", "equipo", "equipe",
    "mannschaft", "squadra", "druzyna", "takim", "band", "banda", "choir", "coro", "chor",
    "orchestra", "anime", "manga", "series", "sitcom", "telenovela", "movie", "film",
    "pelicula", "boyband", "kpop", "podcast", "duo", "trio", "quartet", "rapper", "singer",
    "команда", "сериал", "فريق", "مسلسل", "ทีม", "チーム", "팀", "球队",
})
#: the trades whose own subject a fandom's word names: beside a cinema's name "movie" and
#: "film" are its programme, beside a team's "football" its sport (folded); a brand named with
#: the trade's word owns the subject's words
FANDOM_OF_TRADE: dict[str, frozenset[str]] = {
    trade: subjects
    for trades, subjects in (
        (("cinema", "cinemas", "cine", "cines", "kino", "kinos", "theatre", "theatres",
          "theater", "theaters", "multiplex", "pictures", "studios", "films"),
         frozenset({"movie", "film", "pelicula", "series", "anime", "sitcom"})),
        (("fc", "cf", "afc", "club", "sc", "united", "athletic", "sporting"),
         frozenset({"team", "squad", "football", "soccer", "futbol", "futebol", "fussball",
                    "calcio", "equipo", "equipe", "mannschaft", "squadra", "druzyna",
                    "takim"})),
        (("records", "music", "musik", "musica", "radio", "fm"),
         frozenset({"band", "banda", "singer", "rapper", "podcast"})),
    )
    for trade in trades
}

#: a name's nominative ending that its case forms drop (folded): Latvian "Ceplis" ->
#: "Cepļa", Lithuanian "Jonas" -> "Jono", Finnish "kiukaat" -> "kiukaista", "Routakivi" ->
#: "Routakiven", Slavic "Mlyna" -> "Mlyne", Hungarian and Turkish add to the whole word
INFLECTION_STEM_ENDINGS: tuple[str, ...] = (
    "is", "ys", "us", "as", "es", "s", "at", "et", "t", "a", "e", "i", "o", "y", "u",
)
#: the case endings such a stem takes, as the languages with cases write them (folded, four
#: letters at most): Latvian and Lithuanian, Finnish and Estonian, the Slavic languages,
#: Hungarian. Only these: "Ceplisbread" or "Ceplo" of another word are no case of the name
INFLECTION_CASE_ENDINGS: frozenset[str] = frozenset({
    # Baltic
    "a", "am", "u", "i", "im", "iem", "as", "ai", "e", "ei", "es", "em", "os", "us", "o",
    "ui", "ams", "uose", "ais", "io", "iui", "iu", "yje", "je", "ies", "is",
    # Finnic
    "n", "en", "in", "an", "ta", "ssa", "sta", "lla", "lta", "lle", "ksi", "na", "ja", "ita",
    "ista", "issa", "ille", "iin", "ien", "ihin", "ne", "est", "ga", "le", "lt", "st", "sse",
    "ks", "de", "te", "id", "sa",
    # Slavic
    "y", "om", "ou", "ie", "ach", "ami", "ow", "ov", "ovi", "oj", "ym", "ego", "emu", "ch",
    # Hungarian (after the whole word, or a stem that lost a vowel)
    "t", "ot", "et", "at", "nak", "nek", "ban", "ben", "ba", "be", "ra", "re", "rol", "tol",
    "hoz", "val", "vel", "on",
    # the Scandinavian and German genitive ("Skärgårdsvinds avgångar")
    "s",
})

#: words that may stand beside them in such a name: of, the, a club, a case ending
FAN_NAME_GLUE: frozenset[str] = frozenset({
    "de", "del", "of", "the", "la", "el", "los", "las", "da", "do", "di", "von", "des", "du",
    "club", "klub", "page", "pagina", "yn", "iyn", "niy", "n", "clube", "kulubu",
})

#: affixes that claim authority (``northwind_official``): a pose, not a lure
POSE_AFFIXES: frozenset[str] = frozenset({"official", "offical", "real", "resmi", "offiziell",
                                          "oficial", "officiel", "officielle", "ufficiale",
                                          "officieel", "ufficiali", "oficiales", "oficjalny",
                                          "oficjalne", "oficiala", "oficialais",
                                          "oficialus", "oficiali", "ametlik",
                                          # Mongolian and Egyptian Arabic in Latin letters
                                          "albanii", "albanyosnii", "rasmy", "rasmeya",
                                          "rasmiya"}) | (
    _lx.folded_words("official"))

#: the affixes :mod:`matching.variants` probes first, most prevalent on impostor pages first:
#: support/scam words and the country codes of "regional" fake pages (tier 1)
VARIANT_AFFIXES_COMMON: tuple[str, ...] = (
    "official", "support", "help", "shop", "care", "store", "giveaway", "promo", "us", "uk", "tr",
)
#: other words seen on impostor and fan accounts (tier 2)
VARIANT_AFFIXES_OTHER: tuple[str, ...] = (
    "real", "the", "hq", "team", "global", "news", "app", "live", "rewards", "jobs", "de",
)

# ----------------------------------------------------------------------------- departments

#: affix -> words that name the department it suggests (``_support`` -> Customer Care)
DEPARTMENT_HINTS: dict[str, tuple[str, ...]] = {
    "support": ("care", "support", "service", "destek", "kunden", "atencion", "client",
                "cliente", "clienti", "klant", "musteri", "atendimento"),
    "help": ("care", "support", "service", "destek"),
    "care": ("care", "support", "service", "destek"),
    "destek": ("care", "support", "service", "destek"),
    "soporte": ("care", "support", "service", "soporte", "atencion"),
    "kundendienst": ("care", "support", "service", "kundendienst", "kundenservice"),
    # a help desk's word in more languages, as a handle adds it (``brandayuda``)
    **{w: ("care", "support", "service", "soporte", "atencion", "cliente", "client",
           "atendimento", "servizio", "kunden", "klant", "musteri")
       for w in ("ayuda", "atencion", "ajuda", "suporte", "atendimento", "aiuto",
                 "assistenza", "hilfe", "aide", "klantenservice", "pomoc", "bantuan",
                 "msaada", "yardim")},
    "jobs": ("hr", "people", "talent", "career", "recruit", "human", "insan", "resurse",
             "recursos", "ressources", "risorse", "personal", "henkilosto", "emberi", "kadr",
             "rh", "rrhh", "nhan su", "jinji", "saiyo", "rasilimali", "wafanyakazi",
             "mannaud", "starfsmann", "sumber daya manusia", "sdm"),
    "news": ("press", "communication", "pr", "news", "marketing", "kommunikation",
             "comunicazione", "comunicacion", "komunikacja", "komunikasi", "communicatie",
             "iletisim", "presse", "stampa", "prensa", "komunikac", "komunikat"),
    # security teams' scam warnings: a purpose of their own, next to the marketing account
    "security": ("security", "seguranca", "seguridad", "sicherheit", "securite", "sicurezza",
                 "veiligheid", "guvenlik", "bezpieczenstwo", "keamanan", "bezpecnost", "fraud",
                 "trust"),
    "tech": ("tech", "engineering", "development", "developer", "it", "r&d", "technolog",
             "teknoloji", "tecnolog", "muhendislik"),
    "status": ("dispatch", "dispecer", "operations", "status", "network", "grid", "netz",
               "operaciones"),
    # a branch's or a region's department, as inventories name them in their languages
    # ("Sucursales Occidente", "Filiale Nord", "Regionalbüro")
    "region": ("region", "regional", "local", "branch", "stores", "retail", "sucursal",
               "filial", "succursale", "niederlassung", "vestiging", "oddzial", "pobocka",
               "sube", "cawangan", "cabang", "chi nhanh", "zona"),
    # offers and promotions: the marketing team's, in the languages of the inventories'
    # department names (a promo account next to the marketing one is a second of its kind)
    "marketing": ("marketing", "pemasaran", "markkinointi", "marknad", "pazarlama", "mercadeo",
                  "mercadotecnia", "tiep thi", "markedsforing", "marketingu", "marca",
                  "brand", "werbung", "reklam"),
    # partners, sellers, business customers: an audience of its own, no duplicate of the
    # consumer account
    "partners": ("partner", "seller", "merchant", "b2b", "business", "vertrieb", "mitra"),
}
#: words anywhere in handle, name or bio that suggest a department (looked up in
#: :data:`DEPARTMENT_HINTS`)
DEPARTMENT_CUES: tuple[tuple[str, str], ...] = (
    ("career", "jobs"),
    ("hiring", "jobs"),
    ("recruit", "jobs"),
    ("kariyer", "jobs"),
    ("karriere", "jobs"),
    ("empleo", "jobs"),
    ("recrutement", "jobs"),
    ("lavora con noi", "jobs"),
    ("vagas", "jobs"),
    ("vacatures", "jobs"),
    ("carreira", "jobs"),
    ("carriere", "jobs"),
    ("kariera", "jobs"),
    ("praca w", "jobs"),
    ("karier", "jobs"),
    ("offers", "marketing"), ("promo", "marketing"), ("deals", "marketing"),
    ("ofertas", "marketing"), ("angebote", "marketing"), ("promocion", "marketing"),
    ("promocoes", "marketing"), ("kampanya", "marketing"), ("tarjoukset", "marketing"),
    ("karjera", "jobs"), ("karjaar", "jobs"), ("vakances", "jobs"), ("darba piedavajum", "jobs"),
    ("darbo pasiulym", "jobs"), ("toopakkumis", "jobs"),
    ("lowongan", "jobs"),
    ("rekrutmen", "jobs"),
    ("life at", "jobs"),
    ("cariere", "jobs"), ("joburi", "jobs"), ("locuri de munca", "jobs"),
    ("rekrytointi", "jobs"), ("tyopaikat", "jobs"), ("allasajanlat", "jobs"),
    ("lediga jobb", "jobs"), ("ledige stillinger", "jobs"), ("tuyen dung", "jobs"),
    ("trabaja con nosotros", "jobs"), ("trabalhe conosco", "jobs"), ("vacantes", "jobs"),
    ("rekry", "jobs"), ("karijer", "jobs"), ("karrier", "jobs"), ("posao", "jobs"),
    ("zaposl", "jobs"),
    ("kariyer", "jobs"), ("werken bij", "jobs"), ("praca", "jobs"), ("prace", "jobs"),
    ("allas", "jobs"), ("munca", "jobs"), ("viec lam", "jobs"), ("kerja", "jobs"),
    ("naukri", "jobs"), ("estekhdam", "jobs"), ("ise alim", "jobs"),
    # more languages, as the handle, the name, the bio or the company's page path write them
    # (Swahili, Icelandic, Russian/Ukrainian/Central Asian as folded, Azerbaijani/Uzbek,
    # Maltese, Basque, Catalan, Galician/Portuguese, Albanian, Malay, isiZulu/isiXhosa,
    # Hausa, Somali, Welsh, Afrikaans, Chinese, Japanese, Korean, Thai, Bengali, Nepali/Hindi,
    # German, Czech, Hungarian, Finnish, English)
    ("ajira", "jobs"), ("nafasi za kazi", "jobs"), ("storf", "jobs"), ("atvinn", "jobs"),
    ("vakanci", "jobs"), ("vakansi", "jobs"), ("karyera", "jobs"), ("karrieri", "jobs"),
    ("impjieg", "jobs"), ("lan eskaintza", "jobs"), ("treballa amb", "jobs"),
    ("ofertes de feina", "jobs"), ("traballa connosco", "jobs"), ("emprego", "jobs"),
    ("vende pune", "jobs"), ("jawatan kosong", "jobs"), ("kerjaya", "jobs"),
    ("imisebenzi", "jobs"), ("guraben aiki", "jobs"), ("shaqo", "jobs"), ("swyddi", "jobs"),
    ("loopban", "jobs"), ("zhaopin", "jobs"), ("caiyong", "jobs"), ("qiuren", "jobs"),
    ("chaeyong", "jobs"), ("smakhrngan", "jobs"), ("cakri", "jobs"), ("rojgar", "jobs"),
    ("stellenangebot", "jobs"), ("pracovni mist", "jobs"), ("munkahely", "jobs"),
    ("tyopaik", "jobs"), ("jobs", "jobs"),
    # French, Portuguese, Spanish and Italian recruiting as a handle or a page writes it
    # ("Amagara Recrute", "/emplois", "offres d'emploi", "recrutamento")
    ("recrut", "jobs"), ("emploi", "jobs"),
    # early careers and the talent team, as a showcase page names them ("<Brand> Graduate
    # Programme", "<Brand> · Talento Humano", "Trainee Program")
    ("graduate", "jobs"), ("talento", "jobs"), ("trainee", "jobs"),
    # engineering and developer relations: a team of its own beside marketing
    ("tech", "tech"), ("dev", "tech"), ("engineering", "tech"), ("developer", "tech"),
    ("muhendislik", "tech"), ("teknoloji", "tech"), ("tecnologia", "tech"),
    ("technologie", "tech"), ("teknologi", "tech"),
    # service status, outages, dispatch: alerts of their own
    ("status", "status"), ("outage", "status"), ("service alerts", "status"),
    ("intreruperi", "status"), ("avarii", "status"), ("storing", "status"),
    ("stoerung", "status"), ("storung", "status"), ("incident", "status"),
    ("hairio", "status"), ("hairiot", "status"), ("kesinti", "status"),
    ("traffic", "status"), ("forgalom", "status"), ("liikenne", "status"),
    ("trafikinfo", "status"), ("verkehrsinfo", "status"), ("promet", "status"),
    # branches and local stores: a place of their own (a news bureau: a city's office)
    ("branch", "region"), ("filial", "region"), ("sucursal", "region"), ("stores", "region"),
    ("bureau", "region"),
    # a place of the company's by what it is: a showroom, a depot, a representative or
    # regional office (English, Spanish, French, Indonesian and Malay, Turkish, Vietnamese,
    # German, Dutch, Polish, Czech and Slovak)
    ("showroom", "region"), ("depot", "region"), ("representative office", "region"),
    ("regional office", "region"), ("sala de exposicion", "region"),
    ("salle d exposition", "region"), ("succursale", "region"), ("cawangan", "region"),
    ("cabang", "region"), ("sube", "region"), ("chi nhanh", "region"),
    ("niederlassung", "region"), ("vestiging", "region"), ("oddzial", "region"),
    ("pobocka", "region"),
    # a channel of its own subject beside the brand's main one: tutorials (tutoriales,
    # tutoriel, tutoriais), the factory or mill the company shows (Fabrik, fábrica, usine,
    # audykla, gamykla, tehas, tehdas): no department's, no second account of the same kind
    ("tutori", "topic"), ("factory", "topic"), ("fabrik", "topic"), ("fabrica", "topic"),
    ("fabbrica", "topic"), ("usine", "topic"), ("audykla", "topic"), ("gamykla", "topic"),
    ("tehdas", "topic"), ("tehas", "topic"), ("fabryka", "topic"), ("tovarna", "topic"),
    ("tvornica", "topic"), ("fabriek", "topic"),
    # a part of the country by its compass point, as a regional office's handle or name adds
    # it (``brandnorth``, "<Brand> Norte", Swahili "kaskazini")
    ("north", "region"), ("south", "region"), ("east", "region"), ("west", "region"),
    ("northern", "region"), ("southern", "region"), ("eastern", "region"),
    ("western", "region"), ("norte", "region"), ("nordeste", "region"), ("noroeste", "region"),
    ("sudeste", "region"), ("oeste", "region"), ("leste", "region"), ("nord", "region"),
    ("kaskazini", "region"), ("kusini", "region"), ("magharibi", "region"),
    ("mashariki", "region"),
    # press offices and newsrooms
    # Mongolian, Arabic and Spanish as handles and page paths write them in Latin letters
    ("ajil", "jobs"), ("ajliin", "jobs"), ("wazayef", "jobs"), ("wazaef", "jobs"),
    ("wazaif", "jobs"), ("tawzif", "jobs"), ("postulaciones", "jobs"),
    ("unete al equipo", "jobs"), ("salbar", "region"),
    ("press", "news"),
    ("newsroom", "news"),
    # a brand's own TV (clips, broadcasts: "Bura TV"): the communication team's media, a
    # second account of the team that runs the main one
    ("tv", "news"),
    ("ufficio stampa", "news"),
    ("comunicati stampa", "news"),
    ("sala de prensa", "news"),
    ("prensa", "news"),
    ("imprensa", "news"),
    ("basin bulten", "news"),
    ("persbericht", "news"),
    ("biuro prasowe", "news"),
    ("siaran pers", "news"),
    ("vesti", "news"), ("vijesti", "news"), ("novice", "news"), ("zpravy", "news"),
    ("spravy", "news"),
    # security teams warning about scams in the brand's name
    ("security", "security"), ("seguranca", "security"), ("seguridad", "security"),
    ("sicherheit", "security"), ("securite", "security"), ("sicurezza", "security"),
    ("veiligheid", "security"), ("guvenlik", "security"), ("bezpieczenstwo", "security"),
    ("keamanan", "security"), ("bezpecnost", "security"), ("anti-fraud", "security"),
    ("scam alert", "security"), ("fraud alert", "security"),
    # partners, sellers, business customers
    ("b2b", "partners"),
    ("agents", "partners"),
    ("agent network", "partners"),
    ("dealers", "partners"),
    ("resellers", "partners"),
    ("distributors", "partners"),
    ("mawakala", "partners"),
    ("for business", "partners"),
    ("sellers", "partners"),
    ("seller academy", "partners"),
    ("akademi penjual", "partners"),
    ("pelatihan", "partners"),
    ("mitra", "partners"),
    ("partner program", "partners"),
    ("haendler", "partners"),
    ("handler", "partners"),
    # customer service, said the way each language says it (a help desk next to the
    # marketing account is no duplicate of it)
    ("customer service", "support"),
    ("customer care", "support"),
    # Tok Pisin (Papua New Guinea): customer service
    ("kastama sevis", "support"),
    ("customerservice", "support"),
    ("musteri hizmetleri", "support"),
    ("musterihizmetleri", "support"),
    ("kundenservice", "support"),
    ("kundendienst", "support"),
    ("atencion al cliente", "support"),
    ("atencionalcliente", "support"),
    ("servicio al cliente", "support"),
    ("service client", "support"),
    ("serviceclient", "support"),
    ("relation client", "support"),
    ("servizio clienti", "support"),
    ("assistenza clienti", "support"),
    ("atendimento", "support"),
    ("klantenservice", "support"),
    ("desk", "support"),
    ("service", "support"),
    ("huduma kwa wateja", "support"),
)
#: the same in other scripts, matched at a word's start in the text as written (Mongolian
#: Cyrillic inflects after the stem: "салбарын", "ажлын байрны"); the Latin cues above are
#: read on folded text, where these letters are gone
NATIVE_DEPARTMENT_CUES: tuple[tuple[str, str], ...] = (
    ("ажлын байр", "jobs"), ("ажилд авна", "jobs"), ("хүний нөөц", "jobs"), ("салбар", "region"),
    ("وظائف", "jobs"), ("وظيفة", "jobs"), ("توظيف", "jobs"), ("التوظيف", "jobs"),
    ("вакансии", "jobs"), ("карьера", "jobs"),
    # a representative office, a branch, a showroom (Russian, Arabic)
    ("представительств", "region"), ("филиал", "region"), ("فرع", "region"),
    ("صالة عرض", "region"), ("صالات عرض", "region"),
)

#: the pages every company site has (about us, contact, imprint, social, legal, news,
#: history): a link from one of them says nothing of an account's audience, unlike a
#: country's, a branch's or a programme's page. First path segments, folded, in English,
#: German, French, Spanish, Portuguese, Italian, Dutch, Polish, Czech, Slovak, Hungarian,
#: Romanian, Turkish, Swedish, Norwegian, Danish, Finnish, Latvian, Lithuanian, Estonian,
#: Indonesian and Malay, Serbian, Vietnamese
#: the section of a company's site that lists its places, one page each under it
#: ("/areas/durban-north", "/filialen/graz"): an account linked from one of those pages is
#: that place's (a branch's, a region's), not a second account of the company's team
PLACE_SECTIONS: frozenset[str] = frozenset({
    "areas", "area", "locations", "location", "branches", "branch", "stores", "store",
    "regions", "region", "offices", "cities", "standorte", "standort", "filialen", "filiale",
    "niederlassungen", "sucursales", "sucursal", "tiendas", "locales", "sedes", "oficinas",
    "lojas", "unidades", "filiais", "magasins", "agences", "succursales", "negozi", "sedi",
    "filiali", "vestigingen", "winkels", "subeler", "subelerimiz", "magazalar",
    "magazalarimiz", "bolgeler", "oddzialy", "sklepy", "pobocky", "prodejny", "cabang",
    "outlet-kami", "chi-nhanh", "cua-hang",
})

GENERIC_SITE_PAGES: frozenset[str] = frozenset({
    "about", "about-us", "aboutus", "company", "contact", "contact-us", "contacts", "imprint",
    "impressum", "legal", "privacy", "social", "social-media", "follow-us", "links", "sitemap",
    "home", "index", "index.html", "ueber-uns", "uber-uns", "unternehmen", "kontakt",
    "a-propos", "qui-sommes-nous", "nous-contacter", "quienes-somos", "sobre-nosotros",
    "contacto", "contactanos", "sobre", "sobre-nos", "quem-somos", "contato", "chi-siamo",
    "contatti", "over-ons", "o-nas", "o-firmie", "o-nas-firma", "kontakty", "rolunk",
    "kapcsolat", "despre", "despre-noi", "hakkimizda", "iletisim", "om-oss", "om-os", "om",
    "tietoa", "yhteystiedot", "meista", "par-mums", "kontakti", "apie-mus", "kontaktai",
    "meist", "tentang", "tentang-kami", "hubungi-kami", "gioi-thieu", "lien-he",
    # news, blog and history pages: an article names an account, it presents no audience
    "news", "blog", "press", "presse", "history", "archive", "archiv", "arkiv", "arkisto",
    "nyheter", "nyheder", "uutiset", "aktuality", "aktualnosci", "noticias", "actualites",
    "actualidad", "notizie", "nieuws", "berita", "haberler", "stiri", "hirek", "tin-tuc",
    "historia", "geschichte", "historique", "storia", "historie", "historik", "lich-su",
    "sejarah", "tarihce", "tortenet", "istorie", "vesti", "novinky",
})

# ----------------------------------------------------------------------------- wording

#: a reviewer's channel by its own word (plural or the reviewer: "leave us a review" is no
#: reviewer's); English, Latvian, Lithuanian, Estonian, Polish, Czech, Slovak, Italian,
#: Spanish, Portuguese, German, Dutch, Danish, Norwegian, Swedish, Finnish, Turkish,
#: Vietnamese, Indonesian and Malay, Romanian, Hungarian (folded)
REVIEWER_PATTERN = (
    r"\b(reviews|reviewer|unboxings?|apskat(i|s|u)|apzvalg(os|a)|arvustus(ed)?|recenzj(e|a)|"
    r"recenze|recenzie|recensioni|resenas|analises|testberichte|recensies|anmeldelser|"
    r"anmeldelse|recensioner|arvostelu(t|ja)|incelemeler(i)?|danh gia (san pham|that)|"
    r"ulasan (jujur|produk)|recenzii|ertekelesek)\b"
)

#: openly unofficial wording, matched on folded text
FAN_PATTERNS: tuple[str, ...] = (
    r"\bfan ?(page|account|club|site|made|art|archive|blog|channel|group|community|wiki|"
    r"edits?|forum|cam|boards?)\b",
    # a customer who says nobody pays for the praise ("não sou patrocinada", "not sponsored")
    r"\b(not|never) sponsored\b|\bunsponsored\b|\bnao sou patrocinad[oa]\b|"
    r"\bsem patrocinio\b|\bno (soy |estoy )?patrocinad[oa]\b|\bsin patrocinio\b|"
    r"\bnicht gesponsert\b|\bnon sponsorise\w*\b|\bnon sponsorizzat[oa]\b|"
    r"\bniesponsorowan\w*\b|\bniet gesponsord\b",
    # "I don't work for them", "no commercial collaboration": a customer or reviewer
    r"\b(i )?(don'?t|do not) work (for|at)\b|\bnot an employee\b|\bno trabajo (para|en)\b|"
    r"\bnao trabalho (para|na|no)\b|\bje ne travaille pas\b|\bnon lavoro (per|con)\b|"
    r"\bich arbeite nicht\b|\bnie pracuj\w* (dla|w)\b",
    r"\b(ei|en ole|ilman) (kaupallista )?yhteisty\w*\b|\bei kaupallinen\b",
    r"\b(no paid (partnership|collab\w*)|not a paid|unpaid review|independent review\w*|"
    r"resena independiente|analise independente|avis independant)\b",
    r"\bfanpage\b",
    r"\bunofficial\b",
    r"\bnot (officially )?affiliated\b",
    r"\bnot (the )?official\b",
    r"\bparody\b",
    r"\bparodic\w*\b",
    r"\bcommunity[- ]run\b",
    r"\bfan of\b",
    r"\bfans?\b.*\bnot\b.*\bofficial\b",
    r"\bindependent (community|group|fan|passenger|customer|user)s?\b",
    r"\bno (affiliation|connection) (with|to)\b",
    r"\bnot associated with\b",
    r"\bnot (run|operated|owned|managed|endorsed) by\b",
    # collectors of the brand's things: enthusiasts (collector, Sammler, sběratel ...)
    r"\b(collector|sammler|coleccionista|collectionneur|collezionista|colecionador|"
    r"verzamelaar|kolekcjoner|sberatel|kolektor|samlare|samlaren|samleren|keraili\w*|"
    r"gyujto|colectionar|kolekcionar\w*)s?\b",
    # ... and the collecting itself, said by the collector ("I collect", "ich sammle",
    # "zbiram", "colecciono", "je collectionne", "verzamel", "sbírám", "kerään" ...)
    r"\b(i collect|collecting|ich sammle|sammle ich|colecciono|coleccionando|je collectionne|"
    r"colleziono|collezionando|coleciono|colecionando|ik verzamel|verzamel ik|kolekcjonuje|"
    r"zbieram|sbiram|zbiram|skupljam|sakupljam|jag samlar|jeg samler|kerailen|keraan|"
    r"gyujtom|colectionez|kolekcionuoju|kolekcioneju|kogun|koleksiyonum|"
    r"nakusanya)\b",
    r"\bparodi\w*\b",
    # "fan" before the word for account or page in other languages ("fan račun", "fan
    # konto", "Fännikonto" glued)
    r"\bfan ?(racun|konto|hesab\w*|cuenta|conta|compte|kanal|stranica|strana|strona|stranka|"
    r"oldal|sivu|tili|leht|lapa|puslapis|paskyra|sayfa\w*|akun|akaun|trang|profil|grupa|"
    r"skupina|ryhma|csoport)\b",
    r"\bfann?i(konto|leht|kanal|sivu|tili)\b",
    # Turkish
    r"\bhayran (sayfasi|hesabi|kulubu|kanali)\w*\b",
    # "independent" beside a page, a group or a review, not a trade's ("bağımsız eczane")
    r"\bbagimsiz (\w+ )?(sayfa|hesap|grup|topluluk|kanal|blog|forum|inceleme|yorum)\w*\b",
    r"\b(baglantimiz|baglantisi|bagimiz|resmi bir bagi|resmi bagi) (yoktur|yok)\b",
    r"\bresmi degil\b",
    r"\bresmi hesap degil\b",
    r"\btaklit\b",
    r"\bparodi\b",
    r"\bhayran\b",
    # German
    r"\binoffiziell\w*\b",
    r"\bkeine offizielle\b",
    r"\bnicht offiziell\b",
    r"\bfanseite\b",
    r"\bunabhangig\w* (\w+ )?(gruppe|seite|fanseite|community|kanal|account|konto|blog|forum|"
    r"bewertung\w*|test\w*|tipps|infos?|initiative|plattform|fanclub|nutzer\w*|kund\w*)\b",
    r"\bkeine (verbindung|verbindungen) (zu|mit)\b",
    # Spanish
    r"\bno oficial\b",
    r"\bpagina de fans\b",
    r"\bparodia\b",
    # "independent" beside a page, a group or a review, not a trade's ("editorial
    # independiente", a publisher; "mecánico independiente")
    r"\b(pagina|cuenta|perfil|canal|grupo|comunidad|blog|sitio|foro|resenas?|opiniones|"
    r"analisis|criticas?|tutoriales|proyecto|medio|club|fanpage)s? (\w+ )?independientes?\b",
    r"\bsin (relacion|vinculo|afiliacion) (con|oficial)\b",
    r"\bno (estamos )?afiliad[oa]s?\b",
    # French, Italian, Portuguese, Dutch
    r"\b(page|compte) (de )?fans?\b",
    r"\bnon[- ]officiel(le)?\b",
    r"\bpas (un compte |une page )?officiel(le)?\b",
    r"\b(parodie|aucun lien avec|pas affilie\w*)\b",
    r"\b(pagina|account) (dei )?fan\b",
    r"\bnon ufficiale\b",
    r"\bpagina de fas?\b",
    r"\bnao (e )?oficial\b",
    r"\bfanpagina\b",
    r"\bniet officieel\b",
    r"\bgeen (officieel|officiele)\b",
    r"\bgeen (band|banden|connectie|relatie|binding) met\b",
    r"\bgeen onderdeel van\b",
    r"\bonafhankelijk\w* (\w+ )?(groep|pagina|community|kanaal|account|blog|forum|review\w*|"
    r"recensie\w*|fanclub)\b",
    r"\bnao somos (a|o|da|do)\b",
    r"\b(pagina|conta|perfil|canal|grupo|comunidade|blog|site|forum|analises?|criticas?|"
    r"tutoriais|projeto|clube)s? (\w+ )?independentes?\b",
    r"\b(tutoriais|analises|criticas|grupo|canal) independentes?\b",
    r"\bsem (ligacao|vinculo|relacao|afiliacao)\b",
    r"\b(no sponsors?|walang sponsor|hindi sponsored|hindi opisyal)\b",
    r"\bperfil de fas?\b",
    r"\bnon affiliat\w*\b",
    # a negation glued or hyphenated to the word "official" itself, in any language that
    # writes it so (folded): "onofficieel", "onofficiële", "ez-ofiziala", "non-official",
    # "neoficial", "nieoficjalny" (not "in official", two words)
    r"\b(un|non|on|ne|nie|ez|epa|neo)-?(of+i[cjsz]|uf+ici)\w*\b",
    # "not affiliated" as French and Italian write it, hyphenated or not ("non affiliée",
    # "non-affilié")
    r"\bnon[- ]affili\w*\b",
    # the fans' own channel, group or blog, and what fans made ("chaîne de fans",
    # "numérisées par des fans", "made by fans")
    r"\b(chaine|groupe|blog|site|communaute) (de |des )?fans?\b",
    # an enthusiast's own channel ("chaîne de passionné", "page de passionnés")
    r"\b(chaine|page|groupe|compte|blog) (de |d')?passionne\w*\b",
    r"\b(par des|made by|run by|von) fans\b",
    r"\b(canale|pagina|profilo|gruppo) (di un |dei |di )?(fan|appassionati)\b",
    # sponsorship disclaimers of enthusiasts: "not sponsored" in each language
    r"\b(not sponsored|non sponsorizzat\w*|no patrocinad\w*|nicht gesponsert|"
    r"non sponsoris\w*|nao patrocinad\w*|niesponsorowan\w*|tidak disponsori)\b",
    # Polish, Czech, Slovak, Romanian, Swedish, Danish, Norwegian, Indonesian, Malay
    r"\bnieoficjaln\w*\b",
    r"\bnie jest(esmy)? (oficjaln\w*|firma)\b",
    r"\bnie pracuje (w|dla)\b",
    r"\bneoficialn\w*\b",
    r"\bneoficial\w*\b",
    r"\binofficiell\w*\b",
    r"\buofficiel\w*\b",
    r"\b(bukan|tidak) (akun |halaman |toko )?(resmi|official)\b",
    r"\btidak rasmi\b",
    r"\b(khong chinh thuc|trang (nguoi ham mo|fan))\b",
    r"\b(grup|toko|komunitas) independen\b",
    r"\btidak dikelola\b",
    r"\bindependen\b",
    # Nordic, Finnish, Hungarian, Romanian, and Spanish/Portuguese variants
    r"\b(ikke|inte|ej) (en |et )?(offisiell|officiel|officiell)\w*\b",
    r"\b(fanside|fansida|fanklubb|fanklub|fan-side|fansidan)\b",
    r"\b(epavirallinen|epavirallis\w*|ei (ole )?virallinen|fanisivu\w*|faniklubi\w*)\b",
    r"\b(nem hivatalos|rajongoi\w*|nem all kapcsolatban)\b",
    r"\b(pagina|grup|cont) de fani\b|\bnu (este|suntem) (oficial|afiliat)\w*\b",
    r"\b(club|cuenta|grupo|comunidad) de (fans|fanaticos|seguidores)\b",
    r"\b(hecho|hecha|feito|feita) por (fans|fas)\b",
    r"\bfa[- ]?clube\b|\bsomos (fas|fans)\b",
    # "unofficial", "not affiliated", "not sponsored", "run by private people" in more
    # languages: Norwegian (both written forms), Danish, Swedish, Serbian, Croatian, Bosnian,
    # Slovene, Slovak, Czech, Hungarian, Romanian, Vietnamese, Malay, Indonesian, Filipino,
    # Yoruba, Spanish, Portuguese, Greek-Latin and Persian-Latin spellings
    r"\b(uoffisiell\w*|uofficiel\w*|inofficiel\w*|nezvanicn\w*|neformaln\w*|neuradn\w*|"
    r"nesluzben\w*|neoficjaln\w*|nehivatalos|gheir rasmi|kii se osise|aisi osise)\b",
    r"\b(ikke|ikkje|inte|ej|ei) (tilknytt\w*|knytt\w* til|ansluten|kopplad|sponsa\w*|"
    r"sponse\w*|sponsor\w*|liity\w*|yhteydessa)\b",
    r"\b(drive[nt]? av privatperson\w*|privat (gruppe|gruppa|grupp|side|sida)|"
    r"ei sponsoroitu|ei kaupallinen yhteistyo)\b",
    r"\b(nije|nisu|nismo|nie je|nie sme|nejsme|neni|nu e) (zvanic\w*|povezan\w*|"
    r"prepojen\w*|spojen\w*|oficialn\w*|afiliat\w*|sponzor\w*|povezani)\b",
    r"\b(nesponzorovan\w*|nesponzorisan\w*|nem szponzoralt|nesponsorizat\w*|"
    r"nem (tartozik|kapcsolodik))\b",
    r"\b(khong (lien quan|lien ket|duoc tai tro|phai (trang|tai khoan) chinh thuc)|"
    r"hoi (nguoi )?ham mo|cong dong (fan|nguoi ham mo))\b",
    r"\b(bukan (rasmi|akaun rasmi|milik)|tidak (berkaitan|berafiliasi|berhubungan) dengan|"
    r"tiada kaitan|kelab peminat|komuniti peminat|komunitas penggemar|fanbase)\b",
    r"\b(hindi kaakibat|hindi konektado|hindi kaugnay)\b",
    r"\b(sin (sponsor|patrocinio|patrocinadores)|sem (patrocinio|patrocinador))\b",
    r"\b(no (es|somos) (la )?(cuenta|pagina) oficial|nao (e|somos) (a )?(conta|pagina) oficial)\b",
    # an enthusiast collects, reviews or spots the brand's things ("Samlar på", "spotting")
    r"\b(samlar (pa|paa)|samler pa|samler paa|kerailen|gyujtom|colectionez|suu tam)\b",
    r"\b(spotting|spotter|plane ?spotting|trainspotting)\b",
    r"\b(gyujtemeny\w*|sammlung von|samling av|kokoelmani|moja kolekcja|moje sbirka|"
    r"my collection|(la )?mia collezione|(mi|mis) coleccion\w*|(ma|mes) collections?|"
    r"meine sammlung|(minha|minhas) colec\w*|mijn verzameling|min samling|"
    r"scale models?|diecast|modellbau|makett\w*|pienoismalli\w*)\b",
    r"\b(uafhaengig\w*|uavhengig\w*|oberoende) (\w+ )?(gruppe|grupp|side|sida|kanal|konto|"
    r"blog|forum|anmeldelse\w*|recension\w*|omtale\w*|test\w*|fan\w*)\b",
    r"\b(ingen sponsor\w*|inga sponsor\w*|ei sponsor\w*)\b",
    # a customer's own word that the brand is her favourite ("my favourite brand", "mi marca
    # favorita"): a fan's, never the company's (English, Spanish, Portuguese, French, Italian,
    # German, Dutch, Turkish, Polish, Indonesian, Vietnamese; folded)
    r"\b(my (all[- ]time )?(favou?rite|fave) (brand|label|shop|store)|mi marca (favorita|"
    r"preferida)|minha marca (favorita|preferida)|ma marque (preferee|favorite)|"
    r"(il mio marchio|la mia marca) preferit[oa]|meine lieblingsmarke|mijn favoriete merk|"
    r"en sevdigim marka|moja ulubiona marka|(brand|merek) favorit(ku| saya)|"
    r"thuong hieu yeu thich cua (minh|toi))\b",
    # reviewers: a channel of reviews that names the brand (plural or the reviewer: "leave
    # us a review" is no reviewer's); English, Latvian, Lithuanian, Estonian, Polish, Czech,
    # Slovak, Italian, Spanish, Portuguese, German, Dutch, Danish, Norwegian, Swedish, Finnish,
    # Turkish, Vietnamese, Indonesian and Malay, Romanian, Hungarian (folded)
    REVIEWER_PATTERN,
    # "run by parents, not by <brand>", "not run by": who runs it says whose it is (Swedish,
    # Norwegian, Danish, German, Dutch, Spanish, Portuguese, French, Italian, Polish, Finnish)
    r"\b(drivs|drives|drevs|drevet|drives) (av|af) [^.!?]{1,40}, (inte|ikke|ikkje) (av|af)\b",
    r"\b(inte|ikke|ikkje) (drivs|drives|drevet|driven) (av|af)\b",
    r"\b(run|managed|moderated|made|kept) by [^.!?]{1,40}, not (by )?(the|its|their|any)\b|"
    r"\bnot (run|managed|operated) by (the|its)\b",
    r"\b(gere|geree|anime|animee|tenu|tenue)s? par [^.!?]{1,40}, (et )?(pas|non) par\b",
    r"\b(gestit|curat|fatt)[oa] da [^.!?]{1,40}, non da\w*\b",
    r"\b(gestionad|administrad|llevad|hech|gerid|feit)[oa] (por|pel[oa]) [^.!?]{1,40}, "
    r"(no|nao) (por|pel[oa])\b",
    # it says it is not the brand's own channel ("this is not their channel", "not its page")
    r"\bnot (their|its) (official |own )?(channel|page|account|group|profile|blog|site)\b",
    r"\b(pas|non) (leur|sa|son) (chaine|page|compte|groupe)( officiel\w*)?\b",
    r"\bnon (e )?(il loro|la loro) (canale|pagina|profilo|gruppo)\b",
    # made or filmed by an enthusiast ("filmés par un passionné", "by an enthusiast")
    r"\b(par|by|von|da|por) (un|une|an|a|einem|einer|uno|una|um|uma) (passionne\w*|enthusiast|"
    r"fan|appassionat\w*|apasionad\w*|aficionad\w*|apaixonad\w*|liebhaber\w*|"
    r"liefhebber)\b",
    # a reviewer's own "unpaid" ("Privat, unbezahlt", "unpaid reviews")
    r"\b(unbezahlt|unbeauftragt|unpaid (reviews?|opinions?|hobby)|onbetaald)\b",
    r"\bbetrieben von [^.!?]{1,40}, nicht (von|vom)\b|\bnicht (von|vom) [^.!?]{1,30}"
    r" betrieben\b",
    r"\b(beheerd|gerund) door [^.!?]{1,40}, niet door\b|\bniet (beheerd|gerund) door\b",
    r"\bno (es )?(administrad[ao]|gestionad[ao]) por\b|\bnao (e )?(administrad[ao]|gerid[ao])"
    r" (por|pela|pelo)\b",
    r"\b(n'est )?pas (gere|geree|administre\w*) par\b|\bnon (e )?gestit[ao] da\b",
    r"\bnie (jest )?(prowadzon\w*|zarzadzan\w*) przez\b|\bei (ole )?\w+n yllapitama\b",
    # Vietnamese (folded): "not the page of ...", "self-run group", "no paid advertising",
    # "the admin is not an employee"
    r"\bkhong phai (la )?(trang|kenh|nhom|tai khoan|fanpage) (chinh thuc )?cua\b",
    r"\b(nhom|hoi|cong dong) tu (lap|quan)\b|\bkhong hop tac (quang cao|thuong mai)\b",
    r"\bkhong phai (la )?nhan vien\b",
    # a customer who says she is not the brand ("No soy la marca, solo amo sus chompas", "non
    # son da marca, só me gustan"): English, Spanish, Galician, Portuguese, French, Italian,
    # German, Dutch, Polish, Turkish, Indonesian (folded)
    r"\b((i'?m|i am|we'?re|we are) not (the|this) (brand|company)|no (soy|somos) (la|de la) "
    r"(marca|empresa)|non (son|somos) (a|da) (marca|empresa)|nao (sou|somos) (a|da) "
    r"(marca|empresa)|je ne suis pas la marque|nous ne sommes pas la marque|"
    r"non (sono|siamo) (il marchio|l'azienda)|ich bin nicht die marke|wir sind nicht die marke|"
    r"ik ben niet het merk|wij zijn niet het merk|nie jestem (marka|firma)|"
    r"marka (degilim|degiliz)|saya bukan (brand|merek)nya)\b",
    # a supporters' group of a club: its ultras, its independent group ("Groupe indépendant",
    # "grupo independiente" is above)
    r"\bultras\b",
    r"\b(groupe|page|compte|chaine|collectif|association|forum) (\w+ )?independant(e|s|es)?\b",
    *_lx.folded_patterns("fan"),
)

#: the fan words that say the page is a fan's, a parody's, an enthusiast's or a collector's
#: whatever else it names (folded, or as written): beside a list of brands they still make
#: the fan ("Parodia: <Brand>, <Other> eta beste"), as a bare disclaimer or community word
#: does not (:func:`matching.profile_signals._of_many`)
FAN_KIND_PATTERN = (
    r"fan|parod|satir|meme|passion|appassionat|collect|coleccion|colecion|collezion|"
    r"sammle|sammler|verzamel|kolekc|lover|hayran|taklit|zale|"
    # "unofficial" in any form (a fan pattern names it only negated: "groupe non officiel",
    # "nieoficjalny", "neslužbeni"), and a nostalgia archive's words ("retro ads")
    r"of+ici|uf+ici|offiziel|oficjal|sluzben|zvanic|virallinen|hivatalos|resmi|rasmi|"
    r"retro|nostalg|archiv|"
    r"фан|пароди|неофиц|ساخر|معجب|عشاق|رسمي|ファン|팬|粉丝|粉絲"
)

#: what a person makes and publishes of her own about a brand, that she calls unofficial:
#: software (a client, a library, a plugin), a map, a route (folded, whole words; English,
#: Spanish, Portuguese, French, Italian, German, Dutch, Basque). "An unofficial Python
#: client" on a person's page is her work, not a fan page
OWN_WORK_PATTERN = (
    r"\b(clients?|librar(y|ies)|libs?|sdks?|wrappers?|plugins?|add-?ons?|extensions?|"
    r"bindings|packages?|modules?|scripts?|gpx|cli|parsers?|scrapers?|datasets?|firmware|"
    r"maps?|routes?|tracks?|herramientas?|librerias?|bibliotecas?|ferramentas?|outils?|"
    r"bibliothe(k|que)s?|werkzeuge?|mappe?|percorsi|tresnak|ibilbide\w*)\b"
)
#: requests for money or data no company makes in a bio or a post: card, bank, identity,
#: password or one-time codes, order numbers sent by DM, payment by bank transfer only. Also
#: part of :data:`SCAM_PATTERNS`; on their own (not after "never", "asla", "nie", "nunca")
#: they weigh as two signs of a scam on a walled page
#: identity documents by the names people give them, country by country (folded): national
#: ID cards (CIN, CNI, NIC, CNIC, NIN, KTP, NIK, MyKad, Aadhaar, NID, DNI, CURP, RUT, CPF,
#: cédula, PESEL, OIB, JMBG, EGN, CNP, TC kimlik, FIN, IIN, PINFL, Emirates ID, iqama, Ghana
#: Card, Huduma, the Baltic personal codes) and passports
ID_DOCUMENT_WORDS = (
    r"cin|cni|cnie|nic|cnic|nin|nida|ktp|nik|mykad|aadhaa?r|pan card|nid|dni|curp|rut|cpf|"
    r"cedula|pesel|oib|jmbg|egn|cnp|tckn|tc kimlik\w*|kimlik\w*|fin kod\w*|iin|pinfl|"
    r"emirates id|iqama|ghana card|huduma|national id|id card|carte d'identite|"
    r"piece d'identite|carta d'identita|documento de identidad|asmens kod\w*|"
    r"personas kod\w*|isikukood\w*|passport|passeport|pasaporte|passaporto|pasaport|"
    # Dutch (Suriname, the Netherlands) and Bhutan's citizenship identity card
    r"id[- ]nummer|identiteitsnummer|cid (number|no)"
)
#: a bank account by the names people give it (folded): RIB, IBAN, BVN and NUBAN, CBU and
#: CVU, CLABE, "account number" and "bank account" in many languages
BANK_ACCOUNT_WORDS = (
    r"rib|iban|bvn|nuban|cbu|cvu|clabe|account (number|no|details)|bank (account|details)|"
    r"numero de compte|compte bancaire|numero de cuenta|cuenta bancaria|numero da conta|"
    r"conta bancaria|nomor rekening|no rekening|rekening bank|hesap (no|numara\w*)|"
    r"numer (konta|rachunku)|kontonummer|bankkonto|saskaitos numer\w*|konta numur\w*|"
    r"so tai khoan|numar de cont|cont bancar|broj racuna|cislo uctu|bankszamla\w*|"
    # Dutch (Suriname, the Netherlands)
    r"rekeningnummer|bankrekening\w*"
)

#: a payee's bank coordinates as an invoice or a supplier names them (folded): bank or payment
#: details, IBAN, account number, and "Bankverbindung", "RIB", "coordonnées bancaires", "datos
#: bancarios", "реквизиты" (Cyrillic folds to Latin), "nomor rekening", "akaunti ya benki"
PAYEE_ACCOUNT_WORDS = (
    r"bank(ing)? (account |payment )?(details|information|info|coordinates|instructions|data)|"
    r"(payment|remittance|beneficiary|wire|wiring|transfer) (details|instructions|account)|"
    r"(bank )?account (number|no|details)|bank account|iban\w*|swift (code|details)|"
    r"bankverbindung\w*|kontoverbindung\w*|bankdaten|kontonummer|bankkonto|"
    r"hesap (bilgi(leri)?(miz\w*)?|numara(si|miz\w*)?|no)|"
    r"banka (hesab(i|imiz\w*)|bilgi(leri)?(miz\w*)?)|"
    r"datos bancarios|cuenta bancaria|numero de cuenta|"
    r"coordonnees bancaires|compte bancaire|numero de compte|"
    r"coordinate bancarie|dati bancari|conto (corrente|bancario)|"
    r"dados bancarios|conta bancaria|numero da conta|"
    r"bankgegevens|rekeningnummer|bankrekening\w*|"
    r"numer\w* (konta|rachunku)|dane bankowe|rachunk\w* bankow\w*|"
    r"nomor rekening|no\.? rekening|rekening (perusahaan|kami|resmi)|"
    r"(bankovsk\w*|platezhn\w*|platezn\w*) rekvizit\w*|rekvizit\w*|"
    r"(rascetn\w*|bankovsk\w*) (scet|schet|rahun)\w*|"
    r"akaunti ya benki|namba ya akaunti|maelezo ya benki|taarifa za benki|"
    r"bank (khata|khaata)|khata (number|sankhya)"
)
#: "new", "updated", "changed", "a change of" (folded), said before the coordinates
NEW_OR_CHANGED_WORDS = (
    r"new|updated|changed|change (of|in|to)|update (of|to)|revised|amended|"
    r"neue\w*|geandert\w*|aktualisiert\w*|anderung|aktualisierung|wechsel|"
    r"yeni|guncel\w*|degis\w*|"
    r"nuev[oa]s?|actualizad[oa]s?|cambio (de|en)|cambiado|modificad[oa]s?|"
    r"nouve(au|aux|l|lle|lles)|mis(es)? a jour|mise a jour|changement (de|d'|des)|modifi\w*|"
    r"nuov[oaie]|aggiornat[oaie]|cambio|variazione|modific\w*|"
    r"nov[oa]s?|atualizad[oa]s?|alterad[oa]s?|alteracao (de|do|da|dos|das)|mudanca (de|do|da)|"
    r"nieuw\w*|gewijzigd\w*|wijziging|"
    r"now(y|a|e|ego|ych)|zmian\w*|zmienion\w*|zaktualizowan\w*|"
    r"perubahan|pembaruan|ganti|"
    r"nov(ye|yj|yy|yi|ij|i|aya|oe|yh|ih|ogo)|izmenen\w*|smen\w*|obnovlen\w*|zmin\w*|onovlen\w*|"
    r"mabadiliko (ya|ye)|tumebadilisha|"
    r"naya|naye|nayi|badle|badli"
)
#: "have changed", "hat sich geändert", "değişti", "ha cambiado" (folded), said after them
CHANGED_WORDS = (
    r"(has|have) (been )?(changed|updated)|changed|updated|"
    r"(hat sich )?geandert|(wurde |wurden )?aktualisiert|"
    r"degis(ti|mistir|tirildi|iklig\w*|ikligi)|guncellen(di|mistir)|"
    r"(ha|han) cambiado|(ha|han) sido (cambiad|actualizad|modificad)[oa]s?|"
    r"(a|ont) change|(a|ont) ete (modifie|mis a jour)\w*|"
    r"(e|sono) (cambiat|variat|stat[oie] aggiornat)[oaie]|"
    r"mudou|mudaram|(foi|foram) (alterad|atualizad)[oa]s?|"
    r"(is|zijn) gewijzigd|veranderd|"
    r"zmienil\w*|(zostal\w* )?zmienion\w*|"
    r"berubah|(telah )?diganti|(telah )?diperbarui|baru|"
    r"izmenil\w*|pomenyal\w*|zminil\w*|"
    r"imebadilika|imebadilishwa|mpya|"
    r"badal (gaya|gaye|gayi|diya|diye|di)|change ho (gaya|gaye|gayi)"
)
#: writers who address the reader's own account ("update your bank details in the app"): a
#: bank's notice, not a payee announcing new coordinates
_THE_READERS = (
    r"your|you|tu|tus|su|sus|votre|vos|ton|ta|tes|ihre?n?|dein\w*|seu|sua|seus|suas|uw|je|"
    r"jouw|tuo|tua|twoj\w*|anda|kamu|senin|sizin|yako|wako|aapk[ae]|vash\w*|tvoj\w*"
)
#: not straight after the reader's possessive, an indefinite article or an invitation to open an
#: account ("your new IBAN", "get a new bank account", "abre una nueva cuenta bancaria"): a
#: payee says "our new" or "the new"
_NOT_THE_READERS = "".join(rf"(?<!\b{w} )" for w in (
    "your", "tu", "su", "votre", "ihre", "ihr", "seu", "sua", "uw", "je", "a", "an", "una",
    "un", "uma", "ein", "eine", "een", "open", "buka", "ouvrez", "apri", "otworz", "abra",
    "abre"))
_GAP = rf"(?:(?!\b(?:{_THE_READERS})\b)[a-z' ]){{0,20}}"
#: new bank details announced (business email compromise, invoice fraud): a supplier, a landlord
#: or a company's "accounts office" says its bank account has changed, and the victim's next
#: payment goes to the fraudster. Structure, not phrases: "new / updated / a change of" before
#: the coordinates, or "have changed" after them, in every language of both lists; not when the
#: text speaks of the reader's own account ("update your bank details", "open a new account")
BANK_CHANGE_PATTERNS: tuple[str, ...] = (
    rf"{_NOT_THE_READERS}\b({NEW_OR_CHANGED_WORDS})\b{_GAP}\b({PAYEE_ACCOUNT_WORDS})\b",
    rf"{_NOT_THE_READERS}\b({PAYEE_ACCOUNT_WORDS})\b[^.!?\d]{{0,25}}\b({CHANGED_WORDS})\b",
    # the French "nouveau RIB", "changement de RIB" ("rib" alone is also a cut of meat)
    r"\b(nouveau|changement de|changement du|modification du|notre) rib\b|"
    r"\brib (a change|modifie)\b",
    # "payments to our new account", "akaunti mpya ya benki"
    r"\b(payments?|remit\w*|transfers?|wires?)\b[^.!?]{0,20}\b(to|into|in) (our|the) new "
    r"(bank )?account\b|\bpay (in)?to (our|the) new (bank )?account\b",
    r"\bakaunti mpya ya benki\b|\bnamba mpya ya akaunti\b",
)

DATA_REQUEST_PATTERNS: tuple[str, ...] = (
    r"\bcard (details|number)\b",
    # the card's number asked into a private message, in the Romance languages ("envíanos por
    # DM número de tarjeta", "manda no privado o número do cartão")
    r"\b(dm|md|inbox|privado|priv[ée]|whatsapp)\b[^.!?]{0,15}\bn[uú]mero (de|do|da) "
    r"(la |tu |su |seu |sua |o )?(tarjeta|cartao|carte)\b",
    r"\b(password|login details|one[- ]time code|cvv|sms code)\b",
    r"\bverify your (account|card|identity)\b",
    r"\bsend (us )?your (card|id|passport|bank|order)\b",
    # a card asked to "verify" or "activate" something ("verify your age with your bank card",
    # "activate the stream with your credit card"): the card-phishing site's pretext
    r"\b(verify|confirm|activate|unlock|register|link)\b[^.!?]{0,40}\bwith your "
    r"(bank |credit |debit )?card\b",
    r"\bkart (bilgi|fotograf|numara)\w*\b",
    r"\bkartinizi dogrula\w*\b",
    r"\bkimlik\w* (ve|fotograf|bilgi|numara)\w*\b",
    r"\bhesabinizi dogrula\w*\b",
    r"\b(sifre\w*|cvv|sms kod\w*|iban)\b",
    r"\b(bankdaten|kartendaten|kontodaten|kreditkart\w*|kartennummer|zugangsdaten|passwort)\b",
    r"\bdatos bancarios\b",
    r"\b(digitos|numero|datos|foto) de (tu|su) (tarjeta|dni)\b",
    r"\b(tu|su) (dni|nie|pin|cvv|contrasena)\b",
    r"\bcodigo de verificacion\b",
    # French, Italian, Portuguese, Dutch
    r"\b(coordonnees bancaires|numero de carte|mot de passe|code de verification|votre rib)\b",
    r"\b(dati bancari|numero (di |della )?carta|codice di verifica)\b",
    r"\b(dados bancarios|numero do cartao|sua senha|codigo de verificacao)\b",
    r"\b(bankgegevens|kaartnummer|wachtwoord|verificatiecode)\b",
    # "confirm your card" (a card check of "0 EUR" is how giveaway phishing takes the card)
    r"\b(confirm|enter|validate|update) your (bank )?card\b",
    r"\bkartinizi onayla\w*\b",
    r"\b(bestatigen|bestaetigen) sie ihre (kredit|bank)?karte\b",
    r"\b(confirma|valida|introduce) tu tarjeta\b",
    r"\b(confirmez|validez|saisissez|entrez) (votre|ta|vos) (carte|cb|coordonnees)\w*\b",
    r"\b(conferma|inserisci) (la tua |i dati della )?carta\b",
    r"\b(confirme|valide|informe) (seu|o seu|os dados do) cartao\b",
    r"\bbevestig (je|uw) (bank)?(kaart|pas)\b",
    r"\bcode (recu )?par sms\b",
    r"\b(dane karty|numer karty|kod sms|kod blik|haslo)\b",
    r"\b(nomor kartu|kode otp|kata sandi|nomor pin|verifikasi kartu)\b",
    # Czech "heslo" alone is also a motto ("Naše heslo: kvalita"): only "your password"
    r"\b(cislo karty|overovaci kod|(vase|sve|svoje|tvoje) heslo|heslo (k|do) \w+)\b",
    r"\b(kortnummer|bankid-kod|losenord)\b",
    r"\b(numarul cardului|codul otp)\b",
    r"\b(ma otp|mat khau)\b",
    # Latvian, Lithuanian, Estonian: card data, password, PIN
    # (a bare "parole" is French for speech: only "your password" in Latvian)
    r"\b(kartes (dat\w*|numur\w*)|(jusu|savu|tavu|ievadiet) parol(e|i)|pin kod\w*|"
    r"korteles (duomen\w*|numer\w*)|slaptazod\w*|kaardi (andmed|andmeid|number|numbri)|"
    r"parool\w*)\b",
    # one-time codes "received by SMS", phone numbers and national identity numbers asked
    # in public (help desks ask for an order number at most, and in private)
    r"\b(code|codigo|codice|kod|kode|kodu|kodem|kood)\b[^.!?]{0,30}\bsms\b",
    r"\bsms[- ]?(code|codigo|codice|kod|kodu|kode|koodi)\b",
    r"\b(your|il tuo|tuo|seu|o seu|su|tu|votre|ton|je|uw|ihre|deine|twoj|vas) "
    r"(phone number|mobile number|numero di (telefono|cellulare)|numero de (telefone|celular|"
    r"telefono|movil|telephone|portable)|telefoonnummer|telefonnummer|numer telefonu|"
    r"telefonni cislo)\b",
    r"\b(cpf|pesel|codice fiscale|rodne cislo|social security number|tc kimlik\w*|"
    r"burgerservicenummer|nomor nik|numero de identidad)\b",
    # an identity document and a bank account asked together ("CIN + RIB", "DNI y CBU",
    # "NIN and BVN", "KTP dan nomor rekening"): what a loan, job or refund scam takes to open
    # accounts in the victim's name, in any country's words for both (folded)
    rf"\b({ID_DOCUMENT_WORDS})\b[^.!?]{{0,30}}\b({BANK_ACCOUNT_WORDS})\b",
    rf"\b({BANK_ACCOUNT_WORDS})\b[^.!?]{{0,30}}\b({ID_DOCUMENT_WORDS})\b",
    # a copy of the identity card, asked in public
    r"\b(cop(y|ie|ia) (of |de |di |da )?(your |votre |ta |tu |su |sua |la |il |seu |a )?"
    r"(id|id card|cin|cni|cnie|cnic|nic|nin|dni|cedula|passport|passeport|pasaporte|"
    r"passaporto|carte d'identite|carta d'identita|documento de identidad)|"
    r"kimlik fotokopi\w*|fotocopia (de )?(tu |su )?(dni|cedula|ine))\b",
    # money asked for up front, a fee to pay now, crypto to send "and get double back": what
    # advance-fee, fake-job and giveaway scams ask, in every language at once
    r"\b(send|envie|envia|mande|manda|deposite|transfira|envoyez|invia|sende|schicke|stuur|"
    r"wyslij|przelej|kirim|posli|gonder|tuma) (only |just |apenas |solo )?(\d[\d.,]* ?)?"
    r"(btc|eth|usdt|bitcoin|ether|crypto|sol|bnb|doge)\b",
    r"\b(get|receive) (it |them )?(double|twice|2x|x2)\b|\bdouble (it )?back\b",
    r"\b(receba|recibe|recibes|recevez|ricevi|erhalte|erhaltet|ontvang|otrzymasz|dapatkan|"
    r"ziskate|alin|al) (o |el |le |il |das |het )?(dobro|doble|double|doppio|doppelte|dubbele|"
    r"podwojnie|dua kali lipat|dvojnasob\w*|iki katini)\b",
    r"\breceba [^.!?]{0,30} de volta\b|\b(doppelt|das doppelte) zuruck\b|\bdubbel terug\b",
    r"\b(pay|paying) (up ?front|in advance)\b|\b(advance|up ?front) (payment|fee)\b",
    r"\bpague (a|uma|o) (taxa|tarifa|frete)\b|\bpagamento antecipado\b",
    r"\bpaga (la|una) (tasa|tarifa|cuota)\b|\bpago (por )?adelantado\b",
    r"\bpayez (d'avance|les frais|la taxe)\b|\bpaiement (d'avance|anticipe)\b",
    r"\bpaga (la|una) (tassa|commissione|quota)\b|\bpagamento anticipato\b",
    r"\b(vorauszahlung|vorab (zahlen|bezahlen|uberweisen))\b",
    r"\bbetaal (eerst|vooraf|vooruit)\b|\bvooruitbetaling\b|\bvooraf (betalen|overmaken)\b",
    r"\b(ucreti\w*|bedeli\w*) (kartla |havale ile |eft ile )?ode(yin|yiniz|me)\b|\bon odeme\w*\b",
    r"\bzaplac (oplate|prowizje|z gory)\b|\bprzedplat\w*\b",
    r"\b(bayar|transfer) (dulu |terlebih dahulu )?(biaya|uang muka|dp)\b",
    r"\bzaplat(te|it)? (poplatek|predem)\b|\bplatba predem\b",
    r"\blipa (ada|kwanza|kabla)\b",
    # register, confirm or verify a card or an account, in more languages (Nordic, Slavic,
    # Finnish, Hungarian, Romanian, Vietnamese); Thai, Arabic, Persian and Hindi are native
    r"\b(register|registrer|registrera|rekisteroi) (your |the )?(bank ?)?(card|kort|kortet|"
    r"kortti\w*)\b|\bregistrer (bank)?kortet\b",
    r"\b(bekreft|bekraft|bekraeft|vahvista|potvrdite|potvrdi|verifikujte|verifikuj|overite|"
    r"erositse meg|confirmati|verificati|verifica|xac minh|xac nhan) (your |ditt |din |dit |"
    r"korttisi|tilisi|vas |svoj |svoju |a |contul|tai khoan|the )?(card|kort|kortet|konto|"
    r"kontoen|kontot|nalog|karticu|racun|kartyajat|fiokjat|cardul|contul|tai khoan|the)\b",
    r"\b(broj kartice|podatke (o )?kartic\w*|lozink\w*|cislo uctu|jmbg|pin kod\w*)\b",
    r"\b(nombor kad|kata laluan|nombor ic|no\.? ic|kod tac|nombor akaun)\b",
    r"\b(seed phrase|recovery phrase|private key|wallet phrase|12[- ]word|24[- ]word|"
    r"connect (your )?wallet|wallet ?connect)\b",
    # "just pay the shipping": the free-product and prize scam, in many languages
    r"\b(just|only) pay (for )?(the )?(shipping|postage|delivery)\b",
    r"\b(pay|paga|pague|payez|zahle|zahlen|zaplac|zaplat\w*|platite|plati|uplatite|fizess|"
    r"fizesse|platesti|achitati|betal|bayar|cukup bayar|tra|ode)\b[^.!?]{0,20}\b(shipping|"
    r"envio|frete|frais de port|versand\w*|wysylk\w*|postovn\w*|postarin\w*|dostav\w*|"
    r"szallitas\w*|transport\w*|frakt\w*|porto|ongkir|phi ship|kargo)\b",
    # application, registration and processing fees in more languages (the fake recruiter's
    # and the fake driver-signup's fee)
    r"\b(jelentkezesi|regisztracios|kezelesi|aktivalasi|feldolgozasi) dij\w*\b",
    r"\byuran (pemprosesan|pendaftaran|permohonan|pengaktifan|proses)\b",
    r"\b(tilmeldings|registrerings|ekspeditions|behandlings|aktiverings|oprettelses)gebyr\b",
    r"\b(anmalnings|registrerings|expeditions|aktiverings)avgift\b",
    r"\b(rekisterointi|kasittely|ilmoittautumis|aktivointi)maksu\w*\b",
    r"\bnaknad\w* za (prijavu|obradu|registraciju|aktivaciju)\b|\btaksa za prijavu\b",
    r"\b(registracny|registracni) poplat\w*\b|\bpoplat\w* za (spracovanie|zpracovani)\b",
    r"\btaxa de (inscriere|procesare|activare)\b",
    r"\bphi (dang ky|xu ly|kich hoat|ho so)\b",
    r"\b(tarifa|taxa|cuota) de (procesamiento|processamento|tramite)\b",
    r"\b(processing|application|joining|onboarding|verification|membership) fee\b",
    # Danish, Swedish, Norwegian e-ID and bank-account requests ("send your CPR and NemKonto")
    r"\b(indsend|oplys|angiv|send|upload|skicka|oppgi)\w* (dit |din |ditt |jeres |)"
    r"(cpr|nemkonto|mitid|bankid|personnummer|fodselsnummer)\w*\b",
    r"\b(cpr|personnummer)[- ]?(nummer|nr)?\b[^.!?]{0,20}\b(og|och|and) (din |dit |ditt )?"
    r"(nemkonto|bankkonto|kontonummer|adresse|konto)\b",
    # fees for a visa or a permit: the fake recruiter's "work visa" payment
    r"\b(visa|viza|vize|visto|wiza|vizum) ?(fee|gebuhr|taxa|tasa|oplata|poplatek|dij)\b",
    r"\b(fee|payment|uplat\w*|taxa|tasa|oplat\w*|gebuhr|frais|platb\w*|dij)\b[^.!?]{0,25}"
    r"\b(visa|viza|vizu|vize|visto|wiza|vizum|work permit|radn\w* dozvol\w*)\b",
    # the same in Nordic, Finnish, Hungarian, Romanian, Slavic, Vietnamese, Malay, Filipino
    r"\b(betalning i forskott|forskottsbetalning|betal(ing)? (pa )?forhand|forudbetaling|"
    r"forhandsbetaling|ennakkomaksu\w*|maksu etukateen|elore (utalas|fizetes)\w*|"
    r"eloleg\w*|plata (in avans|anticipata)|achitati (in avans|inainte)|uplata unapred|"
    r"avansn\w* (placanje|uplata)|platba vopred|zaplatte vopred|platnosc z gory|"
    r"chuyen khoan truoc|thanh toan truoc|dat coc truoc|bayar (dulu|di muka|pendahuluan)|"
    r"bayad muna|paunang bayad|pago (anticipado|por adelantado)|deposito previo|"
    r"pagamento (adiantado|previo))\b",
    # "log in to claim": a prize or coupon released against the victim's login (credential
    # phishing), in any language
    r"\b(log ?in|sign ?in|connect (your )?wallet)\b[^.!?]{0,30}\b(to )?(claim|redeem|"
    r"collect|receive|unlock)\b",
    r"\b(inicia sesion|faca login|entre na sua conta|melde dich an|connectez-vous|accedi|"
    r"zaloguj sie|masuk|dang nhap|bejelentkez\w*|kirjaudu|logga in|logg inn|log ind|"
    r"conecteaza-te|prihlaste sa|prihlas se|giris yap\w*)\b[^.!?]{0,40}\b(reclam\w*|"
    r"resgat\w*|einlos\w*|recuper\w*|ricev\w*|riscatt\w*|odbierz|odbior|klaim|nhan|"
    r"igenyel\w*|lunasta|hamta|hent|indlos|revendic\w*|primest\w*|ziskaj|ziskej|al)\b",
    # payment only by bank transfer (no buyer protection): how fake shops and outlets are paid
    r"\b(pay(ment)? (only )?by (bank )?(transfer|wire)|bank transfer only)\b",
    r"\b(sadece havale|havale ile odeme|yalnizca havale|eft ile odeme)\b",
    r"\b(nur (per|gegen) (uberweisung|vorkasse)|zahlung (nur )?per (uberweisung|vorkasse))\b",
    r"\b(pago|pagos) (solo |unicamente )?(por|mediante) transferencia\b",
    r"\bpaiement (uniquement )?par virement\b",
    r"\bpagamento (solo )?(con|tramite|mediante) bonifico\b",
    r"\bpagamento (apenas |somente )?(por|via) (transferencia|pix)\b",
    r"\b(betaling|betalen) (alleen )?(via|per) (overschrijving|bankoverschrijving)\b",
    # one-time codes, payment IDs and national identity numbers of more countries
    # a PIN asked with a number or a code ("DM your account number, MoMo number and PIN"),
    # not India's postal "PIN code"
    r"\b(number|details|otp|password|code),? (and|&) (your |the )?pin\b(?! ?code)",
    r"\b(otp|upi (id|pin)|aadhaar|pan card|cnp|codul numeric personal|henkilotunnus|"
    r"personnummer|fodselsnummer|cpr-nummer|szemelyi szam|adoazonosito|cccd|cmnd)\b",
    # Nordic, Finnish, Hungarian, Romanian, Vietnamese, Latin American Spanish/Portuguese
    r"\b(kortoplysninger|kortopplysninger|adgangskode|passord|kortuppgifter)\b",
    r"\b(kortin numero|korttitiedot|salasana\w*|tunnusluku\w*|vahvistuskoodi\w*|"
    r"pankkitunnukse\w*)\b",
    r"\b(kartyaszam\w*|kartyaadat\w*|jelsz(o|av)\w*|ellenorzo ?kod\w*|biztonsagi kod\w*)\b",
    r"\b(datele cardului|parola (ta|contului|dvs)|codul? de verificare)\b",
    r"\b(so the (ngan hang|tin dung)|ma xac (minh|thuc))\b",
    r"\b(tu|su) (clave|token|clave dinamica)\b|\bclave (dinamica|de (acceso|seguridad))\b",
    r"\b(codigo de seguranca|chave de acesso)\b",
    # new bank details announced: the business-email-compromise and invoice fraud
    *BANK_CHANGE_PATTERNS,
    *_lx.folded_patterns("data_request"),
    *_lx.folded_patterns("advance_payment"),
)

#: words that turn a data request into a warning ("we never ask for your card details")
NEGATIONS: tuple[str, ...] = (
    "never", "not", "no one", "nobody", "don't", "dont", "do not", "won't", "will not",
    "asla", "kimse", "istemez", "istemeyiz", "nie", "niemals", "nicht", "keine",
    "nunca", "jamas", "nadie", "no",
    "jamais", "aucun", "ne", "mai", "nessuno", "nao", "ninguem", "nooit", "niet", "geen",
    "nigdy", "nie", "tidak pernah", "jangan", "tidak akan", "nikdy", "aldrig", "niciodata",
    "khong bao gio", "khong",
    "soha", "sosem", "nem", "ei koskaan", "emme", "koskaan", "aldri", "ikke", "inte",
    "niciodata", "nu",
    # Spanish "no executive will ask", Tagalog "no admin will ask" / "don't"
    "ningun", "ninguna", "ninguno", "walang", "huwag",
    *_lx.folded_phrases("negation"),
)

#: invitations into private messages ("we reply to DMs", "chama na DM"): how a fake help desk
#: moves its victims out of sight; help desks say it too, so these are soft words
DM_INVITE_PATTERNS: tuple[str, ...] = (
    r"\b(we )?repl(y|ies) (to|in) (your |all )?dms?\b",
    r"\b(send|drop) (us )?a (dm|direct message)\b",
    r"\b(chama|chame|manda|mande|envie|me chama|fala) (na|no|uma|um) (dm|direct|inbox|privado)\b",
    r"\b(stuur|app) (ons |me )?(een )?(dm|pb|privebericht)\b",
    r"\b(scrivici|scrivimi|inviaci|invia|scrivete) (in|un) (dm|direct|privato)\b",
    r"\b(escribenos|escribeme|mandanos|envianos) (un )?(dm|md|mensaje directo)\b",
    r"\bdm (atin|at|gonder)\w*\b",
    r"\b(napisz|napiszcie) (do nas )?(na )?(dm|priv|pw)\b",
    r"\b(kirim|chat) (dm|pesan langsung)\b|\bdm (kami|aja|admin)\b",
    r"\b(napiste|napis) (nam )?(do )?(dm|zpravy)\b",
    *_lx.folded_patterns("dm_invite"),
)

#: a sum of money as people write it: "200.000d", "200k", "EUR 50", "49 zl", "R$ 30"
MONEY_AMOUNT = (
    r"(?:(?:[$€£¥₹₱₩฿₦₵]|r\$|rp\.?|s/\.?|bs\.?|usd|eur|gbp|php|inr|idr|ngn|ghs|kes|ksh|mnt|egp|"
    # the Ghanaian cedi as "GH₵" folds to "ghc"; "Rs 500" with no dot, after no other letter
    r"clp|azn|gs\.?|pyg|npr|rs\.|(?<![a-z])rs|ghc|tnd|khr|"
    # the shilling of Kenya, Tanzania and Uganda as people write it before the sum ("Sh 2,000")
    r"(?<![a-z])sh(?=\s?\d)|"
    # the ISO codes of currencies written before the figure as their own countries do ("UGX
    # 50,000", "TZS 20,000", "RWF 5,000", "MZN 1500", "KGS 800"): codes no word of any
    # language spells
    r"ugx|tzs|rwf|zmw|mwk|mzn|aoa|etb|xof|xaf|kgs|kzt|uzs|uah|bdt|pkr|lkr|npr|mmk|khr|lak|"
    # the Gulf's, the Maghreb's, Switzerland's, Malaysia's and the dollars of other countries
    r"sar|aed|qar|kwd|omr|bhd|jod|mad|(?<![a-z])dh|chf|(?<![a-z])rm|(?:s|nt|hk|a|c|us)\$|"
    # the Bahraini dinar as Bahrain writes it before the figure ("BD 100")
    r"(?<![a-z])bd(?=\s?\d)|"
    # the Surinamese dollar ("SRD 150") and Bhutan's ngultrum ("Nu. 500"); the rupees of the
    # Seychelles and Mauritius and the Maldives' rufiyaa ("SCR 2,000", "MUR 500", "MVR 300")
    r"srd|(?<![a-z])nu\.(?=\s?\d)|(?<![a-z])(?:scr|mur|mvr)(?=\s?\d)|"
    # the South African rand as "R350" (the letter straight before the figure) and "ZAR"
    r"(?<![a-z0-9])r(?=\d)|zar|"
    # the quetzal as Guatemala writes it ("Q150", "Q 4,500"; not a quarter, "Q4"), the
    # lempira ("L. 500"), the córdoba and the dollars of the Caribbean ("C$", "RD$", "J$",
    # "TT$", "EC$", "BZ$") and the codes of Central America and the Caribbean
    r"(?<![a-z0-9])q(?=\s?\d{2}|\s?\d[.,]\d{3})|(?<![a-z0-9])l\.(?=\s?\d)|"
    r"(?:c|rd|j|tt|ec|bz)\$|gtq|hnl|nio|crc|dop|jmd|ttd|htg|bzd|"
    # the kwacha of Zambia and Malawi as "K250" (the letter straight before two figures)
    r"(?<![a-z0-9])k(?=\d{2}))"
    r"\s?\d[\d.,]*"
    # a figure, then (perhaps) a word for thousands or millions said before the currency ("300
    # mil pesos", "5 bin TL", "490 هزار تومان", "5 ألف ريال", "2 lakh rupees", "5 тыс. руб")
    r"|\d[\d.,]*\s?(?:(?:mil|bin|mille|mila|tausend|duizend|hzr|alf|'lf|mlywn|lakh|"
    r"crore|juta|ribu|tys\.?|mln|milion\w*|millones|milhoes|million)\s)?"
    r"(?:k|rb|ribu|jt|juta|tr|trieu|d|dong|vnd|usd|eur|euro|euros|gbp|tl|zl|pln|"
    r"kr|sek|nok|dkk|rp|idr|php|inr|rs|huf|ft|czk|kc|ron|lei|mxn|brl|myr|rm|thb|baht|yen|"
    r"jpy|krw|won|ngn|ksh|kes|uah|rsd|din|pesos?|reais|mnt|togrog|tugrug|tugrik|egp|l\.e|"
    # the Egyptian pound as Arabic (جنيه, folded) and Arabizi write it
    r"jnyh|geneh|gneh|ginih|clp|lucas|ghc|cedis?|birr|etb|"
    # the Angolan kwanza as Angola writes it after the sum ("80.000 Kz")
    r"kz|kwanzas?|aoa|"
    # the quetzal, lempira, córdoba, colón and gourde written out, and their codes
    r"quetzal(es)?|lempiras?|cordobas?|colones|gourdes?|gtq|hnl|nio|crc|dop|jmd|ttd|htg|"
    # the manat (₼ folds to "manat"), guaraní, Nepali rupee, lek, Tunisian dinar, riel
    r"azn|manat|gs|guaranies|pyg|npr|lek|leke|tnd|dt|dinars?|khr|riel|"
    # the riyal, dirham, dinar and toman as Arabic and Persian write them (ريال, درهم, دينار,
    # تومان, ر.س, folded) and by their codes (Morocco's "DH" and "MAD", the Gulf's); the
    # hryvnia, rouble, lev, lari, so'm, tenge, shekel (₴ ₽ ₾ ₪ fold to words); the taka,
    # the Swiss franc, the yuan, the CFA franc, the shillings and francs of East Africa, the
    # kyat and kip
    r"ryl|rial|riyals?|sar|r\.s|qar|omr|kwd|bhd|jod|aed|dh|dhs|dirhams?|drhm|mad|dzd|lyd|iqd|"
    r"lbp|dynr|twmn|tomans?|irr|hrn|grn|hryvn\w*|rub|rubl\w*|rb|lv|leva|bgn|lari|gel|amd|"
    r"so'm|uzs|kzt|tenge|nis|ils|shekels?|taka|tk|bdt|lkr|pkr|chf|yuan|rmb|cny|hkd|sgd|"
    r"twd|fcfa|cfa|xof|xaf|ugx|tzs|tsh|rwf|kyat|mmk|kip|lak|byn|zar|rand|mzn|meticais|"
    # the metical as Mozambique writes it after the figure ("2.500 MT")
    r"mt|"
    # the lira, the dollar and the rupee written out (ليرة, دولار, "999 lira", "50 dollars"),
    # the shekel and the dram as Arabic and Armenian write them (شيكل, драм)
    r"liras?|lyrh|dollars?|dolares|dolar|dwlr|rupees?|rupye|shykl|dram|ryal|rials|"
    # the so'm as Uzbek Cyrillic writes it (сум) and the stablecoins priced like money
    r"sum|usdt|usdc|"
    # the kyat as Burmese writes it after the figure (ကျပ်, folded); the Tajik somoni
    r"kyp|somoni|tjs|"
    # the Haitian gourde as Creole writes it, the Kyrgyz som (сом, folded), the kwacha
    r"goud|som|kwacha|"
    r"[$€£¥₹₱₩฿])(?![a-z0-9])"
    # the tögrög sign, ₮, folds to a "t" glued to the figure ("5000₮")
    r"|\d[\d.,]*t(?![a-z0-9])"
    # the Algerian dinar as Algeria writes it after the figure ("5000 DA", "1.500,00 DA"): a
    # sum of three figures or more, not Portuguese "da" after a day ("dia 1 da semana")
    r"|\d{3}[\d.,]*\s?da(?![a-z0-9]))"
)

#: payment apps and money-transfer services by their own names, which no language translates
#: ("Uplata na Revolut", "bKash করুন", "send via GCash"): named in the search result of a walled
#: page nothing official links, beside a private channel ("DM", "inbox", WhatsApp) or money
#: asked first, they are how its victims pay. Names that are common words (Wise, Dana, Maya,
#: Rocket, OVO, Plin) are left out: a name here must mean the service wherever it stands.
PAYMENT_SERVICES: tuple[str, ...] = (
    "revolut", "paypal", "bkash", "nagad", "m-pesa", "mpesa", "gcash", "paymaya", "venmo",
    "cash app", "cashapp", "zelle", "western union", "moneygram", "skrill", "payoneer",
    "neteller", "usdt", "binance pay", "alipay", "wechat pay", "paytm", "phonepe", "google pay",
    "gpay", "blik", "swish", "mobilepay", "vipps", "twint", "satispay", "bizum", "nequi",
    "daviplata", "yape", "mercado pago", "mercadopago", "gopay", "zalopay", "kaspi", "qiwi",
    "yoomoney", "papara", "ininal", "easypaisa", "jazzcash", "airtel money", "mtn momo",
    "orange money", "opay", "palmpay", "iban",
    # Mozambique's wallets (Movitel's e-Mola, mCel's mKesh)
    "e-mola", "emola", "mkesh",
    # Mongolia, Egypt, Chile
    "qpay", "socialpay", "monpay", "vodafone cash", "instapay", "etisalat cash", "orange cash",
    "cuentarut", "cuenta rut", "tenpo", "fawry", "postepay",
    # money transfer desks, and the wallets of Nepal, Azerbaijan, Cambodia, Paraguay,
    # Albania and Italy, Bangladesh, Thailand, Ukraine (a wallet's name needs no dictionary)
    "ria money transfer", "ria", "worldremit", "remitly", "esewa", "khalti",
    "ime pay", "imepay", "fonepay", "m10", "birbank", "aba pay", "wing money", "pi pay",
    "truemoney", "promptpay", "tigo money", "giros tigo", "billetera personal", "zimple",
    "postepay", "upay", "monobank", "privat24",
    # a prepaid voucher sold at kiosks, asked instead of a payment (no buyer protection)
    "paysafecard",
    # the cash-transfer desks of Colombia, Mexico and Peru, Saudi wallets, Mexico's interbank
    # transfer (a name no language uses for anything else)
    "efecty", "baloto", "oxxo", "pagoefectivo", "stc pay", "stcpay", "urpay", "spei",
    # Portugal's and Australia's instant payments by phone number, Lebanon's wallets
    "mb way", "mbway", "payid", "whish money", "whish",
    # the Maghreb's postal and mobile wallets, Iraq's, Somalia's and Sudan's, Ethiopia's,
    # Zimbabwe's and Tanzania's, and "mobile money" said as such
    # Zain Cash, Vodafone Cash and Orange Cash as Arabic writes them (folded)
    "zyn ksh", "fwdfwn ksh", "wrnj ksh",
    "baridimob", "edahabia", "flouci", "wafacash", "cashplus", "zaincash", "zain cash",
    # Bahrain's wallet (BenefitPay)
    "benefitpay",
    # the Bank of Bhutan's mobile banking
    "mbob",
    "fastpay", "asiahawala", "evc plus", "evcplus", "e-dahab", "edahab", "bankak",
    "telebirr", "cbe birr", "ecocash", "onemoney", "innbucks", "tigo pesa", "halopesa",
    "mobile money", "moov money", "mtn mobile money", "chipper cash", "sendwave",
    # MTN's MoMo Pay (not "momo" alone: a dumpling), Costa Rica's SINPE Móvil
    "momo pay", "sinpe", "sinpe movil",
    # South and South-East Asia's wallets (Pakistan, India, Sri Lanka, Myanmar, Indonesia,
    # Malaysia, Vietnam, Cambodia's KHQR, Laos)
    "nayapay", "sadapay", "bhim upi", "upi id", "ez cash", "ezcash", "kbzpay", "kbz pay",
    "wave money", "wavepay", "ayapay", "aya pay", "shopeepay", "linkaja", "touch 'n go",
    "tng ewallet", "duitnow", "viettelpay", "viettel money", "khqr", "bcel one", "coins.ph",
    # East Asia's
    "paypay", "line pay", "kakaopay", "kakao pay", "naver pay", "jkopay",
    # Latin America's (Brazil's Pix key, Venezuela's and Cuba's mobile payments)
    "chave pix", "picpay", "pagseguro", "uala", "pago movil", "pagomovil", "zinli",
    "transfermovil", "enzona",
    # Central Asia's and the Caucasus's (not Payme: a name read as the start of "payment")
    "uzcard", "mbank", "elsom", "idram", "telcell", "easypay",
    # gift cards and game currency asked as payment (no buyer protection, bought at a kiosk)
    "steam gift card", "steam card", "google play gift card", "google play card",
    "itunes gift card", "itunes card", "apple gift card", "razer gold",
    # Haiti's wallets, Zambia's, and West Africa's Wave and Brazil's Pix where a word of
    # payment names them (alone, 'wave' and 'pix' are words of other things)
    "moncash", "natcash", "zamtel kwacha", "zamtel money",
    # mobile money of Madagascar, Sierra Leone, the Gambia, Burundi, Somaliland, Djibouti,
    # Malawi, Ghana, Cameroon, Liberia, Sudan, Kenya, Kazakhstan, Jordan, Georgia, Vietnam
    "mvola", "afrimoney", "qmoney", "lumicash", "zaad", "d-money", "mpamba", "tnm mpamba",
    "airteltigo money", "g-money", "mobicash", "express union mobile", "lonestar momo",
    "mbok", "sasapay", "t-kash", "kaspi gold", "halyk", "cliq", "tbc pay", "vi momo",
    "alif mobi", "dc next", "dc wallet",
    "paiement wave", "par wave",
    "via wave", "sur wave", "avec wave", "via pix", "no pix", "pelo pix", "por pix",
    "pagamento pix", "pix copia e cola",
)

#: how a report names a service of :data:`PAYMENT_SERVICES` written there folded from another
#: script
PAYMENT_SERVICE_NAMES: dict[str, str] = {"zyn ksh": "Zain Cash (زين كاش)",
                                          "fwdfwn ksh": "Vodafone Cash (فودافون كاش)",
                                          "wrnj ksh": "Orange Cash (اورنج كاش)"}

#: words for money paid before any service: deposit, booking fee, bank transfer, prepayment
#: (the languages of :data:`MONEY_OR_LOGIN_REQUEST_PATTERNS`)
ADVANCE_PAYMENT_WORDS = (
    r"deposit|down ?payment|booking fee|reservation fee|holding fee|bank transfer|transfer|"
    r"prepay\w*|pay upfront|advance payment|"
    r"dat coc|tien coc|coc truoc|giu cho|phi giu cho|chuyen khoan|"
    r"uang muka|bayar di ?muka|transfer ke|"
    r"deposito|deposita|transfiere|transferencia|anticipo|sena|"
    r"sinal|transfira|pagamento antecipado|"
    r"acompte|arrhes|virement|"
    # a security deposit: caução, caución, cauzione, Kaution (a reseller's kit, a flat)
    r"caucao|caucion|cauzione|kaution|"
    r"caparra|acconto|bonifico|"
    r"anzahlung|uberweis\w*|vorkasse|reservierungsgebuhr|"
    r"aanbetaling|overmaken|vooruitbetaling|"
    r"zaliczk\w*|zadat\w*|przelew\w*|"
    r"kapora|on odeme\w*|havale|"
    r"zaloh\w*|prevod\w*|"
    r"handpenning|forskott|forskudd|depositum|overfor\w*|swisha|"
    r"ennakkomaksu|varausmaksu|tilisiirto|"
    r"eloleg|atutal\w*|"
    # Mongolian, folded: transfer, advance payment, fee; Azerbaijani registration fee (the
    # Albanian and Balkan deposit, kapar, is below with the registrations)
    r"silzuul\w*|ur'?dcilgaa\w*|huraamz\w*|qeydiyyat haqq\w*|"
    r"avans|plata in avans|"
    r"paunang bayad|downpayment|"
    # a registration or enrolment fee next to an amount (the fake scholarship, course or job)
    r"(test|exam|interview|training|medical|application|processing|form|joining) fee|"
    # Amharic registration (ምዝገባ, folded), beside a sum in birr
    r"mzgeba|"
    r"registration|enrol+ment|inscripcion|inscricao|matricula|iscrizione|inschrijving|"
    r"rejestracj\w*|pendaftaran|registrace|regisztracio|inscriere|dang ky|kayit ucreti|"
    # Azerbaijani, Albanian, Nepali (folded), Arabic in Latin letters, Russian (folded):
    # registration, and the deposit of Albania and the Balkans (kapar, paradhenie)
    r"qeydiyyat|qeydiyyat haqqi|regjistrim\w*|darta shulka|tasjil|registracion\w*|"
    r"registratsi\w*|vznos|kapar\w*|paradheni\w*"
)

#: a sum said in thousands, with no currency ("300 mil", "5 bin", "20 mille", "2 lakh"):
#: money only beside a payment app's name (see :data:`MONEY_OR_LOGIN_REQUEST_PATTERNS`)
THOUSANDS_AMOUNT = (
    r"\d[\d.,]*\s?(?:mil|mila|mille|bin|tausend|tsd|duizend|tysiecy|tisic|ezer|mii|nghin|"
    r"ngan|lakh|lacs?)(?![a-z0-9])"
)
#: :data:`PAYMENT_SERVICES` as one alternation, longest first (folded text)
WALLET_NAMES = "|".join(re.escape(w) for w in sorted(PAYMENT_SERVICES, key=len, reverse=True))

#: requests for money up front or for a login, part of :data:`SCAM_PATTERNS`: what makes an
#: impostor known only from secondary evidence ``high`` (it asks for money or credentials)
MONEY_OR_LOGIN_REQUEST_PATTERNS: tuple[str, ...] = (
    # money asked in advance: a deposit, a booking fee or a bank transfer next to an amount
    # ("hold your place: 200k by transfer"): the fake booking desk and the fake shop.
    # English, Vietnamese, Indonesian and Malay, Spanish, Portuguese, French, Italian, German,
    # Dutch, Polish, Turkish, Czech, Swedish, Norwegian, Danish, Finnish, Hungarian, Romanian,
    # Filipino (folded)
    rf"\b({ADVANCE_PAYMENT_WORDS})\b[^.!?]{{0,25}}{MONEY_AMOUNT}",
    rf"{MONEY_AMOUNT}[^.!?]{{0,25}}\b({ADVANCE_PAYMENT_WORDS})\b",
    # a sum sent to a payment app or a cash-transfer desk by its own name ("separa con 300 mil
    # por Daviplata", "500 TL Papara'ya", "send Ksh 2,000 via M-Pesa"): a name no language
    # translates, so every language at once; the sum may be said in thousands ("300 mil",
    # "5 bin", "20 mille"). A price list naming how it takes payment names no sum beside it
    rf"(?:{MONEY_AMOUNT}|{THOUSANDS_AMOUNT})[^.!?]{{0,20}}(?<![a-z0-9])({WALLET_NAMES})(?![a-z0-9])",
    rf"(?<![a-z0-9])({WALLET_NAMES})(?![a-z0-9])[^.!?]{{0,20}}(?:{MONEY_AMOUNT}|{THOUSANDS_AMOUNT})",
    # a sum paid "to release" a loan or a prize (the advance-fee loan: "pague a TAC de R$ 250
    # para liberar", "paga $50 para liberar tu dinero", "payez 50 € pour débloquer")
    rf"\b(pague|pagar|paga|pagues|deposite|deposita|transfira|payez|payer|pay)\b[^.!?]{{0,30}}"
    rf"{MONEY_AMOUNT}[^.!?]{{0,20}}\b(para|pour|to) (liberar|desbloquear|debloquer|release|"
    r"unlock)\b",
    # Amharic: registration (ምዝገባ) or payment (ክፍያ) beside a sum in birr (ብር), folded ("br"
    # alone elsewhere is a bedroom)
    r"\b(mzgeba|kfya)\b[^.!?]{0,25}\d[\d.,]*\s?br\b",
    # an account "blocked" or "suspended" and an offer to recover it: how credential phishing
    # opens (same languages)
    r"\b(your |the )?(account|page|profile) (was |has been |is |got )?(blocked|suspended|"
    r"locked|restricted|disabled|hacked|banned|deactivated)\b",
    r"\b(recover|unlock|restore|reactivate|unblock) (your |the )?(account|page|profile)\b",
    r"\bcuenta (fue |ha sido |esta |sera )?(bloquead|suspendid|hackead|restringid|"
    r"desactivad|inhabilitad)[ao]\b|\b(recupera|desbloquea|reactiva)(r|la)? (tu |su )?cuenta\b",
    r"\bconta (foi |esta |sera )?(bloquead|suspens|hackead|restrit|desativad)[ao]\b|"
    r"\b(recupere|recuperar|desbloqueie|desbloquear) (sua |a )?conta\b",
    r"\bcompte (a ete |est |sera )?(bloque|suspendu|pirate|restreint|desactive)e?\b|"
    r"\b(recuperez|recuperer|debloquez|debloquer) (votre |ton )?compte\b",
    r"\baccount (e |e stato |sara )?(bloccato|sospeso|hackerato|disattivato)\b|"
    r"\b(recupera|sblocca) (il tuo |l')?account\b",
    r"\bkonto (wurde |ist |wird )?(gesperrt|gehackt|eingeschrankt|deaktiviert)\b|"
    r"\bkonto (wiederherstellen|entsperren|freischalten)\b",
    r"\baccount (is |werd |wordt )?(geblokkeerd|opgeschort|gehackt|gedeactiveerd)\b|"
    r"\b(herstel|deblokkeer) (je|uw) account\b",
    r"\bkonto (zostalo |jest |zostanie )?(zablokowane|zawieszone|zhakowane)\b|"
    r"\b(odzyskaj|odblokuj) (swoje )?konto\b",
    r"\bhesab\w* (askiya alin\w*|engellen\w*|kapatil\w*|hacklen\w*|bloke\w*)\b|"
    r"\bhesab\w* (kurtar|geri al)\w*\b",
    r"\bakun (anda |kamu )?(diblokir|ditangguhkan|diretas|dinonaktifkan)\b|"
    r"\b(pulihkan|buka blokir) akun\b",
    r"\btai khoan (cua ban )?(bi )?(khoa|chan|hack|vo hieu hoa)\b|"
    r"\b(mo khoa|lay lai|khoi phuc) tai khoan\b",
    r"\bkonto(t)? (har )?(blockerats|sparrats|hackats|stangts|sperret|blokeret|hacket)\b|"
    r"\b(aterstall|aterfa|gjenopprett|gendan) (ditt |din |dit )?konto\b",
    r"\bucet (byl |je )?(zablokovan|pozastaven|hacknut)\b|\b(obnov|odblokuj)\w* ucet\b",
    r"\btili (on )?(estetty|suljettu|jaadytetty|hakkeroitu)\b|\bpalauta tilisi\b",
    r"\bfiok\w* (le van tiltva|zarolva|felfuggesztve|feltortek)\b|\bfiok\w* visszaallitas\w*\b",
    r"\bcontul (tau |dvs\. )?(a fost )?(blocat|suspendat|spart|dezactivat)\b|"
    r"\b(recupereaza|deblocheaza) (contul|contul tau)\b",
    *_lx.folded_patterns("account_alert"),
)

#: what a job applicant is made to pay for, folded: training, a uniform, a medical, a visa or a
#: work permit, a police clearance, registration, an interview, in English, Spanish, Portuguese,
#: French, German, Italian, Indonesian and Malay, Swahili, Russian (folded), Turkish
JOB_COST_WORDS = (
    r"(\w+ )?training|uniforms?|medicals?|medical (exam|check|test)\w*|visa|work permit|"
    r"police clearance|background check|registration|interview|application|processing|"
    r"placement|id (badge|card)|job card|"
    r"capacitacion|curso( de induccion)?|uniformes?|examen(es)? medicos?|permiso de trabajo|"
    r"inscripcion|tramite|entrevista|"
    r"treinamento|exame (admissional|medico)|visto|inscricao|cadastro|"
    r"formation|uniforme|visite medicale|permis de travail|inscription|dossier|entretien|"
    r"schulung\w*|arbeitskleidung|gesundheitsprufung|visum|arbeitserlaubnis|anmeldung|"
    r"corso|formazione|divisa|visita medica|permesso di lavoro|iscrizione|colloquio|"
    r"pelatihan|seragam|tes kesehatan|pendaftaran|wawancara|"
    r"mafunzo|sare|usajili|"
    r"obuc\w*|obuch\w*|formu|medosmotr|vizu|registraci\w*|sobesedovan\w*|"
    r"egitim|uniforma|saglik raporu|kayit|vize|mulakat"
)
#: a sum paid for what an applicant is made to pay for ("Pay R300 for PSIRA training", "paga
#: $50 por el uniforme", "bayar Rp 500.000 untuk seragam", "lipa Sh 2,000 kwa usajili", "eğitim
#: için 300 TL ödeyin", "training ke liye Rs 500 jama karein"): the recruitment-fee scam, a job
#: offer that makes the applicant pay. Scam wording and a request for money, unless negated
#: ("you will never pay for training")
JOB_FEE_PATTERNS: tuple[str, ...] = (
    r"\b(pay|paying|send|deposit|paga|pague|pagar|consigna\w*|deposita\w*|payez|payer|zahlen|"
    r"zahle|bezahl\w*|uberweis\w*|versa|bayar|transfer|lipa|tuma|oplat\w*|zaplat\w*)\b"
    rf"[^.!?]{{0,12}}{MONEY_AMOUNT}[^.!?]{{0,6}}\b(for|towards|por|para|pelo|pela|del|de|pour|"
    r"fur|per|untuk|kwa|za)\b (the |your |a |an |la |le |el |o |a |il |die |das |den |l')?"
    rf"(\w+ )?({JOB_COST_WORDS})\b",
    rf"\b({JOB_COST_WORDS}) (icin|ucreti|ke liye)\b[^.!?]{{0,12}}{MONEY_AMOUNT}[^.!?]{{0,12}}"
    r"\b(ode\w*|yatir\w*|jama|bhar\w*|pay)\b",
)

#: a job on offer, folded: the words of the ad that recruits ("Recrutement urgent chauffeurs",
#: "vacancies 2026", "we are hiring", "se buscan", "vagas", "Stellenangebot", "вакансии",
#: "iş ilanı", "lowongan", "وظائف" as folding spells it) in English, French, Spanish,
#: Portuguese, German, Italian, Dutch, Polish, Turkish, Indonesian, Russian, Kyrgyz, Arabic
JOB_OFFER_WORDS = (
    r"\b(recruit\w*|hiring|we are hiring|vacanc\w*|job (offers?|openings?|vacancy)|jobs|"
    r"(positions?|staff|drivers?|workers?) (wanted|needed)|"
    r"recrut\w*|embauche|offres? d'emploi|postes? a pourvoir|recherchons|deviens|devenez|"
    r"become (a|an|our)|ambassad\w*|wir suchen|werde|zaposl\w*|buscamos|"
    r"vacantes?|se buscan?|empleos?|contratamos|oferta de (empleo|trabajo)|seleccion de personal|"
    # places to fill and the recruiters' own words ("Plazas de bodeguero", "puestos
    # disponibles", "reclutamiento", "vaga de emprego", "postes disponibles", "nafasi za kazi",
    # "tuyển dụng", "naukri", "trabaho")
    r"plazas? (de|disponibles?|vacantes?|abiertas?)|puestos? (de|disponibles?|vacantes?)|"
    r"reclut\w*|emprego|postes? disponibles?|nafasi za kazi|ajira|tuyen dung|viec lam|"
    r"naukri|trabaho|"
    r"(trabajo|trabaja|work|job) (desde|from) (casa|home)|"
    r"vagas?|contrata-se|contratando|estamos contratando|"
    r"stellenangebot\w*|wir stellen ein|(fahrer|mitarbeiter)\w* gesucht|"
    r"assumiamo|offerte di lavoro|cerchiamo|vacatures?|"
    r"rekrutacj\w*|oferty pracy|zatrudnimy|is ilan\w*|eleman aran\w*|"
    r"lowongan|loker|vakansi\w*|vakans\w*|nabor (sotrudnikov|personala)|trebuyutsya|"
    # Russian "работа водителем", "работа за рубежом", "работа в Дубае" (folded)
    r"rabota (voditel\w*|za rubezhom|v \w+)|"
    r"wzayf|tawzyf)\b"
)
#: pay offered, folded: a sum beside these is a wage, not a fee ("Salary 1,500 USD", "$45/hr",
#: "250 € par jour")
WAGE_WORDS = (
    r"\b(salary|salaries|wages?|pay|paid|earn\w*|income|salaire|remuneration|sueldo|salario|"
    r"salarios|remuneracao|ganhe|gehalt|lohn|verdienst|stipendio|retribuzione|salaris|"
    r"wynagrodzeni\w*|maas|gaji|upah|zarplat\w*|oklad|ayligi|ratib|rwatb)\b"
    r"|/\s?(h|hr|hour|month|day|mois|jour|mes|dia|monat|tag|ay|gun|bulan)\b"
    r"|\b(per|an|a|par|por|pro|al) (hour|heure|hora|stunde|ora|month|mois|mes|monat|day|jour|"
    r"dia|tag)\b"
)
#: what a job applicant is made to pay for, with no sum of its own needed beside a job ad
#: ("Formation obligatoire 250 €"): training, a uniform, a medical, a visa, a work permit,
#: registration, an interview, the file (:data:`JOB_COST_WORDS` and a few more)
JOB_FEE_WORDS = (JOB_COST_WORDS
                 + r"|form fee|fees?|frais|tasa|taxa|cuota|gebuhr\w*|komissi\w*|oformleni\w*"
                 r"|formacion|formacao")
#: the kit a recruit is made to buy to start ("Become an agent! Buy your starter kit SCR
#: 2,000", "Kit de démarrage 150 €", "kit de inicio", "Starterpaket"): a fee where the text
#: names the work it recruits for (:data:`JOB_KIT_ROLES`), not a club's ("Become a member:
#: starter kit 49 €")
JOB_KIT_WORDS = (r"\b(starter (kit|pack)|kit (de demarrage|de inicio|inicial|d'inscription)|"
                 r"starter-?paket|startpaket|starterset)\b")
JOB_KIT_ROLES = (r"\b(agents?|agentes?|recruit\w*|recrut\w*|reclut\w*|hiring|revendeu\w*|"
                 r"vendeu\w*|vendedor\w*|conseill\w*|berater\w*|verkaufer\w*|distribut\w*|"
                 r"resellers?|sellers?|representatives?|representant\w*)\b")
#: paid first, before the work or the interview: "249 € vorab", "49 € à régler avant
#: l'entretien", "pay upfront", "por adelantado", "قبل المقابلة" as folding spells it
JOB_ADVANCE_WORDS = (
    r"\b(vorab|im voraus|vorkasse|upfront|up front|in advance|before (the|your) interview|"
    r"avant l'entretien|d'avance|a l'avance|por adelantado|antes de la entrevista|"
    r"adiantado|antecipad[oa]|in anticipo|prima del colloquio|qbl almqablh|"
    # paid to hold the place offered: "para reservar tu plaza", "to secure your spot", "pour
    # réserver ta place", "para garantir sua vaga", "um deinen Platz zu sichern"
    r"(para|to|pour|per|um) (reservar|apartar|asegurar|garantizar|separar|garantir|"
    r"reserve|secure|hold|book|confirm|reserver|garantir|confirmer|riservare|assicurarti|"
    r"sichern|reservieren) (tu|su|sua|a|your|the|ta|votre|la|il|tuo|deinen|ihren|einen) "
    r"(plaza|lugar|cupo|puesto|vaga|place|spot|slot|seat|position|posto)|"
    r"(deinen|ihren|einen) (platz|arbeitsplatz) zu (sichern|reservieren))\b"
)
#: given, not paid: "free visa", "visa offerte", "formation gratuite", "uniforme incluido"
FREE_WORDS = (
    r"\b(free|paid by|covered|included|gratuit\w*|offert\w*|gratis|incluid[oa]s?|pago pela|"
    r"kostenlos|bezplatn\w*|ucretsiz|besplatn\w*|gratuita?)\b"
)
#: how a page warns of a scam, folded: a consumer body's alert, a news report of victims, an
#: NGO's bulletin ("Alert: fake cruise jobs", "Attention aux arnaques", "Cuidado con la estafa",
#: "Betrug", "мошенники", "dolandırıcılık", "penipuan"): a page that links a walled profile in
#: such words names it as a scam's, which no fan, namesake or company page is
SCAM_WARNING_WORDS = (
    r"\b(scams?|scammers?|scam alert|fraud\w*|fake|bogus|beware|impersonat\w*|phishing|"
    r"arnaque\w*|escroc\w*|frauduleu\w*|attention aux|faux (comptes?|recruteurs?|sites?)|"
    r"usurpation\w*|usurpateurs?|"
    r"estafa\w*|fraude\w*|estafador\w*|golpe\w*|golpistas?|cuidado con|suplant\w*|"
    r"(perfi[ls]|perfiles|cuentas?|contas?|paginas?|profili|pagine) (falsos?|falsas?|falsi|false)|"
    r"betrug\w*|betruger\w*|gefalscht\w*|vorsicht vor|truffa\w*|truffator\w*|"
    r"oplicht\w*|oszust\w*|podszyw\w*|dolandirici\w*|sahte|penipu\w*|palsu|waspada|"
    # Scandinavian, Finnish, Czech and Slovak, Hungarian, Romanian, South Slavic ('lažni',
    # 'prevara'), Bulgarian and Macedonian ('измама')
    r"svindel\w*|bedrager\w*|bedrageri\w*|bedragare\w*|huijau\w*|huijari\w*|podvod|podvodu|podvody|podvodem|podvodnik\w*|podvodn[ie]\w*|csalo\w*|csalas\w*|"
    r"inselator\w*|inselaci\w*|lazn[aeiou]|lazn(ih|im|og|om|ima)|lazhn\w*|prevar\w*|izmam\w*|"
    # Russian ('мошенники', 'лже-', 'фейк', 'фальшивый' as folding spells them), Ukrainian
    # ('шахраї'), Belarusian ('ашуканцы'), Kazakh ('алаяқтар'), Kyrgyz; Greek ('απάτη',
    # 'ψεύτικο'), Armenian ('խարդախ'), Georgian ('თაღლითი')
    r"moshennik\w*|moshennich\w*|mosennik\w*|mosennic\w*|feyk\w*|lzhe\w*|lze\w*|"
    r"fal'?s[ie]v\w*|sahrai\w*|sahrays\w*|asukanc\w*|alayaq\w*|alaiamchy\w*|"
    r"shylaakchy\w*|apati|apateon\w*|pseytik\w*|khardakh\w*|taghlit\w*|"
    # Arabic ('احتيال', 'محتال', 'مزيف', 'ينتحل', 'احذروا', with 'و' and 'ال' before them),
    # Persian ('کلاهبرداری'), Urdu and Persian ('جعلی', 'دھوکہ'), Hebrew ('הונאה', 'נוכלים',
    # 'מתחזים')
    r"w?l?htyl\w*|w?l?mhtl\w*|w?l?mzyf\w*|[ymt]?nthl\w*|hdhrw|klhbrdar\w*|klhbrdr\w*|"
    r"j'ly|dhwkh\w*|h?hvn'h|h?nvkhl\w*|h?mthzym|"
    # Hindi, Nepali, Punjabi ('धोखा', 'ठगी', 'फर्जी'), Bengali ('প্রতারণা', 'ভুয়া'), Tamil
    # ('மோசடி'), Telugu ('మోసం'), Marathi ('फसवणूक'), Kannada ('ವಂಚನೆ'), Gujarati
    # ('છેતરપિંડી'), Malayalam ('തട്ടിപ്പ്'), Sinhala ('වංචා')
    r"dhokh\w*|dhomka\w*|thgi|phrji|farzi|prtar\w*|bhuy'?a|mocti|mosm|phsvnuk|vmcne|"
    r"chetrpimdi|tttipp\w*|vmca\w*|"
    # Vietnamese ('lừa đảo', 'giả mạo'), Tagalog, Swahili ('matapeli'), Hausa ('damfara'),
    # Yoruba ('jìbìtì'), Zulu ('abakhwabanisi'), Amharic ('ማጭበርበር'), Korean ('사칭',
    # '사기꾼' as folding spells them)
    r"lua dao|gia mao|manloloko|panloloko|\w*tapeli|feki|damfara|\w*jibiti|"
    r"\w*khwabanis\w*|'?ach'?berber\w*|mach'?berber\w*|sagikkun|saching)\b"
)
#: the same warnings in scripts written without spaces between words (matched as written,
#: inside a run of text): Chinese ('诈骗', '骗子', '冒充', '假冒'), Japanese ('詐欺',
#: 'なりすまし', '偽アカウント'), Korean ('사기', '사칭'), Thai ('มิจฉาชีพ', 'หลอกลวง',
#: 'แอบอ้าง'), Lao ('ສໍ້ໂກງ'), Khmer ('បោកប្រាស់', 'ក្លែងបន្លំ'), Burmese ('လိမ်လည်')
NATIVE_SCAM_WARNING_WORDS = (
    "诈骗", "詐騙", "骗子", "騙子", "骗局", "騙局", "冒充", "假冒", "冒認", "假账号", "假帳號",
    "詐欺", "なりすまし", "成りすまし", "偽アカウント", "偽サイト", "偽物",
    "사기꾼", "사칭", "사기 주의", "사기 피해", "가짜 계정",
    "มิจฉาชีพ", "หลอกลวง", "แอบอ้าง", "ສໍ້ໂກງ", "ຫຼອກລວງ", "ຕົ້ມຕຸ໋ນ",
    "បោកប្រាស់", "ក្លែងបន្លំ", "လိမ်လည်", "အတုအယောင်",
)
#: how a company marks a link on its own page as a fake it warns of, folded: the link's text
#: "Casting X (FALSO)", "X Giveaway (fake)", "(not ours)", "(faux)". An adjective or a
#: disowning phrase, never a noun a report link also carries ("report a scam", "fraud desk")
FAKE_MARK_WORDS = (
    r"\b(fake|fakes|bogus|counterfeit|impostors?|imposters?|not ours|"
    r"faux|fausses?|pas le notre|falsos?|falsas?|falsi|fals[aeu]?|no (es|son) nuestr[ao]s?|"
    r"nao (e|sao) noss[ao]s?|non (e|sono) nostr[aoie]|"
    r"gefalscht\w*|nicht von uns|vals|valse|namaak|falszyw\w*|podrobion\w*|"
    r"sahte|palsu|gadungan|giaman|bandia|feki|gia mao|hamis|lazn[aeiou]|"
    r"lazn(ih|im|og|om|ima)|feyk\w*|poddel\w*|fal'?shiv\w*|pseytik\w*|psevt\w*|w?l?mzyf\w*|"
    r"mzwr\w*|j'ly|naqli|farzi|phrji|nakli|h?mzvyf\w*)\b"
)
#: the same as written in scripts without spaces or folded otherwise (Chinese '假冒',
#: '冒充', Japanese '偽物', Korean '가짜', Thai 'ปลอม', Khmer 'ក្លែងក្លាយ', Burmese 'အတု')
NATIVE_FAKE_MARK_WORDS = (
    "假冒", "冒充", "假的", "假帳號", "假账号", "假專頁", "假专页", "並非本公司", "并非本公司",
    "偽物", "偽アカウント", "偽サイト", "なりすまし", "가짜", "사칭", "ปลอม", "แอบอ้าง",
    "ក្លែងក្លាយ", "ក្លែងបន្លំ", "အတု", "ປອມ", "ложн", "поддельн", "фейк", "фальшив",
    "подроб", "підроб", "ψεύτικ", "מזויף", "مزيف", "مزورة", "جعلی", "नकली",
    "फर्जी", "ভুয়া", "போலி", "నకిలీ", "ನಕಲಿ", "വ്യാജ",
)
#: the sentence around a company's link that calls what it links a fake or disowns it, beyond
#: :data:`FAKE_MARK_WORDS` (read on the sentence, list item or table cell of the link, never on
#: the link's text alone): "not affiliated with us", "does not belong to us", "n'est pas à
#: nous", "no pertenece a", "bize ait değil", "не наш", "不是我们的"; folded
DISOWN_CONTEXT_WORDS = (
    r"\b(not (affiliated|associated|connected) with us|(does|do) not belong to us|not from us|"
    r"not run by us|not operated by us|n'?est pas (a|de) nous|ne sont pas (a|de) nous|"
    r"n'?appartien\w* pas|no (nos )?pertenece\w*|no (es|son) de nosotros|nao pertence\w*|"
    r"nao (e|sao) de nos|non (ci )?appartien\w*|gehort nicht zu uns|gehoren nicht zu uns|"
    r"niet van ons|nie (jest|sa) nasz\w*|bize ait degil\w*|bizimle (bir )?ilgisi (yok|yoktur)|"
    r"ne nash\w*|ne yavlyaet\w* (nashim|ofitsial\w*)|ne ofitsial\w*|bukan milik kami|"
    r"bukan akun (resmi|kami)|si yetu|hindi (amin|sa amin))\b"
)
NATIVE_DISOWN_CONTEXT_WORDS = (
    "不是我们的", "不是我們的", "非官方", "当社とは無関係", "当社のものではありません", "관계없",
    "저희 계정이 아닙니다", "ليس تابعا", "ليست تابعة", "لا يتبع", "אינו שלנו",
)
#: a request to report the account the sentence names, which disowns it on a page that warns
#: of scams (its title or heading does): "report this account", "bitte melden", "signalez ce
#: compte", "denuncia esta cuenta", "şikayet edin", "пожалуйтесь"; folded
REPORT_ACCOUNT_WORDS = (
    r"\b(report (this|these|the|it|them)( \w+)?|please report|do not (follow|contact|trust|reply|"
    r"pay)|don'?t (follow|contact|trust|reply|pay)|bitte melden|melden sie|nicht folgen|"
    r"signale[rz]\w*|ne (suivez|contactez) pas|denuncia\w*|no (sigas|siga|contactes)|"
    r"denunci[ae]\w*|segnala\w*|non seguire|meld (dit|deze)|zglos\w*|sikayet\w*|"
    r"bildir\w*|takip etmeyin|pozhalujtes\w*|pozhaluytes\w*|laporkan|jangan (ikuti|hubungi))\b"
)
#: the words of a page, heading or sentence that list other people's or businesses' accounts:
#: a festival's line-up, agents, stockists, dealers, partners, sponsors, speakers, suppliers,
#: "where to buy" (English, German, French, Spanish, Portuguese, Italian, Dutch, Polish,
#: Turkish, Indonesian, Scandinavian, Russian as folding spells it); folded. A link under
#: them names another's account, unless the account carries the brand
THIRD_PARTY_LIST_WORDS = (
    r"\b(line-? ?ups?|artists|performers|speakers|exhibitors|sponsors|sponsored by|"
    r"(travel |ticket |licensed |authori[sz]ed |independent |local |our )?(agents|agencies|"
    r"dealers?|dealerships|stockists?|retailers?|resellers?|distributors?|suppliers?|vendors|"
    r"wholesalers|"
    r"sellers|franchisees|partners|partner shops|points? of sale)|where to buy|buy from|"
    r"kunstler(innen)?|referent(en|innen)|aussteller|sponsoren|handler(netz)?|"
    r"vertriebspartner|verkaufsstellen|lieferanten|wo kaufen|bezugsquellen|"
    r"artistes|intervenants|exposants|partenaires|revendeurs|distributeurs|fournisseurs|"
    r"concessionnaires|points de vente|ou (acheter|trouver)|grossistes|grosshandler|"
    r"artistas|ponentes|expositores|patrocinadores|socios|distribuidores|proveedores|"
    r"concesionarios|agentes|revendedores|parceiros|fornecedores|palestrantes|mayoristas|"
    r"donde comprar|puntos de venta|onde comprar|pontos de venda|"
    r"artisti|relatori|espositori|rivenditori|distributori|fornitori|grossisti|"
    r"dove (acquistare|comprare)|"
    r"verkooppunten|leveranciers|verkopers|sprzedawcy|dystrybutorzy|partnerzy|"
    r"bayiler\w*|yetkili (satici|servis)\w*|sponsorlar\w*|konusmaci\w*|tedarikci\w*|"
    r"is ortak\w*|nereden al\w*|sanatci\w*|agen resmi|mitra kami|penjual resmi|mawakala|"
    r"kunstnere|forhandlere|aterforsaljare|jalleenmyyjat|dilery|dileram|distrib'yutory|"
    r"partnery|postavshchiki|spikery|artisty)\b"
)
NATIVE_THIRD_PARTY_LIST_WORDS = (
    "经销商", "經銷商", "代理商", "合作伙伴", "合作夥伴", "赞助商", "贊助商", "演出阵容",
    "販売店", "取扱店", "代理店", "出演者", "協賛", "대리점", "판매점", "협력사", "출연진",
    "وكلاء", "الوكلاء", "الموزعين", "موزعين", "شركاؤنا", "الرعاة", "ตัวแทนจำหน่าย",
)
#: the sentence around a link that claims it as the company's ("our official accounts",
#: "unsere offiziellen Kanäle", "nuestras cuentas oficiales", "resmi hesaplarımız"); folded.
#: Nearer the link than a fake word, it keeps the link a claim
OWN_CLAIM_WORDS = (
    r"\b(official|officially|offiziell\w*|oficial\w*|officiel\w*|ufficial\w*|officieel\w*|"
    r"oficjaln\w*|resmi|ofitsial'?n\w*|rasmi|our (accounts?|pages?|channels?|profiles?)|"
    r"unsere (konten|kanale|seiten|profile)|nos comptes|nuestras (cuentas|redes)|"
    r"nossas (contas|redes)|i nostri (account|canali|profili)|hesaplarimiz)\b"
)
NATIVE_OWN_CLAIM_WORDS = ("官方", "公式", "공식", "الرسمي", "الرسمية", "רשמי")
#: a fee asked up front with its sum ("Pay GH₵150 registration fee", "Test fee Rs 500"): the
#: fake recruiter's and the fake course's request for money, which weighs as a request for data
#: (:func:`matching.profile_signals.data_request`); a fee named with no sum is a price list's
FEE_REQUEST_PATTERNS: tuple[str, ...] = (
    rf"\b(pay|paying|send|deposit)\b[^.!?]{{0,12}}{MONEY_AMOUNT}[^.!?]{{0,5}}"
    r"\b(customs |parcel |account |card )?"
    r"(registration|test|exam|interview|training|uniform|medical|application|processing|form|joining|"
    r"enrol+ment|security|"
    # what a fake promotion, parcel or payout charges before it delivers ("Pay GH₵250
    # installation fee", "pay $30 release fee", "customs clearance fee")
    r"installation|activation|verification|clearance|release|unlock|withdrawal|customs|"
    r"handling|insurance|admin|administration|courier|shipping clearance) (fee|charges?)\b",
    r"\b(registration|test|exam|interview|training|uniform|medical|application|processing|form|joining|"
    rf"enrol+ment|security) (fee|charges?)\b[^.!?]{{0,15}}{MONEY_AMOUNT}",
    # money to invest, with its sum ("Invest in <brand> shares from 250 €"): the investment
    # scam's first transfer (a walled page's search result only, where a broker is no one's)
    # (invest*: investieren, investir, investasi, and Cyrillic investirayte, investuyte)
    r"\b(invest\w*|invertir|invierta|inviertan|yatirim\w*|zainwestuj\w*|dau tu|vlozh\w*)\b"
    rf"[^.!?]{{0,40}}{MONEY_AMOUNT}",
    *JOB_FEE_PATTERNS,
)

#: a return or a profit, folded (Arabic and Persian as folding spells them: عائد 'i'd, عوائد
#: 'wi'd, ربح/أرباح rbh, سود swd; Cyrillic: dohod, pribyl, dokhid), for :data:`SCAM_PATTERNS`
_RETURN_WORDS = (
    r"\b(returns?|profits?|yields?|earnings|gains|roi|retornos?|rendimientos?|rentabilidad|"
    r"ganancias?|rendimentos?|lucros?|rentabilidade|rendements?|benefices?|gains?|rendite|"
    r"gewinne?|ertrage?|winst|rendement|getiri|kazanc|kar|zysk\w*|zwrot\w*|keuntungan|untung|"
    r"imbal hasil|vynos\w*|zisk\w*|dohod\w*|pribyl\w*|dokhid\w*|prinos\w*|loi nhuan|labh|"
    r"randament\w*|"
    r"munafa|swd|\w*'i'd|\w*'wi'd|\w*rbh)\b"
)
#: per day, week or month, folded, in the same languages
_PERIOD_WORDS = (
    r"\b(daily|weekly|monthly|(a|per|every) (day|week|month)|mensual\w*|diari[oa]s?|"
    r"semanal\w*|(al|por|ao|cada) (mes|dia|semana)|mensal\w*|par (jour|semaine|mois)|"
    r"mensuel\w*|quotidien\w*|hebdomadaire\w*|al (giorno|mese)|mensil\w*|giornalier\w*|"
    r"settimanal\w*|taglich\w*|wochentlich\w*|monatlich\w*|pro (tag|woche|monat)|"
    r"dagelijks\w*|wekelijks\w*|maandelijks\w*|per (dag|week|maand)|gunluk|haftalik|aylik|"
    r"dziennie|tygodniowo|miesiecznie|harian|mingguan|bulanan|per (hari|minggu|bulan)|denne|"
    r"tydne|mesicne|v den'?|v mesyat?c|pe luna|lunar|mesechno|rozana|"
    r"ezh?ednevn\w*|ezh?emesyac?h?n\w*|shhry\w*|ywmy\w*|"
    r"'sbw'y\w*|mhnh|mahanh|rwznh|moi (ngay|thang|tuan)|(hr|har) (mhine|mahine|din))\b"
)
#: investors, folded: English, Spanish, Portuguese, French, German, Italian, Dutch, Polish,
#: Turkish, Indonesian, Russian and Ukrainian (инвесторы, інвестори)
_INVESTOR_WORDS = (
    r"\b(investors?|inversor(es)?|inversionistas?|investidor(es)?|investisseurs?|investoren|"
    r"investori|inwestor\w*|yatirimci\w*|investory|investoriv|investoram|para investor|"
    # investing itself: invest, investment, invierte, invertí, inversión, investiții,
    # инвестиции, yatırım (a lender's rate names a loan, never an investment)
    r"invest|investments?|investe\w*|investi\w*|inviert\w*|invert[ia]\w*|inversion\w*|"
    r"investici\w*|investitsi\w*|yatirim\w*|inwestycj\w*)\b"
    # not a loan's rate ("investment loans at 1.5% a month")
    r"(?![^.!?]*\b(loans?|lending|credit\w*|prestamos?|kredit\w*|kredyt\w*|zaem\w*|"
    r"pozyczk\w*|emprestimos?)\b)"
)
#: a rate, the sign before or after the figure ("30%", "%30"), or a rate per month written
#: with a slash ("30%/lună", "5%/month", "8%/mes")
_RATE = (r"(\d+([.,]\d+)? ?%(\s?/\s?(luna|month|mo|mes|mois|monat|ay|mesyac|den|day|dia|"
         r"jour|tag|gun|week|semana))?|%\s?\d+)")
#: guaranteed, folded: English, the Romance and Germanic languages, Turkish (garantili,
#: garantisi), the Slavic languages (gwarantowany, garantovaný, гарантированный, zajamčen),
#: Dutch, Indonesian (dijamin), Vietnamese (đảm bảo), Greek (εγγυημένος), Arabic (مضمون),
#: Persian (تضمینی), Hebrew (מובטח)
_GUARANTEED_WORDS = (
    r"\b(guarantee[ds]?|garant\w*|zagarant\w*|gegarandeerd\w*|gwarantowan\w*|dijamin|"
    r"zajamcen\w*|dam bao|eggyim\w*|mdmwn\w*|tdmyn\w*|mvv?th\w*)\b"
)
#: what an investment scam promises to pay: a return (:data:`_RETURN_WORDS`, with Greek
#: απόδοση and κέρδη, Hebrew תשואה and Arabic عائد on its own) or its buying back what it
#: sold (buy-back, Rückkauf, recompra, rachat, riacquisto, geri alım, выкуп, terugkoop, odkup,
#: επαναγορά)
_PAYOUT_WORDS = (
    r"(" + _RETURN_WORDS + r"|(?<![\w'])'w?i'd\b|\b(apodos\w*|kerd\w*|tsv'h|income|"
    r"buy-?backs?|buy back|repurchase|ruckkauf\w*|recompra|rachat|riacquisto|geri alim\w*|"
    r"vykup\w*|terugkoop|odkup\w*|epanagor\w*)\b)"
)
#: a year, folded: p.a., per annum, yearly, jährlich, anual, par an, annuo, per jaar, rocznie,
#: yıllık, годовых, в год, річних, ετησίως, سنوي, سالانه, tahunan, hằng năm, saalana
_YEAR_WORDS = (
    r"(\bp\.\s?a\b\.?|\b(per annum|(a|per|every) year|yearly|annual(ly)?|jahrlich\w*|"
    r"pro jahr|im jahr|anual(es|mente)?|(al|por|ao|cada) ano|par an|annuel\w*|all'anno|"
    r"annu[oi]|per jaar|jaarlijks\w*|rocznie|w skali roku|yillik|senelik|godovyh|v god|"
    r"godishn\w*|richnyh|richn\w*|etisi\w*|snwy\w*|slnh|tahunan|per tahun|hang nam|"
    r"moi nam|saalana|salana)\b)"
)
#: a return promised in advance, the investment scam's offer in every language it speaks:
#: guaranteed before or after the return or the buy-back, a few words apart ("guaranteed
#: monthly returns", "buy-back guaranteed", "garantili aylık getiri", "rendimientos mensuales
#: garantizados", "гарантированный ежемесячный доход", "εγγυημένες αποδόσεις", "عوائد
#: مضمونة"), in one word ("Rückkaufgarantie", "Renditegarantie"), or a yearly return with its
#: rate ("12% p.a. returns", "yıllık %20 getiri", "доходность 20% годовых", "عائد سنوي 20%"),
#: as :data:`SCAM_PATTERNS` reads the returns promised per day, week or month. Not said as a
#: warning ("returns are not guaranteed", "past returns are no guarantee"): the reader
#: (:func:`matching.signals.scam_wording`) skips a negated one
RETURN_PROMISE_PATTERNS: tuple[str, ...] = (
    # returns promised in advance: the investment scam ("18% a year, guaranteed")
    r"\b(guaranteed|fixed) (returns?|profits?|income|interest|yield)\b",
    r"\b(returns?|profits?),? guaranteed\b",
    r"\b\d+ ?% (daily|weekly|monthly|a day|a week|per day|per week) (returns?|profits?)\b",
    # a return promised per day, week or month, with its rate, in any order ("بعائد شهري 30%",
    # "aylık %30 getiri", "rendimiento del 30% mensual", "dohod 5% v den'", "keuntungan 10%
    # per bulan", "30% labh hr mhine"): the investment scam's offer in every language it
    # speaks. Returns and profits only: a lender's interest rate per month is its price
    *(rf"{a}[^.!?]{{0,15}}{b}[^.!?]{{0,15}}{c}" for a, b, c in itertools.permutations(
        (_RETURN_WORDS, _PERIOD_WORDS, _RATE))),
    # a rate per day, week or month paid to its "investors" ("HiveShare investors: 18% a
    # month", "inversionistas: 10% mensual", "yatırımcılara aylık %15"): the return said by
    # whom it goes to. A lender's rate names borrowers, never investors
    *(rf"{a}[^.!?]{{0,15}}{b}[^.!?]{{0,15}}{c}" for a, b, c in itertools.permutations(
        (_INVESTOR_WORDS, _PERIOD_WORDS, _RATE))),
    # the investment named first, its monthly rate later in the sentence ("Инвестиции в
    # золото с ювелирным домом ... 12% в месяц", "Invertí en ganado ... 8% mensual")
    rf"{_INVESTOR_WORDS}[^.!?]{{0,60}}{_RATE}[^.!?]{{0,15}}{_PERIOD_WORDS}",
    r"\b(retorno|rendimento|lucro|rentabilidade)s? garantid[oa]s?\b",
    r"\b(rentabilidad|ganancias?|retorno|rendimiento)e?s? garantizad[oa]s?\b",
    r"\b(rendement|profit|revenu)s? garanti(e|s)?\b",
    r"\b(rendimento|guadagno|profitto)i? garantit[oi]\b",
    r"\bgarantiert\w* (rendite|gewinn\w*|ertrag|zinsen)\b",
    r"\bgegarandeerd\w* (rendement|winst)\b",
    r"\bgarantili (getiri|kazanc|kar)\b",
    r"\bgwarantowan\w* (zysk|zwrot)\w*\b",
    r"\b(keuntungan|profit) (pasti|dijamin)\b",
    r"\bgarantovan\w* (vynos|zisk)\w*\b",
    # Bulgarian, Russian, Ukrainian, Serbian, Macedonian (folded from Cyrillic)
    r"\b(garant\w*|zagarant\w*|zajamcen\w*) (pecalb|pechalb|dohod|dokhod|pribyl|pributok|"
    r"dobivk|dobit|zarad|prinos)\w*\b",
    _GUARANTEED_WORDS + r" ([^\s.!?|]+ ){0,2}" + _PAYOUT_WORDS,
    _PAYOUT_WORDS + r",? ([^\s.!?|]+ ){0,3}" + _GUARANTEED_WORDS,
    r"\b(ruckkauf|rendite|gewinn|ertrags?|zins|rendements?|renda|rendimento)garanti\w*\b",
    *(rf"{a}[^.!?]{{0,15}}{b}[^.!?]{{0,15}}{c}" for a, b, c in itertools.permutations(
        (r"(?:" + _RETURN_WORDS + r"|(?<![\w'])'w?i'd\b|\b(apodos\w*|tsv'h)\b)", _YEAR_WORDS,
         _RATE))),
)

#: words of the scam vocabulary that are also given names: "Iban" is a Basque and Catalan
#: first name ("Iban Zubia", a race director's own page), the bank account number a scam asks
#: for (IBAN) otherwise. Written as a name (capitalised, a capitalised surname after it) or
#: inside an @handle, such a word asks for nothing.
SCAM_WORDS_THAT_ARE_NAMES: tuple[str, ...] = ("iban",)

#: scam vocabulary: lures, payment, credential and personal-data requests, off-platform
#: contact. Matched on folded text.
#: crypto, by its tickers and its name as the scripts write it, folded (:func:`fold_text`
#: transliterates: биткоин/बिटकॉइन -> bitkoin, بيتكوين -> bytkwyn, 比特币 -> bitebi, ビットコイン
#: -> bittokoin, 비트코인 -> biteukoin, บิทคอยน์ -> bithkhoyn, كريبتو -> krybtw, 加密货币 ->
#: jiamihuobi, 암호화폐 -> amhohwapye, คริปโต -> khripot, קריפטו -> kryftv)
_CRYPTO = (
    r"(?:btc|eth|usdt|usdc|bnb|doge|xrp|trx|bitcoin\w*|bitkoin\w*|bitkoyn\w*|bitkojn\w*|"
    r"btkwyn|bytkwyn|byt kwyn|mpitkoin|bitebi\w*|bittokoin\w*|biteukoin\w*|bithkhoyn|crypto\w*|"
    r"cripto\w*|kripto\w*|krypto\w*|krybtw|kryptw|kuriputo|jiamihuobi\w*|amhohwapye|khripot|"
    r"kryftv|vytkvyn|bytkvyn|ethereum|tether)"
)
#: "double", "twice" and "x2" as the scripts write them, folded: вдвое/вдвічі/двојно/дупло/
#: двоструко, iki katı, ikki baravar, екі есе, gấp đôi, mara mbili/maradufu, ninki biyu,
#: διπλάσια, 翻倍/双倍/倍返し/2倍, 두 배, สองเท่า, दोगुना/दुगना, দ্বিগুণ, الضعف/مضاعف, دو برابر,
#: دوگنا, כפול, ডাবল/ڈبل/дабл
_DOUBLED = (
    r"(?:double[ds]?|doble|dobro|dobrado|doppi[oa]|doppelt\w*|dubbel\w*|dobbelt|podwojn\w*|"
    r"dvojn\w*|dvoyn\w*|dvoen|duplo|dupla|duplu|dublu|duplaj\w*|dvostruk\w*|dvakrat|vdvoe|"
    r"vdvici|udvo\w*|iki kat\w*|ikki baravar|eki ese|dua kali lipat|lipat dua|gap doi|"
    r"mara mbili|maradufu|ninki biyu|kaksinkertai\w*|diplasi\w*|fanbei\w*|shuangbei\w*|"
    r"beifanshi\w*|"
    r"2bei\w*|du bae\w*|songetha|doguna|dogune|dugna|dbigun|ld'f|md'f\w*|d'f|dw brbr|dwgn|dgn|"
    r"khfvl|dabl|dbl|[x×] ?[2-9]|[2-9] ?[x×])"
)
#: the same in the scripts written without spaces (Chinese, Japanese, Thai), folded into one
#: word: "ビットコインを送ると2倍にして返します" -> bittokoinosongruto2beinishi...
_GLUED_DOUBLED = r"(?:2bei|fanbei|shuangbei|beifanshi|songetha|sxngthea)"
CRYPTO_DOUBLING_PATTERNS: tuple[str, ...] = (
    rf"\b{_CRYPTO}\w*?[^.!?\n]{{0,60}}?{_GLUED_DOUBLED}",
    rf"\b{_CRYPTO}\b[^.!?\n]{{0,60}}?(?<![\w']){_DOUBLED}(?![\w'])",
    # the other way round ("удвоим ваши BTC", "双倍返还 USDT"), but not the plain Western word
    # before it ("double espresso and a bitcoin ATM")
    rf"(?<![\w'])(?!(?:double|doble|dobro|doppio|doppia|duplo|dupla|dublu|duplu)\b){_DOUBLED}"
    rf"(?![\w'])[^.!?\n]{{0,60}}?\b{_CRYPTO}\b",
    # two sums of a coin in one sentence, the second larger or not ("pošljite 0,01 BTC in
    # prejmite 0,1 BTC nazaj", "ส่ง 0.1 BTC รับ 0.2 BTC"): the amount sent and the amount
    # promised back, in any language, with no word for "double"
    r"(?<![\w.,])\d[\d.,]*\s?(?:btc|eth|usdt|bnb|trx|sol|xrp|doge)\b[^.!?\n\d]{1,40}?"
    r"(?<![\w.,])\d[\d.,]*\s?(?:btc|eth|usdt|bnb|trx|sol|xrp|doge)\b",
)

#: a small fee to release a parcel, to register for a job, to unblock an account, by its
#: name (folded): scam wording (part of :data:`SCAM_PATTERNS`), unless said as a warning ("we
#: never charge a registration fee", "nous ne demandons jamais de frais de dossier")
FEE_WORDING_PATTERNS: tuple[str, ...] = (
    r"\b(registration|training|release|customs|delivery|unlock(ing)?|insurance|processing|"
    r"activation|approval) fee\b",
    r"\bfee to (release|unlock|receive|activate)\b",
    r"\bpay (a|the) (small )?(fee|surcharge|shipping fee)\b",
    r"\b(gumruk ucreti|kayit ucreti|teslimat ucreti)\b",
    r"\b(zollgebuhr\w*|nachzahlung|bearbeitungsgebuhr|anmeldegebuhr)\b",
    r"\b(tasa de (aduana|registro|envio)|pagar (la|una) tasa)\b",
    r"\b(frais de (dossier|douane|livraison|deblocage)|payer les frais)\b",
    r"\b(spese di (sdoganamento|spedizione)|tassa di (iscrizione|sblocco))\b",
    r"\b(taxa de (entrega|alfandega|inscricao|liberacao|cadastro|adesao|desbloqueio|ativacao|"
    r"saque|envio))\b",
    r"\b(cuota de (inscripcion|registro|activacion)|tarifa de (registro|desbloqueo|envio))\b",
    r"\b(quota di (iscrizione|registrazione)|commissione di (sblocco|attivazione))\b",
    r"\b(registratiekosten|activatiekosten|administratiekosten)\b",
    r"\b(verzendkosten betalen|inklaringskosten|inschrijfkosten)\b",
    r"\b(doplat\w*|oplac\w*|oplata (rejestracyjna|za|manipulacyjna)\w*)\b",
    r"\b(biaya (pendaftaran|pelatihan|admin\w*|pengiriman|verifikasi)|kirim ktp)\b",
)


SCAM_PATTERNS: tuple[str, ...] = (
    # the lexicon's lures first: a regular expression's alternation takes the first branch
    # that matches at a place, and "kazan\w*" (a soft word) would hide "kazananlar listesi"
    *_lx.folded_patterns("scam"),
    # a return promised, before the soft words that would hide it ("gewinn garantiert",
    # "kazanç garantili")
    *RETURN_PROMISE_PATTERNS,
    # crypto sent to be paid back doubled, in one sentence, either way round (the hijacked
    # account's giveaway): before "bitcoin" and "crypto", which would hide it
    *CRYPTO_DOUBLING_PATTERNS,
    r"\bdm (us|me)\b",
    r"\bdm'?(den|den yaz|e)\b",
    *DM_INVITE_PATTERNS,
    r"\bgiveaway\b",
    r"\bcrypto\b",
    r"\bbitcoin\b",
    r"\bwallet\b",
    r"\bfree\b",
    r"\bwin\b",
    r"\bwinners?\b",
    r"\bclaim\b",
    r"\border (number|no|#)\b",
    r"\brefund\b",
    r"\bverify your\b",
    r"\bsend (us )?your\b",
    r"\bgift ?card\b",
    r"\bprize\b",
    r"\bairdrop\b",
    # a messenger's name is a contact channel, no scam word ("bookings by WhatsApp"): only a
    # request or a lure through it is ("message us on WhatsApp", "apply via Telegram"), or a
    # link straight into a chat with a number (wa.me, t.me), which profiles posing as a help
    # desk paste
    r"\bwa\.me\b",
    r"\bt\.me\b",
    r"\b(order|buy|pay|book) (by|via|through|over|on|in) (dm|whats ?app|telegram)\b",
    r"\b(message|text|write to|contact|chat with|reach|ping) (us|me|our agent|an agent|"
    # the fake recruiter's contact: its "HR", "recruiter", "hiring manager" on a messenger
    r"(our |the )?(hr|recruiters?|hiring (manager|team)|hr (manager|team|department))) "
    r"(on|via|at|through|over|in) (whats ?app|telegram)\b",
    r"\b(apply|register|sign up|invest|deposit|withdraw|claim) (via|on|through|at|in|over) "
    r"(whats ?app|telegram)\b",
    r"\b(vip|signals?|trading|investment|investors?) (group|channel|chat) (on|in) "
    r"(whats ?app|telegram)\b",
    r"\bdm (to|for) (order|buy|claim|win)\b",
    *DATA_REQUEST_PATTERNS,
    *JOB_FEE_PATTERNS,
    r"\bcontact (our )?support\b",
    r"\b24/7 (support|help)\b",
    r"\bcustomer (support|service) (line|team)\b",
    # Turkish
    r"\bcekilis\w*\b",
    r"\bkazan\w*\b",
    r"\bdestek hatti\b",
    r"\bhediye\w*\b",
    r"\bodul\w*\b",
    r"\bucretsiz\b",
    r"\bbedava\b",
    r"\biade\b",
    r"\bsiparis numara\w*\b",
    # German
    r"\bgewinnspiel\w*\b",
    r"\bgewinn(en|e|t)?\b",
    r"\bgratis\b",
    r"\bkostenlos\w*\b",
    r"\brueckerstattung\b|\bruckerstattung\b",
    r"\bkundendienst\b",
    r"\bbestellnummer\b",
    r"\bverifizieren\b",
    r"\bschreib(en sie)? uns (eine )?dm\b",
    r"\btan\b",  # the rest of the German card and login words are data requests
    # Spanish
    r"\bsorteo\w*\b",
    r"\bgana(r|dor|dores)?\b",
    r"\bpremio\w*\b",
    r"\breembolso\b",
    r"\bsoporte\b",
    r"\bnumero de pedido\b",
    r"\bverifica tu\b",
    r"\benvianos\b",
    r"\bescribenos (por|al|a) (dm|md|privado|whatsapp)\b",
    # French, Italian, Portuguese, Dutch
    r"\bconcours\b", r"\bgagne(z|r)?\b", r"\bgratuit\w*\b", r"\bcadeaux?\b",
    r"\bremboursement\b", r"\b(ecrivez|envoyez)[- ]nous\b",
    r"\bconcorso\b", r"\bvinci\b", r"\bomaggio\b", r"\brimborso\b",
    r"\bsorteio\b", r"\bganhe\b", r"\bbrinde\b",
    r"\bwinactie\b", r"\bterugbetaling\b",
    # a small fee to release a parcel, to register for a job, to unblock an account
    *FEE_WORDING_PATTERNS,
    r"\b(verifikasi akun|saldo diblokir|akun diblokir)\b",
    # job offers answered in a messenger: the fake recruiter
    r"\b(apply|applications?|interview|candidate-se|candidatura|bewerb\w*|postula\w*|"
    r"solliciteer|aplikuj|lamar|mag-apply) (now )?(via|through|on|in|by|pelo|pela|por|per|uber|"
    r"op|przez|melalui|sa) (telegram|whatsapp|dm)\b",
    # crypto presales and "send and receive x3"
    r"\b(usdt|presale|pre-sale|trc20|erc20|seed phrase|frase semilla|phrase secrete)\b",
    r"\b(receive|ricevi|recibe|erhalte|recevez|receba|otrzymasz|terima) x ?[2-9]\b",
    # Polish, Indonesian and Malay, Czech, Swedish, Romanian, Vietnamese lures
    r"\b(wygraj|wygrywasz|nagrod\w*|za darmo|darmow\w*|zwrot pieniedzy)\b",
    r"\b(hadiah|menang\w*|undian|klaim|gratis ongkir|transfer ke rekening)\b",
    r"\b(vyhr(a|aj|ajte)|soutez\w*|zdarma)\b",
    r"\b(tavling|vinn|vinnare)\b",
    r"\b(castiga|concurs|gratuit)\b",
    r"\b(trung thuong|mien phi|qua tang|nhan thuong)\b",
    # Latvian, Lithuanian, Estonian lures (folded)
    r"\b(bezmaksas|laime(t|jis|jusi)?|balv(a|as|u)|davan(a|as|u)|konkurs(s|a)|izloz\w*|"
    r"nemokam\w*|laimek\w*|priz(as|a|u)|dovan(a|os|u)|loterij\w*|tasuta|voida|voitja\w*|"
    r"auhin(d|na)|kingitus\w*|loosimi\w*)\b",
    # clearance at a fraction of the price: the lure of fake outlets
    r"-\s?[5-9]\d\s?%",
    r"\b[5-9]\d\s?% (off|rabatt|indirim|de descuento|de remise|di sconto|de desconto|korting)\b",
    r"\b(liquidation totale|total liquidation|alles muss raus|liquidacion total|"
    r"svendita totale|liquidacao total|totale uitverkoop)\b",
    # Nordic, Finnish, Hungarian, Romanian lures; Latin American Spanish and Portuguese
    r"\b(konkurranse|konkurrence|gevinst\w*|vind (en|et|nu|gavekort))\b",
    r"\b(arvonta\w*|voittaja\w*|palkinto\w*|ilmai(nen|seksi|set))\b",
    r"\b(nyeremeny\w*|nyerj\w*|sorsolas\w*|ingyen\w*|ajandek\w*)\b",
    # Serbian, Croatian, Bosnian, Slovene, Slovak, Persian-Latin and Yoruba lures
    r"\b(osvoj(ite|i)?|nagradn\w*|besplatn\w*|poklon\w*|brezplac\w*|zadarmo|"
    r"vyhrajte|jayeze|ofe|ebun)\b",
    # recovery services: "we recover your lost crypto" (a second scam on the first's victims)
    r"\b(recover|recovery of|get back) (your )?(lost |stolen |scammed )?(funds|crypto|bitcoin|"
    r"money|usdt|investment)\b|\bfunds? recovery\b",
    r"\b(recuperamos|recuperar|recuperacao de|recupere) (tu |su |seu |o |os |sus )?"
    r"(dinero|fondos|cripto\w*|dinheiro|fundos)\b",
    r"\b(odzyskaj\w*|wiederherstell\w*|recuperer|recuperez|khoi phuc|pulihkan|kurtar\w*)"
    r"\b[^.!?]{0,20}\b(srodki|geld|fonds|tien|dana|para|kripto|crypto)\b",
    # fake apps: a package to install outside the app stores
    r"\b(apk|\.apk|sideload\w*|download (the |our )?(new |latest )?app (here|from|at|via))\b",
    r"\b(descarga|baixe|telecharge[rz]|scarica|unduh|tai) (la |o |l'|)?(app|aplicacion|"
    r"aplicativo|application|aplikasi|ung dung) (aqui|aqui:|ici|qui|disini|tai day)\b",
    # task and "easy money" job offers
    # (earn: also Lithuanian, Latvian, Estonian, Russian and Ukrainian, Czech and Slovak,
    # Serbo-Croatian, Romanian, Hungarian, Azerbaijani, Filipino, Hinglish; a day: the same)
    r"\b(earn|make|gana|ganhe|verdiene|gagnez|guadagna|zarabiaj|dapatkan|kiem|kazan|qazan\w*|"
    r"uzdirb\w*|nopelni\w*|pelni|teeni\w*|zarabat\w*|zarobl\w*|zarob|zarobit\w*|vydel\w*|"
    r"zaradi\w*|castiga\w*|keress|kumita|kamao|kamaye)\b"
    r"[^.!?]{0,15}\b\d[\d.,]*\s?(\$|usd|eur|€|rp|php|vnd|inr|rs|tl|zl|ron|rsd|huf)?"
    r"[^.!?]{0,6}\b(a day|per day|daily|al dia|por dia|pro tag|par jour|al giorno|dziennie|"
    r"per hari|moi ngay|gunluk|gunde|pe zi|zilnic|naponta|dnevno|na dan|per diena|dienai|diena|"
    r"paevas|v den|na den|za den|denne|kada araw|bawat araw|har din|roz)\b",
    r"\b(like and earn|paid to like|task jobs?|tugas harian|viec nhe luong cao|"
    r"rad od kuce|otthoni munka|kerja dari rumah|trabajo desde casa|renda extra|"
    r"trabalho em casa|travail a domicile|dirbk is namu|darbas is namu|darbs no majam|"
    r"strada no majam|toota kodust|rabota na domu|evden calis\w*)\b",
    # refunds in more languages
    r"\b(hoan tien|vratenie penazi|povrat novca|bayaran balik|visszaterites\w*|"
    r"rambursare|atgavimas|terugbetaling)\b",
    # urgency: "expires today", "last chance", in several languages
    r"\b(expires? today|last chance|only today|ends tonight|expira hoy|ultima oportunidad|"
    r"expira hoje|ultima chance|lauft heute ab|letzte chance|expire aujourd'hui|"
    r"derniere chance|scade oggi|ultima occasione|utloper i dag|gar ut idag|vanhenee tanaan|"
    r"istice danas|istjece danas|poslednja sansa|wygasa dzisiaj|ostatnia szansa|"
    r"het hom nay|berakhir hari ini|kesempatan terakhir|bugun sona eriyor|son sans)\b",
    r"\b(premi(u|ul|i|ile)|tombola)\b",
    # refunds promised to whoever writes in (the fake help desk's lure)
    r"\b(rambursar\w*|banii (inapoi|returnati)|despagubir\w*|hyvity\w*|visszaterit\w*|"
    r"refusjon|aterbetalning|tilbagebetaling|hoan tien|estorno|devolucion de (tu|su) dinero)\b",
    r"\b(ganaste|ganadora?|reclama tu (premio|regalo)|regalamos)\b",
    r"\b(ganhou|premiad[oa]s?|resgate (seu|o) (premio|brinde))\b",
    *MONEY_OR_LOGIN_REQUEST_PATTERNS,
    *_lx.folded_patterns("soft_scam"),
)

#: a giveaway or a draw by its name ("giveaway", "sorteo", "çekiliş", "Gewinnspiel",
#: "concours", "concorso", "tombola", "undian"), which brands run themselves as often as scams
#: copy them: soft scam words (the lexicon's "concurso", "winactie", "konkurs", "arvonta" are
#: soft already), but a lure in the name of a page named as someone else (folded, whole hits)
GIVEAWAY_WORDS: tuple[str, ...] = (
    r"giveaways?", r"sorteos?", r"cekilis\w*", r"gewinnspiel\w*", r"concours", r"concorso",
    r"tombola", r"undian",
)

#: single lure words of languages written only in Latin letters (Turkish, German, Spanish,
#: French, Italian, Portuguese, Dutch, English), whole hits: they count where they are written in
#: Latin letters (a scam may write them so on purpose, inside any other text), never as folding
#: transliterates a word of another script into them (Russian "Казань", the city, folds to the
#: Turkish "kazan", win; "Гратис" to "gratis")
LATIN_SCRIPT_LURE_WORDS: tuple[str, ...] = (
    r"cekilis\w*", r"kazan\w*", r"hediye\w*", r"odul\w*", r"ucretsiz", r"bedava", r"iade",
    r"gewinnspiel\w*", r"gewinn(en|e|t)?", r"gratis", r"kostenlos\w*", r"tan",
    r"sorteo\w*", r"gana(r|dor|dores)?", r"premio\w*", r"reembolso", r"soporte",
    r"concours", r"gagne(z|r)?", r"gratuit\w*", r"cadeaux?", r"concorso", r"vinci",
    r"omaggio", r"rimborso", r"sorteio", r"ganhe", r"brinde", r"winactie",
    r"giveaway", r"free", r"win", r"winners?", r"claim", r"prize", r"refund", r"airdrop",
)

#: scam-vocabulary hits an honest company channel also uses ("free shipping", "DM us with
#: questions", "Kundendienst"): scam wording next to a brand that is not the company's, but no
#: reason to doubt an account that otherwise proves to be the company's own
SOFT_SCAM_WORDS: tuple[str, ...] = (
    r"dm (us|me)", r"dm'?(den|den yaz|e)",
    *(p.replace(r"\b", "") for p in DM_INVITE_PATTERNS),
    r"whats ?app", r"free", r"win", r"winners?",
    r"telegram", r"wa\.me", r"t\.me", r"contact (our )?support", r"24/7 (support|help)",
    r"customer (support|service) (line|team)", r"destek hatti", r"ucretsiz", r"bedava",
    r"kazan\w*", r"hediye\w*", r"odul\w*", r"kundendienst", r"gratis", r"kostenlos\w*",
    r"gewinn(en|e|t)?", r"soporte", r"gana(r|dor|dores)?", r"premio\w*",
    r"gagne(z|r)?", r"gratuit\w*", r"cadeaux?", r"(ecrivez|envoyez)[- ]nous", r"vinci",
    r"omaggio", r"ganhe", r"brinde",
    *GIVEAWAY_WORDS,
    r"-\s?[5-9]\d\s?%",
    r"[5-9]\d\s?% (off|rabatt|indirim|de descuento|de remise|di sconto|de desconto|korting)",
    r"liquidation totale|total liquidation|alles muss raus|liquidacion total|svendita totale|"
    r"liquidacao total|totale uitverkoop",
    r"za darmo|darmow\w*|gratis ongkir|zdarma|gratuit|mien phi",
    r"ilmai(nen|seksi|set)", r"ingyen\w*", r"ajandek\w*",
    r"bezmaksas", r"nemokam\w*", r"tasuta",
    *_lx.folded_patterns("soft_scam", bounded=False),
)

#: how a small business takes orders ("book on WhatsApp", "order via DM"): scam wording on a
#: page posing as the brand, but a trade's own way of selling on a page named as someone else
#: (a tour operator, a shop sharing the brand's word). Matched on folded text, as a whole hit.
ORDER_CHANNEL_WORDS: tuple[str, ...] = (
    r"(order|buy|book) (by|via|through|over|on|in) (dm|whats ?app|telegram)",
    r"dm (to|for) (order|buy)",
)

#: how a person says an account is their own, not their employer's ("Barista at Northwind,
#: opinions my own"). Matched on folded text.
EMPLOYEE_PATTERNS: tuple[str, ...] = (
    r"\bopinions? (are )?(my|mine)( own)?\b",
    r"\bviews? (are )?(my|mine)( own)?\b",
    r"\b(my|own) (views|opinions)\b",
    r"\bpersonal (account|page|profile|views)\b",
    r"\bnot (speaking )?(for|on behalf of)\b",
    r"\btweets? (are )?(my|mine) own\b",
    r"\b(works?|working) (at|for)\b",
    r"\b(employee|barista|engineer|manager|developer|designer|intern|cashier|pilot|"
    r"nurse|chef|driver|analyst|consultant|agent|clerk|technician) (at\b|@|for\b)",
    r"\b@ ?\w+ (employee|staff|alum)\b",
    # Turkish
    r"\bgorusler(im)? (bana|sahsima) aittir\b",
    r"\bkisisel hesap\b",
    r"\b'?(de|da|te|ta) calisiyorum\b",
    # German
    r"\bmeine (eigene )?meinung\b",
    r"\bansichten sind (meine|privat)\b",
    r"\bprivater? account\b",
    r"\barbeite (bei|fur)\b",
    # Spanish
    r"\bopiniones (son )?(mias|personales)\b",
    r"\bcuenta personal\b",
    r"\btrabajo (en|para)\b",
    # French, Italian, Portuguese, Dutch
    r"\b(avis|opinions) (sont )?personnel(le)?s\b",
    r"\bn'engagent que moi\b",
    r"\bje travaille (chez|pour)\b",
    r"\b(conseill\w+|vendeu\w+|employe\w*|salarie\w*|ingenieu\w+|responsable|stagiaire|"
    r"directeu\w+|directrice|chef|manager|developpeu\w+|designer|agent|courtier|"
    r"assureu\w+|barista) (chez|@)\b",
    r"\bopinioni personali\b",
    r"\blavoro (presso|per|da)\b",
    r"\bopinioes (sao )?(minhas|pessoais)\b",
    r"\btrabalho (na|no|em|para)\b",
    r"\bmening is (mijn )?eigen\b",
    r"\bwerk(zaam)? (bij|voor)\b",
    # Polish, Indonesian and Malay, Czech, Swedish, Romanian, Vietnamese
    r"\bpracuje (w|dla|jako)\b", r"\b(prywatne konto|opinie (sa )?(moje|prywatne))\b",
    r"\b(bekerja di|pendapat pribadi|akun pribadi)\b",
    r"\b(pracuji (v|pro)|nazory jsou (moje|me)|soukromy ucet)\b",
    r"\b(jobbar (pa|hos|for)|egna asikter|privat konto)\b",
    r"\b(lucrez la|opinii(le)? personale|cont personal)\b",
    r"\b(lam viec tai|quan diem ca nhan|tai khoan ca nhan)\b",
    # more job titles in English, former staff
    r"\b(specialist|coordinator|director|officer|head of \w+|"
    r"associate|accountant|supervisor|scientist|researcher|architect|"
    r"recruiter|marketer|lawyer|mechanic|baker|teacher|pharmacist|steward|stewardess|"
    r"flight attendant|cabin crew|crew member|staff|vp|ceo|cto|cfo|coo|founder|"
    r"co-founder|cofounder|underwriter|broker|banker|teller|agronomist|sommelier|"
    r"salesperson|merchandiser|planner|strategist|copywriter|editor|journalist|"
    r"photographer|doctor|physician) (at\b|@|for\b)",
    r"\b(former|ex)[- ]\w+ (at\b|@)|\b(formerly|previously) (at\b|@)",
    # the company's leaders by their title "of" it, in English, Spanish, Portuguese, French,
    # German ("Founder & CEO of", "fundadora de", "Gründerin von", "PDG de")
    r"\b(ceo|cto|cfo|coo|founder|co-?founder|managing director|chair(man|woman|person)?) of\b",
    r"\b(fundador[a]?|cofundador[a]?|director[a]? general|gerente general) (de|da|do)\b",
    r"\b(fondat(eur|rice)|pdg|directeur general|directrice generale) (de|d')",
    r"\b(grunder(in)?|mitgrunder(in)?|geschaftsfuhrer(in)?) (von|bei)\b",
    r"\b(proud(ly)? (to work|working) (at|for))\b",
    # Spanish and Portuguese variants
    r"\bopiniones\b[^.!?]{0,30}\b(mias|propias|personales)\b",
    r"\b(trabajando|laburo|laburando|chambeo) (en|para)\b",
    r"\b(emplead[oa]|colaborador[a]?|funcionari[oa]) (de|en|da|do|na|no|em)\b",
    r"\b(trabalhando|atuo) (na|no|em|para)\b",
    r"\bopini(ao|oes)\b[^.!?]{0,30}\b(minhas?|pessoa(l|is)|propria)\b",
    r"\b(conta|perfil) pessoal\b|\bperfil personal\b",
    # German, French, Italian, Dutch variants
    r"\bmitarbeiter(in)? (bei|von|der|des)\b|\btatig (bei|fur)\b",
    r"\b(private meinung|privates profil|hier privat)\b",
    r"\b(compte|avis) perso(nnel)?\b",
    r"\b(account personale|dipendente (di|presso|da))\b",
    r"\b(persoonlijk|prive) (account|profiel)\b|\bmedewerker (bij|van)\b",
    # Danish, Norwegian, Swedish
    r"\b(arbejder|arbeider|jobber|arbetar) (hos|i|for|pa|ved|pa)\b",
    r"\begne (holdninger|meninger|synspunkter)\b|\bprivat profil\b",
    # Finnish
    r"\b(tyoskentelen|toissa)\b",
    r"\b(omat (mielipiteet|nakemykset)|mielipiteet (ovat )?omiani|"
    r"(yksityinen|henkilokohtainen) tili)\b",
    # Hungarian
    r"\bdolgozom\b|\bmunkatarsa\b",
    r"\b(sajat (velemeny|nezet)\w*|(szemelyes|magan) (fiok|oldal|profil)\w*)\b",
    # Romanian, Turkish, Vietnamese variants
    r"\b(lucrez (pentru|in|la)|angajat(a)? (la|al|a))\b|\bopiniile (sunt )?ale mele\b",
    # Serbian/Croatian/Bosnian, Slovak, Malay, Yoruba
    r"\b(radim (u|za|kao|na)|zaposlen[a]? (u|kod|na)|licni (stavovi|nalog|profil)|"
    r"privatni (nalog|profil)|stavovi su (moji|licni))\b",
    r"\b(pracujem (v|vo|pre|ako)|nazory su (moje|sukromne)|sukromny (ucet|profil))\b",
    r"\b(bekerja (di|dengan|sebagai)|pandangan peribadi|akaun peribadi)\b",
    r"\b(mo n sise (ni|fun)|mo sise ni)\b",
    r"\bcalisani(yim)?\b",
    r"\b(nhan vien (tai|cua)|y kien ca nhan)\b",
    *_lx.folded_patterns("employee"),
)

#: how a person says a repository or channel is their own project, not a company's
#: ("university project", "tugas akhir", "Privates Hobbyprojekt"). Matched on folded text.
PERSONAL_PROJECT_PATTERNS: tuple[str, ...] = (
    r"\b(personal|private|hobby|side|student|university|school|thesis|weekend) project\b",
    r"\b(not a commercial product|non-commercial|for learning purposes)\b",
    r"\b(kisisel proje|hobi projesi|bitirme projesi|okul projesi)\b",
    r"\b(privates? (hobby)?projekt|hobbyprojekt|abschlussarbeit|studienprojekt)\b",
    r"\b(proyecto (personal|universitario|de clase)|trabajo de fin de grado|tfg)\b",
    r"\b(projet (personnel|etudiant|perso)|memoire de fin d'etudes)\b",
    r"\b(progetto (personale|universitario)|tesi di laurea)\b",
    r"\b(projeto (pessoal|da faculdade)|trabalho de conclusao)\b",
    r"\b(hobbyproject|afstudeerproject|schoolproject)\b",
    r"\b(projekt (prywatny|studencki)|praca (dyplomowa|inzynierska|magisterska))\b",
    r"\b(proyek (kuliah|pribadi)|tugas akhir|bukan produk komersial)\b",
)

#: how a company describes a channel of its own ("the official news channel of", "careers at",
#: "Northwind in Germany"): with an official link and the official logo, the company's own
OWN_CHANNEL_PATTERNS: tuple[str, ...] = (
    r"\bofficial\b",
    r"\b(news|press|newsroom|updates|announcements)\b",
    r"\b(careers?|jobs|hiring|join (our|the) team|life at)\b",
    r"\b(regional|local|country|branch)\b",
    r"\b(we moved|moved to|follow (us|our) (at|on|main))\b",
    r"\bresmi\b|\bkariyer\b|\bhaberler\b",
    r"\boffiziell\w*\b|\bkarriere\b|\bneuigkeiten\b",
    r"\boficial\b|\bempleo\b|\bnoticias\b",
    r"\bofficiel(le)?\b|\bactualites\b|\brecrutement\b|\bcarrieres?\b",
    r"\bufficiale\b|\bnotizie\b|\blavora con noi\b",
    r"\bnoticias\b|\bvagas\b",
    r"\bofficieel\b|\bnieuws\b|\bvacatures\b",
    r"\bnovidades\b|\bnovinky\b|\baktuality\b|\baktualnosci\b|\bberita\b|\bhabari\b",
    # news, careers and "we moved" in more languages (Nordic, Finnish, Hungarian, Romanian,
    # Vietnamese, Spanish and Portuguese variants, German, French, Italian, Dutch)
    r"\b(nyheter|nyheder|uutiset|tiedotteet|hirek|stiri|tin tuc|comunicados?|novedades)\b",
    r"\b(rekrytointi|avoimet tyopaikat|karrier|allasajanlat\w*|cariere|locuri de munca|"
    r"tuyen dung|lediga jobb|ledige (stillinger|job)|jobb hos oss)\b",
    r"\b(trabaja con nosotros|unete a nuestro equipo|trabalhe conosco|venha trabalhar)\b",
    r"\b(nos hemos mudado|nos mudamos|mudamos para|"
    r"(siguenos|siga-nos|sigam-nos) (en|em|no|na))\b",
    r"\b(wir sind umgezogen|folgt uns (jetzt )?(auf|unter)|nous avons demenage|"
    r"suivez-nous (sur|desormais)|ci siamo spostati|seguici su|we zijn verhuisd|volg ons op)\b",
    r"\b(flyttet til|flyttat till|olemme siirtyneet|elkoltoztunk|ne-am mutat)\b",
    # Serbian, Croatian, Slovak, Malay, Persian-Latin, Yoruba: news, careers, "official"
    r"\b(vesti|vijesti|novosti|obavestenja|karijera|zaposlenje|zvanicn\w*|sluzben\w*|"
    r"novinky|aktuality|volne pozicie|oficialn\w*|berita|kerjaya|jawatan kosong|rasmi|"
    r"iroyin|osise)\b",
    *_lx.folded_patterns("own_channel"),
)


#: how a company says a channel of its own is retired ("no longer updated", "we moved to
#: @brand", "archive"): with the channel proven the company's, a reason to retire it, whatever
#: its last post's date shows
RETIRED_PATTERNS: tuple[str, ...] = (
    r"\b(no longer (updated|active|monitored|in use|maintained)|not (updated|monitored) "
    r"any ?more|inactive account|archived? account|this account is archived)\b",
    r"\b(we('ve| have)? moved\b|(moved|now) (to|at|on) @|find us (now )?(at|on) @|"
    r"follow (us|our \w+) (now )?(at|on) @)",
    r"\b(wird nicht mehr (aktualisiert|betreut|gepflegt)|nicht mehr aktiv|wir sind umgezogen)\b",
    r"\b(ya no (se actualiza|esta activa|esta activo)|cuenta inactiva|nos (hemos )?mudado|"
    r"nos mudamos)\b",
    r"\b(nao (e mais )?atualizad[oa]|nao esta mais ativ[oa]|conta inativa|mudamos para)\b",
    r"\b(n'est plus (mis a jour|actif|active|suivi)|compte inactif|nous avons demenage)\b",
    r"\b(non (e piu )?aggiornat[oa]|non piu attiv[oa]|account inattivo|ci siamo spostati)\b",
    r"\b(wordt niet meer (bijgewerkt|bijgehouden)|niet meer actief|we zijn verhuisd)\b",
    r"\b(artik guncellenmiyor|aktif degil|tasindik)\b",
    r"\b(nie jest juz (aktualizowan|aktywn)\w*|przenieslismy sie)\b",
    r"\b(nu mai este (actualizat|activ)\w*|ne-am mutat)\b",
    r"\b(ei (enaa )?paivity|ei ole enaa aktiivinen|olemme siirtyneet)\b",
    r"\b(nem frissul|mar nem aktiv|elkoltoztunk)\b",
    r"\b(oppdateres ikke lenger|uppdateras inte langre|opdateres ikke laengere|"
    r"flyttet til|flyttat till)\b",
    r"\b(khong con (cap nhat|hoat dong))\b",
    r"\b(tidak (lagi )?(aktif|diperbarui)|sudah pindah)\b",
    # a division, season, store or campaign that ended: "closed in 2022", "season ended"
    r"\b(discontinued|(closed|shut) (down|in \d{4})|season (ended|over)|ended in \d{4}|"
    r"no longer operating|(cerrad[oa]|finalizad[oa]|encerrad[oa]|chiuso|chiusa|"
    r"geschlossen|eingestellt|ferme|fermee|lopetettu|suljettu|avslutad|nedlagt|nedlagd|"
    r"zamkniet\w*|zakonczon\w*|ukoncen\w*|inchis\w*|kapandi|megszunt|ngung hoat dong|"
    r"ditutup) (en |em |in |nel |im |vuonna |i |w |v |la |a |tai |pada )?\d{4})\b",
    *_lx.folded_patterns("retired"),
)

#: how an account says of itself that it is the company's old, archived or automatic one ("old
#: info account", "automatic flight status", "stopped: follow @brand"), read on folded text:
#: English, German, French, Spanish, Portuguese, Italian, Dutch, Estonian, Icelandic, Finnish,
#: Swedish, Norwegian, Danish, Polish, Czech, Slovak, Hungarian, Romanian, Turkish, Latvian,
#: Lithuanian, Indonesian, Malay, Vietnamese, and Russian/Ukrainian as folding transliterates
#: them. Read only on a page that links nothing but the official domain and shows no scam sign:
#: there, with what a search result shows of an unreadable page, a trace of the company's own
FORMER_ACCOUNT_PATTERNS: tuple[str, ...] = (
    r"\b((old|former|previous|legacy|backup|archived?) (\w+ )?account|"
    r"automat(ed|ic)(ally)? (\w+ )?(account|feed|updates|posts|status|alerts|notifications)|"
    r"bot account)\b",
    r"\b(alte[rs]? (\w+)?(konto|account|kanal)|ehemalige[rs]? (\w+)?(konto|account|kanal)|"
    r"automatische[rs]? \w+)\b",
    r"\b(ancien compte|compte (archive|automatique)|cuenta (antigua|automatica|archivada)|"
    r"antigua cuenta|conta (antiga|automatica|arquivada)|antiga conta|vecchio account|"
    r"account (automatico|archiviato)|oud account|oude account|automatische \w+)\b",
    r"\b(vana \w*(konto|leht|kanal)|automaatne|gamall|gomul|gamla|sjalfvirk\w*|haett|"
    r"ekki lengur|vanha tili|automaattinen|gammalt konto|gammel konto|gamle konto|"
    r"automatisk\w* (konto|flode|feed|status))\b",
    r"\b(stare konto|automatyczn\w*|stary ucet|automaticky|regi fiok|automatikus|cont vechi|"
    r"eski hesap|otomatik (hesap|bildirim)|vecais konts|automatisk\w*|senoji paskyra|"
    r"akun lama|akaun lama|otomatis|tai khoan cu|tu dong)\b",
    r"\b(staryy akkaunt|staryi akaunt|staryj akkaunt|avtomaticheski\w*|avtomatychn\w*)\b",
    # the word "old" or "archive" in brackets beside the name ("Brand (old)", "Marque
    # (ancien)", "Marca (arquivo)", "Бренд (старый)" as folding transliterates it)
    r"\((old|former|previous|archived?|ancien(ne)?|archives|antiguo|antigua|anterior|archivo|"
    r"antigo|antiga|arquivo|vecchio|vecchia|archivio|alt|ehemalig|oud|oude|eski|arsiv|"
    r"stary|stara|staryy|staraya|staryi|staryj|vanha|gammal|gammel|lama)\)",
    *_lx.folded_patterns("former_account"),
)
#: the same in other scripts (Russian, Ukrainian, Greek, Japanese, Chinese, Korean, Arabic,
#: Hebrew, Thai, Hindi), read on the text as written
NATIVE_FORMER_ACCOUNT_PHRASES: tuple[str, ...] = (
    "старый аккаунт", "старий акаунт", "автоматическ", "автоматичн", "архивный", "архівний",
    "παλιός λογαριασμός", "αυτόματ", "旧アカウント", "自動投稿", "自動配信", "旧账号", "自动",
    "이전 계정", "자동", "حساب قديم", "تلقائي", "חשבון ישן", "אוטומטי", "บัญชีเก่า", "อัตโนมัติ",
    "पुराना खाता", "स्वचालित",
    *_lx.native_phrases("former_account"),
)

#: how a page sends its readers elsewhere for good ("news now at", "follow us on", "new page",
#: "moved"), read on folded text beside a pointer to a declared account of the same platform:
#: English, German, French, Spanish, Portuguese, Italian, Dutch, Estonian, Icelandic, Finnish,
#: Swedish, Norwegian, Danish, Polish, Czech, Slovak, Hungarian, Romanian, Turkish, Latvian,
#: Lithuanian, Serbian/Croatian, Indonesian, Malay, Vietnamese, Russian and Ukrainian (as
#: folding transliterates them). A help desk named "for questions" is no such word
FOLLOW_NOW_PATTERNS: tuple[str, ...] = (
    r"\b(follow|now (at|on)|from now on|new (page|account|channel|home)|moved|"
    r"folgt|folge|jetzt|neue[rs]? (seite|konto|kanal)|suivez|desormais|maintenant|"
    r"nouvel(le)? (page|compte|chaine)|siguenos|sigue(nos)?|ahora|nueva? (pagina|cuenta|canal)|"
    r"siga(-nos)?|agora|nova (pagina|conta)|novo canal|seguici|ora su|nuovo (canale|account)|"
    r"volg|nu op|nieuwe (pagina|account)|nuud|jalgi|jalgige|uus (leht|konto|kanal)|fylgid|"
    r"fylgdu|nu a|seuraa|nyt|uusi (sivu|tili|kanava)|folj|folg|nu pa|ny (sida|side|konto)|"
    r"nye (side|konto)|obserwuj|teraz|nowy profil|sledujte|nyni|novy (profil|kanal)|kovess|"
    r"kovessetek|most (a|az)|uj (oldal|csatorna)|urmariti|acum pe|noua pagina|takip|artik|"
    r"yeni (hesab|sayfa|kanal)\w*|sekojiet|tagad|jauna (lapa|konts)|sekite|dabar|pratite|"
    r"sada (na|je)|nova stranica|novi kanal|ikuti|sekarang|akaun baru|akun baru|theo doi|"
    r"trang moi|kenh moi|teper|podpisyvaytes|pidpysuytes|sledite|novyy kanal|novyi kanal)\b",
    *_lx.folded_patterns("follow_now"),
)
#: the same in other scripts, read on the text as written
NATIVE_FOLLOW_NOW_PHRASES: tuple[str, ...] = (
    "теперь", "подписывайтесь", "новый канал", "новая страница", "тепер", "підписуйтесь",
    "пратите", "нови канал", "ακολουθήστε", "τώρα", "今後", "新しい", "新アカウント", "새 채널",
    "새 계정", "이전했습니다", "关注", "新账号", "ติดตาม", "ใหม่", "تابعونا", "الآن", "עקבו",
    "עכשיו", "फॉलो करें", "अब",
    *_lx.native_phrases("follow_now"),
)

#: the word before a handle that names it as this account's former name ("formerly @x",
#: "旧 @x", "구 @x"), not where its readers should go: English, German, French, Spanish,
#: Portuguese, Italian, Dutch, Nordic, Finnish, Polish, Czech, Turkish, Russian, Ukrainian,
#: Japanese, Chinese, Korean
FORMERLY_WORDS: tuple[str, ...] = (
    "formerly", "former", "previously", "ex", "was", "ehemals", "vormals", "fruher", "früher",
    "anciennement", "ex-", "antes", "antiguo", "antigo", "anteriormente", "gia", "già",
    "voorheen", "tidligere", "tidigare", "aiemmin", "entinen", "dawniej", "drive", "dříve",
    "eski", "ранее", "бывший", "раніше", "колишній", "旧", "元", "前", "구", "이전",
)

#: how a company's own page labels a link to a channel it keeps only as an archive
#: ("Pagina Cluj (arhivă)", "Twitter (archive)"): read on the link text of the official site
ARCHIVE_LINK_PATTERNS: tuple[str, ...] = (
    r"\b(archived?|arhiva|archiv|archivo|arquivo|archivio|arkisto|arkiv|archief|arsiv|"
    r"archiwum|luu tru|arsip|arsivi|legacy|old account|former account|ehemalig\w*|antigu[oa]|"
    r"retired|inactive|discontinued|dormant|no longer (updated|active|in use|monitored)|"
    r"inaktiv\w*|inactiv[oa]|inattivo|nieaktywn\w*|neaktivn\w*)\b",
    *_lx.folded_patterns("archive_link"),
)
#: the same in other scripts
NATIVE_ARCHIVE_LINK_PHRASES: tuple[str, ...] = (
    "アーカイブ", "旧アカウント", "보관", "이전 계정", "存档", "旧账号", "архив", "архів",
    "أرشيف", "ארכיון", "αρχείο", "คลัง", "संग्रह",
    *_lx.native_phrases("archive_link"),
)

# ----------------------------------------------------------------------------- other scripts
# The same ideas in languages written in other scripts (Japanese, Korean, Chinese, Russian and
# Ukrainian, Arabic, Greek, Thai, Hindi), as a native speaker writes them. Folding would
# transliterate them into syllables that also occur inside Latin words ("fensi" in
# "offensive"), so these are matched on the text as written (NFKC, case-folded), not folded.

#: openly unofficial wording
NATIVE_FAN_PHRASES: tuple[str, ...] = (
    # "my favourite brand" (Mongolian, Russian, Ukrainian, Bulgarian, Arabic, Japanese, Korean)
    "миний хамгийн дуртай брэнд", "миний дуртай брэнд", "мой любимый бренд",
    "моя любимая марка", "мій улюблений бренд", "любимата ми марка", "براندي المفضل",
    "ماركتي المفضلة", "大好きなブランド", "최애 브랜드",
    "非公式", "ファンアカウント", "ファンページ", "公式ではありません",
    "비공식", "팬 계정", "팬페이지", "공식 계정이 아닙니다",
    "非官方", "粉丝页", "粉絲專頁", "粉丝账号", "不是官方",
    "неофициальн", "неофіційн", "незалежн", "независим", "фан-аккаунт", "фанатск", "фан-клуб",
    "пародия", "не является официальн",
    "غير رسمي", "صفحة معجبين", "حساب معجبين",
    # a satirical page, and "not the company's account" (Arabic, Gulf and Iraqi "mu" too)
    "صفحة ساخرة", "حساب ساخر", "ليس حساب الشركة", "مو حساب الشركة",
    "ανεπίσημ", "σελίδα θαυμαστών", "δεν είναι επίσημ", "ομάδα φίλων",
    "ไม่เป็นทางการ", "แฟนเพจ", "บัญชีแฟนคลับ",
    "अनौपचारिक", "फैन पेज", "आधिकारिक नहीं",
    "לא רשמי", "דף מעריצים", "קהילת מעריצים",
    "фан-сторінка", "фанатська", "не є офіційн",
    "ファンクラブ", "ファンサイト", "팬클럽", "粉丝团", "粉丝群", "粉丝后援会",
    "معجبي", "نادي المعجبين", "ليست رسمية", "ليس رسمي",
    "แฟนคลับ", "प्रशंसक", "फैन क्लब",
    # "not the company's", "not affiliated", "not sponsored", "fan activity" in more scripts
    # (a bare "unrelated to", "関係ありません", is how a namesake shop disclaims the chain too)
    "ไม่เกี่ยวข้องกับ", "ไม่ใช่ของบริษัท", "ไม่ได้รับสปอนเซอร์", "ไม่ใช่บัญชีทางการ", "กลุ่มแฟน",
    "관련 없는", "관련이 없", "팬 활동", "팬 채널", "팬카페", "팬계정",
    "협찬 없", "제휴 없", "提携していません", "個人運営",
    "ファン垢", "非公認", "公認ではありません", "粉丝自制", "非赞助", "无任何关联",
    "無任何關聯", "粉丝站", "не связан", "не аффилирован", "не спонсир", "фан-группа",
    "не пов'язан", "не пов’язан", "غير تابع", "غير مرتبط", "غیر رسمی", "غیررسمی",
    "هواداری", "هواداران", "وابسته نیست", "ارتباطی با", "δεν συνδέεται", "δεν σχετίζεται",
    "לא קשור ל", "אינו קשור", "אינה קשורה", "संबद्ध नहीं", "प्रायोजित नहीं", "फैन अकाउंट",
    "ไม่เป็นทางการ", "パロディ", "패러디", "恶搞", "пародія", "محاكاة ساخرة",
    # reviews in other scripts (Korean, Japanese, Chinese, Russian, Ukrainian, Thai)
    "리뷰 채널", "レビュー動画", "评测", "обзоры", "огляди", "รีวิว",
    # Korean "an individual channel unrelated to ...", "not the official channel"
    "무관한 개인", "무관한 팬", "공식 채널이 아닙니다", "공식 채널 아님",
    *_lx.native_phrases("fan"),
)

#: "official", as a page calls itself (a claim, not proof): read with the fan phrases first,
#: since "unofficial" contains it
NATIVE_POSE_PHRASES: tuple[str, ...] = (
    "公式", "공식", "官方", "официальн", "офіційн", "رسمي", "επίσημ", "ทางการ", "आधिकारिक",
    "רשמי",
    *_lx.native_phrases("official"),
)

#: lures: giveaways, prizes, "free", "DM us", refunds
NATIVE_SCAM_PHRASES: tuple[str, ...] = (
    "プレゼント企画", "当選", "抽選", "無料", "DMください", "返金",
    "이벤트 당첨", "당첨", "경품", "무료", "환불",
    "中奖", "抽奖", "免费领取", "领取奖品", "退款", "私信",
    "розыгрыш", "выиграй", "выигрыш", "приз", "бесплатно", "возврат средств", "пишите в директ",
    "مسابقة", "جائزة", "مجانا", "اربح", "استرداد",
    "διαγωνισμός", "δωρεάν", "κέρδισε",
    "แจกฟรี", "รางวัล", "ลุ้นรับ", "คืนเงิน",
    "इनाम", "मुफ्त", "जीतें", "रिफंड",
    "הגרלה", "זכית", "פרסים", "חינם", "החזר כספי",
    "розіграш", "виграй", "виграш", "безкоштовно", "повернення коштів",
    "現金プレゼント", "상품권", "红包", "送礼品",
    "쿠폰 지급", "무료 쿠폰", "クーポン配布", "優惠券免費", "免费优惠券",
    "قرعه کشی", "قرعه‌کشی", "بازپرداخت", "استرداد وجه", "بازیابی حساب", "کار در منزل",
    "استعادة الحساب", "العمل من المنزل", "กู้บัญชี", "งานออนไลน์", "계정 복구", "アカウント復旧",
    "账号找回", "恢复账户", "восстановим", "вернем деньги", "повернемо кошти",
    "หมดอายุวันนี้", "วันสุดท้าย", "本日まで", "本日限り", "오늘까지", "오늘 만료", "今天到期",
    "仅限今天", "истекает сегодня", "последний шанс", "ينتهي اليوم", "فرصة أخيرة",
    "امروز منقضی", "جایزه", "رایگان", "आज समाप्त", "แลกแต้ม",
    "فزت", "هدية",
    "ของรางวัล", "ฟรี", "उपहार", "लकी ड्रा",
    *_lx.native_phrases("scam"),
    *_lx.native_phrases("soft_scam"),
    *_lx.native_phrases("dm_invite"),
)

#: of those, what honest company channels say too ("free shipping", "DM us")
NATIVE_SOFT_SCAM_PHRASES: frozenset[str] = frozenset({
    "無料", "DMください", "무료", "私信", "бесплатно", "пишите в директ", "مجانا", "δωρεάν",
    "मुफ्त", "חינם", "безкоштовно", "ฟรี", "هدية", "상품권", "红包", "送礼品", "उपहार",
    *_lx.native_phrases("soft_scam"), *_lx.native_phrases("dm_invite"),
})

#: the bank account a payee names anew, in Chinese (simplified and traditional), as "change"
#: or "new" glued before or after the account ("变更收款账户", "銀行帳戶已變更", "新的银行账户")
_ZH_ACCOUNTS = ("银行账户", "银行帐户", "银行账号", "银行帐号", "收款账户", "收款帐户", "收款账号",
                "汇款账户", "汇款账号", "銀行帳戶", "銀行帳號", "收款帳戶", "收款帳號", "匯款帳戶",
                "匯款帳號", "银行资料", "銀行資料")
#: new bank details announced (see :data:`BANK_CHANGE_PATTERNS`), in scripts not folded to
#: Latin: Chinese built from its parts, then Arabic, Persian, Hebrew, Japanese, Korean, Hindi,
#: Greek, Thai
NATIVE_BANK_CHANGE_PHRASES: tuple[str, ...] = (
    *(f"{c}{a}" for c in ("变更", "更改", "更换", "更新", "變更", "更換", "新的", "新")
      for a in _ZH_ACCOUNTS),
    *(f"{a}{c}" for a in _ZH_ACCOUNTS
      for c in ("变更", "已变更", "更改", "已更改", "更换", "變更", "已變更", "更換", "有变",
                "有變")),
    "بيانات بنكية جديدة", "البيانات البنكية الجديدة", "حساب بنكي جديد", "الحساب البنكي الجديد",
    "حسابنا البنكي الجديد", "رقم حساب جديد", "رقم الحساب الجديد", "ايبان جديد", "الايبان الجديد",
    "تغيير الحساب البنكي", "تغيير رقم الحساب", "تغيير البيانات البنكية", "تغيير الايبان",
    "تحديث البيانات البنكية", "تم تغيير الحساب", "تم تغيير رقم الحساب",
    "شماره حساب جدید", "شماره شبا جدید", "تغییر شماره حساب", "حساب بانکی جدید",
    "פרטי חשבון בנק חדשים", "חשבון בנק חדש", "שינוי פרטי חשבון", "פרטי בנק חדשים",
    "振込先変更", "振込先の変更", "振込先口座の変更", "新しい振込先", "振込口座変更",
    "新しい口座番号",
    "입금계좌 변경", "입금 계좌 변경", "입금계좌가 변경", "변경된 입금계좌", "변경된 계좌번호",
    "계좌번호 변경",
    "नया बैंक खाता", "बैंक खाता बदल", "नए बैंक विवरण", "बैंक विवरण बदल",
    "νέα τραπεζικά στοιχεία", "νέος τραπεζικός λογαριασμός", "αλλαγή τραπεζικού λογαριασμού",
    "νέο iban",
    "เปลี่ยนบัญชีธนาคาร", "บัญชีธนาคารใหม่", "เปลี่ยนเลขบัญชี", "เลขบัญชีใหม่",
)

#: requests for card, bank, identity or login data (weigh twice on a walled page, as
#: :data:`DATA_REQUEST_PATTERNS`), unless said as a warning (:data:`NATIVE_NEGATIONS`)
NATIVE_DATA_PHRASES: tuple[str, ...] = (
    "カード情報", "カード番号", "暗証番号", "認証コード", "パスワード",
    "카드 번호", "카드번호", "인증번호", "비밀번호", "계좌번호",
    "银行卡号", "卡号", "验证码", "密码", "身份证",
    "данные карты", "номер карты", "код из смс", "cvv", "пароль", "паспортные данные",
    "رقم البطاقة", "رمز التحقق", "كلمة المرور",
    "αριθμό κάρτας", "κωδικό επαλήθευσης",
    "เลขบัตร", "รหัส otp", "รหัสผ่าน",
    "कार्ड नंबर", "ओटीपी", "पासवर्ड",
    "מספר כרטיס", "קוד אימות", "סיסמה", "פרטי כרטיס",
    "дані картки", "номер картки", "код з смс", "код із смс",
    "クレジットカード番号", "口座番号", "보안카드", "cvc", "银行账号", "支付密码",
    "بيانات البطاقة", "الرقم السري", "رمز otp",
    "ข้อมูลบัตร", "เลขบัญชี", "बैंक खाता", "पिन नंबर",
    # money up front, by transfer before anything is delivered
    "선입금", "입금 확인 후", "입금 후", "계좌이체", "前払い", "先払い", "お振込み後", "振込確認後",
    "预付款", "先付款", "先转账", "转账后", "汇款后", "предоплата", "передоплата",
    "الدفع مقدما", "الدفع المسبق", "تحويل بنكي", "پیش پرداخت", "پیش‌پرداخت", "کارت به کارت",
    "תשלום מראש", "προκαταβολή", "โอนก่อน", "โอนเงินก่อน", "अग्रिम भुगतान", "पहले भुगतान",
    # "verify your account / identity", "fill in your card"
    "شماره کارت", "رمز دوم", "رمز پویا", "کد ملی", "cvv2", "رمز عبور",
    "ยืนยันบัญชี", "ยืนยันตัวตน", "กรอกข้อมูลบัตร", "تحقق من حسابك", "أكد حسابك", "تأكيد الحساب",
    "تایید حساب", "حساب خود را تایید", "احراز هویت", "खाता सत्यापित", "अपना खाता वेरीफाई",
    "アカウント認証",
    "本人確認", "계정 인증", "본인인증", "验证账户", "验证您的账户", "подтвердите аккаунт",
    "подтвердите карту", "підтвердіть картку",
    "ค่าสมัคร", "ค่าธรรมเนียมดำเนินการ", "رسوم التسجيل", "رسوم المعالجة", "هزینه ثبت نام",
    "هزینه پردازش", "पंजीकरण शुल्क", "प्रोसेसिंग शुल्क", "가입비", "登録料", "报名费",
    "регистрационный взнос", "оплата за оформление", "реєстраційний внесок",
    # "log in to claim": the prize released against the victim's login
    "로그인 후 수령", "로그인하면", "로그인 후 지급", "ログインして受け取", "ログイン後に受け取",
    "登录领取", "登录后领取", "登入領取", "войдите, чтобы получить", "увійдіть, щоб отримати",
    "سجل الدخول لاستلام", "เข้าสู่ระบบเพื่อรับ", "लॉगिन करके पाएं",
    *NATIVE_BANK_CHANGE_PHRASES,
    *_lx.native_phrases("data_request"),
    *_lx.native_phrases("advance_payment"),
    *_lx.native_phrases("account_alert"),
)

#: words that turn a data request into a warning ("we never ask for your PIN")
NATIVE_NEGATIONS: tuple[str, ...] = (
    "ありません", "しません", "絶対に", "決して", "お伺いすることは",
    "절대", "않습니다", "않아요",
    "不会", "决不", "請勿", "请勿", "切勿", "从不", "絕不",
    "никогда", "не ", "не просим",
    "أبدا", "لن", "لا ",
    "ποτέ", "δεν ",
    "ไม่", "ห้าม",
    "कभी नहीं", "नहीं",
    "לעולם", "לא ", "אף פעם",
    "ніколи", "не просимо",
    # Egyptian Arabic: "we never", "nobody will", "don't give / tell / share"
    "عمرنا ما", "محدش", "ماحدش", "متديش", "ماتديش", "متقولش", "متشاركش", "لا تعطي",
    "لا تشارك",
    # Mongolian: "don't", "to anyone", "will not ask / require / give"
    "бүү", "хэнд ч", "асуухгүй", "шаардахгүй", "өгөхгүй",
    *_lx.native_phrases("negation"),
)

#: a help desk as a page calls itself in Latin-script languages ("customer service",
#: "müştəri xidməti", "servizio clienti"): folded text, whole words
HELP_DESK_PATTERNS: tuple[str, ...] = (*_lx.folded_patterns("help_desk"),)

#: a shop's word in a page's name ("<Brand> Store", "<Brand> Mağazası", "<Brand> 專賣店"): the
#: trade of selling the brand's goods, never a trade of a namesake's own
SHOP_NAME_WORDS: tuple[str, ...] = (
    "shop", "shops", "store", "stores", "market", "mart", "boutique", "outlet", "online",
    "magaza", "magazasi", "dukkan", "dukkani", "tienda", "tiendas", "loja", "lojas", "magasin",
    "negozio", "laden", "shopladen", "sklep", "winkel", "toko", "kedai", "butik", "obchod",
    "bolt", "kauppa", "butikk", "prodavnica", "trgovina", "magazin", "duka",
    "商店", "專賣店", "专卖店", "旗艦店", "旗舰店", "門市", "门市", "ショップ", "ストア", "스토어",
    "매장", "магазин", "متجر", "دکان", "दुकान", "ร้าน",
)

#: a comparison with other brands or things in a reviewer's bio ("X vs other brands", "X and
#: other lenders", "compared", "among others"): folded text
COMPARISON_PATTERNS: tuple[str, ...] = (
    r"\b(vs\.?|versus|compared|comparisons?|and other|among others|y otr[oa]s|e outr[oa]s|"
    r"et (d')?autres|und andere\w*|en andere|e altri|ve diger\w*|i inn\w*|a dalsi\w*|"
    r"dan lainnya|va cac)\b",
)

#: the words by which a page names itself a seller of the brand's goods, a trade of its own
#: (folded, whole words): distributor, dealer, reseller, stockist, wholesaler, in many
#: languages. A page that poses with the brand's name or logo and says only this is a reseller
#: (a partner to allow, or one to ask about), not the company's impostor
RESELLER_PATTERNS: tuple[str, ...] = (
    r"\b(authori[sz]ed |official |certified )?(distributors?|dealers?|dealership|resellers?|"
    r"stockists?|wholesalers?|wholesale (rates|prices|dealer)|sole agents?|franchisee|"
    r"franchise (store|location|outlet|partner|of)|independently owned( and operated)?)\b",
    # a franchisee's store in Spanish, Portuguese, French, Italian, German, Dutch, Turkish
    r"\b(franquiciad[oa]s?|tienda franquiciada|franqueado|loja franqueada|"
    r"magasin franchise|negozio in franchising|franchisenehmer\w*|"
    r"franchisepartner\w*|franchisenemer|franchise (magazasi|subesi|bayi\w*))\b",
    # Spanish, Portuguese, French, Italian, German, Dutch
    r"\b(distribuidor(a|es)?|revendedor(a|es)?|mayorista|concesionario|atacadista|"
    r"revenda autorizada|distributeur|revendeur|concessionnaire|grossiste|distributore|"
    r"rivenditore|concessionario|grossista|vertragshandler|vertriebspartner|grosshandler|"
    r"fachhandler|wederverkoper|groothandel)\b",
    # Turkish, Polish, Czech, Romanian, Indonesian and Malay, Vietnamese, Filipino, Swahili
    r"\b(yetkili (bayi|satici|distributor)\w*|bayii|bayisi|toptanci|dystrybutor\w*|hurtownia|"
    r"autoryzowany (dealer|sprzedawca|dystrybutor)|autorizovany (prodejce|dealer)|"
    r"distribuitor(ul)? autorizat|agen resmi|pengedar sah|nha phan phoi|dai ly (chinh hang|"
    r"uy quyen|cap \d)|msambazaji)\b",
    # a seller who says it resells ("revenda Kutsaka", "revendemos", "we resell") or is the
    # brand's licensed sales agent (a lottery's ticket agent, a travel brand's)
    r"\b(revenda|revendemos|revendo|revendons|rivendiamo|we resell|"
    r"(authori[sz]ed|official|licensed|certified) (sales |ticket )?agents?|"
    r"agentes? (oficial|autorizad[oa])(es)?|agent (officiel|agree)|yetkili acente\w*)\b",
    # a distributor that names itself after the brand it distributes ("Vertrieb in DE durch
    # Gewürzhaus Bauer GmbH", "distributed in the UK by ...", "distribuido en Chile por")
    # a personal shopper or a buying service that orders the brand's goods for others ("I buy
    # on Amazon & Shein for you", "compras por encargo", "achats pour vous"): a trade of its own
    r"\b(personal shoppers?|shopping service|buying service|parcel forwarding|"
    r"(i|we) (buy|order|shop) (on|from|at) [^.!?]{1,40} for you|compras por encargo|"
    r"compro (por|para) (ti|usted)|compramos (por|para) (ti|usted|vos)|"
    r"achats? pour vous|j'achete pour vous|ich kaufe fur (dich|sie)|compro per te|"
    r"faccio acquisti per te|compras para voce)\b",
    r"\b((distributed|imported|marketed) (in [a-z ]{2,20} )?by|vertrieb( in [a-z ]{2,20})? "
    r"durch|distribuid[oa] (en [a-z ]{2,20} )?por|importad[oa] (en [a-z ]{2,20} )?por|"
    r"distribue (en [a-z ]{2,20} )?par|importe (en [a-z ]{2,20} )?par)\b",
)

#: the words by which a page's name makes it the brand's own sales desk, folded: its
#: wholesale, export, distribution or official store ("Lecek Carpets Wholesale", "Kasooli
#: Seeds Distributors Uganda", "Ben Ammar Estate Wholesale"). A genuine reseller names itself
#: (its firm, its town: "Pacific Fish Traders", "Sunehri Ghee — Authorized Distributor
#: Karachi") and sells the brand; a name of the brand's and these words only poses as the
#: brand's own trade desk (:func:`matching.profile_signals.sales_desk_name`)
SALES_DESK_WORDS: frozenset[str] = frozenset({
    # English
    "wholesale", "wholesales", "wholesaler", "wholesalers", "export", "exports", "exporter",
    "distribution", "distributor", "distributors", "dealer", "dealers", "dealership", "trade",
    "trading", "b2b", "bulk", "sales", "official", "store", "shop", "online", "outlet",
    "factory", "direct", "depot",
    # Spanish, Portuguese, French, Italian, German, Dutch
    "mayorista", "mayoristas", "mayoreo", "distribucion", "distribuidor", "distribuidora",
    "distribuidores", "exportacion", "exportaciones", "atacado", "atacadista", "distribuicao",
    "exportacao", "gros", "grossiste", "grossistes", "distributeur", "distributeurs",
    "ingrosso", "grossista", "distribuzione", "distributore", "grosshandel", "vertrieb",
    "grosshandler", "groothandel", "tienda", "loja", "boutique", "negozio", "oficial",
    "officiel", "officielle", "ufficiale", "offiziell",
    # Turkish, Polish, Czech, Romanian, Russian in Latin letters, Indonesian and Malay,
    # Vietnamese, Swahili, Hindi and Urdu in Latin letters
    "toptan", "toptanci", "ihracat", "bayi", "hurt", "hurtownia", "dystrybucja",
    "velkoobchod", "angro", "en-gros", "engros", "opt", "optom", "grosir", "borong",
    "pengedar", "eksport", "ekspor", "phanphoi", "jumla", "thok", "resmi",
})
#: the same in other scripts, as written (wholesale, distribution, export, official store)
NATIVE_SALES_DESK_WORDS: tuple[str, ...] = (
    "оптом", "опт", "дистрибуция", "экспорт", "официальный магазин", "بالجملة", "جملة",
    "الجملة", "توزيع", "تصدير", "批发", "批發", "卸売", "도매", "थोक", "होलसेल", "পাইকারি",
    "ขายส่ง", "عمده", "فروش عمده",
)

#: an invitation to become one, said just before the word ("Devenez distributeur", "become
#: a dealer", "bayi olun") or after it ("distributors wanted"): the voice of whoever hands out
#: dealerships (the company, or a fake dealership's fee scam), not of a reseller
RESELLER_INVITE_BEFORE = (
    r"\b(become|join (us )?as|apply (for|as)|looking for|seeking|hiring|we need|devenez|"
    r"devenir|recherchons|recrutons|conviertete en|hazte|se buscan?|buscamos|torne-se|"
    r"seja|procuramos|diventa|diventare|cercasi|cerchiamo|werde|werden sie|suchen|word|"
    r"zostan|stan se|hay tro thanh|jadilah|jadi|menjadi|kuwa|dealership|bayilik)\b[^.!?]{0,25}$"
)
RESELLER_INVITE_AFTER = (
    r"^\W{0,3}(wanted|needed|required|available|opportunit\w*|gesucht|araniyor|"
    r"olun|ol|recherches?|cercasi|dicari)\b"
)

#: the same in other scripts, as written (Cyrillic, Arabic, Urdu, Devanagari, Thai, Amharic)
NATIVE_RESELLER_PHRASES: tuple[str, ...] = (
    "дистрибьютор", "дистрибутор", "официальный дилер", "оптовый", "дилер",
    "موزع معتمد", "وكيل معتمد", "موزع", "ڈسٹری بیوٹر", "ڈیلر", "वितरक", "डीलर",
    "ตัวแทนจำหน่าย", "አከፋፋይ",
    # a franchisee's store and its owner, a dealer (Chinese, Japanese, Korean)
    "加盟店", "加盟主", "經銷商", "经销商", "フランチャイズ店", "フランチャイズ加盟店", "가맹점",
    "대리점",
    # an official sales agent (Russian, Kyrgyz and Uzbek, Kazakh, Ukrainian)
    "официальный агент", "расмий агент", "ресми агент", "офіційний агент",
    # an authorised seller or dealer (Hindi, Bengali, Japanese, Korean, Chinese, Hebrew,
    # Greek, Ukrainian, Persian)
    "अधिकृत विक्रेता", "अधिकृत वितरक", "অনুমোদিত বিক্রেতা", "অনুমোদিত ডিলার", "পরিবেশক",
    "正規販売店", "正規代理店", "販売代理店", "特約店", "공식 판매점", "공인 판매점", "총판",
    "代理商", "授權經銷", "משווק מורשה", "מפיץ מורשה", "מפיץ רשמי",
    "εξουσιοδοτημένος αντιπρόσωπος", "εξουσιοδοτημένο κατάστημα", "διανομέας",
    "дистриб'ютор", "дистрибʼютор", "نمایندگی رسمی", "نمایندگی فروش", "توزیع کننده",
    # a resale of tickets or goods, a buying agent (Chinese, Japanese, Korean)
    "轉售", "转售", "代購", "代购", "代理購入", "구매대행",
)

#: a help desk as a display name calls itself in other scripts ("ฝ่ายบริการลูกค้า",
#: "고객센터"): like the affixes support or care, no name of someone else's
NATIVE_HELP_DESK_PHRASES: tuple[str, ...] = (
    "ฝ่ายบริการลูกค้า", "บริการลูกค้า", "ศูนย์ช่วยเหลือ", "คอลเซ็นเตอร์",
    "カスタマーサポート", "カスタマーセンター", "お客様窓口", "お客様センター",
    "サポート", "ヘルプ",
    "고객센터", "고객지원", "고객상담", "고객 센터", "상담센터",
    "客服中心", "客户服务", "客戶服務", "客服", "帮助中心", "幫助中心",
    "служба поддержки", "поддержка", "служба підтримки", "підтримка", "техподдержка",
    # Macedonian, Serbian, Bulgarian: support, help, customer service
    "поддршка", "подршка", "поддръжка", "подкрепа", "помош", "помоћ", "помощ",
    "корисничка поддршка", "корисничка подршка", "служба за корисници", "служба за кориснике",
    "обслужување на корисници", "обслужване на клиенти", "клиентски център",
    "خدمة العملاء", "الدعم الفني", "الدعم", "پشتیبانی", "خدمات مشتریان",
    "שירות לקוחות", "תמיכה", "εξυπηρέτηση πελατών", "υποστήριξη",
    "ग्राहक सेवा", "सहायता केंद्र", "सहायता", "হেল্পলাইন", "গ্রাহক সেবা",
    *NATIVE_CUSTOMER_SERVICE_PHRASES,
    *_lx.native_phrases("help_desk"),
)

#: a retired channel, in other scripts ("更新終了": updates ended)
NATIVE_RETIRED_PHRASES: tuple[str, ...] = (
    "更新終了", "更新を終了", "運用を終了", "アカウントでした", "移転しました",
    "더 이상 운영", "운영 종료", "업데이트되지 않", "停止更新", "不再更新", "已停止运营",
    "не обновляется", "больше не ведётся", "больше не ведется", "мы переехали",
    "не оновлюється", "більше не ведеться", "ми переїхали",
    "لم يعد يتم تحديث", "انتقلنا إلى", "לא מתעדכן", "עברנו ל", "अपडेट नहीं", "से अपडेट नहीं",
    "δεν ενημερώνεται", "ไม่มีการอัปเดต", "ย้ายไปที่", "अब अपडेट नहीं",
    # a season, division or store that ended ("2022 시즌 종료", "2021年閉店")
    "시즌 종료", "운영종료", "서비스 종료", "閉店", "サービス終了", "活動終了", "已关闭", "已结束",
    "停止营业", "закрыт в", "закрито в", "انتهى", "הסתיים", "ปิดให้บริการ", "बंद हो गया",
    *_lx.native_phrases("retired"),
)

#: how a company calls a channel of its own: news, careers, announcements, a region
NATIVE_OWN_CHANNEL_PHRASES: tuple[str, ...] = (
    "公式", "ニュース", "お知らせ", "採用", "広報", "支店",
    "공식", "뉴스", "소식", "채용", "공지",
    "官方", "新闻", "資訊", "资讯", "招聘", "公告",
    "официальн", "новости", "вакансии", "карьера", "офіційн", "новини", "вакансії", "кар'єра",
    "رسمي", "أخبار", "وظائف", "توظيف",
    "רשמי", "חדשות", "דרושים", "קריירה",
    "επίσημ", "ειδήσεις", "καριέρα",
    "ทางการ", "ข่าว", "ร่วมงานกับเรา", "สมัครงาน",
    "आधिकारिक", "समाचार", "भर्ती", "करियर",
    *_lx.native_phrases("own_channel"),
)

#: how a person says an account is their own: "I work at", "my own opinions"
NATIVE_EMPLOYEE_PHRASES: tuple[str, ...] = (
    "で働いています", "勤務", "個人の見解", "個人アカウント",
    "에서 일하고", "재직 중", "개인 의견", "개인 계정",
    "在职", "个人观点", "個人觀點", "个人账号",
    "работаю в", "личное мнение", "мнение личное", "личный аккаунт",
    "أعمل في", "آرائي الشخصية", "حساب شخصي",
    "εργάζομαι στ", "προσωπικές απόψεις",
    "ทำงานที่", "ความคิดเห็นส่วนตัว", "บัญชีส่วนตัว",
    "में काम करता", "में काम करती", "विचार निजी", "निजी खाता",
    "עובד ב", "עובדת ב", "דעותיי", "הדעות שלי", "חשבון אישי", "חשבון פרטי",
    "працюю в", "працюю у", "особиста думка", "особистий акаунт", "думки мої власні",
    "社員です", "に勤務", "個人的な見解", "個人の意見",
    "에서 근무", "직원입니다", "개인적인 의견",
    "就职于", "任职于", "供职于", "工作于", "任職於", "個人帳號", "个人意见",
    "أعمل لدى", "موظف في", "موظفة في", "آرائي تمثلني", "الآراء تمثلني",
    "เป็นพนักงาน", "ความเห็นส่วนตัว",
    "نظرات شخصی", "حساب شخصی", "کارمند", "نظرات من", "دیدگاه شخصی",
    "में कार्यरत", "कर्मचारी हूं", "कर्मचारी हूँ", "विचार व्यक्तिगत",
    *_lx.native_phrases("employee"),
)

#: what a page says to take money (folded; Cyrillic folds to Latin): pay, a transfer, a fee, a
#: deposit. On a lookalike site beside a sum (:data:`MONEY_AMOUNT`) anywhere on the page, the
#: scam's request for money: what makes a walled page it links ``high``
PAY_WORDS = (
    r"pay|paying|payment|payez|payer|paiement|paga|pague|pagar|pagamento|pago|paghi|"
    r"zahle|zahlen|bezahl\w*|zahlung|uberweis\w*|betal\w*|betaal\w*|zaplat\w*|doplat\w*|"
    r"oplat\w*|platit\w*|platite|plati|platete|splat\w*|fizess\w*|fizet\w*|odeyin|odeme\w*|"
    r"bayar|transfer\w*|virement|bonifico|consign\w*|deposit\w*|envoyez|envie|envia|invia|"
    r"stuur|wyslij|przelej|kirim|gonder|tuma|lipa|fee|fees|frais|tasa|taxa|tassa|taksa|"
    r"cuota|gebuhr\w*|\w+gebuhr|poplat\w*|dij|vznos|ucret\w*|bestel eerst|order first|"
    # an account "activated" for a sum: the fee of a fake promotion ("after a KSh 100
    # activation")
    r"activation|activacion|ativacao|aktivasi|aktivatsi\w*|"
    # Spanish voseo, Kinyarwanda and Kirundi, Urdu and Hindi in Latin letters ("pagás antes",
    # "ishyura kuri MoMo", "Easypaisa par bhejein")
    r"pagas|ishyura|bhejein|bhejen|bhejo|"
    # South Slavic, Czech and Slovak 'uplatiti', 'úplata'; a deposit spelt with a z (Romanian,
    # Albanian, Turkish, South Slavic 'depozit', 'depozito')
    r"uplat\w*|depozit\w*|"
    # Haitian and Mauritian Creole ('peye', 'peman'), Slovene and Croatian 'plačilo',
    # 'plačajte', 'plaćanje', Mongolian 'шилжүүлнэ' (transfer) as folding spells them
    r"peye|peman|placil\w*|placaj\w*|placanj\w*|silzuul\w*|komissi\w*|komisyon\w*|"
    # a deposit in Slovene and Croatian ('varščina', 'jamčevina')
    r"varscin\w*|jamcevin\w*"
)
#: the same in scripts not folded to Latin (Chinese, Japanese, Korean, Arabic, Persian, Hebrew,
#: Thai, Hindi): matched as written
NATIVE_PAY_WORDS: tuple[str, ...] = (
    "付款", "支付", "汇款", "匯款", "转账", "轉帳", "保证金", "保證金", "订金", "訂金", "定金",
    "押金", "振込", "振り込", "支払", "입금", "송금", "결제", "ادفع", "دفع", "حول", "تحويل",
    "پرداخت", "واریز", "שלם", "תשלום", "ชำระ", "โอน", "भुगतान", "जमा",
)
#: a login asked on a page (a password field's label), beyond :data:`DATA_REQUEST_PATTERNS`:
#: on a lookalike site, the credential phishing of the walled page it links
LOGIN_FORM_WORDS = (
    r"contrasenas?|senha|mot de passe|passwort|password|sifre\w*|haslo|"
    # a login page's own words ("TipidPay — Log in", "PasarKilat - Masuk"): on a lookalike
    # site, the credential phishing the profile sends its visitors to
    r"log ?in to|log ?in|sign ?in|masuk|iniciar sesion|se connecter|connexion|anmelden|"
    r"einloggen|giris yap|accedi|inloggen|zaloguj\w*|dang nhap|mag-?log ?in|voiti|"
    r"tsjyl ldkhwl"
)

#: where a payment is taken out of sight, in any language: a private message or a messenger
PRIVATE_CHANNEL_WORDS: tuple[str, ...] = (
    "dm", "dms", "inbox", "whatsapp", "telegram", "messenger", "viber", "wa.me",
)

#: prizes by their own names and the emoji that wrap them, which no language translates
#: ("iPhone জিতুন", "🎁 Lucky Draw"): in the search result of a walled page nothing official
#: links, a prize is a giveaway's lure (one sign; a lookalike linking it is another)
PRIZE_MARKERS: tuple[str, ...] = (
    "🎁", "🎉", "🏆", "💰", "💸", "🤑", "🎰", "🎟",
    "iphone", "ipad", "macbook", "airpods", "apple watch", "playstation", "ps5", "xbox",
    "nintendo switch", "samsung galaxy", "galaxy s2",
)

#: a deposit in its own words (the deposit words of :data:`ADVANCE_PAYMENT_WORDS`): stated as a
#: share of the price ("Záloha 50 %", "deposit 30%"), it is money asked first like a sum
DEPOSIT_WORDS = (
    r"deposit|down ?payment|downpayment|dat coc|tien coc|uang muka|deposito|anticipo|sena|"
    r"sinal|acompte|arrhes|caparra|acconto|anzahlung|aanbetaling|zaliczk\w*|zadat\w*|kapora|"
    r"zaloh\w*|handpenning|forskott|forskudd|depositum|ennakkomaksu|eloleg|avans|"
    r"paunang bayad|predujam|akontacij\w*|kaucij\w*|polog|kapar\w*|paradheni\w*|beh|"
    # "transfer 50%" (Spanish, Portuguese); a deposit as Arabic, Persian and Amharic write
    # it, folded (عربون, مقدم / بمقدم, بیعانه, ቅድሚያ ክፍያ)
    r"transfier\w*|transfir\w*|transferenci\w*|'rbwn|b?mqdm|by'nh|k'dmiya kfya"
)
#: money asked ahead of the service, said after its share of the price ("50% upfront", "50% in
#: advance", "50% predoplata", "50% unaprijed", "50% por adelantado", "50 % d'avance"), folded:
#: with the share, the same money asked first as a deposit
UPFRONT_SHARE_WORDS = (
    r"upfront|up front|in advance|prepayment|advance payment|predoplat\w*|predplat\w*|"
    r"avans\w*|unaprije?d|vnaprej|vorkasse|im voraus|vorab|por adelantado|adelantado|"
    r"antecipad[oa]|adiantad[oa]|d'avance|a l'avance|en avance|in anticipo|anticipat[oa]|"
    r"z gory|vooraf|pesin|on odeme|di muka|truoc|"
    # Arabic (مقدماً, مقدم), Amharic (ቅድሚያ), folded
    r"mqdm\w*|k'dmiya"
)


#: a request for money rather than data, folded: a fee, a charge, a prepayment, a deposit (and
#: the lexicon's ``advance_payment`` phrases): said bare, with no sum, no payment service and
#: no means of payment ("processing fee required", "оптом, предоплата"), it is one sign of a
#: scam, as a wholesaler's or an agency's own terms may say the same; with a sum or the way
#: to pay ("visa fee $500", "pago adelantado por QR") it is money asked, two
MONEY_ASK_PATTERNS: tuple[str, ...] = (
    r"\b(fees?|frais|tasa|taxa|tassa|cuota|gebuhr\w*|komissi\w*|oformleni\w*|charges?|"
    rf"prepa(y|id|yment)\w*|{DEPOSIT_WORDS}|{UPFRONT_SHARE_WORDS})\b",
    *_lx.folded_patterns("advance_payment"),
)
#: the same in other scripts, as written: the lexicon's ``advance_payment`` phrases and the
#: fee words of :data:`NATIVE_DATA_PHRASES` (a registration fee, a processing fee)
NATIVE_MONEY_ASK_PHRASES: tuple[str, ...] = (
    *_lx.native_phrases("advance_payment"),
    "предоплат", "передоплат", "взнос", "оплата за оформление", "رسوم", "مقدم", "عربون",
    "शुल्क", "報名費", "报名费", "手續費", "手续费", "保證金", "保证金", "押金", "定金", "訂金",
    "登録料", "手数料", "가입비", "수수료", "선입금", "ค่าสมัคร", "ค่าธรรมเนียม", "ቅድሚያ",
)
#: how money is sent when no service is named, folded: a QR code, a bank transfer, a card's or
#: a private account's number ("pago por QR", "avans na privatni račun", "перевод на карту",
#: "virement", "chuyển khoản", "transfer ke rekening"): the means of a payment asked
PAYMENT_MEANS: str = (
    r"\b(qr|qris|bank transfer|wire transfer|transfer to (my|our|the|this) (account|card)|"
    r"(private|personal) (bank )?account|bonifico|virement|transferencia|transferencia bancaria|"
    r"deposito bancario|ueberweisung|uberweisung|overboeking|przelew\w*|havale|eft|"
    r"(bankovni |bankovn[iy] )?prevod\w*|perevod\w*|pereka[zs]\w*|"
    r"na (privatni |licni |osobni |moj |moju |nas |nash )?(racun|karticu|kartu|kartku|kartochku|"
    r"schet|rakhunok)|(privatni|licni|osobni|lichnyi|lichnyy) (racun|schet)|"
    r"kartag(h)?a|kartaya|kartasina|kartka|kart(a|e)ya|hesab(ima|imiza|a)|kisisel hesap\w*|"
    r"chuyen khoan|tai khoan (ca nhan|rieng)|rekening (pribadi|saya)|transfer ke rekening|"
    r"compte (personnel|perso)|cuenta (personal|propia)|conta pessoal|conto personale|"
    r"privatkonto|persoonlijke rekening|konto prywatne)\b"
)
#: the same in other scripts, as written (Chinese, Japanese, Korean, Thai, Arabic, Persian,
#: Hindi, Bengali, Burmese, Khmer, Amharic): a bank transfer, a QR code, a card
NATIVE_PAYMENT_MEANS_PHRASES: tuple[str, ...] = (
    "转账", "轉帳", "轉賬", "汇款", "匯款", "扫码", "掃碼", "银行卡", "銀行卡", "振込", "振り込み",
    "계좌이체", "입금", "송금", "โอนเงิน", "โอนเข้าบัญชี", "โอนผ่าน", "พร้อมเพย์",
    "تحويل بنكي", "حوالة بنكية",
    "حساب شخصي", "كارت", "انتقال به کارت", "کارت به کارت", "واریز", "बैंक ट्रांसफर",
    "खाते में", "ব্যাংক ট্রান্সফার", "ငွေလွှဲ", "ផ្ទេរប្រាក់", "የባንክ ዝውውር",
)


# ----------------------------------------------------------------------------- "not official"
# A page that says it is not the official one, in any language: a word of negation, then (at
# most two words on) the word "official" of some language ("Nismo službena stranica", "EI OLE
# kliiniku ametlik leht", "Si ukurasa rasmi", "nie jesteśmy oficjalną stroną"), the same
# glued ("mitteametlik", "neoficiální", "inoffiziell", "uoffisiell"), or after the word in
# languages that put the negation last ("resmi hesap değil", "rasmiy emas"). Folded text;
# the official words are the lexicon's family plus the Western ones words.py writes itself.
_OFFICIAL_STEMS = (
    r"(?:officia\w*|oficia\w*|officiel\w*|officieel\w*|officiele|ufficial\w*|ufficj\w*|"
    r"offiziell\w*|offisiell\w*|officiell\w*|oficjaln\w*|oficij\w*|oficiy\w*|hivatalos\w*|"
    r"virallis\w*|virallinen|ametlik\w*|amptelik\w*|sluzben\w*|zvanic\w*|uradn\w*|"
    r"rasmi\w*|resmi\w*|opisyal\w*|ofisyel|oifigiuil|swyddogol|zyrtar\w*|chinh thuc|"
    r"episim\w*|ofiziala\w*|opinber\w*|rasme\w*|rasmy\w*|ofisial\w*)"
)
#: a negated copula ("is not", "nismo", "ei ole", "no somos"): a statement, not an imperative
#: ("ne propustite", "nu rata", "don't miss" are orders to readers, no such statement)
_NOT_IS = (
    r"(?:nije|nismo|nisu|nisam|neni|nejsme|nie je|nie sme|nie som|nie jest\w*|ei ole|pole|nav|"
    r"nera|isn'?t|aren'?t|is not|are not|not an?|not the|not|bukan|khong phai|den einai|ghyr|"
    r"no es|no somos|nao e|nao somos|non e|non siamo|nu este|nu suntem|n'?est pas|"
    r"ne sommes pas|ne smo|niet|geen|kein\w*|ikke|inte|ej|ekki|nem|hindi|tidak|mhux|nuk|nid|"
    # Arabic in Latin letters (Egyptian, Levantine, Maghreb): "mish el page el rasmeya",
    # "machi l'page rasmiya"
    r"mish|mesh|msh|mosh|mush|mech|machi|mashi|mahich|mahouch|"
    # Malagasy ("Tsy pejy ofisialy"), Tetum ("la'ós grupu ofisiál")
    r"tsy|la'os)"
)
#: words that may stand between: articles, possessives, and the page's own noun
_BETWEEN = (
    r"(?:the|a|an|our|der|die|das|den|dem|des|ein|eine|einer|el|la|los|las|un|una|le|les|l'|"
    r"il|lo|gli|o|os|as|um|uma|de|het|een|nasa|nase|nas|vas|page|account|channel|site|profile|"
    r"group|club|pagina|cuenta|conta|compte|canal|perfil|grupo|sito|seite|konto|kanal|profil|"
    r"gruppe|stranica|stranka|stran|strana|strona|ukurasa|akun|akaun|laman|halaman|trang|"
    r"tai khoan|sivu|tili|leht|konts|lapa|puslapis|paskyra|oldal|fiok|sayfa|hesap|side|sida|"
    r"klub|kluba|kanala|kanal|al|saf7a|safha|hesab|grup|topluluk|l'\w+|"
    # a group, a page or a channel in Malay and Indonesian, Malagasy, Tetum, Swahili
    r"kumpulan|komunitas|komuniti|saluran|pejy|vondrona|pajina|grupu|kikundi)"
)
NEGATED_OFFICIAL_PATTERNS: tuple[str, ...] = (
    rf"\b{_NOT_IS}\s+(?:{_BETWEEN}\s+){{0,3}}{_OFFICIAL_STEMS}\b",
    # a bare negation right before the word ("не официальная", "no oficial")
    rf"\b(?:non|nao|nie|ne|no|nu|ei)\s+{_OFFICIAL_STEMS}\b",
    rf"\b(?:ne|nie|mitte|epa|u|in|un|non|neo|an)-?{_OFFICIAL_STEMS}\b",
    rf"\b(?:si|sio|siyo)\s+(?:{_BETWEEN}\s+)?rasmi\b",
    # Tetum's bare negation right before its word ("(la ofisiál)"); "la" is an article
    # elsewhere, never before this spelling
    r"\bla\s+ofisial\b",
    # French without its "ne", before an article ("Pas la page officielle de <Brand>"; "pas"
    # is "at" in Lithuanian: "pas oficialų atstovą" names no negation)
    rf"\bpas\s+(?:la|le|l'|un|une|notre)\s*(?:{_BETWEEN}\s+){{0,2}}{_OFFICIAL_STEMS}\b",
    # Turkish, Uzbek, Azerbaijani, Kazakh and Kyrgyz, Somali; the Turkic copula inflected for
    # its person ("resmi sayfa değiliz": we are not the official page; "değildir", "deyilik")
    rf"\b{_OFFICIAL_STEMS}\s+(?:{_BETWEEN}\s+)?(?:degil\w*|emas\w*|deyil\w*|emes\w*|ahayn)\b",
    # Tagalog "hindi ito opisyal", Somali "ma aha bog rasmi ah", Hausa "ba shafin hukuma ba",
    # Yoruba "kii se oju-iwe osise", Zulu "akusiyo ikhasi elisemthethweni"
    # Tagalog writes "official" in English too ("Hindi po ito official channel")
    r"\b(?:hindi (?:po )?(?:ito|ito ang|po ito|kami|ito po) (?:po |ang )?(?:\w+ )?"
    r"(?:opisyal|official)|ma aha (?:\w+ ){0,2}rasmi|"
    r"ba (?:\S+ ){0,2}hukuma ba|kii se (?:\S+ ){0,2}osise|"
    r"(?:akusiyo|akuyona|akuyiwo) (?:\S+ ){0,2}\w*semthethweni)\b",
)
#: the same on text as written (scripts folding would transliterate): Cyrillic, Greek, Hebrew,
#: Arabic and Persian, Thai, Bengali, Hindi, Japanese, Korean, Chinese. The lexicon's one-word
#: forms only ("official account" phrases do not follow a negation), and not the user's words
#: of the family: a user's word for "official" alone says nothing unofficial, so these are no
#: FamilyPattern (which would put the user's phrases alone first)
_NATIVE_OFFICIAL = "(?:" + "|".join(re.escape(w) for w in sorted({
    *(w for w in _lx.native_phrases("official") if " " not in w), "официальн", "офіційн",
    "επισημ", "албан есны", "නිල"}, key=len, reverse=True) if len(w) >= 2) + ")"
NATIVE_NEGATED_OFFICIAL_PATTERNS: tuple[str, ...] = (
    # a negated copula, then at most two words ("δεν είναι η επίσημη", "לא דף רשמי")
    rf"(?:^|[\s(])(?:не является|не є|не е|это не|δεν ειναι|δεν|לא|ไม่ใช่|ليس|ليست)\s*"
    rf"(?:[^\s.!?;]+\s+){{0,2}}?{_NATIVE_OFFICIAL}",
    # the Arabic dialects' negations, a word of their own ("مش الصفحة الرسمية": Egyptian and
    # Levantine مش, Maghreb ماشي / موش / ماهيش, Gulf مو / مب; "موقع رسمي" is no negation)
    rf"(?:^|[\s(])(?:مش|موش|ماشي|ماهيش|مهوش|مو|مب)\s+(?:[^\s.!?;]+\s+){{0,2}}?{_NATIVE_OFFICIAL}",
    # a bare negation right before the word ("не официальная"; "не пропустите официальный
    # розыгрыш" is an order to readers)
    rf"(?:^|[\s(])(?:не|ні|нет|غير|غیر|ไม่เป็น|ไม่)\s*{_NATIVE_OFFICIAL}",
    r"(?:неофициальн|неофіційн|неафіцыйн|ανεπισημ|非官方|非公式|비공식|غیررسمی|غيررسمي|نافهرمي|"
    r"рәсми түгел)",
    rf"{_NATIVE_OFFICIAL}\S*\s*(?:\S+\s+)?(?:নয়|নয়|না|ではない|ではありません|じゃない|아님|아닙니다|"
    r"नहीं|नही|емес|эмас|эмес|нет|биш|"
    # the languages that put the negation after the word too: Urdu, Persian, Telugu,
    # Marathi, Nepali, Punjabi, Gujarati, Kannada, Malayalam, Tamil, Amharic, Sinhala,
    # Burmese (Urdu and Persian as folding writes them); "unrelated to the official" in
    # Japanese and Chinese ("公式とは無関係", "與官方無關")
    r"نهيں|نيست|نہیں|نیست|కాదు|नाही|होइन|ਨਹੀਂ|નથી|ಅಲ್ಲ|അല്ല|அல்ல|இல்லை|አይደለም|නොවේ|မဟုတ်|"
    r"無関係|无关|無關|没有关系|沒有關係)",
)


#: "not connected with" / "not run by" (Slovak, Czech, Polish, Croatian/Serbian/Slovenian,
#: Estonian, Latvian, Lithuanian, Hungarian, Romanian): a disclaimer a fan writes about the
#: brand, and a namesake's business about anyone ("not connected with any clinic"); read
#: only beside the brand's name in the bio (folded text)
NOT_CONNECTED_PATTERNS: tuple[str, ...] = (
    r"\b(nie som|nie sme|nie je|nie jest|nie jestesmy|neni|nejsme|nisu|nismo|nije|ni|nisam|"
    r"pole|nav|nera|nem|nu (este|suntem))\s+(\w+\s+)?(spojen\w*|powiazan\w*|povezan\w*|"
    r"seotud|saistit\w*|susij\w*|kapcsolod\w*|afiliat\w*|asociat\w*)\b",
    r"\bnespravuj\w*\b|\bnespravuje\b|\bnie prowadzi\b|\bne upravlja\b|\bnem a ceg\w*\b",
    # Spanish, Portuguese, Italian, French: "no tiene relación con", "sin vínculo con",
    # "não tem relação com", "non ha alcun legame con", "n'a aucun lien avec"
    r"\b(no|nao|non)\s+(tiene|tenemos|tem|temos|ha|abbiamo)\s+(ninguna\s+|nenhuma\s+|alcun\w*\s+)?"
    r"(relacion|relacao|legame|rapporto|vinculo)\w*\s+(con|com)\b",
    r"\bn'?\s?(a|avons)\s+aucun\w*\s+(lien|rapport|relation)\w*\s+avec\b",
    r"\b(sin|sem|senza|sans)\s+(relacion|relacao|vinculo|legame|lien)\w*\s+(con|com|avec)\b",
)


#: what follows a disclaimer that ties the page to nobody in particular ("not affiliated with
#: any agency", "aucun lien avec aucune entreprise", "sin relación con ninguna marca", "mit
#: keinem Unternehmen"): a trade's or a bot's blanket words, no fan's (folded; matched right
#: after the disclaimer's words)
BLANKET_DISCLAIMER_PATTERN = (
    r"\W*(with |to |from |of |by |avec |a |de |con |com |mit |von |met |z |ze |s |sa |ile )?"
    r"(any|anyone|anybody|any other|no one|none of|aucune?|aucun\w*|quelconque|ningun\w*|"
    r"nenhum\w*|qualquer|kein\w*|irgendein\w*|alcun\w*|nessun\w*|jakimkolwiek|zadn\w*|"
    r"bilo kojim|bilo kojom|herhangi|hicbir)\b"
)


# ----------------------------------------------------------------------------- communities

#: the people a community of the brand's gathers (students, users, customers, owners, alumni,
#: parents, passengers), folded, in the languages of the patterns below
_PEOPLE = (
    r"(students?|users?|customers?|owners?|alumni|parents?|passengers?|riders?|subscribers?|"
    r"supporters?|readers?|listeners?|viewers?|punters?|bettors?|guests?|"
    r"drivers?|patients?|families|"
    r"etudiant\w*|lecteurs|auditeurs|parieurs|eleves|usagers|utilisateur\w*|clients|proprietaires|anciens|abonnes|"
    r"estudiantes|alumnos|usuarios|clientes|propietarios|egresados|exalumnos|padres|"
    r"estudantes|alunos|utilizadores|ex-alunos|egressos|studenti|utenti|clienti|proprietari|"
    r"ex alunni|genitori|lectores|oyentes|leitores|ouvintes|lettori|ascoltatori|"
    r"leser|horer|lezers|luisteraars)"
)
#: the same, public: a word of the people a community gathers (:data:`COMMUNITY_PATTERNS`)
COMMUNITY_PEOPLE = _PEOPLE
#: a page that names itself a community of the brand's people, run by them ("Amicale des
#: étudiants de <Brand>", "<Brand> Kullanıcıları Yardımlaşma", "users' group", "géré par les
#: délégués"): a community page, openly not the company's (folded text, whole words)
COMMUNITY_PATTERNS: tuple[str, ...] = (
    # English
    rf"\b{_PEOPLE}'? (association|union|council|group|community|club|society|network|forum)\b",
    rf"\b(association|union|group|community|club|society|network|forum) (of|for) (the )?"
    rf"(\w+ )?{_PEOPLE}\b",
    r"\b(student|volunteer|user|alumni)[- ]run\b",
    r"\b(run|managed|moderated|organi[sz]ed) by (the |its )?(students|users|volunteers|"
    r"customers|owners|alumni|parents|class reps|delegates)\b",
    r"\b(we are|we're|this is|this page is) not (the )?(administration|management|company|"
    r"university|school)\b",
    # its people helping one another, or saying they are its people ("Customers helping
    # customers", "Students helping students", "we're guests, not the school")
    rf"\b{_PEOPLE} helping (each other|one another|other \w+|{_PEOPLE})\b",
    rf"\b(we are|we're) (just |all |only )?{_PEOPLE}\b",
    # French, Spanish, Portuguese, Italian
    rf"\b(amicale|association|groupe|communaute|club|bureau|union|reseau|forum|collectif|"
    rf"asociacion|centro|grupo|comunidad|consejo|red|federacion|associacao|comunidade|clube|"
    rf"conselho|rede|diretorio|associazione|gruppo|comunita|consiglio|rete) (des |d'|de |dos |"
    rf"das |degli |dei |di )?(los |las |os |as |les )?{_PEOPLE}\b",
    r"\b(gere|geree|gerees|geres|anime|animee) par (les |des |nos )?(etudiant\w*|delegue\w*|"
    r"benevoles|usagers|utilisateur\w*|anciens|parents|eleves)\b",
    # mutual aid of its people ("groupe d'entraide entre utilisateurs", "ayuda mutua entre
    # usuarios", "mutuo aiuto tra clienti", "ajuda mutua entre clientes")
    rf"\b(entraide|ayuda mutua|mutuo aiuto|auto-?aiuto|ajuda mutua|hilfe) (entre |des |de |pour "
    rf"(les )?|tra |fra |per |dos |das |unter |von )?(los |las |os |as |les |gli |i |le )?"
    rf"{_PEOPLE}\b",
    r"\bnous ne sommes pas (l'|la |le )?\s?(administration|direction|universite|entreprise|"
    r"societe|ecole)\b",
    r"\b(gestionad|administrad|manejad|organizad|gerid|mantid)[oa]s? (por|pelos|pelas) "
    r"(los |las |os |as )?(estudiantes|alumnos|delegados|usuarios|voluntarios|egresados|"
    r"estudantes|alunos|usuarios|voluntarios|utilizadores)\b",
    r"\bno somos (la |el )?(administracion|direccion|universidad|empresa)\b",
    r"\bnao somos (a |o )?(administracao|direcao|universidade|empresa)\b",
    r"\bcentro academico\b",
    r"\bgestit[oa] (da|dagli|dai) (studenti|utenti|volontari|rappresentanti|clienti)\b",
    # Turkish
    r"\b(ogrenci|kullanici|musteri|mezun|veli|sahip)\w* (toplulugu|kulubu|grubu|dernegi|"
    r"birligi|agi|platformu|meclisi|konseyi|yardimlasma\w*|dayanisma\w*)\b",
    r"\bgonullu(ler)? (tarafindan|yardimlasma\w*|dayanisma\w*|grubu|toplulugu)\b",
    # German, Dutch, the Nordic languages (compounds, glued or hyphenated)
    r"\b(studierenden|studenten|schuler|nutzer|kunden|besitzer|eltern|ehemaligen|gebruikers|"
    r"klanten|eigenaren|ouders|bruker|anvandar|kayttaja|opiskelija)-?(vertretung|verein|"
    r"vereniging|gruppe|groep|grupp|ryhma|community|forum|club|stammtisch|netzwerk|netwerk|"
    r"raad|forening|yhdistys)\b",
    r"\bfachschaft\b",
    r"\b(von|durch) (studierenden|studenten|nutzern|kunden|ehrenamtlichen|freiwilligen) "
    r"(betrieben|gefuhrt|organisiert)\b",
    # Polish, Czech and Slovak, Croatian and Serbian, Romanian, Hungarian
    r"\b(samorzad studencki|grupa uzytkownikow|klub uzytkownikow|spolecznosc uzytkownikow|"
    r"stowarzyszenie (absolwentow|studentow|uzytkownikow)|studentska rada|spolek studentu|"
    r"skupina uzivatelu|komunita uzivatelu|klub majitelu|studentski zbor|udruga studenata|"
    r"grupa korisnika|zajednica korisnika|klub vlasnika|asociatia studentilor|"
    r"liga studentilor|comunitatea utilizatorilor|grupul utilizatorilor|"
    r"hallgatoi onkormanyzat|felhasznaloi csoport)\b",
    # Indonesian and Malay, Vietnamese, Filipino, Swahili
    r"\b(himpunan mahasiswa|ikatan alumni|komunitas pengguna|komunitas pelanggan|"
    r"persatuan pelajar|kelab pengguna|senat mahasiswa|hoi sinh vien|cong dong nguoi dung|"
    r"nhom nguoi dung|samahan ng mga (estudyante|mag-aaral|gumagamit)|konseho ng mag-aaral|"
    r"jumuiya ya wanafunzi|chama cha wanafunzi|umoja wa wanafunzi|kikundi cha watumiaji)\b",
    # its drivers', couriers', riders' or customers' own association (Indonesian and Malay
    # "Paguyuban Driver <Brand>", "wadah silaturahmi driver", "komunitas mitra"; Swahili
    # "chama cha madereva"; Filipino "samahan ng mga rider")
    r"\b(paguyuban|perkumpulan|ikatan|komunitas|wadah silaturahmi|keluarga besar|kelab|"
    r"persatuan|solidaritas) (para )?(driver|drivers|pengemudi|pemandu|mitra|kurir|ojol|rider|"
    r"pelanggan|pengguna|penumpang|siswa|mahasiswa|alumni)\b",
    r"\b(chama|umoja|jumuiya) (cha |wa |ya )?(madereva|wateja|watumiaji|wasafiri)\b",
    r"\bsamahan ng mga (rider|driver|tsuper|kliyente|suki)\b",
)

#: a page that reposts the brand's customers' photos, run for them ("your photos are posted
#: here", "we repost your <Brand> kitchens", "صوركم بتنزل هنا"): a fans' gallery (folded,
#: whole words; read as :data:`COMMUNITY_PATTERNS` are)
REPOST_PATTERNS: tuple[str, ...] = (
    r"\b(we|i) repost (your|the best|customers'?|readers'?|followers'?)\b",
    r"\byour (photos|pics|pictures|kitchens|homes|builds|looks) (are |get )?"
    r"(posted|reposted|featured|shared) here\b",
    r"\b(sus|tus) fotos (aqui|se publican aqui)\b|\bpublicamos (sus|tus) fotos\b",
    r"\b(suas|tuas) fotos aqui\b|\brepostamos (suas|as fotos)\b",
    r"\bvos photos (ici|sont publiees ici)\b|\bnous repostons vos\b",
    r"\bdeine fotos (hier|werden hier gepostet)\b|\bwir reposten eure\b",
)
#: the same as written (Arabic, Egyptian Arabic, Persian, Russian)
NATIVE_REPOST_PHRASES: tuple[str, ...] = (
    "صوركم بتنزل هنا", "صوركم هتنزل هنا", "ننشر صوركم", "بننشر صوركم", "صوركم هنا",
    "عکس‌های شما اینجا", "عکسهای شما اینجا", "ваши фото здесь", "публикуем ваши фото",
)


#: the same in other scripts, as written (Arabic, Russian and Ukrainian, Chinese, Japanese,
#: Korean, Thai, Hindi, Greek, Hebrew, Persian)
NATIVE_COMMUNITY_PHRASES: tuple[str, ...] = (
    "اتحاد طلاب", "رابطة طلاب", "مجموعة طلاب", "مجتمع مستخدمي", "جروب مستخدمي", "رابطة خريجي",
    "студенческий совет", "сообщество пользователей", "чат студентов", "беседа студентов",
    "يديرها مستخدم", "يديره مستخدم", "تديرها مستخدم", "يديرها عملاء", "يديرها طلاب",
    "клуб владельцев", "группа студентов",
    "студентська рада", "спільнота користувачів", "клуб власників",
    "學生會", "学生会", "同學會", "同学会", "校友會", "校友会", "車友會", "车友会", "用戶社群",
    "用户社区", "ユーザー会", "オーナーズクラブ", "同窓会", "학생회", "동문회", "사용자 모임",
    "สโมสรนักศึกษา", "ชมรมผู้ใช้", "छात्र संघ", "उपयोगकर्ता समूह", "σύλλογος φοιτητών",
    "κοινότητα χρηστών", "אגודת הסטודנטים", "קהילת משתמשי", "انجمن دانشجویان", "انجمن کاربران",
)


# ----------------------------------------------------------------------------- groups

#: a profile's category that says it is a group (Facebook's header "Public group", "Groupe
#: privé", "Öffentliche Gruppe", "Grupo público", "Gruppo privato"), as folded words
GROUP_CATEGORY_WORDS: frozenset[str] = frozenset({
    "group", "groupe", "gruppe", "grupo", "gruppo", "groep", "grupp", "grupa", "grup", "gruppa",
    "ryhma", "kelompok", "nhom",
})
#: a group's words for the people who gather around a brand they own, use or love: its
#: community, club, owners, users, lovers, fans (folded Latin words, endings allowed)
GROUP_COMMUNITY_PATTERNS: tuple[str, ...] = (
    # English
    r"\b(communit(y|ies)|club|lovers?|owners?|users?|fans|enthusiasts?|aficionados|"
    r"collectors?|addicts|afficionados)\b",
    # German, Dutch, the Nordic languages, Finnish
    r"\b(gemeinschaft|liebhaber|besitzer|nutzer|freunde|gemeenschap|liefhebbers|eigenaren|"
    r"gebruikers|gemenskap|fallesskab|fellesskap|agare|ejere|eiere|anvandare|brukere|"
    r"yhteiso|harrastajat|omistajat|kayttajat|ystavat)\b",
    # Spanish, Portuguese, French, Italian, Romanian
    r"\b(comunidad|amantes|duenos|propietarios|usuarios|aficionados|comunidade|donos|"
    r"proprietarios|apaixonados|clube|communaute|amoureux|proprietaires|utilisateurs|"
    r"passionnes|comunita|amanti|proprietari|utenti|appassionati|comunitate|iubitori|"
    r"proprietari|utilizatori)\b",
    # Turkish, Polish, Czech, Hungarian, Indonesian and Malay, Vietnamese, Swahili
    r"\b(topluluk\w*|severler\w*|sahipleri\w*|kullanicilari\w*|tutkunlari\w*|"
    r"kulubu|spolecznosc|milosnicy|wlasciciele|uzytkownicy|komunita|milovnici|majitele|"
    r"kozosseg|rajongok|tulajdonosok|komunitas|pecinta|pengguna|pemilik|cong dong|"
    r"nguoi yeu|jumuiya|wapenzi)\b",
    # Croatian, Serbian, Bosnian, Slovenian: its lovers, admirers, users, owners
    r"\b(ljubitelj\w*|obozavatel\w*|korisnik\w*|vlasnik\w*|zajednic\w*|uporabnik\w*)\b",
    # its regulars, a place's or a service's own community ("Hópur fyrir fastagesti", "Stammgäste",
    # "habitués", "clientes habituales", "stałych bywalców", "vakiasiakkaat", "müdavimleri")
    r"\b(regulars|habitues|stammgaste|stamgasten|stamgaster|stamgaester|stamgjester|"
    r"fastagest\w*|habituales|clientes habituais|frequentatori|habitues|bywalc\w*|"
    r"vakiasiak\w*|mudavim\w*|stali gosti|stalni gosti|stali hoste)\b",
    # its customers as what gathers the group, "of" the brand or as a family, a club, a
    # group ("Customers of <Brand>", "Grahak Parivar": Hindi and Gujarati in Latin letters,
    # "klanten van", "asiakkaiden ryhmä"); "Customers" in a name beside a place says nothing
    r"\b(customers|clients|clientes|clienti|kunden|klanten|kunder|klienci|zakaznici|klienti)"
    r" (of|de|di|van|von|der|des|do|da|del)\b|"
    r"\b(customers'?|clients'?|asiakkaiden|musteri|pircej\w*|pirkej\w*) (family|club|group|"
    r"ryhma|kerho|grubu|kulubu|grupa|klubs|klubas)\b|\b(grahak|graahak) parivar\b",
    # where to buy it, said by those who look for it (Latvian, Lithuanian, Estonian, Finnish,
    # Polish, Czech, Slovak, Croatian, Hungarian, Turkish; English, Spanish and German "buy"
    # words make a market's group instead)
    r"\b(kur (var )?(nopirkt|iegadaties)|kur (nusipirkti|isigyti)|kust osta|mista ostaa|"
    r"gdzie kupic|kde koupit|kde kupit|gdje kupiti|hol (lehet )?(venni|kapni)|"
    r"nereden (alinir|bulunur))\b",
)
#: the same in scripts folding would transliterate, as written
NATIVE_GROUP_COMMUNITY_WORDS: tuple[str, ...] = (
    "сообщество", "любители", "любителей", "владельцы", "владельцев", "пользователи", "клуб",
    "спільнота", "шанувальники", "власники", "مجتمع", "عشاق", "محبي", "ملاك", "مستخدمي", "نادي",
    "社区", "社群", "社區", "俱乐部", "俱樂部", "爱好者", "愛好者", "车主", "車主", "コミュニティ",
    "愛好会", "オーナーズ", "ファン", "커뮤니티", "동호회", "클럽", "समुदाय", "प्रेमी", "κοινότητα",
    "λάτρεις", "קהילת", "קהילה", "ชุมชน", "คนรัก", "انجمن", "دوستداران",
    # its regulars
    "завсегдатаи", "постоянные гости", "постоянные клиенты", "постійні гості", "常客", "常連",
    "단골", "الزبائن الدائمين", "زبائن دائمين",
    # its customers, a customers' family (Hindi, Gujarati, Bengali, Russian, Arabic)
    "ग्राहक परिवार", "ग्राहकों", "ગ્રાહક પરિવાર", "ગ્રાહકો", "গ্রাহক", "покупатели", "клиенты",
    "عملاء",
)
#: a group's words that name its members as the company's staff ("Sambok Staff Football
#: Club", "Mitarbeiter-Stammtisch", "Grupo de funcionários"): the employees' own club, a
#: group of people, not the brand's customers' (folded, whole words)
GROUP_STAFF_PATTERNS: tuple[str, ...] = (
    r"\b(staff|employees?|workers|colleagues|co-?workers|personnel|empleados|trabajadores|"
    r"funcionarios|colaboradores|salaries|collegues|mitarbeiter\w*|kollegen|belegschaft|"
    r"dipendenti|colleghi|medewerkers|collega's|pracownik\w*|calisan\w*|personeli|"
    r"karyawan|pegawai|staf|wafanyakazi)\b",
)
#: the same as written
NATIVE_GROUP_STAFF_WORDS: tuple[str, ...] = (
    "сотрудник", "сотрудников", "работников", "співробітник", "موظفي", "موظفين", "عمال",
    "员工", "員工", "社員", "従業員", "직원", "พนักงาน", "कर्मचारी",
)
#: a group's words that make it a place's or a trade's (a village, a neighbourhood, buy and
#: sell, jobs, rentals): a group using the brand's word for its place or its market
GROUP_PLACE_TRADE_PATTERNS: tuple[str, ...] = (
    r"\b(buy|sell|selling|swap|for sale|marketplace|flea|village|town|neighbou?r\w*|"
    r"residents|locals|jobs|rentals?|kaufen|verkaufen|verkauf|flohmarkt|dorf|nachbar\w*|"
    r"einwohner|compra\w*|venta\w*|vendo|pueblo|barrio|vecin\w*|achat|vente|voisin\w*|"
    r"habitants|compro|vendita|paese|vicini|kyla|kirppis|kirpputori|myydaan|ostetaan|"
    r"al ?sat|alim satim|koy\w*|mahalle\w*|komsu\w*|sprzedam|kupie|wies|jual ?beli|"
    r"desa|kampung|mua ban)\b",
)
#: the same in scripts folding would transliterate, as written
NATIVE_GROUP_PLACE_TRADE_WORDS: tuple[str, ...] = (
    "продам", "куплю", "купля", "продажа", "барахолка", "деревня", "село", "жители", "соседи",
    "بيع", "شراء", "قرية", "سكان", "买卖", "二手", "村民", "跳蚤", "売買", "중고", "동네",
)
#: the brand as what the group's reader owns or uses: "your <Brand>", "tu <Brand>", "deine
#: <Brand>" (a second person's possessive, one word between at most; folded)
GROUP_POSSESSIVES: frozenset[str] = frozenset({
    "your", "yours", "tu", "tus", "votre", "vos", "ton", "ta", "tes", "dein", "deine", "deinen",
    "deinem", "euer", "eure", "tuo", "tua", "tuoi", "tue", "teu", "seu", "sua", "je", "jouw",
    "din", "ditt", "dina", "sinun", "twoj", "twoja", "twojego", "tvuj", "senin", "anda",
})


# ----------------------------------------------------------------------------- a person's practice

#: the word a person's own practice or office puts before or after her surname in its
#: domain (``praxis-<surname>.de``, ``clinica-<surname>.es``, ``<surname>law.com``): health,
#: law, tax, architecture, therapy, in many languages (folded, glued: no separators)
PRACTICE_LABEL_WORDS: frozenset[str] = frozenset({
    # German, Dutch, the Nordic languages
    "praxis", "arztpraxis", "zahnarzt", "zahnarztpraxis", "zahnaerztin", "kanzlei",
    "ordination", "klinik", "tierarzt", "tierarztpraxis", "steuerberater", "steuerberatung",
    "notar", "notariat", "physio", "physiotherapie", "psychotherapie", "hebamme", "architekt",
    "architekten", "praktijk", "huisarts", "tandarts", "advocaat", "advocaten", "notaris",
    "fysio", "tannlege", "tandlaege", "tandlakare", "klinikk", "advokat", "advokatfirma",
    # English
    "clinic", "dental", "dentist", "dentistry", "doctor", "dr", "law", "lawoffice", "legal",
    "lawfirm", "attorney", "cpa", "therapy", "vet", "ortho", "surgery", "md",
    # Spanish, Portuguese, French, Italian
    "clinica", "consultorio", "odontologia", "ortodoncia", "abogado", "abogados", "abogada",
    "notaria", "dra", "psicologo", "psicologa", "fisioterapia", "veterinaria", "advocacia",
    "advogado", "advogados", "advogada", "clinique", "cabinet", "avocat",
    "avocats", "notaire", "kine", "osteopathe", "orthodontie", "dentaire", "pharmacie",
    "avvocato", "studiolegale", "studiomedico", "studiodentistico", "notaio", "farmacia",
    # Polish, Czech, Slovak, Croatian, Turkish, Indonesian
    "kancelaria", "gabinet", "stomatologia", "ordinace", "ambulancia", "ambulanta",
    "ordinacija", "muayenehane", "hukuk", "avukat", "dokter", "drg",
})


#: a person's title before her name ("Dr.", "Dra.", "Prof.", "Mag.", "Av.", "Me", "Dott.")
#: and the letters of her degree after it ("DDS", "MD", "PhD", "Esq."): folded, no dot
PERSON_TITLE_WORDS: frozenset[str] = frozenset({
    "dr", "dra", "drs", "drg", "prof", "mag", "ing", "lic", "av", "adv", "avv", "me", "mr",
    "mrs", "ms", "dott", "dottssa", "doc", "dipl", "ir", "atty", "mgr", "pharm",
})
PERSON_CREDENTIAL_WORDS: frozenset[str] = frozenset({
    "dds", "dmd", "md", "phd", "do", "rn", "esq", "cpa", "mba", "msc", "bds", "mbbs", "frcs",
    "dvm", "od", "pt", "dpt", "llm", "jd",
})


# ----------------------------------------------------------------------------- customers' stories

#: a customer, patient or guest telling her own story of the brand in the first person, the
#: words just before the brand's name: "my treatment with <Brand>", "my nights at <Brand>",
#: "my orders from <Brand>", "mi tratamiento con", "mes nuits à", "meine Behandlung bei"
#: (folded). An employee names a role instead ("my years at", "I work at"); the company
#: says "your stay", "book your trip", never "my treatment with us"
CUSTOMER_STORY_PATTERNS: tuple[str, ...] = (
    # English
    r"\bmy (\w+ )?(treatments?|stays?|nights|holidays?|vacation|honeymoon|trips?|visits?|"
    r"orders?|purchases?|smile) (with|at|in|from)\b",
    # Spanish, Portuguese, French, Italian
    r"\bmis? (\w+ )?(tratamientos?|estancias?|estadias?|noches|vacaciones|viajes?|visitas?|"
    r"pedidos?|compras?|sonrisa) (con|en)\b",
    r"\b(meus?|minhas?) (\w+ )?(tratamentos?|estadias?|noites|ferias|viagens?|visitas?|"
    r"pedidos?|compras?|sorriso) (com|na|no|em)\b",
    r"\b(mon|ma|mes) (\w+ )?(traitements?|sejours?|nuits|vacances|voyages?|visites?|"
    r"commandes?|achats?|sourire) (avec|a|au|chez)\b",
    r"\b(il mio|la mia|le mie|i miei) (\w+ )?(trattament[oi]|soggiorn[oi]|notti|vacanze|"
    r"viagg(io|i)|visite?|ordini|acquisti|sorriso) (con|a|al|alla|da|presso)\b",
    # German, Dutch, Polish
    r"\b(meine?n?) (\w+ )?(behandlung|aufenthalt|nachte|urlaub|reise|besuche?|"
    r"bestellungen?|einkaufe|lacheln) (mit|bei|im|in|am)\b",
    r"\bmijn (\w+ )?(behandeling|verblijf|nachten|vakantie|reis|bezoek|bestellingen?|"
    r"aankopen|glimlach) (met|bij|in)\b",
    r"\b(moje?|moja|moj) (\w+ )?(leczenie|pobyt|noce|wakacje|podroz|wizyt[ay]|zamowieni[ae]|"
    r"zakupy|usmiech) (w|z|u)\b",
    # Indonesian and Malay, Filipino, Swahili
    r"\b(perawatan|liburan|menginap|pesanan|belanja|senyum)(ku| saya| aku) (di|dengan|dari)\b",
    r"\b(ang )?aking (pananatili|bakasyon|paggamot|mga order) (sa|kay)\b",
    r"\b(matibabu|likizo|safari|oda|ziara) yangu (na|katika|kwa)\b",
)

#: the same where the language puts the brand's name first, its case ending or postposition
#: in the words (Turkish, folded): "<Brand>'taki tatilim", "<Brand> ile tedavim"
CUSTOMER_STORY_AFTER_NAME_PATTERNS: tuple[str, ...] = (
    r"(?:'?(?:da|de|ta|te)ki|'?(?:dan|den|tan|ten)|\s+ile) (tatilim|konaklamam|tedavim|"
    r"tedavi surecim|gecelerim|siparislerim|alisverislerim|seyahatim|ziyaretim|gulusum)\b",
)

#: ... and as written in other scripts (Hindi, Urdu, Bengali, Japanese, Korean)
NATIVE_CUSTOMER_STORY_AFTER_NAME_PHRASES: tuple[str, ...] = (
    "में मेरा इलाज", "के साथ मेरा इलाज", "में मेरी छुट्टियां", "में मेरी छुट्टियाँ", "में मेरा ठहराव",
    "میں میرا علاج", "کے ساتھ میرا علاج", "میں میری چھٹیاں",
    "এ আমার চিকিৎসা", "তে আমার চিকিৎসা", "এ আমার ছুটি",
    "での治療", "での滞在", "での宿泊", "で治療中", "での矯正",
    "에서의 치료", "에서 치료 중", "에서의 숙박", "에서의 휴가",
)

#: the same as written in other scripts (Russian, Ukrainian, Belarusian, Bulgarian, Arabic,
#: Persian, Greek, Hebrew), the brand's name following
NATIVE_CUSTOMER_STORY_PHRASES: tuple[str, ...] = (
    "درمانم در", "درمان من در", "اقامتم در", "اقامت من در", "سفرم به",
    "мой отдых в", "мой отпуск в", "мои ночи в", "моё лечение в", "мое лечение в",
    "моё лечение с", "мое лечение с", "мои заказы в", "мои покупки в",
    "мій відпочинок у", "мій відпочинок в", "моє лікування в", "моє лікування у",
    "мої ночі в", "мої замовлення в",
    "мой адпачынак у", "маё лячэнне ў", "мае начы ў",
    "моята почивка в", "моето лечение в", "моят престой в",
    "علاجي مع", "علاجي في", "إقامتي في", "اقامتي في", "رحلتي مع", "طلباتي من",
    "η διαμονή μου στο", "η διαμονή μου στη", "η θεραπεία μου με", "οι διακοπές μου στο",
    "הטיפול שלי ב", "החופשה שלי ב", "ההזמנות שלי מ",
)


#: a home cook's page whose subject is the brand's product: recipes, cooking, baking with it
#: ("Kedvenc receptjeim Rubin paprikával", "On cuisine tout à l'huile <Brand>", "Recepti sa
#: <Brand> slatkom", "recetas con <Brand>"), the brand's name among the next four words
#: (folded, whole words). The company says "our recipes", "recipes from our kitchen"; a
#: namesake's recipes name no brand of ours there
RECIPE_PATTERNS: tuple[str, ...] = (
    # English, Spanish, Portuguese, French, Italian, German, Dutch
    r"\b(my |our |family |easy |favou?rite |best )?(recipes?|cooking|baking|cook(s|ed)?|"
    r"bak(e|es|ed)) (\w+ )?(with|using)\b",
    r"\b(mis |nuestras )?(recetas|cocin(o|amos|ando|ar)|horneando) (\w+ )?(con|a base de)\b",
    r"\b(minhas |nossas )?(receitas|cozinh(o|amos|ando|ar)) (\w+ )?(com|a base de)\b",
    r"\b(mes |nos )?(recettes|cuisin(e|ons|er)|patisseries?) (\w+ ){0,2}(avec|a|au|a base d)\b",
    r"\b(le mie |le nostre )?(ricette|cucin(o|iamo|are)) (\w+ )?(con|al|alla|a base di)\b",
    r"\b(meine |unsere )?(rezepte|koch(e|en)|back(e|en)) (\w+ )?mit\b",
    r"\b(mijn )?(recepten|kook|koken|bakken) (\w+ )?met\b",
    # Hungarian, Croatian / Serbian / Bosnian, Slovenian, Polish, Czech, Slovak, Romanian,
    # Turkish, Indonesian and Malay, Filipino, Swahili (the name after the word: "receptjeim
    # Rubin paprikával", the instrumental ending on the name)
    r"\b(kedvenc |csaladi )?(receptjeim|receptek|receptjei|receptje)\b",
    r"\b(moji |nasi )?(recepti|recepte) (\w+ )?(sa|s|sa domacim|od|z)\b",
    r"\b(moje |nasze )?(przepisy|gotuje|piekę|pieke) (\w+ )?(z|ze|na)\b",
    r"\b(moje |nase )?(recepty|varim|peču|pecu) (\w+ )?(s|se|z|zo)\b",
    r"\b(retete(le)?( mele)?|gatesc) (\w+ )?(cu)\b",
    r"\b(tariflerim|tarifleri|tarifler) (\w+ )?(ile)?\b",
    r"\b(resep(-resep)?( saya| ku)?|masak(an)?( saya)?) (\w+ )?(pakai|dengan|guna|menggunakan)\b",
    r"\b(mga )?(recipe|luto) (\w+ )?(gamit ang|na may)\b",
    r"\b(mapishi|napika) (\w+ )?(kwa|ya|na)\b",
)
#: the same as written in other scripts (Arabic, Persian, Russian, Ukrainian, Bulgarian,
#: Greek, Hebrew), the brand's name following
NATIVE_RECIPE_PHRASES: tuple[str, ...] = (
    "وصفات", "وصفاتي", "طبخاتي", "طبخات", "أطبخ ب", "اطبخ ب", "دستور پخت", "آشپزی با",
    "рецепты с", "мои рецепты", "готовлю с", "готовим с", "рецепти з", "мої рецепти",
    "готую з", "рецепти с", "моите рецепти", "συνταγές με", "οι συνταγές μου", "מתכונים עם",
    "המתכונים שלי",
)


# ----------------------------------------------------------------------------- main channel

#: how a company's side channel sends its readers to its main account without naming it
#: ("for news see our main channel", "auf unserem Hauptkanal", "ana hesabımızda"): the
#: company's voice about its own account (folded text, whole words)
MAIN_CHANNEL_PATTERNS: tuple[str, ...] = (
    r"\bour (main|primary|official) (channel|account|page|profile)\b",
    r"\b(unserem|unseren|unser) (haupt(kanal|konto|account|seite|profil))\b",
    r"\bunser(em|en)? hauptkanal\b",
    r"\b(notre|nos) (chaine|compte|page) principale?\b",
    r"\bnuestr[oa] (canal|cuenta|pagina|perfil) principal\b",
    r"\bnoss[oa] (canal|conta|pagina|perfil) principal\b",
    r"\bil nostro (canale|account|profilo) principale\b|\bla nostra pagina principale\b",
    r"\bonze (hoofdpagina|hoofdaccount|hoofdkanaal)\b",
    r"\bana (hesab|kanal|sayfa)\w*\b",
    r"\b(nasz|naszym|naszego) (glown\w+ (kanal\w*|konc\w*|profil\w*))\b",
    r"\b(akun|kanal|halaman) utama kami\b",
    r"\bkenh chinh\b",
)
#: the same in other scripts, as written
NATIVE_MAIN_CHANNEL_PHRASES: tuple[str, ...] = (
    "основной канал", "наш основной", "головний канал", "القناة الرئيسية", "حسابنا الرئيسي",
    "主頻道", "主频道", "主帳號", "主账号", "メインチャンネル", "メインアカウント", "메인 채널",
    "본 계정",
)


# ----------------------------------------------------------------------------- fake help desks

#: a private channel a help desk's search result sends its customers to, folded, whole words
#: ("DM us", "Escribinos por mensaje directo", "écrivez-nous en MP", "özelden yazın", "пишите в
#: личку" as folding spells it): where a fake help desk takes its victims out of sight. Honest
#: help desks say it too: alone, on a page nobody official declares or links, it makes a
#: candidate of medium severity, not a high one (:data:`DESK_DETAIL_WORDS` makes it high)
DESK_PRIVATE_WORDS = (
    r"\b(dms?|pm (us|me)|inbox|direct message|private message|whatsapp|telegram|messenger|viber|"
    r"mensaje (directo|privado)|por privado|al privado|por interno|"
    r"mensagem (direta|privada)|no (privado|direct|direto)|"
    r"message prive|messages? prives?|en prive|en mp|par mp|"
    r"direktnachricht|privatnachricht|per pn|"
    r"messaggio privato|in privato|in direct|dm'?den|ozelden|ozel mesaj|"
    r"v li[cs]h?ku|licn\w* soobshch\w*|v direkt|v ls|"
    r"pesan (langsung|pribadi)|japri|"
    r"nhan tin rieng|tin nhan rieng|inbox|"
    # Polish, Ukrainian (folded), Swahili
    r"na priv|na pw|priv|wiadomosc prywatn\w*|v osobysti|v pryvat|ujumbe (binafsi|wa faragha)|"
    # South Slavic (Cyrillic folds to Latin: приватна порака, на лично, лични поруки),
    # Romanian, Czech and Slovak, Hungarian, the Nordic languages
    r"privatn\w* (poruk\w*|porak\w*|sporocil\w*)|zasebn\w* sporocil\w*|licn\w* (poruk\w*|porak\w*)|"
    r"na licno|licno s'?obshch\w*|(u|na|v|vo) (pp|inboks)|"
    r"(in|pe) privat|mesaj(ul)? privat|soukrom\w* zprav\w*|sukromn\w* sprav\w*|do zprav|"
    r"privatban|privat uzenet\w*|privat (besked|melding|meddelande))\b"
)
#: the details a fake help desk asks for in private, folded, whole words: a booking, order or
#: transaction reference, the full name, a phone number, a tax or identity number, a date of
#: birth, the card's digits (English, Jamaican Patois, Spanish, Portuguese, French, German,
#: Italian, Dutch, Turkish, Russian in Latin letters, Indonesian, Tagalog)
DESK_DETAIL_WORDS = (
    r"\b((booking|order|reservation|transaction|reference|ref|account|tracking|ticket|"
    r"confirmation|policy|customer|membership|transfer|control|mtcn|case|claim|card|"
    r"phone|mobile|cell|whatsapp|id|passport|tax|trn|tin|ssn|social security) "
    r"(number|no\.?|nr|#|code|reference|details?|digits?)|booking reference|full names?|"
    r"date of birth|dob|home address|trn|nin|bvn|ssn|last (4|four) digits|"
    r"(the )?card (you|u) (paid|pay|used)|"
    r"numero de (reserva|pedido|orden|transaccion|cuenta|tarjeta|telefono|celular|cedula|"
    r"documento|identificacion|envio|guia|operacion|cliente|referencia)|nombre completo|"
    r"(tu|su) (telefono|celular|dpi|dni|cedula|curp|rfc|nit|rut|cuit|ine)|"
    r"dpi|dni|curp|cedula|fecha de nacimiento|ultimos (4|cuatro) digitos|"
    r"numero d[oa] (pedido|reserva|cartao|telefone|celular|protocolo|conta|rastreio)|"
    r"nome completo|(seu|teu) (telefone|celular|cpf|rg|nif)|cpf|data de nascimento|"
    r"numero de (reservation|commande|transaction|telephone|carte|dossier|compte|client)|"
    r"nom complet|date de naissance|"
    r"(buchungs|bestell|kunden|telefon|handy|karten|transaktions|vorgangs)nummer|"
    r"vollstandige[nr]? name\w*|geburtsdatum|"
    r"numero (di prenotazione|d'ordine|dell'ordine|di telefono|di cellulare|della carta)|"
    r"nome e cognome|codice fiscale|"
    r"(boekings|bestel|klant|telefoon)nummer|volledige naam|"
    r"(rezervasyon|siparis|telefon|kart|islem|tc kimlik) ?(numara\w*|no)|ad soyad|"
    r"nomer (zakaza|broni|telefona|karty|perevoda|dogovora)|fio|"
    r"nomor (pesanan|pemesanan|hp|telepon|rekening|kartu|transaksi)|nama lengkap|nik|"
    r"buong pangalan|numero ng (telepono|order)|"
    # Vietnamese, Polish, Ukrainian (folded), Swahili, Greek (folded)
    r"so (don hang|dien thoai|tai khoan|the|cccd|cmnd)|ho (va )?ten|"
    r"numer (zamowienia|telefonu|rezerwacji|karty|konta)|pesel|imie i nazwisko|"
    r"nomer (zamovlennya|telefonu|kartky)|pib|"
    r"namba ya (oda|simu|muamala|kitambulisho)|jina kamili|"
    r"arithmo paraggelias|afm|"
    # South Slavic as folding spells it (Macedonian бројот на нарачката, податоците од
    # картичката; Serbian, Croatian, Bosnian broj narudžbe / porudžbine, podaci o kartici;
    # Slovene številka naročila; Bulgarian номер на поръчката, данните от картата), a full name
    r"broj\w* (na )?(narac\w*|narudzb\w*|porudzb\w*|kartic\w*|telefon\w*|racun\w*|smetk\w*|"
    r"transakcij\w*)|"
    r"podat\w* (o|od|s|sa|so|na|za|z) (vasat\w* |vase\w* |tvoj\w* |svoj\w* )?kartic\w*|"
    r"podatk\w* (o )?kartic\w*|stevilk\w* (narocil\w*|kartic\w*|telefon\w*|racun\w*)|"
    r"nomer\w* na (por'?c\w*|kart\w*|telefon\w*)|dann\w* (na|ot|za) kart\w*|"
    r"ime i prezime|ime in priimek|embg|jmbg|egn|"
    # Romanian, Czech and Slovak, Hungarian, the Nordic languages
    r"numar(ul)? (de )?(comand\w*|comenzii|card\w*|telefon)|numele complet|nume complet|"
    r"cisl\w* (objednavk\w*|kart\w*|uct\w*)|telefonni cislo|rodne cislo|"
    r"rendelesszam\w*|kartyaszam\w*|telefonszam\w*|teljes nev\w*|"
    r"(order|bestillings|kort|telefon)nummer\w*|"
    # Finnish and Estonian (tilausnumero, koko nimi, henkilötunnus; tellimuse number, isikukood)
    r"tilausnumero\w*|puhelinnumero\w*|kortin numero\w*|koko nimi|henkilotunnus\w*|"
    r"tellimuse number|isikukood\w*|kaardi number|"
    # Hindi and Urdu as folding spells them (ऑर्डर नंबर, आधार, UPI ID, OTP; آرڈر نمبر)
    r"ordar nambar|aadhar|aadhaar|adhar|upi id|rdr nmbr)\b"
)
#: what a help desk offers in private that no real desk does, folded: a higher loan or credit
#: limit, an instant loan or payout ("DM us to increase your loan limit instantly", "ongeza
#: limit ya mkopo", "aumentamos tu cupo", "aumente seu limite"): the lure of the loan-app
#: and card scams, not an invitation a real desk also makes
DESK_PROMISE_WORDS = (
    r"\b((increase|raise|boost|unlock|upgrade|double) (your |ur )?(loan |credit |card )?"
    r"(limit|credit line|balance)|instant (loan|approval|payout|cash ?out)|"
    r"ongeza (limit|mkopo|kikomo)|"
    r"aumenta\w* (tu |su |el )?(cupo|limite)|aumenta\w* (seu |o )?limite|"
    r"augmente[rz]? (votre |ton )?(plafond|limite)|"
    r"(kredi |kart )?limit(ini|inizi)? (artir|yukselt)\w*|"
    r"naikkan limit|tambah limit|uvelich\w* limit)\b"
)
#: the word by which a handle or a name presents a page as a help desk ("<brand>_support",
#: "<Brand> Care", "<Brand> Soporte", "<Brand> CSKH"): the desk's words of
#: :data:`HELP_DESK_HANDLE_WORDS` without the lures (a giveaway, a refund, a promo)
DESK_WORDS: frozenset[str] = (HELP_DESK_HANDLE_WORDS - LURE_AFFIXES) | frozenset({
    "ajuda", "apoio", "asiakaspalvelu", "asistenta", "assistance", "atendimento", "ayuda",
    "bantuan", "care", "cares", "cskh", "destek", "help", "hilfe", "hjalp", "hjelp",
    "kundendienst", "kundeservice", "kundservice", "madad", "podderzhka", "podpora", "pomoc",
    "pomosh", "pomoshch", "sahayata", "sahayta", "segitseg", "soporte", "suport", "suporte",
    "support", "tuki", "tulong", "tuslamj", "ugyfelszolgalat", "wsparcie", "service",
    "servicio", "servico", "cs",
}) | _SERVICE_WORDS
#: what a help desk's name says it handles, folded ("<Brand> Warranty Help", "<Brand> Billing
#: Support", "<Brand> Reclamaciones"): the desk's business, no one else's name beside the brand
DESK_TOPIC_WORDS: frozenset[str] = frozenset({
    "warranty", "warranties", "guarantee", "garantia", "garantie", "garanzia", "garanti",
    "gewahrleistung", "claims", "claim", "billing", "facturacion", "faturamento",
    "facturation", "reclamaciones", "reclamacoes", "reclamations", "reklamation",
    "returns", "devoluciones", "devolucoes", "delivery", "deliveries", "entregas",
    "livraison", "envios", "orders", "pedidos", "bookings", "reservas", "reservations",
    "payments", "pagos", "pagamentos", "paiements", "accounts", "complaints", "quejas",
    "customer", "customers", "clientes", "client", "clients", "kunden", "team", "equipo",
    "equipe", "desk", "center", "centre", "centro",
})
#: the same two in other scripts, as written (:func:`matching.signals.native`): a private
#: channel, then the details asked there
NATIVE_DESK_PRIVATE_PHRASES: tuple[str, ...] = (
    "личк", "личные сообщения", "в лс", "директ", "приватн",
    "على الخاص", "عالخاص", "ع الخاص", "في الخاص", "بالخاص", "رسالة خاصة", "رساله خاصه",
    "انبوكس", "واتساب",
    "دايركت",
    "私信", "私訊", "ダイレクトメッセージ", "dm で", "다이렉트 메시지", "디엠",
    "ข้อความส่วนตัว", "इनबॉक्स", "डीएम", "پیام خصوصی", "دایرکت",
    "в особисті", "особисті повідомлення", "προσωπικό μήνυμα", "στα μηνύματα", "inbox",
    # Urdu, Bengali: the inbox, a private message
    "ان باکس", "انباکس", "ইনবক্স", "মেসেজ করুন", "প্রাইভেট মেসেজ",
)
NATIVE_DESK_DETAIL_PHRASES: tuple[str, ...] = (
    "номер заказа", "номер брони", "номер телефона", "номер карты", "фио", "паспорт",
    "номер замовлення", "номер картки", "піб", "αριθμό παραγγελίας", "αριθμό τηλεφώνου", "αφμ",
    "номер перевода", "дату рождения", "дата рождения",
    "رقم الحجز", "رقم الطلب", "رقم الهاتف", "رقم الجوال", "رقم الحواله", "رقم التحويل",
    "رقم جوال", "رقم هاتف", "رقم موبايل",
    "الاسم الكامل", "الاسم الثلاثي", "الرقم الوطني", "رقم الهويه", "رمز التحويل", "رقم البطاقه",
    "订单号", "訂單號", "手机号", "手機號", "身份证号", "全名",
    "予約番号", "注文番号", "電話番号", "예약번호", "주문번호", "전화번호",
    "หมายเลขคำสั่งซื้อ", "เบอร์โทร", "ชื่อ-นามสกุล",
    "मोबाइल नंबर", "ऑर्डर नंबर", "पूरा नाम",
    "شماره سفارش", "شماره تماس", "کد ملی",
    # Urdu, Bengali: the order number, the mobile number, the identity card, the full name
    "آرڈر نمبر", "موبائل نمبر", "شناختی کارڈ", "پورا نام",
    "অর্ডার নম্বর", "মোবাইল নম্বর", "কার্ড নম্বর", "এনআইডি", "পুরো নাম",
)
