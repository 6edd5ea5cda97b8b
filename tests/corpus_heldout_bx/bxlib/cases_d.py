"""Cases that must not confirm: needs_review, auto_reply, bounce, unrelated."""
from . import mime
from .common import (BUY, P, S, at, boundary, case, clean, msgid, other, reply, req_sent, req_subject,
                     req_text, request_eml)
from .pdf import pdf
from .xlsx import xlsx


# =========================================================================== needs_review
@case("o2-regulator-address-check-us", "needs_review/en-US",
      "Confirms qty, price and date but holds the order until we confirm which delivery address to use.")
def n_o2_address():
    sup = S("LIBMGC", "Liberty Medical Gas Controls Inc.", "orders@libertymgc.example", "en-US")
    po = P("MAF-11915", sup, "o2", "USD", "2026-11-13", [
        ("RG-O2-CGA540", "O2 regulator CGA 540, 0-25 LPM, 2027 model", 12, "EA", "189.00", "2026-12-18"),
        ("GAU-O2-2.5", "Contents gauge 2.5in, 0-4000 psi", 12, "EA", "24.00", "2026-12-18")])
    body = ("Hi Priya,\n\nWe can confirm PO MAF-11915 as ordered - qty, pricing and the 12/18/2026 delivery all work.\n\n"
            "Before we release it to shipping, please confirm the delivery address: the PO says 7 Beacon Park, "
            "Leeds LS11 5RT, but your account is set up with ship-to Unit 2, Holbeck Lane, Leeds LS11 9QJ. "
            "Which one should we use? We'll hold the order until we hear back from you.\n\n"
            "Thanks,\nJennifer Alvarez\nCustomer Service | Liberty Medical Gas Controls Inc.\n"
            "600 Commerce Pkwy, Lancaster, PA 17601\n(717) 555-0148\n")
    eml = reply(seed="bx049", po=po, date=at("2026-11-17 10:22:41", "-0500"), body=body,
                frm=("Jennifer Alvarez", "jalvarez@libertymgc.example"))
    return [clean(po)], eml, other("needs_review", "Values match the PO, but the supplier holds the order "
                                   "pending our answer on the delivery address: a question, not yet a commitment.")


@case("seat-spring-next-week-de", "needs_review/de-DE",
      "German 'Termine erst nächste Woche bestätigen, voraussichtlich KW 3' - a tentative week, no commitment.")
def n_spring_de():
    sup = S("POLSRUHR", "Polsterfedern Ruhr GmbH", "vertrieb@polsterfedern-ruhr.example", "de-DE")
    po = P("PS-2026-0902", sup, "opera", "EUR", "2026-11-16", [
        ("PF-BONNELL-12", "Bonnell spring 12 turns, 1.5 mm wire", 2400, "EA", "0.36", "2027-01-15"),
        ("PF-ZICK-3.2", "Zigzag spring 3.2 mm, 500 mm", 800, "EA", "0.92", "2027-01-15")])
    body = ("Hallo Herr Aurich,\n\ndanke für die Bestellung PS-2026-0902. Wegen der Drahtlieferung (1,5 mm) kann ich "
            "Ihnen die Termine erst nächste Woche verbindlich bestätigen, voraussichtlich wird es KW 3. "
            "Preise passen soweit.\n\nSchöne Grüße aus Hagen\nMarkus Breuer\nVertriebsinnendienst\n"
            "Polsterfedern Ruhr GmbH | Eilper Str. 140 | 58091 Hagen\nTel. 02331 555-318\n")
    eml = reply(seed="bx050", po=po, date=at("2026-11-19 15:51:26", "+0100"), body=body, lang="de",
                client="tb", charset="utf-8", attribution="Am 16.11.2026 um 09:30 schrieb Felix Aurich:",
                html=False, frm=("Markus Breuer", "m.breuer@polsterfedern-ruhr.example"))
    return [clean(po)], eml, other("needs_review", "Dates to be confirmed next week ('voraussichtlich KW 3'); "
                                   "'Preise passen soweit' alone is not an order confirmation.")


@case("clay-target-pallet-question-fr", "needs_review/fr-FR",
      "French question whether we accept a full pallet of 240 cartons instead of 200 before anything is confirmed.")
def n_clay_fr():
    sup = S("BTDURAND", "Lanceurs Ball-Trap Durand SAS", "commercial@balltrap-durand.example", "fr-FR")
    po = P("HSG-26-0451", sup, "clay", "EUR", "2026-11-12", [
        ("LBT-ELEC-12V", "Electric trap 12V, 75-target carousel", 3, "EA", "1240.00", "2026-12-18"),
        ("PL-108-BOX", "Clay targets 108 mm, carton of 150", 200, "BOX", "11.50", "2026-12-18")])
    body = ("Bonjour Monsieur Okafor,\n\nPour la ligne 2, nous livrons uniquement par palette complète de 240 cartons. "
            "Pouvez-vous accepter 240 cartons au lieu de 200 ? Dès votre accord, nous vous envoyons la confirmation "
            "pour les deux lignes.\n\nCordialement,\nThierry Durand\nLanceurs Ball-Trap Durand SAS\n"
            "ZA des Garennes, 41100 Vendôme\nTél. 02 54 55 71 30\n")
    eml = reply(seed="bx051", po=po, date=at("2026-11-16 09:12:05", "+0100"), body=body, lang="fr",
                charset="iso-8859-1", frm=("Thierry Durand", "t.durand@balltrap-durand.example"))
    return [clean(po)], eml, other("needs_review", "Asks whether we accept 240 instead of 200 cartons; "
                                   "confirmation explicitly promised only after our agreement.")


@case("ski-cover-contradiction-it", "needs_review/it-IT",
      "Italian mail confirming delivery 18/12/2026, then a P.S. saying it will probably slip to late January.")
def n_ski_it():
    sup = S("COPVALT", "Coprisedili Valtellina S.r.l.", "vendite@coprisedili-vt.example", "it-IT")
    po = P("ALS-26-0592", sup, "ski", "EUR", "2026-11-16", [
        ("CS-4P-NERO", "Chairlift seat cover 4-seater, black, 4/3 foam", 20, "EA", "152.00", "2026-12-18")])
    body = ("Buongiorno,\n\nconfermiamo l'ordine ALS-26-0592: 20 coprisedili a € 152,00 cad., consegna 18/12/2026.\n\n"
            "Cordiali saluti\nGiulia Fumagalli\nCoprisedili Valtellina S.r.l. - Via Stelvio 21, 23100 Sondrio\n"
            "Tel. +39 0342 555 610\n\n"
            "P.S. Il collega della produzione mi segnala ora che il tessuto arriva solo a metà gennaio, quindi la "
            "consegna slitta probabilmente a fine gennaio. Vi aggiorno appena possibile.\n")
    eml = reply(seed="bx052", po=po, date=at("2026-11-20 12:31:50", "+0100"), body=body, lang="it",
                charset="windows-1252", frm=("Giulia Fumagalli", "g.fumagalli@coprisedili-vt.example"))
    return [clean(po)], eml, other("needs_review", "Contradictory: 18/12/2026 confirmed in the body, P.S. says "
                                   "delivery probably slips to late January without a date.")


@case("marble-pad-asap-th", "needs_review/th-TH",
      "Thai in TIS-620: PO received, 'will ship as soon as possible', price may be adjusted - nothing committed.")
def n_marble_th():
    sup = S("SIAMST", "Siam Stone Tools Co., Ltd.", "sales@siamstonetools.example", "th-TH")
    po = P("SWR-2611-30", sup, "marble", "USD", "2026-11-17", [
        ("PAD-WET-125-50", "Wet polishing pad 125 mm grit 50", 80, "EA", "5.60", "2026-12-18"),
        ("PAD-WET-125-1500", "Wet polishing pad 125 mm grit 1500", 80, "EA", "6.10", "2026-12-18")])
    body = ("เรียน คุณลีโอ\n\nได้รับใบสั่งซื้อ SWR-2611-30 เรียบร้อยแล้วค่ะ ทางเราจะจัดส่งให้โดยเร็วที่สุด "
            "ราคาอาจมีการปรับเล็กน้อยตามต้นทุนเพชร จะแจ้งให้ทราบอีกครั้งค่ะ\n\nขอบคุณค่ะ\n"
            "สุภาพร วงศ์ใหญ่\nฝ่ายขาย บริษัท สยามสโตนทูลส์ จำกัด\n88/12 ถนนพระราม 2 แขวงแสมดำ เขตบางขุนเทียน "
            "กรุงเทพฯ 10150\nโทร 02-555-4417\n")
    eml = reply(seed="bx053", po=po, date=at("2026-11-19 13:40:22", "+0700"), body=body,
                charset="tis-620", cte="base64", frm=("สุภาพร วงศ์ใหญ่", "supaporn@siamstonetools.example"))
    return [clean(po)], eml, other("needs_review", "Only 'received, ship as soon as possible, price may change, "
                                   "will inform again': vague, no date, price open.")


@case("bell-rope-date-only-in-quote-hi", "needs_review/hi-IN",
      "Hindi-English mix saying 'see the revised date in the table below' - the table below is only our own request.")
def n_bell_hi():
    sup = S("SGROPES", "Shree Ganesh Rope Industries", "sales@shreeganeshropes.example", "hi-IN")
    po = P("MBR-0433", sup, "bell", "GBP", "2026-11-16", [
        ("RP-POLY-18-20", "Polyester bell rope 18 mm x 20 m", 8, "EA", "74.00", "2027-01-15"),
        ("SAL-WOOL-1.1", "Wool sally 1.1 m, red/white/blue", 8, "EA", "96.00", "2027-01-15")])
    body = ("नमस्ते Hugh जी,\n\nआपका PO MBR-0433 मिल गया, धन्यवाद। Revised delivery date नीचे table में देख लीजिए। "
            "Rates वही रहेंगे।\n\nधन्यवाद सहित,\nसुरेश अग्रवाल\nShree Ganesh Rope Industries\n"
            "Plot 47, Sector 6, Bahadurgarh, Haryana 124507\nMob. +91 98125 55730\n")
    eml = reply(seed="bx054", po=po, date=at("2026-11-18 12:15:33", "+0530"), body=body, cte="base64",
                frm=("Suresh Agarwal", "suresh@shreeganeshropes.example"))
    return [clean(po)], eml, other("needs_review", "Refers to a 'revised delivery date in the table below', but "
                                   "the only table is our own quoted request with our dates; the new date is missing.")


@case("bell-rope-prepayment-at", "needs_review/de-AT",
      "Austrian supplier accepts price and date only against a 30 % prepayment and asks whether we agree.")
def n_bell_at():
    sup = S("GLHALL", "Glockenseilerei Hallstatt GmbH", "office@glockenseil-hallstatt.example", "de-AT")
    po = P("MBR-0441", sup, "bell", "EUR", "2026-11-18", [
        ("GS-32-HANF", "Bell rope hemp 32 mm, 18 m", 2, "EA", "420.00", "2027-01-29"),
        ("SALLY-32-GRN", "Sally wool 1.3 m green/white", 2, "EA", "135.00", "2027-01-29")])
    body = ("Sehr geehrter Herr Padgett,\n\ndie Bestellung MBR-0441 können wir zu den angefragten Preisen und zum "
            "Termin 29.01.2027 ausführen, allerdings nur gegen eine Anzahlung von 30 % des Auftragswertes "
            "(EUR 333,00), da noch keine Geschäftsbeziehung besteht. Bitte teilen Sie uns mit, ob Sie damit "
            "einverstanden sind; nach Eingang der Anzahlung erhalten Sie unsere verbindliche Auftragsbestätigung.\n\n"
            "Mit freundlichen Grüßen\nTheresia Pichler\nGlockenseilerei Hallstatt GmbH\nSeestraße 12, 4830 Hallstatt\n"
            "Tel. +43 6134 555 20\n")
    assert round((2 * 420 + 2 * 135) * 0.30, 2) == 333.0
    eml = reply(seed="bx055", po=po, date=at("2026-11-23 10:05:17", "+0100"), body=body, lang="de",
                charset="iso-8859-1", frm=("Theresia Pichler", "office@glockenseil-hallstatt.example"))
    return [clean(po)], eml, other("needs_review", "Conditional: binding confirmation only after we accept and pay "
                                   "a 30 % prepayment; all values match but nothing is committed yet.")


@case("puppet-head-drawing-query-my", "needs_review/ms-MY",
      "Malay query asking for drawing revision C before price and delivery are confirmed.")
def n_puppet_my():
    sup = S("KAYUMLK", "Perabot Kayu Melaka Sdn Bhd", "jualan@kayumelaka.example", "ms-MY")
    po = P("MTW-2026-140", sup, "puppet", "EUR", "2026-11-17", [
        ("KPL-JEL-14", "Puppet head jelutong 14 cm, jaw cut per drawing D-2207 rev B", 20, "EA", "36.00",
         "2027-02-05")])
    body = ("Salam sejahtera Puan Lotte,\n\nTerima kasih atas pesanan MTW-2026-140. Sebelum kami sahkan, boleh puan "
            "hantar lukisan D-2207 semakan C? Lukisan rev B yang dilampirkan tidak menunjukkan ukuran rahang (jaw). "
            "Harga dan tarikh penghantaran akan kami sahkan selepas menerima lukisan tersebut.\n\n"
            "Terima kasih.\n\nNurul Aina binti Hassan\nEksekutif Jualan\nPerabot Kayu Melaka Sdn Bhd\n"
            "Lot 23, Kawasan Perindustrian Cheng, 75250 Melaka\nTel: +606-555 3381\n")
    eml = reply(seed="bx056", po=po, date=at("2026-11-20 16:20:48", "+0800"), body=body, client="gmail",
                frm=("Nurul Aina Hassan", "nurul.aina@kayumelaka.example"))
    return [clean(po)], eml, other("needs_review", "Question about a drawing revision; price and date to be "
                                   "confirmed after we answer.")


@case("chain-lube-stock-check-br", "needs_review/pt-BR",
      "Brazilian Portuguese 'vamos verificar o estoque e retornamos até sexta-feira' - a promise to answer later.")
def n_lube_br():
    sup = S("PEDALBR", "Lubrificantes Pedal Brasil Ltda.", "comercial@pedalbrasil.example", "pt-BR")
    po = P("VT-PO-260990", sup, "lube", "USD", "2026-11-18", [
        ("LB-CERA-100", "Wax chain lube 100 ml", 1000, "EA", "2.70", "2026-12-18")])
    body = ("Oi Ruth, tudo bem?\n\nRecebemos o pedido VT-PO-260990. Vamos verificar o estoque de frascos de 100 ml "
            "e retornamos até sexta-feira com a confirmação.\n\nAbraço,\nLucas Ferreira\n"
            "Lubrificantes Pedal Brasil Ltda. | Av. das Indústrias 940 - Joinville/SC\n+55 47 5555-2084\n\n"
            "Enviado do meu iPhone\n")
    eml = reply(seed="bx057", po=po, date=at("2026-11-19 17:03:11", "-0300"), body=body, client="iphone",
                attribution="Em 18 de nov. de 2026, às 05:30, Ruth Keller <r.keller@velotrade.example> escreveu:",
                frm=("Lucas Ferreira", "lucas@pedalbrasil.example"))
    return [clean(po)], eml, other("needs_review", "Acknowledges receipt and promises the confirmation by Friday; "
                                   "nothing committed.")


@case("clay-trap-price-rise-question-tr", "needs_review/tr-TR",
      "Turkish mail announcing an 8 % rise for January deliveries and asking whether we accept it first.")
def n_clay_tr():
    sup = S("ATISSIS", "Atış Sistemleri A.Ş.", "satis@atissistemleri.example", "tr-TR")
    po = P("HSG-26-0466", sup, "clay", "USD", "2026-11-19", [
        ("ATS-MAK-24V", "Trap machine 24V, 300-target", 2, "EA", "2450.00", "2027-01-15"),
        ("ATS-KUM-RC", "Radio control unit, 4 channel", 2, "EA", "310.00", "2027-01-15")])
    body = ("Merhaba Tom Bey,\n\nSiparişiniz için teşekkür ederiz. 1 Ocak 2027'den itibaren fiyatlarımız %8 artacak; "
            "teslimat Ocak ayında olacağı için yeni fiyatlar geçerli olur. Yeni fiyatları kabul ediyor musunuz? "
            "Onayınızı aldıktan sonra sipariş teyidini göndereceğiz.\n\nSaygılarımla,\nMurat Yıldız\n"
            "İhracat Satış Müdürü | Atış Sistemleri A.Ş.\nİvedik OSB 1354. Cad. No:8, Yenimahalle/Ankara\n"
            "+90 312 555 44 70\n")
    eml = reply(seed="bx058", po=po, date=at("2026-11-24 11:48:02", "+0300"), body=body, lang="tr",
                charset="iso-8859-9", frm=("Murat Yıldız", "murat.yildiz@atissistemleri.example"))
    return [clean(po)], eml, other("needs_review", "Asks us to accept +8 % before sending the order confirmation; "
                                   "a question, not a commitment.")


# =========================================================================== auto_reply
@case("tuning-pin-out-of-office-de", "auto_reply/de-DE",
      "Outlook 'Automatische Antwort' with a return date and a deputy's address, threaded on our request.")
def a_pin_ooo():
    sup = S("KLLENZ", "Klavierteile Lenz GmbH", "j.lenz@klavierteile-lenz.example", "de-DE")
    po = P("4700022260", sup, "pin", "EUR", "2026-11-19", [
        ("SW-69-1/0", "Stimmwirbel 6,9 mm 1/0 blank", 1000, "EA", "0.39", "2026-12-18")])
    body = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 27.11.2026 nicht im Büro und habe nur "
            "eingeschränkten Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n"
            "In dringenden Fällen wenden Sie sich bitte an verkauf@klavierteile-lenz.example oder "
            "Tel. +49 5121 555 90-0.\n\nMit freundlichen Grüßen\nJens Lenz\n")
    eml = reply(seed="bx059", po=po, date=at("2026-11-19 09:30:41", "+0100"), body=body, lang="de", quote=None,
                subject=f"Automatische Antwort: {req_subject(po)}", frm=("Jens Lenz", sup["email"]),
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    return [clean(po)], eml, other("auto_reply", "Out-of-office; the date 27.11.2026 is the return date, not a "
                                   "delivery date.")


@case("clay-trap-ticket-receipt-gb", "auto_reply/en-GB",
      "Helpdesk ticket receipt '[#TL-48213]' quoting our request in full, including the PO table.")
def a_clay_ticket():
    sup = S("TRAPLINE", "Trapline Ltd", "orders@trapline-ltd.example", "en-GB")
    po = P("HSG-26-0472", sup, "clay", "USD", "2026-11-20", [
        ("TL-WOBBLE-12V", "Wobble trap 12V, 2027 model", 1, "EA", "3650.00", "2027-01-22"),
        ("TL-ARM-ASSY", "Throwing arm assembly, 3/8in shaft", 2, "EA", "185.00", "2027-01-22")])
    body = ("##- Please type your reply above this line -##\n\nHello Tom,\n\n"
            "Thank you for contacting Trapline Ltd. This is an automated response to confirm that we have received "
            "your request. Your ticket reference is TL-48213.\n\nOur order team aims to respond within 2 working days "
            "(Mon-Fri, 8:30-17:00 UK time). Please keep the reference in the subject line of any further e-mails.\n\n"
            "Kind regards,\nTrapline Customer Support\n\n----------------------------------------------\n"
            "Your request (20 Nov 2026, 14:30 GMT):\n\n" + req_text(po))
    eml = reply(seed="bx060", po=po, date=at("2026-11-20 14:31:08", "+0000"), body=body, client="erp", quote=None,
                html=False, subject=f"[#TL-48213] Re: {req_subject(po)}",
                frm=("Trapline Support", "support@trapline-ltd.example"),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Ticket-ID", "TL-48213"), ("Precedence", "bulk")])
    return [clean(po)], eml, other("auto_reply", "Ticket-system receipt; the PO table and dates in it are our own "
                                   "request echoed back.")


@case("seed-tray-shared-inbox-nl", "auto_reply/nl-NL",
      "Dutch shared-inbox receipt ('binnen 2 werkdagen') saying order confirmations come from the ERP later.")
def a_tray_inbox():
    sup = S("TPWEST", "Tuinbouwplastics Westland BV", "verkoop@tpwestland.example", "nl-NL")
    po = P("GF-PO-77420", sup, "tray", "EUR", "2026-11-20", [
        ("TRAY-24-PLUG", "Plug tray 24 cells 53x31 cm, 5/8in cell", 1200, "EA", "0.58", "2026-12-17")])
    body = ("Geachte relatie,\n\nBedankt voor uw e-mail. Dit is een automatische ontvangstbevestiging.\n"
            "Uw bericht is in goede orde ontvangen en wordt zo spoedig mogelijk, uiterlijk binnen 2 werkdagen, door "
            "een van onze medewerkers behandeld. Orderbevestigingen worden verstuurd vanuit ons ERP-systeem.\n\n"
            "Met vriendelijke groet,\nTeam Verkoop Binnendienst\nTuinbouwplastics Westland BV | Poeldijkseweg 50 | "
            "2291 Wateringen\nT +31 174 555 900\n")
    eml = reply(seed="bx061", po=po, date=at("2026-11-20 09:31:02", "+0100"), body=body, lang="nl", quote=None,
                subject=f"Ontvangstbevestiging: {req_subject(po)}", frm=("Verkoop TPW", sup["email"]),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [clean(po)], eml, other("auto_reply", "Shared-inbox receipt; '2 werkdagen' is a response time, "
                                   "not a delivery commitment.")


@case("surf-wax-ooo-iso2022jp", "auto_reply/ja-JP",
      "Japanese out-of-office in ISO-2022-JP (7bit) with absence dates '11月23日（月）～11月27日（金）'.")
def a_wax_jp():
    sup = S("SHONAN", "株式会社湘南ワックス", "kaigai@shonan-wax.example", "ja-JP")
    po = P("SWH-26-152", sup, "wax", "USD", "2026-11-24", [
        ("WAX-SHONAN-COOL", "Surf wax cool 15-20C, 80 g", 500, "EA", "2.90", "2027-01-15")])
    body = ("※このメールは自動応答です。\n\nお問い合わせいただきありがとうございます。\n"
            "誠に恐れ入りますが、11月23日（月）から11月27日（金）まで出張のため不在にしております。\n"
            "11月30日（月）以降、順次ご返信いたします。\n"
            "お急ぎの場合は、kaigai@shonan-wax.example（海外営業部）までご連絡ください。\n\n"
            "I am out of the office until 27 November and will reply after my return.\n\n"
            "株式会社湘南ワックス　海外営業部　佐藤 美咲\n")
    eml = reply(seed="bx062", po=po, date=at("2026-11-25 02:31:40", "+0900"), body=body, client="erp", quote=None,
                html=False, charset="iso-2022-jp", cte="7bit", subject=f"自動応答: {req_subject(po)}",
                frm=("佐藤 美咲", "m.sato@shonan-wax.example"),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Becky! ver. 2.81.04")])
    return [clean(po)], eml, other("auto_reply", "Out-of-office (Japanese + one English line); the November "
                                   "dates are absence dates.")


@case("fume-arm-absence-ch", "auto_reply/fr-CH",
      "Swiss French 'absente jusqu'au 7 décembre' auto-reply from a colleague address, no order content.")
def a_fume_ch():
    sup = S("ASPLEMAN", "Aspiration Léman SA", "commandes@aspiration-leman.example", "fr-CH")
    po = P("LV-2611-244", sup, "fume", "CHF", "2026-11-24", [
        ("ARM-FX-2.5", "Extraction arm 2.5 m, 100 mm", 4, "EA", "780.00", "2027-01-22")])
    body = ("Bonjour,\n\nJe suis absente jusqu'au 7 décembre 2026 inclus et n'ai pas accès à ma messagerie.\n"
            "Pour toute commande, merci de contacter commandes@aspiration-leman.example ou le +41 21 555 40 40.\n\n"
            "Meilleures salutations\nNathalie Rochat\nAspiration Léman SA\n")
    eml = reply(seed="bx063", po=po, date=at("2026-11-24 09:32:10", "+0100"), body=body, lang="fr", quote=None,
                subject=f"Absent(e) du bureau : {req_subject(po)}",
                frm=("Nathalie Rochat", "n.rochat@aspiration-leman.example"), charset="iso-8859-1",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [clean(po)], eml, other("auto_reply", "Out-of-office from a colleague at the supplier; 7 December is the "
                                   "return date.")


# =========================================================================== bounce
def _report(seed, parts_text, dsn, po, human_html=None, boundary_outer=None):
    inner = request_eml(po, crlf=False)
    human = mime.text(parts_text, "plain", "utf-8", "quoted-printable")
    if human_html:
        human = mime.multipart("alternative", [human, mime.text(human_html, "html", "utf-8", "quoted-printable")],
                               boundary("erp", seed, 2))
    return mime.multipart("report", [
        human,
        mime.raw_part("message/delivery-status", dsn.encode("ascii")),
        mime.raw_part("message/rfc822", inner)],
        boundary_outer or boundary("erp", seed, 1), params=" report-type=delivery-status;")


@case("ski-cover-exchange-ndr-de", "bounce/de-DE",
      "German Exchange NDR ('Unzustellbar') as multipart/report with our full request, PO table and dates attached.")
def b_ski_ndr():
    sup = S("SBTECH", "Sesselbezug Technik GmbH", "bestellung@sesselbezug-technik.example", "de-DE")
    po = P("ALS-26-0610", sup, "ski", "EUR", "2026-11-24", [
        ("SB-8ER-ROT", "Chair cover 8-seater, red, 4/3 foam", 16, "EA", "164.00", "2027-01-29"),
        ("SB-PLS-40", "Padding 40 mm, 1.5 m roll", 6, "ROL", "88.00", "2027-01-29")])
    rcpt = sup["email"]
    txt = ("Ihre Nachricht hat folgende Empfänger nicht erreicht:\n\n"
           f"{rcpt}\nDie E-Mail-Adresse wurde im Empfänger-E-Mail-System nicht gefunden.\n\n"
           "So beheben Sie das Problem: Überprüfen Sie die E-Mail-Adresse des Empfängers auf Tippfehler und "
           "senden Sie die Nachricht erneut.\n\nDiagnoseinformationen für Administratoren:\n\n"
           "Generierender Server: AM9PR07MB7123.eurprd07.prod.outlook.com\n\n"
           f"{rcpt}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
           "SMTP address lookup'\n\nUrsprüngliche Nachrichtenkopfzeilen:\n\n"
           f"From: Mara Lindqvist <m.lindqvist@alpenlift.example>\nTo: {rcpt}\nSubject: {req_subject(po)}\n"
           f"Message-ID: {po['request_message_id']}\n")
    html = ("<html><body><p><b><font color=\"#000066\" size=\"3\">Ihre Nachricht hat folgende Empfänger nicht "
            f"erreicht:</font></b></p><p><a href=\"mailto:{rcpt}\">{rcpt}</a><br>Die E-Mail-Adresse wurde im "
            "Empfänger-E-Mail-System nicht gefunden.</p><p>Remote Server returned '550 5.1.10 "
            "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>")
    dsn = ("Reporting-MTA: dns;AM9PR07MB7123.eurprd07.prod.outlook.com\n"
           "Received-From-MTA: dns;AM9PR07MB7123.eurprd07.prod.outlook.com\n"
           "Arrival-Date: Tue, 24 Nov 2026 08:30:12 +0000\n\n"
           f"Final-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.10\n"
           "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
           "Remote-MTA: dns;mx01.sesselbezug-technik.example\n")
    body = _report("bx064", txt, dsn, po, html, "_000_" + mime.HX("bx064ndr", 24) + "_")
    hdrs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@alpenlift.example>"),
            ("To", mime.addr("Mara Lindqvist", "m.lindqvist@alpenlift.example")),
            ("Subject", mime.ew(f"Unzustellbar: {req_subject(po)}")),
            ("Date", mime.fmt_date(at("2026-11-24 09:31:05", "+0100"))),
            ("Message-ID", msgid("outlook", "bx064", "alpenlift.example")),
            ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
            ("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Auto-Submitted", "auto-replied")]
    return [clean(po)], mime.message(hdrs, body), other("bounce", "German Exchange NDR; the attached original "
                                                          "request carries the PO table and dates.")


@case("o2-regulator-postfix-dsn-us", "bounce/en-US",
      "Postfix 'Undelivered Mail Returned to Sender' (mailbox full) with the original multipart request attached.")
def b_o2_postfix():
    sup = S("GCOXY", "Gulf Coast Oxygen Controls LLC", "orders@gcoxy.example", "en-US")
    po = P("MAF-11930", sup, "o2", "USD", "2026-11-20", [
        ("RG-O2-870-TT", "O2 regulator CGA 870, 0-15 LPM, T-handle", 10, "EA", "154.00", "2026-12-18"),
        ("BRB-DISS-1/4", "Barb outlet 1/4in, DISS", 20, "EA", "8.75", "2026-12-18")])
    rcpt = sup["email"]
    txt = ("This is the mail system at host mail.medline-fleet.example.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
           "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached "
           "returned message.\n\n                   The mail system\n\n"
           f"<{rcpt}>: host mx.gcoxy.example[203.0.113.25] said: 552 5.2.2\n    <{rcpt}>: Mailbox full "
           "(in reply to RCPT TO command)\n")
    dsn = ("Reporting-MTA: dns; mail.medline-fleet.example\nX-Postfix-Queue-ID: 4Bq7Yc1Kx2z9tVw\n"
           f"X-Postfix-Sender: rfc822; p.natarajan@medline-fleet.example\n"
           "Arrival-Date: Fri, 20 Nov 2026 09:30:04 +0000 (GMT)\n\n"
           f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.2.2\n"
           "Remote-MTA: dns; mx.gcoxy.example\n"
           f"Diagnostic-Code: smtp; 552 5.2.2 <{rcpt}>: Mailbox full\n")
    body = _report("bx065", txt, dsn, po, None, "4Bq7Yc1Kx2z9tVw.1795167006/mail.medline-fleet.example")
    hdrs = [("From", "MAILER-DAEMON@mail.medline-fleet.example (Mail Delivery System)"),
            ("To", "p.natarajan@medline-fleet.example"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", mime.fmt_date(at("2026-11-20 09:30:06", "+0000"))),
            ("Message-ID", "<20261120093006.7F1C2A0391@mail.medline-fleet.example>"),
            ("Auto-Submitted", "auto-replied")]
    return [clean(po)], mime.message(hdrs, body), other("bounce", "Postfix DSN, mailbox full; original request "
                                                          "with PO lines attached as message/rfc822.")


@case("surf-wax-qmail-plain-es", "bounce/es-ES",
      "Plain-text qmail 'failure notice' (single text part) with our original request pasted below the line.")
def b_wax_qmail():
    sup = S("CERASCAN", "Ceras de Surf Cantabria S.L.", "pedidos@cerassurfcantabria.example", "es-ES")
    po = P("SWH-26-160", sup, "wax", "EUR", "2026-11-24", [
        ("CERA-TEMP-85", "Surf wax temperate water 18-22C, 85 g", 480, "EA", "2.40", "2027-01-15"),
        ("CERA-BASE-85", "Base coat 85 g", 240, "EA", "2.60", "2027-01-15")])
    rcpt = sup["email"]
    orig = (f"Return-Path: <jake@swellhouse-surf.example>\nReceived: (qmail 28817 invoked by uid 89); "
            "24 Nov 2026 17:30:03 -0000\nFrom: Jake Moreno <jake@swellhouse-surf.example>\n"
            f"To: {rcpt}\nSubject: {req_subject(po)}\nDate: {mime.fmt_date(req_sent(po))}\n"
            f"Message-ID: {po['request_message_id']}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n" + req_text(po))
    txt = ("Hi. This is the qmail-send program at mail.swellhouse-surf.example.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           f"<{rcpt}>:\n198.51.100.40 does not like recipient.\n"
           "Remote host said: 550 5.1.1 <pedidos@cerassurfcantabria.example>: Recipient address rejected: "
           "User unknown in virtual mailbox table\nGiving up on 198.51.100.40.\n\n"
           "--- Below this line is a copy of the message.\n\n" + orig)
    part = mime.Part(["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"],
                     txt.encode("ascii"))
    hdrs = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mail.swellhouse-surf.example"),
            ("To", "jake@swellhouse-surf.example"), ("Subject", "failure notice"),
            ("Date", mime.fmt_date(at("2026-11-24 17:30:05", "+0000"))),
            ("Message-ID", "<20261124173005.28821.qmail@mail.swellhouse-surf.example>")]
    return [clean(po)], mime.message(hdrs, part), other("bounce", "qmail plain-text bounce; the copied original "
                                                        "request below the line contains the PO table.")


@case("cinch-gmail-address-not-found-br", "bounce/pt-BR",
      "Gmail 'Delivery Status Notification (Failure)' for a Brazilian supplier address, request attached.")
def b_cinch_gmail():
    sup = S("CINTPANT", "Cintas de Rodeio Pantanal Ltda.", "vendas@cintaspantanal.example", "pt-BR")
    po = P("CWS-26-0388", sup, "cinch", "USD", "2026-11-25", [
        ("CIL-CRINA-32", "Horsehair cinch 32in, 21 strand", 30, "EA", "27.50", "2027-01-08"),
        ("LAT-1.75X58", "Latigo 1.75in x 58in", 30, "EA", "9.80", "2027-01-08")])
    rcpt = sup["email"]
    txt = (f"** Address not found **\n\nYour message wasn't delivered to {rcpt} because the domain "
           "cintaspantanal.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
           "The response was:\n\nDNS Error: DNS type 'mx' lookup of cintaspantanal.example responded with code "
           "NXDOMAIN Domain name not found: cintaspantanal.example\n")
    html = ("<html><body><div><h2>Address not found</h2><p>Your message wasn't delivered to <b>"
            f"{rcpt}</b> because the domain cintaspantanal.example couldn't be found.</p><p>The response was:</p>"
            "<p>DNS Error: DNS type 'mx' lookup of cintaspantanal.example responded with code NXDOMAIN</p>"
            "</div></body></html>")
    dsn = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; dana.ruiz@copperline-western.example\n"
           "Arrival-Date: Wed, 25 Nov 2026 07:30:02 -0800 (PST)\n\n"
           f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.2\n"
           "Diagnostic-Code: smtp; DNS type 'mx' lookup of cintaspantanal.example responded with code NXDOMAIN\n"
           "Last-Attempt-Date: Wed, 25 Nov 2026 07:30:03 -0800 (PST)\n")
    body = _report("bx067", txt, dsn, po, html, "00000000000022a1f7060b1c4e77")
    hdrs = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
            ("To", "dana.ruiz@copperline-western.example"),
            ("Subject", "Delivery Status Notification (Failure)"),
            ("Date", mime.fmt_date(at("2026-11-25 07:30:03", "-0800"))),
            ("Message-ID", "<6744c2bb.a70a0220.1f2d7.0e44.GMR@mx.google.com>"),
            ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
            ("Auto-Submitted", "auto-replied")]
    return [clean(po)], mime.message(hdrs, body), other("bounce", "Gmail DSN (domain not found) with the original "
                                                          "request attached.")


# =========================================================================== unrelated
@case("marble-pad-newsletter-it", "unrelated/it-IT",
      "Supplier's Italian marketing newsletter full of pad sizes, grits, prices and dates, not about our PO.")
def u_marble_news():
    sup = S("ABRAPU", "Abrasivi Apuani S.r.l.", "ordini@abrasivi-apuani.example", "it-IT")
    po = P("SWR-2611-41", sup, "marble", "EUR", "2026-11-20", [
        ("PD-100-0400", "Diamond pad 100 mm grit 400", 80, "EA", "8.10", "2026-12-18")])
    txt = ("NOVITÀ 2027 - Abrasivi Apuani\n\nTamponi diamantati Ø100 e Ø125 mm, grane 50-3000: "
           "sconto 10% su tutti gli ordini entro il 31/12/2026.\nNuovo tampone PD-100-0400 PRO: € 7,60 invece di "
           "€ 8,40 (fino al 18/12).\n\nVieni a trovarci a Marmomac 2027, Verona, 28/09-01/10/2027, Pad. 5 Stand B2.\n\n"
           "Per disiscriverti: https://news.abrasivi-apuani.example/unsub?u=8842\n")
    html = ("<html><body style=\"font-family:Arial\"><table width=\"600\" align=\"center\"><tr><td>"
            "<h1 style=\"color:#b30000\">NOVITÀ 2027</h1><p>Tamponi diamantati &Oslash;100 e &Oslash;125 mm, grane "
            "50-3000: <b>sconto 10%</b> su tutti gli ordini entro il 31/12/2026.</p><p>Nuovo tampone "
            "<b>PD-100-0400 PRO</b>: &euro; 7,60 invece di &euro; 8,40 (fino al 18/12).</p><p>Vieni a trovarci a "
            "Marmomac 2027, Verona, 28/09-01/10/2027, Pad. 5 Stand B2.</p><p style=\"font-size:9px\">"
            "<a href=\"https://news.abrasivi-apuani.example/unsub?u=8842\">Disiscriviti</a></p></td></tr></table>"
            "</body></html>")
    alt = mime.multipart("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                         mime.text(html, "html", "utf-8", "quoted-printable")],
                         boundary("erp", "bx068", 1))
    hdrs = [("From", "Abrasivi Apuani News <newsletter@abrasivi-apuani.example>"),
            ("To", "leo.brandao@stoneworks-resto.example"),
            ("Subject", mime.ew("Novità 2027: -10% sui tamponi diamantati fino al 31/12")),
            ("Date", mime.fmt_date(at("2026-11-25 07:00:00", "+0100"))),
            ("Message-ID", "<nl-2611-8842.20261125070000@news.abrasivi-apuani.example>"),
            ("List-Unsubscribe", "<https://news.abrasivi-apuani.example/unsub?u=8842>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    return [clean(po)], mime.message(hdrs, alt), other("unrelated", "Newsletter from the supplier mentioning an "
                                                         "item similar to our PO line with other prices and dates.")


@case("cinch-price-list-xlsx-gb", "unrelated/en-GB",
      "2027 trade price list with an XLSX attachment from the same supplier; same item codes, new prices.")
def u_cinch_prices():
    sup = S("PENNSAD", "Pennine Saddlery Ltd", "orders@pennine-saddlery.example", "en-GB")
    po = P("4500031902", sup, "cinch", "GBP", "2026-11-18", [
        ("CIN-M27-30", "Mohair roper cinch 30in, 27-strand", 30, "EA", "38.50", "2027-01-15"),
        ("CIN-M27-32", "Mohair roper cinch 32in, 27-strand", 30, "EA", "39.80", "2027-01-15")])
    sheet = xlsx([["Pennine Saddlery Ltd - Trade price list 2027 (valid from 01/01/2027)"], [],
                  ["Item", "Description", "UoM", "Price GBP", "MOQ"],
                  ["CIN-M27-30", "Mohair roper cinch 30in, 27-strand", "EA", 40.2, 10],
                  ["CIN-M27-32", "Mohair roper cinch 32in, 27-strand", "EA", 41.5, 10],
                  ["CIN-NEO-32", "Neoprene roll cinch 32in, 1.5 mm liner", "EA", 46.9, 5],
                  ["LAT-2X60", "Latigo strap 2in x 60in, 10/12 oz", "EA", 13.2, 20]], sheet="2027",
                 creator="Pennine Saddlery")
    body = ("Dear valued trade customer,\n\nPlease find attached our 2027 trade price list, effective 1 January 2027. "
            "Orders placed before 31 December 2026 will be invoiced at current prices.\n\n"
            "Kind regards,\nPennine Saddlery Ltd - Sales Office\nMill Lane, Hebden Bridge HX7 8AD\nT +44 1422 555 284\n")
    eml = reply(seed="bx069", po=po, date=at("2026-11-26 14:00:12", "+0000"), body=body, quote=None,
                threaded=False, subject="Pennine Saddlery - Trade price list 2027",
                frm=("Pennine Saddlery Sales", "sales@pennine-saddlery.example"), to="dana.ruiz@copperline-western.example",
                atts=[("Pennine_Trade_Price_List_2027.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet)])
    return [clean(po)], eml, other("unrelated", "General price list for 2027 (circular to all trade customers); "
                                   "it lists our item codes with new prices but is not an answer to the PO.")


@case("seat-spring-invoice-other-po-at", "unrelated/de-AT",
      "Austrian invoice PDF for an earlier, different PO number from the same supplier.")
def u_spring_invoice():
    sup = S("FEDSTEYR", "Federnwerk Steyr GmbH", "verkauf@federnwerk-steyr.example", "de-AT")
    po = P("PS-2026-0915", sup, "opera", "EUR", "2026-11-20", [
        ("SF-38-120", "Sitzfeder 3/8 x 120 mm, Federstahl verzinkt", 1200, "EA", "1.85", "2027-02-12")])
    doc = pdf(["#Federnwerk Steyr GmbH - RECHNUNG 2026-RE-05517",
               "Ennser Straße 41, 4400 Steyr, Österreich   UID ATU55210387", "",
               "Rechnungsdatum: 26.11.2026    Lieferschein: LS-26-09921 vom 24.11.2026",
               "Ihre Bestellung: PS-2026-0790 vom 12.10.2026", "",
               "Pos  Artikel      Bezeichnung                      Menge      Preis EUR     Betrag EUR",
               "1    SF-38-120    Sitzfeder 3/8 x 120 mm           500 Stk       1,85          925,00",
               "2    SF-516-95    Rückenfeder 5/16 x 95 mm         400 Stk       1,40          560,00",
               "", "Nettobetrag EUR 1.485,00   (innergemeinschaftliche Lieferung, steuerfrei)",
               "Zahlbar bis 26.12.2026 ohne Abzug.  IBAN AT61 1904 3002 3457 3201"],
              title="2026-RE-05517", flate=True, date="D:20261126080000+01'00'", producer="SAP NetWeaver")
    body = ("Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie unsere Rechnung 2026-RE-05517 zu Ihrer "
            "Bestellung PS-2026-0790.\n\nMit freundlichen Grüßen\nBuchhaltung\nFedernwerk Steyr GmbH\n")
    eml = reply(seed="bx070", po=po, date=at("2026-11-26 08:02:44", "+0100"), body=body, quote=None, lang="de",
                threaded=False, html=False, client="erp", subject="Rechnung 2026-RE-05517 / Bestellung PS-2026-0790",
                frm=("Federnwerk Steyr Buchhaltung", "buchhaltung@federnwerk-steyr.example"),
                to="f.aurich@proscenium-seating.example", charset="iso-8859-1",
                atts=[("RE_2026-RE-05517.pdf", "application/pdf", doc)])
    return [clean(po)], eml, other("unrelated", "Invoice for PS-2026-0790, not the open PO PS-2026-0915, "
                                   "although the same item SF-38-120 and price appear.")


@case("cork-delivery-note-other-order-fr", "unrelated/fr-FR",
      "French shipping notice / delivery note PDF for another order, with quantities and a delivery date.")
def u_cork_bl():
    sup = S("BOUCHARM", "Bouchages de l'Armagnac SARL", "adv@bouchages-armagnac.example", "fr-FR")
    po = P("CV-118301", sup, "cork", "EUR", "2026-11-23", [
        ("BN-24X45-A", "Natural cork 24x45 mm, grade A", 15000, "PCS", "0.185", "2027-01-11")])
    doc = pdf(["#Bouchages de l'Armagnac SARL - BON DE LIVRAISON BL-26-8841",
               "12 route de Nogaro, 32800 Eauze - SIRET 512 447 803 00021", "",
               "Date d'expédition : 27/11/2026    Livraison prévue : 02/12/2026",
               "Votre commande : CV-117950 du 14/10/2026", "",
               "Réf.         Désignation                        Quantité     Colis",
               "BN-24X45-A   Bouchon liège naturel 24x45 qual. A   10 000 pces  4 cartons",
               "BC-T-20X33   Bouchon tête bois 20x33                2 000 pces  1 carton",
               "", "Transporteur : Geodis - n° de suivi 8843 2210 5531"],
              title="BL-26-8841", flate=False, date="D:20261127103000+01'00'", producer="Sage X3")
    body = ("Bonjour,\n\nVeuillez trouver ci-joint le bon de livraison BL-26-8841 relatif à votre commande CV-117950, "
            "expédiée ce jour. Livraison prévue le 02/12/2026.\n\nCordialement,\nService expéditions\n"
            "Bouchages de l'Armagnac SARL\n")
    eml = reply(seed="bx071", po=po, date=at("2026-11-27 10:34:51", "+0100"), body=body, quote=None, lang="fr",
                threaded=False, subject="Avis d'expédition BL-26-8841 - commande CV-117950",
                frm=("Service expéditions", "expeditions@bouchages-armagnac.example"),
                to="p.ferri@cellarvine.example", charset="iso-8859-15",
                atts=[("BL-26-8841.pdf", "application/pdf", doc)])
    return [clean(po)], eml, other("unrelated", "Delivery note for order CV-117950, not the open PO CV-118301 "
                                   "(same item BN-24X45-A).")
