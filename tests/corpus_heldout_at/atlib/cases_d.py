"""Cases 053-070."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as Dm

from .common import (ACC, CHG, REJ, UNC, PO, Out, Request, all_acc, at, case, conf, supplier, mime, mso, h,
                     outlook_reply, gmail_reply, apple_reply, tb_reply, prefix, outlook_quote_text,
                     outlook_quote_html, outlook_doc, simple_doc, std_headers, outlook_extra, alt, mixed,
                     bnd_outlook, bnd_gmail, bnd_next, bnd_apple, mid_outlook, mid_gmail, mid_apple, mid_tb,
                     hx, HX, received, kw_fri, divs, OUTLOOK_LABELS, gmail_attr_en)
from . import pdf, xlsx


# ---------------------------------------------------------------------------
@case("thermal-rolls-exchange-unzustellbar", "bounce/de-DE",
      "German on-premises Exchange NDR ('Unzustellbar', 5.7.1 not authorized) from the supplier's server, with the original request attached as message/rfc822.")
def c053():
    sup = supplier("TRS-0716", "Thermorollen Sachsen GmbH", "bestellung@thermorollen-sachsen.example", "de-DE")
    po = PO("4500193340", sup, "dana", "EUR", "2026-11-23", [
        ("TRS-8080-12PF", "Thermal paper roll 80 mm x 80 m, core 12 mm, phenol-free", 2400, "ROL", "0.98", "2026-12-16"),
        ("TRS-5740-12", "Thermal paper roll 57 mm x 40 m, core 12 mm", 4000, "ROL", "0.39", "2026-12-16"),
    ], req_time=at("2026-11-23 09:41:02", 1))
    req = Request(po)
    orig = req.eml()
    when = at("2026-11-23 09:41:26", 1)
    rcpt = sup["email"]
    text = ("Die Nachricht hat einige oder alle Empfänger nicht erreicht.\n\n"
            "Betreff:\t%s\nGesendet:\t23.11.2026 09:41\n\n"
            "Folgende(r) Empfänger konnte(n) nicht erreicht werden:\n\n"
            "      Bestellung Thermorollen am 23.11.2026 09:41\n"
            "            Sie sind nicht berechtigt, Nachrichten an diesen Empfänger zu senden. Wenden Sie sich an "
            "Ihren Systemadministrator, wenn Sie Hilfe benötigen.\n"
            "            <EXCH02.thermorollen-sachsen.local #550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##>\n\n"
            "Diagnoseinformationen für Administratoren:\n\n"
            "Generierender Server: EXCH02.thermorollen-sachsen.local\n"
            "%s\n#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##\n" % (req.subject, rcpt))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            '<p><b><font color="#000066" size="3" face="Arial">Die Nachricht hat einige oder alle Empfänger nicht '
            'erreicht.</font></b></p>\n<font size="2" face="Tahoma"><table><tr><td>Betreff:</td><td>%s</td></tr>'
            '<tr><td>Gesendet:</td><td>23.11.2026 09:41</td></tr></table>\n<p>Folgende(r) Empfänger konnte(n) '
            'nicht erreicht werden:</p>\n<table><tr><td><font color="#0000FF">Bestellung Thermorollen</font> am '
            '23.11.2026 09:41</td></tr><tr><td>&nbsp;&nbsp;&nbsp;&nbsp;Sie sind nicht berechtigt, Nachrichten an '
            'diesen Empfänger zu senden. Wenden Sie sich an Ihren Systemadministrator, wenn Sie Hilfe benötigen.<br>'
            '&nbsp;&nbsp;&nbsp;&nbsp;&lt;EXCH02.thermorollen-sachsen.local #550 5.7.1 RESOLVER.RST.NotAuthorized; '
            'not authorized ##&gt;</td></tr></table></font>\n</body></html>\n' % h(req.subject))
    ds = ("Reporting-MTA: dns;EXCH02.thermorollen-sachsen.local\n"
          "Received-From-MTA: dns;mailgw.thermorollen-sachsen.example\n"
          "Arrival-Date: Mon, 23 Nov 2026 08:41:19 +0000\n\n"
          "Original-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.7.1\n"
          "X-Display-Name: Bestellung Thermorollen\n" % (rcpt, rcpt))
    seed = "c053"
    inner = alt(mime.text(text, "plain", "utf-8", "quoted-printable"),
                mime.text(html, "html", "utf-8", "quoted-printable"), "_000_" + HX(seed + "a", 30) + "_")
    rep = mime.multipart("report", [inner, mime.delivery_status(ds), mime.rfc822(orig)], "_004_" + HX(seed, 30) + "_",
                         params="; report-type=delivery-status")
    hdrs = [("Return-Path", "<>"),
            received(when, "mailgw.thermorollen-sachsen.example", "203.0.113.118", seed=seed,
                     rcpt="dana.ruiz@buyer.example"),
            ("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@thermorollen-sachsen.example>"),
            ("To", "<dana.ruiz@buyer.example>"), ("Date", mime.date(when)),
            ("Subject", "Unzustellbar: " + req.subject),
            ("Message-ID", "<%s@EXCH02.thermorollen-sachsen.local>" % hx(seed, 32)),
            ("In-Reply-To", po.rid), ("References", po.rid), ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0")]
    eml = mime.message(hdrs, rep)
    return Out([po.json()], eml, "bounce",
               "German Exchange NDR (Status 5.7.1, the order mailbox does not accept external senders); the only order data are in the returned original.")


# ---------------------------------------------------------------------------
@case("xray-film-price-per-sheet", "confirmation/ru-RU",
      "Russian reply quoting per sheet ('0,89 EUR за лист') and in sheets (3 000 листов) for a PO in boxes of 100; one converted price is higher.")
def c054():
    sup = supplier("MRG-0509", "OOO Medrentgen", "zakaz@medrentgen.example", "ru-RU")
    po = PO("4500193455", sup, "priya", "EUR", "2026-11-23", [
        ("MR-XF3543-G", "X-ray film 35x43 cm, green-sensitive, box of 100 sheets", 30, "BOX", "89.00", "2026-12-18"),
        ("MR-XF1824-B", "X-ray film 18x24 cm, blue-sensitive, box of 100 sheets", 20, "BOX", "31.00", "2026-12-18"),
        ("MR-CAS3543", "X-ray cassette 35x43 cm with intensifying screen", 4, "EA", "145.00", "2026-12-18"),
    ], req_time=at("2026-11-23 11:00:00", 1))
    req = Request(po)
    assert Dm("0.89") * 100 == Dm("89.00") and Dm("0.33") * 100 == Dm("33.00")
    body = ("Здравствуйте, Прия!\n\n"
            "Подтверждаем Ваш заказ № 4500193455:\n\n"
            "1. Плёнка 35х43 зеленочувствительная - 3 000 листов (30 упаковок по 100 листов), цена 0,89 EUR за лист.\n"
            "2. Плёнка 18х24 синечувствительная - 2 000 листов (20 упаковок по 100 листов), цена 0,33 EUR за лист.\n"
            "3. Кассета 35х43 с усиливающим экраном - 4 шт., 145,00 EUR/шт.\n\n"
            "Срок поставки по всем позициям - 18 декабря 2026 г.")
    sig = ("С уважением,\nМарина Соколова\nотдел продаж\nООО \"Медрентген\"\n"
           "194044, Санкт-Петербург, Б. Сампсониевский пр., д. 60\nтел. +7 (812) 555-12-34")
    eml = outlook_reply(po, req, frm="Марина Соколова", email="m.sokolova@medrentgen.example",
                        when=at("2026-11-24 10:26:31", 3), body=body, sig=sig, lang="ru", olang="ru-RU",
                        charset="windows-1251", cte="base64", sent="23 ноября 2026 г. 13:00")
    return Out([po.json()], eml, "confirmation",
               "Sheets convert to boxes of 100: 0,89 EUR/sheet = 89.00 per box (as ordered), 0,33 EUR/sheet = 33.00 per box (changed from 31.00); 18 December 2026 as requested.",
               [conf(po, {1: ACC, 2: CHG(20, "33.00", "2026-12-18"), 3: ACC})])


# ---------------------------------------------------------------------------
@case("motors-ukrainian-two-lots", "confirmation/uk-UA",
      "Ukrainian Gmail reply: line 1 delivered in two lots (6 + 4), line 2 a week earlier than requested.")
def c055():
    sup = supplier("DEM-0921", "TOV Dniproelektromotor", "zbut@dniproem.example", "uk-UA")
    po = PO("4500193560", sup, "lena", "EUR", "2026-11-23", [
        ("DE-AIR132M4", "Induction motor AIR132M4, 11 kW, 1500 rpm, IM1081", 10, "EA", "455.00", "2026-12-18"),
        ("DE-AIR100L4", "Induction motor AIR100L4, 4 kW, 1500 rpm, IM3081", 6, "EA", "198.00", "2026-12-18"),
    ], req_time=at("2026-11-23 14:30:00", 1))
    req = Request(po)
    body = ("Добрий день, пані Гофман!\n\n"
            "Підтверджуємо замовлення 4500193560:\n\n"
            "Поз. 1 - АІР132М4, 11 кВт: 10 шт. по 455,00 EUR. Поставка двома партіями: 6 шт. - 11.12.2026, "
            "4 шт. - 22.12.2026.\n"
            "Поз. 2 - АІР100L4, 4 кВт: 6 шт. по 198,00 EUR, поставка 11.12.2026.\n\n"
            "Дякуємо за співпрацю!")
    sig = ("З повагою,\nДмитро Бондаренко\nвідділ збуту\nТОВ \"Дніпроелектромотор\"\n"
           "м. Дніпро, вул. Криворізька, 22\nтел. +380 56 789 12 34")
    eml = gmail_reply(po, req, frm="Дмитро Бондаренко", email="d.bondarenko@dniproem.example",
                      when=at("2026-11-24 12:15:09", 2), body=body, sig=sig, cte="base64",
                      attribution="пн, 23 лист. 2026 р. о 15:30 Lena Hoffmann <lena.hoffmann@buyer.example> пише:")
    return Out([po.json()], eml, "confirmation",
               "Line 1: 6 pcs on 2026-12-11 and 4 pcs on 2026-12-22 (schedule, last date counts); line 2 delivered 2026-12-11, earlier than the requested 2026-12-18, so changed.",
               [conf(po, {1: CHG(10, "455.00", "2026-12-22", [(6, "2026-12-11"), (4, "2026-12-22")]),
                          2: CHG(6, "198.00", "2026-12-11")})])


# ---------------------------------------------------------------------------
@case("cooling-tower-greek-gearbox-pending", "confirmation/el-GR",
      "Greek per-position confirmation where the gearbox line is addressed but left open ('we will inform you next week'), so it stays unconfirmed.")
def c056():
    sup = supplier("PPE-0263", "Psyktikoi Pyrgoi Ellados EPE", "info@coolingtowers-gr.example", "el-GR")
    po = PO("4500193671", sup, "jonas", "EUR", "2026-11-23", [
        ("PP-FILL-1206", "Film fill pack PVC, 1200 x 600 x 300 mm, 12 mm flute", 40, "EA", "52.00", "2026-12-15"),
        ("PP-NOZ-114FC", 'Spray nozzle 1 1/4" BSP, full cone, PP', 80, "EA", "7.80", "2026-12-15"),
        ("PP-MOT55-IP56", "Fan motor 5.5 kW, IP56, 4-pole, for cooling tower", 1, "EA", "1240.00", "2026-12-15"),
        ("PP-GBX20-2400", "Gearbox 20:1 for 2400 mm fan", 1, "EA", "2950.00", "2026-12-15"),
    ], req_time=at("2026-11-23 09:15:00", 1))
    req = Request(po)
    body = ("Καλησπέρα κ. Keller,\n\n"
            "σας ευχαριστούμε για την παραγγελία 4500193671. Επιβεβαιώνουμε:\n\n"
            "Θέση 1 - πληρωτικό PVC 1200x600x300: 40 τεμ., 52,00 €/τεμ., παράδοση 15/12/2026.\n"
            "Θέση 2 - ακροφύσια 1 1/4\": 80 τεμ., 7,80 €/τεμ., παράδοση 15/12/2026.\n"
            "Θέση 3 - κινητήρας 5,5 kW: 1 τεμ., 1.240,00 €, παράδοση 08/01/2027.\n"
            "Θέση 4 - μειωτήρας 20:1: αναμένουμε απάντηση από τον κατασκευαστή για τον χρόνο παράδοσης· "
            "θα σας ενημερώσουμε την επόμενη εβδομάδα.")
    sig = ("Με εκτίμηση,\n\nΓιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΨυκτικοί Πύργοι Ελλάδος Ε.Π.Ε.\n"
           "ΒΙ.ΠΕ. Σίνδου, Οδός 12, 570 22 Θεσσαλονίκη\nΤηλ. +30 2310 798 500")
    eml = outlook_reply(po, req, frm="Γιώργος Παπαδόπουλος", email="g.papadopoulos@coolingtowers-gr.example",
                        when=at("2026-11-24 17:02:55", 2), body=body, sig=sig, lang="el", olang="el-GR",
                        charset="windows-1253", cte="quoted-printable", prefix_="ΑΠ: ",
                        sent="Δευτέρα, 23 Νοεμβρίου 2026 10:15")
    return Out([po.json()], eml, "confirmation",
               "Lines 1-2 as ordered; line 3 delivery 08/01/2027 (changed); line 4 is only 'waiting for the manufacturer, we will inform you next week' = unconfirmed.",
               [conf(po, {1: ACC, 2: ACC, 3: CHG(1, "1240.00", "2027-01-08"), 4: UNC})])


# ---------------------------------------------------------------------------
@case("dental-hebrew-rtl-table", "confirmation/he-IL",
      "Hebrew right-to-left HTML table (with a text alternative) mixing Latin codes, '$' prices and dd/mm/yyyy dates; one line later.")
def c057():
    sup = supplier("GDE-0418", "Galil Dental Equipment Ltd.", "sales@galil-dental.example", "he-IL")
    po = PO("4500193782", sup, "priya", "USD", "2026-11-24", [
        ("GD-SOL24-14", 'Water solenoid valve 24V AC, 1/4" for dental unit', 15, "EA", "38.00", "2026-12-11"),
        ("GD-HPT4H-16", "Handpiece tubing 4-hole, 1.6 m, silicone", 10, "EA", "52.00", "2026-12-11"),
        ("GD-FC5", "Multi-function foot control, 5 functions", 2, "EA", "420.00", "2026-12-11"),
    ], req_time=at("2026-11-24 09:40:00", 1))
    req = Request(po)
    rows = [("1", "GD-SOL24-14", "ברז סולנואיד 24V", "15", "38.00$", "11/12/2026"),
            ("2", "GD-HPT4H-16", "צנרת 4 חורים 1.6 מ'", "10", "52.00$", "11/12/2026"),
            ("3", "GD-FC5", "דוושת רגל 5 פונקציות", "2", "420.00$", "24/12/2026")]
    intro = "שלום פריה,\n\nמאשרים את הזמנה 4500193782 כדלקמן:"
    outro = "שורה 3 מגיעה מהספק באיטליה ולכן תסופק מאוחר יותר.\n\nבברכה,\nמיכל כהן\nמחלקת מכירות\nגליל ציוד דנטלי בע\"מ\nאזור תעשייה צפוני, כרמיאל | טל' 04-9881234"
    head = ("שורה", "מק\"ט", "תיאור", "כמות", "מחיר ליח'", "תאריך אספקה")
    t = (intro + "\n\n" + " | ".join(head) + "\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + outro +
         "\n\n" + outlook_quote_text(req, "he", sent="יום שלישי 24 נובמבר 2026 10:40"))
    td = 'style="border:1px solid #999;padding:3px 8px"'
    table = ('<table dir="rtl" style="border-collapse:collapse;font-family:Arial;font-size:10pt">'
             + "<tr>" + "".join("<th %s>%s</th>" % (td, h(x)) for x in head) + "</tr>"
             + "".join("<tr>" + "".join('<td %s><span dir="ltr">%s</span></td>' % (td, h(x)) if i in (1, 4, 5) else
                                        "<td %s>%s</td>" % (td, h(x)) for i, x in enumerate(r)) + "</tr>" for r in rows)
             + "</table>\n")
    hb = (mso(intro) + table + mso("\n" + outro) + '<p class="MsoNormal">&nbsp;</p>\n' +
          outlook_quote_html(req, "he", sent="יום שלישי 24 נובמבר 2026 10:40"))
    seed = "c057"
    a = alt(mime.text(t + "\n", "plain", "utf-8", "base64"),
            mime.text(outlook_doc(hb, "utf-8", "HE", dir_rtl=True), "html", "utf-8", "base64"), bnd_outlook(seed))
    hdrs = std_headers(frm=mime.addr("מיכל כהן", "michal.cohen@galil-dental.example"),
                       to=mime.addr("Priya Nair", "priya.nair@buyer.example"), subject="השב: " + req.subject,
                       when=at("2026-11-25 12:33:40", 2), msgid=mid_outlook(seed, "VI1PR06MB4451", "eurprd06"),
                       irt=po.rid, refs=po.rid,
                       rcv=("michal.cohen@galil-dental.example", "VI1PR06MB4451-obe.outbound.protection.outlook.com",
                            "40.107.22.140"))
    hdrs += outlook_extra(req.subject, seed, "he-IL", False)
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "confirmation",
               "RTL table: lines 1-2 at PO prices on 11/12/2026 (as requested); line 3 on 24/12/2026 (changed date).",
               [conf(po, {1: ACC, 2: ACC, 3: CHG(2, "420.00", "2026-12-24")})])


# ---------------------------------------------------------------------------
@case("concrete-blocks-romanian-one-line-dropped", "confirmation/ro-RO",
      "Romanian reply in RON ('5,90 lei/buc.', '3.000 buc.') confirming two lines and refusing the lintels that are no longer produced.")
def c058():
    sup = supplier("BPA-0557", "Beton Prefabricate Ardeal SRL", "vanzari@betonardeal.example", "ro-RO")
    po = PO("4500193890", sup, "jonas", "RON", "2026-11-24", [
        ("BA-BLH-502520", "Hollow concrete block 500x250x200 mm, 6 N/mm2", 3000, "PCS", "5.90", "2026-12-08"),
        ("BA-LNT-1525", "Prestressed concrete lintel 12x25 cm, length 1.5 m", 60, "PCS", "48.00", "2026-12-08"),
        ("BA-DAL-40405", "Paving slab 40x40x5 cm, grey", 200, "M2", "32.50", "2026-12-08"),
    ], site="buc", req_time=at("2026-11-24 08:20:00", 1))
    req = Request(po)
    body = ("Bună ziua,\n\n"
            "Referitor la comanda dumneavoastră nr. 4500193890:\n"
            "- poz. 1 (bolțari 50x25x20): confirmăm 3.000 buc. la 5,90 lei/buc., livrare 08.12.2026;\n"
            "- poz. 2 (buiandrugi 1,5 m): nu mai producem acest tip, din păcate nu putem livra;\n"
            "- poz. 3 (dale 40x40x5): confirmăm 200 mp la 32,50 lei/mp, livrare 08.12.2026.\n\n"
            "Descărcarea se face cu macaraua camionului, vă rugăm să asigurați acces pentru un camion de 40 t.")
    sig = ("Cu stimă,\nMihai Stan\nDepartament Vânzări\nBeton Prefabricate Ardeal SRL\n"
           "DN1 km 478, 407035 Apahida, jud. Cluj\nTel. 0264 231 456 | Mobil 0745 123 456")
    eml = outlook_reply(po, req, frm="Mihai Stan", email="mihai.stan@betonardeal.example",
                        when=at("2026-11-25 09:12:00", 2), body=body, sig=sig, lang="ro", olang="ro-RO",
                        charset="utf-8", cte="quoted-printable", sent="marți, 24 noiembrie 2026 09:20")
    return Out([po.json()], eml, "confirmation",
               "Lines 1 and 3 as ordered (3.000 = 3000, 08.12.2026); line 2 'nu putem livra' = rejected; '40 t' is a truck size.",
               [conf(po, {1: ACC, 2: REJ, 3: ACC})])


# ---------------------------------------------------------------------------
@case("plant-pots-carton-rounding", "confirmation/sl-SI",
      "Slovenian reply rounding line 1 up to full cartons (11 x 96 = 1.056 pcs) at an unchanged price; the other line as ordered.")
def c059():
    sup = supplier("VPR-0339", "Vrtnarski program d.o.o.", "narocila@vrtnarski-program.example", "sl-SI")
    po = PO("4500194001", sup, "sofia", "EUR", "2026-11-24", [
        ("VP-LON14-WM", "Plant pot 14 cm, 1.3 l, matt white", 1000, "PCS", "0.44", "2026-12-17"),
        ("VP-KOR60-AN", "Balcony planter 60 cm with water reservoir, anthracite", 250, "PCS", "3.85", "2026-12-17"),
    ], site="rtm", req_time=at("2026-11-24 13:10:00", 1))
    req = Request(po)
    assert 11 * 96 == 1056
    body = ("Pozdravljeni,\n\nhvala za naročilo 4500194001.\n\n"
            "Poz. 1: lonci 14 cm so pakirani po 96 kosov v kartonu, zato vam pošljemo 11 kartonov = 1.056 kosov "
            "(cena ostane 0,44 EUR/kos).\n"
            "Poz. 2: korita 60 cm - 250 kosov po 3,85 EUR.\n\n"
            "Dobava obeh pozicij: četrtek, 17. 12. 2026.")
    sig = ("Lep pozdrav,\n\nMaja Novak\nprodaja\nVrtnarski program d.o.o.\nCesta v Mestni log 88, 1000 Ljubljana\n"
           "tel.: +386 1 420 55 10")
    eml = tb_reply(po, req, frm="Maja Novak", email="maja.novak@vrtnarski-program.example",
                   when=at("2026-11-25 10:44:18", 1), body=body, sig=sig, charset="windows-1250", cte="quoted-printable",
                   attribution="Dne 24. 11. 2026 ob 13:10 je Sofia Marques napisal(a):", lang="sl", flowed=False)
    return Out([po.json()], eml, "confirmation",
               "Line 1 rounded up to 11 cartons x 96 = 1 056 pcs at 0,44 (quantity changed); line 2 as ordered; Thursday 17. 12. 2026 as requested.",
               [conf(po, {1: CHG(1056, "0.44", "2026-12-17"), 2: ACC})])


# ---------------------------------------------------------------------------
@case("laminated-glass-percent-surcharge-week", "confirmation/hr-HR",
      "Croatian reply adding a 4 % energy surcharge to the PO prices and giving delivery only as 'tjedan 51'.")
def c060():
    sup = supplier("SDA-0474", "Staklo Dalmacija d.o.o.", "prodaja@staklo-dalmacija.example", "hr-HR")
    po = PO("4500194115", sup, "dana", "EUR", "2026-11-24", [
        ("SD-LAM552-JMB", "Laminated glass 55.2 clear, 3210 x 2250 mm (jumbo)", 10, "EA", "265.00", "2026-12-14"),
        ("SD-LAM442-AC", "Laminated glass 44.2 acoustic PVB, 2550 x 1605 mm", 16, "EA", "118.00", "2026-12-14"),
    ], req_time=at("2026-11-24 15:00:00", 1))
    req = Request(po)
    assert Dm("265.00") * Dm("1.04") == Dm("275.6000") and Dm("118.00") * Dm("1.04") == Dm("122.7200")
    w51 = kw_fri(2026, 51).isoformat()
    body = ("Poštovana gospođo Ruiz,\n\n"
            "zahvaljujemo na narudžbi 4500194115. Potvrđujemo obje stavke u naručenim količinama.\n"
            "Zbog povećanih troškova energije na sve pozicije primjenjujemo energetski dodatak od 4 % na cijene iz "
            "narudžbe.\n"
            "Isporuka: 51. tjedan.")
    sig = ("Srdačan pozdrav,\n\nAnte Perić\nKomercijala\nStaklo Dalmacija d.o.o.\n"
           "Poslovna zona Dugopolje 12, 21204 Dugopolje\ntel. +385 21 555 432")
    eml = outlook_reply(po, req, frm="Ante Perić", email="ante.peric@staklo-dalmacija.example",
                        when=at("2026-11-26 08:30:27", 1), body=body, sig=sig, lang="hr", olang="hr-HR",
                        charset="iso-8859-2", cte="quoted-printable", sent="utorak, 24. studenoga 2026. 15:00")
    return Out([po.json()], eml, "confirmation",
               "+4 % on the PO prices: 265.00 -> 275.60 and 118.00 -> 122.72; week 51 without a day = Friday 2026-12-18.",
               [conf(po, {1: CHG(10, "275.60", w51), 2: CHG(16, "122.72", w51)})])


# ---------------------------------------------------------------------------
@case("printing-blankets-two-pos-one-mail", "confirmation/nb-NO",
      "One Norwegian reply answers two POs from pos.json, threaded only on the first; dates '10. desember' / '17. desember' lack a year.")
def c061():
    sup = supplier("TTN-0188", "Trykkteknikk Norge AS", "ordre@trykkteknikk.example", "nb-NO")
    a_ = PO("4500194220", sup, "lena", "NOK", "2026-11-24", [
        ("TT-BLUV1030", "Printing blanket UV, 1030 x 790 mm, 1.95 mm", 8, "EA", "1150.00", "2026-12-10"),
        ("TT-BLCV1030", "Printing blanket conventional, 1030 x 790 mm, 1.95 mm", 12, "EA", "890.00", "2026-12-10"),
    ], req_time=at("2026-11-24 10:05:00", 1))
    b_ = PO("4500194231", sup, "lena", "NOK", "2026-11-24", [
        ("TT-UL030-1030", "Underlay sheet 0.30 mm, 1030 x 790 mm", 20, "EA", "96.00", "2026-12-10"),
        ("TT-BAR1030-CL", "Blanket bar set, clamp type, 1030 mm", 8, "SET", "340.00", "2026-12-10"),
    ], req_time=at("2026-11-24 10:07:00", 1))
    req = Request(a_)
    body = ("Hei Lena,\n\nTakk for ordrene. Vi bekrefter begge:\n\n"
            "Ordre 4500194220:\n - pos. 1 og 2 som bestilt, levering torsdag 10. desember.\n\n"
            "Ordre 4500194231:\n - pos. 1 som bestilt, 10. desember.\n"
            " - pos. 2: klemlistene leveres 17. desember, pris 365,00 kr/sett (ny pris fra produsent).")
    sig = ("Med vennlig hilsen\n\nOla Haugen\nKundeservice\nTrykkteknikk Norge AS\nAlnabruveien 15, 0668 Oslo\n"
           "Tlf. 23 37 45 00")
    eml = outlook_reply(a_, req, frm="Ola Haugen", email="ola.haugen@trykkteknikk.example",
                        when=at("2026-11-25 14:51:36", 1), body=body, sig=sig, lang="nb", olang="nb-NO",
                        charset="iso-8859-1", cte="quoted-printable", prefix_="SV: ")
    return Out([a_.json(), b_.json()], eml, "confirmation",
               "Both POs are answered: 4500194220 fully as ordered; 4500194231 line 1 as ordered and line 2 on 2026-12-17 at 365.00 per set.",
               [all_acc(a_), conf(b_, {1: ACC, 2: CHG(8, "365.00", "2026-12-17")})])


# ---------------------------------------------------------------------------
@case("crayons-estonian-dates-no-year", "confirmation/et-EE",
      "Bottom-posted Estonian reply (our quoted request first) with dates written '16.12' and '8.01' without a year; the January date belongs to 2027.")
def c062():
    sup = supplier("EVK-0277", "Eesti Vahakriidid OÜ", "tellimus@vahakriidid.example", "et-EE")
    po = PO("4500194333", sup, "dana", "EUR", "2026-11-25", [
        ("EV-WC12-R8", "Wax crayons 12 colours, round 8 mm, cardboard box", 1200, "BOX", "1.05", "2026-12-16"),
        ("EV-WC24-R8", "Wax crayons 24 colours, round 8 mm, cardboard box", 800, "BOX", "1.95", "2026-12-16"),
        ("EV-WCJ6-14", "Jumbo wax crayons 6 colours, 14 mm, for toddlers", 600, "BOX", "1.40", "2026-12-16"),
    ], req_time=at("2026-11-25 09:00:00", 1))
    req = Request(po)
    body = ("Tere, Dana!\n\nAitäh tellimuse eest. Kinnitame tellimuse 4500194333:\n\n"
            "1) 12 värvi vahakriidid - 1200 karpi, 1,05 EUR - tarne 16.12\n"
            "2) 24 värvi vahakriidid - 800 karpi, 1,95 EUR - tarne 16.12\n"
            "3) jumbo 6 värvi - 600 karpi, 1,40 EUR - tarne 8.01 (pakend jõuab meile alles pärast pühi)")
    sig = ("Lugupidamisega\nKatrin Saar\nEesti Vahakriidid OÜ\nPärnu mnt 139, 11317 Tallinn\ntel +372 650 1234")
    # bottom-posted: the quoted request first, the answer underneath
    t = ("25.11.2026 10:00, Dana Ruiz kirjutas:\n" + prefix(req.text(), "> ") + "\n\n" + body +
         "\n\n-- \n" + sig)
    eml = tb_reply(po, req, frm="Katrin Saar", email="katrin.saar@vahakriidid.example",
                   when=at("2026-11-26 13:05:44", 2), body="", text=t, charset="UTF-8", cte="8bit", lang="et")
    return Out([po.json()], eml, "confirmation",
               "16.12 = 2026-12-16 (as requested) for lines 1-2; 8.01 without a year is the next 8 January after the mail = 2027-01-08 for line 3.",
               [conf(po, {1: ACC, 2: ACC, 3: CHG(600, "1.40", "2027-01-08")})])


# ---------------------------------------------------------------------------
@case("sports-floor-latvian-rolls", "confirmation/lv-LV",
      "Latvian reply counting rolls of 27 m² for a PO in M2, with Latvian long dates ('2027. gada 12. janvārī') for a later primer line.")
def c063():
    sup = supplier("SSG-0602", "SIA Sporta Segumi", "pasutijumi@sportasegumi.example", "lv-LV")
    po = PO("4500194440", sup, "tom", "EUR", "2026-11-25", [
        ("SS-PVC7-BCH", "PVC sports flooring 7 mm, roll 1.8 x 15 m, beech", 270, "M2", "27.40", "2026-12-18"),
        ("SS-WR4-BCH", "Welding rod 4 mm, beech colour, 100 m coil", 6, "ROL", "19.50", "2026-12-18"),
        ("SS-PRM10", "Primer for sports floors, 10 kg", 5, "EA", "64.00", "2026-12-18"),
    ], site="man", req_time=at("2026-11-25 09:30:00", 0))
    req = Request(po)
    assert Dm("1.8") * 15 * 10 == 270
    body = ("Labdien, Tom!\n\nPaldies par pasūtījumu Nr. 4500194440. Apstiprinām:\n\n"
            "1. poz.: PVC segums 7 mm, dižskābardis - 10 ruļļi pa 27 m² (kopā 270 m²), 27,40 EUR/m², piegāde 18.12.2026.\n"
            "2. poz.: metināšanas aukla 4 mm - 6 ruļļi, 19,50 EUR/rullis, piegāde 18.12.2026.\n"
            "3. poz.: grunts 10 kg - 5 gab., 64,00 EUR/gab., piegāde 2027. gada 12. janvārī (ražotājam "
            "pārtraukums līdz 10.01.).")
    sig = ("Ar cieņu\nLīga Ozola\nPārdošanas nodaļa\nSIA Sporta Segumi\nKrasta iela 52, Rīga, LV-1003\n"
           "Tālr. +371 67 123 456")
    eml = outlook_reply(po, req, frm="Līga Ozola", email="liga.ozola@sportasegumi.example",
                        when=at("2026-11-26 15:18:03", 2), body=body, sig=sig, lang="lv", olang="lv-LV",
                        charset="windows-1257", cte="quoted-printable", prefix_="RE: ",
                        sent="trešdiena, 2026. gada 25. novembris 11:30")
    return Out([po.json()], eml, "confirmation",
               "10 rolls x 27 m² = 270 M2 (as ordered); lines 1-2 on 18.12.2026; line 3 on 12 January 2027 (the 10.01. break is context).",
               [conf(po, {1: ACC, 2: ACC, 3: CHG(5, "64.00", "2027-01-12")})])


# ---------------------------------------------------------------------------
@case("playground-lithuanian-line-not-addressed", "confirmation/lt-LT",
      "Lithuanian reply with ISO-style dates ('iki 2027-01-13') that confirms lines 1 and 2 and never mentions line 3.")
def c064():
    sup = supplier("ZAI-0925", "UAB Zaidimu aiksteles", "uzsakymai@zaidimuaiksteles.example", "lt-LT")
    po = PO("4500194551", sup, "sofia", "EUR", "2026-11-25", [
        ("ZA-TWR12-SL", "Play tower with slide, platform 1.2 m, pine posts 9x9 cm", 2, "SET", "2340.00", "2027-01-15"),
        ("ZA-SSW2-30", "Seesaw 2 seats, steel, 3.0 m", 3, "EA", "480.00", "2027-01-15"),
        ("ZA-NET32-16", "Climbing net 3 x 2 m, 16 mm rope", 4, "EA", "265.00", "2027-01-15"),
    ], site="rtm", req_time=at("2026-11-25 14:00:00", 1))
    req = Request(po)
    body = ("Laba diena,\n\ndėkojame už užsakymą Nr. 4500194551.\n\n"
            "Patvirtiname 1 ir 2 pozicijas:\n"
            "1. Žaidimų bokštas su čiuožykla 1,2 m - 2 kompl., 2 340,00 EUR/kompl.\n"
            "2. Sūpuoklės-balansyras 3,0 m - 3 vnt., 480,00 EUR/vnt.\n\n"
            "Abi pozicijos bus pristatytos iki 2027-01-13. Kainos nurodytos be PVM.")
    sig = ("Pagarbiai\nRasa Jonaitienė\nPardavimų vadybininkė\nUAB „Žaidimų aikštelės“\n"
           "Pramonės pr. 16, LT-51329 Kaunas\nTel. +370 37 451 234")
    eml = outlook_reply(po, req, frm="Rasa Jonaitienė", email="rasa.jonaitiene@zaidimuaiksteles.example",
                        when=at("2026-11-27 09:02:41", 2), body=body, sig=sig, lang="lt", olang="lt-LT",
                        charset="utf-8", cte="quoted-printable", sent="2026 m. lapkričio 25 d., trečiadienis 15:00")
    return Out([po.json()], eml, "confirmation",
               "Lines 1-2 at PO prices delivered by 2027-01-13 (changed date); line 3 (climbing net) is not addressed = unconfirmed.",
               [conf(po, {1: CHG(2, "2340.00", "2027-01-13"), 2: CHG(3, "480.00", "2027-01-13"), 3: UNC})])


# ---------------------------------------------------------------------------
@case("cooling-tower-arabic-indic-digits", "confirmation/ar-SA",
      "Arabic reply written entirely with Arabic-Indic digits (٣١٠٫٠٠ ريال, ٢٠/١٢/٢٠٢٦م) and RTL text; one price and one date change.")
def c065():
    sup = supplier("RCS-0733", "Al-Rawabi Cooling Systems Co.", "sales@rawabi-cooling.example", "ar-SA")
    po = PO("4500194662", sup, "jonas", "SAR", "2026-11-25", [
        ("RC-FILL-CF1900", "Cross-flow fill pack CF1900, 1830 x 305 x 305 mm", 60, "EA", "310.00", "2026-12-20"),
        ("RC-DE-1500C", "Drift eliminator cellular, 1500 x 300 mm", 40, "EA", "145.00", "2026-12-20"),
        ("RC-NOZ2-LC", 'Spray nozzle 2" low-clog, PP', 100, "EA", "22.50", "2026-12-20"),
    ], req_time=at("2026-11-25 08:00:00", 1))
    req = Request(po)
    ar = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    body = ("السيد يوناس كيلر المحترم،\n\nتحية طيبة وبعد،\n\n"
            "نشكركم على أمر الشراء رقم %s، ونؤكد لكم ما يلي:\n\n"
            "١- حشوة التبريد CF1900: الكمية %s قطعة، السعر %s ريال للقطعة، التسليم %sم.\n"
            "٢- مانع الرذاذ %s × %s مم: الكمية %s قطعة، السعر %s ريال للقطعة، التسليم %sم.\n"
            "٣- فوهات الرش %s بوصة: الكمية %s قطعة، السعر %s ريال للقطعة، التسليم %sم.\n\n"
            "وتفضلوا بقبول فائق الاحترام،\n\nخالد العتيبي\nقسم المبيعات\nشركة الروابي لأنظمة التبريد\n"
            "المنطقة الصناعية الثانية، الدمام\nهاتف: %s") % tuple(
        x.translate(ar).replace(".", "٫") if x[0].isdigit() and "/" not in x and " " not in x else x.translate(ar)
        for x in ("4500194662", "60", "310.00", "20/12/2026", "1500", "300", "40", "152.00", "20/12/2026",
                  "2", "100", "22.50", "03/01/2027", "+966 13 812 3456"))
    body = body.replace("٤٥٠٠١٩٤٦٦٢", "٤٥٠٠١٩٤٦٦٢")
    eml = outlook_reply(po, req, frm="خالد العتيبي", email="k.alotaibi@rawabi-cooling.example",
                        when=at("2026-11-26 10:40:12", 3), body=body, lang="ar", olang="ar-SA",
                        charset="utf-8", cte="base64", prefix_="رد: ", rtl=True,
                        sent="الأربعاء، 25 نوفمبر، 2026 10:00 ص")
    return Out([po.json()], eml, "confirmation",
               "Arabic-Indic digits: line 1 as ordered (٣١٠٫٠٠, ٢٠/١٢/٢٠٢٦); line 2 price ١٥٢٫٠٠ = 152.00; line 3 delivery ٠٣/٠١/٢٠٢٧ = 2027-01-03.",
               [conf(po, {1: ACC, 2: CHG(40, "152.00", "2026-12-20"), 3: CHG(100, "22.50", "2027-01-03")})])


# ---------------------------------------------------------------------------
@case("bicycle-bags-three-pos-one-answered", "confirmation/en-US",
      "Three open POs from one supplier: the reply confirms only the middle one and merely mentions the other two (already acknowledged / with planning).")
def c066():
    sup = supplier("CCG-1044", "Cascade Cycle Gear Co.", "orders@cascadecyclegear.example", "en-US")
    pa = PO("4500194770", sup, "tom", "USD", "2026-11-20", [
        ("CC-PAN22-RT", "Waterproof pannier 22 L, roll-top, black", 60, "PAIR", "77.00", "2026-12-15"),
        ("CC-TRK9-27", "Trunk bag 9 L, rack mount, 2027 model", 80, "EA", "24.00", "2026-12-15"),
    ], site="chi", req_time=at("2026-11-20 09:00:00", -6))
    pb = PO("4500194785", sup, "tom", "USD", "2026-11-23", [
        ("CC-FRM3-1719", "Frame bag 3 L, fits 17-19 in frames", 150, "EA", "17.25", "2026-12-22"),
    ], site="chi", req_time=at("2026-11-23 08:45:00", -6))
    pc = PO("4500194799", sup, "tom", "USD", "2026-11-24", [
        ("CC-HBR7", "Handlebar roll 7 L", 100, "EA", "21.90", "2027-01-08"),
        ("CC-STM1-BS", "Stem bag 1 L with bottle sleeve", 100, "EA", "12.40", "2027-01-08"),
    ], site="chi", req_time=at("2026-11-24 10:20:00", -6))
    req = Request(pb)
    body = ("Hi Tom,\n\nPO 4500194785 is confirmed: 150 frame bags @ $17.25, delivery 12/22/2026.\n\n"
            "FYI 4500194770 was already acknowledged last Tuesday (our SO 77120), and 4500194799 is still with "
            "our planning team.\n\nBest,\nJenna")
    sig = ("Jenna Morales\nCustomer Service Lead | Cascade Cycle Gear Co.\n1420 NW Raleigh St, Portland, OR 97209\n"
           "(503) 555-0114")
    eml = apple_reply(pb, req, frm="Jenna Morales", email="jenna@cascadecyclegear.example",
                      when=at("2026-11-27 11:16:29", -8), body=body, sig=sig,
                      attribution="On Nov 23, 2026, at 6:45 AM, Tom Whitfield <tom.whitfield@buyer.example> wrote:")
    return Out([pa.json(), pb.json(), pc.json()], eml, "confirmation",
               "Only PO 4500194785 is answered (accepted, 12/22/2026); 4500194770 ('already acknowledged' elsewhere) and 4500194799 ('with planning') are only mentioned and left out.",
               [all_acc(pb)])


# ---------------------------------------------------------------------------
@case("roller-chains-xlsx-returned", "confirmation/de-DE",
      "Our order returned as a filled-in XLSX (Excel date serials, number formats) with a one-line body; prices and dates differ on some rows only.")
def c067():
    sup = supplier("KWS-0355", "Kettenwerk Sauerland GmbH", "vertrieb@kettenwerk-sauerland.example", "de-DE")
    po = PO("4500194880", sup, "lena", "EUR", "2026-11-25", [
        ("KW-12B1-5M", 'Roller chain 12B-1, 3/4" x 7/16", 5 m', 40, "EA", "58.20", "2026-12-16"),
        ("KW-16B1-5M", 'Roller chain 16B-1, 1" x 17 mm, 5 m', 20, "EA", "96.40", "2026-12-16"),
        ("KW-Z12B-21TB", "Sprocket 12B-1, 21 teeth, taper bore 2012", 16, "EA", "44.70", "2026-12-16"),
        ("KW-Z16B-17VB", "Sprocket 16B-1, 17 teeth, pilot bore", 10, "EA", "61.30", "2026-12-16"),
        ("KW-CL12B-SC", "Connecting link 12B-1, spring clip", 100, "EA", "1.85", "2026-12-16"),
    ], req_time=at("2026-11-25 11:30:00", 1))
    req = Request(po, extra="The order is also attached as PO_4500194880.xlsx - please fill in the confirmation columns.")
    conf_vals = {1: (40, "58.20", dt.date(2026, 12, 16)), 2: (20, "99.80", dt.date(2026, 12, 16)),
                 3: (16, "44.70", dt.date(2027, 1, 13)), 4: (10, "61.30", dt.date(2026, 12, 16)),
                 5: (100, "1.85", dt.date(2026, 12, 11))}
    rows = [["Bestellung", "Pos.", "Artikel", "Beschreibung", "Menge", "ME", "Preis EUR", "Wunschtermin",
             "Bestätigte Menge", "Bestätigter Preis EUR", "Bestätigter Termin", "Bemerkung"]]
    for ln in po.lines:
        q, p, d = conf_vals[ln["line"]]
        note = {2: "Materialzuschlag", 3: "Zahnräder aus Fremdfertigung", 5: "ab Lager"}.get(ln["line"], "")
        rows.append(["4500194880", ln["line"], ln["item"], ln["description"], ln["quantity"], ln["uom"],
                     xlsx.Num(ln["unit_price"]), xlsx.Date(dt.date.fromisoformat(ln["requested_date"])),
                     q, xlsx.Num(p), xlsx.Date(d), note])
    data = xlsx.make_xlsx(rows, sheet="PO 4500194880", creator="Brightmoor P2P", widths=[12, 6, 16, 40, 8, 5, 10, 13, 14, 16, 15, 28],
                          stamp=(2026, 11, 26, 15, 2, 0), modified="2026-11-26T14:02:00Z")
    body = "Hallo Frau Hoffmann,\n\nanbei die ausgefüllte Tabelle zu Ihrer Bestellung zurück."
    sig = ("Mit freundlichen Grüßen\nStefan Kemper\nVertrieb Innendienst\nKettenwerk Sauerland GmbH\n"
           "Am Hammerteich 4, 58840 Plettenberg\nTel. 02391 9180-32\nAmtsgericht Iserlohn HRB 6123")
    att = mime.attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "PO_4500194880.xlsx")
    eml = outlook_reply(po, req, frm="Kemper, Stefan", email="s.kemper@kettenwerk-sauerland.example",
                        when=at("2026-11-26 15:06:52", 1), body=body, sig=sig, lang="de", olang="de-DE",
                        charset="iso-8859-1", cte="quoted-printable", prefix_="AW: ", attachments=[att])
    return Out([po.json()], eml, "confirmation",
               "Values only in the XLSX confirmation columns: line 2 price 99.80; line 3 date 2027-01-13; line 5 date 2026-12-11 (earlier); lines 1 and 4 as ordered.",
               [conf(po, {1: ACC, 2: CHG(20, "99.80", "2026-12-16"), 3: CHG(16, "44.70", "2027-01-13"), 4: ACC,
                          5: CHG(100, "1.85", "2026-12-11")})])


# ---------------------------------------------------------------------------
@case("till-rolls-erp-pdf-only", "confirmation/en-GB",
      "An unthreaded, auto-generated ERP mail whose body says nothing; the PDF gives despatch and delivery dates and prices one line per roll instead of per box.")
def c068():
    sup = supplier("TRD-0813", "Till Roll Direct Ltd", "sales@tillrolldirect.example", "en-GB")
    po = PO("4500194991", sup, "tom", "GBP", "2026-11-25", [
        ("TRD-8080-BPA", "Thermal till roll 80 x 80 mm, BPA-free, box of 20", 150, "BOX", "14.60", "2026-12-07"),
        ("TRD-5740", "Thermal till roll 57 x 40 mm, box of 20", 200, "BOX", "6.90", "2026-12-07"),
        ("TRD-CC5730", "Credit card roll 57 x 30 mm, box of 50", 60, "BOX", "11.40", "2026-12-07"),
    ], site="man", req_time=at("2026-11-25 16:00:00", 0))
    assert Dm("0.24") * 50 == Dm("12.00") and 60 * 50 == 3000
    L = pdf.Layout()
    L.text("Till Roll Direct Ltd", 15, True)
    L.text("Units 3-5 Roman Way Industrial Estate, Preston PR2 5BB | 01772 700 450 | VAT GB 812 3456 77", 8)
    L.space(12)
    L.text("SALES ORDER ACKNOWLEDGEMENT", 13, True)
    L.text("Order no: SO-118842      Order date: 26/11/2026      Customer ref: 4500194991", 9)
    L.text("Deliver to: Brightmoor UK Ltd, Unit 4 Trafford Park Road, Manchester M17 1HH", 9)
    L.text("Despatch date: 04/12/2026      Delivery date: 07/12/2026      Carrier: Palletways (next-day)", 9)
    L.space(8)
    xs = [50, 110, 280, 340, 390, 450, 510]
    L.shade()
    L.row(["Line", "Product", "Description", "Qty", "Unit", "Price", "Value"], xs, 8, True)
    L.row(["1", "TRD-8080-BPA", "80x80 BPA-free till roll, 20/box", "150", "BOX", "14.60", "2,190.00"], xs, 8)
    L.row(["2", "TRD-5740", "57x40 till roll, 20/box", "200", "BOX", "6.90", "1,380.00"], xs, 8)
    L.row(["3", "TRD-CC5730", "57x30 credit card roll", "3,000", "ROLL", "0.24", "720.00"], xs, 8)
    L.rule()
    L.row(["", "", "Goods total GBP", "", "", "", "4,290.00"], xs, 9, True)
    L.row(["", "", "Carriage", "", "", "", "0.00"], xs, 8)
    L.row(["", "", "VAT 20%", "", "", "", "858.00"], xs, 8)
    L.row(["", "", "Order total GBP", "", "", "", "5,148.00"], xs, 9, True)
    L.space(16)
    L.text("All goods remain the property of Till Roll Direct Ltd until paid in full. E&OE.", 7)
    L.text("Registered in England No. 07123456.", 7)
    data = pdf.make_pdf(L.pages, title="SO-118842", author="Till Roll Direct Ltd", creator="Sage 200",
                        producer="Sage 200 Report Designer", created="20261126071503Z", compress=False)
    assert Dm("2190") + Dm("1380") + Dm("720") == Dm("4290") and Dm("4290") * Dm("1.2") == Dm("5148.0")
    body = ("Dear Customer,\n\nPlease find attached our Sales Order Acknowledgement SO-118842.\n\n"
            "This is an automated email. Replies to this address are not monitored - please contact "
            "sales@tillrolldirect.example with any queries.\n\nTill Roll Direct Ltd")
    seed = "c068"
    m = mixed([mime.text(body + "\n", "plain", "us-ascii", "7bit"),
               mime.attachment(data, "application/pdf", "SO-118842.pdf")], bnd_next(seed))
    hdrs = std_headers(frm=mime.addr("Till Roll Direct", "noreply@tillrolldirect.example"),
                       to="tom.whitfield@buyer.example",
                       subject="Sales Order Acknowledgement SO-118842 (Your ref: 4500194991)",
                       when=at("2026-11-26 07:15:09", 0), msgid="<SO118842.%s@sage200.tillrolldirect.example>" % hx(seed, 10),
                       rcv=("noreply@tillrolldirect.example", "sage200.tillrolldirect.example", "198.51.100.31"),
                       extra=[("Auto-Submitted", "auto-generated"), ("MIME-Version", "1.0"),
                              ("X-Mailer", "Sage 200 Mail Service")])
    eml = mime.message(hdrs, m)
    return Out([po.json()], eml, "confirmation",
               "ERP acknowledgement (Auto-Submitted, not threaded) is still a confirmation; delivery 07/12/2026 wins over despatch 04/12; line 3 3,000 rolls at 0.24 = 60 boxes of 50 at 12.00 (changed).",
               [conf(po, {1: ACC, 2: ACC, 3: CHG(60, "12.00", "2026-12-07")})])


# ---------------------------------------------------------------------------
@case("roller-chains-roc-year", "confirmation/zh-TW",
      "Traditional Chinese reply dating delivery in the ROC calendar (116/01/22 = 2027-01-22), with one price rise and one later line.")
def c069():
    sup = supplier("FCI-0290", "Formosa Chain Industrial Co., Ltd.", "export@formosachain.example", "zh-TW")
    po = PO("4500195002", sup, "jonas", "USD", "2026-11-26", [
        ("FC-08B1-R30", '08B-1 roller chain, 1/2" pitch, 30 m reel', 20, "EA", "118.00", "2027-01-22"),
        ("FC-10B1-R30", '10B-1 roller chain, 5/8" pitch, 30 m reel', 10, "EA", "176.00", "2027-01-22"),
        ("FC-SPR08B-15H", "Sprocket 08B-1, 15 teeth, hardened", 50, "EA", "6.40", "2027-01-22"),
    ], site="rtm", incoterms="CIF Rotterdam", req_time=at("2026-11-26 09:00:00", 1))
    req = Request(po)
    assert 1911 + 116 == 2027
    body = ("Keller 先生 您好，\n\n謝謝您的訂單 4500195002，茲確認如下（日期為民國年，交期為鹿特丹到港日）：\n\n"
            "1. 08B-1 滾子鏈 30M/捲，20 捲，單價 USD 118.00，交期 116/01/22\n"
            "2. 10B-1 滾子鏈 30M/捲，10 捲，單價 USD 182.00（原物料上漲），交期 116/01/22\n"
            "3. 08B-1 鏈輪 15齒（淬火），50 個，單價 USD 6.40，交期 116/02/05\n\n"
            "如有任何問題，請隨時與我聯絡。\n\n順頌 商祺")
    sig = ("王志明 Jimmy Wang\n海外業務部\n福爾摩沙鏈條工業股份有限公司\n台南市安南區工業二路 36 號\n"
           "TEL: +886-6-384-1234 ext. 205")
    eml = outlook_reply(po, req, frm="王志明 Jimmy Wang", email="jimmy.wang@formosachain.example",
                        when=at("2026-11-27 10:12:33", 8), body=body, sig=sig, lang="zh-TW", olang="zh-TW",
                        charset="big5", cte="quoted-printable", prefix_="RE: ", sent="2026年11月26日 下午 04:00",
                        host="SEZPR06MB5890", region="apcprd06")
    return Out([po.json()], eml, "confirmation",
               "ROC years: 116/01/22 = 2027-01-22 (lines 1-2, as requested) and 116/02/05 = 2027-02-05 (line 3); line 2 price USD 182.00.",
               [conf(po, {1: ACC, 2: CHG(10, "182.00", "2027-01-22"), 3: CHG(50, "6.40", "2027-02-05")})])


# ---------------------------------------------------------------------------
@case("gift-boxes-delivery-note-other-order", "unrelated/nl-NL",
      "A Dutch shipping notification with packing-list PDF for a different order (4500187090) from the same supplier, with an expected delivery date.")
def c070():
    sup = supplier("GVH-0471", "Geschenkverpakking Holland B.V.", "verkoop@geschenkverpakking.example", "nl-NL")
    po = PO("4500195113", sup, "sofia", "EUR", "2026-11-26", [
        ("GVH-BOX1515-W", "Gift box 15x15x7 cm, white, magnetic closure", 2500, "EA", "0.96", "2026-12-14"),
        ("GVH-RIB10-R", "Satin ribbon 10 mm x 50 m, red", 40, "ROL", "3.20", "2026-12-14"),
    ], site="rtm", req_time=at("2026-11-26 10:00:00", 1))
    L = pdf.Layout()
    L.text("Geschenkverpakking Holland B.V.", 14, True)
    L.text("Televisieweg 41, 1322 AL Almere | KvK 39012345 | BTW NL812345678B01", 8)
    L.space(10)
    L.text("PAKBON 80045512", 13, True)
    L.text("Datum: 27-11-2026     Uw referentie: 4500187090     Verzendwijze: DHL Freight", 9)
    L.text("Afleveradres: Brightmoor Logistics B.V., Distributieweg 12, 3199 LM Rotterdam-Maasvlakte", 9)
    L.space(6)
    xs = [50, 90, 190, 430, 480]
    L.shade()
    L.row(["Regel", "Artikel", "Omschrijving", "Aantal", "Eenheid"], xs, 8, True)
    L.row(["1", "GVH-BOX2020-K", "Geschenkdoos 20x20x10 cm, kraft", "1.800", "st"], xs, 8)
    L.row(["2", "GVH-BAG2633", "Papieren draagtas 26x33x12 cm, wit", "3.000", "st"], xs, 8)
    L.row(["3", "GVH-RIB25-G", "Satijnlint 25 mm x 25 m, goud", "60", "rol"], xs, 8)
    L.rule()
    L.text("Colli: 3 pallets, totaal 412 kg. Verwachte afleverdatum: 30-11-2026.", 9)
    data = pdf.make_pdf(L.pages, title="Pakbon 80045512", author="GVH", creator="Exact Globe",
                        producer="Exact Globe+ 412", created="20261127143000+01'00'", compress=True)
    body = ("Beste klant,\n\n"
            "Uw zending met pakbon 80045512 (uw referentie 4500187090) is vandaag verzonden via DHL Freight.\n"
            "Verwachte afleverdatum: maandag 30-11-2026.\n"
            "Aantal colli: 3 pallets, totaal 412 kg.\n"
            "Track & trace: https://track.dhlfreight.example/?ref=80045512\n\n"
            "In de bijlage vindt u de pakbon.\n\n"
            "Met vriendelijke groet,\nAfdeling Logistiek\nGeschenkverpakking Holland B.V.\nT +31 36 521 44 00")
    seed = "c070"
    a = alt(mime.text(body + "\n", "plain", "utf-8", "quoted-printable"),
            mime.text(simple_doc(divs(body)), "html", "utf-8", "quoted-printable"), bnd_next(seed + "a", "001"))
    m = mixed([a, mime.attachment(data, "application/pdf", "Pakbon_80045512.pdf")], bnd_next(seed, "000"))
    hdrs = std_headers(frm=mime.addr("GVH Logistiek", "logistiek@geschenkverpakking.example"),
                       to=mime.addr("Sofia Marques", "sofia.marques@buyer.example"),
                       subject="Verzendbevestiging pakbon 80045512 - uw order 4500187090",
                       when=at("2026-11-27 14:31:18", 1), msgid="<%s.80045512@exact.geschenkverpakking.example>" % hx(seed, 20),
                       rcv=("logistiek@geschenkverpakking.example", "smtp.geschenkverpakking.example", "198.51.100.88"),
                       extra=[("MIME-Version", "1.0"), ("X-Mailer", "Exact Globe+ Mailer")])
    eml = mime.message(hdrs, m)
    return Out([po.json()], eml, "unrelated",
               "Shipping notice and packing list for order 4500187090, which is not in pos.json; the expected delivery date 30-11-2026 belongs to that other order.")
