"""Month and weekday names and mail-client header labels (only what the batch uses)."""

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja".split(),
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή".split(),
}


def _h12(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def outlook_sent(lang: str, t) -> str:
    """The 'Sent:' value of an Outlook reply header block in the client's language."""
    l = lang.split("-")[0]
    wd, d, y, hm = t.weekday(), t.day, t.year, f"{t.hour:02d}:{t.minute:02d}"
    M = lambda k: MONTHS[k][t.month - 1]
    W = lambda k: WEEKDAYS[k][wd]
    if lang == "en-US":
        return f"{W('en')}, {M('en')} {d}, {y} {_h12(t)}"
    if l == "en":
        return f"{W('en')}, {d} {M('en')} {y} {hm}"
    return {
        "de": f"{W('de')}, {d}. {M('de')} {y} {hm}",
        "fr": f"{W('fr')} {d} {M('fr')} {y} {hm}",
        "es": f"{W('es')}, {d} de {M('es')} de {y} {hm}",
        "it": f"{W('it')} {d} {M('it')} {y} {hm}",
        "nl": f"{W('nl')} {d} {M('nl')} {y} {hm}",
        "pt": f"{W('pt')}, {d} de {M('pt')} de {y} {hm}",
        "pl": f"{W('pl')}, {d} {M('pl')} {y} {hm}",
        "cs": f"{W('cs')} {d}. {M('cs')} {y} {hm}",
        "sk": f"{W('sk')} {d}. {M('sk')} {y} {hm}",
        "sv": f"den {d} {M('sv')} {y} {hm}",
        "da": f"{W('da')} den {d}. {M('da')} {y} {hm}",
        "fi": f"{W('fi')} {d}. {M('fi')} {y} {t.hour}.{t.minute:02d}",
        "tr": f"{d} {M('tr')} {y} {W('tr')} {hm}",
        "hu": f"{y}. {MONTHS['hu'][t.month - 1]} {d}., {W('hu')} {hm}",
        "hr": f"{W('hr')}, {d}. {M('hr')} {y}. {hm}",
        "el": f"{W('el')}, {d} {M('el')} {y} {hm}",
    }[l]


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pt": ("De", "Enviada", "Para", "Cc", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
}

REPLY_PREFIX = {
    "en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "it": "R: ", "nl": "RE: ", "pt": "RE: ",
    "pl": "RE: ", "cs": "RE: ", "sk": "RE: ", "sv": "SV: ", "da": "SV: ", "nb": "SV: ", "fi": "VS: ",
    "tr": "YNT: ", "hu": "VS: ", "hr": "RE: ", "el": "ΑΠ: ",
}


def gmail_attrib(lang: str, t, name: str, email: str) -> str:
    l = lang.split("-")[0]
    hm = f"{t.hour:02d}:{t.minute:02d}"
    ab_en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mon_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    if lang == "en-US" or lang == "en-CA":
        return f"On {ab_en[t.weekday()]}, {mon_en[t.month - 1]} {t.day}, {t.year} at {_h12(t)} {name} <{email}> wrote:"
    if l == "en":
        return f"On {ab_en[t.weekday()]}, {t.day} {mon_en[t.month - 1]} {t.year} at {hm}, {name} <{email}> wrote:"
    if l == "de":
        ab = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
        mo = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
        return f"Am {ab[t.weekday()]}, {t.day}. {mo[t.month - 1]} {t.year} um {hm} Uhr schrieb {name} <{email}>:"
    if l == "es":
        ab = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        mo = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        return f"El {ab[t.weekday()]}, {t.day} {mo[t.month - 1]} {t.year} a las {hm}, {name} (<{email}>) escribió:"
    if l == "pt":
        ab = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
        mo = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
        return f"Em {ab[t.weekday()]}, {t.day} de {mo[t.month - 1]} de {t.year} às {hm}, {name} <{email}> escreveu:"
    if l == "fr":
        ab = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
        mo = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        return f"Le {ab[t.weekday()]} {t.day} {mo[t.month - 1]} {t.year} à {hm}, {name} <{email}> a écrit :"
    if l == "it":
        ab = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
        mo = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
        return f"Il giorno {ab[t.weekday()]} {t.day} {mo[t.month - 1]} {t.year} alle ore {hm} {name} <{email}> ha scritto:"
    if l == "nb":
        ab = ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."]
        mo = ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."]
        return f"{ab[t.weekday()]} {t.day}. {mo[t.month - 1]} {t.year} kl. {hm} skrev {name} <{email}>:"
    if l == "ro":
        ab = ["lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."]
        mo = ["ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sept.", "oct.", "nov.", "dec."]
        return f"În {ab[t.weekday()]}, {t.day} {mo[t.month - 1]} {t.year} la {hm}, {name} <{email}> a scris:"
    if l == "bg":
        ab = ["пн", "вт", "ср", "чт", "пт", "сб", "нд"]
        mo = ["яну", "фев", "мар", "апр", "май", "юни", "юли", "авг", "сеп", "окт", "ное", "дек"]
        return f"{ab[t.weekday()]}, {t.day}.{t.month:02d}.{t.year} г. в {hm} ч. {name} <{email}> написа:"
    if l == "lv":
        return f"{t.year}. gada {t.day}.{t.month:02d}. {hm}, {name} <{email}> rakstīja:"
    raise KeyError(lang)
