"""Locale-aware reading of numbers, prices and quantities in a supplier's own words.

Suppliers write numbers the way their locale does ("1,250.00" en-US, "1.250,00"
de-DE, "1 250,00" fr-FR with a narrow no-break space, "1,25,000" en-IN). The
separators come from babel's locale data; when a token cannot be read with the
supplier's convention (a German supplier writing "2.87") the other convention
is tried, because a token like "2.87" has only one sensible reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from agent.reading import lexicon as L
from agent.reading import startup_cache
from agent.reading.startup_cache import compile_re

SPACES = "\u00a0\u202f\u2009 "

# A word character of a script that spaces its words: Chinese, Japanese and Korean write
# "单价由6.80元" with no space, so their characters next to a number do not glue to it.
_W = r"[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]"

# A number token: digits with separators inside, never starting or ending with one.
_NUMBER_RE = compile_re(
    rf"(?<!{_W})(?<![.,])[-+]?\d(?:[\d.,'\u2019\u00a0\u202f\u2009]|(?: (?=\d{{3}}(?!\d))))*\d(?!{_W})"
    rf"|(?<!{_W})(?<![.,])\d(?!{_W})"
)

CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "R$": "BRL",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "HK$": "HKD",
    "MX$": "MXN",
    "NT$": "TWD",
    "€": "EUR",
    "£": "GBP",
    # signs several currencies share: the yuan of China, Taiwan and Hong Kong, the yen and
    # the yuan; told apart by the PO's currency only (same_currency below)
    "¥": "YEN/YUAN",
    "￥": "YEN/YUAN",  # the full-width sign of Chinese and Japanese text
    "円": "JPY",
    "元": "YUAN",
    "美元": "USD",
    "美金": "USD",
    "欧元": "EUR",
    "歐元": "EUR",
    "英镑": "GBP",
    "英鎊": "GBP",
    "人民币": "CNY",
    "人民幣": "CNY",
    "日元": "JPY",
    "日圓": "JPY",
    "港元": "HKD",
    "港币": "HKD",
    "港幣": "HKD",
    "新台币": "TWD",
    "新台幣": "TWD",
    "台币": "TWD",
    "台幣": "TWD",
    "R": "ZAR",
    "N": "NGN",
    "P": "PHP",
    "₺": "TRY",
    "₹": "INR",
    "Kč": "CZK",
    "SFr.": "CHF",
    ":-": "KR",  # kronor, of whichever krona the PO is in
    "zł": "PLN",
    "Ft": "HUF",
    "lei": "RON",
    "TL": "TRY",
    # Swedish, Danish and Norwegian crowns alike: told apart by the PO's currency only
    "kr": "KR",
    "kr.": "KR",
    # Korean won, Vietnamese dong ("12.500원", "125.000 đ"): only after a number
    "₩": "KRW",
    "원": "KRW",
    "₫": "VND",
    "đ": "VND",
    "VNĐ": "VND",
    # Russian rouble, Ukrainian hryvnia ("96,40 руб./м", "640,00 грн"): only after a number
    "₽": "RUB",
    "руб": "RUB",
    "руб.": "RUB",
    "рублей": "RUB",
    "рубля": "RUB",
    "рубль": "RUB",
    "RUR": "RUB",
    "₴": "UAH",
    # the UAE dirham and the Saudi riyal written out: only after a number
    "درهم": "AED",
    "دراهم": "AED",
    "ريال": "SAR",
    "ريالاً": "SAR",
    "ريالا": "SAR",
    "ريالات": "SAR",
    "грн": "UAH",
    "грн.": "UAH",
    "гривень": "UAH",
    "гривні": "UAH",
    "гривня": "UAH",
    "гривен": "UAH",
    # Indonesian rupiah, Malaysian ringgit ("Rp 12.500", "RM 45.50"): only before a number
    "Rp": "IDR",
    "Rp.": "IDR",
    "RM": "MYR",
    # the Serbian dinar ("235,00 дин.", "1.200 dinara") and the Egyptian pound ("٢٬٢٥٠ جنيه")
    # written out: only after a number
    "дин": "RSD",
    "динара": "RSD",
    "динар": "RSD",
    "dinara": "RSD",
    "dinar": "RSD",
    "جنيه": "EGP",
    "جنيهاً": "EGP",
    "جنيها": "EGP",
    "جنيهات": "EGP",
    # Bulgarian lev ("12,50 лв.", "1 250 лева"): only after a number
    "лв": "BGN",
    "лв.": "BGN",
    "лева": "BGN",
    # tenge, shekel, peso of the Philippines, baht, naira, taka: signs of their own;
    # the tenge also written out after a number ("28 500,00 тенге")
    "₸": "KZT",
    # the lari, the dram and the manat ("335,00 ₾", "12 500 ֏", "45,00 ₼"); the lari written
    # out after a number ("335 ლარი")
    "₾": "GEL",
    "ლარი": "GEL",
    # the Ethiopian birr written out after a number ("2,580.00 ብር")
    "ብር": "ETB",
    "֏": "AMD",
    "₼": "AZN",
    "тенге": "KZT",
    "теңге": "KZT",
    "₪": "ILS",
    # the shekel written out ("45 ש\"ח", "45 ש״ח", "45 שקל"): only after a number
    'ש"ח': "ILS",
    "ש״ח": "ILS",
    "שקל": "ILS",
    "שקלים": "ILS",
    "₱": "PHP",
    "฿": "THB",
    "บาท": "THB",
    "₦": "NGN",
    "৳": "BDT",
    # the taka written out ("১৪৮ টাকা"): only after a number
    "টাকা": "BDT",
    "Fr.": "CHF",
    # the rupee abbreviated in Tamil, Hindi and Nepali ("ரூ.10.25", "रु. 450"): before a
    # number; the PO's rupee when it is in one
    "ரூ": "RUPEE",
    "ரூ.": "RUPEE",
    "रु": "RUPEE",
    "रु.": "RUPEE",
    "रू.": "RUPEE",
    # "Rs." is the rupee of India, Pakistan, Nepal and Sri Lanka alike: the PO's rupee
    "Rs.": "RUPEE",
    "Rs": "RUPEE",
    "rs.": "RUPEE",
}
CURRENCY_CODES = (
    "USD",
    "EUR",
    "GBP",
    "CHF",
    "CZK",
    "PLN",
    "CNY",
    "RMB",
    "JPY",
    "INR",
    "SEK",
    "DKK",
    "NOK",
    "HUF",
    "TRY",
    "RON",
    "CAD",
    "AUD",
    "MXN",
    "KRW",
    "VND",
    "RUB",
    "UAH",
    "IDR",
    "MYR",
    "BGN",
    # more currencies suppliers invoice in; codes that are also words or regulations ("ALL",
    # "PEN", "TOP", "CUP", "MAD", "CLP") are left out: "all 500 pcs" is no amount of leks
    "ZAR",
    "SGD",
    "HKD",
    "NZD",
    "BRL",
    "TWD",
    "THB",
    "ILS",
    "AED",
    "SAR",
    "QAR",
    "KWD",
    "PHP",
    "COP",
    "ARS",
    "EGP",
    "NGN",
    "KES",
    "ISK",
    "RSD",
    "PKR",
    "KZT",
    "BDT",
    "LKR",
)
# More currencies of the Caucasus, Central Asia, Africa, the Middle East and Latin America:
# only in capitals beside an amount, since in lower case some are words ("gel", "pen", "mad",
# "lak": lacquer). Not "KGS" (kilograms), "GHS" (the hazard labels), "TMT" (steel bars),
# "MDL", "MNT", "CRC": abbreviations more often than money.
CAPITAL_ONLY_CODES = tuple(
    (  # noqa: SIM905 (a list of codes reads best as one string)
        "AZN AMD GEL BYN UZS TJS MKD BAM NPR MMK KHR LAK ETB TZS UGX RWF XOF XAF MAD TND DZD JOD"
        " OMR BHD IQD IRR AFN PEN UYU PYG GTQ DOP HNL NIO JMD TTD FJD MUR MVR BND ZMW MWK BWP NAD"
        " MZN AOA LBP"
    ).split()
)


# A locale tag can carry a private-use subtag saying the supplier's text writes decimals the
# other way than its locale does ("de-DE-x-dot": a German supplier writing in English,
# "EUR 2.50 ... 1,000 pcs"); see :func:`reading_locale`.
_DOT_TEXT = "-x-dot"
_COMMA_TEXT = "-x-comma"


def base_locale(locale: str) -> str:
    """The locale tag without the text-convention subtag."""
    i = locale.lower().find("-x-")
    return locale if i < 0 else locale[:i]


@lru_cache(maxsize=64)
def separators(locale: str) -> tuple[str, str]:
    """(decimal symbol, group symbol) for a BCP 47 locale tag, from babel."""
    tag = locale.lower()
    if tag.endswith(_DOT_TEXT):
        return ".", ","
    if tag.endswith(_COMMA_TEXT):
        return ",", "."
    return startup_cache.derived(
        f"separators {locale}", _babel_version(), lambda: _babel_separators(locale)
    )


@lru_cache(maxsize=1)
def _babel_version() -> str:
    return startup_cache.fingerprint(__file__, startup_cache.library_file("babel"))


def _babel_separators(locale: str) -> tuple[str, str]:
    from babel import Locale
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        loc = Locale.parse(locale.replace("-", "_"))
        return get_decimal_symbol(loc), get_group_symbol(loc)
    except Exception:
        return ".", ","


def _lakh(locale: str) -> bool:
    tag = base_locale(locale).lower()
    return tag.endswith("-in") or tag.endswith("_in")


def _valid_grouping(int_part: str, group: str, lakh: bool) -> bool:
    groups = int_part.split(group)
    if len(groups) == 1:
        return True
    # "0.085" is never 85 grouped: a thousands group does not follow a leading zero
    if not groups[0] or len(groups[0]) > 3 or groups[0].lstrip("+-").startswith("0"):
        return False
    if lakh and len(groups) > 2:
        # 1,25,000: two-digit groups, then a final group of three
        return (
            all(len(g) == 2 for g in groups[1:-1])
            and len(groups[-1]) == 3
            or all(len(g) == 3 for g in groups[1:])
        )
    return all(len(g) == 3 for g in groups[1:])


def _read_with(token: str, dec: str, group: str, lakh: bool) -> Decimal | None:
    # the Swiss group mark is an apostrophe, typed straight or typographic ("1’234.50")
    t = token.replace("\u2019", "'")
    if group == "\u2019":
        group = "'"
    for sp in SPACES:
        if sp in t and group not in SPACES:
            return None
        t = t.replace(sp, " ")
    if group in SPACES:
        group = " "
    if "'" in t and group != "'":
        t_group = "'"
        if not _valid_grouping(t.split(dec)[0], t_group, lakh):
            return None
        t = t.replace("'", "")
    if t.count(dec) > 1:
        return None
    int_part, _, frac = t.partition(dec)
    other = "," if dec == "." else "."
    if other != group and (other in int_part or other in frac):
        return None
    if group in frac or " " in frac:
        return None
    if group and group in int_part:
        if not _valid_grouping(int_part, group, lakh):
            return None
        int_part = int_part.replace(group, "")
    if " " in int_part:
        return None
    sign = ""
    if int_part[:1] in "+-":
        sign, int_part = int_part[0], int_part[1:]
    if not int_part.isdigit() or (frac and not frac.isdigit()):
        return None
    try:
        return Decimal(sign + int_part + ("." + frac if frac else ""))
    except InvalidOperation:
        return None


_DOT_GROUPED = compile_re(r"[1-9]\d{0,2}(?:\.\d{3})+")


def parse_number(token: str, locale: str) -> Decimal | None:
    """Read one number token ("1.250,00", "1,100", "4,25") in the given locale."""
    token = token.strip()
    dec, group = separators(locale)
    lakh = _lakh(locale)
    if dec == "," and group in SPACES and _DOT_GROUPED.fullmatch(token):
        # "40.000 unidades", "60.000 un." where the locale groups with a space (pt-PT, fr,
        # cs, pl): the dot is the other common group mark, its decimal mark is the comma
        return _read_with(token, dec, ".", lakh)
    value = _read_with(token, dec, group, lakh)
    if value is not None:
        return value
    # The other convention, for tokens that cannot be read the locale's way.
    alt_dec, alt_group = (",", ".") if dec == "." else (".", ",")
    value = _read_with(token, alt_dec, alt_group, False)
    if value is None and dec == "," and group in SPACES:
        # "1.290,00" where the locale groups with a space (pt-PT, fr-FR, cs-CZ, pl-PL): the
        # dot is the other common group mark; only tried when neither reading fits
        value = _read_with(token, dec, ".", lakh)
    if (
        value is None
        and separators(base_locale(locale))[1] in SPACES
        and _SPACE_GROUPED.fullmatch(token)
    ):
        # "R6 450.00" where the locale groups with a space (en-ZA, written with a dot for
        # the decimals): the space groups as the locale's does, so the dot is the decimal
        # mark (where the locale does not group with spaces, "300 240.00" is two numbers)
        value = Decimal(re.sub(r"\s", "", token).replace(",", "."))
    return value


# thousands grouped with a space, then a dot and one or two decimals
_SPACE_GROUPED = compile_re(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+\.\d{1,2}")


@dataclass(frozen=True)
class NumberHit:
    value: Decimal
    start: int
    end: int
    text: str


def number_hits(text: str, locale: str) -> list[NumberHit]:
    return list(_number_hits_cached(text, locale))


@lru_cache(maxsize=4096)
def _number_hits_cached(text: str, locale: str) -> tuple[NumberHit, ...]:
    return tuple(_number_hits(text, locale))


def _number_hits(text: str, locale: str) -> list[NumberHit]:
    hits: list[NumberHit] = []
    for m in _NUMBER_RE.finditer(text):
        raw = m.group(0)
        value = parse_number(raw, locale)
        if value is None:
            # "100 140,00" where the locale groups with a dot: two numbers ("3,50 /100
            # 140,00"); "1,100,5" and the like: read the pieces instead of guessing
            spaced = [(w, parse_number(w.group(0), locale)) for w in re.finditer(r"\S+", raw)]
            if len(spaced) > 1 and all(v is not None for _, v in spaced):
                hits += [
                    NumberHit(v, m.start() + w.start(), m.start() + w.end(), w.group(0))
                    for w, v in spaced
                    if v is not None
                ]
                continue
            for sub in re.finditer(r"\d+", raw):
                hits.append(
                    NumberHit(
                        Decimal(sub.group(0)),
                        m.start() + sub.start(),
                        m.start() + sub.end(),
                        sub.group(0),
                    )
                )
            continue
        hits.append(NumberHit(value, m.start(), m.end(), raw))
    return hits


def numbers_in(text: str, locale: str) -> list[Decimal]:
    """Every number the rules read in ``text``, locale-aware (contract)."""
    return [h.value for h in number_hits(text, locale)]


# ------------------------------------------------------------------ prices

_CUR_CODE = "|".join(CURRENCY_CODES) + "|(?-i:" + "|".join(CAPITAL_ONLY_CODES) + ")"
_EURO_WORDS = (
    r"euros?|eur[aoy]|eurot|eurų|eurai|euró|eiro|evr(?:a|ov|o|ih)|евро|євро|ευρώ|يورو"
    # Georgian and Armenian ("45,00 ევრო", "45,00 եվրո")
    r"|ევრო|եվրո"
)
# the rupee written out, in Latin, Urdu, Devanagari, Tamil, Telugu and Sinhala script
# ("1,380 روپے فی درجن", "95 रुपये"): only after a number
_RUPEE_WORDS = r"rupees?|روپے|روپیہ|روپئے|रुपये|रुपए|रुपया|ரூபாய்|రూపాయలు|රුපියල්"
_RUPEES = ("INR", "PKR", "NPR", "LKR")
_DOLLAR_WORDS = (
    r"dollars?|dolar(?:y|ů|ów|es|ii|i|a|ja|jev)?|dólar(?:es)?|dollari|dollaria|долар(?:и|ів|а)?"
    r"|доллар(?:ов|а|ы)?|دولار(?:اً|ا|ات)?"
    # Bengali, Hindi, Nepali, Urdu, Persian ("০.৪০ ডলার")
    r"|ডলার|डॉलर|डालर|डलर|ڈالر|دلار"
    # ... said to be American ("৩৬.৫০ মার্কিন ডলার", "36.50 अमेरिकी डॉलर", "36.50 US dollars")
    r"|মার্কিন ডলার|अमेरिकी डॉलर|امریکی ڈالر|US dollars?"
    # Georgian and Armenian, said to be American or not ("39,50 აშშ დოლარი", "39,50 ԱՄՆ դոլար")
    r"|(?:აშშ )?დოლარ(?:ი|ს|ად)?|(?:ԱՄՆ )?դոլար(?:ով)?"
)
_CUR_SYM = (
    # the dollars and the real written with a letter before "$": "R$ 412,00", "A$ 18.50"
    r"(?<![A-Za-z])(?-i:R|A|C|NZ|S|HK|MX|NT)\$|US\$|\$|€|£|¥|₹|円|元|₺|Kč\b|zł\b"
    r"|\bRs\.?(?=\s?\d)|\bINR(?=\s?\d)"
    r"|(?<![^\W\d_])(?:ரூ|रु|रू)\.?(?=\s?\d)"
    # "1.250 Ft", "12,50 lei", "45,00 TL", "12,50 kr": only right after a number ("10 ft" of
    # length is lower-case; "Lei" and "TL" before a number are a pronoun and a title)
    r"|(?<=\d)(?:(?-i:Ft|TL)|lei|kr)\b\.?|(?<=\d[\s\u00a0])(?:(?-i:Ft|TL)|lei|kr)\b\.?"
    # Danish and Norwegian "kr. 1.250,00", "kr 1 250,-"
    # (not "KR260934", an order number: the capitals glued to digits are a code)
    r"|\b(?-i:kr|Kr)\.?(?=\s?\d)|\b(?-i:KR)\.?(?=\s\d)"
    # "₩12,500", "₫125.000"; "12,500원" (a particle may follow: "12,500원에"), "125.000đ",
    # "125.000 VNĐ" (not "2 đợt": a letter after it makes a word)
    r"|₩|₫|(?:(?<=\d)|(?<=\d\s))원(?=에|으로|씩|입니다|이며|(?![가-힣]))|(?<=\d)đ(?![^\W\d_])|(?<=\d\s)đ(?![^\W\d_])|\bVNĐ(?![^\W\d_])"
    # "₽ 512", "96,40 руб./м", "512 рублей", "640,00 грн", "₴640"; the old code "RUR"
    r"|₽|₴|(?:(?<=\d)|(?<=\d[\s\u00a0]))(?:руб(?:л(?:ей|я|ь))?|грн|грив(?:ень|ні|ня|ен)|тенге|теңге)(?![^\W\d_])\.?"
    r"|₸|₪|₱|฿|₦|৳|￥|₾|֏|₼|(?:(?<=\d)|(?<=\d[\s\u00a0]))(?:ლარი|ብር)(?![^\W\d_])"
    r'|(?:(?<=\d)|(?<=\d[\s\u00a0]))(?:ש["״]ח|שקל(?:ים)?)(?![^\W\d_])'
    # the Swiss franc before an amount with its cents or a dash ("Fr. 45.–", "SFr. 12.50");
    # not "fr. 1.1.2027" (Scandinavian "from")
    r"|\b(?-i:Fr|SFr|sFr)\.(?=\s?\d[\d'’]*[.,](?:\d{2}(?!\d|[.,]\d)|[-–—]))"
    # the baht and the taka written out after an amount ("3,980.00 บาท", "১৪৮ টাকা")
    r"|(?:(?<=\d)|(?<=\d[\s\u00a0]))(?:บาท|টাকা)"
    # Swedish whole kronor: "245:-", "1 250:-" (a colon and a dash right after the number)
    r"|(?<=\d):-(?![\d-])"
    # the dirham and the riyal written out ("125,00 درهم", "48 ريال"): only after a number
    r"|(?:(?<=\d)|(?<=\d[\s\u00a0]))(?:درهم|دراهم|ريال(?:اً|ا|ات)?)(?![^\W\d_])"
    r"|\bRUR\b"
    # Chinese and Japanese currency words after a number ("31.50 美元/千条", "12,50 欧元")
    r"|(?:(?<=\d)|(?<=\d[\s\u00a0]))(?:美元|美金|欧元|歐元|英镑|英鎊|人民币|人民幣|日元|日圓|港元|港币|港幣"
    r"|新台币|新台幣|台币|台幣)"
    # "Rp 12.500", "Rp12.500,00", "Rp. 1.250.000", "RM 45.50" (not "rpm", "RMA", "rm 12")
    r"|\b(?-i:Rp|RP)\.?(?=\s?\d)|\b(?-i:RM)(?=\s?\d)"
    # the South African rand before an amount with its cents ("@ R7,10 each", "R1 250,00",
    # "@ R 389,00 per bag", "nuwe prys R 12,60, aflewering …"), never a size ("R22.5", "R10")
    r"|\b(?-i:R)(?=[ \u00a0]?\d{1,3}(?:[ \u00a0]?\d{3})*[.,]\d{2}(?!\w|[.,]\d))"
    # ... and the naira written "N" so ("@ N262,000.00", "N1,048,000.00"), thousands marked
    r"|\b(?-i:N)(?=\d{1,3}(?:,\d{3})+\.\d{2}(?![\w.,])|\d{1,3}\.\d{2}(?![\w.,]))"
    # ... and the Philippine peso written "P" so ("P235.00 per pc", "P 1,250.00"), with its
    # cents (never a code's letter: "P120", "P2.5")
    r"|\b(?-i:P)(?=[ \u00a0]?\d{1,3}(?:,\d{3})*\.\d{2}(?!\w|[.,]\d))"
    # "12,50 лв.", "1 250 лева"; "235,00 дин.", "1.200 dinara" (not the Latin "din.": Romanian
    # "2 din 3", Tagalog "Dec 18 din." are words, "DIN 933" a standard); "٢٬٢٥٠ جنيه"
    r"|(?:(?<=\d)|(?<=\d[\s\u00a0]))(?:лв|лева|дин(?:ара|ар)?|(?-i:dinara|dinar)"
    r"|جنيه(?:اً|ا|ات)?)(?![^\W\d_])\.?"
    # the euro and the dollar written out, in the lexicon languages ("4,45 евро", "9,80 euro",
    # "12.50 dollars"): only after a number
    rf"|(?:(?<=\d)|(?<=\d[\s\u00a0]))(?:{_EURO_WORDS}|{_DOLLAR_WORDS}|{_RUPEE_WORDS})(?![^\W\d_])"
)
# The count a price is for, in digits or symbols: 100, 1000 (1.000 / 1,000 / 1 000 / 1'000), M, C, ‰.
# "M" and "C" only as capitals: "€/m" is per metre.
COUNT = r"(?:10[.,'’\u00a0\u202f ]?000|1[.,'’\u00a0\u202f ]?000|100|10(?!\d|[.,]\d)|(?-i:M|C)(?![\w])|‰)"
_UNITS = (
    r"pcs?\.?|pieces?|pce|ea|each|units?|St(?:ü?ck|k|ck)?\.?|kg|rolls?|rl|m|pair|set|unit[eé]s?"
    r"|pi[eè]ces?|uds?\.?|ks"
)
_PER = (
    # "12,50 € HT le cent", "$4.20 net per 100": a tax or net word may stand before the unit,
    # and the dollar's country after its sign ("186,00 $ US les 100 kg")
    rf"(?:(?:\s*(?-i:US|CA|CAN|AU|NZ|HK|SG|[A-Z]{{3}})(?![\w]))?(?:\s*{L.alternation('price_qualifier')}(?![\w]))?"
    # "por cada 100 pzas", "o milheiro", "per thousand": a lexicon word and a count
    # (a word joined to the count by a hyphen, Hebrew "ל-100", needs no space)
    rf"(?:\s*(?:{L.alternation('price_per')})(?:\s+|(?<=[-\u05be]))(?P<per2>{COUNT}|{L.alternation('count_hundred')}"
    rf"|{L.alternation('count_thousand')})\s*(?:(?P<perunit2>{L.alternation('count_units')}|{_UNITS})\b)?"
    # "168,00 €/milheiro", "€/1000": a slash and a count, in digits or in a lexicon word
    rf"|\s*(?:/|per|pro|par|por|je)\s*(?P<per>{COUNT}|(?:{L.alternation('count_hundred')}"
    # "USD 85/千条": a Chinese or Japanese counter may follow the count
    rf"|{L.alternation('count_thousand')})(?![^\W\u3040-\u30ff\u3400-\u9fff]))?\s*(?P<perunit>{_UNITS}|[\u3040-\u30ff\u3400-\u9fff](?=[\W\u3040-\u30ff\u3400-\u9fff]|$))?\b))?"
)
_PRICE_RE = compile_re(
    rf"(?:(?P<cur1>{_CUR_SYM}|\b(?:{_CUR_CODE}))\s?(?P<num1>(?:\d(?:[\d.,'\u00a0\u202f]|(?<![.,])\s(?=\d{{3}}(?!\d)))*\d|\d)(?:[.,][-–—]{{1,2}}(?![\d-]))?)"
    # a Hebrew prefix joined by a hyphen ("ל-48.50$", to 48.50) is no range's dash
    rf"|(?<!{_W})(?<![.,])(?<!(?<![\u05d0-\u05ea])-)(?<!\d['\u00a0\u202f\u2009])(?P<num2>(?:\d(?:[\d.,'\u00a0\u202f]|(?<![.,])\s(?=\d{{3}}(?!\d)))*\d|\d)(?:[.,][-–—]{{1,2}}(?![\d-]))?)\s?(?P<cur2>{_CUR_SYM}|(?:{_CUR_CODE})\b))"
    rf"(?P<tail>{_PER})",
    re.IGNORECASE,
)
# The number never starts inside a run of digits: without the look-behind a
# 20,000-digit run is re-scanned from each of its digits (quadratic).
_PCT_RE = compile_re(
    r"(?P<sign>[+-])?\s?(?<!\d)(?P<num>\d+(?:[.,]\d+)?)\s?(?:%|\s?per\s?cent|\s?Prozent|\s?pour\s?cent)"
    # Turkish writes the sign first: "%3 ek ücret", "%4,5 zam"
    r"|(?<![\w%])%(?P<num_tr>\d{1,2}(?:[.,]\d{1,2})?)(?![\d.,]*\d)"
)


@dataclass(frozen=True)
class PriceHit:
    value: Decimal  # per the supplier's stated unit
    per: Decimal  # how many units the value is for (100 for "per 100")
    currency: str
    start: int
    end: int
    text: str
    unit: str = ""  # the unit the count is of ("pcs" in "/100 pcs"), when written

    @property
    def unit_value(self) -> Decimal:
        return self.value / self.per


def _currency(token: str) -> str:
    t = token.strip()
    up = t.upper()
    if up in CURRENCY_CODES or t in CAPITAL_ONLY_CODES:
        return "CNY" if up == "RMB" else up
    if re.fullmatch(_EURO_WORDS, t, re.IGNORECASE):
        return "EUR"
    if re.fullmatch(_DOLLAR_WORDS, t, re.IGNORECASE):
        return "DOLLAR"  # the PO's dollar when the PO is in one
    if re.fullmatch(_RUPEE_WORDS, t, re.IGNORECASE):
        return "RUPEE"  # the PO's rupee when the PO is in one
    if t == "$":
        return "$"  # the sign of every dollar and of the Latin American pesos
    for sym, code in CURRENCY_SYMBOLS.items():
        if t.lower() == sym.lower():
            return code
    if len(t) > 1 and t.endswith("."):
        # "Birim fiyat 3,90 TL.": the sentence's full stop, not the currency's
        base = _currency(t[:-1])
        if base != t[:-1].upper():
            return base
    return up


_NO_CENTS = compile_re(r"[.,][-–—]+$")
_PER_COUNT_BEFORE = compile_re(
    r"(?:(?<![\w])(?:per|pro|je|par|por|za)\s*(?P<n>100|1[.,\u00a0 ]?000)(?![\d.,])"
    r"(?:\s*[^\W\d_]{1,12}\.?){0,3}\s*(?:is|are|ist|est|es|è|at|à|a|:|=)?"
    # ... Korean "1,000개당" (per 1,000 pieces)
    r"|(?P<n2>100|1[,.]?000)\s*[^\W\d_]{0,2}\s*(?:あたり|当たり|につき|당)(?:\s*単価)?"
    r"|每\s*(?P<n3>100|1[,.]?000)\s*[^\W\d_]?"
    # "每千個 US$86.00": the count in a Chinese numeral
    r"|每\s*一?(?P<n4>千|百)\s*[^\W\d_]?)"
    r"\s*(?:[A-Z]{3}|[€$£¥])?\s*$",
    re.IGNORECASE,
)


def price_hits(text: str, locale: str) -> list[PriceHit]:
    return list(_price_hits_cached(text, locale))


@lru_cache(maxsize=4096)
def _price_hits_cached(text: str, locale: str) -> tuple[PriceHit, ...]:
    return tuple(_price_hits(text, locale))


def _price_hits(text: str, locale: str) -> list[PriceHit]:
    """Amounts with a currency marker: "$4.25/ea", "USD 1,250.00", "4,25 €/Stk", "11,60 €/100 St."."""
    out: list[PriceHit] = []
    for m in _PRICE_RE.finditer(text):
        # "€ 1.385,-", "45,– EUR": a whole amount written with a dash for its cents
        raw_num = _NO_CENTS.sub("", m.group("num1") or m.group("num2"))
        raw_cur = m.group("cur1") or m.group("cur2")
        if _in_code(text, m):
            continue  # "RS5T4M": an item code that starts like a currency, no amount
        if _currency(raw_cur) == "IDR":
            value = _rupiah(raw_num.rstrip(".,"))
        else:
            value = parse_number(raw_num.rstrip(".,"), locale)
        start = m.start()
        if value is None and " " in raw_num:
            # "300 240.00 USD" where the locale does not group with spaces: the last number is the price
            head, tail_num = raw_num.rsplit(" ", 1)
            value = parse_number(tail_num.rstrip(".,"), locale)
            if m.group("num2"):
                start = m.start("num2") + len(head) + 1
        if value is None:
            continue
        per = count_value(m.group("per") or m.group("per2") or "")
        tail_end = None
        if per != 1 and _count_is_a_day(text, m, locale):
            # "12,50 € le 10 décembre", "5,00 € el 10 de diciembre": a date after an
            # article, not a price per ten
            per, tail_end = Decimal(1), m.end("num1" if m.group("num1") else "cur2")
        if per == 1:
            # "price per 1000 is $41.00", "1,000本あたり 275.00 USD", "每1000个 41.00": the
            # count the price is for, written before it
            before = _PER_COUNT_BEFORE.search(text, max(0, start - 40), start)
            if before:
                per = count_value(
                    before.group("n")
                    or before.group("n2")
                    or before.group("n3")
                    or before.group("n4")
                )
        end = (
            tail_end
            if tail_end is not None
            else m.end()
            if m.group("tail") and m.group("tail").strip()
            else m.end("num1" if m.group("num1") else "cur2")
        )
        unit = "" if tail_end is not None else (m.group("perunit") or m.group("perunit2") or "")
        unit = unit.strip()
        out.append(PriceHit(value, per, _currency(raw_cur), start, end, text[start:end], unit))
    return _sharing_currency(text, locale, out)


# an amount in cents and a joining word right before a priced amount ("4 875,00 resp.
# 2 390,00 kr/st", "312.50 and 12.10 EUR"): the currency written after the last is both's
_SHARED_AMOUNT = compile_re(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[ \u00a0.,]?\d{3})*[.,]\d{2})\s*"
    r"(?:resp\.|respektive|bzw\.|and|och|og|und|et|e|y|i|en|/|&)\s*$",
    re.IGNORECASE,
)


def _sharing_currency(text: str, locale: str, hits: list[PriceHit]) -> list[PriceHit]:
    """``hits`` with the amounts that share the currency (and unit) written after the hit
    they are joined to, in the text's order."""
    out = list(hits)
    for h in hits:
        if not text[h.start : h.start + 1].isdigit():
            continue  # the currency stands before the amount: it is that amount's only
        m = _SHARED_AMOUNT.search(text, max(0, h.start - 40), h.start)
        if m is None or any(o.start <= m.start("num") < o.end for o in out):
            continue
        value = parse_number(m.group("num"), locale)
        if value is not None:
            end = m.end("num")
            out.append(
                PriceHit(
                    value, h.per, h.currency, m.start("num"), end, text[m.start() : end], h.unit
                )
            )
    return sorted(out, key=lambda x: x.start)


# An amount whose decimal mark cannot be mistaken: both marks in one number ("1,250.00",
# "1.250,00"), the last one followed by one or two digits.
_BOTH_MARKS = compile_re(r"(?<![\d.,])\d{1,3}(?:([.,])\d{3})+(?!\1)([.,])\d{1,2}(?![\d.,])")
# One mark followed by one or two digits, in an amount with its currency ("EUR 2.50", "4,10 €").
_ONE_MARK = compile_re(r"\d([.,])\d{1,2}$")


# A number that reads either way: one mark with three digits after it ("1,000", "2.500").
EITHER_WAY = compile_re(r"(?<![\d.,])[1-9]\d{0,2}([.,])\d{3}(?![\d.,]*\d)")


def reading_locale(text: str, locale: str, counts: tuple[Decimal, ...] = ()) -> str:
    """The locale to read ``text``'s numbers with: ``locale``, unless every amount in the
    text whose decimal mark is certain uses the other mark. Then the locale tag gets the
    subtag of the text's convention, and a number like "1,000" or "2.000", which reads
    either way, is read the text's way. A text that uses both marks keeps the locale's.
    A number that reads either way and, read the other way, is one of ``counts`` (the PO's
    quantities: "we confirm 1,000 pcs" of 1000 ordered) shows the other mark too."""
    locale = base_locale(locale)
    marks, either_way = _text_marks(text)
    dec = separators(locale)[0]
    if counts and dec in ".,":
        other = "," if dec == "." else "."
        if any(mark == dec and value in counts for mark, value in either_way):
            marks = marks | {other}
    if len(marks) != 1 or dec in marks or dec not in ".,":
        return locale
    return locale + (_DOT_TEXT if "." in marks else _COMMA_TEXT)


@lru_cache(maxsize=8)
def _text_marks(text: str) -> tuple[frozenset[str], tuple[tuple[str, Decimal], ...]]:
    """The decimal marks the text's certain amounts use, and its numbers that read either
    way with their mark and their value read as a thousands mark: scanned once a message,
    however many open POs (and locales) ask."""
    marks = {m.group(2) for m in _BOTH_MARKS.finditer(text)}
    for m in _PRICE_RE.finditer(text):
        raw = _NO_CENTS.sub("", m.group("num1") or m.group("num2"))
        one = _ONE_MARK.search(raw)
        if one and not _in_code(text, m) and raw.count(",") + raw.count(".") == 1:
            marks.add(one.group(1))
    either_way = tuple(
        (m.group(1), Decimal(m.group(0).replace(m.group(1), ""))) for m in EITHER_WAY.finditer(text)
    )
    return frozenset(marks), either_way


def _count_is_a_day(text: str, m: re.Match[str], locale: str) -> bool:
    """The count after the price starts a date the locale reads ("le 10 décembre")."""
    from datetime import date

    from agent.reading.dates import find_dates

    group = "per" if m.group("per") else "per2"
    if not m.group(group) or not m.group(group)[0].isdigit():
        return False
    start = m.start(group)
    hits, _ = find_dates(text[start : start + 40], locale, date(2000, 1, 1))
    return any(h.start == 0 for h in hits)


_CODE_GOES_ON = compile_re(r"[A-Za-z]+\d")
_LATIN_CODE = compile_re(r"[A-Za-z]+")


def _in_code(text: str, m: re.Match[str]) -> bool:
    """A currency's Latin letters glued to digits and letters and digits again ("RS5T4M"):
    one token, an item code ("29.50円と" is yen in a Japanese sentence)."""
    if m.group("cur1"):
        glued = bool(_LATIN_CODE.fullmatch(m.group("cur1"))) and m.end("cur1") == m.start("num1")
        return glued and _CODE_GOES_ON.match(text, m.end("num1")) is not None
    return bool(_LATIN_CODE.fullmatch(m.group("cur2"))) and (
        re.match(r"[A-Za-z0-9]", text[m.end("cur2") : m.end("cur2") + 1]) is not None
    )


def _rupiah(raw: str) -> Decimal | None:
    """A rupiah amount, grouped the Indonesian way wherever it is priced ("Rp 12.500" is
    twelve thousand five hundred; "Rp12.500,00"); a group after a comma too ("IDR 12,500")."""
    if re.fullmatch(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*", raw):
        return Decimal(re.sub(r"\D", "", raw))
    return parse_number(raw, "id-ID")


def count_value(raw: str) -> Decimal:
    """A price's count: '1.000' -> 1000, 'M' / '‰' / 'thousand' -> 1000, 'C' / 'hundred' -> 100;
    nothing -> 1."""
    r = raw.strip()
    if not r:
        return Decimal(1)
    if r in ("M", "‰") or re.fullmatch(L.alternation("count_thousand"), r, re.IGNORECASE):
        return Decimal(1000)
    if r == "C" or re.fullmatch(L.alternation("count_hundred"), r, re.IGNORECASE):
        return Decimal(100)
    return Decimal(re.sub(r"\D", "", r))


# The currencies written "$" (the Latin American pesos too: "$ 420.000 c/u" in Colombia) and
# those called "dollars"; "USD" or "US$" written out is the US dollar alone
_DOLLAR_SIGN = ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "COP", "ARS", "CLP", "UYU")
_DOLLARS = ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD")


def same_currency(cur: str, po_cur: str) -> bool:
    """A sign several currencies share ("$", "kr") is the PO's currency when the PO is in
    one of them; never a guess across currencies."""
    return (
        cur == po_cur
        or (cur == "$" and po_cur in _DOLLAR_SIGN)
        or (cur == "DOLLAR" and po_cur in _DOLLARS)
        or (cur == "RUPEE" and po_cur in _RUPEES)
        or (cur == "KR" and po_cur in ("SEK", "DKK", "NOK", "ISK"))
        or (cur == "YUAN" and po_cur in ("CNY", "TWD", "HKD", "MOP"))
        or (cur == "YEN/YUAN" and po_cur in ("JPY", "CNY"))
    )


def percent_hits(text: str) -> list[tuple[Decimal, int, int, str]]:
    """Signed percentages ("+3%", "3 % Aufschlag"): (value, start, end, text)."""
    out = []
    for m in _PCT_RE.finditer(text):
        try:
            v = Decimal((m.group("num") or m.group("num_tr")).replace(",", "."))
        except InvalidOperation:
            continue
        if m.group("sign") == "-":
            v = -v
        out.append((v, m.start(), m.end(), m.group(0)))
    return out


# -------------------------------------------------------------- quantities

GENERIC_UNITS = (
    "pcs",
    "pc",
    "pce",
    "pces",
    "piece",
    "pieces",
    "ea",
    "units",
    "unit",
    "st",
    "stk",
    "stck",
    "stück",
    "kg",
    "kgs",
    "rolls",
    "roll",
    "rl",
    "boxes",
    "box",
    "cartons",
    "carton",
    "ctns",
    "sets",
    "set",
    "pairs",
    "pair",
    "pièces",
    "pieces",
    "unités",
    "unidades",
    "uds",
    "ud",
    "ks",
    "kusů",
    "ks.",
    "drums",
    "bags",
    "pails",
    "reels",
    "lbs",
    "lb",
    "pallets",
    "bundles",
    "bundle",
    "bdl",
    "kits",
    "cans",
    "bottles",
    "sheets",
    "coils",
    "bars",
    "tubes",
    "lengths",
    "boards",
    "liters",
    "litres",
    "meters",
    "metres",
    "feet",
    "ft",
    "stk.",
    "pièce",
    "piezas",
    "kusy",
    "szt",
    "sztuk",
    "sztuki",
    # Danish/Norwegian, Turkish, Hungarian ("1500 db-ot"), Romanian, Japanese
    "stykker",
    "stykk",
    "adet",
    "db",
    "darab",
    "buc",
    "buc.",
    "bucăți",
    "bucăţi",
    "bucati",
    "個",
    # Chinese, Japanese and Korean counters of pieces (not of packs, pairs or sets: "17 箱"
    # is 17 boxes)
    *"件个只台片套支根张張块塊条條本枚대장",
    # Slovak, Finnish, Greek, Korean, Vietnamese
    "kpl",
    "kappaletta",
    "τεμ",
    "τεμ.",
    "τεμάχια",
    "τεμάχιο",
    "개",
    "cái",
    "chiếc",
    # Russian, Ukrainian
    "шт",
    "шт.",
    "штук",
    "штуки",
    "штука",
    # Croatian, Serbian, Bosnian, Slovenian, Bulgarian, Estonian, Lithuanian, Latvian
    "kom",
    "kom.",
    "komad",
    "komada",
    "komadi",
    "kos",
    "kosov",
    "kosa",
    "бр",
    "бр.",
    "броя",
    "брой",
    "tk",
    "tk.",
    "tükki",
    "vnt",
    "vnt.",
    "vienetų",
    "vienetai",
    "gab",
    "gab.",
    "gabali",
    "gabalu",
)

# A quantity's number: separators inside, and a plain or thin space only before a
# group of three ("1 200 ks" in cs/fr/pl; the locale decides whether it is 1200).
# Thai writes no spaces between words: a count's unit is one of the Thai lexicon's count or
# pack words, not the run of letters after the number
_THAI_COUNT_WORDS = (
    "(?:"
    + "|".join(
        sorted(
            {*L.languages()["th"]["count_units"], *L.languages()["th"]["pack_units"]},
            key=lambda w: (-len(w), w),
        )
    )
    + ")"
)
_QTY_NUM = r"\d(?:[\d.,'\u2019\u00a0\u202f\u2009]|[ ](?=\d{3}(?!\d)))*\d|\d"
_QTY_RE = compile_re(
    # not from inside a grouped number ("1'000", "1 000"): each retry would rescan it;
    # square and cubic metres ("22,5 m3", "m³" is read as "m3") are units with a digit;
    # a unit word running on into a code ("10 KG050-EPDM", "10 BAG-KR-2": a position
    # number, then the supplier's item code) is no unit
    # a Chinese, Japanese or Korean counter is one character ("816 件", "4 台", "20개"), or a
    # katakana word ("3 セット")
    # (a Chinese or Japanese word runs on into the number: "共85卷，即425米")
    # (and a Hebrew prefix joined by a hyphen: "ל-160 קופסאות", to 160 boxes)
    # Armenian and Georgian words ("250 հատ", "200 ცალი") are units only where the mail
    # itself counts in them (see guards' mail_count_words)
    rf"(?<![.,/])(?<![^\u05d0-\u05ea]-)(?<!^-)(?<![^\W\u3040-\u30ff\u3400-\u9fff])(?<!\d['\u2019\u00a0\u202f\u2009])(?P<num>{_QTY_NUM})\s?(?P<unit>(?i:[cd]?m)[23](?![\w])|[A-Za-zÀ-žȘ-țͰ-ϿЀ-ӿẠ-ỹԱ-ֆა-ჿ]+(?![\wÀ-ž]|-(?-i:[A-Z0-9]))\.?|[\u3400-\u9fff\uac00-\ud7af]|[\u30a1-\u30fa\u30fc]+"
    # a Devanagari, Bengali or Tamil word, whose vowel signs are no word characters to the
    # pattern ("50 किलो", "২৫ কেজি"; not their digits or the danda)
    r"|[\u0900-\u0963\u0971-\u097f\u0980-\u09e5\u0b80-\u0be5]+"
    # a Thai word, written without spaces: the count word only ("150 ตัว", "60 ชิ้นราคา")
    rf"|{_THAI_COUNT_WORDS}"
    # a Hebrew word, an abbreviation with its gershayim or geresh in it ("ק\"ג", "יח'")
    r"|[\u05d0-\u05ea]+(?:[\"\u05f4][\u05d0-\u05ea]+|['\u05f3])?)",
)
_QTY_KEY_RE = compile_re(
    rf"\b(?:qty|quantity|quantities|menge|quantit[eé]|cantidad|mnozstv[ií])\b\.?\s*(?:confirmed|best[aä]tigt|confirm[eé]e?)?\s*[:=]?\s*(?P<num>{_QTY_NUM})(?![\d.,]\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QuantityHit:
    value: Decimal
    start: int
    end: int
    text: str
    unit: str | None


def _unit_norm(word: str) -> str:
    w = word.lower().rstrip(".")
    for suffix in ("es", "s"):
        if len(w) > 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


# Unit words that are the supplier's money: Hungarian "145,00 Ft" is forints, not feet
_CURRENCY_UNITS = {"hu": frozenset({"ft"})}


@lru_cache(maxsize=256)
def _units_set(extra_units: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        {_unit_norm(u) for u in GENERIC_UNITS} | {_unit_norm(u) for u in extra_units if u}
    )


# piece words that follow a price rather than a count
_PER_PIECE = frozenset({"each", "cad", "cada", "chacun"})


@lru_cache(maxsize=256)
def _counts_pieces(extra_units: tuple[str, ...]) -> bool:
    return any(_is_piece_word(u) for u in extra_units if u)


def _same_weight(unit: str, extra_units: tuple[str, ...]) -> bool:
    """``unit`` weighs as one of the PO's units ("кг", "公斤" on a PO counted in KG)."""
    from agent.reading.units import measure_ratio

    return any(measure_ratio(unit, u) == 1 for u in extra_units if u)


def _is_piece_word(unit: str) -> bool:
    from agent.reading.units import is_piece_unit  # units reads numbers: import when used

    return is_piece_unit(unit)


_LINE_REF_BEFORE = compile_re(
    r"\b(?:pos|position|line|item|zeile|ligne|položk[ay]|polozk[ay]|poz|riga|partida|art)\.?\s*(?:#|nr\.?|no\.?)?\s*$",
    re.IGNORECASE,
)


def _spaced_number(raw: str, start: int, locale: str) -> tuple[Decimal | None, int]:
    """``raw`` read in ``locale``, and where the number starts.

    "1 200" is 1200 where the locale groups digits with spaces (cs, fr, pl ...);
    elsewhere the number is the last group ("300 240 pcs": 240), as before.
    """
    value = parse_number(raw, locale)
    if value is None:
        last = max(raw.rfind(sp) for sp in SPACES)
        if last > 0:
            return parse_number(raw[last + 1 :], locale), start + last + 1
    return value, start


def quantity_hits(text: str, locale: str, extra_units: tuple[str, ...] = ()) -> list[QuantityHit]:
    return list(_quantity_hits_cached(text, locale, tuple(extra_units)))


@lru_cache(maxsize=4096)
def _quantity_hits_cached(
    text: str, locale: str, extra_units: tuple[str, ...]
) -> tuple[QuantityHit, ...]:
    return tuple(_quantity_hits(text, locale, extra_units))


_ORDINAL_ONE = compile_re(r"(?<!1)1$")
# what "个" counts when it counts time
_COUNTED_TIME = ("月", "星期", "工作日", "小时", "小時", "礼拜", "禮拜", "周", "週", "季度", "日")
# A count of lots before a size: "40 x" of "40 x 25 kg"
_LOTS_BEFORE = compile_re(r"(?<![\w.,/×*'-])([1-9]\d{0,3})\s*[x×*]\s*$")


def _weight_or_volume(unit: str) -> bool:
    from agent.reading.units import measure_ratio

    return measure_ratio(unit, "kg") is not None or measure_ratio(unit, "l") is not None


def _quantity_hits(text: str, locale: str, extra_units: tuple[str, ...] = ()) -> list[QuantityHit]:
    """Quantities with a unit ("1,100 pcs", "1000pcs", "2.000 Stück") or after a quantity keyword."""
    units = _units_set(tuple(extra_units))
    out: list[QuantityHit] = []
    seen: set[int] = set()
    money = _CURRENCY_UNITS.get(locale.split("-")[0].lower(), frozenset())
    pieces = _counts_pieces(tuple(extra_units))
    for m in _QTY_RE.finditer(text):
        unit = m.group("unit")
        if _unit_norm(unit) in money:
            continue
        # a PO counted in pieces also counts in any language's word for them ("1.800 PZ"),
        # in whole numbers only, and not in a word that says a price is per piece ("12.90 each")
        foreign_word = _unit_norm(unit) not in units
        if foreign_word and not (
            (pieces and _unit_norm(unit) not in _PER_PIECE and _is_piece_word(unit))
            or _same_weight(unit, extra_units)
        ):
            continue
        # "保质期24个月", "10个工作日": months and working days, not 24 pieces
        if unit in ("个", "個") and text.startswith(_COUNTED_TIME, m.end()):
            continue
        # "1st container", "the 21st": an English ordinal, not one "St." (Stück)
        if unit == "st" and m.start("unit") == m.end("num") and _ORDINAL_ONE.search(m.group("num")):
            continue
        # a number inside a code ("M6x20", "PCB-2207") is not a quantity
        raw = m.group("num").rstrip(".,")
        if re.fullmatch(r"\d{8,}", raw):
            continue  # "All good on 4500081764 bar line 2": an order's number, no count
        if _LINE_REF_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            # "Pos. 2 400 ks": a position number, then the quantity
            raw = raw.replace("\u2009", " ").replace("\u00a0", " ").replace("\u202f", " ")
            head, _, tail = raw.partition(" ")
            if tail:
                value, start = parse_number(tail, locale), m.start("num") + len(head) + 1
            else:
                value, start = parse_number(raw, locale), m.start("num")
        else:
            value, start = _spaced_number(raw, m.start("num"), locale)
        if value is None or (foreign_word and value != value.to_integral_value()):
            continue
        lots = _LOTS_BEFORE.search(text, max(0, start - 12), start)
        if lots:
            # "40 x 25 kg", "2 x 500 pcs": so many lots of that size; "400 x 200 mm" is a
            # dimension, no quantity at all
            if not (_is_piece_word(unit) or _weight_or_volume(unit)):
                continue
            value, start = value * int(lots.group(1)), lots.start()
        out.append(QuantityHit(value, start, m.end(), text[start : m.end()], unit))
        seen.add(start)
    for m in _QTY_KEY_RE.finditer(text):
        value, start = _spaced_number(m.group("num"), m.start("num"), locale)
        if value is None or start in seen:
            continue
        out.append(QuantityHit(value, start, m.end("num"), m.group(0), None))
    out.sort(key=lambda h: h.start)
    return out


# ------------------------------------------------------------- price units

_PER_WORD = r"(?:per|pro|je|par|por|pour)"
_PACK_WORD = (
    r"(?:case|box|pack|package|carton|ctn|bag|reel|roll|tray|bundle|karton|packung|kiste"
    r"|beutel|vpe|colis|caja|paquete|balení|krabice)"
)
_UNIT_WORD = r"(?:pcs?|pieces?|pce|ea|each|units?|st(?:ü?ck|k|ck)?|ks|kusů|pièces?|uds?|unidades)"
_PRICE_UNIT_RE = compile_re(
    # "per case of 24", "pro Karton à 50", "per box of 1,000"
    rf"\b{_PER_WORD}\s+{_PACK_WORD}\s+(?:of|à|a|zu|de|mit|von)\s+"
    rf"(?P<pack>[1-9]\d{{0,2}}[.,'’\u00a0\u202f ]\d{{3}}|[1-9]\d{{0,5}})(?![\d.,]?\d)"
    # "PE 100", "PE: 100 ST", "Preiseinheit 100" (German ERP: price unit)
    rf"|\b(?:PE|Preiseinheit|price\s+unit|unité\s+de\s+prix)\b\s*[:.=]?\s*"
    rf"(?P<pe>1[.,]000|[1-9]\d{{0,5}})(?![\d.,]?\d)"
    # "per 100", "pro 100 Stk", "per 1.000", "per M", "per C"
    rf"|\b{_PER_WORD}\s+(?P<per>1[.,'’\u00a0\u202f ]000|[1-9]\d{{0,5}}|(?-i:M|C)\b)(?![\d.,]?\d|\s*[%/-])"
    # "/100", "/ 1.000 pcs": after a slash only a power of ten ("12/01", "4/3" are dates)
    rf"|/\s*(?P<slash>1(?:[.,'’\u00a0\u202f ]000|0{{1,4}})|(?-i:M|C)\b)(?![\d.,]?\d|\s*[%/-])"
    # "per piece", "/ea", "each": one unit
    rf"|(?:\b{_PER_WORD}\s+|/\s*)(?P<one>{_UNIT_WORD})\b\.?|\b(?P<each>each|je\s+stück|la\s+pièce)\b",
    re.IGNORECASE,
)


def price_unit_divisor(text: str) -> Decimal | None:
    """How many units a price in ``text`` is for, or None when no price unit is stated.

    "per 100" / "/100" / "PE 100" / "pro 100 Stk" → 100, "per 1000" / "per 1.000" /
    "per M" → 1000, "per C" → 100, "per case of 24" → 24, "per piece" / "/ea" /
    "each" → 1. Pass the text around one price (its cell, its column header, its
    clause): the first stated unit wins. A unit price is the stated price divided by it.
    """
    m = _PRICE_UNIT_RE.search(text)
    if m is None:
        return None
    if m.group("one") or m.group("each"):
        return Decimal(1)
    raw = m.group("pack") or m.group("pe") or m.group("per") or m.group("slash")
    if raw in ("M", "C"):
        return Decimal(1000) if raw == "M" else Decimal(100)
    digits = re.sub(r"[.,\u00a0\u202f ]", "", raw)
    value = Decimal(digits)
    return value if value > 0 else None
