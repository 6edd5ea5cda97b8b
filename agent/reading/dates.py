"""Dates in a supplier's own words: absolute, year-less, relative and calendar weeks.

Candidate spans are found with regular expressions first and only the span is
interpreted; whole paragraphs are never handed to a general date parser
(slow, and it finds dates in part numbers and phone numbers). Month and day
names come from babel's locale data for the languages suppliers write in.
The reference point for year-less and relative dates is the mail's ``Date``.

Reading rules (corpus FORMAT.md): a calendar week without a named day is the
Friday of that ISO week; with a day named, that day. A date without a year is
the next such date on or after the reference.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from agent.reading import startup_cache
from agent.reading.lexicon import language_of
from agent.reading.startup_cache import compile_re

LANGS = (
    "en",
    "de",
    "fr",
    "es",
    "nl",
    "it",
    "cs",
    "pt",
    "pl",
    "sv",
    "da",
    "nb",
    "ro",
    "hu",
    "tr",
    "ja",
    "sk",
    "fi",
    "el",
    "ko",
    "vi",
    "ru",
    "uk",
    "id",
    "ms",
    "hr",
    "sl",
    "bg",
    "et",
    "lt",
    "lv",
    "ar",
    "hi",
    # Icelandic: its full month names only ("15. janúar"; its short "des." is French "des")
    "is",
)

# Languages whose full month names only are read (their short names, weekdays and words are
# not): "১০ জানুয়ারি ২০২৭", "15 dhjetor", "18 Desemba", "20 Diċembru". A name shorter than three
# letters (Bengali and Nepali "মে", "मे", Persian "مه" is also "moon") is left out.
_MONTH_ONLY_LANGS = (
    "bn",
    "ur",
    "ne",
    "fa",
    "mr",
    "gu",
    "pa",
    "ta",
    "te",
    "hy",
    "ka",
    "kk",
    "mk",
    "sr",
    "az",
    "sq",
    "mt",
    "sw",
    "fil",
    # Catalan: "dimarts 15 de desembre" ("de" before the month is read as Spanish's is)
    "ca",
    # Afrikaans: "22 Januarie 2027" (the names it shares with Dutch are read already)
    "af",
)

# Which locales write numeric dates month-first.
MONTH_FIRST = {"en-us", "en_us", "en-ph", "en-ca"}

# Basque months with their article ("abendua", the December), as dates write them before
# the genitive "-ren"
_BASQUE_MONTHS = (
    "urtarrila",
    "otsaila",
    "martxoa",
    "apirila",
    "maiatza",
    "ekaina",
    "uztaila",
    "abuztua",
    "iraila",
    "urria",
    "azaroa",
    "abendua",
)

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "an": 1,
    "ein": 1,
    "eine": 1,
    "einer": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "deux": 2,
    "trois": 3,
    "dos": 2,
    "tres": 3,
    "één": 1,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "due": 2,
    "duas": 2,
    "três": 3,
    "quatro": 4,
    "quattro": 4,
    "cuatro": 4,
    "quatre": 4,
    "dva": 2,
    "dvě": 2,
    "tři": 3,
    "dwa": 2,
    "dwóch": 2,
    "trzy": 3,
    "fünf": 5,
    # Indonesian and Malay: "dua minggu lagi", "dalam tiga hari"
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "sepuluh": 10,
    # Greek: "σε τρεις εβδομάδες"
    "δύο": 2,
    "τρεις": 3,
    "τέσσερις": 4,
    # Catalan: "d'aquí a dues setmanes"
    "dues": 2,
    "cinc": 5,
    # Croatian, Serbian, Bosnian (Latin and Cyrillic): "za tri tjedna", "за три недеље"
    "dvije": 2,
    "dve": 2,
    "tri": 3,
    "četiri": 4,
    "два": 2,
    "две": 2,
    "три": 3,
    "четири": 4,
    # Norwegian, Danish, Swedish: "om tre uker", "om två veckor"
    "två": 2,
    "tre": 3,
    "fire": 4,
    "fyra": 4,
    "fem": 5,
    "seks": 6,
    # French, Spanish, Portuguese, Italian, Dutch, German: "dans cinq semaines"
    "cinq": 5,
    "cinco": 5,
    "cinque": 5,
    "vijf": 5,
    "sechs": 6,
    "seis": 6,
    "zes": 6,
    "acht": 8,
    # Polish, Czech, Slovak, Slovenian, Russian, Ukrainian, Bulgarian
    "cztery": 4,
    "pięć": 5,
    "čtyři": 4,
    "štyri": 4,
    "štiri": 4,
    "pět": 5,
    "päť": 5,
    "четыре": 4,
    "чотири": 4,
    "пять": 5,
    "п'ять": 5,
    "дві": 2,
    # Romanian, Turkish, Hungarian: "în trei săptămâni", "üç hafta sonra", "három hét múlva"
    "două": 2,
    "trei": 3,
    "patru": 4,
    "cinci": 5,
    "iki": 2,
    "üç": 3,
    "dört": 4,
    "beş": 5,
    "két": 2,
    "három": 3,
    "négy": 4,
    # Finnish and Estonian, also in the genitive a postposition takes ("kolmen viikon
    # kuluessa", "kolme nädala pärast")
    "kaksi": 2,
    "kahden": 2,
    "kolme": 3,
    "kolmen": 3,
    "neljä": 4,
    "neljän": 4,
    "kaks": 2,
    "kahe": 2,
    "kolm": 3,
    "neli": 4,
    "nelja": 4,
    # Latvian and Lithuanian: "pēc trim nedēļām", "per tris savaites"
    "divām": 2,
    "trim": 3,
    "dvi": 2,
    "tris": 3,
    # Greek: "σε πέντε εβδομάδες"
    "πέντε": 5,
}


_NUMBER_WORDS = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
_WEEK_UNITS = (
    "weeks?|wochen|woche|semaines?|semanas?|settimane|settimana|weken|week|tygodni[ea]?|tydzień"
    "|týdn[yůu]|týden"
)
_DAY_UNITS = "days?|tagen|tage|tag|jours?|d[ií]as|giorni|giorno|dagen|dag|dni|dzień|dní|dny|den"
# Russian and Ukrainian: "через 2 недели", "через 3 тижні", "через 10 дней"
_WEEK_UNITS += "|недел[юиья]|недель|тиж(?:день|ні|нів|ня)"
_DAY_UNITS += "|дн(?:я|ей|і|ів)|день"
# Indonesian and Malay: "dalam 2 minggu", "dalam waktu 10 hari"
_WEEK_UNITS += "|minggu|pekan"
_DAY_UNITS += "|hari"
# Croatian, Serbian, Bosnian, Slovenian, Bulgarian: "za 3 tjedna", "čez 2 tedna", "след 2
# седмици", Lithuanian "per 2 savaites", Latvian "pēc 2 nedēļām"
_WEEK_UNITS += (
    "|tjed(?:an|na|ana)|sedmic[ae]|tedn(?:a|e|ov)|седмиц[аи]|savait(?:es|ę)|nedēļ(?:ām|as)"
)
_DAY_UNITS += "|dana|dni|дни|дена|dien(?:as|ų)|dienām"
# Lithuanian "6 savaitės", Nordic "6 uker", "6 uger", "6 veckor", Finnish "6 viikkoa",
# Estonian "6 nädalat", Turkish "6 hafta", Romanian "6 săptămâni", Greek "6 εβδομάδες"
_WEEK_UNITS += (
    "|savait(?:ės|ė|ėms)|uker|uger|veckor|viikkoa|viikon|nädala(?:t)?|hafta"
    # Slovak "4 týždne", "7 týždňov" (and typed without diacritics)
    "|týžd(?:eň|ne|ňov|ňa|ni)|tyzd(?:en|ne|nov|na|ni)"
    "|s[ăa]pt[ăa]m[âa]ni|εβδομάδ(?:ες|ων)"
)
_DAY_UNITS += "|dager|dage|dagar|päivää|päeva|gün|zile|ημέρ(?:ες|ών)|dienų"
_UNITS = f"{_WEEK_UNITS}|{_DAY_UNITS}"
# a lead time's label and what may stand between it and its count ("Lieferzeit: 3 Wochen",
# "lead time is 3 weeks", "délai de livraison : 3 semaines")
_LEAD_LABEL = (
    r"(?:lead ?time|delivery time|lieferzeit|liefertermin|délai de livraison|plazo de entrega"
    r"|tiempo de entrega|tempo di consegna|termine di consegna|prazo de entrega|levertijd"
    r"|leveringstijd|termin dostawy|czas dostawy|dodací lhůta|leveranstid|leveringstid"
    r"|toimitusaika"
    # "Termin: 3 hafta", "Termín: 2 týdny", "teslim süresi 10 gün"
    r"|termin|termín|teslim süresi|teslimat süresi|tedarik süresi"
    # Catalan "El termini de lliurament és de 3 setmanes"
    r"|termini de lliurament|termini d['’]entrega"
    # Afrikaans "Die lewertyd is 3 weke"
    r"|lewertyd|leweringstyd|leityd)"
    r"\s*(?:is|es|és de|es de|de|ist|est|è|é|van|wynosi|je|er|är|on)?\s*:?"
)

# prefixes that read "in N weeks" only with their own language's units
_PREFIX_UNITS = {
    "over": "weken|dagen",
    "binnen": "weken|dagen|week|dag",
    "tra": "settimane|giorni",
    "fra": "settimane|giorni",
    "za": "tygodni[ea]?|tydzień|dni|dzień|týdn[yůu]|týden|dní|dny|den",
    "em": "semanas?|d[ií]as",
    "через": "недел[юиья]|недель|тиж(?:день|ні|нів|ня)|дн(?:я|ей|і|ів)|день",
    "dalam": "minggu|pekan|hari",
    "dalam waktu": "minggu|pekan|hari",
    "čez": "tedn(?:a|e|ov)|teden|dni|dan",
    "след": "седмиц[аи]|дни|дена",
    "per": "savait(?:es|ę)|dien(?:as|ų)",
    "pēc": "nedēļ(?:ām|as)|dienām",
    # Swedish, Danish, Norwegian "om 3 veckor", "om 2 uger", "om 10 dager"
    "om": "veckor|uger|uker|dagar|dage|dager",
}
# "za" (in) is Czech, Polish and Croatian
_PREFIX_UNITS["za"] += "|tjed(?:an|na|ana)|sedmic[ae]|dana|nedelj[aeu]"
# Greek: "σε 4 εβδομάδες (από σήμερα)", "σε 10 ημέρες"
_PREFIX_UNITS["σε"] = "εβδομάδ(?:ες|ων)|ημέρ(?:ες|ών)|μέρες"
_DAY_UNITS += "|μέρες"
# Catalan: "d'aquí a tres setmanes", "en 10 dies"
_PREFIX_UNITS["d'aquí a"] = "setmanes|setmana|dies|dia"
_WEEK_UNITS += "|setmanes"
_DAY_UNITS += "|dies"
# Serbian in Cyrillic: "за три недеље", "за 10 дана"
_PREFIX_UNITS["за"] = "недељ[аеу]|седмиц[аеу]|дана"
_WEEK_UNITS += "|nedelj[aeu]|недељ[аеу]|седмиц[еу]"
_DAY_UNITS += "|дана"
# Albanian: "brenda 3 javëve (nga sot)", "brenda 10 ditëve"
_PREFIX_UNITS["brenda"] = "jav[ëe](?:ve|sh)?|dit[ëe](?:ve|sh)?"
_WEEK_UNITS += "|jav[ëe]ve"
_DAY_UNITS += "|dit[ëe]ve"
# Romanian: "peste 3 săptămâni", "în 10 zile"
_PREFIX_UNITS["peste"] = _PREFIX_UNITS["în"] = "s[ăa]pt[ăa]m[âa]n[ăai]|zile|zi"
_WEEK_UNITS += "|s[ăa]pt[ăa]m[âa]n[ăa]"
_DAY_UNITS += "|zi"
# Icelandic: "eftir 3 vikur", "innan 3 vikna", "afhending eftir 10 daga"
_WEEK_UNITS += "|vikur|viku|vika|vikna"
_DAY_UNITS += "|daga|dagar"
_PREFIX_UNITS["eftir"] = _PREFIX_UNITS["innan"] = "vikur|vikna|viku|daga|dag"
# Afrikaans: "oor 3 weke", "binne 10 dae" ("week" and "dag" are read as Dutch's are)
_PREFIX_UNITS["oor"] = "weke|week|dae|dag"
_PREFIX_UNITS["binne"] = "weke|week|dae|dag"
_WEEK_UNITS += "|weke"
_DAY_UNITS += "|dae"
_UNITS = f"{_WEEK_UNITS}|{_DAY_UNITS}"

_AMBIGUOUS_ABBREVIATIONS = {"out", "set", "ago", "led", "pro", "lis", "dub", "mag", "gen", "ott"}
# Short month names that are words of another language: Polish "sie" (German "Sie 2 Stück"),
# Norwegian "des" (French "des 3 pièces"), Polish "lip" (a lip seal).
_AMBIGUOUS_ABBREVIATIONS |= {"sie", "des", "lip"}
# Malay "Dis" (December) is "dis" of "dis 10%": read only with a year ("23 Dis 2026"), as
# "des" is (_SHORT_DECEMBER)
_AMBIGUOUS_ABBREVIATIONS |= {"dis"}
# Slovenian "avg" (August) is "avg. 3,2" (an average)
_AMBIGUOUS_ABBREVIATIONS |= {"avg"}
# Languages whose short month names are everyday words (Portuguese "out", "set"; Turkish
# "ara", "kas", "tem"; Finnish "kesä", "joulu" are summer and Christmas): their full names
# only. Greek short names ("Μαρ", "Σεπ") would be read inside Greek words, which the
# Latin-letter guards around a month do not see.
# Russian and Ukrainian short names ("мар", "лист" is a letter) would be read inside words.
# Croatian "tra", "svi", "stu" are Italian "in" ("tra 2 settimane") and Croatian "all";
# Bulgarian short names would be read inside words as the Russian ones; Lithuanian "vas.",
# "bal." are words of other languages.
_WIDE_ONLY = ("cs", "pt", "tr", "fi", "el", "ru", "uk", "hr", "bg", "lt", "is")
# A weekday name that is also a common word: Romanian "luni" is Monday and "months"; Greek
# Tuesday, Wednesday, Thursday are "third", "fourth", "fifth" ("τρίτη γραμμή") and the
# Vietnamese days are ordinals ("thứ hai" is Monday and "second").
_AMBIGUOUS_DAYS = {"luni", "τρίτη", "τετάρτη", "πέμπτη"}
_AMBIGUOUS_DAYS |= {f"thứ {n}" for n in ("hai", "ba", "tư", "năm", "sáu", "bảy")}
# Russian "среда" is Wednesday and a medium ("рабочая среда", "температура среды"): "в среду"
_AMBIGUOUS_DAYS |= {"среда"}
# Bulgarian "неделя" is Sunday and the Russian week ("срок поставки 1 неделя")
_AMBIGUOUS_DAYS |= {"неделя"}
# Russian and Ukrainian name a day in its case: "в пятницу", "до пятницы", "у п'ятницю"
_DAY_CASES = {
    # Chinese weekdays: "星期五", "周五" / "週五", "礼拜五" (babel's tables hold none of the short forms)
    **{
        f"{head}{num}": i
        for head in ("星期", "周", "週", "礼拜", "禮拜")
        for i, num in enumerate("一二三四五六日")
    },
    **{f"{head}天": 6 for head in ("星期", "礼拜", "禮拜")},
    # Catalan weekdays (babel's month names of Catalan are read, its days are not): "dijous
    # 17", "dimarts vinent"
    "dilluns": 0,
    "dimarts": 1,
    "dimecres": 2,
    "dijous": 3,
    "divendres": 4,
    "dissabte": 5,
    "diumenge": 6,
    # Icelandic weekdays (babel's month names of Icelandic are read, its days are not), in
    # the forms a date takes: "föstudaginn 11. desember", "á mánudag", "fyrir fimmtudaginn"
    **{
        f"{stem}{end}": i
        for i, stem in enumerate(
            ("mánu", "þriðju", "miðviku", "fimmtu", "föstu", "laugar", "sunnu")
        )
        for end in ("dagur", "daginn", "dag", "dags", "deginum")
    },
    # Afrikaans weekdays not spelled as the Dutch ones ("maandag" to "donderdag" are both):
    # "Vrydag 11 Desember"
    "vrydag": 4,
    "saterdag": 5,
    "sondag": 6,
    "понедельника": 0,
    "вторника": 1,
    "среду": 2,
    "четверга": 3,
    "пятницу": 4,
    "пятницы": 4,
    "субботу": 5,
    "субботы": 5,
    "воскресенья": 6,
    "понеділка": 0,
    "вівторка": 1,
    "середу": 2,
    "середи": 2,
    "пʼятницю": 4,
    "пʼятниці": 4,
    "суботу": 5,
    "суботи": 5,
    "неділю": 6,
    "неділі": 6,
    # Indonesian "Jum'at"
    "jum'at": 4,
    "jum’at": 4,
    # Croatian, Serbian and Bosnian "do petka", "u srijedu"; Slovenian "do petka", "v sredo"
    # (Serbian "nedelju", "nedelje" are also the week's: not read)
    "ponedjeljka": 0,
    "ponedeljka": 0,
    "utorka": 1,
    "torka": 1,
    "srijedu": 2,
    "srijede": 2,
    "sredu": 2,
    "srede": 2,
    "sredo": 2,
    "četvrtka": 3,
    "četrtka": 3,
    "petka": 4,
    "subotu": 5,
    "subote": 5,
    "soboto": 5,
    "sobote": 5,
    "nedjelju": 6,
    "nedjelje": 6,
    "nedeljo": 6,
    # Estonian "reedel" (on Friday), "reedeks" (by Friday)
    "esmaspäeval": 0,
    "esmaspäevaks": 0,
    "teisipäeval": 1,
    "teisipäevaks": 1,
    "kolmapäeval": 2,
    "kolmapäevaks": 2,
    "neljapäeval": 3,
    "neljapäevaks": 3,
    "reedel": 4,
    "reedeks": 4,
    "laupäeval": 5,
    "laupäevaks": 5,
    "pühapäeval": 6,
    # Lithuanian "penktadienį" (on Friday), "iki penktadienio" (by Friday)
    "pirmadienį": 0,
    "pirmadienio": 0,
    "antradienį": 1,
    "antradienio": 1,
    "trečiadienį": 2,
    "trečiadienio": 2,
    "ketvirtadienį": 3,
    "ketvirtadienio": 3,
    "penktadienį": 4,
    "penktadienio": 4,
    "šeštadienį": 5,
    "šeštadienio": 5,
    "sekmadienį": 6,
    "sekmadienio": 6,
    # Latvian "piektdien", "piektdienā" (on Friday), "līdz piektdienai" (by Friday)
    "pirmdienā": 0,
    "otrdienā": 1,
    "trešdienā": 2,
    "ceturtdienā": 3,
    "piektdienā": 4,
    "sestdienā": 5,
    "svētdienā": 6,
    "pirmdien": 0,
    "pirmdienai": 0,
    "otrdien": 1,
    "otrdienai": 1,
    "trešdien": 2,
    "trešdienai": 2,
    "ceturtdien": 3,
    "ceturtdienai": 3,
    "piektdien": 4,
    "piektdienai": 4,
    "sestdien": 5,
    "sestdienai": 5,
    "svētdien": 6,
}
# Cyrillic letters: a Russian or Ukrainian name runs on into a longer word ("четвертий")
_CYR = "а-яёіїєґʼ"
# Indonesian "Minggu" is Sunday and "week": a week when a number or a week's word is next to
# it ("minggu ke-51", "2 minggu", "minggu depan", "setiap minggu"), else Sunday ("hari
# Minggu", "Minggu, 20 Desember"). Malay writes Sunday "Ahad".
_SUNDAY_WEEK = "minggu"
_NOT_SUNDAY = (
    r"(?<!\d)(?<!\d\s)(?<!\d-)(?<!per\s)(?<!tiap\s)(?<!satu\s)(?<!dua\s)(?<!tiga\s)"
    r"(?<!empat\s)(?<!lima\s)(?<!enam\s)(?<!beberapa\s)(?<!selama\s)(?<!dalam\s)"
    r"minggu(?!\s*-?\s*\d|\s+(?:ke|depan|ini|lalu|kemarin|berikut\w*|hadapan|pertama|kedua"
    r"|ketiga|keempat|terakhir|sebelumnya|yang|lagi|sekali|kalender)\b)"
)
# Indonesian "Des", Malay "Dis": December only with a year after it ("23 Des 2026"; "des 3
# pièces" is French) or with an Indonesian or Malay supplier
_SHORT_DECEMBER_LANGS = frozenset({"id", "ms"})


# The cases a month's name takes in a date that babel does not give: Croatian "studenog";
# Serbian and Bosnian (Latin script) "15. decembra", "januar"; Slovenian "15. januarja";
# Estonian "15. detsembril" (on), "detsembriks" (by), "detsembrini" (until), "detsembri
# lõpus" (at the end of); Latvian "15. decembrī" (on), "līdz 15. decembrim" (until),
# "decembra beigās" (at the end of)
_MONTH_FORMS = {
    "studenog": 11,
    # Serbian and Bosnian
    "januar": 1,
    "januara": 1,
    "februar": 2,
    "februara": 2,
    "mart": 3,
    "marta": 3,
    "april": 4,
    "aprila": 4,
    "maj": 5,
    "maja": 5,
    "jun": 6,
    "juni": 6,
    "jul": 7,
    "juli": 7,
    "avgust": 8,
    "avgusta": 8,
    "august": 8,
    "augusta": 8,
    "septembar": 9,
    "septembra": 9,
    "oktobar": 10,
    "oktobra": 10,
    "novembar": 11,
    "novembra": 11,
    "decembar": 12,
    "decembra": 12,
    # Serbian in Cyrillic: the nominative and the genitive of a date ("17. децембра")
    **{
        form: n
        for n, stem in enumerate(
            ("јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август"), start=1
        )
        for form in (stem, stem + "а")
    },
    **{
        form: n
        for n, (nominative, genitive) in enumerate(
            (
                ("септембар", "септембра"),
                ("октобар", "октобра"),
                ("новембар", "новембра"),
                ("децембар", "децембра"),
            ),
            start=9,
        )
        for form in (nominative, genitive)
    },
    # Slovenian
    "januarja": 1,
    "februarja": 2,
    "marca": 3,
    "junija": 6,
    "julija": 7,
    # Estonian
    **{
        f"{stem}{end}": n
        for n, stem in enumerate(
            [
                "jaanuari",
                "veebruari",
                "märtsi",
                "aprilli",
                "mai",
                "juuni",
                "juuli",
                "augusti",
                "septembri",
                "oktoobri",
                "novembri",
                "detsembri",
            ],
            1,
        )
        for end in ("l", "ks", "ni", "")
        if f"{stem}{end}" != "mail"  # English "mail"
    },
    # Latvian
    **{
        f"{stem}{end}": n
        for n, (stem, ends) in enumerate(
            (
                ("janvār", ("ī", "im", "a")),
                ("februār", ("ī", "im", "a")),
                ("mart", ("ā", "am", "a")),
                ("aprīl", ("ī", "im", "a")),
                ("maij", ("ā", "am", "a")),
                ("jūnij", ("ā", "am", "a")),
                ("jūlij", ("ā", "am", "a")),
                ("august", ("ā", "am", "a")),
                ("septembr", ("ī", "im", "a")),
                ("oktobr", ("ī", "im", "a")),
                ("novembr", ("ī", "im", "a")),
                ("decembr", ("ī", "im", "a")),
            ),
            1,
        )
        for end in ends
    },
}
# Croatian "listopad" is October, the Polish and Czech one November: a Croatian or Bosnian
# supplier's months are read with their own numbers first. Serbian and Bosnian "15. jula",
# "15. juna" are months only from such a supplier ("Jula" is a shop, "Juna" a name).
_SERBIAN_ONLY = {"jula": 7, "juna": 6}
_LOCAL_MONTHS = {
    "hr": {"listopad": 10, "listopada": 10, "listopadu": 10, **_SERBIAN_ONLY},
    "bs": {"listopad": 10, "listopada": 10, "listopadu": 10, **_SERBIAN_ONLY},
    "sr": _SERBIAN_ONLY,
}


@lru_cache(maxsize=1)
def _short_month_table() -> dict[str, int]:
    return startup_cache.derived(
        "short month names", _babel_tables_version(), _build_short_month_table
    )


def _build_short_month_table() -> dict[str, int]:
    """The short month names the month table leaves out (Turkish "Ara", Greek "Δεκ",
    Portuguese "set", Italian "gen"): words of other languages alone, a month only between a
    day and a year. A name two languages give different months ("lip": June in Croatian,
    July in Polish) is none."""
    from babel.dates import get_month_names

    found: dict[str, set[int]] = {}
    for lang in LANGS:
        for ctx in ("format", "stand-alone"):
            try:
                names = get_month_names("abbreviated", ctx, locale=lang)
            except Exception:
                continue
            for num, name in names.items():
                key = name.lower().rstrip(".")
                if not (len(key) >= 3 and key.isalpha()):
                    continue
                if lang in _WIDE_ONLY or key in _AMBIGUOUS_ABBREVIATIONS:
                    found.setdefault(key, set()).add(num)
                    found.setdefault(_bare(key), set()).add(num)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


@lru_cache(maxsize=64)
def _short_month_names(lang: str) -> frozenset[str]:
    """The language's own short month names, as babel writes them, without the dot."""
    from babel.dates import get_month_names

    try:
        names = get_month_names("abbreviated", "format", locale=lang).values()
    except Exception:
        return frozenset()
    return frozenset(n.lower().rstrip(".") for n in names)


@lru_cache(maxsize=64)
def _short_month_words(lang: str) -> frozenset[str]:
    """The language's own short month names that are words elsewhere ("set", "gen", "out"):
    months between a day and a year only from a supplier who writes that language."""
    from babel.dates import get_month_names

    try:
        names = get_month_names("abbreviated", "format", locale=lang).values()
    except Exception:
        return frozenset()
    return frozenset(n.lower().rstrip(".") for n in names) & _AMBIGUOUS_ABBREVIATIONS


def names_a_month_or_day(word: str) -> bool:
    """Whether a word names a month or a weekday in a language the dates are read in."""
    key = word.lower().rstrip(".")
    return key in _month_table() or key in _weekday_table()


def _bare(name: str) -> str:
    """A Greek name without its accents: capitals and hurried mail drop them."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFD", name) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _month_table() -> dict[str, int]:
    return startup_cache.derived("month names", _babel_tables_version(), _build_month_table)


@lru_cache(maxsize=1)
def _babel_tables_version() -> str:
    return startup_cache.fingerprint(__file__, startup_cache.library_file("babel"))


def _build_month_table() -> dict[str, int]:
    from babel.dates import get_month_names

    table: dict[str, int] = {}
    for lang in LANGS:
        for width in ("wide", "abbreviated"):
            for ctx in ("format", "stand-alone"):
                try:
                    names = get_month_names(width, ctx, locale=lang)
                except Exception:
                    continue
                for num, name in names.items():
                    key = name.lower().rstrip(".")
                    if width == "abbreviated" and (
                        lang in _WIDE_ONLY or key in _AMBIGUOUS_ABBREVIATIONS
                    ):
                        continue  # "3 out of stock", "3 LED", "10 set": words, not months
                    if any(ch.isdigit() for ch in key):
                        continue  # Japanese "10月": read by the CJK date pattern with its day
                    if len(key) >= 3:
                        table.setdefault(key, num)
                        if lang == "el":
                            table.setdefault(_bare(key), num)
    for lang in _MONTH_ONLY_LANGS:
        for ctx in ("format", "stand-alone"):
            for num, name in get_month_names("wide", ctx, locale=lang).items():
                if len(name) >= 3 and not any(ch.isdigit() for ch in name):
                    table.setdefault(name.lower(), num)
    # Georgian declines its months: "22 დეკემბერს" (on), "დეკემბერში" (in), "დეკემბრამდე"
    # (until), "დეკემბრიდან" (from), "დეკემბრის" (of): before a vowel ending "-ერ-", "-ალ-", "-არ-"
    # drop their vowel; a stem that ends in a vowel ("აგვისტო") takes the endings without one
    for num, name in get_month_names("wide", "format", locale="ka").items():
        stem = name.removesuffix("ი")
        if stem != name:
            short = stem[:-2] + stem[-1] if stem[-2:] in ("ერ", "ალ", "არ") else stem
            forms = (stem + "ს", stem + "ში", short + "ის", short + "ამდე", short + "იდან")
        else:
            forms = (stem + "ს", stem + "ში", stem + "მდე", stem + "დან")
        for form in forms:
            table.setdefault(form, num)
    # Thai months ("15 ม.ค. 2570", a year of the Buddhist era), not its weekdays: "อาทิตย์"
    # (Sunday) is also the week ("อาทิตย์หน้า", next week)
    for width in ("wide", "abbreviated"):
        for num, name in get_month_names(width, "format", locale="th").items():
            table.setdefault(name.rstrip("."), num)
    # Common English/German short forms babel does not list.
    for k, v in {"sept": 9, "sep": 9, "mrz": 3, "jän": 1, "jänner": 1}.items():
        table.setdefault(k, v)
    for k, v in _MONTH_FORMS.items():
        table.setdefault(k, v)
    # Czech genitive and nominative forms both appear; babel gives the genitive.
    return table


_WORD_BEFORE = compile_re(r"([^\W\d_]{3,})\.?,?\s*$")


def _weekday_of(word: str) -> int | None:
    """The weekday a full day name gives, in a case form too ("středu" of "středa")."""
    w = word.lower()
    table = _weekday_table()
    if w in table:
        return table[w]
    if len(w) >= 5:
        near = {n for k, n in table.items() if len(k) == len(w) and k[:-1] == w[:-1]}
        if len(near) == 1:
            return near.pop()
    return None


@lru_cache(maxsize=1)
def _weekday_table() -> dict[str, int]:
    return startup_cache.derived("weekday names", _babel_tables_version(), _build_weekday_table)


def _build_weekday_table() -> dict[str, int]:
    from babel.dates import get_day_names

    table: dict[str, int] = {}
    for lang in LANGS:
        for ctx in ("format", "stand-alone"):
            try:
                names = get_day_names("wide", ctx, locale=lang)
            except Exception:
                continue
            for num, name in names.items():
                key = name.lower()
                if key not in _AMBIGUOUS_DAYS and _bare(key) not in _AMBIGUOUS_DAYS:
                    table.setdefault(key, num)
                    if lang == "el":
                        table.setdefault(_bare(key), num)
    for key, num in _DAY_CASES.items():
        table.setdefault(key, num)
    # Ukrainian "пʼятниця" is typed with an apostrophe too
    for key, num in list(table.items()):
        if "ʼ" in key:
            table.setdefault(key.replace("ʼ", "'"), num)
            table.setdefault(key.replace("ʼ", "’"), num)
    for i, abbr in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun")):
        table.setdefault(abbr, i)
    table.setdefault("tues", 1)
    table.setdefault("thur", 3)
    table.setdefault("thurs", 3)
    return table


@lru_cache(maxsize=64)
def _short_days(locale: str) -> dict[str, int]:
    """The short day names of the supplier's own language ("mi" for de, "mer" for fr).

    Only that language's: "do" is Thursday in German and a verb in English.
    """
    lang = locale.replace("-", "_").split("_")[0].lower()
    return startup_cache.derived(
        f"short day names {lang}", _babel_tables_version(), lambda: _build_short_days(lang)
    )


def _build_short_days(lang: str) -> dict[str, int]:
    from babel.dates import get_day_names

    table: dict[str, int] = {}
    for width in ("abbreviated", "short"):
        for ctx in ("format", "stand-alone"):
            try:
                names = get_day_names(width, ctx, locale=lang)
            except Exception:
                continue
            for num, name in names.items():
                key = name.lower().rstrip(".")
                if len(key) >= 2 and key.isalpha():
                    table.setdefault(key, num)
    return table


# a short word right before a calendar week, ending where the week starts
# ("so KW 4" is German for "around week 4": a bare short word mid-sentence is no day)
_SHORT_DAY_AFTER = compile_re(
    r"[ \t]?(?:\(\s?|,\s?)?((?-i:[A-ZÀ-Ž])[^\W\d_]{1,2})\.?\)?(?=[ \t]*(?:$|[\n|\t,;)]))",
    re.MULTILINE,
)
_SHORT_DAY_BEFORE = compile_re(r"(?<![^\W\d_])([^\W\d_]{2,4})([.,]{1,2})?\s*\Z")


def _cell_start(text: str, m: re.Match[str]) -> bool:
    """The match starts its line, cell, bracket or a label's value ("Termin: Do KW 5")."""
    before = text[max(0, m.start() - 2) : m.start()]
    return not before or before[-1] in "\n\t(|:" or before in ("  ", ": ")


def _days_alt() -> str:
    """The weekday names as one alternation, Indonesian "minggu" only where it is Sunday."""
    table = _weekday_table()
    return _alt(k for k in table if k != _SUNDAY_WEEK) + "|" + _NOT_SUNDAY


def _alt(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a trie ("jan(?:uary|vier)?|…"), longest match first.

    Case-insensitive alternations of 200 month names are tried branch by branch at
    every position of the text; as a trie a position fails after one character.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


# Today, tomorrow and the day after, in every lexicon language: days after the mail's date.
# German "morgen" only in lower case ("Morgen" is the morning); Hungarian "ma" is too short.
_RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "day after tomorrow": 2,
    "heute": 0,
    "(?-i:morgen)": 1,
    "übermorgen": 2,
    "aujourd'hui": 0,
    "demain": 1,
    "après-demain": 2,
    "hoy": 0,
    "mañana": 1,
    "pasado mañana": 2,
    "oggi": 0,
    "domani": 1,
    "dopodomani": 2,
    "hoje": 0,
    "amanhã": 1,
    "depois de amanhã": 2,
    "vandaag": 0,
    "overmorgen": 2,
    "dziś": 0,
    "dzisiaj": 0,
    "jutro": 1,
    "pojutrze": 2,
    "dnes": 0,
    "zítra": 1,
    "pozítří": 2,
    "zajtra": 1,
    "pozajtra": 2,
    "idag": 0,
    "i dag": 0,
    "imorgon": 1,
    "i morgon": 1,
    "i morgen": 1,
    "i overmorgen": 2,
    "bugün": 0,
    "yarın": 1,
    "holnap": 1,
    "holnapután": 2,
    "azi": 0,
    "astăzi": 0,
    "mâine": 1,
    "poimâine": 2,
    "tänään": 0,
    "huomenna": 1,
    "σήμερα": 0,
    "αύριο": 1,
    "hôm nay": 0,
    "ngày mai": 1,
    "сегодня": 0,
    "завтра": 1,
    "послезавтра": 2,
    "сьогодні": 0,
    "післязавтра": 2,
    "hari ini": 0,
    "besok": 1,
    "esok": 1,
    "lusa": 2,
    # Croatian, Serbian, Bosnian, Slovenian, Bulgarian, Estonian, Lithuanian, Latvian
    # (Estonian "homme" is French "man": not read)
    "danas": 0,
    "sutra": 1,
    "prekosutra": 2,
    "jutri": 1,
    "pojutrišnjem": 2,
    "днес": 0,
    "утре": 1,
    "вдругиден": 2,
    "täna": 0,
    "ülehomme": 2,
    "šiandien": 0,
    "rytoj": 1,
    "poryt": 2,
    "šodien": 0,
    "rīt": 1,
    "parīt": 2,
}
_RELATIVE_DAYS_CJK = {
    "今天": 0,
    "今日": 0,
    "明天": 1,
    "明日": 1,
    "后天": 2,
    "明後日": 2,
    "오늘": 0,
    "내일": 1,
    "모레": 2,
}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    from agent.reading import lexicon as L

    months = _alt(_month_table())
    days = _days_alt()
    kw = (
        # Czech and Polish decline the word: "v týdnu 51", "w 3. tygodniu", "do tygodnia 4"
        r"(?:KW|CW|wk|week|woche|semaine|sem\.|semana|settimana|sett\.|týd(?:en|nu|ne)|tyd(?:en|nu|ne)"
        r"|tydzień|tydzien|tygodni(?:u|a)?|tydz\."
        # Danish "uge 5", Norwegian "uke 5", Turkish "hafta 5", Romanian "săptămâna (a) 5"
        r"|uge|uke|hafta|s[ăa]pt[ăa]m[âa]na(?:\s+a)?|s[ăa]pt\."
        # Slovak "týždeň 5" / "v týždni 5", Finnish "viikko 5" / "viikolla 5" / "vko 5",
        # Greek "εβδομάδα 5", Vietnamese "tuần 5" / "tuần thứ 5"
        r"|týž(?:deň|dni|dňa)|tyz(?:den|dni|dna)|viiko(?:lla|lle|n|sta)|viikko|vko"
        r"|εβδομ[άα]δα(?:ς)?|εβδ\.|tuần(?:\s+thứ)?"
        # Russian "неделя 51", Ukrainian "тиждень 51"
        r"|недел[яе]|тиждень"
        # Indonesian and Malay "minggu 51", "minggu ke-51", "pekan ke 51"
        r"|(?:minggu|pekan)(?:\s+ke\s?-?|\s?-)?"
        # Croatian "tjedan 51", Bosnian "sedmica 51", Slovenian "teden 51", Bulgarian "седмица
        # 51", Estonian "nädal 51", Lithuanian "savaitė 51", Latvian "nedēļa 51"
        r"|tjed(?:an|na|nu)|sedmic[aei]|ted(?:en|na|nu)|седмица(?:та)?|nädal(?:al|a)?"
        r"|savait(?:ė|ę|ės|ėje)|nedēļ(?:a|ā|as)"
        # Swedish "vecka 3", "v. 51", "v. 13." at a sentence's end (a lower-case v and a dot
        # or space: "v2" is a version; a comma after it ends the clause, "v.2, slut i lager",
        # unless a digit follows, "v. 2,5"); "S51", "W51", and with one digit only before its year
        # ("jeudi S2 2027": "S2" alone is a size), never inside a code ("CCK30/W33")
        # Welsh "wythnos 2", Catalan "setmana 51", Icelandic "viku 51"
        r"|wythnos|setmana|vik(?:u|a|unni)"
        r"|vecka|(?-i:v)(?=\.\s?\d{1,2}(?!\d|[.,]\d)|\s\d{1,2}(?!\d|[.,]\d))|(?<![/\w-])(?-i:S|W)(?=\d\d(?!\d)|\d\s?[/.]?\s?20\d\d(?!\d)))"
    )
    return {
        "iso": compile_re(r"(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])"),
        # Taiwan's Minguo years ("116/03/24" is 2027-03-24): year 1912 is 1, so three digits
        "roc": compile_re(r"(?<![\d.,/-])(1[0-3]\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\d.,/-]?\d)"),
        # ... after a dash only when a day's dot stands before it: "12.-14.01.2027" ends on
        # the 14th (not a code's "-14.01.2027")
        "num": compile_re(
            r"(?<![\d.,/:])(?<!(?<!\d\.)-)(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.,]?\d)"
        ),
        # "8/1-2027", "18/12-2026" (Danish and Norwegian): day/month, then the year after a
        # hyphen; four-digit year only
        "num_nordic": compile_re(r"(?<![\w.,/:-])(\d{1,2})/(\d{1,2})-(\d{4})(?![\w]|[.,]\d)"),
        # "8. 1. 2027" (cs, de, pl, sk ...): always day first, four-digit year only
        "num_spaced": compile_re(
            r"(?<![\d.,/:-])(\d{1,2})\.[ \u00a0\u202f\u2009](\d{1,2})\.[ \u00a0\u202f\u2009]?(\d{4})(?![\d.,]?\d)"
        ),
        "num_slash": compile_re(
            # not a fraction in a dimension: "KEY 3/16X3/16X1.25", "3/16 x 1.25", "7/8 po" (an
            # inch in Quebec French), "3/4 pulg.", "1/2 Zoll", "3/4인치", "1/2インチ", "3/4 дюйма"
            r"(?<!x )(?<![\d.,/:\w-])(\d{1,2})/(\d{1,2})(?![\d/\-\"”'])"
            r"(?!\s?(?:in\b|inch|mm\b|po\b|pouces?\b|pulg|[zZ]oll\b|\"|″|[xX×]\s?\d"
            r"|인치|インチ|英寸|吋|дюйм|pollic|duim|tommer|tum\b|cal[aei]?\b|palc|hüvelyk|inç|tuuma))"
        ),
        "num_dash": compile_re(
            r"(?<![\d.,/:\w-])(\d{1,2})-(\d{1,2})(?![\d/\-]|[.,]\d|\s*(?:%|x\b))"
        ),
        # "14.12." and, spaced as Czech and Slovak write it, "14. 12." (never "1. 200"); after
        # a dash only when a day's dot stands before it: "15.-18.12." ends on the 18th
        "num_dot": compile_re(
            r"(?<![\d.,/:\w])(?<!(?<!\d\.)-)(?<!\d\.[ \u00a0])(\d{1,2})\.(?:[ \u00a0](?=\d{1,2}\.(?![ \u00a0]?\d)))?(\d{1,2})\.(?![\d])"
        ),
        "day_month": compile_re(
            # (an Indic month runs on into a word through its vowel signs: "२. जुनिपर" is no
            # 2 June; the danda "।" after it ends the sentence, not the word; "of" between
            # them: "22nd of December", "22 de diciembre", Catalan "12 d'abril", Maltese "22
            # ta' Diċembru")
            rf"(?<![\d.,/])(\d{{1,2}})(?:st|nd|rd|th|er|\.|-(?:го|е|ое|ого)|[-/](?=[^\W\d_]))?\s*(?:of\s+|de\s+|d[\'’]|ta[\'’]\s*)?({months})\.?(?![a-zà-ž{_CYR}\u0900-\u0963\u0966-\u0dff])"
            # "08-Jan-2027", "08-JAN-27" (Oracle, South Asian English), "11/dic/2026" (Mexican
            # ERPs): dashes or slashes, any year
            rf"(?:,?\s*(?:de\s+)?(\d{{4}})|[-/](\d{{4}}|\d{{2}})(?![\d]))?",
            re.IGNORECASE,
        ),
        # "15.XII.2026", "11. I. 2027", "15-XII": the month in Roman numerals (Polish, Czech,
        # Hungarian, Romanian habit); capitals only, so "vi" or "x" in a word is no month
        "roman": compile_re(
            r"(?<![\d.,])(\d{1,2})\.?\s?[-./]?\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![\w])"
            r"(?:\.?\s?[-./]?\s?(\d{4})(?!\d))?"
        ),
        # Serbian and Bosnian "15. jula": read in code for those suppliers only
        "day_month_local": compile_re(
            rf"(?<![\d.,])(\d{{1,2}})\.?\s*({_alt(_SERBIAN_ONLY)})(?![^\W\d_])(?:,?\s*(\d{{4}})(?!\d))?",
            re.IGNORECASE,
        ),
        # "14 Ara 2026", "17 Δεκ. 2026", "10 set. 2026": a short month name of a language
        # whose short names are words elsewhere, read between a day and a year; or, from a
        # supplier who writes that language, with its abbreviation's dot ("25 дек.")
        "day_short_month_year": compile_re(
            rf"(?<![\d.,])(\d{{1,2}})\.?\s?({_alt(_short_month_table())})"
            r"(?:\.?,?\s?(20\d\d)(?!\d)|(\.)(?![^\W\d_]))",
            re.IGNORECASE,
        ),
        # Indonesian "23 Des 2026", Malay "23 Dis 2026": read in code (French "des")
        "day_short_december": compile_re(
            r"(?<![\d.,])(\d{1,2})\.?\s*(des|dis)\.?(?![^\W\d_])(?:,?\s*(\d{4})(?!\d))?",
            re.IGNORECASE,
        ),
        # Hungarian "2027. január 15.": the year, the month's name, the day
        "year_month_day": compile_re(
            rf"(?<![\d.,])(\d{{4}})\.\s*({months})\.?\s*(\d{{1,2}})\.?(?![\d])",
            re.IGNORECASE,
        ),
        "month_day": compile_re(
            rf"(?<![a-zà-ž{_CYR}])({months})\.?\s*(\d{{1,2}})(?:st|nd|rd|th)?(?![\d.,]?\d)(?:,?\s*(\d{{4}}))?",
            re.IGNORECASE,
        ),
        "iso_week": compile_re(r"(?<![\w/-])(?:(\d{4})-)?(?-i:W)(\d\d)-([1-7])(?![\w/.,-]?\d)"),
        "kw": compile_re(
            # "Dienstag der KW 2", "tirsdag i uge 2" (Danish, Swedish, Norwegian), "wtorek w
            # tygodniu 2": a weekday of that week
            rf"(?:(?<![a-zà-ž])({days})\.?,?\s*(?:der\s+|of\s+|in\s+|i\s+|w\s+|de\s+la\s+|en\s+la\s+|van\s+|in\s+de\s+|della\s+|da\s+)?)?"
            # not "10kW 3-phase": "kW" written so is kilowatts, never a calendar week
            rf"(?<![a-zà-ž])(?-i:(?!kW)){kw}\.?\s?(\d{{1,2}})(?:\s?[/.]\s?(\d{{4}}|2\d(?!\d)))?(?![\d])"
            # not Slovenian "v 2. tednu 2027" ("in the 2nd week"): the number is the ordinal's
            # that follows, which holds the year too
            r"(?!\.\s?(?:ted(?:en|na|nu)|tjed(?:an|na|nu)|týd(?:en|nu|ne)|týž?d\w*|tydz\w*|tygod\w*"
            r"|nedelj\w*|sedmic\w*|nädal\w*|nedēļ\w*|woche|kw|week|vecka|uge|uke|viikko\w*|hafta\w*)(?![^\W\d_]))"
            # "tuần 2 của tháng 1": the second week of January, no calendar week
            r"(?!\s*(?:của|trong)\s+tháng)",
            re.IGNORECASE,
        ),
        # "3. tydzień 2027", "in der 3. KW", "3. týden": the week's number first, as an ordinal
        "kw_ordinal": compile_re(
            # ... or, in Polish, Czech and Slovak, the locative alone: "w 51 tygodniu", "v 51
            # týdnu" (in the 51st week; "za 2 tygodnie" stays a duration)
            r"(?<![\d.,])(\d{1,2})(?:\.\s?|\s+(?=tygodniu|týdnu|tydnu|týždni))(?:tydzie[nń]|tygodni[ua]?|týd(?:en|nu|ne)|tyden|woche|kalenderwoche|kw|week|"
            r"semaine|settimana|semana|vecka|uge|uke|týždeň|týždni|týždňa|viikko|viikolla|"
            # Turkish "5. hafta(da)", Hungarian "5. (naptári) hét/héten" (a bare "hét" after a
            # number without the dot is "seven")
            r"hafta(?:sı|da|sında|ya)?|(?:naptári\s+)?h(?:ét|éten|etében|etére)"
            # Croatian "51. tjedan", "u 51. tjednu", Bosnian "51. sedmica", Serbian "51. nedelja",
            # Slovenian "51. teden", "v 51. tednu", Estonian "51. nädal(al)", Latvian "51.
            # nedēļa", "51. nedēļā" (the dot makes the number an ordinal: no duration)
            r"|tjed(?:an|na|nu)|sedmic[aeiu]|nedelj[aeiu]|ted(?:en|na|nu)|nädal(?:al|a|aks)?"
            r"|nedēļ(?:a|ā|as|ai))"
            r"(?![a-zà-ž])(?:\s+(\d{4})(?![\d]))?",
            re.IGNORECASE,
        ),
        # 2027年1月29日 / 1月29日 (Chinese, Japanese): year, month, day in that order always
        # ... and Korean 2027년 1월 29일 / 12월 24일
        "cjk": compile_re(r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]"),
        # Vietnamese "ngày 15 tháng 1 năm 2027", "15 tháng 01": day, month, year
        "vi": compile_re(
            r"(?<![\d.,/])(\d{1,2})\s+(?:tháng|thg)\s+(\d{1,2})(?![\d])(?:\s*(?:năm|,)\s*(\d{4}))?",
            re.IGNORECASE,
        ),
        # Russian "на 51-й неделе", "51 неделя", "на 51 неделе"; Ukrainian "51-й тиждень",
        # "на 51-му тижні", "51 тиждень" (read in code: "2 недели", "2 тижні" are two weeks)
        "kw_ru": compile_re(
            r"(?<![\d.,])(\d{1,2})(?P<suffix>\s?-\s?(?:й|я|ю|е|ой|ая|ую|го|ого|му|ому|м|ий|а|у|ої|ій))?"
            r"\s+(?P<word>недел[яиеюь]|тиждень|тижня|тижні|тижнем)(?![^\W\d_])(?:\s+(\d{4})(?!\d))?",
            re.IGNORECASE,
        ),
        # Bulgarian "51-ва седмица", "в 51-ата седмица", "51 седмица"; Lithuanian "51-oji
        # savaitė", "51-ąją savaitę", "51 savaitė", "51 sav." (read in code: "1 седмица", "per
        # 2 savaites" are lead times)
        "kw_bg_lt": compile_re(
            r"(?<![\d.,])(?P<per>per\s+)?(\d{1,2})"
            r"(?P<suffix>\s?-\s?(?:ва|ра|ма|та|ата|вата|рата|мата|а|oji|ąją|osios|os|ji|ą|a))?"
            r"\s+(?P<word>седмица(?:та)?|savaitė(?:je)?|savaitę|savaitės|sav\.)(?![^\W\d_])"
            r"(?:\s+(?P<year>\d{4})(?!\d))?",
            re.IGNORECASE,
        ),
        # Latvian "2026. gada 15. decembrī", Lithuanian "2026 m. gruodžio 15 d.": the year first
        "ymd_baltic": compile_re(
            rf"(?<![\d.,])(\d{{4}})\.?\s*(?:gada|g\.)\s+(\d{{1,2}})\.\s*({months})(?![^\W\d_])"
            rf"|(?<![\d.,])(\d{{4}})\s*m\.\s*({months})\s+(\d{{1,2}})\s*d\.?(?![^\W\d_])",
            re.IGNORECASE,
        ),
        # Basque "2026ko abenduaren 18an" (on the 18th of December of 2026), "urtarrilaren
        # 8ra" (until January 8): the year first, the month in the genitive, then the day
        "ymd_eu": compile_re(
            rf"(?<![\d.,])(?:(\d{{4}})ko\s+)?({'|'.join(_BASQUE_MONTHS)})ren\s+(\d{{1,2}})"
            r"(?:a|an|ean|ra|rako|tik|etik|era)?(?![\w])",
            re.IGNORECASE,
        ),
        # Greek "5η εβδομάδα": the week's number as an ordinal
        "kw_el": compile_re(r"(?<![\d.,])(\d{1,2})η\s+εβδομ[άα]δα(?:\s+(?:του\s+)?(\d{4}))?"),
        # "第5週", "2027年第5周", "5週目": a calendar week; "1月第2週" is a week of January
        # and "2週間" a duration, neither is read
        "kw_cjk": compile_re(
            r"(?:(\d{4})\s*年\s*)?(?<![月の])第\s*(\d{1,2})\s*[週周](?![間间])"
            r"|(?<![月の\d])(\d{1,2})\s*週目"
            # Korean "2027년 2주차", "52주차"; "1월 2주차" is a week of January and "2주" a
            # duration, neither is read
            r"|(?:(\d{4})\s*년\s*)?(?<!월)(?<!월\s)(?<![\d])(\d{1,2})\s*주차"
        ),
        # "1月中旬" (mid-January), "1月末", "1月第2週", "2027年1月に": a month without its day
        "vague_cjk": compile_re(
            r"(?:\d{4}\s*[年년]\s*)?(?<!\d)\d{1,2}\s*[月월]"
            r"(?:\s*(?:の\s*)?(?:第\s*\d\s*[週周]|上旬|中旬|下旬|初旬|初め|末|底|中|頃|ごろ"
            # Korean "1월 초/중순/말", "1월 2주차", "1월 중", "1월경"
            r"|초순|초|중순|하순|말|중|경|쯤|\d\s*주차?))?(?!\s*\d)"
        ),
        # Vietnamese "tháng 1", "đầu tháng 1", "cuối tháng 1 năm 2027": a month, no day
        "vague_vi": compile_re(
            r"(?<![\d\w])(?:(?:đầu|giữa|cuối|trong|vào|khoảng)\s+)?(?<!\d\s)(?<!\d)(?:tháng|thg)"
            r"\s+(?:1[0-2]|0?[1-9])"
            r"(?![\d])(?:\s*(?:năm|/)\s*\d{4})?",
            re.IGNORECASE,
        ),
        # A part of a month, a month alone, next week or "as soon as possible" in Danish,
        # Norwegian, Swedish, Romanian (the period word first: "primo januar", "la
        # începutul lunii ianuarie", "i januar") and Hungarian, Turkish (the month first:
        # "január közepén", "januárban", "ocak sonunda"): no day is given
        "vague_words": compile_re(
            rf"(?<![\w])(?:(?:primo|medio|ultimo|midt i|i midten af|i midten av|midten af|midten av"
            rf"|i starten af|i starten av|starten af|starten av|i slutningen af|slutningen af"
            rf"|i slutten av|slutten av|i begyndelsen af|begyndelsen af|i begynnelsen av"
            rf"|begynnelsen av|i løbet af|i løpet av|i början av|i mitten av|i slutet av|i|"
            rf"(?:la |[îi]n )?(?:[îi]nceputul|mijlocul|sf[âa]r[șşs]itul|finalul|cursul)"
            rf"(?: lunii)?|[îi]n luna|în)\s+(?:{months})(?!\.?\s*\d)"
            rf"|(?:{months})\s+(?:eleje|elején|elejére|közepe|közepén|közepére|vége|végén"
            rf"|végére|folyamán|során|başı|başında|başlarında|ortası|ortasında|ortalarında|sonu"
            rf"|sonunda|sonlarında|ayında|ayı içinde|içinde)"
            # "januárban", "ocakta": a Hungarian or Turkish month with its locative ending
            rf"|(?:január|február|március|április|május|június|július|augusztus)ban"
            rf"|(?:szeptember|október|november|december)ben"
            # (not after a day: "18 Aralık'ta" is the 18th, read below)
            rf"|(?<!\d)(?<!\d\s)(?<!\d\.\s)"
            rf"(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)"
            rf"'?(?:ta|te|da|de)"
            rf"|næste uge|i næste uge|neste uke|gelecek hafta|önümüzdeki hafta|jövő héten"
            rf"|s[ăa]pt[ăa]m[âa]na viitoare|hurtigst muligt|snarest mulig|snarest|en kısa sürede"
            rf"|a lehető leghamarabb|mihamarabb|c[âa]t mai (?:cur[âa]nd|repede|devreme)"
            # Slovak "začiatkom januára", "v januári"; Finnish "tammikuussa", "tammikuun
            # lopussa"; Greek "αρχές Ιανουαρίου", "τον Ιανουάριο"
            rf"|(?:začiatkom|koncom|v polovici|v priebehu|do konca) (?:{months})"
            rf"|v (?:januári|februári|marci|apríli|máji|júni|júli|auguste|septembri|októbri"
            rf"|novembri|decembri)"
            rf"|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu"
            rf"(?:ssa|n (?:alussa|alkupuolella|puolivälissä|puolessavälissä|lopussa"
            rf"|loppupuolella|aikana))"
            rf"|(?:αρχ[έε]ς|μ[έε]σα|τ[έε]λη|εντ[όο]ς|στις αρχ[έε]ς|στα μ[έε]σα|στα τ[έε]λη"
            rf"|κατ[άα] τη δι[άα]ρκεια του|τον|το μ[ήή]να) (?:{months})"
            rf"|(?:Ιανου[άα]ριο|Φεβρου[άα]ριο|Μ[άα]ρτιο|Απρ[ίι]λιο|Μ[άα]ιο|Ιο[ύυ]νιο|Ιο[ύυ]λιο"
            rf"|Α[ύυ]γουστο|Σεπτ[έε]μβριο|Οκτ[ώω]βριο|Νο[έε]μβριο|Δεκ[έε]μβριο)"
            rf"|budúci týždeň|na budúci týždeň|čo najskôr|ensi viikolla|mahdollisimman pian"
            rf"|την επ[όο]μενη εβδομ[άα]δα|το συντομ[όο]τερο(?: δυνατ[όο])?"
            rf"|[όο]σο το δυνατ[όο]ν συντομ[όο]τερα|tuần (?:sau|tới)|càng sớm càng tốt"
            rf"|sớm nhất có thể"
            # Russian "в начале января", "в январе"; Ukrainian "на початку січня", "у січні"
            rf"|(?:в начале|в середине|в конце|до конца|в течение|в первой половине"
            rf"|во второй половине|в первых числах|к концу|на початку|в середині|у середині"
            rf"|наприкінці|в кінці|у кінці|до кінця|протягом|впродовж|в першій половині"
            rf"|у першій половині|в другій половині|у другій половині) (?:{months})"
            rf"|(?:в|во) (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре"
            rf"|ноябре|декабре)"
            rf"|(?:в|у) (?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні"
            rf"|жовтні|листопаді|грудні)"
            rf"|на следующей неделе|на будущей неделе|на наступному тижні|наступного тижня"
            rf"|как можно скорее|в кратчайшие сроки|якнайшвидше|якомога швидше"
            rf"|в найкоротші терміни"
            # Indonesian and Malay "awal Januari", "pada bulan Januari", "minggu ke-2 Januari"
            rf"|(?:awal|pertengahan|akhir|hujung|penghujung|sekitar)(?: bulan)? (?:{months})(?!\.?\s*\d)"
            rf"|(?:(?:pada|dalam|di|selama|sekitar) )?bulan (?:{months})(?!\.?\s*\d)"
            rf"|(?:minggu|pekan) (?:ke-?\s?\d{{1,2}}|pertama|kedua|ketiga|keempat|terakhir)"
            rf" (?:bulan )?(?:{months})"
            rf"|minggu (?:depan|hadapan|berikutnya)|pekan (?:depan|berikutnya)|secepatnya"
            rf"|secepat mungkin|sesegera mungkin|seberapa segera"
            # Croatian, Serbian, Bosnian "početkom siječnja", "krajem decembra", "u prosincu";
            # Slovenian "v začetku januarja", "konec januarja", "v januarju"
            rf"|(?:početkom|sredinom|krajem|do kraja|tijekom|tokom|u toku|v začetku|začetek"
            rf"|v sredini|sredi|konec|do konca|tekom|v prvi polovici|v drugi polovici"
            rf"|u prvoj polovini|u drugoj polovini) (?:{months})"
            rf"|u (?:siječnju|veljači|ožujku|travnju|svibnju|lipnju|srpnju|kolovozu|rujnu"
            rf"|listopadu|studenom|studenome|prosincu|januaru|februaru|martu|aprilu|maju|junu"
            rf"|julu|avgustu|augustu|septembru|oktobru|novembru|decembru)"
            rf"|v (?:januarju|februarju|marcu|aprilu|maju|juniju|juliju|avgustu|septembru"
            rf"|oktobru|novembru|decembru)"
            rf"|što (?:je )?prije(?: moguće)?|u najkraćem (?:mogućem )?roku|čim prej"
            # Bulgarian "в началото на януари", "през януари"
            rf"|(?:в началото на|в средата на|в края на|до края на|през|в течение на) (?:{months})"
            rf"|възможно най-скоро|в най-кратък срок"
            # Estonian "jaanuari alguses", "jaanuaris"; Lithuanian "sausio pradžioje",
            # "sausio mėn.", "sausį"; Latvian "janvāra sākumā", "janvārī" (not after a day)
            rf"|(?:{months})(?: kuu)? (?:alguses|keskel|lõpus|lõpuks|jooksul|esimesel poolel"
            rf"|teisel poolel|mėn\.?|mėnesį|pradžioje|viduryje|pabaigoje|pirmoje pusėje"
            rf"|antroje pusėje|sākumā|vidū|beigās|pirmajā pusē|otrajā pusē|mēnesī)"
            rf"|(?<!\d\.\s)(?<!\d\.)(?<!\d\s)(?:jaanuaris|veebruaris|märtsis|aprillis|juunis|juulis"
            rf"|augustis|septembris|oktoobris|novembris|detsembris|sausį|vasarį|kovą|balandį"
            rf"|gegužę|birželį|liepą|rugpjūtį|rugsėjį|spalį|lapkritį|gruodį|janvārī|februārī"
            rf"|martā|aprīlī|maijā|jūnijā|jūlijā|augustā|septembrī|oktobrī|novembrī|decembrī)"
            rf"(?!\s*\d)"
            rf"|esimesel võimalusel|niipea kui võimalik|kuo greičiau|kaip įmanoma greičiau"
            rf"|pēc iespējas (?:ātrāk|drīzāk))(?![\w])",
            re.IGNORECASE,
        ),
        # Hungarian "2027. 01. 15." and "2027. január 15.": the year first, then month, day
        "ymd_spaced": compile_re(
            r"(?<![\d.,])(\d{4})\.[ \u00a0](\d{1,2})\.[ \u00a0]?(\d{1,2})\.?(?![\d])"
        ),
        # "the 18th", and after a word of when ("ETA 18th", "on 18th", "by 18th"), never a
        # count of weeks, lines or deliveries ("on 2nd delivery", "by 3rd week")
        "ordinal": compile_re(
            r"\b(?:the|(?-i:ETA|ETD)|eta|etd|on|by)\s+(\d{1,2})(?:st|nd|rd|th)\b"
            r"(?!\s+(?:[^\W\d_]+\s+)?(?:weeks?|lines?|items?|pos\w*|lots?|batch\w*|deliver\w*"
            r"|shipments?|orders?|rows?|floors?|times?|days?|months?|quarters?|part(?:y|ies)"
            r"|gen\w*|edition|rev\w*|grade|class|quality|choice|option|priority|shift|stage"
            r"|phase|level|round|place|reminder|attempt|person)\b)",
            re.IGNORECASE,
        ),
        # Danish, Norwegian, Swedish "den 15." / "den 15:e" (on the 15th), never before a month
        # ("den 15. december" is read whole) nor a number ("den 15.12.")
        "ordinal_den": compile_re(
            rf"\bden\s+(\d{{1,2}})(?:\.|:[ae])(?![\d]|\s*(?:{months}))", re.IGNORECASE
        ),
        "weekday_ordinal": compile_re(
            rf"(?<![a-zà-ž])(?P<day>{days})\.?,?\s+(?:the\s+)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)\b"
            rf"(?!\.?\s*(?:of\s+)?(?:{months}))",
            re.IGNORECASE,
        ),
        # "miércoles 16", "Mittwoch, 16.", "Wednesday 16": a weekday and its day of the month
        "weekday_day": compile_re(
            rf"(?<![a-zà-ž])(?P<day>{days}),?\s+(?:the\s+)?(?P<n>\d{{1,2}})\.?"
            rf"(?![\d/:,-]|\.\d|[^\W\d_]|\s*(?:{months}|%|h\b|{L.alternation('count_units')}\b))",
            re.IGNORECASE,
        ),
        "relative": compile_re(
            r"\b(?P<word>" + "|".join(sorted(_RELATIVE_DAYS, key=len, reverse=True)) + r")\b"
            r"|(?P<cjk>" + "|".join(sorted(_RELATIVE_DAYS_CJK, key=len, reverse=True)) + ")",
            re.IGNORECASE,
        ),
        "in_n": compile_re(
            rf"\b(?P<pre>in|within|dans|en|innerhalb von|over|binnen|tra|fra|za|em|dentro de|через|dalam waktu|dalam|čez|след|за|d'aquí a|d’aquí a|σε|per|pēc|om|peste|în|brenda|oor|binne|eftir|innan"
            # "Plazo de entrega: 3 semanas", "Lieferzeit: 3 Wochen": a lead time labelled as
            # such, counted from the mail as "in 3 weeks" is (not "ca. 14 Wochen", a range,
            # or working days)
            rf"|{_LEAD_LABEL})\s+(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+"
            rf"(?P<unit>{_UNITS})\b(?![^\S\n]*(?:[-–]|to|bis)\s*\d)"
            # (working days after the unit are no calendar count: "en 10 días hábiles")
            rf"(?!\s+(?:{_WORKING_DAYS}))"
            # (a count from a start of its own, "6 Wochen ab Bestelldatum", "6 semanas a partir
            # da data do pedido", is read from that start, not from the mail)
            # ... but from today it is from the mail: "3 setmanes a partir d'avui"
            rf"(?!\s+(?:ab|from|after|nach|desde|a partir|à partir|dalla|dal|dopo|a contar|od|po"
            rf"|från|efter|fra|etter|vanaf|van|na|ARO)\b"
            rf"(?!\s+(?:today|now|heute|hoy|d['’]avui|d['’]aujourd['’]hui|oggi|hoje)\b))",
            re.IGNORECASE,
        ),
        # a count before its postposition: Turkish "3 hafta içinde" / "3 hafta sonra",
        # Hungarian "3 héten belül" / "3 hét múlva", Finnish "3 viikon kuluessa" / "päästä",
        # Estonian "3 nädala jooksul" / "pärast"
        "n_post": compile_re(
            # (Azerbaijani "4 həftə sonra", "10 gün ərzində" as Turkish says it)
            rf"(?<![\d.,])(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+(?P<unit>hafta|həftə|gün|hét|héten"
            r"|hetet|nap|napon|viikon|päivän|nädala|päeva)\s+(?:içinde|içerisinde|zarfında|sonra"
            r"|ərzində|belül|múlva|kuluessa|päästä|jooksul|pärast)(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "weekday": compile_re(
            rf"(?:\b(?P<mod>next|this|coming|the coming|nächsten|kommenden|diesen|prochain|ce|el próximo|el proximo|este|el proper|el pròxim)\s+)?"
            rf"(?<![a-zà-ž{_CYR}])(?P<day>{days})\.?(?![a-zà-ž{_CYR}])(?:\s+(?P<mod2>prochain|vinent|que ve))?",
            re.IGNORECASE,
        ),
        "vague": compile_re(
            # (the end of a numbered week is its Friday, as the week is: "Ende KW 50")
            rf"\b(?!(?:the end of|end of|ende|fin|koncem|eind|koniec|końcem)\s*-?\s*(?:kw|week)\s?\d)"
            rf"(?:(?:mid|early|late|end of|the end of|beginning of|start of|middle of|mitte|anfang|ende|fin|d[ée]but|mi-|finales de|principios de|mediados de|fines de|inicio de|koncem|začátkem"
            # Portuguese, Italian, Dutch, Polish, Nordic: the part of a month
            rf"|finais de|fins de|fim de|final de|meados de|início de|princípios de|começo de|inizio|metà|fine"
            rf"|eind|begin|half|koniec|końcem|początek|połowa|slutet av|början av|mitten av|slutningen af"
            rf"|starten af|midten af|slutten av|starten av|midten av)\s*+-?\s*+"
            rf"(?:{months}|q[1-4]|the year|next year|this year|next month|this month|the month|next week|this week|the week|kw\s?\d+|week\s?\d+|(?:nächsten|diesen|des)\s+(?:monats|jahres)|janvier|l'année)"
            rf"|(?:\d(?:st|nd|rd|th)|first|second|third|fourth|last)\s+(?:week|half)\s+of\s+(?:{months}|the month|next month)"
            # (a range "KW 50-51" commits to its last week: read as a date, not vague)
            rf"|(?:KW|CW|wk|week|woche|semaine|semana|settimana)\.?\s?\d{{1,2}}\s?(?:or|oder|ou|o)\s?\d{{1,2}}(?![\d./])"
            rf"|(?:w/c|w/b|week commencing|week beginning|the week of|week of|semaine du|woche vom|settimana del|semana del)\s+(?:the\s+|monday\s+|mon\s+)?\d{{1,2}}(?:st|nd|rd|th|\.)?(?:\s*(?:{months})\.?|[./]\d{{1,2}}\.?)(?:\s*\d{{4}})?"
            rf"|early next year|later this year|next week|this week|nächste woche|diese woche|la semaine prochaine|la semana que viene|la próxima semana"
            rf"|asap|a\.s\.a\.p\.|as soon as possible|schnellstmöglich|baldmöglichst|dès que possible|lo antes posible|q[1-4](?:\s*/?\s*\d{{4}})?"
            # "in January", "im Januar", "en janvier", "a gennaio": a month with no day
            rf"|(?:in|im|en|a|em|op|nel mese di|durante|during|over"
            # ... and in Cyrillic: "во јануари", "в январе", "у јануару", "през януари"
            rf"|во|в|у|през)\s+(?:{months})(?!\.?\s*\d)"
            rf"|after the holidays|after christmas|after new year|nach den feiertagen|nach weihnachten"
            # "we'll get both lines to you before Christmas": a holiday the goods are to reach
            # us or leave by is no day ("fully booked before Christmas" says no such thing)
            rf"|(?:to you|deliver(?:ed)?|ship(?:ped)?|ready|arrive|liefern|geliefert|bei ihnen"
            rf"|livr(?:er|ée?s?|ons)|chez vous|entregar(?:emos)?|consegn(?:are|eremo|ato)"
            rf"|leveren|geleverd)\s+(?:\w+\s+){{0,2}}?(?:before|by|in time for|vor|avant|antes de"
            rf"|prima di|voor)\s+(?:christmas|xmas|weihnachten|no[eë]l|navidad|natale|kerst(?:mis)?)"
            rf"|après les fêtes|después de las fiestas|dopo le feste|na de feestdagen)\b"
            rf"|(?<!\d)(?<!\d\s)(?<!\d\.\s)(?<!\d(?:st|nd|rd|th|er)\s)\b(?:{months})\.?\s+(?:\d{{4}})\b",
            re.IGNORECASE,
        ),
    }


# (a full-width bracket or comma too: "12月18日（周五）")
_WEEKDAY_TO_DATE = compile_re(r"[\s,(（，、]*(?:[^\W\d_]+\.?[\s,(]+)?(?:the\s+)?")
_DATE_TO_WEEKDAY = compile_re(r"[\s,(（，、]*(?:[^\W\d_]{1,3}\.[\s,(]*)?")


@lru_cache(maxsize=1)
def _next_week_day() -> re.Pattern[str]:
    from agent.reading import lexicon as L

    days = _days_alt()
    nw = L.pattern("next_week").pattern
    return compile_re(
        rf"(?<![a-zà-ž])(?P<day>{days})\.?,?\s+(?:of\s+|in\s+|on\s+)?(?:{nw})"
        rf"|(?:{nw})(?:,?\s+|(?<=[\u3040-\u30ff\u3400-\u9fff])\s*の?)(?:on\s+|am\s+|le\s+|el\s+|op\s+|в\s+|у\s+|pada\s+(?:hari\s+)?|hari\s+)?(?P<day2>{days})(?![a-zà-ž{_CYR}])"
        # "下周五", "下週三": the week's word and the day's numeral run together
        r"|(?P<cjk>下周|下週|下星期|下礼拜|下禮拜)(?P<day3>[一二三四五六日天])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _week_part() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The lexicon's words for a part of a week, before the week's words ("early", "Mitte")
    and after them ("jövő hét elején", "来週前半", "下周一")."""
    from agent.reading import lexicon as L

    before, after = L.before_and_after("week_part")
    return (
        compile_re(rf"(?<![\w]){before}\s*$", re.IGNORECASE),
        # no word boundary after: "下周一发货" is next Monday
        compile_re(after, re.IGNORECASE),
    )


@lru_cache(maxsize=1)
def _kw_day_after() -> re.Pattern[str]:
    """A weekday right after a calendar week ("KW 5 (Montag)", "wk 5, on Tuesday"), not one
    that starts a date of its own ("KW 5, Monday 1/2")."""
    days = _days_alt()
    return compile_re(
        rf"\s*(?:\(\s*|,\s*|[-–]\s*)?(?:(?:am|on|le|el|op|il|no|na|w|v)\s+)?"
        rf"(?<![a-zà-ž{_CYR}])(?P<day>{days})\.?(?![a-zà-ž{_CYR}])(?!,?\s*(?:the\s+)?\d)"
        r"(?!\s*(?:bis|to|till|until|and|und|or|oder|à|au|a|al|[-–])(?![a-zà-ž]))(?:\s*\))?",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _date_label_before() -> re.Pattern[str]:
    """A date's label right before a value, also ending a compound word ("Verzenddatum:")."""
    from agent.reading import lexicon as L

    words = sorted(
        {w for t in L.languages().values() for w in t["date_label"]},
        key=lambda w: (-len(w), w),
    )
    return compile_re(rf"(?:{'|'.join(words)})\s*:?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _date_word_before() -> re.Pattern[str]:
    """A ship, delivery or date word right before a value ("ETA 15.12.", "delivery on")."""
    from agent.reading import lexicon as L

    words = "|".join(L.alternation(t) for t in ("ship_date", "delivery_date", "date_label"))
    return compile_re(
        # (Hebrew joins "on", "until the" to the date: "אספקה ב-18.12", read with a space)
        rf"(?<![\w])(?:{words})\s*(?::|(?:on|by|am|le|el|il|op|per|ב|עד ה?|ל)\s)?\s*$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _week_commencing() -> re.Pattern[str]:
    from agent.reading import lexicon as L

    return compile_re(
        rf"(?:{L.pattern('week_commencing').pattern})\s+(?:(?:monday|mon|montag|lundi|lunes|lunedì|maandag)\.?,?\s+)?(?:the\s+)?",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class DateHit:
    date: date
    start: int
    end: int
    text: str
    form: str  # explicit | yearless | kw | ordinal | relative | weekday
    conflict: str | None = None  # e.g. a named weekday that is not the date's weekday


@dataclass(frozen=True)
class VagueHit:
    start: int
    end: int
    text: str


# Where babel's short date pattern does not say how people write "a/b" by hand.
# babel gives en-ZA a year-first short date ("y/MM/dd"): its running text writes "25/11" day first
_ORDER_OVERRIDES = {"en-ca": True, "fr-ca": False, "sv-se": False, "sv": False, "en-za": False}


# Languages that write a date without its year as "15.12." (day, dot, month, dot).
_DOT_DATE_LANGS = frozenset(
    "de cs sk pl hu da nb no nn sv fi tr ro ru uk hr sl sr bg et lv lt".split()  # noqa: SIM905
)


_DAY_DOT_MONTH = compile_re(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})(?![\d.,]?\d)")

_AMOUNT_AFTER = compile_re(
    r"\s?(?:[€$£¥%]|(?:EUR|USD|GBP|CHF|PLN|CZK|SEK|NOK|DKK)\b|(?:kg|mm|cm|m|t)\b)"
)
# "levertijd 10-12", "Lieferzeit 10-12": a lead time's span of weeks, not a day
_LEAD_TIME_WORD = compile_re(r"(?:tijd|termijn|zeit|time)\s*:?\s*$", re.IGNORECASE)
# British "Friday week" (a week after the coming Friday), "Friday fortnight", "a week on
# Friday"; not "Friday week 50" nor "next week Friday"
_WEEK_AFTER_DAY = compile_re(r"\s+(?:week|fortnight)\b(?!\s*\d)", re.IGNORECASE)
_WEEK_BEFORE_DAY = compile_re(r"\b(?:a|one)\s+week\s+(?:on|from)\s+$", re.IGNORECASE)
# the value stands alone: its line, sentence or clause ends, or a table's cell does
_ALONE_AFTER = compile_re(r"[ \t]*(?:$|\n|[,.;!)\]]|\t| {2})", re.MULTILINE)
_SENTENCE_END = compile_re(r"\s*(?:$|\n|[A-Z])")
_ON_OR_AT = compile_re(r"(?<![\w])(?:at|on|by|until|till)\s+$", re.IGNORECASE)
_MONEY_WORD = compile_re(
    r"(?<![\w])(?:price\w*|cost\w*|rate|usd|eur|gbp|chf|unit)(?![\w])|[$€£¥]", re.IGNORECASE
)


def _delivered_at(text: str, start: int) -> bool:
    """ "we can deliver to your warehouse at 15.01.": a day and month ending an English
    sentence whose own clause delivers or ships on it, and names no money."""
    before = text[max(0, start - 120) : start]
    cut = max(before.rfind("\n"), *(before.rfind(p) for p in (". ", "! ", "? ", "; ")))
    clause = before[cut + 1 :]
    if not _ON_OR_AT.search(clause) or _MONEY_WORD.search(clause):
        return False
    from agent.reading import lexicon as L

    return L.pattern("delivery_date").search(clause) is not None or (
        L.pattern("ship_date").search(clause) is not None
    )


@lru_cache(maxsize=64)
def _writes_dash_dates(locale: str) -> bool:
    """Whether the locale writes its short dates day first with dashes ("11-12-2026" in
    Dutch, babel's "dd-MM-y"), so that a bare "11-12" after a delivery word is a date."""
    from babel import Locale, UnknownLocaleError

    try:
        pattern = Locale.parse(locale.replace("-", "_").split("_x_")[0]).date_formats["short"]
    except (ValueError, LookupError, TypeError, UnknownLocaleError):
        return False
    text = str(pattern.pattern).lower()
    return text.startswith("d") and "-" in text


def _writes_dot_dates(locale: str) -> bool:
    return language_of(locale) in _DOT_DATE_LANGS


def month_first(locale: str) -> bool:
    """Whether numeric dates in ``locale`` put the month first ("12/1" = 1 December).

    Decided per locale from babel's short date pattern ("M/d/yy" en-US, "dd/MM/y"
    en-GB, "y/M/d" zh-CN): month first when the month comes before the day.
    """
    # without a private-use subtag ("en-US-x-comma": see numbers.reading_locale)
    key = locale.lower().replace("_", "-").split("-x-")[0]
    if key in MONTH_FIRST:
        return True
    return _month_first_cached(key)


@lru_cache(maxsize=64)
def _month_first_cached(key: str) -> bool:
    if key in _ORDER_OVERRIDES:
        return _ORDER_OVERRIDES[key]
    return startup_cache.derived(
        f"month first {key}", _babel_tables_version(), lambda: _babel_month_first(key)
    )


def _babel_month_first(key: str) -> bool:
    from babel import Locale
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("short", locale=Locale.parse(key.replace("-", "_"))).pattern
    except Exception:  # noqa: BLE001 - an unknown locale reads day first, like most of the world
        return False
    m, d = pattern.find("M"), pattern.find("d")
    return 0 <= m < d


# Thai dates count years of the Buddhist era (2569 is 2026): no delivery falls 543 years out
_BUDDHIST_ERA = range(2540, 2651)


def _mk(y: int, m: int, d: int) -> date | None:
    if y in _BUDDHIST_ERA:
        y -= 543
    try:
        return date(y, m, d)
    except ValueError:
        return None


# A day and month without a year that passed at most this long before the mail ("the sample
# you approved on 05/11", written on 20/11) is that past day, not the same day next year: no
# supplier commits to a delivery eleven months out by naming a day that just went by.
_RECENT_PAST = timedelta(days=45)


def _next_on_or_after(ref: date, m: int, d: int) -> date | None:
    this_year = _mk(ref.year, m, d)
    if this_year and ref - _RECENT_PAST <= this_year < ref:
        return this_year
    for y in (ref.year, ref.year + 1, ref.year + 2):
        cand = _mk(y, m, d)
        if cand and cand >= ref:
            return cand
    return None


_WEEKDAY_AFTER = compile_re(r"\s*[(,]?\s*([^\W\d_]+)")
_WORD_NEXT = compile_re(r"\s+[^\W\d_]")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n - 543 if n in _BUDDHIST_ERA else n


def _week_friday(week: int, year: str | None, ref: date) -> date | None:
    """The Friday of ISO ``week``: of ``year`` when given, else the next on or after ``ref``."""
    if year:
        return iso_week_day(_year(year), week)
    for y in (ref.isocalendar()[0], ref.isocalendar()[0] + 1):
        cand = iso_week_day(y, week)
        if cand and cand >= ref:
            return cand
    return None


# the second week of a range written after the first: "vecka 2–3", "KW 50 - 51"
_WEEK_RANGE_END = compile_re(
    r"(?:\s?[-–]\s?|\s(?:to|bis|à|a|al|till|til|tot|do|až|és)\s)(\d{1,2})(?![\d]|[.,/]\d)",
    re.IGNORECASE,
)


def iso_week_day(year: int, week: int, weekday: int = 4) -> date | None:
    """The given weekday (0=Monday, default Friday) of ISO ``week`` of ``year``."""
    try:
        return date.fromisocalendar(year, week, weekday + 1)
    except ValueError:
        return None


def find_dates(
    text: str, locale: str, reference: date | datetime
) -> tuple[list[DateHit], list[VagueHit]]:
    """Every date the rules read in ``text``, with its span, plus vague date expressions."""
    ref = reference.date() if isinstance(reference, datetime) else reference
    hits, vague = _find_dates_cached(text, locale, ref)
    return list(hits), list(vague)


@lru_cache(maxsize=4096)
def _find_dates_cached(
    text: str, locale: str, ref: date
) -> tuple[tuple[DateHit, ...], tuple[VagueHit, ...]]:
    hits, vague = _find_dates(text, locale, ref)
    return tuple(hits), tuple(vague)


_DIGIT = compile_re(r"\d")

# What a pattern cannot match without (its own literal characters): a text with none of
# them skips that pattern's pass (most texts hold no CJK or Greek at all)
_NEEDS = {
    "iso_week": ("W",),
    "cjk": ("月", "월"),
    "vague_cjk": ("月", "월"),
    "kw_cjk": ("週", "周", "주"),
    "kw_el": ("εβδομ",),
}


@lru_cache(maxsize=1)
def _day_name() -> re.Pattern[str]:
    """A weekday's name after no letter: each of the weekday patterns ("weekday",
    "weekday_day", "weekday_ordinal", ``_next_week_day``) holds one (its ``day`` group after
    such a lookbehind, or ``day2`` after a space), so a text without one skips all four."""
    return compile_re(rf"(?<![a-zà-ž])(?:{_days_alt()})", re.IGNORECASE)


def _in_code(text: str, s: int, e: int) -> bool:
    """A month's name glued into a code ("TM-OCT3-P", "KMF-SA-OCT3-F"): Latin letters, digits
    or a hyphen joined to both ends of a hit with Latin letters of its own, no date."""
    hit = text[s:e]
    if not any(c.isascii() and c.isalpha() for c in hit) or hit[:1].isspace() or hit[-1:].isspace():
        return False
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return all(c.isascii() and (c.isalnum() or c in "-_") for c in (before, after))


# a Hebrew prefix joined to a number by a hyphen ("ב-3/12", on 3/12; "עד ה-15/12"): no range's
# dash; read as a space (same length, so every offset holds)
_HEBREW_PREFIX = compile_re(r"(?<=[\u05d0-\u05ea])[-\u05be](?=\d)")


def _find_dates(text: str, locale: str, ref: date) -> tuple[list[DateHit], list[VagueHit]]:
    if "-" in text or "\u05be" in text:
        text = _HEBREW_PREFIX.sub(" ", text)
    pats = _patterns()
    months = _month_table()
    local = _LOCAL_MONTHS.get(language_of(locale))
    if local:
        months = {**months, **local}
    days = _weekday_table()
    mfirst = month_first(locale)
    hits: list[DateHit] = []
    # one flag per character already read as (part of) a date: checking a span is a
    # scan of the span, not of every earlier hit (that was quadratic in the hits)
    taken = bytearray(len(text))

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) == -1

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    def add(
        d: date | None, m: re.Match[str], form: str, conflict: str | None = None, s=None, e=None
    ) -> None:
        s = m.start() if s is None else s
        e = m.end() if e is None else e
        if d is None or not free(s, e):
            return
        if _in_code(text, s, e):
            return
        take(s, e)
        hits.append(DateHit(d, s, e, text[s:e], form, conflict))

    # most of the patterns need a digit: text without one skips them
    has_digit = _DIGIT.search(text) is not None
    # the weekday patterns need a weekday's name: one pass finds whether there is one
    has_day = _day_name().search(text) is not None

    def scan(name: str) -> Iterator[re.Match[str]]:
        needs = _NEEDS.get(name)
        if not has_digit or needs is not None and not any(n in text for n in needs):
            return iter(())
        return pats[name].finditer(text)

    # "Friday next week", "nächste Woche Dienstag": that weekday of the week after the mail's
    for m in _next_week_day().finditer(text) if has_day else ():
        day_idx = (
            "一二三四五六日".find(m.group("day3")) % 7 if m.group("day3") else None
        )  # "天" is Sunday too
        if m.group("day3") == "天":
            day_idx = 6
        if day_idx is None:
            day_idx = days.get((m.group("day") or m.group("day2")).lower().rstrip("."))
        if day_idx is None:
            continue
        monday = ref - timedelta(days=ref.weekday())
        add(monday + timedelta(days=7 + day_idx), m, "relative")
    # "next week", "by the end of next week" with no day named: a calendar week, so its
    # Friday (FORMAT.md's rule for "KW 51"); "early next week" names no day
    from agent.reading import lexicon as L

    week_part_before, week_part_after = _week_part()
    for m in L.pattern_unmarked("next_week", "relative").finditer(text):
        if week_part_before.search(text, max(0, m.start() - 40), m.start()) or (
            week_part_after.match(text, m.end())
        ):
            continue
        monday = ref - timedelta(days=ref.weekday())
        add(monday + timedelta(days=11), m, "kw")
    # "w/c 4 January": the week that starts on that Monday (or Sunday); its Friday, as a
    # calendar week without a named day
    if has_digit:
        for m in _week_commencing().finditer(text):
            inner, _ = _find_dates(text[m.end() : m.end() + 30], locale, ref)
            first = inner[0] if inner else None
            if first is None or first.start > 0 or first.form not in ("explicit", "yearless"):
                continue
            start = first.date
            if start.weekday() not in (0, 6):
                continue  # a week that does not start on its first day: which Friday?
            friday = start + timedelta(days=4 if start.weekday() == 0 else 5)
            add(friday, m, "kw", s=m.start(), e=m.end() + first.end)

    from agent.reading import lexicon as L

    vague: list[VagueHit] = []
    for m in (
        *pats["vague"].finditer(text),
        *scan("vague_cjk"),
        *scan("vague_vi"),
        *pats["vague_words"].finditer(text),
        # "do konca budúceho týždňa", "in the course of next week": a week, no day in it
        *L.pattern("next_week").finditer(text),
    ):
        if not free(m.start(), m.end()):
            continue  # read above as a date
        vague.append(VagueHit(m.start(), m.end(), m.group(0)))
        take(m.start(), m.end())

    for m in scan("iso"):
        add(_mk(int(m.group(1)), int(m.group(3)), int(m.group(4))), m, "explicit")
    for m in scan("roc"):
        add(_mk(int(m.group(1)) + 1911, int(m.group(3)), int(m.group(4))), m, "explicit")
    # ISO 8601's week date ("W52-3", "2026-W52-3"): Wednesday of week 52, not the weeks
    # 52 to 3 nor the week's Friday
    for m in scan("iso_week"):
        week, wd = int(m.group(2)), int(m.group(3)) - 1
        if m.group(1):
            d = iso_week_day(int(m.group(1)), week, wd)
        else:
            d = next(
                (
                    c
                    for y in (ref.isocalendar()[0], ref.isocalendar()[0] + 1)
                    if (c := iso_week_day(y, week, wd)) and c >= ref
                ),
                None,
            )
        add(d, m, "kw")
    for m in scan("kw"):
        week = int(m.group(2))
        if not 1 <= week <= 53:
            continue
        weekday = days.get(m.group(1).lower().rstrip(".")) if m.group(1) else None
        start, end = m.start(), m.end()
        if weekday is None and not m.group(1):
            # "Mi, KW 4", "Do. KW 5": the supplier's language's short day name before it
            short = _SHORT_DAY_BEFORE.search(text, max(0, start - 8), start)
            n = _short_days(locale).get(short.group(1).lower()) if short else None
            if short and n is not None and n < 5 and (short.group(2) or _cell_start(text, short)):
                weekday, start = n, short.start(1)
        if weekday is None:
            # "KW 5 (Montag)", "week 5, Tuesday": the day named right after the week
            after = _kw_day_after().match(text, m.end())
            if after:
                weekday, end = days.get(after.group("day").lower().rstrip(".")), after.end()
        if weekday is None and not m.group(3):
            # "Liefertermin KW 52 Mi": the supplier's language's short day name ending the
            # cell or the line
            short = _SHORT_DAY_AFTER.match(text, m.end())
            n = _short_days(locale).get(short.group(1).lower()) if short else None
            if n is not None and n < 5:
                weekday, end = n, short.end()
        wd = 4 if weekday is None else weekday
        span = _WEEK_RANGE_END.match(text, m.end()) if weekday is None and not m.group(3) else None
        if span and week < int(span.group(1)) <= min(53, week + 8):
            # "vecka 2–3", "KW 50-51": the last week of the range is the one committed to
            week, end = int(span.group(1)), span.end()
        if m.group(3):
            d = iso_week_day(_year(m.group(3)), week, wd)
        else:
            d = None
            for y in (ref.isocalendar()[0], ref.isocalendar()[0] + 1):
                cand = iso_week_day(y, week, wd)
                if cand and cand >= ref:
                    d = cand
                    break
        add(d, m, "kw", s=start, e=end)

    def add_week(week: int, year: str | None, m: re.Match[str], start: int) -> None:
        # "ve středu 51. týden", "вторник, 50-та седмица": that weekday of the week, else
        # its Friday
        day = _WORD_BEFORE.search(text, max(0, start - 20), start)
        wd = _weekday_of(day.group(1)) if day else None
        friday = _week_friday(week, year, ref)
        if wd is None:
            add(friday, m, "kw", s=start)
        else:
            add(friday + timedelta(days=wd - 4) if friday else None, m, "kw", s=day.start(1))

    for m in scan("kw_ordinal"):
        week = int(m.group(1))
        if 1 <= week <= 53:
            add_week(week, m.group(2), m, m.start())
    for m in scan("kw_cjk"):
        week = int(m.group(2) or m.group(3) or m.group(5))
        if 1 <= week <= 53:
            add(_week_friday(week, m.group(1) or m.group(4), ref), m, "kw")
    for m in scan("kw_ru"):
        week, word = int(m.group(1)), m.group("word").lower()
        # an ordinal, or a form no duration takes ("1 неделя", "2 тижні" are lead times)
        week_form = (
            m.group("suffix")
            or word == "неделе"
            or (word in ("неделя", "тиждень") and week != 1)
            or (word == "тижні" and week >= 5)
        )
        if week_form and 1 <= week <= 53:
            add_week(week, m.group(4), m, m.start())
    for m in scan("kw_bg_lt"):
        week, word = int(m.group(2)), m.group("word").lower()
        # an ordinal, a form no duration takes ("51 savaitėje": in week 51), or a week past
        # any lead time ("1 седмица", "2 savaitės" are durations; "per 5 savaites" too)
        week_form = (
            m.group("suffix")
            or word == "savaitėje"
            or (word != "savaitės" and week >= 5 and not m.group("per"))
        )
        if week_form and 1 <= week <= 53:
            add_week(week, m.group("year"), m, m.start(2))
    for m in scan("ymd_baltic"):
        if m.group(1):
            mon = months.get(m.group(3).lower())
            y, d = int(m.group(1)), int(m.group(2))
        else:
            mon = months.get(m.group(5).lower())
            y, d = int(m.group(4)), int(m.group(6))
        if mon:
            add(_mk(y, mon, d), m, "explicit")
    for m in scan("ymd_eu"):
        mon, day = _BASQUE_MONTHS.index(m.group(2).lower()) + 1, int(m.group(3))
        if m.group(1):
            add(_mk(int(m.group(1)), mon, day), m, "explicit")
        else:
            add(_next_on_or_after(ref, mon, day), m, "yearless")
    for m in scan("kw_el"):
        week = int(m.group(1))
        if 1 <= week <= 53:
            add(_week_friday(week, m.group(2), ref), m, "kw")
    for m in scan("vi"):
        day, mon = int(m.group(1)), int(m.group(2))
        if m.group(3):
            add(_mk(int(m.group(3)), mon, day), m, "explicit")
        elif 1 <= mon <= 12:
            add(_next_on_or_after(ref, mon, day), m, "yearless")
    for m in scan("ymd_spaced"):
        add(_mk(int(m.group(1)), int(m.group(2)), int(m.group(3))), m, "explicit")
    for m in scan("num"):
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), _year(m.group(4))
        if len(m.group(4)) == 2 and sep == ".":
            # "10.9" style decimals cannot reach here; "1.2.26" is rare enough to skip
            pass
        if sep == "." or not mfirst:
            d = _mk(y, b, a) or (None if sep == "." else _mk(y, a, b))
        else:
            d = _mk(y, a, b) or _mk(y, b, a)
        add(d, m, "explicit")
    for m in scan("num_spaced"):
        add(_mk(int(m.group(3)), int(m.group(2)), int(m.group(1))), m, "explicit")
    for m in scan("num_nordic"):
        add(_mk(int(m.group(3)), int(m.group(2)), int(m.group(1))), m, "explicit")
    for m in scan("cjk"):
        mon, day = int(m.group(2)), int(m.group(3))
        if m.group(1):
            add(_mk(int(m.group(1)), mon, day), m, "explicit")
        else:
            add(_next_on_or_after(ref, mon, day), m, "yearless")
    for m in scan("year_month_day"):
        mon = months.get(m.group(2).lower().rstrip("."))
        if mon:
            add(_mk(int(m.group(1)), mon, int(m.group(3))), m, "explicit")
    for m in scan("day_month"):
        mon = months.get(m.group(2).lower().rstrip("."))
        if not mon:
            continue
        day = int(m.group(1))
        year = m.group(3) or m.group(4)
        if year:
            add(_mk(_year(year), mon, day), m, "explicit")
        else:
            add(_next_on_or_after(ref, mon, day), m, "yearless")
    for m in scan("roman"):
        if not (m.group(3) or re.match(r"\d{1,2}\s?[.-]\s?[IVX]", m.group(0))):
            continue  # "3 X 2" is three times two: a Roman month needs a dot, a dash or a year
        if (
            not m.group(3)
            and re.match(r"\d{1,2}\.\s", m.group(0))
            and _WORD_NEXT.match(text, m.end())
        ):
            continue  # "1. IV infusion set": a list item's number and a word, no month
        day, mon = int(m.group(1)), _ROMAN.index(m.group(2)) + 1
        if m.group(3):
            add(_mk(int(m.group(3)), mon, day), m, "explicit")
        else:
            add(_next_on_or_after(ref, mon, day), m, "yearless")
    lang = language_of(locale)
    for m in scan("day_month_local") if local else ():
        mon = local.get(m.group(2).lower())
        if mon and m.group(3):
            add(_mk(int(m.group(3)), mon, int(m.group(1))), m, "explicit")
        elif mon:
            add(_next_on_or_after(ref, mon, int(m.group(1))), m, "yearless")
    short = _short_month_table()
    for m in scan("day_short_month_year"):
        name = m.group(2).lower()
        mon = short.get(name)
        if not mon:
            continue
        if m.group(3) and (
            name not in _AMBIGUOUS_ABBREVIATIONS or name in _short_month_words(lang)
        ):
            add(_mk(int(m.group(3)), mon, int(m.group(1))), m, "explicit")
        elif (
            not m.group(3)
            and name not in _AMBIGUOUS_ABBREVIATIONS
            and name in _short_month_names(lang)
        ):
            add(_next_on_or_after(ref, mon, int(m.group(1))), m, "yearless")
    for m in scan("day_short_december"):
        if m.group(3):
            add(_mk(int(m.group(3)), 12, int(m.group(1))), m, "explicit")
        elif lang in _SHORT_DECEMBER_LANGS:
            add(_next_on_or_after(ref, 12, int(m.group(1))), m, "yearless")
    for m in scan("month_day"):
        mon = months.get(m.group(1).lower().rstrip("."))
        if not mon:
            continue
        day = int(m.group(2))
        if m.group(3):
            add(_mk(int(m.group(3)), mon, day), m, "explicit")
        else:
            add(_next_on_or_after(ref, mon, day), m, "yearless")
    for m in scan("num_slash"):
        a, b = int(m.group(1)), int(m.group(2))
        mon, day = (a, b) if mfirst else (b, a)
        if not (1 <= mon <= 12 and 1 <= day <= 31):
            continue
        add(_next_on_or_after(ref, mon, day), m, "yearless")
    # "Verzenddatum 11-12", "maandag 14-12": a day and month with a dash, only after a date's
    # label or a weekday (elsewhere "10-12" is a range or a code)
    for m in scan("num_dash"):
        before = text[max(0, m.start() - 30) : m.start()]
        label = _date_label_before().search(before) or (
            # "akkoord - levering 11-12": after a delivery word too, when nothing follows
            # that would make it a span ("levering 11-12 weken") or an amount
            _writes_dash_dates(locale)
            and _date_word_before().search(before)
            and not _LEAD_TIME_WORD.search(before)
            and _ALONE_AFTER.match(text, m.end())
        )
        weekday = re.search(r"([a-zà-ž]+)\.?,?\s+$", before, re.IGNORECASE)
        if not label and not (weekday and weekday.group(1).lower() in days):
            continue
        a, b = int(m.group(1)), int(m.group(2))
        mon, day = (a, b) if mfirst else (b, a)
        if 1 <= mon <= 12 and 1 <= day <= 31:
            add(_next_on_or_after(ref, mon, day), m, "yearless")
    for m in scan("num_dot"):
        day, mon = int(m.group(1)), int(m.group(2))
        if (
            not _writes_dot_dates(locale)
            and _SENTENCE_END.match(text, m.end())
            and not _date_word_before().search(text[max(0, m.start() - 30) : m.start()])
            and not _delivered_at(text, m.start())
        ):
            # "line 3 at 9.10. Rest OK" in English: a decimal ending its sentence, not 9 October
            # (but "ETA 15.12.", "delivery on 15.12." are dates)
            continue
        if 1 <= mon <= 12 and 1 <= day <= 31:
            add(_next_on_or_after(ref, mon, day), m, "yearless")
    # "czwartek 10.12", "Lieferung am 10.12": a day and month without the closing dot, only
    # after a weekday or a date's label, where no decimal is meant
    for m in _DAY_DOT_MONTH.finditer(text) if has_digit else ():
        before = text[max(0, m.start() - 30) : m.start()]
        weekday = re.search(r"([^\W\d_]+)\.?,?\s+$", before)
        day, mon = int(m.group(1)), int(m.group(2))
        if not (1 <= mon <= 12 and 1 <= day <= 31):
            continue
        when = _next_on_or_after(ref, mon, day)
        # "14.05 (piątek)", "14.05, Friday": the weekday after it is that date's own
        named_after = _WEEKDAY_AFTER.match(text, m.end())
        if not (
            _date_label_before().search(before)
            # "відвантаження 14.12", "Lieferung am 14.12", not "Versandkosten 10.10 €"
            or _date_word_before().search(before)
            and not _AMOUNT_AFTER.match(text, m.end())
            or weekday
            and weekday.group(1).lower() in days
            or named_after
            and when is not None
            and days.get(named_after.group(1).lower()) == when.weekday()
        ):
            continue
        add(when, m, "yearless")
    # "Tuesday 15th", "Fri the 8th": the next such day of a month that falls on that weekday
    for m in scan("weekday_day") if has_day else ():
        # only when that day of this month or the next falls on that weekday: "Tuesday 2
        # pallets" is no date
        day_idx = days.get(m.group("day").lower().rstrip("."))
        n = int(m.group("n"))
        for k in range(0, 2) if day_idx is not None else ():
            cand = _mk(ref.year + (ref.month - 1 + k) // 12, (ref.month - 1 + k) % 12 + 1, n)
            if cand and cand >= ref and cand.weekday() == day_idx:
                add(cand, m, "yearless")
                break
    for m in scan("weekday_ordinal") if has_day else ():
        day_idx = days.get(m.group("day").lower().rstrip("."))
        if day_idx is None:
            continue
        n = int(m.group("n"))
        d = None
        for k in range(0, 4):
            y, mo = ref.year + (ref.month - 1 + k) // 12, (ref.month - 1 + k) % 12 + 1
            cand = _mk(y, mo, n)
            if cand and cand >= ref and cand.weekday() == day_idx:
                d = cand
                break
        if d is None:
            # no such day soon: the next n-th, flagged (a wrong weekday or a typo)
            d = next(
                (
                    c
                    for k in range(0, 3)
                    if (
                        c := _mk(
                            ref.year + (ref.month - 1 + k) // 12, (ref.month - 1 + k) % 12 + 1, n
                        )
                    )
                    and c >= ref
                ),
                None,
            )
            if d is not None:
                conflict = f"'{m.group('day')}' is not the weekday of {d.isoformat()}"
                add(d, m, "yearless", conflict)
            continue
        add(d, m, "yearless")
    for m in (*scan("ordinal"), *scan("ordinal_den")):
        day = int(m.group(1))
        d = None
        for k in range(0, 3):
            y, mo = ref.year + (ref.month - 1 + k) // 12, (ref.month - 1 + k) % 12 + 1
            cand = _mk(y, mo, day)
            if cand and cand >= ref:
                d = cand
                break
        # "ETA 18th", "on 18th": the word of when stays out of the date, as it does of "18
        # December"
        lead = m.group(0)[:3].lower() == "the"
        add(d, m, "ordinal", s=None if lead else m.start(1))
    for m in _from_today().finditer(text):
        # "3 weeks from today", "a fortnight from today", "6 Wochen ab heute": the goods come
        # by then, a lead time counted from the mail's day (working days are no calendar count)
        if re.search(_WORKING_DAYS, m.group(0), re.IGNORECASE):
            continue
        unit = m.group("unit").lower()
        n_raw = m.group("n").lower()
        n = int(n_raw) if n_raw.isdigit() else _WORD_NUMBERS.get(n_raw)
        if not n:
            continue
        per = 14 if unit.startswith("fortnight") else 7 if re.fullmatch(_WEEK_UNITS, unit) else 1
        add(ref + timedelta(days=n * per), m, "lead_time")
    for m in pats["relative"].finditer(text):
        if m.group("word"):
            w = m.group("word").lower()
            days_on = _RELATIVE_DAYS.get(w, _RELATIVE_DAYS.get(m.group("word"), 1))
        else:
            days_on = _RELATIVE_DAYS_CJK[m.group("cjk")]
        if (
            days_on == 0
            and free(m.start(), m.end())
            and (counted := _counted_from().search(text, max(0, m.start() - 40), m.start()))
        ):
            lead = pats["in_n"].search(text, max(0, counted.start() - 30), counted.end())
            if lead is not None and lead.end() > counted.start():
                # "om 3 veckor räknat från idag": today is what the lead time counts from,
                # read with it below
                take(m.start(), m.end())
                continue
            # "10 working days from today": a count from the mail's day not read as a date
            # (working days need the supplier's holidays) is vague, never "today"
            vague.append(VagueHit(m.start(), m.end(), m.group(0)))
            take(m.start(), m.end())
            continue
        if (
            days_on == 0
            and free(m.start(), m.end())
            and _from_before().search(text, max(0, m.start() - 30), m.start())
        ):
            # "… from today", whatever count comes before it: the day a count starts from is
            # no date of its own
            vague.append(VagueHit(m.start(), m.end(), m.group(0)))
            take(m.start(), m.end())
            continue
        add(ref + timedelta(days=days_on), m, "relative")
    for m in pats["in_n"].finditer(text):
        pre, unit = m.group("pre").lower(), m.group("unit").lower()
        if pre in _PREFIX_UNITS and not re.fullmatch(_PREFIX_UNITS[pre], unit):
            continue  # "spread over two weeks" is a span; "over drie weken" a date
        n_raw = m.group("n").lower()
        n = int(n_raw) if n_raw.isdigit() else _WORD_NUMBERS.get(n_raw)
        if not n:
            continue
        unit = m.group("unit").lower()
        weeks = re.fullmatch(_WEEK_UNITS, unit) is not None
        # a labelled lead time says the goods are with us then, as one from the order does
        labelled = re.fullmatch(_LEAD_LABEL, pre, re.IGNORECASE) is not None
        add(
            ref + timedelta(days=n * (7 if weeks else 1)),
            m,
            "lead_time" if labelled else "relative",
        )

    for m in pats["n_post"].finditer(text):
        n_raw = m.group("n").lower()
        n = int(n_raw) if n_raw.isdigit() else _WORD_NUMBERS.get(n_raw)
        if not n:
            continue
        weeks = m.group("unit").lower() in (
            "hafta",
            "həftə",
            "hét",
            "héten",
            "hetet",
            "viikon",
            "nädala",
        )
        add(ref + timedelta(days=n * (7 if weeks else 1)), m, "relative")

    # "the eighteenth of December": an English day written as an ordinal word
    for m in _ORDINAL_WORD_DATE.finditer(text) if _ORDINAL_HINT.search(text) else ():
        day = _ORDINAL_DAYS[re.sub(r"[\s-]+", " ", m.group("ord").lower())]
        month = _ENGLISH_MONTHS.index(m.group("mon").lower()[:3]) + 1
        if m.group("y"):
            d = _mk(int(m.group("y")), month, day)
            add(d, m, "explicit")
        else:
            d = _mk(ref.year, month, day)
            if d is not None and d < ref:
                d = _mk(ref.year + 1, month, day)
            add(d, m, "yearless")

    # Weekday names: either they qualify a nearby explicit date ("Tuesday 12/1",
    # "Monday truck (11/30)") or they are a relative date ("next Monday").
    explicit = sorted(
        (h for h in hits if h.form in ("explicit", "yearless", "ordinal")), key=lambda h: h.start
    )
    # explicit hits never overlap, so their ends are sorted too: the few hits near a
    # weekday are found by bisection instead of a walk over all of them
    ends = [h.end for h in explicit]
    replaced: dict[int, DateHit] = {}
    for m in pats["weekday"].finditer(text) if has_day else ():
        day_idx = days.get(m.group("day").lower().rstrip("."))
        if day_idx is None:
            continue
        s, e = m.start("day"), m.end("day")
        if not free(s, e):
            continue
        qualified = None
        for k in range(bisect.bisect_left(ends, s - 8), len(explicit)):
            h = explicit[k]
            if h.start > e + 16:
                break
            gap_after = text[e : h.start]
            gap_before = text[h.end : s]
            # "onsdag d. 10/3", "Tuesday the 12th": a short word or abbreviation between
            if h.start >= e and len(gap_after) <= 16 and _WEEKDAY_TO_DATE.fullmatch(gap_after):
                qualified = h
                break
            # "18.02.2027 г. (четвъртък)", "kovo 10 d. (trečiadienis)": a year's or day's
            # abbreviation between
            if s >= h.end and len(gap_before) <= 8 and _DATE_TO_WEEKDAY.fullmatch(gap_before):
                qualified = h
                break
        if qualified is not None:
            take(s, e)
            if qualified.date.weekday() != day_idx and id(qualified) not in replaced:
                replaced[id(qualified)] = DateHit(
                    qualified.date,
                    qualified.start,
                    qualified.end,
                    qualified.text,
                    qualified.form,
                    f"'{m.group('day')}' is not the weekday of {qualified.date.isoformat()}",
                )
            continue
        # relative weekday: the next such day after the reference
        delta = (day_idx - ref.weekday()) % 7 or 7
        # "Friday week", "a week on Friday": the Friday after that one; "Friday fortnight"
        later = _WEEK_AFTER_DAY.match(text, e) or _WEEK_BEFORE_DAY.search(
            text, max(0, m.start() - 20), m.start()
        )
        if later is not None:
            delta += 14 if later.group(0).strip().lower().startswith("fortnight") else 7
            s, e = min(s, later.start()), max(e, later.end())
            add(ref + timedelta(days=delta), m, "weekday", s=s, e=e)
            continue
        add(ref + timedelta(days=delta), m, "weekday", s=m.start(), e=m.end())

    if replaced:
        hits = [replaced.get(id(h), h) for h in hits]
    hits += _shared_month_days(text, hits)
    hits.sort(key=lambda h: h.start)
    return hits, vague


# "on 4 and 11 December", "am 4. und 11. Dezember", "le 4 et le 11 décembre": a bare day joined
# to a written date shares its month and year
_DAY_JOINED_BEFORE = compile_re(
    r"(?<![\w.,/:-])(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?\s*(?:,|and|&|und|et|y|e|en|och|og|ja|és|и|ve|та)"
    r"\s+(?:(?:le|el|the|den|am|il)\s+)?$",
    re.IGNORECASE,
)
_DAY_FIRST_WORDS = compile_re(r"\d{1,2}(?:st|nd|rd|th|\.)?\s*[^\W\d_]")
# ... but not a range's first end ("between 14 and 18 December": its last day holds) nor a
# line's number ("lines 2 and 11 December" is no list of days)
_RANGE_OR_LINE_BEFORE = compile_re(
    r"(?:between|zwischen|entre|tra|fra|tussen|mellan|mellem|między|mezi|между|від|from|von|du|"
    r"del|dal|line|lines|pos|item|items|position|positions|zeile|ligne|lignes|línea|riga|regel|"
    r"rad|linje|poz|pol|artikel|art)\.?\s*(?:(?:le|el|the|den|dem|am|il|lo|o|de)\s+)?$",
    re.IGNORECASE,
)


_ORDINAL_DAYS = {
    w: i
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        1,
    )
}
_ORDINAL_DAYS |= {f"twenty {w}": 20 + i for w, i in _ORDINAL_DAYS.items() if i < 10}
_ORDINAL_DAYS |= {"thirtieth": 30, "thirty first": 31}
_ENGLISH_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_ORDINAL_WORD_DATE = compile_re(
    r"(?<![\w-])(?:the\s+)?(?P<ord>(?:twenty[\s-]+|thirty[\s-]+)?(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
    r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))\s+(?:of\s+)?"
    # ("May" with its capital only: "the first may arrive" is no date)
    r"(?P<mon>january|february|march|april|(?-i:May|MAY)|june|july|august|september|october|november|"
    r"december)(?:,?\s+(?P<y>20\d\d))?(?![\w])",
    re.IGNORECASE,
)


# a word ending as an English ordinal does: most texts hold none, and skip the scan
_ORDINAL_HINT = compile_re(r"(?:st|nd|rd|th)\s+(?:of\s+)?[a-z]", re.IGNORECASE)


def _shared_month_days(text: str, hits: list[DateHit]) -> list[DateHit]:
    out: list[DateHit] = []
    taken = [(h.start, h.end) for h in hits]
    for h in hits:
        if h.form not in ("explicit", "yearless") or not _DAY_FIRST_WORDS.match(h.text):
            continue
        at = h.start
        while (m := _DAY_JOINED_BEFORE.search(text, max(0, at - 24), at)) is not None:
            if _RANGE_OR_LINE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                break
            if any(a < m.end() and m.start() < b for a, b in taken):
                break
            try:
                day = h.date.replace(day=int(m.group("day")))
            except ValueError:
                break
            if day >= h.date:
                break  # "11 and 4 December" is no list in order
            out.append(DateHit(day, m.start("day"), m.end("day"), m.group("day"), h.form))
            at = m.start()
    return out


_TODAY_WORDS = (
    r"today|now|heute|jetzt|aujourd'hui|hoy|ahora|oggi|adesso|vandaag|nu|dzisiaj|dziś|dnes|teď"
    r"|idag|i dag|hoje|agora|tänään|täna|ma|bugün|astăzi|azi|danas|данас|danes|днес|сегодня|сьогодні|σήμερα"
    # French "à compter de ce jour", "à partir de ce jour"; Finnish "tästä päivästä"
    r"|ce jour|päivästä"
    # Indonesian and Malay "dari hari ini" (from today)
    r"|hari ini"
)
_FROM_WORDS = (
    r"from|after|as from|ab|von|à partir d'|à compter d'|à partir de|à compter de|a partir de|desde"
    r"|a partire da|da|vanaf|tästä"
    r"|van|od|од|від|от|από|fra|från|från och med|fra og med|alates|nuo|no|-tól|-től|itibaren|dari"
)


@cache
def _from_today() -> re.Pattern[str]:
    return compile_re(
        rf"(?<![\w.,])(?P<n>\d{{1,3}}|{_NUMBER_WORDS})\s+(?:(?:{_WORKING_DAYS})\w*\s+)?"
        # ("dua minggu lagi dari hari ini": Indonesian and Malay put "more" after the unit)
        rf"(?P<unit>fortnights?|{_UNITS})\s+(?:lagi\s+)?(?:{_FROM_WORDS})\s*(?:{_TODAY_WORDS})\b",
        re.IGNORECASE,
    )


@cache
def _count_start() -> re.Pattern[str]:
    return compile_re(
        rf"(?<![\w'])(?:(?:{_FROM_WORDS})\s*(?:{_TODAY_WORDS})"
        # (Turkish and Finnish put the word of "from" after today's: "bugünden itibaren",
        # "tästä päivästä alkaen")
        rf"|(?:{_TODAY_WORDS})(?:den|dan|ten|tan)?\s+(?:itibaren|alkaen|lähtien))(?!\w)",
        re.IGNORECASE,
    )


def without_count_start(text: str) -> str:
    """``text`` with every "from today" blanked, offsets kept. "Bugünden itibaren 3 hafta
    sonra", "à partir d'aujourd'hui": the day a lead time counts from, whose word of "from"
    is no price's start ("itibaren" also says "valid from")."""
    return _count_start().sub(lambda m: " " * len(m.group(0)), text)


@cache
def _a_count() -> re.Pattern[str]:
    return compile_re(rf"\d|(?<!\w)(?:{_NUMBER_WORDS})(?!\w)", re.IGNORECASE)


def counted(text: str) -> bool:
    """A relative date's words hold a count ("in 3 weeks", "üç hafta sonra"), not a day word
    alone ("tomorrow"): the goods' date said as a lead time, not a call or a reply's day."""
    return _a_count().search(text) is not None


@cache
def _from_before() -> re.Pattern[str]:
    return compile_re(rf"(?<![\w'])(?:{_FROM_WORDS})\s*$", re.IGNORECASE)


@cache
def _counted_from() -> re.Pattern[str]:
    # ("3 veckor räknat från idag", "3 Wochen gerechnet ab heute": a participle may stand between)
    return compile_re(
        # ... and a working-days word after the unit: "10 jours ouvrés à compter d'aujourd'hui"
        rf"(?:fortnights?|{_UNITS})\w*\s+(?:(?:{_WORKING_DAYS})\w*\s+)?"
        r"(?:(?:counted|calculated|gerechnet|räknat|regnet|beregnet|lagi)\s+)?"
        rf"(?:{_FROM_WORDS})\s*$",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class OffsetHit:
    """ "two weeks later than requested": a date relative to the PO line's requested date."""

    days: int
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _offset_pattern() -> re.Pattern[str]:
    from agent.reading import lexicon as L

    later = L.pattern("later_than_requested").pattern
    earlier = L.pattern("earlier_than_requested").pattern
    return compile_re(
        rf"(?<![\w.,])(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+(?P<unit>{_UNITS})\s+"
        rf"(?:(?P<later>{later})|(?P<earlier>{earlier}))",
        re.IGNORECASE,
    )


def find_offsets(text: str) -> list[OffsetHit]:
    """Offsets from the requested date ("zwei Wochen später als von Ihnen gewünscht",
    "a week earlier than requested"): resolved against each line's requested date by the
    reader, never against the mail's date."""
    out = []
    for m in _offset_pattern().finditer(text):
        n_raw = m.group("n").lower()
        n = int(n_raw) if n_raw.isdigit() else _WORD_NUMBERS.get(n_raw)
        if not n:
            continue
        days = n * (7 if re.fullmatch(_WEEK_UNITS, m.group("unit").lower()) else 1)
        out.append(OffsetHit(days if m.group("later") else -days, m.start(), m.end(), m.group(0)))
    return out


def dates_in(text: str, locale: str, reference: datetime) -> list[date]:
    """Every date the rules read in ``text`` (contract)."""
    hits, _ = find_dates(text, locale, reference)
    return [h.date for h in hits]


# The part of a month a vague date names: its first and last day ("early January" is the
# 1st to the 10th). Words of the supported languages, before the month.
_MONTH_PARTS = (
    (
        1,
        10,
        r"early|beginning of|start of|the beginning of|the start of|anfang|d[ée]but|principios de"
        r"|inicio de|comienzos de|začátkem|inizio|all'inizio di|begin|início de|princípios de"
        r"|começo de|początek|början av|starten af|starten av",
    ),
    (
        11,
        20,
        r"mid|mid-|middle of|the middle of|mitte|mi-|mediados de|metà|half|polovina|meados de"
        r"|połowa|mitten av|midten af|midten av",
    ),
    (
        21,
        31,
        r"late|end of|the end of|ende|fin|fin de|finales de|fines de|koncem|fine|eind|finais de"
        r"|fins de|fim de|final de|koniec|końcem|slutet av|slutningen af|slutten av",
    ),
)
_MONTH_PART_RE = compile_re(
    r"^\s*(?P<part>"
    + "|".join(f"(?P<p{i}>{words})" for i, (_, _, words) in enumerate(_MONTH_PARTS))
    + r")\s*-?\s*(?P<month>[^\W\d_]+)\.?\s*$",
    re.IGNORECASE,
)


def month_before(vague: str, day: date) -> bool:
    """A vague time that names only a month which ended at most three months before ``day``
    ("underhållsstopp i december" beside a delivery in week 2 of January): the time of what
    happens before the delivery, not the delivery's."""
    months = {
        _month_table().get(w.lower().rstrip(".")) for w in re.findall(r"[^\W\d_]+\.?", vague)
    } - {None}
    if len(months) != 1:
        return False
    (m,) = months
    gap = (day.year * 12 + day.month) - m
    back = gap % 12 or 12  # months from the last such month before the day's month
    return 1 <= back <= 3 and m != day.month


_CJK_MONTH_ONLY = compile_re(r"(?P<m>\d{1,2})\s*(?:월|月)(?:에|份|中)?")


def month_holds(vague: str, day: date) -> bool:
    """A vague time that names only the month ``day`` falls in, and no part of it ("rășina MS
    sosește abia în ianuarie" beside "livrare 14.01.2027"): it agrees with the exact date."""
    cjk = _CJK_MONTH_ONLY.fullmatch(vague.strip())
    if cjk:
        # "1월에 출고됩니다", "1月出货": a month's number in Korean, Japanese or Chinese
        return int(cjk["m"]) == day.month
    if _MONTH_PART_RE.search(vague) or re.search(r"\d", vague):
        return False
    months = {
        _month_table().get(w.lower().rstrip(".")) for w in re.findall(r"[^\W\d_]+\.?", vague)
    } - {None}
    return months == {day.month}


def month_part_agrees(vague: str, day: date) -> bool:
    """Whether a vague date that names a part of a month ("early January", "Mitte Februar",
    "fin janvier") holds ``day``: the vague words then only restate the exact date."""
    m = _MONTH_PART_RE.match(vague)
    if m is None:
        return False
    month = _month_table().get(m["month"].lower().rstrip("."))
    if month is None or month != day.month:
        return False
    i = next(i for i in range(len(_MONTH_PARTS)) if m[f"p{i}"])
    first, last = _MONTH_PARTS[i][0], _MONTH_PARTS[i][1]
    return first <= day.day <= last


# Working days are not calendar days: a lead time in them needs the supplier's holidays
_WORKING_DAYS = (
    r"business|working|arbeits|werkt|werkd|hábiles|habiles|ouvrés|ouvrables|lavorativ|úteis"
    r"|uteis|roboczych|pracovních|pracovnych|pracovných|arbetsdag|hverdag|virkedag|työpäiv"
    r"|arkipäiv|munkanap"
    r"|lucrătoare|lucratoare|radnih|delovnih|работни|рабочих|робочих|εργάσιμ|iş gün|tööpäev"
    r"|darba dien|darbo dien|hari kerja|ngày làm việc|営業日|工作日|영업일"
)
_LEAD_COUNT = (
    r"(?P<n>\d{1,3})(?:\s*(?:[-–]|to|bis|à|a|až|do|tot|till)\s*(?P<n2>\d{1,3}))?\s*"
    # Chinese, Japanese, Korean and Thai units stand inside a run of letters
    rf"(?P<unit>(?:{_UNITS})\b|天|日|周|週間|週|주|일|สัปดาห์|วัน)"
)


@lru_cache(maxsize=2)
def _lead_time_res(table: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    from agent.reading import lexicon as L

    receipt = L.pattern(table).pattern
    after = compile_re(rf"{_LEAD_COUNT}(?P<mid>[^.;!?\n]{{0,40}}?)(?:{receipt})", re.IGNORECASE)
    before = compile_re(rf"(?:{receipt})\s*(?:\S{{0,6}}?)\s*{_LEAD_COUNT}", re.IGNORECASE)
    return after, before


@dataclass(frozen=True)
class LeadTime:
    """A lead time counted from our order: its longest count in calendar days."""

    days: int
    start: int
    end: int
    text: str
    # counted from the order's own date ("6 weeks from the order date"), not its receipt
    from_order_date: bool = False


def lead_times(text: str) -> list[LeadTime]:
    """ "4 Wochen nach Auftragseingang", "6-8 weeks ARO", "收到订单后30天": counts of calendar
    days or weeks from the order's receipt, a range at its latest end (the most the supplier
    commits to). Working days are left out: they are no calendar count."""
    # every count starts with a digit: a text without one holds none (most clauses)
    if _DIGIT.search(text) is None:
        return []
    return list(_lead_times_cached(text))


# Per message (cleared with the other text caches): the checks read a clause again and again.
@lru_cache(maxsize=4096)
def _lead_times_cached(text: str) -> tuple[LeadTime, ...]:
    out: list[LeadTime] = []
    # the order's own date first: "from the order date" also begins like "from the order"
    for table in ("order_date", "order_receipt"):
        for pat in _lead_time_res(table):
            for m in pat.finditer(text):
                if any(o.start < m.end() and m.start() < o.end for o in out):
                    continue
                window = text[max(0, m.start() - 20) : m.end() + 20]
                if re.search(_WORKING_DAYS, window, re.IGNORECASE):
                    continue
                n = int(m["n2"] or m["n"])
                unit = m["unit"].lower()
                weeks = unit in ("周", "週間", "週", "주", "สัปดาห์") or re.fullmatch(
                    _WEEK_UNITS, unit
                )
                days = n * (7 if weeks else 1)
                dated = table == "order_date"
                out.append(LeadTime(days, m.start(), m.end(), m.group(0), dated))
    return tuple(sorted(out, key=lambda x: x.start))


@cache
def _working_day_count() -> re.Pattern[str]:
    return compile_re(
        r"(?<![\d.,])\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:[^\W\d_]{1,12}\s+|[个個]\s*)?"
        rf"(?:{_WORKING_DAYS})[^\W\d_]*(?:\s+(?:{_DAY_UNITS}))?",
        re.IGNORECASE,
    )


def working_day_counts(text: str) -> list[str]:
    """ "10 working days", "10 jours ouvrés", "10 arkipäivän", "7个工作日": a count of working
    days, which no calendar reading turns into a date (which days a supplier works, and
    from when it counts, are not in the mail)."""
    return [m.group(0) for m in _working_day_count().finditer(text)]


@cache
def _day_or_week_count() -> re.Pattern[str]:
    return compile_re(rf"(?<![\d.,]){_LEAD_COUNT}|{_working_day_count().pattern}", re.IGNORECASE)


def day_or_week_counts(text: str) -> list[tuple[int, int]]:
    """Where the text counts days or weeks ("45 рабочих дней", "4-6 weeks", "10 Arbeitstage"):
    each count's span, calendar or working days alike."""
    if _DIGIT.search(text) is None:
        return []
    return [m.span() for m in _day_or_week_count().finditer(text)]


def lead_time_hits(text: str, issued: date | None, mail_day: date) -> list[DateHit]:
    """The dates :func:`lead_times` give, counted from the day the PO was issued: always for a
    count from the order's date, and for a count from its receipt only when the reply comes
    that same day (the day the order reached the supplier); on a later day the receipt date
    is not known, and no date is read."""
    if issued is None:
        return []
    return [
        DateHit(issued + timedelta(days=lt.days), lt.start, lt.end, lt.text, "lead_time")
        for lt in lead_times(text)
        if lt.from_order_date or mail_day == issued
    ]


_DAY_THEN_MONTH = compile_re(r"\s*(?P<d>\d{1,2})\.?\s*(?P<m>[^\W\d_]{3,}|\d{1,2}[./])")


def date_wraps(prev_line: str, line: str) -> bool:
    """A date cut by a soft line break after its weekday ("levering op vrijdag" over "5
    februari (week 5)."): ``line`` goes on ``prev_line``."""
    word = _WORD_BEFORE.search(prev_line)
    if word is None or _weekday_of(word.group(1)) is None:
        return False
    ends = _WORD_BEFORE.search(line)
    if ends is not None and _weekday_of(ends.group(1)) is not None:
        return False  # a line that itself ends in a weekday is a list of dates, no wrap
    m = _DAY_THEN_MONTH.match(line)
    if m is None:
        return False
    month = m["m"]
    return month[0].isdigit() or month.lower().rstrip(".") in _month_table()
