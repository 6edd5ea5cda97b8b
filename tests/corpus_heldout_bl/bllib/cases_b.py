"""Cases 018-036: confirmations (attachments, conversions, schedules, several POs)."""
import datetime as dt

from .common import (case, sup, po, L, REJ, UNC, conf, D, reply, request_text, gt_quote, attribution,
                     inline_quote, attach, text_attach, wk, mdate, msgid, boundary, BUYER_DOM)
from .mime import Part, Multi, message, addr, ew
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("pasta-racks-pdf-only", "confirmation/it-IT",
      "Body only says 'in allegato'; all values are in a Flate-compressed PDF order confirmation with its own position numbers (10/20/30).")
def c018(slug):
    s = sup("BERTOLINI", "Essiccatoi Bertolini S.r.l.", "ordini@bertolini-essiccatoi.example", "it-IT")
    p = po("4500071660", s, "EUR", "2026-11-05", [
        ("PDR-TEL-60x40", "Drying tray 60x40 cm, beech, nylon mesh", 150, "EA", "18.60", "2026-12-04"),
        ("PDR-CARR-20", "Drying trolley for 20 trays 60x40", 6, "EA", "465.00", "2026-12-04"),
        ("PDR-CANNA-1.2", "Pasta rod 1.2 m, 12 mm aluminium", 400, "EA", "3.15", "2026-12-04"),
    ])
    assert 150 * D("18.60") == D("2790.00") and 6 * D("465") == D("2790") and 400 * D("3.15") == D("1260")
    pdf = make_pdf([
        "# CONFERMA D'ORDINE N. OC-26/1187",
        "Essiccatoi Bertolini S.r.l. - Via dell'Artigianato 14 - 43036 Fidenza (PR) - P.IVA IT01234560345",
        "",
        "Data: 11/11/2026                      Cliente: Halvard Trading B.V., Waalhaven Z.z. 44, 3089 JH Rotterdam (NL)",
        "Vs. ordine: 4500071660 del 05/11/2026  Resa: DAP Rotterdam   Pagamento: bonifico 60 gg d.f.f.m.",
        "",
        "Pos.  Codice          Descrizione                                  Q.ta  UM   Prezzo EUR   Importo EUR   Consegna",
        "10    PDR-TEL-60x40   Telaio essiccazione 60x40 cm faggio/rete nylon  150  PZ       18,60      2.790,00   04/12/2026",
        "20    PDR-CARR-20     Carrello porta-telai 20 x 60x40                    6  PZ      465,00      2.790,00   18/12/2026",
        "30    PDR-CANNA-1.2   Canna per pasta 1,2 m alluminio 12 mm            400  PZ        3,15      1.260,00   04/12/2026",
        "",
        "                                                       Totale imponibile EUR 6.840,00",
        "",
        "Note: pos. 20 - consegna posticipata per verniciatura telaio.",
        "Le date di consegna si intendono franco destino. Salvo il venduto.",
    ], compress=True, title="Conferma d'ordine OC-26/1187", author="Essiccatoi Bertolini S.r.l.",
        date="D:20261111101522+01'00'", producer="Zucchetti Ad Hoc Revolution")
    body = """Buongiorno,

in allegato la nostra conferma d'ordine n. OC-26/1187 relativa al Vs. ordine 4500071660.

Cordiali saluti

Federica Rinaldi
Ufficio Commerciale
Essiccatoi Bertolini S.r.l.
Via dell'Artigianato 14 - 43036 Fidenza (PR)
Tel. +39 0524 555 301

Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa comunicazione sono riservate e destinate esclusivamente al destinatario.
"""
    eml = reply(p, slug, frm=("Federica Rinaldi", "f.rinaldi@bertolini-essiccatoi.example"),
                date="2026-11-11T10:21:03+01:00", body=body, client="outlook", lang="it", locale="it-IT",
                charset="iso-8859-1", olfmt="giovedì 5 novembre 2026 09:14",
                attachments=[attach(pdf, "application/pdf", "OC-26-1187.pdf")])
    exp = conf("Everything is in the attached PDF (Flate stream). Supplier positions 10/20/30 map to PO lines 1/2/3 by item code. "
               "Pos. 20 delivery 18/12/2026 (PO 04/12) = changed; the others repeat quantity, price and 04/12/2026.",
               (p, {1: L(p, 1), 2: L(p, 2, date="2026-12-18"), 3: L(p, 3)}))
    return [p], eml, exp


@case("bows-inline-answers", "confirmation/es-ES",
      "Answers typed inline under each quoted PO line: one OK, one new date, one reduced quantity, one discontinued.")
def c019(slug):
    s = sup("TIZONA", "Arcos Tizona S.L.", "pedidos@arcostizona.example", "es-ES")
    p = po("4500071702", s, "EUR", "2026-11-06", [
        ("AB-RC-68-32", "Recurve bow 68 in, 32 lb, ILF riser", 10, "EA", "289.00", "2026-12-04"),
        ("AB-LB-70-40", "Longbow 70 in, 40 lb, laminated", 6, "EA", "245.00", "2026-12-04"),
        ("AB-STR-8125", "Bowstring 8125G, 18 strands, 68 in", 40, "EA", "11.50", "2026-12-04"),
        ("AB-LIMB-66-28", "Limbs 66 in, 28 lb, carbon/foam", 8, "PAIR", "179.00", "2026-12-04"),
    ], buyer="tf")
    ans = {1: "\nOK, confirmado.\n",
           2: "\nConfirmado, pero la entrega será el 11/12/2026.\n",
           3: "\nSolo podemos servir 25 uds. el 04/12; las otras 15 no, el hilo 8125G está descatalogado.\n",
           4: "\nEste artículo ya no lo fabricamos, lo siento.\n"}
    text = ("Hola Tomás,\n\nte contesto entre líneas.\n\nUn saludo,\nJavier\n\n"
            "El 06/11/2026 a las 9:14, Tomás Ferreira escribió:\n" + inline_quote(p, ans) +
            "\n-- \nJavier Ortega Ruiz\nArcos Tizona S.L. - Pol. Ind. La Cerámica, nave 7, 45600 Talavera de la Reina (Toledo)\n"
            "Tel. 925 55 61 20 - pedidos@arcostizona.example\n")
    eml = reply(p, slug, frm=("Javier Ortega", "pedidos@arcostizona.example"), date="2026-11-09T18:02:44+01:00",
                body="", client="thunderbird", lang="es", locale="es-ES", charset="iso-8859-1", cte="8bit",
                html=False, prefix="Re: ", text_override=text)
    exp = conf("Inline answers under each quoted line: line 1 'OK' = accepted; line 2 new date 11/12/2026; line 3 only 25 of 40 "
               "on 04/12, the rest not supplied = quantity 25; line 4 'ya no lo fabricamos' = rejected.",
               (p, {1: L(p, 1), 2: L(p, 2, date="2026-12-11"), 3: L(p, 3, q=25), 4: REJ}))
    return [p], eml, exp


@case("bass-pickups-two-shipments", "confirmation/es-MX",
      "Mexican Spanish: one line shipped half on the requested date and half in January (schedule), the other complete.")
def c020(slug):
    s = sup("SONORA", "Pastillas Sonora S.A. de C.V.", "ventas@pastillas-sonora.example", "es-MX")
    p = po("HT-26-1012", s, "USD", "2026-11-09", [
        ("GP-JB-4S", "Jazz bass pickup set, 4-string, 70 mm", 60, "SET", "54.00", "2026-12-11"),
        ("GP-PB-SPLIT", "Split-coil P bass pickup, 4/4 poles", 80, "EA", "38.00", "2026-12-11"),
    ], buyer="og")
    body = """Hola Oliver:

Gracias por tu orden HT-26-1012. Te confirmamos:

Partida 1 – 60 juegos JB a USD 54.00: enviamos 30 juegos el 11/12/2026 y los 30 restantes el 08/01/2027 (nos falta imán de alnico 5).
Partida 2 – 80 pzas. P-bass a USD 38.00: completo el 11/12/2026.

Saludos cordiales,

Lic. Mariana Cárdenas
Ventas Exportación
Pastillas Sonora S.A. de C.V.
Blvd. Industrial 2450, Parque Industrial, Hermosillo, Son. C.P. 83299
Tel. +52 662 555 1840
"""
    eml = reply(p, slug, frm=("Mariana Cárdenas", "mcardenas@pastillas-sonora.example"),
                date="2026-11-17T12:20:31-07:00", body=body, client="gmail", lang="es", charset="UTF-8",
                prefix="RE: ", wrote_fmt="lun, 9 nov 2026 a las 1:14")
    exp = conf("Partida 1 ships 30 on 11/12/2026 and 30 on 08/01/2027 (day-first): schedule, date 2027-01-08, price as ordered. "
               "Partida 2 complete on the requested date = accepted. Ship dates count as no delivery date is given.",
               (p, {1: L(p, 1, q=60, sched=[(30, "2026-12-11"), (30, "2027-01-08")]), 2: L(p, 2)}))
    return [p], eml, exp


@case("port-pipes-one-liner", "confirmation/pt-PT",
      "One-line iPhone reply 'conforme pedido (quantidades, preços e entrega a 18/12)' above the quoted request.")
def c021(slug):
    s = sup("TANDOURO", "Tanoaria do Douro, Lda.", "encomendas@tanoaria-douro.example", "pt-PT")
    p = po("4500071733", s, "EUR", "2026-11-10", [
        ("WB-PORT-550", "Port pipe 550 L, used, 8/10 years", 6, "EA", "420.00", "2026-12-18"),
        ("WB-HOOP-2.5", "Galvanised hoop 2.5 mm, set of 6", 10, "SET", "38.00", "2026-12-18"),
    ], buyer="tf")
    body = """Bom dia Tomás, confirmamos a encomenda 4500071733 conforme pedido (quantidades, preços e entrega a 18/12).

Cumprimentos,
Rui Pacheco

Enviado do meu iPhone
"""
    eml = reply(p, slug, frm=("Rui Pacheco", "rui.pacheco@tanoaria-douro.example"),
                date="2026-11-11T08:02:19+00:00", body=body, client="iphone", lang="pt", charset="utf-8",
                prefix="Re: ", wrote_fmt="10/11/2026, às 08:14")
    exp = conf("Short mobile reply confirming 'conforme pedido' with quantities, prices and delivery 18/12 (= requested "
               "2026-12-18): both lines accepted.", (p, {1: L(p, 1), 2: L(p, 2)}))
    return [p], eml, exp


@case("pipettes-line-discontinued", "confirmation/nl-BE",
      "Flemish reply accepting three lines and declining the fourth (discontinued, no successor), with a long disclaimer.")
def c022(slug):
    s = sup("LABOMAT", "Labomat Vlaanderen BV", "orders@labomat.example", "nl-BE")
    p = po("4500071750", s, "EUR", "2026-11-06", [
        ("LP-SC-0.5-10", "Single-channel pipette 0.5-10 µl", 12, "EA", "158.00", "2026-12-04"),
        ("LP-SC-100-1000", "Single-channel pipette 100-1000 µl", 12, "EA", "158.00", "2026-12-04"),
        ("LP-STAND-6", "Carousel stand for 6 pipettes", 4, "EA", "74.00", "2026-12-04"),
        ("LP-CAL-KIT", "Calibration weight set 1 mg - 50 g", 1, "SET", "640.00", "2026-12-04"),
    ], buyer="ml")
    body = """Goedemiddag Mira,

Bedankt voor uw bestelling 4500071750.

- Lijn 1 en 2 (pipetten 0,5-10 µl en 100-1000 µl): akkoord, 12 + 12 st. à € 158,00, levering 04/12/2026.
- Lijn 3 (carrouselstandaard voor 6 pipetten): akkoord, 4 st. à € 74,00, levering 04/12/2026.
- Lijn 4 (kalibratieset 1 mg - 50 g): kunnen wij helaas niet leveren - de fabrikant heeft dit artikel uit het gamma gehaald en er is geen opvolger. Gelieve deze lijn te schrappen.

Met vriendelijke groeten,

Pieter Claes
Customer Service
Labomat Vlaanderen BV | Industrieweg 118, 9032 Gent | BTW BE 0123.456.789
T +32 9 555 27 40

Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u dit bericht per vergissing ontvangen hebt, gelieve de afzender te verwittigen en het bericht te verwijderen.
"""
    eml = reply(p, slug, frm=("Pieter Claes", "pieter.claes@labomat.example"),
                date="2026-11-12T14:10:37+01:00", body=body, client="outlook", lang="nl", locale="nl-BE",
                charset="windows-1252", olfmt="vrijdag 6 november 2026 09:14")
    exp = conf("Lines 1-3 confirmed with PO quantity, price and 04/12/2026 = accepted; line 4 cannot be supplied "
               "(discontinued, 'gelieve deze lijn te schrappen') = rejected.",
               (p, {1: L(p, 1), 2: L(p, 2), 3: L(p, 3), 4: REJ}))
    return [p], eml, exp


@case("tracks-xlsx-confirmation", "confirmation/pl-PL",
      "Values only in an attached XLSX with Excel date serials: one line repriced and moved, one line reduced with the rest cancelled.")
def c023(slug):
    s = sup("GTATRY", "Gąsienice Tatry Sp. z o.o.", "zamowienia@gasienice-tatry.example", "pl-PL")
    p = po("4500071777", s, "PLN", "2026-11-06", [
        ("ST-15x121-100", "Track 15x121 in, 1.0 in lug, trail", 10, "EA", "3890.00", "2026-12-11"),
        ("ST-15x137-150", "Track 15x137 in, 1.5 in lug, mountain", 8, "EA", "4420.00", "2026-12-11"),
        ("ST-STUD-1325", "Traction studs 1.325 in, box of 96", 20, "BOX", "310.00", "2026-12-11"),
        ("ST-IDLER-8", "Idler wheel 8 in with bearing 6205", 16, "EA", "149.00", "2026-12-11"),
    ])
    rows = [["Potwierdzenie zamówienia / Order confirmation"],
            ["Nr zamówienia klienta:", "4500071777"], ["Nr potwierdzenia:", "PZ/2026/11/0233"], [],
            ["Poz.", "Indeks", "Opis", "Ilość", "J.m.", "Cena netto PLN", "Wartość netto PLN", "Data dostawy", "Uwagi"],
            [1, "ST-15x121-100", "Gąsienica 15x121\" lug 1,0\"", 10, "szt.", D("3890.00"), D("38900.00"), dt.date(2026, 12, 11), ""],
            [2, "ST-15x137-150", "Gąsienica 15x137\" lug 1,5\"", 8, "szt.", D("4520.00"), D("36160.00"), dt.date(2026, 12, 18), "nowa cena od 01.11.2026"],
            [3, "ST-STUD-1325", "Kolce 1,325\" op. 96 szt.", 20, "op.", D("310.00"), D("6200.00"), dt.date(2026, 12, 11), ""],
            [4, "ST-IDLER-8", "Koło napinacza 8\" łożysko 6205", 12, "szt.", D("149.00"), D("1788.00"), dt.date(2026, 12, 11), "4 szt. anulowane - brak"],
            [], ["", "", "", "", "", "Razem netto", D("83048.00")]]
    assert 8 * D("4520") == D("36160") and 12 * 149 == 1788 and 38900 + 36160 + 6200 + 1788 == 83048
    x = make_xlsx(rows, sheet="Potwierdzenie", creator="Comarch ERP Optima")
    body = """Dzień dobry,

w załączeniu potwierdzenie zamówienia 4500071777 (plik Excel). Proszę o sprawdzenie.

Pozdrawiam
Katarzyna Nowak
Dział Sprzedaży
Gąsienice Tatry Sp. z o.o.
ul. Przemysłowa 9, 34-400 Nowy Targ
tel. +48 18 555 44 21
"""
    eml = reply(p, slug, frm=("Katarzyna Nowak", "k.nowak@gasienice-tatry.example"),
                date="2026-11-13T08:57:14+01:00", body=body, client="outlook", lang="pl", locale="pl-PL",
                charset="iso-8859-2", prefix="Odp: ", olfmt="piątek, 6 listopada 2026 09:14",
                attachments=[attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    "PZ_2026_11_0233.xlsx")])
    exp = conf("All values are in the XLSX (dates are Excel serials with a date format). Line 2: 4 520,00 (PO 4 420,00) and "
               "18.12.2026; line 4: 12 of 16, '4 szt. anulowane' = quantity 12; lines 1 and 3 as ordered.",
               (p, {1: L(p, 1), 2: L(p, 2, price="4520.00", date="2026-12-18"), 3: L(p, 3), 4: L(p, 4, q=12)}))
    return [p], eml, exp


@case("trailer-brakes-prose", "confirmation/sk-SK",
      "Slovak prose: two positions confirmed together, the brake units later with 'cena a počet bez zmeny'; dates as '4. 12. 2026'.")
def c024(slug):
    s = sup("KOVAC", "Prívesy Kováč s.r.o.", "objednavky@privesy-kovac.example", "sk-SK")
    p = po("4500071790", s, "EUR", "2026-11-09", [
        ("HTP-COUP-2T", "Ball coupling 2,000 kg, 50 mm", 10, "EA", "68.00", "2026-12-04"),
        ("HTP-JOCK-48", "Jockey wheel 48 mm, 200 kg", 10, "EA", "42.50", "2026-12-04"),
        ("HTP-BRK-2000", "Overrun brake unit 2000 kg", 4, "EA", "389.00", "2026-12-04"),
    ], buyer="og")
    body = """Dobrý deň, pán Grant,

ďakujeme za objednávku 4500071790. Spojky a oporné kolesá (pol. 1 a 2) vieme dodať v požadovanom množstve a za objednané ceny 4. 12. 2026. Nájazdové brzdy (pol. 3) dostaneme od výrobcu až neskôr, preto ich dodáme 15. 12. 2026 - cena a počet bez zmeny.

S pozdravom

Ján Kováč
obchodný referent
Prívesy Kováč s.r.o., Priemyselná 12, 917 01 Trnava
tel.: +421 33 555 6120
"""
    eml = reply(p, slug, frm=("Ján Kováč", "jan.kovac@privesy-kovac.example"),
                date="2026-11-13T10:44:25+01:00", body=body, client="thunderbird", lang="sk", locale="sk-SK",
                charset="iso-8859-2", html=False, prefix="Re: ", wrote_fmt="9. 11. 2026 o 9:14")
    exp = conf("Positions 1 and 2 confirmed as ordered for 4. 12. 2026; position 3 moved to 15. 12. 2026 with price and quantity "
               "unchanged.", (p, {1: L(p, 1), 2: L(p, 2), 3: L(p, 3, date="2026-12-15")}))
    return [p], eml, exp


@case("frames-per-hundred", "confirmation/hu-HU",
      "Hungarian prices quoted per 100 pieces ('100 db-onként 42 500 Ft') against a per-piece PO; one changes, one is equal after conversion.")
def c025(slug):
    s = sup("MEHESZ", "Méhész Kellék Kft.", "rendeles@meheszkellek.example", "hu-HU")
    p = po("4500071805", s, "HUF", "2026-11-05", [
        ("BF-HUNOR-42", "Hunor frame 42x36 cm, pine, wired", 1200, "EA", "410.00", "2026-12-04"),
        ("BF-WAX-3922", "Foundation wax sheet 39x22 cm", 2400, "EA", "165.00", "2026-12-04"),
    ], buyer="ml")
    body = """Kedves Mira!

Köszönjük a 4500071805 számú megrendelést. Visszaigazolás:

1. tétel: Hunor keret 42x36, 1 200 db - ára 100 db-onként 42 500 Ft, szállítás 2026.12.04.
2. tétel: műlép 39x22, 2 400 db - 16 500 Ft / 100 db, szállítás 2026.12.04.

Az 1. tétel ára a fűrészáru drágulása miatt emelkedett.

Üdvözlettel:
Szabó Gábor
értékesítés
Méhész Kellék Kft. | 6000 Kecskemét, Méhész utca 3.
Tel.: +36 76 555 123
"""
    eml = reply(p, slug, frm=("Szabó Gábor", "szabo.gabor@meheszkellek.example"),
                date="2026-11-10T15:19:40+01:00", body=body, client="outlook", lang="hu", locale="hu-HU",
                charset="iso-8859-2", olfmt="2026. november 5., csütörtök 9:14")
    assert D(42500) / 100 == D("425.00") and D(16500) / 100 == D("165.00")
    exp = conf("Prices are per 100 pieces: 42 500 Ft/100 = 425.00 per EA (PO 410.00) -> line 1 changed; 16 500 Ft/100 = 165.00 "
               "= PO -> line 2 accepted. Dates 2026.12.04 as requested.",
               (p, {1: L(p, 1, price="425.00"), 2: L(p, 2)}))
    return [p], eml, exp


@case("bells-erp-pdf-auto", "confirmation/ro-RO",
      "Automatic ERP mail ('mesaj generat automat, nu răspundeți') with an uncompressed PDF order confirmation; it commits, so it is a confirmation.")
def c026(slug):
    s = sup("CLOPOTNITA", "Clopotnița Ardeleană SRL", "comenzi@clopotnita.example", "ro-RO")
    p = po("4500071820", s, "EUR", "2026-11-06", [
        ("CB-BELL-300", "Bronze bell 300 mm, 18 kg, tone d2", 4, "EA", "1980.00", "2026-12-18"),
        ("CB-MOTOR-24V", "Bell swing motor 24V, 0.37 kW", 2, "EA", "1240.00", "2026-12-18"),
        ("CB-ROPE-16", "Bell rope 16 mm, natural hemp", 50, "M", "6.40", "2026-12-18"),
    ])
    pdf = make_pdf([
        "# CONFIRMARE COMANDA / ORDER CONFIRMATION  CC-2026-0455",
        "Clopotnita Ardeleana SRL - Str. Turnului 5, 550173 Sibiu - CUI RO12345678",
        "",
        "Client: Halvard Trading B.V., Rotterdam (NL)          Comanda client: 4500071820 / 06.11.2026",
        "Data: 12.11.2026          Conditii livrare: DAP Rotterdam          Moneda: EUR",
        "",
        "Nr.  Cod articol     Denumire                              Cant.  UM    Pret unitar    Valoare     Data livrare",
        "1    CB-BELL-300     Clopot bronz 300 mm, 18 kg, ton d2        4  BUC      1.980,00     7.920,00    18.12.2026",
        "2    CB-MOTOR-24V    Motor balans clopot 24V, 0,37 kW          2  BUC      1.240,00     2.480,00    08.01.2027",
        "3    CB-ROPE-16      Franghie clopot 16 mm, canepa            50  M            6,40       320,00    18.12.2026",
        "",
        "                                                            Total fara TVA:  10.720,00 EUR",
        "",
        "Pozitia 2: termen modificat - motoarele sosesc de la furnizor in ianuarie.",
        "Document generat automat de SAP Business One. Nu necesita semnatura.",
    ], compress=False, title="CC-2026-0455", author="Clopotnita Ardeleana SRL", date="D:20261112061502+02'00'",
        producer="SAP Business One 10.0 / Crystal Reports")
    assert 4 * 1980 + 2 * 1240 + 50 * D("6.40") == D("10720")
    body = """Stimate client,

Vă transmitem atașat confirmarea comenzii CC-2026-0455 pentru comanda dumneavoastră nr. 4500071820.

Dear customer, please find attached our order confirmation CC-2026-0455 for your purchase order 4500071820.

Acest mesaj a fost generat automat. Vă rugăm să nu răspundeți la această adresă.
This is an automatically generated message. Please do not reply.

Clopotnița Ardeleană SRL | Str. Turnului 5, 550173 Sibiu | Tel. +40 269 555 410
"""
    slugb = boundary(slug, 1, "java")
    root = Multi("mixed", [Part("text/plain", body, "utf-8", "quoted-printable"),
                           attach(pdf, "application/pdf", "CC-2026-0455.pdf")], slugb)
    hdr = [("Date", mdate("2026-11-12T06:15:04+02:00")),
           ("From", addr("Clopotnița Ardeleană - Comenzi", "comenzi@clopotnita.example", "utf-8")),
           ("To", addr(p["buyer"]["name"], p["buyer"]["email"])),
           ("Message-ID", "<SBO.CC-2026-0455.20261112061504@clopotnita.example>"),
           ("Subject", ew("Confirmare comandă CC-2026-0455 / PO 4500071820", "utf-8")),
           ("X-Mailer", "SAP Business One Mailer 10.0"), ("Auto-Submitted", "auto-generated")]
    eml = message(hdr, root)
    exp = conf("Generated by the supplier's ERP (Auto-Submitted header, 'nu răspundeți'), but the attached PDF commits to the "
               "order, so it is a confirmation. Position 2 delivery 08.01.2027 (changed); positions 1 and 3 as ordered.",
               (p, {1: L(p, 1), 2: L(p, 2, date="2027-01-08"), 3: L(p, 3)}))
    return [p], eml, exp


@case("pickups-cyrillic-partial", "confirmation/bg-BG",
      "Bulgarian windows-1251 base64: first line confirmed for 60 of 100 with the remainder cancelled; others as ordered.")
def c027(slug):
    s = sup("ZVUKOTEH", "Звукотехника ООД", "orders@zvukotehnika.example", "bg-BG")
    p = po("4500071838", s, "EUR", "2026-11-09", [
        ("GP-HB-B95", "Humbucker bridge 9.5k, ceramic, 52 mm", 100, "EA", "31.00", "2026-12-11"),
        ("GP-HB-N75", "Humbucker neck 7.5k, ceramic, 50 mm", 100, "EA", "31.00", "2026-12-11"),
        ("GP-COVER-CH", "Pickup cover chrome, 50/52 mm spacing", 200, "EA", "4.20", "2026-12-11"),
    ], buyer="og")
    body = """Здравейте, г-н Грант,

Благодарим за поръчка № 4500071838.

Поз. 1 – потвърждаваме само 60 бр. (наличност), остатъкът от 40 бр. не можем да доставим тази година и го анулираме. Цена 31,00 EUR, доставка 11.12.2026.
Поз. 2 – 100 бр. по 31,00 EUR, доставка 11.12.2026 – потвърдено.
Поз. 3 – 200 бр. по 4,20 EUR, доставка 11.12.2026 – потвърдено.

С уважение,
Николай Петров
Търговски отдел
Звукотехника ООД, ул. „Индустриална“ 14, 4000 Пловдив
тел. +359 32 555 871
"""
    eml = reply(p, slug, frm=("Николай Петров", "n.petrov@zvukotehnika.example"),
                date="2026-11-16T11:08:57+02:00", body=body, client="outlook", lang="bg", locale="bg-BG",
                charset="windows-1251", cte="base64", olfmt="понеделник, 9 ноември 2026 г. 10:14")
    exp = conf("Position 1: only 60 of 100 confirmed, the remaining 40 cancelled (not delivered later) -> quantity 60, no "
               "schedule. Positions 2 and 3 accepted.",
               (p, {1: L(p, 1, q=60), 2: L(p, 2), 3: L(p, 3)}))
    return [p], eml, exp


@case("bonsai-soil-per-tonne", "confirmation/hr-HR",
      "Croatian prices per tonne and quantities in tonnes ('2 t', '1,5 t') against a PO in KG; one price and one date change.")
def c028(slug):
    s = sup("ZEMKAM", "Zemlja i Kamen d.o.o.", "prodaja@zemlja-kamen.example", "hr-HR")
    p = po("4500071850", s, "EUR", "2026-11-05", [
        ("BS-AKA-2-5", "Akadama hard grade, 2-5 mm", 2000, "KG", "0.85", "2026-12-04"),
        ("BS-PUM-3-6", "Pumice 3-6 mm, sieved", 1500, "KG", "0.62", "2026-12-04"),
        ("BS-LAVA-4-8", "Lava rock 4/8 mm", 1000, "KG", "0.48", "2026-12-04"),
    ], buyer="ml")
    body = """Poštovana gospođo Lindqvist,

zahvaljujemo na narudžbi 4500071850. Potvrđujemo:

1. Akadama 2-5 mm – 2 t, cijena 890,00 EUR/t (novi cjenik od 1. 11.), isporuka 4. 12. 2026.
2. Plovučac 3-6 mm – 1,5 t, 620,00 EUR/t, isporuka 4. 12. 2026.
3. Vulkanski kamen 4/8 mm – 1 t, 480,00 EUR/t, isporuka 11. 12. 2026.

Lijep pozdrav,

Ivana Horvat
Prodaja
Zemlja i Kamen d.o.o. | Savska cesta 120, 10000 Zagreb
tel. +385 1 555 3320
"""
    eml = reply(p, slug, frm=("Ivana Horvat", "ivana.horvat@zemlja-kamen.example"),
                date="2026-11-10T09:26:11+01:00", body=body, client="outlook", lang="hr", locale="hr-HR",
                charset="windows-1250", prefix="Odg: ", olfmt="četvrtak, 5. studenoga 2026. 9:14")
    exp = conf("Tonnes vs kilograms: 2 t = 2000 KG, 1,5 t = 1500 KG, 1 t = 1000 KG (all as ordered). 890,00 EUR/t = 0.89 per KG "
               "(PO 0.85) -> line 1 changed; 620,00 EUR/t = 0.62 = PO -> line 2 accepted; line 3 480,00 EUR/t = 0.48 but "
               "delivery 11. 12. 2026 -> changed date.",
               (p, {1: L(p, 1, price="0.89"), 2: L(p, 2), 3: L(p, 3, date="2026-12-11")}))
    return [p], eml, exp


@case("ice-tools-three-pos-one-answered", "confirmation/sl-SI",
      "Three open POs with the same supplier; the reply confirms one and only mentions the other two as coming separately.")
def c029(slug):
    s = sup("LEDENO", "Ledeno Orodje d.o.o.", "narocila@ledeno-orodje.example", "sl-SI")
    pa = po("4500071861", s, "EUR", "2026-11-03", [
        ("IST-CHAIN-20", "Chainsaw bar 20 in, ice chain 3/8 pitch", 4, "EA", "210.00", "2026-12-04"),
        ("IST-DIE-GR12", "Die grinder bit set, 6 mm shank, 12 pcs", 6, "SET", "96.00", "2026-12-04"),
    ], buyer="og")
    pb = po("4500071874", s, "EUR", "2026-11-06", [
        ("IST-CHIS-2", "Flat chisel 2 in, 30 in handle", 8, "EA", "132.00", "2026-12-11"),
        ("IST-PICK-3", "Ice pick, 3-prong", 10, "EA", "24.50", "2026-12-11"),
        ("IST-TEMPL-A3", "Template paper A3, pad of 50 sheets", 5, "SET", "18.00", "2026-12-11"),
    ], buyer="og")
    pc = po("4500071899", s, "EUR", "2026-11-10", [
        ("IST-MOULD-100", "Ice block mould 100x50x25 cm", 2, "EA", "560.00", "2026-12-18"),
    ], buyer="og")
    body = """Pozdravljeni,

za naročilo 4500071874 potrjujemo vse tri postavke – količine in cene po naročilu, dobava 11. 12. 2026.

Za naročili 4500071861 in 4500071899 vam potrditev pošljemo ločeno.

Lep pozdrav

Matej Novak
Ledeno Orodje d.o.o.
Tržaška cesta 40, 1000 Ljubljana
T: +386 1 555 72 10
"""
    eml = reply(pb, slug, frm=("Matej Novak", "matej.novak@ledeno-orodje.example"),
                date="2026-11-13T09:00:45+01:00", body=body, client="outlook", lang="sl", locale="sl-SI",
                charset="windows-1250", prefix="RE: ", olfmt="petek, 6. november 2026 09:14")
    exp = conf("Only PO 4500071874 is answered (all three lines as ordered, 11. 12. 2026 = requested). 4500071861 and "
               "4500071899 are only mentioned ('potrditev pošljemo ločeno') and are left out.",
               (pb, {1: L(pb, 1), 2: L(pb, 2), 3: L(pb, 3)}))
    return [pa, pb, pc], eml, exp


@case("cool-bags-two-parts", "confirmation/sr-RS",
      "Serbian (Latin) reply: one line delivered in two parts with dot-grouped thousands ('1.800 kom'), another repriced.")
def c030(slug):
    s = sup("HLADNA", "Hladna Torba d.o.o. Beograd", "prodaja@hladnatorba.example", "sr-RS")
    p = po("4500071910", s, "EUR", "2026-11-09", [
        ("IC-BAG-2P", "Insulin cool bag for 2 pens, 18x8 cm", 3000, "EA", "4.90", "2026-12-11"),
        ("IC-GEL-50", "Gel pack 50 g for 2-pen bag", 3000, "EA", "0.65", "2026-12-11"),
        ("IC-WALLET-4P", "Cooling wallet 4 pens, 24h, 2027 design", 800, "EA", "12.40", "2026-12-11"),
    ], buyer="pn")
    body = """Poštovana Priya,

hvala na porudžbini 4500071910. Potvrđujemo sledeće:

Stavka 1 (torbica za 2 pena): 3.000 kom po 4,90 EUR – isporuka u dva dela: 1.800 kom 11.12.2026, preostalih 1.200 kom 22.12.2026.
Stavka 2 (gel uložak 50 g): 3.000 kom po 0,65 EUR – 11.12.2026.
Stavka 3 (novčanik za 4 pena): 800 kom po 12,90 EUR – 11.12.2026. Cena je korigovana zbog novog dizajna 2027.

Srdačan pozdrav,
Marko Jovanović
Hladna Torba d.o.o. | Bulevar Mihajla Pupina 10, 11070 Novi Beograd
tel. +381 11 555 4420
"""
    eml = reply(p, slug, frm=("Marko Jovanović", "marko.jovanovic@hladnatorba.example"),
                date="2026-11-17T13:36:02+01:00", body=body, client="gmail", charset="UTF-8", prefix="Re: ")
    exp = conf("Line 1: 1.800 (dot = thousands) on 11.12.2026 and 1.200 on 22.12.2026 = schedule, total 3000, date 2026-12-22. "
               "Line 2 as ordered. Line 3 price 12,90 (PO 12.40).",
               (p, {1: L(p, 1, q=3000, sched=[(1800, "2026-12-11"), (1200, "2026-12-22")]), 2: L(p, 2),
                    3: L(p, 3, price="12.90")}))
    return [p], eml, exp


@case("lens-parts-greek", "confirmation/el-GR",
      "Greek ISO-8859-7 reply with dot thousands and comma decimals; two of three delivery dates differ, one into 2027.")
def c031(slug):
    s = sup("FAROS", "Φάρος Οπτικά Α.Ε.", "sales@faros-optika.example", "el-GR")
    p = po("4500071925", s, "EUR", "2026-11-06", [
        ("LL-PRISM-12", "Glass prism ring 12 deg, 500 mm focal", 6, "EA", "1180.00", "2026-12-11"),
        ("LL-LAMP-1000", "Halogen lamp 1000 W, 120 V, P40s", 20, "EA", "64.00", "2026-12-04"),
        ("LL-PED-250", "Lens pedestal 250 mm, bronze", 2, "EA", "2350.00", "2026-12-18"),
    ])
    body = """Αγαπητέ κύριε Becker,

Σας ευχαριστούμε για την παραγγελία 4500071925. Επιβεβαιώνουμε:

Θέση 1: 6 τεμ. x 1.180,00 € - παράδοση 15/12/2026
Θέση 2: 20 τεμ. x 64,00 € - παράδοση 04/12/2026
Θέση 3: 2 τεμ. x 2.350,00 € - παράδοση 08/01/2027

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Φάρος Οπτικά Α.Ε. | Λεωφ. Συγγρού 210, 176 72 Καλλιθέα
Τηλ. +30 210 555 8841
"""
    eml = reply(p, slug, frm=("Γιώργος Παπαδόπουλος", "g.papadopoulos@faros-optika.example"),
                date="2026-11-11T12:12:12+02:00", body=body, client="outlook", lang="el", locale="el-GR",
                charset="iso-8859-7", olfmt="Παρασκευή, 6 Νοεμβρίου 2026 10:14")
    exp = conf("Greek number format (1.180,00 = 1180.00). Position 1 delivery 15/12/2026 and position 3 08/01/2027 (changed), "
               "position 2 as ordered.",
               (p, {1: L(p, 1, date="2026-12-15"), 2: L(p, 2), 3: L(p, 3, date="2027-01-08")}))
    return [p], eml, exp


@case("studs-vecka-50", "confirmation/sv-SE",
      "Swedish 'leverans vecka 50' for two rows and '4/12' (day/month) with a new price for the third.")
def c032(slug):
    s = sup("NORRBAND", "Norrland Bandteknik AB", "order@norrland-band.example", "sv-SE")
    p = po("4500071940", s, "SEK", "2026-11-09", [
        ("ST-STUD-1.6", "Carbide studs 1.6 in, box of 48", 30, "BOX", "1450.00", "2026-12-04"),
        ("ST-BACKER-SQ", "Square backer plates, box of 48", 30, "BOX", "380.00", "2026-12-04"),
        ("ST-SLIDE-HYF60", "Hyfax slide 60 in, 2027 models", 20, "EA", "540.00", "2026-12-04"),
        ("ST-TRK-ALIGN", "Track alignment tool, 2.52 in pitch", 2, "EA", "1190.00", "2026-12-04"),
    ], buyer="ml")
    body = """Hej Mira!

Tack för ordern 4500071940. Vi bekräftar:

Rad 1 och 2 - antal och pris enligt order, leverans vecka 50.
Rad 3 - Hyfax 60 tum: 20 st à 565,00 kr, leverans 4/12.

Med vänlig hälsning
Anders Lindgren
Norrland Bandteknik AB
Industrivägen 7, 931 36 Skellefteå
Tel. 0910-55 52 30
"""
    eml = reply(p, slug, frm=("Anders Lindgren", "anders.lindgren@norrland-band.example"),
                date="2026-11-11T15:55:03+01:00", body=body, client="outlook", lang="sv", locale="sv-SE",
                charset="iso-8859-1", prefix="SV: ", olfmt="den 9 november 2026 09:14")
    exp = conf("'vecka 50' without a day = Friday 2026-12-11 for rows 1 and 2 (requested 4 Dec). Row 3: 565,00 kr (PO 540.00), "
               "'4/12' is day/month in Swedish = 2026-12-04 as requested. Row 4 (alignment tool) is not mentioned = unconfirmed.",
               (p, {1: L(p, 1, date="2026-12-11"), 2: L(p, 2, date="2026-12-11"), 3: L(p, 3, price="565.00"), 4: UNC}))
    return [p], eml, exp


@case("minibars-uge-2", "confirmation/da-DK",
      "Danish 'levere begge linjer i uge 2 (2027)': calendar week across the year boundary = Friday 15 Jan 2027.")
def c033(slug):
    s = sup("KOELENORD", "Køleteknik Nord ApS", "ordre@koeleteknik-nord.example", "da-DK")
    p = po("4500071955", s, "DKK", "2026-11-10", [
        ("HM-COMP-35", "Compressor minibar 35 L, silent, 2027 range", 24, "EA", "2390.00", "2026-12-18"),
        ("HM-LOCK-KT", "Key lock kit for minibar 35 L", 24, "EA", "145.00", "2026-12-18"),
    ], buyer="tf")
    body = """Hej Tomás

Tak for ordren 4500071955. Kompressorerne er forsinket fra fabrikken, så vi kan først levere begge linjer i uge 2 (2027). Antal og priser bekræftes uændret.

God dag
Mette Sørensen
Køleteknik Nord ApS · Hjulmagervej 19 · 9000 Aalborg
+45 98 55 31 07
"""
    eml = reply(p, slug, frm=("Mette Sørensen", "ms@koeleteknik-nord.example"),
                date="2026-11-24T13:20:49+01:00", body=body, client="apple", lang="da", charset="utf-8",
                prefix="Sv: ", wrote_fmt="10. nov. 2026 kl. 09.14")
    assert wk(2027, 2) == "2027-01-15"
    exp = conf("'uge 2 (2027)' = ISO week 2 of 2027, no day named -> Friday 2027-01-15 for both lines; quantities and prices "
               "unchanged.", (p, {1: L(p, 1, date="2027-01-15"), 2: L(p, 2, date="2027-01-15")}))
    return [p], eml, exp


@case("harness-html-only-table", "confirmation/et-EE",
      "HTML-only Outlook mail (no text/plain part) with the confirmation in an HTML table; one line's date differs.")
def c034(slug):
    s = sup("POHJATAHT", "Põhjatäht Rakmed OÜ", "muuk@pohjataht.example", "et-EE")
    p = po("4500071970", s, "EUR", "2026-11-09", [
        ("DSH-HBK-57", "H-back harness sizes 5-7, reflective", 30, "EA", "39.00", "2026-12-11"),
        ("DSL-NECK-30", "Neckline 30 cm, 6 mm braided", 60, "EA", "4.50", "2026-12-11"),
        ("DSL-BOOT-M", "Dog booties size M, set of 4", 100, "SET", "6.80", "2026-12-11"),
    ], buyer="ml")
    body = """Tere, Mira!

Kinnitame tellimuse 4500071970 alljärgnevalt:"""
    tbl = ("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
           "<tr style=\"background:#DDEBF7\"><td><b>Rida</b></td><td><b>Kood</b></td><td><b>Kogus</b></td>"
           "<td><b>Hind EUR</b></td><td><b>Tarne</b></td></tr>"
           "<tr><td>1</td><td>DSH-HBK-57</td><td>30 tk</td><td>39,00</td><td>11.12.2026</td></tr>"
           "<tr><td>2</td><td>DSL-NECK-30</td><td>60 tk</td><td>4,50</td><td>11.12.2026</td></tr>"
           "<tr><td>3</td><td>DSL-BOOT-M</td><td>100 kompl.</td><td>6,80</td><td>18.12.2026</td></tr></table>"
           "<p class=\"MsoNormal\">Saapad (rida 3) tulevad meie alltöövõtjalt nädal hiljem.</p>"
           "<p class=\"MsoNormal\">Lugupidamisega<br>Kadri Tamm<br>Põhjatäht Rakmed OÜ<br>Pärnu mnt 139, 11317 Tallinn<br>"
           "Tel +372 655 5120</p>")
    eml = reply(p, slug, frm=("Kadri Tamm", "kadri.tamm@pohjataht.example"),
                date="2026-11-12T10:48:29+02:00", body=body, client="outlook", lang="et", locale="et-EE",
                charset="utf-8", html_only=True, html_extra=tbl, olfmt="esmaspäev, 9. november 2026 10:14")
    exp = conf("Only an HTML part; the table confirms rows 1 and 2 as ordered and row 3 for 18.12.2026 (changed date).",
               (p, {1: L(p, 1), 2: L(p, 2), 3: L(p, 3, date="2026-12-18")}))
    return [p], eml, exp


@case("chips-two-pos-answered", "confirmation/lt-LT",
      "One Lithuanian reply answers two POs: the first wholesale, the second per line with an ISO-format date change and a rejected line.")
def c035(slug):
    s = sup("LAIKOMAT", "Laiko Matavimas UAB", "uzsakymai@laikomatavimas.example", "lt-LT")
    pa = po("4500071981", s, "EUR", "2026-11-05", [
        ("MT-ACT-TAG", "Active timing transponder, 5-year battery", 200, "EA", "24.00", "2026-12-04"),
        ("MT-STRAP-ANK", "Ankle strap for transponder, neoprene", 200, "EA", "1.90", "2026-12-04"),
    ], buyer="ml")
    pb = po("4500071994", s, "EUR", "2026-11-09", [
        ("MT-DEC-4", "Decoder 4-port, 12V DC", 2, "EA", "2850.00", "2026-12-11"),
        ("MT-ANT-MAT", "Antenna mat 2.5 m, rubber", 4, "EA", "690.00", "2026-12-11"),
        ("MT-CASE-IP67", "Transport case IP67, 60x40x25 cm", 2, "EA", "215.00", "2026-12-11"),
    ], buyer="ml")
    body = """Laba diena, Mira,

atsakome į abu užsakymus:

Užsakymas 4500071981 – visos pozicijos patvirtintos, kiekiai ir kainos pagal užsakymą, pristatymas 2026-12-04.

Užsakymas 4500071994:
1. Dekoderis 4 prievadų – 2 vnt., 2 850,00 EUR, pristatymas 2026-12-18
2. Antenos kilimėlis 2,5 m – 4 vnt., 690,00 EUR, 2026-12-11
3. Transportavimo dėklas IP67 – šiuo metu negaminamas, pristatyti negalime.

Pagarbiai
Tomas Kazlauskas
Laiko Matavimas UAB | Savanorių pr. 178, LT-03154 Vilnius
Tel. +370 5 255 5190
"""
    eml = reply(pb, slug, frm=("Tomas Kazlauskas", "tomas.kazlauskas@laikomatavimas.example"),
                date="2026-11-13T11:15:38+02:00", body=body, client="outlook", lang="lt", locale="lt-LT",
                charset="windows-1257", olfmt="pirmadienis, 2026 m. lapkričio 9 d. 10:14",
                refs="%s %s" % (pa["request_message_id"], pb["request_message_id"]))
    exp = conf("Two POs answered in one mail. 4500071981: both lines as ordered (2026-12-04). 4500071994: line 1 moved to "
               "2026-12-18, line 2 as ordered, line 3 'pristatyti negalime' = rejected.",
               (pa, {1: L(pa, 1), 2: L(pa, 2)}),
               (pb, {1: L(pb, 1, date="2026-12-18"), 2: L(pb, 2), 3: REJ}))
    return [pa, pb], eml, exp


@case("bows-ukrainian-reject", "confirmation/uk-UA",
      "Ukrainian UTF-8 base64: one line rejected (model discontinued), arrows per dozen repriced, targets as ordered.")
def c036(slug):
    s = sup("LUCHNYK", "Лучник ТОВ", "zakaz@luchnyk.example", "uk-UA")
    p = po("HT-26-1040", s, "USD", "2026-11-06", [
        ("AB-CMP-60-45", "Compound bow 60 lb, 30 in draw, 2027 model", 5, "EA", "420.00", "2026-12-11"),
        ("AB-ARR-CF-30", "Carbon arrows 30 in, spine 500, dozen", 20, "DZ", "58.00", "2026-12-11"),
        ("AB-TGT-80", "Target face 80 cm, paper", 200, "EA", "1.10", "2026-12-11"),
    ], buyer="og")
    body = """Добрий день, Олівере!

Дякуємо за замовлення HT-26-1040.

1. Блочний лук 60 lb – на жаль, поставити не зможемо: виробник зняв модель 2027 з виробництва.
2. Карбонові стріли 30" – 20 дюжин по 61,50 USD за дюжину, відвантаження 11.12.2026.
3. Мішені 80 см – 200 шт. по 1,10 USD, відвантаження 11.12.2026.

З повагою,
Оксана Мельник
менеджер з продажу
ТОВ «Лучник», вул. Промислова 15, Львів 79024
тел. +380 32 255 5140
"""
    eml = reply(p, slug, frm=("Оксана Мельник", "o.melnyk@luchnyk.example"),
                date="2026-11-10T16:40:20+02:00", body=body, client="gmail", charset="UTF-8", cte="base64",
                prefix="Re: ")
    exp = conf("Line 1 cannot be supplied = rejected. Line 2: 61,50 USD per dozen = per PO unit DZ (PO 58.00) -> changed price; "
               "line 3 as ordered. Dispatch dates = requested dates.",
               (p, {1: REJ, 2: L(p, 2, price="61.50"), 3: L(p, 3)}))
    return [p], eml, exp
