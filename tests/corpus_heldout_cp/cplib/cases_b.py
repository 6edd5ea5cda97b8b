"""Cases 019-036."""
from . import common as C
from . import mime, pdf, xlsx
from .common import ACC, REJ, UNC, L, PO, S, answer, case, chg, sched
from .kit import bnd, gmail_body, inline_quote, mid, outlook_body


# ---------------------------------------------------------------- 019
@case(19, "cn-foxmail-split-gb2312", "confirmation", "zh-CN",
      "GB2312/base64 Foxmail reply; line 2 split 30 by 1月8日 + 10 on 1月22日 (no year), line 3 price raised, ￥ amounts")
def c019():
    sup = S("HENGWEN", "山东寿光恒温设备有限公司", "export@sghengwen.example", "zh-CN")
    po = PO(4500031240, sup, "jonas", "CNY", "2026-11-26", [
        L("GH-HW-60", "Hot water unit heater 60 kW for greenhouse", 10, "EA", "5680.00", "2027-01-08"),
        L("GH-FAN-400", "HAF circulation fan 400 mm", 40, "EA", "420.00", "2027-01-08"),
        L("GH-TH-D", "Digital thermostat controller, 2-stage", 10, "EA", "265.00", "2027-01-08")])
    reply = """Jonas 您好！

感谢贵司订单 4500031240，现回复如下：

第1项 GH-HW-60 热水暖风机 60kW：10台，单价￥5,680.00，交货期2027年1月8日，确认。
第2项 GH-FAN-400 环流风机 400mm：共40台，单价￥420.00。因电机缺货，分两批交货：
      1月8日前交30台，余下10台1月22日交货。
第3项 GH-TH-D 数字温控器：10台，单价调整为￥285.00（芯片涨价），交货期2027年1月8日。

如有问题请随时联系。

祝好！

王丽
山东寿光恒温设备有限公司 外贸部
电话：+86 536 520 0000
手机/微信：138 0536 0000"""
    t = C.local_request_dt(po, 8)
    quote = """------------------ 原始邮件 ------------------
发件人: "Jonas Ekberg"<jonas.ekberg@tarnwell.example>;
发送时间: 2026年11月26日(星期四) 下午%d:%02d
收件人: "export"<export@sghengwen.example>;
主题: %s

%s""" % (t.hour - 12, t.minute, C.request_subject(po), C.request_text(po))
    import html as H
    hq = "<div><br></div><div style=\"font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;\">------------------&nbsp;原始邮件&nbsp;------------------</div>" \
         "<div style=\"font-size: 12px;background:#efefef;padding:8px;\"><div><b>发件人:</b>&nbsp;\"Jonas Ekberg\"&lt;jonas.ekberg@tarnwell.example&gt;;</div>" \
         "<div><b>发送时间:</b>&nbsp;2026年11月26日(星期四) 下午%d:%02d</div><div><b>收件人:</b>&nbsp;\"export\"&lt;export@sghengwen.example&gt;;</div>" \
         "<div><b>主题:</b>&nbsp;%s</div></div><div><br></div>%s" % (t.hour - 12, t.minute, H.escape(C.request_subject(po)), C.request_html(po))
    hbody = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\"></head><body>%s%s</body></html>" % (
        "".join("<div>%s</div>" % (H.escape(l).replace(" ", "&nbsp;") or "<br>") for l in reply.split("\n")), hq)
    body = mime.alternative([mime.plain(reply + "\n\n" + quote + "\n", "GB2312", "base64"),
                             mime.html(hbody, "GB2312", "base64")], "----=_NextPart_674A9C14_0B3E6A70_5D2F1E03")
    hdr = C.reply_headers(po, ("王丽", "wangli@sghengwen.example"), "2026-11-30 15:36:20 +0800",
                          "<tencent_6B1A0C9E3F2D4A7B8C5E1F0A@qq.example>", subject="回复：" + C.request_subject(po),
                          subj_charset="GB2312", name_charset="GB2312", client="Foxmail 7.2.25.375[cn]",
                          ip="183.3.226.35", host="smtpbg.sghengwen.example")
    return [po], mime.build(hdr, body), [answer(po, {
        1: ACC,
        2: chg(schedule=sched((30, "2027-01-08"), (10, "2027-01-22")), date="2027-01-22"),
        3: chg(unit_price="285.00")})], \
        "Line 2: 30 units by 8 Jan, remaining 10 on 22 Jan (yearless -> 2027); line 3 price 285.00; line 1 confirmed."


# ---------------------------------------------------------------- 020
@case(20, "kr-euckr-dampening-roller", "confirmation", "ko-KR",
      "EUC-KR/base64; dates '2026. 12. 21.' and '2027. 1. 8.', KRW without decimals ('530,000원'), VAT-excluded remark")
def c020():
    sup = S("DAEHAN", "대한롤러공업(주)", "sales@daehanroller.example", "ko-KR")
    po = PO(4500031252, sup, "jonas", "KRW", "2026-11-25", [
        L("PR-RB-1020", "Printing press rubber ink roller D80 x 1020 mm", 12, "EA", "485000", "2026-12-21"),
        L("PR-DMP-1020", "Printing press dampening roller D70 x 1020 mm, molleton covered", 8, "EA", "512000", "2026-12-21")])
    reply = """Jonas Ekberg 님께,

안녕하십니까. 대한롤러공업 해외영업팀 김민준입니다.
발주서 4500031252 건에 대하여 아래와 같이 회신드립니다.

1. 잉크 롤러 PR-RB-1020 (Ø80 x 1020mm)
   수량: 12개 / 단가: 485,000원 / 납기: 2026. 12. 21.

2. 댐핑 롤러 PR-DMP-1020 (Ø70 x 1020mm)
   수량: 8개 / 단가: 530,000원 / 납기: 2027. 1. 8.
   ※ 몰톤 원단 수입 지연으로 단가 및 납기가 변경되었습니다.

상기 단가는 부가세 별도입니다.

감사합니다.
김민준 드림

대한롤러공업(주) 해외영업팀 | 경기도 안산시 단원구 산단로 123
Tel. 031-490-0000 | Fax. 031-490-0001"""
    t = C.local_request_dt(po, 9)
    sent = "2026년 11월 25일 수요일 오후 %d:%02d" % (t.hour - 12, t.minute)
    labels = ("보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:")
    import html as H
    body = outlook_body(po, reply, charset="euc-kr", cte="base64", hlang="KO", seed="c020",
                        plain_quote=C.q_outlook(po, tz=9, labels=labels, sent=sent, sep="-----Original Message-----"),
                        html_quote="<p>-----Original Message-----<br>" + "<br>".join(
                            H.escape(x) for x in C.outlook_header(po, tz=9, labels=labels, sent=sent)) + "</p>" + C.request_html(po))
    hdr = C.reply_headers(po, ("김민준", "mj.kim@daehanroller.example"), "2026-11-27 11:08:51 +0900",
                          mid("exchange", "c020", "DHR-MAIL01.daehanroller.local"), subject="RE: " + C.request_subject(po),
                          name_charset="euc-kr", client="outlook", lang_tag="ko-KR", ip="211.234.100.12")
    return [po], mime.build(hdr, body), [answer(po, {
        1: ACC, 2: chg(unit_price="530000", date="2027-01-08")})], \
        "Line 1 as ordered; line 2 at 530,000 KRW and delivery 2027-01-08 (Korean 'YYYY. M. D.' dates)."


# ---------------------------------------------------------------- 021
@case(21, "nz-two-options-rush-fee", "needs_review", "en-NZ",
      "conditional offer with two alternatives (split delivery at PO prices, or all on time with a 7% rush fee); buyer must choose")
def c021():
    sup = S("KIWITREE", "Kiwi Saddletree Co. Ltd", "orders@kiwisaddletree.example", "en-NZ")
    po = PO(4500031258, sup, "tom", "NZD", "2026-11-27", [
        L("ST-AUS-17", "Saddle tree, Australian stock, 17in, medium gullet", 12, "EA", "265.00", "2026-12-18"),
        L("ST-GP-17", "Saddle tree, general purpose, 17in, wide", 10, "EA", "238.00", "2026-12-18"),
        L("ST-GP-18", "Saddle tree, general purpose, 18in, wide", 6, "EA", "245.00", "2026-12-18")])
    reply = """Kia ora Tom,

Thanks for the order. We can do all three lines at your prices, but not all by 18/12 - the fibreglass wrap on the 17" GP trees needs another fortnight to cure.

Two options:
a) lines 1 and 3 on 18/12 and line 2 on 15/01, prices as per your PO, or
b) everything by 18/12 with a 7% rush surcharge on the whole order (we'd run a Saturday shift).

Let me know which way you'd like to go and I'll send the formal confirmation.

Cheers,
Aroha Tipene
Kiwi Saddletree Co. Ltd
14 Kahikatea Drive, Frankton, Hamilton 3204
Ph 07 847 0000"""
    t = C.local_request_dt(po, 13)
    attr = "On Fri, 27 Nov 2026 at %d:%02d, Tom Okafor <tom.okafor@tarnwell.example> wrote:" % (t.hour, t.minute)
    body = gmail_body(po, reply, attr, seed="c021")
    hdr = C.reply_headers(po, ("Aroha Tipene", "aroha@kiwisaddletree.example"), "2026-12-01 09:47:13 +1300",
                          mid("gmail", "c021"), prefix="Re: ", client="gmail", ip="209.85.214.170",
                          host="mail-pl1-f170.google.example")
    return [po], mime.build(hdr, body), None, \
        "Two alternative offers (option a: line 2 on 15/01; option b: +7% rush); nothing is committed until the buyer chooses."


# ---------------------------------------------------------------- 022
@case(22, "kz-koi8r-ship-dates", "confirmation", "ru-KZ",
      "Russian in KOI8-R/8bit (The Bat!): only ship dates ('отгрузка'), one earlier than needed; '38 500,00' style; tenge")
def c022():
    sup = S("BLAGOVEST", "ТОО «Литейный двор Благовест»", "zakaz@blagovest-lit.example", "ru-KZ")
    po = PO(4500031263, sup, "marta", "KZT", "2026-11-23", [
        L("BC-CL-80", "Church bell clapper for 80 kg bell, forged steel", 4, "EA", "185000.00", "2027-01-15"),
        L("BC-CL-250", "Church bell clapper for 250 kg bell, forged steel", 2, "EA", "462000.00", "2027-01-15"),
        L("BC-STRAP", "Leather clapper strap with buckle", 6, "EA", "21000.00", "2027-01-15")])
    t = C.local_request_dt(po, 5)
    reply = """Здравствуйте, Marta.

Подтверждаем Ваш заказ 4500031263 на следующих условиях:

поз. 1 - язык для колокола 80 кг, кованая сталь: 4 шт. по 185 000,00 тенге,
         отгрузка 25.12.2026;
поз. 2 - язык для колокола 250 кг, кованая сталь: 2 шт. по 462 000,00 тенге,
         отгрузка 15.01.2027;
поз. 3 - ремень кожаный для языка с пряжкой: 6 шт. по 22 500,00 тенге,
         отгрузка 25.12.2026.

Цены указаны без НДС. Сертификаты на металл прилагаем к отгрузке.

--
С уважением,
Ольга Сергеевна Ким
менеджер отдела продаж
ТОО "Литейный двор Благовест", г. Караганда
тел. +7 7212 00-00-00
"""
    attr = "Вы писали %d ноября 2026 г., %d:%02d:%02d:" % (t.day, t.hour, t.minute, t.second)
    text = reply + "\n" + C.q_prefix(po, attr) + "\n"
    body = mime.plain(text, "koi8-r", "8bit")
    hdr = C.reply_headers(po, ("Ольга Ким", "o.kim@blagovest-lit.example"), "2026-11-26 12:40:05 +0500",
                          "<1289336741.20261126124005@blagovest-lit.example>", prefix="Re: ",
                          name_charset="koi8-r", client="The Bat! (v10.2.3) Professional", ip="92.46.100.7")
    return [po], mime.build(hdr, body), [answer(po, {
        1: chg(date="2026-12-25"), 2: ACC, 3: chg(unit_price="22500.00", date="2026-12-25")})], \
        "Only ship dates are given ('отгрузка'), so they are the dates: lines 1 and 3 on 25.12.2026; line 3 price 22 500,00; line 2 as ordered."


# ---------------------------------------------------------------- 023
@case(23, "dk-prisliste-2027", "unrelated", "da-DK",
      "price-list newsletter for 2027 naming the very item codes on the open PO with new prices 'gældende fra 1. januar 2027' and a PDF")
def c023():
    sup = S("BITTEN", "Bitten & Søn Biavl ApS", "salg@bitten-biavl.example", "da-DK")
    po = PO(4500031266, sup, "priya", "DKK", "2026-11-20", [
        L("BS-SS-90", "Bee smoker, stainless steel, 90 mm", 40, "EA", "189.00", "2026-12-18"),
        L("BS-SS-120", "Bee smoker, stainless steel, 120 mm, with heat guard", 20, "EA", "245.00", "2026-12-18")])
    txt = """Kære kunde

Tak for et godt samarbejde i 2026!

Vedhæftet finder du vores nye prisliste, gældende fra 1. januar 2027. På grund af stigende priser på rustfrit stål og fragt justerer vi en del af sortimentet:

  BS-SS-90   Røgpuster, rustfri stål, 90 mm              199,00 kr.
  BS-SS-120  Røgpuster, rustfri stål, 120 mm, m. skjold  259,00 kr.
  BS-BEL-90  Reservebælg til røgpuster 90 mm               64,00 kr.
  BF-RAM-DN  Rammer, dansk normal, 10 stk.                 89,00 kr.

Ordrer, der er bekræftet før 31.12.2026, leveres til de hidtidige priser.

Vores kontor holder juleferie fra 23.12.2026 til og med 03.01.2027.

Glædelig jul og godt nytår!

Med venlig hilsen
Bitten & Søn Biavl ApS
Bivej 3, 8600 Silkeborg | CVR 12345678 | Tlf. 86 00 00 00

Ønsker du ikke længere at modtage nyhedsbreve, så svar "afmeld" på denne mail.
"""
    html_ = "<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">" + "".join(
        "<p>%s</p>" % l.replace("&", "&amp;").replace("<", "&lt;") for l in txt.split("\n\n")).replace("\n", "<br>") + "</body></html>"
    rows = ["Prisliste 2027 - gaeldende fra 01.01.2027 - priser i DKK ekskl. moms", "",
            "Varenr      Betegnelse                                  Pris/stk",
            "BS-SS-90    Roegpuster, rustfri, 90 mm                    199,00",
            "BS-SS-120   Roegpuster, rustfri, 120 mm, m. skjold        259,00",
            "BS-BEL-90   Reservebaelg til roegpuster 90 mm              64,00",
            "BS-BEL-120  Reservebaelg til roegpuster 120 mm             72,00",
            "BF-RAM-DN   Rammer, dansk normal, 10 stk.                  89,00",
            "BV-SL-250   Slynge, 4 rammer, manuel                    2.450,00", "",
            "Bitten & Soen Biavl ApS - Bivej 3 - 8600 Silkeborg - CVR 12345678"]
    data = pdf.text_pdf(rows, title="Prisliste 2027", author="Bitten & Søn Biavl ApS", producer="LibreOffice 7.6",
                        header=["Bitten & Søn Biavl ApS", "Prisliste 2027"])
    body = mime.mixed([mime.alternative([mime.plain(txt, "iso-8859-1", "quoted-printable"),
                                         mime.html(html_, "iso-8859-1", "quoted-printable")], bnd("other", "c023a")),
                       mime.attachment(data, "application/pdf", "Prisliste_2027.pdf")], bnd("other", "c023b"))
    hdr = [("Return-Path", "<salg@bitten-biavl.example>"),
           C.received("smtp.bitten-biavl.example", "198.51.100.240", "priya.natarajan@tarnwell.example",
                      "2026-12-02 08:00:00 +0100", seed="c023"),
           ("From", mime.addr("Bitten & Søn Biavl", "salg@bitten-biavl.example", "iso-8859-1", "Q")),
           ("To", mime.addr("Bitten & Søn Biavl", "salg@bitten-biavl.example", "iso-8859-1", "Q")),
           ("Subject", mime.ew("Ny prisliste 2027 - gældende fra 1. januar", "iso-8859-1", "Q")),
           ("Date", C.rfcdate("2026-12-02 08:00:00 +0100")),
           ("Message-ID", mid("plain", "c023", "bitten-biavl.example")),
           ("X-Mailer", "Microsoft Outlook 16.0"), ("Precedence", "bulk")]
    return [po], mime.build(hdr, body), None, \
        "Bcc mass mail with the 2027 price list (new prices for the PO's items from 1 Jan 2027); not an answer to the PO."


# ---------------------------------------------------------------- 024
@case(24, "it-discontinued-no-substitute", "confirmation", "it-IT",
      "Italian, ISO-8859-15 with EUR sign: one of four lines cancelled as 'fuori produzione' with no substitute, others confirmed")
def c024():
    sup = S("BASSI", "Stampi Ceraioli Bassi S.r.l.", "ordini@stampibassi.example", "it-IT")
    po = PO(4500031277, sup, "dana", "EUR", "2026-11-25", [
        L("CM-PIL-70", "Pillar candle mould D70 x 150 mm, polycarbonate", 50, "EA", "18.40", "2026-12-16"),
        L("CM-SPH-80", "Sphere candle mould D80 mm, silicone", 40, "EA", "12.90", "2026-12-16"),
        L("CM-TAP-ALU", "Taper candle mould 25 cm, aluminium, 6-cavity", 30, "EA", "21.60", "2026-12-16"),
        L("CM-WICK-PIN", "Wick pin, stainless steel", 200, "EA", "0.85", "2026-12-16")])
    reply = """Gentile Sig.ra Ruiz,

in riferimento al Vs. ordine n. 4500031277 del 25/11/2026 Vi confermiamo quanto segue:

- pos. 1 CM-PIL-70: 50 pz a € 18,40 cad., consegna 16/12/2026
- pos. 2 CM-SPH-80: 40 pz a € 12,90 cad., consegna 16/12/2026
- pos. 3 CM-TAP-ALU: articolo fuori produzione, la posizione viene annullata. Purtroppo non disponiamo di un articolo sostitutivo.
- pos. 4 CM-WICK-PIN: 200 pz a € 0,85 cad., consegna 16/12/2026

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Francesca Bassi
Ufficio Commerciale
Stampi Ceraioli Bassi S.r.l.
Via dell'Artigianato 18 - 42015 Correggio (RE)
Tel. +39 0522 690000 - P.IVA 01234567890

Ai sensi del Regolamento UE 2016/679 (GDPR) Vi informiamo che il presente messaggio e gli eventuali allegati sono riservati ed esclusivamente destinati al destinatario indicato. Qualora lo abbiate ricevuto per errore, Vi preghiamo di darcene comunicazione e di cancellarlo."""
    body = outlook_body(po, reply, lang="it", tz=1, charset="iso-8859-15", hlang="IT", seed="c024")
    hdr = C.reply_headers(po, ("Francesca Bassi", "f.bassi@stampibassi.example"), "2026-11-27 12:10:33 +0100",
                          mid("outlook", "c024"), prefix="R: ", client="outlook365", lang_tag="it-IT",
                          ip="203.0.113.47", host="mail-vi1eur04on2095.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: ACC, 3: REJ, 4: ACC})], \
        "Line 3 discontinued and cancelled with no alternative (rejected); lines 1, 2, 4 repeat the PO values."


# ---------------------------------------------------------------- 025
@case(25, "in-lakh-rates-gst", "confirmation", "en-IN",
      "Indian English pipe table with lakh-grouped amounts (1,92,500.00), 'Nos.', dd-mm-yyyy; one rate and date revised")
def c025():
    sup = S("SHREEGANESH", "Shree Ganesh Fire Equipments Pvt. Ltd.", "sales@shreeganeshfire.example", "en-IN")
    po = PO(4500031288, sup, "priya", "INR", "2026-11-24", [
        L("FH-CAP-63", "Fire hydrant outlet cap 63 mm, gunmetal, with chain", 500, "EA", "385.00", "2026-12-21"),
        L("FH-CAP-100", "Fire hydrant pumper outlet cap 100 mm, cast iron", 200, "EA", "1250.00", "2026-12-21"),
        L("FH-KEY-PENT", "Pentagon hydrant operating key", 50, "EA", "640.00", "2026-12-21")])
    reply = """Dear Madam,

Greetings from Shree Ganesh Fire Equipments!!

We are in receipt of your esteemed PO No. 4500031288 dt. 24.11.2026 and are pleased to confirm the same as under:

Sr. | Item        | Qty      | Rate (Rs.) | Amount (Rs.) | Delivery
----+-------------+----------+------------+--------------+-----------
1   | FH-CAP-63   | 500 Nos. |     385.00 |  1,92,500.00 | 21-12-2026
2   | FH-CAP-100  | 200 Nos. |   1,310.00 |  2,62,000.00 | 04-01-2027
3   | FH-KEY-PENT |  50 Nos. |     640.00 |    32,000.00 | 21-12-2026
    |             |          | Total      |  4,86,500.00 |

Note: Rate of item 2 is revised due to increase in CI casting rates w.e.f. 01.11.2026. Castings for item 2 are under process, hence delivery 04-01-2027.
Export under LUT, hence GST not applicable.

Kindly acknowledge.

Thanks & Regards,
Rajesh Kulkarni
Manager - Exports
Shree Ganesh Fire Equipments Pvt. Ltd.
Plot No. D-214, MIDC Bhosari, Pune - 411026, Maharashtra
Mob: +91 98220 00000 | Ph: 020-2712 0000"""
    body = outlook_body(po, reply, lang="en-GB", tz=5.5, charset="us-ascii", hlang="EN-IN", seed="c025")
    hdr = C.reply_headers(po, ("Rajesh Kulkarni", "rajesh.k@shreeganeshfire.example"), "2026-11-26 18:22:10 +0530",
                          mid("outlook", "c025"), client="outlook365", lang_tag="en-IN", ip="203.0.113.210",
                          host="mail-ma1ind01on2048.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {
        1: ACC, 2: chg(unit_price="1310.00", date="2027-01-04"), 3: ACC})], \
        "Item 2 at Rs. 1,310.00 and delivery 04-01-2027 (dd-mm-yyyy); amounts use lakh grouping; items 1 and 3 as ordered."


# ---------------------------------------------------------------- 026
@case(26, "pl-rounded-to-pallets", "confirmation", "pl-PL",
      "Polish in ISO-8859-2: quantity rounded up to full pallets of 25 (130 -> 150), prices 'zł/szt. netto'")
def c026():
    sup = S("KOWALSKIOD", "Odwodnienia Liniowe Kowalski Sp. z o.o.", "zamowienia@odwodnienia-kowalski.example", "pl-PL")
    po = PO(4500031294, sup, "marta", "PLN", "2026-11-26", [
        L("DG-B125-500", "Drainage grate, cast iron, class B125, 500 mm", 130, "EA", "86.50", "2026-12-15"),
        L("DG-CH-100", "Drainage channel, polymer concrete, 100 mm, 1 m", 60, "EA", "54.00", "2026-12-15")])
    reply = """Szanowna Pani,

dziękujemy za zamówienie nr 4500031294. Potwierdzamy realizację na następujących warunkach:

Poz. 1 - ruszt żeliwny B125, 500 mm: ruszty pakujemy na paletach po 25 szt., dlatego potwierdzamy 150 szt. (6 palet) w cenie 86,50 zł/szt. netto, dostawa 15.12.2026.
Poz. 2 - korytko z polimerobetonu 100 mm, dł. 1 m: 60 szt. w cenie 54,00 zł/szt. netto, dostawa 15.12.2026.

Niepełnych palet nie wysyłamy.

Z poważaniem
Tomasz Wiśniewski
Dział Sprzedaży
Odwodnienia Liniowe Kowalski Sp. z o.o.
ul. Przemysłowa 17, 62-800 Kalisz
tel. +48 62 766 00 00
NIP 618-000-00-00, KRS 0000123456, Sąd Rejonowy Poznań - Nowe Miasto i Wilda w Poznaniu"""
    body = outlook_body(po, reply, lang="pl", tz=1, charset="iso-8859-2", hlang="PL", seed="c026")
    hdr = C.reply_headers(po, ("Tomasz Wiśniewski", "t.wisniewski@odwodnienia-kowalski.example"),
                          "2026-11-30 09:12:40 +0100", mid("outlook", "c026"), prefix="Odp: ",
                          name_charset="iso-8859-2", name_enc="Q", client="outlook365", lang_tag="pl-PL",
                          ip="203.0.113.84", host="mail-db5eur03on2131.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: chg(quantity=150), 2: ACC})], \
        "Line 1 confirmed for 150 pcs (rounded to full pallets) at the PO price; line 2 as ordered."


# ---------------------------------------------------------------- 027
@case(27, "gmail-dsn-mailbox-full-422", "bounce", "fi-FI",
      "Gmail 'Delivery Status Notification (Failure)' after two days of 452 4.2.2 mailbox full; original request attached")
def c027():
    sup = S("LAHDENMAILA", "Lahden Mailatehdas Oy", "myynti@lahdenmaila.example", "fi-FI")
    po = PO(4500031301, sup, "dana", "EUR", "2026-11-27", [
        L("HB-SR-L88", "Hockey stick blade, senior, left, P88, ABS core", 250, "EA", "11.80", "2027-01-15"),
        L("HB-SR-R88", "Hockey stick blade, senior, right, P88, ABS core", 150, "EA", "11.80", "2027-01-15")], sent="09:12:40")
    orig = C.request_message(po).decode("ascii").replace("\r\n", "\n")
    b1, b2, b3 = "000000000000c2a71e0630f1d2a4", "000000000000c2b3950630f1d2b1", "000000000000c2c8f10630f1d2b8"
    text = """Return-Path: <>
Received: from mail-sor-f69.google.example (mail-sor-f69.google.example [209.85.220.69])
	by mx1.tarnwell.example (Postfix) with ESMTPS id 4QnQ7m1XgRz9sTb
	for <dana.ruiz@tarnwell.example>; Sun, 29 Nov 2026 09:15:41 +0000 (UTC)
X-Failed-Recipients: myynti@lahdenmaila.example
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: dana.ruiz@tarnwell.example
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: %(rid)s
In-Reply-To: %(rid)s
Message-ID: <6a4b0e7c.050a0220.1c3f22.8b41.GMR@mx.google.com>
Date: Sun, 29 Nov 2026 01:15:39 -0800 (PST)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="%(b1)s"; report-type=delivery-status

--%(b1)s
Content-Type: multipart/related; boundary="%(b2)s"

--%(b2)s
Content-Type: multipart/alternative; boundary="%(b3)s"

--%(b3)s
Content-Type: text/plain; charset="UTF-8"


** Message not delivered **

Your message couldn't be delivered to myynti@lahdenmaila.example. Gmail
tried to deliver it for 2 days, but the recipient's mailbox is full.
Please try again later or contact the recipient another way.


The response was:

452 4.2.2 <myynti@lahdenmaila.example>: Recipient address rejected: Mailbox full

--%(b3)s
Content-Type: text/html; charset="UTF-8"


<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<table cellpadding=0 cellspacing=0 style="padding-bottom:20px;max-width:516px;min-width:220px">
<tbody>
<tr><td style="font-size:24px;color:#202020;line-height:32px;padding-bottom:24px">Message not delivered</td></tr>
<tr><td style="font-size:16px;color:#202020;line-height:24px">Your message couldn't be delivered to <a style='color:#212121;text-decoration:none'><b>myynti@lahdenmaila.example</b></a>. Gmail tried to deliver it for 2 days, but the recipient's mailbox is full. Please try again later or contact the recipient another way.</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;font-family:monospace;color:#212121"><td style="padding:24px 24px 0">
<p>The response was:</p><p style="white-space:pre-wrap;word-break:break-word">452 4.2.2 &lt;myynti@lahdenmaila.example&gt;: Recipient address rejected: Mailbox full</p>
</td></tr>
</tbody></table>
</body>
</html>

--%(b3)s--
--%(b2)s--
--%(b1)s
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; dana.ruiz@tarnwell.example
Arrival-Date: Fri, 27 Nov 2026 01:12:41 -0800 (PST)
X-Original-Message-ID: %(rid)s

Final-Recipient: rfc822; myynti@lahdenmaila.example
Action: failed
Status: 4.2.2
Remote-MTA: dns; mx.lahdenmaila.example. (192.0.2.199, the server for the
 domain lahdenmaila.example.)
Diagnostic-Code: smtp; 452 4.2.2 <myynti@lahdenmaila.example>: Recipient address rejected: Mailbox full
Last-Attempt-Date: Sun, 29 Nov 2026 01:15:39 -0800 (PST)

--%(b1)s
Content-Type: message/rfc822

%(orig)s
--%(b1)s--
""" % {"b1": b1, "b2": b2, "b3": b3, "rid": po["request_message_id"], "orig": orig}
    return [po], mime.raw(text), None, \
        "Gmail DSN: delivery failed after retries, 452 4.2.2 mailbox full; the attached original holds the PO figures."


# ---------------------------------------------------------------- 028
@case(28, "mx-body-vs-pdf-differ", "needs_review", "es-MX",
      "body says 'confirmamos tal cual, sin cambios' but the attached PDF acknowledgment shows a later date and a higher price")
def c028():
    sup = S("RODBAJIO", "Rodillos y Transportadores del Bajío, S.A. de C.V.", "ventas@rodillosbajio.example", "es-MX")
    po = PO(4500031305, sup, "tom", "MXN", "2026-11-24", [
        L("CR-GRAV-50", "Gravity conveyor roller D50 x 600 mm, galvanized", 300, "EA", "118.00", "2026-12-18"),
        L("CR-DRV-89", "Drive conveyor roller D89 x 800 mm, 1/2in sprocket", 40, "EA", "845.00", "2027-01-08"),
        L("CR-BRG-6204", "Bearing insert 6204-2RS for conveyor roller", 100, "EA", "36.50", "2026-12-18")])
    reply = """Buen día Tom,

Confirmamos su orden de compra 4500031305 tal cual, sin cambios. Le adjunto nuestro acuse.

Quedo a sus órdenes.

Saludos cordiales,
Ing. Alejandro Herrera Galván
Ventas Exportación
Rodillos y Transportadores del Bajío, S.A. de C.V.
Blvd. Industrial 1402, Parque Industrial Santa Fe, Silao, Gto., C.P. 36275
Tel. +52 (472) 722 0000"""
    rows = [
        "Cliente: Tarnwell Engineering Ltd            Su orden de compra: 4500031305",
        "Pedido de venta: PV-26-4471                   Fecha: 26/11/2026",
        "Condiciones: DAP Leeds (Incoterms 2020)       Moneda: MXN",
        "",
        "Partida  Clave         Descripción                         Cant.  Unidad   Precio unit.   Importe       Fecha entrega",
        "1        CR-GRAV-50    Rodillo de gravedad 50 x 600 galv.   300   PZA         $118.00   $35,400.00    18/12/2026",
        "2        CR-DRV-89     Rodillo motriz 89 x 800 cat. 40        40   PZA         $845.00   $33,800.00    29/01/2027",
        "3        CR-BRG-6204   Balero 6204-2RS                       100   PZA          $38.90    $3,890.00    18/12/2026",
        "",
        "                                                              Subtotal                   $73,090.00",
        "",
        "Precios más IVA cuando aplique. Esta confirmación sustituye cualquier acuerdo previo.",
    ]
    data = pdf.text_pdf(rows, title="Confirmacion de pedido PV-26-4471", author="Rodillos y Transportadores del Bajio",
                        producer="SAP NetWeaver 7.50", size=7,
                        header=["Rodillos y Transportadores del Bajío, S.A. de C.V.", "CONFIRMACIÓN DE PEDIDO PV-26-4471"])
    att = mime.attachment(data, "application/pdf", "Confirmacion_PV-26-4471.pdf")
    body = outlook_body(po, reply, lang="es", tz=-6, charset="utf-8", hlang="ES-MX", seed="c028", attachments=[att])
    hdr = C.reply_headers(po, ("Alejandro Herrera", "aherrera@rodillosbajio.example"), "2026-11-26 11:20:31 -0600",
                          mid("outlook-us", "c028"), client="outlook365", lang_tag="es-MX", ip="203.0.113.12",
                          host="mail-dm6nam10on2113.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), None, \
        "Body: 'tal cual, sin cambios'; attached PDF: line 2 on 29/01/2027 and line 3 at $38.90. Contradiction -> human review."


# ---------------------------------------------------------------- 029
@case(29, "es-forward-production-date", "confirmation", "es-ES",
      "forward of an internal chain: top says only 'según lo hablado, todo OK'; production below moved line 2 to 15/01/2027")
def c029():
    sup = S("HNOSORTEGA", "Guarnicionería Hermanos Ortega S.L.", "pedidos@hnosortega.example", "es-ES")
    po = PO(4500031310, sup, "dana", "EUR", "2026-11-23", [
        L("ST-WD-17M", "Saddle tree, wood/fibreglass, 17in, medium", 12, "EA", "145.00", "2026-12-18"),
        L("ST-WD-18W", "Saddle tree, wood/fibreglass, 18in, wide", 8, "EA", "152.00", "2026-12-18"),
        L("ST-SPR-RF", "Spring steel reinforcement for saddle tree", 20, "EA", "18.50", "2026-12-18")])
    sep = "_" * 32
    top = """Hola Dana,

Según lo hablado por teléfono, todo OK. Te reenvío lo que me confirma producción.

Un saludo,
Lucía

Lucía Ortega Ruiz
Departamento Comercial
Guarnicionería Hermanos Ortega S.L.
Polígono Industrial El Cerrajón, nave 12 - 14900 Lucena (Córdoba)
Tel. 957 50 00 00"""
    chain = """%(sep)s
De: Javier Ortega <produccion@hnosortega.example>
Enviado el: jueves, 26 de noviembre de 2026 12:03
Para: Lucía Ortega <lucia@hnosortega.example>
Asunto: RE: %(subj)s

Lucía:
Los fustes de 17" y los refuerzos, sin problema para el 18/12.
Los de 18" anchos te los tengo para el 15/01/2027, la prensa de moldeo está parada hasta después de Reyes. Mismo precio.
Javier

%(sep)s
De: Lucía Ortega <lucia@hnosortega.example>
Enviado el: miércoles, 25 de noviembre de 2026 9:40
Para: Javier Ortega <produccion@hnosortega.example>
Asunto: RV: %(subj)s

Javi, ¿me confirmas plazos para este pedido de Tarnwell? Gracias.

%(q)s""" % {"sep": sep, "subj": C.request_subject(po), "q": C.q_outlook(po, "es", tz=1)}
    import html as H
    hchain = "<div>" + "".join("<p class=\"MsoNormal\">%s<o:p></o:p></p>" % (H.escape(l) or "&nbsp;") for l in chain.split("\n")) + "</div>"
    body = outlook_body(po, top, charset="utf-8", hlang="ES", seed="c029", plain_quote=chain, html_quote=hchain)
    hdr = C.reply_headers(po, ("Lucía Ortega", "lucia@hnosortega.example"), "2026-11-26 17:44:18 +0100",
                          mid("outlook", "c029"), subject="RV: RE: " + C.request_subject(po), reply=False,
                          client="outlook365", lang_tag="es-ES", ip="203.0.113.150",
                          host="mail-pa4eur04on2101.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: chg(date="2027-01-15"), 3: ACC})], \
        "Latest message: 'según lo hablado, todo OK'; the forwarded production note commits line 2 to 15/01/2027, the rest to 18/12."


# ---------------------------------------------------------------- 030
@case(30, "be-two-orders-one-mail", "confirmation", "fr-BE",
      "Belgian French answer to two POs in one mail (reply threaded to the second); a line moved into the earlier delivery; yearless 'jeudi 17 décembre'")
def c030():
    sup = S("DUMONT", "Ferronnerie d'Art Dumont SRL", "commandes@ferronnerie-dumont.example", "fr-BE")
    a = PO(4500031315, sup, "priya", "EUR", "2026-11-20", [
        L("WV-ARR-COQ", "Weather vane, cockerel with arrow, copper, 60 cm", 4, "EA", "285.00", "2026-12-17"),
        L("WV-ARR-STD", "Weather vane arrow, wrought iron, 80 cm", 10, "EA", "96.00", "2026-12-17")])
    b = PO(4500031342, sup, "priya", "EUR", "2026-11-27", [
        L("WV-BRG-25", "Weather vane spindle bearing 25 mm", 20, "EA", "14.20", "2027-01-14"),
        L("WV-ARR-STD", "Weather vane arrow, wrought iron, 80 cm", 6, "EA", "96.00", "2027-01-14"),
        L("WV-CP-LET", "Cardinal letters N/E/S/W, wrought iron", 8, "SET", "42.00", "2027-01-14")])
    reply = """Bonjour Madame,

Suite à vos deux commandes, voici notre confirmation :

Commande 4500031315 (girouettes) :
- coq avec flèche, cuivre, 60 cm : 4 pièces à 285,00 €, livraison le jeudi 17 décembre ;
- flèche fer forgé 80 cm : 10 pièces à 96,00 €, livraison le 17 décembre également.

Commande 4500031342 :
- roulements 25 mm : 20 pièces à 14,20 €, livraison le 14/01/2027 ;
- flèches fer forgé 80 cm : nous les regroupons avec la commande ci-dessus, les 6 pièces partent donc déjà avec la livraison du 17/12/2026, même prix ;
- lettres cardinales : 8 jeux, mais à 45,50 € le jeu (la tôle a encore augmenté), livraison le 14/01/2027.

Bien à vous,

Geoffrey Dumont
Ferronnerie d'Art Dumont SRL
Rue de la Station 42 - 5030 Gembloux
Tél. +32 81 60 00 00 - TVA BE 0412.345.678"""
    t = C.local_request_dt(b, 1)
    attr = "Le 27 nov. 2026 à %02d:%02d, Priya Natarajan <priya.natarajan@tarnwell.example> a écrit :" % (t.hour, t.minute)
    text = reply + "\n\n" + C.q_prefix(b, attr) + "\n"
    body = mime.plain(text, "utf-8", "quoted-printable")
    hdr = C.reply_headers(b, ("Geoffrey Dumont", "g.dumont@ferronnerie-dumont.example"), "2026-12-01 10:05:22 +0100",
                          mid("apple", "c030", "ferronnerie-dumont.example"), prefix="Re: ",
                          client="Apple Mail (2.3826.400.131.1.6)", ip="198.51.100.87")
    return [a, b], mime.build(hdr, body), [
        answer(a, {1: ACC, 2: ACC}),
        answer(b, {1: ACC, 2: chg(date="2026-12-17"), 3: chg(unit_price="45.50")})], \
        "Answers both POs; PO 4500031342 line 2 ships early with the 17/12/2026 delivery, line 3 at 45,50; 'jeudi 17 décembre' = 2026-12-17."


# ---------------------------------------------------------------- 031
@case(31, "us-helpdesk-ticket-receipt", "auto_reply", "en-US",
      "helpdesk auto-acknowledgment (ticket #48213) that echoes our whole request with its quantities, prices and dates")
def c031():
    sup = S("HEARTLAND", "Heartland Greenhouse Heating, Inc.", "orders@heartlandgh.example", "en-US")
    po = PO(4500031320, sup, "jonas", "USD", "2026-11-30", [
        L("GH-UH-75", "Gas unit heater 75,000 BTU/h, propane, separated combustion", 6, "EA", "1185.00", "2027-01-08"),
        L("GH-UH-125", "Gas unit heater 125,000 BTU/h, propane", 4, "EA", "1490.00", "2027-01-08"),
        L("GH-VK-4", "Vent kit 4in, horizontal", 10, "EA", "128.00", "2027-01-08")], sent="14:30:02")
    t = C.local_request_dt(po, -6)
    txt = """##- Please type your reply above this line -##

Your request (#48213) has been received and is being reviewed by our Order Desk.

To add additional comments, reply to this email.

Orders received after 2:00 PM Central are reviewed on the next business day. Our typical response time is 1-2 business days.

----------------------------------------------

Jonas Ekberg (Tarnwell Engineering Ltd)

Nov 30, 2026, %d:%02d AM CST

%s

--------------------------------
This email is a service from Heartland Greenhouse Heating. Delivered by Zendesk
[MX4V9K-2RJ0]""" % (t.hour, t.minute, C.request_text(po))
    import html as H
    htm = ("<html><body><div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>"
           "<p>Your request (#48213) has been received and is being reviewed by our Order Desk.</p>"
           "<p>To add additional comments, reply to this email.</p>"
           "<p>Orders received after 2:00 PM Central are reviewed on the next business day. Our typical response time is 1-2 business days.</p>"
           "<hr><p><b>Jonas Ekberg</b> (Tarnwell Engineering Ltd)</p><p style=\"color:#bbb\">Nov 30, 2026, %d:%02d AM CST</p>%s"
           "<hr><p style=\"color:#666;font-size:11px\">This email is a service from Heartland Greenhouse Heating. Delivered by "
           "<a href=\"https://www.zendesk.example/\">Zendesk</a></p><span style=\"color:#FFFFFF\">[MX4V9K-2RJ0]</span></body></html>") % (
        t.hour, t.minute, C.request_html(po))
    body = mime.alternative([mime.plain(txt, "UTF-8", "quoted-printable"), mime.html(htm, "UTF-8", "quoted-printable")],
                            "--==_mimepart_674b4c8e9d1f2_3a7b2c1e6d55" )
    hdr = C.reply_headers(po, ("Heartland Greenhouse Heating", "support@heartlandgh.zendesk.example"),
                          "2026-11-30 08:30:09 -0600", "<MX4V9K2RJ0_674b4c8e9d1f2_3a7b_sprut@zendesk.example>",
                          subject="[Heartland Greenhouse] Re: " + C.request_subject(po), client="Zendesk Mailer",
                          ip="192.161.148.20", host="out-20.smtp.zendesk.example",
                          extra=[("Reply-To", "Heartland Greenhouse Heating <support+id48213@heartlandgh.zendesk.example>"),
                                 ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                                 ("X-Zendesk-From-Account-Id", "3a7b2c1")])
    return [po], mime.build(hdr, body), None, \
        "Ticket receipt generated by the supplier's helpdesk (Auto-Submitted); it only echoes our request."


# ---------------------------------------------------------------- 032
@case(32, "tw-big5-roc-dates", "confirmation", "zh-TW",
      "English cover line over a pasted factory reply in Big5 with Minguo dates (115年12月28日 = 2026-12-28); one line split")
def c032():
    sup = S("SHUOTENG", "碩騰複合材料股份有限公司", "sales@shuoteng-composite.example", "zh-TW")
    po = PO(4500031325, sup, "tom", "TWD", "2026-11-25", [
        L("HB-CB-L92", "Composite hockey stick blade, left, P92 curve", 300, "EA", "520.00", "2027-01-12"),
        L("HB-CB-R92", "Composite hockey stick blade, right, P92 curve", 200, "EA", "520.00", "2027-01-12"),
        L("HB-CB-L28", "Composite hockey stick blade, left, P28 curve", 100, "EA", "545.00", "2027-01-12")])
    reply = """Dear Tom,

Please see below our factory's confirmation for PO 4500031325.

Best regards,
Kevin Lin (林冠宇)
Sales Dept. | 碩騰複合材料股份有限公司 Shuoteng Composites Co., Ltd.
No. 88, Gongye 3rd Rd., Xitun Dist., Taichung City 407, Taiwan
TEL: +886-4-2359-0000 ext. 215

-----Original Message-----
From: 生管課 陳美玲
Sent: Friday, November 27, 2026 10:02 AM
To: Kevin Lin
Subject: RE: PO 4500031325 交期回覆

Kevin 您好：

PO 4500031325 回覆如下：

一、HB-CB-L92（左手 P92）：300 支，單價 NT$520，交期 116年1月12日。
二、HB-CB-R92（右手 P92）：200 支，單價 NT$520，交期 116年1月12日。
三、HB-CB-L28（左手 P28）：100 支，單價 NT$545。因模具保養，先出貨 60 支（115年12月28日出貨），
　　其餘 40 支於 116年1月26日出貨。

生管課 陳美玲"""
    body = outlook_body(po, reply, lang="en-US", tz=8, charset="big5", cte="base64", hlang="ZH-TW", seed="c032")
    hdr = C.reply_headers(po, ("Kevin Lin", "kevin.lin@shuoteng-composite.example"), "2026-11-27 14:25:10 +0800",
                          mid("exchange", "c032", "STMAIL.shuoteng.local"), client="outlook", lang_tag="zh-TW",
                          ip="203.0.113.58")
    return [po], mime.build(hdr, body), [answer(po, {
        1: ACC, 2: ACC,
        3: chg(schedule=sched((60, "2026-12-28"), (40, "2027-01-26")), date="2027-01-26")})], \
        "Minguo years: 115 = 2026, 116 = 2027. Lines 1-2 as ordered; line 3 ships 60 on 2026-12-28 and 40 on 2027-01-26 (ship dates only)."


# ---------------------------------------------------------------- 033
@case(33, "cz-staples-per-kg", "confirmation", "cs-CZ",
      "Czech windows-1250 table priced per kg ('46,50 Kč/kg'), dates written '14. 12. 2026' and '4. 1. 2027'")
def c033():
    sup = S("HRADEK", "Drátovna Hrádek a.s.", "obchod@dratovna-hradek.example", "cs-CZ")
    po = PO(4500031330, sup, "marta", "CZK", "2026-11-24", [
        L("FS-CZ-30", "Fence staple 3.0 x 30 mm, galvanized", 800, "KG", "46.50", "2026-12-14"),
        L("FS-CZ-40", "Fence staple 4.0 x 40 mm, galvanized", 600, "KG", "44.80", "2026-12-14"),
        L("FS-CZ-40Z", "Fence staple 4.0 x 40 mm, Zn-Al coated", 250, "KG", "58.20", "2026-12-14")])
    reply = """Dobrý den, paní Kowalczyk,

děkujeme za Vaši objednávku č. 4500031330, kterou tímto potvrzujeme:

Pol. 1  skoba plotová 3,0 × 30 mm Zn      800 kg   46,50 Kč/kg   dodání 14. 12. 2026
Pol. 2  skoba plotová 4,0 × 40 mm Zn      600 kg   44,80 Kč/kg   dodání 14. 12. 2026
Pol. 3  skoba plotová 4,0 × 40 mm Zn-Al   250 kg   61,90 Kč/kg   dodání 4. 1. 2027

U pol. 3 došlo ke zvýšení ceny drátu s povrchovou úpravou Zn-Al, materiál bude k dispozici až po Novém roce.

S pozdravem

Ing. Petr Novotný
obchodní oddělení
Drátovna Hrádek a.s. | Nádražní 512 | 463 34 Hrádek nad Nisou
tel.: +420 482 000 000
IČ: 12345678, DIČ: CZ12345678, zapsaná v OR vedeném KS v Ústí nad Labem, oddíl B, vložka 1234"""
    body = outlook_body(po, reply, lang="cs", tz=1, charset="windows-1250", hlang="CS", seed="c033")
    hdr = C.reply_headers(po, ("Petr Novotný", "novotny@dratovna-hradek.example"), "2026-11-25 13:58:40 +0100",
                          mid("exchange", "c033", "DH-EXCH.dratovna.local"), prefix="RE: ", name_charset="windows-1250",
                          name_enc="Q", client="outlook", lang_tag="cs-CZ", ip="198.51.100.201")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: ACC, 3: chg(unit_price="61.90", date="2027-01-04")})], \
        "Lines 1-2 as ordered; line 3 at 61,90 Kč/kg and delivery 4. 1. 2027 (day-first with spaces)."


# ---------------------------------------------------------------- 034
@case(34, "us-invoice-other-po", "unrelated", "en-US",
      "invoice PDF for an earlier PO with the same item codes and similar prices; our open PO is a different number")
def c034():
    sup = S("KEYSTONE", "Keystone Roller Corp.", "orders@keystoneroller.example", "en-US")
    po = PO(4500031335, sup, "jonas", "USD", "2026-11-25", [
        L("PR-REC-48", "Printing press ink form roller re-covering, 48in, 30 durometer", 8, "EA", "265.00", "2026-12-21"),
        L("PR-NEW-48", "Printing press ink form roller, new, 48in, with journals", 2, "EA", "890.00", "2026-12-21")])
    rows = [
        "Bill To: Tarnwell Engineering Ltd, Accounts Payable     Invoice #: INV-2026-11873",
        "         Unit 4 Riverside Park, Leeds LS10 1AB, UK      Invoice Date: 11/30/2026",
        "Customer PO: 4500029874                                 Terms: Net 30",
        "Ship Date: 11/18/2026   Ship Via: UPS Worldwide Expedited   Due Date: 12/30/2026",
        "",
        "Item         Description                               Qty   Unit Price      Amount",
        "PR-REC-48    Re-cover ink form roller 48in, 30 duro      6      $255.00   $1,530.00",
        "PR-REC-36    Re-cover ink form roller 36in, 30 duro      4      $215.00     $860.00",
        "FRT          Freight                                     1      $184.50     $184.50",
        "",
        "                                                   Subtotal             $2,574.50",
        "                                                   Total Due (USD)      $2,574.50",
        "",
        "Remit to: Keystone Roller Corp., PO Box 4410, York, PA 17405  |  ACH: routing 031300000",
    ]
    data = pdf.text_pdf(rows, title="Invoice INV-2026-11873", author="Keystone Roller Corp.", producer="QuickBooks Online",
                        size=8, header=["Keystone Roller Corp.", "INVOICE INV-2026-11873"])
    txt = """Dear Customer,

Your invoice INV-2026-11873 for $2,574.50 is attached. Payment is due 12/30/2026.

Customer PO: 4500029874

Thank you for your business - we appreciate it very much.

Keystone Roller Corp.
Accounts Receivable | (717) 555-0133 | ar@keystoneroller.example"""
    body = mime.mixed([mime.alternative([mime.plain(txt, "UTF-8", "quoted-printable"),
                                         mime.html("<html><body>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]) + "</body></html>", "UTF-8", "quoted-printable")],
                                        bnd("other", "c034a")),
                       mime.attachment(data, "application/pdf", "INV-2026-11873.pdf")], bnd("other", "c034b"))
    hdr = [("Return-Path", "<ar@keystoneroller.example>"),
           C.received("mail.keystoneroller.example", "198.51.100.15", "jonas.ekberg@tarnwell.example",
                      "2026-11-30 15:02:44 -0500", seed="c034"),
           ("From", mime.addr("Keystone Roller Corp.", "ar@keystoneroller.example")),
           ("To", mime.addr("Jonas Ekberg", "jonas.ekberg@tarnwell.example")),
           ("Cc", "ap@tarnwell.example"),
           ("Subject", "Invoice INV-2026-11873 from Keystone Roller Corp."),
           ("Date", C.rfcdate("2026-11-30 15:02:44 -0500")),
           ("Message-ID", mid("plain", "c034", "keystoneroller.example"))]
    return [po], mime.build(hdr, body), None, \
        "Invoice for earlier PO 4500029874 (shipped 11/18); shares item PR-REC-48 with the open PO but answers nothing about it."


# ---------------------------------------------------------------- 035
@case(35, "hu-korong-pedal-later", "confirmation", "hu-HU",
      "Hungarian ISO-8859-2: dates '2027. 01. 11.', amounts '389 000 Ft', Hungarian Outlook quote header; one line later")
def c035():
    sup = S("KORONGTECH", "Korong-Technika Kft.", "rendeles@korongtechnika.example", "hu-HU")
    po = PO(4500031339, sup, "priya", "HUF", "2026-11-26", [
        L("PW-HU-KT40", "Potter's wheel, electric, 40 cm wheel head, 0.55 kW", 5, "EA", "389000", "2027-01-11"),
        L("PW-HU-SPL", "Splash pan for potter's wheel, two-piece, ABS", 5, "EA", "14500", "2027-01-11"),
        L("PW-HU-PED", "Foot pedal speed controller, spare", 2, "EA", "32000", "2027-01-11")])
    reply = """Tisztelt Natarajan Asszony!

Köszönjük a 4500031339 számú megrendelését, amelyet az alábbiak szerint visszaigazolunk:

1. KT-40 elektromos korong: 5 db, 389 000 Ft/db, szállítás: 2027. 01. 11.
2. Fröccsenésvédő tál: 5 db, 14 500 Ft/db, szállítás: 2027. 01. 11.
3. Tartalék pedál: jelenleg nincs készleten, 2 db, 32 000 Ft/db, szállítás: 2027. 01. 25.

Az árak az ÁFA-t nem tartalmazzák.

Üdvözlettel:
Szabó Katalin
értékesítés
Korong-Technika Kft. | 7621 Pécs, Ipari út 5. | Tel.: +36 72 500 000"""
    t = C.local_request_dt(po, 1)
    sent = "2026. november 26., csütörtök %d:%02d" % (t.hour, t.minute)
    body = outlook_body(po, reply, tz=1, charset="iso-8859-2", hlang="HU", seed="c035",
                        labels=("Feladó:", "Elküldve:", "Címzett:", "Tárgy:"), sent=sent)
    hdr = C.reply_headers(po, ("Szabó Katalin", "szabo.katalin@korongtechnika.example"), "2026-12-02 10:30:15 +0100",
                          mid("outlook", "c035"), prefix="Válasz: ", name_charset="iso-8859-2", name_enc="Q",
                          client="outlook365", lang_tag="hu-HU", ip="203.0.113.171",
                          host="mail-be0eur01on2093.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: ACC, 3: chg(date="2027-01-25")})], \
        "Hungarian year-first dates; line 3 out of stock but confirmed for 2027. 01. 25.; lines 1-2 as ordered."


# ---------------------------------------------------------------- 036
@case(36, "tr-en-bilingual-mismatch", "needs_review", "tr-TR",
      "bilingual reply: the Turkish part moves line 2 to 22.01.2027, the English part says all three lines on 08.01.2027")
def c036():
    sup = S("ANADOLU", "Anadolu Döküm San. ve Tic. A.Ş.", "satis@anadoludokum.example", "tr-TR")
    po = PO(4500031344, sup, "tom", "EUR", "2026-11-27", [
        L("DG-TR-D400", "Ductile iron drainage grating D400, 500 x 500 mm, hinged", 60, "EA", "74.00", "2027-01-08"),
        L("DG-TR-C250", "Ductile iron drainage grating C250, 750 x 300 mm", 120, "EA", "39.50", "2027-01-08"),
        L("DG-TR-FRM", "Frame for D400 grating 500 mm", 60, "EA", "28.00", "2027-01-08")])
    reply = """Sayın Okafor,

4500031344 numaralı siparişiniz için teşekkür ederiz. Siparişinizi aşağıdaki şekilde onaylıyoruz:

1. kalem: 60 adet, birim fiyat 74,00 EUR, teslim tarihi 08.01.2027
2. kalem: 120 adet, birim fiyat 39,50 EUR, teslim tarihi 22.01.2027 (kalıp bakımı nedeniyle)
3. kalem: 60 adet, birim fiyat 28,00 EUR, teslim tarihi 08.01.2027

------------------------------------------------------------

Dear Mr. Okafor,

Thank you for your order 4500031344. We confirm all three items at your prices for delivery on 08.01.2027.

Saygılarımızla / Best regards,

Emre Yıldız
Dış Ticaret Müdürü / Export Manager
Anadolu Döküm San. ve Tic. A.Ş.
OSB 4. Cadde No: 12, 26110 Eskişehir / TÜRKİYE
T: +90 222 236 00 00"""
    t = C.local_request_dt(po, 3)
    sent = "%d Kasım 2026 Cuma %02d:%02d" % (t.day, t.hour, t.minute)
    body = outlook_body(po, reply, tz=3, charset="iso-8859-9", hlang="TR", seed="c036",
                        labels=("Kimden:", "Gönderildi:", "Kime:", "Konu:"), sent=sent)
    hdr = C.reply_headers(po, ("Emre Yıldız", "emre.yildiz@anadoludokum.example"), "2026-12-01 16:12:44 +0300",
                          mid("outlook", "c036"), prefix="YNT: ", name_charset="iso-8859-9", name_enc="Q",
                          client="outlook365", lang_tag="tr-TR", ip="203.0.113.199",
                          host="mail-vi1eur05on2127.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), None, \
        "Turkish and English versions disagree on line 2's date (22.01.2027 vs 08.01.2027); a human must ask which is right."
