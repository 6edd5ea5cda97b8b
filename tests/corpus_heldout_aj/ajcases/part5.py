"""Cases 061-070: remaining needs_review, auto replies."""
from .common import *  # noqa: F401,F403


# ---------------------------------------------------------------- 061
def nr_turkish_substitute():
    s = sup("KUTPOR", "Kütahya Otel Porselen San. ve Tic. A.Ş.", "satis@kutahyaotelporselen.example", "tr-TR")
    po = PO("4500319725", s, "jl", "2026-11-09", [
        L(1, "POR-KTH-PLT-27", "Flat plate 27 cm, coupe shape, white", 600, "PCE", "5.40", "2026-12-18"),
        L(2, "POR-KTH-BWL-16", "Bowl 16 cm, coupe shape, white", 600, "PCE", "3.90", "2026-12-18"),
        L(3, "POR-KTH-MUG-30", "Mug 30 cl, stackable", 400, "PCE", "2.60", "2026-12-18"),
    ])
    seed = "061"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    reply = ("Merhaba Jonas Bey,\n\n"
             "4500319725 numaralı siparişiniz için teşekkür ederiz.\n\n"
             "Coupe serisinin 16 cm kasesi (2. kalem) üretimden kalktı. Yerine aynı serinin 15 cm kasesini "
             "(kod KP-CP-15, 3,75 EUR) önerebiliriz; teknik çizimi ekte gönderiyoruz.\n\n"
             "Onayınızı aldıktan sonra siparişin tamamı için sipariş onayını ve termin tarihini göndereceğiz.\n\n"
             "Saygılarımızla,\nSelin Aydın\nDış Ticaret\nKütahya Otel Porselen A.Ş.")
    attribution = "9 Kas 2026 Pzt, 16:40 tarihinde Jonas Lind <jonas.lind@halden-roe.example> şunu yazdı:"
    body = gmail_reply(seed, reply, attribution, request_text(po, "Ms. Aydın"), request_html(po, "Ms. Aydın"))
    h = hdrs(("Selin Aydın", "satis@kutahyaotelporselen.example"), ("Jonas Lind", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-10 12:10", "+0300"), mid, irt, refs)
    exp = expected("needs_review", "Proposes a substitute for a discontinued line and withholds the confirmation of the "
                   "whole order until we approve; no line is committed (not even the unchanged ones).")
    return case("porcelain-turkish-substitute-needs-approval", "needs_review", "tr-TR",
                "Discontinued line with a priced substitute, but the supplier explicitly confirms nothing until we approve.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 062
def nr_us_will_send_ack():
    s = sup("OFFSUP", "Lakeside Office Supply Inc.", "mike.d@lakesideoffice.example", "en-US")
    po = PO("4500319740", s, "jl", "2026-11-10", [
        L(1, "TON-CE285A", "HP 85A toner cartridge black (CE285A)", 10, "EA", "61.90", "2026-11-19"),
        L(2, "TON-TN-760", "Brother TN-760 toner black", 12, "EA", "58.40", "2026-11-19"),
    ], currency="USD")
    seed = "062"
    mid = f"<{uuid_like(seed)}@lakesideoffice.example>"
    irt, refs = thread(po)
    txt = ("Got it, thanks Jonas! I'll get this entered this afternoon and send you the ack with ship dates.\n\n"
           "Mike\n\nSent from my iPhone\n\n"
           "> On Nov 10, 2026, at 3:05 AM, Jonas Lind <jonas.lind@halden-roe.example> wrote:\n>\n"
           + quote_gt(request_text(po, "Mike", date_fmt="%m/%d/%Y")) + "\n")
    body = text(txt, "plain", "utf-8", "7bit")
    h = hdrs(("Mike Dunleavy", "mike.d@lakesideoffice.example"), ("Jonas Lind", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-10 07:58", "-0600"), mid, irt, refs,
             extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = expected("needs_review", "Human 'got it, will send the ack' - promises a confirmation later, commits to nothing.")
    return case("toner-got-it-ack-to-follow", "needs_review", "en-US",
                "Friendly mobile 'got it' that sounds positive but only promises an acknowledgment later.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 063
def nr_italian_account_setup():
    s = sup("CANALI", "Canalizzazioni Lombarde S.r.l.", "commerciale@canalizzazionilombarde.example", "it-IT")
    po = PO("4500319755", s, "pn", "2026-11-10", [
        L(1, "DCT-SPR-315", "Spiral duct galvanised dia 315 mm, 3 m lengths", 60, "M", "12.60", "2026-12-09"),
        L(2, "DCT-TEE-315-200", "Tee 315/200 mm, pressed", 10, "EA", "24.80", "2026-12-09"),
    ])
    seed = "063"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = ("Gentile Sig.ra Nair,\n\n"
             "grazie per l'ordine 4500319755. Trattandosi del primo ordine, per poterlo inserire abbiamo bisogno di "
             "aprire la Vostra anagrafica cliente. Vi chiediamo di inviarci:\n"
             "- modulo apertura cliente compilato (in allegato);\n"
             "- visura camerale / estratto del registro delle imprese non anteriore a 6 mesi;\n"
             "- partita IVA intracomunitaria e coordinate bancarie.\n\n"
             "Il primo ordine è normalmente con pagamento anticipato; il nostro ufficio crediti valuterà i 60 gg "
             "richiesti. Appena completata l'apertura Vi invieremo la conferma d'ordine con le date di consegna.\n\n"
             "Cordiali saluti\nLuca Brambilla\nUfficio Commerciale\n")
    alt = outlook_reply(seed, reply, "it", "Priya Nair <priya.nair@halden-roe.example>", "martedì 10 novembre 2026 09:30",
                        "commerciale@canalizzazionilombarde.example", subject_po(po), request_text(po),
                        request_html(po), html_lang="IT",
                        sig_text="Canalizzazioni Lombarde S.r.l. – Via dei Mestieri 7 – 20861 Brugherio (MB)")
    form = ("MODULO APERTURA CLIENTE\n\nRagione sociale:\nIndirizzo:\nPartita IVA:\nCodice SDI / PEC:\nIBAN:\n"
            "Referente acquisti:\nCondizioni di pagamento richieste:\n").encode("utf-8")
    _, _, pre = outlook_ids(seed)
    body = multipart("mixed", "_004_" + pre + hexid(seed + "m", 24, True) + "_",
                     [alt, attachment(form, "text/plain; charset=utf-8", "Modulo_apertura_cliente.txt")], preamble=None)
    h = hdrs(("Luca Brambilla", "commerciale@canalizzazionilombarde.example"), ("Priya Nair", po["buyer"]["email"]),
             "R: " + subject_po(po), rfc_date("2026-11-10 16:45", "+0100"), mid, irt, refs,
             extra=outlook_extra("it-IT", attach=True, thread_topic=subject_po(po)))
    exp = expected("needs_review", "New-customer account setup and credit check required before the order is entered; "
                   "confirmation promised afterwards.")
    return case("hvac-italian-account-setup-first", "needs_review", "it-IT",
                "Administrative hold (customer account form, credit check) with an attachment; no commitment on any line.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 064
def nr_serbian_revise_prices():
    s = sup("AGROSR", "Agro Delovi Bačka d.o.o.", "prodaja@agrodelovibacka.example", "sr-RS")
    po = PO("4500319770", s, "md", "2026-11-11", [
        L(1, "FRM-PLW-SHR-14", "Plough share 14 inch, boron steel", 50, "EA", "17.90", "2026-12-16"),
        L(2, "FRM-PLW-MLD-14", "Plough mouldboard 14 inch", 10, "EA", "84.00", "2026-12-16"),
    ])
    seed = "064"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    reply = ("Poštovani gospodine Dvorak,\n\n"
             "hvala na narudžbenici 4500319770.\n\n"
             "Cene u narudžbenici su iz našeg cenovnika za 2025. godinu. Od 01.09.2026. važi novi cenovnik "
             "(raonik 14\" 19,40 EUR, daska 14\" 89,00 EUR). Molimo Vas da nam pošaljete korigovanu narudžbenicu, "
             "nakon čega ćemo potvrditi rok isporuke.\n\n"
             "Srdačan pozdrav,\nNikola Petrović\nAgro Delovi Bačka d.o.o., Novi Sad")
    attribution = "sre, 11. nov 2026. u 09:20 Marek Dvorak <marek.dvorak@halden-roe.example> je napisao/la:"
    body = gmail_reply(seed, reply, attribution, request_text(po, "Mr. Petrović"), request_html(po, "Mr. Petrović"))
    h = hdrs(("Nikola Petrović", "prodaja@agrodelovibacka.example"), ("Marek Dvorak", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-11 14:02", "+0100"), mid, irt, refs)
    exp = expected("needs_review", "Asks for a revised PO at new list prices before confirming; the quoted new prices are "
                   "not yet a commitment and no date is given.")
    return case("farm-parts-serbian-revise-po-prices", "needs_review", "sr-RS",
                "Gives new prices but asks for a corrected PO first - prices present, commitment absent.",
                [po], message(h, body), exp)


# ================================================================ auto_reply
# ---------------------------------------------------------------- 065
def ar_german_ooo():
    s = sup("SCHUTZ", "Schutzwerk Arbeitsschutz GmbH", "j.koehler@schutzwerk.example", "de-DE")
    po = PO("4500319785", s, "kv", "2026-11-11", [
        L(1, "GLV-NIT-S", "Nitrile disposable gloves powder-free, size S, box of 100", 20, "BOX", "4.20", "2026-11-27"),
        L(2, "GLV-NIT-XL", "Nitrile disposable gloves powder-free, size XL, box of 100", 20, "BOX", "4.20", "2026-11-27"),
    ])
    seed = "065"
    mid, bnd, _ = outlook_ids(seed)
    irt, refs = thread(po)
    txt = ("Vielen Dank für Ihre Nachricht.\n\n"
           "Ich bin bis einschließlich Freitag, 13.11.2026, nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.\n"
           "In dringenden Fällen wenden Sie sich bitte an unseren Innendienst unter auftrag@schutzwerk.example "
           "oder telefonisch unter +49 203 555 8140.\n\n"
           "Mit freundlichen Grüßen\nJana Köhler\n")
    h_html = doc(paras(txt))
    body = multipart("alternative", bnd, [text(txt, "plain", "iso-8859-1"), text(h_html, "html", "iso-8859-1")],
                     preamble=None)
    h = hdrs(("Köhler, Jana", "j.koehler@schutzwerk.example"), ("Katrin Vogel", po["buyer"]["email"]),
             "Automatische Antwort: " + subject_po(po), rfc_date("2026-11-11 09:13", "+0100"), mid, irt, refs,
             extra=[("Thread-Topic", subject_po(po)), ("Auto-Submitted", "auto-replied"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "j.koehler@schutzwerk.example"),
                    ("X-Auto-Response-Suppress", "All"), ("Content-Language", "de-DE")],
             from_charset="iso-8859-1")
    exp = expected("auto_reply", "Exchange out-of-office (Auto-Submitted: auto-replied); the return date 13.11.2026 and "
                   "the phone number are not commitments.")
    return case("gloves-german-out-of-office", "auto_reply", "de-DE",
                "Out-of-office with a return date that could be misread as a delivery date.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 066
def ar_french_ooo():
    s = sup("PORCL", "Porcelaines de Limousin SAS", "c.faure@porcelaines-limousin.example", "fr-FR")
    po = PO("4500319800", s, "jl", "2026-11-12", [
        L(1, "ASS-PLT-24", "Side plate white porcelain dia 24 cm", 240, "PCE", "5.20", "2026-12-18"),
    ])
    seed = "066"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    txt = ("Bonjour,\n\n"
           "Je suis absente du lundi 9 au vendredi 20 novembre inclus, avec un accès limité à ma messagerie.\n"
           "Pour toute commande ou demande de délai, merci d'écrire à adv@porcelaines-limousin.example, "
           "mes collègues traiteront votre demande.\n\n"
           "Cordialement,\nCamille Faure\n")
    body = text(txt, "plain", "utf-8", "quoted-printable")
    h = hdrs(("Camille Faure", "c.faure@porcelaines-limousin.example"), ("Jonas Lind", po["buyer"]["email"]),
             "Réponse automatique : " + subject_po(po), rfc_date("2026-11-12 08:02", "+0100"), mid, irt, refs,
             extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
    exp = expected("auto_reply", "French vacation auto-reply with an absence range (9-20 November).")
    return case("porcelain-french-absence-notice", "auto_reply", "fr-FR",
                "Vacation responder with weekday-named dates and a redirect address.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 067
def ar_japanese_holiday():
    s = sup("MINATO", "Minato Lab Supply Co., Ltd.", "sales@minato-lab.example", "ja-JP")
    po = PO("4500319815", s, "pn", "2026-11-02", [
        L(1, "TIP-10-RK", "Pipette tips 10 ul, sterile, 96 per rack", 40, "RACK", "7.90", "2026-11-27"),
    ], currency="USD")
    seed = "067"
    mid = "<20261103000112.7C2E9A41@minato-lab.example>"
    irt, refs = thread(po)
    txt = ("※このメールは自動返信です。\n\n"
           "お問い合わせいただき、誠にありがとうございます。\n"
           "誠に勝手ながら、11月3日（火・祝）は文化の日のため休業とさせていただいております。\n"
           "いただいたメールは11月4日（水）より順次対応いたします。\n\n"
           "株式会社ミナトラボサプライ 海外営業部\n")
    body = text(txt, "plain", "iso-2022-jp", "7bit")
    h = hdrs(("株式会社ミナトラボサプライ", "sales@minato-lab.example"), ("Priya Nair", po["buyer"]["email"]),
             "【自動返信】Re: " + subject_po(po), rfc_date("2026-11-03 00:01", "+0900"), mid, irt, refs,
             extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Becky! ver. 2.81.05")],
             subj_charset="iso-2022-jp", from_charset="iso-2022-jp")
    assert D("2026-11-03").weekday() == 1 and D("2026-11-04").weekday() == 2
    exp = expected("auto_reply", "ISO-2022-JP holiday auto-reply (Culture Day closure); dates are office hours, not "
                   "deliveries.")
    return case("labware-japanese-holiday-autoreply", "auto_reply", "ja-JP",
                "ISO-2022-JP 7bit auto-reply for a public holiday with weekday-annotated dates.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 068
def ar_ticket_system():
    s = sup("PURECR", "PureRoom Supply LLC", "orders@pureroomsupply.example", "en-US")
    po = PO("4500319830", s, "pn", "2026-11-12", [
        L(1, "CR-CVR-ISO7-BL", "Cleanroom coverall ISO 7, blue, size L", 50, "PCE", "18.40", "2026-12-02"),
        L(2, "CR-SHOE-COV", "Cleanroom shoe cover, ESD", 200, "PR", "2.15", "2026-12-02"),
    ], currency="USD")
    seed = "068"
    mid = "<ZD48213_6731f0a2c1b9e_3f4a@pureroomsupply.zendesk.example>"
    irt, refs = thread(po)
    txt = ("##- Please type your reply above this line -##\n\n"
           "Your request (48213) has been received and is being reviewed by our Order Desk.\n\n"
           "Typical response time: 1-2 business days. Orders received after 2:00 PM CT are processed the next "
           "business day.\n\n"
           "To add additional comments, reply to this email.\n\n"
           "----------------------------------------------\n\n"
           "Priya Nair, Nov 12, 2026, 3:14 AM CST\n\n" + request_text(po, "Sir or Madam") +
           "\n----------------------------------------------\n"
           "This email is a service from PureRoom Supply Order Desk.\n[R8KQ2-X7M3L]\n")
    h_html = doc('<p style="color:#b5b5b5">##- Please type your reply above this line -##</p>'
                 "<p>Your request (48213) has been received and is being reviewed by our Order Desk.</p>"
                 "<p>Typical response time: 1-2 business days. Orders received after 2:00 PM CT are processed the next "
                 "business day.</p><p>To add additional comments, reply to this email.</p><hr>"
                 "<p><b>Priya Nair</b>, Nov 12, 2026, 3:14 AM CST</p>" + request_html(po) +
                 '<hr><p style="color:#999">This email is a service from PureRoom Supply Order Desk. [R8KQ2-X7M3L]</p>')
    body = multipart("alternative", "--==_mimepart_6731f0a2c1b9e_3f4a1c2d", [text(txt, "plain"), text(h_html, "html")],
                     preamble=None)
    h = hdrs(("PureRoom Order Desk", "support@pureroomsupply.zendesk.example"), ("Priya Nair", po["buyer"]["email"]),
             "[PureRoom Supply] Re: " + subject_po(po), rfc_date("2026-11-12 03:14", "-0600"), mid, irt, refs,
             extra=[("Reply-To", "PureRoom Order Desk <support+id48213@pureroomsupply.zendesk.example>"),
                    ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                    ("X-Zendesk-Ticket-Id", "48213")])
    exp = expected("auto_reply", "Ticket-system acknowledgment (Zendesk style) that echoes our full PO table; it only "
                   "states a response-time SLA.")
    return case("cleanroom-ticket-system-ack-echoes-po", "auto_reply", "en-US",
                "Helpdesk auto-acknowledgment that quotes our whole PO (quantities, prices, dates) back at us.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 069
def ar_dutch_shared_inbox():
    s = sup("BLOEM", "Bloemenhandel Van der Wiel B.V.", "verkoop@vanderwielbloemen.example", "nl-NL")
    po = PO("4500319845", s, "ep", "2026-11-16", [
        L(1, "FLW-CHR-BACARDI", "Chrysanthemum Bacardi, 70 cm", 400, "STEM", "0.38", "2026-11-24"),
        L(2, "FLW-GYP-XL", "Gypsophila Xlence 75 cm", 200, "STEM", "0.31", "2026-11-24"),
    ])
    seed = "069"
    mid = "<freshdesk.12771.6734a2f1.vanderwielbloemen@mailer.freshdesk.example>"
    irt, refs = thread(po)
    txt = ("Beste relatie,\n\n"
           "Bedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen onder nummer #12771.\n\n"
           "Ons verkoopteam streeft ernaar u binnen 1 werkdag te antwoorden. Bestellingen voor levering op dinsdag "
           "moeten uiterlijk vrijdag 12:00 uur bij ons binnen zijn.\n\n"
           "Met vriendelijke groet,\nTeam Verkoop – Bloemenhandel Van der Wiel B.V.\n")
    body = multipart("alternative", "--==_mimepart_6734a2f1_12771", [
        text(txt, "plain"), text(doc(paras(txt, "gmail")), "html")], preamble=None)
    h = hdrs(("Bloemenhandel Van der Wiel - Verkoop", "verkoop@vanderwielbloemen.example"),
             ("Elena Petrova", po["buyer"]["email"]), "Ontvangstbevestiging: " + subject_po(po) + " [#12771]",
             rfc_date("2026-11-16 11:03", "+0100"), mid, irt, refs)
    exp = expected("auto_reply", "Shared-inbox 'we received your e-mail' from the same address that normally confirms; "
                   "no Auto-Submitted header; the Tuesday/Friday cut-off is generic.")
    return case("flowers-dutch-shared-inbox-received", "auto_reply", "nl-NL",
                "Automatic receipt from the supplier's usual sales address without Auto-Submitted; generic cut-off days as decoys.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 070
def ar_finnish_trilingual_ooo():
    s = sup("MAATAL", "Maatalouskone Laine Oy", "jukka.heikkinen@maatalouslaine.example", "fi-FI")
    po = PO("4500319860", s, "md", "2026-11-16", [
        L(1, "FRM-TINE-SPR-45", "Spring tine for cultivator 45x12 mm, with bolt", 40, "EA", "9.60", "2026-12-11"),
    ])
    seed = "070"
    mid, bnd, _ = outlook_ids(seed)
    irt, refs = thread(po)
    txt = ("Olen lomalla 16.–27.11.2026. Kiireellisissä asioissa ota yhteyttä: myynti@maatalouslaine.example, "
           "puh. 020 555 7300.\n\n"
           "Jag är på semester 16–27.11.2026. I brådskande ärenden, kontakta myynti@maatalouslaine.example.\n\n"
           "I am on holiday 16-27 November 2026. For urgent matters please contact myynti@maatalouslaine.example.\n\n"
           "Jukka Heikkinen\n")
    body = multipart("alternative", bnd, [text(txt, "plain", "utf-8"), text(doc(paras(txt)), "html", "utf-8")],
                     preamble=None)
    h = hdrs(("Jukka Heikkinen", "jukka.heikkinen@maatalouslaine.example"), ("Marek Dvorak", po["buyer"]["email"]),
             "Automaattinen vastaus: " + subject_po(po), rfc_date("2026-11-16 14:20", "+0200"), mid, irt, refs,
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("Content-Language", "fi-FI")])
    exp = expected("auto_reply", "Trilingual (Finnish/Swedish/English) out-of-office with a date range.")
    return case("farm-parts-finnish-trilingual-ooo", "auto_reply", "fi-FI",
                "Trilingual out-of-office; the date range 16.-27.11.2026 must not be read as a delivery window.",
                [po], message(h, body), exp)


CASES = [nr_turkish_substitute, nr_us_will_send_ack, nr_italian_account_setup, nr_serbian_revise_prices,
         ar_german_ooo, ar_french_ooo, ar_japanese_holiday, ar_ticket_system, ar_dutch_shared_inbox,
         ar_finnish_trilingual_ooo]
