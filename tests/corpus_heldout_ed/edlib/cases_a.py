from .common import *  # noqa: F401,F403
from .common import case, po, reply, text, alt, multipart, attachment, html_doc, esc, A, C, R, U, conf, other
from .common import rfcdate, quote_gt, quote_outlook, request_html, request_subject, make_xlsx, message, addr, dsn
from .common import orig_headers_for, html_from_text, hdr


@case("kw-weeks-torque", "confirmation", "de-AT",
      "Outlook top-post in Austrian German; dates only as KW (Friday rule), one KW later than requested, decimal-comma prices.")
def c_de_at():
    p = po("4500031001", "GRUB", "Gruber Drehmomenttechnik GmbH", "verkauf@gruber-dmt.example", "de-AT", "EUR",
           "2026-11-03", [("TW-340-12", "Torque wrench 40-200 Nm, 1/2in drive", 12, "EA", "189.00", "2026-12-18"),
                          ("TW-110-14", "Torque wrench 5-25 Nm, 1/4in drive", 6, "EA", "142.50", "2026-12-11"),
                          ("TW-BIT-SET", "Bit set for torque wrench, 32 pcs", 6, "SET", "38.90", "2026-12-11")])
    body = """Sehr geehrte Frau Kowalczyk,

besten Dank für Ihre Bestellung 4500031001, die wir wie folgt bestätigen:

Pos. 1  TW-340-12   12 Stk.  à € 189,00   Liefertermin KW 51
Pos. 2  TW-110-14    6 Stk.  à € 142,50   Liefertermin KW 51
Pos. 3  TW-BIT-SET   6 Satz  à €  38,90   Liefertermin KW 50

Die Pos. 2 ist leider erst in KW 51 verfügbar, wir liefern dann gemeinsam mit Pos. 1.

Mit freundlichen Grüßen

Mag. Stefan Hofbauer
Verkauf Innendienst

Gruber Drehmomenttechnik GmbH
Industriestraße 14, 4600 Wels, Österreich
T +43 7242 56 120-33 | F +43 7242 56 120-9
FN 218734 s | LG Wels | UID ATU 58123456

""" + quote_outlook(p, "Dienstag, 3. November 2026 14:12", ("Von", "Gesendet", "An", "Betreff"))
    m = reply(p, "Hofbauer Stefan", "s.hofbauer@gruber-dmt.example", text(body, cte="quoted-printable"),
              rfcdate(2026, 11, 10, 8, 42, 11, "+0100"), "<AM0PR09MB4411D2C0A1@AM0PR09MB4411.eurprd09.prod.outlook.example>",
              subject="AW: " + request_subject(p), extra=[("X-MS-Has-Attach", ""), ("Content-Language", "de-AT")])
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2026-12-18"), 3: A(p, 3)}),
                        notes="KW 51 = Fri 2026-12-18 (equals line 1's need-by), KW 50 = Fri 2026-12-11 (line 3 as ordered); line 2 moved from 2026-12-11 to KW 51 -> changed date 2026-12-18. Prices unchanged (decimal comma).")


@case("html-surcharge-hoists", "confirmation", "pt-BR",
      "HTML-only reply; a 4,5% steel surcharge on one line only, prices with US$ and decimal comma.")
def c_pt_br():
    p = po("4500031002", "ICPA", "Içamentos Paulista Ltda.", "vendas@icapaulista.example", "pt-BR", "USD", "2026-11-04",
           [("CH-1T-3M", "Manual chain hoist 1 t, 3 m lift", 8, "EA", "214.00", "2027-01-15"),
            ("CH-2T-6M", "Manual chain hoist 2 t, 6 m lift", 4, "EA", "398.00", "2027-01-15")], buyer="raj")
    html = html_doc("""<div>Prezado Raj, bom dia!</div>
<div><br></div>
<div>Confirmamos o recebimento e o aceite do pedido <b>4500031002</b>.</div>
<div>Devido ao reajuste do aço, será aplicado um acréscimo de <b>4,5%%</b> somente sobre a talha de 2 t (item 2). O item 1 mantém o preço de US$ 214,00.</div>
<div><br></div>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td><b>Item</b></td><td><b>Código</b></td><td><b>Qtde</b></td><td><b>Preço unit.</b></td><td><b>Entrega</b></td></tr>
<tr><td>1</td><td>CH-1T-3M</td><td>8 pç</td><td>US$ 214,00</td><td>15/01/2027</td></tr>
<tr><td>2</td><td>CH-2T-6M</td><td>4 pç</td><td>US$ 398,00 + 4,5%%</td><td>15/01/2027</td></tr>
</table>
<div><br></div>
<div>Atenciosamente,</div>
<div><b>Juliana Martins</b><br>Comercial Exportação<br>Içamentos Paulista Ltda. | CNPJ 12.345.678/0001-90<br>+55 (11) 4002-8922 | Av. Industrial, 1500 - Guarulhos/SP</div>
<div><br></div>
<div style="border-top:1px solid #ccc">De: Raj Mehta &lt;raj.mehta@northgate-mro.example&gt;<br>Enviado: quarta-feira, 4 de novembro de 2026 10:02</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>""" % request_html(p))
    m = reply(p, "Juliana Martins", "juliana.martins@icapaulista.example", text(html, "html", cte="quoted-printable"),
              rfcdate(2026, 11, 9, 11, 5, 40, "-0300"), "<CP6PR80MB5512.7731@icapaulista.example>")
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, price="415.91")}),
                        notes="4.5% on 398.00 = 415.91 for line 2 only; dates 15/01/2027 as requested; line 1 unchanged.")


@case("buddhist-era-led", "confirmation", "th-TH",
      "Thai TIS-620 base64 body with Buddhist-era years (2569/2570); one line slips into January.")
def c_th():
    p = po("4500031003", "SIAMLED", "Siam Lighting Supply Co., Ltd.", "sales@siamlighting.example", "th-TH", "THB",
           "2026-11-05", [("LP-6060-40W", "LED panel 600x600, 40 W, 4000 K", 50, "EA", "890.00", "2026-12-21"),
                          ("LP-3012-36W", "LED panel 300x1200, 36 W, 4000 K", 30, "EA", "1150.00", "2026-12-21")])
    body = """เรียน คุณ Ana

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031003 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้

รายการที่ 1  LP-6060-40W  จำนวน 50 ชิ้น  ราคา 890.00 บาท/ชิ้น  ส่งมอบวันที่ 21/12/2569
รายการที่ 2  LP-3012-36W  จำนวน 30 ชิ้น  ราคา 1,150.00 บาท/ชิ้น  ส่งมอบวันที่ 8/1/2570
(รายการที่ 2 สินค้าหมดสต็อกชั่วคราว รอเข้าจากโรงงาน)

ราคาดังกล่าวยังไม่รวมภาษีมูลค่าเพิ่ม 7%

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายขาย บริษัท สยาม ไลท์ติ้ง ซัพพลาย จำกัด
โทร 02-123-4567 ต่อ 21
"""
    m = reply(p, "สมชาย ใจดี", "somchai@siamlighting.example", text(body, charset="TIS-620", cte="base64"),
              rfcdate(2026, 11, 11, 15, 20, 3, "+0700"), "<20261111082003.4471@siamlighting.example>",
              subject="ตอบกลับ: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2027-01-08")}),
                        notes="Thai dates use Buddhist era: 21/12/2569 = 2026-12-21, 8/1/2570 = 2027-01-08 (d/m). Prices ex VAT equal the PO.")


@case("phone-swahili-rope-rolls", "confirmation", "sw-KE",
      "Terse Swahili phone reply: rope sold in whole rolls, one line rounded up 300 m -> 400 m, date without year.")
def c_sw():
    p = po("4500031004", "PWANI", "Pwani Ropes & Marine Supplies", "orders@pwaniropes.example", "sw-KE", "USD",
           "2026-11-05", [("NR-12-220", "Nylon rope 12 mm, 3-strand", 440, "M", "1.35", "2026-12-14"),
                          ("NR-8-100", "Nylon rope 8 mm, 3-strand", 300, "M", "0.72", "2026-12-14")])
    body = """Habari Ana,
Tumepokea LPO 4500031004, asante.
Kamba ya 12mm iko sawa, 440m (roll 2 za 220m).
Ya 8mm tunauza kwa roll za 100m tu, tutatuma 400m (roll 4) bei ile ile 0.72.
Mzigo utafika tarehe 14/12.
Asante
Wanjiru

Sent from my HUAWEI phone"""
    m = reply(p, "Wanjiru Kamau", "wanjiru.pwaniropes@gmail.example", text(body),
              rfcdate(2026, 11, 6, 19, 2, 45, "+0300"), "<CAF3k9-xQ1@mail.gmail.example>")
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, q=400)}),
                        notes="Line 2 rounded to 4 rolls of 100 m = 400 M at the same price; 14/12 without year = 2026-12-14 (next after mail date). Line 1 as ordered.")


@case("hindi-question-size", "needs_review", "hi-IN",
      "Hindi/English mix: supplier asks which rod diameter and whether GST is ok before confirming anything.")
def c_hi():
    p = po("4500031005", "SHAKTI", "Shakti Welding Consumables Pvt. Ltd.", "sales@shaktiweld.example", "hi-IN", "USD",
           "2026-11-06", [("WR-7018-A", "Welding rod E7018, low hydrogen", 250, "KG", "2.85", "2026-12-20"),
                          ("WR-6013-32", "Welding rod E6013, 3.2 mm", 150, "KG", "2.10", "2026-12-20")], buyer="raj")
    body = """नमस्ते राज जी,

आपका PO 4500031005 मिल गया, धन्यवाद।
कन्फर्म करने से पहले दो बातें बताइए:
1) E7018 रॉड (लाइन 1) का साइज़ PO में नहीं लिखा है – 3.15 mm चाहिए या 4.0 mm?
2) रेट में GST 18% अलग से लगेगा, ये ठीक है ना?

जवाब मिलते ही हम डिलीवरी डेट के साथ कन्फर्मेशन भेज देंगे।

धन्यवाद,
विकास शर्मा
Shakti Welding Consumables Pvt. Ltd.
Plot 44, GIDC Vatva, Ahmedabad 382445 | +91 98250 12345 | GSTIN 24AABCS1234F1Z5
"""
    m = reply(p, "Vikas Sharma", "vikas@shaktiweld.example", text(body, cte="base64"),
              rfcdate(2026, 11, 7, 12, 14, 0, "+0530"), "<a1b2c3.vikas@shaktiweld.example>")
    return [p], m, other("needs_review", "Supplier asks two questions (rod diameter, GST) and promises the confirmation after our answer; nothing is committed.")


@case("icelandic-ooo", "auto_reply", "is-IS",
      "Icelandic out-of-office with a return date and a colleague's number; no commitment.")
def c_is():
    p = po("4500031006", "VERKF", "Verkfærasalan ehf.", "pantanir@verkfaerasalan.example", "is-IS", "EUR", "2026-11-09",
           [("BC-18-IS", "Bolt cutter 450 mm", 10, "EA", "24.60", "2026-12-10")], buyer="tom")
    body = """Góðan dag,

Takk fyrir póstinn. Ég er fjarverandi til mánudagsins 16. nóvember og hef takmarkaðan aðgang að tölvupósti.
Vegna pantana vinsamlegast hafið samband við Guðrúnu Sigurðardóttur, gudrun@verkfaerasalan.example, s. 555 1234.

Kær kveðja / Best regards
Jón Einarsson
Verkfærasalan ehf. | Smiðjuvegi 8, 200 Kópavogi | kt. 540289-1119
"""
    m = reply(p, "Jón Einarsson", "jon@verkfaerasalan.example", text(body, charset="iso-8859-1", cte="quoted-printable"),
              rfcdate(2026, 11, 9, 16, 31, 7, "+0000"), "<autoreply.7713.jon@verkfaerasalan.example>",
              subject="Sjálfvirkt svar: " + request_subject(p),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")])
    return [p], m, other("auto_reply", "Automatic out-of-office (Auto-Submitted header, 'Sjálfvirkt svar'); the 16 November date is the return date, not a delivery date.")


@case("sjis-cutters-ship-date", "confirmation", "ja-JP",
      "Shift_JIS Japanese order acknowledgement over a '>' quote; dates without year, one line only a ship date in late January.")
def c_ja():
    p = po("4500031007", "OKAMOTO", "岡本刃物工業株式会社", "eigyo@okamoto-hamono.example", "ja-JP", "JPY", "2026-11-06",
           [("UK-18-L", "Utility knife L-type 18 mm", 200, "EA", "420", "2026-12-10"),
            ("UK-BL-18", "Snap-off blades 18 mm, 50 per box", 40, "BOX", "980", "2026-12-10"),
            ("UK-9-S", "Utility knife S-type 9 mm", 100, "EA", "260", "2026-12-10")])
    body = """Northgate MRO Supply
Ana Kowalczyk 様

いつも大変お世話になっております。
岡本刃物工業 営業部の佐藤でございます。

この度はご注文（No.4500031007）を賜り、誠にありがとうございます。
下記の通りお請けいたします。

1. UK-18-L  カッターナイフ L型   200個  @420円   納期 12月10日
2. UK-BL-18 替刃 18mm（50枚入）  40箱   @980円   納期 12月10日
3. UK-9-S   カッターナイフ S型   100個  @260円   ※現在欠品中のため、1月22日（金）出荷予定

以上、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
岡本刃物工業株式会社　営業部　佐藤 健一
〒959-1234 新潟県三条市東新保 7-12
TEL 0256-33-1234 / FAX 0256-33-1235
━━━━━━━━━━━━━━━━━━━━

""" + quote_gt(p)
    m = reply(p, "佐藤 健一", "k.sato@okamoto-hamono.example", text(body, charset="shift_jis", cte="base64"),
              rfcdate(2026, 11, 10, 10, 3, 55, "+0900"), "<20261110100355.A7F1@okamoto-hamono.example>",
              subject="Re: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, date="2027-01-22")}),
                        notes="12月10日 (no year) = 2026-12-10 as requested; line 3 only a ship date 1月22日 = 2027-01-22 (next such date after the 2026-11-10 mail). Prices in yen unchanged.")


@case("big5-roc-year-clamps", "confirmation", "zh-TW",
      "Big5 traditional Chinese with ROC (Minguo) calendar years; one line delayed to 12/30.")
def c_zh_tw():
    p = po("4500031008", "HSINCL", "信昌五金有限公司", "sales@hsinchang-hw.example", "zh-TW", "USD", "2026-11-05",
           [("HC-316-25", "Hose clamp SS316, 20-32 mm", 1000, "PC", "0.62", "2026-12-18"),
            ("HC-316-40", "Hose clamp SS316, 32-50 mm", 500, "PC", "0.78", "2026-12-18")], buyer="tom")
    body = """Tom 您好：

感謝貴公司訂購，訂單 4500031008 確認如下：

項次1  HC-316-25  數量 1,000 PC  單價 USD 0.62  交期 民國115年12月18日
項次2  HC-316-40  數量   500 PC  單價 USD 0.78  交期 民國115年12月30日
（項次2 因原料不足，交期延後）

如有任何問題請與我聯絡，謝謝！

信昌五金有限公司 業務部 林美玲
電話：(04)2359-1234 分機 18  傳真：(04)2359-5678
"""
    m = reply(p, "林美玲", "meiling.lin@hsinchang-hw.example", text(body, charset="big5", cte="base64"),
              rfcdate(2026, 11, 9, 9, 40, 12, "+0800"), "<000a01dc1b2c$5d3e7f80$@hsinchang-hw.example>",
              subject="回覆: " + request_subject(p), subject_charset="big5")
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2026-12-30")}),
                        notes="ROC year 115 = 2026; line 2 moved to 2026-12-30 because of material shortage; quantities and prices as ordered.")


@case("koi8r-split-boltcutters", "confirmation", "ru-RU",
      "KOI8-R Russian: line 1 shipped in two lots (60 now, 40 in January), line 2 as ordered.")
def c_ru():
    p = po("4500031009", "INSTRM", "ООО «ИнструментМаш»", "sbyt@instrumash.example", "ru-RU", "EUR", "2026-11-04",
           [("BC-24", "Bolt cutter 600 mm", 100, "EA", "18.40", "2026-12-15"),
            ("BC-36", "Bolt cutter 900 mm", 20, "EA", "31.20", "2026-12-15")])
    body = """Добрый день, Анна!

Подтверждаем заказ № 4500031009 от 04.11.2026:

Поз. 1 — болторез 600 мм: 60 шт. отгрузим 15.12.2026, оставшиеся 40 шт. — 22.01.2027. Цена 18,40 EUR/шт.
Поз. 2 — болторез 900 мм: 20 шт. по 31,20 EUR, отгрузка 15.12.2026.

С уважением,
Ирина Волкова
менеджер по экспорту
ООО «ИнструментМаш», г. Тула, ул. Оружейная, д. 5
тел. +7 (4872) 55-12-34, ИНН 7106012345
"""
    body = body.replace("№", "N").replace("«", '"').replace("»", '"').replace("—", "-")
    m = reply(p, "Ирина Волкова", "volkova@instrumash.example", text(body, charset="koi8-r", cte="8bit"),
              rfcdate(2026, 11, 10, 13, 17, 29, "+0300"), "<1762770000.552211@instrumash.example>",
              subject="Re: " + request_subject(p), subject_charset="koi8-r")
    return [p], m, conf((p, {1: C(p, 1, schedule=[(60, "2026-12-15"), (40, "2027-01-22")]), 2: A(p, 2)}),
                        notes="Line 1 split: 60 pcs 2026-12-15 + 40 pcs 2027-01-22 (ship dates, no delivery date given), total 100, last date 2027-01-22. Line 2 as ordered.")


@case("two-pos-one-mail-stands", "confirmation", "fr-CA",
      "Quebec French, one mail answering two POs; one PO fully as ordered, the other with a revised price in '304,50 $' format.")
def c_fr_ca():
    a = po("4500031010", "BEAUL", "Équipements Beaulieu inc.", "commandes@beaulieu-equip.example", "fr-CA", "CAD",
           "2026-11-02", [("JS-3T", "Jack stands 3 t (pair)", 10, "PR", "64.95", "2026-12-07"),
                          ("JS-6T", "Jack stands 6 t (pair)", 4, "PR", "119.00", "2026-12-07")], buyer="lea")
    b = po("4500031019", "BEAUL", "Équipements Beaulieu inc.", "commandes@beaulieu-equip.example", "fr-CA", "CAD",
           "2026-11-05", [("JS-12T", "Jack stands 12 t (pair)", 2, "PR", "289.00", "2026-12-14")], buyer="lea")
    body = """Bonjour Léa,

Voici nos confirmations pour vos deux bons de commande :

BC 4500031010 — tout est confirmé tel quel (10 paires JS-3T à 64,95 $ et 4 paires JS-6T à 119,00 $), livraison le 7 décembre.

BC 4500031019 — chandelles 12 t : prix révisé à 304,50 $ la paire (hausse de notre fournisseur au 1er novembre), quantité 2 paires, livraison le 14 décembre.

Merci et bonne journée!

Marc-André Tremblay
Représentant aux ventes internes
Équipements Beaulieu inc. — 2250, boul. Industriel, Laval (Québec) H7S 1P9
Tél. : 450 555-0199, poste 204
"""
    m = message(addr("Marc-André Tremblay", "ma.tremblay@beaulieu-equip.example"),
                addr("Léa Fontaine", "lea.fontaine@northgate-mro.example"),
                "RE: Bons de commande 4500031010 et 4500031019", rfcdate(2026, 11, 9, 10, 12, 0, "-0500"),
                "<YT2PR01MB8841A1@beaulieu-equip.example>", text(body, cte="quoted-printable"),
                in_reply_to=b["request_message_id"], references=a["request_message_id"] + " " + b["request_message_id"])
    return [a, b], m, conf((a, {1: A(a, 1), 2: A(a, 2)}), (b, {1: C(b, 1, price="304.50")}),
                           notes="Both POs answered: 4500031010 all accepted (7 décembre = 2026-12-07); 4500031019 line 1 price 304.50 CAD per pair instead of 289.00, date 2026-12-14 as requested.")


@case("postfix-user-unknown", "bounce", "en-US",
      "Postfix DSN: supplier mailbox unknown (5.1.1); the returned headers contain our PO subject.")
def c_en_us_bounce():
    p = po("4500031011", "SAFEAIR", "SafeAir Industrial Products Inc.", "purchasing@safeair-ind.example", "en-US", "USD",
           "2026-11-06", [("DM-N95-20", "Dust mask N95, box of 20", 60, "BOX", "14.20", "2026-12-04"),
                          ("DM-P2V-10", "Dust mask with valve, box of 10", 40, "BOX", "11.80", "2026-12-04")], buyer="tom")
    human = """This is the mail system at host mx1.northgate-mro.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<purchasing@safeair-ind.example>: host mail.safeair-ind.example[203.0.113.25] said:
    550 5.1.1 <purchasing@safeair-ind.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    m = dsn("mx1.northgate-mro.example", "MAILER-DAEMON@mx1.northgate-mro.example", "Tom Brandt <tom.brandt@northgate-mro.example>",
            "purchasing@safeair-ind.example", rfcdate(2026, 11, 6, 14, 2, 9, "+0100"), "<20261106130209.4C1A2E0F3@mx1.northgate-mro.example>",
            human, "5.1.1", "550 5.1.1 <purchasing@safeair-ind.example>: Recipient address rejected: User unknown in virtual mailbox table",
            orig_headers_for(p, rfcdate(2026, 11, 6, 14, 2, 5, "+0100")), boundary="4C1A2E0F3.1762434129/mx1.northgate-mro.example",
            remote_mta="mail.safeair-ind.example")
    return [p], m, other("bounce", "Postfix non-delivery report (multipart/report, Status 5.1.1); the PO subject only appears in the returned headers.")


@case("inline-answers-discontinued", "confirmation", "es-MX",
      "Answers typed inline under each quoted PO line; one line later, one discontinued with an alternative offered.")
def c_es_mx():
    p = po("4500031012", "ABRAMX", "Abrasivos del Bajío S.A. de C.V.", "ventas@abrasivosbajio.example", "es-MX", "USD",
           "2026-11-05", [("SD-125-80", "Sanding disc 125 mm, hook & loop, P80", 500, "PC", "0.38", "2026-12-09"),
                          ("SD-125-120", "Sanding disc 125 mm, hook & loop, P120", 500, "PC", "0.38", "2026-12-09"),
                          ("SD-180-60", "Fibre disc 180 mm, P60", 200, "PC", "0.95", "2026-12-09")], buyer="raj")
    lines = [">Line  Item            Description                          Qty   UoM  Unit price   Need-by"]
    rows = [">%-5d %-15s %-36s %5d  %-4s %10s USD  %s" % (l["line"], l["item"], l["description"][:36], l["quantity"], l["uom"],
                                                         l["unit_price"], l["requested_date"]) for l in p["lines"]]
    body = """Buenas tardes Raj, le contesto entre líneas en azul.
Saludos,
Fernando

-----Mensaje original-----
De: Raj Mehta [mailto:raj.mehta@northgate-mro.example]
Enviado el: jueves, 5 de noviembre de 2026 09:15 a. m.
Para: ventas@abrasivosbajio.example
Asunto: Purchase order 4500031012 - request for order confirmation

>Dear Abrasivos del Bajío S.A. de C.V. team,
>
>Please find below our purchase order 4500031012 dated 2026-11-05. Kindly confirm quantity,
>price and delivery date for each line by reply to this e-mail.
>
%s
%s
OK confirmado, entrega 9 dic.
%s
Confirmado precio y cantidad, pero la entrega sería el 16/12.
%s
DESCONTINUADO, ya no se fabrica. Le podemos ofrecer el SD-180-60X a 1.10 USD, favor de indicarnos si le interesa.
>
>Best regards
>Raj Mehta

Fernando Ruiz Ávila | Ventas
Abrasivos del Bajío S.A. de C.V. | León, Gto. | Tel. 477 123 4567
""" % (lines[0], rows[0], rows[1], rows[2])
    m = reply(p, "Fernando Ruiz Ávila", "fruiz@abrasivosbajio.example", text(body, charset="windows-1252", cte="quoted-printable"),
              rfcdate(2026, 11, 6, 16, 44, 0, "-0600"), "<002201dc4f11$a2b3c4d5$e6f7a8b9@abrasivosbajio.example>")
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2026-12-16"), 3: R}),
                        notes="Inline: line 1 OK (9 dic = 2026-12-09), line 2 delivery 16/12 -> 2026-12-16, line 3 discontinued; the alternative item is only an offer, so line 3 is rejected.")


@case("polish-confirm-tomorrow", "needs_review", "pl-PL",
      "Polish human reply promising confirmation tomorrow after hearing from the factory; no line committed.")
def c_pl():
    p = po("4500031013", "KLODKA", "Kłódki Polskie Sp. z o.o.", "handel@klodki-polskie.example", "pl-PL", "EUR", "2026-11-09",
           [("PL-40-KA", "Keyed padlock 40 mm, keyed alike", 120, "EA", "6.35", "2026-12-15"),
            ("PL-50-KD", "Keyed padlock 50 mm, keyed different", 80, "EA", "7.90", "2026-12-15")])
    body = """Dzień dobry Pani Ano,

dziękujemy za zamówienie nr 4500031013.
Kłódki 40 mm mamy w magazynie, natomiast o termin dla 50 mm pytamy jeszcze fabrykę.
Potwierdzenie całego zamówienia z terminami prześlemy jutro do południa.

Pozdrawiam serdecznie
Katarzyna Nowak
Dział Sprzedaży
Kłódki Polskie Sp. z o.o., ul. Przemysłowa 7, 42-200 Częstochowa
tel. +48 34 123 45 67, NIP 573-123-45-67
"""
    m = reply(p, "Katarzyna Nowak", "k.nowak@klodki-polskie.example", text(body, charset="iso-8859-2", cte="quoted-printable"),
              rfcdate(2026, 11, 10, 14, 5, 0, "+0100"), "<5f2a9c1e-3d44-4b8e-9a77-1c2d3e4f5a6b@klodki-polskie.example>",
              subject="Odp: " + request_subject(p))
    return [p], m, other("needs_review", "'Mamy w magazynie' (in stock) is not a commitment to quantity/price/date; the confirmation is explicitly promised for tomorrow.")


@case("euckr-xlsx-thermometers", "confirmation", "ko-KR",
      "EUC-KR Korean body points to an ERP-made XLSX; the dates are only in the spreadsheet.")
def c_ko():
    p = po("4500031014", "HANSEN", "한센계측(주)", "export@hansen-meter.example", "ko-KR", "USD", "2026-11-04",
           [("IRT-550", "Infrared thermometer -50..550 C", 30, "EA", "42.00", "2026-12-16"),
            ("IRT-1000", "Infrared thermometer -50..1000 C", 10, "EA", "88.00", "2026-12-16"),
            ("IRT-CAL", "Calibration certificate", 10, "EA", "15.00", "2026-12-16")], buyer="tom")
    body = """Tom Brandt 님께,

안녕하세요. 한센계측 해외영업팀 박지훈입니다.
발주서 4500031014 잘 받았습니다. 첨부한 엑셀 파일로 납기 회신드립니다.
IRT-1000 모델은 재고 부족으로 교정성적서와 함께 1월에 출고됩니다.

감사합니다.
박지훈 대리 | 한센계측(주) | Tel +82-31-123-4567
"""
    rows = [["PO No.", "Line", "Item", "Qty", "Unit", "Unit Price (USD)", "Ship Date"],
            ["4500031014", 1, "IRT-550", 30, "EA", 42.0, "2026-12-16"],
            ["4500031014", 2, "IRT-1000", 10, "EA", 88.0, "2027-01-06"],
            ["4500031014", 3, "IRT-CAL", 10, "EA", 15.0, "2027-01-06"]]
    mp = multipart("mixed", [text(body, charset="euc-kr", cte="base64"),
                             attachment(make_xlsx(rows, "납기회신"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        "PO4500031014_reply.xlsx")], "----=_NextPart_000_0A1B_01DC5A2B.3C4D5E60")
    m = reply(p, "박지훈", "jh.park@hansen-meter.example", mp, rfcdate(2026, 11, 10, 17, 30, 0, "+0900"),
              "<0A1B01dc5a2b$3c4d5e60@hansen-meter.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2027-01-06"), 3: C(p, 3, date="2027-01-06")}),
                        notes="Dates are in the attached XLSX (ship dates): line 1 2026-12-16 as requested; lines 2 and 3 ship 2027-01-06. Quantities and prices unchanged.")


@case("partial-edgebanding", "confirmation", "it-IT",
      "Italian partial answer: two lines confirmed for 'lunedì 14/12', the third awaits the supplier's mill.")
def c_it():
    p = po("4500031015", "BORDIT", "Bordi Italia S.r.l.", "ordini@bordiitalia.example", "it-IT", "EUR", "2026-11-06",
           [("EB-ABS-22-W", "Edge banding ABS white 22 x 0.8 mm", 600, "M", "0.21", "2026-12-14"),
            ("EB-ABS-42-W", "Edge banding ABS white 42 x 2 mm", 300, "M", "0.58", "2026-12-14"),
            ("EB-ABS-22-OAK", "Edge banding ABS oak 22 x 0.8 mm", 400, "M", "0.26", "2026-12-14")], buyer="lea")
    plain = """Buongiorno Léa,

confermiamo le righe 1 e 2 dell'ordine 4500031015 come da vostro ordine (prezzi 0,21 e 0,58 €/ml), consegna lunedì 14/12.
Per la riga 3 (rovere) stiamo aspettando la conferma dalla cartiera, vi faremo sapere domani.

Cordiali saluti
Giulia Ferraro
Ufficio Commerciale – Bordi Italia S.r.l.
Via dell'Artigianato 21, 31010 Godega di Sant'Urbano (TV) – P.IVA 04123450265
"""
    html = html_doc(html_from_text(plain))
    m = reply(p, "Giulia Ferraro", "g.ferraro@bordiitalia.example", alt(plain, html, "b1_7c1e2d3f4a5b6c7d8e9f"),
              rfcdate(2026, 11, 9, 9, 58, 31, "+0100"), "<7c1e2d3f4a5b@bordiitalia.example>", subject="R: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: A(p, 2), 3: U}),
                        notes="Lines 1-2 accepted (lunedì 14/12 = Mon 2026-12-14 as requested, €/ml = per metre); line 3 explicitly pending ('vi faremo sapere domani') -> unconfirmed.")


@case("dutch-newsletter", "unrelated", "nl-NL",
      "Dutch marketing newsletter from the same supplier with product prices and dates; not about our PO.")
def c_nl():
    p = po("4500031016", "VEGER", "Magneetveger Nederland B.V.", "verkoop@magneetveger.example", "nl-NL", "EUR", "2026-11-06",
           [("MS-60", "Magnetic sweeper 60 cm with release handle", 6, "EA", "74.00", "2026-12-11")])
    plain = """Winteracties bij Magneetveger Nederland!

Alleen t/m 18 december 2026:
- 15% korting op alle magneetvegers MS-60 en MS-90 (nu vanaf € 62,90)
- Gratis verzending vanaf € 250,- ex. btw
- Nieuw: telescoopsteel TS-200, leverbaar vanaf week 2

Bekijk het hele assortiment op www.magneetveger.example/acties

U ontvangt deze nieuwsbrief omdat u klant bent bij Magneetveger Nederland B.V.
Afmelden? Klik hier: https://www.magneetveger.example/afmelden?u=8841
KvK 30123456 | Nijverheidsweg 12, 3433 NP Nieuwegein
"""
    html = html_doc("<h2>Winteracties bij Magneetveger Nederland!</h2>" + html_from_text(plain))
    m = message(addr("Magneetveger Nederland", "nieuwsbrief@magneetveger.example"),
                "ana.kowalczyk@northgate-mro.example", "Winteracties: 15% korting op magneetvegers ❄",
                rfcdate(2026, 11, 12, 7, 0, 0, "+0100"), "<nb-2026-47.8841@mailing.magneetveger.example>",
                alt(plain, html, "=_nb_47_8841", cte="quoted-printable"),
                extra=[("List-Unsubscribe", "<https://www.magneetveger.example/afmelden?u=8841>"), ("Precedence", "bulk")])
    return [p], m, other("unrelated", "Bulk newsletter (List-Unsubscribe, no thread) advertising discounts; it does not mention PO 4500031016.")


@case("per-100-glue-sticks", "confirmation", "sv-SE",
      "Swedish: prices quoted 'kr/100 st' that equal the PO unit prices, delivery as 'v. 50' (Friday).")
def c_sv():
    p = po("4500031017", "LIMAB", "Limteknik i Borås AB", "order@limteknik.example", "sv-SE", "SEK", "2026-11-05",
           [("GS-11-200", "Hot-melt glue stick 11 x 200 mm, clear", 2000, "PC", "2.45", "2026-12-11"),
            ("GS-7-100", "Hot-melt glue stick 7 x 100 mm, clear", 5000, "PC", "0.98", "2026-12-11")])
    body = """Hej Ana!

Tack för ordern. Vi bekräftar enligt nedan:

Rad 1: GS-11-200, 2 000 st à 245,00 kr/100 st, leverans v. 50
Rad 2: GS-7-100, 5 000 st à 98,00 kr/100 st, leverans v. 50

Med vänlig hälsning
Erik Lindqvist
Limteknik i Borås AB | Växel 033-12 34 56 | Org.nr 556123-4567
"""
    m = reply(p, "Erik Lindqvist", "erik.lindqvist@limteknik.example", text(body, charset="iso-8859-1", cte="8bit", fmt_flowed=True),
              rfcdate(2026, 11, 6, 13, 22, 10, "+0100"), "<b7f3e1a2-55c1-4f0e@limteknik.example>", subject="SV: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: A(p, 2)}),
                        notes="245,00 kr/100 st = 2.45 per piece, 98,00/100 = 0.98: both equal the PO; v. 50 = Fri 2026-12-11 as requested.")


@case("forwarded-warehouse-split", "confirmation", "en-GB",
      "Sales rep forwards the warehouse's internal note ('all OK for us'); pallet trucks split 3 + 2 with UK day-first dates.")
def c_en_gb():
    p = po("4500031018", "MIDLH", "Midland Handling Equipment Ltd", "sales@midlandhandling.example", "en-GB", "GBP", "2026-11-04",
           [("PJ-2500-STD", "Pallet truck 2500 kg, forks 1150 x 540", 5, "EA", "289.00", "2027-01-11"),
            ("PJ-WHEEL-PU", "Load wheel polyurethane, spare", 20, "EA", "12.40", "2027-01-11")])
    body = """Hi Ana,

See below from our warehouse - all OK for us, prices as per your PO.

Kind regards,
Gareth Evans
Internal Sales | Midland Handling Equipment Ltd
Unit 7, Tame Valley Ind. Est., Tamworth B77 5BY | 01827 555 210
Registered in England No. 04123456 | VAT GB 123 4567 89

---------- Forwarded message ---------
From: Warehouse Tamworth <warehouse@midlandhandling.example>
Date: Tue, 10 Nov 2026 at 08:05
Subject: RE: PO 4500031018 Northgate
To: Gareth Evans <gareth.evans@midlandhandling.example>

Gareth,
We have 3 of the 2500 trucks in stock, can go out for delivery 11/01.
The other 2 are on the boat, earliest we can deliver those is 29/01.
Wheels x20 no problem, 11/01 with the trucks.
Dave

"""
    m = reply(p, "Gareth Evans", "gareth.evans@midlandhandling.example", text(body),
              rfcdate(2026, 11, 10, 9, 31, 0, "+0000"), "<CAK7gE3v-Hh2@mail.gmail.example>",
              subject="Fwd: RE: " + request_subject(p))
    return [p], m, conf((p, {1: C(p, 1, schedule=[(3, "2027-01-11"), (2, "2027-01-29")]), 2: A(p, 2)}),
                        notes="Gareth adopts the forwarded warehouse note. Line 1: 3 on 11/01 (2027-01-11) + 2 on 29/01 (2027-01-29), total 5. Line 2 as ordered 2027-01-11.")
