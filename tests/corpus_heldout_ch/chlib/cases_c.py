"""Cases 037-054: more locales, ERP attachment, bounces, inline answers, several POs."""
import html as H

from . import mime
from .common import (case, sup, L, PO, acc, chg, REJ, UNC, conf, all_acc, exp_conf, exp, hdate, reply, mid, bnd,
                     iso_day, BUYERS, req_subject, req_text, text2html, html_doc, table_html, request_eml, pdf_att,
                     csv_att, DOM)
from .pdf import make_pdf


def bounce(po, *, frm, subject, date, msgid, human_txt, dsn_fields, boundary, human_html=None, hdr_extra=(),
           original="full", to=None, human_cs="us-ascii", human_cte="7bit"):
    """multipart/report; report-type=delivery-status carrying our original request."""
    parts = []
    if human_html:
        parts.append(mime.multi("alternative", boundary + "_alt", [
            mime.text(human_txt, "plain", "us-ascii", "quoted-printable"),
            mime.text(human_html, "html", "utf-8", "quoted-printable")]))
    else:
        parts.append(mime.text(human_txt, "plain", human_cs, human_cte,
                               extra=[("Content-Description", "Notification")]))
    parts.append(mime.raw_part("message/delivery-status", dsn_fields.encode("ascii"),
                               extra=[("Content-Description", "Delivery report")]))
    orig = request_eml(po)
    if original == "headers":
        head = orig.split(b"\n\n", 1)[0] + b"\n"
        parts.append(mime.raw_part("text/rfc822-headers", head, extra=[("Content-Description", "Undelivered Message Headers")]))
    else:
        parts.append(mime.raw_part("message/rfc822", orig, extra=[("Content-Description", "Undelivered Message")]))
    root = mime.multi("report", boundary, parts, params=" report-type=delivery-status;",
                      preamble="This is a MIME-encapsulated message." if not human_html else None)
    b = BUYERS[po["_bkey"]]
    hs = [("From", frm), ("To", to or mime.addr(b[0], b[1])), ("Subject", subject), ("Date", date),
          ("Message-ID", msgid)] + list(hdr_extra)
    return mime.message(hs, root)


@case("id-id-combs-per-sisir-vs-box", "confirmation/id-ID",
      "Indonesian reply quotes line 1 per comb (USD 14,50 per sisir, 300 sisir) although the PO counts boxes of 10, and only the date moves.")
def c037():
    s = sup("ACDN", "PT Alat Cukur Domba Nusantara", "penjualan@acdnusantara.example", "id-ID")
    po = PO("4500031910", s, "dana", "USD", "2026-11-10", [
        L(1, "SSC-ID-13", "Shearing comb 13-tooth 95 mm, box of 10", 30, "BOX", "145.00", "2026-12-11"),
        L(2, "SSC-ID-CT4", "Shearing cutter 4-point 3.5 mm, box of 10", 50, "BOX", "52.00", "2026-12-11"),
    ])
    body = ("Dengan hormat, Ibu Dana,\n\nBersama ini kami konfirmasi PO 4500031910 sebagai berikut:\n\n"
            "1. Sisir cukur 13 gigi 95 mm: 300 sisir (30 kotak isi 10), harga USD 14,50 per sisir, "
            "tanggal pengiriman 18 Desember 2026.\n"
            "2. Pisau cutter 4 titik 3,5 mm: 50 kotak, harga USD 52,00 per kotak, tanggal pengiriman "
            "11 Desember 2026.\n\nMohon maaf, baja untuk sisir baru tiba minggu depan.")
    sig = ("Hormat kami,\nRina Wulandari\nPT Alat Cukur Domba Nusantara\nJl. Raya Cikarang No. 27, Bekasi 17530\n"
           "Telp. +62 21 8990 4412")
    eml = reply(po, ("Rina Wulandari", "penjualan@acdnusantara.example"), body, hdate(2026, 11, 17, 15, 8, 0, "+0700"),
                "c037", sig=sig, style="outlook", lang="id", cs="iso-8859-1", re_="RE:",
                sent="Selasa, 10 November 2026 20.05", greet="Dear Ms Wulandari,")
    assert 14.50 * 10 == 145.00 and 300 == 30 * 10
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, d="2026-12-18"), 2: acc(po, 2)})],
                               "Per-comb price 14,50 x 10 = 145.00 per box and 300 combs = 30 boxes, both equal the PO; "
                               "only line 1's date changes to 2026-12-18.")


@case("ms-my-crocks-vague-next-week", "needs_review/ms-MY",
      "Malay/English reply that says dates follow next week after the kiln schedule and prices are 'expected' unchanged, 'maybe end of December'.")
def c038():
    s = sup("TLSY", "Tembikar Labu Sayong Sdn. Bhd.", "jualan@labusayong.example", "ms-MY")
    po = PO("4500031928", s, "ines", "MYR", "2026-11-13", [
        L(1, "KJ-CR-8L", "Ceramic kombucha crock 8 L with lid", 80, "EA", "46.00", "2026-12-18"),
        L(2, "KJ-CR-15L", "Ceramic kombucha crock 15 L with lid", 40, "EA", "79.00", "2026-12-18"),
    ])
    body = ("Salam sejahtera Cik Ines,\n\nTerima kasih atas PO 4500031928. Kami akan sahkan tarikh penghantaran "
            "minggu depan selepas jadual tanur (kiln) keluar. Harga dijangka sama seperti PO, tetapi tarikh "
            "mungkin hujung Disember - belum pasti lagi.\n\nWill update you by next Wednesday, thanks.")
    sig = ("Yang benar,\nNurul Aina binti Hassan\nTembikar Labu Sayong Sdn. Bhd.\n"
           "Lot 12, Kampung Sayong Lembah, 33000 Kuala Kangsar, Perak\nTel: +60 5-776 2190")
    eml = reply(po, ("Nurul Aina", "jualan@labusayong.example"), body, hdate(2026, 11, 18, 9, 40, 30, "+0800"), "c038",
                sig=sig, style="gmail", cs="UTF-8", quote_cs=False, re_="Re:", greet="Dear Sir or Madam,",
                intro="On Fri, 13 Nov 2026 at 21:05, Ines Haldane <ines.haldane@northgate-supply.example> wrote:")
    return [po], eml, exp("needs_review",
                          "No commitment: dates will be confirmed next week, price only 'expected' to stay, 'maybe end "
                          "of December' is a guess.")


@case("hi-in-bosses-sample-question", "needs_review/hi-IN",
      "Hindi-English (Hinglish) reply that asks about thickness and a logo and promises rate and date only after sample approval.")
def c039():
    s = sup("SSUD", "Sharma Sports Udyog", "sales@sharmasportsudyog.example", "hi-IN")
    po = PO("4500031946", s, "marc", "INR", "2026-11-12", [
        L(1, "AB-JUTE-90", "Archery target boss, jute, 90 cm, 15 cm thick", 20, "EA", "3450.00", "2027-01-08"),
        L(2, "AB-STD-IN", "Target stand, sal wood, 1.8 m", 20, "EA", "2100.00", "2027-01-08"),
    ])
    body = ("नमस्ते Marc जी,\n\nPO 4500031946 मिल गया है, धन्यवाद। कन्फर्म करने से पहले दो बातें:\n"
            "1) 90 cm boss की मोटाई 15 cm ही चाहिए या 12 cm भी चलेगी?\n"
            "2) Stand पर आपका logo चाहिए?\n\n"
            "Sample की photo कल भेज देंगे, आपके approval के बाद rate और delivery date confirm करेंगे।")
    sig = ("धन्यवाद,\nराहुल शर्मा\nSharma Sports Udyog\nSports Goods Complex, Delhi Road, Meerut (U.P.) 250002\n"
           "Mob. +91 98370 41 226")
    eml = reply(po, ("Rahul Sharma", "sales@sharmasportsudyog.example"), body, hdate(2026, 11, 16, 18, 2, 40, "+0530"),
                "c039", sig=sig, style="gmail", cs="UTF-8", cte="base64", quote_cs=False, re_="Re:",
                greet="Dear Mr Sharma,",
                intro="On Thu, 12 Nov 2026 at 18:35, Marc Oyelaran <marc.oyelaran@northgate-supply.example> wrote:")
    return [po], eml, exp("needs_review",
                          "Questions only; rate and delivery date explicitly wait for sample approval; 90/15/12 cm are "
                          "dimensions.")


@case("en-za-combs-short-and-refused", "confirmation/en-ZA",
      "South African rand amounts with comma decimals and space thousands ('R 1 250,00'), a reduced quantity and a refused line.")
def c040():
    s = sup("KRSS", "Karoo Shearing Supplies (Pty) Ltd", "sales@karooshearing.example", "en-ZA")
    po = PO("4500031964", s, "sofia", "ZAR", "2026-11-09", [
        L(1, "SSC-ZA-20", "Lamb shearing comb 20-tooth, 76 mm", 60, "EA", "285.00", "2026-12-11"),
        L(2, "SSC-ZA-HP", "Handpiece overhaul kit, 2027 type", 12, "SET", "1250.00", "2026-12-11"),
        L(3, "SSC-ZA-GR", "Grinder disc 15 in, 80 grit", 25, "EA", "410.00", "2026-12-11"),
    ])
    body = ("Hi Sofia\n\nThanks for the order, see below:\n\n"
            "Line 1 - 60 combs @ R 285,00 each, in stock, will be with you 11/12/2026.\n"
            "Line 2 - we can confirm 8 kits (not 12) @ R 1 250,00, delivery 11/12/2026. The balance of 4 we "
            "won't get this year, please cancel them.\n"
            "Line 3 - sorry, the 80 grit discs have been discontinued by our supplier, we can't supply this line.\n\n"
            "Shout if you need anything else.")
    sig = ("Cheers\nJohan van der Merwe\nKaroo Shearing Supplies (Pty) Ltd\n14 Voortrekker Street, Graaff-Reinet, 6280\n"
           "Tel: 049 892 3310 | Cell: 082 441 7702")
    eml = reply(po, ("Johan van der Merwe", "sales@karooshearing.example"), body, hdate(2026, 11, 11, 8, 12, 9, "+0200"),
                "c040", sig=sig, style="outlook", cs="us-ascii", re_="RE:", greet="Dear Johan,",
                sent="Monday, 09 November 2026 15:05")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, q=8), 3: REJ})],
                               "Line 2 confirmed at 8 of 12 (the rest explicitly cancelled), line 3 refused; 11/12/2026 "
                               "day-first = requested; R 1 250,00 = 1250.00.")


@case("en-au-blades-two-pos-split", "confirmation/en-AU",
      "One Australian reply answers two POs, splitting the blades 8 + 8 with the second lot on 22/01/2027.")
def c041():
    s = sup("SACP", "Southern Aero Composites Pty Ltd", "orders@southernaero.example", "en-AU")
    a = PO("4500031982", s, "piet", "AUD", "2026-11-06", [
        L(1, "WTF-AU-900", "Wind tunnel fan blade 900 mm, GFRP, 2027 model", 16, "EA", "1380.00", "2026-12-18"),
        L(2, "WTF-AU-SPN", "Spinner cone 400 mm", 2, "EA", "960.00", "2026-12-18"),
    ])
    b = PO("4500032000", s, "piet", "AUD", "2026-11-10", [
        L(1, "WTF-AU-BAL", "Balancing weight kit 5-50 g", 4, "SET", "85.00", "2026-12-18"),
    ])
    body = ("G'day Piet,\n\nCovering both of your POs in one go:\n\n"
            "PO 4500031982\n- Blades (line 1): we'll send 8 on 18/12 and the remaining 8 on 22/01/2027 - the second "
            "mould is out for repair until mid Jan. Price as per PO.\n- Spinner cones (line 2): 2 off @ $960.00, "
            "18/12 as requested.\n\n"
            "PO 4500032000\n- Balancing kits: 4 sets @ $85.00, 18/12, no worries.\n\n"
            "All prices AUD ex GST.")
    sig = ("Cheers,\nBec Thompson\nSouthern Aero Composites Pty Ltd\n21 Hargreaves St, Moorabbin VIC 3189\n"
           "P: (03) 9555 2718")
    eml = reply(a, ("Bec Thompson", "orders@southernaero.example"), body, hdate(2026, 11, 20, 9, 5, 37, "+1100"),
                "c041", sig=sig, style="gmail", cs="UTF-8", quote_cs=False, re_="Re:", greet="Dear Bec,",
                intro="On Sat, 7 Nov 2026 at 00:05, Piet van Aarle <piet.vanaarle@northgate-supply.example> wrote:")
    return [a, b], eml, exp_conf([
        conf(a, {1: chg(a, 1, sched=[(8, "2026-12-18"), (8, "2027-01-22")]), 2: acc(a, 2)}), all_acc(b)],
        "Two POs answered in one mail (thread is on the first); blades split 8 + 8, last 2027-01-22; '18/12' without "
        "year = 2026-12-18; 'mid Jan' is only an explanation.")


@case("en-nz-ticket-system-receipt", "auto_reply/en-NZ",
      "Helpdesk ticket auto-acknowledgement with a ticket number and a response time, quoting our subject but committing to nothing.")
def c042():
    s = sup("AKBS", "Aotearoa Kombucha & Brewing Supplies Ltd", "orders@akbs.example", "en-NZ")
    po = PO("4500032018", s, "dana", "NZD", "2026-11-16", [
        L(1, "KJ-NZ-20L", "Fermenting jar 20 L glass, stainless tap 1/2 in", 24, "EA", "64.50", "2026-12-16"),
    ])
    txt = ("##- Please type your reply above this line -##\n\n"
           "Kia ora,\n\nThanks for getting in touch. Your request (#84213) has been received and is being reviewed by "
           "our orders team.\n\nSubject: Order acknowledgment request - PO 4500032018\n\n"
           "We aim to respond within 2 working days (Mon-Fri, 8:30 am - 5:00 pm NZDT). Orders placed after 12 December "
           "will be dispatched from 6 January.\n\nTo add any additional comments, reply to this email.\n\n"
           "Aotearoa Kombucha & Brewing Supplies | 5 Akoranga Drive, Northcote, Auckland 0627 | 09 480 2211\n\n"
           "This email is a service from AKBS Support. [R7M2QX-K8P4]")
    htm = ('<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>\n' + text2html(txt.split("\n\n", 1)[1]))
    root = mime.multi("alternative", bnd("erp", "c042"), [
        mime.text(txt, "plain", "UTF-8", "quoted-printable", quote_cs=False),
        mime.text(html_doc(htm), "html", "UTF-8", "quoted-printable", quote_cs=False)])
    hs = [("From", mime.addr("AKBS Support", "support@akbs.example")), ("Reply-To", "support+id84213@akbs.example"),
          ("To", mime.addr(*BUYERS["dana"])), ("Subject", "[AKBS] Re: " + req_subject(po)),
          ("Date", hdate(2026, 11, 17, 2, 6, 1, "+1300")), ("Message-ID", "<R7M2QX-K8P4_6737a1c2e1f0_84213@akbs.example>"),
          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")]
    return [po], mime.message(hs, root), exp("auto_reply",
                                             "Ticket system receipt; 12 December / 6 January are general dispatch "
                                             "notes, not dates for this PO.")


@case("en-sg-hinges-erp-pdf-only", "confirmation/en-SG",
      "System-generated mail whose only content is a PDF sales order acknowledgement; the changes are only in the PDF table.")
def c043():
    s = sup("MRPS", "Merlion Philatelic Supplies Pte Ltd", "sales@merlionphilatelic.example", "en-SG")
    po = PO("4500032036", s, "ines", "SGD", "2026-11-11", [
        L(1, "SAH-SG-500", "Peelable stamp hinges, pack of 500", 100, "EA", "4.20", "2026-12-09"),
        L(2, "SAH-ALB-64", "Stamp album 64 pages, 12x9 in, black", 20, "EA", "38.00", "2026-12-09"),
        L(3, "SAH-TWZ-120", "Stamp tongs 120 mm spade tip", 30, "EA", "7.50", "2026-12-09"),
    ])
    assert round(100 * 4.20 + 20 * 38.00 + 30 * 7.90, 2) == 1417.00 and round(1417 * 0.09, 2) == 127.53
    lines = [("Merlion Philatelic Supplies Pte Ltd", 13, True),
             "10 Ubi Crescent #05-21, Ubi Techpark, Singapore 408564 | GST Reg. No. 201512345K",
             "", ("SALES ORDER ACKNOWLEDGEMENT", 14, True), "",
             "SO No.: SO-26-11873          SO Date: 13/11/2026",
             "Customer: Northgate Supply Group          Customer PO: 4500032036",
             "Attn: Ines Haldane          Currency: SGD          Terms: 30 days nett", "",
             ("Ln   Item           Description                               Qty   UOM   Unit Price   Amount   Delivery Date", 8, True),
             ("1    SAH-SG-500     Peelable stamp hinges, pack of 500        100   EA    4.20         420.00   09/12/2026", 8, False),
             ("2    SAH-ALB-64     Stamp album 64 pages, 12x9 in, black       20   EA    38.00        760.00   16/12/2026", 8, False),
             ("3    SAH-TWZ-120    Stamp tongs 120 mm spade tip               30   EA    7.90         237.00   09/12/2026", 8, False),
             "", "Subtotal SGD 1,417.00     GST 9% SGD 127.53     Total SGD 1,544.53", "",
             "Delivery dates are dd/mm/yyyy. Goods remain our property until paid in full.",
             "This document is computer generated and requires no signature."]
    pdf = make_pdf(lines, compress=False, date="D:20261113101522+08'00'", title="SO-26-11873",
                   producer="SAP Business One 10.0", author="Merlion Philatelic Supplies")
    body = ("Dear Customer,\n\nPlease find attached our Sales Order Acknowledgement SO-26-11873 for your purchase order "
            "4500032036.\n\nThis is a system-generated e-mail. Please do not reply to this address; contact "
            "sales@merlionphilatelic.example for any queries.\n\nMerlion Philatelic Supplies Pte Ltd")
    root = mime.multi("mixed", bnd("erp", "c043"), [mime.text(body, "plain", "us-ascii", "7bit"),
                                                    pdf_att(pdf, "SO-26-11873.pdf")])
    hs = [("From", mime.addr("Merlion Philatelic - Sales Orders", "noreply@merlionphilatelic.example")),
          ("To", mime.addr(*BUYERS["ines"])),
          ("Subject", "Sales Order Acknowledgement SO-26-11873 / Your PO 4500032036"),
          ("Date", hdate(2026, 11, 13, 10, 15, 24, "+0800")), ("Message-ID", mid("erp", "c043", "sapb1.merlionphilatelic.example")),
          ("X-Mailer", "SAP Business One Mailer")]
    return [po], mime.message(hs, root), exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-16"),
                                                               3: chg(po, 3, p="7.90")})],
                                                  "ERP acknowledgement = confirmation; everything is in the PDF: line 2 "
                                                  "delivery 16/12/2026, line 3 price 7.90; 13/11/2026 is the SO date.")


@case("en-ie-postfix-dsn-user-unknown", "bounce/en-IE",
      "Postfix DSN (multipart/report) for an unknown mailbox that carries our full original request with its PO table and dates.")
def c044():
    s = sup("ATSL", "Atlantic Tidal Seals Ltd", "sales@atlantictidalseals.example", "en-IE")
    po = PO("4500032054", s, "marc", "EUR", "2026-11-10", [
        L(1, "TTS-IE-900", "Tidal turbine face seal 900 mm, 2027 rev. B", 4, "EA", "2875.00", "2027-01-22"),
        L(2, "TTS-IE-ORK", "O-ring kit 12-piece, 3/8 to 2 in", 4, "SET", "145.00", "2027-01-22"),
    ])
    host = "mx1." + DOM
    human = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
             "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from "
             "the attached returned message.\n\n                   The mail system\n\n"
             "<sales@atlantictidalseals.example>: host mail.atlantictidalseals.example[203.0.113.25]\n"
             "    said: 550 5.1.1 <sales@atlantictidalseals.example>: Recipient address\n"
             "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)\n" % host)
    dsn = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4F2A8C0E12\nX-Postfix-Sender: rfc822; "
           "marc.oyelaran@%s\nArrival-Date: Tue, 10 Nov 2026 14:05:02 +0100 (CET)\n\n"
           "Final-Recipient: rfc822; sales@atlantictidalseals.example\n"
           "Original-Recipient: rfc822;sales@atlantictidalseals.example\nAction: failed\nStatus: 5.1.1\n"
           "Remote-MTA: dns; mail.atlantictidalseals.example\nDiagnostic-Code: smtp; 550 5.1.1\n"
           "    <sales@atlantictidalseals.example>: Recipient address rejected: User unknown\n"
           "    in virtual mailbox table\n" % (host, DOM))
    eml = bounce(po, frm="MAILER-DAEMON@%s (Mail Delivery System)" % host,
                 subject="Undelivered Mail Returned to Sender", date="Tue, 10 Nov 2026 14:05:31 +0100 (CET)",
                 msgid="<20261110130531.7C3B1A0F44@%s>" % host, human_txt=human, dsn_fields=dsn,
                 boundary="7C3B1A0F44.1762779931/%s" % host, hdr_extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, exp("bounce",
                          "Our own request comes back inside the DSN with the PO table and 2027-01-22 dates; nothing "
                          "from the supplier.")


@case("el-gr-harness-percent-increase", "confirmation/el-GR",
      "Greek ISO-8859-7 reply applying 'αύξηση 5%' to one line's price and moving its date to 21/12/2026.")
def c045():
    s = sup("KYNO", "Kynotechniki E.P.E.", "paraggelies@kynotechniki.example", "el-GR")
    po = PO("4500032072", s, "sofia", "EUR", "2026-11-12", [
        L(1, "TDH-GR-M", "Truffle dog harness size M, 2027 colour olive", 25, "EA", "34.90", "2026-12-14"),
        L(2, "TDH-GR-L", "Truffle dog harness size L", 15, "EA", "37.90", "2026-12-14"),
        L(3, "TDH-LSH-5", "Tracking leash 5 m x 12 mm", 40, "EA", "18.00", "2026-12-14"),
    ])
    body = ("Αγαπητή κα Lindqvist,\n\nεπιβεβαιώνουμε την παραγγελία σας 4500032072 ως εξής:\n\n"
            "Θέση 1: 25 τεμ. x 34,90 €, παράδοση 14/12/2026.\n"
            "Θέση 2: 15 τεμ. x 37,90 €, παράδοση 14/12/2026.\n"
            "Θέση 3: 40 τεμ., με αύξηση 5% στην τιμή λόγω κόστους του νάιλον, παράδοση 21/12/2026.\n\n"
            "Οι τιμές δεν περιλαμβάνουν ΦΠΑ 24%.")
    sig = ("Με εκτίμηση,\nΓιώργος Παπαδόπουλος\nΚυνοτεχνική Ε.Π.Ε.\nΛεωφ. Κηφισίας 212, 152 31 Χαλάνδρι\n"
           "Τηλ. 210 6894 320")
    eml = reply(po, ("Γιώργος Παπαδόπουλος", "paraggelies@kynotechniki.example"), body,
                hdate(2026, 11, 19, 12, 48, 16, "+0200"), "c045", sig=sig, style="outlook", lang="el",
                cs="iso-8859-7", re_="RE:", sent="Πέμπτη, 12 Νοεμβρίου 2026 3:05 μμ", greet="Dear Mr Papadopoulos,")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="18.90", d="2026-12-21")})],
                               "+5% applies to the PO price 18.00 -> 18.90; line 3 also moves to 2026-12-21; 24% is VAT.")


@case("tr-tr-caps-price-per-100", "confirmation/tr-TR",
      "Turkish prices given per 100 pieces ('100 adet fiyatı 2,35 EUR') against a per-piece PO, with dotted thousands '200.000 adet'.")
def c046():
    s = sup("BUZK", "Buzul Kapak Ambalaj San. ve Tic. A.Ş.", "satis@buzulkapak.example", "tr-TR")
    po = PO("4500032090", s, "marc", "EUR", "2026-11-11", [
        L(1, "GWC-TR-28", "Glacier water bottle cap 28 mm 1881, white", 200000, "PCS", "0.0220", "2026-12-18"),
        L(2, "GWC-TR-38", "Glacier water bottle cap 38 mm 3-start, blue", 60000, "PCS", "0.0310", "2026-12-18"),
    ])
    body = ("Sayın Marc Bey,\n\n4500032090 no.lu siparişinizi aşağıdaki şekilde onaylıyoruz:\n\n"
            "1. 28 mm kapak (beyaz): 200.000 adet, 100 adet fiyatı 2,35 EUR, teslim tarihi 18.12.2026\n"
            "2. 38 mm kapak (mavi): 60.000 adet, 100 adet fiyatı 3,10 EUR, teslim tarihi 08.01.2027\n\n"
            "Hammadde (HDPE) fiyat artışı nedeniyle 28 mm kapak fiyatı güncellenmiştir.")
    sig = ("Saygılarımızla,\nAyşe Yılmaz\nİhracat Satış Sorumlusu\nBuzul Kapak Ambalaj San. ve Tic. A.Ş.\n"
           "Gebze OSB 2. Cad. No: 14, 41400 Gebze / Kocaeli\nTel: +90 262 751 38 20")
    eml = reply(po, ("Ayşe Yılmaz", "satis@buzulkapak.example"), body, hdate(2026, 11, 18, 10, 2, 58, "+0300"), "c046",
                sig=sig, style="outlook", lang="tr", cs="iso-8859-9", re_="YNT:",
                sent="11 Kasım 2026 Çarşamba 16:05", greet="Dear Ms Yilmaz,")
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, p="0.0235"), 2: chg(po, 2, d="2027-01-08")})],
                               "Per-100 prices: 2,35/100 = 0.0235 (was 0.0220) and 3,10/100 = 0.0310 (unchanged); line 2 "
                               "moves to 2027-01-08; '200.000' is a dotted thousands quantity.")


@case("sk-sk-boxes-three-pos-one-answered", "confirmation/sk-SK",
      "Three open POs from one supplier; the Slovak reply confirms the ribbon PO and only mentions that the other two follow tomorrow.")
def c047():
    s = sup("OBTT", "Obalex Trnava s.r.o.", "objednavky@obalex-trnava.example", "sk-SK")
    a = PO("4500032108", s, "ines", "EUR", "2026-11-05", [
        L(1, "PSB-SK-1220", "Ballet pointe shoe box 12x20x9 cm, pink, 2027 logo", 3000, "EA", "0.62", "2026-12-11"),
        L(2, "PSB-SK-INS", "Cardboard insert 11x19 cm", 3000, "EA", "0.08", "2026-12-11"),
    ])
    b = PO("4500032126", s, "ines", "EUR", "2026-11-09", [
        L(1, "PSB-SK-RIB", "Satin ribbon 10 mm x 50 m, pink", 40, "ROL", "3.90", "2026-12-11"),
    ])
    c = PO("4500032144", s, "ines", "EUR", "2026-11-12", [
        L(1, "PSB-SK-LBL", "Label 40x60 mm, roll of 1000", 12, "ROL", "9.80", "2027-01-08"),
    ])
    body = ("Dobrý deň pani Haldane,\n\nk objednávke 4500032126: stuha saténová 10 mm x 50 m ružová, 40 kotúčov, "
            "cena 3,90 EUR/kotúč, dodanie 11.12.2026 - potvrdzujeme.\n\n"
            "Objednávky 4500032108 a 4500032144 Vám potvrdíme zajtra, čakáme na termín z tlačiarne.")
    sig = ("S pozdravom\nMartina Kováčová\nObalex Trnava s.r.o.\nPriemyselná 7, 917 01 Trnava\n"
           "tel.: +421 33 551 24 80")
    eml = reply(b, ("Martina Kováčová", "objednavky@obalex-trnava.example"), body, hdate(2026, 11, 12, 15, 30, 44),
                "c047", sig=sig, style="outlook", lang="sk", cs="windows-1250", re_="RE:",
                sent="pondelok 9. novembra 2026 14:05", greet="Dear Ms Kovacova,")
    return [a, b, c], eml, exp_conf([all_acc(b)],
                                    "Only PO 4500032126 is answered (as ordered); the other two POs are merely "
                                    "mentioned as coming tomorrow and are left out.")


@case("sl-si-out-of-office", "auto_reply/sl-SI",
      "Slovenian Gmail vacation responder with an absence date range and a deputy's phone number.")
def c048():
    s = sup("DRST", "Drsalna Tehnika d.o.o.", "prodaja@drsalnatehnika.example", "sl-SI")
    po = PO("4500032162", s, "dana", "EUR", "2026-11-16", [
        L(1, "BSR-SI-MONO", "Monobob runner set, 2027 homologation, 8 mm", 2, "SET", "2650.00", "2027-01-15"),
    ])
    txt = ("Pozdravljeni,\n\nod 16. 11. do 27. 11. 2026 sem na sejmu in nato na dopustu, zato e-pošte ne pregledujem "
           "redno. V nujnih primerih pokličite sodelavca Marka Novaka na +386 4 201 55 30.\n\n"
           "Lep pozdrav,\nTjaša Kranjc\nDrsalna Tehnika d.o.o.")
    root = mime.multi("alternative", bnd("gmail", "c048"), [
        mime.text(txt, "plain", "UTF-8", "quoted-printable", quote_cs=False),
        mime.text('<div dir="ltr">' + text2html(txt) + "</div>\n", "html", "UTF-8", "quoted-printable", quote_cs=False)])
    hs = [("From", mime.addr("Tjaša Kranjc", "prodaja@drsalnatehnika.example")), ("To", mime.addr(*BUYERS["dana"])),
          ("Subject", "Re: " + req_subject(po)), ("Date", hdate(2026, 11, 16, 14, 5, 40)),
          ("Message-ID", mid("gmail", "c048")), ("In-Reply-To", po["request_message_id"]),
          ("References", po["request_message_id"]), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    return [po], mime.message(hs, root), exp("auto_reply", "Vacation auto-reply; 16.-27. 11. is the absence, not an answer.")


@case("sr-rs-paddles-cyrillic", "confirmation/sr-RS",
      "Serbian Cyrillic reply with dotted-thousands EUR prices; only the spindle line moves a week to 29.01.2027.")
def c049():
    s = sup("HMBC", "Hidromehanika Bečej d.o.o.", "prodaja@hidromehanika-becej.example", "sr-RS")
    po = PO("4500032180", s, "marc", "EUR", "2026-11-10", [
        L(1, "CLP-RS-1500", "Lock gate paddle 1500x1100 mm, S355, hot-dip galvanized", 2, "EA", "6900.00", "2027-01-22"),
        L(2, "CLP-RS-SPN", "Paddle spindle M36x4, 1.8 m, stainless", 2, "EA", "1240.00", "2027-01-22"),
        L(3, "CLP-RS-GDE", "Guide rail UHMW-PE 40x60 mm", 12, "M", "58.00", "2027-01-22"),
    ])
    body = ("Поштовани господине Ојеларан,\n\nпотврђујемо поруџбину 4500032180:\n\n"
            "поз. 1 - табла затварача 1500x1100 мм: 2 ком. по 6.900,00 EUR, испорука 22.01.2027.\n"
            "поз. 2 - вретено M36x4, 1,8 м: 2 ком. по 1.240,00 EUR, испорука 29.01.2027.\n"
            "поз. 3 - вођица UHMW-PE 40x60 мм: 12 м по 58,00 EUR, испорука 22.01.2027.\n\nЦене су без ПДВ-а.")
    sig = ("Срдачан поздрав,\nДраган Јовановић\nХидромеханика Бечеј д.о.о.\nИндустријска зона бб, 21220 Бечеј\n"
           "тел. +381 21 691 24 30")
    eml = reply(po, ("Драган Јовановић", "prodaja@hidromehanika-becej.example"), body,
                hdate(2026, 11, 24, 13, 14, 2), "c049", sig=sig, style="outlook", lang="sr", cs="utf-8",
                cte="base64", re_="RE:", sent="уторак, 10. новембар 2026. 14:05", greet="Dear Mr Jovanovic,")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-29"), 3: acc(po, 3)})],
                               "Cyrillic; 6.900,00 = 6900.00; only line 2 moves to 2027-01-29.")


@case("de-de-exchange-ndr-unzustellbar", "bounce/de-DE",
      "German Exchange Online NDR ('Unzustellbar') from the supplier's tenant, HTML and text, with our request attached as message/rfc822.")
def c050():
    s = sup("BBFE", "Schwarzwälder Blasebalgmanufaktur Fehrenbach", "auftrag@blasebalg-fehrenbach.example", "de-DE")
    po = PO("4500032198", s, "ines", "EUR", "2026-11-13", [
        L(1, "CCB-DE-58", "Cuckoo clock bellows 58x30 mm, pair, 2-tone", 60, "PAIR", "13.80", "2026-12-16"),
        L(2, "CCB-DE-PIP", "Bellows pipe set 24/28 mm", 60, "SET", "6.20", "2026-12-16"),
        L(3, "CCB-DE-LTH", "Bellows leather 0.3 mm, 30x40 cm", 20, "EA", "8.40", "2026-12-16"),
    ])
    human = ("Ihre Nachricht hat auftrag@blasebalg-fehrenbach.example nicht erreicht.\n\n"
             "auftrag wurde nicht gefunden bei blasebalg-fehrenbach.example.\n\n"
             "Diagnoseinformationen fuer Administratoren:\n\nGenerierender Server: FR2P281MB1544.DEUP281.PROD.OUTLOOK.COM\n\n"
             "auftrag@blasebalg-fehrenbach.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
             "Recipient not found by SMTP address lookup'\n\nOriginalnachrichtenkopfzeilen:\n\n"
             "Subject: Order acknowledgment request - PO 4500032198\nMessage-ID: %s\n" % po["request_message_id"])
    hh = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
          '<p><b><font color="#000066" size="3" face="Segoe UI">Ihre Nachricht hat '
          '<a href="mailto:auftrag@blasebalg-fehrenbach.example">auftrag@blasebalg-fehrenbach.example</a> nicht '
          'erreicht.</font></b></p>\n<p>auftrag wurde nicht gefunden bei blasebalg-fehrenbach.example.</p>\n'
          '<p><b>Diagnoseinformationen für Administratoren:</b><br>Generierender Server: '
          'FR2P281MB1544.DEUP281.PROD.OUTLOOK.COM<br>Remote Server returned \'550 5.1.10 '
          'RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'</p></body></html>\n')
    dsn = ("Reporting-MTA: dns;FR2P281MB1544.DEUP281.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;mx1.%s\n"
           "Arrival-Date: Fri, 13 Nov 2026 13:05:04 +0000\n\n"
           "Final-Recipient: rfc822;auftrag@blasebalg-fehrenbach.example\nAction: failed\nStatus: 5.1.10\n"
           "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
           % DOM)
    eml = bounce(po, frm=mime.addr("Microsoft Outlook", "postmaster@blasebalg-fehrenbach.example"),
                 subject="Unzustellbar: " + req_subject(po), date="Fri, 13 Nov 2026 13:05:09 +0000",
                 msgid="<0b7e3c4a-2f61-4d8e-9a55-6c1f0d2e8b13@FR2P281MB1544.DEUP281.PROD.OUTLOOK.COM>",
                 human_txt=human, human_html=hh, dsn_fields=dsn, boundary="b5c1d7e2-4a8f-4e0b-8d6c-9f2a1b3c4d5e",
                 hdr_extra=[("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                            ("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE"),
                            ("X-MS-Exchange-Organization-SCL", "-1")])
    return [po], eml, exp("bounce",
                          "Exchange NDR threaded on our request; the attached original contains the PO table with "
                          "2026-12-16 dates and must not be read as a confirmation.")


@case("es-es-harness-inline-answers", "confirmation/es-ES",
      "Spanish answers written between the quoted lines of our own PO table, so each answer sits under the row it refers to.")
def c051():
    s = sup("ATTE", "Arneses Trufa Teruel S.L.", "pedidos@arnesestrufa.example", "es-ES")
    po = PO("4500032216", s, "sofia", "EUR", "2026-11-12", [
        L(1, "TDH-ES-S", "Truffle dog harness size S, 3/4 padding", 20, "EA", "27.50", "2026-12-09"),
        L(2, "TDH-ES-M", "Truffle dog harness size M, 3/4 padding", 30, "EA", "29.50", "2026-12-09"),
        L(3, "TDH-ES-BAG", "Truffle pouch 12x20 cm, waxed canvas", 50, "EA", "11.00", "2026-12-09"),
    ])
    answers = {1: "OK, 20 uds. a 27,50 € para el 9/12.",
               2: "De la talla M solo podemos servir 24 uds. a 29,50 €, también el 9/12. Las 6 restantes no se van a fabricar.",
               3: "Precio nuevo 11,80 €/ud. (sube la lona encerada), entrega 16/12."}
    top = "Hola Sofia,\n\nte contesto entre líneas.\n\nUn saludo,\nLucía Sanz\nArneses Trufa Teruel S.L. · Pol. Ind. La Paz, calle D, 44195 Teruel · 978 61 22 40"
    intro = "El jue, 12 nov 2026 a las 14:05, Sofia Lindqvist (<sofia.lindqvist@northgate-supply.example>) escribió:"
    qlines = req_text(po, "Dear Lucía,").rstrip("\n").split("\n")
    out, hout = [], []
    for x in qlines:
        out.append(("> " + x) if x else ">")
        hout.append('<span style="color:#555">&gt; %s</span>' % H.escape(x))
        first = x.split("|")[0].strip()
        if first.isdigit() and int(first) in answers:
            out.append(answers[int(first)])
            hout.append('<b><span style="color:#c00000">%s</span></b>' % H.escape(answers[int(first)]))
    body = top + "\n\n" + intro + "\n" + "\n".join(out) + "\n"
    bh = (text2html(top) + '\n<div class="gmail_quote"><div dir="ltr">' + H.escape(intro) +
          '</div>\n<div style="font-family:monospace">' + "<br>\n".join(hout) + "</div></div>")
    eml = reply(po, ("Lucía Sanz", "pedidos@arnesestrufa.example"), body, hdate(2026, 11, 13, 18, 40, 11), "c051",
                style="gmail", cs="UTF-8", quote_cs=False, re_="Re:", quote=False, body_html=bh)
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, q=24), 3: chg(po, 3, p="11.80", d="2026-12-16")})],
                               "Answers sit under each quoted row: line 1 as ordered (9/12 = 2026-12-09), line 2 only 24 "
                               "of 30, line 3 new price 11.80 and 2026-12-16; the quoted PO values must not be taken as "
                               "answers.")


@case("es-mx-tags-condition-advance", "needs_review/es-MX",
      "Mexican reply that would meet quantities, prices and 11/12/2026 only if a 50 % advance is authorised by Friday, otherwise January.")
def c052():
    s = sup("EABJ", "Etiquetas Aeroportuarias del Bajío S.A. de C.V.", "ventas@etiquetasbajio.example", "es-MX")
    po = PO("4500032234", s, "dana", "USD", "2026-11-13", [
        L(1, "ABT-MX-54", "Baggage tag RFID 54x470 mm, 2027 IATA spec", 20000, "PCS", "0.19", "2026-12-11"),
        L(2, "ABT-MX-LP12", "Heavy tag loop 12 in, nylon", 5000, "PCS", "0.07", "2026-12-11"),
    ])
    body = ("Buen día Sra. Ruiz:\n\nCon gusto le informo que podemos surtir ambas partidas de la orden 4500032234 en las "
            "cantidades y precios indicados, con entrega el 11/12/2026, siempre y cuando nos autoricen un anticipo "
            "del 50 % antes del viernes 20/11. De lo contrario, la entrega pasaría a enero.\n\n"
            "Quedamos atentos a su confirmación.")
    sig = ("Saludos cordiales,\nIng. Alejandro Ramírez\nGerente de Ventas\nEtiquetas Aeroportuarias del Bajío S.A. de C.V.\n"
           "Blvd. Aeropuerto 1450, León, Gto., C.P. 37545\nTel. +52 477 710 3380")
    eml = reply(po, ("Alejandro Ramírez", "ventas@etiquetasbajio.example"), body, hdate(2026, 11, 17, 11, 3, 27, "-0600"),
                "c052", sig=sig, style="outlook", lang="es", cs="windows-1252", re_="RE:",
                sent="viernes, 13 de noviembre de 2026 07:05 a. m.", greet="Dear Mr Ramirez,")
    return [po], eml, exp("needs_review",
                          "Commitment depends on a 50% advance payment we have not agreed to; the alternative date is "
                          "only 'January'.")


@case("pt-br-jars-units-vs-boxes", "confirmation/pt-BR",
      "Brazilian reply counts jars ('144 unidades, 24 caixas de 6') and prices per jar (R$ 38,50) while the PO is in boxes, so quantity and box price both change.")
def c053():
    s = sup("VDFE", "Vidraria Fermenta Ltda.", "vendas@vidrariafermenta.example", "pt-BR")
    po = PO("4500032252", s, "marc", "BRL", "2026-11-11", [
        L(1, "KJ-BR-4L-6", "Kombucha jar 4 L glass with tap, box of 6", 25, "BOX", "228.00", "2026-12-15"),
        L(2, "KJ-BR-CV10", "Cloth cover 12x20 cm elastic, pack of 10", 15, "EA", "19.90", "2026-12-15"),
    ])
    body = ("Olá Marc, tudo bem?\n\nSegue a confirmação do pedido 4500032252:\n\n"
            "Item 1 - pote 4 L com torneira: confirmamos 144 unidades (24 caixas de 6) a R$ 38,50 a unidade, "
            "entrega 15/12/2026. A 25ª caixa não conseguimos por falta de torneiras.\n"
            "Item 2 - tampa de tecido 12x20: 15 pacotes a R$ 19,90, entrega 15/12/2026.\n\n"
            "Frete CIF incluso.")
    sig = ("Abraço,\nFernanda Oliveira\nComercial | Vidraria Fermenta Ltda.\nRua Amadeu Gamberini, 310 - Porto Ferreira/SP\n"
           "(19) 3581-2270 | WhatsApp (19) 99712-4408")
    eml = reply(po, ("Fernanda Oliveira", "vendas@vidrariafermenta.example"), body, hdate(2026, 11, 19, 16, 26, 3, "-0300"),
                "c053", sig=sig, style="gmail", cs="UTF-8", quote_cs=False, re_="Re:", greet="Dear Fernanda,",
                intro="Em qua., 11 de nov. de 2026 às 10:05, Marc Oyelaran <marc.oyelaran@northgate-supply.example> escreveu:")
    assert 24 * 6 == 144 and round(38.50 * 6, 2) == 231.00
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, q=24, p="231.00"), 2: acc(po, 2)})],
                               "144 jars = 24 boxes of 6; R$ 38,50 per jar x 6 = 231.00 per box (PO 228.00); line 2 "
                               "as ordered.")


@case("en-gb-pricelist-2027-csv", "unrelated/en-GB",
      "Annual 2027 price list with a CSV attachment that contains the very item on our open PO at a new price and an 'effective 1 January 2027' date.")
def c054():
    s = sup("BWFD", "Bellwood Foundry Ltd", "sales@bellwoodfoundry.example", "en-GB")
    po = PO("4500032270", s, "ines", "GBP", "2026-11-16", [
        L(1, "SB-UK-10", "Ship's bell 10 in, brass, rope included", 5, "EA", "186.00", "2027-01-08"),
    ])
    txt = ("Dear Customer,\n\nPlease find attached our 2027 price list, effective 1 January 2027. Orders received and "
           "acknowledged before 31 December 2026 will be invoiced at current prices.\n\n"
           "Highlights:\n- Brass bells 6-12 in: +4.5% (copper surcharge)\n- Bronze bells: unchanged\n"
           "- New: engraved bell brackets M8x60, 2027 range\n\n"
           "Kind regards,\nSales Team\nBellwood Foundry Ltd | Foundry Lane, Loughborough LE11 1AL | 01509 212 400\n\n"
           "You are receiving this because you are a registered trade customer. To unsubscribe reply STOP.")
    csv = ("Item;Description;Unit;Price 2026 GBP;Price 2027 GBP;Valid from\n"
           "SB-UK-6;Ship's bell 6 in, brass;EA;112.00;117.04;01/01/2027\n"
           "SB-UK-8;Ship's bell 8 in, brass;EA;148.00;154.66;01/01/2027\n"
           "SB-UK-10;Ship's bell 10 in, brass, rope included;EA;186.00;194.37;01/01/2027\n"
           "SB-UK-12;Ship's bell 12 in, brass;EA;265.00;276.93;01/01/2027\n"
           "SB-BZ-10;Ship's bell 10 in, bronze;EA;395.00;395.00;01/01/2027\n"
           "SB-BKT-8;Bell bracket M8x60, engraved;EA;24.50;24.50;01/01/2027\n")
    root = mime.multi("mixed", bnd("outlook", "c054m"), [
        mime.multi("alternative", bnd("outlook", "c054"), [
            mime.text(txt, "plain", "us-ascii", "quoted-printable"),
            mime.text(html_doc(text2html(txt)), "html", "us-ascii", "quoted-printable")]),
        csv_att(csv, "Bellwood_Pricelist_2027.csv", "windows-1252")])
    hs = [("From", mime.addr("Bellwood Foundry Sales", "sales@bellwoodfoundry.example")),
          ("To", mime.addr(*BUYERS["ines"])), ("Subject", "Bellwood Foundry - Price list 2027"),
          ("Date", hdate(2026, 11, 25, 9, 0, 0, "+0000")), ("Message-ID", mid("outlook", "c054")),
          ("Content-Language", "en-GB")]
    assert round(186.00 * 1.045, 2) == 194.37
    return [po], mime.message(hs, root), exp("unrelated",
                                             "Price list mailing, not a reply: SB-UK-10 at 194.37 from 01/01/2027 is "
                                             "not a confirmation of PO 4500032270.")
