"""Cases C: more confirmations (incl. multi-PO, forwarded chain, HTML tables) and the needs_review set."""

from html import escape

from . import common as C
from . import mime as M
from .common import ACC, REJ, UNC, L, PO, Case, dt, sup, tz, conf, expect_conf, expect
from .pdf import PdfDoc, table

NB = "\u00a0"


def finish(key, slug, kind, locale, hard, pos, body, headers, expected):
    return Case(key, slug, kind, locale, hard, pos, M.serialize(M.build(body, headers)), expected)


# --------------------------------------------------------------------------- C01
def c01():
    s = sup("BATAMMH", "PT Batam Marine Hardware", "sales@batammarine.example", "id-ID")
    po = PO("4500021867", s, "peter", "IDR", "2026-11-24", [
        L(1, "MCL-AL-200", "Cleat, anodised aluminium, 200 mm", 200, "EA", "125000", "2026-12-16"),
        L(2, "MCL-AL-250", "Cleat, anodised aluminium, 250 mm", 150, "EA", "148000", "2026-12-16"),
    ], sent="2026-11-24 09:05")
    text = """Dengan hormat Bapak Peter,

Bersama ini kami konfirmasi PO No. 4500021867 sbb:

1. Cleat aluminium 200 mm: 200 pcs @ Rp 125.000,- kirim tgl 16 Des 2026.
2. Cleat aluminium 250 mm: 150 pcs @ Rp 152.500,- (harga baru mulai Desember), kirim tgl 16 Des 2026.

Harga belum termasuk PPN 11%.

Demikian kami sampaikan, atas perhatian dan kerjasamanya kami ucapkan terima kasih.

Hormat kami,
Rina Kusuma
Sales Admin
PT Batam Marine Hardware
Kawasan Industri Kabil Blok C No. 8, Batam 29467
Telp. (0778) 555-712
"""
    attr = "Pada tanggal Sel, 24 Nov 2026 pukul 15.05 Peter Hollis <%s> menulis:" % po.buyer_email
    body = M.gmail_reply("c01", text, po, attr)
    hs = M.reply_headers(po, M.addr("Rina Kusuma", "rina@batammarine.example"), dt("2026-11-25 10:40", tz(7)),
                         M.id_gmail("c01"), "Re: " + po.subject, host="mail-pl1-f182.google.com", ip="209.85.214.182")
    exp = expect_conf("Indonesian: 'Rp 152.500,-' uses dot thousands and ',-' for no cents; 'kirim tgl 16 Des 2026' is a "
                      "ship date only (= requested date); line 2 price raised.",
                      conf(po, {1: ACC, 2: C.C(150, "152500", "2026-12-16")}))
    return finish("c01", "id-cleats-rupiah-dash", "confirmation", "id-ID",
                  "'Rp 152.500,-' notation, Indonesian month abbreviation 'Des', ship-only date", [po], body, hs, exp)


# --------------------------------------------------------------------------- C02
def c02():
    s = sup("CARBOGRAF", "Carbograf Industrial S.R.L.", "vanzari@carbograf.example", "ro-RO")
    po = PO("4500021871", s, "dana", "RON", "2026-11-26", [
        L(1, "TPS-CARB-1000", "Pantograph carbon strip, plain carbon, 1000 mm", 60, "PCS", "820.00", "2026-12-15"),
        L(2, "TPS-CARB-1350", "Pantograph carbon strip, plain carbon, 1350 mm", 40, "PCS", "1040.00", "2026-12-15"),
    ], sent="2026-11-26 10:40")
    reply = """<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Bună ziua, doamna Ruiz,</div><div><br></div>
<div>Vă confirmăm comanda nr. 4500021871 după cum urmează:</div>
<div>poz. 1: 60 buc. x 820,00 lei, livrare 15.12.2026;</div>
<div>poz. 2: 40 buc. x 1.040,00 lei, livrare în două tranșe: 20 buc. la 15.12.2026 și 20 buc. la 12.01.2027.</div><div><br></div>
<div>Prețurile nu includ TVA.</div><div><br></div>
<div>Cu stimă,</div><div>Andreea Popescu</div><div>Departament Vânzări</div><div><strong>Carbograf Industrial S.R.L.</strong></div>
<div>Str. Fabricii nr. 7, 550234 Sibiu</div><div>Tel. +40 269 555 310</div><div><br></div>"""
    quote = ('<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>De la: </b>"Dana Ruiz" &lt;%s&gt;<br>'
             '<b>Către: </b>"vanzari" &lt;%s&gt;<br><b>Trimis: </b>Joi, 26 noiembrie 2026 11:40:12<br>'
             '<b>Subiect: </b>%s<br></div><div><br></div><div data-marker="__QUOTED_TEXT__">%s</div></div>' % (
                 po.buyer_email, s["email"], escape(po.subject), C.request_html(po)))
    html = "<html><body>%s%s</body></html>" % (reply, quote)
    body = M.text_part(html, "html", "iso-8859-16", "quoted-printable", quote_charset=False)
    hs = M.reply_headers(po, M.addr("Andreea Popescu", "andreea.popescu@carbograf.example", "iso-8859-16"),
                         dt("2026-11-27 09:15", tz(2)), M.id_simple("c02", "carbograf.example", "1412687."),
                         "Re: " + po.subject,
                         extra=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)"),
                                ("Thread-Topic", po.subject), ("Thread-Index", "AbYkBq" + M.hx("c02", 20))])
    exp = expect_conf("HTML-only Zimbra reply in ISO-8859-16 (Romanian ș/ț with comma below); line 2 split in two "
                      "tranches 20 + 20; dot thousands '1.040,00 lei'.",
                      conf(po, {1: ACC, 2: C.C(40, "1040.00", "2027-01-12", [(20, "2026-12-15"), (20, "2027-01-12")])}))
    return finish("c02", "ro-pantograph-html-only-8859-16", "confirmation", "ro-RO",
                  "HTML-only body, ISO-8859-16, split in 'tranșe'", [po], body, hs, exp)


# --------------------------------------------------------------------------- C03
def c03():
    s = sup("PCHELAR", "Pchelar Oborudvane EOOD", "prodajbi@pchelar-bg.example", "bg-BG")
    po = PO("4500021884", s, "dana", "EUR", "2026-11-19", [
        L(1, "BKF-DAD-W", "Dadant brood frame, wired, assembled", 600, "PCS", "1.05", "2026-12-14"),
        L(2, "BKF-DAD-SUP", "Dadant super frame, assembled", 400, "PCS", "0.92", "2026-12-14"),
        L(3, "BKF-WAX-DAD", "Wax foundation sheet, Dadant brood", 1000, "PCS", "0.68", "2026-12-14"),
    ], sent="2026-11-19 10:20")
    text = """Здравейте, г-жо Руис,

Потвърждаваме поръчка № 4500021884:

1. Рамки Дадан-Блат, телени - 600 бр. по 1,05 € (2,05 лв.) - доставка до 14.12.2026 г.
2. Магазинни рамки - 400 бр. по 0,92 € (1,80 лв.) - доставка до 14.12.2026 г.
3. Восъчни основи - имаме само 700 бр. на склад; доставяме 700 бр. по 0,68 € (1,33 лв.) до 14.12.2026 г. Останалите 300 бр. не можем да осигурим до края на сезона.

Цените са без ДДС. Фиксиран курс: 1 € = 1,95583 лв.

С уважение,
Иван Петров
търговски отдел
"Пчелар Оборудване" ЕООД
гр. Пловдив, бул. "Кукленско шосе" 17
тел. 032 555 214
"""
    body = M.outlook_reply("c03", text, po, charset="windows-1251", cte="base64", labels=("От:", "Изпратено:", "До:", "Тема:"),
                           sent="четвъртък, 19 ноември 2026 г. 11:20", lang="BG")
    hs = M.reply_headers(po, M.addr("Иван Петров", "ivan.petrov@pchelar-bg.example", "windows-1251"), dt("2026-11-20 14:05", tz(2)),
                         M.id_outlook("c03"), "RE: " + po.subject, extra=M.outlook_extra("c03", po.subject, "bg-BG"))
    exp = expect_conf("Bulgarian (windows-1251) with dual euro/lev prices and the fixed conversion rate 1,95583 in the "
                      "text; line 3 only 700 of 1000 (rest cannot be supplied) = changed quantity 700.",
                      conf(po, {1: ACC, 2: ACC, 3: C.C(700, "0.68", "2026-12-14")}))
    return finish("c03", "bg-beehive-frames-euro-lev-dual", "confirmation", "bg-BG",
                  "dual EUR/BGN prices and conversion rate, partial quantity, windows-1251", [po], body, hs, exp)


# --------------------------------------------------------------------------- C04
def c04():
    s = sup("JADRANOP", "Jadran Oprema d.o.o.", "prodaja@jadran-oprema.example", "hr-HR")
    po = PO("4500021893", s, "peter", "EUR", "2026-11-30", [
        L(1, "YWH-ALU-10", "Winch handle 10 in, aluminium, lock-in", 60, "EA", "42.00", "2026-12-11"),
        L(2, "YWH-FLT-10", "Winch handle 10 in, floating, composite", 30, "EA", "49.50", "2026-12-11"),
    ], sent="2026-11-30 11:20")
    text = """Poštovani gospodine Hollis,

potvrđujemo narudžbu br. 4500021893:

Stavka 1: 60 kom à 42,00 €, isporuka 11.12.2026.
Stavka 2: plutajuće ručke proizvođač je izbacio iz asortimana - nažalost ne možemo isporučiti.

Lijep pozdrav,
Ana Horvat
Prodaja
Jadran Oprema d.o.o.
Obala kneza Branimira 12, 23000 Zadar
Tel. +385 23 555 218
"""
    attr = "pon, 30. stu 2026. u 11:20 Peter Hollis <%s> napisao je:" % po.buyer_email
    body = M.gmail_reply("c04", text, po, attr)
    hs = M.reply_headers(po, M.addr("Ana Horvat", "ana.horvat@jadran-oprema.example"), dt("2026-12-01 08:45"),
                         M.id_gmail("c04"), "Re: " + po.subject, host="mail-wm1-f45.google.com", ip="209.85.128.45")
    exp = expect_conf("Croatian Gmail reply; line 1 as ordered, line 2 product discontinued = rejected.",
                      conf(po, {1: ACC, 2: REJ}))
    return finish("c04", "hr-winch-handles-line-discontinued", "confirmation", "hr-HR",
                  "one line discontinued, Croatian Gmail attribution 'stu' month", [po], body, hs, exp)


# --------------------------------------------------------------------------- C05
def c05():
    s = sup("AZOPREMA", "Čebelarstvo AŽ Oprema d.o.o.", "prodaja@az-oprema.example", "sl-SI")
    po = PO("4500021905", s, "dana", "EUR", "2026-11-26", [
        L(1, "BKF-AZ-PLOD", "AZ hive brood frame, wired", 1000, "PCS", "0.78", "2026-12-10"),
        L(2, "BKF-AZ-MED", "AZ hive honey frame, wired", 1000, "PCS", "0.74", "2026-12-10"),
        L(3, "BKF-AZ-SAT", "AZ frame with wax foundation, ready to use", 200, "PCS", "2.10", "2026-12-10"),
    ], sent="2026-11-26 08:30")
    text = """Pozdravljeni,

hvala za naročilo 4500021905. Potrjujemo:

- postavki 1 in 2: količine in rok dobave 10. 12. 2026 kot naročeno; zaradi količine vam priznamo 5 % popusta na ceno iz naročila.
- postavka 3: satnice nam dobavitelj pošlje šele sredi decembra, zato okvirje s satnicami dobavimo 18. 12. 2026, cena ostane 2,10 €.

Lep pozdrav,

Matej Kranjc
Čebelarstvo AŽ Oprema d.o.o.
Cesta v Mestni log 55, 1000 Ljubljana
T: +386 1 555 21 40
"""
    body = M.outlook_reply("c05", text, po, charset="windows-1250", labels=("Od:", "Poslano:", "Za:", "Zadeva:"),
                           sent="četrtek, 26. november 2026 08:30", lang="SL")
    hs = M.reply_headers(po, M.addr("Matej Kranjc", "matej@az-oprema.example"), dt("2026-11-27 10:50"),
                         M.id_outlook("c05"), "RE: " + po.subject, extra=M.outlook_extra("c05", po.subject, "sl-SI"))
    exp = expect_conf("Slovenian: a 5 % discount on the PO price for lines 1-2 (0.78 -> 0.741, 0.74 -> 0.703); the vague "
                      "'sredi decembra' refers to the supplier's own inbound, the committed date for line 3 is 18. 12. 2026.",
                      conf(po, {1: C.C(1000, "0.741", "2026-12-10"), 2: C.C(1000, "0.703", "2026-12-10"),
                                3: C.C(200, "2.10", "2026-12-18")}))
    return finish("c05", "sl-beehive-frames-discount-pct", "confirmation", "sl-SI",
                  "percentage discount ('5 % popusta') on two lines, vague inbound date vs firm outbound date", [po], body, hs, exp)


# --------------------------------------------------------------------------- C06
def c06():
    s = sup("VLTLAB", "UAB Vilniaus laboratorinė technika", "uzsakymai@vlt.example", "lt-LT")
    po = PO("4500021918", s, "mats", "EUR", "2026-11-24", [
        L(1, "PT-20-FLT", "Filter tips 20 uL, racked, sterile", 60, "BOX", "31.20", "2026-12-09"),
        L(2, "PT-200-FLT", "Filter tips 200 uL, racked, sterile", 60, "BOX", "31.20", "2026-12-09"),
        L(3, "PT-1250-LR", "Low-retention tips 1250 uL, racked, sterile", 40, "BOX", "44.80", "2026-12-09"),
    ], sent="2026-11-24 10:15")
    text = """Laba diena,

patvirtiname užsakymą Nr. 4500021918:

1 ir 2 eilutės - kiekiai ir kainos pagal užsakymą, pristatymas 2026-12-09.
3 eilutė - 40 dėž. po 44,80 EUR, pristatymas 2027-01-05 (gamintojo vėlavimas).

Kainos nurodytos be PVM.

Pagarbiai
Rūta Kazlauskienė
Pardavimų vadybininkė
UAB Vilniaus laboratorinė technika
Saulėtekio al. 15, LT-10224 Vilnius
Tel. +370 5 255 5120
"""
    body = M.outlook_reply("c06", text, po, charset="windows-1257", labels=("Nuo:", "Išsiųsta:", "Kam:", "Tema:"),
                           sent="2026 m. lapkričio 24 d., antradienis 11:15", lang="LT")
    hs = M.reply_headers(po, M.addr("Rūta Kazlauskienė", "ruta.k@vlt.example", "windows-1257"), dt("2026-11-25 12:30", tz(2)),
                         M.id_outlook("c06"), "RE: " + po.subject, extra=M.outlook_extra("c06", po.subject, "lt-LT"))
    exp = expect_conf("Lithuanian (windows-1257) with ISO dates; lines 1 and 2 confirmed jointly; line 3 later date.",
                      conf(po, {1: ACC, 2: ACC, 3: C.C(40, "44.80", "2027-01-05")}))
    return finish("c06", "lt-pipette-tips-iso-dates", "confirmation", "lt-LT",
                  "windows-1257, 'Nuo:/Išsiųsta:' quote header, joint answer for two lines", [po], body, hs, exp)


# --------------------------------------------------------------------------- C07
def c07():
    s = sup("LUMATRAN", "Lumatran Electric Co.", "sales@lumatran.example", "en-US")
    po = PO("4500021925", s, "dana", "USD", "2026-11-30", [
        L(1, "NST-9030", "Neon sign transformer 9 kV / 30 mA, outdoor", 80, "EA", "64.00", "2026-12-14"),
        L(2, "NST-15060", "Neon sign transformer 15 kV / 60 mA, outdoor", 100, "EA", "92.50", "2026-12-14"),
        L(3, "NST-12030", "Neon sign transformer 12 kV / 30 mA, outdoor", 50, "EA", "71.00", "2026-12-14"),
    ], sent="2026-11-30 16:40")
    top = """Dana,

See below from our plant - we're good on lines 1 and 3 as ordered. Line 2 (the 15kV/60mA units) is what Rick says: 60 pcs ship 12/11, the other 40 ship 1/8. Price stays the same.

Mike

Mike Delgado | Inside Sales
Lumatran Electric Co. | 2200 W. Fulton St, Chicago, IL 60612
O: 312-555-0183
"""
    rick = """Mike - 9030 and 12030 no problem, can ship 12/4. 15060: we only have cores for 60. I can do 60 on 12/11 and the other 40 first week of Jan, probably 1/8. Don't promise anything earlier than that.

Rick
"""
    mike1 = """Rick, can we do the below for Corvan? They want everything 12/14 in Hamburg. Quantities are bigger than usual on the 15060.

Mike
"""
    sep = "_" * 32
    chain = "\n".join([
        top, sep,
        "From: Rick Olsen <rolsen@lumatran.example>",
        "Sent: Tuesday, December 1, 2026 3:12 PM",
        "To: Mike Delgado <mdelgado@lumatran.example>",
        "Subject: RE: Corvan PO 4500021925", "", rick,
        sep,
        "From: Mike Delgado <mdelgado@lumatran.example>",
        "Sent: Tuesday, December 1, 2026 10:05 AM",
        "To: Rick Olsen <rolsen@lumatran.example>",
        "Subject: Corvan PO 4500021925", "", mike1,
        sep,
        "From: Dana Ruiz <%s>" % po.buyer_email,
        "Sent: %s" % C.en_outlook_sent(C.local(po.sent, -6)),
        "To: Sales <%s>" % s["email"],
        "Subject: %s" % po.subject, "",
        C.request_text(po)])

    def hb(frm, sent, to, subj):
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal">'
                '<b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s<o:p></o:p></p></div>'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % (escape(frm), sent, escape(to), escape(subj)))
    inner = (M.text_to_mso(top) + hb("Rick Olsen <rolsen@lumatran.example>", "Tuesday, December 1, 2026 3:12 PM",
                                     "Mike Delgado <mdelgado@lumatran.example>", "RE: Corvan PO 4500021925") +
             M.text_to_mso(rick) + hb("Mike Delgado <mdelgado@lumatran.example>", "Tuesday, December 1, 2026 10:05 AM",
                                      "Rick Olsen <rolsen@lumatran.example>", "Corvan PO 4500021925") +
             M.text_to_mso(mike1) + hb("Dana Ruiz <%s>" % po.buyer_email, C.en_outlook_sent(C.local(po.sent, -6)),
                                       "Sales <%s>" % s["email"], po.subject) + C.request_html(po))
    html = M.outlook_html_doc(inner, "us-ascii", "EN-US")
    body = M.multipart("alternative", [M.text_part(chain, "plain", "us-ascii", "quoted-printable"),
                                       M.text_part(html, "html", "us-ascii", "quoted-printable")], M.b_outlook("c07"))
    hs = M.reply_headers(po, M.addr("Mike Delgado", "mdelgado@lumatran.example"), dt("2026-12-01 16:30", tz(-6)),
                         M.id_outlook("c07", "namprd11.prod.outlook.com"), "FW: Corvan PO 4500021925",
                         in_reply_to=False, references=False, extra=M.outlook_extra("c07", "Corvan PO 4500021925", "en-US"))
    exp = expect_conf("Forward of an internal chain (no In-Reply-To): the plant's hedged 'probably 1/8' is internal; the "
                      "rep's top message is the commitment: lines 1 and 3 as ordered, line 2 ships 60 on 12/11 and 40 on "
                      "1/8 (ship dates only). The internal 'can ship 12/4' is not what was committed to us.",
                      conf(po, {1: ACC, 2: C.C(100, "92.50", "2027-01-08", [(60, "2026-12-11"), (40, "2027-01-08")]), 3: ACC}))
    return finish("c07", "en-us-neon-transformers-fwd-internal-chain", "confirmation", "en-US",
                  "forwarded internal chain, hedged plant dates vs rep's commitment, no In-Reply-To", [po], body, hs, exp)


# --------------------------------------------------------------------------- C08
def c08():
    s = sup("VIDRVOUGA", "Vidrados Cerâmicos do Vouga, Lda.", "encomendas@vidrados-vouga.example", "pt-PT")
    po_a = PO("4500021933", s, "sofia", "EUR", "2026-11-24", [
        L(1, "PG-ENG-BLU", "Engobe, cobalt blue, powder", 40, "KG", "14.20", "2026-12-15"),
        L(2, "PG-CRQ-WHT", "Crackle glaze, white, powder", 60, "KG", "9.80", "2026-12-15"),
    ], sent="2026-11-24 15:30")
    po_b = PO("4500021941", s, "sofia", "EUR", "2026-11-25", [
        L(1, "PG-TIN-WHT", "Tin-opacified majolica glaze, white, powder", 100, "KG", "11.50", "2026-12-18"),
        L(2, "PG-CEL-GRN", "Celadon glaze, green, powder", 25, "KG", "16.40", "2026-12-18"),
        L(3, "PG-RED-IRON", "Iron red glaze, powder", 25, "KG", "18.90", "2026-12-18"),
    ], sent="2026-11-25 10:00")
    text = """Cara Sofia,

Respondo às duas encomendas de uma vez:

Encomenda 4500021933 (engobe e craquelé): tudo confirmado conforme pedido, entrega a 15/12.

Encomenda 4500021941:
- vidrado branco estanífero: 100 kg, 11,50 €/kg, entrega 18/12 - ok
- celadon verde: só produzimos em lotes de 30 kg; enviamos 30 kg ao mesmo preço, entrega 18/12
- vermelho de ferro: sem matéria-prima até fevereiro. Não podemos fornecer.

Cumprimentos,
Inês Carvalho
Departamento Comercial
Vidrados Cerâmicos do Vouga, Lda.
Zona Industrial de Mourisca, 3750-555 Águeda
Tel. +351 234 555 120
"""
    body = M.outlook_reply("c08", text, po_b, charset="Windows-1252", labels=("De:", "Enviado:", "Para:", "Assunto:"),
                           sent="25 de novembro de 2026 09:00", lang="PT")
    hs = M.reply_headers(po_b, M.addr("Inês Carvalho", "ines.carvalho@vidrados-vouga.example", "iso-8859-1"),
                         dt("2026-11-26 17:20", tz(0)), M.id_outlook("c08"), "RE: " + po_b.subject,
                         extra=M.outlook_extra("c08", po_b.subject, "pt-PT"))
    exp = expect_conf("One reply (threaded on PO 4500021941) answers two POs: 4500021933 fully as ordered, 4500021941 "
                      "line by line with items named instead of numbered; celadon raised to the 30 kg batch size; iron "
                      "red rejected.",
                      conf(po_a, {1: ACC, 2: ACC}),
                      conf(po_b, {1: ACC, 2: C.C(30, "16.40", "2026-12-18"), 3: REJ}))
    return finish("c08", "pt-pottery-glazes-two-pos-one-reply", "confirmation", "pt-PT",
                  "one reply answers two POs, lines named not numbered, batch-size increase", [po_a, po_b], body, hs, exp)


# --------------------------------------------------------------------------- C09
def c09():
    s = sup("ARPASVER", "Cuerdas y Arpas Veracruzanas S.A. de C.V.", "ventas@arpasver.example", "es-MX")
    po = PO("4500021952", s, "sofia", "MXN", "2026-11-26", [
        L(1, "HS-JAR-SET", "Harp string set, jarocho harp, 32 strings, nylon", 15, "SET", "1450.00", "2026-12-16"),
        L(2, "HS-JAR-BAS", "Harp bass string, jarocho, wound, single", 60, "PCS", "85.00", "2026-12-16"),
        L(3, "HS-PAR-SET", "Harp string set, Paraguayan harp, 36 strings", 10, "SET", "1780.00", "2026-12-16"),
        L(4, "HS-TUN-KEY", "Harp tuning key, steel", 20, "PCS", "210.00", "2026-12-16"),
    ], sent="2026-11-26 10:10")
    rows = [("1", "HS-JAR-SET", "15", "$1,450.00", "16/12/2026", ""),
            ("2", "HS-JAR-BAS", "60", "$85.00", "16/12/2026", ""),
            ("3", "HS-PAR-SET", "0", "-", "-", "Sin existencia, se cancela"),
            ("4", "HS-TUN-KEY", "20", "$225.00", "16/12/2026", "Precio actualizado")]
    head = ("Partida", "Código", "Cantidad", "Precio unitario", "Fecha de entrega", "Comentarios")
    intro = "Buenos días Sofía,\n\nLe envío la confirmación de su orden de compra 4500021952:\n"
    outro = ("\nPrecios en moneda nacional (MXN), no incluyen IVA.\n\nSaludos cordiales,\n\nLuis Hernández\nVentas\n"
             "Cuerdas y Arpas Veracruzanas S.A. de C.V.\nAv. Díaz Mirón 2450, Col. Centro, 91700 Veracruz, Ver.\n"
             "Tel. 229 555 1420\n")
    plain = intro + "\n" + "\n".join("\t".join(r) for r in [head] + rows) + "\n" + outro
    tbl = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">'
           + "".join("<tr>" + "".join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">%s%s%s</p></td>' % (
               "<b>" if i == 0 else "", escape(c), "</b>" if i == 0 else "") for c in r) + "</tr>"
                     for i, r in enumerate([head] + rows)) + "</table>")
    rh = M.text_to_mso(intro) + tbl + M.text_to_mso(outro)
    body = M.outlook_reply("c09", plain, po, charset="utf-8", labels=("De:", "Enviado el:", "Para:", "Asunto:"),
                           sent="jueves, 26 de noviembre de 2026 03:10 a. m.", lang="ES-MX", reply_html=rh)
    hs = M.reply_headers(po, M.addr("Luis Hernández", "lhernandez@arpasver.example"), dt("2026-11-26 12:45", tz(-6)),
                         M.id_outlook("c09", "namprd19.prod.outlook.com"), "RE: " + po.subject,
                         extra=M.outlook_extra("c09", po.subject, "es-MX"))
    exp = expect_conf("Answer is a table (HTML table / tab-separated in plain text) with 'Partida' rows; Mexican number "
                      "format ($1,450.00, point decimal) but day-first dates; line 3 quantity 0 'se cancela' = rejected; "
                      "line 4 price updated.",
                      conf(po, {1: ACC, 2: ACC, 3: REJ, 4: C.C(20, "225.00", "2026-12-16")}))
    return finish("c09", "es-mx-harp-strings-html-table", "confirmation", "es-MX",
                  "answer as a table, quantity 0 means cancel, '$' = MXN with point decimal", [po], body, hs, exp)


# --------------------------------------------------------------------------- C10
def c10():
    s = sup("LVIVSTRUM", "TOV Lvivski Strumoznimachi", "zbut@lviv-strum.example", "uk-UA")
    po = PO("4500021966", s, "peter", "UAH", "2026-11-26", [
        L(1, "TPS-CU-1100", "Pantograph contact strip, copper-impregnated carbon, 1100 mm", 80, "PCS", "5400.00", "2026-12-18"),
        L(2, "TPS-MNT-KIT", "Mounting kit for contact strip, stainless", 80, "SET", "620.00", "2026-12-18"),
    ], sent="2026-11-26 09:55")
    text = """Доброго дня, пане Пітере!

Підтверджуємо замовлення N 4500021966:

поз. 1 - 80 шт. по 5 400,00 грн, поставка 18.12.2026;
поз. 2 - 80 компл. по 620,00 грн, поставка 18.12.2026.

Через можливі відключення електроенергії можливий зсув відвантаження на 1-2 дні, про що повідомимо додатково.

З повагою,
Оксана Мельник
менеджер з продажу
ТОВ "Львівські струмознімачі"
79000, м. Львів, вул. Промислова, 52
тел. +380 32 255 51 20
"""
    t = text + "\n26.11.26 10:55, Peter Hollis пише:\n" + M.gt_quote(C.request_text(po))
    body = M.text_part(t, "plain", "KOI8-U", "quoted-printable", flowed=True, quote_charset=False)
    hs = M.reply_headers(po, M.addr("Оксана Мельник", "o.melnyk@lviv-strum.example", "koi8-u"), dt("2026-11-27 11:30", tz(2)),
                         M.id_uuid("c10", "lviv-strum.example"), "Re: " + po.subject,
                         extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "uk")])
    exp = expect_conf("Ukrainian (KOI8-U, quoted-printable): both lines confirmed as ordered; the caveat about a possible "
                      "1-2 day shift due to power cuts does not withdraw the commitment.",
                      conf(po, {1: ACC, 2: ACC}))
    return finish("c10", "uk-pantograph-strips-koi8u-caveat", "confirmation", "uk-UA",
                  "KOI8-U, firm dates with a 'possible shift' caveat", [po], body, hs, exp)


# =========================================================================== needs_review
def c11():
    s = sup("DAEHANNEON", "Daehan Neon Transformer Co., Ltd.", "export@daehan-neon.example", "ko-KR")
    po = PO("4500021974", s, "dana", "KRW", "2026-11-26", [
        L(1, "NST-10030-K", "Neon sign transformer 10 kV / 30 mA, indoor", 60, "EA", "78000", "2026-12-18"),
        L(2, "NST-15030-K", "Neon sign transformer 15 kV / 30 mA, indoor", 40, "EA", "96000", "2026-12-18"),
    ], sent="2026-11-26 10:10")
    text = """Dana Ruiz 님,

안녕하세요. 대한네온변압기 해외영업부 박준호입니다.

발주서 4500021974 잘 받았습니다. 진행 전에 한 가지 확인 부탁드립니다.
발주서에는 입력 전압이 표기되어 있지 않은데, 유럽 납품용 230V/50Hz 사양으로 제작하면 될까요? 아니면 기존처럼 220V/60Hz 사양인가요?
사양에 따라 단가와 납기가 달라지므로, 확인해 주시면 바로 최종 회신드리겠습니다.

참고로 230V 사양은 12월 18일 납기가 빠듯합니다.

감사합니다.
박준호 드림
대한네온변압기(주) 해외영업부
경기도 안산시 단원구 산단로 163
Tel. +82-31-555-7120
"""
    body = M.outlook_reply("c11", text, po, charset="euc-kr", cte="base64",
                           labels=("보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:"),
                           sent="2026년 11월 26일 목요일 오후 6:10", lang="KO")
    hs = M.reply_headers(po, M.addr("박준호", "jh.park@daehan-neon.example", "euc-kr"), dt("2026-11-27 09:30", tz(9)),
                         M.id_outlook("c11", "kornprd01.prod.outlook.com"), "RE: " + po.subject,
                         extra=M.outlook_extra("c11", po.subject, "ko-KR"))
    exp = expect("needs_review", "Korean (EUC-KR): the supplier asks which input voltage to build before confirming; "
                                 "the mention of 12월 18일 is a warning, not a commitment.")
    return finish("c11", "ko-neon-transformers-voltage-question", "needs_review", "ko-KR",
                  "question about specification before confirming; date mentioned only as a risk", [po], body, hs, exp)


def c12():
    s = sup("LAKEHARP", "Lakeshore Harp Strings LLC", "orders@lakeshoreharp.example", "en-US")
    po = PO("4500021988", s, "sofia", "USD", "2026-11-25", [
        L(1, "HS-PED-SET", "Pedal harp string set, full, gut/nylon/wire", 4, "SET", "685.00", "2026-12-15"),
        L(2, "HS-LEV-SET", "Lever harp string set, 34 strings, nylon", 12, "SET", "189.00", "2026-12-15"),
    ], sent="2026-11-25 16:05")
    text = """Hi Sofia,

Thanks for the PO. We can hold these prices and ship by 12/11 only if you bump the lever sets to a full case of 20 and agree to prepay freight (we stopped offering DAP in October - it would have to be EXW Chicago or freight prepaid and added).

If you want to stay at 12 lever sets, pricing goes to our standard $205.00/set and we'd ship 12/18.

Let me know which way you'd like to go and I'll send the formal acknowledgment.

Best,
Jenna

Jenna Morales
Order Desk | Lakeshore Harp Strings LLC
4410 N. Ravenswood Ave, Chicago, IL 60640
(773) 555-0162
"""
    attr = C.en_gmail_attr(C.local(po.sent, -6), po.buyer_name, po.buyer_email)
    body = M.gmail_reply("c12", text, po, attr)
    hs = M.reply_headers(po, M.addr("Jenna Morales", "jenna@lakeshoreharp.example"), dt("2026-11-25 13:40", tz(-6)),
                         M.id_gmail("c12"), "Re: " + po.subject, host="mail-io1-f52.google.com", ip="209.85.166.52")
    exp = expect("needs_review", "Conditional offer with two alternatives (bigger quantity + prepaid freight, or higher "
                                 "price and later date); nothing is committed until the buyer chooses.")
    return finish("c12", "en-us-harp-strings-conditional-two-options", "needs_review", "en-US",
                  "conditional offer with two alternatives, formal acknowledgment promised later", [po], body, hs, exp)


def c13():
    s = sup("PENANGLAB", "Penang Lab Consumables Sdn. Bhd.", "sales@penanglab.example", "en-MY")
    po = PO("4500021995", s, "mats", "MYR", "2026-11-30", [
        L(1, "PT-10-RK", "Pipette tips 10 uL, racked, sterile", 100, "BOX", "28.50", "2026-12-16"),
        L(2, "PT-200-BK", "Pipette tips 200 uL, bulk 1000/bag", 80, "PK", "24.00", "2026-12-16"),
        L(3, "PT-1000-RK", "Pipette tips 1000 uL, racked, sterile", 100, "BOX", "33.90", "2026-12-16"),
    ], sent="2026-11-30 09:50")
    text = """Hi Mats,

Noted with thanks on your PO 4500021995.

Currently our production team is checking the resin stock for the 10 uL and 1000 uL racked tips. Will revert to you by this Friday (4/12) on the delivery schedule and confirm the pricing accordingly.

Sorry for the inconvenience caused.

Thanks & Regards,
Tan Wei Ling
Sales Coordinator
Penang Lab Consumables Sdn. Bhd.
Plot 88, Bayan Lepas Industrial Zone Phase 4, 11900 Penang, Malaysia
Tel: +604-555 7120
"""
    body = M.outlook_reply("c13", text, po, charset="us-ascii", cte="7bit",
                           sent=C.en_gb_outlook_sent(C.local(po.sent, 8)), lang="EN-MY")
    hs = M.reply_headers(po, M.addr("Tan Wei Ling", "weiling.tan@penanglab.example"), dt("2026-12-01 10:12", tz(8)),
                         M.id_outlook("c13", "apcprd06.prod.outlook.com"), "RE: " + po.subject,
                         extra=M.outlook_extra("c13", po.subject, "en-MY"))
    exp = expect("needs_review", "'Noted with thanks ... will revert by this Friday (4/12)': acknowledges receipt only; "
                                 "4/12 is the promised answer date (day-first), not a delivery date.")
    return finish("c13", "en-my-pipette-tips-will-revert", "needs_review", "en-MY",
                  "'noted with thanks, will revert by Friday (4/12)' - a date that is not a delivery date", [po], body, hs, exp)


def c14():
    s = sup("SAARISTO", "Saariston Venevaruste Oy", "myynti@saaristovene.example", "fi-FI")
    po = PO("4500022003", s, "peter", "EUR", "2026-11-26", [
        L(1, "MCL-AL-150-FI", "Folding cleat, aluminium, 150 mm", 100, "EA", "18.40", "2026-12-17"),
        L(2, "MCL-AL-200-FI", "Folding cleat, aluminium, 200 mm", 60, "EA", "23.90", "2026-12-17"),
    ], sent="2026-11-26 11:10")
    text = """Hei Peter,

kiitos tilauksesta. Valimomme on tällä hetkellä ylikuormitettu, joten toimitus olisi arviolta joskus tammikuun puolivälissä, ehkä viikolla 3. Tarkempaa päivää en valitettavasti pysty vielä lupaamaan - palaan asiaan heti, kun saan valimolta vahvistuksen.

Ystävällisin terveisin
Mikko Laine
Myyntipäällikkö
Saariston Venevaruste Oy
Satamakatu 8, 20100 Turku
puh. 040 555 3120
"""
    body = M.outlook_reply("c14", text, po, charset="iso-8859-15", labels=("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:"),
                           sent="torstai 26. marraskuuta 2026 12.10", lang="FI")
    hs = M.reply_headers(po, M.addr("Mikko Laine", "mikko.laine@saaristovene.example"), dt("2026-11-27 14:25", tz(2)),
                         M.id_outlook("c14"), "VS: " + po.subject, extra=M.outlook_extra("c14", po.subject, "fi-FI"))
    exp = expect("needs_review", "Finnish vague estimate ('arviolta ... ehkä viikolla 3') and explicitly no promise yet "
                                 "('en pysty vielä lupaamaan'); a week number appears but is not a commitment.")
    return finish("c14", "fi-cleats-vague-estimate-week", "needs_review", "fi-FI",
                  "vague estimate 'maybe week 3' explicitly not promised", [po], body, hs, exp)


def c15():
    s = sup("WESTKAS", "Westland Kasbevestiging B.V.", "orders@westlandkas.example", "nl-NL")
    po = PO("4500022017", s, "aylin", "EUR", "2026-11-25", [
        L(1, "GFC-CL-25", "Greenhouse film clip, 25 mm tube", 8000, "PCS", "0.072", "2026-12-11"),
        L(2, "GFC-CL-32", "Greenhouse film clip, 32 mm tube", 5000, "PCS", "0.081", "2026-12-11"),
        L(3, "GFC-AR-BOW", "Anti-rip bow clip, 40 mm", 2000, "PCS", "0.19", "2026-12-11"),
    ], sent="2026-11-25 13:30")
    text = """Goedemorgen Aylin,

Hierbij bevestigen wij uw order 4500022017 volledig conform uw bestelling. De orderbevestiging vindt u in de bijlage.

Met vriendelijke groet,

Ruud Verbeek
Binnendienst
Westland Kasbevestiging B.V. | Middel Broekweg 22 | 2675 KB Honselersdijk
T 0174 55 21 90
"""
    doc = PdfDoc(title="Orderbevestiging 24-11873", author="Westland Kasbevestiging B.V.", creator="Exact Globe",
                 producer="Exact Globe+ PDF", created="20261126081000+01'00'")
    doc.text(50, 800, "Westland Kasbevestiging B.V.", 14, True)
    doc.text(50, 786, "Middel Broekweg 22 - 2675 KB Honselersdijk - KvK 27155120 - BTW NL815551203B01", 8)
    doc.lines(330, 750, ["Corvan Industrial Sourcing GmbH", "t.a.v. Aylin Demir", "Hafenstrasse 41", "21079 Hamburg", "Duitsland"], 10)
    doc.text(50, 680, "ORDERBEVESTIGING 24-11873", 12, True)
    doc.lines(50, 664, ["Datum: 26-11-2026", "Uw ordernummer: 4500022017", "Leveringsconditie: DAP Hamburg"], 9)
    cols = [50, 80, 160, 370, 420, 450, 510]
    y = table(doc, cols, 610, ["Regel", "Artikel", "Omschrijving", "Aantal", "Eenh.", "Prijs", "Leverdatum"], [
        ["1", "GFC-CL-25", "Folieclip voor buis 25 mm", "8.000", "ST", "€ 0,072", "11-12-2026"],
        ["2", "GFC-CL-32", "Folieclip voor buis 32 mm", "3.000", "ST", "€ 0,081", "08-01-2027"],
        ["3", "GFC-AR-BOW", "Anti-scheur boogclip 40 mm", "2.000", "ST", "€ 0,19", "11-12-2026"],
    ], size=8.5, right_cols=(3, 5))
    doc.lines(50, y - 20, ["Op al onze leveringen zijn de Plantarama-voorwaarden van toepassing."], 8)
    pdf = doc.build()
    att = M.attachment(pdf, "application/pdf", "Orderbevestiging 24-11873.pdf", outlook=True)
    body = M.outlook_reply("c15", text, po, charset="Windows-1252", labels=("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
                           sent="woensdag 25 november 2026 13:30", lang="NL", attachments=[att])
    hs = M.reply_headers(po, M.addr("Ruud Verbeek", "ruud@westlandkas.example"), dt("2026-11-26 08:20"),
                         M.id_outlook("c15"), "RE: " + po.subject, extra=M.outlook_extra("c15", po.subject, "nl-NL", True))
    exp = expect("needs_review", "Contradiction: the body says 'volledig conform uw bestelling' but the attached "
                                 "orderbevestiging shows line 2 with 3.000 instead of 5.000 and delivery 08-01-2027. A "
                                 "human must ask which one holds.")
    return finish("c15", "nl-greenhouse-clips-body-vs-pdf-conflict", "needs_review", "nl-NL",
                  "body says 'fully as ordered', attached PDF deviates on line 2", [po], body, hs, exp)


def c16():
    s = sup("HERTELNAD", "Schwäbische Nadelfabrik Hertel GmbH", "vertrieb@hertel-nadeln.example", "de-DE")
    po = PO("4500022025", s, "mats", "EUR", "2026-11-30", [
        L(1, "ISN-DBX1-80-DE", "Industrial needle DBx1 SES, Nm 80", 10000, "PCS", "0.21", "2026-12-14"),
        L(2, "ISN-134R-100", "Industrial needle 134 R, Nm 100", 5000, "PCS", "0.24", "2026-12-14"),
        L(3, "ISN-MR41-90", "Needle MR 4.1 (multi-needle chain stitch), Nm 90", 3000, "PCS", "0.38", "2026-12-14"),
    ], sent="2026-11-30 08:40")
    text = """Guten Tag Herr Lindqvist,

vielen Dank für Ihre Bestellung 4500022025, die wir dankend erhalten haben.

Aufgrund der aktuellen Umstellung unserer Härterei können wir Ihnen die Liefertermine erst nach unserer Produktionsplanung in KW 49 bestätigen. Sie erhalten unsere Auftragsbestätigung dann bis spätestens Freitag, 04.12.2026.

Mit freundlichen Grüßen

Sabine Wörner
Vertriebsinnendienst

Schwäbische Nadelfabrik Hertel GmbH
Nadelstraße 3 · 72458 Albstadt
Telefon +49 7431 555-230
"""
    body = M.outlook_reply("c16", text, po, charset="iso-8859-15", labels=("Von:", "Gesendet:", "An:", "Betreff:"),
                           sent=C.de_outlook_sent(po.sent), lang="DE")
    hs = M.reply_headers(po, M.addr("Sabine Wörner", "s.woerner@hertel-nadeln.example", "iso-8859-15"), dt("2026-11-30 15:05"),
                         M.id_outlook("c16"), "AW: " + po.subject, extra=M.outlook_extra("c16", po.subject, "de-DE"))
    exp = expect("needs_review", "Receipt only; dates will be confirmed after planning in KW 49, acknowledgment promised "
                                 "by Friday 04.12.2026 - both are dates of the future answer, not delivery commitments.")
    return finish("c16", "de-sewing-needles-ab-folgt-kw49", "needs_review", "de-DE",
                  "commitment only for later; 'KW 49' and '04.12.2026' are not delivery dates", [po], body, hs, exp)


def c17():
    s = sup("KHALEEJ", "Khaleej Marine Equipment LLC", "sales@khaleej-marine.example", "ar-AE")
    po = PO("4500022031", s, "peter", "AED", "2026-11-26", [
        L(1, "YWH-LOCK-8", "Winch handle 8 in, lock-in, aluminium", 50, "EA", "145.00", "2026-12-16"),
        L(2, "YWH-DBL-10", "Winch handle 10 in, double grip", 30, "EA", "210.00", "2026-12-16"),
    ], sent="2026-11-26 10:25")
    text = """السيد بيتر المحترم،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم 4500022031. قبل التأكيد نرجو توضيح ما يلي:
- البند 1: هل المطلوب مقبض 8 بوصة بقفل (Lock-in) أم بدون قفل؟ الكود المذكور في أمر الشراء يخص الموديل القديم.
- البند 2: هل اللون المطلوب فضي أم أسود؟

بعد استلام ردكم سنرسل التأكيد بالكميات والأسعار وموعد التسليم.

مع خالص التحيات،
أحمد الحمادي
قسم المبيعات
خليج للمعدات البحرية ذ.م.م
دبي، الإمارات العربية المتحدة
هاتف: 5553120 4 971+
"""
    rh = "\n".join('<p class="MsoNormal" dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed">%s<o:p></o:p></p>' % (
        escape(l) if l.strip() else "&nbsp;") for l in text.split("\n"))
    body = M.outlook_reply("c17", text, po, charset="windows-1256", cte="base64",
                           labels=("من:", "تم الإرسال:", "إلى:", "الموضوع:"), sent="الخميس، 26 نوفمبر، 2026 01:25 م",
                           lang="AR-SA", reply_html=rh, dir_rtl=True)
    hs = M.reply_headers(po, M.addr("أحمد الحمادي", "ahmed@khaleej-marine.example", "windows-1256"), dt("2026-11-30 10:40", tz(4)),
                         M.id_outlook("c17"), M.hdr("رد: " + po.subject, "windows-1256"),
                         extra=M.outlook_extra("c17", po.subject, "ar-AE"))
    exp = expect("needs_review", "Arabic right-to-left (windows-1256): two clarification questions (lock-in or not, "
                                 "colour) before any confirmation.")
    return finish("c17", "ar-winch-handles-clarification-rtl", "needs_review", "ar-AE",
                  "Arabic RTL, questions per line before confirming, windows-1256", [po], body, hs, exp)


def c18():
    s = sup("ZBHUAXIN", "Zibo Huaxin Refractory Co., Ltd.", "export@zbhuaxin.example", "zh-CN")
    po = PO("4500022046", s, "dana", "CNY", "2026-11-27", [
        L(1, "KS-SIC-CN-500", "Kiln shelf, recrystallised SiC, 500x500x10 mm", 40, "PCS", "265.00", "2026-12-21"),
        L(2, "KS-SIC-CN-400", "Kiln shelf, recrystallised SiC, 400x400x8 mm", 30, "PCS", "178.00", "2026-12-21"),
    ], sent="2026-11-27 09:05")
    text = """Dana 您好，

感谢您的订单 4500022046。

我们的碳化硅棚板最小起订量为每个规格100片。如果两个规格都按100片下单，可以维持订单单价（265元和178元），交期12月25日出厂。
如果维持40片和30片，单价需要上调15%，交期要到1月中旬。

请确认按哪种方案执行，收到您的确认后我们再发正式的订单确认书（PI）。

刘洋 Leo Liu
淄博华鑫耐火材料有限公司 外贸部
Tel/WeChat: +86 139 5330 5120
"""
    q = "\n \nFrom: Dana Ruiz\nDate: 2026-11-27 16:05\nTo: export\nSubject: %s\n" % po.subject
    plain = text + q + C.request_text(po)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"></head><body>'
            '<div>%s</div><div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
            '<div><b>From:</b>&nbsp;Dana Ruiz</div><div><b>Date:</b>&nbsp;2026-11-27&nbsp;16:05</div><div><b>To:</b>&nbsp;export</div>'
            '<div><b>Subject:</b>&nbsp;%s</div></div></div><div>%s</div></body></html>' % (
                "<br>".join(escape(l) for l in text.split("\n")), escape(po.subject), C.request_html(po)))
    body = M.multipart("alternative", [M.text_part(plain, "plain", "GBK", "base64"), M.text_part(html, "html", "GBK", "base64")],
                       M.b_plain("c18", "----=_001_NextPart"), preamble="This is a multi-part message in MIME format.")
    hs = M.reply_headers(po, M.addr("刘洋 Leo Liu", "leo.liu@zbhuaxin.example", "gbk"), dt("2026-11-30 09:48", tz(8)),
                         "<%s@zbhuaxin.example>" % ("2026113009480" + M.hx("c18", 12)), "Re: " + po.subject,
                         extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]"), ("X-Priority", "3")])
    exp = expect("needs_review", "Chinese (GBK): minimum order quantity 100 per size; two options (raise quantity and "
                                 "keep price with ex-works 12月25日, or +15% and mid-January); PI only after our choice.")
    return finish("c18", "zh-cn-kiln-shelves-moq-two-options", "needs_review", "zh-CN",
                  "MOQ condition with two priced options, Foxmail quote, GBK", [po], body, hs, exp)


def c19():
    s = sup("VITIPEN", "Subministraments Vitícoles del Penedès, S.L.", "comandes@vitipenedes.example", "ca-ES")
    po = PO("4500022058", s, "aylin", "EUR", "2026-11-25", [
        L(1, "VWT-WGR-M", "Wire tensioner, wedge-grip type, medium", 3000, "PCS", "0.71", "2026-12-18"),
        L(2, "VWT-WGR-L", "Wire tensioner, wedge-grip type, large", 1500, "PCS", "0.86", "2026-12-18"),
    ], sent="2026-11-25 11:30")
    text = """Bon dia, Aylin,

Gràcies per la comanda 4500022058.

Els tensors de falca del fabricant que demaneu estan exhaurits fins al març. Us podem servir el model equivalent de la marca Tensat (mateixes mides, acer galvanitzat) al mateix preu, amb lliurament el 18 de des.

Ens confirmeu si us va bé el model alternatiu? Sense la vostra conformitat no podem enviar la mercaderia.

Salutacions,

Jordi Puig i Ferrer
Subministraments Vitícoles del Penedès, S.L.
Carretera de Sant Sadurní, km 2,3 · 08720 Vilafranca del Penedès
Tel. 938 55 12 40
"""
    t = text + "\nEl 25/11/26 a les 11:30, Aylin Demir ha escrit:\n" + M.gt_quote(C.request_text(po))
    body = M.text_part(t, "plain", "ISO-8859-15", "quoted-printable", flowed=True, quote_charset=False)
    hs = M.reply_headers(po, M.addr("Jordi Puig i Ferrer", "jordi.puig@vitipenedes.example"), dt("2026-11-26 10:02"),
                         M.id_uuid("c19", "vitipenedes.example"), "Re: " + po.subject,
                         extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ca")])
    exp = expect("needs_review", "Catalan: ordered items out of stock; offers a substitute brand at the same price for "
                                 "'18 de des.' but explicitly needs our approval first - a conditional offer.")
    return finish("c19", "ca-vine-tensioners-substitute-needs-ok", "needs_review", "ca-ES",
                  "substitute product offered with a date, but only if we approve", [po], body, hs, exp)


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19]
