"""Cases 017-032."""
import datetime as dt
import html
from decimal import Decimal

from adlib import mime
from adlib.common import (D, REJ, UNC, acc, buyer, chg, conf, expected, gmail_html, is_wd, kw, ln, money,
                          next_weekday, ol_block, ol_block_html, outlook_html, paras, po, quote, request_html,
                          request_subject, request_text, simple_html, supplier, who)
from adlib.pdf import Sheet

T = dt.datetime
B_TOBIAS = buyer("Tobias Wendt", "tobias.wendt")
B_CHLOE = buyer("Chloé Martin", "chloe.martin")
B_MARCO = buyer("Marco Bellini", "marco.bellini")
B_LUKAS = buyer("Lukas Brenner", "lukas.brenner")
B_JONAS = buyer("Jonas Eklund", "jonas.eklund")
B_AISHA = buyer("Aisha Rahman", "aisha.rahman")


def _outlook(lang, body, p, sent, to, contact, boundary, charset="utf-8", cte="quoted-printable"):
    qb = ol_block(lang, who(p["buyer"]), sent, to, request_subject(p))
    plain = body + "\n" + qb + "\n" + request_text(p, contact)
    h = outlook_html(paras(body), ol_block_html(lang, who(p["buyer"]), sent, to, request_subject(p)),
                     request_html(p, contact), lang)
    return mime.multipart("alternative", boundary, [mime.text(plain, charset=charset, cte=cte),
                                                    mime.text(h, "html", charset=charset, cte=cte)])


def c017():
    sup = supplier("NUTRIPET", "NutriPet Alimentos Ltda.", "vendas@nutripet.example", "pt-BR")
    p = po("4500032215", sup, B_AISHA, "USD", D(2026, 11, 10), [
        ln(1, "NP-DOG-AD-12", "Dry dog food adult chicken, bag 12 kg", 230, "BAG", "21.40", D(2026, 12, 14)),
        ln(2, "NP-CAT-ST-12", "Dry cat food sterilised salmon, bag 12 kg", 100, "BAG", "24.90", D(2026, 12, 14)),
        ln(3, "NP-DOG-PUP-12", "Dry puppy food chicken & rice, bag 12 kg", 60, "BAG", "23.10", D(2026, 12, 14)),
    ])
    body = """Olá Aisha, bom dia!

Obrigado pelo pedido 4500032215. Nossa paletização padrão é de 48 sacos de 12 kg por palete (576 kg), e só embarcamos paletes completos para exportação. Assim, confirmamos:

- Item 1 (Cão Adulto Frango 12 kg): 240 sacos = 5 paletes, US$ 21,40/saco
- Item 2 (Gato Castrado Salmão 12 kg): 96 sacos = 2 paletes, US$ 24,90/saco
- Item 3 (Filhote Frango e Arroz 12 kg): temos apenas 48 sacos disponíveis (1 palete), US$ 23,10/saco

Entrega DAP Columbus em 14/12/2026, conforme solicitado.

Validade dos produtos: 12 meses a partir da data de fabricação (lotes de outubro/2026).

Atenciosamente,
Rodrigo Nascimento
Exportação | NutriPet Alimentos Ltda.
Rod. BR-116, km 412 - Curitiba/PR
+55 41 3555-2290
"""
    assert 48 * 5 == 240 and 48 * 2 == 96
    alt = _outlook("pt", body, p, T(2026, 11, 10, 13, 5), "vendas@nutripet.example", "Rodrigo",
                   "_000_CP5PR80MB4419D2A8E1B3F6C0A7E2CP5PR80MB4419lamp_")
    eml = mime.message([
        ("From", mime.addr("Rodrigo Nascimento", "vendas@nutripet.example")),
        ("To", who(B_AISHA)),
        ("Subject", "RES: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 12, 9, 34, 50, "-0300")),
        ("Message-ID", "<CP5PR80MB4419D2A8E1B3F6C0@CP5PR80MB4419.lamprd80.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "pt-BR"),
    ], alt)
    exp = expected("confirmation", "Full-pallet rounding (48 bags/pallet): 230 -> 240 up, 100 -> 96 down; puppy "
                   "food only 48 of 60 available; date 14/12/2026 as requested; '12 kg', '576 kg' and the 12-month "
                   "shelf life are not quantities or dates.",
                   [conf(p, [chg(240, "21.40", D(2026, 12, 14)), chg(96, "24.90", D(2026, 12, 14)),
                             chg(48, "23.10", D(2026, 12, 14))])])
    return dict(slug="017-petfood-full-pallets", pos=[p], eml=eml, exp=exp,
                hard="Brazilian pallet rounding that moves one line up, one down and cuts a third to stock, with "
                     "bag weights everywhere.")


def c018():
    sup = supplier("ZELTECH", "ŽelTech Přerov s.r.o.", "obchod@zeltech-prerov.example", "cs-CZ")
    p = po("4500032231", sup, B_LUKAS, "EUR", D(2026, 11, 10), [
        ln(1, "ZT-BK-P10-320", "Brake block P10 320x80 mm, cast iron", 900, "EA", "14.20", D(2026, 12, 9)),
        ln(2, "ZT-SPR-4471", "Primary suspension spring, dia 160 mm", 48, "EA", "96.50", D(2026, 12, 9)),
    ])
    body = """Dobrý den, pane Brennere,

děkujeme za objednávku č. 4500032231, kterou tímto potvrzujeme:

pol. 1 - brzdové špalíky P10 320x80 - 900 ks, cena 14,20 EUR/ks. Z kapacitních důvodů dodáme ve třech částech:
   300 ks ... 9. 12. 2026
   300 ks ... 16. 12. 2026
   300 ks ... 13. 1. 2027
pol. 2 - pružiny primárního vypružení - 48 ks, 96,50 EUR/ks, termín dodání 9. 12. 2026.

Inspekční certifikáty 3.1 dle EN 10204 budou přiloženy k dodacímu listu.

S pozdravem
Ing. Petra Dvořáková
obchodní oddělení
ŽelTech Přerov s.r.o.
Dluhonská 41, 750 02 Přerov
"""
    alt = _outlook("cs", body, p, T(2026, 11, 10, 10, 30), "obchod@zeltech-prerov.example", "Ms Dvořáková",
                   "_000_DB8PR02MB5961A0E3C7B2D4F9E1A5DB8PR02MB5961eurp_", charset="iso-8859-2")
    eml = mime.message([
        ("From", mime.addr("Petra Dvořáková", "obchod@zeltech-prerov.example", "iso-8859-2")),
        ("To", who(B_LUKAS)),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 12, 13, 8, 24, "+0100")),
        ("Message-ID", "<DB8PR02MB5961A0E3C7B2D4F9@DB8PR02MB5961.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "cs-CZ"),
    ], alt)
    s = [(300, D(2026, 12, 9)), (300, D(2026, 12, 16)), (300, D(2027, 1, 13))]
    exp = expected("confirmation", "Three-part split (300/300/300) with Czech dates '9. 12. 2026' etc., last in "
                   "January; EN 10204 3.1 and 320x80 are not dates or quantities.",
                   [conf(p, [chg(900, "14.20", D(2027, 1, 13), s), acc(p["lines"][1])])])
    return dict(slug="018-railway-brake-blocks-three-part-split", pos=[p], eml=eml, exp=exp,
                hard="Czech three-part split in 'd. m. yyyy' format crossing the year, with EN 10204 3.1 in the "
                     "same mail.")


def c019():
    sup = supplier("NBRAIL", "Northbridge Rail Components Ltd", "sales@northbridge-rail.example", "en-GB")
    p = po("4500032245", sup, B_TOBIAS, "GBP", D(2026, 11, 11), [
        ln(1, "NR-CS-1250", "Pantograph carbon strip 1,250 mm", 40, "EA", "86.00", D(2026, 12, 16)),
        ln(2, "NR-BP-M20", "Bogie bolt set M20x1.5, grade 10.9", 150, "SET", "12.40", D(2026, 12, 16)),
    ])
    body = """Dear Tobias Wendt,

Thank you for contacting Northbridge Rail Components Customer Services.

This is an automated response to confirm that we have received your email and logged it under reference #48213. One of our team will respond within 2 working days. Please do not change the subject line if you reply, so that your message stays linked to this request.

Our office hours are Monday to Friday, 08:00 - 17:00 (UK time).

Kind regards,
Customer Services Team
Northbridge Rail Components Ltd

---
Ticket: #48213 | Status: Open | Priority: Normal
"""
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">" +
         "".join(f"<p>{html.escape(x)}</p>" for x in body.strip().split("\n\n")) + "</body></html>\n")
    alt = mime.multipart("alternative", "--==_mimepart_674b0c1e3f2d9_1a7e2b3c48213", [
        mime.text(body, cte="7bit"), mime.text(h, "html", cte="7bit")])
    eml = mime.message([
        ("From", mime.addr("Northbridge Customer Services", "support@northbridge-rail.example")),
        ("Reply-To", "support+id48213@northbridge-rail.example"),
        ("To", who(B_TOBIAS)),
        ("Subject", f"[#48213] Re: {request_subject(p)}"),
        ("Date", mime.rfcdate(2026, 11, 11, 10, 2, 17, "+0000")),
        ("Message-ID", "<674b0c1e3f2d9_48213.support@northbridge-rail.freshdesk.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "auto_reply"),
    ], alt)
    exp = expected("auto_reply", "Helpdesk ticket auto-acknowledgment ('automated response to confirm that we have "
                   "received your email'); the word 'confirm' refers to receipt, not the order.")
    return dict(slug="019-ticket-system-auto-ack", pos=[p], eml=eml, exp=exp,
                hard="Ticketing-system acknowledgment that 'confirms' receipt of the request and carries a "
                     "ticket number, threaded on our PO mail.")


def c020():
    sup = supplier("DUNACEM", "Dunai Cementművek Zrt.", "ertekesites@dunaicement.example", "hu-HU")
    p = po("4500032260", sup, B_LUKAS, "EUR", D(2026, 11, 11), [
        ln(1, "DC-CEM1-425R", "Cement CEM I 42,5 R, bulk, silo truck", 75, "T", "98.50", D(2026, 12, 2)),
        ln(2, "DC-CEM3-325N", "Cement CEM III/A 32,5 N-LH, bulk, silo truck", 25, "T", "91.00", D(2026, 12, 2)),
    ])
    body = """Tisztelt Brenner Úr!

Köszönjük megrendelését (4500032260), az alábbiak szerint visszaigazoljuk:

1. CEM I 42,5 R ömlesztett - 75 t, 3 silós tartálykocsival (á 25 t):
   2026. 12. 01. - 25 t
   2026. 12. 02. - 25 t
   2026. 12. 03. - 25 t
   Egységár: 98,50 EUR/t

2. CEM III/A 32,5 N-LH ömlesztett - 25 t, 1 silós tartálykocsi, 2026. 12. 02., egységár 91,00 EUR/t.

A kocsik a lerakodás napján 7:00 és 9:00 óra között érkeznek, a lefejtés kb. 1,5 óra. Kérjük, a siló töltőcsonkja (DN 100 Storz) legyen szabadon megközelíthető.

Üdvözlettel:
Szabó Katalin
értékesítési koordinátor
Dunai Cementművek Zrt.
"""
    alt = _outlook("hu", body, p, T(2026, 11, 11, 9, 40), "ertekesites@dunaicement.example", "Ms Szabó",
                   "_000_VI1PR08MB2840C1E7A3D5B9F2E0C4VI1PR08MB2840eurp_", charset="iso-8859-2")
    eml = mime.message([
        ("From", mime.addr("Szabó Katalin", "ertekesites@dunaicement.example", "iso-8859-2")),
        ("To", who(B_LUKAS)),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 13, 8, 55, 9, "+0100")),
        ("Message-ID", "<VI1PR08MB2840C1E7A3D5B9F2@VI1PR08MB2840.eurprd08.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "hu-HU"),
    ], alt)
    s = [(25, D(2026, 12, 1)), (25, D(2026, 12, 2)), (25, D(2026, 12, 3))]
    exp = expected("confirmation", "Hungarian 'yyyy. mm. dd.' dates; line 1 split over three silo trucks of 25 t "
                   "(last 2026-12-03); line 2 as ordered. 42,5 R / 32,5 N, DN 100 and 1,5 hours are not "
                   "quantities.",
                   [conf(p, [chg(75, "98.50", D(2026, 12, 3), s), acc(p["lines"][1])])])
    return dict(slug="020-cement-silo-trucks-three-days", pos=[p], eml=eml, exp=exp,
                hard="Hungarian year-first dates and a three-truck split of one line, strength classes like "
                     "42,5 R that look like numbers to take.")


def c021():
    sup = supplier("SAKURAPKG", "Sakura Package Co., Ltd.", "eigyo@sakura-pkg.example", "ja-JP")
    p = po("4500032281", sup, B_AISHA, "USD", D(2026, 11, 11), [
        ln(1, "SP-TUBE-50-WH", "Cosmetic tube 50 ml PE white, flip-top, offset 4c", 8000, "EA", "0.142", D(2027, 1, 22)),
        ln(2, "SP-JAR-30-PP", "Cosmetic jar 30 ml PP double wall, silver cap", 12000, "EA", "0.385", D(2027, 1, 22)),
        ln(3, "SP-TUBE-100-TR", "Cosmetic tube 100 ml PE transparent", 10000, "EA", "0.168", D(2027, 1, 22)),
    ])
    body = """Kestrel Group
Aisha Rahman 様

いつも大変お世話になっております。
株式会社サクラパッケージ 営業部の田中でございます。

この度はご注文（PO 4500032281）をいただき、誠にありがとうございます。
下記の通りご回答申し上げます。

1. SP-TUBE-50-WH　50mlチューブ（白）
   弊社の最小ロットは10,000本となりますため、数量を10,000本とさせていただきます。
   単価 USD 0.142 は据え置きでございます。
2. SP-JAR-30-PP　30mlジャー　12,000個　単価 USD 0.385　ご指定通り
3. SP-TUBE-100-TR　100mlチューブ（透明）　10,000本　単価 USD 0.168　ご指定通り

納期：全品 2027年1月22日 貴社着
（横浜港出荷は2026年12月18日を予定しております）

以上、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━
株式会社サクラパッケージ　営業部
田中 美咲
〒 335-0012 埼玉県戸田市中町1-2-3
TEL 048-555-1290
━━━━━━━━━━━━━━━━━━
"""
    orig = ("\n-----Original Message-----\nFrom: Aisha Rahman <aisha.rahman@kestrel-group.example>\n"
            "Sent: Wednesday, November 11, 2026 6:02 PM\nTo: eigyo@sakura-pkg.example\n"
            f"Subject: {request_subject(p)}\n\n")
    plain = body + orig + request_text(p, "Ms Tanaka")
    eml = mime.message([
        ("From", mime.addr("田中 美咲", "eigyo@sakura-pkg.example", "shift_jis")),
        ("To", who(B_AISHA)),
        ("Subject", mime.hdr("RE: " + request_subject(p) + "【ご回答】", "shift_jis")),
        ("Date", mime.rfcdate(2026, 11, 13, 11, 47, 2, "+0900")),
        ("Message-ID", "<20261113114702.6E2F.F1A4C2B8@sakura-pkg.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("X-Mailer", "Becky! ver. 2.81.07 [ja]"),
    ], mime.text(plain, charset="shift_jis", cte="base64"))
    exp = expected("confirmation", "Shift_JIS Japanese; tube line raised to the 10,000-piece minimum lot at the same "
                   "price; delivery '2027年1月22日 貴社着' (arrival) wins over the Yokohama ship date 2026-12-18.",
                   [conf(p, [chg(10000, "0.142", D(2027, 1, 22)), acc(p["lines"][1]), acc(p["lines"][2])])])
    return dict(slug="021-cosmetic-tubes-moq-shift-jis", pos=[p], eml=eml, exp=exp,
                hard="Shift_JIS Japanese reply raising a tube line to MOQ 10,000 and giving both an arrival date "
                     "and an earlier port ship date.")


def c022():
    sup = supplier("HANSUNG", "Hansung Steel Pipe Co., Ltd.", "export@hansung-pipe.example", "ko-KR")
    p = po("4500032299", sup, B_TOBIAS, "EUR", D(2026, 11, 11), [
        ln(1, "HS-T48.3X3.2-6M", "Steel tube EN 10255 48.3x3.2 galvanised, 6 m", 400, "EA", "24.00", D(2027, 1, 29)),
        ln(2, "HS-T60.3X3.6-6M", "Steel tube EN 10255 60.3x3.6 galvanised, 6 m", 250, "EA", "33.50", D(2027, 1, 29)),
    ])
    assert is_wd(D(2027, 1, 29), 4)
    p1 = money(Decimal("1.15") * Decimal("21.60"))
    assert p1 == "24.84"
    body = """Tobias Wendt 님께,

안녕하십니까. 한성강관 해외영업팀 이준호입니다.
발주서 4500032299 감사드리며, 아래와 같이 확인드립니다.

1. EN 10255 48.3x3.2 아연도 강관 (6 m) - 400본
   최근 열연코일 가격 인상으로 본 품목은 kg 단가로 견적드립니다: EUR 1.15/kg
   본당 중량 21.60 kg (6 m 기준)
2. EN 10255 60.3x3.6 아연도 강관 (6 m) - 250본, 단가 EUR 33.50/본 (발주서 단가 그대로)

총 중량 약 16.2 톤 (40피트 컨테이너 1대)
납기: 2027년 1월 29일 (금) 귀사 도착 (DAP Lörrach)
밀시트(EN 10204 3.1) 동봉 예정입니다.

감사합니다.
이준호 드림
한성강관(주) 해외영업팀
Tel. +82 51 555 7720
"""
    orig = ("\n\n-----Original Message-----\nFrom: \"Tobias Wendt\"<tobias.wendt@kestrel-group.example>\n"
            "To: <export@hansung-pipe.example>;\nCc: \nSent: 2026-11-11 (수) 17:20:05 (GMT+09:00)\n"
            f"Subject: {request_subject(p)}\n\n")
    plain = body + orig + request_text(p, "Mr Lee")
    h = ("<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:'맑은 고딕',sans-serif;"
         "font-size:10pt\">" + simple_html(body) + "<br><br><div>-----Original Message-----<br>" +
         simple_html(orig.strip().split("\n", 1)[1]) + "<br><br>" + request_html(p, "Mr Lee") +
         "</div></div></body></html>\n")
    alt = mime.multipart("alternative", "----=_NextPart_000_0041_01DB3A2E.7C4F1B20", [
        mime.text(plain, cte="base64"), mime.text(h, "html", cte="base64")])
    eml = mime.message([
        ("From", mime.addr("이준호", "export@hansung-pipe.example")),
        ("To", mime.addr("Tobias Wendt", "tobias.wendt@kestrel-group.example")),
        ("Subject", mime.hdr("RE: " + request_subject(p))),
        ("Date", mime.rfcdate(2026, 11, 13, 16, 21, 44, "+0900")),
        ("Message-ID", "<0041a01db3a2e$7c4f1b20$74ed5160$@hansung-pipe.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], alt)
    exp = expected("confirmation", "Tube ordered per piece but priced per kg: EUR 1.15/kg x 21.60 kg/piece = 24.84 "
                   "per piece (changed); line 2 as ordered; total tonnage 16.2 t and EN 10255 / 48.3x3.2 are not "
                   "quantities.",
                   [conf(p, [chg(400, p1, D(2027, 1, 29)), acc(p["lines"][1])])])
    return dict(slug="022-steel-tubes-price-per-kg", pos=[p], eml=eml, exp=exp,
                hard="Korean reply quoting a per-kg price for tubes ordered per piece, with the piece weight given "
                     "so the piece price must be computed.")


def c023():
    sup = supplier("DWRHEIN", "Dichtungswerk Rheintal GmbH", "vertrieb@dichtungswerk-rheintal.example", "de-DE")
    p = po("4500032305", sup, B_MIRIAM := buyer("Miriam Koller", "miriam.koller"), "EUR", D(2026, 11, 12), [
        ln(1, "DR-OR-50X3-EPDM", "O-Ring 50x3 EPDM 70 Shore A, peroxidisch", 2000, "EA", "0.29", D(2026, 12, 4)),
        ln(2, "DR-FD-DN50-PN16", "Flachdichtung DN 50 PN 16, Fasermaterial 2 mm", 500, "EA", "0.84", D(2026, 12, 4)),
    ])
    rid = p["request_message_id"]
    to = "vertrieb@dichtungswerk-rheintal.example"
    txt = f"""Die Nachricht wurde nicht zugestellt.

Ihre Nachricht konnte nicht an {to} übermittelt werden, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.

Lösung: Überprüfen Sie die E-Mail-Adresse des Empfängers auf Tippfehler. Wenn die Adresse stimmt, wenden Sie sich an den Empfänger, z. B. telefonisch.

Weitere Informationen für E-Mail-Administratoren:
Remote-Server hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.

Ursprüngliche Nachrichtenheader:
Received: from FR3P281MB1456.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:6::9)
Subject: {request_subject(p)}
Message-ID: {rid}
"""
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
           "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\"><p style=\"font-size:21px;color:#C00000\">"
           f"<b>Die Nachricht wurde nicht zugestellt.</b></p><p>Ihre Nachricht konnte nicht an <b>{to}</b> übermittelt "
           "werden, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.</p>"
           "<p><b>Lösung:</b> Überprüfen Sie die E-Mail-Adresse des Empfängers auf Tippfehler.</p>"
           "<p style=\"color:#666\">Remote-Server hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found "
           "by SMTP address lookup' zurückgegeben.</p></div></body></html>\n")
    status = ("Reporting-MTA: dns;FR3P281MB1456.DEUP281.PROD.OUTLOOK.COM\n"
              "Received-From-MTA: dns;kestrel-group.example\n"
              "Arrival-Date: Thu, 12 Nov 2026 09:30:11 +0000\n\n"
              f"Final-Recipient: rfc822;{to}\nAction: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    orig = mime.message([
        ("From", who(p["buyer"])), ("To", to), ("Subject", request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 12, 10, 30, 8, "+0100")), ("Message-ID", rid),
    ], mime.text(request_text(p), cte="quoted-printable"))
    rep = mime.multipart("report", "_000_FR3P281MB1456bounce_", [
        mime.multipart("alternative", "_002_FR3P281MB1456bounce_", [
            mime.text(txt, cte="quoted-printable"), mime.text(htm, "html", cte="quoted-printable")]),
        mime.raw_part("Content-Type: message/delivery-status\n", status.encode()),
        mime.rfc822(orig),
    ], params=" report-type=delivery-status;")
    eml = mime.message([
        ("From", mime.addr("Microsoft Outlook",
                           "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-group.example")),
        ("To", who(p["buyer"])),
        ("Subject", mime.hdr("Unzustellbar: " + request_subject(p))),
        ("Date", mime.rfcdate(2026, 11, 12, 9, 30, 14, "+0000")),
        ("Message-ID", "<4b1f0c2d-9e7a-4d31-b8c6-0a5e2f7d1c93@FR3P281MB1456.DEUP281.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", rid),
        ("References", rid),
        ("Content-Language", "de-DE"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Auto-Submitted", "auto-replied"),
    ], rep)
    exp = expected("bounce", "German Exchange Online NDR ('Unzustellbar', 5.1.10 RecipientNotFound) with the "
                   "full original PO request attached as message/rfc822.")
    return dict(slug="023-bounce-exchange-ndr-german", pos=[p], eml=eml, exp=exp,
                hard="German Exchange NDR that embeds our complete PO request (lines, prices, dates) as an "
                     "attached message.")


def c024():
    sup = supplier("LIFFEY", "Liffey Print & Bind Ltd", "production@liffeyprint.example", "en-IE")
    p = po("4500032312", sup, B_TOBIAS, "EUR", D(2026, 11, 11), [
        ln(1, "KG-CAT-2027-EN", "Product catalogue 2027 EN, 96 pp A4, 4/4, PUR bound", 2500, "EA", "3.18", D(2026, 12, 14)),
        ln(2, "KG-CAT-2027-DE", "Product catalogue 2027 DE, 96 pp A4, 4/4, PUR bound", 4000, "EA", "2.96", D(2026, 12, 14)),
        ln(3, "KG-MAN-PX40", "Installation manual PX40, 24 pp A5, saddle stitched", 6000, "EA", "0.41", D(2026, 12, 7)),
    ])
    assert is_wd(D(2026, 12, 14), 0) and is_wd(D(2026, 12, 11), 4)
    reply = """Hi Tobias,

Thanks - all three jobs are booked in.

Catalogues EN and DE: the print runs will be 2,600 and 4,150 copies to allow for make-ready and binding spoilage, but we only invoice the ordered 2,500 and 4,000 copies at the quoted prices. Delivery to Lörrach on Monday 14 December.

PX40 manuals: we're out of the 115gsm silk until the 3rd, so these will follow on Friday 11 December rather than the 7th. Price as quoted.

Proofs for all three will be with you by the 24th.

Cheers,
Siobhán Kelly
Production Controller
Liffey Print & Bind Ltd, Unit 12, Ballymount Industrial Estate, Dublin 12
+353 1 555 4810
"""
    attr = "On 11/11/2026 16:40, Tobias Wendt wrote:"
    plain = attr + "\n" + quote(request_text(p, "Siobhán")) + "\n" + reply
    eml = mime.message([
        ("Message-ID", "<0c7e2d51-4a8f-4b6e-9d21-7f3a5c0e8b42@liffeyprint.example>"),
        ("Date", mime.rfcdate(2026, 11, 13, 12, 5, 33, "+0000")),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", "Re: " + request_subject(p)),
        ("Content-Language", "en-IE"),
        ("To", who(B_TOBIAS)),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("From", mime.addr("Siobhán Kelly", "production@liffeyprint.example")),
    ], mime.text(plain, cte="quoted-printable"))
    exp = expected("confirmation", "Bottom-posted: the quoted PO comes first. Print runs 2,600/4,150 include "
                   "spoilage but only the ordered 2,500/4,000 are invoiced, so the catalogue lines are accepted; "
                   "manuals move to Friday 11 December; 115gsm, 96 pp, 'the 3rd' and 'the 24th' are distractors.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), chg(6000, "0.41", D(2026, 12, 11))])])
    return dict(slug="024-print-runs-overs-bottom-posted", pos=[p], eml=eml, exp=exp,
                hard="Bottom-posted Irish reply where print runs with spoilage differ from the invoiced (ordered) "
                     "quantities, plus day-only dates ('the 3rd', 'the 24th').")


def c025():
    sup = supplier("IMBAJIO", "Insumos Médicos del Bajío S.A. de C.V.", "ventas@imbajio.example", "es-MX")
    p = po("4500032330", sup, B_AISHA, "USD", D(2026, 11, 12), [
        ln(1, "IMB-JER-10ML", "Jeringa 10 ml Luer lock estéril, caja 100", 300, "BX", "9.80", D(2026, 12, 11)),
        ln(2, "IMB-CAT-IV-20G", "Catéter IV 20G x 32 mm, caja 50", 200, "BX", "14.50", D(2026, 12, 11)),
        ln(3, "IMB-GUA-NIT-M", "Guante de nitrilo talla M, caja 100", 500, "BX", "4.10", D(2026, 12, 11)),
    ])
    body = """Buenas tardes, Aisha:

Confirmamos su orden de compra 4500032330 de la siguiente manera:

Partida 1 - Jeringa 10 ml Luer lock: 300 cajas, USD 9.80/caja, entrega 11/12/2026.
   Lote 2610-JL-044, caducidad 10/2031, UDI (01)07501234500183(17)311031(10)2610-JL-044

Partida 2 - Catéter IV 20G x 32 mm: 200 cajas. Por incremento en el costo de la resina, el precio se actualiza a USD 15.20/caja. Entrega 11/12/2026.
   Lote C20-26-118, caducidad 03/2029

Partida 3 - Guante de nitrilo talla M: únicamente contamos con 350 cajas, que se entregan el 11/12/2026 junto con lo demás. El saldo de 150 cajas no lo podremos surtir este año, por lo que le pedimos cancelarlo.

Quedamos atentos a cualquier duda.

Saludos cordiales,
Lic. Fernanda Ruiz Olvera
Ejecutiva de Ventas Internacionales
Insumos Médicos del Bajío S.A. de C.V.
Blvd. Industrial 2250, León, Gto. C.P. 37490
"""
    alt = _outlook("es", body, p, T(2026, 11, 12, 9, 10), "ventas@imbajio.example", "Fernanda",
                   "_000_MW4PR84MB1730E2C1A9B7D5F3C0E6MW4PR84MB1730namp_")
    eml = mime.message([
        ("From", mime.addr("Fernanda Ruiz Olvera", "ventas@imbajio.example")),
        ("To", who(B_AISHA)),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 13, 16, 12, 5, "-0600")),
        ("Message-ID", "<MW4PR84MB1730E2C1A9B7D5F3@MW4PR84MB1730.NAMPRD84.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "es-MX"),
    ], alt)
    exp = expected("confirmation", "Day-first dates 11/12/2026 = 11 December; lot numbers, expiry 10/2031 and 03/2029 "
                   "and the UDI string with (17)311031 are not delivery dates; line 2 new price; line 3 only 350 "
                   "of 500 (balance cancelled).",
                   [conf(p, [acc(p["lines"][0]), chg(200, "15.20", D(2026, 12, 11)), chg(350, "4.10", D(2026, 12, 11))])])
    return dict(slug="025-medical-udi-lots-expiry", pos=[p], eml=eml, exp=exp,
                hard="Mexican reply with UDI strings, lot numbers and expiry dates beside the real delivery dates, "
                     "a price update and a cut quantity.")


def c026():
    sup = supplier("FPNORM", "Flacons & Pots Normandie SAS", "commandes@fpnormandie.example", "fr-FR")
    p = po("4500032347", sup, B_CHLOE, "EUR", D(2026, 11, 12), [
        ln(1, "FPN-POT-50-VER", "Pot verre 50 ml, couvercle alu doré", 20000, "EA", "0.58", D(2027, 1, 15)),
        ln(2, "FPN-POT-15-VER", "Pot verre 15 ml, couvercle alu doré", 10000, "EA", "0.41", D(2027, 1, 15)),
    ])
    body = """Bonjour Madame Martin,

Nous avons bien reçu votre commande 4500032347 et vous en remercions.

Suite à la nouvelle hausse du coût de l'énergie (four verrier), nous sommes contraints d'appliquer une hausse de 6 % sur l'ensemble de nos références à compter du 1er décembre, soit 0,615 € pour le pot 50 ml et 0,435 € pour le pot 15 ml.

Sous réserve de votre accord sur ces nouveaux tarifs, la livraison pourrait intervenir le 15/01/2027 comme souhaité. Merci de nous retourner votre accord écrit ; nous vous adresserons alors notre accusé de réception de commande.

Bien cordialement,
Julien Lemaire
Service Clients
Flacons & Pots Normandie SAS - 76260 Eu
"""
    alt = _outlook("fr", body, p, T(2026, 11, 12, 11, 25), "commandes@fpnormandie.example", "Mr Lemaire",
                   "_000_PR3P192MB0871F4A2C6E0B1D9A3F5PR3P192MB0871EURP_", charset="windows-1252")
    eml = mime.message([
        ("From", mime.addr("Julien Lemaire", "commandes@fpnormandie.example")),
        ("To", mime.addr("Chloé Martin", "chloe.martin@kestrel-group.example", "windows-1252")),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 13, 10, 2, 41, "+0100")),
        ("Message-ID", "<PR3P192MB0871F4A2C6E0B1D9@PR3P192MB0871.EURP192.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "fr-FR"),
    ], alt)
    exp = expected("needs_review", "Conditional: delivery 15/01/2027 and +6 % prices only 'sous réserve de votre "
                   "accord'; the acknowledgment will follow after our written approval.")
    return dict(slug="026-cosmetic-jars-conditional-price", pos=[p], eml=eml, exp=exp,
                hard="French reply that states new prices and a date but only subject to our written approval "
                     "of a 6 % increase.")


def c027():
    sup = supplier("ANPOMPA", "Anadolu Pompa Sanayi A.Ş.", "satis@anadolupompa.example", "tr-TR")
    p = po("4500032362", sup, B_TOBIAS, "EUR", D(2026, 11, 12), [
        ln(1, "AP-SUB4-1.5KW", "Submersible pump 4 inch 1.5 kW 230 V", 30, "EA", "318.00", D(2026, 12, 18)),
        ln(2, "AP-CHK-DN50", "Check valve DN 50 PN 16, brass", 60, "EA", "27.40", D(2026, 12, 18)),
        ln(3, "AP-PS-1-10", "Pressure switch 1-10 bar", 60, "EA", "12.80", D(2026, 12, 18)),
    ])
    body = """Sayın Tobias Bey,

4500032362 numaralı siparişiniz için teşekkür ederiz. Siparişinizi aşağıdaki şekilde onaylıyoruz:

1. kalem - 4" dalgıç pompa 1,5 kW: 30 adet, birim fiyat 318,00 EUR, teslim tarihi 18.12.2026.
2. kalem - DN 50 PN 16 pirinç çek valf: 60 adet, pirinç fiyatlarındaki artış nedeniyle birim fiyat 28,90 EUR, teslim tarihi 18.12.2026.
3. kalem - 1-10 bar basınç şalteri: tedarikçimiz bu ürünün üretimini durdurmuştur, maalesef bu kalemi teslim edemiyoruz.

----------------------------------------

Dear Mr Wendt,

Thank you for your order 4500032362, which we confirm as follows:

Item 1 - 4" submersible pump 1.5 kW: 30 pcs at EUR 318.00, delivery 18 Dec 2026.
Item 2 - DN 50 PN 16 brass check valve: 60 pcs; due to the brass price increase the unit price is EUR 28.90; delivery 18 Dec 2026.
Item 3 - 1-10 bar pressure switch: discontinued by our supplier, unfortunately we cannot deliver this item.

Saygılarımızla / Best regards
Emre Yıldız
İhracat Departmanı / Export Department
Anadolu Pompa Sanayi A.Ş. - Konya OSB 2. Kısım, 42300 Selçuklu/Konya
"""
    sent = T(2026, 11, 12, 14, 0)
    qb = ol_block("en-GB", who(B_TOBIAS), sent, "satis@anadolupompa.example", request_subject(p))
    plain = body + "\n" + qb + "\n" + request_text(p, "Mr Yıldız")
    eml = mime.message([
        ("From", mime.addr("Emre Yıldız", "satis@anadolupompa.example", "iso-8859-9")),
        ("To", who(B_TOBIAS)),
        ("Subject", "YNT: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 16, 9, 12, 30, "+0300")),
        ("Message-ID", "<000001db3e5c$2a7d9f10$7f78dd30$@anadolupompa.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "tr"),
    ], mime.text(plain, charset="iso-8859-9", cte="quoted-printable"))
    exp = expected("confirmation", "Same answer in Turkish and English (must not be double-counted); brass valve "
                   "price change; pressure switch discontinued (rejected); '1-10 bar' and '1,5 kW' are not "
                   "quantities.",
                   [conf(p, [acc(p["lines"][0]), chg(60, "28.90", D(2026, 12, 18)), REJ])])
    return dict(slug="027-pumps-bilingual-turkish-english", pos=[p], eml=eml, exp=exp,
                hard="Turkish and English versions of the same confirmation in one ISO-8859-9 mail, with a price "
                     "change and a discontinued line.")


def c028():
    sup = supplier("NORDLYS", "Nordlys Armaturer A/S", "ordre@nordlys-armaturer.example", "da-DK")
    p = po("4500032378", sup, B_JONAS, "EUR", D(2026, 11, 12), [
        ln(1, "NL-PEND-450-927", "Pendant luminaire dia 450 mm LED 32 W 2700 K CRI>90", 40, "EA", "212.00", D(2026, 12, 22)),
        ln(2, "NL-TRACK-3F-2M", "3-phase track 2 m, white", 60, "EA", "31.50", D(2026, 12, 22)),
    ])
    new = is_wd(D(2027, 1, 8), 4)
    reply = """Hej Jonas

Tak for ordren.

På grund af juleferien (fabrikken holder lukket fra 19. december til og med 3. januar) kan vi desværre ikke nå levering den 22/12. Vi bekræfter i stedet levering fredag den 8. januar 2027 for begge linjer - antal og priser som bestilt.

Beklager ulejligheden, og god jul når den tid kommer!

Venlig hilsen
Mette Sørensen
Ordrekontor
Nordlys Armaturer A/S
Industrivej 9, 8600 Silkeborg
"""
    attr = "Den tors. 12. nov. 2026 kl. 16.05 skrev Jonas Eklund <jonas.eklund@kestrel-group.example>:"
    plain = reply + "\n" + attr + "\n\n" + quote(request_text(p, "Mette"))
    h = gmail_html(simple_html(reply), attr, request_html(p, "Mette"))
    alt = mime.multipart("alternative", "000000000000b71e4f0643f7a2d8", [
        mime.text(plain, charset="iso-8859-1", cte="quoted-printable"),
        mime.text(h, "html", charset="iso-8859-1", cte="quoted-printable")])
    eml = mime.message([
        ("MIME-Version", "1.0"),
        ("Date", mime.rfcdate(2026, 11, 16, 8, 27, 15, "+0100")),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("Message-ID", "<CAH9r4Kd2wQm6Lz1pV8sN3tXe0Bf7yG5uJc=Rq2W@mail.gmail.com>"),
        ("Subject", "Re: " + request_subject(p)),
        ("From", mime.addr("Mette Sørensen", "ordre@nordlys-armaturer.example", "iso-8859-1")),
        ("To", who(B_JONAS)),
    ], alt)
    exp = expected("confirmation", "Later date because of the Christmas holidays: both lines confirmed for Friday "
                   "8 January 2027; closure dates 19 December - 3 January are not delivery dates.",
                   [conf(p, [chg(40, "212.00", new), chg(60, "31.50", new)])])
    return dict(slug="028-led-holiday-later-date", pos=[p], eml=eml, exp=exp,
                hard="Danish reply moving delivery past the Christmas shutdown, with the shutdown dates and the "
                     "missed requested date in the same sentence.")


def c029():
    sup = supplier("PACSEAL", "Pacific Seal Technologies Pte Ltd", "sales@pacificseal-sg.example", "en-SG")
    p = po("4500031988", sup, B_AISHA, "USD", D(2026, 11, 3), [
        ln(1, "PS-OR-50X3-V75", "O-ring 50x3 FKM 75, brown", 2000, "EA", "0.36", D(2026, 12, 4)),
        ln(2, "PS-BS-3/8-BSP", "Bonded seal 3/8 BSP, NBR/steel zinc plated", 5000, "EA", "0.09", D(2026, 12, 4)),
    ])
    rem_id = "<ackrem.4500031988.2@kestrel-group.example>"
    reply = "Confirmed, thanks.\n\nSent from my iPhone\n"
    attr = "On 13 Nov 2026, at 4:02 PM, Aisha Rahman <aisha.rahman@kestrel-group.example> wrote:"
    plain = reply + "\n> " + attr + "\n> \n" + quote(request_text(p, "Mr Tan", reminder=True))
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
         '<div dir="ltr">Confirmed, thanks.</div><div dir="ltr"><br><div>Sent from my iPhone</div><div><br>'
         '<blockquote type="cite">' + html.escape(attr) + '<br><br></blockquote></div><blockquote type="cite">'
         + request_html(p, "Mr Tan", reminder=True) + '</blockquote></div></body></html>\n')
    alt = mime.multipart("alternative", "Apple-Mail-2E9B4C71-0D3F-4A8E-B6C2-5F1A7D9E3B04", [
        mime.text(plain, cte="7bit"), mime.text(h, "html", cte="quoted-printable")])
    eml = mime.message([
        ("From", mime.addr("Daniel Tan", "sales@pacificseal-sg.example")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Re: " + request_subject(p, reminder=True)),
        ("Date", mime.rfcdate(2026, 11, 16, 8, 14, 2, "+0800")),
        ("Message-Id", "<3D7A1F52-8C4E-4B90-9E2D-61F0A5C7B8E3@pacificseal-sg.example>"),
        ("References", p["request_message_id"] + " " + rem_id),
        ("In-Reply-To", rem_id),
        ("To", who(B_AISHA)),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ], alt)
    exp = expected("confirmation", "One-line 'Confirmed, thanks.' from a phone in reply to our reminder (threaded on "
                   "the reminder, References include the original request): all lines as ordered. 50x3 and 3/8 BSP "
                   "are dimensions.",
                   [conf(p, [acc(l) for l in p["lines"]])])
    return dict(slug="029-reminder-one-liner-iphone", pos=[p], eml=eml, exp=exp,
                hard="A bare 'Confirmed, thanks.' from an iPhone answering our reminder, with the whole PO only in "
                     "the quote.")


def c030():
    sup = supplier("VALSESIA", "Raccorderie Valsesia S.p.A.", "amministrazione@raccorderie-valsesia.example", "it-IT")
    p = po("4500032390", sup, B_MARCO, "EUR", D(2026, 11, 13), [
        ln(1, "RV-BV-DN50-PN16", "Valvola a sfera DN 50 PN 16, ottone", 80, "EA", "34.60", D(2026, 12, 18)),
        ln(2, "RV-NIP-2-BSP", "Nipplo 2\" BSP ottone", 200, "EA", "3.15", D(2026, 12, 18)),
    ])
    s = Sheet(size=9)
    s.line("RACCORDERIE VALSESIA S.p.A.", bold=True, size=13)
    s.line("Via Roma 118 - 13019 Varallo (VC) - P.IVA IT01847220025", size=8)
    s.gap()
    s.line("FATTURA N. 2026/1187   del 12/11/2026", bold=True, size=12)
    s.gap()
    s.row([(50, "Cliente:"), (140, "Kestrel Group GmbH, Industriestrasse 14, 79539 Loerrach (DE)")])
    s.row([(50, "Vs. ordine:"), (140, "4500029911 del 01/10/2026")])
    s.row([(50, "DDT:"), (140, "n. 2026/0904 del 30/10/2026")])
    s.gap()
    s.row([(50, "Codice"), (160, "Descrizione"), (340, "Q.ta"), (390, "Prezzo"), (460, "Importo")], bold=True)
    s.rule()
    s.row([(50, "RV-BV-DN40-PN16"), (160, "Valvola a sfera DN 40 PN 16"), (340, "60"), (390, "27,90"), (460, "1.674,00")])
    s.row([(50, "RV-RID-2-11/2"), (160, "Riduzione 2\" x 1 1/2\" ottone"), (340, "150"), (390, "2,45"), (460, "367,50")])
    s.rule()
    s.row([(340, "Imponibile"), (460, "2.041,50")], bold=True)
    s.row([(340, "IVA art. 41 DL 331/93"), (460, "0,00")])
    s.row([(340, "Totale documento EUR"), (460, "2.041,50")], bold=True)
    s.gap()
    s.line("Pagamento: bonifico 60 gg d.f.f.m. - scadenza 31/01/2027")
    s.line("IBAN IT60 X054 2811 1010 0000 0123 456")
    pdf = s.pdf(title="Fattura 2026/1187", producer="TeamSystem Enterprise")
    body = """Gentile Cliente,

in allegato trasmettiamo la fattura n. 2026/1187 del 12/11/2026 relativa al Vs. ordine 4500029911 (DDT n. 2026/0904).

Scadenza pagamento: 31/01/2027.

Cordiali saluti
Ufficio Amministrazione
Raccorderie Valsesia S.p.A.
"""
    mixed = mime.multipart("mixed", "----=_Part_118702_774201.1794490210000", [
        mime.text(body, charset="iso-8859-1", cte="quoted-printable"),
        mime.attachment(pdf, "application/pdf", "FT_2026_1187.pdf")])
    eml = mime.message([
        ("From", mime.addr("Raccorderie Valsesia - Amministrazione", "amministrazione@raccorderie-valsesia.example")),
        ("To", "ap.invoices@kestrel-group.example"),
        ("Cc", who(B_MARCO)),
        ("Subject", "Invio fattura n. 2026/1187 - Vs. ordine 4500029911"),
        ("Date", mime.rfcdate(2026, 11, 13, 17, 30, 10, "+0100")),
        ("Message-ID", "<1794490210000.118702.ft20261187@raccorderie-valsesia.example>"),
    ], mixed)
    exp = expected("unrelated", "Invoice (PDF) for an older, already delivered order 4500029911 that is not among the "
                   "open POs; the open PO 4500032390 is not mentioned.")
    return dict(slug="030-invoice-other-order-pdf", pos=[p], eml=eml, exp=exp,
                hard="Italian invoice from the same valve supplier for a different, older PO, with a PDF full of "
                     "quantities, prices and dates.")


def c031():
    sup = supplier("ELSVIT", "ElektroSvit Trenčín s.r.o.", "objednavky@elektrosvit-tn.example", "sk-SK")
    p = po("4500032401", sup, B_MARCO, "EUR", D(2026, 11, 13), [
        ln(1, "ES-DRV-350-25", "LED driver 25 W 350 mA constant current IP20", 500, "EA", "6.40", D(2026, 12, 11)),
        ln(2, "ES-DRV-700-50D", "LED driver 50 W 700 mA DALI-2", 200, "EA", "19.80", D(2026, 12, 11)),
        ln(3, "ES-MOD-L28-840", "LED module linear 280 mm 4000 K", 1000, "EA", "2.15", D(2026, 12, 11)),
    ])
    body = """Dobrý deň pán Bellini,

ďakujeme za objednávku č. 4500032401. Potvrdzujeme ju nasledovne:

Pol. 1: typ ES-DRV-350-25 sa už nevyrába. Dodáme nástupnícky typ ES-DRV-350-25B (rovnaké parametre 25 W / 350 mA, IP20, rovnaké rozmery), 500 ks za cenu 6,70 EUR/ks, termín dodania 11. 12. 2026.
Pol. 2: 200 ks ES-DRV-700-50D, 19,80 EUR/ks, 11. 12. 2026 - podľa objednávky.
Pol. 3: 1000 ks ES-MOD-L28-840, 2,15 EUR/ks, 11. 12. 2026 - podľa objednávky.

Technický list k typu ES-DRV-350-25B posielam v prílohe.

S pozdravom
Martin Kováč
obchodné oddelenie
ElektroSvit Trenčín s.r.o.
"""
    datasheet = Sheet()
    datasheet.line("ES-DRV-350-25B  LED driver 25 W / 350 mA", bold=True, size=14)
    datasheet.line("Input 220-240 V AC 50/60 Hz, output 36-72 V DC, 350 mA +/- 5 %, IP20, SELV")
    datasheet.line("Dimensions 150 x 41 x 30 mm. Replaces ES-DRV-350-25 (end of life 09/2026).")
    datasheet.line("Warranty 5 years. Lifetime 50 000 h at Tc 75 C.")
    pdf = datasheet.pdf(title="ES-DRV-350-25B datasheet", producer="Microsoft Word")
    alt = _outlook("sk", body, p, T(2026, 11, 13, 8, 45), "objednavky@elektrosvit-tn.example", "Mr Kováč",
                   "_000_AS8PR03MB6924B1D7E3A0C5F2D9E8AS8PR03MB6924eurp_")
    mixed = mime.multipart("mixed", "_004_AS8PR03MB6924B1D7E3A0C5F2D9E8AS8PR03MB6924eurp_",
                           [alt, mime.attachment(pdf, "application/pdf", "ES-DRV-350-25B_datasheet.pdf")])
    eml = mime.message([
        ("From", mime.addr("Martin Kováč", "objednavky@elektrosvit-tn.example")),
        ("To", who(B_MARCO)),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 16, 10, 41, 57, "+0100")),
        ("Message-ID", "<AS8PR03MB6924B1D7E3A0C5F2@AS8PR03MB6924.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "sk-SK"),
    ], mixed)
    exp = expected("confirmation", "Substitute article ES-DRV-350-25B confirmed for line 1 at a new price 6,70; "
                   "lines 2 and 3 as ordered; datasheet attachment with EOL 09/2026 and electrical ratings is "
                   "noise.",
                   [conf(p, [chg(500, "6.70", D(2026, 12, 11)), acc(p["lines"][1]), acc(p["lines"][2])])])
    return dict(slug="031-led-driver-substitute-article", pos=[p], eml=eml, exp=exp,
                hard="Slovak reply confirming a successor article number for a discontinued driver (so not a "
                     "rejection) at a new price, with a datasheet PDF.")


def c032():
    sup = supplier("QLAVE", "Químicos Limpeza do Ave, Lda.", "encomendas@qlave.example", "pt-PT")
    pa = po("4500032415", sup, B_CHLOE, "EUR", D(2026, 11, 13), [
        ln(1, "QLA-DET-10", "Detergente alcalino concentrado, jerricã 10 l", 80, "EA", "12.60", D(2026, 12, 4)),
        ln(2, "QLA-DET-IBC", "Detergente alcalino concentrado, IBC 1000 l", 1, "EA", "980.00", D(2026, 12, 4)),
    ])
    pb = po("4500032419", sup, B_CHLOE, "EUR", D(2026, 11, 13), [
        ln(1, "QLA-DES-5", "Desinfetante clorado, jerricã 5 l", 120, "EA", "6.90", D(2026, 12, 11)),
        ln(2, "QLA-ABR-25", "Abrilhantador máquinas de lavar, bidão 25 kg", 20, "EA", "48.00", D(2026, 12, 11)),
    ])
    body = """Boa tarde Sra. Chloé Martin,

Agradecemos as encomendas 4500032415 e 4500032419, que confirmamos:

Encomenda 4500032415
- Detergente alcalino, jerricã 10 l: 80 un. a 12,60 €
- Detergente alcalino, IBC 1000 l: 1 un. a 980,00 €

Encomenda 4500032419
- Desinfetante clorado, jerricã 5 l: 120 un. a 6,90 €
- Abrilhantador, bidão 25 kg: 20 un. Com a atualização de tabela de 1 de novembro o preço passa a 51,00 €/bidão.

Para otimizar o transporte, as duas encomendas seguem juntas no mesmo camião, com entrega no dia 04/12/2026.

Com os melhores cumprimentos,
Sofia Carvalho
Departamento Comercial
Químicos Limpeza do Ave, Lda. - Zona Industrial de Ronfe, 4805-458 Guimarães
"""
    # reply threads on the first request only; both request blocks are quoted (forwarded together by buyer)
    sent = T(2026, 11, 13, 9, 30)
    qb = ol_block("pt", who(B_CHLOE), sent, "encomendas@qlave.example",
                  "Purchase orders 4500032415 and 4500032419 - request for order acknowledgement")
    quoted = request_text(pa, "Sofia") + "\n" + request_text(pb, "Sofia")
    plain = body + "\n" + qb + "\n" + quoted
    eml = mime.message([
        ("From", mime.addr("Sofia Carvalho", "encomendas@qlave.example")),
        ("To", mime.addr("Chloé Martin", "chloe.martin@kestrel-group.example")),
        ("Subject", "RE: Purchase orders 4500032415 and 4500032419 - request for order acknowledgement"),
        ("Date", mime.rfcdate(2026, 11, 16, 15, 4, 48, "+0000")),
        ("Message-ID", "<DU0PR05MB9221A3C8E1F7B2D4@DU0PR05MB9221.eurprd05.prod.outlook.com>"),
        ("In-Reply-To", pa["request_message_id"]),
        ("References", pa["request_message_id"] + " " + pb["request_message_id"]),
        ("Content-Language", "pt-PT"),
    ], mime.text(plain, charset="iso-8859-15", cte="quoted-printable"))
    d = D(2026, 12, 4)
    exp = expected("confirmation", "Two POs in one mail; the joint truck on 04/12/2026 is earlier than the 11 Dec "
                   "requested for PO 4500032419, so both its lines are changed (and the brightener price too).",
                   [conf(pa, [acc(pa["lines"][0]), acc(pa["lines"][1])]),
                    conf(pb, [chg(120, "6.90", d), chg(20, "51.00", d)])])
    return dict(slug="032-cleaning-two-pos-joint-truck", pos=[pa, pb], eml=eml, exp=exp,
                hard="Portuguese answer to two POs in one mail where a shared delivery date silently pulls the "
                     "second PO forward a week.")


CASES = [c017, c018, c019, c020, c021, c022, c023, c024, c025, c026, c027, c028, c029, c030, c031, c032]
