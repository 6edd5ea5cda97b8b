"""Cases 001-018."""
import datetime as dt
from .common import (PO, supplier, when, tz, case, confirmation, other, chg, quote, outlook_quote,
                     outlook_header, outlook_date, html_from_text, mid_outlook, mid_gmail, mid_generic,
                     thread_index, num, iso_week_day, DOMAIN, PURCHASING, COMPANY)
from . import mime, ours
from .pdf import PDF
from .xlsx import png


# ---------------------------------------------------------------------------
@case(1, "gb-railway-lenses-thursday",
      "delivery given only as the weekday 'Thursday' (the Thursday after the Tuesday mail, earlier than the need-by date)")
def c001():
    s = supplier("HARSIG", "Harrowgate Signal Optics Ltd", "sales@harrowgate-optics.example", "en-GB")
    po = PO("4500031877", s, "karin", "GBP", "2026-11-24", [
        ("RLL-140-R", "Railway signal lamp lens 140 mm, red, toughened glass", 24, "EA", "38.60", "2026-12-07"),
        ("RLL-140-G", "Railway signal lamp lens 140 mm, green, toughened glass", 24, "EA", "38.60", "2026-12-07"),
        ("RLL-213-Y", "Lamp lens 213 mm, yellow, polycarbonate, UV stabilised", 12, "EA", "52.15", "2026-12-07"),
    ], req_sent=when(2026, 11, 25, 10, 14))
    sent = when(2026, 12, 1, 16, 47, 12, 0)
    reply = (
        "Hi Karin,\n\n"
        "Thanks for the order. All three lines are fine at your prices, quantities as per the PO.\n\n"
        "We're a few days ahead on the toughened glass, so rather than waiting for the 7th we'll have "
        "everything with you Thursday. Hope that suits.\n\n"
        "Cheers,\nGareth\n\n"
        "Gareth Pryce\nSales Office | Harrowgate Signal Optics Ltd\nUnit 4, Foundry Lane, Harrogate HG1 4PW\n"
        "T: 01423 555210 | M: 07700 900418\nwww.harrowgate-optics.example\n\n"
        "Harrowgate Signal Optics Ltd is registered in England & Wales, company no. 04417239. "
        "VAT no. GB 287 5512 40. This e-mail and any attachments are confidential and intended solely "
        "for the addressee. If you have received it in error please notify the sender and delete it.\n\n")
    q = outlook_quote(po, "en", tz(0))
    full = reply + q
    cut = len(reply.rstrip("\n").split("\n")) + 1
    alt = mime.multipart("alternative", [
        mime.text(full, charset="us-ascii", cte="7bit"),
        mime.html(html_from_text(full, "us-ascii", "EN-GB", quoted_from=cut), charset="us-ascii")],
        "_000_LO2P265MB3184A1E3D2C0B7F1A9C4D02ELO2P265MB3184GBRP_")
    h = mime.hdrs("Gareth Pryce <gareth.pryce@harrowgate-optics.example>", po.buyer_addr,
                  "RE: " + po.subject, sent, mid_outlook("c001"), po.req_id, po.req_id,
                  client="outlook", lang="en-GB", thread=(po.subject, thread_index("c001")),
                  received=[mime.recv(sent, "mail-lo2gbr01on2112.outbound.protection.outlook.example",
                                      "198.51.100.112", po.buyer_email, qid="4QzK2m1H7Kz9rvQ")])
    exp = confirmation(
        "Mail dated Tue 1 Dec 2026; 'Thursday' = 2026-12-03, earlier than the requested 2026-12-07, "
        "so every line is changed on date only. The quoted request carries the PO figures.",
        (po, {1: chg(d="2026-12-03"), 2: chg(d="2026-12-03"), 3: chg(d="2026-12-03")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(2, "de-postfix-bounce-chainsaw-chains",
      "German-language Postfix bounce (unknown user) that returns our full request with all PO figures")
def c002():
    s = supplier("FKMUEL", "Forstketten Müller GmbH", "bestellung@forstketten-mueller.example", "de-DE")
    po = PO("4500031902", s, "jonas", "EUR", "2026-11-25", [
        ("SK-325-72-VM", 'Saw chain .325" 1.5 mm (0.058"), 72 DL, full chisel', 40, "EA", "21.90", "2026-12-14"),
        ("SK-38-84-HM", 'Saw chain 3/8" 1.6 mm (0.063"), 84 DL, semi chisel', 25, "EA", "27.45", "2026-12-14"),
        ("RL-100FT-38", 'Saw chain reel 3/8" 1.6 mm, 100 ft', 4, "EA", "412.00", "2026-12-21"),
    ], req_sent=when(2026, 11, 26, 8, 5, 37))
    host = "mx01.forstketten-mueller.example"
    qid = "4Qz8cK3Lh1z1xqN"
    t = when(2026, 11, 26, 8, 5, 41)
    orig = ours.request_eml(po, received=[
        "from smtp-out.brightwater-supply.example (smtp-out.brightwater-supply.example [192.0.2.41])\n"
        "\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; Thu, 26 Nov 2026 08:05:39 +0100 (CET)" % (host, qid, po.to)])
    note = (
        "Dies ist das Mailsystem auf dem Rechner %s.\n\n"
        "Leider muss ich Ihnen mitteilen, dass Ihre Nachricht nicht an einen oder\n"
        "mehrere Empfänger zugestellt werden konnte. Sie ist unten angehängt.\n\n"
        "Bei Fragen wenden Sie sich bitte an <postmaster>.\n\n"
        "Wenn Sie sich an den Postmaster wenden, leiten Sie bitte diesen Bericht\n"
        "weiter. Sie können Ihren eigenen Text aus der angehängten, zurückgesandten\n"
        "Nachricht entfernen.\n\n"
        "                   Das Mailsystem\n\n"
        "<bestellung@forstketten-mueller.example>: unknown user: \"bestellung\"\n") % host
    ds = ("Reporting-MTA: dns; %s\n"
          "X-Postfix-Queue-ID: %s\n"
          "X-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: Thu, 26 Nov 2026 08:05:39 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; bestellung@forstketten-mueller.example\n"
          "Original-Recipient: rfc822;bestellung@forstketten-mueller.example\n"
          "Action: failed\n"
          "Status: 5.1.1\n"
          "Diagnostic-Code: X-Postfix; unknown user: \"bestellung\"\n") % (host, qid, po.buyer_email)
    b = "%s.1795676741/%s" % (qid, host)
    root = mime.multipart("report", [
        mime.text(note, charset="utf-8", cte="8bit", quoted_charset=False,
                  headers=[("Content-Description", "Notification")]),
        mime.plain_part("message/delivery-status", ds, cte=None,
                        headers=[("Content-Description", "Delivery report")]),
        mime.embedded(orig, cte="8bit", headers=[("Content-Description", "Undelivered Message")]),
    ], b, preamble="This is a MIME-encapsulated message.", params=" report-type=delivery-status;")
    h = [("Return-Path", "<>"),
         ("Received", "by %s (Postfix)\n\tid %s; Thu, 26 Nov 2026 08:05:41 +0100 (CET)" % (host, qid)),
         ("Date", "Thu, 26 Nov 2026 08:05:41 +0100 (CET)"),
         ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % host),
         ("Subject", mime.ew("Unzustellbare Nachricht an Absender zurückgeschickt", "utf-8", "Q")),
         ("To", po.buyer_email),
         ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0")]
    root.headers.append(("Content-Transfer-Encoding", "8bit"))
    h2 = h + [("Message-Id", "<20261126070541.%s@%s>" % (qid, host))]
    exp = other("bounce", "Postfix DSN with a German notification text; the returned original is our own "
                          "request, so its quantities, prices and dates must not be read as an answer.")
    return [po], mime.build(h2, root, mime_version=False), exp


# ---------------------------------------------------------------------------
@case(3, "jp-xylophone-mallets-shiftjis-fullwidth",
      "Shift_JIS Japanese reply with full-width digits and 年月日 dates; one line confirmed, one delayed two weeks")
def c003():
    s = supplier("HMMALLET", "株式会社 浜松マレット製作所 (Hamamatsu Mallet Works Co., Ltd.)",
                 "eigyo@hamamatsu-mallet.example", "ja-JP")
    po = PO("4500031755", s, "karin", "JPY", "2026-11-19", [
        ("XM-R12H", "Xylophone mallets, rosewood handle, hard rubber head 32 mm (pair)", 120, "PR", "2850", "2027-01-15"),
        ("XM-Y10M", "Xylophone mallets, rattan handle, medium yarn head (pair)", 80, "PR", "3400", "2027-01-15"),
    ], req_sent=when(2026, 11, 20, 10, 12))
    sent = when(2026, 11, 26, 11, 5, 33, 9)
    body = (
        "Brightwater Supply Group B.V.\n"
        "購買部　Karin Holt 様\n\n"
        "いつも大変お世話になっております。\n"
        "浜松マレット製作所 営業部の鈴木でございます。\n\n"
        "この度はご注文（発注番号：4500031755）を賜り、誠にありがとうございます。\n"
        "下記の通り、数量・単価・納期をご回答申し上げます。\n\n"
        "１．XM-R12H　シロフォン用マレット（ローズウッド柄・硬質ゴム ３２ｍｍ）\n"
        "　　数量：１２０組　　単価：２，８５０円　　納期：２０２７年１月１５日（ご指定通り）\n\n"
        "２．XM-Y10M　シロフォン用マレット（籐柄・毛糸巻 ミディアム）\n"
        "　　数量：８０組　　単価：３，４００円　　納期：２０２７年１月２９日\n"
        "　　※毛糸の入荷が遅れているため、ご指定納期より２週間遅れとなります。\n"
        "　　　ご迷惑をおかけし誠に申し訳ございません。\n\n"
        "※納期は貴社ロッテルダム倉庫着の日付です。\n"
        "※年末年始は１２月２６日から１月５日まで休業させていただきます。\n\n"
        "以上、何卒よろしくお願い申し上げます。\n\n"
        "━━━━━━━━━━━━━━━━━━━━━━\n"
        "株式会社 浜松マレット製作所\n"
        "営業部　鈴木 美咲（Misaki Suzuki）\n"
        "〒432-8001 静岡県浜松市中央区西山町 1234\n"
        "TEL：053-555-0187　FAX：053-555-0188\n"
        "E-mail：eigyo@hamamatsu-mallet.example\n"
        "━━━━━━━━━━━━━━━━━━━━━━\n\n")
    body += outlook_quote(po, "ja", tz(9), style="old")
    part = mime.text(body, charset="shift_jis", cte="base64")
    h = mime.hdrs(mime.addr("鈴木 美咲", "eigyo@hamamatsu-mallet.example", "iso-2022-jp"), po.buyer_addr,
                  mime.ew("RE: PO 4500031755 - request for order confirmation【納期回答】", "iso-2022-jp"),
                  sent, mid_generic("c003", "hamamatsu-mallet.example", "upper"), po.req_id, po.req_id,
                  client="outlook", lang="ja-JP", thread=(po.subject, thread_index("c003")))
    exp = confirmation(
        "Full-width digits (１２０組, ２，８５０円, ２０２７年１月２９日); line 1 as ordered, line 2 delayed to "
        "2027-01-29. The holiday closure dates are not delivery dates.",
        (po, {1: "A", 2: chg(d="2027-01-29")}))
    return [po], mime.build(h, part), exp


# ---------------------------------------------------------------------------
@case(4, "us-jukebox-needles-iphone-yes-other-question",
      "iPhone one-liner 'Yes we can do that' answering our later packaging question, not the PO")
def c004():
    s = supplier("STYDEP", "Stylus Depot Inc.", "orders@stylusdepot.example", "en-US")
    po = PO("4500031690", s, "marcus", "USD", "2026-11-16", [
        ("JN-78-3MIL", "Jukebox replacement needle, 78 rpm, 3 mil diamond", 50, "EA", "14.80", "2026-12-11"),
        ("JN-LP-SAP", "Jukebox needle, LP/45 rpm, sapphire tip", 120, "EA", "6.25", "2026-12-11"),
    ], req_sent=when(2026, 11, 17, 9, 30), contact="Dwayne")
    fu_sent = when(2026, 11, 27, 15, 2)
    fu_id = "<fu.4500031690.20261127150200@%s>" % DOMAIN
    est = tz(-5)
    followup = (
        "Hi Dwayne,\n\n"
        "One more thing on PO 4500031690: could you ship the needles on the anti-static blister cards "
        "like last time, rather than loose in poly bags? Our store customers complained about the bags.\n\n"
        "Thanks,\nMarcus\n\n"
        "Marcus Dell\nBuyer | Purchasing\nBrightwater Supply Group B.V.\n\n"
        + outlook_header("en", "Marcus Dell", outlook_date("en", po.req_sent), po.to, po.subject,
                         style="bare").lstrip("\n") + "\n" + po.request_text())
    t = fu_sent.astimezone(est)
    body = ("Yes we can do that\n\nSent from my iPhone\n\n"
            "> On Nov 27, 2026, at %d:%02d AM, Marcus Dell <%s> wrote:\n>\n" % (t.hour, t.minute, po.buyer_email)
            + quote(followup, "> "))
    sent = when(2026, 11, 30, 7, 41, 9, -5)
    part = mime.text(body, charset="us-ascii", cte="7bit", quoted_charset=False)
    h = mime.hdrs("Dwayne Kowalski <dwayne@stylusdepot.example>", po.buyer_addr,
                  "Re: " + po.subject, sent, "<4E1F7A2C-9B3D-4C8E-A1F0-%s@stylusdepot.example>" % "6D2B8E91C4A7",
                  fu_id, mime.refs(po.req_id, fu_id), client="iphone")
    exp = other("needs_review", "Our last mail (follow-up) asked about blister-card packaging; 'Yes we can do "
                                "that' answers that question only. No quantity, price or date of the PO is "
                                "confirmed, the PO figures appear only in the quoted request.")
    return [po], mime.build(h, part), exp


# ---------------------------------------------------------------------------
@case(5, "de-fountain-pen-nibs-kw-positions",
      "German Outlook reply using supplier position numbers 10/20/30, KW 51 and 'KW 3/2027', decimal commas, price change on one line")
def c005():
    s = supplier("FEDISL", "Federwerk Iserlohn GmbH & Co. KG", "vertrieb@federwerk-iserlohn.example", "de-DE")
    po = PO("4500031811", s, "jonas", "EUR", "2026-11-20", [
        ("FPN-EF-14K", "Fountain pen nib, 14k gold, EF, size 6, bicolour", 200, "EA", "18.90", "2026-12-18"),
        ("FPN-M-SS", "Fountain pen nib, stainless steel, M, size 6, black DLC", 1500, "EA", "1.36", "2026-12-18"),
        ("FPN-FEED-6", "Ebonite feed and housing for size 6 nib", 1500, "EA", "2.05", "2027-01-08"),
    ], req_sent=when(2026, 11, 20, 14, 40))
    sent = when(2026, 11, 27, 13, 18, 44)
    reply = (
        "Sehr geehrter Herr Albrecht,\n\n"
        "vielen Dank für Ihre Bestellung 4500031811 vom 20.11.2026, die wir unter unserer Auftragsnummer\n"
        "AB 26-11873 erfasst haben. Wir bestätigen wie folgt:\n\n"
        "Pos. 10  FPN-EF-14K  Goldfeder 14 kt, EF, Gr. 6, bicolor      200 St.  18,90 EUR/St.  Liefertermin KW 51\n"
        "Pos. 20  FPN-M-SS    Stahlfeder M, Gr. 6, DLC schwarz       1.500 St.   1,36 EUR/St.  Liefertermin KW 51\n"
        "Pos. 30  FPN-FEED-6  Tintenleiter Ebonit mit Gehäuse        1.500 St.   2,15 EUR/St.  Liefertermin KW 3/2027\n\n"
        "Zu Pos. 30: Aufgrund der erneut gestiegenen Ebonitpreise müssen wir den Stückpreis leider von\n"
        "2,05 EUR auf 2,15 EUR anpassen. Das Rohmaterial für die Tintenleiter erhalten wir erst Anfang Januar,\n"
        "eine Lieferung vor KW 3 ist daher leider nicht möglich.\n\n"
        "Lieferung DAP Rotterdam gemäß Ihrer Bestellung, Zahlung 30 Tage netto.\n\n"
        "Bei Rückfragen stehe ich Ihnen gerne zur Verfügung.\n\n"
        "Mit freundlichen Grüßen / Best regards\n\n"
        "i. A. Sabine Kortmann\nVertriebsinnendienst\n\n"
        "Federwerk Iserlohn GmbH & Co. KG\nBaarstraße 112 · 58636 Iserlohn · Germany\n"
        "Tel. +49 2371 555-214 · Fax +49 2371 555-299\n"
        "s.kortmann@federwerk-iserlohn.example · www.federwerk-iserlohn.example\n\n"
        "Sitz der Gesellschaft: Iserlohn · Registergericht: Amtsgericht Iserlohn HRA 4711\n"
        "Persönlich haftende Gesellschafterin: Federwerk Verwaltungs GmbH, AG Iserlohn HRB 8152\n"
        "Geschäftsführer: Dr. Martin Vogelsang, Claudia Brückner\n\n")
    q = outlook_quote(po, "de", tz(1))
    full = reply + q
    cut = len(reply.rstrip("\n").split("\n")) + 1
    htm = html_from_text(full, "iso-8859-1", "DE", quoted_from=cut).replace(
        "<p class=MsoNormal>Federwerk Iserlohn GmbH &amp; Co. KG<o:p></o:p></p>",
        "<p class=MsoNormal><img width=120 height=32 src=\"cid:image001.png@01DB40A1.7C3E2F10\" "
        "alt=\"Federwerk\"></p>\n<p class=MsoNormal>Federwerk Iserlohn GmbH &amp; Co. KG<o:p></o:p></p>", 1)
    alt = mime.multipart("alternative", [mime.text(full, charset="iso-8859-1"),
                                         mime.html(htm, charset="iso-8859-1")],
                         "_000_FR2P281MB0719D41C0A5EA3F1C88B1E52A9F0FR2P281MB0719DEUP_")
    rel = mime.multipart("related", [alt, mime.attachment(png(), "image/png", "image001.png", disposition="inline",
                                                          cid="image001.png@01DB40A1.7C3E2F10")],
                         "_004_FR2P281MB0719D41C0A5EA3F1C88B1E52A9F0FR2P281MB0719DEUP_",
                         params=' type="multipart/alternative";')
    h = mime.hdrs("Sabine Kortmann <s.kortmann@federwerk-iserlohn.example>", po.buyer_addr,
                  "AW: " + po.subject, sent, mid_outlook("c005"), po.req_id, po.req_id,
                  client="outlook", lang="de-DE", thread=(po.subject, thread_index("c005")))
    exp = confirmation(
        "Supplier numbers positions 10/20/30 (= PO lines 1/2/3, matched by item code). KW 51 = Fri "
        "2026-12-18 = requested; 'KW 3/2027' = Fri 2027-01-22; line 3 price 2,15 instead of 2,05.",
        (po, {1: "A", 2: "A", 3: chg(p="2.15", d="2027-01-22")}))
    return [po], mime.build(h, rel), exp


# ---------------------------------------------------------------------------
@case(6, "tw-heddles-customs-clearance-notice",
      "customs broker notice for another shipment from the same supplier and the same goods (older PO number)")
def c006():
    s = supplier("YSHEDD", "Yung Shing Heddle Co., Ltd.", "export@yungshing-heddle.example", "zh-TW")
    po = PO("4500031733", s, "priya", "USD", "2026-11-18", [
        ("HD-280-FS", "Flat steel heddle 280 mm, C-type, tinned", 20000, "PCS", "0.0420", "2027-01-15"),
        ("HD-330-FS", "Flat steel heddle 330 mm, O-type", 12000, "PCS", "0.0510", "2027-01-15"),
    ], req_sent=when(2026, 11, 19, 8, 50))
    sent = when(2026, 12, 2, 8, 55, 10)
    body = (
        "Dear Sir/Madam,\n\n"
        "Please be informed that the following import shipment has arrived and is awaiting customs clearance\n"
        "at Amsterdam Schiphol (AMS):\n\n"
        "  Our reference      : RCS-IMP-2026-118734\n"
        "  HAWB / MAWB        : 618-40418823 / 297-55021934\n"
        "  Shipper            : Yung Shing Heddle Co., Ltd., Taichung, Taiwan\n"
        "  Consignee          : Brightwater Supply Group B.V., Rotterdam\n"
        "  Pieces / weight    : 14 ctns / 312.0 kg\n"
        "  Goods description  : Flat steel heddles (HS 8448 33 00)\n"
        "  Commercial invoice : YS-26-1187 dated 12/11/2026, USD 2,946.80\n"
        "  Your order ref.    : PO 4500030518\n"
        "  Arrival            : 01-12-2026 22:40, flight CI 65\n\n"
        "To lodge the import declaration we still require:\n"
        "  1. Signed direct representation mandate (form attached), if not already on file\n"
        "  2. Packing list matching invoice YS-26-1187 (the copy received lists 13 cartons)\n"
        "  3. Confirmation of the EORI number to be used: NL812345678\n\n"
        "Estimated import duties and charges (for your information only):\n"
        "  Import duty 1.7%      EUR   46.14\n"
        "  Import VAT 21%        EUR  579.20\n"
        "  Clearance fee         EUR   65.00\n"
        "  Handling / storage    EUR   38.50\n\n"
        "Storage charges apply from the 3rd day after arrival. We will lodge the declaration as soon as the\n"
        "documents are complete and inform you of the release.\n\n"
        "Kind regards,\n\n"
        "Sanne de Vries\nImport Desk | Rijnmond Customs Services B.V.\n"
        "Schiphol Cargo Building 11, 1118 LP Schiphol\nT +31 20 555 7710 | import.desk@rijnmond-customs.example\n"
        "AEO-F certified. All services are subject to the Dutch Forwarding Conditions (FENEX), latest version.\n")
    pdf = PDF()
    pdf.put("Rijnmond Customs Services B.V.", 14, "F2")
    pdf.put("DIRECT REPRESENTATION MANDATE (customs, Art. 18 UCC)", 11, "F2")
    pdf.skip(10)
    for ln in ["Principal: Brightwater Supply Group B.V., Waalhaven Zuidzijde 40, 3089 JH Rotterdam",
               "EORI: ______________________",
               "The principal authorises Rijnmond Customs Services B.V. to lodge customs declarations",
               "in its name and on its behalf (direct representation) for import shipments.",
               "Reference shipment: RCS-IMP-2026-118734 / HAWB 618-40418823 / invoice YS-26-1187",
               "", "Place / date: ____________________      Signature: ______________________"]:
        pdf.put(ln, 10)
    att = mime.attachment(pdf.save(title="Direct representation mandate", producer="RCS DocGen 2.1"),
                          "application/pdf", "RCS_direct_representation_mandate.pdf")
    root = mime.multipart("mixed", [mime.text(body, charset="utf-8"), att], "----=_Part_118734_20261202085510")
    h = mime.hdrs("Rijnmond Customs Services - Import Desk <import.desk@rijnmond-customs.example>",
                  PURCHASING[1],
                  "Customs clearance notice - HAWB 618-40418823 / Yung Shing Heddle Co. / documents required",
                  sent, mid_generic("c006", "rijnmond-customs.example"),
                  extra=[("X-Mailer", "CargoWise Notifications")])
    exp = other("unrelated", "Customs broker's clearance notice for an earlier shipment (invoice YS-26-1187, "
                             "PO 4500030518) from the same supplier and of the same goods; not an answer to PO "
                             "4500031733.")
    return [po], mime.build(h, root), exp


# ---------------------------------------------------------------------------
@case(7, "cn-microscope-slides-gb2312-carton-rounding",
      "GB2312 Foxmail reply: quantity rounded up to full cartons (1030 -> 1050 boxes) and one line offered earlier")
def c007():
    s = supplier("MJLAB", "Jiangsu Mingjing Lab Glass Co., Ltd.", "sales03@mingjing-labglass.example", "zh-CN")
    po = PO("4500031798", s, "priya", "CNY", "2026-11-20", [
        ("MS-7101-GR", "Microscope slides 25.4x76.2 mm, ground edges, 50 pcs/box", 1030, "BOX", "6.80", "2027-01-08"),
        ("MS-7105-FR", "Microscope slides, frosted end, 50 pcs/box", 600, "BOX", "8.20", "2027-01-08"),
        ("CS-2222", "Cover glass 22x22 mm no. 1, 100 pcs/box", 400, "BOX", "3.90", "2027-01-08"),
    ], req_sent=when(2026, 11, 23, 9, 12))
    sent = when(2026, 11, 24, 10, 31, 22, 8)
    t = po.req_sent.astimezone(tz(8))
    body = (
        "Priya 您好，\n\n"
        "感谢贵司的订单！关于 PO 4500031798，回复如下：\n\n"
        "1. MS-7101-GR 磨边载玻片：我司外箱包装为每箱50盒，须整箱出货，\n"
        "   数量调整为 1050 盒（21箱），单价不变 ￥6.80/盒，交期 2027年1月8日。\n"
        "2. MS-7105-FR 磨砂端载玻片：600 盒，单价 ￥8.20/盒，交期 2027年1月8日，确认。\n"
        "3. CS-2222 盖玻片：400 盒，单价 ￥3.90/盒。此货有现货，可提前于 2026年12月18日 交货。\n\n"
        "如有问题请随时联系。\n\n"
        "祝好！\n"
        "王丽 Lily Wang\n"
        "江苏明镜实验玻璃有限公司 销售部\n"
        "Jiangsu Mingjing Lab Glass Co., Ltd.\n"
        "电话/微信：+86 513 5555 0321\n"
        "地址：江苏省海门市临江镇工业园区8号\n\n"
        "------------------ 原始邮件 ------------------\n"
        "发件人: \"Priya Raman\"<%s>;\n"
        "发送时间: %d年%d月%d日(星期一) 下午%d:%02d\n"
        "收件人: \"sales03\"<%s>;\n"
        "主题: %s\n\n" % (po.buyer_email, t.year, t.month, t.day, t.hour - 12, t.minute, po.to, po.subject)
        + po.request_text())
    htm = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=GB2312\"></head>"
           "<body><div style=\"font-family:微软雅黑;font-size:14px\">" +
           body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
           + "</div></body></html>\n")
    alt = mime.multipart("alternative", [mime.text(body, charset="GB2312", cte="base64"),
                                         mime.html(htm, charset="GB2312", cte="base64")],
                         "----=_NextPart_6763C1F2_0C3A5E28_4B7D1E05")
    h = mime.hdrs(mime.addr("王丽 Lily Wang", po.to, "GB2312"), po.buyer_addr,
                  mime.ew("回复：" + po.subject, "GB2312"), sent,
                  "<tencent_5F1C2A7E9D3B4C6A8E0F1B2C3D4E5F60718@qq.example>", po.req_id, po.req_id,
                  client="foxmail")
    exp = confirmation(
        "Line 1 rounded up to full cartons (1050 boxes, same price and date); line 2 as ordered; line 3 offered "
        "earlier from stock (2026-12-18).",
        (po, {1: chg(q=1050), 2: "A", 3: chg(d="2026-12-18")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(8, "fr-oyster-knives-html-only-line-discontinued",
      "HTML-only Zimbra mail with a table; one line refused because the article is discontinued, offer of an alternative is not a commitment")
def c008():
    s = supplier("COUTMAR", "Coutellerie Marennaise SARL", "commandes@coutellerie-marennaise.example", "fr-FR")
    po = PO("4500031844", s, "karin", "EUR", "2026-11-23", [
        ("OK-LAG-65", "Oyster knife, Laguiole style, 65 mm blade, olive wood", 150, "EA", "11.40", "2026-12-11"),
        ("OK-PRO-GUARD", "Oyster knife with hand guard, stainless, POM handle", 300, "EA", "6.95", "2026-12-11"),
        ("OG-KEV-8", "Oyster shucking glove, cut level F, size 8", 100, "PR", "9.80", "2026-12-11"),
    ], req_sent=when(2026, 11, 24, 10, 3, 11))
    sent = when(2026, 11, 25, 15, 27, 40)
    rows = [("OK-LAG-65", "Couteau à huîtres Laguiole, lame 65 mm, olivier", "150", "11,40 €", "11/12/2026"),
            ("OK-PRO-GUARD", "Couteau à huîtres avec garde, manche POM", "-", "-", "<b>article arrêté</b>"),
            ("OG-KEV-8", "Gant anti-coupure niveau F, taille 8", "100 paires", "9,80 €", "11/12/2026")]
    trs = "".join("<tr><td>%s</td><td>%s</td><td style=\"text-align:right\">%s</td>"
                  "<td style=\"text-align:right\">%s</td><td>%s</td></tr>\n" % r for r in rows)
    htm = (
        "<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 10pt; color: #000000\">"
        "<div>Bonjour Madame Holt,</div><div><br data-mce-bogus=\"1\"></div>\n"
        "<div>Nous vous remercions pour votre commande n° 4500031844 et vous en confirmons les conditions "
        "ci-dessous&nbsp;:</div><div><br></div>\n"
        "<table style=\"border-collapse: collapse;\" border=\"1\" cellpadding=\"4\"><tbody>\n"
        "<tr><th>Réf.</th><th>Désignation</th><th>Qté</th><th>P.U. HT</th><th>Livraison</th></tr>\n"
        + trs +
        "</tbody></table><div><br></div>\n"
        "<div>Concernant la référence OK-PRO-GUARD&nbsp;: sa fabrication a été arrêtée fin septembre (fin de série, "
        "plus de stock). Nous ne sommes donc malheureusement pas en mesure d'honorer cette ligne et vous remercions "
        "de bien vouloir l'annuler de votre côté. Si vous le souhaitez, nous pouvons vous adresser une offre pour un "
        "modèle de remplacement.</div><div><br></div>\n"
        "<div>Livraison franco à votre entrepôt de Rotterdam (DAP).</div><div><br></div>\n"
        "<div>Bien cordialement,</div><div><br></div>\n"
        "<div><strong>Céline Roux</strong><br>Administration des ventes<br>Coutellerie Marennaise SARL<br>"
        "12, quai de la Sauvagère – 17320 Marennes<br>Tél.&nbsp;: 05 46 55 12 34</div><div><br></div>\n"
        "<hr id=\"zwchr\" data-marker=\"__DIVIDER__\"><div data-marker=\"__HEADERS__\">"
        "<b>De: </b>\"Karin Holt\" &lt;%s&gt;<br><b>À: </b>%s<br>"
        "<b>Envoyé: </b>Mardi 24 Novembre 2026 10:03:11<br><b>Objet: </b>%s<br></div><div><br></div>"
        "<div data-marker=\"__QUOTED_TEXT__\">%s</div></div></body></html>\n"
        % (po.buyer_email, po.to, po.subject, po.request_html()))
    part = mime.html(htm, charset="iso-8859-15")
    h = mime.hdrs(mime.addr("Céline Roux", po.to, "iso-8859-15", "Q"), po.buyer_addr,
                  "Re: " + po.subject, sent, "<1432987611.5528104.1795710460123.JavaMail.zimbra@coutellerie-marennaise.example>",
                  po.req_id, po.req_id,
                  extra=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF120 (Win)/9.0.0_GA_4546)"),
                         ("Thread-Topic", po.subject), ("Thread-Index", "yZ3vK1aQ2mF0tR8eXb7Lc4nHp9Wd1A==")])
    exp = confirmation(
        "HTML only. Lines 1 and 3 as ordered (11/12/2026 is day-first = 2026-12-11); OK-PRO-GUARD discontinued "
        "and refused, the offer to quote a replacement is not a commitment.",
        (po, {1: "A", 2: "R", 3: "A"}))
    return [po], mime.build(h, part), exp


# ---------------------------------------------------------------------------
@case(9, "de-out-of-office-bilingual",
      "German/English out-of-office with absence dates that look like delivery dates")
def c009():
    s = supplier("GWLAB", "Glaswerk Wertheim Labortechnik GmbH", "t.brenner@glaswerk-wertheim.example", "de-DE")
    po = PO("4500031866", s, "jonas", "EUR", "2026-11-24", [
        ("OT-7620", "Microscope slides, cut edges, 76x26 mm, 50/box", 800, "BOX", "2.95", "2027-01-11"),
        ("OT-7622-AD", "Adhesion microscope slides, positively charged, 72/box", 150, "BOX", "14.60", "2027-01-11"),
    ], req_sent=when(2026, 11, 30, 8, 0, 5), contact="Mr Brenner")
    sent = when(2026, 11, 30, 8, 0, 9)
    body = (
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin vom 30.11.2026 bis einschließlich 11.12.2026 nicht im Hause und habe keinen Zugriff auf meine "
        "E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unseren "
        "Vertriebsinnendienst unter verkauf@glaswerk-wertheim.example oder +49 9342 555-100.\n\n"
        "Thank you for your message.\n\n"
        "I am out of the office from 30 November until 11 December 2026 inclusive, without access to e-mail. "
        "Your message will not be forwarded. For urgent matters please contact our sales office at "
        "verkauf@glaswerk-wertheim.example or +49 9342 555-100.\n\n"
        "Mit freundlichen Grüßen / Kind regards\nThomas Brenner\nGlaswerk Wertheim Labortechnik GmbH\n")
    alt = mime.multipart("alternative", [mime.text(body, charset="iso-8859-1"),
                                         mime.html(html_from_text(body, "iso-8859-1", "DE"), charset="iso-8859-1")],
                         "_000_BE1P281MB2044E3A7C1D94F0B8E2A6F31BE1P281MB2044DEUP_")
    h = mime.hdrs("Thomas Brenner <t.brenner@glaswerk-wertheim.example>", po.buyer_addr,
                  "Automatische Antwort: " + po.subject, sent, mid_outlook("c009"), po.req_id, po.req_id,
                  client="outlook", lang="de-DE", thread=(po.subject, thread_index("c009")),
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "t.brenner@glaswerk-wertheim.example")])
    exp = other("auto_reply", "Exchange out-of-office (German and English); 30.11.-11.12.2026 is the absence "
                              "period, not a delivery date.")
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(10, "kr-nail-files-euckr-split-table",
      "EUC-KR Korean reply with a split delivery written as a small text table, Korean date style 2026. 12. 14.")
def c010():
    s = supplier("DHBT", "Daehan Beauty Tools Co., Ltd.", "export@daehanbeauty.example", "ko-KR")
    po = PO("4500031870", s, "priya", "KRW", "2026-11-24", [
        ("NF-100180-ZB", "Nail file 100/180 grit, zebra, washable", 5000, "PCS", "480", "2026-12-14"),
        ("NF-BUF-4W", "4-way nail buffer block", 2000, "PCS", "650", "2026-12-14"),
    ], req_sent=when(2026, 11, 24, 9, 5, 12))
    sent = when(2026, 11, 30, 17, 20, 3, 9)
    t = po.req_sent.astimezone(tz(9))
    body = (
        "Priya Raman 님께,\n\n"
        "안녕하십니까. 대한뷰티툴스 해외영업팀 김지훈입니다.\n"
        "보내주신 발주서(PO 4500031870) 잘 받았습니다. 아래와 같이 회신드립니다.\n\n"
        "1. NF-100180-ZB (지브라 네일파일 100/180)\n"
        "   수량 5,000개 / 단가 480원 - 확인합니다.\n"
        "   다만 원자재(연마지) 수급 문제로 아래와 같이 분할 납품하겠습니다.\n\n"
        "   +------+---------------+---------+\n"
        "   | 차수 | 납품일        | 수량    |\n"
        "   +------+---------------+---------+\n"
        "   | 1차  | 2026. 12. 14. | 3,000개 |\n"
        "   | 2차  | 2027. 1. 11.  | 2,000개 |\n"
        "   +------+---------------+---------+\n\n"
        "2. NF-BUF-4W (4면 버퍼 블록)\n"
        "   수량 2,000개 / 단가 650원 / 납기 2026. 12. 14. - 요청하신 대로 확인합니다.\n\n"
        "감사합니다.\n\n"
        "김지훈 드림\n"
        "대한뷰티툴스(주) 해외영업팀 과장\n"
        "Tel. +82-31-555-7720 | Fax. +82-31-555-7721\n"
        "경기도 부천시 원미구 산업로 55\n\n"
        "-----Original Message-----\n"
        "From: \"Priya Raman\"<%s>\n"
        "To: <%s>;\n"
        "Cc:\n"
        "Sent: %d-%02d-%02d (화) %02d:%02d:%02d (GMT+09:00)\n"
        "Subject: %s\n\n" % (po.buyer_email, po.to, t.year, t.month, t.day, t.hour, t.minute, t.second, po.subject)
        + po.request_text())
    part = mime.text(body, charset="euc-kr", cte="base64")
    h = mime.hdrs(mime.addr("김지훈", po.to, "euc-kr"), po.buyer_addr, mime.ew("RE: " + po.subject + " (납기 회신)", "euc-kr"),
                  sent, "<20261130172003.a7c31e9f52b04d18@daehanbeauty.example>", po.req_id, po.req_id,
                  extra=[("X-Mailer", "Daum Web Mailer v1.0")])
    exp = confirmation(
        "Line 1 split: 3,000 on 2026-12-14 and 2,000 on 2027-01-11 (table; Korean 'YYYY. M. D.' dates); "
        "line 2 as ordered.",
        (po, {1: chg(d="2027-01-11", sched=[(3000, "2026-12-14"), (2000, "2027-01-11")]), 2: "A"}))
    return [po], mime.build(h, part), exp


# ---------------------------------------------------------------------------
@case(11, "in-loom-heddles-despatch-and-arrival",
      "Indian English table with lakh grouping and, per line, a despatch date and a later arrival date (arrival wins)")
def c011():
    s = supplier("SGTA", "Shree Ganesh Textile Accessories Pvt. Ltd.", "exports@sgta-ludhiana.example", "en-IN")
    po = PO("4500031722", s, "jonas", "INR", "2026-11-18", [
        ("HED-WIRE-300", "Wire heddle 300 mm, stainless, single eye", 50000, "PCS", "2.35", "2027-01-15"),
        ("HED-FRM-1200", "Heddle frame 1200 mm, aluminium", 40, "EA", "4850.00", "2027-01-15"),
    ], req_sent=when(2026, 11, 18, 11, 20))
    sent = when(2026, 11, 23, 12, 44, 51, 5.5)
    body = (
        "Dear Sir,\n\n"
        "Greetings from Shree Ganesh Textile Accessories!\n\n"
        "We thank you for your valued PO No. 4500031722 dt. 18/11/2026 and are pleased to confirm the same as under:\n\n"
        "Sr. | Item          | Qty        | Rate (INR) | Amount (INR) | Despatch from works | Arrival Rotterdam (ETA)\n"
        "----+---------------+------------+------------+--------------+---------------------+------------------------\n"
        "1   | HED-WIRE-300  | 50,000 pcs |       2.35 |  1,17,500.00 | 19/12/2026          | 22/01/2027\n"
        "2   | HED-FRM-1200  | 40 nos.    |   4,850.00 |  1,94,000.00 | 14/12/2026          | 15/01/2027\n\n"
        "Total: INR 3,11,500.00 (Rupees Three Lakh Eleven Thousand Five Hundred Only)\n\n"
        "Kindly note that Sr. 1 is being produced fresh as the stainless wire is under procurement, hence the "
        "despatch on 19/12. Both items will move by sea (LCL) ex Nhava Sheva; arrival dates at your Rotterdam "
        "warehouse are as above.\n\n"
        "Kindly acknowledge the receipt and do the needful.\n\n"
        "Thanking you,\nWith warm regards,\n\n"
        "Harpreet Singh\nManager - Exports\nShree Ganesh Textile Accessories Pvt. Ltd.\n"
        "Plot No. 47, Focal Point Phase VIII, Ludhiana - 141010, Punjab, India\n"
        "Mob: +91 98140 55512 | Tel: +91 161 555 2841\n"
        "GSTIN: 03AAKCS5512L1Z8 | IEC: 0312055512\n\n"
        "DISCLAIMER: The information contained in this e-mail is intended only for the person or entity to which "
        "it is addressed and may contain confidential and/or privileged material. Any review, retransmission, "
        "dissemination or other use of this information by persons other than the intended recipient is "
        "prohibited. Please consider the environment before printing this e-mail.\n\n"
        "On Wed, 18 Nov 2026 at 15:50, Jonas Albrecht <%s> wrote:\n" % po.buyer_email
        + quote(po.request_text()))
    htm = ("<div dir=\"ltr\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
           .replace("\n", "<br>\n") + "</div>\n")
    alt = mime.multipart("alternative", [mime.text(body, charset="UTF-8", quoted_charset=False),
                                         mime.html(htm, charset="UTF-8", quoted_charset=False)],
                         "000000000000a1b2c3062f4e7d90")
    h = mime.hdrs("Harpreet Singh - SGTA Exports <%s>" % po.to, po.buyer_addr, "Re: " + po.subject, sent,
                  mid_gmail("c011"), po.req_id, po.req_id, client="gmail")
    exp = confirmation(
        "Each line has a despatch date and an arrival (ETA Rotterdam) date; the arrival date wins. Line 1 "
        "arrives 2027-01-22 (changed), line 2 arrives 2027-01-15 = requested although it ships 14/12. "
        "Amounts use lakh grouping (1,17,500.00).",
        (po, {1: chg(d="2027-01-22"), 2: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(12, "de-vacuum-seals-body-vs-pdf-contradiction",
      "body says 'all positions as ordered' but the attached PDF acknowledgment shows another price and date")
def c012():
    s = supplier("DTRM", "Dichtungstechnik Rhein-Main GmbH", "auftrag@dt-rheinmain.example", "de-DE")
    po = PO("4500031880", s, "jonas", "EUR", "2026-11-25", [
        ("VPS-KF40-FKM", "Centering ring with O-ring KF40, FKM", 100, "EA", "4.85", "2026-12-16"),
        ("VPS-ISO100-NBR", "ISO-K 100 centering ring, NBR", 40, "EA", "11.20", "2026-12-16"),
        ("VPS-SHAFT-22", "Rotary shaft seal 22x35x7, FKM, for rotary vane pump", 60, "EA", "7.40", "2026-12-16"),
    ], req_sent=when(2026, 11, 25, 16, 2))
    sent = when(2026, 11, 30, 10, 2, 17)
    body = (
        "Guten Tag Herr Albrecht,\n\n"
        "anbei erhalten Sie unsere Auftragsbestätigung Nr. 26-40213 zu Ihrer Bestellung 4500031880.\n"
        "Wir bestätigen alle Positionen wie bestellt.\n\n"
        "Freundliche Grüße\n\n"
        "Markus Lindner\nAuftragsabwicklung\n"
        "Dichtungstechnik Rhein-Main GmbH\nIm Steinbruch 9 | 63128 Dietzenbach\n"
        "Tel. +49 6074 555-31 | auftrag@dt-rheinmain.example\n"
        "Amtsgericht Offenbach HRB 41377 | Geschäftsführer: Peter Haas\n\n")
    body += outlook_quote(po, "de", tz(1))
    p = PDF()
    p.put("Dichtungstechnik Rhein-Main GmbH", 15, "F2")
    p.put("Im Steinbruch 9 - 63128 Dietzenbach - Tel. +49 6074 555-31", 8)
    p.skip(18)
    p.put("Brightwater Supply Group B.V.", 10)
    p.put("Waalhaven Zuidzijde 40", 10)
    p.put("3089 JH Rotterdam, Niederlande", 10)
    p.skip(16)
    p.put("AUFTRAGSBESTÄTIGUNG Nr. 26-40213", 13, "F2")
    p.row([(56, "Datum: 30.11.2026"), (230, "Ihre Bestellung: 4500031880 vom 25.11.2026"), (450, "Kd.-Nr. 20817")], 9)
    p.skip(8)
    cols = [56, 84, 180, 350, 395, 455, 539]
    p.row([(cols[0], "Pos"), (cols[1], "Artikel"), (cols[2], "Bezeichnung"), (cols[4], "Menge", "right"),
           (cols[5], "Preis/St.", "right"), (cols[6], "Betrag EUR", "right")], 9, "F2")
    p.rule()
    data = [("1", "VPS-KF40-FKM", "Zentrierring KF40 m. O-Ring FKM", "100 St", "4,85", "485,00", "16.12.2026"),
            ("2", "VPS-ISO100-NBR", "Zentrierring ISO-K 100, NBR", "40 St", "12,60", "504,00", "16.12.2026"),
            ("3", "VPS-SHAFT-22", "RWDR 22x35x7 FKM", "60 St", "7,40", "444,00", "15.01.2027")]
    for r in data:
        p.row([(cols[0], r[0]), (cols[1], r[1]), (cols[2], r[2]), (cols[4], r[3], "right"),
               (cols[5], r[4], "right"), (cols[6], r[5], "right")], 9, gap=11)
        p.row([(cols[2], "Liefertermin: " + r[6])], 8, "F4")
    p.rule()
    p.row([(cols[5], "Summe netto", "right"), (cols[6], "1.433,00", "right")], 9, "F2")
    p.row([(cols[5], "USt 0 % (innergem. Lieferung)", "right"), (cols[6], "0,00", "right")], 9)
    p.skip(14)
    for ln in ["Lieferbedingung: DAP Rotterdam (Incoterms 2020)   Zahlung: 30 Tage netto",
               "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
               "Bitte prüfen Sie diese Auftragsbestätigung; Abweichungen bitte innerhalb von 3 Tagen melden."]:
        p.put(ln, 8)
    att = mime.attachment(p.save(title="AB 26-40213", producer="proALPHA Reporting"), "application/pdf",
                          "AB_26-40213_4500031880.pdf")
    root = mime.multipart("mixed", [mime.text(body, charset="iso-8859-1"), att],
                          "_002_AM7P189MB0911C2E48AF0B16D3D7E19F0AM7P189MB0911EURP_")
    h = mime.hdrs("Markus Lindner <m.lindner@dt-rheinmain.example>", po.buyer_addr, "AW: " + po.subject, sent,
                  mid_outlook("c012"), po.req_id, po.req_id, client="outlook-att", lang="de-DE",
                  thread=(po.subject, thread_index("c012")))
    exp = other("needs_review", "Body: 'alle Positionen wie bestellt'; the attached AB shows 12,60 instead of "
                                "11,20 for position 2 and 15.01.2027 instead of 16.12.2026 for position 3. "
                                "Contradiction between body and attachment: a human must ask.")
    return [po], mime.build(h, root), exp


# ---------------------------------------------------------------------------
@case(13, "th-diving-regulators-thai-digits-buddhist-era",
      "Thai reply in TIS-620 with Thai digits and Buddhist-era years (2569 = 2026, 2570 = 2027)")
def c013():
    s = supplier("ANDIVE", "Andaman Dive Equipment Co., Ltd.", "sales@andaman-dive.example", "th-TH")
    po = PO("4500031859", s, "marcus", "THB", "2026-11-23", [
        ("DR-1ST-DIN300", "Diving regulator first stage, DIN 300 bar, environmentally sealed", 12, "EA", "7850.00", "2026-12-18"),
        ("DR-2ND-BAL", "Second stage regulator, balanced, adjustable", 12, "EA", "5400.00", "2026-12-18"),
        ("DR-OCT-YL", "Octopus alternate air source, yellow hose 100 cm", 20, "EA", "2650.00", "2026-12-18"),
    ], req_sent=when(2026, 11, 23, 15, 30))
    sent = when(2026, 11, 26, 14, 8, 26, 7)
    body = (
        "เรียน คุณ Marcus Dell\n\n"
        "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031859 ลงวันที่ ๒๓ พฤศจิกายน ๒๕๖๙\n"
        "บริษัทฯ ขอยืนยันรายการสินค้าดังนี้\n\n"
        "๑. DR-1ST-DIN300 เรกูเลเตอร์ First Stage DIN 300 บาร์\n"
        "    จำนวน ๑๒ ตัว ราคาตัวละ ๗,๘๕๐.๐๐ บาท ส่งมอบวันที่ ๑๘ ธันวาคม ๒๕๖๙\n\n"
        "๒. DR-2ND-BAL เรกูเลเตอร์ Second Stage แบบบาลานซ์\n"
        "    จำนวน ๑๒ ตัว ราคาตัวละ ๕,๔๐๐.๐๐ บาท ส่งมอบวันที่ ๘ มกราคม ๒๕๗๐\n"
        "    (รออะไหล่วาล์วจากผู้ผลิตในไต้หวัน)\n\n"
        "๓. DR-OCT-YL ออคโตปัส สายสีเหลือง ๑๐๐ ซม.\n"
        "    จำนวน ๒๐ ตัว ราคาตัวละ ๒,๗๘๐.๐๐ บาท (ปรับราคาตามต้นทุนสายแรงดันที่เพิ่มขึ้น)\n"
        "    ส่งมอบวันที่ ๑๘ ธันวาคม ๒๕๖๙\n\n"
        "ราคาดังกล่าวยังไม่รวมภาษีมูลค่าเพิ่ม ๗%\n\n"
        "ขอแสดงความนับถือ\n\n"
        "สมชาย ทองดี (Somchai Thongdee)\n"
        "ฝ่ายขายต่างประเทศ\n"
        "บริษัท อันดามัน ไดฟ์ อีควิปเมนต์ จำกัด\n"
        "๘๘/๑๒ ถนนเจ้าฟ้าตะวันออก ตำบลฉลอง อำเภอเมืองภูเก็ต จังหวัดภูเก็ต ๘๓๑๓๐\n"
        "โทร. ๐๗๖-๕๕๕-๓๒๑\n\n")
    body += outlook_quote(po, "en", tz(7), style="new")
    alt = mime.multipart("alternative", [
        mime.text(body, charset="TIS-620", cte="base64"),
        mime.html(html_from_text(body, "TIS-620", "TH", font="Tahoma"), charset="TIS-620", cte="base64")],
        "_000_TYZPR06MB5421B7D0E3A2C14F9A8E6B21TYZPR06MB5421apcp_")
    h = mime.hdrs(mime.addr("สมชาย ทองดี", po.to, "TIS-620"), po.buyer_addr,
                  mime.ew("RE: " + po.subject + " - ยืนยันคำสั่งซื้อ", "TIS-620"), sent,
                  mid_outlook("c013"), po.req_id, po.req_id, client="outlook", lang="th-TH",
                  thread=(po.subject, thread_index("c013")))
    exp = confirmation(
        "Thai digits and Buddhist-era years: ๑๘ ธันวาคม ๒๕๖๙ = 2026-12-18, ๘ มกราคม ๒๕๗๐ = 2027-01-08. Line 1 as "
        "ordered, line 2 later, line 3 price 2,780.00 instead of 2,650.00. The PO date ๒๓ พฤศจิกายน ๒๕๖๙ is not a "
        "delivery date; prices exclude VAT.",
        (po, {1: "A", 2: chg(d="2027-01-08"), 3: chg(p="2780.00")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(14, "no-cable-sleeves-metres-instead-of-rolls",
      "Norwegian reply confirming in metres and price per metre for a line ordered in rolls; conversion 1 roll = 25 m stated; 'uke 1' in December")
def c014():
    s = supplier("NKKT", "Nordkapp Kabeltilbehør AS", "ordre@nordkapp-kabel.example", "nb-NO")
    po = PO("4500031801", s, "elena", "NOK", "2026-11-20", [
        ("SCS-HS-120", "Heat-shrink sleeve for submarine cable joints, 120/40 mm, roll of 25 m", 12, "RL", "2240.00", "2027-01-08"),
        ("SCS-ARM-CLAMP", "Armour wire clamp sleeve, 36-42 mm, hot-dip galvanised", 40, "EA", "385.00", "2027-01-08"),
    ], req_sent=when(2026, 11, 20, 13, 5))
    sent = when(2026, 12, 1, 9, 14, 2)
    reply = (
        "Hei Elena,\n\n"
        "Takk for bestillingen. Vi bekrefter ordre 4500031801 slik:\n\n"
        "Pos 1  SCS-HS-120 krympemuffe 120/40 mm\n"
        "       300 m (= 12 ruller à 25 m), kr 91,20 per meter, levering uke 1\n"
        "       NB: fra 1. desember fakturerer vi krympemuffer per meter etter ny prisliste.\n"
        "Pos 2  SCS-ARM-CLAMP armeringsklemme 36-42 mm\n"
        "       40 stk à kr 385,00, levering uke 1\n\n"
        "Leveringsbetingelser DAP Rotterdam som avtalt.\n\n"
        "Med vennlig hilsen\n\n"
        "Kristian Solheim\nOrdrekontor\nNordkapp Kabeltilbehør AS\nHavnegata 14, 9600 Hammerfest\n"
        "Tlf. +47 78 55 41 20\nOrg.nr. 987 654 321 MVA\n\n")
    full = reply + outlook_quote(po, "nb", tz(1))
    cut = len(reply.rstrip("\n").split("\n")) + 1
    alt = mime.multipart("alternative", [mime.text(full, charset="iso-8859-1"),
                                         mime.html(html_from_text(full, "iso-8859-1", "NO-BOK", quoted_from=cut),
                                                   charset="iso-8859-1")],
                         "_000_GV0P278MB0786A2F0C1E94B5D8F3A7C10GV0P278MB0786CHEP_")
    h = mime.hdrs("Kristian Solheim <kristian.solheim@nordkapp-kabel.example>", po.buyer_addr,
                  "SV: " + po.subject, sent, mid_outlook("c014"), po.req_id, po.req_id, client="outlook",
                  lang="nb-NO", thread=(po.subject, thread_index("c014")))
    exp = confirmation(
        "Line 1 ordered as 12 rolls (RL); supplier confirms 300 m = 12 rolls of 25 m at NOK 91,20 per metre, "
        "i.e. 2280.00 per roll instead of 2240.00 (price per PO unit). 'uke 1' in a December mail = ISO week 1 "
        "of 2027, Friday 2027-01-08 = requested.",
        (po, {1: chg(p="2280.00"), 2: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(15, "fr-diving-newsletter-promo-prices",
      "supplier newsletter (bulk, HTML) quoting promotional prices and delivery times for the very items on the PO")
def c015():
    s = supplier("PLATEQ", "Plongée Atlantique Équipements", "pro@plongee-atlantique.example", "fr-FR")
    po = PO("4500031790", s, "karin", "EUR", "2026-11-19", [
        ("REG-ATL-300", "Regulator set DIN 300 bar, first and second stage", 10, "SET", "289.00", "2026-12-15"),
        ("REG-SVC-KIT", "Regulator service kit, annual", 25, "EA", "34.50", "2026-12-15"),
    ], req_sent=when(2026, 11, 19, 11, 0))
    sent = when(2026, 12, 1, 7, 30, 0)
    txt = (
        "PLONGÉE ATLANTIQUE ÉQUIPEMENTS - ESPACE PRO\n"
        "Lettre d'information professionnelle - décembre 2026\n\n"
        "Bonjour,\n\n"
        "NOUVEAUTÉS 2027\n"
        "- Détendeur ATL 300 (DIN 300 bar) : prix pro 269,00 € HT au lieu de 289,00 € HT jusqu'au 31/12/2026\n"
        "- Kit d'entretien annuel détendeur : 31,90 € HT par 20 pièces minimum\n"
        "- Nouveau manomètre console 2 instruments : disponible dès le 15 janvier\n\n"
        "LIVRAISON\nExpédition sous 48 h pour toute commande passée avant le 18/12/2026 (articles en stock).\n\n"
        "HORAIRES DE FIN D'ANNÉE\nNos entrepôts seront fermés du 24/12/2026 au 02/01/2027 inclus.\n\n"
        "Vous recevez ce message car vous êtes client professionnel de Plongée Atlantique Équipements.\n"
        "Se désinscrire : https://news.plongee-atlantique.example/u/8f21c\n"
        "Plongée Atlantique Équipements SAS - 4 rue du Port - 56100 Lorient - RCS Lorient 812 345 678\n")
    htm = (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Espace Pro - décembre 2026</title></head>"
        "<body style=\"margin:0;background:#eef3f7\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td align=\"center\"><table width=\"600\" style=\"background:#ffffff;font-family:Arial\">"
        "<tr><td style=\"background:#0b4a6e;color:#fff;padding:18px;font-size:20px\">Plongée Atlantique Équipements"
        " &mdash; Espace Pro</td></tr>"
        "<tr><td style=\"padding:18px\"><h2>Nouveautés 2027</h2><ul>"
        "<li><b>Détendeur ATL 300</b> (DIN 300 bar)&nbsp;: prix pro <b>269,00&nbsp;€ HT</b> au lieu de "
        "289,00&nbsp;€ HT jusqu'au 31/12/2026</li>"
        "<li>Kit d'entretien annuel détendeur&nbsp;: 31,90&nbsp;€ HT par 20 pièces minimum</li>"
        "<li>Nouveau manomètre console 2 instruments&nbsp;: disponible dès le 15 janvier</li></ul>"
        "<h3>Livraison</h3><p>Expédition sous 48&nbsp;h pour toute commande passée avant le 18/12/2026 "
        "(articles en stock).</p><h3>Horaires de fin d'année</h3><p>Nos entrepôts seront fermés du 24/12/2026 "
        "au 02/01/2027 inclus.</p></td></tr>"
        "<tr><td style=\"font-size:11px;color:#777;padding:18px\">Vous recevez ce message car vous êtes client "
        "professionnel. <a href=\"https://news.plongee-atlantique.example/u/8f21c\">Se désinscrire</a><br>"
        "Plongée Atlantique Équipements SAS - 4 rue du Port - 56100 Lorient</td></tr></table></td></tr></table>"
        "<img src=\"https://news.plongee-atlantique.example/o/8f21c.gif\" width=\"1\" height=\"1\" alt=\"\">"
        "</body></html>\n")
    alt = mime.multipart("alternative", [mime.text(txt, charset="utf-8"), mime.html(htm, charset="utf-8")],
                         "b1_7c2f0e6a9d4b1e8f3a5c")
    h = mime.hdrs(mime.addr("Plongée Atlantique - Espace Pro", "newsletter@news.plongee-atlantique.example",
                            "utf-8", "Q"),
                  PURCHASING[1], mime.ew("Nouveautés 2027 & horaires de fin d'année 🎄", "utf-8"), sent,
                  "<nl-2026-12.8f21c@news.plongee-atlantique.example>",
                  extra=[("List-Unsubscribe", "<https://news.plongee-atlantique.example/u/8f21c>, "
                                              "<mailto:unsubscribe@news.plongee-atlantique.example?subject=8f21c>"),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("Precedence", "bulk"), ("X-Campaign-ID", "NL-PRO-2026-12")])
    exp = other("unrelated", "Bulk newsletter; the promotional price 269,00 for the regulator set and "
                             "'Expédition sous 48 h' are marketing, not an answer to PO 4500031790.")
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(16, "it-candle-holders-forward-of-colleague",
      "sales forwards the production colleague's internal answer with her own comment on top; split on one line; no In-Reply-To")
def c016():
    s = supplier("ASBF", "Arte Sacra Bottega Ferraresi S.r.l.", "ordini@artesacra-ferraresi.example", "it-IT")
    po = PO("4500031815", s, "tom", "EUR", "2026-11-20", [
        ("CH-BR-45", "Church candle holder, brass, 45 cm, polished", 30, "EA", "64.00", "2026-12-18"),
        ("CH-BR-80-P", "Paschal candle stand, brass, 80 cm", 6, "EA", "212.50", "2026-12-18"),
        ("CH-TLT-24", "Votive tealight stand, 24 places, wrought iron", 10, "EA", "148.00", "2027-01-15"),
    ], req_sent=when(2026, 11, 20, 14, 30))
    sent = when(2026, 11, 30, 15, 12, 37)
    giulia = "Giulia Ferraresi <g.ferraresi@artesacra-ferraresi.example>"
    davide = "Davide Poli <d.poli@artesacra-ferraresi.example>"
    body = (
        "Buongiorno Sig. Ferreira,\n\n"
        "le inoltro qui sotto la risposta del nostro reparto produzione relativa al Vostro ordine 4500031815.\n"
        "I prezzi sono confermati come da ordine.\n\n"
        "Resto a disposizione per qualsiasi chiarimento.\n\n"
        "Cordiali saluti\n\n"
        "Giulia Ferraresi\nUfficio Commerciale\nArte Sacra Bottega Ferraresi S.r.l.\n"
        "Via dei Battiloro 18 - 48121 Ravenna (RA)\nTel. +39 0544 555 287\nP.IVA 02345670398\n\n"
        + outlook_header("it", davide, outlook_date("it", when(2026, 11, 30, 11, 47)), giulia,
                         "R: I: " + po.subject)
        + "\nCiao Giulia,\n\n"
        "per l'ordine Brightwater:\n"
        "- candelieri ottone 45 cm (CH-BR-45): ok 30 pz per il 18/12\n"
        "- candelabri pasquali 80 cm: entro il 18/12 riusciamo a farne solo 4, gli altri 2 li consegniamo il 15/1\n"
        "- portalumini 24 posti: ok 10 pz per il 15/1\n\n"
        "Davide\n\n"
        + outlook_header("it", "Giulia Ferraresi", outlook_date("it", when(2026, 11, 27, 9, 20)), "Davide Poli",
                         "I: " + po.subject)
        + "\nDavide, mi dai le date per questo ordine? Grazie\nG.\n\n"
        + outlook_header("it", po.buyer_addr, outlook_date("it", po.req_sent), po.to, po.subject)
        + "\n" + po.request_text() + "\n"
        "--\nAi sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questo messaggio sono "
        "riservate e destinate esclusivamente al destinatario. Se ha ricevuto questo messaggio per errore, la "
        "preghiamo di avvisare il mittente e di cancellarlo.\n")
    alt = mime.multipart("alternative", [mime.text(body, charset="iso-8859-15"),
                                         mime.html(html_from_text(body, "iso-8859-15", "IT"), charset="iso-8859-15")],
                         "_000_DB9P190MB1425F0A1C7E3B2D49E8C5A61DB9P190MB1425EURP_")
    h = mime.hdrs(giulia, po.buyer_addr, "I: R: I: " + po.subject, sent, mid_outlook("c016"),
                  client="outlook", lang="it-IT", thread=(po.subject, thread_index("c016")))
    exp = confirmation(
        "Forward, no In-Reply-To. The commitment is the colleague's internal answer (30 pz 18/12; paschal stands "
        "4 by 18/12 + 2 on 15/1; tealight stands 15/1) plus Giulia's 'prezzi confermati'. Line 2 is a split.",
        (po, {1: "A", 2: chg(d="2027-01-15", sched=[(4, "2026-12-18"), (2, "2027-01-15")]), 3: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(17, "es-balloon-burners-two-pos-one-answered",
      "two open POs from the same supplier; the reply confirms one and only mentions the other (to be answered next week)")
def c017():
    s = supplier("AEROPIR", "Aeróstatos Pirineo, S.L.", "pedidos@aerostatos-pirineo.example", "es-ES")
    a = PO("4500031760", s, "marcus", "EUR", "2026-11-19", [
        ("HB-DBL-MK3", "Double hot-air balloon burner Mk3, stainless coils", 2, "EA", "6850.00", "2027-01-22"),
        ("HB-BLAST-VLV", "Blast valve assembly for Mk3 burner", 6, "EA", "318.00", "2027-01-22"),
    ], req_sent=when(2026, 11, 19, 16, 10))
    b = PO("4500031829", s, "marcus", "EUR", "2026-11-23", [
        ("HB-PILOT-KIT", "Pilot light repair kit (jet, filter, seals)", 20, "EA", "46.90", "2026-12-18"),
        ("HB-HOSE-3M", "LPG liquid-phase hose 3 m with Rego fittings", 10, "EA", "128.00", "2026-12-18"),
    ], req_sent=when(2026, 11, 23, 10, 45))
    sent = when(2026, 11, 26, 12, 3, 55)
    reply = (
        "Estimado Marcus:\n\n"
        "Le confirmamos el pedido 4500031829 en su totalidad:\n\n"
        "- HB-PILOT-KIT Kit de reparación de piloto: 20 uds. a 46,90 €/ud.\n"
        "- HB-HOSE-3M Manguera de fase líquida 3 m con racores Rego: 10 uds. a 128,00 €/ud.\n\n"
        "Entrega en sus instalaciones de Róterdam el 18 de diciembre, tal como solicitan.\n\n"
        "En cuanto al pedido 4500031760 (quemadores dobles Mk3 y válvulas), le responderemos por separado la "
        "semana que viene: estamos revisando con nuestro proveedor de serpentines la capacidad de taller para enero.\n\n"
        "Un saludo,\n\n"
        "Jordi Casals\nDepartamento Comercial\nAeróstatos Pirineo, S.L.\n"
        "Polígono Industrial Les Comes, nave 7 - 08700 Igualada (Barcelona)\nTel. +34 938 55 47 10\n\n"
        "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y "
        "pueden contener información confidencial. De acuerdo con el RGPD y la LOPDGDD, le informamos de que "
        "sus datos forman parte de un fichero responsabilidad de Aeróstatos Pirineo, S.L.\n\n")
    full = reply + outlook_quote(b, "es", tz(1))
    cut = len(reply.rstrip("\n").split("\n")) + 1
    alt = mime.multipart("alternative", [mime.text(full, charset="windows-1252"),
                                         mime.html(html_from_text(full, "windows-1252", "ES", quoted_from=cut),
                                                   charset="windows-1252")],
                         "_000_PR3P193MB0894D2A61F0C4E7B9A3E1D28PR3P193MB0894EURP_")
    h = mime.hdrs("Jordi Casals <jordi.casals@aerostatos-pirineo.example>", b.buyer_addr, "RE: " + b.subject,
                  sent, mid_outlook("c017"), b.req_id, b.req_id, client="outlook", lang="es-ES",
                  thread=(b.subject, thread_index("c017")))
    exp = confirmation(
        "Reply to the request for PO 4500031829, confirmed in full (18 de diciembre = 2026-12-18). PO "
        "4500031760 is only mentioned ('le responderemos por separado') and is therefore left out.",
        (b, {1: "A", 2: "A"}))
    return [a, b], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(18, "us-kayak-paddles-exchange-ndr-mailbox-full",
      "on-premises Exchange NDR (mailbox full, 5.2.2) with text, HTML and the returned request")
def c018():
    s = supplier("CASPAD", "Cascade Paddle Works LLC", "orders@cascadepaddle.example", "en-US")
    po = PO("4500031840", s, "marcus", "USD", "2026-11-24", [
        ("KP-230-CF", "Kayak paddle 230 cm, carbon shaft, fibreglass blades, 2-piece", 24, "EA", "139.00", "2027-01-08"),
        ("KP-220-AL", "Kayak paddle 220 cm, aluminium shaft, PP blades", 60, "EA", "41.50", "2027-01-08"),
    ], req_sent=when(2026, 11, 25, 9, 14, 5))
    sent = when(2026, 11, 25, 3, 14, 12, -5)
    srv = "EXCH01.cascadepaddle.local"
    diag = ("554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
            "Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open "
            "mailbox /o=Cascade Paddle/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=orders."
            "[EndDiagnosticData]")
    rcv = ("from smtp-out.brightwater-supply.example (192.0.2.41) by %s (10.10.1.20) with Microsoft SMTP Server "
           "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Wed, 25 Nov 2026 "
           "03:14:09 -0500" % srv)
    orig = ours.request_eml(po, received=[rcv])
    txt = ("Delivery has failed to these recipients or groups:\n\n"
           "orders@cascadepaddle.example (orders@cascadepaddle.example)\n"
           "The recipient's mailbox is full and can't accept messages now. Please try resending your message "
           "later, or contact the recipient directly.\n\n\n\n\n\n"
           "Diagnostic information for administrators:\n\n"
           "Generating server: %s\n\n"
           "orders@cascadepaddle.example\n"
           "Remote Server returned '%s'\n\n"
           "Original message headers:\n\n%s" % (srv, diag, ours.request_header_block(po, [rcv])))
    htm = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n"
           "<style>.diagnostic { font-size:75%%; color:gray }</style></head>\n<body>\n"
           "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:"
           "</font></b></p>\n<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:"
           "orders@cascadepaddle.example\">orders@cascadepaddle.example (orders@cascadepaddle.example)</a><br>\n"
           "The recipient's mailbox is full and can't accept messages now. Please try resending your message "
           "later, or contact the recipient directly.<br>\n</p>\n</font>\n<br><br><br><br><br><br>\n"
           "<font color=\"#808080\" size=\"2\" face=\"Tahoma\"><p><b>Diagnostic information for administrators:</b></p>"
           "<p>Generating server: %s<br>\n</p><p>orders@cascadepaddle.example<br>\nRemote Server returned '%s'<br>\n"
           "</p><p>Original message headers:</p><pre>%s</pre></font></body></html>\n"
           % (srv, diag.replace("<", "&lt;"),
              ours.request_header_block(po, [rcv]).replace("<", "&lt;").replace(">", "&gt;")))
    alt = mime.multipart("alternative", [mime.text(txt, charset="us-ascii"), mime.html(htm, charset="us-ascii")],
                         "_000_5c2e0a8b7d1f4e3ab6c9d0e1f2a3b4c5EXCH01cascadepaddlelo_")
    ds = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;smtp-out.brightwater-supply.example\n"
          "Arrival-Date: Wed, 25 Nov 2026 08:14:09 +0000\n\n"
          "Original-Recipient: rfc822;orders@cascadepaddle.example\n"
          "Final-Recipient: rfc822;orders@cascadepaddle.example\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp;%s\n" % (srv, diag))
    root = mime.multipart("report", [alt, mime.plain_part("message/delivery-status", ds, cte="7bit"),
                                     mime.embedded(orig)],
                          "_001_5c2e0a8b7d1f4e3ab6c9d0e1f2a3b4c5EXCH01cascadepaddlelo_",
                          params=" report-type=delivery-status;")
    h = mime.hdrs("postmaster@cascadepaddle.example", po.buyer_email, "Undeliverable: " + po.subject, sent,
                  "<5c2e0a8b7d1f4e3ab6c9d0e1f2a3b4c5@%s>" % srv, po.req_id, po.req_id,
                  thread=(po.subject, thread_index("c018")),
                  extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                         ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-TNEF-Correlator", ""),
                         ("Auto-Submitted", "auto-replied")])
    exp = other("bounce", "Exchange NDR 5.2.2 (recipient mailbox full); contains the returned request and its "
                          "header block, nothing from the supplier.")
    return [po], mime.build(h, root), exp
