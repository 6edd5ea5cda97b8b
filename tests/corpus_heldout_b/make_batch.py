#!/usr/bin/env python3
"""Deterministic generator of held-out corpus batch B (Noordkaap Technical Supply B.V. world).

Run with a Python that has fpdf2 and openpyxl:
    /work/heldout/venv-b/bin/python make_batch.py
Writes cases/NNN-slug/{pos.json,message.eml,expected.json}.  Helpers: lib_b.py, mailers.py.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib_b import *  # noqa: F401,F403
from lib_b import Att, REJ, UNC, acc, chg, conf, make_po, pdf_doc, pdf_table, xlsx_doc, write_case  # noqa
from mailers import reply  # noqa

ROOT = Path(__file__).resolve().parent / "cases"


def S(id_, name, email, locale):
    return {"id": id_, "name": name, "email": email, "locale": locale}


SUP = {
    "WLO": S("WLO", "Wälzlagerwerk Oberlausitz GmbH", "auftrag@wlo-lager.example", "de-DE"),
    "KOWEL": S("KOWEL", "Kowalczyk Elektronika Sp. z o.o.", "zamowienia@kowalczyk-elektronika.example", "pl-PL"),
    "TAB": S("TAB", "Tlakové armatury Brno s.r.o.", "prodej@tlakove-armatury.example", "cs-CZ"),
    "VZL": S("VZL", "Verpakkingen Zeeland B.V.", "orders@verpakkingen-zeeland.example", "nl-NL"),
    "RAGUSA": S("RAGUSA", "Fratelli Ragusa Minuterie S.r.l.", "ordini@ragusa-minuterie.example", "it-IT"),
    "QLEV": S("QLEV", "Química Levante S.A.", "pedidos@quimicalevante.example", "es-ES"),
    "EVER": S("EVER", "Emballages Vercors SAS", "adv@emballages-vercors.example", "fr-FR"),
    "THORN": S("THORN", "Thornbury Springs Ltd", "sales@thornbury-springs.example", "en-GB"),
    "DUNM": S("DUNM", "Dunmore Cable & Harness Ltd", "orders@dunmore-harness.example", "en-GB"),
    "SCHMD": S("SCHMD", "Schmitz Dichtungstechnik KG", "verkauf@schmitz-dichtung.example", "de-DE"),
    "ALPK": S("ALPK", "Alpenkraft Antriebe AG", "auftragsdienst@alpenkraft.example", "de-CH"),
    "METP": S("METP", "Metalúrgica Paulista Ltda.", "vendas@metpaulista.example", "pt-BR"),
    "HUARUI": S("HUARUI", "Shenzhen Huarui Electronics Co., Ltd.", "sales@huarui-elec.example", "zh-CN"),
    "JDL": S("JDL", "Ningbo Jiadeli Packaging Co., Ltd.", "export@jiadeli-pack.example", "zh-CN"),
    "KPS": S("KPS", "Kaohsiung Precision Screw Co., Ltd.", "oa@kps-screw.example", "en-US"),
    "HSD": S("HSD", "Hokuriku Sensor Devices K.K.", "overseas@hokuriku-sensor.example", "ja-JP"),
    "PUNE": S("PUNE", "Pune Polymers Pvt. Ltd.", "sales@punepolymers.example", "en-IN"),
    "CPC": S("CPC", "Coimbatore Pump Castings Pvt. Ltd.", "marketing@cbe-pumpcast.example", "en-IN"),
    "GLF": S("GLF", "Great Lakes Fastener Supply Inc.", "orders@glfastener.example", "en-US"),
    "TIDE": S("TIDE", "Tidewater Adhesives LLC", "cs@tidewater-adhesives.example", "en-US"),
    "EDN": S("EDN", "Empaques del Norte S.A. de C.V.", "ventas@empaquesdelnorte.example", "es-MX"),
    "GBM": S("GBM", "Georgian Bay Motion Controls Inc.", "order.desk@gbmotion.example", "en-CA"),
    "RHC": S("RHC", "Rheintal Chemie GmbH", "kundenservice@rheintal-chemie.example", "de-DE"),
    "KRON": S("KRON", "Kronoberg Verktyg AB", "order@kronoberg-verktyg.example", "sv-SE"),
    "OLB": S("OLB", "Oleodinamica Bresciana S.p.A.", "vendite@oleobresciana.example", "it-IT"),
    "DVK": S("DVK", "De Vries Kunststof Verpakkingen B.V.", "verkoop@devrieskunststof.example", "nl-NL"),
    "VEM": S("VEM", "Vogtland Elektromechanik GmbH", "innendienst@vogtland-em.example", "de-DE"),
    "HKA": S("HKA", "Hanseatische Kartonagen GmbH", "bestellung@hanse-kartonagen.example", "de-DE"),
    "LSG": S("LSG", "Lone Star Gasket & Seal Co.", "sales@lonestargasket.example", "en-US"),
    "PLZ": S("PLZ", "Plasty Zlín a.s.", "obchod@plasty-zlin.example", "cs-CZ"),
    "CEC": S("CEC", "Componentes Elétricos Campinas Ltda.", "comercial@cec-campinas.example", "pt-BR"),
    "DXL": S("DXL", "Dongguan Xinlong Plastic Hardware Co., Ltd.", "sales@xinlong-dg.example", "zh-CN"),
    "SED": S("SED", "Sonoran Electronics Distribution", "orders@sonoran-elec.example", "en-US"),
    "PENA": S("PENA", "Pennant Abrasives Ltd", "sales@pennant-abrasives.example", "en-GB"),
    "AVF": S("AVF", "Allegheny Valve & Fitting Co.", "customerservice@alleghenyvalve.example", "en-US"),
    "RBC": S("RBC", "Rajkot Brass Components", "exports@rajkotbrass.example", "en-IN"),
    "CALP": S("CALP", "Caledonian Packaging Ltd", "orders@caledonian-pack.example", "en-GB"),
    "FWA": S("FWA", "Feinwerktechnik Allgäu GmbH", "vertrieb@fwt-allgaeu.example", "de-DE"),
}

CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ===========================================================================
# confirmations
# ===========================================================================

@case("wlo-erp-pdf-ab-kw-ship-vs-delivery")
def c_wlo(key):
    po = make_po("71041187", SUP["WLO"], "aga", "EUR", "2026-11-20", [
        ("NK-BRG-6204-2RS", "Deep groove ball bearing 6204-2RS C3", 500, "EA", "2.36", "2027-01-15"),
        ("NK-BRG-30205", "Tapered roller bearing 30205", 120, "EA", "9.80", "2027-01-15"),
        ("NK-BRG-GE12", "Spherical plain bearing GE 12 E", 80, "EA", "6.45", "2027-01-22"),
        ("NK-BRG-UCP205", "Pillow block unit UCP 205, bore 25 mm", 40, "EA", "14.90", "2027-01-22"),
    ], request=False)

    def pdf(p):
        p.set_font("DejaVu", "B", 14)
        p.cell(0, 8, "Wälzlagerwerk Oberlausitz GmbH", new_x="LMARGIN", new_y="NEXT")
        p.set_font("DejaVu", "", 8)
        p.cell(0, 5, "Gewerbering 12 · 02763 Zittau · USt-IdNr. DE 812 334 551", new_x="LMARGIN", new_y="NEXT")
        p.ln(4)
        p.set_font("DejaVu", "B", 12)
        p.cell(0, 7, "AUFTRAGSBESTÄTIGUNG Nr. 2026-118734", new_x="LMARGIN", new_y="NEXT")
        p.set_font("DejaVu", "", 9)
        for l in ["Kunde: 40318  Noordkaap Technical Supply B.V., Hurksestraat 41, NL-5652 AJ Eindhoven",
                  "Ihre Bestellung: 71041187 vom 20.11.2026     Ihr Zeichen: A. Wróbel",
                  "Datum: 23.11.2026     Lieferbedingung: DAP Eindhoven (Incoterms 2020)     Zahlung: 30 Tage netto",
                  "Versanddatum = Abgang Werk Zittau; Liefertermin = Eintreffen beim Kunden."]:
            p.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
        pdf_table(p, ["Pos", "Ihre Art.-Nr.", "Unsere Art.-Nr.", "Bezeichnung", "Menge", "Preis/St EUR", "Versand", "Liefertermin"],
                  [["10", "NK-BRG-6204-2RS", "WLO-6204-2RS-C3", "Rillenkugellager 6204-2RS C3", "500 St", "2,36", "08.01.2027", "KW 02/2027"],
                   ["20", "NK-BRG-30205", "WLO-30205-J2", "Kegelrollenlager 30205 J2/Q", "120 St", "10,05", "08.01.2027", "KW 02/2027"],
                   ["30", "NK-BRG-GE12", "WLO-GE12E-2RS", "Gelenklager GE 12 E, d/D 12/22 mm", "80 St", "6,45", "22.01.2027", "27.01.2027"],
                   ["40", "NK-BRG-UCP205", "WLO-UCP205-16", 'Stehlager UCP 205-16 (1")', "40 St", "14,90", "15.01.2027", "KW 03/2027"]],
                  [9, 27, 27, 50, 14, 20, 20, 22], size=7)
        p.ln(3)
        p.multi_cell(0, 5, "Pos. 20: Preisanpassung gemäß Materialteuerung Wälzlagerstahl 100Cr6.\n"
                           "Gesamtnetto: EUR 3.498,00 zzgl. MwSt.\nEs gelten unsere AGB, Stand 01/2026.")
    data = pdf_doc(pdf)
    top = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung 2026-118734 zu Ihrer "
           "Bestellung 71041187.\n\nBitte prüfen Sie die Angaben. Abweichungen teilen Sie uns bitte innerhalb von "
           "2 Werktagen mit.\n\nMit freundlichen Grüßen\nWälzlagerwerk Oberlausitz GmbH\nAuftragsabwicklung\n\n"
           "Diese Nachricht wurde automatisch erstellt.\n")
    msg = reply(key, po, ("WLO Auftragsabwicklung", "auftrag@wlo-lager.example"), "2026-11-23 07:42:10", "+0100", top,
                "plain", lang="de", subject="Auftragsbestätigung 2026-118734 zu Ihrer Bestellung 71041187",
                quote=False, html=False, in_reply=False, charset="iso-8859-1",
                extra=[("X-Mailer", "SAP NetWeaver 7.50 / BCS")],
                atts=[Att(data, "application", "pdf", "AB_2026-118734.pdf")])
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: acc(po, 1), 2: chg(po, 2, unit_price="10.05"), 3: chg(po, 3, date="2027-01-27"), 4: acc(po, 4)})],
           "notes": "ERP mail (no thread) with PDF AB; positions 10/20/30/40 map to lines 1-4 via 'Ihre Art.-Nr.'. "
                    "Ship (Versand) vs delivery (Liefertermin) columns: delivery wins. KW 02/2027 = Fri 2027-01-15 "
                    "(accepted), KW 03/2027 = Fri 2027-01-22 (accepted). Pos 20 price 10,05 (was 9.80). Pos 30 "
                    "delivery 27.01.2027. Description 'd/D 12/22 mm' (bearing dimensions, not 22 Dec) and '(1\")'. ISO-8859-1 body."}
    return [po], msg, exp


@case("kowalczyk-outlook-pl-80-of-100")
def c_kowel(key):
    po = make_po("71041203", SUP["KOWEL"], "rahul", "EUR", "2026-11-17", [
        ("NK-EL-STM32F4", "Microcontroller STM32F407VGT6, LQFP100", 250, "EA", "7.90", "2026-12-18"),
        ("NK-EL-LM2596", "DC/DC converter module LM2596, 3 A", 100, "EA", "3.15", "2026-12-18"),
        ("NK-EL-TERM-508", "PCB terminal block 5.08 mm, 2-pole", 2000, "EA", "0.1840", "2026-12-18"),
    ])
    top = ("Dzień dobry Panie Rahulu,\n\npotwierdzamy zamówienie nr 71041203:\n\n"
           "poz. 1 – STM32F407VGT6 – 250 szt. x 7,90 EUR – dostawa 18.12.2026 – OK\n"
           "poz. 2 – moduł LM2596 – niestety możemy dostarczyć tylko 80 szt. ze 100 zamówionych, pozostałych 20 szt. "
           "nie jesteśmy w stanie dostarczyć (producent wycofał wersję 3 A). Cena i termin bez zmian.\n"
           "poz. 3 – listwa zaciskowa 5,08 mm – 2 000 szt. x 0,1840 EUR – 18.12.2026 – potwierdzamy.\n\n"
           "Pozdrawiam / Best regards\nMarta Zielińska\nDział Sprzedaży\nKowalczyk Elektronika Sp. z o.o.\n"
           "ul. Fabryczna 17, 61-245 Poznań\ntel. +48 61 555 21 40\n\n"
           "Treść tej wiadomości jest poufna i prawnie chroniona. Jeżeli nie jest Pan/Pani jej adresatem, prosimy o "
           "powiadomienie nadawcy i usunięcie wiadomości.\n")
    msg = reply(key, po, ("Marta Zielińska", "m.zielinska@kowalczyk-elektronika.example"), "2026-11-24 10:31:44", "+0100",
                top, "outlook-desktop", lang="pl", subject="ODP: Order acknowledgment requested - PO 71041203")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: chg(po, 2, quantity=80), 3: acc(po, 3)})],
           "notes": "Polish Outlook ('ODP:'). Line 2: only 80 of 100, the remaining 20 cannot be supplied -> changed "
                    "quantity 80 (not rejected). '2 000 szt.' with space thousands; prices with decimal comma. "
                    "Quoted request below repeats all PO values."}
    return [po], msg, exp


@case("tlakove-thunderbird-cs-ks-by-description")
def c_tab(key):
    po = make_po("71041219", SUP["TAB"], "aga", "EUR", "2026-11-18", [
        ("NK-VLV-BV38", 'Ball valve 3/8" BSP, brass, PN40', 1200, "EA", "4.85", "2027-01-08"),
        ("NK-VLV-BV12", 'Ball valve 1/2" BSP, brass, PN40', 800, "EA", "5.60", "2027-01-08"),
        ("NK-VLV-CHK34", 'Check valve 3/4" BSP, spring loaded', 300, "EA", "8.20", "2027-01-15"),
    ])
    top = ("Dobrý den paní Wróbel,\n\nk Vaší objednávce č. 71041219 potvrzujeme:\n\n"
           "- kulový ventil 3/8\" : 1 200 ks à 4,85 EUR/ks, dodání 8. 1. 2027\n"
           "- kulový ventil 1/2\" : 800 ks à 5,60 EUR/ks, dodání až 22. 1. 2027 (čekáme na mosazné tyče)\n\n"
           "Zpětný ventil 3/4\" Vám potvrdíme zvlášť, jakmile budeme mít termín od slévárny.\n\n"
           "S pozdravem\n\nPetr Dvořák\nobchodní oddělení\nTlakové armatury Brno s.r.o.\nHolandská 8, 639 00 Brno\n"
           "+420 545 555 318\n")
    msg = reply(key, po, ("Petr Dvořák", "dvorak@tlakove-armatury.example"), "2026-11-25 14:05:19", "+0100", top,
                "thunderbird", lang="cs", subject="Re: Order acknowledgment requested - PO 71041219")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-22"), 3: UNC})],
           "notes": "Czech Thunderbird plain text (format=flowed). Lines identified only by description (3/8\", 1/2\"), "
                    "no line numbers; '1 200 ks' space thousands, 'à 4,85 EUR/ks'; Czech dates '8. 1. 2027' with spaces. "
                    "Line 3 explicitly deferred -> unconfirmed. Fractions 3/8 and 1/2 are not dates."}
    return [po], msg, exp


@case("zeeland-owa-nl-forwarded-planning-chain")
def c_vzl(key):
    po = make_po("71041236", SUP["VZL"], "femke", "EUR", "2026-11-19", [
        ("NK-PK-RSC-400", "Corrugated box RSC 400x300x300, double wall", 3000, "EA", "0.92", "2027-01-13"),
        ("NK-PK-RSC-600", "Corrugated box RSC 600x400x400, double wall", 1500, "EA", "1.38", "2027-01-13"),
        ("NK-PK-DIV-12", "Cardboard divider insert, 12 cells", 2000, "EA", "0.41", "2027-01-13"),
    ])
    from lib_b import request_text
    req = request_text(po)
    chain = (
        "Beste Femke,\n\nZie hieronder de terugkoppeling van onze planning. De prijzen zijn conform jullie order.\n\n"
        "Met vriendelijke groet,\n\nSanne Verhoeven\nBinnendienst | Verpakkingen Zeeland B.V.\nT +31 113 555 640\n\n"
        "________________________________\nVan: Bram Kuipers <b.kuipers@verpakkingen-zeeland.example>\n"
        "Verzonden: donderdag 26 november 2026 15:48\nAan: Sanne Verhoeven <s.verhoeven@verpakkingen-zeeland.example>\n"
        "Onderwerp: RE: Noordkaap 71041236 inplannen\n\nSanne,\n\nNa overleg met productie: regel 1 en regel 3 leveren we "
        "op 13-01 zoals gevraagd. De 600x400x400 (regel 2) komt pas in week 3 van de golfkartonlijn, levering wordt dus "
        "vrijdag 22-01.\n\nGr. Bram\n\n"
        "________________________________\nVan: Sanne Verhoeven <s.verhoeven@verpakkingen-zeeland.example>\n"
        "Verzonden: donderdag 26 november 2026 09:12\nAan: Bram Kuipers <b.kuipers@verpakkingen-zeeland.example>\n"
        "Onderwerp: RE: Noordkaap 71041236 inplannen\n\nBram, kan regel 2 echt niet eerder dan week 4? Klant wil alles "
        "half januari.\n\n"
        "________________________________\nVan: Bram Kuipers <b.kuipers@verpakkingen-zeeland.example>\n"
        "Verzonden: woensdag 25 november 2026 17:30\nAan: Sanne Verhoeven <s.verhoeven@verpakkingen-zeeland.example>\n"
        "Onderwerp: RE: Noordkaap 71041236 inplannen\n\nEerste inschatting: regel 1 en 3 op 13-01, regel 2 pas week 4 "
        "(29-01).\n\n"
        "________________________________\nVan: Sanne Verhoeven <s.verhoeven@verpakkingen-zeeland.example>\n"
        "Verzonden: woensdag 25 november 2026 11:02\nAan: Bram Kuipers <b.kuipers@verpakkingen-zeeland.example>\n"
        "Onderwerp: FW: Order acknowledgment requested - PO 71041236\n\nBram, kun je deze inplannen? Zie order hieronder.\n\n")
    top = chain
    msg = reply(key, po, ("Sanne Verhoeven", "s.verhoeven@verpakkingen-zeeland.example"), "2026-11-26 16:20:03", "+0100",
                top, "owa", lang="nl", subject="RE: Order acknowledgment requested - PO 71041236")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-22"), 3: acc(po, 3)})],
           "notes": "OWA reply whose top note only says 'see below from planning, prices as ordered'. The internal "
                    "chain below holds the dates; the planner's LATEST message (26 Nov 15:48) says lines 1+3 on 13-01 "
                    "and line 2 Friday 22-01 (week 3). An older planner message says week 4 (29-01) - superseded. "
                    "Dates without year -> Jan 2027."}
    return [po], msg, exp


@case("ragusa-outlook-it-price-per-1000")
def c_ragusa(key):
    po = make_po("71041250", SUP["RAGUSA"], "aga", "EUR", "2026-11-18", [
        ("NK-FS-DIN934-M8", "Hex nut DIN 934 M8, A2 stainless", 20000, "EA", "0.0385", "2027-01-20"),
        ("NK-FS-DIN125-8", "Flat washer DIN 125 A 8.4, A2", 20000, "EA", "0.0120", "2027-01-20"),
        ("NK-FS-ISO4762-M8", "Socket head cap screw ISO 4762 M8x40, A2-70", 5000, "EA", "0.1950", "2027-01-20"),
    ])
    top = ("Gentile Sig.ra Wróbel,\n\ncon la presente confermiamo il Vs. ordine n. 71041250 come segue:\n\n"
           "pos. 1 – dadi DIN 934 M8 inox A2: 20.000 pz – € 38,50 /1000 pz – consegna 20/01/2027\n"
           "pos. 2 – rondelle DIN 125 Ø 8,4 A2: 20.000 pz – € 12,00 /1000 pz – consegna 20/01/2027\n"
           "pos. 3 – viti TCEI ISO 4762 M8x40 A2-70: 5.000 pz – € 212,00 /1000 pz – consegna 27/01/2027\n\n"
           "Il prezzo della pos. 3 è stato aggiornato in base al listino nichel di novembre.\n\n"
           "Cordiali saluti\n\nGiulia Ferraro\nUfficio Commerciale Estero\nFratelli Ragusa Minuterie S.r.l.\n"
           "Via dell'Artigianato 22 – 25030 Castel Mella (BS)\nTel. +39 030 555 8812\n")
    msg = reply(key, po, ("Giulia Ferraro", "g.ferraro@ragusa-minuterie.example"), "2026-11-23 11:47:31", "+0100", top,
                "outlook-desktop", lang="it", subject="R: Order acknowledgment requested - PO 71041250")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: acc(po, 2),
                                                               3: chg(po, 3, unit_price="0.212", date="2027-01-27")})],
           "notes": "Italian Outlook ('R:'). Prices per 1000 pcs in Italian format: '€ 38,50 /1000' = 0.0385 (as PO), "
                    "'€ 12,00 /1000' = 0.0120 (as PO), '€ 212,00 /1000' = 0.212 (changed). Quantities '20.000' with dot "
                    "thousands. Line 3 also 27/01/2027."}
    return [po], msg, exp


@case("levante-gmail-es-split-drums")
def c_qlev(key):
    po = make_po("71041268", SUP["QLEV"], "femke", "EUR", "2026-11-20", [
        ("NK-CH-IPA-99", "Isopropyl alcohol 99.9%, 200 L drum", 1000, "L", "1.42", "2026-12-15"),
        ("NK-CH-ACE-25", "Acetone technical grade, 25 L can", 40, "EA", "38.50", "2026-12-15"),
    ])
    top = ("Hola Femke,\n\ngracias por el pedido 71041268.\n\n"
           "Isopropanol 99,9 %: ahora mismo sólo tenemos 3 bidones en stock. Le enviamos 3 bidones (600 L) el 14/12 y "
           "los 2 bidones restantes (400 L) el 11/01/2027, precio 1,42 €/L sin cambios.\n"
           "Acetona 25 L: 40 garrafas confirmadas según pedido.\n\n"
           "Un saludo,\n\nJordi Puig\nAtención al cliente – Química Levante S.A.\nPolígono Industrial Fuente del Jarro, "
           "C/ Ciudad de Sevilla 41, 46988 Paterna (Valencia)\n")
    msg = reply(key, po, ("Jordi Puig", "jordi.puig@quimicalevante.example"), "2026-11-24 13:02:55", "+0100", top,
                "gmail", lang="es", subject="Re: Order acknowledgment requested - PO 71041268")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: chg(po, 1, schedule=[(600, "2026-12-14"), (400, "2027-01-11")]), 2: acc(po, 2)})],
           "notes": "Spanish Gmail. Line 1 split into 600 L on 14/12 (no year -> 2026-12-14) and 400 L on 11/01/2027; "
                    "quantities expressed as drums AND litres. Line 2 'según pedido' -> accepted. Quoted request "
                    "shows 1000 L / 15 Dec."}
    return [po], msg, exp


@case("vercors-apple-fr-surcharge-semaine")
def c_ever(key):
    po = make_po("71041275", SUP["EVER"], "femke", "EUR", "2026-11-19", [
        ("NK-PK-ETUI-A5", "Folding carton A5, white GC1 350 g/m2", 12500, "EA", "0.084", "2026-12-18"),
        ("NK-PK-HCV-500", "Honeycomb paper void fill, roll 500 m", 60, "EA", "48.00", "2026-12-18"),
    ])
    top = ("Bonjour Madame de Graaf,\n\nNous vous confirmons bonne réception et acceptation de votre commande 71041275 :\n\n"
           "– ligne 1 : 12\u202f500 étuis A5 à 0,084 € HT l’unité, livraison semaine 51 ;\n"
           "– ligne 2 : 60 rouleaux de calage papier nid d’abeille, livraison semaine 51 également. Merci de noter "
           "qu’une surcharge papier de +2,5 % s’applique à cette référence à compter de cette commande.\n\n"
           "Bien cordialement,\n\nClaire Morel\nAdministration des ventes\nEmballages Vercors SAS\n"
           "ZA Les Iles, 38250 Villard-de-Lans\nTél. : +33 4 76 55 51 20\n")
    msg = reply(key, po, ("Claire Morel", "c.morel@emballages-vercors.example"), "2026-11-25 18:11:07", "+0100", top,
                "apple", lang="fr", subject="Re: Order acknowledgment requested - PO 71041275")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="49.20")})],
           "notes": "French Apple Mail. 'semaine 51' = Fri 2026-12-18 = requested. '12 500' with narrow no-break "
                    "space. Line 2: +2,5 % paper surcharge on 48.00 -> 49.20 (not stated as an amount)."}
    return [po], msg, exp


@case("thornbury-outlook-engb-skips-line-3")
def c_thorn(key):
    po = make_po("71041282", SUP["THORN"], "aga", "GBP", "2026-11-20", [
        ("NK-SPR-C0420", "Compression spring 0.42 x 4.0 x 20 mm, music wire", 5000, "EA", "0.118", "2027-01-08"),
        ("NK-SPR-T1260", "Torsion spring 1.2 x 6 mm, 90 deg legs", 2000, "EA", "0.365", "2027-01-08"),
        ("NK-SPR-EXT08", "Extension spring 0.8 x 8 x 32 mm, stainless 302", 1000, "EA", "0.52", "2027-01-15"),
    ])
    top = ("Hi Agnieszka,\n\nThanks for the order.\n\nLine 1 confirmed as per your PO.\nLine 2 - we can deliver 4/1/27, "
           "price as ordered.\n\nRegards,\nGareth\n\nGareth Pryce | Sales Office\nThornbury Springs Ltd | Unit 4 Severn "
           "Trading Estate | Thornbury | BS35 2YZ\nT: 01454 555 730\n\nThornbury Springs Ltd is registered in England "
           "and Wales, company no. 04411872.\n")
    msg = reply(key, po, ("Gareth Pryce", "g.pryce@thornbury-springs.example"), "2026-11-26 09:05:48", "+0000", top,
                "outlook", lang="en-GB")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-04"), 3: UNC})],
           "notes": "en-GB: '4/1/27' is 4 January 2027 (day-first), not April 1. Line 3 is never mentioned -> "
                    "unconfirmed. Quoted Outlook request carries all three lines."}
    return [po], msg, exp


@case("schmitz-notes-de-pricelist-effective-date")
def c_schmd(key):
    po = make_po("71041291", SUP["SCHMD"], "aga", "EUR", "2026-11-19", [
        ("NK-SEAL-OR50x3", "O-ring 50 x 3 mm, NBR 70", 2000, "EA", "0.095", "2026-12-16"),
        ("NK-SEAL-RWDR35", "Radial shaft seal 35x52x7, FKM", 400, "EA", "1.84", "2026-12-16"),
        ("NK-SEAL-FL-DN50", "Flat gasket DN50 PN16, aramid fibre", 300, "EA", "2.10", "2027-01-13"),
    ])
    top = ("Sehr geehrte Frau Wróbel,\n\nvielen Dank für Ihre Bestellung 71041291, die wir hiermit zu den genannten "
           "Preisen und Terminen bestätigen.\n\nBitte beachten Sie: Zum 01.02.2027 tritt unsere neue Preisliste 2027 in "
           "Kraft (durchschnittlich +4,2 %). Für Lieferungen bis zum 31.01.2027 gelten weiterhin die bisherigen Preise.\n\n"
           "Mit freundlichen Grüßen\n\nUwe Hollmann\nVerkauf Innendienst\n\nSchmitz Dichtungstechnik KG\n"
           "Industriestraße 5 · 42855 Remscheid\nTel. +49 2191 555 4470\nSitz: Remscheid · HRA 4471 AG Wuppertal\n")
    msg = reply(key, po, ("Uwe Hollmann", "uwe.hollmann@schmitz-dichtung.example"), "2026-11-24 08:37:46", "+0100", top,
                "notes", lang="de", subject="Antwort: Order acknowledgment requested - PO 71041291",
                sig_html_font="sans-serif")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3)})],
           "notes": "Lotus Notes ('Antwort:'). Plain confirmation of prices and dates; next to it a price-list notice "
                    "with its own dates (01.02.2027, 31.01.2027) and +4,2 % that apply to later deliveries - neither a "
                    "delivery date nor a price change for this order."}
    return [po], msg, exp


@case("alpenkraft-outlook-dech-apostrophe-price")
def c_alpk(key):
    po = make_po("71041305", SUP["ALPK"], "aga", "EUR", "2026-11-20", [
        ("NK-DRV-GM075", "Helical gear motor 0.75 kW, i=20.3, B5 flange", 6, "EA", "1250.00", "2027-02-05"),
        ("NK-DRV-FU075", "Frequency inverter 0.75 kW, 3x400 V", 6, "EA", "386.00", "2027-02-05"),
    ])
    top = ("Grüezi Frau Wróbel\n\nBesten Dank für Ihre Bestellung 71041305. Wir bestätigen wie folgt:\n\n"
           "Pos. 1   6 Stk.  Stirnradgetriebemotor SG 0.75 kW, i=20.3, B5   à EUR 1'250.00   Liefertermin 05.02.2027\n"
           "Pos. 2   6 Stk.  Frequenzumrichter FU-075/400                  à EUR 398.00     Liefertermin 19.02.2027\n\n"
           "Der Frequenzumrichter wird neu in der Ausführung mit integriertem EMV-Filter geliefert, daher der "
           "Mehrpreis.\n\nFreundliche Grüsse\n\nReto Bachmann\nAuftragsdienst\nAlpenkraft Antriebe AG\n"
           "Industriestrasse 31, CH-8404 Winterthur\n+41 52 555 33 10\n")
    msg = reply(key, po, ("Bachmann Reto", "reto.bachmann@alpenkraft.example"), "2026-11-25 15:40:12", "+0100", top,
                "outlook-desktop", lang="de", subject="AW: Order acknowledgment requested - PO 71041305")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="398.00", date="2027-02-19")})],
           "notes": "Swiss German (de-CH, no ß): price with apostrophe thousands 1'250.00 and decimal POINT. Line 2 "
                    "price 398.00 and date 19.02.2027."}
    return [po], msg, exp


@case("metpaulista-outlook-ptbr-one-line-rejected")
def c_metp(key):
    po = make_po("71041313", SUP["METP"], "aga", "USD", "2026-11-18", [
        ("NK-CAST-PH80", "Pump housing, grey iron GG25, machined, DN80", 60, "EA", "148.00", "2027-02-26"),
        ("NK-CAST-IMP80", "Impeller DN80, bronze", 60, "EA", "96.50", "2027-02-26"),
        ("NK-CAST-FL80", "Blind flange DN80, GG25", 120, "EA", "22.40", "2027-02-26"),
    ])
    top = ("Prezada Agnieszka, bom dia.\n\nSegue a confirmação do pedido 71041313:\n\n"
           "Item 1 – carcaça DN80: 60 pçs, US$ 148,00, entrega conforme solicitado (26/02/2027).\n"
           "Item 2 – rotor DN80 em bronze: infelizmente não conseguimos fornecer, encerramos a linha de fundição de "
           "bronze este ano.\n"
           "Item 3 – flange cega DN80: 120 pçs, US$ 22,40, entrega 15/03/2027.\n\n"
           "Atenciosamente,\n\nRenata Oliveira\nExportação | Metalúrgica Paulista Ltda.\nAv. dos Estados 4120, Santo André – SP\n"
           "+55 11 5555-7031\n")
    msg = reply(key, po, ("Renata Oliveira", "renata.oliveira@metpaulista.example"), "2026-11-30 11:15:09", "-0300", top,
                "outlook", lang="pt", subject="RES: Order acknowledgment requested - PO 71041313")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: REJ, 3: chg(po, 3, date="2027-03-15")})],
           "notes": "pt-BR Outlook ('RES:'). Item 2 declined (no longer casting bronze) -> rejected while the rest is "
                    "confirmed; item 3 date 15/03/2027. US$ with decimal comma."}
    return [po], msg, exp


@case("huarui-foxmail-zh-price-up-led")
def c_huarui(key):
    po = make_po("71041320", SUP["HUARUI"], "rahul", "USD", "2026-11-20", [
        ("NK-EL-CAP10U", "MLCC 10 uF 25 V X7R 0805", 40000, "EA", "0.0215", "2027-01-08"),
        ("NK-EL-RES10K", "Thick film resistor 10 kOhm 1% 0603", 100000, "EA", "0.0018", "2027-01-08"),
        ("NK-EL-LED3528", "White LED 3528, 6000 K", 20000, "EA", "0.0150", "2027-01-08"),
    ])
    top = ("Rahul 您好，\n\n贵司订单 71041320 确认如下：\n\n"
           "1. 贴片电容 10uF 25V X7R 0805：40000 个，单价 USD 0.0215，交货日期：2027年1月8日\n"
           "2. 贴片电阻 10K 1% 0603：100000 个，单价 USD 0.0018，交货日期：2027年1月8日\n"
           "3. 白光LED 3528：20000 个，因芯片涨价，单价调整为 USD 0.0162，交货日期：2027年1月15日\n\n"
           "如有问题请随时联系。谢谢！\n\n陈静 Chen Jing\n深圳市华锐电子有限公司 | Shenzhen Huarui Electronics Co., Ltd.\n"
           "Tel: +86 755 5555 3186  WeChat: huarui_chenjing\n")
    msg = reply(key, po, ("陈静", "chenjing@huarui-elec.example"), "2026-11-24 17:26:40", "+0800", top, "foxmail",
                lang="en", subject="回复：Order acknowledgment requested - PO 71041320", charset="gb18030")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: acc(po, 2),
                                                               3: chg(po, 3, unit_price="0.0162", date="2027-01-15")})],
           "notes": "Simplified Chinese Foxmail in GB18030/base64, subject '回复：'. Dates 2027年1月8日 / 2027年1月15日. "
                    "Line 3 price raised to 0.0162 and date moved."}
    return [po], msg, exp


@case("jiadeli-qq-zh-split-ship-dates")
def c_jdl(key):
    po = make_po("71041338", SUP["JDL"], "femke", "USD", "2026-11-19", [
        ("NK-PK-BAG-ZIP", "Zip lock bag PE 200x300 mm, 60 um", 5000, "EA", "0.0310", "2027-01-15"),
        ("NK-PK-BUB-30", "Bubble wrap bag 300x400 mm", 8000, "EA", "0.0520", "2027-01-15"),
    ])
    top = ("Dear Femke 你好！\n\nPO 71041338 已收到，价格确认不变。\n\n"
           "第1项 自封袋 200x300：12月20日先发3000个，剩下2000个1月18日发货。\n"
           "第2项 气泡袋 300x400：8000个全部1月5日发货。\n\n"
           "海运 Ningbo - Rotterdam 约30天，请知悉。\n\n王磊 Wang Lei\n宁波佳德利包装有限公司\n"
           "Mob/WeChat: +86 138 5555 0917\n")
    msg = reply(key, po, ("王磊", "2851736620@qq.example"), "2026-11-26 21:40:17", "+0800", top, "qq", lang="en",
                subject="回复： Order acknowledgment requested - PO 71041338", charset="gb18030")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: chg(po, 1, schedule=[(3000, "2026-12-20"), (2000, "2027-01-18")]), 2: chg(po, 2, date="2027-01-05")})],
           "notes": "QQ Mail from a personal address (not the supplier's registered e-mail) but threaded on the request. "
                    "Chinese dates without year: 12月20日 -> 2026-12-20, 1月18日/1月5日 -> 2027. Only SHIP dates "
                    "(发货) are given, so they are the dates; the ~30 days sea transit remark is not a delivery date. "
                    "Line 1 split 3000 + 2000."}
    return [po], msg, exp


@case("kps-xlsx-oa-per-thousand-eta")
def c_kps(key):
    po = make_po("71041346", SUP["KPS"], "aga", "USD", "2026-11-20", [
        ("NK-FS-HB-M8x40", "Hex bolt ISO 4017 M8x40, 8.8, zinc plated", 10000, "EA", "0.0460", "2027-01-29"),
        ("NK-FS-SS-3/8", 'Socket set screw 3/8"-16 x 1/2", cup point', 4000, "EA", "0.0390", "2027-01-29"),
        ("NK-FS-CB-M10x30", "Carriage bolt DIN 603 M10x30, 4.6, zinc", 6000, "EA", "0.0710", "2027-01-29"),
        ("NK-FS-WN-M6", "Wing nut DIN 315 M6, zinc", 3000, "EA", "0.0580", "2027-02-12"),
    ])
    import datetime as _dt

    def fill(wb):
        ws = wb.active
        ws.title = "OA-K26-11873"
        ws["A1"] = "KAOHSIUNG PRECISION SCREW CO., LTD. - ORDER ACKNOWLEDGEMENT"
        ws["A2"] = "OA No.: OA-K26-11873"
        ws["E2"] = "OA Date:"
        ws["F2"] = _dt.datetime(2026, 11, 24)
        ws["F2"].number_format = "yyyy/mm/dd"
        ws["A3"] = "Customer: NOORDKAAP TECHNICAL SUPPLY B.V."
        ws["E3"] = "Cust PO#:"
        ws["F3"] = "71041346"
        ws["A4"] = "Terms: FOB Kaohsiung -> ETA Rotterdam, delivered by forwarder to Eindhoven"
        hdr = ["Cust PO Line", "KPS Part No.", "Description", "Qty (pcs)", "U/Price USD per 1,000 pcs", "Amount USD",
               "ETD Kaohsiung", "ETA Rotterdam", "Remark"]
        ws.append([])
        ws.append(hdr)
        rows = [
            (1, "KPS-HB08040-88Z", "HEX BOLT M8x40 8.8 ZP", 10000, 46.00, "2026-12-18", "2027-01-25", ""),
            (2, "KPS-SS3816-08C", 'SET SCREW 3/8"-16 x 1/2" CUP PT', 4000, 39.00, "2026-12-22", "2027-01-29", ""),
            (3, "KPS-CB1030-46Z", "CARRIAGE BOLT M10x30 4.6 ZP", 6000, 74.50, "2026-12-22", "2027-01-29", "wire rod surcharge"),
            (4, "KPS-WN0600-Z", "WING NUT M6 ZP", 3000, 58.00, "2027-01-05", "2027-02-12", ""),
        ]
        for r in rows:
            ws.append([r[0], r[1], r[2], r[3], r[4], round(r[3] * r[4] / 1000, 2),
                       _dt.datetime.fromisoformat(r[5]), _dt.datetime.fromisoformat(r[6]), r[7]])
        for row in ws.iter_rows(min_row=7, max_row=10):
            row[4].number_format = "#,##0.00"
            row[5].number_format = "#,##0.00"
            row[6].number_format = "yyyy/mm/dd"
            row[7].number_format = "yyyy/mm/dd"
        ws.append([])
        ws.append(["", "", "TOTAL", 23000, "", round(sum(r[3] * r[4] / 1000 for r in rows), 2)])
        ws.append(["Please countersign and return within 3 days. Otherwise OA is deemed accepted."])
    data = xlsx_doc(fill)
    top = ("Dear Agnieszka,\n\nGood day.\n\nAttached please find our Order Acknowledgement OA-K26-11873 for your "
           "PO#71041346. Kindly check and countersign.\n\nBest regards,\nAmy Lin\nSales Dept.\nKaohsiung Precision Screw "
           "Co., Ltd.\nNo. 88, Benzhou Rd., Gangshan Dist., Kaohsiung 820, Taiwan\nTEL: +886-7-555-2716\n")
    msg = reply(key, po, ("Amy Lin", "amy.lin@kps-screw.example"), "2026-11-24 16:32:08", "+0800", top,
                "outlook-desktop", lang="en", subject="RE: Order acknowledgment requested - PO 71041346 / OA-K26-11873",
                atts=[Att(data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "OA-K26-11873_Noordkaap_PO71041346.xlsx")])
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: chg(po, 1, date="2027-01-25"), 2: acc(po, 2), 3: chg(po, 3, unit_price="0.0745"), 4: acc(po, 4)})],
           "notes": "Values only in the XLSX OA: prices per 1,000 pcs (46.00 -> 0.046 etc.), ETD vs ETA columns - ETA "
                    "(arrival) is the delivery date and wins. Line 1 ETA 2027/01/25 (changed), line 3 74.50/1000 = "
                    "0.0745 (changed). Descriptions with 3/8\"-16 x 1/2\" and M8x40."}
    return [po], msg, exp


@case("punepolymers-gmail-enin-lakh-dispatch")
def c_pune(key):
    po = make_po("71041354", SUP["PUNE"], "femke", "USD", "2026-11-20", [
        ("NK-PK-CT-200", "Nylon cable tie 200 x 4.8 mm, black UV", 125000, "EA", "0.0072", "2027-01-29"),
        ("NK-PK-CT-300", "Nylon cable tie 300 x 4.8 mm, black UV", 150000, "EA", "0.0098", "2027-01-29"),
    ])
    top = ("Dear Femke Ma'am,\n\nGreetings from Pune Polymers!\n\nWe are pleased to confirm your PO No. 71041354 as below:\n\n"
           "1) CT 200x4.8 Black UV - 1,25,000 nos @ USD 7.20 per 1000 nos - dispatch by 20th Dec from JNPT Nhava Sheva\n"
           "2) CT 300x4.8 Black UV - we can supply 1,00,000 nos only against 1,50,000 nos ordered due to PA66 raw "
           "material shortage. Rate USD 9.80 per 1000 nos, dispatch by 20th Dec.\n\n"
           "Kindly do the needful and send amended PO for item 2.\n\n"
           "Thanks & Regards,\nSandeep Kulkarni\nManager - Exports\nPune Polymers Pvt. Ltd.\nPlot D-14, MIDC Chakan, "
           "Pune 410501\nM: +91 98220 55512\n")
    msg = reply(key, po, ("Sandeep Kulkarni", "sandeep.k@punepolymers.example"), "2026-11-25 12:41:36", "+0530", top,
                "gmail", lang="en")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: chg(po, 1, date="2026-12-20"), 2: chg(po, 2, quantity=100000, date="2026-12-20")})],
           "notes": "en-IN lakh grouping: 1,25,000 = 125000; 1,00,000 = 100000; 1,50,000 = ordered qty. Prices per "
                    "1000 nos (7.20 -> 0.0072, 9.80 -> 0.0098 = PO). Only a dispatch date ('20th Dec', no year -> "
                    "2026-12-20) -> date is the ship date. Item 2 reduced quantity is still a commitment."}
    return [po], msg, exp


@case("greatlakes-owa-enus-shipdate-two-open-pos")
def c_glf(key):
    a = make_po("71041362", SUP["GLF"], "aga", "USD", "2026-11-19", [
        ("NK-FS-UNC-1/4", 'Hex cap screw 1/4"-20 x 1", Gr 5, zinc', 5000, "EA", "0.0640", "2026-12-22"),
        ("NK-FS-UNC-3/8", 'Hex cap screw 3/8"-16 x 1-1/2", Gr 8, yellow zinc', 3000, "EA", "0.1850", "2026-12-22"),
    ])
    b = make_po("71041371", SUP["GLF"], "aga", "USD", "2026-11-23", [
        ("NK-FS-NYL-1/4", 'Nylon insert lock nut 1/4"-20, zinc', 8000, "EA", "0.0290", "2027-01-12"),
    ], req_time="14:02:51")
    top = ("Agnieszka,\n\nPO 71041362 is entered as our SO 558213. Both lines ship 12/11 via UPS Freight, pricing per "
           "your PO.\n\nYour PO 71041371 (nylon lock nuts) is still with inside sales for a stock check - I'll get back to "
           "you on that one separately.\n\nThanks,\nKevin O'Brien\nCustomer Service Rep | Great Lakes Fastener Supply Inc.\n"
           "2200 Industrial Pkwy, Elkhart, IN 46516 | (574) 555-0142\n")
    msg = reply(key, a, ("Kevin O'Brien", "kobrien@glfastener.example"), "2026-11-30 08:52:27", "-0500", top, "owa",
                lang="en")
    exp = {"kind": "confirmation", "confirmations": [conf(a, {1: chg(a, 1, date="2026-12-11"), 2: chg(a, 2, date="2026-12-11")})],
           "notes": "Two open POs of the same supplier. The reply threads on 71041362 and confirms it with a ship date "
                    "only ('ship 12/11', en-US -> 2026-12-11, earlier than need-by, so changed). PO 71041371 is only "
                    "mentioned ('will get back') -> left out."}
    return [a, b], msg, exp


@case("tidewater-iphone-enus-all-as-ordered")
def c_tide(key):
    po = make_po("71041389", SUP["TIDE"], "femke", "USD", "2026-11-24", [
        ("NK-CH-CA-20", "Cyanoacrylate adhesive, medium viscosity, 20 g bottle", 600, "EA", "2.95", "2026-12-17"),
        ("NK-CH-EP-50", "Two-part epoxy 50 ml dual cartridge, 5 min", 400, "EA", "6.40", "2026-12-17"),
        ("NK-CH-MIX-50", "Static mixing nozzle for 50 ml cartridge", 2000, "EA", "0.21", "2026-12-17"),
    ], req_time="03:14:09")
    top = ("Hi Femke - all 3 lines confirmed, qty/price/dates as on your PO. Will ship 12/14 to arrive by the 17th.\n\n"
           "Marcy\n\nSent from my iPhone")
    msg = reply(key, po, ("Marcy Pruitt", "marcy.pruitt@tidewater-adhesives.example"), "2026-11-25 07:58:40", "-0500", top,
                "iphone", lang="en", subject="Re: Order acknowledgment requested - PO 71041389", html=False)
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3)})],
           "notes": "Terse iPhone reply. Ship 12/14 but arrival 'by the 17th' = requested 2026-12-17; the delivery date "
                    "wins over the ship date, so all lines accepted."}
    return [po], msg, exp


@case("empaquesnorte-outlook-esmx-line-discontinued")
def c_edn(key):
    po = make_po("71041397", SUP["EDN"], "femke", "USD", "2026-11-20", [
        ("NK-PK-STR-19", "PP strapping 19 mm x 1000 m, black", 120, "EA", "32.40", "2027-01-18"),
        ("NK-PK-SEAL-19", "Metal seal for 19 mm strapping, box of 1000", 40, "BOX", "24.00", "2027-01-18"),
        ("NK-PK-SF-500", "Stretch film 500 mm x 23 um, 300 m, cast", 300, "EA", "9.85", "2027-01-18"),
    ])
    top = ("Estimada Femke, buenas tardes:\n\nLe confirmamos la OC 71041397 de la siguiente manera:\n\n"
           "Partida 1 – fleje PP 19 mm: 120 rollos a USD 32.40, entrega 18 de enero. Confirmada.\n"
           "Partida 2 – sellos metálicos 19 mm: ya no manejamos este producto, por lo que no podemos surtir esta partida. "
           "Le sugerimos buscar otro proveedor.\n"
           "Partida 3 – película estirable 500 mm: 300 rollos a USD 9.85, entrega el 25 de enero.\n\n"
           "Quedo a sus órdenes.\n\nSaludos cordiales,\nAlejandro Treviño\nEjecutivo de Ventas Internacionales\n"
           "Empaques del Norte S.A. de C.V. | Apodaca, N.L., México | +52 81 5555 2290\n")
    msg = reply(key, po, ("Alejandro Treviño", "atrevino@empaquesdelnorte.example"), "2026-11-27 16:20:45", "-0600", top,
                "outlook-desktop", lang="es", subject="RE: Order acknowledgment requested - PO 71041397")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: REJ, 3: chg(po, 3, date="2027-01-25")})],
           "notes": "Mexican Spanish Outlook. Dates without year ('18 de enero', '25 de enero') -> 2027. Partida 2 "
                    "declined (product no longer carried) -> rejected; partida 3 date moved."}
    return [po], msg, exp


@case("georgianbay-sap-text-oa-per-100-schedule")
def c_gbm(key):
    po = make_po("71041402", SUP["GBM"], "rahul", "USD", "2026-11-20", [
        ("NK-MC-STP-23", "Hybrid stepper motor NEMA 23, 2.8 A, 1.26 Nm", 50, "EA", "38.60", "2027-01-22"),
        ("NK-MC-DRV-556", "Stepper driver 24-50 VDC, 5.6 A", 50, "EA", "44.90", "2027-01-22"),
        ("NK-MC-ENC-1000", "Incremental encoder 1000 ppr, 6 mm shaft", 50, "EA", "27.30", "2027-01-22"),
    ], request=False)
    top = ("ORDER ACKNOWLEDGEMENT                                   Sales order 0004418826\n"
           "Georgian Bay Motion Controls Inc. - 145 Harbour St, Midland ON L4R 4K8, Canada\n\n"
           "Sold-to   : 300412  NOORDKAAP TECHNICAL SUPPLY B.V.\n"
           "Ship-to   : 300412  HURKSESTRAAT 41, 5652 AJ EINDHOVEN NL\n"
           "Customer PO: 71041402          PO date: 2026/11/20\n"
           "Incoterms : FCA Midland ON     Currency: USD\n\n"
           "Item   Material         Description                    Conf.qty UoM   Net price  Per     Deliv.date\n"
           "------ ---------------- ------------------------------ -------- --- ---------- ------- ----------\n"
           "000010 GBM-NM23-28      STEP MOTOR NEMA23 2.8A 1.26NM        50 EA       38.60    1 EA 2027/01/22\n"
           "000020 GBM-DM556        DRIVER DM556 24-50VDC                30 EA       44.90    1 EA 2027/01/22\n"
           "                        schedule line 2                      20 EA                     2027/02/19\n"
           "000030 GBM-ENC-1000-6   ENCODER 1000PPR 6MM SHAFT            50 EA    2,730.00  100 EA 2027/01/29\n\n"
           "Net value: USD 5,540.00\n\n"
           "Deliv.date = date of arrival at ship-to, as agreed in your PO.\n\n"
           "This is a system generated e-mail from SAP. Please do not reply to this address; contact "
           "orders@gbmotion.example for questions.\n")
    msg = reply(key, po, ("GBM Order Desk", "order.desk@gbmotion.example"), "2026-11-23 18:03:12", "-0500", top, "plain",
                lang="en", subject="Order Acknowledgement 0004418826 / Your PO 71041402", quote=False, html=False,
                in_reply=False, cte="7bit", charset="us-ascii",
                extra=[("X-Mailer", "SAP NetWeaver 7.52"), ("Auto-Submitted", "auto-generated")])
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: acc(po, 1), 2: chg(po, 2, schedule=[(30, "2027-01-22"), (20, "2027-02-19")]),
        3: chg(po, 3, date="2027-01-29")})],
           "notes": "SAP-generated text OA with Auto-Submitted: auto-generated - still a confirmation (commits to the "
                    "order). Item numbers 000010/20/30 = lines 1-3. Item 20 has a second schedule line (30 + 20). "
                    "Item 30 net price 2,730.00 per 100 EA = 27.30 (as PO) but delivery 2027/01/29. No request on record."}
    return [po], msg, exp


@case("rheintal-sap-pdf-de-per-1000kg-einteilung")
def c_rhc(key):
    po = make_po("71041415", SUP["RHC"], "femke", "EUR", "2026-11-23", [
        ("NK-CH-NAOH-50", "Sodium hydroxide solution 50%, IBC 1000 L", 6000, "KG", "0.4150", "2027-01-11"),
        ("NK-CH-CIT-AN", "Citric acid anhydrous, 25 kg bag", 2000, "KG", "1.2500", "2027-01-11"),
        ("NK-CH-GLY-995", "Glycerine 99.5% USP, 250 kg drum", 1000, "KG", "1.8800", "2027-01-25"),
    ])

    def pdf(p):
        p.set_font("DejaVu", "B", 13)
        p.cell(0, 8, "Rheintal Chemie GmbH", new_x="LMARGIN", new_y="NEXT")
        p.set_font("DejaVu", "", 8)
        p.cell(0, 5, "Rheinuferstraße 200 · 67061 Ludwigshafen · Kundenservice +49 621 555 9300", new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
        p.set_font("DejaVu", "B", 11)
        p.cell(0, 7, "Auftragsbestätigung 0031877420", new_x="LMARGIN", new_y="NEXT")
        p.set_font("DejaVu", "", 9)
        for l in ["Auftraggeber: 1004417 Noordkaap Technical Supply B.V.", "Ihre Bestellnummer: 71041415 vom 23.11.2026",
                  "Datum: 24.11.2026   Versandbedingung: LKW, frei Haus (DAP)"]:
            p.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
        pdf_table(p, ["Pos.", "Material", "Bezeichnung", "Menge", "Preis", "Preiseinheit", "Liefertermin"],
                  [["000010", "RC-NAOH50-IBC", "Natronlauge 50 %, IBC", "6.000 KG", "415,00 EUR", "1.000 KG", "11.01.2027"],
                   ["000020", "RC-CITAN-25", "Citronensäure wasserfrei, Sack 25 kg", "2.000 KG", "1.250,00 EUR", "1.000 KG", "siehe Einteilung"],
                   ["", "", "  Einteilung 1", "1.000 KG", "", "", "11.01.2027"],
                   ["", "", "  Einteilung 2", "1.000 KG", "", "", "18.01.2027"],
                   ["000030", "RC-GLY995-250", "Glycerin 99,5 % USP, Fass 250 kg", "1.000 KG", "1.920,00 EUR", "1.000 KG", "KW 04/2027"]],
                  [14, 30, 58, 20, 24, 22, 26], size=7)
        p.ln(3)
        p.multi_cell(0, 5, "Pos. 000030: Preis gemäß Rohstoffnotierung November 2026.\nNettowert: 6.910,00 EUR\n"
                           "Gefahrgut: UN 1824 (Pos. 000010). Es gelten unsere Allgemeinen Verkaufsbedingungen.")
    data = pdf_doc(pdf)
    top = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung 0031877420 zu Ihrer "
           "Bestellung 71041415.\n\nMit freundlichen Grüßen\nIhr Kundenservice\nRheintal Chemie GmbH\n\n"
           "Diese E-Mail wurde maschinell erstellt.\n")
    msg = reply(key, po, ("Rheintal Chemie Kundenservice", "kundenservice@rheintal-chemie.example"), "2026-11-24 06:12:55",
                "+0100", top, "plain", lang="de", subject="Auftragsbestätigung 0031877420 - Bestellung 71041415",
                quote=False, html=False, in_reply=True, extra=[("X-Mailer", "SAP NetWeaver 7.50")],
                atts=[Att(data, "application", "pdf", "AB_0031877420.pdf")])
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: acc(po, 1), 2: chg(po, 2, schedule=[(1000, "2027-01-11"), (1000, "2027-01-18")]),
        3: chg(po, 3, unit_price="1.92", date="2027-01-29")})],
           "notes": "SAP mail with PDF AB. Prices per 1.000 KG in German format: 415,00 -> 0.415 (= PO 0.4150), "
                    "1.250,00 -> 1.25 (= PO), 1.920,00 -> 1.92 (changed). Pos 20 has two Einteilungen (split). Pos 30 "
                    "'KW 04/2027' -> Fri 2027-01-29. Quantities '6.000 KG' with dot thousands."}
    return [po], msg, exp


@case("kronoberg-outlook-sv-english-weeks-split")
def c_kron(key):
    po = make_po("71041423", SUP["KRON"], "aga", "EUR", "2026-11-20", [
        ("NK-TL-HSS-8", "HSS-Co drill bit 8.0 mm, DIN 338", 500, "EA", "3.12", "2027-01-15"),
        ("NK-TL-TAP-M8", "Machine tap M8, spiral flute, HSS-E", 200, "EA", "7.45", "2027-01-15"),
        ("NK-TL-CS-90", "Countersink 90 deg, 16.5 mm, HSS", 100, "EA", "11.80", "2027-01-15"),
    ])
    top = ("Hi Agnieszka,\n\nConfirmed: all three positions for delivery week 2, prices as per your PO.\n"
           "Only exception is the countersinks (pos 3): 60 pcs week 2 and the remaining 40 pcs week 5.\n\n"
           "Med vänliga hälsningar / Best regards\nLinnea Holm\nOrder & Logistics\nKronoberg Verktyg AB\n"
           "Storgatan 62, 352 31 Växjö, Sweden\n+46 470 555 218\n")
    msg = reply(key, po, ("Linnea Holm", "linnea.holm@kronoberg-verktyg.example"), "2026-12-01 10:20:31", "+0100", top,
                "outlook", lang="en", subject="SV: Order acknowledgment requested - PO 71041423")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, schedule=[(60, "2027-01-15"), (40, "2027-02-05")])})],
           "notes": "Swedish sender writing English ('SV:' prefix). 'week 2' (no year; mail of 1 Dec 2026) -> ISO week 2 "
                    "of 2027, Friday 2027-01-15 = requested. Line 3 'all three ... week 2' is then overridden by the "
                    "exception: 60 week 2 + 40 week 5 (Fri 2027-02-05)."}
    return [po], msg, exp


@case("hokuriku-outlook-en-ja-signature")
def c_hsd(key):
    po = make_po("71041431", SUP["HSD"], "rahul", "USD", "2026-11-20", [
        ("NK-SN-PROX-M12", "Inductive proximity sensor M12, PNP NO, 4 mm", 200, "EA", "18.40", "2027-01-29"),
        ("NK-SN-PHOTO-DR", "Diffuse photoelectric sensor, 300 mm, PNP", 100, "EA", "31.70", "2027-01-29"),
    ])
    top = ("Dear Mr. Menon,\n\nThank you very much for your purchase order No. 71041431.\n"
           "We would like to confirm as follows.\n\n"
           "Item 1: Proximity sensor HSD-PX12-4P, 200pcs, USD18.40/pc, delivery Jan. 29, 2027 (DAP Eindhoven)\n"
           "Item 2: Photoelectric sensor HSD-PE300-P, 100pcs, USD31.70/pc, delivery Feb. 12, 2027\n\n"
           "Regarding item 2, we are sorry that the delivery is two weeks later than your request because of the "
           "production schedule of the optical unit.\n\nBest regards,\n\nMisaki Sato\n"
           "北陸センサーデバイス株式会社 海外営業部\n佐藤 美咲\nHokuriku Sensor Devices K.K. / Overseas Sales Dept.\n"
           "〒920-0000 石川県金沢市 / TEL +81-76-555-1420\n")
    msg = reply(key, po, ("佐藤 美咲 / Misaki Sato", "m-sato@hokuriku-sensor.example"), "2026-11-24 16:02:19", "+0900", top,
                "outlook-desktop", lang="en")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-02-12")})],
           "notes": "Japanese supplier writing English with Japanese signature (postal code 〒920-0000). 'USD18.40/pc' "
                    "glued currency; 'Jan. 29, 2027' accepted; item 2 Feb. 12, 2027."}
    return [po], msg, exp


@case("dunmore-mobile-engb-except-line-2")
def c_dunm(key):
    po = make_po("71041448", SUP["DUNM"], "rahul", "GBP", "2026-11-23", [
        ("NK-CB-HAR-A12", "Wire harness A12, 12-way, 450 mm", 300, "EA", "6.85", "2027-01-15"),
        ("NK-CB-HAR-B08", "Wire harness B08, 8-way, 1200 mm, shielded", 150, "EA", "11.20", "2027-01-15"),
        ("NK-CB-PIG-M12", "M12 pigtail 5-pin, 2 m, PUR", 500, "EA", "4.10", "2027-01-15"),
    ])
    top = ("Hi Rahul, all fine except line 2 – earliest we can do is Fri 22nd Jan. Rest as per your PO.\n\nNiamh\n\n"
           "Get Outlook for Android")
    msg = reply(key, po, ("Niamh Kelly", "niamh.kelly@dunmore-harness.example"), "2026-11-26 19:33:02", "+0000", top,
                "gmail", lang="en-GB", subject="Re: Order acknowledgment requested - PO 71041448")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-22"), 3: acc(po, 3)})],
           "notes": "Mobile one-liner. 'Fri 22nd Jan' without year -> next such date after 26 Nov 2026 -> 2027-01-22 "
                    "(a Friday). 'all fine except line 2' + 'rest as per your PO' -> lines 1 and 3 accepted."}
    return [po], msg, exp


@case("coimbatore-zoho-enin-three-percent-increase")
def c_cpc(key):
    po = make_po("71041456", SUP["CPC"], "aga", "USD", "2026-11-20", [
        ("NK-CAST-VB50", "Valve body DN50, ductile iron EN-GJS-400, rough cast", 200, "EA", "21.50", "2027-02-15"),
        ("NK-CAST-BON50", "Bonnet DN50, ductile iron, rough cast", 200, "EA", "9.40", "2027-02-15"),
    ])
    top = ("Dear Madam,\n\nGood day! We thank you for the PO No. 71041456 dt. 20.11.2026.\n\n"
           "We hereby confirm the PO for both the items with qty 200 nos each, delivery 15-02-2027 as required. "
           "However due to steep hike in pig iron and foundry coke prices, we are constrained to apply a price increase "
           "of 3% over the PO prices on both items. Kindly amend the PO accordingly.\n\n"
           "Thanking you,\nWith warm regards,\nR. Senthil Kumar\nGM - Marketing\nCoimbatore Pump Castings Pvt. Ltd.\n"
           "SIDCO Industrial Estate, Kurichi, Coimbatore 641021\nPh: 0422-2555714 | Mob: 94433 55512\n")
    msg = reply(key, po, ("R. Senthil Kumar", "marketing@cbe-pumpcast.example"), "2026-11-27 15:10:44", "+0530", top,
                "zoho", lang="en")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: chg(po, 1, unit_price="22.145"), 2: chg(po, 2, unit_price="9.682")})],
           "notes": "Zoho Mail. Confirmation with a +3% increase applied to the PO unit price: 21.50 -> 22.145, "
                    "9.40 -> 9.682 (not stated as amounts). Date 15-02-2027 day-first = requested. 'dt. 20.11.2026' is "
                    "the PO date."}
    return [po], msg, exp


@case("oleobresciana-erp-pdf-it-43-valve-fractions")
def c_olb(key):
    po = make_po("71041464", SUP["OLB"], "aga", "EUR", "2026-11-20", [
        ("NK-HY-DV43-NG6", "4/3 directional solenoid valve NG6, 24 VDC", 24, "EA", "118.00", "2027-01-22"),
        ("NK-HY-FIT-38", 'Straight fitting 3/8" BSP to M16x1.5', 400, "EA", "2.35", "2027-01-22"),
        ("NK-HY-HOSE-10", 'Hydraulic hose 2SN DN10 3/8", 1000 mm, crimped', 150, "EA", "14.60", "2027-01-22"),
    ], request=False)

    def pdf(p):
        p.set_font("DejaVu", "B", 13)
        p.cell(0, 8, "OLEODINAMICA BRESCIANA S.p.A.", new_x="LMARGIN", new_y="NEXT")
        p.set_font("DejaVu", "", 8)
        p.cell(0, 5, "Via Industriale 14 - 25016 Ghedi (BS) - P.IVA IT 03355510987", new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
        p.set_font("DejaVu", "B", 11)
        p.cell(0, 7, "CONFERMA D'ORDINE N. 26/04512 del 23/11/2026", new_x="LMARGIN", new_y="NEXT")
        p.set_font("DejaVu", "", 9)
        p.cell(0, 5, "Cliente: NOORDKAAP TECHNICAL SUPPLY B.V. - Vs. ordine n. 71041464 del 20/11/2026", new_x="LMARGIN", new_y="NEXT")
        p.cell(0, 5, "Resa: DAP Eindhoven - Pagamento: B.B. 60 gg d.f.f.m.", new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
        pdf_table(p, ["Pos.", "Vs. codice", "Ns. codice", "Descrizione", "Q.tà", "Prezzo unit. €", "Data spediz.", "Data consegna"],
                  [["10", "NK-HY-DV43-NG6", "EV43-06-24C", "Elettrovalvola 4/3 NG6 24VDC c.c.", "24", "118,00", "15/01/2027", "22/01/2027"],
                   ["20", "NK-HY-FIT-38", "RD-38G-M16", 'Raccordo diritto 3/8" BSP - M16x1,5', "400", "2,35", "08/01/2027", "12/01/2027"],
                   ["30", "NK-HY-HOSE-10", "TF2SN10-1000", 'Tubo 2SN DN10 3/8" L=1000 press.', "150", "15,10", "22/01/2027", "27/01/2027"]],
                  [10, 28, 24, 56, 12, 20, 20, 22], size=7)
        p.ln(3)
        p.multi_cell(0, 5, "Pos. 30: adeguamento prezzo raccordi pressati (listino 11/2026).\n"
                           "Le date di consegna si intendono franco destino. Totale imponibile € 6.037,00")
    data = pdf_doc(pdf)
    top = ("Spett.le Noordkaap Technical Supply B.V.,\n\nin allegato trasmettiamo la ns. conferma d'ordine n. 26/04512 "
           "relativa al Vs. ordine 71041464.\n\nDistinti saluti\nUfficio Vendite\nOleodinamica Bresciana S.p.A.\n\n"
           "Messaggio generato automaticamente dal sistema gestionale. Si prega di non rispondere.\n")
    msg = reply(key, po, ("Oleodinamica Bresciana - Vendite", "vendite@oleobresciana.example"), "2026-11-23 12:05:33",
                "+0100", top, "plain", lang="it", subject="Conferma d'ordine 26/04512 - Vs. ordine 71041464",
                quote=False, html=False, in_reply=False, extra=[("X-Mailer", "Zucchetti Ad Hoc Revolution MailSender")],
                atts=[Att(data, "application", "pdf", "CO_26-04512.pdf")])
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: acc(po, 1), 2: chg(po, 2, date="2027-01-12"), 3: chg(po, 3, unit_price="15.10", date="2027-01-27")})],
           "notes": "Italian ERP PDF; 'Data spedizione' vs 'Data consegna' - consegna wins. Descriptions hold '4/3' "
                    "(valve type), '3/8\"', 'M16x1,5' - not dates/prices. Pos 20 delivery 12/01/2027 (earlier), pos 30 "
                    "price 15,10 and 27/01/2027. Not a reply (no request on record)."}
    return [po], msg, exp


@case("thornbury-outlook-engb-alloy-surcharge")
def c_thorn2(key):
    po = make_po("71041472", SUP["THORN"], "aga", "GBP", "2026-11-24", [
        ("NK-SPR-DS-A20", "Disc spring DIN 2093 A20, 50CrV4", 2000, "EA", "0.2400", "2027-01-20"),
        ("NK-SPR-SS-C12", "Compression spring 1.2 x 12 x 40 mm, stainless 302", 1500, "EA", "0.3200", "2027-01-20"),
        ("NK-SPR-SS-T10", "Torsion spring 1.0 x 8 mm, 180 deg, stainless 302", 1000, "EA", "0.4400", "2027-01-20"),
    ])
    top = ("Morning Agnieszka,\n\nPO 71041472 confirmed in full - all three lines for delivery on 20 January.\n\n"
           "Please note the stainless lines (2 and 3) carry our +2.5% alloy surcharge for Q1, applied to your PO "
           "price. The disc springs are carbon steel and not affected.\n\nOur system acknowledgment SO-88412 will follow "
           "for your records.\n\nKind regards,\nGareth Pryce | Sales Office\nThornbury Springs Ltd\nT: 01454 555 730\n")
    msg = reply(key, po, ("Gareth Pryce", "g.pryce@thornbury-springs.example"), "2026-11-27 11:48:20", "+0000", top,
                "outlook", lang="en-GB")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: acc(po, 1), 2: chg(po, 2, unit_price="0.328"), 3: chg(po, 3, unit_price="0.451")})],
           "notes": "+2.5% alloy surcharge on lines 2 and 3 only: 0.3200 -> 0.328, 0.4400 -> 0.451. '20 January' "
                    "without year -> 2027-01-20. The announced system acknowledgment does not make this a promise: "
                    "'confirmed in full' is already the commitment."}
    return [po], msg, exp


@case("devries-outlook-nl-verzend-vs-leverdatum")
def c_dvk(key):
    po = make_po("71041480", SUP["DVK"], "femke", "EUR", "2026-11-24", [
        ("NK-PK-JER-20", "HDPE jerrycan 20 L, UN-approved, natural", 800, "EA", "2.74", "2026-12-16"),
        ("NK-PK-CAP-D61", "Screw cap DIN 61 with tamper ring", 800, "EA", "0.19", "2026-12-16"),
    ])
    top = ("Goedemiddag Femke,\n\nBevestigd: regel 1 en 2 volgens order (aantallen en prijzen).\n"
           "Verzenddatum 11-12, leverdatum bij jullie maandag 14-12.\n\n"
           "Met vriendelijke groet,\nJoost de Vries\nDe Vries Kunststof Verpakkingen B.V.\nNijverheidsweg 9, 7641 AZ Wierden\n"
           "0546 555 210\n")
    msg = reply(key, po, ("Joost de Vries", "joost@devrieskunststof.example"), "2026-11-26 14:30:51", "+0100", top,
                "outlook-desktop", lang="nl", subject="RE: Order acknowledgment requested - PO 71041480")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: chg(po, 1, date="2026-12-14"), 2: chg(po, 2, date="2026-12-14")})],
           "notes": "Dutch: ship date 11-12 and delivery date 14-12 (dd-mm, no year -> 2026); delivery wins, so both "
                    "lines changed to 2026-12-14 although quantities and prices are as ordered."}
    return [po], msg, exp


@case("vogtland-thunderbird-de-inline-answers")
def c_vem(key):
    po = make_po("71041499", SUP["VEM"], "rahul", "EUR", "2026-11-23", [
        ("NK-EL-REL-24", "Power relay 24 VDC, 2 CO, 10 A, plug-in", 400, "EA", "4.35", "2027-01-14"),
        ("NK-EL-SOC-REL", "Relay socket DIN-rail for 2 CO relay", 400, "EA", "1.95", "2027-01-14"),
        ("NK-EL-TIM-MF", "Multifunction timer relay 12-240 V", 60, "EA", "21.80", "2027-01-14"),
    ])
    from lib_b import request_text
    req = request_text(po).split("\n")
    out = [f"Am {po['issued'][8:10]}.{po['issued'][5:7]}.{po['issued'][:4]} um 09:14 schrieb Rahul Menon:"]
    for l in req:
        out.append(("> " + l) if l else ">")
        if l.startswith("1   NK-EL-REL-24"):
            out += ["", "OK", ""]
        elif l.startswith("2   NK-EL-SOC-REL"):
            out += ["", "OK, aber Liefertermin 21.01.2027", ""]
        elif l.startswith("3   NK-EL-TIM-MF"):
            out += ["", "Nicht mehr lieferbar, Nachfolgetyp bieten wir Ihnen separat an.", ""]
    text = ("Hallo Herr Menon,\n\nmeine Antworten stehen unten im Text.\n\nGruß\nKatrin Ebert\n\n" + "\n".join(out) +
            "\n\n-- \nKatrin Ebert | Innendienst\nVogtland Elektromechanik GmbH | Plauen\nTel. +49 3741 555 280\n")
    msg = reply(key, po, ("Katrin Ebert", "k.ebert@vogtland-em.example"), "2026-11-24 13:17:09", "+0100", text,
                "thunderbird", lang="de", subject="Re: Order acknowledgment requested - PO 71041499", quote=False)
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-21"), 3: REJ})],
           "notes": "Inline answers interleaved with the quoted request (the quoted lines carry the PO values, the "
                    "unquoted lines below each carry the answer). Line 2 new date 21.01.2027; line 3 no longer "
                    "available -> rejected. Signature after '-- ' is below the quote."}
    return [po], msg, exp


@case("hanse-kartonagen-outlook-de-kw53")
def c_hka(key):
    po = make_po("71041505", SUP["HKA"], "femke", "EUR", "2026-11-25", [
        ("NK-PK-FAL-A4", "Folding box A4 for documents, brown", 4000, "EA", "0.36", "2026-12-30"),
        ("NK-PK-TAPE-50", "Packing tape PP 50 mm x 66 m, brown, low noise", 1200, "EA", "1.12", "2026-12-30"),
    ])
    top = ("Hallo Frau de Graaf,\n\ndanke für Ihre Bestellung 71041505.\n\nPos. 1 (Faltschachteln A4) bestätigen wir "
           "zum Preis von 0,36 EUR für KW 53. Pos. 2 (Packband) ist lagernd und geht Ihnen bereits in KW 51 zu.\n\n"
           "Mit freundlichen Grüßen\n\ni. A. Dennis Brandt\nVertriebsinnendienst\nHanseatische Kartonagen GmbH\n"
           "Billstraße 118, 20539 Hamburg\nTel. 040 555 617-22\n\nGeschäftsführer: H. Petersen | Amtsgericht Hamburg "
           "HRB 74412\n")
    msg = reply(key, po, ("Brandt, Dennis", "d.brandt@hanse-kartonagen.example"), "2026-11-27 10:02:44", "+0100", top,
                "outlook-desktop", lang="de", subject="AW: Order acknowledgment requested - PO 71041505")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: chg(po, 1, date="2027-01-01"), 2: chg(po, 2, date="2026-12-18")})],
           "notes": "2026 has 53 ISO weeks: 'KW 53' (no year) -> Friday 2027-01-01. 'KW 51' -> 2026-12-18 (earlier than "
                    "requested 30 Dec). Quantities implied as ordered."}
    return [po], msg, exp


@case("kowalczyk-gmail-pl-tydzien-reject")
def c_kowel2(key):
    po = make_po("71041512", SUP["KOWEL"], "rahul", "EUR", "2026-11-24", [
        ("NK-EL-USB-C16", "USB-C receptacle 16-pin, SMT", 3000, "EA", "0.2250", "2027-01-15"),
        ("NK-EL-FUSE-5x20", "Glass fuse 5x20 mm, 2 A slow-blow", 5000, "EA", "0.0420", "2027-01-15"),
        ("NK-EL-HS-TO220", "Heatsink TO-220, 25 mm, black anodised", 1000, "EA", "0.3100", "2027-01-15"),
    ])
    top = ("Dzień dobry,\n\nw nawiązaniu do zamówienia 71041512:\npoz. 1 i poz. 2 potwierdzamy w ilościach i cenach "
           "z zamówienia, termin dostawy: 3. tydzień 2027 r.\npoz. 3 – niestety musimy odrzucić, producent zakończył "
           "produkcję tego radiatora.\n\nPozdrawiam\nTomasz Nowicki\nKowalczyk Elektronika Sp. z o.o.\n")
    msg = reply(key, po, ("Tomasz Nowicki", "t.nowicki.kowalczyk@gmail.example"), "2026-11-30 15:44:10", "+0100", top,
                "gmail", lang="en", subject="Re: Order acknowledgment requested - PO 71041512")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: chg(po, 1, date="2027-01-22"), 2: chg(po, 2, date="2027-01-22"), 3: REJ})],
           "notes": "Polish, sent from a personal Gmail address (not the registered supplier e-mail) but threaded. "
                    "'3. tydzień 2027 r.' = ISO week 3 of 2027 -> Friday 2027-01-22. Line 3 rejected."}
    return [po], msg, exp


@case("lonestar-gmail-enus-forwarded-plant-chain")
def c_lsg(key):
    po = make_po("71041528", SUP["LSG"], "aga", "USD", "2026-11-19", [
        ("NK-SEAL-SPW-4", 'Spiral wound gasket 4" 150#, SS316/graphite', 120, "EA", "8.75", "2026-12-18"),
        ("NK-SEAL-SPW-6", 'Spiral wound gasket 6" 300#, SS316/graphite', 80, "EA", "14.20", "2026-12-18"),
    ])
    from lib_b import request_text
    top = ("Agnieszka - see below from our plant, this is confirmed. Pricing per your PO.\n\nThanks,\nDale Hutchins\n"
           "Inside Sales | Lone Star Gasket & Seal Co. | Pasadena, TX | 713-555-0187\n\n"
           "---------- Forwarded message ---------\nFrom: Rosa Medina <rmedina@lonestargasket.example>\n"
           "Date: Mon, Nov 30, 2026 at 8:55 AM\nSubject: RE: Noordkaap PO 71041528 - dates?\n"
           "To: Dale Hutchins <dhutchins@lonestargasket.example>\n\n"
           "Dale, final answer: line 1 ships 12/9, line 2 ships 12/16. Sorry for the back and forth.\n\nRosa\n\n"
           "From: Rosa Medina\nSent: Friday, November 27, 2026 2:10 PM\nTo: Dale Hutchins\n"
           "Subject: RE: Noordkaap PO 71041528 - dates?\n\n"
           "Line 1 12/9 for sure. Line 2 looks like 12/11 but let me check the graphite filler first.\n\n"
           "From: Dale Hutchins\nSent: Friday, November 27, 2026 9:02 AM\nTo: Rosa Medina\n"
           "Subject: Noordkaap PO 71041528 - dates?\n\nRosa, can you commit ship dates for the PO below?\n\n"
           "> " + request_text(po).replace("\n", "\n> ") + "\n")
    msg = reply(key, po, ("Dale Hutchins", "dhutchins@lonestargasket.example"), "2026-11-30 09:40:18", "-0600", top,
                "gmail", lang="en", quote=False)
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: chg(po, 1, date="2026-12-09"), 2: chg(po, 2, date="2026-12-16")})],
           "notes": "Gmail forward of an internal chain: the sales note says only 'confirmed, pricing per PO'; the "
                    "plant's latest message gives ship dates 12/9 and 12/16 (en-US, no year -> 2026). The older plant "
                    "message's '12/11' is superseded. Only ship dates -> they are the dates."}
    return [po], msg, exp


@case("plastyzlin-outlook-cs-tyden-price")
def c_plz(key):
    po = make_po("71041536", SUP["PLZ"], "femke", "EUR", "2026-11-20", [
        ("NK-PK-CRATE-64", "Plastic stacking crate 600x400x220, PP grey", 250, "EA", "6.90", "2026-12-18"),
        ("NK-PK-LID-64", "Lid for crate 600x400, PP grey", 250, "EA", "2.15", "2026-12-18"),
        ("NK-PK-DOLLY-64", "Dolly 600x400 with 4 castors", 40, "EA", "24.50", "2027-01-08"),
    ])
    top = ("Dobrý den paní de Graaf,\n\nděkujeme za objednávku 71041536 a potvrzujeme:\n\n"
           "přepravky 600x400x220 – 250 ks, 6,90 EUR/ks, termín dodání 51. týden\n"
           "víka 600x400 – 250 ks, 2,15 EUR/ks, termín dodání 51. týden\n"
           "vozíky 600x400 – 40 ks, cena 25,80 EUR/ks (nový dodavatel koleček), dodání 2. týden 2027\n\n"
           "S pozdravem\nLenka Horáková\nobchodní referent\nPlasty Zlín a.s.\ntř. Tomáše Bati 1650, 760 01 Zlín\n")
    msg = reply(key, po, ("Horáková Lenka", "horakova@plasty-zlin.example"), "2026-11-24 09:48:15", "+0100", top,
                "outlook-desktop", lang="cs", subject="RE: Order acknowledgment requested - PO 71041536")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: acc(po, 2),
                                                               3: chg(po, 3, unit_price="25.80", date="2027-01-15")})],
           "notes": "Czech calendar weeks: '51. týden' -> Fri 2026-12-18 (= requested); '2. týden 2027' -> Fri "
                    "2027-01-15. Dolly price 25,80 EUR/ks (changed). Lines matched by description only."}
    return [po], msg, exp


@case("campinas-gmail-ptbr-split-contactors")
def c_cec(key):
    po = make_po("71041544", SUP["CEC"], "rahul", "USD", "2026-11-23", [
        ("NK-EL-CONT-25", "Contactor 25 A, 3-pole, 24 VDC coil", 1200, "EA", "11.40", "2027-01-20"),
        ("NK-EL-AUX-11", "Auxiliary contact block 1NO+1NC", 1200, "EA", "2.05", "2027-01-20"),
    ])
    top = ("Olá Rahul, tudo bem?\n\nConfirmamos o pedido 71041544:\n\n"
           "- Contator 25 A: entregaremos 500 pçs em 15/12 e as 700 pçs restantes em 12/01/2027, preço US$ 11,40.\n"
           "- Bloco auxiliar 1NA+1NF: 1.200 pçs conforme pedido.\n\n"
           "Abraço,\nFernando Costa\nComercial Exportação – CEC Campinas\n+55 19 5555-4402\n")
    msg = reply(key, po, ("Fernando Costa", "fernando.costa@cec-campinas.example"), "2026-11-25 10:05:37", "-0300", top,
                "gmail", lang="pt", subject="Re: Order acknowledgment requested - PO 71041544")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: chg(po, 1, schedule=[(500, "2026-12-15"), (700, "2027-01-12")]), 2: acc(po, 2)})],
           "notes": "pt-BR Gmail. Line 1 split: 500 on 15/12 (no year -> 2026-12-15) and 700 on 12/01/2027 "
                    "(day-first; not 1 Dec). '1.200 pçs' dot thousands; line 2 'conforme pedido'."}
    return [po], msg, exp


@case("xinlong-foxmail-zh-mould-broken-reject")
def c_dxl(key):
    po = make_po("71041552", SUP["DXL"], "femke", "USD", "2026-11-24", [
        ("NK-PK-CLIP-A", "Plastic clip fastener for carton lids", 50000, "EA", "0.0085", "2027-01-22"),
        ("NK-PK-HDL-B", "Plastic carry handle for boxes, 120 mm", 20000, "EA", "0.0310", "2027-01-22"),
        ("NK-PK-COR-C", "Plastic corner protector 50 mm", 30000, "EA", "0.0140", "2027-01-22"),
    ])
    top = ("Hi Femke,\n\n订单 71041552 回复如下：\n\n第1、2项确认，数量价格不变，交期2027年1月22日。\n"
           "第3项（护角50mm）模具损坏，暂时无法生产，很抱歉这一项我们不能接单。\n\n"
           "Best regards\n李晓燕 Cindy Li\n东莞市鑫龙塑胶五金有限公司\nDongguan Xinlong Plastic Hardware Co., Ltd.\n")
    msg = reply(key, po, ("Cindy Li", "cindy@xinlong-dg.example"), "2026-11-27 10:18:29", "+0800", top, "foxmail",
                lang="en", subject="回复: Order acknowledgment requested - PO 71041552", charset="gb18030")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: REJ})],
           "notes": "Chinese Foxmail (GB18030). Lines 1-2 confirmed unchanged for 2027年1月22日; line 3 cannot be "
                    "produced (mould broken), order for it declined -> rejected."}
    return [po], msg, exp


@case("sonoran-owa-enus-by-item-code-reordered")
def c_sed(key):
    po = make_po("71041560", SUP["SED"], "rahul", "USD", "2026-11-24", [
        ("NK-EL-PSU-24-5", "DIN-rail power supply 24 V 5 A", 80, "EA", "42.10", "2027-01-08"),
        ("NK-EL-PSU-24-10", "DIN-rail power supply 24 V 10 A", 40, "EA", "68.90", "2027-01-08"),
        ("NK-EL-CB-C10", "Miniature circuit breaker C10 1P", 300, "EA", "3.85", "2027-01-08"),
        ("NK-EL-CB-C16", "Miniature circuit breaker C16 1P", 300, "EA", "3.85", "2027-01-08"),
        ("NK-EL-TB-4", "Feed-through terminal block 4 mm2, grey", 2000, "EA", "0.39", "2027-01-08"),
    ])
    top = ("Rahul,\n\nNK-EL-CB-C16 and NK-EL-CB-C10: confirmed, 300 each, delivery 1/8.\n"
           "NK-EL-TB-4: 2,000 confirmed at $0.41 (new distributor cost), delivery 1/8.\n"
           "NK-EL-PSU-24-10: backordered at the manufacturer, best date 2/19.\n"
           "NK-EL-PSU-24-5: confirmed, 1/8.\n\nBrandon Ruiz\nAccount Manager | Sonoran Electronics Distribution\n"
           "Tempe, AZ | 480-555-0119\n")
    msg = reply(key, po, ("Brandon Ruiz", "bruiz@sonoran-elec.example"), "2026-12-01 14:02:50", "-0700", top, "owa",
                lang="en")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: acc(po, 1), 2: chg(po, 2, date="2027-02-19"), 3: acc(po, 3), 4: acc(po, 4), 5: chg(po, 5, unit_price="0.41")})],
           "notes": "Lines referenced only by our item codes, out of order (C16 before C10, PSU-24-10 before PSU-24-5 "
                    "- prefix trap). en-US '1/8' = Jan 8 (year rule -> 2027), '2/19' -> 2027-02-19. TB-4 price 0.41."}
    return [po], msg, exp


@case("pennant-outlook-engb-relative-dates")
def c_pena(key):
    po = make_po("71041579", SUP["PENA"], "aga", "GBP", "2026-11-26", [
        ("NK-AB-FD-125", "Flap disc 125 mm, P60, zirconia", 600, "EA", "1.48", "2026-12-04"),
        ("NK-AB-CD-115", "Cutting disc 115 x 1.0 mm, inox", 2000, "EA", "0.39", "2026-12-04"),
    ])
    top = ("Hi Agnieszka,\n\nThanks for PO 71041579. Quantities and prices are fine.\n\n"
           "The flap discs are in stock and will be delivered to you tomorrow.\n"
           "The cutting discs are coming in from our German mill - we'll have them with you on Wednesday next week.\n\n"
           "Cheers,\nTom Hughes\nPennant Abrasives Ltd | Wrexham Industrial Estate | LL13 9UF\n01978 555 640\n")
    msg = reply(key, po, ("Tom Hughes", "tom.hughes@pennant-abrasives.example"), "2026-11-30 10:10:23", "+0000", top,
                "outlook", lang="en-GB")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: chg(po, 1, date="2026-12-01"), 2: chg(po, 2, date="2026-12-09")})],
           "notes": "Relative dates against Date: Mon 30 Nov 2026: 'tomorrow' -> 2026-12-01; 'Wednesday next week' -> "
                    "2026-12-09. Quantities/prices confirmed as ordered."}
    return [po], msg, exp


@case("levante-gmail-es-two-pos-one-reply")
def c_qlev2(key):
    a = make_po("71041587", SUP["QLEV"], "femke", "EUR", "2026-11-23", [
        ("NK-CH-ETH-96", "Ethanol 96% denatured, 1000 L IBC", 2000, "L", "0.98", "2027-01-12"),
        ("NK-CH-MEK", "Methyl ethyl ketone, 200 L drum", 400, "L", "1.76", "2027-01-12"),
    ])
    b = make_po("71041595", SUP["QLEV"], "femke", "EUR", "2026-11-25", [
        ("NK-CH-XYL", "Xylene mixed isomers, 200 L drum", 600, "L", "1.54", "2027-01-19"),
    ], req_time="10:31:05")
    top = ("Buenos días Femke,\n\nconfirmamos ambos pedidos:\n\n"
           "71041587 – todo conforme: 2.000 L de etanol y 400 L de MEK para el 12/01.\n"
           "71041595 – xileno 600 L a 1,61 €/L (subida de nuestro proveedor desde noviembre), entrega 19/01.\n\n"
           "Un saludo,\nJordi Puig\nQuímica Levante S.A.\n")
    msg = reply(key, b, ("Jordi Puig", "jordi.puig@quimicalevante.example"), "2026-12-02 09:27:14", "+0100", top,
                "gmail", lang="es", subject="Re: Order acknowledgment requested - PO 71041595")
    exp = {"kind": "confirmation", "confirmations": [conf(a, {1: acc(a, 1), 2: acc(a, 2)}),
                                                     conf(b, {1: chg(b, 1, unit_price="1.61")})],
           "notes": "One reply (threaded on PO 71041595's request) answering two POs. Dates '12/01' and '19/01' "
                    "without year, dd/mm -> 2027. '2.000 L' dot thousands. Xylene price 1,61 (changed)."}
    return [a, b], msg, exp


@case("allegheny-outlook-enus-declines-whole-po")
def c_avf(key):
    po = make_po("71041603", SUP["AVF"], "aga", "USD", "2026-11-23", [
        ("NK-VLV-GV-1", 'Gate valve 1" NPT, bronze, 200 WOG', 60, "EA", "24.80", "2027-01-15"),
        ("NK-VLV-GLV-3/4", 'Globe valve 3/4" NPT, bronze, 200 WOG', 40, "EA", "31.50", "2027-01-15"),
    ])
    top = ("Hello Agnieszka,\n\nThank you for PO 71041603. Unfortunately we must decline this order in its entirety: "
           "we exited the bronze valve product line effective October 1 and no longer have inventory.\n\n"
           "We apologize for the inconvenience.\n\nRegards,\nPatricia Kowalski\nCustomer Service\n"
           "Allegheny Valve & Fitting Co. | 900 Liberty Ave, Pittsburgh, PA 15222 | 412-555-0168\n")
    msg = reply(key, po, ("Patricia Kowalski", "customerservice@alleghenyvalve.example"), "2026-11-24 11:36:02", "-0500",
                top, "outlook-desktop", lang="en")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: REJ, 2: REJ})],
           "notes": "Whole PO declined - a rejection is an answer, so kind confirmation with every line rejected. "
                    "'effective October 1' is not a delivery date."}
    return [po], msg, exp


@case("rajkot-xlsx-enin-remarks-short-close")
def c_rbc(key):
    po = make_po("71041611", SUP["RBC"], "aga", "USD", "2026-11-24", [
        ("NK-BR-INS-M6", "Brass threaded insert M6, knurled, for plastics", 20000, "EA", "0.0620", "2027-02-10"),
        ("NK-BR-NIP-1/2", 'Brass hex nipple 1/2" BSP', 5000, "EA", "0.5400", "2027-02-10"),
        ("NK-BR-ELB-3/4", 'Brass elbow 3/4" BSP F/F', 2000, "EA", "1.1800", "2027-02-10"),
    ])
    import datetime as _dt

    def fill(wb):
        ws = wb.active
        ws.title = "Order Confirmation"
        ws.append(["RAJKOT BRASS COMPONENTS", "", "", "", "", "", ""])
        ws.append(["GIDC Metoda, Rajkot 360021, Gujarat, India"])
        ws.append(["Order Confirmation No. RBC/OC/26-27/0418", "", "", "", "Date", "26-11-2026"])
        ws.append(["Buyer: Noordkaap Technical Supply B.V.", "", "", "", "Buyer PO", "71041611"])
        ws.append([])
        ws.append(["Sr.", "Buyer Item", "Description", "Confirmed Qty (Nos)", "Rate USD/100 Nos", "Committed Delivery (ex-works)", "Remarks"])
        ws.append([1, "NK-BR-INS-M6", "Knurled insert M6 CZ121", "20,000", 6.20, _dt.datetime(2027, 1, 15), ""])
        ws.append([2, "NK-BR-NIP-1/2", 'Hex nipple 1/2" BSP CW617N', "4,000", 54.00, _dt.datetime(2027, 1, 15),
                   "Short closed at 4,000 nos - balance 1,000 not possible"])
        ws.append([3, "NK-BR-ELB-3/4", 'Elbow 3/4" BSP F/F CW617N', "2,000", 118.00, "", "Delivery to be advised after die trial"])
        for r in (7, 8):
            ws.cell(row=r, column=6).number_format = "dd-mmm-yy"
            ws.cell(row=r, column=5).number_format = "0.00"
        ws.append([])
        ws.append(["Payment: 30% advance, balance against B/L copy.  Dispatch from Mundra port."])
    data = xlsx_doc(fill)
    top = ("Dear Agnieszka Madam,\n\nPFA our order confirmation against your PO 71041611. Kindly check remarks column "
           "and revert.\n\nThanks & Regards,\nHiren Patel\nExport Dept.\nRajkot Brass Components\n+91 281 555 8830\n")
    msg = reply(key, po, ("Hiren Patel", "exports@rajkotbrass.example"), "2026-11-26 18:22:05", "+0530", top, "gmail",
                lang="en", atts=[Att(data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                     "RBC_OC_0418_PO71041611.xlsx")])
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: chg(po, 1, date="2027-01-15"), 2: chg(po, 2, quantity=4000, date="2027-01-15"), 3: UNC})],
           "notes": "XLSX confirmation; rates per 100 nos (6.20 -> 0.062 = PO; 54.00 -> 0.54 = PO); quantities as "
                    "text '20,000'. Only an ex-works (dispatch) date is given -> it is the date (2027-01-15, dd-mmm-yy "
                    "cells). Line 2 short-closed at 4,000 (changed qty). Line 3 has no date ('to be advised') -> "
                    "unconfirmed."}
    return [po], msg, exp


@case("caledonian-outlook-engb-80-of-100-and-week")
def c_calp(key):
    po = make_po("71041620", SUP["CALP"], "femke", "GBP", "2026-11-25", [
        ("NK-PK-MAIL-C4", "Cardboard mailer C4, white, peel & seal", 100, "PK", "18.40", "2027-01-08"),
        ("NK-PK-TUBE-75", "Postal tube 75 mm x 610 mm with caps", 600, "EA", "0.87", "2027-01-08"),
        ("NK-PK-LBL-A6", "Thermal shipping label A6, 500 per roll", 240, "EA", "3.95", "2027-01-08"),
    ])
    top = ("Hello Femke,\n\nRe PO 71041620:\n\n"
           "C4 mailers - we can only supply 80 of the 100 packs, the remaining 20 we cannot supply this side of the "
           "new year. 80 packs at £18.40 for w/c 4 January, i.e. with you Friday 8th.\n"
           "Postal tubes - fine as ordered.\n"
           "A6 labels - 240 rolls at £0.0079 per label (500 labels/roll), same week.\n\n"
           "Best wishes,\nEilidh Fraser\nCaledonian Packaging Ltd | Livingston EH54 5DJ | 01506 555 902\n")
    msg = reply(key, po, ("Eilidh Fraser", "e.fraser@caledonian-pack.example"), "2026-11-27 14:55:38", "+0000", top,
                "outlook", lang="en-GB")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: chg(po, 1, quantity=80), 2: acc(po, 2), 3: acc(po, 3)})],
           "notes": "Line 1: only 80 of 100 packs, remaining 20 not supplied -> changed quantity 80 (date Friday 8th "
                    "= 2027-01-08 as requested). Line 3 price per label: 0.0079 x 500 = 3.95 per roll = PO price -> "
                    "accepted ('same week' -> 8 Jan). 'w/c 4 January' is the week, 'Friday 8th' the delivery."}
    return [po], msg, exp


@case("huarui-foxmail-en-8-lines-two-tbc")
def c_huarui8(key):
    po = make_po("71041930", SUP["HUARUI"], "rahul", "USD", "2026-11-25", [
        ("NK-EL-CAP-100N", "MLCC 100 nF 50 V X7R 0603", 200000, "EA", "0.0011", "2027-01-29"),
        ("NK-EL-CAP-1U", "MLCC 1 uF 25 V X7R 0603", 100000, "EA", "0.0019", "2027-01-29"),
        ("NK-EL-RES-1K", "Thick film resistor 1 kOhm 1% 0603", 100000, "EA", "0.0016", "2027-01-29"),
        ("NK-EL-RES-4K7", "Thick film resistor 4.7 kOhm 1% 0603", 100000, "EA", "0.0016", "2027-01-29"),
        ("NK-EL-DIO-4148", "Switching diode 1N4148W, SOD-123", 50000, "EA", "0.0042", "2027-01-29"),
        ("NK-EL-MOS-3400", "N-MOSFET AO3400A, SOT-23", 30000, "EA", "0.0210", "2027-01-29"),
        ("NK-EL-LDO-1117", "LDO regulator AMS1117-3.3, SOT-223", 20000, "EA", "0.0460", "2027-01-29"),
        ("NK-EL-XTAL-8M", "Crystal 8 MHz, HC-49S", 10000, "EA", "0.0380", "2027-01-29"),
    ])
    top = ("Dear Rahul,\n\nThanks for your PO 71041930, pls check our reply:\n\n"
           "No. | Part             | Qty  | Price USD | ETA\n"
           "1   | 0603 100nF 50V   | 200K | 0.0011    | Jan 29\n"
           "2   | 0603 1uF 25V     | 100K | 0.0019    | Jan 29\n"
           "3   | 0603 1K 1%       | 100K | 0.0016    | Jan 29\n"
           "4   | 0603 4K7 1%      | 100K | 0.0016    | Jan 29\n"
           "5   | 1N4148W SOD-123  | 50K  | 0.0042    | Jan 29\n"
           "6   | AO3400A SOT-23   | 30K  | 0.0235    | Jan 29\n"
           "7   | AMS1117-3.3      | 20K  | TBC       | TBC\n"
           "8   | 8MHz HC-49S      | 10K  | TBC       | TBC\n\n"
           "Item 6: AOS raised price from Nov, sorry for that.\n"
           "Item 7 and 8 still checking with factory, will confirm you next Monday.\n\n"
           "Best regards\nChen Jing\nShenzhen Huarui Electronics Co., Ltd.\n")
    msg = reply(key, po, ("陈静", "chenjing@huarui-elec.example"), "2026-11-27 18:05:44", "+0800", top, "foxmail",
                lang="en", subject="回复：Order acknowledgment requested - PO 71041930", charset="gb18030")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {
        1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3), 4: acc(po, 4), 5: acc(po, 5),
        6: chg(po, 6, unit_price="0.0235"), 7: UNC, 8: UNC})],
           "notes": "8-line PO answered as a pipe table; quantities as '200K' (= 200000). 'Jan 29' without year -> "
                    "2027-01-29. Line 6 price 0.0235. Lines 7-8 'TBC ... will confirm next Monday' -> unconfirmed."}
    return [po], msg, exp


@case("cascade-html-only-macoutlook-confirmed")
def c_cascade(key):
    from lib_b import std_headers, when, build, buyer_addr, req_subject
    from mailers import quote_block, msgid_for
    sup = S("CFP", "Cascade Fluid Power Inc.", "orders@cascadefluidpower.example", "en-US")
    po = make_po("71041948", sup, "aga", "USD", "2026-11-27", [
        ("NK-HY-CYL-40", "Hydraulic cylinder bore 40, rod 22, stroke 200", 12, "EA", "142.00", "2027-02-05"),
        ("NK-HY-PU-8", "Gear pump 8 cc/rev, SAE A flange", 6, "EA", "118.50", "2027-02-05"),
    ])
    _, qh = quote_block("outlook", po, "en")
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word;"><div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;">'
            'Confirmed as submitted. Thanks for the order!</div><div><br></div><div style="font-family: Aptos, Calibri, '
            'sans-serif; font-size: 12pt;">-- Jake</div><div><br></div><div style="font-size:9pt;color:#666">Jake '
            'Lindqvist | Cascade Fluid Power Inc. | Tacoma, WA | 253-555-0190</div><div><br></div><div id="mail-editor-reference-message-container">'
            + qh + '</div></body></html>')
    rid = po["request_message_id"]
    h = std_headers("Jake Lindqvist", "jlindqvist@cascadefluidpower.example", buyer_addr(po),
                    "Re: " + req_subject(po), when("2026-11-30 13:22:05", "-0800"),
                    msgid_for("outlook", key, "cascadefluidpower.example"), in_reply=rid, refs=rid,
                    extra=[("Thread-Topic", req_subject(po)), ("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),
                           ("Content-Language", "en-US")])
    msg = build(h, html_body=body, cte="quoted-printable")
    exp = {"kind": "confirmation", "confirmations": [conf(po, {1: acc(po, 1), 2: acc(po, 2)})],
           "notes": "HTML-only message (no text/plain part) from Outlook for Mac; 'Confirmed as submitted' and the only "
                    "values are in the quoted request table below -> all lines accepted as ordered."}
    return [po], msg, exp


# ===========================================================================
# needs_review
# ===========================================================================

@case("feinwerk-outlook-de-drawing-revision-question")
def n_fwa(key):
    po = make_po("71041638", SUP["FWA"], "aga", "EUR", "2026-11-24", [
        ("NK-MP-SHAFT-20", "Drive shaft D20 x 185 mm, C45, per drawing NK-4471 rev. B", 150, "EA", "17.60", "2027-01-29"),
        ("NK-MP-BUSH-20", "Bushing 20/26 x 30 mm, CuSn8, per drawing NK-4472 rev. A", 300, "EA", "3.90", "2027-01-29"),
    ])
    top = ("Guten Tag Frau Wróbel,\n\nvielen Dank für die Bestellung 71041638.\n\n"
           "Bevor wir die Bestellung bestätigen können, benötigen wir zu Pos. 1 die Zeichnung NK-4471 in Revision C – in "
           "Ihrer Bestellung ist noch Rev. B angegeben, unser Angebot vom 02.11. basierte aber auf Rev. C (Passfedernut "
           "geändert). Außerdem bitten wir um Klärung, ob die Toleranz h6 am Lagersitz beibehalten wird.\n\n"
           "Pos. 2 wäre aus unserer Sicht machbar, wir möchten die Bestellung aber gern komplett bestätigen.\n\n"
           "Sobald wir die Unterlagen haben, erhalten Sie unsere Auftragsbestätigung.\n\n"
           "Mit freundlichen Grüßen\nMarkus Steiger\nVertrieb\nFeinwerktechnik Allgäu GmbH\nAm Mühlbach 3, 87509 Immenstadt\n")
    msg = reply(key, po, ("Steiger, Markus", "m.steiger@fwt-allgaeu.example"), "2026-11-25 11:22:36", "+0100", top,
                "outlook-desktop", lang="de", subject="AW: Order acknowledgment requested - PO 71041638")
    return [po], msg, {"kind": "needs_review",
                       "notes": "Question back about drawing revision/tolerance before confirming; 'Pos. 2 wäre machbar' "
                                "is a hedge, not a commitment (they explicitly want to confirm the order as a whole "
                                "later). '02.11.' is the quote date."}


@case("huarui-foxmail-en-moq-question")
def n_huarui(key):
    po = make_po("71041646", SUP["HUARUI"], "rahul", "USD", "2026-11-25", [
        ("NK-EL-IND-4u7", "SMD power inductor 4.7 uH 3 A, 5x5 mm", 3000, "EA", "0.0480", "2027-01-22"),
        ("NK-EL-DIO-SS34", "Schottky diode SS34, SMA", 6000, "EA", "0.0120", "2027-01-22"),
    ])
    top = ("Dear Rahul,\n\nThanks for your PO 71041646.\n\nFor the inductor 4.7uH the MOQ is 1 reel = 2500 pcs, so "
           "3000 pcs means we need to supply 2 reels = 5000 pcs. Can you accept 5000 pcs? Or reduce to 2500 pcs?\n"
           "SS34 no problem.\n\nPlease advise, then we will send the PI with delivery date.\n\nBest regards\nChen Jing\n"
           "Shenzhen Huarui Electronics Co., Ltd.\n")
    msg = reply(key, po, ("陈静", "chenjing@huarui-elec.example"), "2026-11-26 09:41:02", "+0800", top, "foxmail",
                lang="en", subject="回复：Order acknowledgment requested - PO 71041646", charset="gb18030")
    return [po], msg, {"kind": "needs_review",
                       "notes": "MOQ question (2500 or 5000 instead of 3000); 'SS34 no problem' gives no date and the "
                                "PI with dates comes only after our answer - nothing committed."}


@case("zeeland-owa-nl-will-confirm-friday")
def n_vzl(key):
    po = make_po("71041654", SUP["VZL"], "femke", "EUR", "2026-11-26", [
        ("NK-PK-RSC-300", "Corrugated box RSC 300x200x200, single wall", 5000, "EA", "0.48", "2027-01-20"),
        ("NK-PK-PAD-600", "Corrugated pad 600x400 mm", 5000, "EA", "0.16", "2027-01-20"),
    ])
    top = ("Hoi Femke,\n\nDank voor de order. Planning is deze week nog bezig met de januari-indeling van de "
           "golfkartonlijn; ik kom uiterlijk vrijdag 4 december bij je terug met de bevestiging van aantallen en "
           "leverdata.\n\nGroet,\nSanne Verhoeven\nVerpakkingen Zeeland B.V.\n")
    msg = reply(key, po, ("Sanne Verhoeven", "s.verhoeven@verpakkingen-zeeland.example"), "2026-11-30 08:31:50", "+0100",
                top, "owa", lang="nl")
    return [po], msg, {"kind": "needs_review",
                       "notes": "Promise to confirm later ('uiterlijk vrijdag 4 december'); that date is the answer "
                                "deadline, not a delivery date."}


@case("tidewater-gmail-enus-hedge-mid-january")
def n_tide(key):
    po = make_po("71041662", SUP["TIDE"], "femke", "USD", "2026-11-25", [
        ("NK-CH-PU-310", "Polyurethane sealant 310 ml cartridge, grey", 960, "EA", "4.15", "2027-01-14"),
    ])
    top = ("Hi Femke,\n\nGot it, thanks. 960 cartridges of the grey PU should be doable - probably around mid-January, "
           "but I need to check with production before I can commit to a date. Pricing looks right to me.\n"
           "Will circle back early next week.\n\nMarcy Pruitt\nCustomer Service | Tidewater Adhesives LLC\n"
           "Chesapeake, VA | 757-555-0133\n")
    msg = reply(key, po, ("Marcy Pruitt", "marcy.pruitt@tidewater-adhesives.example"), "2026-11-25 15:12:09", "-0500",
                top, "gmail", lang="en")
    return [po], msg, {"kind": "needs_review",
                       "notes": "Hedge: 'should be doable', 'probably around mid-January', 'before I can commit' - the "
                                "mid-January guess matches the need-by (14 Jan) but nothing is committed."}


@case("ragusa-outlook-it-credit-hold")
def n_ragusa(key):
    po = make_po("71041670", SUP["RAGUSA"], "aga", "EUR", "2026-11-26", [
        ("NK-FS-DIN912-M6", "Socket head cap screw DIN 912 M6x20, 8.8 black", 10000, "EA", "0.0410", "2027-01-27"),
        ("NK-FS-DIN985-M6", "Nylon insert lock nut DIN 985 M6, zinc", 10000, "EA", "0.0230", "2027-01-27"),
    ])
    top = ("Gentile Sig.ra Wróbel,\n\nil Vs. ordine 71041670 è stato registrato ma risulta bloccato dal nostro ufficio "
           "crediti: potremo confermarlo, con quantità e date di consegna, solo dopo il saldo delle fatture scadute "
           "n. 2026/3381 del 30/09/2026 e n. 2026/3412 del 15/10/2026 (totale € 4.212,60).\n\n"
           "Il materiale è comunque disponibile a magazzino.\n\nCordiali saluti\nGiulia Ferraro\n"
           "Fratelli Ragusa Minuterie S.r.l.\n")
    msg = reply(key, po, ("Giulia Ferraro", "g.ferraro@ragusa-minuterie.example"), "2026-11-27 09:15:44", "+0100", top,
                "outlook-desktop", lang="it", subject="R: Order acknowledgment requested - PO 71041670")
    return [po], msg, {"kind": "needs_review",
                       "notes": "Credit hold: confirmation conditional on paying overdue invoices; invoice dates and "
                                "amount are not order data; 'disponibile a magazzino' is not a commitment."}


@case("wlo-outlook-de-receipt-only")
def n_wlo(key):
    po = make_po("71041689", SUP["WLO"], "aga", "EUR", "2026-11-26", [
        ("NK-BRG-6305-ZZ", "Deep groove ball bearing 6305-ZZ", 300, "EA", "3.70", "2027-02-05"),
        ("NK-BRG-NU206", "Cylindrical roller bearing NU 206 ECP", 60, "EA", "18.20", "2027-02-05"),
    ])
    top = ("Guten Tag Frau Wróbel,\n\nhiermit bestätigen wir den Eingang Ihrer Bestellung 71041689 vom 26.11.2026. "
           "Die Bestellung wird derzeit bearbeitet; die Auftragsbestätigung mit den verbindlichen Lieferterminen "
           "erhalten Sie in den nächsten Tagen separat.\n\nMit freundlichen Grüßen\ni. A. Sabine Krause\n"
           "Auftragsabwicklung\nWälzlagerwerk Oberlausitz GmbH\n")
    msg = reply(key, po, ("Krause, Sabine", "s.krause@wlo-lager.example"), "2026-11-26 15:05:12", "+0100", top,
                "outlook-desktop", lang="de", subject="AW: Order acknowledgment requested - PO 71041689")
    return [po], msg, {"kind": "needs_review",
                       "notes": "'bestätigen wir den Eingang' = acknowledgment of receipt only, written by a person; "
                                "binding dates announced for later. The verb 'bestätigen' is a trap."}


@case("thornbury-outlook-engb-confirms-quote-and-visit")
def n_thorn(key):
    po = make_po("71041697", SUP["THORN"], "aga", "GBP", "2026-11-26", [
        ("NK-SPR-GS-150", "Gas spring 150 N, stroke 100 mm", 200, "EA", "5.85", "2027-02-12"),
    ])
    top = ("Hi Agnieszka,\n\nJust to confirm: the pricing on our quotation Q-26-1187 remains valid until 31 January, and "
           "Tuesday 8 December at 10:00 works for our visit to Eindhoven - Rhys and I will be there.\n\n"
           "We'll talk the gas spring order through with you then.\n\nRegards,\nGareth\n")
    msg = reply(key, po, ("Gareth Pryce", "g.pryce@thornbury-springs.example"), "2026-11-30 16:44:03", "+0000", top,
                "outlook", lang="en-GB")
    return [po], msg, {"kind": "needs_review",
                       "notes": "Confirms a quotation validity (31 January) and a meeting (8 December) in the PO thread "
                                "- nothing about the order itself is committed; dates are not delivery dates."}


@case("vercors-apple-fr-bare-ok-to-pallet-question")
def n_ever(key):
    po = make_po("71041700", SUP["EVER"], "femke", "EUR", "2026-11-23", [
        ("NK-PK-ETUI-A4", "Folding carton A4, kraft, 400 g/m2", 8000, "EA", "0.112", "2027-01-15"),
        ("NK-PK-SLV-A4", "Sleeve for A4 carton, printed 1c", 8000, "EA", "0.046", "2027-01-15"),
    ])
    from lib_b import request_text, req_sent, req_subject
    import email.utils as eu
    rid = po["request_message_id"]
    follow_id = "<nk.20261127101502.f3a1@noordkaap.example>"
    reqt = request_text(po)
    later = ("Bonjour Claire,\n\nPetite question en attendant votre confirmation : pouvez-vous livrer sur palettes "
             "Europe 80x120 (échangeables) plutôt que sur palettes perdues ?\n\nMerci,\nFemke de Graaf\n"
             "Noordkaap Technical Supply B.V.\n")
    chain = ("ok\n\nClaire\n\n> Le 27 nov. 2026 à 10:15, Femke de Graaf <f.degraaf@noordkaap.example> a écrit :\n> \n" +
             "\n".join(("> " + l) if l else ">" for l in later.split("\n")) +
             "\n> \n>> Le 23 nov. 2026 à 09:14, Femke de Graaf <f.degraaf@noordkaap.example> a écrit :\n>> \n" +
             "\n".join((">> " + l) if l else ">>" for l in reqt.split("\n")) + "\n")
    msg = reply(key, po, ("Claire Morel", "c.morel@emballages-vercors.example"), "2026-11-27 11:02:48", "+0100", chain,
                "apple", lang="fr", quote=False, html=False,
                subject="Re: Order acknowledgment requested - PO 71041700", refs=f"{rid} {follow_id}")
    msg.replace_header("In-Reply-To", follow_id)
    return [po], msg, {"kind": "needs_review",
                       "notes": "Bare 'ok' answering the buyer's LATER question about Euro pallets (In-Reply-To is the "
                                "follow-up mail, References include the request). It does not confirm the order."}


@case("kps-outlook-see-attached-rohs-declaration")
def n_kps(key):
    po = make_po("71041719", SUP["KPS"], "aga", "USD", "2026-11-25", [
        ("NK-FS-TS-4.2x16", "Self-tapping screw ISO 7049 ST4.2x16, pan head, zinc", 20000, "EA", "0.0098", "2027-02-19"),
        ("NK-FS-RIV-4x10", "Blind rivet 4.0 x 10 mm, alu/steel", 30000, "EA", "0.0075", "2027-02-19"),
    ])

    def pdf(p):
        p.set_font("DejaVu", "B", 13)
        p.cell(0, 8, "DECLARATION OF CONFORMITY - RoHS (EU) 2015/863 & REACH SVHC", new_x="LMARGIN", new_y="NEXT")
        p.set_font("DejaVu", "", 9)
        p.multi_cell(0, 5, "Manufacturer: Kaohsiung Precision Screw Co., Ltd.\n"
                           "Products: carbon steel fasteners, zinc plated (trivalent chromium passivation), series ST, "
                           "RIV, HB, CB, WN\n\nWe hereby declare that the above products do not contain lead, mercury, "
                           "cadmium, hexavalent chromium, PBB, PBDE, DEHP, BBP, DBP or DIBP above the limits of "
                           "Directive 2011/65/EU as amended by (EU) 2015/863, and do not contain SVHC of the candidate "
                           "list (update 2026/06/27) above 0.1 % w/w.\n\nValid until: 2027/12/31\n"
                           "Issued: 2026/11/02, Kaohsiung\n\nQuality Assurance Manager: C.H. Wu")
    data = pdf_doc(pdf)
    top = "Dear Agnieszka,\n\nPlease see attached.\n\nBest regards,\nAmy Lin\nKaohsiung Precision Screw Co., Ltd.\n"
    msg = reply(key, po, ("Amy Lin", "amy.lin@kps-screw.example"), "2026-11-26 10:12:57", "+0800", top,
                "outlook-desktop", lang="en", atts=[Att(data, "application", "pdf", "KPS_RoHS_REACH_Declaration_2026.pdf")])
    return [po], msg, {"kind": "needs_review",
                       "notes": "'Please see attached' in the PO thread, but the attachment is a RoHS/REACH "
                                "declaration that says nothing about this order (its dates are issue/validity dates)."}


@case("wlo-outlook-de-as-requested-but-ab-differs")
def n_wlo2(key):
    po = make_po("71041727", SUP["WLO"], "aga", "EUR", "2026-11-20", [
        ("NK-BRG-6008-2RS", "Deep groove ball bearing 6008-2RS", 200, "EA", "4.95", "2027-01-15"),
        ("NK-BRG-7205-B", "Angular contact bearing 7205 B", 80, "EA", "12.30", "2027-01-15"),
    ])

    def pdf(p):
        p.set_font("DejaVu", "B", 12)
        p.cell(0, 7, "Wälzlagerwerk Oberlausitz GmbH - AUFTRAGSBESTÄTIGUNG Nr. 2026-119102", new_x="LMARGIN", new_y="NEXT")
        p.set_font("DejaVu", "", 9)
        p.cell(0, 5, "Ihre Bestellung: 71041727 vom 20.11.2026     Datum: 25.11.2026", new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
        pdf_table(p, ["Pos", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "Preis/St EUR", "Liefertermin"],
                  [["10", "NK-BRG-6008-2RS", "Rillenkugellager 6008-2RS", "200 St", "4,95", "KW 05/2027"],
                   ["20", "NK-BRG-7205-B", "Schrägkugellager 7205 B", "80 St", "12,30", "KW 05/2027"]],
                  [10, 34, 56, 20, 24, 28], size=8)
    data = pdf_doc(pdf)
    top = ("Hallo Frau Wróbel,\n\nanbei die AB zu Ihrer Bestellung 71041727. Lieferung wie gewünscht.\n\n"
           "Viele Grüße\nSabine Krause\nAuftragsabwicklung\nWälzlagerwerk Oberlausitz GmbH\n")
    msg = reply(key, po, ("Krause, Sabine", "s.krause@wlo-lager.example"), "2026-11-25 13:40:21", "+0100", top,
                "outlook-desktop", lang="de", subject="AW: Order acknowledgment requested - PO 71041727",
                atts=[Att(data, "application", "pdf", "AB_2026-119102.pdf")])
    return [po], msg, {"kind": "needs_review",
                       "notes": "Contradiction: body says 'Lieferung wie gewünscht' (15 Jan) while the attached AB says "
                                "KW 05/2027 (29 Jan) for both positions -> needs a human, not a confirmation."}


@case("kowalczyk-outlook-pl-confirmation-retracted")
def n_kowel(key):
    po = make_po("71041735", SUP["KOWEL"], "rahul", "EUR", "2026-11-25", [
        ("NK-EL-ESP32", "Wi-Fi module ESP32-WROOM-32E, 4 MB", 500, "EA", "2.85", "2027-01-15"),
        ("NK-EL-ANT-2G4", "2.4 GHz PCB antenna, U.FL cable 100 mm", 500, "EA", "0.62", "2027-01-15"),
    ])
    top = ("Dzień dobry,\n\npotwierdzamy realizację zamówienia 71041735 na 15.01.2027, ilości i ceny zgodnie z "
           "zamówieniem.\n\nAKTUALIZACJA: przepraszam, właśnie dostałam informację z magazynu, że cała dostawa od "
           "producenta jest opóźniona i termin 15.01 nie jest pewny. Proszę na razie traktować powyższe potwierdzenie "
           "jako nieaktualne – wrócę z nowym terminem.\n\nPozdrawiam\nMarta Zielińska\nKowalczyk Elektronika Sp. z o.o.\n")
    msg = reply(key, po, ("Marta Zielińska", "m.zielinska@kowalczyk-elektronika.example"), "2026-11-27 12:08:33", "+0100",
                top, "outlook-desktop", lang="pl", subject="ODP: Order acknowledgment requested - PO 71041735")
    return [po], msg, {"kind": "needs_review",
                       "notes": "Polish: a confirmation for 15.01.2027 immediately withdrawn in the same mail "
                                "('proszę traktować jako nieaktualne', new date to follow) -> contradictory, nothing "
                                "committed."}


@case("coimbatore-zoho-enin-prices-ok-dates-tbc")
def n_cpc(key):
    po = make_po("71041743", SUP["CPC"], "aga", "USD", "2026-11-26", [
        ("NK-CAST-IMP-65", "Impeller DN65, cast iron, balanced", 150, "EA", "18.90", "2027-02-26"),
        ("NK-CAST-CVR-65", "Pump cover DN65, cast iron, machined", 150, "EA", "12.30", "2027-02-26"),
    ])
    top = ("Dear Madam,\n\nGreetings! We acknowledge your PO No. 71041743 and the prices are in order.\n\n"
           "Regarding delivery, our foundry schedule for February is being finalised and we shall confirm the "
           "delivery dates by next week.\n\nWith warm regards,\nR. Senthil Kumar\nCoimbatore Pump Castings Pvt. Ltd.\n")
    msg = reply(key, po, ("R. Senthil Kumar", "marketing@cbe-pumpcast.example"), "2026-11-28 11:30:02", "+0530", top,
                "zoho", lang="en")
    return [po], msg, {"kind": "needs_review",
                       "notes": "'prices are in order' but dates 'to be confirmed next week' - a line addressed without "
                                "committing is unconfirmed, so the reply commits to nothing."}


@case("sonoran-owa-enus-stock-check-only")
def n_sed(key):
    po = make_po("71041751", SUP["SED"], "rahul", "USD", "2026-11-27", [
        ("NK-EL-REL-SSR25", "Solid state relay 25 A, 3-32 VDC control", 100, "EA", "9.60", "2027-01-08"),
        ("NK-EL-HS-SSR", "Heatsink for SSR, DIN-rail", 100, "EA", "6.20", "2027-01-08"),
    ])
    top = ("Rahul,\n\nQuick heads-up: we have both the 25 A SSRs (312 on hand) and the heatsinks (145 on hand) in stock "
           "in Tempe today. Order entry is backed up after the holiday, so the formal acknowledgment will come from "
           "Jessica once it's keyed in.\n\nBrandon\n")
    msg = reply(key, po, ("Brandon Ruiz", "bruiz@sonoran-elec.example"), "2026-11-30 12:15:41", "-0700", top, "owa",
                lang="en")
    return [po], msg, {"kind": "needs_review",
                       "notes": "Stock information only (on-hand quantities 312/145, not order quantities); the formal "
                                "acknowledgment is announced for later. No commitment."}


# ===========================================================================
# auto replies
# ===========================================================================

def simple_po(num, sup, buyer, cur, issued, item, desc, qty, uom, price, date, req_time="09:14:22"):
    return make_po(num, SUP[sup], buyer, cur, issued, [(item, desc, qty, uom, price, date)], req_time=req_time)


def auto_msg(key, po, sender, date_s, tz, subject, text, extra=(), threaded=True, html_=None, charset="utf-8",
             cte="quoted-printable", msgid=None, to=None):
    from lib_b import std_headers, buyer_addr, when
    from mailers import msgid_for, rng_for, hexs
    w = when(date_s, tz)
    rid = po.get("request_message_id") if threaded else None
    mid = msgid or msgid_for("plain", key, sender[1].split("@")[1])
    h = std_headers(sender[0], sender[1], to or buyer_addr(po), subject, w, mid, in_reply=rid, refs=rid,
                    extra=list(extra), qid=hexs(rng_for(key), 14))
    from lib_b import build
    return build(h, text=text, html_body=html_, charset=charset, cte=cte,
                 boundaries=("=_alt_" + hexs(rng_for(key + "x"), 16), "x", "y"))


@case("thornbury-ooo-engb-auto-submitted")
def a_thorn(key):
    po = simple_po("71041760", "THORN", "aga", "GBP", "2026-11-27", "NK-SPR-C0630", "Compression spring 0.63 x 6 x 30 mm",
                   4000, "EA", "0.142", "2027-01-22")
    text = ("Thank you for your email. I am out of the office until Monday 7 December with limited access to email.\n\n"
            "For urgent order queries please contact our sales office on 01454 555 730 or sales@thornbury-springs.example.\n\n"
            "Kind regards,\nGareth Pryce\n")
    msg = auto_msg(key, po, ("Gareth Pryce", "g.pryce@thornbury-springs.example"), "2026-11-27 09:14:40", "+0000",
                   "Automatic reply: Order acknowledgment requested - PO 71041760", text, threaded=False,
                   extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                          ("X-MS-Exchange-Inbox-Rules-Loop", "g.pryce@thornbury-springs.example"),
                          ("Content-Language", "en-GB")],
                   html_=None)
    return [po], msg, {"kind": "auto_reply",
                       "notes": "Exchange out-of-office with Auto-Submitted: auto-replied; 'Monday 7 December' is the "
                                "return date, not a delivery date. Not threaded (Exchange OOO has no In-Reply-To)."}


@case("schmitz-notes-de-abwesenheit-precedence-bulk")
def a_schmd(key):
    po = simple_po("71041778", "SCHMD", "aga", "EUR", "2026-11-27", "NK-SEAL-OR80x4", "O-ring 80 x 4 mm, FKM 75",
                   1000, "EA", "0.31", "2027-01-20")
    text = ("Ich bin bis einschließlich 04.12.2026 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an Frau Petra Lenz, Tel. +49 2191 555 4471, "
            "verkauf@schmitz-dichtung.example.\n\nMit freundlichen Grüßen\nUwe Hollmann\n")
    msg = auto_msg(key, po, ("Uwe Hollmann", "uwe.hollmann@schmitz-dichtung.example"), "2026-11-27 09:15:02", "+0100",
                   "Abwesenheitsnotiz: Order acknowledgment requested - PO 71041778", text, threaded=True,
                   extra=[("Precedence", "bulk"), ("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF68 February 06, 2018")],
                   cte="quoted-printable")
    return [po], msg, {"kind": "auto_reply",
                       "notes": "Lotus Notes absence notice with 'Precedence: bulk' only (no Auto-Submitted), threaded "
                                "on the request. 04.12.2026 is the return date."}


@case("vercors-ooo-fr-x-autoreply")
def a_ever(key):
    po = simple_po("71041786", "EVER", "femke", "EUR", "2026-11-27", "NK-PK-BOX-PIZ", "Corrugated shipping box 350x350x60",
                   6000, "EA", "0.27", "2027-01-29")
    text = ("Bonjour,\n\nJe suis absente du bureau jusqu'au mercredi 2 décembre inclus. Pour toute commande urgente, "
            "merci de contacter l'administration des ventes au +33 4 76 55 51 20 ou adv@emballages-vercors.example.\n\n"
            "Cordialement,\nClaire Morel\n")
    msg = auto_msg(key, po, ("Claire Morel", "c.morel@emballages-vercors.example"), "2026-11-27 09:14:51", "+0100",
                   "Réponse automatique : Order acknowledgment requested - PO 71041786", text,
                   extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Order acknowledgment requested - PO 71041786")])
    return [po], msg, {"kind": "auto_reply", "notes": "French out-of-office with X-Autoreply / X-Autorespond headers; "
                                                      "return date is not a delivery date."}


@case("kowalczyk-ooo-pl-no-auto-headers")
def a_kowel(key):
    po = simple_po("71041794", "KOWEL", "rahul", "EUR", "2026-11-30", "NK-EL-OPTO-817", "Optocoupler PC817, DIP-4",
                   5000, "EA", "0.0390", "2027-01-22")
    text = ("Dziękuję za wiadomość.\n\nJestem poza biurem do 07.12.2026 (włącznie) i nie mam dostępu do poczty. "
            "W sprawach pilnych proszę o kontakt z działem sprzedaży: zamowienia@kowalczyk-elektronika.example, "
            "tel. +48 61 555 21 40.\n\nThank you for your message. I am out of the office until 07.12.2026.\n\n"
            "Marta Zielińska\n")
    msg = auto_msg(key, po, ("Marta Zielińska", "m.zielinska@kowalczyk-elektronika.example"), "2026-11-30 09:14:58",
                   "+0100", "Odp: Order acknowledgment requested - PO 71041794", text, threaded=True)
    return [po], msg, {"kind": "auto_reply",
                       "notes": "Bilingual pl/en out-of-office WITHOUT any auto headers and with a plain 'Odp:' subject; "
                                "recognisable only by content and by arriving seconds after the request."}


@case("jiadeli-qq-zh-auto-reply")
def a_jdl(key):
    po = simple_po("71041808", "JDL", "femke", "USD", "2026-11-30", "NK-PK-PEB-40", "PE bag 400x600 mm, 50 um, clear",
                   20000, "EA", "0.0260", "2027-02-05")
    text = ("这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在12月8日返回，"
            "届时将尽快给您回复。急事请联系 +86 138 5555 0917（微信同号）。\n")
    msg = auto_msg(key, po, ("王磊", "2851736620@qq.example"), "2026-11-30 16:15:03", "+0800",
                   "自动回复: Order acknowledgment requested - PO 71041808", text, threaded=False, charset="gb18030",
                   cte="base64", to="f.degraaf@noordkaap.example", extra=[("X-QQ-MAILER", "QQMail 2.x"), ("Auto-Submitted", "auto-replied")])
    return [po], msg, {"kind": "auto_reply",
                       "notes": "QQ Mail vacation auto-reply in Chinese (GB18030/base64) from the contact's personal "
                                "address; '12月8日' is the return date."}


@case("hokuriku-ooo-ja-iso2022jp")
def a_hsd(key):
    po = simple_po("71041816", "HSD", "rahul", "USD", "2026-11-30", "NK-SN-CAP-M18", "Capacitive proximity sensor M18, PNP",
                   80, "EA", "27.40", "2027-02-19")
    text = ("【自動返信】\n\nお問い合わせいただきありがとうございます。\n誠に勝手ながら、12月1日（火）から12月4日（金）まで"
            "出張のため不在にしております。\n12月7日（月）以降、順次対応させていただきます。\n\n"
            "This is an automatic reply. I am on a business trip until December 4 and will reply after December 7.\n\n"
            "北陸センサーデバイス株式会社 海外営業部\n佐藤 美咲\n")
    msg = auto_msg(key, po, ("Misaki Sato", "m-sato@hokuriku-sensor.example"), "2026-12-01 08:02:11", "+0900",
                   "自動返信: Order acknowledgment requested - PO 71041816", text, threaded=True,
                   charset="iso-2022-jp", cte="7bit", extra=[("Auto-Submitted", "auto-replied")])
    return [po], msg, {"kind": "auto_reply",
                       "notes": "Japanese auto-reply in ISO-2022-JP (7bit) with an English sentence; several dates "
                                "(12月1日, 12月4日, 12月7日) are absence dates, not delivery dates."}


@case("tlakove-ooo-cs-auto-submitted")
def a_tab(key):
    po = simple_po("71041824", "TAB", "aga", "EUR", "2026-11-30", "NK-VLV-BV1", 'Ball valve 1" BSP, brass, PN30',
                   400, "EA", "9.10", "2027-01-29")
    text = ("Dobrý den,\n\nod 30. 11. do 4. 12. 2026 čerpám dovolenou. Vaše zpráva nebude přeposlána. V naléhavých "
            "případech kontaktujte prosím obchodní oddělení: prodej@tlakove-armatury.example, tel. +420 545 555 300.\n\n"
            "Petr Dvořák\n")
    msg = auto_msg(key, po, ("Petr Dvořák", "dvorak@tlakove-armatury.example"), "2026-11-30 09:15:20", "+0100",
                   "Automatická odpověď: Order acknowledgment requested - PO 71041824", text, threaded=True,
                   extra=[("Auto-Submitted", "auto-replied (vacation)"), ("User-Agent", "Mozilla Thunderbird")])
    return [po], msg, {"kind": "auto_reply", "notes": "Czech vacation auto-reply (Auto-Submitted: auto-replied (vacation))."}


@case("metpaulista-ooo-ptbr-outlook")
def a_metp(key):
    po = simple_po("71041832", "METP", "aga", "USD", "2026-11-30", "NK-CAST-PH100", "Pump housing DN100, GG25, machined",
                   40, "EA", "176.00", "2027-03-12")
    text = ("Prezado(a),\n\nEstarei ausente do escritório entre 30/11 e 11/12/2026, participando da feira em São Paulo, "
            "com acesso limitado aos e-mails. Para assuntos urgentes, favor contatar vendas@metpaulista.example.\n\n"
            "Atenciosamente,\nRenata Oliveira\n")
    msg = auto_msg(key, po, ("Renata Oliveira", "renata.oliveira@metpaulista.example"), "2026-11-30 05:14:49", "-0300",
                   "Resposta automática: Order acknowledgment requested - PO 71041832", text, threaded=False,
                   extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                          ("Content-Language", "pt-BR")],
                   html_=html_doc(text_to_html(text)))
    return [po], msg, {"kind": "auto_reply", "notes": "Brazilian Outlook 'Resposta automática' with html; dates are the "
                                                      "absence period."}


@case("greatlakes-ticket-system-received-request")
def a_glf(key):
    po = simple_po("71041840", "GLF", "aga", "USD", "2026-11-30", "NK-FS-WASH-3/8", 'Flat washer 3/8" SAE, zinc',
                   10000, "EA", "0.0210", "2027-01-19")
    text = ("Hello,\n\nWe received your request and a ticket has been created: #CS-2026-118734.\n\n"
            "Subject: Order acknowledgment requested - PO 71041840\nStatus: Open\nPriority: Normal\n\n"
            "Our customer service team answers requests within 1-2 business days. Please keep the ticket number in the "
            "subject line of any further correspondence.\n\nGreat Lakes Fastener Supply - Customer Care\n"
            "This is an automated message; replies to this address are not monitored.\n")
    msg = auto_msg(key, po, ("Great Lakes Fastener Customer Care", "support@glfastener.example"), "2026-11-30 03:14:35",
                   "-0500", "[Ticket #CS-2026-118734] We received your request: Order acknowledgment requested - PO 71041840",
                   text, threaded=True, extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"),
                                               ("Precedence", "auto_reply")],
                   html_=html_doc(text_to_html(text, font="Helvetica,Arial,sans-serif")))
    return [po], msg, {"kind": "auto_reply", "notes": "Helpdesk ticket acknowledgment ('We received your request'); the "
                                                      "ticket number contains digits resembling an AB number."}


# ===========================================================================
# bounces
# ===========================================================================

def request_message(po):
    """Our original request mail (as it would be returned inside a bounce)."""
    from email.message import EmailMessage
    from lib_b import POLICY, req_sent, req_subject, request_text, request_html, rfcdate, buyer_addr, sup_addr
    m = EmailMessage(policy=POLICY)
    m["From"] = buyer_addr(po)
    m["To"] = sup_addr(po)
    m["Subject"] = req_subject(po)
    m["Date"] = rfcdate(req_sent(po))
    m["Message-ID"] = po["request_message_id"]
    m["X-Mailer"] = "Noordkaap PO-Ack 2.3"
    m.set_content(request_text(po), charset="utf-8", cte="quoted-printable")
    m.add_alternative(html_doc(request_html(po)), subtype="html", charset="utf-8", cte="quoted-printable")
    m.set_boundary("===============po" + po["po_number"] + "==")
    return m.as_string(policy=POLICY)


def request_headers_only(po):
    full = request_message(po)
    return full.split("\n\n", 1)[0] + "\n"


@case("ragusa-exim-dsn-user-unknown")
def b_ragusa(key):
    po = simple_po("71041859", "RAGUSA", "aga", "EUR", "2026-11-30", "NK-FS-DIN7985-M4", "Pan head screw DIN 7985 M4x10, A2",
                   10000, "EA", "0.0160", "2027-01-27", req_time="10:02:17")
    orig = request_message(po)
    raw = f"""Return-Path: <>
Received: from mx1.ragusa-minuterie.example ([203.0.113.70])
	by mx2.noordkaap.example (Postfix) with ESMTPS id 4DrK0c2bQnz9sRt
	for <a.wrobel@noordkaap.example>; Mon, 30 Nov 2026 10:02:25 +0100 (CET)
Received: from Debian-exim by mx1.ragusa-minuterie.example with local (Exim 4.96)
	id 1vQx3a-00071b-0E
	for a.wrobel@noordkaap.example; Mon, 30 Nov 2026 10:02:24 +0100
X-Failed-Recipients: ordini@ragusa-minuterie.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx1.ragusa-minuterie.example>
To: a.wrobel@noordkaap.example
Content-Type: multipart/report; report-type=delivery-status; boundary=1796029344-eximdsn-1340518721
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vQx3a-00071b-0E@mx1.ragusa-minuterie.example>
Date: Mon, 30 Nov 2026 10:02:24 +0100

--1796029344-eximdsn-1340518721
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ordini@ragusa-minuterie.example
    host mail.ragusa-minuterie.example [203.0.113.71]
    SMTP error from remote mail server after RCPT TO:<ordini@ragusa-minuterie.example>:
    550 5.1.1 <ordini@ragusa-minuterie.example>: mailbox unavailable - address changed to vendite.italia@ragusa-minuterie.example

--1796029344-eximdsn-1340518721
Content-type: message/delivery-status

Reporting-MTA: dns; mx1.ragusa-minuterie.example

Action: failed
Final-Recipient: rfc822;ordini@ragusa-minuterie.example
Status: 5.1.1
Remote-MTA: dns; mail.ragusa-minuterie.example
Diagnostic-Code: smtp; 550 5.1.1 <ordini@ragusa-minuterie.example>: mailbox unavailable - address changed to vendite.italia@ragusa-minuterie.example

--1796029344-eximdsn-1340518721
Content-type: message/rfc822

{orig}
--1796029344-eximdsn-1340518721--
"""
    return [po], raw.encode("utf-8"), {"kind": "bounce",
                                       "notes": "Exim RFC 3464 DSN (permanent 5.1.1) returning the full request as "
                                                "message/rfc822; the returned request contains the PO's quantities, "
                                                "price and date, which are not an answer. Not threaded via headers."}


@case("kps-o365-ndr-access-denied")
def b_kps(key):
    po = simple_po("71041867", "KPS", "aga", "USD", "2026-11-30", "NK-FS-HN-M10", "Hex nut ISO 4032 M10, 8, zinc",
                   20000, "EA", "0.0190", "2027-02-26", req_time="11:40:05")
    hdrs = request_headers_only(po)
    raw = f"""Received: from AM9PR03MB8389.eurprd05.prod.outlook.com (2603:10a6:20b:3a1::12)
 by AM9PR03MB8389.eurprd05.prod.outlook.com with mapi id 15.20.8207.021; Mon, 30 Nov 2026 10:40:11 +0000
MIME-Version: 1.0
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@noordkaap.example>
To: <a.wrobel@noordkaap.example>
Date: Mon, 30 Nov 2026 10:40:11 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e7a8b5c1-7d3f-4b0e-9a21-5d3c1f0e2b44"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <e8c5a1f0-0c7b-4e1e-8c0a-3f2d9b7a5c11@AM9PR03MB8389.eurprd05.prod.outlook.com>
In-Reply-To: {po['request_message_id']}
References: {po['request_message_id']}
Subject: Undeliverable: Order acknowledgment requested - PO 71041867
Auto-Submitted: auto-replied

--e7a8b5c1-7d3f-4b0e-9a21-5d3c1f0e2b44
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="1c4d2b8a-9e3f-4a6b-b0c2-7f8e9d1a2b3c"

--1c4d2b8a-9e3f-4a6b-b0c2-7f8e9d1a2b3c
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery has failed to these recipients or groups:

oa@kps-screw.example
Your message couldn't be delivered. The receiving email server rejected it=
 because your organization's domain isn't on its list of allowed senders.

Diagnostic information for administrators:

Generating server: AM9PR03MB8389.eurprd05.prod.outlook.com

oa@kps-screw.example
Remote Server returned '550 5.7.1 Recipient address rejected: Access denied=
. [mx.kps-screw.example]'

Original message headers:

{hdrs}
--1c4d2b8a-9e3f-4a6b-b0c2-7f8e9d1a2b3c
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><p><b><font color=3D"#000066" size=3D"3" face=3D"=
Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:oa=
@kps-screw.example">oa@kps-screw.example</a><br>Your message couldn't be d=
elivered. The receiving email server rejected it because your organization=
's domain isn't on its list of allowed senders.</p></font>
<p>Remote Server returned '550 5.7.1 Recipient address rejected: Access de=
nied. [mx.kps-screw.example]'</p></body></html>

--1c4d2b8a-9e3f-4a6b-b0c2-7f8e9d1a2b3c--

--e7a8b5c1-7d3f-4b0e-9a21-5d3c1f0e2b44
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR03MB8389.eurprd05.prod.outlook.com
Received-From-MTA: dns;AM9PR03MB8389.eurprd05.prod.outlook.com
Arrival-Date: Mon, 30 Nov 2026 10:40:05 +0000

Final-Recipient: rfc822;oa@kps-screw.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 Recipient address rejected: Access denied
Remote-MTA: dns;mx.kps-screw.example

--e7a8b5c1-7d3f-4b0e-9a21-5d3c1f0e2b44
Content-Type: text/rfc822-headers

{hdrs}
--e7a8b5c1-7d3f-4b0e-9a21-5d3c1f0e2b44--
"""
    return [po], raw.encode("utf-8"), {"kind": "bounce",
                                       "notes": "Exchange Online NDR ('Undeliverable:', 5.7.1 access denied) threaded "
                                                "on the request via In-Reply-To; only the original headers are returned "
                                                "(text/rfc822-headers)."}


@case("pune-postfix-delayed-mailbox-full")
def b_pune(key):
    po = simple_po("71041875", "PUNE", "femke", "USD", "2026-11-26", "NK-PK-CT-150", "Nylon cable tie 150 x 3.6 mm, natural",
                   200000, "EA", "0.0041", "2027-02-12", req_time="08:55:40")
    orig_h = request_headers_only(po)
    raw = f"""Return-Path: <>
Received: by mx2.noordkaap.example (Postfix)
	id 4DqX7m0c9Fz9sQw; Sat, 28 Nov 2026 08:57:12 +0100 (CET)
Date: Sat, 28 Nov 2026 08:57:12 +0100 (CET)
From: MAILER-DAEMON@mx2.noordkaap.example (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: f.degraaf@noordkaap.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4DqX7m0c9Fz9sQw.1795679832/mx2.noordkaap.example"
Message-Id: <20261128075712.4DqX7m0c9Fz9sQw@mx2.noordkaap.example>

This is a MIME-encapsulated message.

--4DqX7m0c9Fz9sQw.1795679832/mx2.noordkaap.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.noordkaap.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 2 day(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<sales@punepolymers.example>: host mx.punepolymers.example[203.0.113.140]
    said: 452 4.2.2 <sales@punepolymers.example>: Mailbox full, quota exceeded
    (in reply to RCPT TO command)

--4DqX7m0c9Fz9sQw.1795679832/mx2.noordkaap.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.noordkaap.example
X-Postfix-Queue-ID: 4DqW2k1T8Kz9sPb
X-Postfix-Sender: rfc822; f.degraaf@noordkaap.example
Arrival-Date: Thu, 26 Nov 2026 08:55:41 +0100 (CET)

Final-Recipient: rfc822; sales@punepolymers.example
Original-Recipient: rfc822;sales@punepolymers.example
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.punepolymers.example
Diagnostic-Code: smtp; 452 4.2.2 <sales@punepolymers.example>: Mailbox full,
    quota exceeded
Will-Retry-Until: Tue, 1 Dec 2026 08:55:41 +0100 (CET)

--4DqX7m0c9Fz9sQw.1795679832/mx2.noordkaap.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{orig_h}
--4DqX7m0c9Fz9sQw.1795679832/mx2.noordkaap.example--
"""
    return [po], raw.encode("utf-8"), {"kind": "bounce",
                                       "notes": "Postfix delay warning (Action: delayed, 4.2.2 mailbox full) - a "
                                                "temporary failure is still a delivery status notification; "
                                                "'Will-Retry-Until' date is not a delivery date."}


@case("schmitz-domino-plain-delivery-failure")
def b_schmd(key):
    po = simple_po("71041883", "SCHMD", "aga", "EUR", "2026-11-30", "NK-SEAL-VR-40", "V-ring seal VA 40, NBR",
                   500, "EA", "0.88", "2027-01-29", req_time="13:20:44")
    orig = request_message(po)
    raw = f"""Return-Path: <>
Received: from mailsrv01.schmitz-dichtung.example ([203.0.113.90])
	by mx2.noordkaap.example (Postfix) with ESMTP id 4DrQ9d6VfLz9sTk
	for <a.wrobel@noordkaap.example>; Mon, 30 Nov 2026 13:21:02 +0100 (CET)
From: Postmaster@schmitz-dichtung.example
To: a.wrobel@noordkaap.example
Date: Mon, 30 Nov 2026 13:21:01 +0100
Subject: DELIVERY FAILURE: User Uwe Hollmann (uwe.hollmann@schmitz-dichtung.example) not listed in Domino Directory
Message-ID: <OFD2A1B3C4.0E5F6A7B-ONC1258A51.0044B2C1@schmitz-dichtung.example>
X-Mailer: Lotus Domino Release 9.0.1FP10
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_mixed 0044B2C1C1258A51_="

--=_mixed 0044B2C1C1258A51_=
Content-Type: text/plain; charset="US-ASCII"

Your message

  Subject: Order acknowledgment requested - PO 71041883

was not delivered to:

  uwe.hollmann@schmitz-dichtung.example

because:

  User Uwe Hollmann (uwe.hollmann@schmitz-dichtung.example) not listed in Domino Directory

--=_mixed 0044B2C1C1258A51_=
Content-Type: message/rfc822

{orig}
--=_mixed 0044B2C1C1258A51_=--
"""
    po["lines"]  # keep
    # this PO was sent to the contact person, not the general sales address
    return [po], raw.encode("utf-8"), {"kind": "bounce",
                                       "notes": "Lotus Domino 'DELIVERY FAILURE' report: no multipart/report and no "
                                                "delivery-status part, just text plus the returned request (which "
                                                "carries PO values)."}


# ===========================================================================
# unrelated
# ===========================================================================

@case("alpenkraft-newsletter-price-increase")
def u_alpk(key):
    po = make_po("71041891", SUP["ALPK"], "aga", "EUR", "2026-11-26", [
        ("NK-DRV-GM150", "Helical gear motor 1.5 kW, i=15.9, B5 flange", 4, "EA", "1590.00", "2027-02-19"),
    ])
    text = ("Alpenkraft News 12/2026\n\nSehr geehrte Kundinnen und Kunden\n\n"
            "1) Neue Baureihe SG-Eco: Stirnradgetriebemotoren IE4 von 0,37 bis 7,5 kW - jetzt bestellbar.\n"
            "2) Preisanpassung: Per 01.01.2027 passen wir unsere Listenpreise um durchschnittlich 3,5 % an.\n"
            "3) Lieferzeiten: Standardmotoren aktuell 6-8 Wochen, Frequenzumrichter 4 Wochen.\n"
            "4) Betriebsferien: 24.12.2026 bis 03.01.2027.\n\n"
            "Freundliche Grüsse\nIhr Alpenkraft-Team\n\n"
            "Sie erhalten diesen Newsletter, weil Sie Kunde der Alpenkraft Antriebe AG sind. Abmelden: "
            "https://news.alpenkraft.example/unsubscribe?u=7f3a91\n")
    from lib_b import std_headers, when, build
    h = std_headers("Alpenkraft Antriebe AG", "news@alpenkraft.example", "a.wrobel@noordkaap.example",
                    "Alpenkraft News 12/2026: neue Baureihe SG-Eco, Preise 2027, Betriebsferien",
                    when("2026-11-30 07:00:00", "+0100"), "<20261130060000.7f3a91.4471@news.alpenkraft.example>",
                    extra=[("List-Unsubscribe", "<https://news.alpenkraft.example/unsubscribe?u=7f3a91>, "
                                                "<mailto:unsubscribe@news.alpenkraft.example?subject=7f3a91>"),
                           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                           ("X-Mailer", "mailchimp.example 2.1"), ("List-Id", "Alpenkraft Kundeninfo <news.alpenkraft.example>")])
    msg = build(h, text=text, html_body=html_doc(text_to_html(text, font="Arial,sans-serif")),
                boundaries=("_----------=_MCPart_1940227715", "x", "y"))
    return [po], msg, {"kind": "unrelated",
                       "notes": "Supplier newsletter (List-Unsubscribe, Precedence: bulk) with a price increase, lead "
                                "times and holiday dates - not an answer about the open PO 71041891."}


@case("greatlakes-shipping-notice-other-po")
def u_glf(key):
    po = simple_po("71041905", "GLF", "aga", "USD", "2026-11-27", "NK-FS-LW-1/2", 'Split lock washer 1/2", zinc',
                   8000, "EA", "0.0180", "2027-01-15")
    text = ("Great Lakes Fastener Supply - Shipment Notification\n\n"
            "Your order has shipped!\n\nSales order: SO 557990\nYour PO: 71039902\nShip date: 11/27/2026\n"
            "Carrier: UPS Freight  PRO# 118-4471902\nEstimated delivery: 12/08/2026\n\n"
            "Line  Item                       Qty shipped\n1     HEX NUT 1/2-13 GR5 ZN      6,000\n"
            "2     FLAT WASHER 1/2 USS ZN     6,000\n\n"
            "Questions? Reply to this e-mail or call (574) 555-0142.\n")
    from lib_b import std_headers, when, build
    h = std_headers("Great Lakes Fastener Supply", "shipping@glfastener.example", "a.wrobel@noordkaap.example",
                    "Shipment notification - SO 557990 / PO 71039902", when("2026-11-27 16:45:10", "-0500"),
                    "<SN557990.20261127164510@glfastener.example>", extra=[("X-Mailer", "Epicor Kinetic Notifier")])
    msg = build(h, text=text, html_body=html_doc(text_to_html(text, font="Arial,sans-serif")),
                boundaries=("----=_Part_557990_1801", "x", "y"))
    return [po], msg, {"kind": "unrelated",
                       "notes": "Shipping notification for another, older PO (71039902) of the same supplier; the open "
                                "PO 71041905 is not mentioned. Ship/estimated delivery dates must not be applied."}


@case("dunmore-invoice-other-po-pdf")
def u_dunm(key):
    po = simple_po("71041913", "DUNM", "rahul", "GBP", "2026-11-27", "NK-CB-HAR-C04", "Wire harness C04, 4-way, 300 mm",
                   1000, "EA", "2.95", "2027-01-29")

    def pdf(p):
        p.set_font("DejaVu", "B", 13)
        p.cell(0, 8, "Dunmore Cable & Harness Ltd - TAX INVOICE", new_x="LMARGIN", new_y="NEXT")
        p.set_font("DejaVu", "", 9)
        for l in ["Invoice no: INV-26-3318      Invoice date: 27/11/2026      Due: 27/12/2026",
                  "Customer: Noordkaap Technical Supply B.V.     Your order: 71040410     Delivery note: DN-26-5120"]:
            p.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
        pdf_table(p, ["Line", "Item", "Description", "Qty", "Unit £", "Net £"],
                  [["1", "NK-CB-HAR-A12", "Wire harness A12, 12-way, 450 mm", "200", "6.85", "1,370.00"],
                   ["2", "NK-CB-PIG-M12", "M12 pigtail 5-pin, 2 m, PUR", "300", "4.10", "1,230.00"]],
                  [12, 34, 70, 16, 20, 24], size=8)
        p.ln(2)
        p.multi_cell(0, 5, "Net total £2,600.00 - VAT 0% (intra-community, reverse charge) - Total due £2,600.00")
    data = pdf_doc(pdf)
    text = ("Dear Customer,\n\nPlease find attached invoice INV-26-3318 for your order 71040410.\n\n"
            "Dunmore Cable & Harness Ltd - Accounts\n")
    from lib_b import std_headers, when, build
    h = std_headers("Dunmore Accounts", "accounts@dunmore-harness.example", "ap@noordkaap.example",
                    "Invoice INV-26-3318 - Noordkaap Technical Supply B.V.", when("2026-11-27 17:30:00", "+0000"),
                    "<INV-26-3318.1764264600@dunmore-harness.example>", extra=[("X-Mailer", "Sage 200 Mailer")],
                    cc="Rahul Menon <r.menon@noordkaap.example>")
    msg = build(h, text=text, atts=[Att(data, "application", "pdf", "INV-26-3318.pdf")],
                boundaries=("----=_Part_3318_0001", "x", "y"))
    return [po], msg, {"kind": "unrelated",
                       "notes": "Invoice for a different, earlier PO (71040410) with items that also appear in other "
                                "Dunmore POs; the open PO 71041913 is not addressed."}


@case("kronoberg-black-week-promotion")
def u_kron(key):
    po = simple_po("71041921", "KRON", "aga", "EUR", "2026-11-27", "NK-TL-HSS-10", "HSS-Co drill bit 10.0 mm, DIN 338",
                   300, "EA", "4.60", "2027-01-22")
    text = ("BLACK WEEK at Kronoberg Verktyg!\n\n-15 % on all drill and tap sets until Friday 4 December.\n"
            "Order before 4 December - delivery within week 50 guaranteed.\n\nUse code BW26 in our web shop.\n\n"
            "Kronoberg Verktyg AB, Växjö. You receive this mailing as a registered customer. Unsubscribe: "
            "https://kronoberg-verktyg.example/u/aw\n")
    from lib_b import std_headers, when, build
    h = std_headers("Kronoberg Verktyg AB", "marketing@kronoberg-verktyg.example", "a.wrobel@noordkaap.example",
                    "Black Week: -15 % on drill & tap sets - delivery week 50 guaranteed",
                    when("2026-11-30 06:30:00", "+0100"), "<bw26.aw.20261130@mail.kronoberg-verktyg.example>",
                    extra=[("List-Unsubscribe", "<https://kronoberg-verktyg.example/u/aw>"), ("Precedence", "bulk")])
    msg = build(h, text=text, html_body=html_doc(text_to_html(text, font="Verdana,sans-serif")),
                boundaries=("=_bw26_alt_01", "x", "y"))
    return [po], msg, {"kind": "unrelated",
                       "notes": "Marketing mailing from a supplier with an open PO; 'delivery within week 50 "
                                "guaranteed' is advertising, not an answer."}


LANG = {'kronoberg-outlook-sv-english-weeks-split': 'en (Swedish sender)',
    'plastyzlin-outlook-cs-tyden-price': 'cs',
    'kowalczyk-outlook-pl-80-of-100': 'pl',
    'rajkot-xlsx-enin-remarks-short-close': 'en-IN',
    'vercors-apple-fr-surcharge-semaine': 'fr',
    'greatlakes-owa-enus-shipdate-two-open-pos': 'en-US',
    'oleobresciana-erp-pdf-it-43-valve-fractions': 'it',
    'jiadeli-qq-zh-auto-reply': 'zh-CN',
    'thornbury-outlook-engb-skips-line-3': 'en-GB',
    'kowalczyk-outlook-pl-confirmation-retracted': 'pl',
    'jiadeli-qq-zh-split-ship-dates': 'zh-CN',
    'vercors-apple-fr-bare-ok-to-pallet-question': 'fr',
    'ragusa-outlook-it-price-per-1000': 'it',
    'greatlakes-ticket-system-received-request': 'en-US',
    'punepolymers-gmail-enin-lakh-dispatch': 'en-IN',
    'allegheny-outlook-enus-declines-whole-po': 'en-US',
    'greatlakes-shipping-notice-other-po': 'en-US',
    'lonestar-gmail-enus-forwarded-plant-chain': 'en-US',
    'hokuriku-outlook-en-ja-signature': 'en (Japanese sender)',
    'tlakove-ooo-cs-auto-submitted': 'cs',
    'coimbatore-zoho-enin-three-percent-increase': 'en-IN',
    'zeeland-owa-nl-forwarded-planning-chain': 'nl',
    'levante-gmail-es-two-pos-one-reply': 'es',
    'kps-xlsx-oa-per-thousand-eta': 'en (Taiwanese sender)',
    'devries-outlook-nl-verzend-vs-leverdatum': 'nl',
    'campinas-gmail-ptbr-split-contactors': 'pt-BR',
    'wlo-outlook-de-as-requested-but-ab-differs': 'de',
    'metpaulista-ooo-ptbr-outlook': 'pt-BR',
    'georgianbay-sap-text-oa-per-100-schedule': 'en-CA',
    'pune-postfix-delayed-mailbox-full': 'en (MTA)',
    'coimbatore-zoho-enin-prices-ok-dates-tbc': 'en-IN',
    'kps-outlook-see-attached-rohs-declaration': 'en (Taiwanese sender)',
    'kps-o365-ndr-access-denied': 'en (MTA)',
    'ragusa-exim-dsn-user-unknown': 'en (MTA)',
    'wlo-erp-pdf-ab-kw-ship-vs-delivery': 'de',
    'tidewater-gmail-enus-hedge-mid-january': 'en-US',
    'hokuriku-ooo-ja-iso2022jp': 'ja',
    'kowalczyk-gmail-pl-tydzien-reject': 'pl',
    'schmitz-notes-de-abwesenheit-precedence-bulk': 'de',
    'feinwerk-outlook-de-drawing-revision-question': 'de',
    'tlakove-thunderbird-cs-ks-by-description': 'cs',
    'thornbury-outlook-engb-alloy-surcharge': 'en-GB',
    'cascade-html-only-macoutlook-confirmed': 'en-US',
    'schmitz-notes-de-pricelist-effective-date': 'de',
    'xinlong-foxmail-zh-mould-broken-reject': 'zh-CN',
    'vercors-ooo-fr-x-autoreply': 'fr',
    'thornbury-outlook-engb-confirms-quote-and-visit': 'en-GB',
    'empaquesnorte-outlook-esmx-line-discontinued': 'es (MX)',
    'pennant-outlook-engb-relative-dates': 'en-GB',
    'huarui-foxmail-zh-price-up-led': 'zh-CN',
    'rheintal-sap-pdf-de-per-1000kg-einteilung': 'de',
    'kowalczyk-ooo-pl-no-auto-headers': 'pl',
    'thornbury-ooo-engb-auto-submitted': 'en-GB',
    'alpenkraft-outlook-dech-apostrophe-price': 'de-CH',
    'huarui-foxmail-en-moq-question': 'en (Chinese sender)',
    'wlo-outlook-de-receipt-only': 'de',
    'zeeland-owa-nl-will-confirm-friday': 'nl',
    'hanse-kartonagen-outlook-de-kw53': 'de',
    'vogtland-thunderbird-de-inline-answers': 'de',
    'schmitz-domino-plain-delivery-failure': 'en (MTA)',
    'huarui-foxmail-en-8-lines-two-tbc': 'en (Chinese sender)',
    'dunmore-invoice-other-po-pdf': 'en-GB',
    'sonoran-owa-enus-stock-check-only': 'en-US',
    'kronoberg-black-week-promotion': 'en (Swedish sender)',
    'ragusa-outlook-it-credit-hold': 'it',
    'metpaulista-outlook-ptbr-one-line-rejected': 'pt-BR',
    'alpenkraft-newsletter-price-increase': 'de-CH',
    'sonoran-owa-enus-by-item-code-reordered': 'en-US',
    'caledonian-outlook-engb-80-of-100-and-week': 'en-GB',
    'dunmore-mobile-engb-except-line-2': 'en-GB',
    'levante-gmail-es-split-drums': 'es',
    'tidewater-iphone-enus-all-as-ordered': 'en-US'}


def write_readme(rows):
    from collections import Counter
    kinds = Counter(r[1] for r in rows)
    langs = Counter(r[2].split(" ")[0] for r in rows)
    out = ["# Held-out corpus, batch B (Noordkaap Technical Supply B.V.)", "",
           "World: Noordkaap Technical Supply B.V., Eindhoven (noordkaap.example), a distributor of industrial parts, "
           "electronics, packaging and chemicals; buyers Femke de Graaf (packaging & chemicals), Rahul Menon "
           "(electronics) and Agnieszka Wróbel (industrial parts); 39 suppliers in Europe, Asia and the Americas. "
           "Our request mail ('Order acknowledgment requested - PO 7104xxxx') lists every line's quantity, price and "
           "need-by date, so replies that quote it carry PO values that must not count.", "",
           "Regenerate: `/work/heldout/venv-b/bin/python make_batch.py` (needs fpdf2 + openpyxl; helpers in lib_b.py "
           "and mailers.py; output is byte-for-byte deterministic). Validate: "
           "`python3 /work/shared/corpus/check_corpus.py cases`.", "",
           f"{len(rows)} cases. Kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ".",
           "Languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())) + ".", "",
           "Format of each line below: `case folder | kind | language | what makes it hard`.", ""]
    for r in rows:
        out.append(f"- {r[0]} | {r[1]} | {r[2]} | {r[3]}")
    (ROOT.parent / "README.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def main():
    import random
    if ROOT.exists():
        shutil.rmtree(ROOT)
    ROOT.mkdir(parents=True)
    order = list(CASES)
    random.Random(20261203).shuffle(order)  # fixed interleaving of kinds
    rows = []
    for i, (slug, fn) in enumerate(order, 1):
        pos, msg, exp = fn(f"B-{slug}")
        write_case(ROOT, i, slug, pos, msg, exp)
        rows.append((f"{i:03d}-{slug}", exp["kind"], LANG[slug], exp["notes"]))
    write_readme(rows)
    print(f"wrote {len(order)} cases to {ROOT}")


if __name__ == "__main__":
    main()
