"""Cases 055-070."""
import html as H

from . import common as C
from . import mime, pdf, xlsx
from .common import ACC, REJ, UNC, L, PO, S, answer, case, chg, sched
from .kit import bnd, gmail_body, inline_quote, mid, outlook_body


# ---------------------------------------------------------------- 055
@case(55, "gb-reed-spec-questions", "needs_review", "en-GB",
      "supplier asks two specification questions (pre-tested or not, which drone reed style) before confirming anything")
def c055():
    sup = S("BORDERPIPE", "Border Pipe Supplies Ltd", "sales@borderpipes.example", "en-GB")
    po = PO(4500031455, sup, "dana", "GBP", "2026-11-30", [
        L("BR-DR-CANE", "Bagpipe drone reed set, cane, 2 tenor + 1 bass", 30, "SET", "21.00", "2026-12-16"),
        L("BR-CH-NAILL", "Bagpipe chanter reed, medium-hard, for Naill chanter", 120, "EA", "5.20", "2026-12-16")])
    reply = """Morning Dana,

Before we put this through - on line 2, do you want them pre-tested and set up for the Naill chanter, or untested? The PO says "for Naill chanter" but the price you have is our untested price (pre-tested are £6.40).

Also, can you confirm whether line 1 should be the Ezeedrone-style cane set or the traditional Kinnaird style? They are different prices.

Once I hear back I'll confirm dates.

Ta,
Euan

Euan Armstrong
Border Pipe Supplies Ltd | 3 Tweed Mill Yard, Hawick TD9 0AA
01450 370 000"""
    body = outlook_body(po, reply, lang="en-GB", tz=0, charset="utf-8", hlang="EN-GB", seed="c055")
    hdr = C.reply_headers(po, ("Euan Armstrong", "euan@borderpipes.example"), "2026-12-01 08:36:14 +0000",
                          mid("outlook", "c055"), client="outlook365", lang_tag="en-GB", ip="203.0.113.25",
                          host="mail-lo2gbr01on2093.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), None, \
        "Questions about specification and price basis; dates promised only after the buyer answers."


# ---------------------------------------------------------------- 056
@case(56, "ua-koi8u-gloves-split", "confirmation", "uk-UA",
      "Ukrainian in KOI8-U/8bit (Thunderbird, '> ' quote): one line split 25 pairs by 21.12.2026 and 15 pairs on 11.01.2027")
def c056():
    sup = S("PODILLIA", "ТОВ «Бджільництво Поділля»", "zamovlennia@bdzhilpodillia.example", "uk-UA")
    po = PO(4500031460, sup, "priya", "UAH", "2026-11-25", [
        L("BS-UA-100", "Bee smoker, stainless steel, 100 mm", 80, "EA", "640.00", "2026-12-21"),
        L("BS-UA-VEIL", "Beekeeping hat with veil, cotton mesh", 40, "EA", "310.00", "2026-12-21"),
        L("BS-UA-GLV", "Beekeeping gloves, leather", 40, "PR", "280.00", "2026-12-21")])
    reply = """Добрий день, пані Прія!

Дякуємо за замовлення 4500031460. Підтверджуємо:

1. Димар з нержавіючої сталі 100 мм - 80 шт. по 640,00 грн, поставка 21.12.2026.
2. Капелюх бджоляра з сіткою - 40 шт. по 310,00 грн, поставка 21.12.2026.
3. Рукавиці шкіряні - до 21.12.2026 можемо поставити лише 25 пар, решту 15 пар - 11.01.2027.
   Ціна 280,00 грн за пару без змін.

З повагою,
Оксана Мельник
менеджер зі збуту
ТОВ "Бджільництво Поділля", м. Вінниця
тел. +380 432 00 00 00
"""
    t = C.local_request_dt(po, 2)
    attr = "%02d.%02d.26 %02d:%02d, Priya Natarajan пише:" % (t.day, t.month, t.hour, t.minute)
    text = reply + "\n" + C.q_prefix(po, attr) + "\n"
    body = mime.plain(text, "koi8-u", "8bit", params={"format": "flowed"})
    hdr = C.reply_headers(po, ("Оксана Мельник", "o.melnyk@bdzhilpodillia.example"), "2026-11-27 14:18:09 +0200",
                          mid("tb", "c056", "bdzhilpodillia.example"), prefix="Re: ", name_charset="koi8-u",
                          client="thunderbird", lang_tag="uk-UA", ip="198.51.100.160")
    return [po], mime.build(hdr, body), [answer(po, {
        1: ACC, 2: ACC, 3: chg(schedule=sched((25, "2026-12-21"), (15, "2027-01-11")), date="2027-01-11")})], \
        "Line 3 split: 25 pairs by 21.12.2026, 15 pairs on 11.01.2027, same price; lines 1-2 as ordered."


# ---------------------------------------------------------------- 057
@case(57, "bg-cp1251-plus-8-percent", "confirmation", "bg-BG",
      "Bulgarian in windows-1251 (prices in EUR after the euro switch); one line priced as '+8 %' on the PO price")
def c057():
    sup = S("STOYANOV", "Ветропоказатели Стоянов ЕООД", "poruchki@stoyanov-vane.example", "bg-BG")
    po = PO(4500031470, sup, "tom", "EUR", "2026-11-26", [
        L("WV-BG-ARR", "Weather vane arrow, forged steel, 70 cm, black", 20, "EA", "58.00", "2026-12-18"),
        L("WV-BG-SPN", "Weather vane spindle with bearing, 40 cm", 20, "EA", "23.50", "2026-12-18")])
    reply = """Здравейте, г-н Окафор,

Благодарим Ви за поръчка № 4500031470, която потвърждаваме, както следва:

поз. 1 – стрелка за ветропоказател, ковано желязо, 70 см – 20 бр. по 58,00 EUR, доставка 18.12.2026 г.
поз. 2 – ос с лагер, 40 см – 20 бр., цена +8 % спрямо поръчката поради поскъпване на лагерите, доставка 18.12.2026 г.

С уважение,
Светлана Стоянова
Ветропоказатели Стоянов ЕООД
гр. Габрово, ул. „Индустриална“ 7
тел. +359 66 800 000"""
    body = outlook_body(po, reply, lang="en-GB", tz=2, charset="windows-1251", hlang="BG", seed="c057",
                        labels=("От:", "Изпратено:", "До:", "Относно:"),
                        sent="четвъртък, 26 ноември 2026 г. %d:%02d" % (C.local_request_dt(po, 2).hour, C.local_request_dt(po, 2).minute))
    hdr = C.reply_headers(po, ("Светлана Стоянова", "s.stoyanova@stoyanov-vane.example"), "2026-11-27 10:10:10 +0200",
                          mid("outlook", "c057"), prefix="RE: ", name_charset="windows-1251", client="outlook365",
                          lang_tag="bg-BG", ip="203.0.113.144", host="mail-fr2deu01on2108.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: chg(unit_price="25.38")})], \
        "Line 2: '+8 %' on the PO price 23.50 = 25.38; line 1 as ordered."


# ---------------------------------------------------------------- 058
@case(58, "br-resposta-automatica-ferias", "auto_reply", "pt-BR",
      "Portuguese 'Resposta automática' vacation notice with a date range and a colleague to contact")
def c058():
    sup = S("ROLOSPAULISTA", "Rolos Gráficos Paulista Ltda.", "carlos.mendes@rolospaulista.example", "pt-BR")
    po = PO(4500031475, sup, "jonas", "BRL", "2026-12-01", [
        L("PR-BR-OFF72", "Offset ink roller D72 x 1050 mm, re-covered", 8, "EA", "1150.00", "2027-01-18"),
        L("PR-BR-WAT", "Water form roller D60 x 1050 mm", 4, "EA", "980.00", "2027-01-18")], sent="12:00:00")
    reply = """Olá,

Estou em férias de 30/11 a 18/12/2026, sem acesso a e-mails.
Para pedidos e cotações, favor contatar Fernanda Lima (fernanda.lima@rolospaulista.example / (11) 4390-0000).

Obrigado,
Carlos Mendes"""
    body = outlook_body(po, reply, quote=False, charset="iso-8859-1", hlang="PT-BR", seed="c058")
    hdr = C.reply_headers(po, ("Carlos Mendes", "carlos.mendes@rolospaulista.example"), "2026-12-01 09:00:09 -0300",
                          mid("outlook-us", "c058"), subject="Resposta automática: " + C.request_subject(po),
                          subj_charset="iso-8859-1", client="outlook365", lang_tag="pt-BR", ip="203.0.113.172",
                          host="mail-cp2bra01on2077.outbound.protection.outlook.com",
                          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], mime.build(hdr, body), None, \
        "Vacation auto-reply (30/11-18/12/2026); no commitment."


# ---------------------------------------------------------------- 059
@case(59, "ca-catalan-only-two-wheels", "confirmation", "ca-ES",
      "Catalan reply ('1.395,00 €', 'lliurament el 18/12/2026'); one line cut from 3 to 2 units, the third wheel not supplied")
def c059():
    sup = S("TORNSPUIG", "Torns Ceràmics Puig SL", "comandes@tornspuig.example", "ca-ES")
    po = PO(4500031480, sup, "priya", "EUR", "2026-11-24", [
        L("PW-CA-T45", "Potter's wheel, 45 cm wheel head, 1/2 HP", 3, "EA", "1395.00", "2026-12-18"),
        L("PW-CA-BAT", "Plastic wheel bats 35 cm, set of 10", 6, "SET", "79.00", "2026-12-18"),
        L("PW-CA-STL", "Adjustable potter's stool", 3, "EA", "112.00", "2026-12-18")])
    reply = """Bon dia, Priya,

Us confirmem la comanda 4500031480:

- Torns T-45: aquest any només en podem servir 2 unitats, a 1.395,00 € la unitat, amb lliurament el 18/12/2026. El tercer torn no el podrem fer.
- 6 jocs de bats de 35 cm a 79,00 € el joc: lliurament el 18/12/2026.
- 3 tamborets regulables a 112,00 €: lliurament el 18/12/2026.

Salutacions cordials,

Jordi Puig i Ferrer
Torns Ceràmics Puig SL
C/ de la Terrissa, 14 - 08740 Sant Andreu de la Barca
Tel. 93 682 00 00"""
    t = C.local_request_dt(po, 1)
    body = outlook_body(po, reply, lang="ca", tz=1, charset="iso-8859-15", hlang="CA", seed="c059")
    hdr = C.reply_headers(po, ("Jordi Puig", "jordi@tornspuig.example"), "2026-11-26 12:04:39 +0100",
                          mid("outlook", "c059"), prefix="RE: ", client="outlook365", lang_tag="ca-ES",
                          ip="203.0.113.90", host="mail-db8eur05on2108.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: chg(quantity=2), 2: ACC, 3: ACC})], \
        "Line 1 confirmed for 2 of 3 wheels (the third is not supplied); lines 2-3 as ordered."


# ---------------------------------------------------------------- 060
@case(60, "de-erp-pdf-pos-10-20-30", "confirmation", "de-DE",
      "ERP mail 'bitte nicht antworten' with a Flate-compressed PDF Auftragsbestätigung using positions 10/20/30; no request on record")
def c060():
    sup = S("HIRSCHWALZ", "Walzen-Technik Hirsch GmbH", "vertrieb@walzen-hirsch.example", "de-DE")
    po = PO(4500031485, sup, "jonas", "EUR", "2026-11-23", [
        L("PR-INK-880", "Printing press ink roller D90 x 880 mm, NBR 28 Shore A", 4, "EA", "368.00", "2026-12-16"),
        L("PR-DST-880", "Printing press distributor roller D70 x 880 mm, Rilsan coated", 2, "EA", "455.00", "2026-12-16"),
        L("PR-DMP-880", "Printing press dampening form roller D75 x 880 mm", 4, "EA", "342.00", "2026-12-16")], request=False)
    pg = pdf.Page()
    pg.text(50, 50, "Walzen-Technik Hirsch GmbH", "F2", 14)
    pg.text(50, 66, "Rheinstraße 112 · 69190 Walldorf · Tel. +49 6227 38 00-0", "F1", 8)
    pg.text(50, 110, "Tarnwell Engineering Ltd", "F1", 10)
    pg.text(50, 123, "Unit 4 Riverside Park", "F1", 10)
    pg.text(50, 136, "Leeds LS10 1AB", "F1", 10)
    pg.text(50, 149, "Großbritannien", "F1", 10)
    pg.text(360, 110, "Auftragsbestätigung", "F2", 13)
    info = [("Auftrags-Nr.:", "20261187"), ("Datum:", "01.12.2026"), ("Kunden-Nr.:", "40877"),
            ("Ihre Bestellung:", "4500031485 vom 23.11.2026"), ("Ihr Zeichen:", "J. Ekberg"), ("Unser Zeichen:", "S. Weber")]
    for i, (k, v) in enumerate(info):
        pg.text(360, 128 + i * 12, k, "F1", 8)
        pg.text(440, 128 + i * 12, v, "F1", 8)
    pg.text(50, 220, "Sehr geehrte Damen und Herren, wir danken für Ihren Auftrag, den wir zu unseren Verkaufs- und", "F1", 9)
    pg.text(50, 232, "Lieferbedingungen wie folgt bestätigen:", "F1", 9)
    y = 262
    pg.rect(45, y - 10, 505, 14, 0.88)
    cols = [(50, "Pos."), (80, "Material / Bezeichnung"), (330, "Menge"), (375, "Einh."), (410, "Preis/Einh."), (470, "Betrag EUR")]
    for x, h in cols:
        pg.text(x, y, h, "F2", 8)
    items = [
        ("10", "PR-INK-880", "Farbwalze D90 x 880, NBR 28 Sh A", "4", "368,00", "1.472,00", "16.12.2026"),
        ("20", "PR-DST-880", "Reiberwalze D70 x 880, Rilsan", "2", "455,00", "910,00", "08.01.2027"),
        ("30", "PR-DMP-880", "Feuchtauftragwalze D75 x 880", "4", "342,00", "1.368,00", "16.12.2026"),
    ]
    y += 20
    for pos, mat, txt, qty, price, amt, dd in items:
        pg.text(50, y, pos, "F1", 8)
        pg.text(80, y, "Ihre Mat.-Nr. " + mat, "F2", 8)
        pg.text(330, y, qty, "F1", 8)
        pg.text(375, y, "Stk", "F1", 8)
        pg.text(410, y, price, "F1", 8)
        pg.text(470, y, amt, "F1", 8)
        pg.text(80, y + 11, txt, "F1", 8)
        pg.text(80, y + 22, "Liefertermin: " + dd, "F1", 8)
        y += 40
    pg.line(45, y - 6, 550, y - 6)
    pg.text(330, y + 6, "Nettowert", "F2", 8)
    pg.text(470, y + 6, "3.750,00", "F2", 8)
    pg.text(50, y + 40, "Lieferbedingung: DAP Leeds (Incoterms 2020)   Zahlungsbedingung: 30 Tage netto", "F1", 8)
    pg.text(50, y + 52, "Pos. 20: Rilsan-Beschichtung erfolgt extern, daher abweichender Liefertermin.", "F1", 8)
    pg.text(50, 790, "Geschäftsführer: Dr. Felix Hirsch · HRB 70123 Amtsgericht Mannheim · USt-IdNr. DE 143 000 000", "F1", 7)
    data = pdf.build([pg], title="Auftragsbestätigung 20261187", author="Walzen-Technik Hirsch GmbH",
                     producer="SAP NetWeaver 7.50 / Adobe Document Services")
    txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 20261187 zu Ihrer Bestellung 4500031485.

Bitte prüfen Sie die Angaben. Sollten Abweichungen bestehen, wenden Sie sich bitte innerhalb von 3 Tagen an vertrieb@walzen-hirsch.example.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Walzen-Technik Hirsch GmbH"""
    body = mime.mixed([mime.plain(txt, "iso-8859-1", "quoted-printable"),
                       mime.attachment(data, "application/pdf", "AB_20261187.pdf")], bnd("other", "c060"))
    hdr = [("Return-Path", "<noreply@walzen-hirsch.example>"),
           C.received("sap-mail.walzen-hirsch.example", "203.0.113.170", "jonas.ekberg@tarnwell.example",
                      "2026-12-01 06:12:03 +0100", seed="c060"),
           ("From", mime.addr("Walzen-Technik Hirsch GmbH", "noreply@walzen-hirsch.example")),
           ("To", "jonas.ekberg@tarnwell.example"),
           ("Subject", mime.ew("Auftragsbestätigung 20261187 zu Ihrer Bestellung 4500031485", "iso-8859-1", "Q")),
           ("Date", C.rfcdate("2026-12-01 06:12:03 +0100")),
           ("Message-ID", "<20261201061203.000021.SAPDS@sap-mail.walzen-hirsch.example>"),
           ("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")]
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: chg(date="2027-01-08"), 3: ACC})], \
        "ERP acknowledgment (automatic but committing): Pos. 10/20/30 = PO lines 1/2/3 by material number; Pos. 20 on 08.01.2027."


# ---------------------------------------------------------------- 061
@case(61, "cn-spring-festival-notice", "unrelated", "zh-CN",
      "mass 'Spring Festival holiday notice' in GBK/HTML from a supplier with an open PO, full of February 2027 dates and an order cut-off")
def c061():
    sup = S("HENGWEN", "山东寿光恒温设备有限公司", "export@sghengwen.example", "zh-CN")
    po = PO(4500031490, sup, "jonas", "CNY", "2026-11-30", [
        L("GH-HW-90", "Hot water unit heater 90 kW for greenhouse", 6, "EA", "7350.00", "2027-01-22"),
        L("GH-VLV-3W", "Three-way mixing valve DN40 with actuator", 6, "EA", "980.00", "2027-01-22")])
    body_t = """尊敬的客户：

您好！

根据国家法定节假日安排，结合我司实际情况，现将2027年春节放假安排通知如下：

放假时间：2027年2月4日（星期四）至2月14日（星期日），共11天；
2月15日（星期一）正常上班。

温馨提示：
1. 1月20日之后下达的订单，将于节后统一安排生产；
2. 节前最后发货日为2月2日，请各位客户提前安排采购计划；
3. 放假期间如有紧急事宜，请联系外贸部王丽：138 0536 0000（微信同号）。

感谢您一直以来的支持与信任，恭祝新春快乐，万事如意！

山东寿光恒温设备有限公司
2026年12月3日

Dear valued customer,
Our factory will be closed for the Spring Festival from Feb 4 to Feb 14, 2027 and will resume work on Feb 15. Orders placed after Jan 20 will be produced after the holiday.
"""
    htm = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body style=\"font-family:SimSun\">" + \
        "".join("<p>%s</p>" % H.escape(p).replace("\n", "<br>") for p in body_t.split("\n\n")) + "</body></html>"
    body = mime.alternative([mime.plain(body_t, "gbk", "base64"), mime.html(htm, "gbk", "base64")],
                            "----=_NextPart_674EA1F2_0C1D5B80_2E7A4C11")
    hdr = [("Return-Path", "<export@sghengwen.example>"),
           C.received("smtpbg.sghengwen.example", "183.3.226.35", "jonas.ekberg@tarnwell.example",
                      "2026-12-03 10:05:11 +0800", seed="c061"),
           ("From", mime.addr("山东寿光恒温设备有限公司", "export@sghengwen.example", "gbk")),
           ("To", mime.addr("客户", "export@sghengwen.example", "gbk")),
           ("Subject", mime.ew("2027年春节放假通知 / Spring Festival Holiday Notice", "gbk")),
           ("Date", C.rfcdate("2026-12-03 10:05:11 +0800")),
           ("Message-ID", "<tencent_8C2F4E1A9B3D7C6E5F0A1B2C@qq.example>"),
           ("X-Mailer", "Foxmail 7.2.25.375[cn]")]
    return [po], mime.build(hdr, body), None, \
        "Bcc mass holiday notice (Spring Festival 4-14 Feb 2027, cut-off 20 Jan); not an answer to the PO."


# ---------------------------------------------------------------- 062
@case(62, "ee-nadal-51", "confirmation", "et-EE",
      "Estonian: all lines as ordered except the delivery 'nädal 51' (ISO week 51 -> Friday 18.12.2026, later than 15.12)")
def c062():
    sup = S("AIATARVIK", "Aiatarvikud OÜ", "tellimused@aiatarvikud.example", "et-EE")
    po = PO(4500031495, sup, "marta", "EUR", "2026-11-26", [
        L("FS-EE-35", "Fence staple 3.5 x 35 mm, galvanised, 5 kg pack", 120, "EA", "13.90", "2026-12-15"),
        L("FS-EE-45", "Fence staple 4.0 x 45 mm, galvanised, 5 kg pack", 80, "EA", "14.60", "2026-12-15")])
    reply = """Tere, Marta!

Aitäh tellimuse eest. Kinnitame tellimuse nr 4500031495 vastavalt Teie hindadele ja kogustele:

1. Aiaklambrid 3,5 x 35 mm, 5 kg pakk - 120 tk à 13,90 €
2. Aiaklambrid 4,0 x 45 mm, 5 kg pakk - 80 tk à 14,60 €

Tarne: nädal 51 (veoauto väljub Tallinnast esmaspäeval, 14.12).

Lugupidamisega
Kadri Tamm
Aiatarvikud OÜ
Tööstuse 48, 10416 Tallinn
Tel +372 600 0000"""
    t = C.local_request_dt(po, 2)
    attr = "Kontakt Marta Kowalczyk (<marta.kowalczyk@tarnwell.example>) kirjutas kuupäeval N, 26. nov 2026 kell %d:%02d:" % (t.hour, t.minute)
    body = gmail_body(po, reply, attr, seed="c062", charset="ISO-8859-15")
    hdr = C.reply_headers(po, ("Kadri Tamm", "kadri@aiatarvikud.example"), "2026-11-27 09:26:50 +0200",
                          mid("gmail", "c062"), prefix="Re: ", client="gmail", ip="209.85.167.41",
                          host="mail-lf1-f41.google.example")
    return [po], mime.build(hdr, body), [answer(po, {
        1: chg(date=C.kw(2026, 51)), 2: chg(date=C.kw(2026, 51))})], \
        "'Tarne: nädal 51' is the delivery = Friday 2026-12-18 (the truck leaving on 14.12 is not the delivery date); quantities and prices as ordered."


# ---------------------------------------------------------------- 063
@case(63, "nl-needs-drawing-rev-c", "needs_review", "nl-NL",
      "Dutch supplier will not confirm until a revised PO with drawing rev. C arrives (anchor plate hole pattern changed)")
def c063():
    sup = S("BRUGOPL", "Brugoplegging Nederland B.V.", "orderdesk@brugoplegging.example", "nl-NL")
    po = PO(4500031500, sup, "tom", "EUR", "2026-11-27", [
        L("BB-NL-RB350", "Reinforced elastomeric bridge bearing 350 x 450 x 63 mm, type B, drawing rev. B", 12, "EA", "1120.00", "2027-01-20"),
        L("BB-NL-ANCH", "Anchor plate set for bridge bearing 350 x 450, drawing rev. B", 12, "SET", "186.00", "2027-01-20")])
    reply = """Goedemiddag Tom,

Dank voor de order. Voordat wij kunnen bevestigen hebben wij tekening rev. C nodig: op de order staat rev. B, maar volgens onze projectmap is de ankerplaat gewijzigd (gatenpatroon 4x M24 i.p.v. 4x M20).

Kunt u een aangepaste order sturen met de juiste revisie? Dan bevestigen wij per omgaande prijs en levertijd.

Met vriendelijke groet,

Wouter Jansen
Orderdesk
Brugoplegging Nederland B.V. | Havenweg 31 | 4791 RB Klundert
T +31 168 40 00 00"""
    body = outlook_body(po, reply, lang="nl", tz=1, charset="utf-8", hlang="NL", seed="c063")
    hdr = C.reply_headers(po, ("Wouter Jansen", "w.jansen@brugoplegging.example"), "2026-11-30 13:58:12 +0100",
                          mid("outlook", "c063"), prefix="RE: ", client="outlook365", lang_tag="nl-NL",
                          ip="203.0.113.124", host="mail-am6eur05on2100.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), None, \
        "Confirmation withheld until a revised PO with drawing rev. C is sent."


# ---------------------------------------------------------------- 064
@case(64, "de-html-only-dienstag-kw50", "confirmation", "de-DE",
      "HTML-only webmail reply (no text part): 'am Dienstag, KW 50' (a named day of the week) and one line struck off as sold out")
def c064():
    sup = S("REINHARDT", "Kunstschmiede Reinhardt", "info@kunstschmiede-reinhardt.example", "de-DE")
    po = PO(4500031505, sup, "marta", "EUR", "2026-11-25", [
        L("WV-DE-PF90", "Weather vane arrow, stainless steel, 90 cm, laser-cut", 15, "EA", "128.00", "2026-12-11"),
        L("WV-DE-KUG", "Copper ball 80 mm for weather vane", 15, "EA", "36.00", "2026-12-11"),
        L("WV-DE-HAHN", "Weather vane cockerel, copper, 45 cm", 5, "EA", "214.00", "2026-12-11")])
    t = C.local_request_dt(po, 1)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Hallo Frau Kowalczyk,</div>

<div>&nbsp;</div>

<div>danke für die Bestellung. Pos. 1 (Pfeile) und Pos. 2 (Kugeln) liefern wir wie bestellt am Dienstag, KW 50.</div>

<div>&nbsp;</div>

<div>Pos. 3 (Hahn) ist leider ausverkauft, die nächste Serie ist erst Ende Februar fertig &ndash; diese Position müssen wir leider streichen.</div>

<div>&nbsp;</div>

<div>Viele Grüße aus dem Allgäu</div>

<div>Thomas Reinhardt</div>

<div>&nbsp;</div>

<div>--<br>Kunstschmiede Reinhardt &middot; Inh. Thomas Reinhardt &middot; Schmiedgasse 4 &middot; 87435 Kempten<br>Tel. 0831 000 00 00</div>

<div>&nbsp;
<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">
<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Mittwoch, 25. November 2026 um %d:%02d Uhr<br>
<b>Von:</b>&nbsp;&quot;Marta Kowalczyk&quot; &lt;marta.kowalczyk@tarnwell.example&gt;<br>
<b>An:</b>&nbsp;info@kunstschmiede-reinhardt.example<br>
<b>Betreff:</b>&nbsp;%s</div>

<div name="quoted-content">%s</div>
</div>
</div></div></body></html>
""" % (t.hour, t.minute, H.escape(C.request_subject(po)), C.request_html(po))
    body = mime.html(htm, "UTF-8", "quoted-printable")
    hdr = C.reply_headers(po, ("Thomas Reinhardt", "info@kunstschmiede-reinhardt.example"), "2026-11-26 19:41:22 +0100",
                          "<trinity-5b3f0c2e-8d41-4a7e-9c1f-2e6a0b7d3f15-1796236882417@3c-app-webde-bap41>",
                          prefix="Aw: ", client="gmail", ip="212.227.15.19", host="mout.kundenserver.example",
                          extra=[("Sensitivity", "Normal"), ("Importance", "normal"),
                                 ("X-UI-Message-Type", "mail"), ("X-Priority", "3")])
    return [po], mime.build(hdr, body), [answer(po, {
        1: chg(date=C.kw(2026, 50, 2)), 2: chg(date=C.kw(2026, 50, 2)), 3: REJ})], \
        "'Dienstag, KW 50' = Tuesday 2026-12-08 (earlier than 11.12) for lines 1-2; line 3 sold out and struck off -> rejected."


# ---------------------------------------------------------------- 065
@case(65, "gb-red-answers-in-html-table", "confirmation", "en-GB",
      "HTML-only Outlook reply: answers typed in red into the cells of our quoted PO table; the text part is missing")
def c065():
    sup = S("SEVERNMW", "Severn Millwrights Ltd", "office@severnmillwrights.example", "en-GB")
    po = PO(4500031510, sup, "dana", "GBP", "2026-11-26", [
        L("WW-GB-ELM", "Water wheel float board, elm, 1500 x 300 x 50 mm", 36, "EA", "78.00", "2027-01-14"),
        L("WW-GB-SHR", "Water wheel shroud plate segment, cast iron", 8, "EA", "265.00", "2027-01-14"),
        L("WW-GB-CLT", "Water wheel float clip, wrought iron, pair", 36, "PR", "12.40", "2027-01-14")])
    red = {1: "OK", 2: "&pound;279.00 &ndash; pattern needs repair, delivery 28/01", 3: "OK"}
    th = "".join('<th style="border:1px solid #999;padding:2px 6px;background:#e7ecf3">%s</th>' % h
                 for h in ("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need by"))
    trs = []
    for l in po["lines"]:
        tds = [str(l["line"]), l["item"], H.escape(l["description"]), str(l["quantity"]), l["uom"],
               "%s %s" % (po["currency"], l["unit_price"]),
               '%s <span style="color:red"><b>%s</b></span>' % (l["requested_date"], red[l["line"]])]
        trs.append("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % x for x in tds))
    table = '<table style="border-collapse:collapse;font-size:10pt"><tr>%s</tr>%s</table>' % (th, "".join(trs))
    req = C.request_html(po)
    start, end = req.index("<table"), req.index("</table>") + len("</table>")
    req = req[:start] + table + req[end:]
    hdr_block = C.q_html_outlook(po, "en-GB", 0)
    hdr_block = hdr_block[:hdr_block.index("<p>Dear Sir")] + req
    inner = ('<p class="MsoNormal">Hi Dana,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
             '<p class="MsoNormal">Please see our answers in <span style="color:red">red</span> below.<o:p></o:p></p>'
             '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Regards,<o:p></o:p></p>'
             '<p class="MsoNormal">Gareth<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
             '<p class="MsoNormal"><b>Gareth Pryce</b> | Severn Millwrights Ltd<br>The Old Forge, Mill Lane, Upton-upon-Severn WR8 0HJ<br>'
             '01684 590 000<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>' + hdr_block)
    body = mime.html(C.outlook_html_doc(inner, "us-ascii", "EN-GB"), "us-ascii", "quoted-printable")
    hdr = C.reply_headers(po, ("Gareth Pryce", "gareth@severnmillwrights.example"), "2026-11-27 16:05:31 +0000",
                          mid("outlook", "c065"), client="outlook365", lang_tag="en-GB", ip="203.0.113.29",
                          host="mail-cwlgbr01on2050.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {
        1: ACC, 2: chg(unit_price="279.00", date="2027-01-28"), 3: ACC})], \
        "Answers are red text inside our quoted HTML table: line 2 GBP 279.00 and delivery 28/01 (no year -> 2027-01-28)."


# ---------------------------------------------------------------- 066
@case(66, "ch-fr-remise-5-pourcent", "confirmation", "fr-CH",
      "Swiss French: CHF 1'840.00, dates 20.01.2027, a '5 %' loyalty discount on one line and an earlier date on another")
def c066():
    sup = S("BURDET", "Fonderie de cloches Burdet SA", "commandes@burdet-cloches.example", "fr-CH")
    po = PO(4500031515, sup, "marta", "CHF", "2026-11-23", [
        L("BC-CH-BAT300", "Bell clapper for 300 kg bell, forged, leather-lined", 2, "EA", "1840.00", "2027-01-20"),
        L("BC-CH-BAT90", "Bell clapper for 90 kg bell, forged", 3, "EA", "760.00", "2027-01-20"),
        L("BC-CH-BAG", "Clapper bushing set, bronze", 5, "SET", "145.00", "2027-01-20")])
    reply = """Madame,

Nous accusons réception de votre commande no 4500031515 et vous la confirmons comme suit :

Pos. 1 : 2 battants pour cloche de 300 kg, CHF 1'840.00 pièce, moins une remise de 5 % (client fidèle), livraison le 20.01.2027
Pos. 2 : 3 battants pour cloche de 90 kg, CHF 760.00 pièce, livraison le 20.01.2027
Pos. 3 : 5 jeux de bagues en bronze, CHF 145.00 le jeu, livraison le 15.01.2027 déjà

Prix nets hors TVA.

Avec nos meilleures salutations,

Fonderie de cloches Burdet SA
Claire Burdet
Route de la Fonderie 3, 1400 Yverdon-les-Bains
Tél. +41 24 425 00 00"""
    body = outlook_body(po, reply, lang="fr", tz=1, charset="iso-8859-1", hlang="FR-CH", seed="c066")
    hdr = C.reply_headers(po, ("Claire Burdet", "c.burdet@burdet-cloches.example"), "2026-11-25 15:33:02 +0100",
                          mid("outlook", "c066"), prefix="RE: ", client="outlook365", lang_tag="fr-CH",
                          ip="203.0.113.209", host="mail-zr0che01on2139.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {
        1: chg(unit_price="1748.00"), 2: ACC, 3: chg(date="2027-01-15")})], \
        "Line 1: 5 % off CHF 1'840.00 = 1748.00; line 3 already on 15.01.2027; line 2 as ordered."


# ---------------------------------------------------------------- 067
@case(67, "us-erp-ack-ship-vs-delivery", "confirmation", "en-US",
      "automatic ERP 'Sales Order Acknowledgment' PDF with both Sched Ship and Delivery columns (delivery wins); no In-Reply-To")
def c067():
    sup = S("GLFOUNDRY", "Great Lakes Foundry & Grate Co.", "customerservice@greatlakesgrate.example", "en-US")
    po = PO(4500031520, sup, "tom", "USD", "2026-11-24", [
        L("DG-US-TR12", "Trench drainage grate 12in x 24in, ductile iron, heel-proof", 48, "EA", "96.40", "2026-12-18"),
        L("DG-US-FR12", "Frame for 12in trench grate, 24in", 48, "EA", "41.75", "2026-12-18"),
        L("DG-US-TREE48", "Tree grate 48in square, two-piece, cast iron", 6, "EA", "612.00", "2027-01-15")])
    rows = [
        "Sold To: Tarnwell Engineering Ltd                 SO Number:   218734",
        "         Unit 4 Riverside Park                    Order Date:  11/25/2026",
        "         Leeds LS10 1AB, United Kingdom           Customer PO: 4500031520",
        "Ship To: same                                     Terms: Net 30   FOB: DAP Leeds",
        "",
        "Ln  Part Number    Description                       Qty  UOM  Unit Price     Ext Price  Sched Ship  Delivery",
        "1   DG-US-TR12     TRENCH GRATE 12X24 DI HEEL-PROOF   48  EA       96.40      4,627.20  12/04/2026  12/18/2026",
        "2   DG-US-FR12     FRAME F/12IN TRENCH GRATE 24IN     48  EA       41.75      2,004.00  12/04/2026  12/18/2026",
        "3   DG-US-TREE48   TREE GRATE 48IN SQ 2-PC CI          6  EA      612.00      3,672.00  01/15/2027  01/29/2027",
        "",
        "                                                          Order Total:   USD 10,303.20",
        "",
        "Please review this acknowledgment carefully. Notify us within 48 hours of any discrepancy.",
        "All orders subject to Great Lakes Foundry & Grate Co. standard terms and conditions of sale.",
    ]
    data = pdf.text_pdf(rows, title="Sales Order Acknowledgment 218734", author="Great Lakes Foundry & Grate Co.",
                        producer="Epicor Kinetic 2024.1 SSRS", size=7,
                        header=["Great Lakes Foundry & Grate Co.", "SALES ORDER ACKNOWLEDGMENT  SO# 218734"])
    txt = """This is an automated message from Great Lakes Foundry & Grate Co.

Attached is the Sales Order Acknowledgment for your purchase order 4500031520 (our SO# 218734).

Please review the acknowledgment carefully and contact Customer Service at (920) 555-0110 or customerservice@greatlakesgrate.example with any questions. Do not reply to this message; this mailbox is not monitored."""
    body = mime.mixed([mime.plain(txt, "us-ascii", "7bit"),
                       mime.attachment(data, "application/pdf", "SOA_218734.pdf")], bnd("other", "c067"))
    hdr = [("Return-Path", "<noreply@greatlakesgrate.example>"),
           C.received("erp-relay.greatlakesgrate.example", "198.51.100.66", "tom.okafor@tarnwell.example",
                      "2026-11-25 14:31:09 -0600", seed="c067"),
           ("From", mime.addr("Great Lakes Foundry & Grate Co.", "noreply@greatlakesgrate.example")),
           ("To", "tom.okafor@tarnwell.example"),
           ("Subject", "Sales Order Acknowledgment 218734 - Your PO 4500031520"),
           ("Date", C.rfcdate("2026-11-25 14:31:09 -0600")),
           ("Message-ID", "<SOA.218734.20261125203109@erp-relay.greatlakesgrate.example>"),
           ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Epicor Kinetic")]
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: ACC, 3: chg(date="2027-01-29")})], \
        "ERP acknowledgment PDF: delivery dates win over ship dates; lines 1-2 delivered 12/18/2026, line 3 01/29/2027."


# ---------------------------------------------------------------- 068
@case(68, "co-only-eight-of-twelve", "confirmation", "es-CO",
      "Colombian Spanish from a phone: '$ 420.000 c/u' (dot thousands), 'solo podemos despachar 8 de los 12', yearless '15 de enero'")
def c068():
    sup = S("LOSANDES", "Talabartería Los Andes S.A.S.", "ventas@talabarterialosandes.example", "es-CO")
    po = PO(4500031525, sup, "dana", "COP", "2026-11-25", [
        L("ST-CO-CRIOLLO", "Saddle tree, criollo style, 16in, wood with rawhide", 12, "EA", "420000.00", "2027-01-15"),
        L("ST-CO-TEXAN", "Saddle tree, western, 15in, fibreglass covered", 8, "EA", "515000.00", "2027-01-15")])
    reply = """Buenas tardes Sra. Dana,

Le confirmo el pedido 4500031525:
- Fustes criollos 16": solo podemos despachar 8 de los 12, no nos queda más cuero crudo curado este año. Precio $ 420.000 c/u. Entrega 15 de enero.
- Fustes vaqueros 15": los 8, a $ 515.000 c/u, entrega 15 de enero.

Quedo atenta,
Sandra Milena Restrepo
Talabartería Los Andes S.A.S.

Enviado desde mi Galaxy"""
    t = C.local_request_dt(po, -5)
    attr = "-------- Mensaje original --------\nDe: Dana Ruiz <dana.ruiz@tarnwell.example>\nFecha: 25/11/26 %d:%02d a. m. (GMT-05:00)\nPara: ventas@talabarterialosandes.example\nAsunto: %s\n" % (
        t.hour, t.minute, C.request_subject(po))
    text = reply + "\n\n" + attr + "\n" + C.request_text(po) + "\n"
    htm = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div dir=\"auto\">%s</div><div><br></div><div dir=\"auto\" style=\"font-size:100%%;color:#000000\"><!-- originalMessage --><div>%s</div><div>%s</div></div></body></html>" % (
        "<br>".join(H.escape(l) for l in reply.split("\n")), "<br>".join(H.escape(l) for l in attr.split("\n")), C.request_html(po))
    body = mime.alternative([mime.plain(text, "UTF-8", "base64"), mime.html(htm, "UTF-8", "base64")], bnd("other", "c068"))
    hdr = C.reply_headers(po, ("Sandra Restrepo", "ventas@talabarterialosandes.example"), "2026-11-27 15:12:40 -0500",
                          "<dd8e5c1a-3b7f-4e29-a1c0-7f5d2b9e4c31@email.android.com>", prefix="RE: ",
                          client="Android Mail", ip="209.85.128.177", host="mail-yw1-f177.google.example")
    return [po], mime.build(hdr, body), [answer(po, {1: chg(quantity=8), 2: ACC})], \
        "Line 1 reduced to 8 of 12 at the PO price, delivery 15 January (-> 2027-01-15); line 2 as ordered."


# ---------------------------------------------------------------- 069
@case(69, "ie-answers-newer-po-only", "confirmation", "en-IE",
      "two open POs from the same supplier; the reply (threaded to the newer request) answers only that one; the other is not mentioned")
def c069():
    sup = S("SHANNONFS", "Shannon Farm Supplies Ltd", "orders@shannonfarm.example", "en-IE")
    a = PO(4500031530, sup, "tom", "EUR", "2026-11-20", [
        L("FS-IE-40", "Fence staple 40 mm galvanised, 10 kg tub", 50, "EA", "28.90", "2026-12-14")])
    b = PO(4500031548, sup, "tom", "EUR", "2026-11-30", [
        L("FS-IE-50", "Fence staple 50 mm galvanised, 10 kg tub", 40, "EA", "30.40", "2026-12-21"),
        L("FS-IE-PLR", "Fencing pliers / staple puller", 10, "EA", "24.00", "2026-12-21")])
    reply = """Hi Tom,

Order 4500031548 is confirmed, the pliers are €26.50 now though. Delivery the 21st of December as asked, together on the one pallet.

Thanks,
Niamh

Niamh Gallagher
Shannon Farm Supplies Ltd | Dock Road, Limerick V94 E2R8 | 061 400 000"""
    t = C.local_request_dt(b, 0)
    attr = "On Mon 30 Nov 2026 at %02d:%02d, Tom Okafor <tom.okafor@tarnwell.example> wrote:" % (t.hour, t.minute)
    body = gmail_body(b, reply, attr, seed="c069")
    hdr = C.reply_headers(b, ("Niamh Gallagher", "niamh@shannonfarm.example"), "2026-12-01 12:20:37 +0000",
                          mid("gmail", "c069"), prefix="Re: ", client="gmail", ip="209.85.221.50",
                          host="mail-wr1-f50.google.example")
    return [a, b], mime.build(hdr, body), [answer(b, {1: ACC, 2: chg(unit_price="26.50")})], \
        "Only PO 4500031548 is answered (pliers at 26.50, the rest as ordered); PO 4500031530 is not mentioned and left out."


# ---------------------------------------------------------------- 070
@case(70, "fr-ipad-mouilleurs-price", "confirmation", "fr-FR",
      "terse iPad reply 'OK pour tout sauf ...': one price changed given as '156 € au lieu de 149', 'Délai ok'")
def c070():
    sup = S("MOREL", "Rouleaux d'Imprimerie Morel SAS", "adv@rouleaux-morel.example", "fr-FR")
    po = PO(4500031555, sup, "jonas", "EUR", "2026-11-30", [
        L("PR-FR-ENC", "Printing press ink form roller D68 x 740 mm, re-covered", 10, "EA", "164.00", "2026-12-18"),
        L("PR-FR-MOU", "Printing press dampening roller D62 x 740 mm", 6, "EA", "149.00", "2026-12-18")])
    reply = "Bonjour,\nOK pour tout sauf prix des mouilleurs : 156 € au lieu de 149 (nouveau tarif au 1er décembre). Délai ok.\nCdt\nP. Morel\n\nEnvoyé de mon iPad"
    t = C.local_request_dt(po, 1)
    attr = "Le 30 nov. 2026 à %02d:%02d, Jonas Ekberg <jonas.ekberg@tarnwell.example> a écrit :" % (t.hour, t.minute)
    text = reply + "\n\n" + C.q_prefix(po, attr) + "\n"
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
           '<div dir="ltr">%s</div><div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
           '<blockquote type="cite"><div dir="ltr">%s</div></blockquote></body></html>') % (
        "<br>".join(H.escape(l) for l in reply.split("\n")), H.escape(attr), C.request_html(po))
    body = mime.alternative([mime.plain(text, "utf-8", "quoted-printable"), mime.html(htm, "utf-8", "quoted-printable")],
                            bnd("apple", "c070"))
    hdr = C.reply_headers(po, ("Pascal Morel", "p.morel@rouleaux-morel.example"), "2026-12-01 07:02:55 +0100",
                          mid("apple", "c070", "rouleaux-morel.example"), prefix="Re: ", client="iPad Mail (22B91)",
                          ip="203.0.113.250", host="smtp.rouleaux-morel.example")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: chg(unit_price="156.00")})], \
        "Line 2 at 156 EUR instead of 149; everything else, including the date, accepted."
