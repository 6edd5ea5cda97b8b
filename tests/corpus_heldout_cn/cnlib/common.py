"""PO builders, expected-label builders, date helpers, localisation tables and
the text of our own acknowledgment requests (which suppliers quote back)."""

import datetime as _dt
import hashlib
import html as _html
from decimal import Decimal

BUYER_DOMAIN = "brightwater-goods.example"
BUYER_COMPANY = "Brightwater Goods Ltd"

BUYERS = {
    "tom": {"name": "Tom Ashby", "email": "tom.ashby@brightwater-goods.example"},
    "ingrid": {"name": "Ingrid Lindqvist", "email": "ingrid.lindqvist@brightwater-goods.example"},
    "kenji": {"name": "Kenji Nakamura", "email": "kenji.nakamura@brightwater-goods.example"},
    "fran": {"name": "Fran Okafor", "email": "fran.okafor@brightwater-goods.example"},
}

# --------------------------------------------------------------------------
# dates


def tz(hours, minutes=0):
    return _dt.timezone(_dt.timedelta(hours=hours, minutes=minutes))


def dt(y, mo, d, h, mi, tzh=0, s=0, tzm=0):
    """A timezone-aware datetime; tzh is the UTC offset in hours."""
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz(tzh, tzm))


def D(iso):
    return _dt.date.fromisoformat(iso)


def iso(d):
    return d.isoformat()


def week_day(year, week, weekday=5):
    """ISO week; weekday 1=Monday ... 5=Friday."""
    return _dt.date.fromisocalendar(year, week, weekday)


def add_working_days(start, n, holidays=()):
    d = start
    hol = {D(h) if isinstance(h, str) else h for h in holidays}
    while n > 0:
        d += _dt.timedelta(days=1)
        if d.weekday() < 5 and d not in hol:
            n -= 1
    return d


def hexid(seed, n=32, upper=True):
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def num(value, places=2, dec=".", grp=",", grp3=True, indian=False):
    """Format a number the way a locale writes it."""
    q = Decimal(str(value)).quantize(Decimal(1).scaleb(-places)) if places else Decimal(str(value)).quantize(Decimal(1))
    sign = "-" if q < 0 else ""
    q = abs(q)
    s = format(q, "f")
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        ip = grp.join(parts + [tail])
    elif grp and (grp3 or len(ip) > 4):
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = grp.join(parts)
    return sign + ip + ((dec + fp) if fp else "")


# --------------------------------------------------------------------------
# localisation tables used for quote headers and attribution lines

L10N = {
    "en": dict(A="Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
               a="Mon Tue Wed Thu Fri Sat Sun".split(),
               B="January February March April May June July August September October November December".split(),
               b="Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()),
    "de": dict(A="Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
               a="Mo Di Mi Do Fr Sa So".split(),
               B="Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
               b="Jan Feb März Apr Mai Juni Juli Aug Sept Okt Nov Dez".split()),
    "fr": dict(A="lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
               a="lun mar mer jeu ven sam dim".split(),
               B="janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
               b="janv févr mars avr mai juin juil août sept oct nov déc".split()),
    "es": dict(A="lunes martes miércoles jueves viernes sábado domingo".split(),
               a="lun mar mié jue vie sáb dom".split(),
               B="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
               b="ene feb mar abr may jun jul ago sept oct nov dic".split()),
    "it": dict(A="lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
               a="lun mar mer gio ven sab dom".split(),
               B="gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
               b="gen feb mar apr mag giu lug ago set ott nov dic".split()),
    "nl": dict(A="maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
               a="ma di wo do vr za zo".split(),
               B="januari februari maart april mei juni juli augustus september oktober november december".split(),
               b="jan feb mrt apr mei jun jul aug sep okt nov dec".split()),
    "pt": dict(A="segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
               a="seg ter qua qui sex sáb dom".split(),
               B="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
               b="jan fev mar abr mai jun jul ago set out nov dez".split()),
    "pl": dict(A="poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
               a="pon. wt. śr. czw. pt. sob. niedz.".split(),
               B="styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień".split(),
               Bg="stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
               b="sty lut mar kwi maj cze lip sie wrz paź lis gru".split()),
    "cs": dict(A="pondělí úterý středa čtvrtek pátek sobota neděle".split(),
               a="po út st čt pá so ne".split(),
               B="leden únor březen duben květen červen červenec srpen září říjen listopad prosinec".split(),
               Bg="ledna února března dubna května června července srpna září října listopadu prosince".split(),
               b="led úno bře dub kvě čvn čvc srp zář říj lis pro".split()),
    "sk": dict(A="pondelok utorok streda štvrtok piatok sobota nedeľa".split(),
               a="po ut st št pi so ne".split(),
               B="január február marec apríl máj jún júl august september október november december".split(),
               Bg="januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
               b="jan feb mar apr máj jún júl aug sep okt nov dec".split()),
    "sv": dict(A="måndag tisdag onsdag torsdag fredag lördag söndag".split(),
               a="mån tis ons tors fre lör sön".split(),
               B="januari februari mars april maj juni juli augusti september oktober november december".split(),
               b="jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.".split()),
    "da": dict(A="mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
               a="man. tirs. ons. tors. fre. lør. søn.".split(),
               B="januar februar marts april maj juni juli august september oktober november december".split(),
               b="jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.".split()),
    "nb": dict(A="mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
               a="man. tir. ons. tor. fre. lør. søn.".split(),
               B="januar februar mars april mai juni juli august september oktober november desember".split(),
               b="jan. feb. mar. apr. mai jun. jul. aug. sep. okt. nov. des.".split()),
    "fi": dict(A="maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
               a="ma ti ke to pe la su".split(),
               B="tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu".split(),
               Bg="tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
               b="tammik. helmik. maalisk. huhtik. toukok. kesäk. heinäk. elok. syysk. lokak. marrask. jouluk.".split()),
    "et": dict(A="esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev".split(),
               a="E T K N R L P".split(),
               B="jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
               b="jaan veebr märts apr mai juuni juuli aug sept okt nov dets".split()),
    "ru": dict(A="понедельник вторник среда четверг пятница суббота воскресенье".split(),
               a="пн вт ср чт пт сб вс".split(),
               B="январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
               Bg="января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
               b="янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.".split()),
    "uk": dict(A="понеділок вівторок середа четвер п'ятниця субота неділя".split(),
               a="пн вт ср чт пт сб нд".split(),
               B="січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень".split(),
               Bg="січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
               b="січ. лют. бер. квіт. трав. черв. лип. серп. вер. жовт. лист. груд.".split()),
    "bg": dict(A="понеделник вторник сряда четвъртък петък събота неделя".split(),
               a="пн вт ср чт пт сб нд".split(),
               B="януари февруари март април май юни юли август септември октомври ноември декември".split(),
               b="яну фев март апр май юни юли авг сеп окт ное дек".split()),
    "tr": dict(A="Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
               a="Pzt Sal Çar Per Cum Cmt Paz".split(),
               B="Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
               b="Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara".split()),
    "hu": dict(A="hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
               a="H K Sze Cs P Szo V".split(),
               B="január február március április május június július augusztus szeptember október november december".split(),
               b="jan. febr. márc. ápr. máj. jún. júl. aug. szept. okt. nov. dec.".split()),
    "sl": dict(A="ponedeljek torek sreda četrtek petek sobota nedelja".split(),
               a="pon. tor. sre. čet. pet. sob. ned.".split(),
               B="januar februar marec april maj junij julij avgust september oktober november december".split(),
               b="jan. feb. mar. apr. maj jun. jul. avg. sep. okt. nov. dec.".split()),
    "hr": dict(A="ponedjeljak utorak srijeda četvrtak petak subota nedjelja".split(),
               a="pon uto sri čet pet sub ned".split(),
               B="siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac".split(),
               Bg="siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
               b="sij velj ožu tra svi lip srp kol ruj lis stu pro".split()),
    "ro": dict(A="luni marți miercuri joi vineri sâmbătă duminică".split(),
               a="lun. mar. mie. joi vin. sâm. dum.".split(),
               B="ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
               b="ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec.".split()),
    "el": dict(A="Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή".split(),
               a="Δευ Τρί Τετ Πέμ Παρ Σάβ Κυρ".split(),
               B="Ιανουάριος Φεβρουάριος Μάρτιος Απρίλιος Μάιος Ιούνιος Ιούλιος Αύγουστος Σεπτέμβριος Οκτώβριος Νοέμβριος Δεκέμβριος".split(),
               Bg="Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
               b="Ιαν Φεβ Μαρ Απρ Μαΐ Ιουν Ιουλ Αυγ Σεπ Οκτ Νοε Δεκ".split()),
    "ja": dict(A="月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日".split(), a="月 火 水 木 金 土 日".split(),
               B=[f"{i}月" for i in range(1, 13)], b=[f"{i}月" for i in range(1, 13)]),
    "zh": dict(A="星期一 星期二 星期三 星期四 星期五 星期六 星期日".split(), a="周一 周二 周三 周四 周五 周六 周日".split(),
               B=[f"{i}月" for i in range(1, 13)], b=[f"{i}月" for i in range(1, 13)]),
    "zh_TW": dict(A="星期一 星期二 星期三 星期四 星期五 星期六 星期日".split(), a="週一 週二 週三 週四 週五 週六 週日".split(),
                  B=[f"{i}月" for i in range(1, 13)], b=[f"{i}月" for i in range(1, 13)]),
    "ko": dict(A="월요일 화요일 수요일 목요일 금요일 토요일 일요일".split(), a="월 화 수 목 금 토 일".split(),
               B=[f"{i}월" for i in range(1, 13)], b=[f"{i}월" for i in range(1, 13)]),
    "id": dict(A="Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split(),
               a="Sen Sel Rab Kam Jum Sab Min".split(),
               B="Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
               b="Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split()),
    "vi": dict(A=["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"],
               a=["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"],
               B=[f"tháng {i}" for i in range(1, 13)], b=[f"thg {i}" for i in range(1, 13)]),
}


def fmt_dt(pattern, when, lang="en", **extra):
    t = L10N[lang]
    wd = when.weekday()
    mo = when.month - 1
    h12 = when.hour % 12 or 12
    vals = dict(
        A=t["A"][wd], a=t["a"][wd], B=t["B"][mo], Bg=t.get("Bg", t["B"])[mo], b=t["b"][mo],
        d=str(when.day), dd=f"{when.day:02d}", m=str(when.month), mm=f"{when.month:02d}",
        Y=str(when.year), y=f"{when.year % 100:02d}", H=str(when.hour), HH=f"{when.hour:02d}",
        MM=f"{when.minute:02d}", I=str(h12), p="AM" if when.hour < 12 else "PM",
    )
    vals.update(extra)
    return pattern.format(**vals)


# Outlook reply-header labels and the "Sent" date pattern per UI language
OUTLOOK = {
    "en_US": ("From:", "Sent:", "To:", "Cc:", "Subject:", "{A}, {B} {d}, {Y} {I}:{MM} {p}", "en"),
    "en_GB": ("From:", "Sent:", "To:", "Cc:", "Subject:", "{dd} {B} {Y} {HH}:{MM}", "en"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:", "{A}, {d}. {B} {Y} {HH}:{MM}", "de"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :", "{A} {d} {B} {Y} {HH}:{MM}", "fr"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:", "{A}, {d} de {B} de {Y} {H}:{MM}", "es"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:", "{A} {d} {B} {Y} {HH}:{MM}", "it"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:", "{A} {d} {B} {Y} {HH}:{MM}", "nl"),
    "pt": ("De:", "Enviada em:", "Para:", "Cc:", "Assunto:", "{A}, {d} de {B} de {Y} {HH}:{MM}", "pt"),
    "pl": ("Od:", "Wysłane:", "Do:", "DW:", "Temat:", "{A}, {d} {Bg} {Y} {HH}:{MM}", "pl"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Kopie:", "Předmět:", "{A} {d}. {Bg} {Y} {H}:{MM}", "cs"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Kópia:", "Predmet:", "{A} {d}. {Bg} {Y} {H}:{MM}", "sk"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:", "den {d} {B} {Y} {HH}:{MM}", "sv"),
    "da": ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:", "{d}. {B} {Y} {HH}:{MM}", "da"),
    "nb": ("Fra:", "Sendt:", "Til:", "Kopi:", "Emne:", "{A} {d}. {B} {Y} {HH}:{MM}", "nb"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Kopio:", "Aihe:", "{A} {d}. {Bg} {Y} {H}.{MM}", "fi"),
    "et": ("Saatja:", "Saadetud:", "Adressaat:", "Koopia:", "Teema:", "{A}, {d}. {B} {Y} {H}:{MM}", "et"),
    "ru": ("От:", "Отправлено:", "Кому:", "Копия:", "Тема:", "{A}, {d} {Bg} {Y} г. {H}:{MM}", "ru"),
    "uk": ("Від:", "Надіслано:", "Кому:", "Копія:", "Тема:", "{A}, {d} {Bg} {Y} р. {H}:{MM}", "uk"),
    "bg": ("От:", "Изпратено:", "До:", "Копие:", "Тема:", "{A}, {d} {B} {Y} г. {H}:{MM}", "bg"),
    "ja": ("差出人:", "送信日時:", "宛先:", "CC:", "件名:", "{Y}年{m}月{d}日 {H}:{MM}", "ja"),
    "zh": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:", "{Y}年{m}月{d}日 {H}:{MM}", "zh"),
    "zh_TW": ("寄件者:", "寄件日期:", "收件者:", "副本:", "主旨:", "{Y}年{m}月{d}日 {A} {ampm} {I}:{MM}", "zh_TW"),
    "ko": ("보낸 사람:", "보낸 날짜:", "받는 사람:", "참조:", "제목:", "{Y}년 {m}월 {d}일 {A} {ampm} {I}:{MM}", "ko"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Bilgi:", "Konu:", "{d} {B} {Y} {A} {HH}:{MM}", "tr"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Másolatot kap:", "Tárgy:", "{Y}. {B} {d}., {A} {H}:{MM}", "hu"),
    "sl": ("Od:", "Poslano:", "Za:", "Kp:", "Zadeva:", "{A}, {d}. {B} {Y} {HH}:{MM}", "sl"),
    "el": ("Από:", "Αποστολή:", "Προς:", "Κοιν.:", "Θέμα:", "{A}, {d} {Bg} {Y} {I}:{MM} {ampm}", "el"),
    "hr": ("Šalje:", "Poslano:", "Prima:", "Cc:", "Predmet:", "{A}, {d}. {Bg} {Y}. {HH}:{MM}", "hr"),
    "ro": ("De la:", "Trimis:", "Către:", "Cc:", "Subiect:", "{A}, {d} {B} {Y} {HH}:{MM}", "ro"),
}

AMPM = {"zh_TW": ("上午", "下午"), "ko": ("오전", "오후"), "el": ("π.μ.", "μ.μ.")}


def outlook_header_lines(lang, sender, when, to, subject, cc=None):
    f, s, t, c, subj, pat, l10 = OUTLOOK[lang]
    ampm = AMPM.get(lang, ("AM", "PM"))[0 if when.hour < 12 else 1]
    sent = fmt_dt(pat, when, l10, ampm=ampm)
    lines = [(f, sender), (s, sent), (t, to)]
    if cc:
        lines.append((c, cc))
    lines.append((subj, subject))
    return lines


# --------------------------------------------------------------------------
# suppliers and purchase orders


class Supplier:
    def __init__(self, sid, name, email, locale, contact=None):
        self.id, self.name, self.email, self.locale = sid, name, email, locale
        self.contact = contact

    @property
    def domain(self):
        return self.email.split("@", 1)[1]

    def to_json(self):
        return {"id": self.id, "name": self.name, "email": self.email, "locale": self.locale}


class Line:
    def __init__(self, no, item, desc, qty, uom, price, req):
        self.no, self.item, self.desc, self.qty, self.uom = no, item, desc, qty, uom
        self.price, self.req = price, req

    def to_json(self):
        return {"line": self.no, "item": self.item, "description": self.desc,
                "quantity": self.qty, "uom": self.uom, "unit_price": self.price,
                "requested_date": self.req}


class PO:
    def __init__(self, number, supplier, buyer, currency, issued, lines, request=True):
        self.number = number
        self.supplier = supplier
        self.buyer = BUYERS[buyer] if isinstance(buyer, str) else buyer
        self.currency = currency
        self.issued = issued  # datetime the request mail was sent
        self.lines = [Line(i + 1, *ln) for i, ln in enumerate(lines)]
        for ln in self.lines:
            (ln.item + ln.desc + ln.uom).encode("ascii")  # our request text stays ASCII
        self.request = request

    @property
    def msgid(self):
        return f"<po-{self.number}.1@{BUYER_DOMAIN}>" if self.request else None

    @property
    def reminder_msgid(self):
        return f"<po-{self.number}.2@{BUYER_DOMAIN}>"

    @property
    def subject(self):
        return f"Purchase order {self.number} - please confirm"

    def line(self, no):
        return self.lines[no - 1]

    def buyer_addr(self):
        return f"{self.buyer['name']} <{self.buyer['email']}>"

    def to_json(self):
        d = {"po_number": self.number, "supplier": self.supplier.to_json(),
             "buyer": dict(self.buyer), "currency": self.currency,
             "issued": self.issued.date().isoformat()}
        if self.request:
            d["request_message_id"] = self.msgid
        d["lines"] = [ln.to_json() for ln in self.lines]
        return d


# --------------------------------------------------------------------------
# our acknowledgment request (what suppliers quote back)

ADDRESS_LINES = [
    "Delivery to: Brightwater Goods Ltd, Receiving Dock 4,",
    "Waalhaven Oostzijde 85, 3087 BM Rotterdam, Netherlands",
]


def _table_rows(P):
    rows = [("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need by")]
    for ln in P.lines:
        rows.append((str(ln.no), ln.item, ln.desc, str(ln.qty), ln.uom,
                     f"{ln.price} {P.currency}", ln.req))
    return rows


def request_table(P):
    rows = _table_rows(P)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            if i in (3,):
                cells.append(c.rjust(widths[i]))
            else:
                cells.append(c.ljust(widths[i]))
        out.append("  ".join(cells).rstrip())
    return out


def request_text(P, reminder=False, greet="Sir or Madam"):
    issued = fmt_dt("{d} {B} {Y}", P.issued, "en")
    if reminder:
        head = [f"Dear {greet},", "",
                "this is a friendly reminder: we have not yet received your confirmation",
                f"of purchase order {P.number}, sent to you on {issued}.",
                "Please confirm quantity, unit price and delivery date for each line",
                "at your earliest convenience.", ""]
    else:
        head = [f"Dear {greet},", "",
                f"please find below our purchase order {P.number} of {issued}.",
                "Could you please confirm quantity, unit price and delivery date for",
                "each line by replying to this e-mail?", ""]
    tail = ["", *ADDRESS_LINES, "", "Kind regards,", P.buyer["name"], "Purchasing",
            f"{BUYER_COMPANY} | +31 10 799 4120"]
    return "\n".join(head + request_table(P) + tail) + "\n"


def request_html(P, reminder=False, greet="Sir or Madam"):
    issued = fmt_dt("{d} {B} {Y}", P.issued, "en")
    e = _html.escape
    if reminder:
        intro = (f"<p>Dear {e(greet)},</p><p>this is a friendly reminder: we have not yet received your "
                 f"confirmation of purchase order {P.number}, sent to you on {issued}.<br>"
                 "Please confirm quantity, unit price and delivery date for each line at your earliest convenience.</p>")
    else:
        intro = (f"<p>Dear {e(greet)},</p><p>please find below our purchase order {P.number} of {issued}.<br>"
                 "Could you please confirm quantity, unit price and delivery date for each line by replying to this e-mail?</p>")
    rows = _table_rows(P)
    th = "".join(f"<th style=\"text-align:left;padding:2px 8px\">{e(c)}</th>" for c in rows[0])
    trs = []
    for r in rows[1:]:
        trs.append("<tr>" + "".join(f"<td style=\"padding:2px 8px\">{e(c)}</td>" for c in r) + "</tr>")
    table = "<table border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse;font-size:10pt\">" \
            f"<tr>{th}</tr>" + "".join(trs) + "</table>"
    tail = (f"<p>{e(ADDRESS_LINES[0])}<br>{e(ADDRESS_LINES[1])}</p>"
            f"<p>Kind regards,<br>{e(P.buyer['name'])}<br>Purchasing<br>{BUYER_COMPANY} | +31 10 799 4120</p>")
    return f"<div style=\"font-family:Arial,sans-serif;font-size:10pt\">{intro}{table}{tail}</div>"


# --------------------------------------------------------------------------
# expected labels

def acc():
    return {"_": "accepted"}


def chg(qty=None, price=None, date=None, schedule=None):
    return {"_": "changed", "qty": qty, "price": price, "date": date, "schedule": schedule}


def rej():
    return {"_": "rejected"}


def unc():
    return {"_": "unconfirmed"}


def confirmation(P, spec):
    lines = {}
    for ln in P.lines:
        s = spec.get(ln.no)
        if s is None:
            raise ValueError(f"PO {P.number}: line {ln.no} not labelled")
        st = s["_"]
        if st == "accepted":
            lines[str(ln.no)] = {"status": "accepted", "quantity": ln.qty,
                                 "unit_price": ln.price, "date": ln.req}
        elif st == "changed":
            sched = s.get("schedule")
            qty = s.get("qty")
            date = s.get("date")
            if sched:
                sched = [{"quantity": q, "date": d} for q, d in sched]
                if qty is None:
                    qty = sum(x["quantity"] for x in sched)
                if date is None:
                    date = max(x["date"] for x in sched)
            e = {"status": "changed",
                 "quantity": ln.qty if qty is None else qty,
                 "unit_price": ln.price if s.get("price") is None else s["price"],
                 "date": ln.req if date is None else date}
            if sched:
                e["schedule"] = sched
            same = (e["quantity"] == ln.qty and Decimal(e["unit_price"]) == Decimal(ln.price)
                    and e["date"] == ln.req and not sched)
            if same:
                raise ValueError(f"PO {P.number} line {ln.no}: 'changed' equals the PO")
            lines[str(ln.no)] = e
        else:
            lines[str(ln.no)] = {"status": st}
    return {"po_number": P.number, "lines": lines}


def expected(kind, notes, *confs):
    d = {"kind": kind}
    if kind == "confirmation":
        d["confirmations"] = list(confs)
    elif confs:
        raise ValueError("confirmations only for kind confirmation")
    d["notes"] = notes
    return d


# --------------------------------------------------------------------------
# case registry

CASES = []


def case(key, kind, locale, hard):
    def deco(fn):
        CASES.append({"key": key, "kind": kind, "locale": locale, "hard": hard, "fn": fn})
        return fn
    return deco
