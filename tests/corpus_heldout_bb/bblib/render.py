"""Body blocks -> text/plain and text/html, plus quote headers of the common mail clients."""
from __future__ import annotations

import html as _html
import re

from .common import Buyer, PO

BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


class Table:
    def __init__(self, rows, header=True, align=None, text="pad", bold=(), html_style="grid"):
        self.rows = [[str(c) for c in r] for r in rows]
        self.header = header
        self.align = align or ("l" * len(rows[0]))
        self.text = text            # pad | tabs | pipe
        self.bold = set(bold)       # {(row, col)}
        self.html_style = html_style


class Raw:
    def __init__(self, text, html=None):
        self.text = text
        self.html = html if html is not None else "<br>\n".join(_html.escape(x) for x in text.split("\n"))


def esc(s):
    return _html.escape(s, quote=False)


def inline_html(s):
    parts = BOLD_RE.split(s)
    out = []
    for i, p in enumerate(parts):
        out.append(f"<b>{esc(p)}</b>" if i % 2 else esc(p))
    return "".join(out)


def inline_text(s, bold="plain"):
    if bold == "stars":
        return BOLD_RE.sub(r"*\1*", s)
    return BOLD_RE.sub(r"\1", s)


def _width(s):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def table_text(t: Table):
    rows = [[inline_text(c) for c in r] for r in t.rows]
    if t.text == "tabs":
        return "\n".join("\t".join(r) for r in rows)
    ncol = len(rows[0])
    w = [max(_width(r[i]) for r in rows) for i in range(ncol)]
    out = []
    for ri, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            pad = " " * (w[i] - _width(c))
            cells.append(pad + c if t.align[i] == "r" else c + pad)
        if t.text == "pipe":
            out.append("| " + " | ".join(cells) + " |")
            if ri == 0 and t.header:
                out.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
        else:
            out.append("  ".join(cells).rstrip())
            if ri == 0 and t.header:
                out.append("  ".join("-" * x for x in w))
    return "\n".join(out)


def table_html(t: Table, flavor="outlook"):
    td_style = "border:solid #A6A6A6 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt"
    if t.html_style == "plain":
        td_style = "padding:2px 8px"
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for ri, r in enumerate(t.rows):
        out.append("<tr>")
        for ci, c in enumerate(r):
            tag = "th" if (t.header and ri == 0) else "td"
            al = ' align="right"' if t.align[ci] == "r" else ""
            txt = inline_html(c)
            if (ri, ci) in t.bold:
                txt = f"<b>{txt}</b>"
            if flavor == "outlook":
                txt = f'<p class="MsoNormal">{txt}</p>'
            out.append(f'<{tag}{al} style="{td_style}">{txt}</{tag}>')
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def render_text(blocks, bold="plain"):
    paras = []
    for b in blocks:
        if b is None:
            continue
        if isinstance(b, Table):
            paras.append(table_text(b))
        elif isinstance(b, Raw):
            paras.append(b.text)
        else:
            paras.append(inline_text(b, bold))
    return "\n\n".join(paras)


def render_html(blocks, flavor="outlook"):
    out = []
    for b in blocks:
        if b is None:
            continue
        if isinstance(b, Table):
            out.append(table_html(b, flavor))
            if flavor == "outlook":
                out.append('<p class="MsoNormal">&nbsp;</p>')
            else:
                out.append("<div><br></div>")
        elif isinstance(b, Raw):
            out.append(b.html)
        else:
            lines = [inline_html(x) for x in b.split("\n")]
            if flavor == "outlook":
                out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
                out.append('<p class="MsoNormal">&nbsp;</p>')
            elif flavor in ("gmail", "apple"):
                out.append("\n".join(f"<div>{x or '<br>'}</div>" for x in lines))
                out.append("<div><br></div>")
            else:
                out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- our request
def request_blocks(po: PO):
    b: Buyer = po.buyer
    rows = [["Line", "Item", "Description", "Qty", "Unit", f"Unit price ({po.currency})", "Requested delivery"]]
    for l in po.lines:
        rows.append([str(l.line), l.item, l.description, f"{l.quantity:,}", l.uom, l.unit_price,
                     b.fmt_date(l.requested_date)])
    who = po.supplier.contact or "Sir or Madam"
    return [
        f"Dear {who},",
        f"Please confirm our purchase order {po.po_number} of {b.fmt_date(po.issued)} by return e-mail. "
        "For each line, please state the quantity, unit price and delivery date you can commit to.",
        Table(rows, align="lllrlrl"),
        f"Delivery address: {b.delivery}\nIncoterms: DAP, payment terms as per framework agreement.",
        "Thank you and kind regards,",
        b.signature(),
    ]


def request_text(po):
    return render_text(request_blocks(po)) + "\n"


def request_html(po):
    body = render_html(request_blocks(po), "outlook")
    return body


# ---------------------------------------------------------------- dates for quote headers
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
}
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
}
LABELS = {  # From, Sent, To, Cc, Subject
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "bg": ("От", "Изпратено", "До", "Копие", "Тема"),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva"),
    "sr": ("From", "Sent", "To", "Cc", "Subject"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Koopia", "Teema"),
    "lv": ("No", "Nosūtīts", "Kam", "Kopija", "Tēma"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "he": ("מאת", "נשלח", "אל", "עותק", "נושא"),
    "ar": ("من", "تم الإرسال", "إلى", "نسخة", "الموضوع"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "zht": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "vi": ("From", "Sent", "To", "Cc", "Subject"),
    "id": ("Dari", "Dikirim", "Kepada", "Cc", "Perihal"),
    "ms": ("Daripada", "Dihantar", "Kepada", "Sk", "Perkara"),
}


def outlook_date(d, lang):
    """Date line of an Outlook quote header, as that language's Outlook prints it."""
    hm = f"{d.hour:02d}:{d.minute:02d}"
    wd = d.weekday()
    m = d.month - 1
    if lang == "en-US":
        return f"{DAYS['en'][wd]}, {MONTHS['en'][m]} {d.day}, {d.year} {d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    lg = lang.split("-")[0]
    if lg == "en":
        return f"{DAYS['en'][wd]}, {d.day} {MONTHS['en'][m]} {d.year} {hm}"
    if lg == "de":
        return f"{DAYS['de'][wd]}, {d.day}. {MONTHS['de'][m]} {d.year} {hm}"
    if lg == "fr":
        return f"{DAYS['fr'][wd]} {d.day} {MONTHS['fr'][m]} {d.year} {hm}"
    if lg == "es":
        return f"{DAYS['es'][wd]}, {d.day} de {MONTHS['es'][m]} de {d.year} {hm}"
    if lg == "it":
        return f"{DAYS['it'][wd]} {d.day} {MONTHS['it'][m]} {d.year} {hm}"
    if lg == "nl":
        return f"{DAYS['nl'][wd]} {d.day} {MONTHS['nl'][m]} {d.year} {hm}"
    if lg == "pt":
        return f"{DAYS['pt'][wd]}, {d.day} de {MONTHS['pt'][m]} de {d.year} {hm}"
    if lg in ("sv", "da", "nb"):
        return f"{DAYS[lg][wd]}, {d.day} {MONTHS[lg][m]} {d.year} {hm}"
    if lg == "pl":
        return f"{DAYS['pl'][wd]}, {d.day} {MONTHS['pl'][m]} {d.year} {hm}"
    if lg in ("ja", "zh", "zht"):
        return f"{d.year}年{d.month}月{d.day}日 {hm}"
    if lg == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일 {hm}"
    if lg in ("hu", "lt", "sv"):
        return f"{d.year}. {d.month:02d}. {d.day:02d}. {hm}"
    if lg in ("en",):
        return f"{d.day}/{d.month}/{d.year} {hm}"
    return f"{d.day:02d}.{d.month:02d}.{d.year} {hm}"


def fmt_addr(name, email):
    return f"{name} <{email}>" if name else email


class Quote:
    """One earlier message in a thread, as shown below a reply."""

    def __init__(self, frm, sent, to, subject, blocks, cc=None, text=None, html=None):
        self.frm, self.sent, self.to, self.subject, self.cc = frm, sent, to, subject, cc
        self.blocks = blocks
        self._text, self._html = text, html

    @classmethod
    def of_request(cls, po: PO):
        return cls(fmt_addr(po.buyer.name, po.buyer.email), po.req_dt,
                   fmt_addr(po.supplier.name, po.supplier.email), po.req_subject, request_blocks(po))

    def text(self):
        return self._text if self._text is not None else render_text(self.blocks) + "\n"

    def html(self):
        return self._html if self._html is not None else render_html(self.blocks, "outlook")


def outlook_header_text(q: Quote, lang, tzh, sep_line=True):
    from .common import tz
    lab = LABELS.get(lang.split("-")[0] if lang not in LABELS else lang, LABELS["en"])
    d = q.sent.astimezone(tz(tzh))
    lines = ["________________________________"] if sep_line == "line" else []
    lines += [f"{lab[0]}: {q.frm}", f"{lab[1]}: {outlook_date(d, lang)}", f"{lab[2]}: {q.to}"]
    if q.cc:
        lines.append(f"{lab[3]}: {q.cc}")
    lines.append(f"{lab[4]}: {q.subject}")
    return "\n".join(lines)


def outlook_header_html(q: Quote, lang, tzh):
    from .common import tz
    lab = LABELS.get(lang.split("-")[0] if lang not in LABELS else lang, LABELS["en"])
    d = q.sent.astimezone(tz(tzh))
    rows = [(lab[0], q.frm), (lab[1], outlook_date(d, lang)), (lab[2], q.to)]
    if q.cc:
        rows.append((lab[3], q.cc))
    rows.append((lab[4], q.subject))
    inner = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in rows)
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{inner}</p>\n</div>\n<p class="MsoNormal">&nbsp;</p>')


ATTR = {
    # style, lang -> format(d=datetime, n=name, e=email)
    ("gmail", "en"): "On {wd3}, {d.day} {mon3} {d.year} at {hm}, {n} <{e}> wrote:",
    ("gmail", "en-US"): "On {wd3}, {mon3} {d.day}, {d.year} at {h12} {ampm} {n} <{e}> wrote:",
    ("gmail", "de"): "Am {wd2}, {d.day}. {mon3de}. {d.year} um {hm} Uhr schrieb {n} <{e}>:",
    ("gmail", "fr"): "Le {wd3fr} {d.day} {mon3fr} {d.year} à {hm}, {n} <{e}> a écrit :",
    ("gmail", "es"): "El {wd3es}, {d.day} {mon3es} {d.year} a las {hm}, {n} (<{e}>) escribió:",
    ("gmail", "pt"): "Em {wd3pt}, {d.day} de {mon3pt} de {d.year} às {hm}, {n} <{e}> escreveu:",
    ("gmail", "it"): "Il giorno {wd3it} {d.day} {mon3it} {d.year} alle ore {hm} {n} <{e}> ha scritto:",
    ("gmail", "nl"): "Op {wd2nl} {d.day} {mon3nl} {d.year} om {hm} schreef {n} <{e}>:",
    ("apple", "en"): "On {d.day} {mon3} {d.year}, at {hm}, {n} <{e}> wrote:",
    ("apple", "de"): "Am {dd}.{mm}.{d.year} um {hm} schrieb {n} <{e}>:",
    ("apple", "fr"): "Le {d.day} {mon3fr} {d.year} à {hm}, {n} <{e}> a écrit :",
    ("thunderbird", "en"): "On {dd}/{mm}/{d.year} {hm}, {n} wrote:",
    ("thunderbird", "de"): "Am {dd}.{mm}.{yy} um {hm} schrieb {n}:",
}


def attribution(style, lang, q: Quote, tzh, custom=None):
    from .common import tz
    d = q.sent.astimezone(tz(tzh))
    name, _, email = q.frm.partition(" <")
    email = email.rstrip(">")
    fmt = custom or ATTR.get((style, lang)) or ATTR.get((style, lang.split("-")[0])) or ATTR[(style, "en")]
    wd = d.weekday()
    m = d.month - 1
    vals = dict(
        d=d, n=name, e=email, hm=f"{d.hour:02d}:{d.minute:02d}", dd=f"{d.day:02d}", mm=f"{d.month:02d}",
        yy=f"{d.year % 100:02d}", h12=f"{d.hour % 12 or 12}:{d.minute:02d}", ampm="AM" if d.hour < 12 else "PM",
        wd3="Mon Tue Wed Thu Fri Sat Sun".split()[wd], mon3=MONTHS["en"][m][:3],
        wd2="Mo. Di. Mi. Do. Fr. Sa. So.".split()[wd], mon3de="Jan Feb Mär Apr Mai Jun Jul Aug Sept Okt Nov Dez".split()[m],
        wd3fr="lun. mar. mer. jeu. ven. sam. dim.".split()[wd], mon3fr="janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()[m],
        wd3es="lun mar mié jue vie sáb dom".split()[wd], mon3es="ene feb mar abr may jun jul ago sept oct nov dic".split()[m],
        wd3pt="seg. ter. qua. qui. sex. sáb. dom.".split()[wd], mon3pt="jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split()[m],
        wd3it="lun mar mer gio ven sab dom".split()[wd], mon3it="gen feb mar apr mag giu lug ago set ott nov dic".split()[m],
        wd2nl="ma di wo do vr za zo".split()[wd], mon3nl="jan feb mrt apr mei jun jul aug sep okt nov dec".split()[m],
    )
    return fmt.format(**vals)


def prefix_lines(text, p="> "):
    return "\n".join((p + x) if x else p.rstrip() for x in text.rstrip("\n").split("\n"))
