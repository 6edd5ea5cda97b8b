"""Croatian (with Serbian and Bosnian in Latin script), Slovenian, Bulgarian, Estonian,
Lithuanian and Latvian replies, end to end.

Each language has its lexicon file (``agent/reading/lang/hr.toml``, ``sl``, ``bg``, ``et``,
``lt``, ``lv``), month and weekday names from babel with the cases a date puts them in
("15. prosinca", "15. januarja", "15. detsembril", "gruodžio 15 d.", "15. decembrī"),
calendar-week words ("52. tjedan", "teden 52", "52-ра седмица", "52. nädal", "52 savaitė",
"52. nedēļa"), line words ("stavka", "postavka", "позиция", "rida", "eilutė", "pozīcija"),
the lev ("12,50 лв.") and out-of-office wording. Every phrasing here is written for these
tests, the way business mail in the language is written. Every mail runs the whole
pipeline (``read_message``) on real bytes; the mail is dated Tuesday 17 November 2026, the
PO has three lines requested for 15 December 2026 (2000, 2000 and 4000 pieces at 0.4200,
0.1150 and 0.0425 USD).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from agent.reading.dates import find_dates
from agent.reading.numbers import price_hits
from tests.test_guards import PO_NUMBER
from tests.test_languages import REF, WEEK_2, WEEK_52, _lines, _read

REQUESTED = date(2026, 12, 15)

# A plain confirmation of every line, as ordered.
CONFIRMATIONS = [
    (
        "hr-HR",
        "Poštovana gospođo Okafor,\n\npotvrđujemo Vašu narudžbu bez promjena.\n\nLijep pozdrav,\n"
        "Ivan",
    ),
    ("hr-HR", "Poštovani,\n\nnarudžba je potvrđena prema narudžbenici.\n\nLp,\nIvana"),
    (
        "sr-Latn-RS",
        "Poštovani,\n\npotvrđujemo porudžbinu u skladu sa Vašom porudžbinom, bez izmena.\n\n"
        "Srdačan pozdrav,\nMilan",
    ),
    ("sl-SI", "Spoštovani,\n\npotrjujemo vaše naročilo brez sprememb.\n\nLep pozdrav,\nMatej"),
    ("bg-BG", "Здравейте,\n\nПотвърждаваме поръчката Ви без промени.\n\nПоздрави,\nГеорги"),
    ("et-EE", "Tere,\n\nKinnitame tellimuse muudatusteta.\n\nLugupidamisega\nKadri"),
    ("lt-LT", "Laba diena,\n\npatvirtiname jūsų užsakymą be pakeitimų.\n\nPagarbiai\nTomas"),
    ("lv-LV", "Labdien,\n\napstiprinām jūsu pasūtījumu bez izmaiņām.\n\nAr cieņu\nJānis"),
]


@pytest.mark.parametrize("locale,body", CONFIRMATIONS)
def test_a_plain_confirmation_accepts_every_line(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got == {n: ("accepted", REQUESTED) for n in (1, 2, 3)}


# Every line confirmed, delivered in calendar week 52 instead of the requested date.
WEEK_CHANGES = [
    ("hr-HR", "Poštovani,\n\npotvrđujemo sve stavke, isporuka u 52. tjednu.\n\nLijep pozdrav"),
    ("hr-HR", "Poštovani,\n\nsve stavke potvrđene, isporuka tjedan 52.\n\nLp"),
    ("bs-BA", "Poštovani,\n\npotvrđujemo sve stavke, isporuka u 52. sedmici.\n\nPozdrav"),
    ("sl-SI", "Spoštovani,\n\npotrjujemo vse postavke, dobava v 52. tednu.\n\nLep pozdrav"),
    (
        "bg-BG",
        "Здравейте,\n\nпотвърждаваме всички позиции, доставка през 52-ра седмица.\n\nПоздрави",
    ),
    ("bg-BG", "Здравейте,\n\nпотвърждаваме поръчката, доставка седмица 52.\n\nПоздрави"),
    ("et-EE", "Tere,\n\nkinnitame kõik read, tarne 52. nädalal.\n\nLugupidamisega"),
    ("lt-LT", "Laba diena,\n\npatvirtiname visas eilutes, pristatymas 52 savaitę.\n\nPagarbiai"),
    ("lt-LT", "Laba diena,\n\npatvirtiname užsakymą, pristatymas 52-ąją savaitę.\n\nPagarbiai"),
    ("lv-LV", "Labdien,\n\napstiprinām visas pozīcijas, piegāde 52. nedēļā.\n\nAr cieņu"),
]


@pytest.mark.parametrize("locale,body", WEEK_CHANGES)
def test_a_calendar_week_changes_every_line_to_its_friday(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got == {n: ("changed", WEEK_52) for n in (1, 2, 3)}


# Every line confirmed for a new date (Friday 15 January 2027), in digits or with the
# month's name in the case the sentence puts it in.
NEW_DATES = [
    ("hr-HR", "Poštovani,\n\npotvrđujemo narudžbu, isporuka 15.01.2027."),
    ("hr-HR", "Poštovani,\n\npotvrđujemo narudžbu, isporuka 15. siječnja 2027."),
    ("hr-HR", "Poštovani,\n\npotvrđujemo narudžbu, rok isporuke pomaknut je na 15. siječnja."),
    ("sr-Latn-RS", "Poštovani,\n\npotvrđujemo porudžbinu, isporuka 15. januara 2027."),
    ("sl-SI", "Spoštovani,\n\npotrjujemo naročilo, dobava 15. 1. 2027."),
    ("sl-SI", "Spoštovani,\n\npotrjujemo naročilo, dobava 15. januarja 2027."),
    ("bg-BG", "Здравейте,\n\nпотвърждаваме поръчката, доставка на 15.01.2027 г."),
    ("bg-BG", "Здравейте,\n\nпотвърждаваме поръчката, доставка 15 януари 2027 г."),
    ("et-EE", "Tere,\n\nkinnitame tellimuse, tarne 15.01.2027."),
    ("et-EE", "Tere,\n\nkinnitame tellimuse, tarne 15. jaanuaril 2027."),
    ("lt-LT", "Laba diena,\n\npatvirtiname užsakymą, pristatymas 2027-01-15."),
    ("lt-LT", "Laba diena,\n\npatvirtiname užsakymą, pristatymas 2027 m. sausio 15 d."),
    ("lv-LV", "Labdien,\n\napstiprinām pasūtījumu, piegāde 2027. gada 15. janvārī."),
    ("lv-LV", "Labdien,\n\napstiprinām pasūtījumu, piegāde 15.01.2027."),
]


@pytest.mark.parametrize("locale,body", NEW_DATES)
def test_a_new_date_changes_every_line(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got == {n: ("changed", WEEK_2) for n in (1, 2, 3)}


# Line 1 at a new price, written with the locale's decimal comma; the other lines as
# ordered.
PRICE_CHANGES = [
    (
        "hr-HR",
        "Poštovani,\n\nstavka 1: nova cijena 0,45 USD/kom.\nStavke 2 i 3 potvrđujemo prema "
        "narudžbi.\n\nLijep pozdrav",
    ),
    (
        "sl-SI",
        "Spoštovani,\n\npostavka 1: nova cena 0,45 USD/kos.\nPostavki 2 in 3 potrjujemo brez "
        "sprememb.\n\nLep pozdrav",
    ),
    (
        "bg-BG",
        "Здравейте,\n\nпозиция 1: нова цена 0,45 USD/бр.\nПозиции 2 и 3 потвърждаваме без "
        "промени.\n\nПоздрави",
    ),
    (
        "et-EE",
        "Tere,\n\nrida 1: uus hind 0,45 USD/tk.\nRidu 2 ja 3 kinnitame muudatusteta.\n\n"
        "Lugupidamisega",
    ),
    (
        "lt-LT",
        "Laba diena,\n\neilutė 1: nauja kaina 0,45 USD/vnt.\nEilutes 2 ir 3 patvirtiname be "
        "pakeitimų.\n\nPagarbiai",
    ),
    (
        "lv-LV",
        "Labdien,\n\npozīcija 1: jauna cena 0,45 USD/gab.\nPozīcijas 2 un 3 apstiprinām bez "
        "izmaiņām.\n\nAr cieņu",
    ),
]


@pytest.mark.parametrize("locale,body", PRICE_CHANGES)
def test_a_new_price_with_a_decimal_comma_changes_its_line(locale: str, body: str) -> None:
    res = _read(body, locale)
    got = _lines(res)
    assert got[1][0] == "changed"
    assert got[2][0] == got[3][0] == "accepted"
    (conf,) = res.confirmations
    line1 = next(ln for ln in conf.lines if ln.line == 1)
    assert line1.unit_price == Decimal("0.45")


# The order confirmed, line 2 short: never accepted as ordered.
SHORT_LINES = [
    (
        "hr-HR",
        "Poštovani,\n\npotvrđujemo narudžbu, ali za stavku 2 možemo isporučiti samo 1500 kom.",
    ),
    ("sl-SI", "Spoštovani,\n\npotrjujemo naročilo, pri postavki 2 lahko dobavimo samo 1500 kos."),
    (
        "bg-BG",
        "Здравейте,\n\nпотвърждаваме поръчката, по позиция 2 можем да доставим само 1500 бр.",
    ),
    ("et-EE", "Tere,\n\nkinnitame tellimuse, 2. real saame tarnida ainult 1500 tk."),
    (
        "lt-LT",
        "Laba diena,\n\npatvirtiname užsakymą, eilutėje Nr. 2 galime pristatyti tik 1500 vnt.",
    ),
    ("lv-LV", "Labdien,\n\napstiprinām pasūtījumu, 2. pozīcijā varam piegādāt tikai 1500 gab."),
]


@pytest.mark.parametrize("locale,body", SHORT_LINES)
def test_a_short_line_carries_the_suppliers_quantity(locale: str, body: str) -> None:
    res = _read(body, locale)
    assert res.kind == "confirmation", res.review_reasons
    (conf,) = res.confirmations
    line2 = next(ln for ln in conf.lines if ln.line == 2)
    assert (line2.status, line2.quantity) == ("changed", Decimal(1500))


# Lines 1 and 2 confirmed, line 3 refused (no longer made, cannot be supplied).
REFUSALS = [
    (
        "hr-HR",
        "Poštovani,\n\nstavke 1 i 2 potvrđujemo prema narudžbi.\nStavka 3 se više ne proizvodi, "
        "ne možemo je isporučiti.\n\nLijep pozdrav",
    ),
    (
        "sl-SI",
        "Spoštovani,\n\npostavki 1 in 2 potrjujemo brez sprememb.\nPostavka 3 se ne proizvaja več, "
        "ne moremo je dobaviti.\n\nLep pozdrav",
    ),
    (
        "bg-BG",
        "Здравейте,\n\nпозиции 1 и 2 потвърждаваме без промени.\nПозиция 3 вече не се произвежда "
        "и не можем да я доставим.\n\nПоздрави",
    ),
    (
        "et-EE",
        "Tere,\n\nridu 1 ja 2 kinnitame muudatusteta.\nRida 3 enam ei toodeta, seda ei saa "
        "tarnida.\n\nLugupidamisega",
    ),
    (
        "lt-LT",
        "Laba diena,\n\neilutes 1 ir 2 patvirtiname be pakeitimų.\nEilutės 3 nebegaminame, "
        "negalime pristatyti.\n\nPagarbiai",
    ),
    (
        "lv-LV",
        "Labdien,\n\npozīcijas 1 un 2 apstiprinām bez izmaiņām.\nPozīcija 3 vairs netiek ražota, "
        "nevaram piegādāt.\n\nAr cieņu",
    ),
]


@pytest.mark.parametrize("locale,body", REFUSALS)
def test_a_refused_line_is_rejected_and_the_others_accepted(locale: str, body: str) -> None:
    got = _lines(_read(body, locale))
    assert got[3][0] == "rejected"
    assert got[1][0] == got[2][0] == "accepted"


# The order confirmed, its delivery date promised for later: the lines wait for it.
PROMISES = [
    ("hr-HR", "Poštovani,\n\npotvrđujemo narudžbu, a rok isporuke ćemo Vam javiti naknadno."),
    ("sr-Latn-RS", "Poštovani,\n\npotvrđujemo porudžbinu, a rok isporuke javićemo naknadno."),
    ("sl-SI", "Spoštovani,\n\npotrjujemo naročilo, rok dobave pa vam bomo sporočili naknadno."),
    ("bg-BG", "Здравейте,\n\nпотвърждаваме поръчката, а срока за доставка ще потвърдим до петък."),
    ("et-EE", "Tere,\n\nkinnitame tellimuse, tarneaja kinnitame hiljem."),
    ("lt-LT", "Laba diena,\n\npatvirtiname užsakymą, o pristatymo terminą patvirtinsime vėliau."),
    ("lv-LV", "Labdien,\n\napstiprinām pasūtījumu, bet piegādes termiņu paziņosim vēlāk."),
]


@pytest.mark.parametrize("locale,body", PROMISES)
def test_a_promise_to_answer_later_confirms_nothing(locale: str, body: str) -> None:
    res = _read(body, locale)
    assert res.kind == "needs_review", (res.kind, res.review_reasons)
    # the reason names the promise, for the line ("promises an answer for later") or for the
    # order when its words promise the confirmation itself ("ще потвърдим до петък")
    assert any(
        "promises an answer for later" in r or "has not committed yet" in r
        for r in res.review_reasons
    ), res.review_reasons


# The order confirmed, but only on a condition: the reader names what holds it.
CONDITIONS = [
    (
        "hr-HR",
        "Poštovani,\n\npotvrđujemo narudžbu pod uvjetom da uplatite avans od 30 %.",
        "pod uvjetom",
    ),
    (
        "sl-SI",
        "Spoštovani,\n\npotrjujemo naročilo po prejemu predplačila.",
        "po prejemu predplačila",
    ),
    (
        "bg-BG",
        "Здравейте,\n\nпотвърждаваме поръчката при условие, че платите аванс 30 %.",
        "при условие",
    ),
    ("et-EE", "Tere,\n\nkinnitame tellimuse tingimusel, et tasute ettemaksu 30 %.", "tingimusel"),
    ("lt-LT", "Laba diena,\n\npatvirtiname užsakymą gavus išankstinį apmokėjimą.", "gavus"),
    (
        "lv-LV",
        "Labdien,\n\napstiprinām pasūtījumu pēc priekšapmaksas saņemšanas.",
        "priekšapmaksas",
    ),
]


@pytest.mark.parametrize("locale,body,words", CONDITIONS)
def test_what_holds_a_confirmation_is_named(locale: str, body: str, words: str) -> None:
    res = _read(body, locale)
    assert res.kind == "needs_review"
    assert any(words in r and "condition" in r for r in res.review_reasons), res.review_reasons


# A question back, with or without its question mark: the lexicon knows it for a question,
# and the reply with it confirms nothing.
QUESTIONS = [
    ("hr-HR", "biste li prihvatili isporuku u 2. tjednu"),
    ("sr-Latn-RS", "da li je isporuka u 2. nedelji prihvatljiva"),
    ("sl-SI", "ali lahko sprejmete dobavo v 2. tednu"),
    ("bg-BG", "бихте ли приели доставка през 2-ра седмица"),
    ("et-EE", "kas teile sobib tarne 2. nädalal"),
    ("lt-LT", "ar galite priimti pristatymą 2 savaitę"),
    ("lv-LV", "vai varat pieņemt piegādi 2. nedēļā"),
]


@pytest.mark.parametrize("locale,question", QUESTIONS)
def test_a_question_back_confirms_nothing(locale: str, question: str) -> None:
    from agent.reading import lexicon as L

    assert L.search("question", question)
    res = _read(f"{question}?", locale)
    assert res.kind == "needs_review", (res.kind, res.review_reasons)


# A receipt of the order is no confirmation of it.
RECEIPTS = [
    ("hr-HR", "Poštovani,\n\nzaprimili smo Vašu narudžbu, hvala."),
    ("hr-HR", "Poštovani,\n\npotvrđujemo primitak narudžbe."),
    ("sl-SI", "Spoštovani,\n\nprejeli smo vaše naročilo."),
    ("bg-BG", "Здравейте,\n\nпотвърждаваме получаването на поръчката ви."),
    ("et-EE", "Tere,\n\nsaime teie tellimuse kätte, aitäh."),
    ("lt-LT", "Laba diena,\n\ngavome jūsų užsakymą, dėkojame."),
    ("lv-LV", "Labdien,\n\npaldies par pasūtījumu, apstiprinām pasūtījuma saņemšanu."),
]


@pytest.mark.parametrize("locale,body", RECEIPTS)
def test_a_receipt_confirms_nothing(locale: str, body: str) -> None:
    from agent.reading import lexicon as L

    assert L.search("receipt", body.split("\n\n", 1)[1])
    assert _read(body, locale).kind == "needs_review"


# A confirmation whose delivery is a month or a part of one: no day, no accepted date; the
# reader says which words are no date.
VAGUE_DELIVERIES = [
    (
        "hr-HR",
        "Poštovani,\n\npotvrđujemo narudžbu, isporuka početkom siječnja.",
        "početkom siječnja",
    ),
    ("hr-HR", "Poštovani,\n\npotvrđujemo narudžbu, isporuka u siječnju.", "u siječnju"),
    ("sl-SI", "Spoštovani,\n\npotrjujemo naročilo, dobava v januarju.", "v januarju"),
    (
        "bg-BG",
        "Здравейте,\n\nпотвърждаваме поръчката, доставка в началото на януари.",
        "в началото на януари",
    ),
    ("et-EE", "Tere,\n\nkinnitame tellimuse, tarne jaanuari alguses.", "jaanuari alguses"),
    (
        "lt-LT",
        "Laba diena,\n\npatvirtiname užsakymą, pristatymas sausio pradžioje.",
        "sausio pradžioje",
    ),
    ("lv-LV", "Labdien,\n\napstiprinām pasūtījumu, piegāde janvārī.", "janvārī"),
]


@pytest.mark.parametrize("locale,body,vague", VAGUE_DELIVERIES)
def test_a_month_without_a_day_confirms_no_date(locale: str, body: str, vague: str) -> None:
    res = _read(body, locale)
    assert res.kind == "needs_review"
    assert any(f"'{vague}' is not a date" in r for r in res.review_reasons), res.review_reasons


ABSENCES = [
    (
        "hr-HR",
        "Poštovani,\n\nna godišnjem sam odmoru do 7. prosinca, s ograničenim pristupom "
        "e-pošti.\n\nLijep pozdrav",
    ),
    ("hr-HR", "Poštovani,\n\ntrenutno sam izvan ureda i vraćam se 30.11.2026."),
    ("sl-SI", "Pozdravljeni,\n\nsem na dopustu do 7. decembra. Lep pozdrav"),
    ("bg-BG", "Здравейте,\n\nв момента съм в отпуск до 7 декември без достъп до имейл."),
    ("et-EE", "Tere,\n\nolen puhkusel kuni 7. detsembrini."),
    ("lt-LT", "Laba diena,\n\nšiuo metu esu atostogose iki gruodžio 7 d."),
    ("lv-LV", "Labdien,\n\nesmu atvaļinājumā līdz 7. decembrim."),
]


@pytest.mark.parametrize("locale,body", ABSENCES)
def test_an_absence_notice_is_an_automatic_reply(locale: str, body: str) -> None:
    res = _read(body, locale, subject=f"PO {PO_NUMBER}", quoted="")
    assert res.kind == "auto_reply", (res.kind, res.review_reasons)


@pytest.mark.parametrize(
    "text,want",
    [
        ("Na godišnjem sam odmoru do 7. prosinca.", date(2026, 12, 7)),
        ("Sem na dopustu do 7. decembra.", date(2026, 12, 7)),
        ("В момента съм в отпуск до 7 декември.", date(2026, 12, 7)),
        ("Olen puhkusel kuni 7. detsembrini.", date(2026, 12, 7)),
        ("Esu atostogose iki gruodžio 7 d.", date(2026, 12, 7)),
        ("Esmu atvaļinājumā līdz 7. decembrim.", date(2026, 12, 7)),
    ],
)
def test_the_return_date_of_an_absence(text: str, want: date) -> None:
    from agent.reading.classify import find_return_date

    assert find_return_date(text, REF) == want


# ------------------------------------------------------------------ dates and weeks


@pytest.mark.parametrize(
    "text,locale,want",
    [
        ("15. prosinca 2026.", "hr-HR", REQUESTED),
        ("15. studenoga 2027.", "hr-HR", date(2027, 11, 15)),
        ("15. studenog 2027.", "hr-HR", date(2027, 11, 15)),
        ("15. listopada 2027.", "hr-HR", date(2027, 10, 15)),  # October, not Polish November
        ("51. tjedan", "hr-HR", date(2026, 12, 18)),
        ("tjedan 51", "hr-HR", date(2026, 12, 18)),
        ("u 51. tjednu", "hr-HR", date(2026, 12, 18)),
        ("do petka", "hr-HR", date(2026, 11, 20)),
        ("u srijedu", "hr-HR", date(2026, 11, 18)),
        ("za 3 tjedna", "hr-HR", date(2026, 12, 8)),
        ("petak sljedeći tjedan", "hr-HR", date(2026, 11, 27)),
        ("sutra", "hr-HR", date(2026, 11, 18)),
        ("15. jula 2027.", "sr-Latn-RS", date(2027, 7, 15)),
        ("51. nedelja", "sr-Latn-RS", date(2026, 12, 18)),
        ("51. sedmica", "bs-BA", date(2026, 12, 18)),
        ("sedmica 51", "bs-BA", date(2026, 12, 18)),
        ("15. januarja 2027", "sl-SI", WEEK_2),
        ("51. teden", "sl-SI", date(2026, 12, 18)),
        ("v 51. tednu", "sl-SI", date(2026, 12, 18)),
        ("teden 51", "sl-SI", date(2026, 12, 18)),
        ("v petek", "sl-SI", date(2026, 11, 20)),
        ("čez 2 tedna", "sl-SI", date(2026, 12, 1)),
        ("15 декември 2026 г.", "bg-BG", REQUESTED),
        ("седмица 51", "bg-BG", date(2026, 12, 18)),
        ("51-ва седмица", "bg-BG", date(2026, 12, 18)),
        ("в 51-ата седмица", "bg-BG", date(2026, 12, 18)),
        ("51 седмица", "bg-BG", date(2026, 12, 18)),
        ("в петък", "bg-BG", date(2026, 11, 20)),
        ("след 2 седмици", "bg-BG", date(2026, 12, 1)),
        ("15. detsember 2026", "et-EE", REQUESTED),
        ("15. detsembril", "et-EE", REQUESTED),
        ("nädal 51", "et-EE", date(2026, 12, 18)),
        ("51. nädal", "et-EE", date(2026, 12, 18)),
        ("51. nädalal", "et-EE", date(2026, 12, 18)),
        ("reedel", "et-EE", date(2026, 11, 20)),
        ("gruodžio 15 d.", "lt-LT", REQUESTED),
        ("2026 m. gruodžio 15 d.", "lt-LT", REQUESTED),
        ("51 savaitė", "lt-LT", date(2026, 12, 18)),
        ("51-oji savaitė", "lt-LT", date(2026, 12, 18)),
        ("51-ąją savaitę", "lt-LT", date(2026, 12, 18)),
        ("51 sav.", "lt-LT", date(2026, 12, 18)),
        ("penktadienį", "lt-LT", date(2026, 11, 20)),
        ("per 2 savaites", "lt-LT", date(2026, 12, 1)),
        ("per 5 savaites", "lt-LT", date(2026, 12, 22)),  # five weeks, not week 5
        ("2026. gada 15. decembrī", "lv-LV", REQUESTED),
        ("15. decembrī", "lv-LV", REQUESTED),
        ("līdz 15. janvārim", "lv-LV", WEEK_2),
        ("51. nedēļa", "lv-LV", date(2026, 12, 18)),
        ("51. nedēļā", "lv-LV", date(2026, 12, 18)),
        ("nedēļa 51", "lv-LV", date(2026, 12, 18)),
        ("piektdien", "lv-LV", date(2026, 11, 20)),
        ("pēc 2 nedēļām", "lv-LV", date(2026, 12, 1)),
    ],
)
def test_month_names_weeks_and_days(text: str, locale: str, want: date) -> None:
    hits, _ = find_dates(text, locale, REF)
    assert [h.date for h in hits] == [want]


@pytest.mark.parametrize(
    "text,locale",
    [
        ("2 tjedna", "hr-HR"),  # a duration
        ("15 Jula", "sv-SE"),  # "Jula" is a month only from a Serbian or Bosnian supplier
        ("1 седмица", "bg-BG"),  # one week: a lead time
        ("2 седмици", "bg-BG"),
        ("срок поставки 1 неделя", "ru-RU"),  # Bulgarian Sunday is the Russian week
        ("2 savaitės", "lt-LT"),
        ("2 nedēļas", "lv-LV"),
        ("avg. 3,2", "sl-SI"),  # an average, not August
        ("tra 2", "it-IT"),  # Italian "in", not the Croatian April
        ("svi 3 komada", "hr-HR"),  # "all three pieces", not a month
    ],
)
def test_words_that_look_like_dates_are_none(text: str, locale: str) -> None:
    hits, _ = find_dates(text, locale, REF)
    assert hits == []


@pytest.mark.parametrize(
    "text,locale,vague",
    [
        ("početkom siječnja", "hr-HR", "početkom siječnja"),
        ("u prosincu", "hr-HR", "u prosincu"),
        ("početkom sljedećeg tjedna", "hr-HR", "sljedećeg tjedna"),  # early next week
        ("v januarju", "sl-SI", "v januarju"),
        ("през януари", "bg-BG", "през януари"),
        ("jaanuari alguses", "et-EE", "jaanuari alguses"),
        ("jaanuaris", "et-EE", "jaanuaris"),
        ("sausio pradžioje", "lt-LT", "sausio pradžioje"),
        ("janvārī", "lv-LV", "janvārī"),
        ("janvāra beigās", "lv-LV", "janvāra beigās"),
    ],
)
def test_a_month_alone_is_vague(text: str, locale: str, vague: str) -> None:
    hits, found = find_dates(text, locale, REF)
    assert hits == [] and [v.text for v in found] == [vague]


# ------------------------------------------------------------------ numbers and currencies


@pytest.mark.parametrize(
    "text,locale,value,currency",
    [
        ("12,50 лв.", "bg-BG", "12.50", "BGN"),
        ("12,50 лв", "bg-BG", "12.50", "BGN"),
        ("1 250,00 лева", "bg-BG", "1250.00", "BGN"),
        ("BGN 12,50", "bg-BG", "12.50", "BGN"),
    ],
)
def test_leva(text: str, locale: str, value: str, currency: str) -> None:
    (hit,) = price_hits(text, locale)
    assert (str(hit.value), hit.currency) == (value, currency)


@pytest.mark.parametrize(
    "text,locale",
    [
        ("12,50 лв. за 100 бр.", "bg-BG"),
        ("12,50 € už 100 vnt.", "lt-LT"),
    ],
)
def test_a_price_per_hundred_pieces(text: str, locale: str) -> None:
    (hit,) = price_hits(text, locale)
    assert hit.per == 100 and hit.value == Decimal("12.50")


# ------------------------------------------------------------------ line references


@pytest.mark.parametrize(
    "text,want",
    [
        ("stavka 1 i 2 potvrđujemo", {1, 2}),
        ("stavke 1, 2 i 3", {1, 2, 3}),
        ("pozicija 3 se ne proizvodi", {3}),
        ("postavka 2", {2}),
        ("позициите 2 и 3", {2, 3}),
        ("rida 2", {2}),
        ("eilutė 1 ir 2", {1, 2}),
        ("pozīcija 1 un 3", {1, 3}),
        ("rinda 2", {2}),
    ],
)
def test_line_words_name_their_lines(text: str, want: set[int]) -> None:
    from agent.reading.extract import _LINE_REF

    got: set[int] = set()
    for m in _LINE_REF.finditer(text):
        a = int(m.group("a"))
        nums = {a}
        if m.group("range"):
            nums = set(range(a, int(re.search(r"\d+", m.group("range")).group(0)) + 1))
        nums |= {int(n) for n in re.findall(r"\d+", m.group("more") or "")}
        got |= nums
    assert got == want


@pytest.mark.parametrize(
    "text",
    ["stavka 3", "pozicija 2", "postavka 1", "rida 3", "eilutė 2", "pozīcija 1"],
)
def test_the_safety_checks_see_the_same_line_words(text: str) -> None:
    from agent.reading.guards import _LINE_REF

    assert _LINE_REF.search(text)


@pytest.mark.parametrize(
    "subject", ["Odg: PO 7100018842", "Odgovor: PO", "Отг: PO", "Vast: PO", "Ats: PO", "Atb: PO"]
)
def test_reply_prefixes(subject: str) -> None:
    from agent.reading.classify import _REPLY_SUBJECT

    assert _REPLY_SUBJECT.match(subject)


@pytest.mark.parametrize(
    "subject",
    [
        "Potvrda narudžbe 7100018842",
        "Potrditev naročila 7100018842",
        "Потвърждение на поръчка 7100018842",
        "Tellimuse kinnitus 7100018842",
        "Užsakymo patvirtinimas 7100018842",
        "Pasūtījuma apstiprinājums 7100018842",
    ],
)
def test_order_confirmation_headings(subject: str) -> None:
    from agent.reading.classify import _ORDER_CONFIRMATION

    assert _ORDER_CONFIRMATION.search(subject)


# Our request quoted under an Outlook or Gmail header in these languages is not the
# supplier's text: its "please confirm 2000 pcs" is never read as theirs.
QUOTE_HEADERS = [
    "Šalje: Renee Okafor <renee@buyer.example>\nPoslano: 16. studenoga 2026. 14:05\n"
    "Prima: Dave <dave@granitebay.example>\nPredmet: PO",
    "Od: Renee Okafor <renee@buyer.example>\nPoslano: 16. november 2026 14:05\n"
    "Za: Dave <dave@granitebay.example>\nZadeva: PO",
    "От: Renee Okafor <renee@buyer.example>\nИзпратено: 16 ноември 2026 г. 14:05\n"
    "До: Dave <dave@granitebay.example>\nОтносно: PO",
    "Saatja: Renee Okafor <renee@buyer.example>\nSaadetud: 16. november 2026 14:05\n"
    "Adressaat: Dave <dave@granitebay.example>\nTeema: PO",
    "Nuo: Renee Okafor <renee@buyer.example>\nIšsiųsta: 2026 m. lapkričio 16 d. 14:05\n"
    "Kam: Dave <dave@granitebay.example>\nTema: PO",
    "No: Renee Okafor <renee@buyer.example>\nNosūtīts: 2026. gada 16. novembrī 14:05\n"
    "Kam: Dave <dave@granitebay.example>\nTēma: PO",
    "pon, 16. stu 2026. u 14:05 Renee Okafor <renee@buyer.example> napisao je:",
    "pon., 16. nov. 2026 ob 14:05 je oseba Renee Okafor <renee@buyer.example> napisala:",
    "пн, 16.11.2026 г. в 14:05 Renee Okafor <renee@buyer.example> написа:",
    "E, 16. november 2026 14:05 Renee Okafor <renee@buyer.example> kirjutas:",
    "2026-11-16, pr, 14:05 Renee Okafor <renee@buyer.example> rašė:",
    "pirmd., 2026. g. 16. nov., plkst. 14:05 — lietotājs Renee Okafor (<renee@buyer.example>) rakstīja:",
]


@pytest.mark.parametrize("header", QUOTE_HEADERS)
def test_our_request_under_a_header_is_quoted(header: str) -> None:
    from agent.reading.quotes import split_quotes

    text = f"Potvrđeno.\n\n{header}\n\nPlease confirm 500 pcs by 15.12.2026."
    split = split_quotes(text)
    own = "\n".join(ln for seg in split.own_segments for ln in seg.text.split("\n"))
    assert "500 pcs" not in own and "500 pcs" in split.quoted_text


@pytest.mark.parametrize(
    "line",
    [
        "Lijep pozdrav,",
        "Srdačan pozdrav",
        "Lep pozdrav, Matej",
        "Поздрави,",
        "С уважение",
        "Lugupidamisega",
        "Pagarbiai",
        "Ar cieņu,",
    ],
)
def test_sign_offs(line: str) -> None:
    from agent.reading.quotes import _SIGNOFF

    assert _SIGNOFF.match(line)
