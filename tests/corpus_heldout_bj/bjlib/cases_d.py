"""Cases 055-070: needs_review, auto replies, bounces, unrelated."""
from . import mime
from .common import (B_ELLA, B_JONAS, B_MIRA, B_TOMAS, D, case, hdate, mail, other, po, req_message, req_subject,
                     sup)
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("police-radio-revert-next-week", "needs_review/fr-CH", "polite Swiss French receipt promising definitive dates and prices 'la semaine prochaine'; nothing is committed")
def c055():
    s = sup("RADLEM", "Radiocom Léman SA", "commandes@radiocom-leman.example", "fr-CH")
    p = po("4500233160", s, "CHF", [
        ("RL-TETRA-H", "TETRA handheld 380-430 MHz, 1.8 W", 20, "EA", "890.00", "2026-12-18"),
        ("RL-HOL-BLT", "Belt holster for RL-TETRA-H", 20, "EA", "29.00", "2026-12-18")], buyer=B_JONAS)
    body = ("Bonjour Monsieur Brandt,\n\nNous avons bien reçu votre commande 4500233160 et vous en remercions. Nous attendons "
            "la confirmation de notre fournisseur pour les terminaux TETRA ; nous reviendrons vers vous la semaine "
            "prochaine avec les délais et les prix définitifs.\n\nMeilleures salutations\n\nNathalie Favre\nService commercial\n"
            "Radiocom Léman SA, Chemin du Closel 5, 1020 Renens\nTél. +41 21 555 64 30\n")
    eml = mail(p, ("Nathalie Favre", "nathalie.favre@radiocom-leman.example"), D(2026, 11, 13, 9, 18), body,
               lang="fr", cs="iso-8859-1", henc="Q")
    return [p], eml, other("needs_review", "Receipt only; dates and prices promised for next week.")


@case("ceramic-hob-date-only-in-our-quote", "needs_review/pt-PT", "the supplier calls our alternative date 'possible' but will check with the factory; the date 18/12/2026 exists only in our own quoted text")
def c056():
    s = sup("VITROLUSA", "Vitrocerâmica Lusa S.A.", "encomendas@vitrolusa.example", "pt-PT")
    p = po("4500233177", s, "EUR", [
        ("VL-VC-60-4", "Ceramic hob 60 cm, 4 zones, 6.6 kW", 30, "EA", "214.00", "2026-12-11"),
        ("VL-VC-30-2", "Ceramic hob 30 cm, 2 zones, 2.9 kW", 20, "EA", "139.00", "2026-12-11")])
    body = ("Bom dia Mira,\n\nObrigado pela encomenda. Quanto à data alternativa que propõe, parece-nos possível, mas "
            "temos de confirmar com a fábrica. Respondemos até sexta-feira.\n\nCumprimentos,\nRui Ferreira\n"
            "Vitrocerâmica Lusa S.A., Rua da Indústria 210, 3810-783 Aveiro\n+351 234 555 120\n")
    eml = mail(p, ("Rui Ferreira", "rui.ferreira@vitrolusa.example"), D(2026, 11, 11, 10, 40, "+0000"), body,
               client="gmail", quote="gmail", re="Re:",
               quote_extra="If 2026-12-11 is not possible, could you deliver both lines on 18/12/2026 instead?")
    return [p], eml, other("needs_review", "The only alternative date (18/12/2026) is in our quoted request; the supplier has not committed to it yet.")


@case("aquarium-glass-body-vs-pdf", "needs_review/de-DE", "German body says 50 pcs on 11.12.2026 for line 1 but the attached AB PDF says 40 pcs on 18.12.2026")
def c057():
    s = sup("AQGLHH", "Aquaristik Glas Hamburg GmbH", "vertrieb@aquaristikglas.example", "de-DE")
    p = po("4500233190", s, "EUR", [
        ("AGH-FL-10-1000", "Aquarium float glass 10 mm, 1000x500, edges polished", 50, "PCS", "48.60", "2026-12-11"),
        ("AGH-FL-8-600", "Aquarium float glass 8 mm, 600x400", 80, "PCS", "19.80", "2026-12-11")], buyer=B_JONAS)
    pdf = make_pdf(["#AUFTRAGSBESTAETIGUNG AB-26-7741", "Aquaristik Glas Hamburg GmbH, Billstrasse 118, 20539 Hamburg",
                    "Ihre Bestellung: 4500233190 vom 02.11.2026    Datum: 16.11.2026", "",
                    "Pos  Artikel           Menge    Preis/Stk EUR   Liefertermin",
                    "1    AGH-FL-10-1000    40 Stk   48,60           18.12.2026",
                    "2    AGH-FL-8-600      80 Stk   19,80           11.12.2026"], compress=True,
                   title="AB-26-7741", date="D:20261116084000+01'00'")
    body = ("Hallo Herr Brandt,\n\nanbei unsere Auftragsbestätigung AB-26-7741.\nPos. 1: 50 Stück zum 11.12.2026, "
            "Pos. 2 wie bestellt.\n\nViele Grüße\nJan Petersen\nVertrieb Innendienst\nAquaristik Glas Hamburg GmbH\n"
            "Tel. +49 40 555 78 21\n")
    eml = mail(p, ("Jan Petersen", "jan.petersen@aquaristikglas.example"), D(2026, 11, 16, 8, 52), body, re="AW:",
               lang="de", cs="iso-8859-1", attachments=[mime.att(pdf, "application/pdf", "AB-26-7741.pdf")])
    return [p], eml, other("needs_review", "Body (50 pcs, 11.12.2026) and attached AB (40 pcs, 18.12.2026) contradict each other on line 1.")


@case("ortho-brace-iso2022jp-vague", "needs_review/ja-JP", "ISO-2022-JP reply giving only '12月中旬頃' (around mid-December) as a tentative date")
def c058():
    s = sup("KANSAIO", "Kansai Orthotics Co., Ltd.", "order@kansai-ortho.example", "ja-JP")
    p = po("4500233205", s, "JPY", [
        ("KO-SHD-M", "Shoulder brace, size M, with 2 straps", 60, "EA", "6200", "2026-12-11"),
        ("KO-ELB-L", "Elbow brace, size L, 3D knit", 80, "EA", "2450", "2026-12-11")], buyer=B_ELLA)
    body = ("Ella Virtanen 様\n\nお世話になっております。関西オーソティクスの山田です。\n"
            "ご注文いただきました件、現在工場にて生産計画を調整中でございます。\n"
            "納期は12月中旬頃になる見込みですが、確定しましたら改めてご連絡いたします。\n\n"
            "よろしくお願いいたします。\n\n山田 花子\n関西オーソティクス株式会社\nTEL 075-555-1122\n")
    eml = mail(p, ("山田 花子", "h.yamada@kansai-ortho.example"), D(2026, 11, 17, 16, 20, "+0900"), body,
               subject="Re: " + req_subject(p), cs="ISO-2022-JP", codec="iso2022_jp", cte="7bit", alt=False,
               client="thunderbird", quote="thunderbird")
    return [p], eml, other("needs_review", "Only a vague, tentative 'around mid-December' with a promise to confirm later.")


@case("grape-press-prepayment-condition", "needs_review/it-IT", "Italian confirmation made conditional on a 30% prepayment the buyer has not agreed to")
def c059():
    s = sup("PIGIAT", "Pigiatrici Toscane S.r.l.", "vendite@pigiatricitoscane.example", "it-IT")
    p = po("4500233222", s, "EUR", [
        ("PT-TC-60", "Basket press 60 l, oak staves, 3/4 screw", 12, "EA", "745.00", "2026-12-18"),
        ("PT-DIR-1.5", "Destemmer 1.5 kW, 230V", 4, "EA", "1180.00", "2026-12-18")])
    body = ("Buongiorno Mira,\n\npossiamo confermare l'ordine 4500233222 con quantità, prezzi e consegna del 18/12/2026 "
            "a condizione che accettiate un anticipo del 30% (4.098,00 EUR) alla conferma, essendo il primo ordine.\n"
            "Attendiamo un vostro riscontro.\n\nCordiali saluti\nFrancesca Bianchi\nUfficio Commerciale\n"
            "Pigiatrici Toscane S.r.l., Via Chiantigiana 44, 50012 Bagno a Ripoli (FI)\nTel. +39 055 555 6611\n")
    assert (12 * 745 + 4 * 1180) * 3 == 4098 * 10
    eml = mail(p, ("Francesca Bianchi", "f.bianchi@pigiatricitoscane.example"), D(2026, 11, 19, 12, 5), body,
               re="R:", lang="it", cs="iso-8859-1", henc="Q")
    return [p], eml, other("needs_review", "Commitment depends on a 30% prepayment condition awaiting the buyer's answer.")


@case("museum-track-24v-question", "needs_review/pl-PL", "Polish question about the 24V vs 12V version asked explicitly before confirming the order")
def c060():
    s = sup("SWIATMUZ", "Światło Muzealne Sp. z o.o.", "biuro@swiatlomuzealne.example", "pl-PL")
    p = po("4500233240", s, "PLN", [
        ("SM-SPOT-10", "Museum spotlight LED 10 W, 3000K, 1/2 inch lens", 36, "EA", "612.00", "2026-12-11"),
        ("SM-STRIP-24V", "LED strip 24V, 14.4 W/m, 5 m reel", 20, "ROL", "248.00", "2026-12-11")])
    body = ("Dzień dobry,\n\nzanim potwierdzimy zamówienie 4500233240, prosimy o informację: w poz. 2 podali Państwo taśmę "
            "24V, ale ten model produkujemy obecnie tylko w wersji 12V (14,4 W/m). Czy możemy dostarczyć wersję 12V?\n\n"
            "Z poważaniem\nKrzysztof Zieliński\nŚwiatło Muzealne Sp. z o.o.\nul. Kolejowa 5/7, 01-217 Warszawa\n"
            "tel. +48 22 555 80 41\n")
    eml = mail(p, ("Krzysztof Zieliński", "k.zielinski@swiatlomuzealne.example"), D(2026, 11, 10, 14, 2), body,
               re="Odp:", lang="pl", cs="iso-8859-2", henc="Q")
    return [p], eml, other("needs_review", "Explicit question before confirming; no line is committed.")


@case("extinguisher-refill-pallet-question", "needs_review/en-GB", "British reply proposing 192 units (4 pallets of 48) instead of 200 and asking whether that is acceptable")
def c061():
    s = sup("FIREREF", "Firecrest Refills Ltd", "sales@firecrestrefills.example", "en-GB")
    p = po("4500233255", s, "GBP", [
        ("FR-WC-9L", "Water additive refill 9 L, extinguisher grade", 200, "PCS", "7.40", "2026-12-11"),
        ("FR-CO2-2KG", "CO2 refill cylinder 2 kg", 60, "PCS", "21.50", "2026-12-11")])
    body = ("Morning Mira,\n\nBefore I put this through - the 9 L refills come 48 to a pallet. Would you accept 4 pallets "
            "(192 units) instead of 200, or shall we make it 5 pallets (240)? Let me know and I'll send the confirmation "
            "for the whole order.\n\nThanks\nGareth Hughes\nFirecrest Refills Ltd | Units 3-5 Dyffryn Business Park, "
            "Ystrad Mynach CF82 7TS\n01443 555 020\n")
    eml = mail(p, ("Gareth Hughes", "gareth.hughes@firecrestrefills.example"), D(2026, 11, 12, 8, 31, "+0000"), body,
               client="outlook", quote="outlook-orig", cs="us-ascii", cte="7bit")
    return [p], eml, other("needs_review", "Question with two options (192 or 240); the supplier will confirm after our answer.")


@case("bamboo-floor-shared-inbox-receipt", "auto_reply/nl-NL", "Dutch shared-inbox receipt ('binnen 2 werkdagen') with Auto-Submitted header and our request quoted")
def c062():
    s = sup("BAMBHOL", "Bamboe Vloeren Holland B.V.", "verkoop@bamboevloeren.example", "nl-NL")
    p = po("4500233270", s, "EUR", [
        ("BVH-ST-14", "Strand woven bamboo floor 14 mm, natural, click", 250, "M2", "39.80", "2026-12-18"),
        ("BVH-TR-ALU", "Transition profile aluminium 0.9 m", 40, "PCS", "8.90", "2026-12-18")], issued="2026-11-09")
    body = ("Geachte relatie,\n\nBedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar "
            "binnen 2 werkdagen te reageren.\n\nDit is een automatisch gegenereerd bericht.\n\nMet vriendelijke groet,\n"
            "Team Verkoop Binnendienst\nBamboe Vloeren Holland B.V. | Industrieweg 41 | 3044 AS Rotterdam | 010 555 9120\n")
    eml = mail(p, ("Verkoop Binnendienst", "verkoop@bamboevloeren.example"), D(2026, 11, 9, 10, 12, "+0100", 40), body,
               subject="Automatisch antwoord: " + req_subject(p), lang="nl", quote="outlook", cs="windows-1252",
               extra_hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, other("auto_reply", "Shared-inbox receipt; the quoted request carries all PO values but nothing is confirmed.")


@case("lab-centrifuge-absence-fr-ca", "auto_reply/fr-CA", "Québec French Outlook absence notice with a return date in ISO format and a colleague's contact")
def c063():
    s = sup("CENTRIQC", "Centrifugeuses Laurentides Inc.", "ventes@centrilaurentides.example", "fr-CA")
    p = po("4500233288", s, "CAD", [
        ("CLI-MC-24", "Microcentrifuge 24 x 2 ml, 15,000 rpm", 6, "EA", "1680.00", "2026-12-18"),
        ("CLI-PCR-8", "PCR strip rotor 4 x 8", 6, "EA", "210.00", "2026-12-18")], issued="2026-11-16")
    body = ("Bonjour,\n\nJe suis absente du bureau jusqu'au 2026-11-30 inclusivement. Pour toute question concernant une "
            "commande, veuillez communiquer avec Marc-André Tremblay au 450 555-2219 ou à ventes@centrilaurentides.example.\n\n"
            "Merci,\nGeneviève Côté\n")
    eml = mail(p, ("Geneviève Côté", "genevieve.cote@centrilaurentides.example"), D(2026, 11, 16, 4, 12, "-0500", 22),
               body, subject="Réponse automatique : " + req_subject(p), quote=None, lang="fr",
               extra_hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, other("auto_reply", "Out-of-office; 2026-11-30 is a return date.")


@case("brew-kettle-swedish-ooo", "auto_reply/sv-SE", "Swedish out-of-office ('Frånvaro') returning in week 48, sent as plain text without threading headers")
def c064():
    s = sup("BRYGGVK", "Bryggverk Småland AB", "order@bryggverk.example", "sv-SE")
    p = po("4500233301", s, "SEK", [
        ("BS-KK-200", "Brewing kettle 200 l, electric 9 kW, 1.5 mm AISI 304", 3, "EA", "46800.00", "2026-12-18")],
        issued="2026-11-12")
    body = ("Hej!\n\nJag är på semester till och med fredag vecka 48 och läser inte e-post. Vid brådskande ärenden, "
            "kontakta order@bryggverk.example eller ring växeln 0470-55 12 00.\n\nVänliga hälsningar\nPer Lindqvist\n")
    eml = mail(p, ("Per Lindqvist", "per.lindqvist@bryggverk.example"), D(2026, 11, 12, 10, 14), body,
               subject="Frånvaro: " + req_subject(p), quote=None, thread=False, cs="iso-8859-1", henc="Q", alt=False,
               client="other", extra_hdrs=[("Auto-Submitted", "auto-replied")])
    return [p], eml, other("auto_reply", "Out-of-office; 'fredag vecka 48' is the return date, not a delivery week.")


def _postfix_like(p, when, mta, text_part, ds, from_, subject, mid, orig_ctype="message/rfc822", bnd="x"):
    orig = req_message(p)
    root = mime.mp("report", [text_part, mime.dsn(ds), mime.rfc822(orig if orig_ctype == "message/rfc822"
                                                                    else orig.split(b"\r\n\r\n")[0] + b"\r\n",
                                                                    orig_ctype)],
                   bnd, params=" report-type=delivery-status;")
    hdrs = [("From", from_), ("To", p["buyer"]["email"]), ("Subject", subject), ("Date", hdate(when)),
            ("Message-ID", mid), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    return mime.build(hdrs, root)


@case("circus-tent-postfix-dsn", "bounce/de-AT", "Postfix 'Undelivered Mail Returned to Sender' multipart/report with the full original request attached")
def c065():
    s = sup("ZELTBAU", "Zeltbau Steiermark GmbH", "einkauf-kunden@zeltbau-stmk.example", "de-AT")
    p = po("4500233315", s, "EUR", [
        ("ZS-ZIR-30", "Circus tent 30 m dia., 4 masts, PVC 650 g/m2", 1, "EA", "38900.00", "2026-12-18"),
        ("ZS-GRD-1.2", "Crowd barrier 1.2 m, galvanised", 40, "PCS", "64.00", "2026-12-18")], issued="2026-11-13")
    txt = mime.text("This is the mail system at host mail.halvorsen-trading.example.\n\nI'm sorry to have to inform you "
                    "that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                    "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
                    "<einkauf-kunden@zeltbau-stmk.example>: host mx01.zeltbau-stmk.example[198.51.100.44]\n"
                    "    said: 550 5.1.1 <einkauf-kunden@zeltbau-stmk.example>: Recipient address\n"
                    "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n",
                    cs="us-ascii", cte="7bit")
    txt.headers.insert(0, ("Content-Description", "Notification"))
    ds = ("Reporting-MTA: dns; mail.halvorsen-trading.example\nX-Postfix-Queue-ID: 4Q8Hk21Zx3z9sWc\n"
          "X-Postfix-Sender: rfc822; mira.okafor@halvorsen-trading.example\n"
          "Arrival-Date: Fri, 13 Nov 2026 10:12:02 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; einkauf-kunden@zeltbau-stmk.example\n"
          "Original-Recipient: rfc822;einkauf-kunden@zeltbau-stmk.example\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: dns; mx01.zeltbau-stmk.example\nDiagnostic-Code: smtp; 550 5.1.1\n"
          "    <einkauf-kunden@zeltbau-stmk.example>: Recipient address rejected: User\n"
          "    unknown in virtual mailbox table\n")
    eml = _postfix_like(p, D(2026, 11, 13, 10, 12, "+0100", 5), "postfix", txt, ds,
                        "MAILER-DAEMON@mail.halvorsen-trading.example (Mail Delivery System)",
                        "Undelivered Mail Returned to Sender", "<20261113091205.4Q8Hk21Zx3z9sWc@mail.halvorsen-trading.example>",
                        bnd="4Q8Hk21Zx3z9sWc.1763025125/mail.halvorsen-trading.example")
    return [p], eml, other("bounce", "Postfix DSN (5.1.1 user unknown); the attached original contains the PO table.")


@case("lab-centrifuge-exchange-ndr", "bounce/cs-CZ", "Exchange Online NDR 'Undeliverable:' with HTML explanation, delivery-status and the original request (Czech supplier)")
def c066():
    s = sup("LABCENT", "LabCentrifugy s.r.o.", "objednavky@labcentrifugy.example", "cs-CZ")
    p = po("4500233330", s, "CZK", [
        ("LCZ-UC-24", "Universal centrifuge 24 x 15 ml, 4,500 rpm", 3, "EA", "58400.00", "2026-12-11"),
        ("LCZ-AD-1.5", "Adapter for 1.5 ml tubes, set of 6", 6, "SET", "1240.00", "2026-12-11")], issued="2026-11-17",
        buyer=B_TOMAS)
    t = ("Your message to objednavky@labcentrifugy.example couldn't be delivered.\n\nobjednavky wasn't found at "
         "labcentrifugy.example.\n\nTomas.Ribeiro   Office 365   objednavky\nAction Required   Recipient\n\n"
         "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the "
         "following:\n- Retype the recipient's address, then resend the message.\n\nDiagnostic information for "
         "administrators:\nGenerating server: VI1PR08MB5471.eurprd08.prod.outlook.com\nobjednavky@labcentrifugy.example\n"
         "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    h = ("<html><body><p style=\"font-size:16pt\">Your message to <b>objednavky@labcentrifugy.example</b> couldn't be "
         "delivered.</p><p><b>objednavky</b> wasn't found at <b>labcentrifugy.example</b>.</p><p>Remote Server returned "
         "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>\n")
    alt = mime.mp("alternative", [mime.text(t), mime.html(h)], "_001_VI1PR08MB5471A7D3E2_")
    ds = ("Reporting-MTA: dns;VI1PR08MB5471.eurprd08.prod.outlook.com\nReceived-From-MTA: dns;VI1PR08MB5471.eurprd08.prod.outlook.com\n"
          "Arrival-Date: Tue, 17 Nov 2026 09:12:03 +0000\n\nFinal-Recipient: rfc822;objednavky@labcentrifugy.example\n"
          "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
          "found by SMTP address lookup\n")
    eml = _postfix_like(p, D(2026, 11, 17, 9, 12, "+0000", 9), "exchange", alt, ds,
                        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halvorsen-trading.example>",
                        "Undeliverable: " + req_subject(p),
                        "<f3a9e2c1-77b0-4d1a-9c3e-5b2d81e0aa47@VI1PR08MB5471.eurprd08.prod.outlook.com>",
                        bnd="_002_f3a9e2c177b04d1a9c3e5b2d81e0aa47VI1PR08MB5471_")
    return [p], eml, other("bounce", "Exchange NDR (RecipientNotFound); original request with PO lines attached.")


@case("sealing-wax-qmail-plain-bounce", "bounce/es-ES", "plain-text qmail bounce (no multipart/report) with the original request pasted below the separator line")
def c067():
    s = sup("LACRESES", "Lacres y Sellos Segovia S.L.", "compras-clientes@lacresegovia.example", "es-ES")
    p = po("4500233344", s, "EUR", [
        ("LS-BAR-ROJ", "Sealing wax bar red, 12x120 mm, box of 25", 80, "BOX", "21.40", "2026-12-18"),
        ("LS-SELLO-30", "Wax seal stamp 30 mm, brass, wooden handle", 25, "PCS", "17.90", "2026-12-18")],
        issued="2026-11-18")
    orig = req_message(p).decode("ascii").replace("\r\n", "\n")
    body = ("Hi. This is the qmail-send program at mx.lacresegovia.example.\nI'm afraid I wasn't able to deliver your "
            "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<compras-clientes@lacresegovia.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n" + orig)
    hdrs = [("From", "MAILER-DAEMON@mx.lacresegovia.example"), ("To", p["buyer"]["email"]),
            ("Subject", "failure notice"), ("Date", hdate(D(2026, 11, 18, 10, 12, "+0100", 44))),
            ("Message-ID", "<20261118091244.31872.qmail@mx.lacresegovia.example>"), ("MIME-Version", "1.0")]
    return [p], mime.build(hdrs, mime.text(body, cs="us-ascii", cte="7bit")), other(
        "bounce", "qmail 'failure notice' in plain text; the copied original (QP-encoded) has the PO table.")


@case("typewriter-ribbon-exim-mailbox-full", "bounce/pt-BR", "Exim 'Mail delivery failed' plain-text bounce (mailbox full) quoting all headers and the original request")
def c068():
    s = sup("FITASBR", "Fitas e Carbonos Paulista Ltda.", "compras@fitaspaulista.example", "pt-BR")
    p = po("4500233360", s, "USD", [
        ("FP-NY-1/2-BK", "Typewriter ribbon nylon 1/2\" x 12 yd, black", 600, "PCS", "1.85", "2026-12-11"),
        ("FP-SPL-UNI", "Universal metal spool 2\" dia.", 600, "PCS", "0.42", "2026-12-11")], issued="2026-11-19",
        buyer=B_TOMAS)
    orig = req_message(p).decode("ascii").replace("\r\n", "\n")
    body = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
            "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
            "  compras@fitaspaulista.example\n    host mx.fitaspaulista.example [203.0.113.90]\n"
            "    SMTP error from remote mail server after RCPT TO:<compras@fitaspaulista.example>:\n"
            "    552 5.2.2 Caixa postal cheia / mailbox full\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n" + orig)
    hdrs = [("From", "Mail Delivery System <Mailer-Daemon@mail.halvorsen-trading.example>"), ("To", p["buyer"]["email"]),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("Date", hdate(D(2026, 11, 19, 10, 13, "+0100", 2))),
            ("Message-ID", "<E1vLq3c-0007Zt-2K@mail.halvorsen-trading.example>"), ("Auto-Submitted", "auto-replied"),
            ("X-Failed-Recipients", "compras@fitaspaulista.example"), ("MIME-Version", "1.0")]
    return [p], mime.build(hdrs, mime.text(body, cs="us-ascii", cte="7bit")), other(
        "bounce", "Exim permanent failure (mailbox full) with the full original, PO table and dates included.")


@case("museum-light-swiss-newsletter", "unrelated/de-CH", "Swiss German HTML newsletter from the supplier with product prices in CHF, percentages and dates")
def c069():
    s = sup("MUSLICHT", "Museumslicht Zürich AG", "verkauf@museumslicht.example", "de-CH")
    p = po("4500233378", s, "CHF", [
        ("MLZ-SP-12", "Museum spotlight 12 W, 3000K, zoom 15-50 deg", 16, "EA", "486.00", "2026-12-11"),
        ("MLZ-ADP-3P", "3-phase track adapter", 16, "EA", "38.00", "2026-12-11")], buyer=B_JONAS)
    txt = ("Museumslicht Newsletter November 2026\n\nNeu: Strahler MLZ-SP-15 mit 15 W, 2700/3000K, CRI 98 - "
           "Einführungspreis CHF 512.00 bis 18.12.2026.\n\nPreisanpassung 2027: Ab 1. Januar 2027 erhöhen sich unsere "
           "Listenpreise um durchschnittlich 2,5 %.\n\nBetriebsferien: 24.12.2026 bis 4.1.2027.\n\n"
           "Abmelden: https://museumslicht.example/newsletter/abmelden\n")
    hb = ("<table width=\"640\" align=\"center\"><tr><td><h2>Museumslicht Newsletter November 2026</h2>"
          "<p><b>Neu:</b> Strahler MLZ-SP-15 mit 15 W, 2700/3000K, CRI 98 - Einführungspreis <b>CHF 512.00</b> bis "
          "18.12.2026.</p><p><b>Preisanpassung 2027:</b> Ab 1. Januar 2027 erhöhen sich unsere Listenpreise um "
          "durchschnittlich 2,5 %.</p><p>Betriebsferien: 24.12.2026 bis 4.1.2027.</p><p style=\"font-size:10px\">"
          "Museumslicht Zürich AG, Hardturmstrasse 161, 8005 Zürich | <a href=\"https://museumslicht.example/newsletter/abmelden\">"
          "Abmelden</a></p></td></tr></table>")
    eml = mail(p, ("Museumslicht Zürich", "newsletter@museumslicht.example"), D(2026, 11, 30, 7, 30), txt,
               subject="Newsletter November: Neuheiten, Preise 2027 und Betriebsferien", quote=None, thread=False,
               client="other", html_body=hb, to="jonas.brandt@halvorsen-trading.example", cs="utf-8",
               extra_hdrs=[("List-Unsubscribe", "<https://museumslicht.example/newsletter/abmelden>"),
                           ("Precedence", "bulk")])
    return [p], eml, other("unrelated", "Newsletter: new product price, 2027 list-price increase and holiday dates, not an answer to the PO.")


@case("pantograph-price-list-2027-xlsx", "unrelated/cs-CZ", "Czech 'ceník 2027' mail with an XLSX price list that contains the same item codes as the open PO at new prices")
def c070():
    s = sup("SBERACE", "Sběrače Ostrava a.s.", "obchod@sberace-ostrava.example", "cs-CZ")
    p = po("4500233392", s, "EUR", [
        ("SO-PAN-1750", "Pantograph for tram 1750 mm, 600 V DC", 2, "EA", "21400.00", "2026-12-18"),
        ("SO-LIS-1100", "Contact strip 1100 mm, carbon", 40, "PCS", "96.00", "2026-12-18")])
    x = make_xlsx([["Ceník 2027 - platnost od 1. 1. 2027", None, None, None],
                   ["Kód", "Popis", "MJ", "Cena EUR"],
                   ["SO-PAN-1750", "Sběrač pro tramvaj 1750 mm, 600 V DC", "ks", 22150.00],
                   ["SO-PAN-1950", "Sběrač pro tramvaj 1950 mm, 750 V DC", "ks", 23800.00],
                   ["SO-LIS-1100", "Uhlíková lišta 1100 mm", "ks", 99.50],
                   ["SO-LIS-1450", "Uhlíková lišta 1450 mm", "ks", 121.00]], sheet="Cenik 2027", creator="Sberace Ostrava")
    body = ("Dobrý den,\n\nv příloze Vám zasíláme náš ceník platný od 1. 1. 2027. Ceny pro již potvrzené objednávky se "
            "nemění.\n\nS pozdravem\nJana Dvořáková\nobchodní oddělení\nSběrače Ostrava a.s., Mostní 14, 709 00 Ostrava\n"
            "tel.: +420 596 555 310\n")
    eml = mail(p, ("Jana Dvořáková", "jana.dvorakova@sberace-ostrava.example"), D(2026, 12, 1, 9, 5), body,
               subject="Ceník 2027", quote=None, thread=False, lang="cs", cs="iso-8859-2", henc="Q",
               attachments=[mime.att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Cenik_2027.xlsx")])
    return [p], eml, other("unrelated", "General 2027 price list; prices for already confirmed orders unchanged and the open PO is not answered.")
