"""Cases 001-018."""
from . import mime
from .common import *  # noqa: F401,F403
from .pdf import make_pdf


@case("fedex-freight-eta-month-first", "confirmation/en-US",
      "Only a ship date 12/11 and an ETA 12/15 are given, month-first; the ETA (delivery) wins over the ship date for both lines.")
def c_fedex():
    s = sup("KEELSON", "Keelson Foil Systems Inc.", "orders@keelsonfoil.example", "en-US")
    p = po("PO-26-07731", s, "USD", "2026-11-04", [
        L(1, "HF-STR-610", "Carbon hydrofoil strut 610 mm, 4/3 taper", 12, "EA", "845.00", "2026-12-14"),
        L(2, "HF-MNT-24", "Strut mounting plate kit M10x40, 24V sensor port", 12, "SET", "129.00", "2026-12-14"),
    ])
    body = ("Hi Helen,\n\n"
            "PO-26-07731 is confirmed - 12 struts (HF-STR-610) and 12 mount kits (HF-MNT-24) at your pricing, $845.00 and $129.00.\n"
            "Everything ships 12/11 via FedEx Freight, ETA 12/15 at your dock in Felixstowe. "
            "I'll send the PRO number once it's picked up.\n\n"
            "Thanks for the business!")
    sig = ("Rachel Dunham\nInside Sales | Keelson Foil Systems Inc.\n2210 Harbor Ave SW, Seattle, WA 98126\n"
           "o: (206) 555-0143 | c: (206) 555-0178")
    eml = reply("c001", p, ("Rachel Dunham", "rdunham@keelsonfoil.example"), "2026-11-12 14:27:05 -0800", body,
                client="gmail", sig=sig, attr="On Wed, Nov 4, 2026 at 1:14 AM Helen Marsh <helen.marsh@haldenrooke.example> wrote:")
    e = exp("confirmation", "en-US month-first dates: 'ships 12/11' is the ship date, 'ETA 12/15' the delivery date, which wins; "
            "quantities and prices as ordered, so both lines change only the date to 2026-12-15.",
            [conf(p, {1: C(p, 1, d="2026-12-15"), 2: C(p, 2, d="2026-12-15")})])
    return [p], eml, e


@case("pigeon-rings-per-thousand", "confirmation/en-IN",
      "Prices are quoted per 1,000 rings against a per-piece PO and the quantity uses Indian digit grouping (1,00,000).")
def c_per_thousand():
    s = sup("SHAKTI", "Shakti Avian Bands Pvt. Ltd.", "sales@shaktibands.example", "en-IN")
    p = po("4500231244", s, "INR", "2026-11-03", [
        L(1, "PR-AL-2027-8", "Aluminium pigeon ring 2027, 8 mm, coded", 100000, "PCS", "3.60", "2026-12-18"),
        L(2, "PR-CL-2027-9", "Clip ring colour 9 mm, 2027 series", 50000, "PCS", "4.80", "2026-12-18"),
    ], buyer="jonas")
    body = ("Dear Sir,\n\n"
            "Greetings from Shakti Avian Bands!\n\n"
            "We are pleased to confirm your PO No. 4500231244 dt. 03/11/2026 as under:\n\n"
            "1) PR-AL-2027-8 Aluminium ring 2027, 8 mm - Qty 1,00,000 pcs @ Rs. 3,750.00 per 1,000 pcs\n"
            "   (aluminium rate revised w.e.f. 01/11/2026)\n"
            "2) PR-CL-2027-9 Clip ring 9 mm - Qty 50,000 pcs @ Rs. 4,800.00 per 1,000 pcs\n\n"
            "Despatch from our Ludhiana works on 11/12/2026 by air, delivery at your end by 18/12/2026.\n"
            "Kindly acknowledge the revised rate for item 1.\n\n"
            "Thanking you,")
    sig = ("Harpreet Singh\nManager - Exports\nShakti Avian Bands Pvt. Ltd.\nPlot 44, Focal Point Phase VIII, Ludhiana 141010, Punjab\n"
           "Mob: +91 98140 55512 | Tel: +91 161 255 0199")
    eml = reply("c002", p, ("Harpreet Singh", "harpreet@shaktibands.example"), "2026-11-10 16:41:22 +0530", body,
                client="outlook", sig=sig, sent="Tuesday, November 3, 2026 2:44 PM")
    e = exp("confirmation", "Per-1,000 prices on a per-piece PO: Rs 3,750.00/1,000 = 3.75 (changed from 3.60), "
            "Rs 4,800.00/1,000 = 4.80 (as ordered); '1,00,000' is Indian grouping for 100000; despatch 11/12 vs delivery 18/12, delivery wins.",
            [conf(p, {1: C(p, 1, price="3.75"), 2: "A"})])
    return [p], eml, e


@case("credit-approval-condition", "needs_review/en-AU",
      "Reads like a full confirmation but everything is made subject to credit approval of a new account.")
def c_credit():
    s = sup("BONDIFOIL", "Bondi Foil Engineering Pty Ltd", "accounts@bondifoil.example", "en-AU")
    p = po("4500231268", s, "AUD", "2026-11-04", [
        L(1, "BF-MAST-850", "Hydrofoil mast 850 mm, 19 mm aluminium, 2027 model", 20, "EA", "612.00", "2026-12-14"),
        L(2, "BF-FUS-60", "Fuselage 60 cm, M8x30 bolt set incl.", 20, "EA", "288.00", "2026-12-14"),
        L(3, "BF-SHIM-05", "Mast shim 0.5 deg, pack of 2", 40, "SET", "19.50", "2026-12-14"),
    ], buyer="ines")
    body = ("Hi Ines,\n\n"
            "Thanks heaps for the order. Happy to confirm PO 4500231268 - all three lines, quantities and prices as per your PO, "
            "ex works 7/12 so it lands with you by 14/12.\n\n"
            "As this is your first order with us, the confirmation is subject to credit approval by our accounts team. "
            "Our accounts team will email you a credit application form today; once it's approved I'll release the order to production.\n\n"
            "Cheers,")
    sig = "Mick Tran\nSales | Bondi Foil Engineering Pty Ltd\nUnit 3, 18 Botany Rd, Alexandria NSW 2015\nT +61 2 9555 0142  M 0412 555 019"
    eml = reply("c003", p, ("Mick Tran", "mick.tran@bondifoil.example"), "2026-11-11 10:05:33 +1100", body,
                client="apple", sig=sig, attr="On 4 Nov 2026, at 8:14 pm, Ines Vogt <ines.vogt@haldenrooke.example> wrote:")
    e = exp("needs_review", "All values match the PO, but the whole confirmation is 'subject to credit approval' and the order is not "
            "released yet: a condition, not a commitment.")
    return [p], eml, e


@case("wick-tabs-price-per-hundred", "confirmation/de-DE",
      "Price is given per 100 pieces (12,40 EUR/100 Stk.) against a per-piece PO, and another line moves to KW 51 (= Friday).")
def c_per_hundred():
    s = sup("BERNRIED", "Kerzenwachs Bernried GmbH", "auftrag@kerzenwachs-bernried.example", "de-DE")
    p = po("4500231290", s, "EUR", "2026-11-03", [
        L(1, "DH-20-3", "Dochthalter Stahl verzinkt 20 mm, Loch 3 mm", 5000, "PCS", "0.118", "2026-12-11"),
        L(2, "WX-BW-25", "Bienenwachs-Pastillen gelb, Sack 25 kg", 500, "KG", "9.80", "2026-12-11"),
        L(3, "WX-ST-1540", "Stearin Kerzenmasse 15/40, Platten", 300, "KG", "3.45", "2026-12-11"),
    ])
    body = ("Sehr geehrte Frau Marsh,\n\n"
            "vielen Dank für Ihre Bestellung 4500231290, die wir wie folgt bestätigen:\n\n"
            "Pos. 1  DH-20-3  5.000 Stk.  Preis 12,40 €/100 Stk. (Materialteuerung Stahl)  Liefertermin 11.12.2026\n"
            "Pos. 2  WX-BW-25  500 kg  9,80 €/kg  Liefertermin 11.12.2026\n"
            "Pos. 3  WX-ST-1540  300 kg  3,45 €/kg  Liefertermin KW 51\n\n"
            "Die Lieferung erfolgt frei Haus Felixstowe (DAP).\n\n"
            "Mit freundlichen Grüßen")
    sig = ("i. A. Sabine Hörmann\nInnendienst / Auftragsabwicklung\n\nKerzenwachs Bernried GmbH\nSeeshaupter Str. 12, 82347 Bernried\n"
           "Tel. +49 8158 555-214 | Fax +49 8158 555-299\nAmtsgericht München HRB 123456 | Geschäftsführer: Anton Brandl")
    eml = reply("c004", p, ("Sabine Hörmann", "s.hoermann@kerzenwachs-bernried.example"), "2026-11-11 08:53:12 +0100", body,
                client="thunderbird", lang="de", charset="iso-8859-15", html=False, flowed=False,
                attr="Am 03.11.2026 um 10:14 schrieb Helen Marsh:")
    e = exp("confirmation", "12,40 EUR per 100 pieces = 0.124 per piece vs PO 0.118 (changed); German thousands dot in '5.000'; "
            "KW 51 without a day = Friday 2026-12-18 for line 3; line 2 exactly as ordered.",
            [conf(p, {1: C(p, 1, price="0.124"), 2: "A", 3: C(p, 3, d=iso_week_day(51))})])
    return [p], eml, e


@case("japanese-out-of-office", "auto_reply/ja-JP",
      "Shift_JIS out-of-office that repeats the PO number and contains dates (absence period) but no commitment.")
def c_ja_ooo():
    s = sup("TOISHI", "Kansai Toishi Co., Ltd.", "eigyo@kansai-toishi.example", "ja-JP")
    p = po("4500231311", s, "JPY", "2026-11-16", [
        L(1, "WS-JP-1000", "Whetstone #1000, 205x75x25 mm", 100, "PCS", "2400", "2026-12-18"),
        L(2, "WS-JP-6000", "Finishing stone #6000, 205x75x20 mm", 60, "PCS", "3900", "2026-12-18"),
    ], buyer="jonas")
    txt = ("※このメールは自動送信です。\n\n"
           "いつもお世話になっております。関西砥石株式会社の山本です。\n\n"
           "誠に恐れ入りますが、11月16日(月)〜11月20日(金)まで海外出張のため不在にしております。\n"
           "期間中はメールの確認ができませんので、11月24日(火)以降に順次ご返信いたします。\n\n"
           "お急ぎのご注文・納期に関するお問い合わせは、営業部 佐藤（sato@kansai-toishi.example / 072-555-0186）までご連絡ください。\n\n"
           "件名：Order confirmation request - PO 4500231311\n\n"
           "--\n関西砥石株式会社　営業部\n山本 健一\n〒590-0000 大阪府堺市堺区砥石町1-2-3\nTEL 072-555-0180 / FAX 072-555-0189\n")
    b = BUYERS["jonas"]
    eml = build("c005", frm=("山本 健一", "yamamoto@kansai-toishi.example"), to=(b[0], b[1]),
                subject="自動応答: Order confirmation request - PO 4500231311", date="2026-11-16 18:14:41 +0900",
                client="generic", text=txt, charset="Shift_JIS", cte="8bit", reply=p, subj_charset="iso-2022-jp",
                name_charset="iso-2022-jp",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")])
    e = exp("auto_reply", "Japanese out-of-office (Shift_JIS, 8bit) naming an absence period 11/16-11/20 and a return date; "
            "it quotes the PO subject but confirms nothing.")
    return [p], eml, e


@case("ski-jump-expedition-semaine-50", "confirmation/fr-FR",
      "Only a shipping week is given ('expédition semaine 50'): week without a day = Friday 2026-12-11, used as the date.")
def c_sem50():
    s = sup("GLISSALP", "Glisse Alpine Revêtements SAS", "adv@glissalp.example", "fr-FR")
    p = po("4500231302", s, "EUR", "2026-11-03", [
        L(1, "SJ-CER-12", "Revêtement céramique piste d'élan, rail 12x20 mm", 40, "M", "186.00", "2026-12-16"),
        L(2, "SJ-PTFE-15", "Plaque PTFE 1.5 mm, 1000x500", 25, "PCS", "64.50", "2026-12-16"),
    ], buyer="ines")
    body = ("Bonjour Madame Vogt,\n\n"
            "Nous accusons bonne réception de votre commande n° 4500231302 et vous la confirmons aux prix et quantités indiqués "
            "(40 m de revêtement céramique à 186,00 € HT le mètre, 25 plaques PTFE à 64,50 € HT).\n\n"
            "Expédition semaine 50 depuis notre usine d'Albertville, transport par messagerie.\n\n"
            "Restant à votre disposition,\nBien cordialement,")
    sig = ("Élodie Ferrand\nAdministration des ventes\nGLISSE ALPINE REVÊTEMENTS SAS\n145, rue des Chaudannes – 73200 Albertville\n"
           "Tél. : +33 (0)4 79 55 01 42\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.")
    eml = reply("c006", p, ("Élodie Ferrand", "e.ferrand@glissalp.example"), "2026-11-10 15:12:08 +0100", body,
                client="outlook", lang="fr", charset="windows-1252", sent="mardi 3 novembre 2026 10:14")
    e = exp("confirmation", "'Expédition semaine 50' is a ship week with no day: Friday of ISO week 50 = 2026-12-11, no delivery date given "
            "so the ship date counts; prices and quantities as ordered.",
            [conf(p, {1: C(p, 1, d=iso_week_day(50)), 2: C(p, 2, d=iso_week_day(50))})])
    return [p], eml, e


@case("whetstones-consegna-18-dicembre", "confirmation/it-IT",
      "Delivery date without a year ('18 dicembre') for all lines, plus one line cut to 24 pieces in the same sentence block.")
def c_it_18dic():
    s = sup("TOSCONIP", "Affilatura Tosco-Nipponica S.r.l.", "ordini@tosconipponica.example", "it-IT")
    p = po("4500231355", s, "EUR", "2026-11-04", [
        L(1, "WS-1000-6000", "Pietra combinata grana 1000/6000, 210x70x25 mm", 60, "PCS", "38.90", "2026-12-14"),
        L(2, "WS-BASE-24", "Base in gomma antiscivolo 24 cm", 60, "PCS", "6.10", "2026-12-14"),
        L(3, "WS-NAG-3", "Pietra nagura 3000, 70x20x20 mm", 30, "PCS", "9.40", "2026-12-14"),
    ])
    body = ("Gentile Sig.ra Marsh,\n\n"
            "con la presente confermiamo il Vs. ordine n. 4500231355 del 04/11/2026 alle condizioni indicate, con la seguente eccezione:\n"
            "- pos. 3 (pietra nagura 3000): disponibili solo 24 pz; i restanti 6 pz non potranno essere forniti.\n\n"
            "Prezzi invariati. Per tutte le posizioni: data di consegna prevista 18 dicembre (trasporto a ns. cura, DAP Felixstowe).\n\n"
            "Cordiali saluti")
    sig = ("Giulia Marchetti\nUfficio Commerciale\nAffilatura Tosco-Nipponica S.r.l.\nVia dei Coltellinai 8 – 50142 Firenze (FI)\n"
           "Tel. +39 055 555 0731 – P.IVA 01234560487\n\n"
           "Ai sensi del Regolamento UE 2016/679 (GDPR) il presente messaggio è destinato unicamente al destinatario indicato.")
    eml = reply("c007", p, ("Giulia Marchetti", "g.marchetti@tosconipponica.example"), "2026-11-16 11:47:30 +0100", body,
                client="outlook", lang="it", charset="iso-8859-15", prefix="R: ",
                sent="mercoledì 4 novembre 2026 10:14")
    e = exp("confirmation", "'data di consegna prevista 18 dicembre' has no year: next 18 December on/after the mail date = 2026-12-18; "
            "line 3 reduced to 24 pieces with the rest explicitly not supplied.",
            [conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, d="2026-12-18"), 3: C(p, 3, q=24, d="2026-12-18")})])
    return [p], eml, e


@case("postfix-dsn-user-unknown", "bounce/en-US",
      "Postfix multipart/report whose attached original request carries the complete PO table with quantities, prices and dates.")
def c_postfix():
    s = sup("TAHOESLED", "Tahoe Sled Runner Co.", "orders@tahoesledrunner.example", "en-US")
    p = po("4500232011", s, "USD", "2026-11-10", [
        L(1, "DS-RUN-3/8", "Sled runner UHMW 3/8 in x 2 in x 96 in", 48, "PCS", "58.00", "2026-12-18"),
        L(2, "DS-BOLT-M6", "Runner bolt M6x40, stainless, box of 100", 6, "BOX", "21.50", "2026-12-18"),
        L(3, "DS-WAX-1L", "Runner glide wax, 1 L tin", 24, "L", "17.90", "2027-01-08"),
    ])
    human = ("This is the mail system at host mx2.haldenrooke.example.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<orders@tahoesledrunner.example>: host mx1.tahoesledrunner.example[198.51.100.24]\n"
             "    said: 550 5.1.1 <orders@tahoesledrunner.example>: Recipient address\n"
             "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)\n")
    status = ("Reporting-MTA: dns; mx2.haldenrooke.example\n"
              "X-Postfix-Queue-ID: 4B7D21C0A53\n"
              "X-Postfix-Sender: rfc822; helen.marsh@haldenrooke.example\n"
              "Arrival-Date: Tue, 10 Nov 2026 09:14:02 +0000 (GMT)\n\n"
              "Final-Recipient: rfc822; orders@tahoesledrunner.example\n"
              "Original-Recipient: rfc822;orders@tahoesledrunner.example\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Remote-MTA: dns; mx1.tahoesledrunner.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <orders@tahoesledrunner.example>: Recipient\n"
              "    address rejected: User unknown in virtual mailbox table\n")
    eml = report("c008", frm="MAILER-DAEMON@mx2.haldenrooke.example (Mail Delivery System)",
                 to="helen.marsh@haldenrooke.example", subject="Undelivered Mail Returned to Sender",
                 date="2026-11-10 09:14:04 +0000", human=human, status=status, original=request_message(p),
                 msg_id="<20261110091404.4B7D21C0A53@mx2.haldenrooke.example>",
                 extra=[("Auto-Submitted", "auto-replied")])
    e = exp("bounce", "Postfix DSN (5.1.1 user unknown) returning our own request; the embedded PO table with quantities, prices "
            "and requested dates is not a supplier answer.")
    return [p], eml, e


@case("tatami-tape-precio-mas-iva", "confirmation/es-ES",
      "Price quoted '4,20 EUR + IVA' (net, matching a net PO) with decimal comma and dd/mm dates; the second line is unchanged.")
def c_iva():
    s = sup("TATLEV", "Tatamis Levante S.L.", "pedidos@tatamislevante.example", "es-ES")
    p = po("4500231390", s, "EUR", "2026-11-04", [
        L(1, "TT-TAPE-50", "Cinta unión tatami 50 mm x 25 m", 120, "ROL", "4.05", "2026-12-11"),
        L(2, "TT-MAT-4", "Tatami judo 2x1 m, 4 cm, densidad 230", 40, "PCS", "72.00", "2026-12-11"),
    ], buyer="jonas")
    body = ("Hola Jonas:\n\n"
            "Te confirmamos el pedido 4500231390:\n\n"
            "Línea 1 - TT-TAPE-50: 120 rollos, precio unitario 4,20 € + IVA (subida de tarifa del fabricante desde el 1/11), "
            "entrega el 11/12/2026.\n"
            "Línea 2 - TT-MAT-4: 40 uds. a 72,00 € + IVA, entrega el 11/12/2026.\n\n"
            "Portes pagados hasta Felixstowe.\n\nUn saludo,")
    sig = ("Marta Llorens\nDepartamento Comercial\nTatamis Levante S.L. · Polígono Industrial El Pla, C/ Forja 14 · 46870 Ontinyent (Valencia)\n"
           "Tel. +34 962 55 01 87")
    eml = reply("c009", p, ("Marta Llorens", "marta.llorens@tatamislevante.example"), "2026-11-12 12:30:51 +0100", body,
                client="gmail", attr="El mié, 4 nov 2026 a las 10:14, Jonas Pereira (<jonas.pereira@haldenrooke.example>) escribió:")
    e = exp("confirmation", "'precio unitario 4,20 EUR + IVA' is a net price (VAT on top) against a net PO: line 1 changes price to 4.20; "
            "line 2 confirmed exactly as ordered; dates dd/mm/yyyy.",
            [conf(p, {1: C(p, 1, price="4.20"), 2: "A"})])
    return [p], eml, e


@case("gullies-prazo-15-dias", "confirmation/pt-BR",
      "Delivery given only as a lead time ('prazo de entrega 15 dias' corridos) counted from the mail's Date header.")
def c_15dias():
    s = sup("HIDROCANAL", "Hidrocanal Indústria de Perfis Ltda", "vendas@hidrocanal.example", "pt-BR")
    p = po("4500231421", s, "BRL", "2026-11-05", [
        L(1, "HG-PVC-100", "Perfil hidropônico PVC 100x50 mm, barra 6 m", 400, "PCS", "28.70", "2026-12-04"),
        L(2, "HG-TAMPA-100", "Tampa final para perfil 100x50", 800, "PCS", "1.95", "2026-12-04"),
    ], buyer="ines")
    date = "2026-11-17 10:20:44 -0300"
    body = ("Bom dia Ines,\n\n"
            "Confirmamos o pedido 4500231421 integralmente: 400 barras HG-PVC-100 a R$ 28,70 e 800 tampas HG-TAMPA-100 a R$ 1,95, "
            "conforme solicitado.\n\n"
            "Prazo de entrega 15 dias corridos a contar de hoje, entrega no endereço indicado.\n\n"
            "Atenciosamente,")
    sig = ("Rafael Moura\nComercial Exportação\nHidrocanal Indústria de Perfis Ltda\nRod. SP-340, km 142 – Mogi Mirim/SP – CEP 13800-000\n"
           "Fone: +55 19 3555-0142 | WhatsApp +55 19 99555-0142")
    eml = reply("c010", p, ("Rafael Moura", "rafael.moura@hidrocanal.example"), date, body,
                client="outlook", lang="pt", prefix="RES: ", charset="iso-8859-1", sent="quinta-feira, 5 de novembro de 2026 06:14")
    d = plus_days("2026-11-17", 15)
    e = exp("confirmation", "Lead time 'prazo de entrega 15 dias' (calendar days) from the Date header 2026-11-17 gives %s for both lines; "
            "quantities and prices as ordered." % d,
            [conf(p, {1: C(p, 1, d=d), 2: C(p, 2, d=d)})])
    return [p], eml, e


@case("cfo-bank-details-change", "unrelated/hu-HU",
      "A supplier with an open PO announces new bank details signed by the CFO; it mentions invoices and dates but no order answer.")
def c_cfo():
    s = sup("BONSAIDROT", "Bonsai Drót Kft.", "rendeles@bonsaidrot.example", "hu-HU")
    p = po("4500231466", s, "EUR", "2026-11-05", [
        L(1, "BW-AL-20", "Alumínium bonsai drót 2.0 mm, 1 kg tekercs", 120, "ROL", "14.50", "2026-12-14"),
        L(2, "BW-AL-35", "Alumínium bonsai drót 3.5 mm, 1 kg tekercs", 60, "ROL", "14.50", "2026-12-14"),
    ])
    txt = ("Tisztelt Partnerünk!\n\n"
           "Ezúton tájékoztatjuk, hogy 2026. december 1-jétől cégünk bankszámlája megváltozik.\n\n"
           "Új számlavezető bank: Duna Kereskedelmi Bank Zrt.\n"
           "IBAN: HU42 1177 3016 1111 1018 0000 0000\n"
           "SWIFT/BIC: DUKBHUHB\n\n"
           "Kérjük, hogy a 2026. december 1. után esedékes számláinkat már az új számlaszámra utalják. "
           "A régi számlára 2026. december 31-ig beérkező összegeket továbbra is jóváírjuk.\n\n"
           "Csalások elkerülése érdekében kérjük, az adatokat telefonon ellenőrizzék a +36 1 555 0190 számon.\n\n"
           "Köszönjük együttműködésüket!\n\n"
           "Üdvözlettel:\n\nKovács Péter\npénzügyi igazgató (CFO)\nBonsai Drót Kft.\n1097 Budapest, Gubacsi út 32.\n"
           "Adószám: 12345678-2-43\n")
    hd = html_doc(t2h(txt), "hu-HU", True, "iso-8859-2")
    b = BUYERS["helen"]
    eml = build("c011", frm=("Kovács Péter", "kovacs.peter@bonsaidrot.example"), to=(b[0], b[1]),
                subject="Bankszámlaszám változás / Change of bank details", date="2026-11-19 13:02:17 +0100",
                client="outlook", text=txt, html=hd, charset="iso-8859-2", lang="hu-HU")
    e = exp("unrelated", "Bank-detail change announcement signed by the CFO of a supplier with open PO 4500231466; dates (1 Dec, 31 Dec) "
            "refer to payments, not to the order.")
    return [p], eml, e


@case("rail-grease-leverdatum-per-can", "confirmation/nl-NL",
      "Delivery 'leverdatum 18-12-2026' for both lines and a price per 25 L can that must be converted to the PO's per-litre price.")
def c_leverdatum():
    s = sup("SPOORVET", "Spoorvet Nederland B.V.", "verkoop@spoorvet.example", "nl-NL")
    p = po("4500231488", s, "EUR", "2026-11-05", [
        L(1, "RG-GRF-18", "Spoorstaafsmeermiddel grafiet, emmer 18 kg", 60, "EA", "94.00", "2026-12-14"),
        L(2, "RG-BIO-25L", "Biologisch afbreekbaar spoorvet, 25 L vat", 1000, "L", "4.85", "2026-12-14"),
    ], buyer="jonas")
    body = ("Beste Jonas,\n\n"
            "Bedankt voor je order 4500231488. Beide regels kunnen we leveren:\n\n"
            "Regel 1: 60 emmers RG-GRF-18 à € 94,00\n"
            "Regel 2: 40 vaten RG-BIO-25L (= 1.000 liter) à € 123,75 per vat van 25 liter - de grondstofprijs is per 1 november verhoogd\n\n"
            "Leverdatum 18-12-2026 voor de complete order; de 14-12 halen we helaas niet.\n\n"
            "Met vriendelijke groet,")
    sig = "Pieter van Dijk\nBinnendienst Verkoop\nSpoorvet Nederland B.V. | Hanzelaan 310 | 8017 JL Zwolle\nT +31 38 555 0144 | KvK 12345678"
    eml = reply("c012", p, ("Pieter van Dijk", "p.vandijk@spoorvet.example"), "2026-11-13 09:41:02 +0100", body,
                client="outlook", lang="nl", charset="iso-8859-15", sent="donderdag 5 november 2026 10:14")
    e = exp("confirmation", "Line 2 is ordered in litres but priced per 25 L can: EUR 123.75 / 25 = 4.95 per litre (changed), "
            "40 cans = 1,000 L as ordered; 'leverdatum 18-12-2026' (day-first) for both lines.",
            [conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, price="4.95", d="2026-12-18")})])
    return [p], eml, e


@case("votive-price-incl-vat-net-po", "needs_review/zh-CN",
      "Chinese reply gives '单价 12.50 元/个（含税）' (tax-inclusive) on a PO priced net, without a net figure.")
def c_hanshui():
    s = sup("HUAGUANG", "Ningbo Huaguang Wax Co., Ltd.", "sales@huaguangwax.example", "zh-CN")
    p = po("4500231503", s, "CNY", "2026-11-05", [
        L(1, "CW-ALT-300", "Beeswax altar candle 300x40 mm", 2000, "PCS", "11.20", "2026-12-18"),
        L(2, "CW-VOT-15H", "Votive candle 15 h, 4/3 wick, clear cup", 6000, "PCS", "1.35", "2026-12-18"),
    ], buyer="ines")
    txt = ("Ines 您好，\n\n"
           "感谢贵司订单 4500231503。\n\n"
           "1. CW-ALT-300 蜂蜡祭坛蜡烛 300x40 mm：2000 个，单价 12.50 元/个（含税），交货期 12月18日。\n"
           "2. CW-VOT-15H 许愿蜡烛：6000 个，价格同订单，交货期 12月18日。\n\n"
           "请确认第一项价格后我们安排生产。\n\n"
           "祝好！\n\n"
           "陈晓雯 Chen Xiaowen\n宁波华光蜡业有限公司 外贸部\n浙江省宁波市鄞州区华光路 88 号\n电话：+86 574 5550 1186\n")
    q = "\n\n------------------ 原始邮件 ------------------\n发件人: Ines Vogt <ines.vogt@haldenrooke.example>\n" \
        "发送时间: 2026年11月5日 17:14\n主题: Order confirmation request - PO 4500231503\n\n"
    from .common import request_text
    full = txt + q + request_text(p)
    b = BUYERS["ines"]
    eml = build("c013", frm=("陈晓雯", "chen.xw@huaguangwax.example"), to=(b[0], b[1]),
                subject="回复：Order confirmation request - PO 4500231503", date="2026-11-12 16:22:09 +0800",
                client="generic", text=full, html=html_doc(t2h(full), None, False, "gb2312"), charset="gb2312", cte="base64",
                reply=p, extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")])
    e = exp("needs_review", "The PO is net; the supplier quotes 12.50 CNY per piece tax-inclusive without a net price or rate and asks "
            "us to confirm the line-1 price before production, so no net unit price can be read with certainty and nothing is committed.")
    return [p], eml, e


@case("egg-trays-wysylka-50-tydzien", "confirmation/pl-PL",
      "Ship week only ('wysyłka w 50. tygodniu') with ordinal week notation; ISO-8859-2 quoted-printable body.")
def c_wysylka():
    s = sup("WYLEGPOL", "Wylęgpol Sp. z o.o.", "zamowienia@wylegpol.example", "pl-PL")
    p = po("4500231512", s, "PLN", "2026-11-02", [
        L(1, "ET-HT-150", "Taca wylęgowa 150 jaj, ustawienie 4/3, PP", 800, "PCS", "21.40", "2026-12-18"),
        L(2, "ET-SET-30", "Wkładka na 30 jaj 6x5, tektura", 5000, "PCS", "0.62", "2026-12-18"),
    ])
    body = ("Dzień dobry,\n\n"
            "potwierdzamy realizację zamówienia nr 4500231512 zgodnie z ilościami i cenami z zamówienia:\n"
            "- ET-HT-150: 800 szt. x 21,40 zł netto\n"
            "- ET-SET-30: 5 000 szt. x 0,62 zł netto\n\n"
            "Wysyłka w 50. tygodniu, transport spedycją (ok. 5-6 dni do UK).\n\n"
            "Pozdrawiam serdecznie")
    sig = ("Katarzyna Wójcik\nDział Obsługi Klienta\nWylęgpol Sp. z o.o.\nul. Przemysłowa 17, 62-800 Kalisz\n"
           "tel. +48 62 555 01 37, kom. +48 601 555 137\nNIP 618-000-00-00, KRS 0000123456")
    eml = reply("c014", p, ("Katarzyna Wójcik", "k.wojcik@wylegpol.example"), "2026-11-09 13:18:40 +0100", body,
                client="outlook", lang="pl", prefix="Odp: ", charset="iso-8859-2", sent="poniedziałek, 2 listopada 2026 10:14")
    e = exp("confirmation", "'Wysyłka w 50. tygodniu' is a ship week without a day: Friday of ISO week 50 = 2026-12-11; the transit estimate "
            "(5-6 days) is not a committed delivery date, so the ship date counts; quantities (5 000 with space grouping) and prices as ordered.",
            [conf(p, {1: C(p, 1, d=iso_week_day(50)), 2: C(p, 2, d=iso_week_day(50))})])
    return [p], eml, e


@case("seat-hinges-cena-za-kus", "confirmation/sk-SK",
      "Slovak per-position answer with 'cena 12,40 €/ks' (decimal comma, per piece) on one line and the other unchanged; windows-1250.")
def c_sk():
    s = sup("TRIBUNAKOVO", "Tribúna Kovo s.r.o.", "obchod@tribunakovo.example", "sk-SK")
    p = po("4500231560", s, "EUR", "2026-11-03", [
        L(1, "SH-HG-24", "Pánt sklopného sedadla 24 mm, oceľ zinkovaná", 2000, "PCS", "11.90", "2026-12-11"),
        L(2, "SH-SPR-8", "Pružina návratu sedadla 8x40 mm", 2000, "PCS", "1.35", "2026-12-11"),
    ], buyer="jonas")
    body = ("Dobrý deň pán Pereira,\n\n"
            "ďakujeme za objednávku č. 4500231560. Potvrdzujeme:\n\n"
            "Pol. 1 SH-HG-24 – 2 000 ks, cena 12,40 €/ks (zmena ceny ocele od 1. 11. 2026), dodanie 11. 12. 2026\n"
            "Pol. 2 SH-SPR-8 – 2 000 ks, cena 1,35 €/ks, dodanie 11. 12. 2026\n\n"
            "S pozdravom")
    sig = "Ing. Martin Kováč\nobchodné oddelenie\nTribúna Kovo s.r.o., Priemyselná 9, 917 01 Trnava\ntel.: +421 33 555 0142"
    eml = reply("c015", p, ("Martin Kováč", "kovac@tribunakovo.example"), "2026-11-10 10:06:55 +0100", body,
                client="outlook", lang="sk", charset="windows-1250", sent="utorok 3. novembra 2026 10:14")
    e = exp("confirmation", "Line 1 'cena 12,40 EUR/ks' (per piece) replaces 11.90; line 2 repeats the PO; dates written '11. 12. 2026'.",
            [conf(p, {1: C(p, 1, price="12.40"), 2: "A"})])
    return [p], eml, e


@case("cider-shop-ticket-receipt", "auto_reply/en-IE",
      "Helpdesk auto-acknowledgment with a ticket number and an expected response date that looks like a commitment date.")
def c_ticket():
    s = sup("WICKLOWCIDER", "Wicklow Cider Equipment Ltd", "orders@wicklowcider.example", "en-IE")
    p = po("4500231577", s, "EUR", "2026-11-09", [
        L(1, "CP-CLOTH-60", "Press cloth polyester 60x60 cm, 150 micron", 200, "PCS", "8.20", "2026-12-11"),
        L(2, "CP-RACK-60", "Press rack beech 60x60, 12x20 slats", 24, "PCS", "36.00", "2026-12-11"),
    ], buyer="ines")
    txt = ("Hello Ines,\n\n"
           "Thank you for contacting Wicklow Cider Equipment. This is an automated message to let you know that we have received "
           "your request and a ticket has been opened:\n\n"
           "  Ticket:   #CS-48213\n  Subject:  Order confirmation request - PO 4500231577\n  Priority: Normal\n  Status:   Open\n\n"
           "One of our order desk team will get back to you within 2 business days (by Wed 11 Nov 2026). Please do not change the "
           "subject line when replying so that your message is added to the same ticket.\n\n"
           "Opening hours: Mon-Fri 08:30-17:00 (IST)\n\n"
           "Kind regards,\nWicklow Cider Equipment - Order Desk\nUnit 4, Ballyman Business Park, Bray, Co. Wicklow, A98 X2Y3\n"
           "+353 1 555 0147\n\n"
           "This email is a service from Wicklow Cider Equipment. Delivered by Zendesk\n")
    hd = html_doc("<div style=\"font-family:Helvetica,Arial;font-size:14px\">" + t2h(txt) + "</div>")
    b = BUYERS["ines"]
    eml = build("c016", frm=("Wicklow Cider Equipment", "support@wicklowcider.example"), to=(b[0], b[1]),
                subject="[Ticket #CS-48213] Order confirmation request - PO 4500231577", date="2026-11-09 09:14:37 +0000",
                client="generic", text=txt, html=hd, reply=p,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("Precedence", "bulk"),
                       ("X-Autoreply", "yes")],
                msg_id="<ZD8K2M4QW7_6568b1e5c93a1_3f2a@zendesk.com>")
    e = exp("auto_reply", "Zendesk ticket receipt for the request: quotes the PO subject and a 'by Wed 11 Nov' response target, "
            "but confirms nothing.")
    return [p], eml, e


@case("windlass-dobava-rejected-switch", "confirmation/sl-SI",
      "Slovenian reply: delivery 'dobava 18. 12. 2026' (spaced day-first date) for one line, the other line explicitly cannot be supplied.")
def c_sl():
    s = sup("SIDRONAV", "Sidro Navtika d.o.o.", "prodaja@sidronavtika.example", "sl-SI")
    p = po("4500231603", s, "EUR", "2026-11-04", [
        L(1, "AW-V1000-24", "Sidrno vitlo vertikalno 1000 W, 24V, verižnik 8 mm", 6, "EA", "1480.00", "2026-12-15"),
        L(2, "AW-CTRL-24", "Nožno stikalo za vitlo 24V, IP67", 12, "EA", "42.00", "2026-12-15"),
    ])
    body = ("Spoštovana ga. Marsh,\n\n"
            "hvala za naročilo 4500231603.\n\n"
            "Poz. 1 (AW-V1000-24): potrjujemo 6 kos po 1.480,00 EUR, dobava 18. 12. 2026.\n"
            "Poz. 2 (AW-CTRL-24): nožnih stikal 24V žal ne moremo dobaviti – proizvajalec je model ukinil, nadomestnega artikla nimamo.\n\n"
            "Lep pozdrav")
    sig = "Matej Zupan\nprodaja\nSidro Navtika d.o.o.\nObala 55, 6320 Portorož, Slovenija\nT: +386 5 555 01 42"
    eml = reply("c017", p, ("Matej Zupan", "matej.zupan@sidronavtika.example"), "2026-11-13 14:55:02 +0100", body,
                client="gmail", attr="V sre., 4. nov. 2026 ob 10:14 je oseba Helen Marsh <helen.marsh@haldenrooke.example> napisala:")
    e = exp("confirmation", "Line 1 confirmed at the PO price with 'dobava 18. 12. 2026' (later than 12-15); line 2 declined "
            "(model discontinued, no substitute) = rejected; '1.480,00' uses dot grouping and decimal comma.",
            [conf(p, {1: C(p, 1, d="2026-12-18"), 2: "R"})])
    return [p], eml, e


@case("towing-hooks-rok-51-tjedan", "confirmation/hr-HR",
      "Croatian reply with 'rok isporuke: 51. tjedan' (week without day = Friday 2026-12-18, earlier than requested) and a price change.")
def c_hr():
    s = sup("BRODOTEGAL", "Brodotegal d.o.o.", "prodaja@brodotegal.example", "hr-HR")
    p = po("4500231650", s, "EUR", "2026-11-05", [
        L(1, "TH-QR-30T", "Tegljačka kuka s brzim otpuštanjem 30 t", 2, "EA", "6950.00", "2027-01-08"),
        L(2, "TH-SPR-30", "Amortizerska opruga za kuku 30 t", 2, "EA", "820.00", "2027-01-08"),
    ], buyer="jonas")
    body = ("Poštovani gospodine Pereira,\n\n"
            "zahvaljujemo na narudžbi br. 4500231650 koju potvrđujemo kako slijedi:\n\n"
            "1. TH-QR-30T tegljačka kuka 30 t – 2 kom, 6.950,00 EUR/kom\n"
            "2. TH-SPR-30 amortizerska opruga – 2 kom, 845,00 EUR/kom (nova cijena dobavljača čelika)\n\n"
            "Rok isporuke: 51. tjedan, za obje stavke.\n\n"
            "S poštovanjem")
    sig = "Ivana Babić\nProdaja i logistika\nBrodotegal d.o.o.\nObala kneza Branimira 12, 23000 Zadar\nTel: +385 23 555 014"
    eml = reply("c018", p, ("Ivana Babić", "ivana.babic@brodotegal.example"), "2026-11-18 08:37:19 +0100", body,
                client="outlook", lang="hr", charset="windows-1250", prefix="RE: ", sent="četvrtak, 5. studenoga 2026. 10:14")
    w = iso_week_day(51)
    e = exp("confirmation", "'Rok isporuke: 51. tjedan' = Friday of ISO week 51 = %s (before the requested 2027-01-08); line 2 also "
            "changes price to 845.00." % w,
            [conf(p, {1: C(p, 1, d=w), 2: C(p, 2, price="845.00", d=w)})])
    return [p], eml, e
