"""Cases 019-036."""
import html as _html

from . import mime, pdf
from .common import (AUTO, C, E, L, PO, S, case, conf, reply, rfc822_part, req_subject, req_text, wd, assemble,
                     req_html)


@case("seat-fabric-don-gia", "confirmation/vi-VN",
      "Vietnamese 'đơn giá 125.000 ₫/m' (dot = thousands) raises the VND price of line 1; line 2 repeated as ordered")
def c_fabric_vi(slug):
    sup = S("DETPN", "Công ty TNHH Dệt Phương Nam", "sales@detphuongnam.example", "vi-VN")
    po = PO("4500320610", sup, "helen", "VND", "2026-11-16", [
        L("BF-MQ-140", "Bus seat moquette, 140 cm width, pattern Tide 4/3, FR to ECE R118", 800, "M", "118000",
          "2026-12-15"),
        L("BF-VNL-140", "Anti-slip vinyl trim, 140 cm, grey", 300, "M", "76000", "2026-12-15"),
    ])
    body = """Kính gửi chị Helen,

Cảm ơn chị đã gửi đơn hàng. Chúng tôi xác nhận đơn hàng số 4500320610 như sau:

- Dòng 1: 800 m vải moquette BF-MQ-140, đơn giá 125.000 ₫/m (giá sợi polyester tăng từ tháng 11), giao hàng ngày 15/12/2026.
- Dòng 2: 300 m viền vinyl BF-VNL-140, đơn giá 76.000 ₫/m, giao hàng ngày 15/12/2026.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Dệt Phương Nam
Lô C5, KCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh
ĐT: +84 28 3754 2190
"""
    eml = reply(slug, po, ("Nguyễn Thị Lan", "lan.nguyen@detphuongnam.example"), body, (2026, 11, 20, 16, 2, 11, 420),
                client="gmail", cs="UTF-8", cte="base64", quote="gmail",
                attribution="Vào Th 2, 16 thg 11, 2026 vào lúc 15:14 Helen Park <helen.park@kestrel-supply.example> đã viết:",
                subject="Re: " + req_subject(po))
    exp = E("confirmation", "vi-VN: '125.000 ₫' uses a dot as thousands separator = 125000 VND per m (PO 118000); "
            "line 2 at 76.000 and both on 15/12/2026 as requested.",
            conf(po, {1: C(p="125000"), 2: "A"}))
    return [po], eml, exp


@case("roaster-drums-pengiriman", "confirmation/id-ID",
      "Indonesian 'pengiriman tanggal 21 Desember 2026' with 'USD 2.450,00' decimal comma notation")
def c_drums_id(slug):
    sup = S("SANGRAI", "PT Mesin Sangrai Nusantara", "penjualan@sangrai-nusantara.example", "id-ID")
    po = PO("4500320688", sup, "marcus", "USD", "2026-11-16", [
        L("RD-15-SS", "Roaster drum 15 kg batch, 3 mm stainless, 2027 model", 4, "EA", "2450.00", "2026-12-14"),
        L("RD-BRG-40", "Drum bearing set 40x80 mm", 8, "SET", "86.00", "2026-12-14"),
    ])
    body = """Dengan hormat Bapak Marcus,

Terima kasih atas pesanan Bapak. Bersama ini kami konfirmasi PO 4500320688 sebagai berikut:

1. Drum sangrai 15 kg (RD-15-SS) - 4 unit @ USD 2.450,00 - pengiriman tanggal 21 Desember 2026
2. Set bearing 40x80 mm (RD-BRG-40) - 8 set @ USD 86,00 - pengiriman tanggal 21 Desember 2026

Mohon maaf, tanggal 14 Desember tidak dapat kami penuhi karena antrean pengelasan.

Hormat kami,
Dewi Kartika
Bagian Penjualan Ekspor
PT Mesin Sangrai Nusantara
Jl. Raya Kopo No. 218, Bandung 40225
Telp. +62 22 540 7731
"""
    eml = reply(slug, po, ("Dewi Kartika", "dewi.kartika@sangrai-nusantara.example"), body,
                (2026, 11, 23, 14, 30, 0, 420), client="outlook", cs="iso-8859-1", content_lang="id-ID",
                subject="RE: " + req_subject(po))
    exp = E("confirmation", "id-ID: 'pengiriman tanggal 21 Desember 2026' for both lines; 'USD 2.450,00' equals the PO "
            "price 2450.00 (dot thousands, comma decimals).",
            conf(po, {1: C(d="2026-12-21"), 2: C(d="2026-12-21")}))
    return [po], eml, exp


@case("freezer-gaskets-exchange-ndr", "bounce/nl-NL",
      "Exchange 'Undeliverable' NDR with HTML explanation, delivery-status part and the original request attached")
def c_ndr_en(slug):
    sup = S("IJSMACH", "IJsmachine Onderdelen B.V.", "orders@ijsmachine-onderdelen.example", "nl-NL")
    po = PO("4500320720", sup, "ingrid", "EUR", "2026-11-17", [
        L("FG-VR-700", "Freezer gasket 700x550 mm, magnetic, grey", 60, "PCS", "16.40", "2026-12-09"),
        L("FG-VR-1200", "Freezer gasket 1200x600 mm, 4-sided", 30, "PCS", "22.80", "2026-12-09"),
    ])
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Your message to orders@ijsmachine-onderdelen.example couldn't be delivered.</font></b></p>
<p>orders wasn't found at ijsmachine-onderdelen.example.</p>
<table><tr><td>ingrid.salo</td><td>Office 365</td><td>orders</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p>How to Fix It<br>The address may be misspelled or may not exist. Try one or more of the following: Retype the recipient's address, then resend the message.</p>
<p>Diagnostic information for administrators:<br>Generating server: AM0PR07MB6412.eurprd07.prod.outlook.com<br>
orders@ijsmachine-onderdelen.example<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
<p>Original message headers:</p><pre>Subject: Order confirmation request - PO 4500320720
Date: Tue, 17 Nov 2026 09:14:00 +0100
Message-ID: &lt;po-4500320720.20261117@kestrel-supply.example&gt;</pre>
</body></html>
"""
    t = """Your message to orders@ijsmachine-onderdelen.example couldn't be delivered.

orders wasn't found at ijsmachine-onderdelen.example.

Unknown To address

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    alt = mime.multipart("alternative", [mime.text(t, "plain", "us-ascii", "quoted-printable"),
                                         mime.text(h, "html", "us-ascii", "quoted-printable")],
                         "_001_" + mime.h(slug, 24, "ndr-a"))
    ds = """Reporting-MTA: dns;AM0PR07MB6412.eurprd07.prod.outlook.com
Received-From-MTA: dns;AM9PR07MB7734.eurprd07.prod.outlook.com
Arrival-Date: Tue, 17 Nov 2026 08:14:00 +0000

Final-Recipient: rfc822;orders@ijsmachine-onderdelen.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    body = mime.multipart("report", [alt, mime.raw_part([("Content-Type", "message/delivery-status")], ds.encode()),
                                     rfc822_part(po)],
                          "_000_" + mime.h(slug, 24, "ndr"), params=" report-type=delivery-status;")
    hs = [("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-supply.example>"),
          ("To", "Ingrid Salo <ingrid.salo@kestrel-supply.example>"), ("Date", "Tue, 17 Nov 2026 08:14:03 +0000"),
          ("Content-Language", "en-US"), ("Message-ID", "<%s@AM0PR07MB6412.eurprd07.prod.outlook.com>" % mime.h(slug, 32, "m")),
          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("Subject", "Undeliverable: " + req_subject(po)), ("Auto-Submitted", "auto-replied"),
          ("X-MS-Exchange-Message-Is-Ndr", "")]
    hs = [x for x in hs if x[1]]
    eml = assemble(hs, body)
    exp = E("bounce", "Exchange Online NDR (5.1.10 recipient not found) threaded on the request; the returned original "
            "contains the PO table.")
    return [po], eml, exp


@case("freezer-gaskets-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 base64 mail with 'ส่งมอบวันที่ 21/12/2569' in the Buddhist calendar (2569 = 2026)")
def c_gaskets_th(slug):
    sup = S("SEALYEN", "บริษัท ซีลเย็น จำกัด", "sales@sealyen.example", "th-TH")
    po = PO("4500320745", sup, "helen", "USD", "2026-11-17", [
        L("FG-IC-1200", "Freezer door gasket 1200x600 mm, magnetic, for ice cream cabinet", 50, "PCS", "18.60",
          "2026-12-14"),
        L("FG-IC-0900", "Freezer lid gasket 900x450 mm", 50, "PCS", "14.20", "2026-12-14"),
    ])
    body = """เรียน คุณเฮเลน

บริษัทฯ ขอขอบคุณสำหรับใบสั่งซื้อ และขอยืนยันใบสั่งซื้อเลขที่ 4500320745 ดังนี้

รายการที่ 1  FG-IC-1200  จำนวน 50 ชิ้น  ราคา 18.60 USD ต่อชิ้น
รายการที่ 2  FG-IC-0900  จำนวน 50 ชิ้น  ราคา 14.20 USD ต่อชิ้น

ส่งมอบวันที่ 21/12/2569 ทั้งสองรายการ

ขอแสดงความนับถือ
สมศรี วงศ์ใหญ่
ฝ่ายขายต่างประเทศ
บริษัท ซีลเย็น จำกัด
88/9 ถนนบางนา-ตราด กม. 23 ต.บางเสาธง จ.สมุทรปราการ 10570
โทร. +66 2 315 4420
"""
    eml = reply(slug, po, ("สมศรี วงศ์ใหญ่", "somsri.w@sealyen.example"), body, (2026, 11, 24, 10, 15, 22, 420),
                client="outlook", cs="tis-620", cte="base64", content_lang="th-TH", subject="RE: " + req_subject(po))
    exp = E("confirmation", "th-TH: 21/12/2569 is a Buddhist-era date (2569 - 543 = 2026) -> 2026-12-21 for both lines; "
            "quantities and prices as ordered.",
            conf(po, {1: C(d="2026-12-21"), 2: C(d="2026-12-21")}))
    return [po], eml, exp


@case("ball-machines-group-colleague", "confirmation/de-DE",
      "answer comes from a colleague at the group's other domain with the supplier address in CC; 'Dienstag, KW 51' names a day")
def c_group_de(slug):
    sup = S("BALLWERK", "Ballwerk Sporttechnik GmbH", "auftrag@ballwerk-sport.example", "de-DE")
    po = PO("4500320801", sup, "helen", "EUR", "2026-11-17", [
        L("TBM-CLB-24", "Tennis ball machine Club, 24V, 2027 model", 4, "EA", "1240.00", "2026-12-11"),
        L("TBM-NET-3X6", "Ball stop net 3x6 m", 4, "PCS", "210.00", "2026-12-11"),
        L("TBM-BAT-24", "Spare battery 24V 10Ah", 4, "PCS", "165.00", "2026-12-11"),
    ])
    wd("2026-12-15", "Tue")
    body = """Hallo Frau Park,

ich antworte für meine Kollegen von Ballwerk Sporttechnik - die Auftragsabwicklung läuft seit Oktober zentral über die Ballwerk Gruppe.

Ihre Bestellung 4500320801 ist hiermit bestätigt:
Pos. 1 und Pos. 3 wie bestellt, Lieferung am 11.12.2026.
Pos. 2 (Ballfangnetz 3x6 m): Menge und Preis wie bestellt, Lieferung Dienstag, KW 51.

Viele Grüße
Katrin Vogel
Zentrale Auftragsabwicklung

Ballwerk Gruppe Services GmbH
Am Sportpark 3, 33602 Bielefeld
Tel. +49 521 98 77 40-31
Geschäftsführer: Dr. H. Ballwerk | Amtsgericht Bielefeld HRB 48211
"""
    eml = reply(slug, po, ("Katrin Vogel", "k.vogel@ballwerk-gruppe.example"), body, (2026, 11, 19, 16, 55, 41, 60),
                client="outlook", cs="iso-8859-1", lang="de", content_lang="de-DE", subject="AW: " + req_subject(po),
                cc=[("Ballwerk Auftrag", "auftrag@ballwerk-sport.example")])
    exp = E("confirmation", "de-DE: sender is k.vogel@ballwerk-gruppe.example (group domain) with the supplier's address "
            "in CC; 'Dienstag, KW 51' names the day -> 2026-12-15 for Pos. 2, Pos. 1/3 as ordered.",
            conf(po, {1: "A", 2: C(d="2026-12-15"), 3: "A"}))
    return [po], eml, exp


@case("pharmacy-carts-acompte", "needs_review/fr-FR",
      "French reply that would meet date and price only 'sous réserve' of a 30 % prepayment the buyer must first accept")
def c_condition_fr(slug):
    sup = S("CHARHOSP", "Chariots Hospitaliers du Rhône SAS", "adv@chariots-rhone.example", "fr-FR")
    po = PO("4500320866", sup, "lucia", "EUR", "2026-11-18", [
        L("PC-UNI-24", "Unit-dose medication cart, 24 drawers, 2027 model", 3, "EA", "3860.00", "2026-12-18"),
        L("PC-LCK-E12", "Electronic lock module, 12V", 3, "EA", "420.00", "2026-12-18"),
    ])
    body = """Bonjour Madame Ferrante,

Merci pour votre commande 4500320866.

Nous pouvons livrer les 3 chariots et les 3 modules de verrouillage le 18/12 aux prix indiqués, sous réserve de la réception d'un acompte de 30 % à la commande (nouveau client - conditions de notre service crédit).

Merci de nous confirmer votre accord sur cet acompte ; nous lancerons la fabrication et vous enverrons l'accusé de réception de commande dès réception du virement.

Bien cordialement,

Sandrine Mercier
Administration des ventes
Chariots Hospitaliers du Rhône SAS
12 rue de l'Industrie, 69800 Saint-Priest
Tél. : +33 4 72 28 91 40
"""
    eml = reply(slug, po, ("Sandrine Mercier", "s.mercier@chariots-rhone.example"), body, (2026, 11, 19, 10, 8, 33, 60),
                client="outlook", cs="windows-1252", lang="fr", content_lang="fr-FR", subject="RE : " + req_subject(po))
    exp = E("needs_review", "fr-FR: date and prices would match the PO, but only 'sous réserve' of a 30 % prepayment that "
            "the buyer has to agree to first; no order acknowledgment yet.")
    return [po], eml, exp


@case("arrow-nocks-carton-24", "confirmation/en-US",
      "accepts three lines and rounds the lighted nocks up to '5 full master cartons of 24' (= 120 sets) without stating the total")
def c_carton_us(slug):
    sup = S("FLETCH", "Fletchline Archery Supply LLC", "orders@fletchline.example", "en-US")
    po = PO("4500320930", sup, "marcus", "USD", "2026-11-18", [
        L("AN-PIN-S", "Pin nock, small groove, 0.088 in, fluorescent green", 1000, "PCS", "0.32", "2026-12-11"),
        L("AN-PRS-246", "Press-fit nock for .246 ID shafts, box of 12", 50, "BOX", "7.80", "2026-12-11"),
        L("AN-LIT-R3", "Lighted nock, red, 3-pack", 100, "SET", "17.50", "2026-12-11"),
        L("AN-BSH-4", "Nock bushing for 4 mm pin nocks", 500, "PCS", "0.19", "2026-12-11"),
    ])
    wd("2026-12-08", "Tue")
    body = """Hi Marcus,

PO 4500320930 is confirmed - thank you!

Lines 1, 2 and 4 as ordered. Line 3 (lighted nocks, red 3-pack) only ships in full master cartons of 24 sets, so we rounded it up to 5 full cartons, same $17.50 per set.

Everything ships Tue 12/8 via FedEx International Economy, delivered to Rotterdam by 12/11.

Best,
Jenna Morales
Customer Service
Fletchline Archery Supply LLC | 480 Quarry Rd, Reno, NV 89502 | (775) 555-0143
"""
    eml = reply(slug, po, ("Jenna Morales", "jenna@fletchline.example"), body, (2026, 11, 19, 9, 41, 18, -480),
                client="gmail", cs="UTF-8", quote="gmail", subject="Re: " + req_subject(po))
    assert 5 * 24 == 120 and 120 >= 100 > 4 * 24
    exp = E("confirmation", "en-US month-first dates (ship 12/8, delivered 12/11 = requested); line 3 rounded up to 5 cartons "
            "x 24 = 120 sets at the PO price; the total 120 has to be computed.",
            conf(po, {1: "A", 2: "A", 3: C(q=120), 4: "A"}))
    return [po], eml, exp


@case("mallets-html-table-only", "confirmation/ko-KR",
      "HTML-only EUC-KR mail (no text part): the answer is a Korean table with one date moved and one line discontinued")
def c_html_ko(slug):
    sup = S("SORI", "(주)소리공방", "order@sorigongbang.example", "ko-KR")
    po = PO("4500320995", sup, "ingrid", "USD", "2026-11-18", [
        L("HB-MAL-P3", "Handbell mallet pair, polyurethane head 30 mm", 60, "PAIR", "12.40", "2026-12-09"),
        L("HB-MAL-Y4", "Handbell mallet pair, yarn head 40 mm", 60, "PAIR", "13.80", "2026-12-09"),
        L("HB-PAD-412", "Foam table padding 4 m x 1.2 m, 50 mm", 12, "PCS", "48.00", "2026-12-09"),
    ])
    rows = [("1", "HB-MAL-P3", "60 PAIR", "USD 12.40", "2026. 12. 9.", "확정"),
            ("2", "HB-MAL-Y4", "60 PAIR", "USD 13.80", "2026. 12. 16.", "확정 (납기 변경)"),
            ("3", "HB-PAD-412", "-", "-", "-", "단종 - 공급 불가")]
    trs = "".join("<tr>%s</tr>" % "".join("<td style=\"border:1px solid #999;padding:4px\">%s</td>" % _html.escape(c) for c in r)
                  for r in rows)
    html = ("<div style=\"font-family:'맑은 고딕';font-size:10pt\"><p>Ingrid Salo 님께,</p>"
            "<p>안녕하세요. (주)소리공방 영업팀입니다.<br>발주번호 4500320995 에 대해 아래와 같이 회신드립니다.</p>"
            "<table style=\"border-collapse:collapse\"><tr><th>항목</th><th>품번</th><th>수량</th><th>단가</th><th>납기일</th><th>비고</th></tr>%s</table>"
            "<p>3번 항목(테이블 패드)은 제조사 단종으로 공급이 불가합니다. 양해 부탁드립니다.</p>"
            "<p>감사합니다.<br>김민지 드림<br>(주)소리공방 해외영업팀<br>경기도 파주시 문발로 115<br>Tel. +82 31 955 4102</p></div>" % trs)
    eml = reply(slug, po, ("김민지", "minji.kim@sorigongbang.example"), "", (2026, 11, 20, 14, 3, 9, 540),
                client="webmail", cs="euc-kr", cte="base64", html=html, html_only=True, quote="gmail",
                attribution="2026년 11월 18일 (수) 오후 5:14, Ingrid Salo <ingrid.salo@kestrel-supply.example>님이 작성:",
                subject="RE: " + req_subject(po))
    exp = E("confirmation", "ko-KR, HTML only: table row 1 confirmed as ordered, row 2 confirmed with 납기일 2026. 12. 16. "
            "(Korean y. m. d. format), row 3 단종 - 공급 불가 = rejected.",
            conf(po, {1: "A", 2: C(d="2026-12-16"), 3: "R"}))
    return [po], eml, exp


@case("toy-wheels-newsletter", "unrelated/nl-NL",
      "Dutch supplier newsletter with a 10 % promotion, new sizes in mm and dates, sent from the same supplier domain")
def c_newsletter_nl(slug):
    sup = S("HOUTSPEL", "Houten Speelgoed Onderdelen B.V.", "verkoop@houtspeelgoed.example", "nl-NL")
    po = PO("4500321002", sup, "dana", "EUR", "2026-11-18", [
        L("TW-BK-50", "Beech wheel 50 mm, 8 mm hole, natural", 4000, "PCS", "0.24", "2026-12-15"),
        L("TW-AS-8", "Beech axle 8x60 mm", 4000, "PCS", "0.07", "2026-12-15"),
    ])
    t = """Houten Speelgoed Onderdelen - nieuwsbrief november 2026

Nieuw in 2027: beukenhouten wielen van 30 tot 80 mm, nu ook met 10 mm asgat.

Actie: 10% korting op alle wielen en assen bij bestellingen die vóór 15 december 2026 binnen zijn (minimaal 2.000 stuks per artikel).

Kerstsluiting: ons magazijn is gesloten van 24-12-2026 t/m 03-01-2027.

Bekijk de nieuwe catalogus op www.houtspeelgoed.example/catalogus-2027

U ontvangt deze e-mail omdat u klant bent bij Houten Speelgoed Onderdelen B.V., Ambachtsweg 4, 7461 JL Rijssen.
Afmelden: https://www.houtspeelgoed.example/afmelden?u=kestrel-8812
"""
    h = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Nieuwsbrief november 2026</title></head>"
         "<body style=\"margin:0;background:#f4efe6\"><table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Arial\">"
         "<tr><td style=\"padding:20px\"><h1 style=\"color:#7a4b1e\">Nieuw in 2027</h1>"
         "<p>Beukenhouten wielen van 30 tot 80 mm, nu ook met 10 mm asgat.</p>"
         "<p style=\"background:#7a4b1e;color:#fff;padding:10px\"><b>Actie: 10% korting</b> op alle wielen en assen bij bestellingen die v&oacute;&oacute;r 15 december 2026 binnen zijn (minimaal 2.000 stuks per artikel).</p>"
         "<p>Kerstsluiting: ons magazijn is gesloten van 24-12-2026 t/m 03-01-2027.</p>"
         "<p><a href=\"https://www.houtspeelgoed.example/catalogus-2027\">Bekijk de nieuwe catalogus</a></p>"
         "<p style=\"font-size:11px;color:#888\">U ontvangt deze e-mail omdat u klant bent bij Houten Speelgoed Onderdelen B.V., Ambachtsweg 4, 7461 JL Rijssen. "
         "<a href=\"https://www.houtspeelgoed.example/afmelden?u=kestrel-8812\">Afmelden</a></p></td></tr></table></body></html>")
    alt = mime.multipart("alternative", [mime.text(t, "plain", "utf-8", "quoted-printable"),
                                         mime.text(h, "html", "utf-8", "quoted-printable")],
                         "b1_" + mime.h(slug, 32, "nl"))
    hs = [("Date", mime.rfcdate(2026, 11, 24, 7, 30, 0, 60)),
          ("From", "Houten Speelgoed Onderdelen <nieuwsbrief@houtspeelgoed.example>"),
          ("To", "dana.ruiz@kestrel-supply.example"), ("Subject", "Nieuw in 2027 + 10% korting tot 15 december"),
          ("Message-ID", "<%s@mailer.houtspeelgoed.example>" % mime.h(slug, 28, "m")),
          ("List-Unsubscribe", "<https://www.houtspeelgoed.example/afmelden?u=kestrel-8812>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
          ("X-Mailer", "PHPMailer 6.9.1")]
    eml = assemble(hs, alt)
    exp = E("unrelated", "nl-NL marketing newsletter from the supplier's domain: promotion dates and sizes have nothing to do "
            "with open PO 4500321002.")
    return [po], eml, exp


@case("marimba-bars-jp-next-year", "confirmation/ja-JP",
      "Shift_JIS base64 reply: '1月8日' has no year and falls in 2027; other lines 'ご注文通り'")
def c_marimba_ja(slug):
    sup = S("MOKKIN", "株式会社木琴工房", "eigyo@mokkin-kobo.example", "ja-JP")
    po = PO("4500321040", sup, "ingrid", "JPY", "2026-11-19", [
        L("MB-RSW-C4", "Marimba bar, rosewood, C4, 60x22 mm, tuned A=442", 12, "PCS", "18500", "2026-12-18"),
        L("MB-RSW-F3", "Marimba bar, rosewood, F3, 70x24 mm", 12, "PCS", "21000", "2026-12-18"),
        L("MB-PAD-50", "Bar cushion felt 50x10 mm", 200, "PCS", "120", "2026-12-18"),
    ])
    body = """Kestrel Supply Group
Ingrid Salo 様

いつもお世話になっております。
株式会社木琴工房 営業部の佐藤でございます。

発注書 4500321040 につきまして、下記の通りご回答申し上げます。

1. MB-RSW-C4：12本　ご注文通り、12月18日納品
2. MB-RSW-F3：12本、単価 21,000円、納期 1月8日（ローズウッド材の乾燥に時間を要するため）
3. MB-PAD-50：200個　ご注文通り

何卒よろしくお願い申し上げます。

--------------------------------------
株式会社木琴工房　営業部
佐藤 由美
〒430-0851 静岡県浜松市中央区向宿2-14-7
TEL 053-461-2280 / FAX 053-461-2281
--------------------------------------
"""
    eml = reply(slug, po, ("佐藤 由美", "y.sato@mokkin-kobo.example"), body, (2026, 11, 25, 10, 20, 5, 540),
                client="outlook", cs="shift_jis", cte="base64", lang="ja", content_lang="ja-JP",
                subject="RE: " + req_subject(po), html_cs="utf-8", html_cte="base64")
    exp = E("confirmation", "ja-JP: item 2 '納期 1月8日' has no year; the next 8 January after the mail date (2026-11-25) is "
            "2027-01-08; items 1 and 3 'ご注文通り' = as ordered.",
            conf(po, {1: "A", 2: C(d="2027-01-08"), 3: "A"}))
    return [po], eml, exp


@case("petri-split-gb2312", "confirmation/zh-CN",
      "GB2312 Foxmail reply splitting line 1 into two deliveries (12月10日 / 12月22日) without years")
def c_petri_zh(slug):
    sup = S("HUAPEI", "苏州华培实验器材有限公司", "sales@huapei-lab.example", "zh-CN")
    po = PO("4500321105", sup, "tomasz", "CNY", "2026-11-19", [
        L("PD-90-15S", "Petri dish 90x15 mm, PS, sterile, 10 per sleeve", 20000, "PCS", "0.68", "2026-12-10"),
        L("PD-150-20", "Petri dish 150x20 mm, PS, sterile", 5000, "PCS", "1.95", "2026-12-10"),
    ])
    body = """Tomasz 您好！

感谢您的订单。关于订单 4500321105，确认如下：

第1行：PD-90-15S，数量 20000 个，单价 0.68 元，分两批交货：
    12月10日 交 12000 个
    12月22日 交 8000 个
第2行：PD-150-20，5000 个，单价 1.95 元，12月10日交货。

如有问题请随时联系。

祝好！
王丽娟
苏州华培实验器材有限公司 外贸部
江苏省苏州市吴中区澄湖东路 66 号
电话：+86 512 6581 3320
"""
    eml = reply(slug, po, ("王丽娟", "wanglj@huapei-lab.example"), body, (2026, 11, 20, 15, 12, 40, 480),
                client="other", cs="gb2312", cte="base64", lang="zh", subject="回复: " + req_subject(po),
                extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")])
    exp = E("confirmation", "zh-CN GB2312: line 1 split 12000 on 12月10日 + 8000 on 12月22日 (no year -> 2026); line 2 as "
            "ordered on 12月10日.",
            conf(po, {1: C(s=[(12000, "2026-12-10"), (8000, "2026-12-22")]), 2: "A"}))
    return [po], eml, exp


@case("marimba-prossima-settimana", "needs_review/it-IT",
      "Italian acknowledgement that dates and prices will be confirmed 'la prossima settimana', with a Friday date and the PO values in the quote")
def c_later_it(slug):
    sup = S("PERCCREM", "Percussioni Cremonesi S.r.l.", "ordini@percussioni-cremonesi.example", "it-IT")
    po = PO("4500321170", sup, "lucia", "EUR", "2026-11-19", [
        L("MB-PDK-43", "Padauk marimba bar set, 4.3 octave, 2027 series", 2, "SET", "4150.00", "2026-12-18"),
        L("MB-RES-50", "Aluminium resonator tube 50 mm, 1.5 mm wall", 20, "PCS", "38.00", "2026-12-18"),
    ])
    wd("2026-11-27", "Fri")
    body = """Gentile Lucia,

abbiamo ricevuto l'ordine 4500321170, grazie.

Stiamo verificando con la segheria la disponibilità del padauk stagionato: vi confermeremo date e prezzi la prossima settimana, presumibilmente entro venerdì 27/11.

Cordiali saluti

Paolo Ghisleri
Ufficio commerciale
Percussioni Cremonesi S.r.l.
Via dei Liutai 19, 26100 Cremona
Tel. +39 0372 41 88 20
"""
    eml = reply(slug, po, ("Paolo Ghisleri", "p.ghisleri@percussioni-cremonesi.example"), body,
                (2026, 11, 20, 11, 45, 0, 60), client="outlook", cs="iso-8859-1", lang="it", content_lang="it-IT",
                subject="R: " + req_subject(po))
    exp = E("needs_review", "it-IT: receipt only, dates and prices promised 'la prossima settimana' (by Friday 27/11); "
            "nothing is committed yet.")
    return [po], eml, exp


@case("ball-machine-discontinued-big5", "confirmation/zh-TW",
      "Big5 reply rejecting the discontinued 2026 machine while confirming the two accessories as ordered")
def c_reject_tw(slug):
    sup = S("TWBALL", "台灣球機股份有限公司", "sales@tw-ballmachine.example", "zh-TW")
    po = PO("4500321233", sup, "helen", "USD", "2026-11-20", [
        L("TBM-LT-12", "Tennis ball machine Lite, 12V, 2026 model", 10, "EA", "720.00", "2026-12-11"),
        L("TBM-OSC-2", "Oscillation module, 2-line", 10, "EA", "95.00", "2026-12-11"),
        L("TBM-CHG-24", "Charger 24V 3A", 10, "EA", "38.00", "2026-12-11"),
    ])
    body = """Helen 您好，

感謝您的訂單。訂單 4500321233 確認如下：

1. TBM-LT-12：2026年款已停產，無法供貨，很抱歉。
2. TBM-OSC-2：10台，USD 95.00，12月11日到貨。
3. TBM-CHG-24：10個，USD 38.00，12月11日到貨。

如需2027年款 (TBM-LT-12N)，請另行詢價。

敬祝 商祺
陳雅婷
台灣球機股份有限公司 業務部
台中市西屯區工業區三十八路 42 號
電話：+886 4 2359 6678
"""
    eml = reply(slug, po, ("陳雅婷", "yating.chen@tw-ballmachine.example"), body, (2026, 11, 23, 9, 33, 16, 480),
                client="outlook", cs="big5", cte="base64", content_lang="zh-TW", subject="回覆: " + req_subject(po),
                html_cs="utf-8")
    exp = E("confirmation", "zh-TW Big5: line 1 停產，無法供貨 = rejected; lines 2 and 3 as ordered, 到貨 12月11日 (the "
            "requested date); the 2027 model is only an offer.",
            conf(po, {1: "R", 2: "A", 3: "A"}))
    return [po], eml, exp


@case("sleeper-clips-partial", "confirmation/pl-PL",
      "Polish partial confirmation: 2 400 of 3 000 with the rest cancelled, a new price on another line, space thousands")
def c_partial_pl(slug):
    sup = S("KOLEJTECH", "Kolejtech Sp. z o.o.", "zamowienia@kolejtech.example", "pl-PL")
    po = PO("4500321290", sup, "tomasz", "PLN", "2026-11-20", [
        L("RC-E2039", "Rail clip e2039, 2027 spec, 20 mm toe", 3000, "PCS", "7.40", "2026-12-14"),
        L("RC-PAD-10", "Rail pad 10 mm EVA, 150x185", 3000, "PCS", "4.15", "2026-12-14"),
        L("RC-INS-60", "Insulator for 60E1, nylon 6.6", 6000, "PCS", "1.12", "2026-12-14"),
    ])
    body = """Dzień dobry Panie Tomaszu,

dziękujemy za zamówienie. Potwierdzamy zamówienie nr 4500321290 częściowo:

poz. 1 - 2 400 szt. (tyle mamy z bieżącej produkcji), cena 7,40 zł, dostawa 14.12.2026. Pozostałych 600 szt. nie jesteśmy w stanie dostarczyć - prosimy o anulowanie tej ilości.
poz. 2 - zgodnie z zamówieniem.
poz. 3 - 6 000 szt., cena 1,18 zł/szt. (nowy cennik poliamidu), dostawa 14.12.2026.

Pozdrawiam serdecznie
Agnieszka Wójcik
Dział Sprzedaży
Kolejtech Sp. z o.o.
ul. Torowa 12, 44-100 Gliwice
tel. +48 32 230 45 17
"""
    eml = reply(slug, po, ("Agnieszka Wójcik", "a.wojcik@kolejtech.example"), body, (2026, 11, 24, 13, 2, 57, 60),
                client="outlook", cs="iso-8859-2", lang="pl", content_lang="pl-PL", subject="Odp: " + req_subject(po))
    exp = E("confirmation", "pl-PL: poz. 1 only 2 400 (space thousands) with the remaining 600 cancelled -> changed to 2400; "
            "poz. 2 'zgodnie z zamówieniem' = accepted; poz. 3 new price 1,18 zł.",
            conf(po, {1: C(q=2400), 2: "A", 3: C(p="1.18")}))
    return [po], eml, exp


@case("petri-ticket-autoresponse", "auto_reply/en-IN",
      "helpdesk ticket acknowledgement '[#48213]' with status and a '2 working days' promise, threaded on the request")
def c_ticket_in(slug):
    sup = S("KALYANI", "Kalyani Lab Plastics Pvt. Ltd.", "orders@kalyanilab.example", "en-IN")
    po = PO("4500321322", sup, "marcus", "USD", "2026-11-20", [
        L("PD-90-15N", "Petri dish 90x15 mm, non-vented, 20/sleeve", 10000, "PCS", "0.09", "2026-12-18"),
        L("PD-60-15", "Petri dish 60x15 mm", 5000, "PCS", "0.07", "2026-12-18"),
    ])
    body = """Dear Customer,

Thank you for writing to Kalyani Lab Plastics.

This is an automated response confirming that we have received your request. A ticket has been created for you:

Ticket ID: #48213
Subject: Order confirmation request - PO 4500321322
Status: Open
Priority: Medium

Our order desk team will get back to you within 2 working days. Please keep the ticket ID in the subject line of any further correspondence.

Regards,
Order Desk
Kalyani Lab Plastics Pvt. Ltd.
Plot 44, MIDC Bhosari, Pune 411026
"""
    eml = reply(slug, po, ("Kalyani Lab Plastics Support", "support@kalyanilab.example"), body,
                (2026, 11, 20, 13, 44, 12, 330), client="other", cs="UTF-8", quote="none", text_only=False,
                subject="[#48213] Re: " + req_subject(po),
                extra=AUTO[:1] + [("X-Helpdesk-Ticket-ID", "48213"), ("Precedence", "auto_reply")])
    exp = E("auto_reply", "en-IN helpdesk ticket system receipt (ticket #48213, status Open): automatic, no commitment.")
    return [po], eml, exp


@case("gutters-surcharge-4pct", "confirmation/cs-CZ",
      "Czech full confirmation with a '4 % příplatek' to all unit prices that has to be applied to each PO price")
def c_surcharge_cs(slug):
    sup = S("ZINEK", "Klempířství Zinek s.r.o.", "objednavky@zinek.example", "cs-CZ")
    po = PO("4500321355", sup, "dana", "CZK", "2026-11-20", [
        L("ZG-PUL-280", "Zinc half-round gutter 280 mm, 0.7 mm, 3 m", 200, "PCS", "612.00", "2026-12-10"),
        L("ZG-SVD-100", "Zinc downpipe 100 mm, 3 m", 120, "PCS", "498.00", "2026-12-10"),
        L("ZG-HAK-280", "Gutter hook 280, 30x4 mm, for rafters", 600, "PCS", "46.50", "2026-12-10"),
    ])
    body = """Dobrý den, paní Ruiz,

potvrzujeme objednávku č. 4500321355 v plném rozsahu (množství dle objednávky), termín dodání 10. 12. 2026.

Vzhledem k růstu ceny zinku na LME účtujeme od 1. 11. 2026 ke všem jednotkovým cenám příplatek 4 %.

S pozdravem

Ing. Petra Horáková
obchodní oddělení
Klempířství Zinek s.r.o.
Průmyslová 1520/7, 530 03 Pardubice
tel.: +420 466 512 330
"""
    eml = reply(slug, po, ("Horáková Petra", "horakova@zinek.example"), body, (2026, 11, 23, 10, 17, 20, 60),
                client="outlook", cs="windows-1250", lang="cs", content_lang="cs-CZ", subject="RE: " + req_subject(po))
    from decimal import Decimal as D
    p = [str((D(x) * D("1.04")).quantize(D("0.01"))) for x in ("612.00", "498.00", "46.50")]
    assert p == ["636.48", "517.92", "48.36"], p
    exp = E("confirmation", "cs-CZ: +4 % surcharge on every PO unit price: 612.00 -> 636.48, 498.00 -> 517.92, "
            "46.50 -> 48.36; quantities and the 10. 12. 2026 date as ordered.",
            conf(po, {1: C(p=p[0]), 2: C(p=p[1]), 3: C(p=p[2])}))
    return [po], eml, exp


@case("toy-wheels-qmail-bounce", "bounce/cs-CZ",
      "plain-text qmail bounce (mailbox full) with the original request pasted below the 'copy of the message' line")
def c_qmail(slug):
    sup = S("DREVOHR", "Dřevohračky Morava s.r.o.", "objednavky@drevohracky-morava.example", "cs-CZ")
    po = PO("4500321388", sup, "helen", "EUR", "2026-11-23", [
        L("TW-BUK-40", "Beech toy wheel 40 mm, 6 mm hole", 6000, "PCS", "0.17", "2026-12-17"),
        L("TW-BUK-25", "Beech toy wheel 25 mm", 8000, "PCS", "0.11", "2026-12-17"),
        L("TW-OSK-6", "Axle 6x50 mm, beech", 14000, "PCS", "0.04", "2026-12-17"),
    ])
    orig = mime.pycs  # noqa: F841
    from .common import request_message
    txt = ("Hi. This is the qmail-send program at mx1.drevohracky-morava.example.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<objednavky@drevohracky-morava.example>:\n"
           "user is over quota: mailbox size 2147483648 bytes exceeds limit (#5.2.2)\n\n"
           "--- Below this line is a copy of the message.\n\n"
           "Return-Path: <helen.park@kestrel-supply.example>\n"
           "Received: (qmail 28311 invoked from network); 23 Nov 2026 08:14:09 -0000\n"
           "Received: from mail.kestrel-supply.example (198.51.100.12)\n"
           "  by mx1.drevohracky-morava.example with SMTP; 23 Nov 2026 08:14:09 -0000\n"
           ) + request_message(po).decode("ascii")
    part = mime.raw_part([("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")],
                         txt.encode("ascii"))
    hs = [("Return-Path", "<>"), ("Date", "23 Nov 2026 08:14:10 +0000"),
          ("From", "MAILER-DAEMON@mx1.drevohracky-morava.example"), ("To", "helen.park@kestrel-supply.example"),
          ("Subject", "failure notice"), ("Message-ID", "<20261123081410.28314.qmail@mx1.drevohracky-morava.example>")]
    ctype = part.headers
    part.headers = []
    from .common import _assemble
    eml = _assemble(hs + [("MIME-Version", "1.0")] + ctype, part)
    exp = E("bounce", "qmail 'failure notice' (#5.2.2 over quota), single text/plain part with the original request and "
            "its PO table below; not a reply from the supplier.")
    return [po], eml, exp


@case("toy-wheels-tyzden-51", "confirmation/sk-SK",
      "Slovak: two lines on the requested date, one 'dodanie v 51. týždni' (ISO week 51 Friday), the lacquer deferred to next week")
def c_week_sk(slug):
    sup = S("DREVOKR", "Drevokruh s.r.o.", "predaj@drevokruh.example", "sk-SK")
    po = PO("4500321410", sup, "ingrid", "EUR", "2026-11-23", [
        L("TW-BUK-35", "Wooden wheel, beech, 35 mm, 6 mm hole", 10000, "PCS", "0.14", "2026-12-11"),
        L("TW-BUK-50T", "Wooden wheel, beech, 50x15 mm, treaded", 6000, "PCS", "0.23", "2026-12-11"),
        L("TW-OSK-660", "Axle 6x60 mm, beech", 16000, "PCS", "0.05", "2026-12-11"),
        L("TW-LAK-1L", "Toy-safe lacquer EN 71-3, 1 l can", 12, "L", "14.90", "2026-12-11"),
    ])
    body = """Dobrý deň, pani Salo,

ďakujeme za objednávku. Potvrdzujeme objednávku 4500321410:

pol. 1 a 3 - podľa objednávky, dodanie 11. 12. 2026
pol. 2 - 6 000 ks, cena 0,23 EUR/ks, dodanie v 51. týždni (vzorkované kolesá sa frézujú na druhej linke)
pol. 4 (lak) - náš dodávateľ ešte nepotvrdil termín, ozveme sa budúci týždeň

S pozdravom
Martina Kováčová
obchodné oddelenie
Drevokruh s.r.o.
Hlavná 88, 013 01 Teplička nad Váhom
tel. +421 41 500 62 14
"""
    eml = reply(slug, po, ("Martina Kováčová", "kovacova@drevokruh.example"), body, (2026, 11, 25, 14, 26, 38, 60),
                client="thunderbird", cs="iso-8859-2", text_only=True, quote="gmail",
                attribution="Dňa 23. 11. 2026 o 9:14 Ingrid Salo napísal(a):", subject="Re: " + req_subject(po),
                content_lang="sk-SK")
    exp = E("confirmation", "sk-SK: 'dodanie v 51. týždni' without a day = Friday of ISO week 51 = 2026-12-18 for pol. 2; "
            "pol. 1 and 3 as ordered on 11. 12. 2026; pol. 4 answered without commitment = unconfirmed.",
            conf(po, {1: "A", 2: C(d="2026-12-18"), 3: "A", 4: "U"}))
    return [po], eml, exp
