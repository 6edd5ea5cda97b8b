"""Cases 071-080."""
from __future__ import annotations

from . import mime, docs
from .clients import (outlook, outlook_block, gmail, plain_reply, apple, reply, request_mail, para_html, esc, pre_html,
                      sent_str, outlook_html)
from .core import (PO, Sup, When, Case, Orig, A, R, U, C, D, kw, next_md, plus_days, confirmation, per, times, h8)
from .people import MEGAN, PRIYA, JONAS, AYLIN, SANNE, LUCA, EMMA, CIARAN, KATHI


def c071():
    sup = Sup("HANBIT", "Hanbit Precision Co., Ltd.", "sales@hanbitprecision.example", "ko-KR", "Kim Ji-hoon")
    po = PO("TE-26-1192", sup, LUCA, "USD", When(2026, 11, 12, 8, 40, tz="+0100"), [
        ("SLS-PA12-HSG-C", "SLS PA12 housing, rev C, natural", 50, "EA", "28.00", "2026-12-09"),
        ("MJF-PA12-BRK", "MJF PA12 bracket, dyed black", 200, "EA", "6.40", "2026-12-09"),
        ("FAI-RPT-HSG", "First-article inspection report (FAI), housing rev C", 1, "LOT", "150.00", "2026-12-09"),
    ], greeting="Dear Mr Kim,")
    text = """Luca 님 안녕하세요,

한빛정밀 김지훈입니다. 발주서 TE-26-1192 관련하여 아래와 같이 회신 드립니다.

1. SLS PA12 하우징 (Rev C): 50개, 단가 USD 28.00, 납기 2026.12.09
2. MJF PA12 브래킷 (블랙 염색): 200개, 단가 USD 6.90 (염색 공정 추가 비용 반영), 납기 2026.12.09
3. 초도품 검사 성적서 (FAI): 초도품 5개와 함께 2026.12.04 까지 송부 예정입니다. 금액은 발주서대로 USD 150.00입니다.

기타 문의사항 있으시면 연락 주시기 바랍니다.

감사합니다.
김지훈 드림
해외영업팀 | 한빛정밀 주식회사
경기도 시흥시 정왕동 2100-5
Tel. +82 31 555 4120
"""
    body = outlook(text, po.orig, "ko", sent="2026년 11월 12일 목요일 오후 4:40", charset="euc-kr", cte="base64",
                   bnd="SL2P216MB1543B0", body_lang="KO", lossy=True)
    mail = reply("c071", po, ("김지훈", "jihoon.kim@hanbitprecision.example"), When(2026, 11, 19, 16, 30, 8, tz="+0900"),
                 body, charset="euc-kr", lang_tag="ko-KR")
    return Case(71, "3d-printed-parts-fai-earlier-korean", "confirmation", [po], mail,
                "EUC-KR Korean reply with dotted dates (2026.12.09), a price increase for dyeing, and the FAI report line sent earlier than the parts.",
                "Housing as ordered (9 Dec). Bracket: 6.90 (PO 6.40), 9 Dec. FAI report with 5 first-article samples by 4 Dec (earlier than requested), price as ordered.",
                [confirmation(po, {1: A, 2: C(p="6.90"), 3: C(d="2026-12-04")})])


def c072():
    sup = Sup("HCPREC", "Hang Cheong Precision Machinery Ltd.", "sales@hcprecision.example", "zh-HK", "Kelvin Chan")
    po = PO("TE-26-1183", sup, LUCA, "USD", When(2026, 11, 6, 10, 20, tz="+0100"), [
        ("CNC-MAN-6061", "CNC manifold block, 6061-T6, anodised", 120, "EA", "42.00", "2026-12-18"),
        ("FAI-CMM-MAN", "FAI report incl. CMM data, manifold block", 1, "LOT", "220.00", "2026-12-18"),
    ])
    D("2027-01-08", "Fri")
    when = When(2026, 11, 12, 18, 5, 22, tz="+0800")
    d4 = next_md(when, 12, 4)
    text = """Hi Luca,

多謝訂單 TE-26-1183，確認如下：

1. CNC 歧管塊 6061-T6 陽極氧化：120 件，單價 USD 42.00。由於陽極氧化廠年底排期緊張，量產交貨日期為 2027年1月8日。
2. FAI 報告（連 CMM 數據）：USD 220.00。FAI 樣品 5 件連報告將於 12月2日 寄出（DHL），預計 12月4日 到達貴司。

我方訂單號：HC-SO-26-3317。

如有問題請隨時聯絡。

Best regards,
Kelvin Chan 陳家豪
Sales Engineer
恆昌精密機械有限公司
香港新界葵涌葵豐街 18 號 12 樓
Tel: +852 2555 4120
"""
    body = outlook(text, po.orig, "en", bnd="TY0PR06MB5128C4", charset="big5", cte="base64", body_lang="ZH-HK", lossy=True)
    mail = reply("c072", po, ("Kelvin Chan 陳家豪", "kelvin.chan@hcprecision.example"), when, body, charset="big5",
                 lang_tag="zh-HK")
    return Case(72, "cnc-manifold-fai-big5", "confirmation", [po], mail,
                "Big5 Traditional Chinese reply where the alloy temper 6061-T6 and sample count sit next to dates; the FAI line has a ship date and a later arrival date, the parts move into January.",
                "Manifold blocks: 120 at 42.00, delivered 8 Jan 2027. FAI report: 220.00, shipped 2 Dec, arriving 4 Dec (arrival wins). Supplier order HC-SO-26-3317.",
                [confirmation(po, {1: C(d="2027-01-08"), 2: C(d=d4)})])


def c073():
    sup = Sup("MILLBROOK", "Millbrook Milling Ltd", "orders@millbrook-milling.example", "en-GB", "Sarah Thornton")
    po = PO("HL-260844", sup, MEGAN, "GBP", When(2026, 11, 24, 9, 30, tz="+0000"), [
        ("FLR-T55-25", "Flour T55, 25 kg sack", 80, "SACK", "14.20", "2026-12-17"),
        ("FLR-STR-16", "Strong white bread flour, 16 kg sack", 60, "SACK", "13.10", "2026-12-17"),
    ])
    rows = [("Date", "Type", "Reference", "Your ref", "Debit", "Credit", "Balance"),
            ("01/11/2026", "", "Balance brought forward", "", "", "", "2,418.60"),
            ("04/11/2026", "Payment", "BACS 041126", "", "", "2,418.60", "0.00"),
            ("06/11/2026", "Invoice", "INV-55201", "HL-260790", "1,240.60", "", "1,240.60"),
            ("20/11/2026", "Invoice", "INV-55318", "HL-260811", "2,926.40", "", "4,167.00"),
            ("23/11/2026", "Credit", "CN-1107", "HL-260790", "", "86.20", "4,080.80")]
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    table = "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)
    text = f"""Dear Customer,

Please find below your statement of account as at 30/11/2026.

Account: HARB001 - Harbourline Hospitality Group

{table}

Amount now due: £1,154.40 (INV-55201 less CN-1107, due 06/12/2026)
Not yet due:    £2,926.40 (INV-55318, due 20/12/2026)

Please remit to Millbrook Milling Ltd, sort code 20-55-41, account 43115520, quoting your account number.

If you have already paid, please disregard this statement.

Credit Control
Millbrook Milling Ltd | Unit 2, Riverside Works, Andover SP10 3LF
accounts@millbrook-milling.example | 01264 555 0100
"""
    htm = ("<html><body style=\"font-family:Arial;font-size:10pt\"><p>Dear Customer,</p>"
           "<p>Please find below your statement of account as at 30/11/2026.</p>"
           "<p>Account: HARB001 - Harbourline Hospitality Group</p><table border=\"1\" cellpadding=\"3\" "
           "style=\"border-collapse:collapse\">" +
           "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) +
           "</table><p>Amount now due: &pound;1,154.40 (INV-55201 less CN-1107, due 06/12/2026)<br>"
           "Not yet due: &pound;2,926.40 (INV-55318, due 20/12/2026)</p>"
           "<p>Please remit to Millbrook Milling Ltd, sort code 20-55-41, account 43115520, quoting your account number.</p>"
           "<p>If you have already paid, please disregard this statement.</p>"
           "<p>Credit Control<br>Millbrook Milling Ltd | Unit 2, Riverside Works, Andover SP10 3LF</p></body></html>\n")
    body = mime.alternative("----=_NextPart_000_0031_01DB42A7.3C5E9F10", mime.text(text), mime.html(htm))
    when = When(2026, 11, 30, 7, 5, 12, tz="+0000")
    mail = mime.Mail(frm=("Millbrook Milling Credit Control", "accounts@millbrook-milling.example"),
                     to=[(None, "accounts.payable@harbourline.example")], cc=[(MEGAN.name, MEGAN.email)],
                     subject="Statement of account HARB001 - November 2026", date=when.hdr,
                     msgid="<000001db42a7$3c5e9f10$b51bdd30$@millbrook-milling.example>", body=body,
                     extra=[("X-Mailer", "Sage 200 Statement Run")])
    return Case(73, "statement-of-account", "unrelated", [po], mail,
                "Statement of account from the supplier of the open PO, listing invoices against our older PO numbers with amounts and due dates.",
                "Accounting statement; it answers nothing about open PO HL-260844. The dates are invoice and due dates.")


def c074():
    sup = Sup("MEYERSTAP", "Hydraulik & Stapler Teile Meyer GmbH", "verkauf@meyer-staplerteile.example", "de-DE", "Thomas Meyer")
    po1 = PO("AHS-PO-04502", sup, CIARAN, "EUR", When(2026, 11, 10, 9, 30, tz="+0000"), [
        ("FLT-FORK-1200", "Fork arm 1200 mm, ISO 2A (pair)", 4, "PAIR", "310.00", "2026-12-08"),
        ("FLT-CHAIN-LH1234", "Mast lift chain LH1234, per metre", 20, "M", "27.50", "2026-12-08"),
    ], greeting="Dear Mr Meyer,")
    po2 = PO("AHS-PO-04509", sup, CIARAN, "EUR", When(2026, 11, 13, 14, 0, tz="+0000"), [
        ("FLT-SEAT-MSG65", "Operator seat MSG65 with seat belt", 2, "EA", "385.00", "2026-12-18"),
        ("FLT-TYRE-18X7-8", "Solid tyre 18x7-8, black", 8, "EA", "96.00", "2026-12-18"),
    ], greeting="Dear Mr Meyer,")
    assert kw(2026, 50, "Tue") == "2026-12-08" and kw(2026, 53) == "2027-01-01" and kw(2026, 51) == "2026-12-18"
    text = """Sehr geehrter Herr Walsh,

vielen Dank für Ihre beiden Bestellungen. Hiermit bestätigen wir:

Bestellung AHS-PO-04502 (unsere AB 26-11873):
- Gabelzinken 1200 mm ISO 2A: 4 Paar à 310,00 EUR, Liefertermin Dienstag, KW 50
- Hubkette LH1234: 20 m à 27,50 EUR, Liefertermin Dienstag, KW 50

Bestellung AHS-PO-04509 (unsere AB 26-11902):
- Fahrersitz MSG65 mit Gurt: 2 Stück à 398,00 EUR (neue Preisliste des Herstellers), Liefertermin KW 53
- Superelastik-Reifen 18x7-8: 8 Stück à 96,00 EUR, Liefertermin KW 51

Lieferung jeweils frei Haus Dublin Airport, Zahlung 30 Tage netto.

Mit freundlichen Grüßen

Thomas Meyer
Verkauf
Hydraulik & Stapler Teile Meyer GmbH
Hafenstraße 55, 28217 Bremen
Tel. +49 421 555 41-20
"""
    body = outlook(text, po1.orig, "de", bnd="BE0P281MB0190A5", body_lang="DE")
    mail = reply("c074", po1, ("Thomas Meyer", "t.meyer@meyer-staplerteile.example"), When(2026, 11, 19, 15, 40, 26), body,
                 prefix="AW: ", lang_tag="de-DE")
    return Case(74, "two-pos-kw-with-weekday-and-kw53", "confirmation", [po1, po2], mail,
                "One German mail answers two POs (threaded on the first): 'Dienstag, KW 50' (a named day), plain KW 51, and KW 53 which falls on 1 Jan 2027; tyre size 18x7-8.",
                "AHS-PO-04502: both lines Tue KW 50 = 8 Dec = as ordered. AHS-PO-04509: seat 398,00 (PO 385.00), KW 53 = Fri 1 Jan 2027 "
                "(rule: week without a day = Friday); tyres KW 51 = 18 Dec as ordered.",
                [confirmation(po1, {1: A, 2: A}), confirmation(po2, {1: C(p="398.00", d=kw(2026, 53)), 2: A})])


def c075():
    sup = Sup("GLAPPL", "Great Lakes Appliance Supply Inc.", "orders@glappliance.example", "en-US", "Mike Kowalski")
    poa = PO("KR260931", sup, EMMA, "USD", When(2026, 11, 10, 15, 0, tz="+0100"), [
        ("MIX-ST-55-230", "Stand mixer 5.5 qt, 230 V EU plug", 100, "EA", "89.00", "2026-11-30"),
    ])
    pob = PO("KR260934", sup, EMMA, "USD", When(2026, 11, 11, 10, 30, tz="+0100"), [
        ("BLN-15-1000-230", "Blender 1.5 l, 1000 W, 230 V EU plug", 150, "EA", "41.00", "2026-12-11"),
        ("BLN-JAR-15", "Spare blender jar 1.5 l", 50, "EA", "9.50", "2026-12-11"),
    ])
    poc = PO("KR260936", sup, EMMA, "USD", When(2026, 11, 12, 11, 45, tz="+0100"), [
        ("AFR-6QT-230", "Air fryer 6 qt, 230 V EU plug", 200, "EA", "52.00", "2026-12-18"),
    ])
    when = When(2026, 11, 20, 14, 22, 3, tz="-0500")
    assert when.weekday() == "Fri"
    nxt_wed = when.next_weekday("Wed")
    assert nxt_wed == "2026-11-25"
    text = """Hi Emma,

Quick update on KR260934: blenders and spare jars are both in stock at our Rotterdam warehouse, full quantities at your PO prices. We'll have them delivered to Jönköping next Wednesday.

Still waiting on the factory for the mixers and the air fryers; I'll get back to you on those two orders separately early next week.

Mike

Mike Kowalski | Great Lakes Appliance Supply Inc. | International Sales
"""
    body = gmail(text, pob.orig, "On Wed, Nov 11, 2026 at 4:30 AM Emma Lindqvist <emma.lindqvist@kvikkretail.example> wrote:",
                 bnd="c075")
    mail = reply("c075", pob, ("Mike Kowalski", "mkowalski@glappliance.example"), when, body, style="gmail", prefix="Re: ")
    return Case(75, "three-open-pos-one-answered-next-wednesday", "confirmation", [poa, pob, poc], mail,
                "Three open POs with the same supplier; the reply confirms only one, with a relative date ('next Wednesday' from a Friday), and mentions the other two without answering them.",
                "KR260934 only: both lines at PO quantity and price, delivered next Wednesday = 25 Nov 2026 (mail sent Fri 20 Nov), earlier than the requested 11 Dec. "
                "KR260931 and KR260936 are only mentioned ('still waiting'), so they are left out.",
                [confirmation(pob, {1: C(d=nxt_wed), 2: C(d=nxt_wed)})])


def c076():
    sup = Sup("TVHOTEL", "Thames Valley Hotel Supplies Ltd", "orders@tvhotelsupplies.example", "en-GB", "Laura Bennett")
    po = PO("HL-260829", sup, MEGAN, "GBP", When(2026, 11, 12, 15, 10, tz="+0000"), [
        ("BATHROBE-WFL-L", "Waffle bathrobe, size L, white", 120, "EA", "14.90", "2026-12-02"),
        ("BATHROBE-WFL-XL", "Waffle bathrobe, size XL, white", 80, "EA", "15.40", "2026-12-02"),
        ("SLIPPER-TERRY", "Terry slippers, closed toe", 500, "PAIR", "0.95", "2026-12-02"),
    ])
    req = po.orig
    laura_when = When(2026, 11, 16, 10, 5, tz="+0000")
    laura_id = "<LO4P265MB6110E2F4A7C1B3D95E08@LO4P265MB6110.GBRP265.PROD.OUTLOOK.COM>"
    laura_text = """Hi Megan,

I can confirm HL-260829 as follows:

Waffle robes L: 120 @ £14.90 - as ordered
Waffle robes XL: 80 @ £15.40 - as ordered
Terry slippers: we can only do 400 pairs for the 2nd, the remaining 100 pairs will follow on 16th December, same price.

Robes and the 400 pairs delivered Wednesday 2nd December.

Kind regards,
Laura

Laura Bennett
Customer Accounts | Thames Valley Hotel Supplies Ltd
Unit 9, Suttons Business Park, Reading RG6 1AZ
"""
    b_req, _ = outlook_block(req, "en")
    laura = Orig("Laura Bennett", "laura.bennett@tvhotelsupplies.example", [(MEGAN.name, MEGAN.email)], laura_when,
                 "RE: " + req.subject, laura_text + "\n" + "_" * 32 + "\n" + b_req + "\n\n" + req.body, laura_id,
                 cc=[("David Price", "david.price@tvhotelsupplies.example")])
    D("2026-12-02", "Wed")
    text = """+1, thanks Laura.

David
"""
    body = outlook(text, laura, "en", bnd="LO2P265MB4720D3", body_lang="EN-GB")
    when = When(2026, 11, 16, 11, 42, 50, tz="+0000")
    mail = reply("c076", po, ("David Price", "david.price@tvhotelsupplies.example"), when, body, orig=laura,
                 subject="RE: " + req.subject,
                 to=[(MEGAN.name, MEGAN.email), ("Laura Bennett", "laura.bennett@tvhotelsupplies.example")],
                 lang_tag="en-GB")
    mail.references = f"{po.req_msgid} {laura_id}"
    return Case(76, "plus-one-reply-all-from-manager", "confirmation", [po], mail,
                "The new text is only '+1, thanks Laura' from a second person at the supplier; the actual commitment (with a split slipper delivery) is in the quoted colleague's mail.",
                "Reply-all endorsement of Laura's confirmation quoted below: robes L and XL as ordered on Wed 2 Dec; slippers 400 pairs on 2 Dec + 100 on 16 Dec, same price. "
                "The mail as received carries the supplier's commitment, so it is labelled with it.",
                [confirmation(po, {1: A, 2: A, 3: C(sched=[(400, "2026-12-02"), (100, "2026-12-16")])})])


def c077():
    sup = Sup("MCVALLE", "Montacargas del Valle S.A.S.", "ventas@montacargasdelvalle.example", "es-CO", "Andrés Castaño")
    po = PO("AHS-PO-04517", sup, CIARAN, "USD", When(2026, 11, 18, 12, 30, tz="+0000"), [
        ("FLT-MC-34", "Forklift brake master cylinder, 3/4 in bore", 4, "EA", "185.00", "2026-12-11"),
        ("FLT-SK-MAST", "Seal kit, mast lift cylinder", 10, "KIT", "32.00", "2026-12-11"),
        ("FLT-LED-1224", "LED work light 12/24 V", 6, "EA", "45.00", "2026-12-11"),
    ])
    req = po.orig
    answers = {1: "OK, CONFIRMADO", 2: "Precio USD 34,50 por kit, entrega 15/12", 3: "DESCONTINUADO, el fabricante ya no lo produce"}
    qlines, hlines = [], []
    for ln in req.body.rstrip("\n").split("\n"):
        qlines.append(ln)
        hl = pre_html(ln)[0]
        hlines.append(f'<p class="MsoPlainText">{hl or "<o:p>&nbsp;</o:p>"}</p>')
        tok = ln.split()
        if tok and tok[0].isdigit() and len(tok) > 1 and tok[1].startswith("FLT-"):
            a = answers[int(tok[0])]
            qlines.append(f"      >> {a}")
            hlines.append(f'<p class="MsoPlainText"><b><span style="color:red">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {esc(a)}</span></b></p>')
    text = """Buenos días Ciarán,

Le respondo dentro de su correo (en rojo).

Saludos,
Andrés Castaño
Montacargas del Valle S.A.S. | Acopi, Yumbo, Valle del Cauca
Tel. +57 602 555 4120
"""
    sent = "miércoles, 18 de noviembre de 2026 7:30 a. m."
    plain_q = "\n".join(qlines) + "\n"
    body_plain = text + "\n" + "_" * 32 + "\n" + outlook_block(req, "es", sent=sent)[0] + "\n\n" + plain_q
    htm = outlook_html(para_html(text), req, "es", sent=sent, body_lang="ES-CO", quoted_html="\n".join(hlines))
    body = mime.alternative("_000_CH3PR12MB8215A7_", mime.text(body_plain), mime.html(htm))
    mail = reply("c077", po, ("Andrés Castaño", "acastano@montacargasdelvalle.example"), When(2026, 11, 25, 10, 12, 37, tz="-0500"),
                 body, lang_tag="es-CO")
    return Case(77, "inline-answers-in-quoted-po", "confirmation", [po], mail,
                "Answers typed into our quoted PO table (red in HTML, '>>' in text), next to our requested dates; item text '12/24 V' and '3/4 in'.",
                "Line 1 'OK, CONFIRMADO' = as ordered. Line 2: 34,50 per kit, delivery 15/12 = 15 Dec. Line 3 discontinued = rejected.",
                [confirmation(po, {1: A, 2: C(p="34.50", d="2026-12-15"), 3: R})])


def c078():
    sup = Sup("TOHODENT", "Toho Dental Co., Ltd.", "export@tohodental.example", "ja-JP", "Yuki Sato")
    po = PO("CH-26-01168", sup, SANNE, "USD", When(2026, 11, 23, 9, 10, tz="+0100"), [
        ("BUR-DIA-FG-10", "Diamond bur FG, assorted, pack of 10", 100, "PK", "18.00", "2026-12-18"),
        ("BUR-CARB-RA-6", "Carbide bur RA round no. 6, pack of 10", 50, "PK", "12.50", "2026-12-18"),
    ])
    text = """Sanne de Vries 様

いつもお世話になっております。東邦デンタルの佐藤でございます。

ご注文 CH-26-01168 につきまして、1点確認させてください。
ダイヤモンドバー（FG）は医療機器としての輸出となるため、貴社向けにはCEマーキング品（型番末尾 -CE）のみ出荷可能です。
CE品の単価は USD 19.50 となりますが、こちらで手配を進めてよろしいでしょうか。

ご回答いただき次第、2品目まとめて納期をご連絡いたします。

何卒よろしくお願いいたします。

佐藤 由紀
株式会社東邦デンタル 海外営業部
〒113-0033 東京都文京区本郷3-15-6
TEL 03-5555-4120
"""
    body = plain_reply(text, po.orig, "2026/11/23 17:10, Sanne de Vries wrote:", charset="utf-8", cte="base64", flowed=False)
    mail = reply("c078", po, ("佐藤 由紀", "y.sato@tohodental.example"), When(2026, 11, 25, 11, 20, 14, tz="+0900"), body,
                 style="tb", prefix="Re: ", lang_tag="ja-JP")
    return Case(78, "dental-burs-ce-variant-question-ja", "needs_review", [po], mail,
                "Japanese question offering a CE-marked variant at a higher price and asking for approval; dates for both lines are promised after our answer.",
                "Question whether we accept the -CE variant at USD 19.50; no quantities or dates committed.")


def c079():
    sup = Sup("PACRIM", "Pacific Rim Appliance Co.", "orders@pacrimappliance.example", "en-US", "Jennifer Park")
    po = PO("KR260958", sup, EMMA, "USD", When(2026, 11, 23, 16, 0, tz="+0100"), [
        ("MIX-ST-55-230", "Stand mixer 5.5 qt, 1000 W, 230 V EU", 200, "EA", "89.00", "2026-12-14"),
        ("BLN-15-1000-230", "Blender 1.5 l, 1000 W, 230 V EU", 300, "EA", "41.00", "2026-12-14"),
        ("AFR-6QT-1700-230", "Air fryer 6 qt, 1700 W, 230 V EU, 2024 edition", 250, "EA", "52.00", "2026-12-14"),
    ])
    D("2027-01-11", "Mon")
    D("2026-12-14", "Mon")
    head = ["Line", "Item", "Description", "Qty", "Unit price", "Requested", "Conf. Qty", "Conf. Price", "Conf. Date"]
    rows = [["1", "MIX-ST-55-230", "Stand mixer 5.5 qt, 1000 W, 230 V EU", "200", "89.00", "12/14/2026", "200", "89.00", "12/14/2026"],
            ["2", "BLN-15-1000-230", "Blender 1.5 l, 1000 W, 230 V EU", "300", "41.00", "12/14/2026", "300", "41.00", "12/14/2026"],
            ["3", "AFR-6QT-1700-230", "Air fryer 6 qt, 1700 W, 230 V EU, 2024 edition", "250", "52.00", "12/14/2026", "180", "52.00", "01/11/2027"]]

    def td(c, conf):
        bg = "background:#FFFF00;" if conf else ""
        return (f'<td style="border:solid #A6A6A6 1.0pt;{bg}padding:0in 5.4pt 0in 5.4pt">'
                f'<p class="MsoNormal">{esc(c)}<o:p></o:p></p></td>')
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n' +
             "<tr>" + "".join(td(c, i >= 6) for i, c in enumerate(head)) + "</tr>\n" +
             "".join("<tr>" + "".join(td(c, i >= 6) for i, c in enumerate(r)) + "</tr>\n" for r in rows) + "</table>\n")
    rh = (para_html("Hi Emma,\n\nPlease see our confirmation in the table below (added columns in yellow).\n") + "\n" + table +
          para_html("\nLine 3: 180 pcs is all we can get from this production allocation; the remaining 70 pcs are cancelled, sorry about that.\n\n"
                    "Thanks,\nJennifer\n\nJennifer Park | Key Account Manager\nPacific Rim Appliance Co. | 1800 Harbor Bay Pkwy, Alameda, CA 94502"))
    body = outlook("", po.orig, "en", us=True, reply_html=rh, bnd="BY5PR11MB4403F9", body_lang="EN-US", html_only=True)
    mail = reply("c079", po, ("Jennifer Park", "jennifer.park@pacrimappliance.example"), When(2026, 11, 24, 16, 45, 19, tz="-0800"),
                 body, lang_tag="en-US")
    return Case(79, "html-only-table-with-confirmed-columns", "confirmation", [po], mail,
                "HTML-only Outlook reply that repeats our PO table with added 'Conf.' columns (US month-first dates), so requested and confirmed values sit side by side; '2024 edition' and wattages in descriptions.",
                "Lines 1-2 confirmed as ordered on 12/14/2026. Line 3: 180 of 250, price unchanged, 01/11/2027 = 11 Jan 2027; the rest cancelled.",
                [confirmation(po, {1: A, 2: A, 3: C(q=180, d="2027-01-11")})])


def c080():
    sup = Sup("GEOBAU", "Geobau Technik AG", "verkauf@geobau-technik.example", "de-CH", "Reto Brunner")
    po = PO("4500187366", sup, JONAS, "EUR", When(2026, 11, 18, 13, 40, tz="+0100"), [
        ("GTX-GRK3-150-45", "Geotextile nonwoven GRK 3, 150 g/m2, roll 4.5 x 100 m", 30, "ROLL", "118.00", "2026-12-11"),
        ("DRN-DN100-6M", "Drainage pipe DN 100, slotted, in 6 m bars", 600, "M", "2.85", "2026-12-11"),
    ], greeting="Dear Mr Brunner,")
    when = When(2026, 11, 19, 16, 2, 47)
    d9 = next_md(when, 12, 9)
    D(d9, "Wed")
    text = """Grüezi Herr Weber

Besten Dank für Ihre Bestellung 4500187366, bei uns erfasst unter Auftrag 26-40871.

Wir bestätigen:
Pos. 1  Vlies GRK 3, 150 g/m², Rolle 4.5 x 100 m: 30 Rollen à EUR 118.00
Pos. 2  Sickerrohr DN 100 geschlitzt: 100 Stangen à 6 m = 600 m, EUR 2.85/m

Liefertermin: Mi, 9.12. (Anlieferung Baustellenlager Freising, bitte Stapler vor Ort)

Freundliche Grüsse

Reto Brunner
Verkauf Innendienst
Geobau Technik AG
Industriestrasse 31, 8957 Spreitenbach
Tel. +41 56 555 41 20
"""
    body = outlook(text, po.orig, "de", bnd="ZR0P278MB0866B1", body_lang="DE-CH")
    mail = reply("c080", po, ("Reto Brunner", "reto.brunner@geobau-technik.example"), when, body, prefix="AW: ",
                 lang_tag="de-CH")
    return Case(80, "geotextile-swiss-weekday-date-no-year", "confirmation", [po], mail,
                "Swiss German (no ß, decimal point) with the supplier's own order number, pipe bars of 6 m equal to the ordered metres, and 'Mi, 9.12.' without a year.",
                "Both lines at PO quantity and price (100 x 6 m = 600 m), delivered Wed 9 Dec instead of 11 Dec. 26-40871 is the supplier's order number.",
                [confirmation(po, {1: C(d=d9), 2: C(d=d9)})])


CASES = [c071, c072, c073, c074, c075, c076, c077, c078, c079, c080]
