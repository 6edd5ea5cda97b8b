"""Cases 047-070: replies that must not confirm (needs_review, auto_reply, bounce, unrelated)."""
from . import mime
from .common import (case, S, L, PO, other, reply, mid, rfc, req_subject, req_text, original_request, rfc822,
                     boundaries, pdf_att, xlsx_att, text_to_html, html_doc, quoted, BUYERS)
from .pdf import pdf
from .xlsx import xlsx


def simple(po, frm, subject, date, msgid, root, extra=(), threaded=True, to=None, cs="utf-8"):
    b = po["buyer"]
    hs = [("From", mime.addr(frm[0], frm[1], cs)), ("To", to or mime.addr(b["name"], b["email"])),
          ("Subject", mime.hdr(subject, cs)), ("Date", rfc(date)), ("Message-ID", msgid)]
    if threaded and "request_message_id" in po:
        hs += [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])]
    hs += list(extra)
    return mime.message(hs, root)


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


# ------------------------------------------------------------------ needs_review

@case("saddle-trees-price-valid-if-confirmed-back", "needs_review/es-MX",
      "All lines and the date are confirmed, but the prices hold only if we confirm back by 04/12/2026: a condition, not a commitment.")
def c047():
    s = S("MONTBAJ", "Arreos y Monturas del Bajío S.A. de C.V.", "pedidos@monturasbajio.example", "es-MX")
    po = PO("4500232530", s, "USD", "2026-11-25", [
        L("SDT-VAQ-16", "Saddle tree, vaquero style, 16 in, rawhide covered", 12, "EA", "210.00", "2027-01-15"),
        L("SDT-RPR-155", "Roping saddle tree 15.5 in, 2027 pattern", 8, "EA", "235.00", "2027-01-15"),
    ])
    body = """Hola Dana, buen día.

Podemos surtir su orden 4500232530 completa: 12 fustes vaqueros a US$210.00 y 8 fustes de lazo a US$235.00, entrega 15/01/2027 en su almacén.
Los precios son válidos únicamente si nos confirma de regreso la orden a más tardar el 04/12/2026; después de esa fecha aplicará nuestra lista de precios 2027.

Saludos cordiales,
Lic. Fernando Aguilar
Ventas Exportación
Arreos y Monturas del Bajío S.A. de C.V.
Blvd. Hilario Medina 2210, León, Gto., C.P. 37480
Tel. +52 477 712 4410
"""
    eml = reply(po, body, date="2026-11-27 12:00:00 -0600", frm=("Fernando Aguilar", "pedidos@monturasbajio.example"),
                msgid=mid("c047", "", "outlook"), lang="es")
    return [po], eml, other("needs_review", "Confirmation is conditional: prices valid only if we confirm back by 04/12/2026; a human must accept the condition first.")


@case("implant-screws-drawing-question", "needs_review/en-US",
      "The supplier asks which hex size applies before confirming; the only values are our own quoted ones.")
def c048():
    s = S("PRECDENT", "Precision Dental Components Inc.", "sales@precisiondentalcomp.example", "en-US")
    po = PO("4500232555", s, "USD", "2026-11-26", [
        L("DIS-AS-16H", "Abutment screw M1.6, hex 1.27, Ti-6Al-4V ELI", 1000, "PCS", "3.85", "2026-12-18"),
        L("DIS-CS-18", "Cover screw M1.8 x 4 mm", 1000, "PCS", "2.10", "2026-12-18"),
    ], buyer="mei")
    body = """Hi Mei,

Before we can confirm PO 4500232555 we need one clarification: line 1 says hex 1.27 but your drawing DS-1127 rev C (dated 10/02/2026) shows a 1.25 mm hex. Which one should we make? Line 2 would follow the same drawing set.

Once we have your answer I'll send the acknowledgment with dates.

Thanks,
Brian Kowalski
Customer Service Manager
Precision Dental Components Inc. | 220 Commerce Dr, Fort Washington, PA 19034
(215) 555-0166
"""
    eml = reply(po, body, date="2026-11-30 10:41:19 -0500", frm=("Brian Kowalski", "sales@precisiondentalcomp.example"),
                msgid=mid("c048", "", "outlook"))
    return [po], eml, other("needs_review", "A question about the hex size; nothing committed yet; 10/02/2026 is a drawing date.")


@case("drill-collars-bestaetigung-folgt-kw49", "needs_review/de-DE",
      "'Die Auftragsbestätigung schicken wir in KW 49': a week number that is the date of the promised answer, not of delivery.")
def c049():
    s = S("BOHRSTR", "Bohrstrang Technik GmbH", "auftragsannahme@bohrstrang-technik.example", "de-DE")
    po = PO("4500232580", s, "EUR", "2026-11-26", [
        L("ODC-NM-475", "Non-magnetic drill collar 4-3/4 in x 30 ft, NC38", 3, "EA", "19800.00", "2027-01-29"),
        L("ODC-PUP-10", "Pony collar 6-1/2 in x 10 ft", 2, "EA", "7400.00", "2027-01-29"),
    ], buyer="ola")
    body = """Hallo Herr Brandt,

danke für die Bestellung 4500232580. Die Liefertermine müssen wir noch mit dem Schmiedewerk abstimmen; die Auftragsbestätigung schicken wir Ihnen voraussichtlich in KW 49.

Gruß
Stefan Brückner
Bohrstrang Technik GmbH · Am Förderturm 3 · 29221 Celle
Tel. +49 5141 9870-44
"""
    eml = reply(po, body, date="2026-11-27 15:20:41 +0100", frm=("Stefan Brückner", "auftragsannahme@bohrstrang-technik.example"),
                msgid=mid("c049", "", "outlook"), lang="de", cs="iso-8859-1", subject="AW: Order acknowledgment request - PO 4500232580")
    return [po], eml, other("needs_review", "Will confirm in KW 49; no line is committed. KW 49 is not a delivery week.")


@case("trolley-poles-au-mieux-courant-decembre", "needs_review/fr-FR",
      "Vague 'nous ferons au mieux pour livrer courant décembre' with no quantity, price or firm date.")
def c050():
    s = S("PERCHLY", "Perches Trolley Lyonnaises SAS", "adv@perches-trolley.example", "fr-FR")
    po = PO("4500232605", s, "EUR", "2026-11-26", [
        L("TBP-CF-6500", "Trolley pole, carbon fibre, 6.5 m", 4, "EA", "2140.00", "2026-12-18"),
        L("TBP-ROPE-12", "Retriever rope 12 m, 6 mm", 8, "EA", "46.00", "2026-12-18"),
    ])
    body = """Bonjour,

Bien reçu votre commande 4500232605, merci.
Nous ferons au mieux pour livrer courant décembre, en fonction des disponibilités de fibre carbone chez notre fournisseur.

Cordialement,
Julien Perrin
ADV - Perches Trolley Lyonnaises SAS
12 avenue Paul Santy, 69008 Lyon - 04 72 78 11 40
"""
    eml = reply(po, body, date="2026-11-30 09:12:00 +0100", frm=("Julien Perrin", "adv@perches-trolley.example"),
                msgid=mid("c050", "", "gmail"), lang="fr", client="gmail", quote="gmail")
    return [po], eml, other("needs_review", "'Au mieux ... courant décembre' is a best-effort hope, not a commitment; no line values given.")


@case("mirror-blanks-contradictory-ps", "needs_review/it-IT",
      "Confirms delivery 11/12/2026 and then a P.S. says production cannot make it before end of January: contradictory.")
def c051():
    s = S("OTTICAVEN", "Ottica Vetri Veneta Srl", "commerciale@otticavetri.example", "it-IT")
    po = PO("4500232630", s, "EUR", "2026-11-26", [
        L("TMB-BSL-250", "Borosilicate mirror blank 250 mm, 35 mm thick", 3, "EA", "410.00", "2026-12-11"),
        L("TMB-BSL-200", "Borosilicate mirror blank 200 mm, 25 mm thick", 5, "EA", "265.00", "2026-12-11"),
    ])
    body = """Buongiorno,

confermiamo l'ordine 4500232630, consegna 11/12/2026.

Saluti
Chiara Zanon
Ottica Vetri Veneta Srl - Via dell'Industria 41, 36015 Schio (VI) - tel. 0445 575 210

P.S. Scusate, mi segnala ora la produzione che il grezzo da 250 mm non sarà pronto prima di fine gennaio e forse anche il 200 mm slitta; vi aggiorno appena possibile sulle date definitive.
"""
    eml = reply(po, body, date="2026-12-01 12:05:37 +0100", frm=("Chiara Zanon", "commerciale@otticavetri.example"),
                msgid=mid("c051", "", "outlook"), lang="it")
    return [po], eml, other("needs_review", "Body confirms 11/12/2026, the P.S. withdraws it for 250 mm and maybe 200 mm; a buyer cannot tell what is committed.")


@case("kelp-got-it-will-revert", "needs_review/en-AU",
      "'Got it, I'll get back to you with dates'; the only prices and dates are in our quoted table below.")
def c052():
    s = S("TASKELP", "Tasman Kelp Products Pty Ltd", "orders@tasmankelp.example", "en-AU")
    po = PO("4500232655", s, "AUD", "2026-11-27", [
        L("SWF-BUL-LIQ", "Bull kelp liquid concentrate, 20 L", 50, "EA", "64.00", "2026-12-18"),
        L("SWF-BUL-GRN", "Kelp granules 2-4 mm, 25 kg bag", 40, "EA", "52.50", "2026-12-18"),
    ])
    body = """Hi Dana,

Got it, thanks. I'll run it past the plant and get back to you with dates early next week. Prices in your table below look right from memory but let me double check.

Cheers
Josh Whitfield
Tasman Kelp Products Pty Ltd | 14 Wharf Rd, Stanley TAS 7331
0400 555 218
"""
    eml = reply(po, body, date="2026-12-02 16:05:12 +1100", frm=("Josh Whitfield", "orders@tasmankelp.example"),
                msgid=mid("c052", "tasmankelp.example", "apple"), client="apple", quote="gmail")
    return [po], eml, other("needs_review", "No commitment: dates to follow next week; prices 'look right' only refers to our own quoted values.")


@case("pumice-fumigation-question", "needs_review/id-ID",
      "Indonesian question about ISPM 15 pallets and an extra USD 35 per pallet before they confirm.")
def c053():
    s = S("BATUAPUNG", "PT Batu Apung Lombok", "sales@batuapung-lombok.example", "id-ID")
    po = PO("4500232680", s, "USD", "2026-11-27", [
        L("VPB-BLK-20105", "Volcanic pumice block 20x10x5 cm", 4000, "PCS", "0.62", "2027-01-15"),
        L("VPB-GRT-1020", "Pumice grit 10-20 mm, 1 t big bag", 5, "T", "138.00", "2027-01-15"),
    ])
    body = """Selamat siang Ibu Dana,

Terima kasih atas PO 4500232680. Sebelum kami konfirmasi, mohon info: apakah blok 20x10x5 cm boleh dikirim dengan palet kayu fumigasi (ISPM 15)? Biaya fumigasi belum termasuk dalam harga PO, yaitu USD 35 per palet.
Mohon konfirmasi, setelah itu kami kirimkan konfirmasi order beserta jadwal pengapalan.

Hormat kami,
Made Suardana
PT Batu Apung Lombok
Jl. Raya Senggigi Km 8, Lombok Barat, NTB 83355
Tel. +62 370 693 441
"""
    eml = reply(po, body, date="2026-11-30 13:30:00 +0800", frm=("Made Suardana", "sales@batuapung-lombok.example"),
                msgid=mid("c053", "", "gmail"), lang="id", client="gmail", quote="gmail")
    return [po], eml, other("needs_review", "Question plus an extra pallet charge; explicitly 'before we confirm' -> nothing committed.")


@case("saddle-trees-hinglish-rate-revision", "needs_review/hi-IN",
      "Hindi/English mix: drawing needed for one size and a rate revision announced before any delivery is confirmed.")
def c054():
    s = S("KANPURSAD", "Kanpur Saddlery Works", "export@kanpursaddlery.example", "hi-IN")
    po = PO("4500232705", s, "USD", "2026-11-27", [
        L("SDT-ENG-165", "English saddle tree 16.5 in, medium-wide, laminated beech", 20, "EA", "44.00", "2027-01-22"),
        L("SDT-ENG-17", "English saddle tree 17 in, medium", 30, "EA", "46.50", "2027-01-22"),
    ], buyer="tom")
    body = """Namaste Okafor ji,

आपका PO 4500232705 मिल गया है, धन्यवाद।
16.5" tree के लिए हमें updated drawing चाहिए (gullet width 11 cm या 11.5 cm?).
Leather aur beech ke rates badh gaye hain - नई rate list हम Monday तक भेजेंगे, उसके बाद delivery date confirm करेंगे।

Regards,
Anil Kumar Srivastava
Export Manager, Kanpur Saddlery Works
Jajmau Industrial Area, Kanpur - 208 010, U.P.
Mob. +91 94150 33218
"""
    eml = reply(po, body, date="2026-12-01 18:20:00 +0530", frm=("Anil Kumar Srivastava", "export@kanpursaddlery.example"),
                msgid=mid("c054", "", "gmail"), lang="hi", client="gmail", quote="gmail")
    return [po], eml, other("needs_review", "Questions and a pending rate revision; delivery to be confirmed later -> no commitment.")


@case("trolley-poles-proposal-two-parts", "needs_review/sr-RS",
      "Serbian proposal 'can we deliver in two parts, 18.12. and January?' asked as a question, awaiting our OK.")
def c055():
    s = S("GSPOPREMA", "Trolej Oprema d.o.o.", "prodaja@trolej-oprema.example", "sr-RS")
    po = PO("4500232730", s, "EUR", "2026-11-30", [
        L("TBP-AL-5800", "Trolley pole, aluminium, 5.8 m", 10, "EA", "1320.00", "2026-12-18"),
        L("TBP-SPR-40", "Trolley base spring set 40 kN", 10, "SET", "285.00", "2026-12-18"),
    ])
    body = """Poštovana gospođo Ruiz,

hvala na porudžbini 4500232730. Da li je moguće da isporučimo u dva dela - prvi deo (5 motki i 10 setova opruga) 18.12., a ostatak u januaru? Javite nam da li vam to odgovara pa ćemo poslati potvrdu.

Srdačan pozdrav,
Nikola Petrović
Trolej Oprema d.o.o., Bulevar vojvode Mišića 37, 11000 Beograd
tel. +381 11 3690 447
"""
    eml = reply(po, body, date="2026-12-02 08:55:00 +0100", frm=("Nikola Petrović", "prodaja@trolej-oprema.example"),
                msgid=mid("c055", "", "outlook"), lang="sr", cs="utf-8", cte="8bit")
    return [po], eml, other("needs_review", "A proposal phrased as a question ('Da li je moguće ...?'), confirmation only after our answer; 'u januaru' has no day.")


@case("reel-bearings-all-tbc-inline", "needs_review/en-ZA",
      "Inline answers under every line, but each says 'TBC' for price and date; nothing is committed.")
def c056():
    s = S("CAPEREEL", "Cape Reel Bearings (Pty) Ltd", "sales@capereelbearings.example", "en-ZA")
    po = PO("4500232755", s, "ZAR", "2026-11-30", [
        L("FRB-SS-5115", "Reel bearing 5x11x5 mm, stainless, sealed", 1000, "PCS", "28.50", "2026-12-18"),
        L("FRB-SS-3104Z", "Reel bearing 3x10x4 mm, 2Z", 1000, "PCS", "24.00", "2026-12-18"),
    ])
    body = """Hi Dana

See my comments below in caps.

Regards
Pieter Botha
Cape Reel Bearings (Pty) Ltd | Unit 9, Montague Park, Milnerton, Cape Town 7441
+27 21 555 0149

> please acknowledge our purchase order 4500232755 dated 2026-11-30.
>
> 1  FRB-SS-5115   Reel bearing 5x11x5 mm, stainless, sealed  1000  PCS  28.50 ZAR  2026-12-18

QTY OK. PRICE TBC - RAND/YEN EXCHANGE RATE. DATE TBC, AWAITING SHIPPING SCHEDULE FROM JAPAN.

> 2  FRB-SS-3104Z  Reel bearing 3x10x4 mm, 2Z                 1000  PCS  24.00 ZAR  2026-12-18

SAME AS ABOVE - TBC. WILL REVERT BY 8/12.

> Best regards
> Dana Ruiz
"""
    eml = reply(po, body, date="2026-12-03 11:17:45 +0200", frm=("Pieter Botha", "sales@capereelbearings.example"),
                msgid=mid("c056", "capereelbearings.example"), client="thunderbird", quote=None, html=False)
    return [po], eml, other("needs_review", "Every line 'TBC' (price and date); 8/12 is when they will revert, not a delivery date.")


# ------------------------------------------------------------------ auto_reply

@case("karaoke-out-of-office-malay", "auto_reply/ms-MY",
      "Malay Outlook out-of-office that names a return date and a colleague's phone number.")
def c057():
    s = S("MELODI", "Melodi Audio Sdn. Bhd.", "jualan@melodiaudio.example", "ms-MY")
    po = PO("4500232760", s, "MYR", "2026-11-30", [
        L("KMC-WL-UHF2", "UHF wireless karaoke microphone, dual, 2027 model", 30, "SET", "215.00", "2026-12-18"),
    ])
    text = """Terima kasih atas e-mel anda.

Saya sedang bercuti dan akan kembali ke pejabat pada 7 Disember 2026. E-mel anda tidak akan dimajukan.
Untuk urusan pesanan segera, sila hubungi En. Faizal di faizal.rahman@melodiaudio.example atau +60 3-5569 2210.

Terima kasih.
Nurul Aisyah
Melodi Audio Sdn. Bhd.
"""
    m = mid("c057", "", "outlook")
    root = mime.multi("alternative", [mime.text(text), mime.text(html_doc(text_to_html(text), lang="ms"), "html")],
                      boundaries(m, "outlook")[1])
    eml = simple(po, ("Nurul Aisyah", "jualan@melodiaudio.example"), "Balasan Automatik: " + req_subject(po),
                 "2026-11-30 09:02:11 +0800", m, root, AUTO + [("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")])
    return [po], eml, other("auto_reply", "Out-of-office in Malay; 7 Disember 2026 is a return date, not a delivery date.")


@case("projector-lamps-ticket-receipt", "auto_reply/en-SG",
      "Helpdesk ticket acknowledgment with a case number, a 2-business-day SLA and the quoted request below.")
def c058():
    s = S("LUMASIA", "Lumiere Asia Pte Ltd", "sales@lumiere-asia.example", "en-SG")
    po = PO("4500232785", s, "SGD", "2026-11-30", [
        L("CPL-LSR-30K", "Laser phosphor light module 30,000 lm", 2, "EA", "6850.00", "2027-01-08"),
        L("CPL-XBO-3000", "Xenon short-arc lamp 3000W", 4, "EA", "1120.00", "2026-12-18"),
    ])
    text = """Dear Customer,

Thank you for contacting Lumiere Asia. This is an automated response to confirm that we have received your e-mail.

Your case number is SG-2026-118204. A member of our sales team will respond within 2 business days (Mon-Fri, 9am-6pm SGT).
Please keep the case number in the subject line when replying.

Lumiere Asia Pte Ltd | 21 Ubi Road 1, #04-12, Singapore 408724 | +65 6555 0182
""" + quoted(po, "en", "dashes")
    m = mid("c058", "helpdesk.lumiere-asia.example")
    eml = simple(po, ("Lumiere Asia Support", "support@lumiere-asia.example"),
                 "[Case #SG-2026-118204] RE: " + req_subject(po), "2026-11-30 10:15:02 +0800", m, mime.text(text),
                 AUTO + [("X-Mailer", "Zendesk Mailer"), ("Precedence", "auto_reply")])
    return [po], eml, other("auto_reply", "Ticket system receipt; the quoted request holds our own lines and dates only.")


@case("piano-felt-shared-inbox-receipt", "auto_reply/fr-CH",
      "Bilingual French/German shared-inbox receipt stating a processing time of 3 working days.")
def c059():
    s = S("FEUTRJUR", "Feutres du Jura SA", "commandes@feutres-jura.example", "fr-CH")
    po = PO("4500232810", s, "CHF", "2026-11-30", [
        L("PHF-HAM-15", "Hammer felt 15 lb, white, 4/3 taper", 3, "EA", "398.00", "2026-12-18"),
        L("PHF-BSH-12", "Bushing cloth 1.2 mm x 1 m", 6, "M", "34.00", "2026-12-18"),
    ])
    text = """Accusé de réception automatique / Automatische Empfangsbestätigung

Votre message a bien été reçu par notre service des commandes et sera traité dans les meilleurs délais (délai actuel : 3 jours ouvrables).
Ihre Nachricht ist bei unserem Auftragsdienst eingegangen und wird so rasch wie möglich bearbeitet (aktuell 3 Arbeitstage).

Feutres du Jura SA - Rue de l'Industrie 22 - 2720 Tramelan - +41 32 487 11 50
"""
    m = mid("c059", "feutres-jura.example")
    eml = simple(po, ("Feutres du Jura - Commandes", "commandes@feutres-jura.example"),
                 "Accusé de réception: " + req_subject(po), "2026-11-30 11:40:09 +0100", m,
                 mime.text(text, cs="iso-8859-1"), AUTO, cs="iso-8859-1")
    return [po], eml, other("auto_reply", "Automatic receipt from a shared mailbox; '3 jours ouvrables' is processing time, not a delivery commitment.")


@case("blowpipes-afwezig-tot-en-met", "auto_reply/nl-NL",
      "Dutch out-of-office 'afwezig tot en met vrijdag 27 november' naming a colleague for order confirmations.")
def c060():
    s = S("GLASZEE", "Glasblazersgereedschap Zeeland B.V.", "verkoop@glasgereedschap-zeeland.example", "nl-NL")
    po = PO("4500232835", s, "EUR", "2026-11-23", [
        L("GBP-PIPE-135", "Blowpipe 135 cm, 20 mm, brass mouthpiece", 12, "EA", "96.00", "2026-12-18"),
    ])
    text = """Beste afzender,

Ik ben afwezig tot en met vrijdag 27 november en heb beperkt toegang tot mijn e-mail.
Voor orderbevestigingen kunt u terecht bij mijn collega Sanne de Vries, sanne.devries@glasgereedschap-zeeland.example, tel. 0113 21 44 80.

Met vriendelijke groet,
Erik Janssen
"""
    m = mid("c060", "", "outlook")
    eml = simple(po, ("Erik Janssen", "verkoop@glasgereedschap-zeeland.example"), "Automatisch antwoord: " + req_subject(po),
                 "2026-11-24 08:43:02 +0100", m, mime.text(text, cs="iso-8859-1"), AUTO, cs="iso-8859-1")
    return [po], eml, other("auto_reply", "Out-of-office; 27 November is a return date, not a delivery date.")


@case("karaoke-jido-henshin-iso2022jp", "auto_reply/ja-JP",
      "Japanese ISO-2022-JP auto-reply about an inventory shutdown 12月1日-12月4日, with no answer to the order.")
def c061():
    s = S("UTAONKYO", "Utaonkyo K.K.", "order@utaonkyo.example", "ja-JP")
    po = PO("4500232860", s, "JPY", "2026-11-30", [
        L("KMC-DYN-JP58", "Dynamic karaoke microphone, 5 m cable", 50, "EA", "6800", "2026-12-25"),
    ])
    text = """※本メールは自動返信です。

お問い合わせいただき誠にありがとうございます。
誠に勝手ながら、12月1日～12月4日は棚卸しのため受注・出荷業務を停止しております。
12月7日以降、順次ご返信いたします。

歌音響株式会社　受注センター
TEL 03-5812-4410
"""
    text = text.replace("～", "〜")
    m = mid("c061", "utaonkyo.example")
    eml = simple(po, ("歌音響 受注センター", "order@utaonkyo.example"), "【自動返信】" + req_subject(po),
                 "2026-12-01 09:00:05 +0900", m, mime.text(text, cs="iso-2022-jp", cte="7bit"), AUTO, cs="iso-2022-jp")
    return [po], eml, other("auto_reply", "Automatic reply during stock-taking; the dates are a shutdown window, not delivery dates.")


# ------------------------------------------------------------------ bounces

def dsn_part(reporting, arrival, rcpt, status, remote, diag, queue=None):
    f = "Reporting-MTA: dns; %s\n" % reporting
    if queue:
        f += "X-Postfix-Queue-ID: %s\n" % queue
    f += "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n" % (
        rfc(arrival), rcpt, rcpt, status)
    if remote:
        f += "Remote-MTA: dns; %s\n" % remote
    f += "Diagnostic-Code: smtp; %s\n" % diag
    return mime.raw([("Content-Type", "message/delivery-status")], f.encode("ascii"))


@case("headstone-letters-postfix-dsn", "bounce/en-IE",
      "Postfix multipart/report DSN (user unknown) carrying our full request with PO table and dates as message/rfc822.")
def c062():
    s = S("CELTMEM", "Celtic Memorial Lettering Ltd", "sales@celticmemorial.example", "en-IE")
    po = PO("4500232885", s, "EUR", "2026-11-30", [
        L("HSL-BRZ-75", "Bronze headstone letter 75 mm, Celtic uncial", 300, "PCS", "4.60", "2026-12-18"),
        L("HSL-CRS-150", "Bronze Celtic cross motif 150x90 mm", 20, "EA", "28.00", "2026-12-18"),
    ])
    m = "<20261130084512.4Q7Xk21LmPz9sWx@mail.buyer.example>"
    bnd = boundaries(m, "postfix")
    txt = """This is the mail system at host mail.buyer.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<sales@celticmemorial.example>: host mx1.celticmemorial.example[203.0.113.25]
    said: 550 5.1.1 <sales@celticmemorial.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    root = mime.multi("report", [
        mime.raw([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], txt.encode()),
        dsn_part("mail.buyer.example", "2026-11-30 08:42:10 +0100", "sales@celticmemorial.example", "5.1.1",
                 "mx1.celticmemorial.example", "550 5.1.1 <sales@celticmemorial.example>: Recipient address rejected: User unknown in virtual mailbox table",
                 "4Q7Xk21LmPz9sWx"),
        rfc822(original_request(po, "2026-11-30 08:42:10 +0100")),
    ], bnd[0], params=" report-type=delivery-status;")
    eml = simple(po, ("Mail Delivery System", "MAILER-DAEMON@mail.buyer.example"), "Undelivered Mail Returned to Sender",
                 "2026-11-30 08:45:12 +0100", m, root, [("Auto-Submitted", "auto-replied")], threaded=False)
    return [po], eml, other("bounce", "Hard bounce (5.1.1); the returned original contains our PO lines and dates, which must not be read as an answer.")


@case("beekeeper-veils-exchange-ndr-unzustellbar", "bounce/de-DE",
      "German Exchange NDR ('Unzustellbar') with HTML/text explanation, delivery-status and the original request attached.")
def c063():
    s = S("IMKERBED", "Imkereibedarf Lüneburger Heide GmbH", "bestellung@imkerei-heide.example", "de-DE")
    po = PO("4500232910", s, "EUR", "2026-12-01", [
        L("BKV-HUT-RND", "Beekeeper hat with round veil, 2027 model", 150, "EA", "14.80", "2026-12-18"),
        L("BKV-OVR-XL", "Ventilated bee suit XL, 3-layer mesh", 20, "EA", "89.00", "2026-12-18"),
    ], buyer="ola")
    m = "<6b1f0c2e8d7a4f5e9a3c1b2d4e5f6a7b@DB9PR02MB7345.eurprd02.prod.outlook.com>"
    bnd = boundaries(m, "outlook")
    txt = """Die Nachricht hat folgende Empfänger nicht erreicht: bestellung@imkerei-heide.example

Ihre Nachricht konnte nicht zugestellt werden, da das Postfach des Empfängers voll ist.

Vorgehensweise zur Behebung
Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich auf andere Weise an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: DB9PR02MB7345.eurprd02.prod.outlook.com
bestellung@imkerei-heide.example
Remoteserver hat '552 5.2.2 Mailbox full; quota exceeded' zurückgegeben
"""
    html = "<html><body>" + text_to_html(txt) + "</body></html>"
    alt = mime.multi("alternative", [mime.text(txt), mime.text(html, "html")], bnd[1])
    root = mime.multi("report", [
        alt,
        dsn_part("DB9PR02MB7345.eurprd02.prod.outlook.com", "2026-12-01 08:42:10 +0000", "bestellung@imkerei-heide.example",
                 "5.2.2", "mx.imkerei-heide.example", "552 5.2.2 Mailbox full; quota exceeded"),
        rfc822(original_request(po, "2026-12-01 09:42:10 +0100")),
    ], bnd[0], params=" report-type=delivery-status;")
    eml = simple(po, ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@buyer.example"),
                 "Unzustellbar: " + req_subject(po), "2026-12-01 09:43:01 +0100", m, root,
                 [("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE")],
                 threaded=False)
    eml = eml.replace(b"X-MS-Exchange-Message-Is-Ndr: \r\n", b"X-MS-Exchange-Message-Is-Ndr:\r\n")
    return [po], eml, other("bounce", "Exchange NDR in German (mailbox full, 5.2.2); the attached original holds our PO table and dates.")


@case("carousel-poles-qmail-plain-bounce", "bounce/it-IT",
      "Plain-text qmail bounce with the whole original request pasted after 'Below this line is a copy of the message'.")
def c064():
    s = S("GIOSTROS", "Giostre Rossi Snc", "ordini@giostrerossi.example", "it-IT")
    po = PO("4500232935", s, "EUR", "2026-12-01", [
        L("CHP-BRZ-32-1800", "Carousel horse pole, bronze finish, 32 mm x 1800 mm", 24, "EA", "71.00", "2026-12-18"),
        L("CHP-ROS-32", "Decorative rosette for 32 mm pole", 48, "EA", "9.40", "2026-12-18"),
    ])
    orig = original_request(po, "2026-12-01 08:42:10 +0100").bytes().decode("utf-8")
    txt = """Hi. This is the qmail-send program at mx2.giostrerossi.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ordini@giostrerossi.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <dana.ruiz@buyer.example>
Received: (qmail 28114 invoked from network); 1 Dec 2026 07:42:13 -0000
Received: from mail.buyer.example (198.51.100.17)
  by mx2.giostrerossi.example with SMTP; 1 Dec 2026 07:42:13 -0000
""" + orig
    m = "<20261201074214.28117.qmail@mx2.giostrerossi.example>"
    eml = simple(po, ("", "MAILER-DAEMON@mx2.giostrerossi.example"), "failure notice", "2026-12-01 07:42:14 +0000", m,
                 mime.text(txt, cte="8bit"), threaded=False)
    return [po], eml, other("bounce", "qmail plain-text failure notice; everything after the marker is our own request with PO lines and dates.")


@case("blowpipes-buzon-lleno-dsn", "bounce/es-ES",
      "Spanish DSN from the supplier's hosting relay ('buzón lleno', 5.2.2) with our original request attached.")
def c065():
    s = S("VIDLEV", "Herramientas de Vidrio Levante S.L.", "ventas@vidrio-levante.example", "es-ES")
    po = PO("4500232960", s, "EUR", "2026-12-01", [
        L("GBP-CAN-160", "Glassblowing pipe 160 cm, 20 mm, stainless", 6, "EA", "155.00", "2026-12-18"),
        L("GBP-TAB-50", "Wooden paddle 50 cm, cherry", 10, "EA", "22.00", "2026-12-18"),
    ])
    m = "<dsn.20261201.0x7f3a11@relay.hostingiberia.example>"
    bnd = boundaries(m, "relay")
    txt = """Este es un mensaje generado automáticamente por el servidor relay.hostingiberia.example.

No se ha podido entregar su mensaje al siguiente destinatario:

  <ventas@vidrio-levante.example>: el buzón del destinatario está lleno.
  552 5.2.2 Mailbox full

Su mensaje original se adjunta a continuación.
"""
    root = mime.multi("report", [
        mime.text(txt, cs="iso-8859-1"),
        dsn_part("relay.hostingiberia.example", "2026-12-01 08:42:12 +0100", "ventas@vidrio-levante.example", "5.2.2",
                 None, "552 5.2.2 Mailbox full"),
        rfc822(original_request(po, "2026-12-01 08:42:10 +0100")),
    ], bnd[0], params=" report-type=delivery-status;")
    eml = simple(po, ("Servidor de correo", "postmaster@hostingiberia.example"),
                 "Aviso de no entrega: " + req_subject(po), "2026-12-01 08:47:30 +0100", m, root,
                 [("Auto-Submitted", "auto-replied")], threaded=False, cs="iso-8859-1")
    return [po], eml, other("bounce", "DSN in Spanish from a hosting relay, sender not at the supplier domain; original request attached.")


# ------------------------------------------------------------------ unrelated

@case("bowling-customer-satisfaction-survey", "unrelated/da-DK",
      "Danish customer-satisfaction survey invitation from a supplier with an open PO; it mentions a closing date 18.12.2026.")
def c066():
    s = S("DANBOWL", "Dansk Bowlingudstyr A/S", "salg@dansk-bowling.example", "da-DK")
    po = PO("4500232985", s, "DKK", "2026-11-20", [
        L("BPN-TP-DK36", "Tenpin bowling pin 3 lb 6 oz, 2027 spec", 120, "EA", "139.00", "2026-12-18"),
    ])
    text = """Kære kunde

Hvordan gør vi det? Vi vil gerne høre din mening om vores service, leveringer og produkter i 2026.
Undersøgelsen tager ca. 4 minutter, og den lukker fredag 18.12.2026.

Deltag her: https://survey.dansk-bowling.example/ks2026?k=BRIGHT-0412

Blandt alle besvarelser trækker vi lod om 3 gavekort à 500 kr.

Med venlig hilsen
Kundeservice, Dansk Bowlingudstyr A/S
Vestergade 51, 7100 Vejle
"""
    m = mid("c066", "mail.dansk-bowling.example")
    bnd = boundaries(m, "gmail")
    root = mime.multi("alternative", [mime.text(text, cs="iso-8859-1"),
                                      mime.text(html_doc(text_to_html(text), client="x"), "html", "iso-8859-1")], bnd[1])
    eml = simple(po, ("Dansk Bowlingudstyr A/S", "kundeservice@dansk-bowling.example"),
                 "Hvordan gør vi det? Deltag i vores kundetilfredshedsundersøgelse 2026", "2026-11-24 07:30:00 +0100", m,
                 root, [("List-Unsubscribe", "<mailto:unsubscribe@dansk-bowling.example?subject=ks2026>"), ("Precedence", "bulk")],
                 threaded=False, cs="iso-8859-1")
    return [po], eml, other("unrelated", "Survey request; the 18.12.2026 closing date coincides with the PO date but is not a delivery date.")


@case("sauna-stones-newsletter-html", "unrelated/de-DE",
      "HTML-only newsletter with 'Lieferung bis 18.12. bei Bestellung bis KW 50' and prices for the same stones we ordered.")
def c067():
    s = S("SAUNAWELT", "Saunawelt Steinhandel GmbH", "service@saunawelt-steine.example", "de-DE")
    po = PO("4500233010", s, "EUR", "2026-11-19", [
        L("SST-OLV-515", "Olivine sauna stones 5-15 cm, 20 kg", 25, "BOX", "36.00", "2026-12-18"),
    ])
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Saunawelt Newsletter</title></head>
<body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h1>Winter-Newsletter 2026/27</h1>
<p>Liebe Saunafreunde,</p>
<p>pünktlich zur Saison: <b>Olivin-Saunasteine 5-15 cm, 20 kg</b> jetzt für nur <b>33,90 EUR</b> je Karton (statt 36,00 EUR)!</p>
<p><b>Weihnachtsversand:</b> Lieferung bis 18.12. bei Bestellung bis KW 50. Vom 24.12. bis 06.01.2027 ist unser Lager geschlossen.</p>
<p>Neu im Sortiment: Jadeit-Steine 5-10 cm und Keramik-Saunakugeln Ø 48 mm.</p>
<p><a href="https://www.saunawelt-steine.example/shop?utm_source=newsletter">Zum Shop</a></p>
<hr><p style="font-size:10px">Saunawelt Steinhandel GmbH, Talstraße 8, 57078 Siegen · HRB 9912 ·
<a href="https://www.saunawelt-steine.example/newsletter/abmelden?id=884213">Newsletter abbestellen</a></p>
</td></tr></table></body></html>
"""
    m = mid("c067", "news.saunawelt-steine.example")
    eml = simple(po, ("Saunawelt Newsletter", "newsletter@saunawelt-steine.example"),
                 "Winter-Newsletter: Saunasteine zum Sonderpreis & Weihnachtsversand", "2026-11-26 06:00:00 +0100", m,
                 mime.text(h, "html"), [("List-Unsubscribe", "<https://www.saunawelt-steine.example/newsletter/abmelden?id=884213>"),
                                        ("List-Id", "Saunawelt Newsletter <newsletter.saunawelt-steine.example>"),
                                        ("Precedence", "bulk")], threaded=False)
    return [po], eml, other("unrelated", "Marketing newsletter; promotional price and Christmas shipping dates are not an answer to our PO.")


@case("karaoke-price-list-2027-xlsx", "unrelated/en-GB",
      "2027 price list mail with an XLSX listing our ordered item at a new price valid from 1 January 2027.")
def c068():
    s = S("SNDSTAGE", "Soundstage Pro Audio Ltd", "trade@soundstagepro.example", "en-GB")
    po = PO("4500233035", s, "GBP", "2026-11-24", [
        L("KMC-VOC-58B", "Karaoke vocal microphone, black, 5 m cable", 60, "EA", "24.90", "2026-12-18"),
        L("KMC-CLP-20", "Microphone clip 20 mm", 60, "EA", "1.60", "2026-12-18"),
    ])
    book = xlsx([
        ["Soundstage Pro Audio Ltd - Trade price list 2027 (valid from 01/01/2027)"],
        ["Item", "Description", "Pack", "Price GBP"],
        ["KMC-VOC-58B", "Karaoke vocal microphone, black, 5 m cable", "1", 26.40],
        ["KMC-CLP-20", "Microphone clip 20 mm", "10", 17.50],
        ["KMC-WL-UHF", "UHF wireless handheld, 2 ch", "1", 119.00],
        ["KMC-STD-BOOM", "Boom stand, 2 m", "1", 32.00],
    ], "Price list 2027")
    body = """Dear Trade Customer,

Please find attached our 2027 trade price list, valid for orders placed from 1 January 2027. Orders already placed in 2026 remain at the agreed prices.

Our office will close at 1pm on 23/12 and reopen on 04/01/2027.

Kind regards
Trade Sales Team
Soundstage Pro Audio Ltd | 3 Riverside Trading Estate, Leicester LE4 5QT | 0116 555 0170
"""
    eml = reply(po, body, date="2026-12-01 09:00:00 +0000", frm=("Soundstage Trade Sales", "trade@soundstagepro.example"),
                msgid=mid("c068", "soundstagepro.example"), client="outlook", quote=None, html=False, threaded=False,
                subject="Soundstage Pro Audio - 2027 Trade Price List", atts=[xlsx_att(book, "Soundstage_PriceList_2027.xlsx")])
    return [po], eml, other("unrelated", "General price list for 2027 (future orders); it does not answer our PO even though our items appear in it.")


@case("milking-invoice-other-po", "unrelated/pl-PL",
      "Polish VAT invoice PDF for a different, earlier PO; same supplier, same item codes as our open PO.")
def c069():
    s = S("MLEKOTECH", "Mleko-Tech Sp. z o.o.", "biuro@mlekotech.example", "pl-PL")
    po = PO("4500233060", s, "PLN", "2026-11-25", [
        L("DML-SIL-24", "Silicone milking liner 24 mm, 2027 fit", 300, "PCS", "13.20", "2026-12-18"),
    ])
    doc = pdf([
        ("MLEKO-TECH Sp. z o.o.", 14, True),
        "ul. Rolnicza 14, 18-400 Lomza   NIP 718-20-44-117",
        ("FAKTURA VAT nr FV/2026/11/0874", 12, True),
        "Data wystawienia: 26.11.2026   Data sprzedazy: 25.11.2026   Termin platnosci: 26.12.2026",
        "Nabywca: Brightwater Trading GmbH, Hafenstrasse 12, 20457 Hamburg   Zamowienie: 4500229981",
        " ",
        ("Lp  Kod          Nazwa                         Ilosc  J.m.  Cena netto  Wartosc netto", 9, True),
        ("1   DML-SIL-24   Silicone liner 24 mm           200  szt      12,80       2 560,00", 9, False),
        ("2   DML-TUB-814  Short milk tube 8x14 mm        200  szt       3,70         740,00", 9, False),
        " ",
        "Razem netto: 3 300,00 PLN   VAT 0% (WDT)   Do zaplaty: 3 300,00 PLN",
    ], compress=False, title="FV/2026/11/0874", date="20261126101500+01'00'")
    body = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0874 do zamówienia 4500229981 (dostawa z 25.11.2026).

Pozdrawiamy
Dział Księgowości
Mleko-Tech Sp. z o.o.
"""
    eml = reply(po, body, date="2026-11-26 10:20:00 +0100", frm=("Mleko-Tech Księgowość", "faktury@mlekotech.example"),
                msgid=mid("c069", "mlekotech.example"), client="thunderbird", quote=None, html=False, threaded=False,
                cs="iso-8859-2", subject="Faktura FV/2026/11/0874 do zamówienia 4500229981",
                atts=[pdf_att(doc, "FV_2026_11_0874.pdf")])
    return [po], eml, other("unrelated", "Invoice for PO 4500229981, not the open PO 4500233060, although DML-SIL-24 appears on both.")


@case("glass-tools-delivery-note-other-order", "unrelated/cs-CZ",
      "Czech delivery note (Flate PDF) for another order number, with a delivery date and quantities of similar items.")
def c070():
    s = S("SKLNAR", "Sklářské nářadí Železný Brod s.r.o.", "expedice@sklarske-naradi.example", "cs-CZ")
    po = PO("4500233085", s, "EUR", "2026-11-25", [
        L("GBP-PIP-130", "Glassblowing pipe 130 cm, 18 mm", 10, "EA", "104.00", "2026-12-18"),
        L("GBP-SHR-200", "Glass shears 200 mm, straight", 6, "EA", "48.00", "2026-12-18"),
    ])
    doc = pdf([
        ("SKLARSKE NARADI ZELEZNY BROD s.r.o.", 13, True),
        "Jiraskova 418, 468 22 Zelezny Brod, CZ   IC: 25418877",
        ("DODACI LIST DL-26-5512", 12, True),
        "Datum dodani: 03.12.2026   Vase objednavka: 4500228410   Dopravce: PPL CZ",
        " ",
        ("Pol  Kod          Popis                        Mnozstvi  MJ", 9, True),
        ("1    GBP-PIP-130  Sklarska pistala 130 cm, 18 mm     4  ks", 9, False),
        ("2    GBP-PNT-12   Puntel 12 mm x 1,5 m              8  ks", 9, False),
        " ",
        "Pocet baliku: 2   Hmotnost: 38,5 kg",
    ], compress=True, title="DL-26-5512", date="20261202140000+01'00'")
    body = """Dobrý den,

v příloze zasíláme dodací list DL-26-5512 k Vaší objednávce 4500228410. Zboží bylo předáno dopravci PPL, doručení předpokládáme 03.12.2026.

S pozdravem
expedice
Sklářské nářadí Železný Brod s.r.o.
"""
    eml = reply(po, body, date="2026-12-02 14:05:00 +0100", frm=("Expedice SNZB", "expedice@sklarske-naradi.example"),
                msgid=mid("c070", "sklarske-naradi.example"), client="thunderbird", quote=None, html=False, threaded=False,
                cs="windows-1250", subject="Dodací list DL-26-5512 / obj. 4500228410",
                atts=[pdf_att(doc, "DL-26-5512.pdf")])
    return [po], eml, other("unrelated", "Delivery note for order 4500228410, not our open PO 4500233085, though GBP-PIP-130 is on both.")
