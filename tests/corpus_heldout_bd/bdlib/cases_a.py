"""Cases 001-018."""
from . import mime
from .common import (case, sup, L, PO, A, C, R, U, conf, out, reply, kw, next_dm, weekday_after,
                     inline_quote, request_text, req_subject, req_sent, BUYERS, msgid, boundary, table)
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("pennine-springs-edge-rods-early", "confirmation/en-GB",
      "A one-paragraph 'confirm in full' that moves one line earlier with a day-first '11/12' without a year.")
def c001():
    S = sup("PSW", "Pennine Spring Works Ltd", "orders@pennine-springs.example", "en-GB", "Gareth")
    P = PO("4510081101", S, "mira", "GBP", "2026-11-03", [
        L(1, "PSW-BON-72", "Bonnell coil 72 mm, 4.5 turns, 2.2 mm wire", 12000, "PCS", "0.118", "2026-12-11"),
        L(2, "PSW-PKT-2027", "Pocket spring unit 2027 range, 135x190 cm", 160, "EA", "38.40", "2026-12-11"),
        L(3, "PSW-EDGE-1.8", "Edge support rod 1.8 mm x 1900 mm", 600, "PCS", "0.96", "2026-12-18"),
    ])
    when = "2026-11-10T10:41:00+00:00"
    body = ("Hi Mira,\n\nThanks for the order. Happy to confirm PO 4510081101 in full at your prices and quantities.\n\n"
            "Just to flag: the edge rods on line 3 we'll deliver a week early, on 11/12, as the 1.8 mm wire batch "
            "is already drawn and sitting in the warehouse. Lines 1 and 2 stay as per your dates.\n\n"
            "Kind regards,\nGareth Hollis\nSales Office\nPennine Spring Works Ltd\nUnit 7, Calder Vale Industrial Estate, "
            "Todmorden OL14 6DA\nT: +44 (0)1706 555 218 | M: +44 (0)7700 900 412\n\n"
            "Pennine Spring Works Ltd is registered in England and Wales, No. 04417729. This e-mail and any "
            "attachments are confidential and intended solely for the addressee.\n")
    eml = reply(P, when=when, body=body, seed="c001", frm=("Gareth Hollis", "gareth.hollis@pennine-springs.example"),
                client="outlook", charset="utf-8", cte="quoted-printable", quote="outlook")
    return out([P], eml, "confirmation",
               "Day-first en-GB '11/12' = 11 December (no year, after the mail date); line 3 moves a week earlier, "
               "lines 1-2 confirmed as ordered; descriptions carry 72 mm/4.5/135x190/1.8 mm numbers.",
               [conf(P, {1: A(P, 1), 2: A(P, 2), 3: C(600, "0.96", "2026-12-11")})])


@case("brandt-breakers-inline-answers", "confirmation/de-DE",
      "Answers written inline under each quoted PO line: KW 51, a new price with decimal comma, one line 'Termin folgt'.")
def c002():
    S = sup("BRANDT", "Elektroschutz Brandt GmbH", "auftrag@brandt-elektroschutz.example", "de-DE", "Frau Weidinger")
    P = PO("4510081207", S, "jonas", "EUR", "2026-11-04", [
        L(1, "LS-B16-1P", "Circuit breaker B16 1-pole 6 kA", 400, "PCS", "3.95", "2026-12-11"),
        L(2, "LS-C32-3P", "Circuit breaker C32 3-pole 10 kA, 230/400V", 120, "PCS", "17.40", "2026-12-11"),
        L(3, "FI-40-30-4P", "RCD 40A 30mA 4-pole type A", 60, "PCS", "28.90", "2026-12-18"),
        L(4, "HS-63-3P", "Main switch 63A 3P for 35 mm DIN rail", 25, "PCS", "41.20", "2026-12-18"),
    ])
    when = "2026-11-11T14:26:00+01:00"
    ans = {1: "--> ok, wie bestellt.",
           2: "--> Menge und Preis ok, Liefertermin KW 51.",
           3: "--> Termin ok, Preis leider 31,20 EUR/Stk. (Metallzuschlag Kupfer/Silber).",
           4: "--> Liefertermin folgt, der Hersteller klärt die Verfügbarkeit noch."}
    body = ("Hallo Herr Verbeek,\n\nunsere Antworten finden Sie direkt in Ihrer Mail (mit --> markiert).\n\n"
            + inline_quote(P, ans, "de") +
            "\nMit freundlichen Grüßen\ni.A. Sabine Weidinger\nAuftragsabwicklung\n\nElektroschutz Brandt GmbH\n"
            "Industriestraße 12 · 32049 Herford\nTel. +49 5221 555-340 · Fax -349\n"
            "Geschäftsführer: Dirk Brandt · HRB 5521 Amtsgericht Bad Oeynhausen\n")
    eml = reply(P, when=when, body=body, seed="c002", quote=None, client="thunderbird", html=False,
                charset="iso-8859-15", cte="quoted-printable",
                frm=("Sabine Weidinger", "s.weidinger@brandt-elektroschutz.example"), prefix="AW: ")
    return out([P], eml, "confirmation",
               "Inline answers below each quoted line; KW 51 without a day = Friday 2026-12-18; '31,20' decimal comma "
               "price change; line 4 'Liefertermin folgt' is no commitment -> unconfirmed.",
               [conf(P, {1: A(P, 1), 2: C(120, "17.40", "2026-12-18"), 3: C(60, "31.20", "2026-12-18"), 4: U})])


@case("filzwerk-codes-shuffled", "confirmation/de-AT",
      "Lines are identified only by our item codes, listed in a different order than the PO, with a split on one code.")
def c003():
    S = sup("FILZT", "Filzwerk Tschernutter GmbH", "verkauf@filzwerk-t.example", "de-AT")
    P = PO("4510081315", S, "mira", "EUR", "2026-11-05", [
        L(1, "FP-R22-3", "Felt glide round 22 mm, 3 mm thick, self-adh.", 20000, "PCS", "0.021", "2026-12-04"),
        L(2, "FP-Q40-5", "Felt glide square 40x40 mm, 5 mm", 8000, "PCS", "0.054", "2026-12-04"),
        L(3, "FP-R8-2", "Felt bumper round 8 mm, 2 mm, white", 50000, "PCS", "0.0065", "2026-12-11"),
        L(4, "FP-ROL-1M", "Felt tape to cut, 100 mm x 1 m", 300, "ROL", "2.35", "2026-12-11"),
    ])
    when = "2026-11-16T08:52:00+01:00"
    body = ("Sehr geehrte Frau Holst,\n\ndanke für Ihre Bestellung 4510081315, wir bestätigen wie folgt:\n\n"
            "FP-R8-2: passt, Liefertermin 11.12.\n"
            "FP-ROL-1M: 300 Rollen, Liefertermin 11.12., Preis EUR 2,49/Rolle (neue Rohware)\n"
            "FP-R22-3: bis 04.12. sind nur 15.000 Stk. lieferbar, die restlichen 5.000 Stk. folgen am 18.12.\n"
            "FP-Q40-5: passt wie bestellt.\n\n"
            "Lieferung wie immer frei Haus.\n\nMit freundlichen Grüßen\n\nMag. Verena Pichler\nVerkaufsinnendienst\n"
            "Filzwerk Tschernutter GmbH\nGewerbepark 5, 8430 Leibnitz, Österreich\nTel.: +43 3452 555 71-12\n"
            "FN 214455 k, LG für ZRS Graz\n")
    eml = reply(P, when=when, body=body, seed="c003", frm=("Verena Pichler", "v.pichler@filzwerk-t.example"),
                charset="iso-8859-1", cte="quoted-printable", quote="outlook", qlang="de", prefix="AW: ")
    return out([P], eml, "confirmation",
               "No line numbers: codes FP-R8-2, FP-ROL-1M, FP-R22-3, FP-Q40-5 in shuffled order must be mapped to lines "
               "3, 4, 1, 2; FP-R22-3 split 15.000 on 04.12 + 5.000 on 18.12 (dot thousands separators); new price 2,49.",
               [conf(P, {1: C(20000, "0.021", "2026-12-18", [(15000, "2026-12-04"), (5000, "2026-12-18")]),
                         2: A(P, 2), 3: A(P, 3), 4: C(300, "2.49", "2026-12-11")})])


@case("dumontel-hoses-two-deliveries", "confirmation/fr-FR",
      "French prose with a split delivery ('300 le 7 décembre, le solde le 18') and a narrow-space thousands separator.")
def c004():
    S = sup("DUMONTEL", "Arrosage Dumontel SAS", "adv@dumontel-arrosage.example", "fr-FR")
    P = PO("4510081422", S, "jonas", "EUR", "2026-11-05", [
        L(1, "DUM-GH-1950", "Garden hose 3/4in (19 mm) x 50 m, 4-layer", 500, "ROL", "24.80", "2026-12-11"),
        L(2, "DUM-GH-1525", "Garden hose 5/8in (15 mm) x 25 m, anti-kink", 800, "ROL", "11.60", "2026-12-11"),
        L(3, "DUM-CPL-12", "Quick coupling set 1/2in, 3 pcs", 1200, "SET", "2.15", "2026-12-18"),
    ])
    when = "2026-11-18T14:07:00+01:00"
    body = ("Bonjour Monsieur Verbeek,\n\nMerci pour votre commande n° 4510081422.\n\n"
            "Ligne 1 : OK pour 500 tuyaux de 50 m à 24,80 €. Livraison en deux fois : 300 pièces le 7 décembre, "
            "le solde (200 pièces) le 18 décembre.\n"
            "Ligne 2 : confirmée telle quelle (800 × 11,60 €, livraison le 11/12).\n"
            "Ligne 3 : 1\u202f200 kits à 2,15 €, livraison le 18/12.\n\n"
            "Bien cordialement,\n\nLaurence Picard\nAdministration des ventes\nArrosage Dumontel SAS\n"
            "ZI des Grèves – 69400 Villefranche-sur-Saône\nTél. : +33 4 74 62 18 90\n")
    eml = reply(P, when=when, body=body, seed="c004", frm=("Laurence Picard", "l.picard@dumontel-arrosage.example"),
                client="gmail", quote="gt", qlang="fr", prefix="Re: ")
    return out([P], eml, "confirmation",
               "Line 1 is split 300 on 7 Dec + 200 on 18 Dec (schedule, last date 2026-12-18); dates without a year; "
               "'1 200' with a narrow no-break space; '800 × 11,60 €' restates line 2.",
               [conf(P, {1: C(500, "24.80", "2026-12-18", [(300, "2026-12-07"), (200, "2026-12-18")]),
                         2: A(P, 2), 3: A(P, 3)})])


@case("ege-kanca-out-of-office", "auto_reply/tr-TR",
      "Turkish out-of-office with leave dates and a phone number; nothing about the order is committed.")
def c005():
    S = sup("EGEKANCA", "Ege Kanca Balıkçılık San. ve Tic. A.Ş.", "ihracat@egekanca.example", "tr-TR")
    P = PO("4510081533", S, "tomas", "USD", "2026-11-06", [
        L(1, "EK-CIR-4/0", "Circle hook 4/0, black nickel, 100/box", 400, "BOX", "6.80", "2026-12-18"),
        L(2, "EK-JIG-2/0", "Jig hook 2/0 90deg, 1.5 mm wire", 20000, "PCS", "0.042", "2026-12-18"),
    ])
    when = "2026-11-16T07:02:11+03:00"
    body = ("Merhaba,\n\n16.11.2026 - 27.11.2026 tarihleri arasında yıllık izindeyim ve e-postalarıma erişimim "
            "sınırlı olacaktır. Acil sipariş ve sevkiyat konuları için lütfen ihracat@egekanca.example adresine "
            "yazınız veya +90 232 555 47 10 numaralı telefondan Sn. Elif Aydın'a ulaşınız.\n\n"
            "30.11.2026 tarihinde ofiste olacağım ve mesajınıza dönüş yapacağım.\n\n"
            "Hello, I am on annual leave from 16.11.2026 to 27.11.2026. For urgent orders please contact "
            "ihracat@egekanca.example or call +90 232 555 47 10.\n\nSaygılarımla / Best regards\n"
            "Murat Yıldız\nİhracat Müdürü\nEge Kanca Balıkçılık San. ve Tic. A.Ş.\nKemalpaşa OSB, 35730 İzmir\n")
    eml = reply(P, when=when, body=body, seed="c005", frm=("Murat Yıldız", "murat.yildiz@egekanca.example"),
                subject="Otomatik yanıt: " + req_subject(P), quote=None, charset="iso-8859-9",
                cte="quoted-printable", extra_headers=[("Auto-Submitted", "auto-replied"),
                                                       ("X-Auto-Response-Suppress", "All")])
    return out([P], eml, "auto_reply",
               "Turkish out-of-office ('yıllık izindeyim') with return date 30.11.2026 - dates present but no "
               "commitment; Auto-Submitted header.")


@case("vanderbeke-crates-erp-pdf-only", "confirmation/fr-BE",
      "ERP mail whose only content is a Flate-compressed PDF acknowledgment with its own position numbers 10/20/30.")
def c006():
    S = sup("VDBK", "Caisses Vanderbeke SA", "commandes@vanderbeke-crates.example", "fr-BE")
    P = PO("4510081640", S, "priya", "EUR", "2026-11-06", [
        L(1, "VB-BK-600", "Bread crate 600x400x240 mm, stackable, grey", 1500, "PCS", "6.35", "2026-12-11"),
        L(2, "VB-BK-600L", "Lid for crate 600x400, HDPE", 1500, "PCS", "1.90", "2026-12-11"),
        L(3, "VB-DOL-64", "Dolly for 600x400 crates, 4 castors 100 mm", 80, "PCS", "24.50", "2026-12-18"),
    ])
    when = "2026-11-12T16:20:33+01:00"
    pdf = make_pdf([[
        "Caisses Vanderbeke SA",
        "Chaussée de Mons 412 - 7100 La Louvière - Belgique",
        "TVA BE 0412.345.678 - Tél. +32 64 55 12 00",
        "",
        "CONFIRMATION DE COMMANDE / ORDERBEVESTIGING   AC-26-07731",
        "Date: 12/11/2026",
        "Client: Kestrel Trading B.V., Tilburg (NL)      N° client: 30188",
        "Votre commande: 4510081640 du 06/11/2026",
        "Conditions de livraison: DAP Tilburg    Paiement: 30 jours fin de mois",
        "",
        "Pos  Article      Désignation                          Qté    Unité  Prix unit. EUR   Date livraison",
        "10   VB-BK-600    Caisse à pain 600x400x240 grise     1.500   PCS           6,35       18/12/2026",
        "20   VB-BK-600L   Couvercle 600x400 PEHD              1.500   PCS           1,90       18/12/2026",
        "30   VB-DOL-64    Chariot 4 roues 100 mm                 80   PCS          24,50       18/12/2026",
        "",
        "Total HT EUR                                                         14.335,00",
        "",
        "Livraison groupée en une seule fois. Nos conditions générales de vente s'appliquent.",
    ]], title="AC-26-07731", author="Caisses Vanderbeke SA", producer="Microsoft Dynamics 365 Business Central",
        created="D:20261112162012+01'00'", compress=True, font="Courier", size=8)
    body = ("Madame, Monsieur,\n\nVeuillez trouver en annexe notre confirmation de commande AC-26-07731 "
            "relative à votre commande.\n\nCeci est un message généré automatiquement, merci de ne pas y répondre. "
            "Pour toute question : commandes@vanderbeke-crates.example\n\n"
            "Caisses Vanderbeke SA - Service commandes\nChaussée de Mons 412, 7100 La Louvière\n")
    eml = reply(P, when=when, body=body, seed="c006", frm=("Caisses Vanderbeke SA", "noreply@vanderbeke-crates.example"),
                subject="Confirmation de commande AC-26-07731 / Votre commande 4510081640", quote=None,
                client="erp", html=False, charset="iso-8859-1", cte="quoted-printable",
                atts=[mime.att(pdf, "application/pdf", "AC-26-07731.pdf")], thread=False)
    return out([P], eml, "confirmation",
               "All data sits in a Flate-compressed PDF; supplier positions 10/20/30 map to lines 1/2/3; one combined "
               "delivery on 18/12/2026 moves lines 1-2 (requested 11 Dec); '1.500' uses a dot thousands separator.",
               [conf(P, {1: C(1500, "6.35", "2026-12-18"), 2: C(1500, "1.90", "2026-12-18"), 3: A(P, 3)})])


@case("laurentides-harp-strings-surcharge", "confirmation/fr-CA",
      "A +3 % surcharge on one line must be applied to the PO unit price (21.50 -> 22.145); Apple Mail HTML.")
def c007():
    S = sup("CORDLAU", "Cordes Laurentides inc.", "ventes@cordeslaurentides.example", "fr-CA", "M. Gagnon")
    P = PO("4510081755", S, "tomas", "CAD", "2026-11-06", [
        L(1, "CL-NYL-C4", "Harp string nylon, 4th octave C, gauge .036", 240, "PCS", "7.80", "2026-12-15"),
        L(2, "CL-GUT-E3", "Harp string gut, 3rd octave E, 1.40 mm", 120, "PCS", "21.50", "2026-12-15"),
        L(3, "CL-WND-B6", "Wound bass string 6th octave B, 1/2 size", 60, "PCS", "34.00", "2026-12-15"),
    ])
    when = "2026-11-12T11:18:00-05:00"
    body = ("Bonjour M. Lindqvist,\n\nNous confirmons votre commande 4510081755. Les quantités et la date de "
            "livraison du 15 décembre sont respectées pour toutes les lignes.\n\n"
            "Cependant, en raison de la hausse du prix du boyau naturel, nous devons appliquer un supplément de 3 % "
            "sur la ligne 2 (cordes en boyau, mi 3e octave). Les lignes 1 et 3 restent aux prix de la commande.\n\n"
            "Merci de votre confiance,\n\nÉtienne Gagnon\nDirecteur des ventes\nCordes Laurentides inc.\n"
            "1280, rue Principale, Saint-Sauveur (Québec) J0R 1R0\n450 555-0193\n")
    eml = reply(P, when=when, body=body, seed="c007", frm=("Étienne Gagnon", "etienne.gagnon@cordeslaurentides.example"),
                client="apple", quote="gt", qlang="fr", prefix="Re: ")
    return out([P], eml, "confirmation",
               "'supplément de 3 %' on line 2 applies to the PO price: 21.50 x 1.03 = 22.145 CAD; other lines as ordered; "
               "'mi 3e octave' and '1.40 mm' are not quantities.",
               [conf(P, {1: A(P, 1), 2: C(120, "22.145", "2026-12-15"), 3: A(P, 3)})])


@case("aromi-incense-partial-800", "confirmation/it-IT",
      "Partial quantity '800 pz su 1.000' (dot thousands) with the rest explicitly not supplied; legal footer.")
def c008():
    S = sup("AROMITIR", "Aromi del Tirreno S.r.l.", "ordini@aromitirreno.example", "it-IT")
    P = PO("4510081868", S, "mira", "EUR", "2026-11-09", [
        L(1, "AT-SAN-20", "Incense sticks sandalwood 23 cm, pack of 20", 1000, "EA", "0.62", "2026-12-04"),
        L(2, "AT-LAV-15", "Incense cones lavender 2.5 cm, 15/box", 600, "BOX", "1.15", "2026-12-04"),
        L(3, "AT-HLD-12", "Ceramic incense holder 12 cm, 2027 design", 200, "EA", "2.40", "2026-12-11"),
    ])
    when = "2026-11-17T11:03:00+01:00"
    body = ("Gentile Sig.ra Holst,\n\nin riferimento al Vs. ordine n. 4510081868 del 09/11/2026 Vi confermiamo quanto segue:\n\n"
            "- riga 1 (AT-SAN-20): possiamo confermare solo 800 pz su 1.000, consegna 04/12/2026; le restanti 200 "
            "confezioni non saranno fornite causa esaurimento del legno di sandalo;\n"
            "- riga 2 (AT-LAV-15): confermata come da ordine;\n"
            "- riga 3 (AT-HLD-12): confermata, consegna 11/12/2026.\n\n"
            "Cordiali saluti\n\nGiulia Fanti\nUfficio Commerciale\nAromi del Tirreno S.r.l. – Via dell'Artigianato 14, "
            "57121 Livorno (LI)\nTel. +39 0586 555 231 – P.IVA 01234560495\n\n"
            "Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa e-mail sono riservate e "
            "destinate esclusivamente al destinatario indicato.\n")
    eml = reply(P, when=when, body=body, seed="c008", frm=("Giulia Fanti", "g.fanti@aromitirreno.example"),
                charset="windows-1252", quote="outlook", qlang="it", prefix="R: ")
    return out([P], eml, "confirmation",
               "'solo 800 pz su 1.000' is a partial confirmation (quantity 800, rest not supplied); '1.000' is one "
               "thousand; GDPR footer numbers (2016/679) are noise.",
               [conf(P, {1: C(800, "0.62", "2026-12-04"), 2: A(P, 2), 3: A(P, 3)})])


@case("hilodent-floss-cajas-de-12", "confirmation/es-ES",
      "Quantities and prices given per 'caja de 12' on a PO in PCS; must convert both to pieces to find one price change.")
def c009():
    S = sup("HILODENT", "Hilodent Ibérica S.L.", "pedidos@hilodent.example", "es-ES", "Marta")
    P = PO("4510081979", S, "priya", "EUR", "2026-11-09", [
        L(1, "HD-MINT-50", "Dental floss mint waxed, 50 m dispenser", 2400, "PCS", "0.78", "2026-12-11"),
        L(2, "HD-TAPE-25", "Dental tape PTFE 25 m, unflavoured", 1200, "PCS", "1.12", "2026-12-11"),
        L(3, "HD-PICK-100", "Floss picks 100/bag, 2027 packaging", 600, "PCS", "1.45", "2026-12-18"),
    ])
    when = "2026-11-13T12:44:00+01:00"
    body = ("Hola Priya:\n\nTe confirmo el pedido 4510081979 tal y como lo servimos nosotros (en cajas de 12 unidades):\n\n"
            "- HD-MINT-50: 200 cajas de 12 uds. a 9,36 € la caja, entrega el 11/12.\n"
            "- HD-TAPE-25: 100 cajas de 12 a 14,40 €/caja, entrega el 11/12.\n"
            "- HD-PICK-100: 50 cajas de 12 a 17,40 €/caja, entrega el 18/12.\n\n"
            "Un saludo,\n\nMarta Quintana\nDpto. Comercial\nHilodent Ibérica S.L.\nPol. Ind. Can Roqueta, C/ Can Magí 22, "
            "08202 Sabadell (Barcelona)\nTel. +34 937 55 48 21\n")
    eml = reply(P, when=when, body=body, seed="c009", frm=("Marta Quintana", "marta.quintana@hilodent.example"),
                client="gmail", quote="gt", qlang="es", cte="base64", prefix="Re: ")
    return out([P], eml, "confirmation",
               "Cases of 12: 200x12=2400, 100x12=1200, 50x12=600 pieces; per-case prices /12: 9.36->0.78 (as PO), "
               "14.40->1.20 (PO 1.12, changed), 17.40->1.45 (as PO); dates dd/mm without year.",
               [conf(P, {1: A(P, 1), 2: C(1200, "1.20", "2026-12-11"), 3: A(P, 3)})])


@case("greatlakes-postfix-dsn", "bounce/en-US",
      "Postfix multipart/report DSN (5.1.1 user unknown) carrying the full original request with its PO table and dates.")
def c010():
    S = sup("GLPT", "Great Lakes Parking Tech Inc.", "orders@greatlakesparking.example", "en-US")
    P = PO("4510082084", S, "tomas", "USD", "2026-11-10", [
        L(1, "GLP-US-12V", "Ultrasonic parking sensor 12V, 18 mm, 2027 models", 800, "EA", "9.40", "2026-12-18"),
        L(2, "GLP-ECU-4", "Control unit for 4 sensors, 12/24V", 200, "EA", "27.50", "2026-12-18"),
        L(3, "GLP-HAR-3M", "Wiring harness 3 m, 4-pin", 200, "EA", "4.10", "2026-12-18"),
    ])
    sent = req_sent(P)
    bname, bmail = BUYERS["tomas"]
    orig = mime.message([("From", mime.addr(bname, bmail)), ("To", S["email"]), ("Subject", req_subject(P)),
                         ("Date", mime.rfcdate(sent.isoformat())), ("Message-ID", P["request_message_id"]),
                         ("MIME-Version", "1.0")],
                        mime.text(request_text(P), "plain", "us-ascii", "7bit"))
    qid = "4Zk9Qm2xL7z3Tb"
    notice = ("This is the mail system at host mx1.kestrel-trading.example.\n\n"
              "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
              "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\ndelete your own text from the attached "
              "returned message.\n\n                   The mail system\n\n"
              "<orders@greatlakesparking.example>: host mx.greatlakesparking.example[198.51.100.23]\n"
              "    said: 550 5.1.1 <orders@greatlakesparking.example>: Recipient address\n"
              "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)\n")
    status = ("Reporting-MTA: dns; mx1.kestrel-trading.example\nX-Postfix-Queue-ID: %s\n"
              "X-Postfix-Sender: rfc822; tomas.lindqvist@kestrel-trading.example\n"
              "Arrival-Date: %s\n\n"
              "Final-Recipient: rfc822; orders@greatlakesparking.example\n"
              "Original-Recipient: rfc822;orders@greatlakesparking.example\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; mx.greatlakesparking.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <orders@greatlakesparking.example>:\n"
              "    Recipient address rejected: User unknown in virtual mailbox table\n") % (qid, mime.rfcdate(sent.isoformat()))
    b = "%s.1762762000/mx1.kestrel-trading.example" % qid
    root = mime.multi("report", [
        mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                  notice.replace("\n", "\r\n").encode()),
        mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  status.replace("\n", "\r\n").encode()),
        mime.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
    ], b, params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    when = sent.isoformat().replace("+01:00", "+01:00")
    import datetime as _dt
    bt = (sent + _dt.timedelta(seconds=4)).isoformat()
    eml = mime.message([("Return-Path", "<>"), ("Date", mime.rfcdate(bt)),
                        ("From", "MAILER-DAEMON@mx1.kestrel-trading.example (Mail Delivery System)"),
                        ("Subject", "Undelivered Mail Returned to Sender"),
                        ("To", bmail), ("Auto-Submitted", "auto-replied"),
                        ("Message-ID", "<20261110%s.%s@mx1.kestrel-trading.example>" % (sent.strftime("%H%M%S"), qid)),
                        ("MIME-Version", "1.0")], root)
    return out([P], eml, "bounce",
               "Postfix DSN (multipart/report, Status 5.1.1); the attached original request contains the whole PO "
               "table with quantities, prices and 2026-12-18 dates that must not be read as a confirmation.")


@case("bajio-nets-14ft-discontinued", "confirmation/es-MX",
      "Per-line 'renglón' list: two OK, the 14 ft net refused as discontinued, the pad moved a week; ft/cm/poles numbers.")
def c011():
    S = sup("REDBAJIO", "Redes y Mallas del Bajío S.A. de C.V.", "ventas@redesbajio.example", "es-MX")
    P = PO("4510082191", S, "jonas", "USD", "2026-11-10", [
        L(1, "RMB-TN-10FT", "Trampoline safety net 10 ft (305 cm), 6 poles", 300, "EA", "18.60", "2027-01-15"),
        L(2, "RMB-TN-12FT", "Trampoline safety net 12 ft (366 cm), 8 poles", 250, "EA", "22.90", "2027-01-15"),
        L(3, "RMB-TN-14FT", "Trampoline safety net 14 ft (427 cm), 8 poles", 150, "EA", "27.40", "2027-01-15"),
        L(4, "RMB-PAD-12", "Spring cover pad 12 ft, 25 mm foam", 250, "EA", "14.75", "2027-01-15"),
    ])
    when = "2026-11-19T17:45:00-06:00"
    body = ("Buen día Jonas,\n\nGracias por el pedido. Te confirmo lo siguiente:\n\n"
            "Renglón 1 (red 10 ft): 300 pzas., US$18.60, entrega 15/01/2027 - OK\n"
            "Renglón 2 (red 12 ft): 250 pzas., US$22.90, entrega 15/01/2027 - OK\n"
            "Renglón 3 (red 14 ft): no lo podemos surtir, ya descontinuamos la red de 14 pies con 8 postes.\n"
            "Renglón 4 (protector 12 ft): OK 250 pzas. a US$14.75, pero la entrega sería el 22/01/2027.\n\n"
            "Saludos cordiales,\n\nIng. Ricardo Salazar\nGerente de Ventas\nRedes y Mallas del Bajío S.A. de C.V.\n"
            "Blvd. Adolfo López Mateos 2210, León, Gto., C.P. 37270\nTel. +52 477 555 1830\n")
    eml = reply(P, when=when, body=body, seed="c011", frm=("Ricardo Salazar", "rsalazar@redesbajio.example"),
                client="gmail", quote="gt", qlang="es", prefix="Re: ")
    return out([P], eml, "confirmation",
               "Line 3 declined ('no lo podemos surtir ... descontinuamos') = rejected; line 4 delivery 22/01/2027 instead "
               "of 15/01; 10 ft/12 ft/14 ft and 8 postes are not quantities.",
               [conf(P, {1: A(P, 1), 2: A(P, 2), 3: R, 4: C(250, "14.75", "2027-01-22")})])


@case("jardimvivo-labels-one-pending", "confirmation/pt-BR",
      "Item-by-item answer in BRL with dd/mm/aaaa dates; one item moved to January and one 'retorno até quarta' (unconfirmed).")
def c012():
    S = sup("JVIVO", "Etiquetas Jardim Vivo Ltda.", "vendas@jardimvivo-etiquetas.example", "pt-BR")
    P = PO("4510082203", S, "priya", "BRL", "2026-11-10", [
        L(1, "JV-PIC-10", "Plant label stake 10 x 1.6 cm, white PS", 50000, "PCS", "0.23", "2026-12-11"),
        L(2, "JV-PIC-15", "Plant label stake 15 x 2 cm, white PS", 30000, "PCS", "0.34", "2026-12-11"),
        L(3, "JV-LOOP-20", "Loop tie label 20 cm, yellow", 20000, "PCS", "0.55", "2026-12-18"),
    ])
    when = "2026-11-16T13:20:00-03:00"
    body = ("Olá Priya, tudo bem?\n\nSegue a confirmação do pedido 4510082203:\n\n"
            "Item 1 - JV-PIC-10: 50.000 pçs, R$ 0,23/pç, entrega em 11/12/2026. OK.\n"
            "Item 2 - JV-PIC-15: 30.000 pçs, R$ 0,34/pç. Data de entrega: 08/01/2027 (nossa extrusora está em manutenção).\n"
            "Item 3 - JV-LOOP-20: ainda estamos verificando o estoque de fita amarela, retorno até quarta-feira.\n\n"
            "Atenciosamente,\n\nFernanda Lopes\nComercial - Exportação\nEtiquetas Jardim Vivo Ltda.\n"
            "Rua das Acácias, 455 - Holambra/SP - CEP 13825-000\n+55 19 5555-3812\n")
    eml = reply(P, when=when, body=body, seed="c012", frm=("Fernanda Lopes", "fernanda@jardimvivo-etiquetas.example"),
                charset="iso-8859-1", quote="outlook", qlang="pt", prefix="RES: ")
    return out([P], eml, "confirmation",
               "dd/mm/aaaa dates; '50.000' = 50000; item 2 moves to 08/01/2027; item 3 still being checked "
               "('retorno até quarta-feira') is no commitment -> unconfirmed.",
               [conf(P, {1: A(P, 1), 2: C(30000, "0.34", "2027-01-08"), 3: U})])


@case("pomares-cider-apples-per-tonne", "confirmation/pt-PT",
      "PO in KG, reply in tonnes and EUR per tonne: 12 t at 650 EUR/t means 12000 KG at 0.65 EUR/kg.")
def c013():
    S = sup("POMOESTE", "Pomares do Oeste, Lda.", "encomendas@pomaresoeste.example", "pt-PT")
    P = PO("4510082317", S, "tomas", "EUR", "2026-11-11", [
        L(1, "PO-BRAV-KG", "Cider apples Bravo de Esmolfe, bulk, cal. 60+", 12000, "KG", "0.62", "2026-12-04"),
        L(2, "PO-REIN-KG", "Cider apples Reineta, bulk, cal. 65-80", 8000, "KG", "0.58", "2026-12-04"),
        L(3, "PO-BIN-120", "Wooden bin 120x100x75 cm, returnable", 40, "EA", "12.00", "2026-12-04"),
    ])
    when = "2026-11-13T09:10:00+00:00"
    body = ("Caro Sr. Lindqvist,\n\nConfirmamos a encomenda n.º 4510082317 nos seguintes termos:\n\n"
            "1. Bravo de Esmolfe: 12 t a 650,00 €/t, entrega a 04/12.\n"
            "2. Reineta: 8 t a 580,00 €/t, entrega a 04/12.\n"
            "3. Palotes de madeira: 40 un. a 12,00 €, na mesma entrega.\n\n"
            "O preço da Bravo de Esmolfe subiu devido à fraca colheita deste ano.\n\n"
            "Com os melhores cumprimentos,\nRui Carvalho\nPomares do Oeste, Lda.\nEstrada Nacional 8, km 71, "
            "2550-123 Cadaval\nTel.: +351 262 555 904\n")
    eml = reply(P, when=when, body=body, seed="c013", frm=("Rui Carvalho", "rui.carvalho@pomaresoeste.example"),
                client="webmail", html=False, charset="iso-8859-15", cte="8bit", quote="gt", qlang="pt")
    return out([P], eml, "confirmation",
               "Tonnes vs KG: 12 t = 12000 KG, 8 t = 8000 KG; 650,00 EUR/t = 0.65 EUR/kg (PO 0.62, changed), "
               "580,00 EUR/t = 0.58 (as PO); '04/12' without a year = 2026-12-04.",
               [conf(P, {1: C(12000, "0.65", "2026-12-04"), 2: A(P, 2), 3: A(P, 3)})])


@case("vandijk-wire-aanstaande-donderdag", "confirmation/nl-NL",
      "Delivery given only as a weekday ('aanstaande donderdag') relative to a Friday mail; one line becomes earlier.")
def c014():
    S = sup("VDIJK", "Lasdraad Groothandel Van Dijk B.V.", "verkoop@vandijk-lasdraad.example", "nl-NL", "Kees")
    P = PO("4510082420", S, "mira", "EUR", "2026-11-12", [
        L(1, "VD-SG2-10-15", "MIG welding wire SG2 1.0 mm, 15 kg spool", 80, "EA", "38.50", "2026-11-26"),
        L(2, "VD-SG2-08-5", "MIG welding wire SG2 0.8 mm, 5 kg spool", 120, "EA", "15.20", "2026-11-26"),
        L(3, "VD-ALMG5-12", "Aluminium wire AlMg5 1.2 mm, 7 kg spool", 30, "EA", "64.00", "2026-12-03"),
    ])
    when = "2026-11-20T15:42:00+01:00"
    assert weekday_after(when, 3) == "2026-11-26"
    body = ("Hoi Mira,\n\nOrder 4510082420 is akkoord qua aantallen en prijzen. Alles gaat in één zending mee, "
            "levering aanstaande donderdag.\n\nMet vriendelijke groet,\n\nKees Brouwer\nBinnendienst\n"
            "Lasdraad Groothandel Van Dijk B.V.\nEdisonweg 14, 4207 HG Gorinchem\nT 0183 555 720\n")
    eml = reply(P, when=when, body=body, seed="c014", frm=("Kees Brouwer", "kees@vandijk-lasdraad.example"),
                quote="outlook", qlang="nl", prefix="RE: ")
    return out([P], eml, "confirmation",
               "'aanstaande donderdag' in a mail of Friday 2026-11-20 = Thursday 2026-11-26; all lines in one shipment, "
               "so line 3 (requested 2026-12-03) is delivered earlier -> changed date; spool sizes 15 kg/5 kg are not quantities.",
               [conf(P, {1: A(P, 1), 2: A(P, 2), 3: C(30, "64.00", "2026-11-26")})])


@case("strub-liners-kw-50-51-range", "needs_review/de-CH",
      "Quantities and prices accepted but delivery only as a range 'KW 50-51' with the exact day to follow.")
def c015():
    S = sup("STRUB", "Strub Kaminsysteme AG", "verkauf@strub-kamin.example", "de-CH")
    P = PO("4510082536", S, "jonas", "CHF", "2026-11-12", [
        L(1, "SK-FLX-150", "Flexible chimney liner 150 mm, 316L, per metre", 120, "M", "42.80", "2026-12-11"),
        L(2, "SK-RIG-130-1M", "Rigid liner 130 mm x 1000 mm, 0.6 mm wall", 40, "PCS", "58.50", "2026-12-11"),
        L(3, "SK-CAP-150", "Rain cap 150 mm, stainless", 20, "PCS", "36.90", "2026-12-11"),
    ])
    when = "2026-11-18T10:15:00+01:00"
    body = ("Grüezi Herr Verbeek\n\nBesten Dank für die Bestellung 4510082536. Mengen und Preise sind so in Ordnung.\n\n"
            "Die Lieferung können wir in der KW 50-51 einplanen, den genauen Tag geben wir Ihnen bekannt, sobald die "
            "Rohre vom Laser zurück sind.\n\nFreundliche Grüsse\n\nReto Strub\nStrub Kaminsysteme AG\n"
            "Bernstrasse 41, 3422 Kirchberg BE\nTel. +41 34 555 28 10\n")
    eml = reply(P, when=when, body=body, seed="c015", frm=("Reto Strub", "reto.strub@strub-kamin.example"),
                charset="iso-8859-1", quote="outlook", qlang="de", prefix="AW: ")
    return out([P], eml, "needs_review",
               "Delivery only as a range 'KW 50-51' (11 or 18 Dec?) and 'den genauen Tag geben wir bekannt': no committed "
               "date, so a buyer must follow up rather than record a confirmation.")


@case("yogamat-blocks-xlsx-confirmation", "confirmation/nl-BE",
      "Values only in an attached XLSX (Excel serial dates, numeric prices); the body summarises only part of it.")
def c016():
    S = sup("YOGAVL", "Yogamat Vlaanderen BV", "orders@yogamat-vl.example", "nl-BE")
    P = PO("4510082644", S, "priya", "EUR", "2026-11-12", [
        L(1, "YV-EVA-23", "Yoga block EVA 23x15x7.5 cm, purple", 1200, "EA", "3.10", "2026-12-18"),
        L(2, "YV-EVA-23G", "Yoga block EVA 23x15x7.5 cm, grey", 1200, "EA", "3.10", "2026-12-18"),
        L(3, "YV-CORK-22", "Cork yoga block 22x14x10 cm", 400, "EA", "7.95", "2026-12-18"),
        L(4, "YV-STRAP-25", "Yoga strap 2.5 m, D-ring, cotton", 500, "EA", "2.60", "2027-01-08"),
    ])
    import datetime as _dt
    rows = [["Orderbevestiging", "OB-2026-1187"], ["Uw bestelling", "4510082644"], ["Datum", _dt.date(2026, 11, 19)], [],
            ["Pos", "Artikel", "Omschrijving", "Aantal", "Eenheid", "Prijs/st EUR", "Leverdatum"],
            [1, "YV-EVA-23", "Yogablok EVA 23x15x7,5 cm paars", 1200, "st", 3.10, _dt.date(2026, 12, 18)],
            [2, "YV-EVA-23G", "Yogablok EVA 23x15x7,5 cm grijs", 1200, "st", 3.10, _dt.date(2027, 1, 15)],
            [3, "YV-CORK-22", "Kurk yogablok 22x14x10 cm", 400, "st", 8.25, _dt.date(2026, 12, 18)],
            [4, "YV-STRAP-25", "Yogariem 2,5 m D-ring katoen", 500, "st", 2.60, _dt.date(2027, 1, 8)]]
    x = make_xlsx(rows, "Bevestiging", stamp=(2026, 11, 19, 11, 24, 0))
    body = ("Dag Priya,\n\nIn bijlage de bevestiging van jullie bestelling 4510082644 (zie Excel). Kort samengevat: "
            "de grijze blokken zijn pas in januari beschikbaar, de rest volgens planning.\n\n"
            "Met vriendelijke groeten,\n\nSofie Claes\nCustomer Service\nYogamat Vlaanderen BV | Industrieweg 88, "
            "9032 Wondelgem | +32 9 555 12 40\n")
    eml = reply(P, when="2026-11-19T11:30:00+01:00", body=body, seed="c016",
                frm=("Sofie Claes", "sofie.claes@yogamat-vl.example"), quote="outlook", qlang="nl", prefix="RE: ",
                atts=[mime.att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               "OB-2026-1187_4510082644.xlsx")])
    return out([P], eml, "confirmation",
               "The XLSX holds the answer: grey blocks 2027-01-15 (Excel serial date), cork block price 8.25 instead of "
               "7.95 although the body only mentions the January delay; other lines as ordered.",
               [conf(P, {1: A(P, 1), 2: C(1200, "3.10", "2027-01-15"), 3: C(400, "8.25", "2026-12-18"), 4: A(P, 4)})])


@case("kowalczyk-chairs-pozycje", "confirmation/pl-PL",
      "Per-position 'Poz.' list with PLN prices written '2 890,00 zł' and dates '29.01.2027 r.'.")
def c017():
    S = sup("KOWFOT", "Fotele Fryzjerskie Kowalczyk Sp. z o.o.", "zamowienia@kowalczyk-fotele.example", "pl-PL")
    P = PO("4510082759", S, "tomas", "PLN", "2026-11-13", [
        L(1, "FK-BAR-HYD", "Barber chair hydraulic, black, 360 swivel", 12, "EA", "2890.00", "2027-01-15"),
        L(2, "FK-BAR-HYD-R", "Barber chair hydraulic, red, 360 swivel", 6, "EA", "2890.00", "2027-01-15"),
        L(3, "FK-FOOT-45", "Footrest chrome 45 cm", 18, "EA", "145.00", "2027-01-15"),
        L(4, "FK-HEAD-2027", "Headrest cushion 2027 model, adjustable", 18, "EA", "98.00", "2027-01-15"),
    ])
    body = ("Dzień dobry,\n\npotwierdzamy zamówienie nr 4510082759:\n\n"
            "Poz. 1 – 12 szt., 2 890,00 zł netto/szt., termin dostawy: 15.01.2027 r.\n"
            "Poz. 2 – 6 szt., 2 890,00 zł netto/szt., termin dostawy: 29.01.2027 r. (kolor czerwony – skóra z Włoch)\n"
            "Poz. 3 – 18 szt., 152,00 zł netto/szt., termin dostawy: 15.01.2027 r.\n"
            "Poz. 4 – 18 szt., 98,00 zł netto/szt., termin dostawy: 15.01.2027 r.\n\n"
            "Pozdrawiam serdecznie\nAgnieszka Nowicka\nDział Sprzedaży\nFotele Fryzjerskie Kowalczyk Sp. z o.o.\n"
            "ul. Przemysłowa 18, 62-800 Kalisz\ntel. +48 62 555 41 90\nNIP 618-555-22-41, KRS 0000451122\n")
    eml = reply(P, when="2026-11-23T12:05:00+01:00", body=body, seed="c017",
                frm=("Agnieszka Nowicka", "a.nowicka@kowalczyk-fotele.example"), charset="windows-1250",
                quote="outlook", qlang="pl", prefix="RE: ")
    return out([P], eml, "confirmation",
               "Polish per-position list: '2 890,00 zł' = 2890.00 PLN; Poz. 2 moves to 29.01.2027 r.; Poz. 3 price "
               "152,00 instead of 145.00; NIP/KRS numbers are noise.",
               [conf(P, {1: A(P, 1), 2: C(6, "2890.00", "2027-01-29"), 3: C(18, "152.00", "2027-01-15"), 4: A(P, 4)})])


@case("novak-liners-konec-tydne-50", "confirmation/cs-CZ",
      "Czech prose: 50 m now and 'zbývajících 50 m do konce týdne 50' - the same number is a quantity and an ISO week.")
def c018():
    S = sup("KNOVAK", "Komíny Novák s.r.o.", "objednavky@kominy-novak.example", "cs-CZ")
    P = PO("4510082861", S, "mira", "CZK", "2026-11-13", [
        L(1, "KN-VLOZ-150", "Stainless chimney liner 150 mm, 1 m section", 60, "PCS", "1450.00", "2026-12-04"),
        L(2, "KN-KOL-150-45", "Elbow 150 mm, 45 deg, 316L", 30, "PCS", "690.00", "2026-12-04"),
        L(3, "KN-FLEX-130", "Flexible liner 130 mm, per metre", 100, "M", "520.00", "2026-12-04"),
    ])
    body = ("Dobrý den, paní Holstová,\n\nk Vaší objednávce 4510082861: položky 1 a 2 dodáme v požadovaném termínu "
            "4. 12. 2026 za objednané ceny.\n\nFlexibilní vložku 130 mm (pol. 3) máme skladem jen částečně – 50 m "
            "pošleme spolu s ostatním zbožím 4. 12., zbývajících 50 m dodáme do konce týdne 50. Cena 520 Kč/m platí.\n\n"
            "S pozdravem\n\nIng. Petr Dvořák\nobchodní oddělení\nKomíny Novák s.r.o.\nPrůmyslová 1123, 664 42 Modřice\n"
            "tel.: +420 547 555 318\n")
    eml = reply(P, when="2026-11-17T08:31:00+01:00", body=body, seed="c018",
                frm=("Petr Dvořák", "petr.dvorak@kominy-novak.example"), client="thunderbird", html=False,
                charset="windows-1250", cte="8bit", quote="gt", qlang="cs", prefix="Re: ")
    return out([P], eml, "confirmation",
               "'do konce týdne 50' = by end of ISO week 50 -> Friday 2026-12-11; line 3 split 50 m on 4. 12. + 50 m in "
               "week 50; '4. 12. 2026' with spaces; lines 1-2 as ordered.",
               [conf(P, {1: A(P, 1), 2: A(P, 2),
                         3: C(100, "520.00", kw(2026, 50), [(50, "2026-12-04"), (50, kw(2026, 50))])})])
