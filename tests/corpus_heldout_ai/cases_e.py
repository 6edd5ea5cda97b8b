"""Chunk E: cases 63-80."""
from __future__ import annotations

import datetime as dt

from ailib import mime as M
from ailib.clients import (outlook_msg, gmail_msg, apple_msg, tb_msg, plain_msg, alt_msg, html_only_msg,
                           outlook_block, our_addr, mid_outlook, mid_gmail, mid_uuid, mid_plain)
from ailib.core import (case, po, supplier, rid, A, C, R, U, conf, expect, request_text, req_subject,
                        cw_fri, cw_day, wd, per, times, pct, fmt_table, next_weekday, plus_days)
from ailib.pdf import simple_doc, make_pdf
from ailib.xlsx import make_xlsx


# ------------------------------------------------------------------ 63
@case("event-rentals-quebec-gmail", "confirmation/fr-CA",
      "Québec French: tents set up the day before, heaters re-priced in '$' including the propane tank, and a teardown date on Monday that is not a delivery.")
def c_rentals_qc():
    s = supplier("BOREAL", "Location Événements Boréal inc.", "reservations@boreal-evenements.example", "fr-CA")
    p = po("TPS-26-04822", s, "priya", "2026-11-17", [
        ("LEB-CHAP-20x40", "Chapiteau 20 x 40 pi, location fin de semaine", 2, "EA", "1275.00", "2026-12-04"),
        ("LEB-CHAUF-PROP", "Chauffage d'appoint au propane, location", 6, "EA", "95.00", "2026-12-04"),
        ("LEB-TABLE-6PI", "Table rectangulaire 6 pi, location", 40, "EA", "9.00", "2026-12-04"),
    ], currency="USD")
    wd("2026-12-03", 3)
    wd("2026-12-04", 4)
    wd("2026-12-07", 0)
    reply = """Bonjour Priya,

C'est confirmé pour la location!

- Les deux chapiteaux 20 x 40 seront montés le jeudi 3 décembre en après-midi.
- Chauffages et tables livrés le vendredi 4 décembre avant 10 h.
- Petit changement : les chauffages au propane sont maintenant à 110,00 $ l'unité (bonbonne de 20 lb incluse).

Démontage le lundi 7 décembre.

Merci et bonne journée!

Geneviève Tremblay
Location Événements Boréal inc.
2250, boul. Hamel, Québec (Québec) G1N 3Z1 | 418 555-0147"""
    attr = "Le mar. 17 nov. 2026, à 10 h 12, Priya Nair <priya.nair@tessera-procure.example> a écrit :"
    date = M.mdate(2026, 11, 18, 14, 25, 33, "-0500")
    eml = gmail_msg(seed="c63", frm=M.addr("Geneviève Tremblay", "reservations@boreal-evenements.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c63"), irt=rid(p), refs=rid(p),
                    reply=reply, attr=attr, quoted=request_text(p))
    exp = expect("confirmation", "Tents Thu 3 Dec (earlier); heaters 110,00 $ on 4 Dec; tables as ordered; 7 Dec is teardown.",
                 conf(p, {1: C(p, 1, date="2026-12-03"), 2: C(p, 2, price="110.00"), 3: A(p, 3)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 64
@case("playground-one-po-ok-one-declined", "confirmation/en-US",
      "Two POs in one reply: one confirmed with ship vs deliver dates, the other declined outright (product discontinued), install line included.")
def c_two_pos_decline():
    s = supplier("SUMMIT", "Summit Playgrounds Inc.", "orders@summitplay.example", "en-US")
    pa = po("TPS-26-04825", s, "dana", "2026-11-17", [
        ("SP-SWING-BELT-8", "Commercial belt swing seat with 8 ft chains", 12, "EA", "118.00", "2026-12-11"),
        ("SP-SLIDE-WAVE-6", "Wave slide, 6 ft deck height", 2, "EA", "1540.00", "2026-12-11"),
    ], currency="USD")
    pb = po("TPS-26-04826", s, "dana", "2026-11-17", [
        ("SP-MGR-ADA", "ADA accessible merry-go-round", 1, "EA", "12800.00", "2027-02-26"),
        ("SP-INSTALL-MGR", "Installation of merry-go-round", 1, "EA", "2400.00", "2027-02-26"),
    ], currency="USD")
    reply = """Hi Dana,

PO 4825 is good to go - swings and slides ship 12/4 by LTL freight and deliver 12/9. Pricing as per your PO.

Re PO 4826: unfortunately we can no longer offer the ADA merry-go-round. The manufacturer discontinued it in October and we don't have a comparable unit, so we have to decline that PO, including the installation. Sorry about that.

Thanks,
Rick Alvarez
Summit Playgrounds Inc. | Boulder, CO | (303) 555-0119"""
    attr = "On Tue, Nov 17, 2026 at 9:05 AM Dana Ruiz <dana.ruiz@tessera-procure.example> wrote:"
    quoted = ("Hello,\n\nplease find attached our purchase orders TPS-26-04825 and TPS-26-04826.\n"
              "Kindly confirm quantities, prices (USD, net) and delivery dates by return.\n\n"
              + "TPS-26-04825\n" + fmt_table([[l["line"], l["item"], l["quantity"], l["uom"], l["unit_price"], l["requested_date"]] for l in pa["lines"]])
              + "\n\nTPS-26-04826\n" + fmt_table([[l["line"], l["item"], l["quantity"], l["uom"], l["unit_price"], l["requested_date"]] for l in pb["lines"]])
              + "\n\nBest regards\nDana Ruiz\n")
    date = M.mdate(2026, 11, 19, 10, 41, 2, "-0700")
    eml = gmail_msg(seed="c64", frm=M.addr("Rick Alvarez", "rick@summitplay.example"), to=our_addr(pa),
                    subject="Re: Purchase orders TPS-26-04825 / TPS-26-04826 - please confirm", date=date,
                    msgid=mid_gmail("c64"), irt=rid(pa), refs=f"{rid(pa)} {rid(pb)}", reply=reply, attr=attr, quoted=quoted)
    d = "2026-12-09"
    exp = expect("confirmation", "PO 4825 delivered 12/9 (ship 12/4) for both lines; PO 4826 declined -> both lines rejected.",
                 conf(pa, {1: C(pa, 1, date=d), 2: C(pa, 2, date=d)}),
                 conf(pb, {1: R, 2: R}))
    return [pa, pb], eml, exp


# ------------------------------------------------------------------ 65
@case("petfood-one-of-two-pos-gbp-pence", "confirmation/en-GB",
      "Two open POs; only one answered, with a price in pence per can for a PO per case of 24; the other PO is deferred to 'tomorrow'.")
def c_petfood_gb():
    s = supplier("PENNINE", "Pennine Pet Supplies Ltd", "sales@penninepet.example", "en-GB")
    pa = po("TPS-26-04827", s, "sam", "2026-11-17", [
        ("PPS-CAT-TUNA-85-24", "Cat food tuna in jelly, 85 g can, case of 24", 60, "CS", "17.28", "2026-12-02"),
        ("PPS-DOG-LAMB-400-24", "Dog food lamb, 400 g can, case of 24", 40, "CS", "21.60", "2026-12-02"),
    ], currency="GBP")
    pb = po("TPS-26-04828", s, "sam", "2026-11-17", [
        ("PPS-TREAT-DENTAL-M", "Dental dog chews, medium, pack of 7", 120, "PAK", "2.35", "2026-12-02"),
    ], currency="GBP", req_suffix="2")
    wd("2026-12-02", 2)
    reply = """Morning Sam,

PO 04827 is confirmed:
- cat tuna 85 g: 60 cases, but the price is now 74p a can (£17.76 a case) from 1st Dec, sorry - supplier increase;
- dog lamb 400 g: 40 cases at £21.60, fine.
Both go on our Wednesday 2nd December run.

Your other one (04828, the dental chews) I'll come back to you on tomorrow - waiting on stock from Harrogate.

Cheers,
Lucy

Lucy Barraclough | Trade Sales
Pennine Pet Supplies Ltd | Unit 9, Valley Mills, Huddersfield HD1 6BU | 01484 555 230"""
    date = M.mdate(2026, 11, 18, 9, 2, 27, "+0000")
    eml = outlook_msg(seed="c65", frm=M.addr("Lucy Barraclough", "lucy.b@penninepet.example"), to=our_addr(pa),
                      subject="RE: " + req_subject(pa), date=date, msgid=mid_outlook("c65"), irt=rid(pa), refs=rid(pa),
                      reply=reply, hdr_block=outlook_block(pa, "en", "15:50"), quoted=request_text(pa),
                      lang="EN-GB", clang="en-GB")
    assert times("0.74", 24) == "17.76"
    exp = expect("confirmation", "Only PO 04827 answered: 74p x 24 = 17.76 per case; lamb as ordered; Wed 2 Dec. PO 04828 deferred -> left out.",
                 conf(pa, {1: C(pa, 1, price="17.76"), 2: A(pa, 2)}))
    return [pa, pb], eml, exp


# ------------------------------------------------------------------ 66
@case("violin-strings-relative-dates-de", "confirmation/de-DE",
      "Relative dates measured from the mail date: 'nächsten Dienstag' and 'heute in drei Wochen'; string set sizes 4/4 look like fractions or dates.")
def c_strings_de():
    s = supplier("VOGTLAND", "Saitenmanufaktur Vogtland GmbH", "bestellung@saiten-vogtland.example", "de-DE")
    p = po("TPS-26-04823", s, "jonas", "2026-11-17", [
        ("SV-VIOL-4/4-SET", "Violinsaiten-Satz 4/4, Synthetikkern", 60, "SET", "14.80", "2026-11-27"),
        ("SV-CELLO-4/4-SET", "Cellosaiten-Satz 4/4, Stahlkern", 12, "SET", "62.00", "2026-11-27"),
        ("SV-GIT-KLASS-12", "Konzertgitarrensaiten normal, Karton 12 Sätze", 10, "CTN", "58.80", "2026-11-27"),
    ])
    mail = dt.date(2026, 11, 19)
    assert mail.weekday() == 3
    tue = next_weekday(mail, 1)
    three_weeks = plus_days(mail, 21)
    assert tue == "2026-11-24" and three_weeks == "2026-12-10"
    reply = """Hallo Herr Weller,

danke für die Bestellung TPS-26-04823.

Die 60 Violinsätze 4/4 gehen heute raus und sind nächsten Dienstag bei Ihnen.
Die Cellosätze müssen wir erst fertigen - Liefertermin heute in drei Wochen.
Die Konzertgitarrensaiten sind auf Lager und kommen wie gewünscht am 27.11.

Preise wie bestellt.

Viele Grüße aus Markneukirchen
Uwe Meinel
Saitenmanufaktur Vogtland GmbH | Klingenthaler Str. 40 | 08258 Markneukirchen | 037422 4 61 90"""
    attr = "Am 17.11.2026 um 13:05 schrieb Jonas Weller:"
    date = M.mdate(2026, 11, 19, 10, 18, 7, "+0100")
    eml = tb_msg(seed="c66", frm=M.addr("Uwe Meinel", "u.meinel@saiten-vogtland.example"), to=our_addr(p),
                 subject="Re: " + req_subject(p), date=date, msgid=mid_uuid("c66", "saiten-vogtland.example"),
                 irt=rid(p), refs=rid(p), reply=reply, attr=attr, quoted=request_text(p), lang="de-DE")
    exp = expect("confirmation", "Mail Thu 19.11.: 'nächsten Dienstag' = 2026-11-24, 'heute in drei Wochen' = 2026-12-10; guitar strings 27.11 as ordered.",
                 conf(p, {1: C(p, 1, date=tue), 2: C(p, 2, date=three_weeks), 3: A(p, 3)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 67
@case("ortho-screws-xlsx-erp-it", "confirmation/it-IT",
      "Italian ERP order confirmation as XLSX with positions 10-40, own codes, real Excel date cells, lot numbers and lot expiry dates; one item partly back-ordered without date.")
def c_ortho_xlsx():
    s = supplier("ORTOLOMB", "Ortopedia Lombarda S.p.A.", "servizio.clienti@ortolombarda.example", "it-IT")
    p = po("TPS-26-04829", s, "lena", "2026-11-17", [
        ("OL-VITE-CORT-3.5-30", "Vite corticale 3,5 x 30 mm, titanio, sterile", 50, "EA", "31.00", "2026-12-04"),
        ("OL-VITE-SPONG-6.5-60", "Vite spongiosa 6,5 x 60 mm, filetto 16 mm, sterile", 20, "EA", "44.00", "2026-12-04"),
        ("OL-CHIODO-TIB-10x360", "Chiodo tibiale 10 x 360 mm, sterile", 3, "EA", "760.00", "2026-12-04"),
        ("OL-TAPPO-CHIODO-0", "Tappo di chiusura per chiodo tibiale, 0 mm", 3, "EA", "58.00", "2026-12-04"),
    ])
    D = dt.date
    rows = [
        ["CONFERMA D'ORDINE N. OC-26-07718", None, None, None, None, None, None, None, None, None, None],
        ["Cliente", "Tessera Procurement Services", None, "Vs. ordine", "TPS-26-04829", None, "Data OC", D(2026, 11, 19)],
        [],
        ["Pos.", "Ns. codice", "Vs. codice", "Descrizione", "Q.tà", "UM", "Prezzo unit. EUR", "Data consegna", "Lotto", "Scad. lotto", "Note"],
        [10, "VC35030T", "OL-VITE-CORT-3.5-30", "Vite corticale 3,5x30 Ti sterile", 50, "PZ", 31.00, D(2026, 12, 4), "L24-0931", D(2031, 6, 30), None],
        [20, "VS65060T16", "OL-VITE-SPONG-6.5-60", "Vite spongiosa 6,5x60 filetto 16", 20, "PZ", 44.00, D(2026, 12, 11), "L25-0112", D(2032, 1, 31), "sterilizzazione in corso"],
        [30, "CT10360", "OL-CHIODO-TIB-10x360", "Chiodo tibiale 10x360", 2, "PZ", 760.00, D(2026, 12, 4), "L25-0377", D(2032, 3, 31), "1 pz in backorder, data da definire"],
        [40, "TC00", "OL-TAPPO-CHIODO-0", "Tappo chiusura 0 mm", 3, "PZ", 61.00, D(2026, 12, 4), "L25-0380", D(2032, 3, 31), "listino 2026/2"],
        [],
        ["Condizioni di pagamento: RB 60 gg f.m.", None, None, None, None, None, None, None, None, None, None],
        ["Resa: franco destino", None, None, None, None, None, None, None, None, None, None],
    ]
    xlsx = make_xlsx([("Conferma", rows)])
    body = """Buongiorno,

in allegato la conferma d'ordine n. OC-26-07718 relativa al Vs. ordine TPS-26-04829.
Vi preghiamo di verificarne il contenuto e di segnalarci eventuali discrepanze entro 48 ore.

Cordiali saluti
Servizio Clienti
Ortopedia Lombarda S.p.A. - Via Lombardia 18 - 20900 Monza (MB)

Messaggio generato automaticamente dal sistema gestionale."""
    date = M.mdate(2026, 11, 19, 12, 30, 0, "+0100")
    eml = plain_msg(seed="c67", frm=M.addr("Ortopedia Lombarda - Servizio Clienti", "noreply@ortolombarda.example"),
                    to=our_addr(p), cc="servizio.clienti@ortolombarda.example",
                    subject=M.subj("Conferma d'ordine OC-26-07718 - Vs. ordine TPS-26-04829"), date=date,
                    msgid=mid_plain("c67", "erp.ortolombarda.example", "OC2607718."), body_text=body,
                    cs="utf-8", cte="quoted-printable",
                    attachments=[M.attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                              "OC-26-07718.xlsx")])
    exp = expect("confirmation",
                 "XLSX: pos 10 as ordered; pos 20 11/12; pos 30 only 2 (1 back-ordered, no date); pos 40 61,00. Lot expiry dates and OC date are distractors.",
                 conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-11"), 3: C(p, 3, quantity=2), 4: C(p, 4, price="61.00")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 68
@case("water-czwartek-tydzien-51-pl", "confirmation/pl-PL",
      "Polish 'czwartek, tydz. 51' names the day inside the week (Thursday 17 Dec, not Friday); one line rounded down to full pallets.")
def c_water_pl():
    s = supplier("ZRODLA", "Źródła Beskidzkie Sp. z o.o.", "zamowienia@zrodla-beskidzkie.example", "pl-PL")
    p = po("TPS-26-04830", s, "mira", "2026-11-18", [
        ("ZB-NGAZ-1.5-6", "Woda mineralna niegazowana 1,5 l, zgrzewka 6 szt.", 600, "PAK", "1.98", "2026-12-15"),
        ("ZB-GAZ-0.5-12", "Woda mineralna gazowana 0,5 l, zgrzewka 12 szt.", 300, "PAK", "3.30", "2026-12-15"),
    ])
    d = cw_day(2026, 51, 4)
    assert d == "2026-12-17"
    reply = """Dzień dobry Pani Miro,

potwierdzamy zamówienie TPS-26-04830, ceny zgodnie z zamówieniem.

Dostawa: czwartek, tydz. 51.

Na paletę wchodzi 84 zgrzewek wody 1,5 l, dlatego zamiast 600 szt. wyślemy 588 zgrzewek (7 pełnych palet). Woda gazowana 0,5 l - 300 zgrzewek bez zmian.

Pozdrawiam serdecznie
Agnieszka Wójcik
Dział Obsługi Klienta
Źródła Beskidzkie Sp. z o.o., ul. Zdrojowa 5, 43-460 Wisła
tel. 33 855 41 20"""
    date = M.mdate(2026, 11, 20, 8, 48, 17, "+0100")
    eml = outlook_msg(seed="c68", frm=M.addr("Agnieszka Wójcik", "a.wojcik@zrodla-beskidzkie.example", "iso-8859-2", "Q"),
                      to=our_addr(p), subject="Odp: " + req_subject(p), date=date, msgid=mid_outlook("c68"),
                      irt=rid(p), refs=rid(p), reply=reply, hdr_block=outlook_block(p, "pl", "13:25"),
                      quoted=request_text(p), cs="iso-8859-2", lang="PL", clang="pl-PL")
    exp = expect("confirmation", "'czwartek, tydz. 51' = Thursday 2026-12-17 for both lines; line 1 588 packs (7 pallets of 84).",
                 conf(p, {1: C(p, 1, quantity=588, date=d), 2: C(p, 2, date=d)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 69
@case("road-salt-big-bag-tonne-semana-49", "confirmation/es-ES",
      "Salt priced per 1,2 t big bag for a PO per tonne (same net price), and only a loading week ('carga semana 49') as the date.")
def c_salt_es():
    s = supplier("SALMED", "Salinas del Mediterráneo S.A.", "comercial@salinasmed.example", "es-ES")
    p = po("TPS-26-04831", s, "sam", "2026-11-18", [
        ("SM-SAL-DESH-BB", "Sal de deshielo a granel, big bag 1,2 t", 24, "T", "86.00", "2026-12-01"),
        ("SM-SAL-SACO-25", "Sal de deshielo en saco de 25 kg", 800, "BAG", "4.10", "2026-12-01"),
    ])
    from decimal import Decimal
    assert Decimal("103.20") / Decimal("1.2") == Decimal("86")
    d = cw_fri(2026, 49)
    assert d == "2026-12-04"
    reply = """Buenos días, Sam:

Confirmamos su pedido TPS-26-04831:

- Sal de deshielo a granel: 20 big bags de 1,2 t (24 t) a 103,20 € el big bag.
- Sal de deshielo en saco de 25 kg: 800 sacos a 4,10 €.

Carga en fábrica (Torrevieja) la semana 49, portes incluidos hasta su almacén.
Forma de pago: transferencia a 60 días fecha factura.

Saludos cordiales,

Javier Martínez Soler
Dpto. Comercial - Salinas del Mediterráneo S.A.
Ctra. de la Mata s/n - 03180 Torrevieja (Alicante) - Tel. 965 71 04 33"""
    date = M.mdate(2026, 11, 19, 9, 33, 40, "+0100")
    eml = outlook_msg(seed="c69", frm=M.addr("Javier Martínez Soler", "j.martinez@salinasmed.example"), to=our_addr(p),
                      subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c69"), irt=rid(p), refs=rid(p),
                      reply=reply, hdr_block=outlook_block(p, "es", "12:10"), quoted=request_text(p),
                      cs="windows-1252", lang="ES", clang="es-ES")
    exp = expect("confirmation", "103,20 per 1,2 t big bag = 86.00 per t (unchanged); loading week 49 only -> Friday 2026-12-04 for both lines.",
                 conf(p, {1: C(p, 1, date=d), 2: C(p, 2, date=d)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 70
@case("filament-forwarded-internal-chain", "confirmation/en-GB",
      "The sales rep forwards the production manager's internal note; the dates are in the forwarded part, with 'ready to ship' vs 'with them' days.")
def c_filament_fwd():
    s = supplier("MIDLANDSFIL", "Midlands Filament Co. Ltd", "sales@midlandsfilament.example", "en-GB")
    p = po("TPS-26-04832", s, "priya", "2026-11-16", [
        ("MFC-PLA-175-WHT", "PLA 1.75 mm white, 1 kg spool", 200, "SPL", "12.40", "2026-12-01"),
        ("MFC-PLA-175-GRY", "PLA 1.75 mm grey, 1 kg spool", 100, "SPL", "12.40", "2026-12-01"),
        ("MFC-PETG-175-BLK", "PETG 1.75 mm black, 1 kg spool", 80, "SPL", "14.90", "2026-12-01"),
    ], currency="GBP")
    for d_, w in (("2026-11-27", 4), ("2026-11-30", 0), ("2026-12-04", 4), ("2026-12-07", 0)):
        wd(d_, w)
    reply = """Hi Priya,

See below from our production team - all confirmed at PO prices, the PETG black just comes a week later as Mark says.

Ellie

---------- Forwarded message ---------
From: Mark Doherty <mark.doherty@midlandsfilament.example>
Date: Tue, 17 Nov 2026 at 16:02
Subject: RE: Tessera TPS-26-04832
To: Ellie Shaw <ellie.shaw@midlandsfilament.example>


Ellie - PLA white and grey go on the line Thursday, ready to ship Fri 27th, DPD next working day so with them Mon 30th.
PETG black needs the new resin batch, realistically ships Fri 4 Dec, with them Mon 7th.
Mark

> From: Ellie Shaw
> Sent: 17 November 2026 11:20
> To: Mark Doherty
> Subject: Tessera TPS-26-04832
>
> Mark, can you give me dates for Tessera's order? 200 PLA white, 100 PLA grey, 80 PETG black. They want it by 1st Dec.

--
Ellie Shaw | Customer Accounts
Midlands Filament Co. Ltd | Unit 3, Tame Valley Business Park, Tamworth B77 5BY | 01827 555 901"""
    date = M.mdate(2026, 11, 18, 8, 36, 54, "+0000")
    eml = gmail_msg(seed="c70", frm=M.addr("Ellie Shaw", "ellie.shaw@midlandsfilament.example"), to=our_addr(p),
                    subject="Fwd: RE: Tessera TPS-26-04832", date=date, msgid=mid_gmail("c70"), irt=rid(p), refs=rid(p),
                    reply=reply)
    exp = expect("confirmation", "Delivery ('with them') wins over ship: PLA lines 2026-11-30, PETG 2026-12-07; prices as PO.",
                 conf(p, {1: C(p, 1, date="2026-11-30"), 2: C(p, 2, date="2026-11-30"), 3: C(p, 3, date="2026-12-07")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 71
@case("insulation-arc-pdf-kerned-tj", "confirmation/fr-FR",
      "French ERP 'accusé de réception' PDF whose text is split by TJ kerning (words and numbers broken into pieces); expedition vs delivery columns and pallet rounding.")
def c_insul_fr_pdf():
    s = supplier("ISORHONE", "Isolants du Rhône SAS", "adv@isolants-rhone.example", "fr-FR")
    p = po("TPS-26-04833", s, "jonas", "2026-11-18", [
        ("IR-LV-ROUL-100", "Laine de verre rouleau 100 mm, 1,2 x 8,1 m (9,72 m2)", 50, "ROL", "28.40", "2026-12-09"),
        ("IR-LR-PAN-60", "Laine de roche panneau 60 mm, paquet 5,67 m2", 70, "PAQ", "33.90", "2026-12-09"),
        ("IR-PARE-VAP-SD18", "Pare-vapeur Sd 18 m, rouleau 1,5 x 50 m", 8, "ROL", "52.00", "2026-12-09"),
    ])
    y0 = 800
    ops = [("b", 50, y0, 13, "ISOLANTS DU RHÔNE SAS"),
           ("t", 50, y0 - 14, 9, "ZI des Platières - 69390 Vourles - SIRET 412 887 530 00021"),
           ("tj", 50, y0 - 50, 13, ["ACCUS", -20, "É DE R", 15, "ÉCEPTION DE COMMANDE  ", "N", -40, "° ARC-26-11452"]),
           ("tj", 50, y0 - 68, 9, ["Date : 19/11/", 10, "2026     Votre commande : TPS-", -5, "26-04833 du 18/11/2026"]),
           ("t", 50, y0 - 82, 9, "Client : Tessera Procurement Services   -   Livraison : DAP chantier"),
           ("line", 50, y0 - 92, 545, y0 - 92),
           ("row", y0 - 104, 8, [(50, "Lig."), (75, "Réf. ISORHONE"), (150, "Votre réf."), (250, "Qté"), (290, "U"),
                                 (315, "P.U. HT"), (370, "Expédition"), (440, "Livraison"), (505, "Total HT")]),
           ("line", 50, y0 - 110, 545, y0 - 110),
           ("row", y0 - 122, 8, [(50, "10"), (75, "LV100-1281"), (150, "IR-LV-ROUL-100"), (250, "50"), (290, "ROL"),
                                 (315, "28,40"), (370, "07/12/2026"), (440, "09/12/2026"), (505, "1 420,00")]),
           ("tj", 150, y0 - 134, 8, ["Laine de verre rou", 30, "leau 100 mm 1,2 x 8,1 m"]),
           ("row", y0 - 150, 8, [(50, "20"), (75, "LR60-0613"), (150, "IR-LR-PAN-60"), (250, "72"), (290, "PAQ"),
                                 (315, "33,90"), (370, "07/12/2026"), (440, "09/12/2026"), (505, "2 440,80")]),
           ("tj", 150, y0 - 162, 8, ["Laine de roche 60 mm - ", "vente par palette de 2", -10, "4 paquets"]),
           ("tj", 50, y0 - 178, 8, ["30", 0]),
           ("row", y0 - 178, 8, [(75, "PV18-1550"), (150, "IR-PARE-VAP-SD18"), (250, "8"), (290, "ROL")]),
           ("tj", 315, y0 - 178, 8, ["55,", -15, "50"]),
           ("tj", 370, y0 - 178, 8, ["14/12/", 20, "2026"]),
           ("tj", 440, y0 - 178, 8, ["16/", -10, "12/2026"]),
           ("t", 505, y0 - 178, 8, "444,00"),
           ("t", 150, y0 - 190, 8, "Pare-vapeur Sd 18 m - nouveau tarif au 01/12/2026"),
           ("line", 50, y0 - 200, 545, y0 - 200),
           ("row", y0 - 214, 9, [(370, "Total HT"), (505, "4 304,80")]),
           ("row", y0 - 226, 9, [(370, "TVA 20 %"), (505, "860,96")]),
           ("row", y0 - 238, 9, [(370, "Total TTC"), (505, "5 165,76")]),
           ("t", 50, y0 - 270, 8, "Conditions de paiement : 45 jours fin de mois. Franco de port à partir de 1 200 EUR HT."),
           ("t", 50, y0 - 282, 8, "Offre de prix n° DV-26-3391 valable jusqu'au 31/12/2026."),
           ]
    pdf = make_pdf([ops], title="ARC-26-11452", producer="Sage X3 - Editions", compress=True)
    body = """Madame, Monsieur,

Veuillez trouver ci-joint l'accusé de réception de votre commande TPS-26-04833 (notre référence ARC-26-11452).

Cordialement,
Isolants du Rhône - Administration des ventes

Ce message a été envoyé automatiquement, merci de ne pas y répondre."""
    date = M.mdate(2026, 11, 19, 17, 2, 31, "+0100")
    eml = plain_msg(seed="c71", frm=M.addr("ADV Isolants du Rhône", "no-reply@isolants-rhone.example", "iso-8859-1", "Q"),
                    to=our_addr(p), subject=M.subj("Accusé de réception de commande ARC-26-11452", "iso-8859-1", "Q"),
                    date=date, msgid=mid_plain("c71", "x3.isolants-rhone.example", "ARC2611452."), body_text=body,
                    cs="iso-8859-1", cte="quoted-printable",
                    attachments=[M.attachment(pdf, "application/pdf", "ARC-26-11452.pdf")])
    exp = expect("confirmation",
                 "PDF (kerned TJ text): line 10 as ordered; line 20 72 packs (pallets of 24); line 30 55,50 and delivery 16/12 (ship 14/12). Offer validity 31/12 and 01/12 tariff date are distractors.",
                 conf(p, {1: A(p, 1), 2: C(p, 2, quantity=72), 3: C(p, 3, price="55.50", date="2026-12-16")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 72
@case("canopies-csv-ack-backorder", "confirmation/en-US",
      "ERP acknowledgment with a CSV attachment (US dates, quoted commas); one PO line appears as two SO rows, the second a back-order in January.")
def c_canopy_csv():
    s = supplier("LAKESHORE", "Lakeshore Canopy & Tent Co.", "orders@lakeshorecanopy.example", "en-US")
    p = po("TPS-26-04834", s, "dana", "2026-11-18", [
        ("LCT-POP-10x10-BLU", "Pop-up canopy 10x10 ft, blue, steel frame", 25, "EA", "189.00", "2026-12-08"),
        ("LCT-SIDEWALL-10", "Sidewall 10 ft, solid, white", 60, "EA", "34.00", "2026-12-08"),
        ("LCT-WEIGHT-40", "Canopy leg weight 40 lb, set of 4", 25, "SET", "72.00", "2026-12-08"),
    ], currency="USD")
    csv = ("SO Number,SO Line,Customer PO,Customer Item,Our Item,Description,Qty Ordered,Qty Confirmed,UOM,Unit Price,Extended,Promise Ship Date,Est Delivery Date\r\n"
           'SO-118804,1,TPS-26-04834,LCT-POP-10x10-BLU,PC1010-BL-S,"Pop-up canopy 10x10, blue, steel",25,25,EA,189.00,4725.00,12/03/2026,12/08/2026\r\n'
           'SO-118804,2,TPS-26-04834,LCT-SIDEWALL-10,SW10-WH-S,"Sidewall 10\', solid, white",60,60,EA,34.00,2040.00,12/03/2026,12/08/2026\r\n'
           'SO-118804,3,TPS-26-04834,LCT-WEIGHT-40,WT40-4PK,"Leg weight 40 lb, 4/pk",25,20,SET,72.00,1440.00,12/03/2026,12/08/2026\r\n'
           'SO-118804,4,TPS-26-04834,LCT-WEIGHT-40,WT40-4PK,"Leg weight 40 lb, 4/pk - BACKORDER",0,5,SET,72.00,360.00,01/05/2027,01/08/2027\r\n')
    body = """Thank you for your order!

Attached is the acknowledgment for Sales Order SO-118804 (your PO TPS-26-04834).
Please review quantities, pricing and dates and contact your sales rep within 2 business days if anything is incorrect.

Terms: Net 30. Freight: Prepaid & Add. Quote Q-7731 valid through 12/31/2026.

Lakeshore Canopy & Tent Co. | 4100 W Fullerton Ave, Chicago, IL 60639 | (773) 555-0182
This is an automated message from our order management system."""
    date = M.mdate(2026, 11, 19, 6, 15, 2, "-0600")
    eml = plain_msg(seed="c72", frm=M.addr("Lakeshore Order Desk", "no-reply@lakeshorecanopy.example"), to=our_addr(p),
                    subject="Sales Order Acknowledgment SO-118804 - PO TPS-26-04834", date=date,
                    msgid=mid_plain("c72", "netsuite.lakeshorecanopy.example", "SO118804."), body_text=body,
                    cs="us-ascii", cte="7bit",
                    attachments=[M.attachment(csv.encode("ascii"), "text/csv", "SO-118804_ack.csv")])
    exp = expect("confirmation", "CSV rows 1-2 as ordered (est. delivery 12/08); PO line 3 = SO rows 3+4: 20 on 2026-12-08 and 5 on 2027-01-08.",
                 conf(p, {1: A(p, 1), 2: A(p, 2),
                          3: C(p, 3, date="2027-01-08", schedule=[(20, "2026-12-08"), (5, "2027-01-08")])}))
    return [p], eml, exp


# ------------------------------------------------------------------ 73
@case("cat-food-id-price-per-can", "confirmation/id-ID",
      "Indonesian reply with decimal commas ('USD 0,82 per kaleng') priced per can for a PO per case of 24; sailing date vs 'tiba sekitar' arrival.")
def c_catfood_id():
    s = supplier("SATWAPANGAN", "PT Satwa Pangan Nusantara", "export@satwapangan.example", "id-ID")
    p = po("TPS-26-04835", s, "chen", "2026-11-18", [
        ("SPN-CAT-TUNA-400-24", "Cat food tuna 400 g can, case of 24", 200, "CS", "19.20", "2027-01-29"),
        ("SPN-CAT-SARD-85-24", "Cat food sardine 85 g can, case of 24", 300, "CS", "8.40", "2027-01-29"),
    ], currency="USD")
    reply = """Yth. Bapak Chen Yu,

Terima kasih atas PO TPS-26-04835. Dengan ini kami konfirmasi:

1. Makanan kucing tuna 400 g: 200 karton, harga USD 0,82 per kaleng (USD 19,68 per karton isi 24).
2. Makanan kucing sarden 85 g: 300 karton @ USD 8,40, sesuai PO.

Kapal berangkat dari Tanjung Perak, Surabaya tanggal 28 Desember 2026 dan tiba di gudang Bapak sekitar 29 Januari 2027.

Hormat kami,
Dewi Kartika Sari
Export Marketing
PT Satwa Pangan Nusantara | Jl. Rungkut Industri III No. 41, Surabaya 60293 | +62 31 843 7720"""
    attr = "Pada tanggal Rab, 18 Nov 2026 pukul 14.10 Chen Yu <chen.yu@tessera-procure.example> menulis:"
    wd("2026-11-18", 2)
    date = M.mdate(2026, 11, 20, 15, 12, 45, "+0700")
    eml = gmail_msg(seed="c73", frm=M.addr("Dewi Kartika Sari", "export@satwapangan.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c73"), irt=rid(p), refs=rid(p),
                    reply=reply, attr=attr, quoted=request_text(p))
    exp = expect("confirmation", "Tuna 0,82 x 24 = 19.68 per case; sardine as ordered; arrival ~29 Jan 2027 = requested (sailing 28 Dec is shipping).",
                 conf(p, {1: C(p, 1, price=times("0.82", 24)), 2: A(p, 2)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 74
@case("aero-wipes-conditional-2027-pricing", "needs_review/en-CA",
      "Conditional: confirm only if we accept 2027 pricing (+6.5 %), or ship by Dec 18 at old prices 'which we can't guarantee'; the buyer has to choose.")
def c_conditional_ca():
    s = supplier("MAPLEAERO", "Maple Leaf Aviation Consumables Inc.", "orders@mapleaero.example", "en-CA")
    p = po("TPS-26-04837", s, "sam", "2026-11-18", [
        ("MLA-WIPE-LINT-200", "Lint-free wipes 9x9 in, pack of 200", 40, "PAK", "23.50", "2027-01-12"),
        ("MLA-IPA-99-4L", "Isopropyl alcohol 99 %, 4 L jug", 24, "EA", "41.00", "2027-01-12"),
    ], currency="USD")
    reply = """Hi Sam,

Thanks for PO TPS-26-04837. Since both lines would deliver after January 1, we can confirm the PO only if you accept our 2027 pricing, which is +6.5% on both items.

Alternatively we could try to ship everything by Dec 18 at 2026 prices, but I can't guarantee that for the wipes.

Let me know which option you prefer and I'll send the acknowledgment right away.

Regards,
Marc-André Gagnon
Maple Leaf Aviation Consumables Inc. | 7300 Côte-de-Liesse, Montréal, QC H4T 1E7 | 514-555-0163"""
    date = M.mdate(2026, 11, 20, 11, 7, 16, "-0500")
    eml = outlook_msg(seed="c74", frm=M.addr("Marc-André Gagnon", "ma.gagnon@mapleaero.example"), to=our_addr(p),
                      subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c74", "canprd01"), irt=rid(p),
                      refs=rid(p), reply=reply, hdr_block=outlook_block(p, "en", "16:45"), quoted=request_text(p),
                      lang="EN-CA", clang="en-CA")
    exp = expect("needs_review", "Two alternative, conditional offers; nothing committed until the buyer chooses.")
    return [p], eml, exp


# ------------------------------------------------------------------ 75
@case("wool-felt-customs-question-nz", "needs_review/en-NZ",
      "Questions about certificates of origin and DAP vs FCA before the supplier will send dates; item widths and weights look like numbers to read.")
def c_question_nz():
    s = supplier("KIWIWOOL", "Kiwi Wool Textiles Ltd", "sales@kiwiwool.example", "en-NZ")
    p = po("TPS-26-04838", s, "lena", "2026-11-18", [
        ("KWT-FELT-3MM-180", "Wool felt 3 mm, 180 cm wide, roll 25 m", 150, "M", "21.40", "2027-02-12"),
        ("KWT-FELT-5MM-180", "Wool felt 5 mm, 180 cm wide, roll 20 m", 80, "M", "32.60", "2027-02-12"),
    ])
    reply = """Kia ora Lena,

Thanks for the PO, much appreciated.

Before we book the shipment, two questions:
1. Do you need an EUR.1 / certificate of origin and a declaration for the wool (animal by-product) for your customs? Our forwarder needs to know this week.
2. Your PO says DAP, but our quote of 28/10 was FCA Auckland - which one do you want to go with?

Once that's sorted I'll send you the pro-forma with dates.

Cheers,
Aroha Ngata
Kiwi Wool Textiles Ltd | 14 Mahunga Drive, Māngere Bridge, Auckland 2022 | +64 9 555 0178"""
    attr = "On Wed, 18 Nov 2026 at 22:40, Lena Brandt <lena.brandt@tessera-procure.example> wrote:"
    date = M.mdate(2026, 11, 19, 13, 5, 51, "+1300")
    eml = gmail_msg(seed="c75", frm=M.addr("Aroha Ngata", "sales@kiwiwool.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c75"), irt=rid(p), refs=rid(p),
                    reply=reply, attr=attr, quoted=request_text(p))
    exp = expect("needs_review", "Open questions (customs documents, incoterm); dates promised only afterwards.")
    return [p], eml, exp


# ------------------------------------------------------------------ 76
@case("cable-ties-ambiguous-only-200-cs", "needs_review/cs-CZ",
      "Czech 'we can only deliver 200, the rest in January' without saying which of three similar lines it refers to.")
def c_ambiguous_cs():
    s = supplier("VAZPASKY", "Vázací pásky Morava s.r.o.", "prodej@pasky-morava.example", "cs-CZ")
    p = po("TPS-26-04839", s, "mira", "2026-11-18", [
        ("VPM-160x2.5-NAT", "Cable tie 160x2.5 mm natural, bag of 100", 300, "BAG", "0.95", "2026-12-11"),
        ("VPM-200x3.6-NAT", "Cable tie 200x3.6 mm natural, bag of 100", 300, "BAG", "1.45", "2026-12-11"),
        ("VPM-200x3.6-CER", "Cable tie 200x3.6 mm black, bag of 100", 300, "BAG", "1.55", "2026-12-11"),
    ])
    reply = """Dobrý den,

děkujeme za objednávku. Bohužel z toho můžeme do 11. 12. dodat jen 200, zbytek až v lednu. Cena beze změny.

S pozdravem
Radek Novotný
Vázací pásky Morava s.r.o.
Tovární 12, 779 00 Olomouc
tel. +420 585 224 117

Odesláno z mého telefonu"""
    date = M.mdate(2026, 11, 19, 18, 40, 22, "+0100")
    eml = plain_msg(seed="c76", frm=M.addr("Radek Novotný", "r.novotny@pasky-morava.example", "iso-8859-2"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date,
                    msgid=mid_plain("c76", "pasky-morava.example", "android."), irt=rid(p), refs=rid(p),
                    body_text=reply + "\n\n-------- Původní zpráva --------\nOd: Mira Kovač <mira.kovac@tessera-procure.example>\n"
                    "Datum: 18. 11. 2026 14:02\nPředmět: " + req_subject(p) + "\n\n" + request_text(p),
                    cs="iso-8859-2", cte="quoted-printable", extra=[("X-Mailer", "Android Mail 6.9")])
    exp = expect("needs_review", "'only 200' could mean one line, each line, or 200 bags in total over three similar lines; the rest 'in January' has no date.")
    return [p], eml, exp


# ------------------------------------------------------------------ 77
@case("vaccine-carriers-looks-ok-i-think-da", "needs_review/da-DK",
      "Danish 'det ser fint ud, tror jeg' with a stock check pending: sounds positive but commits to nothing.")
def c_looks_ok_da():
    s = supplier("NORDCOLD", "Nordic Cold Chain ApS", "salg@nordic-coldchain.example", "da-DK")
    p = po("TPS-26-04840", s, "priya", "2026-11-18", [
        ("NCC-VC-2.5L", "Vaccine carrier 2.5 L, PQS E004", 80, "EA", "64.00", "2026-12-14"),
        ("NCC-LOG-30D", "Temperature logger 30 days", 80, "EA", "13.50", "2026-12-14"),
    ])
    reply = """Hej Priya

Det ser fint ud, tror jeg - jeg skal lige have lageret til at tjekke, om vi har nok af de 2,5 L bokse. Vender tilbage.

Mvh Jesper

Sendt fra min iPhone"""
    attr = "Den 18. nov. 2026 kl. 15.30 skrev Priya Nair <priya.nair@tessera-procure.example>:"
    date = M.mdate(2026, 11, 19, 7, 12, 0, "+0100")
    eml = apple_msg(seed="c77", frm=M.addr("Jesper Holm", "jesper@nordic-coldchain.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_uuid("c77", "nordic-coldchain.example"),
                    irt=rid(p), refs=rid(p), reply=reply, attr=attr, quoted=request_text(p), iphone=True)
    exp = expect("needs_review", "Hedged, pending a stock check; 'vender tilbage' = will revert.")
    return [p], eml, exp


# ------------------------------------------------------------------ 78
@case("playground-ooo-norwegian", "auto_reply/nb-NO",
      "Norwegian 'Fraværende' auto-reply with holiday dates and a forwarding address for order confirmations.")
def c_ooo_nb():
    s = supplier("NORSKLEK", "Norsk Lekeplass AS", "ordre@norsklek.example", "nb-NO")
    p = po("TPS-26-04841", s, "mira", "2026-11-19", [
        ("NL-HUSKE-FUGLEREIR", "Fuglereirhuske 100 cm med stativ", 2, "EA", "2150.00", "2027-03-05"),
        ("NL-FALLUNDERLAG-M2", "Støtdempende gummifliser", 60, "M2", "48.00", "2027-03-05"),
    ])
    body = """Hei,

Takk for e-posten din. Jeg er på ferie til og med fredag 27. november og har ikke tilgang til e-post.

For ordrebekreftelser og leveringstider, kontakt ordre@norsklek.example eller ring sentralbordet på 22 60 44 10.

Med vennlig hilsen
Ingrid Bakke
Norsk Lekeplass AS"""
    wd("2026-11-27", 4)
    date = M.mdate(2026, 11, 19, 12, 0, 44, "+0100")
    eml = alt_msg(seed="c78", frm=M.addr("Ingrid Bakke", "ingrid.bakke@norsklek.example"), to=our_addr(p),
                  subject=M.subj("Fraværende: " + req_subject(p), "iso-8859-1", "Q"), date=date,
                  msgid=mid_outlook("c78"), irt=rid(p), refs=rid(p), plain=body,
                  html=M.simple_html(M.html_lines(body, "<p class=MsoNormal>", "</p>"), cs="iso-8859-1"),
                  cs="iso-8859-1", style="outlook",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = expect("auto_reply", "Norwegian OOO; 27 November is the return date.")
    return [p], eml, exp


# ------------------------------------------------------------------ 79
@case("screws-statement-of-account", "unrelated/en-GB",
      "Monthly statement of account PDF listing invoices, due dates, overdue amounts and older PO numbers; nothing about the open PO.")
def c_statement():
    s = supplier("KINGSBRIDGE", "Kingsbridge Screws & Fixings Ltd", "sales@kingsbridge-fixings.example", "en-GB")
    p = po("TPS-26-04842", s, "sam", "2026-11-19", [
        ("KSF-WOOD-5x70-T500", "Wood screw 5.0x70 mm, TX25, tub of 500", 40, "TUB", "16.20", "2026-12-03"),
        ("KSF-CONC-7.5x100-T100", "Concrete screw 7.5x100 mm, tub of 100", 25, "TUB", "21.80", "2026-12-03"),
    ], currency="GBP")
    pdf = simple_doc([
        ("b", "KINGSBRIDGE SCREWS & FIXINGS LTD", 13),
        "Kingsbridge Works, Station Road, Walsall WS2 9LB  |  VAT GB 318 5524 07",
        ("gap",),
        ("b", "STATEMENT OF ACCOUNT", 12),
        ("row", [(50, "Account: TESS001"), (220, "Statement date: 20/11/2026"), (400, "Terms: 30 days EOM")]),
        ("rule",),
        ("row", [(50, "Date"), (110, "Reference"), (190, "Your PO"), (290, "Due"), (350, "Debit"), (420, "Credit"), (490, "Balance")]),
        ("rule",),
        ("row", [(50, "18/09/2026"), (110, "INV 88214"), (190, "TPS-26-03902"), (290, "31/10/2026"), (350, "1,284.00"), (420, ""), (490, "1,284.00")]),
        ("row", [(50, "02/10/2026"), (110, "INV 88601"), (190, "TPS-26-04107"), (290, "30/11/2026"), (350, "642.50"), (420, ""), (490, "1,926.50")]),
        ("row", [(50, "21/10/2026"), (110, "PAY"), (190, "BACS"), (290, ""), (350, ""), (420, "1,284.00"), (490, "642.50")]),
        ("row", [(50, "05/11/2026"), (110, "INV 89033"), (190, "TPS-26-04388"), (290, "31/12/2026"), (350, "918.40"), (420, ""), (490, "1,560.90")]),
        ("row", [(50, "12/11/2026"), (110, "CRN 2291"), (190, "TPS-26-04388"), (290, ""), (350, ""), (420, "45.60"), (490, "1,515.30")]),
        ("rule",),
        ("row", [(50, "Current: 872.80"), (160, "30 days: 642.50"), (280, "60 days: 0.00"), (400, "Total due: 1,515.30")]),
        ("gap",),
        "Please remit to Sort code 40-11-62, Account 71829344, quoting account TESS001.",
    ], title="Statement TESS001 2026-11", producer="Sage 200")
    body = """Dear Customer,

Please find attached your statement of account as at 20/11/2026.

If you have any queries regarding this statement please contact our credit control team on 01922 555 640.

Kind regards,
Credit Control
Kingsbridge Screws & Fixings Ltd"""
    date = M.mdate(2026, 11, 20, 6, 30, 0, "+0000")
    eml = plain_msg(seed="c79", frm=M.addr("Kingsbridge Credit Control", "accounts@kingsbridge-fixings.example"),
                    to="accounts.payable@tessera-procure.example", cc=p["buyer"]["email"],
                    subject="Statement of account - TESS001 - November 2026", date=date,
                    msgid=mid_plain("c79", "kingsbridge-fixings.example", "stmt."), body_text=body, cs="us-ascii",
                    cte="7bit", attachments=[M.attachment(pdf, "application/pdf", "Statement_TESS001_20261120.pdf")])
    exp = expect("unrelated", "Statement of account for older POs; not a reply to TPS-26-04842.")
    return [p], eml, exp


# ------------------------------------------------------------------ 80
@case("drumheads-html-only-bottom-posted", "confirmation/nl-BE",
      "HTML-only Outlook-web reply posted below the quoted request, with an HTML table whose dates are d/m without year; our own table sits above it.")
def c_drums_html():
    s = supplier("SLAGWERK", "Slagwerk Atelier Gent BV", "info@slagwerk-gent.example", "nl-BE")
    p = po("TPS-26-04836", s, "dana", "2026-11-18", [
        ("SAG-VEL-14-COAT", "Drumvel 14 inch coated, single ply", 30, "EA", "10.40", "2026-12-07"),
        ("SAG-VEL-22-BD", "Bassdrumvel 22 inch clear", 6, "EA", "38.50", "2026-12-07"),
        ("SAG-STOKKEN-7A-12", "Drumstokken 7A hickory, doos 12 paar", 5, "BOX", "52.00", "2026-12-07"),
    ])
    quoted = request_text(p)
    rows = [["Artikel", "Aantal", "Prijs/st.", "Levering"],
            ["Drumvel 14\" coated", "30", "10,40", "7/12"],
            ["Bassdrumvel 22\" clear", "6", "41,00", "7/12"],
            ["Drumstokken 7A (doos 12 paar)", "5 dozen", "52,00", "14/12"]]
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">'
            f'<div id="divRplyFwdMsg"><b>Van:</b> Dana Ruiz &lt;dana.ruiz@tessera-procure.example&gt;<br>'
            f'<b>Verzonden:</b> woensdag 18 november 2026 11:20<br><b>Aan:</b> info@slagwerk-gent.example<br>'
            f'<b>Onderwerp:</b> {M.esc(req_subject(p))}</div>'
            f'<blockquote style="border-left:1px solid #ccc;margin-left:4px;padding-left:8px"><pre>{M.esc(quoted)}</pre></blockquote>'
            f'<p>Dag Dana,</p><p>Hieronder onze bevestiging. Het bassdrumvel 22" is bij de fabrikant in prijs gestegen, '
            f'de stokken komen een week later binnen.</p>'
            f'{M.table_html(rows)}'
            f'<p>Groetjes,<br>Pieter De Smet<br>Slagwerk Atelier Gent BV - Dok Noord 7, 9000 Gent - 09 225 71 48</p>'
            f'</div></body></html>\n')
    wd("2026-11-18", 2)
    date = M.mdate(2026, 11, 20, 16, 48, 9, "+0100")
    eml = html_only_msg(seed="c80", frm=M.addr("Pieter De Smet", "pieter@slagwerk-gent.example"), to=our_addr(p),
                        subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c80", "eurprd02"),
                        irt=rid(p), refs=rid(p), html=html, cs="utf-8", cte="quoted-printable",
                        extra=[("X-MS-Exchange-Organization-SCL", "-1")])
    exp = expect("confirmation", "Bottom-posted HTML table: 14\" heads as ordered; 22\" 41,00; sticks 14/12 (= 2026-12-14).",
                 conf(p, {1: A(p, 1), 2: C(p, 2, price="41.00"), 3: C(p, 3, date="2026-12-14")}))
    return [p], eml, exp
