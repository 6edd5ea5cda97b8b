"""Cases D: mail that must NOT confirm: needs_review, auto_reply, bounce, unrelated."""
from decimal import Decimal as D

from .common import (case, mkpo, ln, supplier, request_text, req_subject, req_local, req_rfc_date, after_req,
                     prefix, outlook_quote, h12, BUYERS, BUYER_DOMAIN)
from . import mime
from .mime import addr, hdr, text, multipart, attachment, Part, raw_part, rfc822
from .mail import build, boundary, received, thread_index
from .pdf import Page, make_pdf, table
from .docs import po_page

MAREN = BUYERS["maren"]
FELIX = BUYERS["felix"]
AIKO = BUYERS["aiko"]
SAMUEL = BUYERS["samuel"]


def _to(b):
    return addr(b[0], b[1])


def _ms(po, seed, lang):
    return [("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index(seed)), ("Content-Language", lang)]


def _alt_outlook(body, intro, charset, lang, seed, cte="quoted-printable"):
    html = mime.html_doc(mime.plain_to_html(body, outlook=True, quote_from=intro.count("\n")), charset, lang,
                         outlook=True)
    return multipart("alternative", [text(body, "plain", charset, cte), text(html, "html", charset, cte)],
                     boundary("outlook", seed))


def _gmail_alt(top, attrib, quoted_src, seed, charset="UTF-8"):
    body = top + attrib + "\n\n" + prefix(quoted_src)
    html = ('<div dir="ltr">' + "".join(f"<div>{mime.esc(x) or '<br>'}</div>" for x in top.rstrip().split("\n"))
            + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + mime.esc(attrib)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + mime.esc(quoted_src).replace("\n", "<br>") + "</blockquote></div>\n")
    return multipart("alternative", [text(body, "plain", charset, "quoted-printable"),
                                     text(html, "html", charset, "quoted-printable")], boundary("gmail", seed))


def request_headers(po):
    b = po["buyer"]
    return [("From", addr(b["name"], b["email"])),
            ("To", addr(None, po["supplier"]["email"])),
            ("Subject", req_subject(po)),
            ("Date", req_rfc_date(po)),
            ("Message-ID", po["request_message_id"]),
            ("X-Mailer", "Larkspur P2P acknowledgment service 3.2"),
            ("MIME-Version", "1.0")]


def request_message(po, received_line=None):
    """Our acknowledgment request as sent (LF line endings): text + PO PDF."""
    page, _, _ = po_page(po)
    pdf = make_pdf([page], f"PO {po['po_number']}", "Larkspur Trading Group", "Larkspur P2P")
    root = multipart("mixed", [text(request_text(po), "plain", "utf-8", "quoted-printable"),
                               attachment(pdf, "application/pdf", f"PO_{po['po_number']}.pdf")],
                     f"=_ack_{po['po_number']}")
    hs = request_headers(po)[:-1]
    if received_line:
        hs = [("Received", received_line)] + hs
    return mime.message(hs, root, crlf=False)


def header_block(po, extra_top=()):
    hs = list(extra_top) + request_headers(po) + [
        ("Content-Type", f'multipart/mixed; boundary="=_ack_{po["po_number"]}"')]
    return "".join(f"{k}: {v}\n" for k, v in hs)


# =========================================================================== needs_review
def nr_pt_question_logo():
    sup = supplier("PAGAIAS", "Pagaias Atlântico Lda.", "encomendas@pagaias-atlantico.example", "pt-PT")
    po = mkpo("4500237540", sup, "maren", "EUR", "2026-11-26", [
        ln(1, "PA-PAG-SUP", "Pagaia SUP carbono ajustável", 30, "PCS", "96.00", "2026-12-18"),
        ln(2, "PA-PAG-KAY", "Pagaia kayak 2 peças", 50, "PCS", "54.00", "2026-12-18"),
    ])
    t = req_local(po, 0)
    intro = ("Bom dia Maren,\n\nObrigada pela encomenda 4500237540.\n\n"
             "Antes de confirmarmos, precisamos de saber: as pagaias SUP são em preto mate (standard) ou com o "
             "logótipo Larkspur gravado, como na última encomenda? Com logótipo o preço é 101,50 € e o prazo passa "
             "para 15/01/2027; sem logótipo conseguimos os 18/12/2026 a 96,00 €.\n\n"
             "As pagaias de kayak estão em stock.\n\n"
             "Aguardamos a vossa indicação para enviarmos a confirmação da encomenda.\n\n"
             "Com os melhores cumprimentos,\n\nInês Carvalho\nDepartamento Comercial\nPagaias Atlântico Lda.\n"
             "Rua do Porto de Pesca 00, 4490-000 Póvoa de Varzim\nTel. +351 252 000 000\n\n")
    sent = f"quinta-feira, 26 de novembro de 2026 {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("pt", po, sent, to="encomendas@pagaias-atlantico.example")
    root = _alt_outlook(body, intro, "windows-1252", "PT", "d1")
    date = "Fri, 27 Nov 2026 12:10:45 +0000"
    eml = build(addr("Inês Carvalho", "ines.carvalho@pagaias-atlantico.example", "windows-1252", "Q"), _to(MAREN),
                "RE: " + req_subject(po), date,
                "<PR3P195MB0E2F4A6B8C0D2E4F6A8B0C2D4E6F@PR3P195MB0E2F.EURP195.PROD.OUTLOOK.example>", root,
                po["request_message_id"], extra=_ms(po, "d1", "pt-PT"))
    return case("pt-question-logo-before-confirming", "needs_review", "pt-PT",
                "Question about the logo variant with two alternative price/date pairs; 'kayak paddles in stock' "
                "is not a commitment",
                [po], eml, notes="Supplier asks which variant we want and will confirm afterwards; both options quote "
                                 "prices and dates, but nothing is committed yet.")


def nr_us_expedite_conditional():
    sup = supplier("SUMMIT", "Summit Optics Supply LLC", "sales@summitoptics.example", "en-US")
    po = mkpo("4500237655", sup, "samuel", "USD", "2026-11-24", [
        ln(1, "SO-EP-13", "13 mm ED eyepiece, 1.25 in", 60, "EA", "89.00", "2026-12-11"),
        ln(2, "SO-EP-32", "32 mm wide-field eyepiece, 2 in", 24, "EA", "149.00", "2026-12-11"),
    ])
    t = req_local(po, -7)
    hh, ap = h12(t)
    attrib = f"On Tue, Nov 24, 2026 at {hh}:{t.minute:02d}\u202f{ap} Samuel Okafor <{SAMUEL[1]}> wrote:"
    top = ("Hi Samuel,\n\nGot the PO, thanks. We can hit 12/11 for both lines only if you approve a 7% expedite "
           "fee (air freight from our Taichung plant). Otherwise standard lead time puts us at 1/22/27, same pricing "
           "as the PO.\n\nLet me know which way you want to go and I'll send over the formal acknowledgment.\n\n"
           "Rick\n\n-- \nRick Alvarez\nSummit Optics Supply LLC | Boulder, CO\n(303) 555-0122\n\n")
    root = _gmail_alt(top, attrib, request_text(po), "d2")
    date = "Wed, 25 Nov 2026 17:05:29 -0700"
    eml = build(addr("Rick Alvarez", "rick@summitoptics.example"), _to(SAMUEL), "Re: " + req_subject(po), date,
                "<CAH2kX9vR4nP7tQ0wL3bZ6sM1jG8fD5cE2aY9uK4oN7iB3tW0mV@mail.gmail.example>", root,
                po["request_message_id"])
    return case("us-conditional-expedite-fee", "needs_review", "en-US",
                "Two alternatives (PO date with +7% fee, or 1/22/27 at PO price); buyer must choose before "
                "the formal acknowledgment",
                [po], eml, notes="Conditional offer: either 12/11 with a 7% surcharge or 1/22/27 at PO price. "
                                 "Nothing is committed until we choose.")


def nr_in_will_revert():
    sup = supplier("KAVERI", "Kaveri Scientific Glass Works", "sales@kaveriglass.example", "en-IN")
    po = mkpo("4500237760", sup, "samuel", "INR", "2026-11-25", [
        ln(1, "KSG-SASH-1200", "Fume hood sash, toughened glass, 1200 mm", 12, "PCS", "24800.00", "2026-12-21"),
        ln(2, "KSG-SASH-1800", "Fume hood sash, toughened glass, 1800 mm", 6, "PCS", "33500.00", "2026-12-21"),
    ])
    t = req_local(po, 5, 30)
    hh, ap = h12(t)
    intro = ("Dear Sir,\n\nGreetings of the day!\n\n"
             "We acknowledge receipt of your PO No. 4500237760 with thanks. Our production team is checking the "
             "availability of 8 mm toughened glass for the 1800 mm sashes; we will revert with the confirmed "
             "delivery schedule and final rates by Monday, 30-11-2026.\n\n"
             "Assuring you of our best services at all times.\n\n"
             "Regards,\nLakshmi Narayanan\nSales Co-ordinator\nKaveri Scientific Glass Works\n"
             "SIDCO Industrial Estate, Ambattur, Chennai - 600 098\nPh: 044-0000 0000\n\n")
    sent = f"Wednesday, November 25, 2026 {hh}:{t.minute:02d} {ap}"
    body = intro + outlook_quote("en", po, sent, to="sales@kaveriglass.example")
    root = text(body, "plain", "us-ascii", "7bit")
    date = "Thu, 26 Nov 2026 11:47:03 +0530"
    eml = build(addr("Lakshmi Narayanan", "lakshmi@kaveriglass.example"), _to(SAMUEL), "RE: " + req_subject(po),
                date, "<003101db5fc4$2b8e1d70$82aa5850$@kaveriglass.example>", root, po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("d3")),
                       ("Content-Language", "en-in")])
    return case("in-will-revert-by-monday", "needs_review", "en-IN",
                "Receipt acknowledged with 'we will revert by Monday, 30-11-2026'; the only date is the promised "
                "answer date",
                [po], eml, notes="Acknowledges receipt only; schedule and rates promised later. 30-11-2026 is the "
                                 "date of the promised answer, not a delivery date.")


def nr_vi_vague():
    sup = supplier("MAYTRE", "May Tre Viet Co., Ltd.", "sales@maytreviet.example", "vi-VN")
    po = mkpo("4500237870", sup, "maren", "VND", "2026-11-25", [
        ln(1, "MT-BF-BAM", "Bamboo bird feeder, hanging", 500, "PCS", "95000", "2027-01-08"),
        ln(2, "MT-BF-COC", "Coconut shell bird feeder", 800, "PCS", "42000", "2027-01-08"),
    ])
    t = req_local(po, 7)
    attrib = f"Vào Th 4, 25 thg 11, 2026 lúc {t.hour:02d}:{t.minute:02d} Maren Oyelaran <{MAREN[1]}> đã viết:"
    top = ("Kính gửi chị Maren,\n\nCảm ơn chị đã gửi đơn hàng 4500237870.\n\n"
           "Hiện tại tre nguyên liệu đang thiếu do mưa lũ ở Thanh Hóa, nên chúng tôi dự kiến có thể giao khoảng "
           "giữa đến cuối tháng 1/2027, nhưng chưa chắc chắn. Giá gáo dừa có thể phải điều chỉnh nhẹ.\n"
           "Chúng tôi sẽ xác nhận chính xác ngày giao và giá sau khi nhận được nguyên liệu, khoảng tuần sau.\n\n"
           "Trân trọng,\nNguyễn Thị Hoa\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Mây Tre Việt\n"
           "Xã Phú Vinh, Chương Mỹ, Hà Nội\nĐT: +84 24 0000 0000\n\n")
    root = _gmail_alt(top, attrib, request_text(po), "d4")
    date = "Mon, 30 Nov 2026 09:30:12 +0700"
    eml = build(addr("Nguyễn Thị Hoa", "hoa.nguyen@maytreviet.example"), _to(MAREN), "Re: " + req_subject(po), date,
                "<CAN5mY8wT1qR4vK7xP0bL3sZ6jH9gF2dE5cA8uM1oB4iN7tX0kQ@mail.gmail.example>", root,
                po["request_message_id"])
    return case("vi-vague-estimate-bamboo", "needs_review", "vi-VN",
                "Vietnamese estimate 'khoảng giữa đến cuối tháng 1/2027, nhưng chưa chắc chắn' and possible price "
                "change; exact confirmation promised next week",
                [po], eml, notes="Vague estimate (mid-to-late January, not certain), price may change, real "
                                 "confirmation promised later: no commitment.")


def nr_da_body_vs_pdf():
    sup = supplier("DRIVHUSVENT", "Drivhus-Ventilation ApS", "ordre@drivhus-vent.example", "da-DK")
    po = mkpo("4500237985", sup, "aiko", "DKK", "2026-11-23", [
        ln(1, "DV-ARM-50", "Lukkearm til tagvindue, 50 cm", 120, "PCS", "145.00", "2026-12-18"),
        ln(2, "DV-MOT-24", "Vinduesmotor 24 V, 300 mm slag", 24, "PCS", "1290.00", "2027-01-15"),
    ])
    p = Page()
    p.text(40, 800, "Drivhus-Ventilation ApS", 14, "F2")
    p.text(40, 786, "Håndværkervej 9 - 5260 Odense S - CVR 00000000", 8)
    p.text(360, 760, "ORDREBEKRÆFTELSE", 14, "F2")
    p.lines(360, 742, ["Ordre nr.: 70412", "Dato: 25.11.2026", "Jeres ordre: 4500237985",
                       "Kunde: Larkspur Trading Group"], 9)
    cols = [("Pos.", 30, "l"), ("Varenr.", 70, "l"), ("Tekst", 170, "l"), ("Antal", 45, "r"), ("Enhed", 40, "l"),
            ("Pris DKK", 65, "r"), ("Beløb DKK", 70, "r"), ("Levering", 60, "l")]
    rows = [["1", "DV-ARM-50", "Lukkearm til tagvindue 50 cm", "120", "stk.", "145,00", "17.400,00", "18.12.2026"],
            ["2", "DV-MOT-24", "Vinduesmotor 24 V, 300 mm", "24", "stk.", "1.345,00", "32.280,00", "29.01.2027"]]
    y = table(p, 40, 700, cols, rows, leading=16)
    p.lines(330, y - 10, ["I alt ekskl. moms: 49.680,00 DKK"], 9.5, "F2")
    p.lines(40, y - 50, ["Levering: DAP Rotterdam. Betaling: 60 dage netto.",
                         "Med venlig hilsen, Drivhus-Ventilation ApS"], 8.5)
    pdf = make_pdf([p], "Ordrebekræftelse 70412", "Drivhus-Ventilation ApS", "Microsoft Dynamics NAV")
    t = req_local(po, 1)
    intro = ("Hej Aiko\n\nTak for ordren. Vi bekræfter ordre 4500237985 som bestilt - se vedhæftede "
             "ordrebekræftelse.\n\nVenlig hilsen\n\nMette Kristensen\nOrdrekontoret\nDrivhus-Ventilation ApS\n"
             "Tlf. +45 66 00 00 00\n\n")
    sent = f"23. november 2026 {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("da", po, sent, to="ordre@drivhus-vent.example")
    alt = _alt_outlook(body, intro, "windows-1252", "DA", "d5")
    root = multipart("mixed", [alt, attachment(pdf, "application/pdf", "Ordrebekræftelse 70412.pdf", style="ew",
                                               charset="utf-8")], boundary("outlook", "d5m"))
    date = "Wed, 25 Nov 2026 13:30:08 +0100"
    eml = build(addr("Mette Kristensen", "mk@drivhus-vent.example"), _to(AIKO), "SV: " + req_subject(po), date,
                "<AM7PR03MB6F8A0B2C4D6E8F0A2B4C6D8E0F2A@AM7PR03MB6F8A.eurprd03.prod.outlook.example>", root,
                po["request_message_id"], extra=_ms(po, "d5", "da-DK") + [("X-MS-Has-Attach", "yes")])
    return case("da-body-says-as-ordered-pdf-differs", "needs_review", "da-DK",
                "Body says 'as ordered' but the attached PDF order confirmation shows a higher price and a later "
                "date for line 2",
                [po], eml, notes="Contradiction: body 'som bestilt' vs PDF line 2 at 1.345,00 DKK delivering "
                                 "29.01.2027. A human must clarify which is binding.")


def nr_ro_after_meeting():
    sup = supplier("CORTURI", "Corturi Transilvania SRL", "comenzi@corturi-transilvania.example", "ro-RO")
    po = mkpo("4500238090", sup, "felix", "RON", "2026-11-25", [
        ln(1, "CT-STALP-5", "Stâlp cort 5 m, aluminiu", 30, "PCS", "640.00", "2026-12-16"),
        ln(2, "CT-CUPLA", "Cuplă îmbinare stâlp", 60, "PCS", "45.00", "2026-12-16"),
    ])
    t = req_local(po, 2)
    attrib = f"În mie., 25 nov. 2026 la {t.hour:02d}:{t.minute:02d}, Felix Brandauer <{FELIX[1]}> a scris:"
    top = ("Bună ziua domnule Brandauer,\n\nVă mulțumim pentru comanda 4500238090. Termenele le vom stabili în "
           "ședința de planificare a producției de luni, 30 noiembrie, și vă vom trimite confirmarea comenzii "
           "(cantități, prețuri și termene) până marți, 1 decembrie.\n\n"
           "Cu stimă,\nAndrei Popescu\nDepartament Vânzări\nCorturi Transilvania SRL\n"
           "Str. Fabricii 00, 400000 Cluj-Napoca\nTel. +40 264 000 000\n\n")
    root = _gmail_alt(top, attrib, request_text(po), "d6")
    date = "Thu, 26 Nov 2026 15:20:44 +0200"
    eml = build(addr("Andrei Popescu", "andrei.popescu@corturi-transilvania.example"), _to(FELIX),
                "Re: " + req_subject(po), date,
                "<CAB8nW1xQ4tR7vL0yP3bK6sZ9jG2hF5dE8cA1uN4oM7iT0kX3wY@mail.gmail.example>", root,
                po["request_message_id"])
    return case("ro-confirmation-after-planning-meeting", "needs_review", "ro-RO",
                "Romanian (comma-below ș/ț, UTF-8): confirmation promised after Monday's planning meeting; the "
                "only dates are meeting/answer dates",
                [po], eml, notes="Commitment only for later ('vă vom trimite confirmarea ... până marți, 1 decembrie'). "
                                 "30 noiembrie / 1 decembrie are not delivery dates.")


def nr_ja_coating_question():
    sup = supplier("KOSEI", "Kosei Optical Co., Ltd.", "sales@kosei-kogaku.example", "ja-JP")
    po = mkpo("4500238195", sup, "samuel", "JPY", "2026-11-24", [
        ln(1, "KS-OBJ-45", "Theodolite objective lens 45 mm", 20, "PCS", "28600", "2027-01-14"),
        ln(2, "KS-PRISM", "Erecting prism assembly", 20, "PCS", "15400", "2027-01-14"),
    ])
    t = req_local(po, 9)
    intro = ("Larkspur Trading Group\nSamuel Okafor 様\n\n"
             "いつも大変お世話になっております。\n光精機の田中でございます。\n\n"
             "ご注文書（PO 4500238195）拝受いたしました。ありがとうございます。\n"
             "納期・単価のご回答に先立ち、1点ご確認させてください。\n\n"
             "1項の対物レンズのコーティング仕様について、前回ご注文分と同じ\n"
             "MgF2単層コートでよろしいでしょうか。それともマルチコート（+2,800円/個）を\n"
             "ご希望でしょうか。\n\n"
             "ご指示いただき次第、2項のプリズムと合わせて納期を回答いたします。\n"
             "お手数をおかけしますが、よろしくお願いいたします。\n\n"
             "━━━━━━━━━━━━━━━━━━━━\n株式会社光精機　営業部\n田中 美穂\nTEL 048-000-0000\n"
             "━━━━━━━━━━━━━━━━━━━━\n\n")
    hh, ap = h12(t)
    sent = f"2026年11月24日 {t.hour}:{t.minute:02d}"
    body = intro + "-----Original Message-----\n" + \
        mime_outlook_ja(po, sent) + "\n" + request_text(po)
    root = multipart("alternative", [
        text(body, "plain", "shift_jis", "base64"),
        text(mime.html_doc(mime.plain_to_html(body, outlook=True, quote_from=intro.count("\n")), "shift_jis", "JA",
                           outlook=True, font="游ゴシック"), "html", "shift_jis", "base64")],
        boundary("mixed", "d7"))
    date = "Fri, 27 Nov 2026 11:05:38 +0900"
    eml = build(addr("田中 美穂", "m.tanaka@kosei-kogaku.example", "shift_jis"), _to(SAMUEL),
                hdr("RE: " + req_subject(po), "shift_jis"), date,
                "<001c01db6071$a3b4c5d0$eb1e5170$@kosei-kogaku.example>", root, po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("d7")),
                       ("Content-Language", "ja")])
    return case("ja-shiftjis-coating-question", "needs_review", "ja-JP",
                "Shift_JIS base64; polite question about coating spec with a surcharge figure; delivery answer "
                "explicitly deferred",
                [po], eml, notes="Supplier asks which coating we want (+2,800 yen for multi-coat) and will answer "
                                 "delivery afterwards: no commitment.")


def mime_outlook_ja(po, sent):
    from .common import outlook_header
    return outlook_header("ja", f"Samuel Okafor <{SAMUEL[1]}>", sent, "sales@kosei-kogaku.example",
                          req_subject(po))


def nr_lt_prepayment():
    sup = supplier("SPORTOLINIJOS", "UAB Sporto Linijos", "uzsakymai@sportolinijos.example", "lt-LT")
    po = mkpo("4500238300", sup, "felix", "EUR", "2026-11-26", [
        ln(1, "SL-TAPE-W", "Aikštelės linijų juosta, balta, 50 mm", 1000, "M", "1.45", "2026-12-14"),
        ln(2, "SL-TAPE-B", "Aikštelės linijų juosta, mėlyna, 50 mm", 400, "M", "1.45", "2026-12-14"),
    ])
    t = req_local(po, 2)
    intro = ("Laba diena,\n\ndėkojame už užsakymą 4500238300. Kadangi tai pirmasis Jūsų užsakymas, jį galėsime "
             "patvirtinti tik gavę 30 % išankstinį mokėjimą (609,00 EUR). Išankstinio mokėjimo sąskaitą atsiųsime "
             "atskiru laišku. Gavus mokėjimą, prekes galėtume pristatyti 2026-12-14.\n\n"
             "Prašome patvirtinti, ar sutinkate su šia sąlyga.\n\n"
             "Pagarbiai\nRūta Kazlauskienė\nPardavimų vadybininkė\nUAB Sporto Linijos\n"
             "Pramonės pr. 00, LT-51000 Kaunas\nTel. +370 37 000 000\n\n")
    sent = f"2026 m. lapkričio 26 d. {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("lt", po, sent, to="uzsakymai@sportolinijos.example")
    root = text(body, "plain", "ISO-8859-13", "quoted-printable")
    date = "Fri, 27 Nov 2026 10:20:16 +0200"
    eml = build(addr("Rūta Kazlauskienė", "ruta.k@sportolinijos.example", "ISO-8859-13", "Q"), _to(FELIX),
                "RE: " + req_subject(po), date, "<000801db60a5$c7d8e9f0$57ca1dd0$@sportolinijos.example>", root,
                po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("d8")),
                       ("Content-Language", "lt")])
    return case("lt-confirm-only-after-prepayment", "needs_review", "lt-LT",
                "ISO-8859-13 Lithuanian; would deliver on the PO date, but only after a 30 % prepayment the "
                "buyer must first accept",
                [po], eml, notes="Conditional: confirmation only after we accept and pay a 30 % prepayment "
                                 "(609,00 EUR); 2026-12-14 is conditional.")


def nr_ar_counter_offer():
    sup = supplier("REMOSPLATA", "Remos del Plata S.A.", "ventas@remosdelplata.example", "es-AR")
    po = mkpo("4500238405", sup, "maren", "ARS", "2026-11-24", [
        ln(1, "RP-REMO-K", "Remo kayak fibra de vidrio 220 cm", 40, "PCS", "68500.00", "2026-12-11"),
        ln(2, "RP-REMO-C", "Remo canoa madera 150 cm", 25, "PCS", "54200.00", "2026-12-11"),
    ])
    t = req_local(po, -3)
    attrib = f"El mar, 24 nov 2026 a las {t.hour}:{t.minute:02d}, Maren Oyelaran (<{MAREN[1]}>) escribió:"
    top = ("Hola Maren, ¿cómo andás?\n\nRecibimos la OC 4500238405, gracias. Te cuento que los precios de la OC son "
           "los de la cotización de agosto y con los aumentos de la resina y la madera no los podemos sostener. "
           "Los valores actualizados serían $ 79.900,00 el remo de kayak y $ 61.500,00 el de canoa, con entrega el "
           "viernes 11/12 como pidieron.\n\n"
           "¿Nos podrían mandar la OC corregida con estos precios? Apenas la tengamos, la confirmamos.\n\n"
           "Saludos,\nMartín\n\n-- \nMartín Giménez\nRemos del Plata S.A.\nAv. del Libertador 0000, Tigre, "
           "Buenos Aires\n+54 11 0000-0000\n\n")
    root = _gmail_alt(top, attrib, request_text(po), "d9")
    date = "Wed, 25 Nov 2026 18:22:51 -0300"
    eml = build(addr("Martín Giménez", "martin@remosdelplata.example"), _to(MAREN), "Re: " + req_subject(po), date,
                "<CAG6pZ3xV0tR9wN2yQ5bM8sK1jH4gF7dE0cA3uL6oP9iB2tY5kW@mail.gmail.example>", root,
                po["request_message_id"])
    return case("ar-counter-offer-revised-po", "needs_review", "es-AR",
                "Argentine Spanish counter-offer with new prices ('$ 79.900,00') and the PO date, but confirmation "
                "only after a revised PO",
                [po], eml, notes="Counter-offer: new prices proposed and a corrected PO requested; the supplier "
                                 "will confirm only after receiving it.")


# =========================================================================== auto_reply
def ar_de_ooo_colleague():
    sup = supplier("TSBRANDT", "Teleskop-Service Brandt GmbH", "vertrieb@teleskop-brandt.example", "de-DE")
    po = mkpo("4500238510", sup, "samuel", "EUR", "2026-11-27", [
        ln(1, "TSB-OK-5", "Okular 5 mm, 1,25 Zoll, 60°", 40, "PCS", "64.00", "2026-12-18"),
        ln(2, "TSB-OK-24", "Weitwinkelokular 24 mm, 2 Zoll", 20, "PCS", "129.00", "2026-12-18"),
    ])
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11.12.2026 nicht im Büro und habe nur "
            "eingeschränkt Zugriff auf meine E-Mails.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Petra Voss "
            "(p.voss@teleskop-brandt.example, Tel. +49 89 000000-14).\n\n"
            "Bitte beachten Sie: Unser Lager ist vom 24.12.2026 bis 01.01.2027 geschlossen. Letzte Auslieferung "
            "vor den Feiertagen am 18.12.2026.\n\n"
            "Mit freundlichen Grüßen\nJana Brandt\nTeleskop-Service Brandt GmbH\n")
    html = mime.html_doc(mime.plain_to_html(body, outlook=True), "iso-8859-1", "DE", outlook=True)
    root = multipart("alternative", [text(body, "plain", "iso-8859-1", "quoted-printable"),
                                     text(html, "html", "iso-8859-1", "quoted-printable")], boundary("outlook", "e1"))
    date = after_req(po, 2, 1, seconds=7)
    eml = build(addr("Brandt, Jana", "jana.brandt@teleskop-brandt.example"), _to(SAMUEL),
                "Automatische Antwort: " + req_subject(po), date,
                "<FR2P281MB0A1B3C5D7E9F1A3B5C7D9E1F3A5B@FR2P281MB0A1B.DEUP281.PROD.OUTLOOK.example>", root,
                po["request_message_id"],
                extra=[("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index("e1")),
                       ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "jana.brandt@teleskop-brandt.example"),
                       ("Content-Language", "de-DE")])
    return case("de-ooo-colleague-and-warehouse-date", "auto_reply", "de-DE",
                "Exchange out-of-office naming a colleague; mentions 'Letzte Auslieferung ... 18.12.2026', which "
                "equals the PO's requested date",
                [po], eml, notes="Out-of-office. The 18.12.2026 'last delivery' is a general warehouse notice, not "
                                 "a commitment for this PO.")


def ar_us_zendesk():
    sup = supplier("LAKESHORE", "Lakeshore Reel Supply", "support@lakeshorereel.example", "en-US")
    po = mkpo("4500238615", sup, "maren", "USD", "2026-11-30", [
        ln(1, "LRS-SP25", "Spinning reel 2500, graphite body", 120, "EA", "24.90", "2027-01-08"),
        ln(2, "LRS-FLY5", "Fly reel 5/6 wt, large arbor", 36, "EA", "58.00", "2027-01-08"),
    ])
    t = req_local(po, -6)
    hh, ap = h12(t)
    body = ("##- Please type your reply above this line -##\n\n"
            "Your request (48213) has been received and is being reviewed by our support staff.\n\n"
            "To add additional comments, reply to this email.\n\n"
            "----------------------------------------------\n\n"
            f"Maren Oyelaran, Nov 30, 2026, {hh}:{t.minute:02d} {ap} CST\n\n" + request_text(po) +
            "\n--------------------------------\n"
            "This email is a service from Lakeshore Reel Supply.\n\n[R8Y2KP-5QW3]\n")
    html = ('<html><body><div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
            '<p dir="auto">Your request (48213) has been received and is being reviewed by our support staff.</p>'
            '<p dir="auto">To add additional comments, reply to this email.</p><hr>'
            f'<p><strong>Maren Oyelaran</strong> <span style="color:#bbb">Nov 30, 2026, {hh}:{t.minute:02d} {ap} CST</span></p>'
            '<div class="zd-comment" dir="auto"><pre>' + mime.esc(request_text(po)) + "</pre></div><hr>"
            '<div style="color:#aaa">This email is a service from Lakeshore Reel Supply.</div>'
            '<span style="color:#FFFFFF" aria-hidden="true">[R8Y2KP-5QW3]</span></body></html>\n')
    root = multipart("alternative", [text(body, "plain", "UTF-8", "quoted-printable"),
                                     text(html, "html", "UTF-8", "quoted-printable")],
                     "--==_mimepart_6a1f3e2b9c4d8_7e5c3f1a2b9d2f")
    date = after_req(po, 1, -6, seconds=44)
    eml = build(addr("Lakeshore Reel Supply", "support@lakeshorereel.zendesk.example"), _to(MAREN),
                f"[Lakeshore Reel Supply] Re: {req_subject(po)}", date,
                "<4VK2R8YP7Q_69f3e2b1a0c4d_5c2e8f3a1b9d7@zendesk.example>", root, po["request_message_id"],
                reply_to="Lakeshore Reel Supply <support+id48213@lakeshorereel.zendesk.example>",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"),
                       ("X-Zendesk-From-Account-Id", "6b1f2e"), ("X-Zendesk-Email-Id", "01KQ3X7Y8Z9A0B1C2D3E4F5G6H")])
    return case("us-helpdesk-ticket-receipt", "auto_reply", "en-US",
                "Zendesk ticket receipt that echoes the whole request (all PO figures) below the notice",
                [po], eml, notes="Helpdesk auto-acknowledgment; all figures are our own request echoed back.")


def ar_ja_year_end():
    sup = supplier("TOKAIKINKAN", "Tokai Brass Parts Co., Ltd.", "info@tokai-kinkan.example", "ja-JP")
    po = mkpo("4500238720", sup, "aiko", "JPY", "2026-12-01", [
        ln(1, "TK-VLV-SS", "Sousaphone valve casing set", 3, "SET", "96000", "2027-01-20"),
        ln(2, "TK-CAP", "Valve top cap, nickel plated", 24, "PCS", "1850", "2027-01-20"),
    ])
    body = ("※このメールは自動返信です。\n\n"
            "このたびはお問い合わせいただき、誠にありがとうございます。\n"
            "以下の内容でメールを受け付けました。担当者より2営業日以内にご連絡いたします。\n\n"
            "【年末年始休業のお知らせ】\n"
            "誠に勝手ながら、2026年12月26日（土）〜2027年1月4日（月）まで休業とさせていただきます。\n"
            "休業期間中のお問い合わせにつきましては、1月5日（火）以降、順次対応いたします。\n"
            "なお、年内の出荷は12月24日（木）受注分までとなります。\n\n"
            "--------------------------------------------------\n"
            f"件名：{req_subject(po)}\n"
            "--------------------------------------------------\n\n"
            "東海金管部品株式会社\n〒460-0000 愛知県名古屋市中区0-0-0\nTEL 052-000-0000\n")
    root = text(body, "plain", "ISO-2022-JP", "7bit")
    date = after_req(po, 1, 9, seconds=31)
    eml = build(addr("東海金管部品株式会社", "info@tokai-kinkan.example", "ISO-2022-JP"), _to(AIKO),
                hdr("【自動返信】Re: " + req_subject(po), "ISO-2022-JP"), date,
                "<20261201180231.autoreply.5521@tokai-kinkan.example>", root, po["request_message_id"],
                extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply"),
                       ("X-Mailer", "Active! mail autoresponder")])
    return case("ja-year-end-holiday-autoreply", "auto_reply", "ja-JP",
                "ISO-2022-JP auto-reply with year-end closure dates and a shipping cut-off date (12月24日)",
                [po], eml, notes="Automatic receipt + year-end holiday notice; the dates are closure/cut-off dates.")


def ar_fr_absence():
    sup = supplier("LEFEVRE", "Ardoises & Cadres Lefèvre SAS", "commandes@lefevre-ardoises.example", "fr-FR")
    po = mkpo("4500238825", sup, "felix", "EUR", "2026-11-30", [
        ln(1, "AL-CAD-60", "Cadre ardoise chêne 60 x 40 cm", 50, "PCS", "27.50", "2026-12-17"),
        ln(2, "AL-CAD-90", "Cadre ardoise chêne 90 x 60 cm", 30, "PCS", "41.00", "2026-12-17"),
    ])
    body = ("Bonjour,\n\nJe suis absente du 30 novembre au 11 décembre inclus, avec un accès limité à mes e-mails.\n"
            "Pour toute commande ou demande de délai, merci de contacter l'ADV : adv@lefevre-ardoises.example "
            "ou 02 40 00 00 00.\n\nCordialement,\nClaire Lefèvre\n")
    root = text(body, "plain", "utf-8", "quoted-printable")
    date = after_req(po, 0, 1, seconds=52)
    eml = build(addr("Claire Lefèvre", "c.lefevre@lefevre-ardoises.example", "utf-8", "Q"), _to(FELIX),
                hdr("Réponse automatique : " + req_subject(po), "utf-8", "Q"), date,
                "<1180553246.4412.1764493092118.JavaMail.zimbra@lefevre-ardoises.example>", root,
                po["request_message_id"],
                extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk"),
                       ("X-Mailer", "Zimbra 10.0.8_GA_0008 (zclient/10.0.8_GA_0008)")])
    return case("fr-zimbra-absence", "auto_reply", "fr-FR",
                "Zimbra vacation reply; absence range ends 11 décembre, close to the PO date",
                [po], eml, notes="Out-of-office; the absence dates are not delivery dates.")


def ar_sg_auto_ack():
    sup = supplier("LIONCITY", "Lion City Lab Supplies Pte Ltd", "sales@lioncitylab.example", "en-SG")
    po = mkpo("4500238930", sup, "samuel", "SGD", "2026-12-01", [
        ln(1, "LC-FH-SASH", "Fume hood sash glass panel 1500 mm", 6, "PCS", "1180.00", "2026-12-22"),
        ln(2, "LC-FH-ROLL", "Sash roller kit", 50, "SET", "42.00", "2026-12-22"),
    ])
    body = ("Dear Valued Customer,\n\nThank you for your email. This is an automated acknowledgement to let you know "
            "that your message has been received by the Lion City Lab Supplies sales team "
            "(Ref: LCL-20261201-0417).\n\n"
            "A sales coordinator will respond within 2 working days. Orders received after 12 pm are processed on "
            "the next working day. Please note our standard lead time for fume hood spares is 3-4 weeks from "
            "order confirmation.\n\nPlease do not reply to this email.\n\n"
            "Lion City Lab Supplies Pte Ltd | 10 Ubi Crescent, #05-00, Singapore 408564 | +65 6000 0000\n")
    root = text(body, "plain", "us-ascii", "7bit")
    date = after_req(po, 1, 8, seconds=9)
    eml = build(addr("Lion City Lab Supplies", "sales@lioncitylab.example"), _to(SAMUEL),
                "Auto: We have received your email [Ref: LCL-20261201-0417]", date,
                "<autoack.LCL-20261201-0417@lioncitylab.example>", root, po["request_message_id"],
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    return case("sg-auto-ack-standard-lead-time", "auto_reply", "en-SG",
                "Automated receipt with a generic 'standard lead time 3-4 weeks' statement",
                [po], eml, notes="Automatic acknowledgment of receipt; generic lead time is not a commitment.")


# =========================================================================== bounce
def bo_postfix_headers_only():
    sup = supplier("OPTICAANDINA", "Óptica Andina SpA", "ventas@opticaandina.example", "es-CL")
    po = mkpo("4500239035", sup, "maren", "CLP", "2026-12-01", [
        ln(1, "OA-EP-9", "Ocular 9 mm, 1,25 pulgadas", 40, "PCS", "38900", "2027-01-12"),
        ln(2, "OA-EP-40", "Ocular 40 mm, 2 pulgadas", 15, "PCS", "74500", "2027-01-12"),
    ])
    rd = req_rfc_date(po)
    qid = "4QbR3x0Kz7z9sWm"
    notif = ("This is the mail system at host mx1.larkspur-trading.example.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<ventas@opticaandina.example>: host mx.opticaandina.example[192.0.2.44] said:\n"
             "    550 5.1.1 <ventas@opticaandina.example>: Recipient address rejected: User\n"
             "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx1.larkspur-trading.example\n"
              f"X-Postfix-Queue-ID: {qid}\n"
              f"X-Postfix-Sender: rfc822; {MAREN[1]}\n"
              f"Arrival-Date: {rd.replace(' +0100', '')} +0100 (CET)\n\n"
              "Final-Recipient: rfc822; ventas@opticaandina.example\n"
              "Original-Recipient: rfc822;ventas@opticaandina.example\n"
              "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.opticaandina.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <ventas@opticaandina.example>: Recipient\n"
              "    address rejected: User unknown in virtual mailbox table\n")
    rcv = (f"from app01.larkspur-trading.example (app01.larkspur-trading.example [10.20.0.15])\n"
           f"\tby mx1.larkspur-trading.example (Postfix) with ESMTPS id {qid}\n"
           f"\tfor <ventas@opticaandina.example>; {rd} (CET)")
    hdrs = header_block(po, [("Return-Path", f"<{MAREN[1]}>"), ("Received", rcv)])
    bnd = f"{qid}.1764577243/mx1.larkspur-trading.example"
    root = multipart("report", [
        raw_part("text/plain", notif, [("charset", "us-ascii")], [("Content-Description", "Notification")]),
        raw_part("message/delivery-status", status, headers=[("Content-Description", "Delivery report")]),
        raw_part("text/rfc822-headers", hdrs, headers=[("Content-Description", "Undelivered Message Headers")]),
    ], bnd, params=[("report-type", "delivery-status")], preamble="This is a MIME-encapsulated message.")
    date = after_req(po, 6, 1, seconds=40, suffix=" (CET)")
    eml = build("MAILER-DAEMON@mx1.larkspur-trading.example (Mail Delivery System)", addr(None, MAREN[1]),
                "Undelivered Mail Returned to Sender", date, f"<20261201082043.{qid}@mx1.larkspur-trading.example>",
                root, pre=[("Return-Path", "<>")],
                recv=f"by mx1.larkspur-trading.example (Postfix)\n\tid {qid}; {date}",
                extra=[("Auto-Submitted", "auto-replied")])
    return case("postfix-dsn-headers-only", "bounce", "es-CL",
                "Postfix multipart/report whose returned part is text/rfc822-headers only (no body, no figures)",
                [po], eml, notes="Permanent failure 5.1.1 for the supplier address; only the headers of our request "
                                 "come back, linked by Message-ID and subject.")


def bo_exchange_ndr():
    sup = supplier("HARFENBAU", "Harfenbau Klein GmbH", "auftrag@harfenbau-klein.example", "de-DE")
    po = mkpo("4500239140", sup, "aiko", "EUR", "2026-11-27", [
        ln(1, "HK-PED-AS", "Pedalmechanik As/A/Ais, Messing", 7, "SET", "212.00", "2027-01-15"),
        ln(2, "HK-FED-7", "Pedalfeder, Satz à 7", 10, "SET", "36.50", "2027-01-15"),
    ])
    orig = request_message(po, received_line=(
        "from AM9PR07MB7184.eurprd07.prod.outlook.example ([::1]) by AM9PR07MB7184.eurprd07.prod.outlook.example "
        f"with mapi id 15.20.8207.007; {req_rfc_date(po)}"))
    txt = ("Delivery has failed to these recipients or groups:\n\n"
           "auftrag@harfenbau-klein.example\n"
           "The email address you entered couldn't be found. Please check the recipient's email address and try to "
           "resend the message. If the problem continues, please contact your helpdesk.\n\n\n\n"
           "Diagnostic information for administrators:\n\n"
           "Generating server: AM9PR07MB7184.eurprd07.prod.outlook.example\n\n"
           "auftrag@harfenbau-klein.example\nmx.harfenbau-klein.example\n"
           "Remote Server returned '550 5.1.1 <auftrag@harfenbau-klein.example>: Recipient address rejected: User "
           "unknown in virtual alias table'\n\nOriginal message headers:\n\n"
           + "".join(f"{k}: {v}\n" for k, v in request_headers(po)))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
            '<div style="font-family:Segoe UI,Arial;font-size:16px">'
            '<p>Your message to <a href="mailto:auftrag@harfenbau-klein.example">auftrag@harfenbau-klein.example</a> '
            "couldn't be delivered.</p>"
            '<p style="font-size:24px;color:#c00000"><b>auftrag</b> wasn\'t found at <b>harfenbau-klein.example</b>.</p>'
            '<table><tr><td>a.lindqvist</td><td>Office 365</td><td>auftrag</td></tr>'
            '<tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>'
            "<p><b>Unknown To address</b></p><p><b>How to Fix It</b><br>The address may be misspelled or may not "
            "exist. Try one or more of the following: retype the recipient's address, then resend the message.</p>"
            "<hr><p><b>Diagnostic information for administrators:</b></p><p>Generating server: "
            "AM9PR07MB7184.eurprd07.prod.outlook.example<br>auftrag@harfenbau-klein.example<br>"
            "Remote Server returned '550 5.1.1 &lt;auftrag@harfenbau-klein.example&gt;: Recipient address rejected: "
            "User unknown in virtual alias table'</p></div></body></html>\n")
    status = ("Reporting-MTA: dns;AM9PR07MB7184.eurprd07.prod.outlook.example\n"
              "Received-From-MTA: dns;AM9PR07MB7184.eurprd07.prod.outlook.example\n"
              f"Arrival-Date: {req_rfc_date(po)}\n\n"
              "Final-Recipient: rfc822;auftrag@harfenbau-klein.example\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp;550 5.1.1 <auftrag@harfenbau-klein.example>: Recipient address rejected: User\n"
              " unknown in virtual alias table\nRemote-MTA: dns;mx.harfenbau-klein.example\n"
              "X-Display-Name: auftrag@harfenbau-klein.example\n")
    alt = multipart("alternative", [text(txt, "plain", "us-ascii", "quoted-printable"),
                                    text(html, "html", "us-ascii", "quoted-printable")], boundary("outlook", "f2a"))
    root = multipart("report", [alt, raw_part("message/delivery-status", status), rfc822(orig)],
                     boundary("outlook", "f2r"), params=[("report-type", "delivery-status")])
    date = after_req(po, 0, 0, seconds=41)
    eml = build("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@larkspur-trading.example>",
                addr(AIKO[0], AIKO[1]), "Undeliverable: " + req_subject(po), date,
                "<a7f3c19e-5b2d-4e81-9c0a-d4e6f8a2b1c3@AM9PR07MB7184.eurprd07.prod.outlook.example>", root,
                po["request_message_id"],
                extra=[("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index("f2")),
                       ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US"),
                       ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Organization-SCL", "-1")])
    return case("exchange-ndr-full-original", "bounce", "de-DE",
                "Exchange Online NDR (HTML + delivery-status) returning the complete original with all PO figures "
                "and the PO PDF",
                [po], eml, notes="Undeliverable (550 5.1.1). The returned original carries every PO figure and our "
                                 "PDF; nothing came from the supplier.")


def bo_gmail_dsn():
    sup = supplier("DURET", "Chaînes Alpines Duret SARL", "commandes@chaines-duret.example", "fr-FR")
    po = mkpo("4500239245", sup, "felix", "EUR", "2026-11-30", [
        ln(1, "CD-NEIGE-70", "Chaîne neige 7 mm, 195/65 R15", 60, "PR", "44.90", "2026-12-15"),
        ln(2, "CD-NEIGE-90", "Chaîne neige 9 mm, 225/45 R17", 40, "PR", "57.80", "2026-12-15"),
    ])
    orig = request_message(po)
    txt = ("\n** Address not found **\n\n"
           "Your message wasn't delivered to commandes@chaines-duret.example because the address couldn't be found, "
           "or is unable to receive mail.\n\n"
           "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
           "The response from the remote server was:\n"
           "550 5.1.1 <commandes@chaines-duret.example>: Recipient address rejected: User unknown in local "
           "recipient table\n")
    html = ('<html><head></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper" '
            'style="padding-top:32px;background-color:#ffffff"><tbody><tr><td><table cellpadding="0" cellspacing="0">'
            '<tbody><tr><td style="font-size:24px;line-height:32px;color:#212121">Address not found</td></tr>'
            "<tr><td style=\"font-size:16px;color:#212121\">Your message wasn't delivered to <a style='color:#212121;"
            "text-decoration:none'><b>commandes@chaines-duret.example</b></a> because the address couldn't be found, "
            "or is unable to receive mail.</td></tr><tr><td style=\"padding-top:24px\">"
            '<a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></td></tr></tbody></table>'
            '</td></tr><tr><td><p>The response from the remote server was:</p><p style="font-family:monospace">'
            "550 5.1.1 &lt;commandes@chaines-duret.example&gt;: Recipient address rejected: User unknown in local "
            "recipient table</p></td></tr></tbody></table></body></html>\n")
    status = ("Reporting-MTA: dns; googlemail.com\n"
              f"Received-From-MTA: dns; {FELIX[1]}\n"
              f"Arrival-Date: {after_req(po, 0, -8, suffix=' (PST)')}\n"
              f"X-Original-Message-ID: {po['request_message_id']}\n\n"
              "Final-Recipient: rfc822; commandes@chaines-duret.example\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; mx.chaines-duret.example. (192.0.2.77, the server for the domain "
              "chaines-duret.example.)\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <commandes@chaines-duret.example>: Recipient address rejected: "
              "User unknown in local recipient table\n"
              f"Last-Attempt-Date: {after_req(po, 0, -8, seconds=2, suffix=' (PST)')}\n")
    alt = multipart("alternative", [text(txt, "plain", "UTF-8", "quoted-printable"),
                                    text(html, "html", "UTF-8", "quoted-printable")], boundary("gmail", "f3a"))
    root = multipart("report", [multipart("related", [alt], boundary("gmail", "f3rel")),
                                raw_part("message/delivery-status", status), rfc822(orig)],
                     boundary("gmail", "f3r"), params=[("report-type", "delivery-status")])
    date = after_req(po, 0, -8, seconds=2, suffix=" (PST)")
    eml = build("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", addr(None, FELIX[1]),
                "Delivery Status Notification (Failure)", date,
                "<6745a1dd.050a0220.2f3e1c.8b2aSMTPIN_ADDED_MISSING@mx.google.com>", root,
                po["request_message_id"],
                extra=[("X-Failed-Recipients", "commandes@chaines-duret.example"),
                       ("Auto-Submitted", "auto-replied")])
    return case("gmail-dsn-address-not-found", "bounce", "fr-FR",
                "Gmail 'Delivery Status Notification (Failure)' with multipart/related HTML, delivery-status and "
                "the full original",
                [po], eml, notes="Gmail DSN, permanent failure; the attached original holds our own PO figures.")


def bo_qmail():
    sup = supplier("OUTBACKTRAMP", "Outback Trampoline Parts Pty Ltd", "orders@outbacktramp.example", "en-AU")
    po = mkpo("4500239350", sup, "maren", "AUD", "2026-11-30", [
        ln(1, "OTP-SPR-140", "Trampoline spring 140 mm, galvanised", 3000, "PCS", "0.95", "2027-01-11"),
        ln(2, "OTP-PAD-12", "Trampoline safety pad, 12 ft", 40, "EA", "64.00", "2027-01-11"),
    ])
    orig = request_message(po, received_line=(
        "from mx1.larkspur-trading.example (198.51.100.7)\n  by mail.outbacktramp.example with SMTP; "
        + after_req(po, 0, 0, seconds=1, weekday=False).replace("+0000", "-0000")))
    body = ("Hi. This is the qmail-send program at mail.outbacktramp.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<orders@outbacktramp.example>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            f"Return-Path: <{MAREN[1]}>\n"
            "Received: (qmail 28411 invoked from network); "
            + after_req(po, 0, 0, seconds=1, weekday=False).replace("+0000", "-0000") + "\n").encode() + orig
    root = Part(None, body=body)
    date = after_req(po, 0, 0, seconds=2, weekday=False).replace("+0000", "-0000")
    eml = build(addr(None, "MAILER-DAEMON@mail.outbacktramp.example"), addr(None, MAREN[1]), "failure notice", date,
                "<20261130081502.28412.qmail@mail.outbacktramp.example>", root, mime_version=None,
                pre=[("Return-Path", "<>")],
                recv="(qmail 28412 invoked for bounce); " + date)
    return case("qmail-failure-notice-plain", "bounce", "en-AU",
                "Non-MIME qmail bounce: plain text followed by a raw copy of our whole request (PO figures, MIME parts)",
                [po], eml, notes="qmail permanent failure (#5.1.1); the copied original is our own request.")


def bo_exim_delay():
    sup = supplier("SANGKAR", "PT Sangkar Burung Nusantara", "sales@sangkarburung.example", "id-ID")
    po = mkpo("4500239455", sup, "aiko", "IDR", "2026-11-30", [
        ln(1, "SB-FEED-T", "Tempat pakan burung gantung, kayu jati", 300, "PCS", "85000", "2027-01-15"),
        ln(2, "SB-FEED-K", "Tempat pakan burung kaca, 2 lubang", 200, "PCS", "62000", "2027-01-15"),
    ])
    msgid = "1vT9kQ-00054r-2B"
    rd = req_rfc_date(po)
    txt = ("This message was created automatically by mail delivery software.\n"
           "A message that you sent has not yet been delivered to one or more of its\n"
           "recipients after more than 24 hours on the queue on mx1.larkspur-trading.example.\n\n"
           f"The message identifier is:     {msgid}\n"
           f"The subject of the message is: {req_subject(po)}\n"
           f"The date of the message is:    {rd}\n\n"
           "The address to which the message has not yet been delivered is:\n\n"
           "  sales@sangkarburung.example\n"
           "    host mail.sangkarburung.example [192.0.2.88]\n"
           "    Delay reason: SMTP error from remote mail server after initial connection:\n"
           "    421 mail.sangkarburung.example: Service temporarily unavailable, try again later\n\n"
           "No action is required on your part. Delivery attempts will continue for\n"
           "some time, and this warning may be repeated at intervals if the message\n"
           "remains undelivered. Eventually the mail delivery software will give up,\n"
           "and when that happens, the message will be returned to you.\n")
    status = ("Reporting-MTA: dns; mx1.larkspur-trading.example\n\n"
              "Action: delayed\nFinal-Recipient: rfc822;sales@sangkarburung.example\nStatus: 4.0.0\n"
              "Remote-MTA: dns; mail.sangkarburung.example\n"
              "Diagnostic-Code: smtp; 421 mail.sangkarburung.example: Service temporarily unavailable, try again later\n"
              f"Will-Retry-Until: {after_req(po, 6 * 24 * 60, 1)}\n")
    hdrs = header_block(po, [("Received", f"from [10.20.0.15] (helo=app01.larkspur-trading.example)\n"
                                          f"\tby mx1.larkspur-trading.example with esmtpsa (Exim 4.98)\n"
                                          f"\tid {msgid}; {rd}")])
    root = multipart("report", [
        raw_part("text/plain", txt, [("charset", "us-ascii")], cte="7bit"),
        raw_part("message/delivery-status", status),
        raw_part("text/rfc822-headers", hdrs, [("charset", "us-ascii")]),
    ], f"1764582810-eximdsn-1804289383", params=[("report-type", "delivery-status")])
    date = after_req(po, 24 * 60 + 1, 1)
    eml = build("Mail Delivery System <Mailer-Daemon@mx1.larkspur-trading.example>", addr(None, AIKO[1]),
                f"Warning: message {msgid} delayed 24 hours", date, f"<E1vTAXq-0006Rk-9F@mx1.larkspur-trading.example>",
                root, references=po["request_message_id"], extra=[("Auto-Submitted", "auto-replied")])
    return case("exim-delay-warning-24h", "bounce", "id-ID",
                "Exim delay warning (Action: delayed, 4.0.0), not a final failure; headers-only original",
                [po], eml, notes="Delivery delayed 24 hours (temporary, will retry). Still a DSN, not a supplier answer.")


# =========================================================================== unrelated
def un_pricelist_newsletter():
    sup = supplier("ALPENKETTE", "Alpenkette Schneeketten GmbH", "auftrag@alpenkette.example", "de-DE")
    po = mkpo("4500236990", sup, "maren", "EUR", "2026-11-26", [
        ln(1, "SK-4412", "Schneekette Gr. 90, 9 mm, 205/55 R16", 30, "PR", "58.90", "2027-01-08"),
        ln(2, "SK-4418", "Schneekette Gr. 120, 12 mm, SUV", 20, "PR", "96.40", "2027-01-08"),
    ])
    rows = [("SK-4412", "Schneekette Gr. 90, 9 mm", "61,40 / Paar", "sofort"),
            ("SK-4418", "Schneekette Gr. 120, 12 mm SUV", "99,90 / Paar", "ab KW 2/2027"),
            ("SK-4425", "Schneekette Gr. 140, 16 mm Transporter", "134,50 / Paar", "ab KW 3/2027"),
            ("SK-0099", "Spannsystem Ersatzteilset", "8,10 / Set", "sofort")]
    plain = ("Alpenkette News | Dezember 2026\n\nDie neue Preisliste 2027 ist da!\n\n"
             "Liebe Kundinnen und Kunden,\n\nab dem 01.01.2027 gelten folgende Nettopreise (zzgl. MwSt.):\n\n"
             + "".join(f"{a:<9} {b:<40} {c:>14}  {d}\n" for a, b, c, d in rows) +
             "\nJetzt bis 15.12.2026 zu alten Preisen vorbestellen - Lieferung ab KW 2/2027.\n\n"
             "Die komplette Preisliste als PDF: https://www.alpenkette.example/preisliste-2027\n\n"
             "Alpenkette Schneeketten GmbH | Am Innkanal 7 | 83022 Rosenheim\n"
             "Sie erhalten diesen Newsletter, weil Sie Kunde bei uns sind. Abmelden: "
             "https://news.alpenkette.example/u/7f3a9c\n")
    trs = "".join(f'<tr><td style="padding:4px 8px">{a}</td><td style="padding:4px 8px">{b}</td>'
                  f'<td style="padding:4px 8px;text-align:right">{c}</td><td style="padding:4px 8px">{d}</td></tr>'
                  for a, b, c, d in rows)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Preisliste 2027</title></head>'
            '<body style="margin:0;background:#eef2f5"><table width="600" align="center" style="background:#fff;'
            'font-family:Arial,sans-serif"><tr><td style="background:#0b3d6e;color:#fff;padding:16px;font-size:20px">'
            'Alpenkette News | Dezember 2026</td></tr><tr><td style="padding:16px"><h1 style="font-size:22px">'
            'Die neue Preisliste 2027 ist da!</h1><p>Liebe Kundinnen und Kunden,</p><p>ab dem 01.01.2027 gelten '
            'folgende Nettopreise (zzgl. MwSt.):</p><table style="border-collapse:collapse;font-size:13px">'
            '<tr style="background:#dde6ee"><th>Art.-Nr.</th><th>Bezeichnung</th><th>Preis 2027 (EUR)</th>'
            f'<th>Verfügbarkeit</th></tr>{trs}</table><p><b>Jetzt bis 15.12.2026 zu alten Preisen vorbestellen</b> - '
            'Lieferung ab KW 2/2027.</p><p><a href="https://www.alpenkette.example/preisliste-2027">Komplette '
            'Preisliste (PDF)</a></p></td></tr><tr><td style="font-size:11px;color:#777;padding:16px">Alpenkette '
            'Schneeketten GmbH | Am Innkanal 7 | 83022 Rosenheim<br>Sie erhalten diesen Newsletter, weil Sie Kunde '
            'bei uns sind. <a href="https://news.alpenkette.example/u/7f3a9c">Abmelden</a></td></tr></table>'
            '<img src="https://news.alpenkette.example/o/7f3a9c.gif" width="1" height="1" alt=""></body></html>\n')
    root = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                     text(html, "html", "utf-8", "quoted-printable")], "b1_7f3a9c2e41d85b06a9")
    date = "Wed, 2 Dec 2026 07:30:00 +0100"
    eml = build(addr("Alpenkette Schneeketten", "newsletter@alpenkette.example"), addr(None, MAREN[1]),
                hdr("Neue Preisliste 2027 – Schneeketten & Zubehör | Jetzt vorbestellen", "utf-8", "Q"), date,
                "<7f3a9c2e41d85b06a9.20261202063000@news.alpenkette.example>", root,
                extra=[("List-Unsubscribe", "<https://news.alpenkette.example/u/7f3a9c>, "
                                            "<mailto:unsubscribe-7f3a9c@news.alpenkette.example>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-Mailer", "CleverReach Mailer"), ("Feedback-ID", "7f3a9c:1204:newsletter:cleverreach")])
    return case("pricelist-newsletter-names-our-items", "unrelated", "de-DE",
                "Supplier newsletter with 2027 prices and week-based availability for exactly our PO item codes",
                [po], eml, notes="Bulk price-list newsletter; mentions SK-4412/SK-4418 with new prices and 'ab KW "
                                 "2/2027', but it is not an answer to PO 4500236990.")


def un_invoice_other_order():
    sup = supplier("HARTLEY", "Hartley Marquee Supplies Ltd", "sales@hartley-marquee.example", "en-GB")
    po = mkpo("4500237101", sup, "felix", "GBP", "2026-11-26", [
        ln(1, "MP-K6-30", "King pole, aluminium, 6.0 m, 100 mm dia", 10, "EA", "142.00", "2026-12-14"),
        ln(2, "MP-SD-24", "Side pole, steel, 2.4 m, galvanised", 80, "EA", "18.75", "2026-12-14"),
    ])
    p = Page()
    p.text(40, 800, "TAX INVOICE", 18, "F2")
    p.lines(40, 775, ["Larkspur Trading Group", "Attention: Accounts Payable", "Waalhaven Z.z. 48",
                      "3089 JH Rotterdam", "NETHERLANDS"], 9.5)
    p.lines(330, 790, ["Invoice Date: 1 Dec 2026", "Invoice Number: INV-58213", "Reference: PO 4500229911",
                       "VAT Number: GB 000 0000 00"], 9.5)
    p.lines(460, 790, ["Hartley Marquee Supplies Ltd", "Unit 4, Severn Valley", "Business Park",
                       "Bridgnorth WV16 4XX"], 8)
    cols = [("Description", 250, "l"), ("Quantity", 60, "r"), ("Unit Price", 70, "r"), ("VAT", 40, "r"),
            ("Amount GBP", 80, "r")]
    rows = [["MP-SD-24 Side pole, steel, 2.4 m, galvanised", "80.00", "18.75", "0%", "1,500.00"],
            ["MP-BP-100 Base plate for 100 mm pole", "40.00", "22.10", "0%", "884.00"],
            ["Carriage to Rotterdam (delivered 20/11/2026)", "1.00", "160.00", "0%", "160.00"]]
    y = table(p, 40, 680, cols, rows, leading=18)
    p.lines(340, y - 10, ["Subtotal      2,544.00", "Total VAT 0%       0.00", "TOTAL GBP     2,544.00"], 10, "F2")
    p.lines(40, y - 80, ["Due Date: 31 Dec 2026", "Payment: Barclays Bank, Sort code 20-00-00, Account 00000000",
                         "Zero-rated intra-trade supply; customer to account for import VAT."], 8.5)
    pdf = make_pdf([p], "Invoice INV-58213", "Hartley Marquee Supplies Ltd", "Xero")
    body = ("Hi Felix,\n\nHere's invoice INV-58213 for GBP 2,544.00.\n\n"
            "This relates to your order 4500229911, delivered 20/11/2026.\n\n"
            "The amount outstanding of GBP 2,544.00 is due on 31 Dec 2026.\n\n"
            "View and pay your bill online: https://in.xero.example/Inv58213ab\n\n"
            "If you have any questions, please let us know.\n\nThanks,\nHartley Marquee Supplies Ltd\n")
    root = multipart("mixed", [text(body, "plain", "utf-8", "quoted-printable"),
                               attachment(pdf, "application/pdf", "Invoice INV-58213.pdf")],
                     "----=_Part_2214773_88432916.1764581400112")
    date = "Tue, 1 Dec 2026 09:30:00 +0000"
    eml = build(addr("Hartley Marquee Supplies Ltd", "messaging-service@post.xero.example"), addr(FELIX[0], FELIX[1]),
                "Invoice INV-58213 from Hartley Marquee Supplies Ltd for Larkspur Trading Group", date,
                "<0102019a2b3c4d5e-6f7a8b9c-0d1e-2f3a-4b5c-6d7e8f9a0b1c-000000@eu-west-1.amazonses.example>", root,
                reply_to="accounts@hartley-marquee.example",
                extra=[("X-Mailer", "Xero"), ("X-Xero-Invoice", "INV-58213")])
    return case("invoice-for-another-po", "unrelated", "en-GB",
                "Invoice (PDF) from the same supplier for an older PO with the same item codes and prices as the "
                "open PO",
                [po], eml, notes="Invoice for PO 4500229911, not the open PO 4500237101; same items and prices, "
                                 "but no acknowledgment.")


def un_it_holiday_greetings():
    sup = supplier("ARPELOMB", "Meccanica Arpe Lombarda S.r.l.", "ordini@arpelombarda.example", "it-IT")
    po = mkpo("4500237215", sup, "aiko", "EUR", "2026-11-27", [
        ln(1, "HP-PED-7", "Pedale per arpa da concerto, ottone", 10, "PCS", "186.00", "2026-12-22"),
        ln(2, "HP-FELT", "Feltro per pedaliera, kit", 6, "SET", "31.00", "2026-12-22"),
    ])
    plain = ("Gentili Clienti,\n\nin occasione delle festività natalizie i nostri uffici e il magazzino resteranno "
             "chiusi dal 24/12/2026 al 06/01/2027 compresi.\n"
             "Gli ordini ricevuti entro il 16/12 saranno evasi entro il 23/12; quelli successivi a partire dal "
             "07/01/2027.\n\n"
             "Vi ringraziamo per la fiducia accordataci nel 2026 e porgiamo i migliori auguri di Buon Natale e "
             "Felice Anno Nuovo!\n\nLo staff di Meccanica Arpe Lombarda\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="text-align:center;font-family:Georgia,serif;color:#7a0c0c"><h2>Buone Feste!</h2></div>'
            + "".join(f"<p>{mime.esc(x)}</p>" for x in plain.strip().split("\n\n")) + "</body></html>\n")
    root = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                     text(html, "html", "utf-8", "quoted-printable")], boundary("mixed", "g3"))
    date = "Tue, 1 Dec 2026 15:00:00 +0100"
    eml = build(addr("Meccanica Arpe Lombarda", "info@arpelombarda.example"), addr(None, "undisclosed-recipients:;"),
                "Auguri di Buone Feste e chiusura aziendale", date,
                "<auguri2026.4f1e2d3c@arpelombarda.example>", root,
                extra=[("Precedence", "bulk"), ("X-Mailer", "Microsoft Outlook 16.0")])
    return case("it-holiday-closure-greetings", "unrelated", "it-IT",
                "Holiday greeting to all customers with closure and order cut-off dates near the PO date",
                [po], eml, notes="Generic season's greetings / closure notice sent to all customers; no reference "
                                 "to PO 4500237215.")


def un_nl_carrier_notice():
    sup = supplier("KASLUCHT", "Kaslucht Techniek B.V.", "verkoop@kaslucht.example", "nl-NL")
    po = mkpo("4500237320", sup, "aiko", "EUR", "2026-11-27", [
        ln(1, "GV-AUTO-45", "Automatische raamopener, wascilinder, 7 kg", 100, "PCS", "24.50", "2026-12-16"),
    ])
    plain = ("Goed nieuws! Je zending van Kaslucht Techniek B.V. is onderweg.\n\n"
             "Verwachte bezorging: donderdag 3 december tussen 10:15 en 12:45\n"
             "Track & Trace: 3SRPD0123456789\nReferentie afzender: 4500229784\nAantal colli: 2\n\n"
             "Bezorgadres:\nLarkspur Trading Group, Central Warehouse\nWaalhaven Z.z. 48\n3089 JH Rotterdam\n\n"
             "Volg je zending: https://track.rijnmond-pakket.example/3SRPD0123456789\n\n"
             "Rijnmond Pakketdienst - Dit is een automatisch verzonden bericht.\n")
    html = ('<html><body style="font-family:Arial"><h2 style="color:#e8590c">Je zending is onderweg</h2>'
            "<p>Goed nieuws! Je zending van <b>Kaslucht Techniek B.V.</b> is onderweg.</p>"
            '<table><tr><td>Verwachte bezorging</td><td><b>donderdag 3 december, 10:15 - 12:45</b></td></tr>'
            "<tr><td>Track &amp; Trace</td><td>3SRPD0123456789</td></tr><tr><td>Referentie afzender</td>"
            "<td>4500229784</td></tr><tr><td>Aantal colli</td><td>2</td></tr></table>"
            '<p><a href="https://track.rijnmond-pakket.example/3SRPD0123456789">Volg je zending</a></p>'
            '<p style="font-size:11px;color:#888">Rijnmond Pakketdienst - Dit is een automatisch verzonden '
            "bericht.</p></body></html>\n")
    root = multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                     text(html, "html", "utf-8", "quoted-printable")], boundary("mixed", "g4"))
    date = "Wed, 2 Dec 2026 06:12:40 +0100"
    eml = build(addr("Rijnmond Pakketdienst", "noreply@rijnmond-pakket.example"), addr(None, AIKO[1]),
                "Je zending van Kaslucht Techniek B.V. is onderweg", date,
                "<tt.3SRPD0123456789.20261202061240@notify.rijnmond-pakket.example>", root,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "RPD Notify 4.1")])
    return case("nl-carrier-tracking-other-reference", "unrelated", "nl-NL",
                "Carrier track-and-trace for a shipment from the same supplier, referencing a different PO number "
                "and a delivery day",
                [po], eml, notes="Shipment notification (reference 4500229784), not an answer to PO 4500237320.")


def un_es_trade_fair():
    sup = supplier("MLEVANTE", "Muelles Levante S.L.", "pedidos@muelleslevante.example", "es-ES")
    po = mkpo("4500237436", sup, "maren", "EUR", "2026-11-30", [
        ln(1, "TR-SP-165", "Muelle cama elástica 165 mm galvanizado", 1500, "PCS", "0.92", "2027-01-15"),
    ])
    plain = ("Estimado cliente:\n\nNos complace invitarle a visitarnos en FIBO 2027 (Colonia, 16-19 de abril de "
             "2027), pabellón 8.1, stand C24.\n\n"
             "Presentaremos nuestra nueva gama de muelles para camas elásticas TR-SP-165 y TR-SP-215 con "
             "recubrimiento Zn-Al, ahora con plazos de entrega de 3 semanas y precios especiales para pedidos "
             "realizados en la feria.\n\n"
             "Solicite su entrada gratuita: https://www.muelleslevante.example/fibo2027\n\n"
             "Un cordial saludo,\nDepartamento de Marketing\nMuelles Levante S.L.\n\n"
             "Si no desea recibir más comunicaciones, responda con BAJA en el asunto.\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body '
            'style="font-family:Verdana;font-size:13px"><h2 style="color:#00557f">FIBO 2027 - le esperamos</h2>'
            + "".join(f"<p>{mime.esc(x).replace(chr(10), '<br>')}</p>" for x in plain.strip().split("\n\n"))
            + "</body></html>\n")
    root = multipart("alternative", [text(plain, "plain", "iso-8859-1", "quoted-printable"),
                                     text(html, "html", "iso-8859-1", "quoted-printable")], boundary("mixed", "g5"))
    date = "Thu, 3 Dec 2026 11:00:00 +0100"
    eml = build(addr("Muelles Levante", "marketing@muelleslevante.example"), addr(None, MAREN[1]),
                "Le invitamos a FIBO 2027 - stand 8.1-C24", date, "<fibo2027.inv.88213@muelleslevante.example>", root,
                extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:marketing@muelleslevante.example?subject=BAJA>")])
    return case("es-trade-fair-invitation", "unrelated", "es-ES",
                "Trade-fair invitation naming the PO's item code and a '3 weeks' lead time",
                [po], eml, notes="Marketing invitation; the item code and lead time are promotional, not an answer "
                                 "to PO 4500237436.")


CASES = [nr_pt_question_logo, nr_us_expedite_conditional, nr_in_will_revert, nr_vi_vague, nr_da_body_vs_pdf,
         nr_ro_after_meeting, nr_ja_coating_question, nr_lt_prepayment, nr_ar_counter_offer,
         ar_de_ooo_colleague, ar_us_zendesk, ar_ja_year_end, ar_fr_absence, ar_sg_auto_ack,
         bo_postfix_headers_only, bo_exchange_ndr, bo_gmail_dsn, bo_qmail, bo_exim_delay,
         un_pricelist_newsletter, un_invoice_other_order, un_it_holiday_greetings, un_nl_carrier_notice,
         un_es_trade_fair]
