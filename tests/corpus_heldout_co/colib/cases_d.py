"""Cases, part D: needs_review, auto replies, bounces, unrelated mail."""
import datetime as dt
from html import escape as E

from .mime import (addr, hdr, date_hdr, text_part, html_part, multipart, attachment, message,
                   raw_part, rfc822_part, Part)
from .common import (supplier, ln, po, conf, expected, Case, ACC, REJ, UNC, chg,
                     request_text, request_html, gt, outlook_block, subject, table_text)
from .build import (headers, outlook_after, outlook_reply, gmail_reply, rcv, t2h, html_doc,
                    outlook_divider_html, mid_outlook, mid_gmail, mid_plain, tid)
from .cases_a import our_request_eml
from .pdf import PDF
from .xlsx import make_xlsx, Money

LENA = "Lena Vogt <lena.vogt@brightwater.example>"
DANA = "Dana Ruiz <dana.ruiz@brightwater.example>"
RAHUL = "Rahul Mehta <rahul.mehta@brightwater.example>"
AIKO = "Aiko Bell <aiko.bell@brightwater.example>"
TOMASZ = "Tomasz Wren <tomasz.wren@brightwater.example>"


def ines(cs="utf-8"):
    return addr("Inés Carvalho", "ines.carvalho@brightwater.example", cs)


# ===========================================================================
# needs_review
# ===========================================================================

def body_vs_pdf():
    sup = supplier("TRINITYOPT", "Trinity Optical Engineering Ltd", "sales@trinity-optical.example", "en-GB")
    p = po("4500032528", sup, "rahul", "GBP", "2026-11-27", [
        ln("LHP-CAT-300", "Lighthouse catadioptric prism, 300 mm focal, acrylic", 12, "EA", "640.00", "2027-01-15"),
        ln("LHP-DRM-375", "Lighthouse drum lens segment, 375 mm, glass", 4, "EA", "2950.00", "2027-01-15"),
    ])
    doc = PDF(title="Order Acknowledgement 24117", author="Trinity Optical Engineering", producer="Sage 200")
    pg = doc.page()
    pg.text(50, 800, "Trinity Optical Engineering Ltd", 14, True)
    pg.rows(50, 784, ["Unit 4, Quayside Works, Harwich CO12 3HH", "VAT Reg. GB 402 7731 55"], 8, 10)
    pg.text(380, 800, "ORDER ACKNOWLEDGEMENT", 12, True)
    pg.rows(380, 784, ["Our ref:       24117", "Date:          30/11/2026", "Your order:    4500032528", "Account:       BRI001"], 9, 12)
    cols = [50, 80, 160, 340, 380, 410, 470, 515]
    pg.table(700, cols, [
        ("Ln", "Part", "Description", "Qty", "UoM", "Price", "Net", "Due"),
        ("1", "LHP-CAT-300", "Catadioptric prism 300mm, acrylic", "12", "EA", "640.00", "7,680.00", "15/01/2027"),
        ("2", "LHP-DRM-375", "Drum lens segment 375mm, glass", "4", "EA", "3,180.00", "12,720.00", "26/02/2027"),
    ], size=8)
    pg.hline(50, 550, 655)
    pg.rows(380, 640, ["Goods total    20,400.00", "VAT (0%)            0.00", "Total GBP     20,400.00"], 9, 12)
    pg.rows(50, 600, ["Glass segments are annealed to order; due dates are ex-works.", "E&OE. Subject to our standard terms of sale."], 8, 11)
    pdf = doc.build(compress=True)
    body = ("Dear Rahul,\n\n"
            "Thank you for your order. Please find our acknowledgement attached - all confirmed as ordered.\n\n"
            "Best regards\n\n"
            "Robert Chalmers\n"
            "Sales Manager\n"
            "Trinity Optical Engineering Ltd\n"
            "T: 01255 443 120 | www.trinity-optical.example\n\n"
            "Trinity Optical Engineering Ltd is registered in England and Wales, company no. 03318842.")
    quoted = request_text(p, "Hello")
    alt = outlook_reply(body, "en", RAHUL, "27 November 2026 16:41", "sales@trinity-optical.example",
                        "PO 4500032528 - order acknowledgement request", quoted, "us-ascii", "7bit",
                        "_000_LO4P265MB6713E9E9LO4P265MB6713GBRP_", html_lang="EN-GB")
    mixed = multipart("mixed", [alt, attachment(pdf, "application/pdf", "Acknowledgement 24117.pdf")],
                      "_004_LO4P265MB6713E9E9LO4P265MB6713GBRP_", preamble=False)
    h = headers("Robert Chalmers <r.chalmers@trinity-optical.example>", RAHUL,
                "RE: PO 4500032528 - order acknowledgement request",
                date_hdr(2026, 11, 30, 15, 2, 44, "+0000"), mid_outlook("d1", "gbrprd04"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-lo4gbr01on2061.outbound.protection.outlook.com", "203.0.113.61", "Mon, 30 Nov 2026 15:02:51 +0000", "rahul.mehta@brightwater.example", "d1")],
                after=outlook_after("d1", "PO 4500032528 - order acknowledgement request", "en-GB", attach=True))
    eml = message(h, mixed)
    return Case("body-says-as-ordered-pdf-differs", "needs_review", "en-GB",
                "body 'all confirmed as ordered' but the attached PDF shows a higher price and a February date for line 2",
                [p], eml, expected("needs_review",
                                   "Contradiction: body says as ordered, PDF line 2 says 3,180.00 (PO 2950.00) due 26/02/2027 (PO 15/01/2027). A human must clarify which is binding."))


def ja_later():
    sup = supplier("MINOKAMA", "美濃窯道具株式会社", "eigyo@mino-kamadogu.example", "ja-JP")
    p = po("4500032539", sup, "aiko", "JPY", "2026-11-30", [
        ln("KSH-SIC-JP45", "Kiln shelf, SiC, 450 x 380 x 10 mm", 50, "PCS", "12800", "2027-01-15"),
        ln("KPR-SIC-JP100", "Kiln post, SiC, 100 mm", 200, "PCS", "680", "2027-01-15"),
    ])
    body = ("Brightwater Industrial Supply Ltd\n"
            "Aiko Bell様\n\n"
            "お世話になっております。美濃窯道具の加藤でございます。\n\n"
            "ご注文（4500032539）確かに承りました。誠にありがとうございます。\n"
            "現在、炭化珪素原料の入荷待ちとなっており、納期につきましては原料入荷後（12月中旬予定）に"
            "改めてご回答させていただきます。\n"
            "単価につきましてもご注文書の通りで進めさせていただく予定ですが、原料価格次第では"
            "変更となる可能性がございます。\n\n"
            "ご迷惑をおかけし申し訳ございませんが、何卒よろしくお願いいたします。\n\n"
            "--------------------------------------------\n"
            "美濃窯道具株式会社　営業課\n"
            "加藤　健太（Kenta Kato）\n"
            "〒507-0071　岐阜県多治見市旭ヶ丘10-6\n"
            "TEL：0572-27-8410　FAX：0572-27-8411\n"
            "--------------------------------------------\n")
    quoted = ("差出人: Aiko Bell <aiko.bell@brightwater.example>\n"
              "送信日時: 2026年11月30日 21:08\n"
              "宛先: eigyo@mino-kamadogu.example\n"
              "件名: PO 4500032539 - order acknowledgement request\n\n" + request_text(p, "Dear Sir or Madam"))
    text = body + "\n" + quoted
    part = multipart("alternative", [text_part(text, "Shift_JIS", "base64"),
                                     html_part(html_doc(t2h(body) + "<hr>" + t2h(quoted), "Shift_JIS", "JA"), "Shift_JIS", "base64")],
                     "_000_OS3P286MB2194F0F0OS3P286MB2194JPNP_", preamble=False)
    h = headers(addr("加藤 健太", "k.kato@mino-kamadogu.example", "Shift_JIS", "B"), AIKO,
                "RE: PO 4500032539 - order acknowledgement request",
                date_hdr(2026, 12, 1, 11, 20, 37, "+0900"), mid_outlook("d2", "jpnprd01"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-os3jpn01on2115.outbound.protection.outlook.com", "203.0.113.115", "Tue, 01 Dec 2026 02:20:44 +0000", "aiko.bell@brightwater.example", "d2")],
                after=outlook_after("d2", "PO 4500032539 - order acknowledgement request", "ja-JP"))
    eml = message(h, part)
    return Case("japanese-date-after-material", "needs_review", "ja-JP",
                "Shift_JIS 'order received, delivery date will follow after raw material arrives (mid-Dec)'",
                [p], eml, expected("needs_review",
                                   "Order acknowledged as received, but delivery date only 'after material arrives' and price possibly subject to change: no commitment yet."))


def co_conditional():
    sup = supplier("HIDROANDINOS", "Hidromasajes Andinos S.A.S.", "comercial@hidroandinos.example", "es-CO")
    p = po("4500032541", sup, "ines", "COP", "2026-11-27", [
        ln("HTJ-LED-3", "Hot tub jet, 3 in, with LED ring", 100, "EA", "98000", "2026-12-18"),
        ln("HTJ-PMP-CPL", "Jet pump union coupling, 1.5 in", 100, "EA", "21500", "2026-12-18"),
    ])
    body = ("Buenos días, señora Carvalho:\n\n"
            "Recibimos la orden de compra 4500032541. Podemos despachar las 100 boquillas con LED y los 100 acoples "
            "el 18 de diciembre a los precios indicados, siempre y cuando nos confirmen un anticipo del 50 % "
            "($ 5.975.000) antes del 4 de diciembre, ya que su cuenta todavía no tiene cupo de crédito aprobado. "
            "De lo contrario, el despacho se correría para finales de enero.\n\n"
            "Quedamos atentos a su confirmación.\n\n"
            "Cordialmente,\n\n"
            "Camilo Restrepo\n"
            "Ejecutivo Comercial\n"
            "Hidromasajes Andinos S.A.S. | NIT 901.244.318-7\n"
            "Cra. 48 # 10-45, Medellín | PBX (604) 444 2810")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "es", "Inés Carvalho <ines.carvalho@brightwater.example>", "viernes, 27 de noviembre de 2026 10:55",
                         "comercial@hidroandinos.example", "PO 4500032541 - order acknowledgement request", quoted,
                         "utf-8", "quoted-printable", "_000_SJ0PR13MB5755D4D4SJ0PR13MB5755namp_", html_lang="ES-CO")
    h = headers(addr("Camilo Restrepo", "crestrepo@hidroandinos.example"), ines(),
                "RE: PO 4500032541 - order acknowledgement request",
                date_hdr(2026, 11, 30, 9, 15, 28, "-0500"), mid_outlook("d3", "namprd13"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-sj0nam02on2117.outbound.protection.outlook.com", "203.0.113.117", "Mon, 30 Nov 2026 14:15:35 +0000", "ines.carvalho@brightwater.example", "d3")],
                after=outlook_after("d3", "PO 4500032541 - order acknowledgement request", "es-CO"))
    eml = message(h, part)
    return Case("conditional-on-prepayment", "needs_review", "es-CO",
                "date and prices confirmed only 'siempre y cuando' we pay 50 % in advance; otherwise end of January",
                [p], eml, expected("needs_review",
                                   "Conditional offer: 18 Dec at PO prices only if a 50 % prepayment ($ 5.975.000) arrives by 4 Dec, else late January. Needs a human decision."))


def in_revert():
    sup = supplier("SGROPES", "Shree Ganesh Ropes & Cords Pvt. Ltd.", "export@sgropes.example", "en-IN")
    p = po("4500032556", sup, "rahul", "INR", "2026-11-30", [
        ln("PCD-550-CY", "Parachute cord 550, coyote brown", 10000, "M", "11.50", "2026-12-21"),
        ln("PCD-425-OD", "Parachute cord 425, olive drab", 6000, "M", "8.75", "2026-12-21"),
    ])
    body = ("Dear Sir,\n\n"
            "Good day! We acknowledge receipt of your PO No. 4500032556 dated 30.11.2026.\n\n"
            "Our production team is checking the yarn availability for the coyote shade; we will revert with "
            "the confirmed delivery schedule latest by Friday, 04.12.2026.\n\n"
            "Meanwhile, kindly share the packing instructions (hanks of 30 mtr or spools of 300 mtr) for the same.\n\n"
            "Thanks & Regards,\n"
            "Harsh Patel\n"
            "Export Executive\n"
            "Shree Ganesh Ropes & Cords Pvt. Ltd.\n"
            "Plot 112, GIDC Naroda, Ahmedabad - 382330, Gujarat\n"
            "M: +91 98250 61473")
    quoted = request_text(p, "Hello")
    attrib = "On Mon, 30 Nov 2026 at 8:42 PM Rahul Mehta <rahul.mehta@brightwater.example> wrote:"
    part = gmail_reply(body, attrib, quoted, boundary="000000000000e6f7a80630b7c2d3")
    h = headers("Export SGRC <export@sgropes.example>", RAHUL,
                "Re: PO 4500032556 - order acknowledgement request",
                date_hdr(2026, 12, 1, 11, 48, 19, "+0530"), mid_gmail("d4"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-sor-f51.google.com", "209.85.220.51", "Tue, 01 Dec 2026 06:18:25 +0000", "rahul.mehta@brightwater.example", "d4")])
    eml = message(h, part)
    return Case("will-revert-by-friday", "needs_review", "en-IN",
                "'we will revert ... latest by Friday, 04.12.2026' plus a packing question; the only date is a reply deadline",
                [p], eml, expected("needs_review",
                                   "Receipt acknowledged, schedule promised for later ('revert by 04.12.2026'), and a question about packing: nothing committed."))


def tr_contradiction():
    sup = supplier("BURSADOKUMA", "Bursa Dokuma Aksesuarları San. ve Tic. Ltd. Şti.", "satis@bursadokuma.example", "tr-TR")
    p = po("4500032547", sup, "lena", "TRY", "2026-11-26", [
        ln("LSH-PRJ-380", "Loom shuttle, projectile loom, 380 mm", 40, "PCS", "2450.00", "2026-12-17"),
        ln("LSH-BOB-PL", "Shuttle bobbin, plastic", 600, "PCS", "38.50", "2026-12-17"),
    ])
    body = ("Sayın Vogt,\n\n"
            "4500032547 numaralı siparişiniz için teşekkür ederiz.\n\n"
            "1. kalem: 40 adet mekik, birim fiyat 2.450,00 TL, teslim 17.12.2026 - onaylıyoruz.\n"
            "2. kalem: 600 adet masura, birim fiyat 38,50 TL - onaylıyoruz.\n\n"
            "Not: Tüm kalemler tek sevkiyat halinde 29.12.2026 tarihinde yüklenecektir.\n\n"
            "Saygılarımızla,\n"
            "Mehmet Yılmaz\n"
            "Satış Müdürü\n"
            "Bursa Dokuma Aksesuarları San. ve Tic. Ltd. Şti.\n"
            "Demirtaş OSB, Mustafa Karaer Cd. No:14, 16245 Osmangazi/Bursa\n"
            "Tel: +90 224 261 48 30")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "tr", LENA, "26 Kasım 2026 Perşembe 17:20", "satis@bursadokuma.example",
                         "PO 4500032547 - order acknowledgement request", quoted, "iso-8859-9", "quoted-printable",
                         "----=_NextPart_000_0036_01DB63F5.7E1D2B40", html_lang="TR")
    h = headers(addr("Mehmet Yılmaz", "mehmet.yilmaz@bursadokuma.example", "iso-8859-9"), LENA,
                "YNT: PO 4500032547 - order acknowledgement request",
                date_hdr(2026, 12, 1, 15, 30, 8, "+0300"), "<003601db63f5$7e1d2b40$7a578300$@bursadokuma.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.bursadokuma.example", "192.0.2.224", "Tue, 01 Dec 2026 12:30:15 +0000", "lena.vogt@brightwater.example", "d5")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("d5")), ("Content-Language", "tr")])
    eml = message(h, part)
    return Case("turkish-date-contradiction", "needs_review", "tr-TR",
                "line 1 'teslim 17.12.2026 onaylıyoruz' but a note says everything is loaded together on 29.12.2026",
                [p], eml, expected("needs_review",
                                   "Self-contradictory: delivery 17.12.2026 confirmed for line 1, yet all items ship in one lot loaded on 29.12.2026; line 2 has no date. A human must ask."))


def de_vague():
    sup = supplier("ORGELWKH", "Orgelbaubedarf Weikersheim GmbH", "vertrieb@orgelbedarf-wkh.example", "de-DE")
    p = po("4500032558", sup, "lena", "EUR", "2026-11-27", [
        ln("OPS-CAP-30", "Organ pipe stopper cap, 30 mm, felt lined", 250, "PCS", "5.90", "2026-12-18"),
        ln("OPS-STP-45", "Organ pipe stopper, 45 mm, beech, leathered", 120, "PCS", "12.40", "2026-12-18"),
    ])
    body = ("Guten Morgen Frau Vogt,\n\n"
            "danke für die Bestellung. Die Stopfen fertigen wir auftragsbezogen; nach aktueller Auslastung "
            "rechnen wir mit ca. 6-8 Wochen Lieferzeit, also voraussichtlich irgendwann im Februar. "
            "Einen verbindlichen Termin kann ich Ihnen erst nennen, wenn das Leder vom Gerber da ist.\n\n"
            "Viele Grüße aus Weikersheim\n"
            "Stefan Roth\n\n"
            "--\n"
            "Orgelbaubedarf Weikersheim GmbH\n"
            "Max-Eyth-Straße 6, 97990 Weikersheim\n"
            "Tel. 07934 99 18-0 | HRB 590713 Amtsgericht Ulm")
    quoted = request_text(p, "Hello")
    attrib = "Am 27.11.2026 um 14:33 schrieb Lena Vogt:"
    text = body + "\n\n" + attrib + "\n" + gt(quoted) + "\n"
    part = text_part(text, "UTF-8", "quoted-printable", flowed=True, quoted=False)
    h = headers("Stefan Roth <roth@orgelbedarf-wkh.example>", LENA,
                "Re: PO 4500032558 - order acknowledgement request",
                date_hdr(2026, 12, 2, 8, 20, 40, "+0100"), "<8d41f0b2-3c9e-4a17-b5d6-0e2f7a9c1b34@orgelbedarf-wkh.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.orgelbedarf-wkh.example", "198.51.100.58", "Wed, 02 Dec 2026 07:20:47 +0000", "lena.vogt@brightwater.example", "d6")],
                after=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")])
    eml = message(h, part)
    return Case("vague-six-to-eight-weeks", "needs_review", "de-DE",
                "'ca. 6-8 Wochen ... voraussichtlich irgendwann im Februar', firm date only later",
                [p], eml, expected("needs_review",
                                   "Vague estimate (6-8 weeks, 'sometime in February') and explicitly no binding date until leather arrives."))


def be_question():
    sup = supplier("OMLLIEGE", "Optiques Maritimes Liégeoises SA", "commandes@oml-liege.example", "fr-BE")
    p = po("4500032566", sup, "ines", "EUR", "2026-11-30", [
        ln("LHP-DIO-250", "Lighthouse dioptric prism, 250 mm, acrylic, clear", 20, "EA", "215.00", "2027-01-15"),
        ln("LHP-DIO-250R", "Lighthouse dioptric prism, 250 mm, acrylic, red sector", 8, "EA", "238.00", "2027-01-15"),
    ])
    body = ("Bonjour Madame Carvalho,\n\n"
            "Avant de pouvoir confirmer votre commande 4500032566, pourriez-vous nous préciser si les prismes doivent être "
            "en PMMA standard ou en PMMA stabilisé UV (recommandation IALA) ? Le prix unitaire n'est pas le même "
            "(215,00 € contre 248,00 € pour le clair) et le délai non plus (mi-janvier ou début février).\n\n"
            "Dans l'attente de votre retour,\n\n"
            "Bien cordialement,\n"
            "Luc Dubois\n"
            "Optiques Maritimes Liégeoises SA\n"
            "Quai de Rome 52, 4000 Liège | +32 4 252 18 70 | TVA BE 0421.558.907")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "fr", "Inés Carvalho <ines.carvalho@brightwater.example>", "lundi 30 novembre 2026 11:20",
                         "commandes@oml-liege.example", "PO 4500032566 - order acknowledgement request", quoted,
                         "iso-8859-15", "quoted-printable", "----=_NextPart_000_0052_01DB64C9.1A2B3C40", html_lang="FR-BE")
    h = headers(addr("Luc Dubois", "l.dubois@oml-liege.example"), ines("iso-8859-15"),
                "RE: PO 4500032566 - order acknowledgement request",
                date_hdr(2026, 12, 2, 16, 5, 31, "+0100"), "<005201db64c9$1a2b3c40$4e81b4c0$@oml-liege.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("smtp.oml-liege.example", "192.0.2.66", "Wed, 02 Dec 2026 15:05:38 +0000", "ines.carvalho@brightwater.example", "d7")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("d7")), ("Content-Language", "fr-be")])
    eml = message(h, part)
    return Case("question-before-confirming", "needs_review", "fr-BE",
                "technical question (standard vs UV PMMA) with two prices and two lead times quoted, nothing chosen",
                [p], eml, expected("needs_review",
                                   "Supplier asks which material before confirming; 215,00 vs 248,00 € and mid-January vs early February are alternatives, not commitments."))


def ua_surcharge():
    sup = supplier("PODILLIA", "ТОВ \"Дротовий завод Поділля\"", "sales@podillia-wire.example", "uk-UA")
    p = po("4500032571", sup, "tomasz", "EUR", "2026-11-30", [
        ln("VTW-GAL-30", "Vineyard trellis wire, heavy galvanised, 3.0 mm", 3000, "KG", "1.38", "2027-01-11"),
        ln("VTW-GAL-22", "Vineyard trellis wire, heavy galvanised, 2.2 mm", 2000, "KG", "1.52", "2027-01-11"),
    ])
    body = ("Добрий день, пане Томаше!\n\n"
            "Дякуємо за замовлення № 4500032571. Кількості та дату відвантаження 11.01.2027 можемо підтвердити.\n\n"
            "Ціни, вказані у замовленні, є базовими: до них додається цинкова надбавка, яка розраховується "
            "за котируванням LME на дату відвантаження. Орієнтовно це +0,06–0,09 EUR/кг, точну суму "
            "повідомимо в рахунку.\n\n"
            "Чи погоджуєтесь Ви з такими умовами?\n\n"
            "З повагою,\n"
            "Олена Коваленко\n"
            "менеджер з експорту\n"
            "ТОВ «Дротовий завод Поділля», м. Вінниця\n"
            "тел. +380 432 55 17 40")
    quoted = request_text(p, "Hello")
    text = body + "\n\n" + outlook_block("en", TOMASZ, "Monday, November 30, 2026 4:32 PM", "sales@podillia-wire.example",
                                         "PO 4500032571 - order acknowledgement request", line="-----Original Message-----") + "\n\n" + quoted
    part = text_part(text, "windows-1251", "base64")
    h = headers(addr("Олена Коваленко", "o.kovalenko@podillia-wire.example", "windows-1251", "B"), TOMASZ,
                "RE: PO 4500032571 - order acknowledgement request",
                date_hdr(2026, 12, 3, 10, 40, 13, "+0200"), "<000801db6577$0c2d5e10$24880a30$@podillia-wire.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.podillia-wire.example", "198.51.100.190", "Thu, 03 Dec 2026 08:40:20 +0000", "tomasz.wren@brightwater.example", "d8")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "uk")])
    eml = message(h, part)
    return Case("zinc-surcharge-open-question", "needs_review", "uk-UA",
                "windows-1251 Ukrainian; quantities and date confirmed but price 'base + LME zinc surcharge at shipment' and a question back",
                [p], eml, expected("needs_review",
                                   "Quantity and 11.01.2027 would be fine, but the price is left open (zinc surcharge +0,06-0,09 EUR/kg fixed only at shipment) and they ask whether we accept: needs a human."))


# ===========================================================================
# auto replies
# ===========================================================================

def ooo_fr():
    sup = supplier("OPTMAR", "Optique Maritime de Bretagne SAS", "commercial@optmar-bretagne.example", "fr-FR")
    p = po("4500031960", sup, "ines", "EUR", "2026-11-27", [
        ln("LHP-FR4-P", "Lighthouse Fresnel prism segment, 4th order, borosilicate", 6, "EA", "1840.00", "2027-01-15"),
        ln("LHP-GSK-4", "Prism mounting gasket set, 4th order", 6, "SET", "96.50", "2027-01-15"),
    ])
    text = ("Bonjour,\n\n"
            "Je suis absente du lundi 30 novembre au vendredi 11 décembre 2026 inclus, sans accès à ma messagerie.\n\n"
            "Pour toute demande concernant une commande en cours, merci de contacter Yann Kervella "
            "(yann.kervella@optmar-bretagne.example, +33 2 98 44 17 60) ou le service ADV à l'adresse "
            "adv@optmar-bretagne.example.\n\n"
            "Je traiterai votre message à mon retour, le lundi 14 décembre.\n\n"
            "Cordialement,\n"
            "Claire Le Goff\n"
            "Optique Maritime de Bretagne SAS\n")
    html = html_doc(t2h(text), "iso-8859-15", "FR")
    part = multipart("alternative", [text_part(text, "iso-8859-15"), html_part(html, "iso-8859-15")],
                     "_000_PR1P264MB1823B8B8PR1P264MB1823FRAP_", preamble=False)
    h = headers(addr("Claire Le Goff", "c.legoff@optmar-bretagne.example"), ines("iso-8859-15"),
                hdr("Réponse automatique : PO 4500031960 - order acknowledgement request", "iso-8859-15"),
                date_hdr(2026, 11, 30, 8, 1, 12, "+0100"), mid_outlook("d9", "fraprd01"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-pr1fra01on2052.outbound.protection.outlook.com", "203.0.113.52", "Mon, 30 Nov 2026 07:01:18 +0000", "ines.carvalho@brightwater.example", "d9")],
                after=[("Thread-Topic", "PO 4500031960 - order acknowledgement request"), ("Thread-Index", tid("d9")),
                       ("Content-Language", "fr-FR"), ("Auto-Submitted", "auto-generated"),
                       ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "c.legoff@optmar-bretagne.example")])
    eml = message(h, part)
    return Case("ooo-french-with-deputy", "auto_reply", "fr-FR",
                "French out-of-office with absence dates, a deputy's phone number and a return date",
                [p], eml, expected("auto_reply", "Outlook out-of-office (Réponse automatique, Auto-Submitted); the December dates are the absence, not a delivery."))


def ooo_de_betriebsferien():
    sup = supplier("UHRSCHWENN", "Uhrenteile Schwenninger GmbH", "info@uhrenteile-schwenninger.example", "de-DE")
    p = po("4500032583", sup, "lena", "EUR", "2026-12-01", [
        ln("CCP-LEAF-120", "Cuckoo clock pendulum, leaf, 120 mm", 500, "PCS", "4.10", "2027-01-15"),
        ln("CCP-WT-PINE", "Cuckoo clock weights, pine cone, cast iron, pair", 200, "PR", "8.60", "2027-01-15"),
    ])
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 11.12.2026, nicht im Büro. "
            "Ihre E-Mail wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Brigitte Haas, "
            "Tel. +49 7720 83 56-14, b.haas@uhrenteile-schwenninger.example.\n\n"
            "Bitte beachten Sie auch unsere Betriebsferien vom 23.12.2026 bis 06.01.2027. "
            "Bestellungen, die bis zum 16.12.2026 eingehen, werden noch vor den Feiertagen ausgeliefert.\n\n"
            "Mit freundlichen Grüßen\n"
            "Jürgen Weißer\n"
            "Uhrenteile Schwenninger GmbH\n")
    part = text_part(text, "iso-8859-1", "quoted-printable")
    h = headers(addr("Jürgen Weißer", "j.weisser@uhrenteile-schwenninger.example", "iso-8859-1"), LENA,
                hdr("Automatische Antwort: PO 4500032583 - order acknowledgement request", "iso-8859-1"),
                date_hdr(2026, 12, 1, 16, 44, 3, "+0100"), "<auto.20261201164403.jw@uhrenteile-schwenninger.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.uhrenteile-schwenninger.example", "192.0.2.35", "Tue, 01 Dec 2026 15:44:09 +0000", "lena.vogt@brightwater.example", "d10")],
                after=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("X-Mailer", "Microsoft Exchange Server 2019")])
    eml = message(h, part)
    return Case("ooo-german-holiday-dates", "auto_reply", "de-DE",
                "German Abwesenheitsnotiz with return date, holiday closure dates and an order cut-off 16.12.2026",
                [p], eml, expected("auto_reply", "Out-of-office reply; 11.12., 23.12.-06.01. and the 16.12. order cut-off are general notices, not commitments for this PO."))


def ooo_id():
    sup = supplier("BALAITENUN", "PT Balai Tenun Nusantara", "sales.balaitenun@gmail.example", "id-ID")
    p = po("4500032590", sup, "aiko", "IDR", "2026-11-30", [
        ln("LSH-HND-280", "Loom shuttle, handloom, teak, 280 mm", 150, "PCS", "185000", "2027-01-08"),
        ln("LSH-BOB-BMB", "Shuttle bobbin, bamboo", 1000, "PCS", "6500", "2027-01-08"),
    ])
    text = ("Terima kasih atas email Anda.\n\n"
            "Saya sedang cuti sampai dengan tanggal 7 Desember 2026 dan akses email terbatas. "
            "Untuk keperluan mendesak silakan hubungi Ibu Rina di +62 274 512 884.\n\n"
            "Thank you for your email. I am on leave until 7 December 2026 with limited access to email. "
            "For urgent matters please contact Mrs Rina at +62 274 512 884.\n\n"
            "Salam,\n"
            "Dewi Lestari\n"
            "PT Balai Tenun Nusantara, Yogyakarta\n")
    html = '<div dir="ltr">' + "".join("<div>%s</div>" % (E(l) if l else "<br>") for l in text.split("\n")) + "</div>\n"
    part = multipart("alternative", [text_part(text, "UTF-8", "quoted-printable"), html_part(html, "UTF-8", "quoted-printable")],
                     "000000000000a9b8c70630b3e4f5", preamble=False)
    h = headers("Dewi Lestari <sales.balaitenun@gmail.example>", AIKO,
                "Cuti / Out of Office: Re: PO 4500032590 - order acknowledgement request",
                date_hdr(2026, 11, 30, 17, 2, 45, "+0700"), mid_gmail("d11"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-sor-f41.google.com", "209.85.220.41", "Mon, 30 Nov 2026 10:02:51 +0000", "aiko.bell@brightwater.example", "d11")],
                after=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")])
    eml = message(h, part)
    return Case("ooo-indonesian-gmail-vacation", "auto_reply", "id-ID",
                "Gmail vacation responder in Indonesian and English, subject prefix chosen by the user",
                [p], eml, expected("auto_reply", "Vacation auto-reply (Auto-Submitted: auto-replied); '7 Desember 2026' is the return date."))


def not_monitored():
    sup = supplier("DSSPA", "Desert Springs Spa Supply Inc.", "purchasing@dsspa-supply.example", "en-US")
    p = po("4500032597", sup, "dana", "USD", "2026-11-30", [
        ln("HTJ-PWR-5", "Hot tub power jet, 5 in, adjustable", 80, "EA", "27.90", "2026-12-21"),
        ln("HTJ-GSK-5", "Jet body gasket, 5 in", 160, "EA", "1.20", "2026-12-21"),
    ])
    text = ("This mailbox is no longer monitored.\n\n"
            "Effective November 1, 2026, all purchase orders, order changes and expedite requests must be sent to "
            "orders@dsspa-supply.example. Messages sent to this address are not forwarded - please resend your "
            "document to the new address.\n\n"
            "For order status, call Customer Service at (602) 555-0117, Monday-Friday, 7:00 AM - 4:00 PM MST.\n\n"
            "Desert Springs Spa Supply Inc.\n"
            "4410 W. Buckeye Rd, Phoenix, AZ 85043\n")
    part = text_part(text, "us-ascii", "7bit")
    h = headers("Desert Springs Spa Supply <purchasing@dsspa-supply.example>", DANA,
                "Automatic reply: PO 4500032597 - order acknowledgement request",
                date_hdr(2026, 11, 30, 9, 31, 6, "-0700"), mid_outlook("d12", "namprd03"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-bn8nam12on2090.outbound.protection.outlook.com", "203.0.113.190", "Mon, 30 Nov 2026 16:31:12 +0000", "dana.ruiz@brightwater.example", "d12")],
                after=[("Thread-Topic", "PO 4500032597 - order acknowledgement request"), ("Content-Language", "en-US"),
                       ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "purchasing@dsspa-supply.example")])
    eml = message(h, part)
    return Case("mailbox-no-longer-monitored", "auto_reply", "en-US",
                "'mailbox no longer monitored, resend to orders@' auto-reply: actionable but still automatic",
                [p], eml, expected("auto_reply", "Automatic 'no longer monitored' reply asking to resend to another address; no answer about the PO."))


# ===========================================================================
# bounces
# ===========================================================================

def gmail_bounce():
    sup = supplier("TIANGJALAN", "Tiang Jalan Industri Sdn. Bhd.", "sales@tiangjalan.example", "ms-MY")
    p = po("4500032604", sup, "rahul", "MYR", "2026-12-02", [
        ln("BLS-101-ORG", "Bollard sleeve, 101 mm, orange, HDPE", 300, "EA", "18.50", "2027-01-11"),
        ln("BLS-CAP-101", "Bollard cap, 101 mm", 300, "EA", "3.20", "2027-01-11"),
    ])
    orig = our_request_eml(p, "Wed, 2 Dec 2026 10:14:52 +0000", "sales@tiangjalan.example",
                           extra=[("X-Google-Smtp-Source", "AGHT+IFx7q2K0b9c4d1e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0")])
    text = ("\n** Address not found **\n\n"
            "Your message wasn't delivered to sales@tiangjalan.example because the domain tiangjalan.example "
            "couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
            "Learn more here: https://support.google.com/mail/?p=BadRecipientDomain\n\n"
            "The response was:\n\n"
            "DNS Error: DNS type 'mx' lookup of tiangjalan.example responded with code NXDOMAIN Domain name not found: "
            "tiangjalan.example Learn more here: https://support.google.com/mail/?p=BadRecipientDomain\n")
    html = ('<html><head></head><body><div style="padding:24px;font-family:Google Sans,Roboto,Arial,sans-serif">'
            '<h2 style="font-size:24px;color:#202124">Address not found</h2>'
            '<p>Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none"><b>sales@tiangjalan.example</b></a> '
            'because the domain tiangjalan.example couldn\'t be found. Check for typos or unnecessary spaces and try again.</p>'
            '<p><a href="https://support.google.com/mail/?p=BadRecipientDomain">LEARN MORE</a></p>'
            '<p style="font-size:14px;color:#202124">The response was:</p>'
            '<p style="font-family:monospace">DNS Error: DNS type \'mx\' lookup of tiangjalan.example responded with code NXDOMAIN '
            'Domain name not found: tiangjalan.example</p></div></body></html>\n')
    ds = ("Reporting-MTA: dns; googlemail.com\n"
          "Received-From-MTA: dns; rahul.mehta@brightwater.example\n"
          "Arrival-Date: Wed, 02 Dec 2026 02:14:52 -0800 (PST)\n"
          "X-Original-Message-ID: %s\n\n"
          "Final-Recipient: rfc822; sales@tiangjalan.example\n"
          "Action: failed\n"
          "Status: 5.1.2\n"
          "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of tiangjalan.example responded with code NXDOMAIN\n"
          " Domain name not found: tiangjalan.example\n"
          "Last-Attempt-Date: Wed, 02 Dec 2026 02:14:53 -0800 (PST)\n" % p["request_message_id"])
    rep = multipart("report", [
        multipart("related", [multipart("alternative", [text_part(text, "UTF-8", "quoted-printable"),
                                                        html_part(html, "UTF-8", "quoted-printable")],
                                        "000000000000a2b3c40630b4d5e7", preamble=False)],
                  "000000000000a2b3c40630b4d5e6", preamble=False),
        raw_part("message/delivery-status", ds, None),
        rfc822_part(orig),
    ], "000000000000a2b3c40630b4d5e5", params=" report-type=delivery-status;", preamble=False)
    h = [("Received", "by 2002:a05:6a10:8c4b:b0:5f2:1d3e:4a5b with SMTP id q11csp4418123pxb;\r\n\tWed, 2 Dec 2026 02:14:53 -0800 (PST)"),
         ("Return-Path", "<>"),
         ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
         ("To", "rahul.mehta@brightwater.example"),
         ("Auto-Submitted", "auto-replied"),
         ("Subject", "Delivery Status Notification (Failure)"),
         ("References", p["request_message_id"]),
         ("In-Reply-To", p["request_message_id"]),
         ("X-Failed-Recipients", "sales@tiangjalan.example"),
         ("Message-ID", "<6756a1e1.050a0220.3b2f9c.7e41.GMR@mx.google.com>"),
         ("Date", "Wed, 02 Dec 2026 02:14:53 -0800 (PST)")]
    eml = message(h, rep)
    return Case("bounce-gmail-domain-not-found", "bounce", "ms-MY",
                "Gmail 'Address not found' DSN (NXDOMAIN) with HTML notice, threaded to our request",
                [p], eml, expected("bounce", "Gmail DSN: recipient domain does not exist (5.1.2); the returned request carries the PO table."))


def qmail_bounce():
    sup = supplier("COMPOSTSUL", "Compostagem Sul Equipamentos Ltda.", "compras@compostagem-sul.example", "pt-BR")
    p = po("4500032612", sup, "dana", "BRL", "2026-12-01", [
        ln("CDR-ROT-250", "Compost drum, rotating, 250 L", 60, "EA", "389.00", "2027-01-15"),
        ln("CDR-HND-KIT", "Compost drum handle kit", 60, "SET", "24.90", "2027-01-15"),
    ])
    orig_hdrs = ("Return-Path: <dana.ruiz@brightwater.example>\n"
                 "Received: (qmail 28117 invoked from network); 1 Dec 2026 14:03:22 -0000\n"
                 "Received: from mx1.brightwater.example (192.0.2.10)\n"
                 "  by hm1471.locaweb.example with ESMTPS; 1 Dec 2026 14:03:22 -0000\n"
                 "From: Dana Ruiz <dana.ruiz@brightwater.example>\n"
                 "To: compras@compostagem-sul.example\n"
                 "Subject: PO 4500032612 - order acknowledgement request\n"
                 "Date: Tue, 01 Dec 2026 14:03:19 +0000\n"
                 "Message-ID: <po-4500032612.1@brightwater.example>\n"
                 "MIME-Version: 1.0\n"
                 "Content-Type: text/plain; charset=\"us-ascii\"\n"
                 "Content-Transfer-Encoding: 7bit\n\n")
    body = ("Hi. This is the qmail-send program at hm1471.locaweb.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<compras@compostagem-sul.example>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n" + orig_hdrs + request_text(p, "Hello"))
    part = Part([], body)
    h = [("Return-Path", "<>"),
         ("Received", "from hm1471.locaweb.example (hm1471.locaweb.example [203.0.113.147])\r\n\tby mx1.brightwater.example (Postfix) with ESMTP id 4FhB21Qx0Lz7q\r\n\tfor <dana.ruiz@brightwater.example>; Tue,  1 Dec 2026 14:03:25 +0000 (UTC)"),
         ("Date", "1 Dec 2026 14:03:23 -0000"),
         ("From", "MAILER-DAEMON@hm1471.locaweb.example"),
         ("To", "dana.ruiz@brightwater.example"),
         ("Subject", "failure notice"),
         ("Message-ID", "<20261201140323.28121.qmail@hm1471.locaweb.example>")]
    eml = message(h, part, mime_version=False)
    return Case("bounce-qmail-plain-text", "bounce", "pt-BR",
                "old qmail 'failure notice': no MIME, no DSN part, the copy of our request follows a separator line",
                [p], eml, expected("bounce", "qmail-send failure notice (no mailbox, #5.1.1) in plain non-MIME text; the quoted copy is our own request."))


def fwd_exim_bounce():
    sup = supplier("TANDEMWORKS", "Tandem Works Cycles Ltd", "orders@tandem-works.example", "en-GB")
    p = po("4500032620", sup, "tomasz", "GBP", "2026-11-30", [
        ln("TBC-TIM-TW", "Tandem timing chain, 1/2 x 1/8, 142 links", 40, "PCS", "21.40", "2026-12-15"),
        ln("TBC-TEN-ECC", "Tandem chain tensioner, eccentric", 20, "PCS", "33.00", "2026-12-15"),
    ])
    orig = our_request_eml(p, "Mon, 30 Nov 2026 14:22:08 +0000", "orders@tandem-works.example")
    exim_text = ("This message was created automatically by mail delivery software.\n\n"
                 "A message that you sent could not be delivered to one or more of its\n"
                 "recipients. This is a permanent error. The following address(es) failed:\n\n"
                 "  orders@tandem-works.example\n"
                 "    host mail.tandem-works.example [198.51.100.204]\n"
                 "    SMTP error from remote mail server after RCPT TO:<orders@tandem-works.example>:\n"
                 "    550 5.1.1 <orders@tandem-works.example>: mailbox unavailable\n")
    ds = ("Reporting-MTA: dns; relay3.uk-smarthost.example\n\n"
          "Action: failed\n"
          "Final-Recipient: rfc822;orders@tandem-works.example\n"
          "Status: 5.0.0\n"
          "Remote-MTA: dns; mail.tandem-works.example\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <orders@tandem-works.example>: mailbox unavailable\n")
    rep = multipart("report", [
        text_part(exim_text, "us-ascii", "7bit", quoted=False),
        raw_part("message/delivery-status", ds, None),
        rfc822_part(orig),
    ], "1764512531-eximdsn-1804289383", params=" report-type=delivery-status;", preamble=False)
    inner = message([("Return-Path", "<>"),
                     ("From", "Mail Delivery System <Mailer-Daemon@relay3.uk-smarthost.example>"),
                     ("To", "tomasz.wren@brightwater.example"),
                     ("Subject", "Mail delivery failed: returning message to sender"),
                     ("Message-Id", "<E1vQx7Z-0004Kq-2P@relay3.uk-smarthost.example>"),
                     ("Date", "Mon, 30 Nov 2026 14:22:11 +0000"),
                     ("Auto-Submitted", "auto-replied")], rep)
    note = ("Tomasz,\n\n"
            "FYI - this came back when the PO went out to Tandem Works on Monday. I think they changed their "
            "address after the takeover, their website now says sales@tandemworks-cycles.example. Can you check "
            "and resend?\n\n"
            "Thanks\nSam\n\n"
            "Sam Whitfield\nPurchasing Assistant | Brightwater Industrial Supply Ltd\n")
    body = multipart("mixed", [text_part(note, "utf-8", "quoted-printable"),
                               rfc822_part(inner, filename="Mail delivery failed returning message to sender.eml", inline=False)],
                     "_002_AM0PR04MB7041F7F7AM0PR04MB7041eurp_", preamble=False)
    h = headers("Sam Whitfield <sam.whitfield@brightwater.example>", TOMASZ,
                "FW: Mail delivery failed: returning message to sender",
                date_hdr(2026, 12, 2, 9, 12, 36, "+0000"), mid_outlook("d15", "eurprd04"),
                after=[("Thread-Topic", "Mail delivery failed: returning message to sender"), ("Thread-Index", tid("d15")),
                       ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0")])
    eml = message(h, body)
    return Case("forwarded-exim-bounce", "bounce", "en-GB",
                "a colleague forwards an Exim multipart/report as an attached message; outer mail is human-written",
                [p], eml, expected("bounce", "Internal forward of an Exim DSN (550 5.1.1 mailbox unavailable) for our request to Tandem Works; nobody at the supplier answered."))


def delay_warning():
    sup = supplier("RODOPI", "Родопи Камък ЕООД", "sales@rodopi-kamak.example", "bg-BG")
    p = po("4500032633", sup, "aiko", "EUR", "2026-12-01", [
        ln("SST-GAB-58", "Sauna stones, gabbro-diabase, 5-8 cm", 600, "KG", "0.98", "2027-01-08"),
        ln("SST-JAD-RD", "Sauna stones, jadeite, rounded", 80, "KG", "6.40", "2027-01-08"),
    ])
    expl = ("This is the mail system at host mx1.brightwater.example.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\n"
            "It will be retried until it is 5 day(s) old.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<sales@rodopi-kamak.example>: connect to mx.rodopi-kamak.example[203.0.113.9]:25:\n"
            "    Connection timed out\n")
    ds = ("Reporting-MTA: dns; mx1.brightwater.example\n"
          "X-Postfix-Queue-ID: 4FhC8m2Wq5z3T\n"
          "X-Postfix-Sender: rfc822; aiko.bell@brightwater.example\n"
          "Arrival-Date: Wed,  2 Dec 2026 08:47:31 +0000 (UTC)\n\n"
          "Final-Recipient: rfc822; sales@rodopi-kamak.example\n"
          "Original-Recipient: rfc822;sales@rodopi-kamak.example\n"
          "Action: delayed\n"
          "Status: 4.4.1\n"
          "Diagnostic-Code: X-Postfix; connect to mx.rodopi-kamak.example[203.0.113.9]:25:\n"
          "    Connection timed out\n"
          "Will-Retry-Until: Mon,  7 Dec 2026 08:47:31 +0000 (UTC)\n")
    hdrs = ("Received: from po-agent.brightwater.example (po-agent.brightwater.example [192.0.2.12])\n"
            "\tby mx1.brightwater.example (Postfix) with ESMTPS id 4FhC8m2Wq5z3T\n"
            "\tfor <sales@rodopi-kamak.example>; Wed,  2 Dec 2026 08:47:31 +0000 (UTC)\n"
            "From: Aiko Bell <aiko.bell@brightwater.example>\n"
            "To: sales@rodopi-kamak.example\n"
            "Subject: PO 4500032633 - order acknowledgement request\n"
            "Date: Wed, 02 Dec 2026 08:47:29 +0000\n"
            "Message-ID: <po-4500032633.1@brightwater.example>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n")
    rep = multipart("report", [
        text_part(expl, "us-ascii", "7bit", headers=[("Content-Description", "Notification")], quoted=False),
        raw_part("message/delivery-status", ds, None, headers=[("Content-Description", "Delivery report")]),
        raw_part("text/rfc822-headers", hdrs, None, headers=[("Content-Description", "Undelivered Message Headers")]),
    ], "4FhC8m2Wq5z3T.1764679651/mx1.brightwater.example", params=" report-type=delivery-status;", preamble=False)
    h = [("Return-Path", "<>"),
         ("Received", "by mx1.brightwater.example (Postfix)\r\n\tid 4FhD9v0Bz7z1K; Wed,  2 Dec 2026 12:47:31 +0000 (UTC)"),
         ("Date", "Wed,  2 Dec 2026 12:47:31 +0000 (UTC)"),
         ("From", "MAILER-DAEMON@mx1.brightwater.example (Mail Delivery System)"),
         ("Subject", "Delayed Mail (still being retried)"),
         ("To", "aiko.bell@brightwater.example"),
         ("Auto-Submitted", "auto-replied"),
         ("Message-Id", "<20261202124731.4FhD9v0Bz7z1K@mx1.brightwater.example>")]
    eml = message(h, rep)
    return Case("bounce-delay-warning", "bounce", "bg-BG",
                "Postfix delay warning (Action: delayed, 4.4.1) with only the headers of our request attached",
                [p], eml, expected("bounce", "Delivery delay DSN ('THIS IS A WARNING ONLY'); still a delivery status report, not an answer."))


# ===========================================================================
# unrelated
# ===========================================================================

def invoice_other_po():
    sup = supplier("CRFAENZA", "Ceramiche Refrattarie Faentine S.p.A.", "amministrazione@crfaentine.example", "it-IT")
    p = po("4500032641", sup, "ines", "EUR", "2026-11-30", [
        ln("KSH-COR-4545", "Kiln shelf, cordierite, 450 x 450 x 15 mm", 60, "EA", "38.50", "2027-01-11"),
        ln("KPR-COR-120", "Kiln prop, cordierite, 120 mm", 240, "EA", "1.95", "2027-01-11"),
    ])
    doc = PDF(title="Fattura 2026/FT/01874", author="Ceramiche Refrattarie Faentine", producer="TeamSystem")
    pg = doc.page()
    pg.text(50, 800, "Ceramiche Refrattarie Faentine S.p.A.", 13, True)
    pg.rows(50, 785, ["Via Granarolo 177 - 48018 Faenza (RA)", "P.IVA IT 01844720398 - REA RA-151207"], 8, 10)
    pg.text(380, 800, "FATTURA N. 2026/FT/01874", 11, True)
    pg.rows(380, 785, ["Data documento: 01/12/2026", "Vs. ordine: 4500031766 del 02/11/2026", "Ns. DDT: 2026/DDT/2290 del 27/11/2026",
                       "Cliente: Brightwater Industrial Supply Ltd"], 8, 11)
    cols = [50, 125, 320, 370, 400, 460, 515]
    pg.table(700, cols, [
        ("Codice", "Descrizione", "Q.ta", "UM", "Prezzo", "Importo", "IVA"),
        ("KSH-COR-4545", "Piastra cordierite 450x450x15", "40", "PZ", "38,50", "1.540,00", "N3.2"),
        ("KPR-COR-120", "Colonnina cordierite h120", "160", "PZ", "1,95", "312,00", "N3.2"),
    ], size=8)
    pg.hline(50, 550, 650)
    pg.rows(380, 635, ["Imponibile   EUR 1.852,00", "IVA non imponibile art. 41 DL 331/93", "Totale       EUR 1.852,00"], 9, 12)
    pg.rows(50, 590, ["Pagamento: bonifico bancario 60 gg d.f.f.m. - scadenza 31/01/2027",
                      "IBAN IT60 X054 2811 1010 0000 0123 456 - BIC BPMOIT22XXX"], 8, 11)
    pdf = doc.build(compress=True)
    text = ("Spett.le Brightwater Industrial Supply Ltd,\n\n"
            "si trasmette in allegato la fattura n. 2026/FT/01874 del 01/12/2026 relativa al Vs. ordine n. 4500031766 "
            "(DDT 2026/DDT/2290 del 27/11/2026), di complessivi EUR 1.852,00, scadenza 31/01/2027.\n\n"
            "Il documento è stato inoltre trasmesso tramite il Sistema di Interscambio.\n\n"
            "Distinti saluti\n"
            "Ufficio Amministrazione\n"
            "Ceramiche Refrattarie Faentine S.p.A.\n\n"
            "Questa e-mail è generata automaticamente dal sistema di fatturazione; per informazioni scrivere a "
            "amministrazione@crfaentine.example.\n")
    mixed = multipart("mixed", [text_part(text, "iso-8859-15"),
                                attachment(pdf, "application/pdf", "FT_2026_01874.pdf")],
                      "----=_Part_2290_118844312.1764590405511", preamble=False)
    h = headers("Amministrazione CRF <amministrazione@crfaentine.example>", ines("iso-8859-15"),
                "Fattura n. 2026/FT/01874 del 01/12/2026 - Vs. ordine 4500031766",
                date_hdr(2026, 12, 1, 13, 0, 5, "+0100"), "<118844312.2291.1764590405511@fatture.crfaentine.example>",
                before=[rcv("fatture.crfaentine.example", "192.0.2.177", "Tue, 01 Dec 2026 12:00:11 +0000", "ines.carvalho@brightwater.example", "d17")],
                after=[("X-Mailer", "TeamSystem Mail Service")])
    eml = message(h, mixed)
    return Case("invoice-for-another-order", "unrelated", "it-IT",
                "invoice PDF from the same supplier with the same item codes and prices, but for an older PO 4500031766",
                [p], eml, expected("unrelated", "Invoice for PO 4500031766 (already delivered), not for open PO 4500032641, although items and prices match."))


def price_list_xlsx():
    sup = supplier("GROENKRING", "Groenkring Composttechniek B.V.", "verkoop@groenkring.example", "nl-NL")
    p = po("4500032655", sup, "dana", "EUR", "2026-11-30", [
        ln("CDR-220-GR", "Compost drum, rotating, 220 L, green", 30, "EA", "89.00", "2027-01-11"),
        ln("CDR-STD-HD", "Compost drum stand, heavy duty", 30, "EA", "27.80", "2027-01-11"),
    ])
    rows = [["Groenkring Composttechniek B.V. - Prijslijst 2027 (geldig vanaf 01-01-2027)"],
            ["Prijzen in EUR excl. btw, af fabriek Apeldoorn"],
            [],
            ["Artikelnr.", "Omschrijving", "Verpakking", "Prijs 2026", "Prijs 2027", "Wijziging"],
            ["CDR-140-GR", "Compostvat draaibaar 140 L groen", "1 st", Money("64.50"), Money("67.90"), "5,3%"],
            ["CDR-220-GR", "Compostvat draaibaar 220 L groen", "1 st", Money("89.00"), Money("93.40"), "4,9%"],
            ["CDR-360-GR", "Compostvat dubbele kamer 360 L", "1 st", Money("139.00"), Money("145.00"), "4,3%"],
            ["CDR-STD-HD", "Onderstel zwaar uitgevoerd", "1 st", Money("27.80"), Money("29.20"), "5,0%"],
            ["CDR-AER-KIT", "Beluchtingsstaaf set", "set", Money("6.40"), Money("6.40"), "0,0%"],
            [],
            ["Orders ontvangen vóór", dt.date(2026, 12, 31), "worden tegen prijzen 2026 geleverd."]]
    xl = make_xlsx([("Prijslijst 2027", rows)], creator="Groenkring", date_fmt="dd-mm-yyyy")
    body = ("Beste relatie,\n\n"
            "Hierbij ontvangt u onze prijslijst 2027. De nieuwe prijzen gelden voor leveringen vanaf 1 januari 2027; "
            "orders die vóór 31 december 2026 bij ons binnen zijn, leveren wij nog tegen de huidige prijzen.\n\n"
            "Met vriendelijke groet,\n\n"
            "Groenkring Composttechniek B.V.\n"
            "Afdeling Verkoop\n"
            "Industrieweg 22, 7335 DV Apeldoorn | 055 - 576 40 18\n")
    mixed = multipart("mixed", [text_part(body, "windows-1252"),
                                attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Prijslijst 2027 Groenkring.xlsx")],
                      "----=_NextPart_000_0101_01DB6433.7F2E1D60", preamble=True)
    h = headers("Groenkring Verkoop <verkoop@groenkring.example>", "undisclosed-recipients:;",
                "Prijslijst 2027 Groenkring Composttechniek",
                date_hdr(2026, 12, 2, 10, 0, 0, "+0100"), "<010101db6433$7f2e1d60$7d8b5820$@groenkring.example>",
                before=[rcv("smtp.groenkring.example", "198.51.100.22", "Wed, 02 Dec 2026 09:00:07 +0000", "dana.ruiz@brightwater.example", "d18")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "nl")])
    eml = message(h, mixed)
    return Case("price-list-2027-xlsx", "unrelated", "nl-NL",
                "XLSX price list from the supplier of an open PO, with new prices for exactly the ordered items",
                [p], eml, expected("unrelated", "General 2027 price list sent to all customers (undisclosed recipients); not an answer to PO 4500032655 even though its items appear with new prices."))


def cny_closure():
    sup = supplier("NBSPAJET", "宁波浪涌水疗配件有限公司", "export@nb-surgespa.example", "zh-CN")
    p = po("4500032662", sup, "rahul", "CNY", "2026-11-30", [
        ln("HTJ-SS-35", "Hot tub jet, stainless, 3.5 in, directional", 400, "PCS", "42.00", "2027-01-15"),
        ln("HTJ-AIR-1", "Air injector, 1 in", 200, "PCS", "9.60", "2027-01-15"),
    ])
    text = ("尊敬的客户：\n\n"
            "您好！2027年春节即将到来，根据国家法定节假日安排并结合我司实际情况，现将春节放假安排通知如下：\n\n"
            "放假时间：2027年1月30日（星期六）至2027年2月21日（星期日）\n"
            "2027年2月22日（星期一）正式上班。\n\n"
            "为保证贵司订单按时交货，请于2027年1月10日前确认所有节前订单；1月10日后下达的订单将于节后安排生产。\n\n"
            "Dear valued customer,\n"
            "Our factory will be closed for the Chinese New Year holiday from 30 Jan 2027 to 21 Feb 2027. "
            "Please place orders for delivery before the holiday no later than 10 Jan 2027.\n\n"
            "感谢您一直以来的支持！\n\n"
            "宁波浪涌水疗配件有限公司\n"
            "Ningbo Surge Spa Fittings Co., Ltd.\n"
            "2026年12月3日\n")
    html = html_doc(t2h(text), "GB18030", "ZH-CN")
    part = multipart("alternative", [text_part(text, "GB18030", "base64"), html_part(html, "GB18030", "base64")],
                     "----=_NextPart_656E2A10_0F3B2C10_61A4D9E8", preamble=False)
    h = headers(addr("宁波浪涌 Surge Spa", "export@nb-surgespa.example", "GB18030", "B"), "undisclosed-recipients:;",
                hdr("【春节放假通知】Chinese New Year Holiday Notice 2027", "GB18030", "B", whole=True),
                date_hdr(2026, 12, 3, 10, 30, 0, "+0800"), "<tencent_3B2A1C0D9E8F7A6B5C4D3E2F@nb-surgespa.example>",
                before=[rcv("smtpbg.exmail.example", "203.0.113.209", "Thu, 03 Dec 2026 02:30:06 +0000", "rahul.mehta@brightwater.example", "d19")],
                after=[("X-Mailer", "Foxmail 7.2.25.228[cn]"), ("Precedence", "bulk")])
    eml = message(h, part)
    return Case("chinese-new-year-closure", "unrelated", "zh-CN",
                "GB18030 bulk holiday-closure notice with order cut-off dates (10 Jan 2027) from the supplier of an open PO",
                [p], eml, expected("unrelated", "Spring Festival closure notice to all customers; the dates are factory holidays and an ordering deadline, not a confirmation of PO 4500032662."))


def pl_statement():
    sup = supplier("PASIEKADREW", "Pasieka-Drew Sp. z o.o.", "handel@pasieka-drew.example", "pl-PL")
    p = po("4500032670", sup, "tomasz", "PLN", "2026-12-01", [
        ln("BHF-DAD-W", "Beehive frame, Dadant, wired, pine", 800, "PCS", "4.30", "2027-01-13"),
        ln("BHF-WLK-W", "Beehive frame, Wielkopolska, wired, pine", 600, "PCS", "3.95", "2027-01-13"),
    ])
    text = ("Szanowni Państwo,\n\n"
            "uprzejmie informujemy, że według naszej ewidencji na dzień 30.11.2026 r. następujące faktury "
            "pozostają nieopłacone:\n\n"
            "Nr faktury        Data wyst.   Termin płatn.  Zamówienie   Kwota brutto\n"
            "FV/2026/10/0412   14.10.2026   13.11.2026     4500030921    4 300,00 zł\n"
            "FV/2026/10/0455   23.10.2026   22.11.2026     4500031188    5 925,00 zł\n"
            "                                                   Razem:  10 225,00 zł\n\n"
            "Prosimy o uregulowanie należności na rachunek: PKO BP 12 1020 3466 0000 9102 0123 4567.\n"
            "Jeżeli płatność została już dokonana, prosimy potraktować tę wiadomość jako nieaktualną.\n\n"
            "Z poważaniem\n"
            "Dział Księgowości\n"
            "Pasieka-Drew Sp. z o.o.\n"
            "ul. Tarnowska 58, 33-300 Nowy Sącz\n"
            "NIP 734-352-18-60\n")
    part = text_part(text, "UTF-8", "base64")
    h = headers(addr("Pasieka-Drew Księgowość", "ksiegowosc@pasieka-drew.example"), TOMASZ,
                hdr("Przypomnienie o płatności - zestawienie należności na 30.11.2026"),
                date_hdr(2026, 12, 2, 7, 45, 12, "+0100"), "<20261202074512.5f1c@pasieka-drew.example>",
                before=[rcv("poczta.pasieka-drew.example", "192.0.2.150", "Wed, 02 Dec 2026 06:45:18 +0000", "tomasz.wren@brightwater.example", "d20")],
                after=[("X-Mailer", "Comarch ERP Optima")])
    eml = message(h, part)
    return Case("payment-reminder-statement", "unrelated", "pl-PL",
                "accounts-receivable reminder listing old invoices and PO numbers, amounts and due dates",
                [p], eml, expected("unrelated", "Payment reminder for invoices of older orders (4500030921, 4500031188); nothing about open PO 4500032670."))


CASES = [body_vs_pdf, ja_later, co_conditional, in_revert, tr_contradiction, de_vague, be_question, ua_surcharge,
         ooo_fr, ooo_de_betriebsferien, ooo_id, not_monitored,
         gmail_bounce, qmail_bounce, fwd_exim_bounce, delay_warning,
         invoice_other_po, price_list_xlsx, cny_closure, pl_statement]
