"""Cases 055-070."""
from .common import (case, sup, po, conf, all_acc, chg, exp_conf, exp_kind, reply, pdf_att, csv_att, std_headers,
                     buyer_addr, dsn_report, simple_mail, req_when, req_subject, mime, hexid)
from .pdf import make_pdf
from email.utils import format_datetime
import datetime as dt


@case("cheese-moulds-bulgarian", "confirmation/bg-BG",
      "Bulgarian Cyrillic (windows-1251, QP) reply: 'доставка до 15.01.2027 г.' for one line, the other as ordered.")
def c055(slug):
    s = sup("SIRFORM", "Sirenarski Formi EOOD", "sales@sirenarski-formi.example", "bg-BG")
    p = po("4500319385", s, "EUR", "2026-11-05", [
        ("SF-BRN-1", "White brine cheese mould 1 kg, block 10x10x12 cm", 500, "PCS", "4.60", "2026-12-18"),
        ("SF-KSH-2", "Kashkaval mould 2 kg, round, PP", 200, "PCS", "7.90", "2026-12-18")])
    body = ("Здравейте, г-жо Холт,\n\nБлагодарим за поръчка № 4500319385. Потвърждаваме:\n"
            "Поз. 1 – 500 бр., 4,60 EUR/бр., доставка до 15.01.2027 г.\n"
            "Поз. 2 – 200 бр., 7,90 EUR/бр., доставка до 18.12.2026 г.\n\nПоздрави,\nГеорги Иванов\n"
            "Търговски отдел\nСиренарски Форми ЕООД\nгр. Пловдив 4003, ул. Индустриална 22\nтел.: +359 32 624 118\n")
    eml = reply(slug, po_=p, frm=("Георги Иванов", "g.ivanov@sirenarski-formi.example"),
                subject="RE: " + req_subject(p), when="2026-11-24 11:42:36 +0200", body=body, lang="bg",
                charset="windows-1251", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, d="2027-01-15"), 2: "A"})],
                              "Line 1 'доставка до 15.01.2027 г.' (later), line 2 18.12.2026 = PO; 10x10x12 is a size.")


@case("mosaic-tiles-preliminary-january", "needs_review/sv-SE",
      "Swedish reply agrees prices but gives only a preliminary 'början av januari, kanske någon vecka senare' and promises to come back.")
def c056(slug):
    s = sup("SKANMOS", "Skandinavisk Mosaik AB", "order@skandmosaik.example", "sv-SE")
    p = po("4500319392", s, "SEK", "2026-11-06", [
        ("SM-GL-20", "Glass mosaic 20x20 mm, matt white, sheet 327x327", 90, "M2", "520.00", "2027-01-15"),
        ("SM-PEN-25", "Penny round mosaic 25 mm, porcelain, black", 30, "M2", "610.00", "2027-01-15")], buyer="tl")
    body = ("Hej Tomas,\n\ntack för ordern. Priserna stämmer. Leverans blir preliminärt i början av januari, kanske "
            "någon vecka senare för penny round – vi återkommer när vi fått besked från fabriken i Italien.\n\n"
            "Mvh\nJohanna Ek\nSkandinavisk Mosaik AB\nMölndalsvägen 24, 412 63 Göteborg\n031-704 18 50\n")
    eml = reply(slug, po_=p, frm=("Johanna Ek", "johanna.ek@skandmosaik.example"), subject="SV: " + req_subject(p),
                when="2026-11-23 13:09:58 +0100", body=body, lang="sv", charset="windows-1252",
                cte="quoted-printable")
    return [p], eml, exp_kind("needs_review", "Prices agreed but the date is 'preliminärt i början av januari', "
                              "maybe later, with a promise to come back: vague, no committed date.")


@case("tram-clips-serbian-cyrillic-reject", "confirmation/sr-RS",
      "Serbian Cyrillic (UTF-8, base64) list: two lines as ordered with '2.400 ком', the anchor bolt cannot be delivered.")
def c057(slug):
    s = sup("SINVEZ", "Sinske Veze d.o.o.", "prodaja@sinske-veze.example", "sr-RS")
    p = po("4500319404", s, "EUR", "2026-11-02", [
        ("SV-CLP-RI60", "Rail clip for grooved rail Ri60, elastic", 2400, "PCS", "3.40", "2026-12-11"),
        ("SV-INS-RI60", "Insulating insert Ri60, PA6", 2400, "PCS", "0.95", "2026-12-11"),
        ("SV-ANC-M24", "Anchor bolt M24x200, HDG", 1200, "PCS", "2.70", "2026-12-11")])
    body = ("Поштована госпођо Холт,\n\nпотврђујемо Вашу поруџбину бр. 4500319404:\n"
            "1. копча Ri60 – 2.400 ком, 3,40 EUR/ком – испорука 11.12.2026.\n"
            "2. изолациони уметак Ri60 – 2.400 ком, 0,95 EUR/ком – испорука 11.12.2026.\n"
            "3. анкер завртањ M24x200 – нажалост не можемо да испоручимо, производња је обустављена.\n\n"
            "Срдачан поздрав,\nМилан Петровић\nШинске Везе д.о.о., Булевар ослобођења 45, 21000 Нови Сад\n"
            "тел. +381 21 455 320\n")
    eml = reply(slug, po_=p, frm=("Милан Петровић", "milan.petrovic@sinske-veze.example"),
                subject="RE: " + req_subject(p), when="2026-11-13 08:40:07 +0100", body=body, lang="sr",
                charset="utf-8", cte="base64")
    return [p], eml, exp_conf([conf(p, {1: "A", 2: "A", 3: "R"})],
                              "2.400 = 2400 (dot thousands); line 3 discontinued = rejected.")


@case("drone-props-uge-53", "confirmation/da-DK",
      "Danish reply moves both lines to 'uge 53': 2026 has 53 ISO weeks, so the Friday is 2027-01-01.")
def c058(slug):
    s = sup("DKPROP", "Dansk Propel ApS", "ordre@danskpropel.example", "da-DK")
    p = po("4500319411", s, "DKK", "2026-11-04", [
        ("DKP-1855-CF", "Carbon propeller 18x5.5, CW/CCW pair, 2027 edition", 80, "PAIR", "410.00", "2026-12-18"),
        ("DKP-2170-CF", "Carbon propeller 21x7.0, folding, pair", 40, "PAIR", "695.00", "2026-12-18")], buyer="tl")
    body = ("Hej Tomas\n\nTak for ordren 4500319411. Vi bekræfter begge linjer til de anførte priser og antal. Pga. "
            "forsinket kulfiberleverance kan vi først levere i uge 53.\n\nVenlig hilsen\nMads Kristensen\n"
            "Dansk Propel ApS · Industrivej 21 · 8260 Viby J\nTlf. +45 86 14 22 70 · CVR 37 12 48 90\n")
    eml = reply(slug, po_=p, frm=("Mads Kristensen", "mk@danskpropel.example"), subject="SV: " + req_subject(p),
                when="2026-11-17 15:03:22 +0100", body=body, lang="da", charset="iso-8859-1",
                cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, d="2027-01-01"), 2: chg(p, 2, d="2027-01-01")})],
                              "'uge 53' without a day: ISO 2026 has 53 weeks, Friday of week 53 = 2027-01-01 "
                              "(a holiday, but the reading rule is the Friday).")


@case("veneer-delivery-note-other-order", "unrelated/fi-FI",
      "Automatic Finnish ERP mail with a PDF delivery note for another of our orders; the open PO is not mentioned.")
def c059(slug):
    s = sup("PUUVIILU", "Puuviilu Oy", "myynti@puuviilu.example", "fi-FI")
    p = po("4500319426", s, "EUR", "2026-11-06", [
        ("PV-BIR-05", "Birch veneer 0.5 mm, rotary cut, 1300x2500", 1500, "M2", "1.60", "2026-12-18")], buyer="tl")
    pdf = make_pdf([("PUUVIILU OY", 14, True), "Sahatie 6, 15560 Nastola  |  Y-tunnus 0123456-7", "",
                    ("LÄHETYSLUETTELO / DELIVERY NOTE 80045521", 13, True), "Päivämäärä: 03.12.2026",
                    "Asiakkaan tilaus / Your order: 4500317988", "Toimitusosoite: Kestrel Group, Hafenstrasse 12, 20457 Hamburg",
                    "Kuljetus: DSV, rahtikirja 7781 2240 55", "",
                    ("Rivi  Tuote        Kuvaus                               Määrä   Yks.   Lavat", 9, True),
                    "1     PV-BIR-06    Koivuviilu 0,6 mm, 1300x2500          1 200   m2     3",
                    "2     PV-OAK-06    Tammiviilu 0,6 mm, 2,5 m+               180   m2     1",
                    "", "Bruttopaino: 1 240 kg      Toimituspäivä: 03.12.2026   Arvioitu perillä: 07.12.2026"],
                   title="Lahetysluettelo 80045521", author="Lemonsoft", compress=True, date="D:20261203140510+02'00'")
    body = ("Hyvä asiakas,\n\nohessa lähetysluettelo 80045521 tilaukseenne 4500317988. Tavara on lähtenyt "
            "varastoltamme 03.12.2026.\n\nTämä on automaattinen viesti.\n\nPuuviilu Oy | Sahatie 6, 15560 Nastola | "
            "+358 3 762 1100\n")
    eml = reply(slug, po_=None, frm=("Puuviilu Oy", "lahetys@puuviilu.example"),
                subject="Lähetysluettelo 80045521 / tilaus 4500317988", when="2026-12-03 14:06:44 +0200", body=body,
                lang="fi", quote="none", thread=False, to="tomas.lindqvist@kestrelgroup.example", html=False,
                charset="iso-8859-15", cte="quoted-printable", attachments=[pdf_att(pdf, "LS_80045521.pdf")],
                extra=[("Auto-Submitted", "auto-generated")])
    return [p], eml, exp_kind("unrelated", "Delivery note for PO 4500317988, not in pos.json; open PO 4500319426 "
                              "from the same supplier is not answered.")


@case("ski-lift-chairs-uke-50-equal", "confirmation/nb-NO",
      "Norwegian confirmation 'levering uke 50' which, read as the Friday, equals the requested 2026-12-11, so every line is accepted.")
def c060(slug):
    s = sup("NORDHEIS", "Nordisk Heisutstyr AS", "ordre@nordisk-heis.example", "nb-NO")
    p = po("4500319433", s, "NOK", "2026-11-03", [
        ("NH-STL-4", "Chair 4-seat, fixed grip, 2027", 10, "EA", "98500.00", "2026-12-11"),
        ("NH-PUT-4", "Seat cushion set 4-seat, 24V heated", 10, "SET", "14200.00", "2026-12-11")])
    body = ("Hei Maren,\n\ntakk for bestillingen. Vi bekrefter ordre 4500319433 i sin helhet: antall og priser som i "
            "bestillingen, levering uke 50 for begge linjer.\n\nMed vennlig hilsen\nIngrid Haugen\nOrdrekontor\n"
            "Nordisk Heisutstyr AS\nIndustrivegen 14, 2615 Lillehammer\nTlf. +47 61 24 88 10\n")
    eml = reply(slug, po_=p, frm=("Ingrid Haugen", "ingrid.haugen@nordisk-heis.example"),
                subject="SV: " + req_subject(p), when="2026-11-10 09:36:15 +0100", body=body, lang="nb",
                charset="iso-8859-1", cte="quoted-printable")
    return [p], eml, exp_conf([all_acc(p)], "'uke 50' = Friday of ISO week 50 = 2026-12-11 = requested date: "
                              "accepted, not changed.")


@case("blister-foil-price-per-tonne", "confirmation/fi-FI",
      "Finnish reply quotes aluminium foil per tonne ('7 980 €/t') on a PO priced per kilogram; the second line converts to the PO price.")
def c061(slug):
    s = sup("LAPIFOL", "Suomen Lapipainofolio Oy", "tilaukset@lapipainofolio.example", "fi-FI")
    p = po("4500319445", s, "EUR", "2026-11-05", [
        ("SLF-AL-20", "Aluminium foil 20 micron for blister lidding, 8011 H18", 1200, "KG", "7.85", "2026-12-18"),
        ("SLF-AL-45", "Aluminium foil 45 micron, cold form grade", 800, "KG", "8.40", "2026-12-18")], buyer="pn")
    body = ("Hei Priya,\n\nkiitos tilauksesta 4500319445. Vahvistamme:\nrivi 1: 1 200 kg, hinta 7 980 €/t, "
            "toimitus 18.12.2026\nrivi 2: 800 kg, hinta 8 400 €/t, toimitus 18.12.2026\n\nYstävällisin terveisin\n"
            "Ville Mäkinen\nmyynti\nSuomen Läpipainofolio Oy\nTehtaankatu 12, 33100 Tampere\npuh. +358 3 214 5600\n")
    eml = reply(slug, po_=p, frm=("Ville Mäkinen", "ville.makinen@lapipainofolio.example"),
                subject="VS: " + req_subject(p), when="2026-11-16 12:12:49 +0200", body=body, lang="fi",
                charset="iso-8859-15", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, price="7.98"), 2: "A"})],
                              "Per tonne on a per-kg PO: 7 980 €/t = 7.98/kg (PO 7.85, changed); 8 400 €/t = 8.40/kg "
                              "= PO (accepted). '1 200' uses a space as thousands separator.")


@case("wool-felt-dsn-mailbox-full", "bounce/es-ES",
      "Postfix DSN for a full mailbox (552 5.2.2, Spanish remote text) with the original request attached.")
def c062(slug):
    s = sup("FIELEV", "Hilaturas Fieltro Levante S.L.", "pedidos@fieltrolevante.example", "es-ES")
    p = po("4500319458", s, "EUR", "2026-11-24", [
        ("FL-FLT-8", "Wool felt 8 mm, industrial grey, 1 m wide", 60, "M", "18.40", "2027-01-15"),
        ("FL-WSH-20", "Felt washer 20x8x3 mm", 5000, "PCS", "0.06", "2027-01-15")])
    w = req_when(p) + dt.timedelta(minutes=4, seconds=30)
    human = ("This is the mail system at host mx2.kestrelgroup.example.\n\nI'm sorry to have to inform you that your "
             "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "                   The mail system\n\n<pedidos@fieltrolevante.example>: host "
             "mail.fieltrolevante.example[192.0.2.61]\n    said: 552 5.2.2 <pedidos@fieltrolevante.example>: "
             "Buzon lleno / Mailbox full - quota exceeded (in reply\n    to end of DATA command)\n")
    core = dsn_report(slug, p, human=human, status="5.2.2", reporting_mta="mx2.kestrelgroup.example",
                      remote_mta="mail.fieltrolevante.example",
                      diag="552 5.2.2 <pedidos@fieltrolevante.example>: Buzon lleno / Mailbox full - quota exceeded",
                      extra_msg=[("X-Postfix-Queue-ID", "4JbT1k0RZwz7Lq3")])
    hs = [("From", "MAILER-DAEMON@mx2.kestrelgroup.example (Mail Delivery System)"), ("To", buyer_addr(p)),
          ("Subject", "Undelivered Mail Returned to Sender"), ("Date", format_datetime(w)),
          ("Message-ID", "<%s.4JbT1k0RZwz7Lq3@mx2.kestrelgroup.example>" % w.strftime("%Y%m%d%H%M%S")),
          ("Auto-Submitted", "auto-replied")]
    return [p], simple_mail(hs, core), exp_kind("bounce", "Mailbox-full DSN; the PO table inside is our own request.")


@case("veneer-latvian-long-dates", "confirmation/lv-LV",
      "Latvian reply with long-form dates ('2027. gada 15. janvārī') in windows-1257: one later date, one as ordered.")
def c063(slug):
    s = sup("BALTVEN", "SIA Baltic Veneer", "pardosana@balticveneer.example", "lv-LV")
    p = po("4500319462", s, "EUR", "2026-11-04", [
        ("BV-BIR-15", "Birch veneer 1.5 mm, rotary, grade B/BB", 800, "M2", "2.35", "2027-01-08"),
        ("BV-OAK-06", "Oak veneer 0.6 mm, quarter cut", 150, "M2", "7.90", "2027-01-08")])
    body = ("Labdien, Maren!\n\nApstiprinām pasūtījumu Nr. 4500319462:\n"
            "1. pozīcija – 800 m², 2,35 EUR/m², piegāde 2027. gada 15. janvārī\n"
            "2. pozīcija – 150 m², 7,90 EUR/m², piegāde 2027. gada 8. janvārī\n\nAr cieņu\nLīga Ozola\n"
            "Pārdošanas nodaļa\nSIA Baltic Veneer\nRūpniecības iela 32, Rīga, LV-1045\nTālr. +371 67 312 480\n")
    eml = reply(slug, po_=p, frm=("Līga Ozola", "liga.ozola@balticveneer.example"), subject="RE: " + req_subject(p),
                when="2026-11-26 10:20:31 +0200", body=body, lang="lv", charset="windows-1257",
                cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, d="2027-01-15"), 2: "A"})],
                              "Line 1 delivery 15 Jan 2027 (later), line 2 8 Jan 2027 = PO; 'B/BB' is a grade.")


@case("blister-foil-chinese-questions", "needs_review/zh-CN",
      "Simplified Chinese (GBK) reply asks for the latest print artwork and the film width before confirming price and date.")
def c064(slug):
    s = sup("JYALU", "Jiangyin Alu Foil Packaging Co., Ltd.", "sales@jy-alufoil.example", "zh-CN")
    p = po("4500319467", s, "USD", "2026-11-06", [
        ("JY-PTP-20", "PTP aluminium foil 20 micron, 8011, printed 1 colour", 1500, "KG", "6.90", "2027-01-15"),
        ("JY-CF-45", "Cold forming foil OPA/AL/PVC 25/45/60", 900, "KG", "9.60", "2027-01-15")], buyer="pn")
    body = ("Priya 您好，\n\n收到贵司订单 4500319467，谢谢。在确认之前需要和您核对两点：\n"
            "1. 第1项印刷铝箔：请提供最新版本的印刷文件（目前我们只有 2025 年的版本）；\n"
            "2. 第2项冷成型铝箔：宽度是 250 mm 还是 260 mm？\n收到回复后我们会尽快确认交期和价格。\n\n此致\n敬礼\n\n"
            "陈静\n江阴铝箔包装有限公司 外贸部\n江苏省江阴市澄江东路 88 号\n电话：+86 510 8681 2256\n")
    eml = reply(slug, po_=p, frm=("陈静", "chenjing@jy-alufoil.example"), subject="回复: " + req_subject(p),
                when="2026-11-12 10:55:40 +0800", body=body, client="foxmail", quote="gmail", lang="en",
                charset="gbk", cte="base64", extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    return [p], eml, exp_kind("needs_review", "Two open questions (artwork, 250 vs 260 mm) and 'will confirm date and "
                              "price after your reply': nothing committed.")


@case("solar-geysers-erp-pdf", "confirmation/en-ZA",
      "Automatic SAP mail from a no-reply address with an uncompressed PDF sales-order acknowledgment; yyyy/mm/dd dates, one later date and one new price.")
def c065(slug):
    s = sup("SUNVAULT", "SunVault Solar Geysers (Pty) Ltd", "orders@sunvault.example", "en-ZA")
    p = po("4500319478", s, "ZAR", "2026-11-05", [
        ("SVG-150-LP", "Solar geyser 150 L, low pressure, 2.2 m2 collector", 20, "EA", "9850.00", "2027-01-22"),
        ("SVG-200-HP", "Solar geyser 200 L, high pressure, 3 kW element", 12, "EA", "14300.00", "2027-01-22"),
        ("SVG-VLV-22", "Pressure control valve 22 mm, 400 kPa", 32, "PCS", "385.00", "2027-01-22")])
    pdf = make_pdf([("SunVault Solar Geysers (Pty) Ltd", 14, True),
                    "14 Bofors Circle, Epping Industria 2, Cape Town 7460  |  VAT 4870264511", "",
                    ("SALES ORDER ACKNOWLEDGEMENT  SO-2026-11873", 13, True),
                    "Date: 2026/11/20          Customer: 100482 Kestrel Group", "Customer PO: 4500319478 dated 2026/11/05",
                    "Incoterms: DAP Hamburg    Payment: 60 days net", "",
                    ("Item  Material      Description                         Qty  UoM   Unit price ZAR   Req. date    Conf. delivery", 8, True),
                    "10    SVG-150-LP    Solar geyser 150 L LP, 2.2 m2          20  EA          9,850.00   2027/01/22   2027/01/22",
                    "20    SVG-200-HP    Solar geyser 200 L HP, 3 kW            12  EA         14,300.00   2027/01/22   2027/01/29",
                    "30    SVG-VLV-22    Pressure control valve 22 mm           32  EA            395.00   2027/01/22   2027/01/22",
                    "", "Order value excl. VAT: ZAR 381,240.00",
                    "Price change item 30: valve price list 2027 (PL-27/03).", "",
                    "This acknowledgement was generated electronically and is valid without signature."],
                   title="SO-2026-11873", author="SAP NetWeaver", compress=False, date="D:20261120071502+02'00'")
    body = ("Dear Customer,\n\nPlease find attached Sales Order Acknowledgement SO-2026-11873 for your purchase order "
            "4500319478.\n\nThis is an automatically generated e-mail from our SAP system. Please do not reply to "
            "this address; contact orders@sunvault.example for any queries.\n\nSunVault Solar Geysers (Pty) Ltd | "
            "Reg. No. 2009/018442/07 | 14 Bofors Circle, Epping Industria 2, Cape Town 7460\n")
    eml = reply(slug, po_=p, frm=("SunVault Sales Orders", "noreply@sunvault.example"),
                subject="Sales Order Acknowledgement SO-2026-11873 / PO 4500319478", when="2026-11-20 07:15:09 +0200",
                body=body, client="sap", quote="none", thread=False, html=False, charset="us-ascii", cte="7bit",
                attachments=[pdf_att(pdf, "SO-2026-11873.pdf")],
                extra=[("X-Mailer", "SAP NetWeaver 7.52"), ("Auto-Submitted", "auto-generated")])
    # 20*9850 + 12*14300 + 32*395 = 197000 + 171600 + 12640 = 381240
    return [p], eml, exp_conf([conf(p, {1: "A", 2: chg(p, 2, d="2027-01-29"), 3: chg(p, 3, price="395.00")})],
                              "ERP-generated acknowledgment (a confirmation, not an auto-reply): item 20 confirmed "
                              "for 2027/01/29, item 30 at 395.00; requested-date column must not be taken as confirmed.")


@case("walnut-veneer-flemish-ooo", "auto_reply/nl-BE",
      "Flemish Outlook out-of-office ('Automatisch antwoord') naming a return date and a backup colleague.")
def c066(slug):
    s = sup("HOUTKEM", "Houtfineer Kempen NV", "verkoop@houtfineer-kempen.example", "nl-BE")
    p = po("4500319486", s, "EUR", "2026-11-27", [
        ("HK-WAL-06", "Walnut veneer, American, 0.6 mm, crown cut", 200, "M2", "12.60", "2027-01-22")])
    body = ("Beste,\n\nIk ben afwezig tot en met maandag 7 december 2026. Uw e-mail wordt niet doorgestuurd.\n"
            "Voor dringende bestellingen kan u terecht bij mijn collega Els Peeters (els.peeters@houtfineer-"
            "kempen.example, +32 14 58 22 10).\n\nMet vriendelijke groeten,\nBart Wouters\nHoutfineer Kempen NV\n")
    eml = reply(slug, po_=p, frm=("Bart Wouters", "verkoop@houtfineer-kempen.example"),
                subject="Automatisch antwoord: " + req_subject(p), when="2026-11-27 10:41:20 +0100", body=body,
                lang="nl", quote="none", charset="windows-1252", cte="quoted-printable",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, exp_kind("auto_reply", "Out-of-office until Monday 7 December 2026; no answer to the order.")


@case("privacy-curtains-csv-schedule", "confirmation/en-IN",
      "Indian English body points to a CSV; one line is split 40 + 20 in a remarks column, amounts use lakh grouping (5,55,000.00).")
def c067(slug):
    s = sup("RAGHAV", "Raghav Healthcare Furnishings Pvt. Ltd.", "orders@raghavhcf.example", "en-IN")
    p = po("4500319493", s, "INR", "2026-11-04", [
        ("RHF-PC-FR", "Hospital privacy curtain FR, 3.6x2.1 m, mesh 50 cm, 2027 range", 300, "PCS", "1850.00", "2026-12-18"),
        ("RHF-TRK-6", "Cubicle track 6 m, aluminium, ceiling mount", 60, "EA", "4200.00", "2026-12-18"),
        ("RHF-GLD-100", "Track glider, nylon, pack of 100", 20, "BOX", "950.00", "2026-12-18")], buyer="pn")
    csv = ("PO No,Line,Item Code,Description,Qty,UOM,Unit Price (INR),Line Value (INR),Delivery Date,Remarks\n"
           "4500319493,1,RHF-PC-FR,\"Privacy curtain FR 3.6x2.1 m\",300,PCS,\"1,850.00\",\"5,55,000.00\",18-12-2026,Accepted\n"
           "4500319493,2,RHF-TRK-6,\"Cubicle track 6 m\",60,EA,\"4,200.00\",\"2,52,000.00\",15-01-2027,"
           "\"40 nos on 18-12-2026, balance 20 nos on 15-01-2027\"\n"
           "4500319493,3,RHF-GLD-100,\"Track glider pack of 100\",20,BOX,950.00,\"19,000.00\",18-12-2026,Accepted\n")
    body = ("Dear Ms. Priya,\n\nGreetings from Raghav Healthcare Furnishings!\n\nPlease find attached our order "
            "acceptance for PO No. 4500319493 in CSV format as requested. Kindly note the revised delivery schedule "
            "for line 2.\n\nThanks & Regards,\nVikram Sharma\nSr. Executive - Exports\nRaghav Healthcare Furnishings "
            "Pvt. Ltd.\nPlot No. 48, Sector 6, IMT Manesar, Gurugram 122050\nM: +91 98110 42765\n")
    eml = reply(slug, po_=p, frm=("Vikram Sharma", "vikram.sharma@raghavhcf.example"), subject="RE: " + req_subject(p),
                when="2026-11-17 18:22:05 +0530", body=body, lang="en", charset="us-ascii", cte="7bit",
                attachments=[csv_att(csv, "PO_4500319493_acceptance.csv", "us-ascii", "7bit")])
    return [p], eml, exp_conf([conf(p, {1: "A", 2: chg(p, 2, sched=[(40, "2026-12-18"), (20, "2027-01-15")]),
                                        3: "A"})],
                              "CSV attachment: line 2 split 40 nos 18-12-2026 + 20 nos 15-01-2027 (remarks column); "
                              "lakh-grouped line values are totals, not unit prices.")


@case("fishing-reels-min-qty-options", "needs_review/pl-PL",
      "Polish reply: the PO price only applies from 500 pieces; offers two options (300 at a higher price or 500 at the PO price) and asks which.")
def c068(slug):
    s = sup("POLKOL", "Polskie Kolowrotki Sp. z o.o.", "handel@kolowrotki.example", "pl-PL")
    p = po("4500319501", s, "PLN", "2026-11-06", [
        ("PK-SP-3000", "Spinning reel 3000, 5.2:1, aluminium spool", 300, "EA", "118.00", "2027-01-22")])
    body = ("Dzień dobry,\n\ndziękujemy za zamówienie 4500319501. Cena 118,00 zł/szt. obowiązuje przy zamówieniu "
            "min. 500 szt. Przy 300 szt. cena wynosi 126,50 zł/szt., albo 118,00 zł/szt. po zwiększeniu ilości do "
            "500 szt. Termin realizacji w obu przypadkach 22.01.2027.\nProszę o informację, którą opcję Państwo "
            "wybierają.\n\nPozdrawiam\nTomasz Zieliński\nDział Handlowy\nPolskie Kołowrotki Sp. z o.o.\n"
            "ul. Wędkarska 7, 43-300 Bielsko-Biała\ntel. +48 33 822 19 40\n")
    eml = reply(slug, po_=p, frm=("Tomasz Zieliński", "t.zielinski@kolowrotki.example"),
                subject="RE: " + req_subject(p), when="2026-11-13 09:27:14 +0100", body=body, lang="pl",
                charset="iso-8859-2", cte="quoted-printable")
    return [p], eml, exp_kind("needs_review", "Two alternatives (300 at 126,50 or 500 at 118,00) and a request to "
                              "choose: the buyer must decide, nothing is confirmed yet.")


@case("drone-props-marketing-mail", "unrelated/zh-CN",
      "Bilingual English/Chinese promotional mail from the supplier (Black Friday discount, MOQ, 2027 series) with no reference to the open PO.")
def c069(slug):
    s = sup("SKYBLADE", "Ningbo SkyBlade Propeller Co., Ltd.", "sales@skyblade-prop.example", "zh-CN")
    p = po("4500319512", s, "USD", "2026-11-06", [
        ("SB-2388-CF", "Carbon propeller 23x8.8, pair, 2027 series", 50, "PAIR", "96.00", "2027-01-29")])
    body = ("Dear Purchasing Manager,\n\nBlack Friday offer from SkyBlade! 15% OFF all 2027 series carbon propellers "
            "for orders placed before 30 Nov 2026.\n- 23x8.8 CF pair: now USD 81.60 (was USD 96.00), MOQ 200 pairs\n"
            "- 30x10 CF pair: USD 148.00, MOQ 100 pairs\nLead time 25-30 days, free samples available.\n\n"
            "尊敬的采购经理：黑色星期五特惠，2027 系列碳纤维螺旋桨全场 85 折，11 月 30 日前下单有效。\n\n"
            "Best regards,\nLily Zhang\nNingbo SkyBlade Propeller Co., Ltd.\nNo. 88 Xingye Road, Beilun, Ningbo, China\n"
            "WhatsApp/WeChat: +86 138 5748 2261\nTo unsubscribe, reply 'TD'.\n")
    eml = reply(slug, po_=None, frm=("Lily Zhang", "sales@skyblade-prop.example"),
                subject="Black Friday: 15% OFF 2027 carbon propellers / 黑色星期五特惠", when="2026-11-27 09:00:12 +0800",
                body=body, client="gmail", quote="none", thread=False, to="maren.holt@kestrelgroup.example",
                charset="UTF-8", cte="base64", extra=[("Precedence", "bulk")])
    return [p], eml, exp_kind("unrelated", "Marketing mail from the PO's supplier; USD 96.00 and 23x8.8 match the PO "
                              "item but it is a promotion, not an answer to PO 4500319512.")


@case("curtain-hooks-per-box-and-reject", "confirmation/en-GB",
      "British reply prices hooks per box of 50 on a PO in pieces, gives despatch and delivery dates for curtains (delivery wins) and rejects the rails.")
def c070(slug):
    s = sup("ALBION", "Albion Curtain Systems Ltd", "sales@albion-curtains.example", "en-GB")
    p = po("4500319523", s, "GBP", "2026-11-09", [
        ("ACS-HK-Q", "Quick-release curtain hook, white, 50 per box", 2000, "PCS", "0.1150", "2026-12-18"),
        ("ACS-CUR-FR", "Privacy curtain FR, 2.4x2.0 m, mesh top 40 cm, 2027 pattern", 60, "PCS", "52.00", "2026-12-18"),
        ("ACS-RAIL-4", "Curtain rail 4 m, bendable, 25 mm", 20, "EA", "44.00", "2026-12-18")])
    body = ("Hi Maren,\n\nThanks for PO 4500319523.\n\nHooks: sold in boxes of 50, so 40 boxes at £6.25 per box, "
            "delivered 18/12/2026.\nCurtains: 60 pcs at £52.00, despatched 11/12/2026, delivered to Hamburg "
            "18/12/2026.\nRails: we no longer stock the 4 m rail - sorry, please cancel this line.\n\n"
            "Kind regards,\nHannah Clarke\nCustomer Services\nAlbion Curtain Systems Ltd\n"
            "Unit 7, Riverside Park, Stockport SK4 1DL\n0161 480 2273\n\nThis e-mail and any attachments are "
            "confidential and intended solely for the addressee. Albion Curtain Systems Ltd, registered in England "
            "No. 04418720.\n")
    eml = reply(slug, po_=p, frm=("Hannah Clarke", "hannah.clarke@albion-curtains.example"),
                subject="RE: " + req_subject(p), when="2026-12-02 11:03:27 +0000", body=body, lang="en",
                charset="utf-8", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, price="0.125"), 2: "A", 3: "R"})],
                              "Hooks: 40 boxes x 50 = 2000 pcs, £6.25/50 = 0.125 per piece (PO 0.1150). Curtains: "
                              "delivery 18/12/2026 wins over despatch 11/12, so accepted. Rails cancelled = rejected.")
