"""Cases 001-018."""
from . import mime
from .common import case, PO, C, conf, exp, headers, subj, outlook_quote, gmail_attr, req_text, req_html, gt, esc

SIG_LEGAL_EN = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
                "If you have received it in error please notify the sender and delete it.")


@case("harness-accepted-oneliner", "confirmation/en-GB",
      "A one-line 'confirmed as per your order' above an Outlook-quoted table full of sizes like 3/8 and 12x20 that look like dates and quantities.")
def _():
    sup = ("HEIGHTSAFE", "HeightSafe Rope Access Ltd", "sales@heightsafe-ropeaccess.example", "en-GB")
    po = PO("4500031107", sup, "GBP", "2026-11-03", [
        ("HS-SIT-3/8-L", "Sit harness size L, 3/8 in. steel D-rings", 24, "EA", "148.50", "2026-12-04"),
        ("HS-CHEST-12", "Chest harness 12x20 mm webbing, EN 12277", 24, "EA", "62.00", "2026-12-04"),
        ("HS-LAN-1.5", "Dual lanyard 1.5 m, 2027 model", 48, "EA", "39.90", "2026-12-11"),
    ])
    top = ("Hi Katrin,\n\nConfirmed as per your order - all three lines, prices and dates OK.\n\n"
           "Regards,\nGareth Pryce\nSales Office | HeightSafe Rope Access Ltd\nUnit 7, Cwmbran Business Park, NP44 3AB\n"
           "T: +44 1633 555 210\n\n" + SIG_LEGAL_EN + "\n\n")
    txt = top + "-----Original Message-----\n" + outlook_quote(po, "en", "03 November 2026 08:12")
    htm = ("<html><body><p>Hi Katrin,</p><p>Confirmed as per your order &ndash; all three lines, prices and dates OK.</p>"
           "<p>Regards,<br>Gareth Pryce<br>Sales Office | HeightSafe Rope Access Ltd<br>Unit 7, Cwmbran Business Park, NP44 3AB<br>"
           "T: +44 1633 555 210</p><p style=\"font-size:8pt;color:gray\">" + SIG_LEGAL_EN + "</p><hr>"
           "<p><b>From:</b> Katrin Vogel &lt;katrin.vogel@meridian-supply.example&gt;<br><b>Sent:</b> 03 November 2026 08:12<br>"
           "<b>To:</b> sales@heightsafe-ropeaccess.example<br><b>Subject:</b> Purchase order 4500031107 - request for order acknowledgement</p>"
           + req_html(po) + "</body></html>")
    h = headers(po, ("Gareth Pryce", "gareth.pryce@heightsafe-ropeaccess.example"), subj(po), "2026-11-10 08:47:13", "+0000",
                "<AM9PR07MB71124E3C0F1A2B9D5C@AM9PR07MB7112.eurprd07.prod.outlook.example>",
                extra=[("Thread-Topic", "Purchase order 4500031107 - request for order acknowledgement"),
                       ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    body = mime.alt(mime.text(txt, cs="us-ascii", cte="7bit"), mime.html(htm, cs="us-ascii", cte="quoted-printable"), style="outlook")
    return [po], mime.message(h, body), exp("confirmation", "One-liner confirmation of all lines as ordered; the quoted table holds sizes (3/8, 12x20, 1.5 m, 2027) that must not be read as values.",
                                          conf(po, {1: "A", 2: "A", 3: "A"}))


@case("lane-oil-kw51", "confirmation/de-DE",
      "All positions confirmed with 'Liefertermin KW 51' and no day, so every date becomes Friday 2026-12-18 instead of the requested 11 December.")
def _():
    sup = ("LANEPRO", "LanePro Bahnpflege GmbH", "auftrag@lanepro-bahnpflege.example", "de-DE")
    po = PO("4500031122", sup, "EUR", "2026-11-04", [
        ("LP-OIL-HV24", "Bahnöl Conditioner HV 24, Kanister 3,8 L", 40, "EA", "86.40", "2026-12-11"),
        ("LP-CLN-5", "Bahnreiniger 5 L, Verdünnung 1:20", 30, "EA", "41.75", "2026-12-11"),
        ("LP-TUCH-12x20", "Mikrofasertücher 12x20 cm, 50 St./Pack", 10, "BOX", "18.90", "2026-12-11"),
    ])
    txt = ("Hallo Frau Vogel,\n\nvielen Dank für Ihre Bestellung.\n\n"
           "Pos. 1-3 bestätigt, Mengen und Preise wie bestellt, Liefertermin KW 51.\n"
           "Früher geht es leider nicht, unser Abfüller hat Betriebsurlaub.\n\n"
           "Mit freundlichen Grüßen\n\nMarkus Hellwig\nInnendienst\n\nLanePro Bahnpflege GmbH\nIndustriestr. 12, 33602 Bielefeld\n"
           "Tel. +49 521 555 3380 | Fax +49 521 555 3381\nGeschäftsführer: R. Hellwig | Amtsgericht Bielefeld HRB 40112\n\n"
           "Am 04.11.2026 um 09:12 schrieb Katrin Vogel:\n" + gt(req_text(po)))
    h = headers(po, ("Markus Hellwig", "m.hellwig@lanepro-bahnpflege.example"), "AW: " + subj(po, ""), "2026-11-12 14:03:51", "+0100",
                "<7f1c2a90-5b1e-4c33-9d0e-3c1b88a2e4f7@lanepro-bahnpflege.example>",
                extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
                       ("Content-Language", "de-DE")])
    body = mime.text(txt, cs="ISO-8859-1", cte="quoted-printable", flowed=True)
    return [po], mime.message(h, body), exp("confirmation", "'KW 51' without a weekday means Friday 2026-12-18 for all three lines; quantities and prices unchanged, so every line is changed by date only.",
                                          conf(po, {i: C(l["quantity"], l["unit_price"], "2026-12-18") for i, l in enumerate(po["lines"], 1)}))


@case("cones-half-half", "confirmation/de-AT",
      "Line 1 is split 'die Hälfte am 11. Dezember, die andere Hälfte am 18. Dezember' without quantities per delivery, so the schedule must be derived (120 + 120).")
def _():
    sup = ("WAFFELHOF", "Waffelhof Tüten GmbH", "verkauf@waffelhof.example", "de-AT")
    po = PO("4500031140", sup, "EUR", "2026-11-05", [
        ("WT-115-24", "Eistüte Nr. 115, Ø 24 mm, Karton 12x20 Stk", 240, "BOX", "23.60", "2026-12-11"),
        ("WT-CUP-4/3", "Waffelbecher 4/3 Kugel, Design 2027", 80, "BOX", "31.20", "2026-12-11"),
    ])
    txt = ("Sehr geehrte Frau Vogel,\n\ndanke für die Bestellung 4500031140, die wir wie folgt bestätigen:\n\n"
           "Pos. 1 Eistüte Nr. 115: 240 Kartons à EUR 23,60 - wir liefern die Hälfte am 11. Dezember und die andere Hälfte am 18. Dezember "
           "(Kapazität Backlinie).\n"
           "Pos. 2 Waffelbecher 4/3: 80 Kartons à EUR 31,20, Lieferung am 11. Dezember.\n\n"
           "Bitte beachten Sie, dass wir zwischen 24. Dezember und 6. Jänner nicht ausliefern.\n\n"
           "Mit freundlichen Grüßen\nSabine Kogler\nVerkaufsinnendienst\nWaffelhof Tüten GmbH | Gewerbepark 3 | 4600 Wels | Österreich\n"
           "Tel: +43 7242 555 61-14\nFN 212345x, LG Wels | UID ATU12345678\n\n")
    quoted = "-----Ursprüngliche Nachricht-----\n" + outlook_quote(po, "de", "Donnerstag, 5. November 2026 09:12")
    htm = ("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" +
           esc(txt).replace("\n", "<br>\n") + "</div><div style=\"border-top:solid #E1E1E1 1pt\">"
           "<p><b>Von:</b> Katrin Vogel &lt;katrin.vogel@meridian-supply.example&gt;<br><b>Gesendet:</b> Donnerstag, 5. November 2026 09:12<br>"
           "<b>An:</b> verkauf@waffelhof.example<br><b>Betreff:</b> Purchase order 4500031140 - request for order acknowledgement</p>"
           + req_html(po) + "</div></body></html>")
    h = headers(po, ("Sabine Kogler", "s.kogler@waffelhof.example"), "AW: " + subj(po, ""), "2026-11-13 10:31:07", "+0100",
                "<VI1PR0302MB2711A8D1E2C04F77B1@VI1PR0302MB2711.eurprd03.prod.outlook.example>",
                extra=[("Content-Language", "de-AT"), ("Thread-Topic", "Purchase order 4500031140 - request for order acknowledgement")])
    body = mime.alt(mime.text(txt + quoted, cs="iso-8859-1", cte="quoted-printable"), mime.html(htm, cs="iso-8859-1"), style="outlook")
    return [po], mime.message(h, body, True), exp("confirmation", "Half of 240 boxes on 11 Dec and half on 18 Dec: schedule 120/120, line date 2026-12-18; line 2 as ordered. 'Jänner' in the holiday note is not a delivery date.",
                                                conf(po, {1: C(240, "23.60", "2026-12-18", [(120, "2026-12-11"), (120, "2026-12-18")]), 2: "A"}))


@case("stamp-pads-full-pallet", "confirmation/de-CH",
      "The supplier rounds 450 up to a full pallet of 480 pieces (24 cartons of 20) and writes prices the Swiss way (CHF 2'328.00 total).")
def _():
    sup = ("STEMPELAG", "Stempel-Kissen AG", "verkauf@stempelkissen.example", "de-CH")
    po = PO("4500031151", sup, "CHF", "2026-11-05", [
        ("SK-110x70-BL", "Stempelkissen 110x70 mm, blau, getränkt", 450, "PCS", "4.85", "2026-12-09"),
        ("SK-FARBE-25", "Stempelfarbe 25 ml, schwarz", 120, "PCS", "3.20", "2026-12-09"),
    ])
    txt = ("Grüezi Frau Vogel\n\nBesten Dank für Ihre Bestellung.\n\n"
           "Pos. 1: Eine Palette fasst 24 Kartons à 20 Stück = 480 Stück. Wir haben die Menge deshalb auf eine volle Palette "
           "aufgerundet und bestätigen 480 Stück zu CHF 4.85, total CHF 2'328.00.\n"
           "Pos. 2: 120 Stück zu CHF 3.20 wie bestellt.\n\n"
           "Liefertermin für beide Positionen: 9. Dezember 2026.\n\n"
           "Freundliche Grüsse\n\nReto Ammann\nStempel-Kissen AG\nBahnhofstrasse 88, 8953 Dietikon\nTel. +41 44 555 72 10\n\n"
           "Am 05.11.2026 um 09:12 schrieb Katrin Vogel <katrin.vogel@meridian-supply.example>:\n\n" + gt(req_text(po)))
    htm = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body style=\"word-wrap: break-word;\">"
           "<div>Grüezi Frau Vogel</div><br><div>Besten Dank für Ihre Bestellung.</div><br>"
           "<div>Pos. 1: Eine Palette fasst 24 Kartons à 20 Stück = 480 Stück. Wir haben die Menge deshalb auf eine volle Palette "
           "aufgerundet und bestätigen 480 Stück zu CHF 4.85, total CHF 2'328.00.</div>"
           "<div>Pos. 2: 120 Stück zu CHF 3.20 wie bestellt.</div><br><div>Liefertermin für beide Positionen: 9. Dezember 2026.</div><br>"
           "<div>Freundliche Grüsse<br><br>Reto Ammann<br>Stempel-Kissen AG<br>Bahnhofstrasse 88, 8953 Dietikon<br>Tel. +41 44 555 72 10</div>"
           "<div><br><blockquote type=\"cite\"><div>Am 05.11.2026 um 09:12 schrieb Katrin Vogel &lt;katrin.vogel@meridian-supply.example&gt;:</div>"
           + req_html(po) + "</blockquote></div></body></html>")
    h = headers(po, ("Reto Ammann", "reto.ammann@stempelkissen.example"), "Re: " + subj(po, ""), "2026-11-11 16:22:40", "+0100",
                "<3B9E2F51-0C7A-4D28-A1F3-55D0C9E8B714@stempelkissen.example>",
                extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    body = mime.alt(mime.text(txt, cs="utf-8", cte="quoted-printable"), mime.html(htm), style="apple")
    return [po], mime.message(h, body), exp("confirmation", "Quantity raised from 450 to a full pallet of 480 (changed quantity, same price and date); Swiss apostrophe thousands separator in the total.",
                                          conf(po, {1: C(480, "4.85", "2026-12-09"), 2: "A"}))


@case("makeup-escompte-2pct", "confirmation/fr-FR",
      "Next to the confirmed PO prices the supplier lists lower prices 'net après escompte de 2 %' for payment within 10 days; that is a payment term, so the PO prices stand.")
def _():
    sup = ("MAQSCENE", "Maquillage de Scène SARL", "adv@maquillage-scene.example", "fr-FR")
    po = PO("4500031163", sup, "EUR", "2026-11-06", [
        ("MS-FDT-12", "Fond de teint crème teinte 12, pot 20 g", 120, "PCS", "14.60", "2026-12-07"),
        ("MS-FARD-4/3", "Palette fards 4/3 couleurs, collection 2027", 40, "PCS", "27.80", "2026-12-07"),
        ("MS-SANG-250", "Faux sang 250 ml, lavable", 36, "PCS", "9.95", "2026-12-07"),
    ], buyer="tr")
    txt = ("Bonjour Monsieur Reyes,\n\nNous accusons réception de votre commande n° 4500031163 et la confirmons "
           "aux prix unitaires HT de votre commande, soit 14,60 € / 27,80 € / 9,95 €, quantités inchangées, livraison le 7 décembre 2026.\n\n"
           "Pour information, en cas de règlement sous 10 jours date de facture, nous accordons un escompte de 2 %, "
           "soit des prix nets de 14,31 € / 27,24 € / 9,75 €. À défaut, paiement à 30 jours net comme prévu.\n\n"
           "Cordialement,\n\nÉlodie Marchand\nAdministration des ventes\nMaquillage de Scène SARL - 14 rue des Vinaigriers, 75010 Paris\n"
           "Tél. : 01 55 55 48 20\n\n")
    quoted = "-----Message d'origine-----\n" + outlook_quote(po, "fr", "vendredi 6 novembre 2026 09:12")
    htm = ("<html><body><div style=\"font-family:Arial\">" + esc(txt).replace("\n", "<br>\n") + "</div><hr>"
           "<p><b>De :</b> Tomás Reyes &lt;tomas.reyes@meridian-supply.example&gt;<br><b>Envoyé :</b> vendredi 6 novembre 2026 09:12<br>"
           "<b>À :</b> adv@maquillage-scene.example<br><b>Objet :</b> Purchase order 4500031163 - request for order acknowledgement</p>"
           + req_html(po) + "</body></html>")
    h = headers(po, ("Élodie Marchand", "e.marchand@maquillage-scene.example"), "RE: " + subj(po, ""), "2026-11-12 11:05:19", "+0100",
                "<PR3P193MB0834C2D9F71E4A05B2@PR3P193MB0834.EURP193.PROD.OUTLOOK.example>", cs="iso-8859-1", enc="Q",
                extra=[("Content-Language", "fr-FR"), ("Thread-Topic", "Purchase order 4500031163 - request for order acknowledgement")])
    body = mime.alt(mime.text(txt + quoted, cs="iso-8859-15"), mime.html(htm, cs="iso-8859-15"), style="outlook")
    return [po], mime.message(h, body), exp("confirmation", "Prices 'net après escompte de 2 %' (14,31 / 27,24 / 9,75) are a conditional early-payment discount, not a new unit price: the supplier explicitly confirms the PO unit prices, so all lines are accepted.",
                                          conf(po, {1: "A", 2: "A", 3: "A"}))


@case("tram-covers-one-rejected", "confirmation/fr-BE",
      "One line is refused because the anti-vandal fabric is discontinued, while the other two are confirmed with a dd/mm date.")
def _():
    sup = ("TRAMTEX", "Tramtex SPRL", "commandes@tramtex.example", "fr-BE")
    po = PO("4500031170", sup, "EUR", "2026-11-04", [
        ("TT-HOUS-45x42", "Housse siège tram 45x42 cm, moquette bleue", 300, "PCS", "38.40", "2026-12-14"),
        ("TT-DOS-3/4", "Housse dossier 3/4, anti-vandale M1", 300, "PCS", "29.90", "2026-12-14"),
        ("TT-VEL-50", "Bande velcro 50 mm, rouleau 25 m", 20, "ROL", "46.00", "2026-12-14"),
    ], buyer="tr")
    txt = ("Bonjour Tomás,\n\nMerci pour votre commande.\n\n"
           "Lignes 1 et 3 : confirmées telles quelles, livraison le 14/12.\n"
           "Ligne 2 : malheureusement le tissu anti-vandale M1 n'est plus fabriqué par notre tisserand ; nous ne pouvons pas livrer cette ligne. "
           "Nous vous enverrons volontiers une offre pour un tissu équivalent.\n\n"
           "Bien à vous,\nDidier Lambotte\nTramtex SPRL - Rue de l'Industrie 22 - 1400 Nivelles\n+32 67 55 51 90\n\n"
           "Le mer. 4 nov. 2026 à 09:12, Tomás Reyes <tomas.reyes@meridian-supply.example> a écrit :\n\n" + gt(req_text(po)))
    h = headers(po, ("Didier Lambotte", "d.lambotte@tramtex.example"), "Re: " + subj(po, ""), "2026-11-12 08:58:44", "+0100",
                "<CAK7tPq2nE0X5yHqZ1fW3vLbq9_QmR4sT8uV2wXyZ0aBcDeF@mail.gmail.example>")
    htm = ("<div dir=\"ltr\">" + esc(txt.split("Le mer.")[0]).replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">"
           "<div dir=\"ltr\" class=\"gmail_attr\">Le mer. 4 nov. 2026 à 09:12, Tomás Reyes &lt;tomas.reyes@meridian-supply.example&gt; a écrit&nbsp;:<br></div>"
           "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
           + req_html(po) + "</blockquote></div>")
    body = mime.alt(mime.text(txt), mime.html(htm), style="gmail")
    return [po], mime.message(h, body), exp("confirmation", "Line 2 is explicitly refused (rejected); lines 1 and 3 confirmed as ordered with '14/12' = 2026-12-14.",
                                          conf(po, {1: "A", 2: "R", 3: "A"}))


@case("snow-fence-line-not-addressed", "confirmation/fr-CA",
      "Two lines are confirmed (one with a later ISO date typical for Quebec) and the third is simply never mentioned, so it stays unconfirmed.")
def _():
    sup = ("BOREAL", "Clôtures à neige Boréal inc.", "ventes@cloturesboreal.example", "fr-CA")
    po = PO("4500031184", sup, "CAD", "2026-11-02", [
        ("CN-PEHD-1.2x15", "Clôture à neige PEHD orange 1,2 m x 15 m", 200, "ROL", "54.25", "2026-12-08"),
        ("CN-PIQ-6", "Piquet en T acier 6 pi, 1,33 lb/pi", 1200, "PCS", "7.15", "2026-12-08"),
        ("CN-ATT-100", "Attaches nylon 12 po, sac de 100", 50, "BOX", "11.80", "2026-12-08"),
    ], buyer="tr")
    txt = ("Bonjour M. Reyes,\n\nVoici notre confirmation pour le bon de commande 4500031184 :\n\n"
           "- Clôture PEHD 1,2 m x 15 m : 200 rouleaux à 54,25 $, livraison le 2026-12-08\n"
           "- Piquets en T 6 pi : 1 200 unités à 7,15 $, livraison le 2026-12-15\n\n"
           "Merci de votre confiance et bonne journée!\n\n"
           "Geneviève Tremblay\nRepr. service à la clientèle\nClôtures à neige Boréal inc.\n1250, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B9\n"
           "450 555-0188 poste 221\n\n"
           "De : Tomás Reyes <tomas.reyes@meridian-supply.example>\nEnvoyé : 2 novembre 2026 03:12\nÀ : ventes@cloturesboreal.example\n"
           "Objet : Purchase order 4500031184 - request for order acknowledgement\n\n" + req_text(po))
    h = headers(po, ("Geneviève Tremblay", "g.tremblay@cloturesboreal.example"), "RE: " + subj(po, ""), "2026-11-10 10:14:02", "-0500",
                "<YT3PR01MB9172F40A1C2B6E88D3@YT3PR01MB9172.CANPRD01.PROD.OUTLOOK.example>", cs="iso-8859-1", enc="Q")
    body = mime.text(txt, cs="windows-1252", cte="quoted-printable")
    return [po], mime.message(h, body), exp("confirmation", "Line 1 as ordered, line 2 changed to 2026-12-15 (ISO date, '1 200' with a space thousands separator), line 3 (nylon ties) is never mentioned and stays unconfirmed.",
                                          conf(po, {1: "A", 2: C(1200, "7.15", "2026-12-15"), 3: "U"}))


@case("asphalt-additive-plus3pct", "confirmation/it-IT",
      "A '+3 %' raw-material surcharge is announced without new figures; the new unit prices must be computed from the PO prices (3.502 and 2.9355 EUR/kg).")
def _():
    sup = ("BITUMTEC", "Bitumtec Additivi S.r.l.", "ordini@bitumtec.example", "it-IT")
    po = PO("4500031196", sup, "EUR", "2026-11-03", [
        ("BT-WMA-200", "Additivo WMA per conglomerato, fusto 200 kg", 4000, "KG", "3.40", "2026-12-10"),
        ("BT-ADH-1.5", "Attivante d'adesione dosaggio 1,5 %, IBC 1000 kg", 2000, "KG", "2.85", "2026-12-10"),
    ])
    txt = ("Gentile Sig.ra Vogel,\n\nconfermiamo l'ordine 4500031196 per quantità e data di consegna (10/12/2026).\n"
           "A causa del forte aumento delle materie prime siamo costretti ad applicare una maggiorazione del 3% "
           "sui prezzi del Vostro ordine, per entrambe le posizioni.\n\n"
           "Restiamo a disposizione per qualsiasi chiarimento.\n\nCordiali saluti\n\n"
           "Dott.ssa Chiara Fontana\nUfficio Commerciale\nBitumtec Additivi S.r.l. - Via dell'Artigianato 15 - 24044 Dalmine (BG)\n"
           "Tel. +39 035 555 7712 - P.IVA 01234560165\n\n"
           "Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo messaggio per errore vi preghiamo di cancellarlo.\n\n"
           "-----Messaggio originale-----\n" + outlook_quote(po, "it", "martedì 3 novembre 2026 09:12"))
    h = headers(po, ("Chiara Fontana", "c.fontana@bitumtec.example"), "R: " + subj(po, ""), "2026-11-11 12:40:31", "+0100",
                "<000a01dd73f2$4c1e2b90$e45a82b0$@bitumtec.example>",
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it")])
    body = mime.text(txt, cs="iso-8859-1", cte="quoted-printable")
    return [po], mime.message(h, body), exp("confirmation", "+3 % applies to the PO unit prices: 3.40 -> 3.502 and 2.85 -> 2.9355 EUR/kg; quantities and date 10/12/2026 unchanged.",
                                          conf(po, {1: C(4000, "3.502", "2026-12-10"), 2: C(2000, "2.9355", "2026-12-10")}))


@case("sherry-casks-dot-thousands", "confirmation/es-ES",
      "The new cask price is written '1.250,00 €' with a dot thousands separator and comma decimals, next to an unchanged '745,00 €'.")
def _():
    sup = ("TONJEREZ", "Tonelería Jerezana S.L.", "pedidos@toneleriajerezana.example", "es-ES")
    po = PO("4500031203", sup, "EUR", "2026-11-05", [
        ("TJ-BUTT-500-OL", "Bota jerez 500 L roble americano, oloroso 2 años", 12, "EA", "1180.00", "2026-12-16"),
        ("TJ-HHD-250-PX", "Hogshead 250 L Pedro Ximénez, tostado medio 3/4", 20, "EA", "745.00", "2026-12-16"),
    ], buyer="tr")
    txt = ("Estimado Tomás:\n\nLe confirmamos el pedido 4500031203 con los siguientes datos:\n\n"
           "Pos. 1 - 12 botas de 500 L oloroso a 1.250,00 € la unidad (el precio de su pedido correspondía a la tarifa 2025).\n"
           "Pos. 2 - 20 hogsheads de 250 L PX a 745,00 € la unidad.\n\n"
           "Entrega de ambas posiciones el 16/12/2026 en sus almacenes de Róterdam.\n\n"
           "Un saludo,\n\nManuel Caballero Ortiz\nDpto. Comercial - Tonelería Jerezana S.L.\nCtra. de Sanlúcar km 3,5 - 11408 Jerez de la Frontera (Cádiz)\n"
           "Tel. +34 956 55 21 40\n\n"
           "El jue, 5 nov 2026 a las 9:12, Tomás Reyes (<tomas.reyes@meridian-supply.example>) escribió:\n\n" + gt(req_text(po)))
    htm = ("<div dir=\"ltr\">" + esc(txt.split("El mié,")[0]).replace("\n", "<br>") + "</div><div class=\"gmail_quote\">"
           "<div class=\"gmail_attr\">El jue, 5 nov 2026 a las 9:12, Tomás Reyes (&lt;tomas.reyes@meridian-supply.example&gt;) escribió:</div>"
           "<blockquote class=\"gmail_quote\">" + req_html(po) + "</blockquote></div>")
    h = headers(po, ("Manuel Caballero", "manuel.caballero@toneleriajerezana.example"), "RE: " + subj(po, ""), "2026-11-16 17:25:09", "+0100",
                "<CAF9x2kLq0_Jr7bW5nH3dM1pZ8eT6yVcQ4sXoA9uRgKi2@mail.gmail.example>")
    body = mime.alt(mime.text(txt, cs="utf-8", cte="8bit"), mime.html(htm, cs="utf-8", cte="quoted-printable"), style="gmail")
    return [po], mime.message(h, body), exp("confirmation", "'1.250,00 €' is 1250.00 (dot = thousands); line 1 changed price, line 2 accepted; 16/12/2026 equals the requested date.",
                                          conf(po, {1: C(12, "1250.00", "2026-12-16"), 2: "A"}))


@case("greenhouse-heater-enero", "confirmation/es-MX",
      "The heaters move to '15 de enero' with no year, which must roll into 2027; the other lines keep '18 de diciembre'.")
def _():
    sup = ("CALINVER", "Calefacción para Invernaderos del Bajío S.A. de C.V.", "ventas@calinver.example", "es-MX")
    po = PO("4500031215", sup, "USD", "2026-11-06", [
        ("CI-GAS-80K", "Calefactor a gas 80,000 BTU/h, control 24V", 10, "EA", "1365.00", "2026-12-18"),
        ("CI-DUCT-12x20", "Ducto perforado PE 12x20 in, rollo 50 m", 10, "ROL", "212.50", "2026-12-18"),
        ("CI-TERM-3/8", "Termostato con sonda 3/8 in", 10, "EA", "58.00", "2026-12-18"),
    ], buyer="tr")
    txt = ("Hola Tomás, buenas tardes.\n\nTe confirmo la OC 4500031215, precios sin cambio:\n\n"
           "* Calefactores 80,000 BTU: la planta trae atraso, la entrega queda para el 15 de enero.\n"
           "* Ductos perforados y termostatos: entrega el 18 de diciembre como lo pediste.\n\n"
           "Cualquier cosa quedo a tus órdenes.\n\nSaludos cordiales,\nIng. Alejandra Ríos\nVentas Internacionales\n"
           "Calefacción para Invernaderos del Bajío S.A. de C.V.\nCarr. León-Silao km 8.5, León, Gto., México\nTel. +52 477 555 0193\n\n"
           "________________________________\nDe: Tomás Reyes <tomas.reyes@meridian-supply.example>\nEnviado: viernes, 6 de noviembre de 2026 02:12\n"
           "Para: ventas@calinver.example\nAsunto: Purchase order 4500031215 - request for order acknowledgement\n\n" + req_text(po))
    h = headers(po, ("Alejandra Ríos", "arios@calinver.example"), "RE: " + subj(po, ""), "2026-11-18 15:52:26", "-0600",
                "<BY5PR13MB4471D60E8A2F3B19C4@BY5PR13MB4471.namprd13.prod.outlook.example>")
    body = mime.text(txt, cs="utf-8", cte="base64")
    return [po], mime.message(h, body), exp("confirmation", "'15 de enero' without a year after a November mail is 2027-01-15 (line 1 changed date); lines 2-3 keep 18 December = requested.",
                                          conf(po, {1: C(10, "1365.00", "2027-01-15"), 2: "A", 3: "A"}))


@case("roaster-drums-three-deliveries", "confirmation/pt-BR",
      "Drums arrive in three lots of 2 on different dates (schedule) and the paddle sets come earlier than requested, all in dd/mm/yyyy.")
def _():
    sup = ("TORRAMAQ", "Torramaq Indústria de Torradores Ltda.", "vendas@torramaq.example", "pt-BR")
    po = PO("4500031227", sup, "USD", "2026-11-04", [
        ("TQ-DRUM-15", "Tambor de torra 15 kg, aço carbono 4 mm", 6, "EA", "2480.00", "2026-12-15"),
        ("TQ-PAS-3/8", "Conjunto de pás 3/8 pol., aço inox 304", 6, "SET", "395.00", "2026-12-15"),
    ], buyer="ap")
    txt = ("Prezada Aisha, bom dia!\n\nSegue a confirmação do pedido 4500031227:\n\n"
           "Item 1 - Tambor de torra 15 kg: 6 peças a US$ 2.480,00 cada, entregues em três lotes:\n"
           "   2 peças em 04/12/2026\n   2 peças em 11/12/2026\n   2 peças em 18/12/2026\n"
           "Item 2 - Conjunto de pás 3/8: 6 jogos a US$ 395,00, entrega em 11/12/2026.\n\n"
           "Atenciosamente,\n\nRafael Nogueira\nDepartamento Comercial - Exportação\nTorramaq Indústria de Torradores Ltda.\n"
           "Rod. Anhanguera km 104, Sumaré - SP, Brasil\n+55 19 5555-4120\n\n"
           "Em qua., 4 de nov. de 2026 às 05:12, Aisha Patel <aisha.patel@meridian-supply.example> escreveu:\n\n" + gt(req_text(po)))
    h = headers(po, ("Rafael Nogueira", "rafael.nogueira@torramaq.example"), "Re: " + subj(po, ""), "2026-11-17 09:30:12", "-0300",
                "<CAJ1mZk8pWq3vN7yL0dR5sT2eH9aBxC4uF6gI_oP8jK3lMn@mail.gmail.example>")
    htm = ("<div dir=\"ltr\">" + esc(txt.split("Em qua.,")[0]).replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">"
           "<div dir=\"ltr\" class=\"gmail_attr\">Em qua., 4 de nov. de 2026 às 05:12, Aisha Patel &lt;aisha.patel@meridian-supply.example&gt; escreveu:<br></div>"
           "<blockquote class=\"gmail_quote\">" + req_html(po) + "</blockquote></div>")
    body = mime.alt(mime.text(txt), mime.html(htm), style="gmail")
    return [po], mime.message(h, body), exp("confirmation", "Line 1 split 2+2+2 on 04/11/18 Dec (schedule, last date 2026-12-18); line 2 delivered earlier on 2026-12-11 (changed); prices in Brazilian format equal the PO.",
                                          conf(po, {1: C(6, "2480.00", "2026-12-18", [(2, "2026-12-04"), (2, "2026-12-11"), (2, "2026-12-18")]),
                                                    2: C(6, "395.00", "2026-12-11")}))


@case("trolleys-date-follows-tomorrow", "needs_review/pt-PT",
      "Quantities and prices are confirmed but the delivery date 'seguirá amanhã', so nothing is fully committed yet.")
def _():
    sup = ("CARMED", "Carmed Equipamentos Hospitalares, Lda.", "encomendas@carmed.example", "pt-PT")
    po = PO("4500031238", sup, "EUR", "2026-11-06", [
        ("CM-TR-600x400", "Carro de tratamento 600x400 mm, 4 gavetas", 8, "EA", "612.00", "2026-12-14"),
        ("CM-MED-24V", "Carro de medicação, fecho eletrónico 24V", 4, "EA", "1540.00", "2026-12-14"),
    ], buyer="ap")
    txt = ("Cara Aisha,\n\nObrigado pela encomenda 4500031238.\n\n"
           "Confirmamos as quantidades (8 + 4 unidades) e os preços unitários (612,00 € e 1.540,00 €).\n"
           "Quanto ao prazo de entrega, ainda aguardamos a confirmação da fábrica em Águeda; a data seguirá amanhã.\n\n"
           "Com os melhores cumprimentos,\nJoana Figueiredo\nDepartamento Comercial\nCarmed Equipamentos Hospitalares, Lda.\n"
           "Zona Industrial de Oiã, Lote 12, 3770-059 Oiã\nTel.: +351 234 555 710\n\n"
           "-----Mensagem original-----\n" + outlook_quote(po, "pt", "6 de novembro de 2026 08:12"))
    h = headers(po, ("Joana Figueiredo", "joana.figueiredo@carmed.example"), "RE: " + subj(po, ""), "2026-11-13 18:02:55", "+0000",
                "<DB9PR02MB7351A1B2C3D4E5F60718@DB9PR02MB7351.eurprd02.prod.outlook.example>")
    body = mime.text(txt, cs="windows-1252", cte="quoted-printable")
    return [po], mime.message(h, body), exp("needs_review", "Quantities and prices are confirmed but the delivery date will only follow tomorrow; no date commitment yet, so the reply is not a confirmation.")


@case("greenhouse-inline-answers", "confirmation/nl-NL",
      "Answers are written inline under each quoted PO line (accepted, later date, new price, discontinued), interleaved with our own table values.")
def _():
    sup = ("KASWARMTE", "Kaswarmte Techniek B.V.", "verkoop@kaswarmte.example", "nl-NL")
    po = PO("4500031244", sup, "EUR", "2026-11-03", [
        ("KW-HTR-45", "Heteluchtkachel 45 kW, aardgas, 230V", 6, "EA", "2195.00", "2026-12-07"),
        ("KW-SLANG-40", "Folieslang Ø 40 cm, rol 100 m", 12, "ROL", "89.50", "2026-12-07"),
        ("KW-THERM-24V", "Kasthermostaat 24V, 2-traps", 6, "EA", "74.00", "2026-12-07"),
        ("KW-BRAND-3/4", "Branderset 3/4 inch aansluiting", 6, "SET", "139.00", "2026-12-07"),
    ])
    L = po["lines"]
    ans = {1: "[KWT] Akkoord, levering 7-12.",
           2: "[KWT] Akkoord, maar levering 14-12 (rollen komen uit Duitsland).",
           3: "[KWT] Akkoord, levering 7-12, maar de prijs is inmiddels EUR 78,00 per stuk.",
           4: "[KWT] Vervalt - dit type wordt niet meer gemaakt, wij kunnen deze regel niet leveren."}
    rows = []
    for l in L:
        rows.append(f"> {l['line']}  {l['item']}  {l['description']}  {l['quantity']} {l['uom']}  {l['unit_price']} EUR  {l['requested_date']}")
        rows.append("")
        rows.append(ans[l["line"]])
        rows.append("")
    txt = ("Hallo Katrin,\n\nZie onze antwoorden hieronder in de tekst, gemarkeerd met [KWT].\n\n"
           "Met vriendelijke groet,\nPieter de Graaf\nBinnendienst\nKaswarmte Techniek B.V. | Middel Broekweg 29 | 2675 KB Honselersdijk\n"
           "T +31 174 555 330\n\n"
           "Van: Katrin Vogel <katrin.vogel@meridian-supply.example>\nVerzonden: dinsdag 3 november 2026 09:12\n"
           "Aan: verkoop@kaswarmte.example\nOnderwerp: Purchase order 4500031244 - request for order acknowledgement\n\n"
           "> Dear Kaswarmte Techniek B.V. team,\n>\n> please find below our purchase order 4500031244 dated 2026-11-03. "
           "Kindly confirm quantities, unit prices and delivery dates by return mail, referencing the PO number.\n>\n"
           + "\n".join(rows) + "\n> Delivery address: Meridian Supply Group B.V., Warehouse 3, Havenstraat 41, 3011 AB Rotterdam\n>\n> Kind regards\n> Katrin Vogel\n")
    hrows = "".join(
        f"<tr><td>{l['line']}</td><td>{l['item']}</td><td>{esc(l['description'])}</td><td>{l['quantity']}</td><td>{l['uom']}</td>"
        f"<td>{l['unit_price']} EUR</td><td>{l['requested_date']}</td></tr>"
        f"<tr><td colspan=\"7\" style=\"color:#C00000\"><b>{esc(ans[l['line']])}</b></td></tr>" for l in L)
    htm = ("<html><body><p>Hallo Katrin,</p><p>Zie onze antwoorden hieronder in de tekst, gemarkeerd met [KWT].</p>"
           "<p>Met vriendelijke groet,<br>Pieter de Graaf<br>Binnendienst<br>Kaswarmte Techniek B.V.</p><hr>"
           "<p><b>Van:</b> Katrin Vogel<br><b>Verzonden:</b> dinsdag 3 november 2026 09:12<br><b>Onderwerp:</b> Purchase order 4500031244 - request for order acknowledgement</p>"
           "<table border=\"1\">" + hrows + "</table></body></html>")
    h = headers(po, ("Pieter de Graaf", "p.degraaf@kaswarmte.example"), "RE: " + subj(po, ""), "2026-11-10 13:44:18", "+0100",
                "<AS8PR04MB8450E2F19D3C7A6B11@AS8PR04MB8450.eurprd04.prod.outlook.example>", extra=[("Content-Language", "nl-NL")])
    body = mime.alt(mime.text(txt), mime.html(htm), style="outlook")
    return [po], mime.message(h, body), exp("confirmation", "Inline answers: line 1 as ordered; line 2 date 14-12 -> 2026-12-14; line 3 price 78,00; line 4 discontinued (rejected).",
                                          conf(po, {1: "A", 2: C(12, "89.50", "2026-12-14"), 3: C(6, "78.00", "2026-12-07"), 4: "R"}))


@case("glovebox-port-question", "needs_review/nl-BE",
      "The supplier asks which glove-port diameter and purge option we want before it can quote price and lead time; numbers in the question are not commitments.")
def _():
    sup = ("GLOVELAB", "Glovelab NV", "orders@glovelab.example", "nl-BE")
    po = PO("4500031251", sup, "EUR", "2026-11-05", [
        ("GL-BOX-1200", "Handschoenkast 1200x750 mm, PMMA, 2 poorten", 2, "EA", "6850.00", "2026-12-18"),
        ("GL-HS-8/10", "Butyl handschoenen maat 8/10, poort Ø 200 mm", 8, "PAIR", "145.00", "2026-12-18"),
    ])
    txt = ("Beste Katrin,\n\nDank voor de bestelling. Vooraleer we kunnen bevestigen hebben we nog twee vragen:\n\n"
           "1. Wenst u de handschoenpoorten op Ø 200 mm of op Ø 220 mm? Met 220 mm is de levertermijn 6 weken.\n"
           "2. Moet de kast uitgerust worden met N2-spoeling (meerprijs ca. EUR 1.150,00)?\n\n"
           "Zodra we uw antwoord hebben, sturen we de orderbevestiging.\n\n"
           "Met vriendelijke groeten,\nAn Claes\nCustomer Service\nGlovelab NV - Researchpark 110 - 1731 Zellik\nT +32 2 555 48 31\n\n"
           "Op do 5 nov. 2026 om 09:12 schreef Katrin Vogel <katrin.vogel@meridian-supply.example>:\n" + gt(req_text(po)))
    h = headers(po, ("An Claes", "an.claes@glovelab.example"), "Re: " + subj(po, ""), "2026-11-09 10:20:37", "+0100",
                "<e2d1c0b9-8a7f-4e6d-b5c4-a3f2e1d0c9b8@glovelab.example>",
                extra=[("User-Agent", "Mozilla Thunderbird")])
    body = mime.text(txt, cs="utf-8", cte="8bit", flowed=True)
    return [po], mime.message(h, body), exp("needs_review", "Two open questions (port size, N2 purge) and a hypothetical 6-week lead time; the supplier explicitly withholds its confirmation.")


@case("tram-covers-xlsx", "confirmation/pl-PL",
      "The body only says the confirmation is attached; the Excel sheet holds the lines, with one date moved to 17.12.2026.")
def _():
    from .xlsx import make_xlsx
    sup = ("TRAMPOL", "Tram-Pol Tapicerstwo Sp. z o.o.", "zamowienia@trampol.example", "pl-PL")
    po = PO("4500031262", sup, "PLN", "2026-11-04", [
        ("TP-POK-45x42", "Pokrowiec siedziska 45x42 cm, tkanina Moquette", 400, "PCS", "96.00", "2026-12-10"),
        ("TP-OPAR-3/4", "Pokrowiec oparcia 3/4, trudnopalny", 400, "PCS", "74.50", "2026-12-10"),
        ("TP-ZAM-12", "Zamek błyskawiczny 12 cali, czarny", 800, "PCS", "3.10", "2026-12-10"),
    ])
    rows = [["Potwierdzenie zamówienia", "", "", "", "", "", ""],
            ["Nr zamówienia klienta", "4500031262", "", "", "", "", ""],
            ["Data", "12.11.2026", "", "", "", "", ""],
            [],
            ["Poz.", "Indeks", "Opis", "Ilość", "JM", "Cena netto PLN", "Termin dostawy"],
            [1, "TP-POK-45x42", "Pokrowiec siedziska 45x42 cm", 400, "szt.", 96.00, "10.12.2026"],
            [2, "TP-OPAR-3/4", "Pokrowiec oparcia 3/4, trudnopalny", 400, "szt.", 74.50, "17.12.2026"],
            [3, "TP-ZAM-12", "Zamek błyskawiczny 12 cali", 800, "szt.", 3.10, "10.12.2026"]]
    x = make_xlsx(rows, "Potwierdzenie", (2026, 11, 12, 8, 55, 0))
    txt = ("Dzień dobry Pani Katrin,\n\nw załączniku przesyłamy potwierdzenie zamówienia nr 4500031262.\n\n"
           "Pozdrawiam serdecznie\nMagdalena Wróbel\nDział Obsługi Klienta\nTram-Pol Tapicerstwo Sp. z o.o.\nul. Przemysłowa 7, 61-485 Poznań\n"
           "tel. +48 61 555 20 40\n\n-----Original Message-----\n" + outlook_quote(po, "en", "Wednesday, November 4, 2026 9:12 AM"))
    h = headers(po, ("Magdalena Wróbel", "m.wrobel@trampol.example"), "RE: " + subj(po, ""), "2026-11-12 09:03:27", "+0100",
                "<000001dd7424$8f2a1c30$ad7e5490$@trampol.example>", cs="iso-8859-2", enc="Q",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body = mime.mixed(mime.text(txt, cs="iso-8859-2", cte="quoted-printable"),
                      mime.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Potwierdzenie_4500031262.xlsx"),
                      style="outlook")
    return [po], mime.message(h, body), exp("confirmation", "All values are in the XLSX; line 2 moves to 17.12.2026, lines 1 and 3 match the PO.",
                                          conf(po, {1: "A", 2: C(400, "74.50", "2026-12-17"), 3: "A"}))


@case("snow-fence-per-100m", "confirmation/cs-CZ",
      "The fence price is given as 4 100 Kč per 100 m while the PO is per metre, so the unit price becomes 41.00 CZK.")
def _():
    sup = ("SNEHZAB", "Sněhové zábrany Beskydy s.r.o.", "objednavky@snehzabrany.example", "cs-CZ")
    po = PO("4500031270", sup, "CZK", "2026-11-02", [
        ("SZ-PLOT-1.2", "Sněhový plot HDPE 1,2 m, oranžový", 1500, "M", "38.00", "2026-12-04"),
        ("SZ-KUL-150", "Kůl dřevěný 150 cm, prům. 8 cm", 500, "PCS", "62.00", "2026-12-04"),
    ], buyer="jl")
    txt = ("Dobrý den, pane Lindqviste,\n\npotvrzujeme Vaši objednávku č. 4500031270:\n\n"
           "Pol. 1 Sněhový plot HDPE 1,2 m: 1 500 m, cena dle nového ceníku 4 100 Kč za 100 m, dodání 4. 12. 2026.\n"
           "Pol. 2 Kůl dřevěný 150 cm: 500 ks á 62,00 Kč, dodání 4. 12. 2026.\n\n"
           "S pozdravem\nIng. Petr Dvořák\nobchodní oddělení\nSněhové zábrany Beskydy s.r.o., Frenštát pod Radhoštěm\ntel.: +420 556 555 118\n\n"
           "-----Original Message-----\n" + outlook_quote(po, "cs", "2. listopadu 2026 9:12"))
    h = headers(po, ("Petr Dvořák", "dvorak@snehzabrany.example"), "RE: " + subj(po, ""), "2026-11-10 07:51:09", "+0100",
                "<002301dd7331$6b1e9a40$4159cec0$@snehzabrany.example>", cs="iso-8859-2", enc="Q")
    body = mime.text(txt, cs="iso-8859-2", cte="quoted-printable")
    return [po], mime.message(h, body), exp("confirmation", "4 100 Kč per 100 m = 41.00 CZK per M (changed price); line 2 as ordered; '4. 12. 2026' with spaces.",
                                          conf(po, {1: C(1500, "41.00", "2026-12-04"), 2: "A"}))


@case("dental-burs-dodanie", "confirmation/sk-SK",
      "A one-sentence full confirmation whose only date 'dodanie 18. 12. 2026' (with spaces) is a week after the requested 11 December.")
def _():
    sup = ("DENTFREZ", "Dentfrez Slovakia s.r.o.", "predaj@dentfrez.example", "sk-SK")
    po = PO("4500031283", sup, "EUR", "2026-11-06", [
        ("DF-DIA-801-014", "Diamantový vrták 801/014 FG, bal. 5 ks", 100, "BOX", "11.40", "2026-12-11"),
        ("DF-HM-330-008", "Tvrdokovový vrták H330/008 RA, bal. 10 ks", 60, "BOX", "18.90", "2026-12-11"),
    ], buyer="jl")
    txt = ("Dobrý deň,\n\npotvrdzujeme objednávku 4500031283 v plnom rozsahu, ceny bez zmeny, dodanie 18. 12. 2026.\n\n"
           "S pozdravom\nMartina Kováčová\nDentfrez Slovakia s.r.o.\nPriemyselná 4, 917 01 Trnava\n+421 33 555 4410\n\n"
           "Dňa 6. 11. 2026 o 9:12 Jonas Lindqvist napísal(a):\n" + gt(req_text(po)))
    h = headers(po, ("Martina Kováčová", "kovacova@dentfrez.example"), "Re: " + subj(po, ""), "2026-11-13 11:11:45", "+0100",
                "<5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d@dentfrez.example>", cs="iso-8859-2", enc="B",
                extra=[("User-Agent", "Mozilla/5.0 Thunderbird/128.3.1")])
    body = mime.text(txt, cs="iso-8859-2", cte="quoted-printable", flowed=True)
    return [po], mime.message(h, body), exp("confirmation", "Full confirmation with 'dodanie 18. 12. 2026' for both lines (requested 11 Dec): quantities and prices unchanged, dates changed.",
                                          conf(po, {1: C(100, "11.40", "2026-12-18"), 2: C(60, "18.90", "2026-12-18")}))


@case("kiteboards-ooo", "auto_reply/hu-HU",
      "A Hungarian out-of-office that names dates (9-20 November) and a colleague's number, but says nothing about the order.")
def _():
    sup = ("BALKITE", "Balaton Kite Kft.", "info@balatonkite.example", "hu-HU")
    po = PO("4500031295", sup, "EUR", "2026-11-09", [
        ("BK-TT-138x41", "Twin-tip kiteboard 138x41 cm, 2027 modell", 10, "EA", "389.00", "2026-12-18"),
        ("BK-STR-4/3", "Foot strap szett 4/3, állítható", 10, "SET", "64.00", "2026-12-18"),
    ], buyer="jl")
    txt = ("Tisztelt Partnerünk!\n\nKöszönjük levelét. Irodánk 2026. november 9-től november 20-ig zárva tart, "
           "ezen időszak alatt e-mailjeit nem tudom olvasni.\nSürgős ügyben kérem, hívja kollégámat, Tóth Gergelyt: +36 87 555 214.\n\n"
           "Dear Partner, our office is closed from 9 to 20 November 2026. For urgent matters please call +36 87 555 214.\n\n"
           "Üdvözlettel / Kind regards\nSzabó Eszter\nBalaton Kite Kft. | Révfülöp, Kikötő u. 5.\n")
    h = [("From", mime.addr("Szabó Eszter", "info@balatonkite.example", "iso-8859-2", "Q")),
         ("To", mime.addr("Jonas Lindqvist", "jonas.lindqvist@meridian-supply.example")),
         ("Subject", mime.ew("Automatikus válasz: " + "Purchase order 4500031295 - request for order acknowledgement", "iso-8859-2", "Q")),
         ("Date", mime.date("2026-11-09 09:13:02", "+0100")),
         ("Message-ID", "<ooo.4a19f2c7e0@balatonkite.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")]
    body = mime.text(txt, cs="iso-8859-2", cte="quoted-printable")
    return [po], mime.message(h, body), exp("auto_reply", "Out-of-office with closure dates and a phone number; no statement about the order.")
