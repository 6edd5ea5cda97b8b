"""Cases 011-020."""
from __future__ import annotations

from . import mime, docs
from .clients import outlook, gmail, plain_reply, apple, reply, request_mail, para_html, esc, pre_html, received, msgid
from .core import (PO, Sup, When, Case, Orig, A, R, U, C, D, kw, next_md, confirmation, per, times, h8)
from .people import MEGAN, PRIYA, JONAS, AYLIN, SANNE, LUCA, EMMA, CIARAN, KATHI


def c011():
    sup = Sup("HOFER", "Befestigungstechnik Hofer GmbH", "verkauf@hofer-befestigung.example", "de-AT", "Stefan Hofer")
    po = PO("4500187355", sup, AYLIN, "EUR", When(2026, 11, 16, 10, 20, tz="+0100"), [
        ("DIN933-M10X30-A2", "Hex bolt DIN 933 M10x30, A2-70", 1500, "EA", "0.19", "2026-12-18"),
        ("DIN934-M10-A2", "Hex nut DIN 934 M10, A2-70", 1500, "EA", "0.05", "2026-12-18"),
        ("DIN125-10.5-A2", "Washer DIN 125 A 10.5, A2", 3000, "EA", "0.02", "2026-12-18"),
    ], greeting="Dear Mr Hofer,")
    D("2027-01-12", "Tue")
    text = """Sehr geehrte Frau Demir,

danke für Ihre Bestellung 4500187355, die wir wie folgt bestätigen:

Pos. 1  Sechskantschraube DIN 933 M10x30 A2-70: Verpackungseinheit 200 Stk., daher 1.600 Stk. à € 18,40 / 100 Stk.
Pos. 2  Sechskantmutter DIN 934 M10 A2-70: 1.500 Stk. (VPE 100) à € 4,90 / 100 Stk.
Pos. 3  Scheibe DIN 125 A 10,5 A2: 3.000 Stk. lt. Bestellung.

Liefertermin für alle Positionen: 12. Jänner 2027. Früher ist es wegen der Betriebsferien unseres Vorlieferanten vom 21.12. bis 6.1. leider nicht möglich.

Unsere Auftragsnummer: AB 26/4471

Mit freundlichen Grüßen aus Wels

Stefan Hofer
Verkauf Innendienst
Befestigungstechnik Hofer GmbH
Salzburger Straße 112, 4600 Wels
Tel.: +43 7242 555 310
FN 123456x, Landesgericht Wels
"""
    body = outlook(text, po.orig, "de", bnd="VI1PR08MB4412F0", body_lang="DE-AT")
    mail = reply("c011", po, ("Stefan Hofer", "s.hofer@hofer-befestigung.example"), When(2026, 11, 23, 8, 51, 22), body,
                 prefix="AW: ", lang_tag="de-AT")
    return Case(11, "fasteners-per-100-jaenner", "confirmation", [po], mail,
                "Prices per 100 pieces, packing-unit rounding, thread sizes like M10x30 and A2-70, and an Austrian month name ('Jänner') for the new date next to a holiday range.",
                "Line 1: 1.600 pcs (VPE 200) at 18,40/100 = 0.184/EA. Line 2: 4,90/100 = 0.049/EA. Line 3 as ordered. "
                "All delivered 12 Jan 2027 (Jänner = January); 21.12.-6.1. is the supplier's holiday, AB 26/4471 their order number.",
                [confirmation(po, {1: C(q=1600, p=per("18.40", 100), d="2027-01-12"),
                                   2: C(p=per("4.90", 100), d="2027-01-12"),
                                   3: C(d="2027-01-12")})])


def c012():
    sup = Sup("ELEKTRA", "Elektra Domácí spotřebiče s.r.o.", "obchod@elektra-spotrebice.example", "cs-CZ", "Petra Nováková")
    po = PO("KR260937", sup, EMMA, "EUR", When(2026, 11, 10, 13, 12, tz="+0100"), [
        ("KET-17-2200", "Electric kettle 1.7 l, 2200 W, stainless", 600, "EA", "14.80", "2026-12-07"),
        ("TOA-2S-850", "Toaster 2-slice, 850 W, black", 400, "EA", "16.50", "2026-12-07"),
    ])
    D("2027-01-04", "Mon")
    text = """Dobrý den, paní Lindqvistová,

děkujeme za objednávku KR260937. Potvrzujeme:

1) Rychlovarná konvice 1,7 l, 2200 W - 600 ks za 14,80 EUR/ks, dodáme ve třech částech:
   200 ks 7. 12. 2026
   200 ks 14. 12. 2026
   200 ks 4. 1. 2027
2) Topinkovač 2 plátky, 850 W - 400 ks, termín dodání 7. 12. 2026. Cena bohužel 17,20 EUR/ks (zvýšení ceny výrobce platné od 1. 11. 2026).

Doprava: DAP Jönköping, palety EUR 120x80 cm.

S pozdravem

Petra Nováková
obchodní oddělení
Elektra Domácí spotřebiče s.r.o.
Průmyslová 1420/8, 537 01 Chrudim
tel.: +420 469 555 204
"""
    body = outlook(text, po.orig, "cs", bnd="PR3PR02MB6123B9", charset="iso-8859-2", body_lang="CS")
    mail = reply("c012", po, ("Petra Nováková", "novakova@elektra-spotrebice.example"), When(2026, 11, 18, 10, 26, 8),
                 body, charset="iso-8859-2", lang_tag="cs-CZ")
    return Case(12, "kettles-three-deliveries-cz", "confirmation", [po], mail,
                "Czech dates with spaces (7. 12. 2026), three partial deliveries across the year end, a price-validity date and product specs (1,7 l, 2200 W, 120x80) in ISO-8859-2.",
                "Kettles: 200 on 7 Dec, 200 on 14 Dec, 200 on 4 Jan 2027, price unchanged. Toasters: 400 on 7 Dec at 17,20 EUR. "
                "1. 11. 2026 is when the manufacturer's price rise took effect.",
                [confirmation(po, {1: C(sched=[(200, "2026-12-07"), (200, "2026-12-14"), (200, "2027-01-04")]),
                                   2: C(p="17.20")})])


def c013():
    sup = Sup("TRISTATE", "Tri-State Ground Support Inc.", "sales@tristategse.example", "en-US", None)
    po = PO("AHS-PO-04512", sup, CIARAN, "USD", When(2026, 11, 17, 12, 30, tz="+0000"), [
        ("GPU-CBL-28V-15", "GPU cable assembly 28 V DC, 15 m", 4, "EA", "640.00", "2027-01-15"),
        ("TB-A320-HD", "Tow bar head, A320 family", 2, "EA", "1850.00", "2027-01-15"),
    ])
    text = """##- Please type your reply above this line -##

Your request (58231) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Order acknowledgments are normally issued within 2 business days. For urgent AOG requests please call +1 (412) 555-0177 (24/7).

This email is a service from Tri-State Ground Support Inc.

[K7Q2N9-X4M1]
"""
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
           '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
           '<p>Your request (58231) has been received and is being reviewed by our support staff.</p>'
           '<p>To add additional comments, reply to this email.</p>'
           '<p>Order acknowledgments are normally issued within 2 business days. For urgent AOG requests please call '
           '+1 (412) 555-0177 (24/7).</p>'
           '<p style="color:#999;font-size:11px">This email is a service from Tri-State Ground Support Inc.</p>'
           '<span style="color:#FFFFFF" aria-hidden="true">[K7Q2N9-X4M1]</span></body></html>\n')
    body = mime.alternative("--==_mimepart_6734a1f2c8e1d_3f2a1b7c40c9", mime.text(text), mime.html(htm))
    when = When(2026, 11, 17, 7, 41, 2, tz="-0500")
    mail = mime.Mail(frm=("Tri-State GSE Support", "support@tristategse.example"), to=[(CIARAN.name, CIARAN.email)],
                     subject="[Request #58231] Re: Purchase order AHS-PO-04512 - please confirm", date=when.hdr,
                     msgid="<K7Q2N9X4M1_6734a1f2c6b3e_58231_sprut@zendesk.com>",
                     in_reply_to=po.req_msgid, references=po.req_msgid, body=body,
                     reply_to=("Tri-State GSE Support", "support+id58231@tristategse.example"),
                     extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                            ("X-Zendesk-From-Account-Id", "3f2a1b7")])
    return Case(13, "helpdesk-ticket-ack", "auto_reply", [po], mail,
                "Ticket-system acknowledgment threaded on the request with 'Re:' and the PO number in the subject, plus promises about acknowledgment timing.",
                "Automatic 'request received' message from a helpdesk system; no commitment. Ticket number 58231 is not an order number.")


def c014():
    sup = Sup("HENGDA", "Shenzhen Hengda Circuit Co., Ltd.", "sales@hengda-pcb.example", "zh-CN", "Cindy Zhang")
    po = PO("TE-26-1187", sup, LUCA, "USD", When(2026, 11, 9, 9, 12, tz="+0100"), [
        ("PCB-CTRL-V3", "Controller PCB V3, 4-layer FR4 1.6 mm, ENIG", 1000, "PCS", "1.85", "2026-12-18"),
        ("NRE-CTRL-V3", "NRE: tooling and E-test fixture for PCB-CTRL-V3", 1, "LOT", "380.00", "2026-12-18"),
    ])
    text = """Luca 您好，

感谢您的订单 TE-26-1187，确认如下：

1. PCB-CTRL-V3（4层 FR4 1.6mm 沉金）：按 2x5 拼板交货，每个 panel 10 pcs，共 100 panel，单价 USD 17.50/panel。
2. 工程费（NRE，含测试架）：USD 380.00，确认。

交期：2026年12月15日出货（DHL 快递），预计12月18日到达贵司。
我司订单号：SO2611-0087。形式发票（PI）见附件，请查收。

付款方式：100% T/T 出货前。

Best regards
张敏 Cindy Zhang
销售部 | 深圳恒达电路有限公司
Tel: +86 755 2555 8810
"""
    o = po.orig
    quoted_hdr = ("------------------ 原始邮件 ------------------\n"
                  f"发件人: \"{o.from_name}\" <{o.from_addr}>;\n"
                  "发送时间: 2026年11月9日(星期一) 下午4:12\n"
                  f"收件人: \"Cindy Zhang\" <{sup.email}>;\n"
                  f"主题: {o.subject}\n\n")
    plain = text + "\n\n" + quoted_hdr + o.body
    htm = ('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">'
           '<div style="font-family:微软雅黑;font-size:14px">' +
           "".join(f"<div>{ln or '<br>'}</div>" for ln in pre_html(text.rstrip())) +
           '</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
           '------------------&nbsp;原始邮件&nbsp;------------------</div>'
           '<div style="font-size: 12px;background:#efefef;padding:8px;">' +
           "".join(f"<div>{esc(ln)}</div>" for ln in quoted_hdr.strip().split("\n")[1:]) +
           '</div><div><br></div>' + "<br>".join(pre_html(o.body.rstrip())) + "\n")
    D("2026-12-15", "Tue")
    pdf = docs.pdf([docs.table_page(
        ["SHENZHEN HENGDA CIRCUIT CO., LTD.",
         "Bldg 6, Fuyong Industrial Park, Bao'an District, Shenzhen 518103, China",
         "",
         "PI No.: PI-HD2611-0087       Date: Nov. 13, 2026       Sales Order: SO2611-0087",
         "Buyer: Tessaro Electronics S.r.l.  (Attn. Luca Ferri)       Your PO: TE-26-1187",
         "Trade term: DAP Vimercate (DHL Express)       Payment: 100% T/T before shipment"],
        ["No.", "Part No.", "Description", "Qty", "Unit", "U/Price", "Amount"],
        [["1", "PCB-CTRL-V3", "4L FR4 1.6mm ENIG, panel 2x5 (10 pcs/panel)", "100", "PNL", "17.50", "1,750.00"],
         ["2", "NRE-CTRL-V3", "Tooling + E-test fixture (one-off)", "1", "LOT", "380.00", "380.00"]],
        ["Total: USD 2,130.00",
         "Ship date: Dec. 15, 2026 by DHL Express",
         "This PI is valid for 7 days. Bank: Bank of China Shenzhen Branch, SWIFT BKCHCNBJ45A"],
        [40, 62, 140, 380, 410, 445, 495], title="PROFORMA INVOICE")],
        title="PI-HD2611-0087", producer="Hengda ERP / iText 5.5.13", created="20261113163000+08'00'")
    alt = mime.alternative("----=_NextPart_6735A8F0_0A1B2C3D_4E5F6071", mime.text(plain, "plain", "gb2312", "base64"),
                           mime.html(htm, "gb2312", "base64"))
    body = mime.Multi("mixed", "----=_NextPart_6735A8F0_0A1B2C3D_11223344", [
        alt, mime.attachment(pdf, "application/pdf", "PI-HD2611-0087.pdf")])
    mail = reply("c014", po, ("张敏 Cindy Zhang", "cindy.zhang@hengda-pcb.example"), When(2026, 11, 13, 16, 48, 30, tz="+0800"),
                 body, style="foxmail", prefix="回复：", charset="gb2312",
                 extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]"), ("X-QQ-MIME", "TCMime 1.0 by Tencent")])
    return Case(14, "pcb-price-per-panel-gb2312", "confirmation", [po], mail,
                "GB2312/base64 Chinese reply with a price per panel of 10 for a line ordered per piece, a ship date in the PDF but an arrival date only in the mail text, and a supplier order number.",
                "100 panels x 10 = 1000 pcs; USD 17.50/panel = 1.75/pc (PO 1.85). NRE 380.00 confirmed. Ship 15 Dec, arrival 18 Dec "
                "(delivery wins, = requested). The proforma only shows the ship date.",
                [confirmation(po, {1: C(p=per("17.50", 10)), 2: A})])


def c015():
    sup = Sup("HAUTJURA", "Lunetterie du Haut-Jura", "adv@lunetterie-hautjura.example", "fr-FR", "Claire Vuillermoz")
    po = PO("KR260951", sup, EMMA, "EUR", When(2026, 11, 18, 9, 45, tz="+0100"), [
        ("FR-ACE-5018-HAV", "Acetate frame 50-18-140, havana", 120, "EA", "24.50", "2027-01-15"),
        ("FR-ACE-5218-BLK", "Acetate frame 52-18-145, black", 120, "EA", "24.50", "2027-01-15"),
        ("FR-TIT-5119-GLD", "Titanium frame 51-19-140, gold", 60, "EA", "46.00", "2027-01-15"),
    ])
    text = """Bonjour Madame Lindqvist,

Nous avons bien reçu votre commande KR260951 et vous en remercions.

Nous vérifions actuellement la disponibilité des coloris havane et or auprès de notre atelier de Morez ; les délais sur l'acétate sont un peu tendus en ce moment. Nous revenons vers vous d'ici vendredi prochain (27/11) avec une confirmation ferme des quantités et des délais.

Bien cordialement,

Claire Vuillermoz
Administration des ventes
Lunetterie du Haut-Jura – 39400 Morez
Tél. 03 84 55 12 40
"""
    body = outlook(text, po.orig, "fr", bnd="PAXP193MB1734A5", body_lang="FR")
    mail = reply("c015", po, ("Claire Vuillermoz", "c.vuillermoz@lunetterie-hautjura.example"),
                 When(2026, 11, 20, 9, 12, 40), body, lang_tag="fr-FR")
    return Case(15, "frames-will-revert-by-friday", "needs_review", [po], mail,
                "Polite 'order received, we will come back by Friday 27/11' with no figures, where 27/11 is the promised answer date.",
                "Supplier only acknowledges receipt and promises a firm confirmation by Fri 27 Nov. Nothing committed.")


def c016():
    sup = Sup("SABAE", "Sabae Optical Works Co., Ltd.", "eigyo@sabae-optical.example", "ja-JP", "Kenichi Takahashi")
    po = PO("KR260928", sup, EMMA, "USD", When(2026, 11, 9, 9, 30, tz="+0100"), [
        ("TF-4521-C2", "Titanium frame TF-4521 col. C2, 48-20-145", 120, "EA", "38.00", "2026-12-11"),
        ("TF-4522-C1", "Titanium frame TF-4522 col. C1, 52-18-140", 120, "EA", "38.00", "2026-12-11"),
    ], greeting="Dear Mr Takahashi,")
    when = When(2026, 11, 16, 15, 20, 11, tz="+0900")
    D("2026-12-11", "Fri")
    jan22 = next_md(when, 1, 22)
    D(jan22, "Fri")
    text = """Kvikk Retail AB
Emma Lindqvist 様

いつも大変お世話になっております。
鯖江オプティカルワークスの高橋でございます。

ご注文（KR260928）につきまして、下記の通りご回答申し上げます。

■ TF-4521 C2（48□20-145）
　数量：10ダース（120本）
　単価：USD 38.00
　納期：12月11日（金）貴社着

■ TF-4522 C1（52□18-140）
　数量：120本
　単価：USD 38.00
　納期：72本は12月11日（金）貴社着、残り48本は1月22日（金）出荷予定となります。

※ 年末年始（12月26日〜1月5日）は休業とさせていただきます。

何卒よろしくお願い申し上げます。

──────────────────
鯖江オプティカルワークス株式会社
営業部　高橋 健一
〒916-0042 福井県鯖江市新横江2-3-4
TEL 0778-55-1234 / FAX 0778-55-1235
──────────────────
"""
    body = outlook(text, po.orig, "ja", sent="2026年11月9日 17:30", charset="shift_jis", cte="base64",
                   bnd="TYCPR01MB8543C2", body_lang="JA", lossy=True)
    mail = reply("c016", po, ("高橋 健一", "k.takahashi@sabae-optical.example"), when, body, charset="shift_jis",
                 lang_tag="ja-JP")
    return Case(16, "frames-dozens-split-shift-jis", "confirmation", [po], mail,
                "Shift_JIS/base64 Japanese reply: quantity in dozens for one line, a split for the other whose balance has only a ship date in January without a year, frame sizes like 48□20-145 and a year-end closure range.",
                "TF-4521: 10 dozen = 120 at 38.00, arriving Fri 11 Dec = as ordered. TF-4522: 72 arriving 11 Dec, remaining 48 shipping 22 Jan "
                "(= 2027-01-22, only a ship date, so that is the date). 12/26-1/5 is the holiday closure.",
                [confirmation(po, {1: A, 2: C(sched=[(72, "2026-12-11"), (48, jan22)])})])


def c017():
    sup = Sup("KESTREL", "Kestrel Forklift Parts Ltd", "sales@kestrel-flt.example", "en-GB", "Dave Wilcox")
    po = PO("AHS-PO-04498", sup, CIARAN, "EUR", When(2026, 11, 11, 10, 15, 30, tz="+0000"), [
        ("FLT-HF6205", "Hydraulic return filter HF6205, 1/2 NPT", 12, "EA", "28.40", "2026-12-11"),
        ("FLT-SEAL-MST40", "Mast cylinder seal kit, 40 mm rod", 6, "KIT", "46.00", "2026-12-11"),
    ])
    orig = request_mail(po).render().replace(b"\r\n", b"\n")
    when = When(2026, 11, 11, 10, 15, 36, tz="+0000")
    text = """Your message to sales@kestrel-flt.example couldn't be delivered.

sales wasn't found at kestrel-flt.example.

ciaran.walsh      Office 365      sales
Action Required                   Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using the Auto-Complete List, remove the entry and type the full address.
- Contact the recipient by some other means (by phone, for example) to confirm the address.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address couldn't be found on the destination email server.

Original Message Details
Created Date:    11/11/2026 10:15:30 AM
Sender Address:  ciaran.walsh@aerohandling.example
Recipient Address: sales@kestrel-flt.example
Subject:         Purchase order AHS-PO-04498 - please confirm

Error Details
Reported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient sales@kestrel-flt.example not found by SMTP address lookup
DSN generated by: DB8PR02MB5867.eurprd02.prod.outlook.com
"""
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
           "<div style=\"font-family:'Segoe UI',Arial;font-size:15px\">"
           "<p style=\"font-size:16px;color:#000000\">Your message to <a href=\"mailto:sales@kestrel-flt.example\">"
           "sales@kestrel-flt.example</a> couldn't be delivered.</p>"
           "<p style=\"font-size:20px;color:#c00000\"><b>sales</b> wasn't found at <b>kestrel-flt.example</b>.</p>"
           "<table><tr><td>ciaran.walsh</td><td>Office 365</td><td>sales</td></tr>"
           "<tr><td style=\"color:#c00000\">Action Required</td><td></td><td>Recipient</td></tr></table>"
           "<p><b>Unknown To address</b></p><p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>"
           "<p><b>More Info for Email Admins</b><br>Status code: 550 5.1.10</p>"
           "<p>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient sales@kestrel-flt.example not "
           "found by SMTP address lookup</p></div></body></html>\n")
    status = """Reporting-MTA: dns;DB8PR02MB5867.eurprd02.prod.outlook.com
Received-From-MTA: dns;DB8PR02MB5867.eurprd02.prod.outlook.com
Arrival-Date: Wed, 11 Nov 2026 10:15:32 +0000

Original-Recipient: rfc822;sales@kestrel-flt.example
Final-Recipient: rfc822;sales@kestrel-flt.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 sales@kestrel-flt.example not found by SMTP address lookup
"""
    body = mime.Multi("report", "_b9c6a4d1-27e3-4b0e-9f1a-5d2c8e7f3a61_", [
        mime.alternative("_000_b9c6a4d127e34b0e_", mime.text(text), mime.html(htm)),
        mime.Leaf("message/delivery-status", status.encode(), None, []),
        mime.Leaf("message/rfc822", orig, None, []),
    ], params=[("report-type", "delivery-status")])
    mail = mime.Mail(frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@aerohandling.example"),
                     to=[(CIARAN.name, CIARAN.email)], subject="Undeliverable: Purchase order AHS-PO-04498 - please confirm",
                     date=when.hdr, msgid="<b3f1d7a2-55c0-4e8b-a1f6-0c9d2e4b7a18@DB8PR02MB5867.eurprd02.prod.outlook.com>",
                     in_reply_to=po.req_msgid, references=po.req_msgid, body=body,
                     extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"),
                            ("Content-Language", "en-US")])
    return Case(17, "exchange-ndr-recipient-not-found", "bounce", [po], mail,
                "Office 365 NDR threaded with In-Reply-To on the request and quoting the PO subject; the original with its table is attached.",
                "Delivery failed: 550 5.1.10 RecipientNotFound for sales@kestrel-flt.example.")


def c018():
    sup = Sup("INSTALRUR", "Instal-Rur Sp. z o.o.", "zamowienia@instalrur.example", "pl-PL", "Katarzyna Wiśniewska")
    po = PO("4500187369", sup, JONAS, "EUR", When(2026, 11, 19, 14, 2, tz="+0100"), [
        ("KG-160-SN4", "PVC-U sewer pipe KG 160x4.0 SN4, 6 m length", 500, "M", "6.40", "2026-12-10"),
        ("PE100-110-SDR17", "PE100 pressure pipe 110x6.6 SDR17, 12 m length", 300, "M", "9.10", "2026-12-10"),
        ("KG-BOG-160-45", "KG bend 160/45°", 40, "EA", "4.20", "2026-12-10"),
    ], greeting="Dear Ms Wiśniewska,")
    text = """Dzień dobry Panie Jonasie,

dziękujemy za zamówienie nr 4500187369. Potwierdzamy:

poz. 1 – rura KG 160x4,0 SN4: rury sprzedajemy wyłącznie w odcinkach 6 m, dlatego potwierdzamy 84 odcinki = 504 m, cena 6,40 EUR/m bez zmian;
poz. 2 – rura PE100 110x6,6 SDR17: 300 m (25 odcinków po 12 m), cena 9,10 EUR/m;
poz. 3 – kolano KG 160/45°: producent potwierdzi dostępność w przyszłym tygodniu, wrócimy do Pana z terminem.

Termin dostawy poz. 1 i 2: 10.12.2026, transport naszym samochodem (DAP Freising).

Z poważaniem
Katarzyna Wiśniewska
Dział Sprzedaży
Instal-Rur Sp. z o.o.
ul. Przemysłowa 14, 62-300 Września
tel. +48 61 555 44 12
"""
    body = outlook(text, po.orig, "pl", bnd="DU0PR03MB8871A4", charset="windows-1250", body_lang="PL")
    mail = reply("c018", po, ("Katarzyna Wiśniewska", "k.wisniewska@instalrur.example"), When(2026, 11, 26, 12, 3, 15),
                 body, prefix="Odp: ", charset="windows-1250", lang_tag="pl-PL")
    return Case(18, "pipes-6m-lengths-bend-pending", "confirmation", [po], mail,
                "Metres rounded up to whole 6 m lengths (84 x 6 = 504), pipe dimensions like 160x4,0 and 110x6,6 and a bend '160/45°', and one line left open until next week.",
                "Line 1: 504 m at 6,40 on 10.12.2026. Line 2: 300 m (25 x 12 m) at 9,10 on 10.12.2026 = as ordered. "
                "Line 3: manufacturer to confirm next week = unconfirmed.",
                [confirmation(po, {1: C(q=504), 2: A, 3: U})])


def c019():
    sup = Sup("FERRARESI", "Cantine Ferraresi Langhe S.r.l.", "ordini@cantineferraresi.example", "it-IT", "Giorgio Ferraresi")
    po = PO("HL-260826", sup, PRIYA, "EUR", When(2026, 11, 12, 10, 5, tz="+0000"), [
        ("WIN-BAR-20", "Barolo DOCG 2020, 0.75 l, case of 6", 20, "CS", "162.00", "2026-12-09"),
        ("SPI-GRA-NEB", "Grappa di Nebbiolo 42% vol, 0.70 l, case of 6", 10, "CS", "108.00", "2026-12-09"),
    ])
    D("2026-12-09", "Wed")
    text = """Gentile Priya,

grazie per l'ordine HL-260826.

Barolo DOCG 2020: confermiamo 20 cartoni da 6 bottiglie, però al prezzo di listino 2027 di € 28,50 a bottiglia (l'annata 2020 è stata riprezzata dal 1° novembre, ci scusiamo per non avervelo comunicato prima).
Grappa di Nebbiolo: 10 cartoni da 6, prezzo come da vostro ordine.

Consegna di tutto entro mercoledì 9 dicembre; i documenti di accompagnamento (e-DAS) vengono emessi alla spedizione.

Cordiali saluti
Giorgio Ferraresi
Cantine Ferraresi Langhe S.r.l.
Via Alba 27, 12060 La Morra (CN)
P.IVA 03555120041
"""
    body = outlook(text, po.orig, "it", bnd="FR2P281MB0544D1", body_lang="IT")
    mail = reply("c019", po, ("Giorgio Ferraresi", "giorgio@cantineferraresi.example"), When(2026, 11, 17, 18, 40, 3),
                 body, prefix="R: ", lang_tag="it-IT")
    return Case(19, "barolo-price-per-bottle-cases", "confirmation", [po], mail,
                "PO priced per case of 6 but the new price is given per bottle; vintage years and '1° novembre' price date next to the delivery date.",
                "Barolo: 20 cases, 28,50 EUR per bottle x 6 = 171.00 per case (PO 162.00), by Wed 9 Dec. Grappa as ordered.",
                [confirmation(po, {1: C(p=times("28.50", 6)), 2: A})])


def c020():
    sup = Sup("FENLAND", "Fenland Seed Co.", "orders@fenlandseed.example", "en-GB", "Helen Curtis")
    po = PO("GA-26-0388", sup, KATHI, "EUR", When(2026, 11, 10, 8, 55, tz="+0100"), [
        ("SBR-LAUR-C2-BB", "Spring barley seed 'Laureate' C2, 500 kg big bag", 12, "BB", "410.00", "2027-02-19"),
        ("WBN-TUND-25", "Winter field beans 'Tundra', 25 kg bag", 40, "BAG", "28.50", "2027-02-19"),
    ])
    text = """Fenland Seed Co. | Spring 2027 Seed Guide

View this email in your browser: https://news.fenlandseed.example/v/8812

THE SPRING 2027 SEED GUIDE IS HERE

Spring cereals
- Laureate C2 spring barley: still the malting benchmark. 500 kg big bags from £395/t.
- Planet and Diablo also available in 25 kg bags.

Pulses
- Tundra and Vertigo beans: limited C2 stocks, order early.

EARLY-ORDER DISCOUNT: 5% off all spring cereals ordered by 15 January 2027, for delivery from February.

Webinar: "Drilling into 2027", Thursday 3 December at 19:00 GMT. Register at fenlandseed.example/webinar

Fenland Seed Co., Station Road, March, Cambridgeshire PE15 8SJ
You are receiving this email because you are a Fenland Seed customer.
Unsubscribe: https://news.fenlandseed.example/u/8812?e=k.pichler%40greenacre-agri.example
"""
    htm = ('<!doctype html><html><head><meta charset="utf-8"><title>Spring 2027 Seed Guide</title></head>'
           '<body style="margin:0;background:#f1efe8"><table width="100%" cellpadding="0" cellspacing="0">'
           '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Georgia,serif">'
           '<tr><td style="padding:24px"><h1 style="color:#3b5d2a">The Spring 2027 Seed Guide is here</h1>'
           '<h2>Spring cereals</h2><ul><li><b>Laureate C2</b> spring barley: still the malting benchmark. '
           '500 kg big bags from &pound;395/t.</li><li>Planet and Diablo also available in 25 kg bags.</li></ul>'
           '<h2>Pulses</h2><ul><li>Tundra and Vertigo beans: limited C2 stocks, order early.</li></ul>'
           '<p style="background:#3b5d2a;color:#fff;padding:12px"><b>EARLY-ORDER DISCOUNT:</b> 5% off all spring '
           'cereals ordered by 15 January 2027, for delivery from February.</p>'
           '<p>Webinar: &ldquo;Drilling into 2027&rdquo;, Thursday 3 December at 19:00 GMT.</p>'
           '<p style="font-size:11px;color:#888">Fenland Seed Co., Station Road, March, Cambridgeshire PE15 8SJ<br>'
           '<a href="https://news.fenlandseed.example/u/8812">Unsubscribe</a></p></td></tr></table></td></tr></table>'
           '<img src="https://news.fenlandseed.example/o/8812.gif" width="1" height="1" alt=""></body></html>\n')
    body = mime.alternative("b1_8f3e2c1d7a6b5c4d3e2f1a0b9c8d7e6f", mime.text(text), mime.html(htm))
    when = When(2026, 11, 18, 7, 0, 4, tz="+0000")
    D("2026-12-03", "Thu")
    mail = mime.Mail(frm=("Fenland Seed Co.", "news@mailer.fenlandseed.example"), to=[(None, KATHI.email)],
                     subject="Spring 2027 seed guide is here + early-order discount ends 15 January", date=when.hdr,
                     msgid="<20261118070004.8812.k.pichler@mailer.fenlandseed.example>", body=body,
                     extra=[("List-Unsubscribe", "<https://news.fenlandseed.example/u/8812>, <mailto:unsub-8812@mailer.fenlandseed.example>"),
                            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                            ("X-Campaign-ID", "spring27-guide")])
    return Case(20, "seed-newsletter-same-product", "unrelated", [po], mail,
                "Marketing newsletter from the very supplier of the open PO, naming the ordered variety with a price per tonne and several dates.",
                "Bulk newsletter (List-Unsubscribe, Precedence: bulk). Mentions Laureate C2 big bags and dates but answers nothing about GA-26-0388.")


CASES = [c011, c012, c013, c014, c015, c016, c017, c018, c019, c020]
