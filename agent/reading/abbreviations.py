"""The abbreviations a full stop ends without ending the sentence ("Pos. 2", "Dec. 15",
"ca. 300", "réf. 4411"): one list for both sentence splitters, the reader's (`extract`) and
the segments' (`segments`)."""

from __future__ import annotations

ABBREVIATIONS = (
    # line and item words: "Pos. 2", "poz. 3", "n. 4", "Art. 55", "réf. 4411", "Rev. 2"
    r"pos|pol|poz|n|no|nos|nr|art|r[eé]f|rev|tydz|v|fig|sig|p\.o"
    r"|st|ca|approx|incl|excl|inkl|zzgl"
    # months and weeks: "Dec. 15", "KW. 50"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|kw|cw|wk"
    # titles, companies and the rest: "Mr.", "Ltd.", "e.g.", "z.B.", "bzw."
    r"|mr|mrs|ms|dr|sr|sra|tel|fax|vs|etc|co|ltd|inc|corp"
    r"|z\.b|e\.g|i\.e|t\.e\.m|bzw|ggf|evtl|gem|vgl|resp"
    # the Swiss franc before its amount: "Fr. 45.–", "SFr. 12.50"
    r"|fr|sfr"
    # Russian and Ukrainian "поз. 1"
    r"|поз"
)

# Within a statement the reader also reads on after a count's unit ("20 Stk. à 8,20") and the
# one-letter words of dates ("d. 10/3", "10 d.", "2027. g.", "27.11.2026 г."); the segments'
# splitter ends a sentence there ("5.000 Stk. € 8,20 / 100" is a row; "… г. Останалите 8 бр."
# a new sentence).
READER_ABBREVIATIONS = ABBREVIATIONS + r"|stk|pc|pcs|pr|kl|qty|lt|rs|п|шт|τεμ|г|d|g"

# Before a number only, a dot after these ends no sentence: a currency or the word "size"
# written short before its amount ("à kr. 289,00", "seler str. 4/3", "Gr. 38", "vel. 42");
# after an amount ("… 42 kr. Levering …") they end one as any word does.
BEFORE_NUMBER_ABBREVIATIONS = r"kr|str|gr|vel|rozm|sz|nº"

# A week's word after its ordinal ("Liefertermin: 51. KW", "v 51. týdnu", "i 51. uge"): the
# ordinal's dot ends no sentence, in both splitters.
WEEK_WORD_AFTER = (
    r"(?:KW|CW|Kalenderwoche|Woche|week|wk|týd|tyd|tydz|uge|uke|vecka|viikko|nedēļ|savait"
    r"|nädal|hét)"
)

# Short day names before a calendar week ("Liefertermin Mi. KW 53", "Fr. KW 51"): their dot
# ends no sentence when "KW" or "CW" and the week's number follow, in both splitters (never
# before "Week 2": "so. Week 2 …" starts a sentence).
SHORT_DAY_NAMES = (
    r"mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|ti|on|to|lø|sø|må|ons|tor|fre|lör|sön|lun|mar|mer"
    r"|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun|po|út|st|čt|pá|pt|śr|cz"
)
KW_AFTER_DAY = r"\s*(?:KW|CW|kw|cw)\.?\s?\d"
