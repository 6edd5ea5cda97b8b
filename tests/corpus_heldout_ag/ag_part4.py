"""Batch AG, cases 53-71: needs_review and auto_reply."""
from __future__ import annotations

import datetime as dt

from aglib import mime, pdf
from aglib.core import (L, PO, When, buyer, outlook_sent, request_subject, request_text, supplier, wd, compose,
                        outlook_quote_text, simple_html, kw)
from aglib.mime import Binary, quote_gt, esc
from aglib.registry import case
from aglib.styles import (IPHONE_XM, TB_UA, buyer_pair, gmail_reply, outlook_reply, plain_reply, thread,
                          thread_index)

DT = dt.datetime


def nr(notes):
    return {"kind": "needs_review", "notes": notes}


# =========================================================================== needs_review

@case("hose-assemblies-will-revert-by-friday", "needs_review/en-GB",
      "'Line 1 should be fine from stock' sounds like a yes, but no date is given and the supplier promises "
      "firm dates by Friday for both lines.")
def c053():
    sup = supplier("PENNINE", "Pennine Hose & Fittings Ltd", "sales@penninehose.example", "en-GB")
    byr = buyer("TS", "Grace Holloway", "g.holloway")
    po = PO("TSB/26/0483", sup, byr, "GBP", "2026-11-20", [
        L(1, "HA-R1-06-1000", "Hose assembly R1AT 3/8 in, 1000 mm, BSP female swivel both ends", 30, "EA", "14.60", "2026-12-04"),
        L(2, "HA-R2-12-3000", "Hose assembly R2AT 3/4 in, 3000 mm, JIC female x BSP male", 10, "EA", "41.80", "2026-12-04"),
    ])
    w = When(2026, 11, 23, 16, 44, 8, "+0000")
    top = ("Hi Grace,\n\n"
           "Thanks for this. Line 1 should be fine from stock, but I need to check with our crimping shop on the "
           "3/4\" assemblies as the JIC ends are on back order with our supplier.\n\n"
           "I'll revert by Friday with firm dates for both lines.\n\n"
           "Kind regards,\nSteve Ackroyd\nInternal Sales | Pennine Hose & Fittings Ltd\n01422 555 318\n")
    attrib = "On Fri, 20 Nov 2026 at 11:02, Grace Holloway <g.holloway@terrace-build.example> wrote:"
    eml = gmail_reply(po, frm=("Steve Ackroyd", "sales@penninehose.example"), when=w, attrib=attrib, top=top, seed="c053")
    return [po], eml, nr("No commitment: dates promised by Friday; 'should be fine from stock' has no date.")


@case("seals-questions-before-confirming", "needs_review/de-DE",
      "Two technical questions (Shore hardness, drawing revision 'Rev. C vom 14.03.2024') must be answered "
      "before the supplier confirms; the dates in it are not delivery dates.")
def c054():
    sup = supplier("DICHTMF", "Dichtungstechnik Mainfranken GmbH", "vertrieb@dichtungstechnik-mf.example", "de-DE")
    byr = buyer("KIG", "Priya Natarajan", "p.natarajan")
    po = PO("4500232560", sup, byr, "EUR", "2026-11-20", [
        L(1, "SEAL-OR-50x3-FKM", "O-ring 50 x 3 FKM", 400, "PCS", "0.68", "2026-12-11"),
        L(2, "SEAL-FLAT-DN80", "Flat gasket DN80 PN16, per drawing KZ-2218", 60, "PCS", "3.40", "2026-12-11"),
    ])
    w = When(2026, 11, 23, 9, 12, 40)
    top = ("Sehr geehrte Frau Natarajan,\n\n"
           "vielen Dank für Ihre Bestellung 4500232560. Bevor wir diese bestätigen können, haben wir zwei Rückfragen:\n\n"
           "1) O-Ringe 50 x 3 FKM: Benötigen Sie 75 oder 90 Shore A? Ihre Bestellung enthält hierzu keine Angabe.\n"
           "2) Flachdichtung DN80 PN16: Uns liegt die Zeichnung KZ-2218 Rev. C vom 14.03.2024 vor. Gilt diese "
           "Revision, oder gibt es einen neueren Stand?\n\n"
           "Nach Ihrer Rückmeldung erhalten Sie umgehend unsere Auftragsbestätigung mit verbindlichen Terminen.\n\n"
           "Mit freundlichen Grüßen\n\ni. A. Stefan Röder\nVertrieb Innendienst\n"
           "Dichtungstechnik Mainfranken GmbH | Gattingerstraße 9 | 97076 Würzburg\n")
    eml = outlook_reply(po, frm=("Röder, Stefan", "vertrieb@dichtungstechnik-mf.example"), when=w, lang="de", top=top,
                        sent=outlook_sent("de", DT(2026, 11, 20, 13, 25)), seed="c054", prefix="AW: ", lang_tag="de-DE")
    return [po], eml, nr("Questions on Shore hardness and drawing revision; confirmation only afterwards.")


@case("perfume-bottles-accept-subject-to-new-terms", "needs_review/fr-FR",
      "'Nous pouvons l'accepter ... sous réserve' of a 50 % deposit and EXW instead of DAP - new conditions "
      "the buyer must agree to first; 'semaine 2' looks like a firm date.")
def c055():
    sup = supplier("VIMEU", "Verrerie du Vimeu SAS", "adv@verrerie-vimeu.example", "fr-FR")
    byr = buyer("LV", "Ines Moreau", "ines.moreau")
    po = PO("LV2600934", sup, byr, "EUR", "2026-11-20", [
        L(1, "GB-PRF-100-ST", "Perfume bottle 100 ml 'Stella', FEA 15 neck, flint", 10080, "PCS", "0.86", "2027-01-15"),
        L(2, "GB-PRF-50-ST", "Perfume bottle 50 ml 'Stella', FEA 15 neck, flint", 5040, "PCS", "0.71", "2027-01-15"),
    ])
    w = When(2026, 11, 25, 11, 5, 27)
    top = ("Bonjour Madame Moreau,\n\n"
           "Nous avons bien reçu votre commande LV2600934 et vous en remercions.\n\n"
           "Nous pouvons l'accepter pour une livraison en semaine 2, sous réserve de votre accord sur les points "
           "suivants :\n"
           "- un acompte de 50 % à la commande (votre compte présente actuellement un encours échu) ;\n"
           "- une livraison départ usine (EXW Friville-Escarbotin) au lieu de DAP Lyon.\n\n"
           "Dès réception de votre accord écrit, nous vous adresserons notre accusé de réception de commande "
           "définitif.\n\n"
           "Cordialement,\n\nSandrine Lefebvre\nAdministration des ventes\nVerrerie du Vimeu SAS\n"
           "Tél. 03 22 60 41 12\n")
    eml = outlook_reply(po, frm=("Sandrine Lefebvre", "adv@verrerie-vimeu.example"), when=w, lang="fr", top=top,
                        sent=outlook_sent("fr", DT(2026, 11, 20, 10, 48)), seed="c055", prefix="RE : ", lang_tag="fr-FR")
    return [po], eml, nr("Conditional acceptance with new terms (50% deposit, EXW); definitive AR only after agreement.")


@case("porcelain-tiles-text-and-pdf-disagree", "needs_review/it-IT",
      "The mail says delivery 10/12/2026 while the attached order confirmation PDF says 17/12/2026 for the "
      "same lines - a contradiction a buyer has to query.")
def c056():
    sup = supplier("SECCHIA", "Ceramiche Secchia S.p.A.", "ordini@ceramichesecchia.example", "it-IT")
    byr = buyer("TS", "Kasper Nowak", "k.nowak")
    po = PO("TSB/26/0487", sup, byr, "EUR", "2026-11-20", [
        L(1, "TL-GRES-120-CAL", "Porcelain slab 60x120 Calacatta polished, box 1.44 m2", 60, "BOX", "58.40", "2026-12-18"),
        L(2, "TL-GRES-60-BAS", "Porcelain tile 60x60 basalt matt, box 1.08 m2", 90, "BOX", "24.30", "2026-12-18"),
    ])
    w = When(2026, 11, 24, 12, 36, 0)
    wd("2026-12-10", "Thu"); wd("2026-12-17", "Thu")
    rows = [("Pos.", "Articolo", "Vs. codice", "Descrizione", "Q.tà", "UM", "Prezzo", "Importo", "Data consegna"),
            ("1", "CAL-PL-60120", "TL-GRES-120-CAL", "Calacatta lev. 60x120 (1,44 m2/sc.)", "60", "SC", "58,40", "3.504,00", "17/12/2026"),
            ("2", "BAS-NT-6060", "TL-GRES-60-BAS", "Basalto nat. 60x60 (1,08 m2/sc.)", "90", "SC", "24,30", "2.187,00", "17/12/2026")]
    items = pdf.lines(40, 805, ["CERAMICHE SECCHIA S.p.A."], size=13, bold=True)
    items += pdf.lines(40, 790, ["Via Radici in Piano 480 - 41049 Sassuolo (MO) - P.IVA 01928440365"], size=8)
    items += pdf.lines(360, 805, ["CONFERMA D'ORDINE"], size=12, bold=True)
    items += pdf.lines(360, 788, ["N. 26/OC/11873 del 24/11/2026", "Vs. ordine: TSB/26/0487 del 20/11/2026",
                                  "Resa: DAP Leeds", "Pagamento: B.B. 60 gg d.f.f.m."], size=8, dy=11)
    items += pdf.table([40, 66, 134, 210, 360, 388, 410, 450, 500], 700, rows, size=7, dy=13, bold_first=True)
    items += pdf.lines(40, 640, ["Totale imponibile EUR 5.691,00", "Tono e calibro saranno indicati sul DDT."], size=8, dy=11)
    doc = pdf.build([items], compress=True, title="Conferma d'ordine 26/OC/11873", author="Ceramiche Secchia",
                    producer="Zucchetti Ad Hoc Revolution", creation="D:20261124120500+01'00'")
    top = ("Buongiorno Sig. Nowak,\n\n"
           "in allegato la nostra conferma d'ordine n. 26/OC/11873 relativa al Vs. ordine TSB/26/0487.\n"
           "Consegna prevista 10/12/2026 per entrambe le posizioni, prezzi come da Vs. ordine.\n\n"
           "Cordiali saluti\n\nGiulia Ferrari\nUfficio Commerciale Estero\nCeramiche Secchia S.p.A.\n")
    eml = outlook_reply(po, frm=("Giulia Ferrari", "ordini@ceramichesecchia.example"), when=w, lang="it", top=top,
                        sent="venerdì 20 novembre 2026 15:22", seed="c056", prefix="R: ", lang_tag="it-IT",
                        attachments=[Binary(doc, "application/pdf", "OC_26-OC-11873.pdf")])
    return [po], eml, nr("Body says 10/12/2026, attached confirmation says 17/12/2026 for both lines: contradictory.")


@case("wine-ok-but-can-you-take-120", "needs_review/en-NZ",
      "A bare 'OK, but can you take 120 instead of 100?' from a phone: the yes depends on an answer and says "
      "nothing about the second line or the date.")
def c057():
    sup = supplier("MARLCELLAR", "Marlborough Cellar Direct Ltd", "orders@marlboroughcellar.example", "en-NZ")
    byr = buyer("AH", "Claire Dubois", "claire.dubois")
    po = PO("AH-26-04480", sup, byr, "EUR", "2026-11-23", [
        L(1, "W-SB-MRL-24", "Marlborough Sauvignon Blanc 2024, 75 cl", 100, "BTL", "11.40", "2027-01-15"),
        L(2, "W-PN-CO-23", "Central Otago Pinot Noir 2023, 75 cl", 48, "BTL", "23.90", "2027-01-15"),
    ])
    w = When(2026, 11, 24, 9, 14, 31, "+1300")
    body = ("Hi Claire, OK, but can you take 120 instead of 100 on the Sauv? Cheers Tom\n\nSent from my iPhone\n\n"
            "> On 24/11/2026, at 3:18 AM, Claire Dubois <claire.dubois@alderbank-hotels.example> wrote:\n>\n"
            + quote_gt(request_text(po).rstrip("\n")) + "\n")
    eml = plain_reply(po, frm=("Tom Hadley", "orders@marlboroughcellar.example"), when=w, body=body, seed="c057",
                      prefix="Re: ", style="apple", extra=[("X-Mailer", IPHONE_XM)])
    return [po], eml, nr("Yes-with-question without a fallback: 100 or 120 is open; line 2 and dates not addressed.")


@case("stretch-film-confirmation-tomorrow", "needs_review/pl-PL",
      "The supplier promises the confirmation 'jutro do południa' while waiting for the week-50 production "
      "plan; 'tydzień 50' is not a delivery week.")
def c058():
    sup = supplier("FOLPAK", "Folpak Sp. z o.o.", "handlowy@folpak.example", "pl-PL")
    byr = buyer("LV", "Ines Moreau", "ines.moreau")
    po = PO("LV2600940", sup, byr, "EUR", "2026-11-23", [
        L(1, "PF-LDPE-BAG-3040", "LDPE bag 300x400 mm, 50 micron, pack of 500", 40, "PK", "21.00", "2026-12-14"),
        L(2, "PF-STR-HAND-23", "Hand stretch film 23 micron, 500 mm x 300 m", 120, "ROLL", "6.10", "2026-12-14"),
    ])
    w = When(2026, 11, 24, 15, 20, 45)
    top = ("Dzień dobry Pani Ines,\n\n"
           "dziękujemy za zamówienie LV2600940.\n"
           "Potwierdzenie z terminami prześlemy jutro do południa - czekamy jeszcze na plan produkcji na tydzień 50.\n\n"
           "Pozdrawiam\nTomasz Zieliński\nDział Handlowy | Folpak Sp. z o.o. | ul. Przemysłowa 14, 87-100 Toruń\n")
    eml = outlook_reply(po, frm=("Tomasz Zieliński", "handlowy@folpak.example"), when=w, lang="pl", top=top,
                        sent=outlook_sent("pl", DT(2026, 11, 23, 10, 2)), seed="c058", prefix="Odp: ", lang_tag="pl-PL",
                        charset="iso-8859-2", hcharset="iso-8859-2")
    return [po], eml, nr("Confirmation promised for tomorrow; nothing committed yet.")


@case("used-forklift-parts-subject-to-prior-sale", "needs_review/nl-NL",
      "'Levering vrijdag 4 december is mogelijk', but 'onder voorbehoud van tussentijdse verkoop' and only "
      "reserved once a proforma is paid - a conditional, non-binding answer.")
def c059():
    sup = supplier("HOBBRABANT", "Heftruck Onderdelen Brabant B.V.", "verkoop@hob-brabant.example", "nl-NL")
    byr = buyer("KIG", "Jonas Weber", "j.weber")
    po = PO("4500232575", sup, byr, "EUR", "2026-11-23", [
        L(1, "FL-TILT-CYL-R70", "Mast tilt cylinder, refurbished, Still R70", 1, "PCS", "420.00", "2026-12-04"),
        L(2, "FL-SEAT-MSG65", "Driver seat MSG 65, refurbished", 2, "PCS", "265.00", "2026-12-04"),
    ])
    w = When(2026, 11, 24, 10, 58, 3)
    wd("2026-12-04", "Fri")
    top = ("Beste Jonas,\n\n"
           "Beide artikelen hebben we op dit moment op voorraad en levering vrijdag 4 december is mogelijk.\n"
           "Dit is wel onder voorbehoud van tussentijdse verkoop: het gaat om gereviseerde onderdelen waarvan we er "
           "maar één resp. twee hebben liggen. Zodra de proforma (volgt vandaag) betaald is, reserveren we ze "
           "definitief voor jullie.\n\n"
           "Met vriendelijke groet,\nRuben van den Heuvel\nHeftruck Onderdelen Brabant B.V. | Tilburg\n")
    attrib = "Op ma 23 nov 2026 om 08:40 schreef Jonas Weber <j.weber@kestrel-group.example>:"
    eml = gmail_reply(po, frm=("Ruben van den Heuvel", "verkoop@hob-brabant.example"), when=w, attrib=attrib, top=top,
                      seed="c059")
    return [po], eml, nr("Subject to prior sale and to a new prepayment condition; not a binding confirmation.")


@case("led-strip-address-and-price-questions", "needs_review/da-DK",
      "Two questions (deliver to Bremen or to the Hamburg site? accept 13,60 from 1 December?) before the "
      "supplier will send a confirmation with a date.")
def c060():
    sup = supplier("NORDLYS", "Nordlys Belysning A/S", "salg@nordlys-belysning.example", "da-DK")
    byr = buyer("KIG", "Marta Lindqvist", "m.lindqvist")
    po = PO("4500232581", sup, byr, "EUR", "2026-11-23", [
        L(1, "LED-STRIP-24-5M", "LED strip 24 V, 14.4 W/m, 5 m reel, 4000 K", 150, "PCS", "12.90", "2026-12-11"),
        L(2, "LED-PROF-AL-2M-C", "Aluminium profile 2 m with clip cover", 150, "PCS", "6.70", "2026-12-11"),
    ])
    w = When(2026, 11, 25, 13, 40, 0)
    top = ("Hej Marta\n\n"
           "Tak for ordren. Inden vi bekræfter, har jeg to spørgsmål:\n\n"
           "1) Skal varerne leveres til Bremen som angivet på ordren, eller direkte til jeres projekt i Hamborg "
           "(Überseequartier)?\n"
           "2) Prisen på LED-strip 24 V stiger til 13,60 pr. rulle fra 1. december - kan I acceptere det?\n\n"
           "Så sender vi ordrebekræftelse med leveringsdato.\n\n"
           "Venlig hilsen\nMette Frandsen\nNordlys Belysning A/S | Aarhus\n")
    eml = outlook_reply(po, frm=("Mette Frandsen", "salg@nordlys-belysning.example"), when=w, lang="da", top=top,
                        sent=outlook_sent("da", DT(2026, 11, 23, 14, 10)), seed="c060", prefix="SV: ", lang_tag="da-DK")
    return [po], eml, nr("Questions on address and a price increase; confirmation only after the answers.")


@case("led-driver-checking-with-factory-mobile", "needs_review/zh-CN",
      "A short Chinese phone reply: order received, lead time being checked with the factory, answer "
      "tomorrow - an acknowledgment without any commitment.")
def c061():
    sup = supplier("GHPOWER", "Shenzhen Guanghui Power Supply Co., Ltd.", "sales@ghpower.example", "zh-CN")
    byr = buyer("KIG", "Marta Lindqvist", "m.lindqvist")
    po = PO("4500232590", sup, byr, "USD", "2026-11-24", [
        L(1, "LED-DRV-CC-700", "LED driver constant current 700 mA, 40 W, IP67", 300, "PCS", "5.85", "2027-01-15"),
    ])
    w = When(2026, 11, 25, 9, 3, 22, "+0800")
    body = ("Marta 您好，\n\n订单已收到，交期正在和工厂确认中，明天回复您。谢谢！\n\n陈志强 Kevin Chen\n\n发自我的iPhone\n\n"
            "------------------ Original ------------------\n"
            "From: Marta Lindqvist <m.lindqvist@kestrel-group.example>\n"
            "Date: Tue,Nov 24,2026 6:15 PM\n"
            "To: sales <sales@ghpower.example>\n"
            "Subject: Re: Purchase order 4500232590 - please confirm\n\n" + request_text(po))
    eml = plain_reply(po, frm=("陈志强", "sales@ghpower.example"), when=w, body=body, seed="c061", prefix="回复：",
                      style="apple", charset="utf-8", cte="base64", extra=[("X-Mailer", IPHONE_XM)])
    return [po], eml, nr("Received, lead time being checked, reply tomorrow.")


@case("desks-expected-early-december-no-date", "needs_review/sv-SE",
      "'Priserna stämmer' and 'vi räknar med ... början av december' but the exact date will follow - no "
      "committed delivery date a buyer could record.")
def c062():
    sup = supplier("KMNORR", "Kontorsmöbler Norr AB", "order@kontorsmobler-norr.example", "sv-SE")
    byr = buyer("AH", "Owen Gallagher", "owen.gallagher")
    po = PO("AH-26-04485", sup, byr, "EUR", "2026-11-24", [
        L(1, "OF-SIT-STD-1600", "Sit-stand desk 1600x800, electric, white frame", 8, "PCS", "395.00", "2026-12-18"),
        L(2, "OF-ACU-PNL-1206", "Acoustic wall panel 1200x600, grey felt", 24, "PCS", "58.00", "2026-12-18"),
    ])
    w = When(2026, 11, 26, 14, 2, 50)
    body = ("Hej Owen!\n\n"
            "Tack för beställningen. Priserna stämmer. Vi räknar med att kunna leverera i början av december, "
            "men jag återkommer med exakt datum när jag fått besked från fabriken i Skellefteå.\n\n"
            "Mvh\nAnna Berglund\nKontorsmöbler Norr AB\n\n"
            "Den 2026-11-24 kl. 11:30, skrev Owen Gallagher:\n" + quote_gt(request_text(po).rstrip("\n")) + "\n")
    eml = plain_reply(po, frm=("Anna Berglund", "order@kontorsmobler-norr.example"), when=w, body=body, seed="c062",
                      prefix="Sv: ", style="thunderbird", charset="utf-8", cte="quoted-printable", flowed=True,
                      extra=[("User-Agent", TB_UA)])
    return [po], eml, nr("Vague 'early December' expectation, exact date to follow: nothing committed.")


@case("roll-on-bottles-price-increase-awaiting-approval", "needs_review/pt-BR",
      "The supplier needs an 8 % increase approved ('aguardamos seu de acordo') before confirming the order "
      "and the date ('4 semanas após a confirmação').")
def c063():
    sup = supplier("VIDROSCOS", "Vidros Cosméticos Paulista Ltda.", "comercial@vidroscosmeticos.example", "pt-BR")
    byr = buyer("LV", "Ines Moreau", "ines.moreau")
    po = PO("LV2600947", sup, byr, "USD", "2026-11-24", [
        L(1, "GB-ROLL-10-FL", "Roll-on glass bottle 10 ml with ball, flint", 20160, "PCS", "0.118", "2027-01-29"),
    ])
    w = When(2026, 11, 26, 16, 25, 12, "-0300")
    top = ("Prezada Ines,\n\n"
           "Recebemos o pedido LV2600947, obrigado.\n\n"
           "Devido ao aumento do custo do gás natural, precisamos reajustar o preço em 8% (US$ 0,1274/pç). "
           "Aguardamos seu de acordo para confirmarmos o pedido e a data de entrega (previsão: 4 semanas após a "
           "confirmação).\n\n"
           "Atenciosamente,\nFernanda Lima\nComercial Exportação | Vidros Cosméticos Paulista Ltda.\n")
    attrib = "Em ter., 24 de nov. de 2026 às 06:50, Ines Moreau <ines.moreau@lumenvale.example> escreveu:"
    eml = gmail_reply(po, frm=("Fernanda Lima", "comercial@vidroscosmeticos.example"), when=w, attrib=attrib, top=top,
                      seed="c063")
    return [po], eml, nr("Price increase needs our approval before the supplier confirms.")


@case("gabions-forwarded-internal-production-chain", "needs_review/cs-CZ",
      "A forwarded internal chain: production says 40 by 4.12. and the rest after 15.12., but the salesperson "
      "says the official confirmation follows tomorrow - internal figures are not a commitment.")
def c064():
    sup = supplier("PLETMORAVA", "Drátěné pletivo Morava s.r.o.", "obchod@pletivo-morava.example", "cs-CZ")
    byr = buyer("TS", "Kasper Nowak", "k.nowak")
    po = PO("TSB/26/0492", sup, byr, "EUR", "2026-11-24", [
        L(1, "WM-GAB-2x1x05", "Gabion basket 2.0x1.0x0.5 m, mesh 100x100, wire 4.5 mm", 60, "PCS", "48.50", "2026-12-11"),
    ])
    w = When(2026, 11, 26, 14, 20, 5)
    body = ("Dobrý den pane Nowaku,\n\n"
            "přeposílám pro informaci vyjádření naší výroby. Oficiální potvrzení objednávky Vám pošlu zítra, "
            "až ho schválí vedoucí obchodu.\n\n"
            "S pozdravem\nLucie Novotná\nobchodní oddělení | Drátěné pletivo Morava s.r.o. | Přerov\n\n"
            "---------- Přeposlaná zpráva ----------\n"
            "Od: Pavel Krejčí <p.krejci@pletivo-morava.example>\n"
            "Datum: čt 26. 11. 2026 v 11:02\n"
            "Předmět: RE: TSB/26/0492 gabiony\n"
            "Komu: Lucie Novotná <obchod@pletivo-morava.example>\n\n"
            "Lucko,\n60 ks 2x1x0,5 by šlo, ale drát 4,5 mm máme jen na 40 ks - ty zvládneme do 4.12., zbytek až po "
            "15.12. Cenu řeš s Petrem.\nPavel\n\n"
            "-----Original Message-----\n"
            "From: Lucie Novotná\nSent: Thursday, November 26, 2026 8:47 AM\nTo: Pavel Krejčí\n"
            "Subject: TSB/26/0492 gabiony\n\n"
            "Pavle, zvládneme 60 ks gabionů 2x1x0,5 do 11.12.? Zákazník Terrace Stone Builders, Leeds.\nLucie\n")
    eml = plain_reply(po, frm=("Lucie Novotná", "obchod@pletivo-morava.example"), when=w, body=body, seed="c064",
                      subject="Fwd: RE: TSB/26/0492 gabiony", style="thunderbird", charset="utf-8",
                      cte="quoted-printable", extra=[("User-Agent", TB_UA)])
    return [po], eml, nr("Forwarded internal production note; official confirmation promised for tomorrow.")


@case("lab-bottles-ok-but-which-po", "needs_review/fi-FI",
      "Unthreaded 'ok, vahvistetaan. Toimitus 7.12.' with two open POs at the same supplier and no PO number "
      "- a careful buyer cannot tell which order is confirmed.")
def c065():
    sup = supplier("LASITUKKU", "Lasitukku Suomi Oy", "tilaus@lasitukku.example", "fi-FI")
    byr = buyer("MC", "Daniel Okafor", "daniel.okafor")
    a = PO("MC-PO-261150", sup, byr, "EUR", "2026-11-20", [
        L(1, "LG-BTL-GL45-500", "Laboratory bottle GL45 500 ml with cap", 60, "PCS", "3.90", "2026-12-09"),
    ])
    b = PO("MC-PO-261153", sup, byr, "EUR", "2026-11-23", [
        L(1, "LG-BTL-GL45-1000", "Laboratory bottle GL45 1000 ml with cap", 40, "PCS", "5.70", "2026-12-09"),
        L(2, "LG-FUN-100", "Funnel 100 mm, borosilicate", 20, "PCS", "3.10", "2026-12-09"),
    ])
    w = When(2026, 11, 27, 8, 30, 40, "+0200")
    body = "Hei Daniel,\n\nok, vahvistetaan. Toimitus 7.12.\n\nt. Jari\n\nLähetetty Android-puhelimesta\n"
    eml = plain_reply(a, frm=("Jari Mäkinen", "tilaus@lasitukku.example"), when=w, body=body, seed="c065",
                      subject="Tilaus", style="other", threaded=False, charset="utf-8", cte="8bit")
    return [a, b], eml, nr("Two open POs, no PO number, no thread: cannot tell which order is meant.")


# =========================================================================== auto_reply

def ar(notes):
    return {"kind": "auto_reply", "notes": notes}


@case("bearings-out-of-office-until-date", "auto_reply/de-DE",
      "Exchange out-of-office with a return date '04.12.2026' and a colleague's phone number; the dates are "
      "absence dates, not delivery dates.")
def c066():
    sup = supplier("KLSAUER", "Kugellager Sauerland GmbH", "vertrieb@kugellager-sauerland.example", "de-DE")
    byr = buyer("KIG", "Priya Natarajan", "p.natarajan")
    po = PO("4500232602", sup, byr, "EUR", "2026-11-24", [
        L(1, "BRG-6310-2RS", "Ball bearing 6310-2RS C3", 40, "PCS", "12.60", "2026-12-18"),
        L(2, "BRG-NJ2212", "Cylindrical roller bearing NJ 2212 ECP", 6, "PCS", "88.00", "2026-12-18"),
    ])
    w = When(2026, 11, 24, 10, 2, 14)
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Nachricht. Ich bin vom 23.11. bis einschließlich 04.12.2026 nicht im Hause. "
            "Ihre E-Mail wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Sabine Kraus, "
            "Tel. +49 2931 5520-14, s.kraus@kugellager-sauerland.example.\n\n"
            "Mit freundlichen Grüßen\nMichael Brenner\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">%s</div></body></html>"
            % "<br>".join(esc(x) for x in text.split("\n")))
    i, r = thread(po)
    eml = compose(frm=("Brenner, Michael", "m.brenner@kugellager-sauerland.example"), to=[buyer_pair(po)],
                  subject="Automatische Antwort: " + request_subject(po), when=w,
                  msg_id=mime.msgid("outlook", "c066"), text=text, html=html, irt=i, refs=r, seed="c066",
                  extra=[("Thread-Topic", request_subject(po)), ("Thread-Index", thread_index("c066")),
                         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "m.brenner@kugellager-sauerland.example"),
                         ("Content-Language", "de-DE")])
    return [po], eml, ar("Out-of-office until 04.12.2026.")


@case("yarn-absence-message-french", "auto_reply/fr-FR",
      "French 'Réponse automatique' absence notice naming 'du lundi 23 au vendredi 27 novembre inclus' and "
      "another address for orders.")
def c067():
    sup = supplier("TFNORD", "Tissages & Filatures du Nord SA", "c.martin@tf-nord.example", "fr-FR")
    byr = buyer("NW", "Hannah Price", "hannah.price")
    po = PO("NWT-7760", sup, byr, "EUR", "2026-11-23", [
        L(1, "YRN-WO-2-48", "Wool yarn Nm 2/48, worsted, ecru, cones", 800, "KG", "14.20", "2027-01-22"),
    ])
    w = When(2026, 11, 23, 8, 1, 5)
    wd("2026-11-23", "Mon"); wd("2026-11-27", "Fri")
    text = ("Bonjour,\n\n"
            "Je suis absente du lundi 23 au vendredi 27 novembre inclus, avec un accès limité à ma messagerie.\n"
            "Pour toute commande ou demande de confirmation, merci d'écrire à adv@tf-nord.example, qui traitera "
            "votre demande.\n\n"
            "Cordialement,\nCéline Martin\nTissages & Filatures du Nord\n")
    i, r = thread(po)
    eml = compose(frm=("Céline Martin", "c.martin@tf-nord.example"), to=[buyer_pair(po)],
                  subject="Réponse automatique : " + request_subject(po), when=w, msg_id=mime.msgid("outlook", "c067"),
                  text=text, irt=i, refs=r, seed="c067", charset="iso-8859-1", cte="quoted-printable",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("Precedence", "auto_reply")])
    return [po], eml, ar("French out-of-office.")


@case("forklift-parts-helpdesk-ticket-ack", "auto_reply/en-US",
      "A help-desk ticket acknowledgment ('Your request (#48213) has been received') that quotes our PO text "
      "below the reply-above-this-line marker.")
def c068():
    sup = supplier("APEXFL", "Apex Forklift Parts Supply LLC", "orders@apexforkliftparts.example", "en-US")
    byr = buyer("KUS", "Luis Garza", "l.garza")
    po = PO("4500232610", sup, byr, "USD", "2026-11-24", [
        L(1, "FL-ALT-12V-HY", "Alternator 12 V 55 A, Hyster H50FT", 2, "PCS", "189.00", "2026-12-11"),
        L(2, "FL-STR-MTR-HY", "Starter motor 12 V, Hyster H50FT", 1, "PCS", "246.00", "2026-12-11"),
    ])
    w = When(2026, 11, 24, 12, 44, 2, "-0600")
    text = ("##- Please type your reply above this line -##\n\n"
            "Your request (#48213) has been received and is being reviewed by our order desk.\n"
            "Our typical response time is 1 business day. To add comments, simply reply to this email.\n\n"
            "Apex Forklift Parts Supply | Order Desk\n\n"
            "--------------------------------\n\n"
            "Luis Garza, Nov 24, 2026, 12:43 CST\n\n" + request_text(po) +
            "\n--------------------------------\nThis email is a service from Apex Forklift Parts Supply.\n"
            "[KX7P2D-9W4R]\n")
    html = simple_html(text)
    eml = compose(frm=("Apex Forklift Parts Supply", "orders@apexforkliftparts.example"), to=[buyer_pair(po)],
                  subject="[Apex Order Desk] Re: " + request_subject(po), when=w,
                  msg_id="<KX7P2D9W4R_6744a1c2_b1f3@zendesk.example>", text=text, html=html,
                  irt=po["request_message_id"], refs=[po["request_message_id"]], seed="c068", bstyle="other",
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                         ("X-Zendesk-From-Account-Id", "7b1c2d"), ("Precedence", "bulk")])
    return [po], eml, ar("Ticket-system acknowledgment; quoted PO is ours.")


@case("glass-shared-inbox-received-notice", "auto_reply/sv-SE",
      "A shared-inbox 'Tack för ditt mejl' notice in Swedish and English with service times ('inom 2 "
      "arbetsdagar', 'före kl. 12').")
def c069():
    sup = supplier("SVGLAS", "Svenska Glasflaskor AB", "info@svenskaglasflaskor.example", "sv-SE")
    byr = buyer("LV", "Ines Moreau", "ines.moreau")
    po = PO("LV2600952", sup, byr, "EUR", "2026-11-25", [
        L(1, "GB-APO-100-AMB", "Apothecary glass bottle 100 ml, amber, 24/410", 10080, "PCS", "0.21", "2027-01-08"),
    ])
    w = When(2026, 11, 25, 7, 15, 9)
    text = ("Hej!\n\n"
            "Tack för ditt mejl. Vi har tagit emot ditt meddelande och besvarar det normalt inom 2 arbetsdagar.\n"
            "Ordrar som kommer in före kl. 12 registreras samma dag.\n\n"
            "---\n\n"
            "Hello,\n\n"
            "Thank you for your e-mail. We have received your message and will normally reply within 2 working days.\n"
            "Orders received before 12:00 are registered the same day.\n\n"
            "Svenska Glasflaskor AB | Kundservice | +46 35 21 40 00\n")
    eml = compose(frm=("Svenska Glasflaskor Kundservice", "info@svenskaglasflaskor.example"), to=[buyer_pair(po)],
                  subject="Tack för ditt mejl / Thank you for your e-mail", when=w,
                  msg_id=mime.msgid("other", "c069", "svenskaglasflaskor.example"), text=text,
                  irt=po["request_message_id"], seed="c069", charset="utf-8", cte="quoted-printable",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [po], eml, ar("Shared-inbox receipt notice.")


@case("bearings-japanese-absence-iso-2022-jp", "auto_reply/ja-JP",
      "ISO-2022-JP '【自動返信】不在のお知らせ' with absence dates 11月24日（火）〜11月27日（金） and a return date "
      "that look like commitments.")
def c070():
    sup = supplier("YAMATOBRG", "Yamato Bearing Sales Co., Ltd.", "k.ito@yamato-bearing.example", "ja-JP")
    byr = buyer("KIG", "Priya Natarajan", "p.natarajan")
    po = PO("4500232615", sup, byr, "USD", "2026-11-24", [
        L(1, "BRG-6800-ZZ", "Thin section ball bearing 6800-ZZ", 1000, "PCS", "0.74", "2027-01-15"),
    ])
    w = When(2026, 11, 24, 17, 30, 0, "+0900")
    wd("2026-11-24", "Tue"); wd("2026-11-27", "Fri"); wd("2026-11-30", "Mon")
    text = ("（このメールは自動返信です）\n\n"
            "メールありがとうございます。\n"
            "誠に申し訳ございませんが、11月24日（火）から11月27日（金）まで出張のため不在にしております。\n"
            "11月30日（月）より順次対応させていただきます。\n\n"
            "お急ぎの場合は、営業部 田中（tanaka@yamato-bearing.example）までご連絡ください。\n\n"
            "大和ベアリング販売株式会社\n営業部 伊藤 健\n")
    eml = compose(frm=("伊藤 健", "k.ito@yamato-bearing.example"), to=[buyer_pair(po)],
                  subject="【自動返信】不在のお知らせ", when=w, msg_id=mime.msgid("other", "c070", "yamato-bearing.example"),
                  text=text, irt=po["request_message_id"], refs=[po["request_message_id"]], seed="c070",
                  charset="iso-2022-jp", cte="7bit", hcharset="iso-2022-jp",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Microsoft Outlook 16.0")])
    return [po], eml, ar("Japanese out-of-office (business trip until 27 Nov).")


@case("fasteners-bilingual-out-of-office", "auto_reply/es-MX",
      "Spanish/English out-of-office 'Estaré fuera de la oficina hasta el lunes 30 de noviembre' with a "
      "backup contact; Outlook HTML with an embedded logo.")
def c071():
    sup = supplier("HTNORTE", "Herrajes y Tornillería del Norte S.A. de C.V.", "compras.ventas@htnorte.example", "es-MX")
    byr = buyer("KUS", "Luis Garza", "l.garza")
    po = PO("4500232621", sup, byr, "USD", "2026-11-25", [
        L(1, "RF-SDS-14x1-HWH", "Self-drilling screw 1/4-14 x 1 in HWH, box of 250", 40, "BOX", "13.80", "2026-12-09"),
        L(2, "RF-WSH-BND-14", "Bonded washer 1/4 in, bag of 1000", 10, "BAG", "21.50", "2026-12-09"),
    ])
    w = When(2026, 11, 25, 8, 0, 44, "-0600")
    wd("2026-11-30", "Mon")
    text = ("Gracias por su correo. Estaré fuera de la oficina hasta el lunes 30 de noviembre de 2026, con acceso "
            "limitado al correo. Para pedidos urgentes favor de contactar a Jorge Salinas, jsalinas@htnorte.example, "
            "tel. 81 8355 2040.\n\n"
            "Thank you for your email. I am out of the office until Monday, November 30, 2026 with limited access to "
            "email. For urgent orders please contact Jorge Salinas, jsalinas@htnorte.example, phone 81 8355 2040.\n\n"
            "Patricia Cantú\nHerrajes y Tornillería del Norte\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p><img src=\"cid:image001.png@01DB3F2A.5C1E7B90\" width=\"120\" height=\"40\" alt=\"HTN\"></p>%s"
            "</body></html>" % "".join("<p>%s</p>" % esc(p) for p in text.split("\n\n")))
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000" "1f15c489"
                        "0000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082")
    eml = compose(frm=("Patricia Cantú", "compras.ventas@htnorte.example"), to=[buyer_pair(po)],
                  subject="Respuesta automática: " + request_subject(po), when=w, msg_id=mime.msgid("outlook", "c071"),
                  text=text, html=html, irt=po["request_message_id"], refs=[po["request_message_id"]], seed="c071",
                  related=[Binary(png, "image/png", "image001.png", disposition="inline",
                                  cid="image001.png@01DB3F2A.5C1E7B90")],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("Content-Language", "es-MX")])
    return [po], eml, ar("Bilingual out-of-office until 30 Nov.")
