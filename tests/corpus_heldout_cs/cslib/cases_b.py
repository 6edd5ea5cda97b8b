# -*- coding: utf-8 -*-
"""Cases B: confirmations (2/2) - European languages, split deliveries, UoM conversions."""
import datetime as dt
from decimal import Decimal as Dec

from . import mime
from .common import (PO, Supplier, T, alt, case, expected_conf, html_doc, local, msgid, outlook_headers,
                     outlook_html_quote, outlook_quote, paras_html, quote, request_text, subject, text_to_html,
                     mail, fmt_sent, fmt_amount, NAMES)
from .xlsx import make_xlsx


# ------------------------------------------------------------------ 19
@case("polish-netto-brutto-iso-8859-2", "confirmation", "pl-PL",
      "ISO-8859-2 Polish; net price equals the PO but a gross (VAT) price sits next to it; one line withdrawn from the range")
def polish():
    sup = Supplier("DARBUD", "Darbud Nasady Kominowe Sp. z o.o.", "zamowienia@darbud-nasady.example", "pl-PL")
    po = PO("4500073302", sup, "marek", "PLN", "2026-11-23", [
        ("DN-TURBO-150", "Rotating chimney cowl (turbowent), 150 mm, stainless", 50, "EA", "245.00", "2026-12-14"),
        ("DN-H-200", "H-type chimney cowl, 200 mm, stainless", 20, "EA", "310.00", "2026-12-14"),
        ("DN-DASZ-KW", "Chimney hood, square, 300x300, galvanised", 30, "EA", "89.00", "2026-12-14"),
    ])
    top = ("Dzień dobry Panie Marku,\n\nw odpowiedzi na zamówienie nr 4500073302 potwierdzamy:\n\n"
           "poz. 1 - nasada obrotowa (turbowent) 150 mm - 50 szt. - 245,00 zł netto/szt. (301,35 zł brutto) - "
           "termin 14.12.2026 r.\n"
           "poz. 2 - nasada typu H 200 mm - 20 szt. - 310,00 zł netto/szt. - termin realizacji: do 15.01.2027 r. "
           "(czekamy na dostawę blachy)\n"
           "poz. 3 - daszek kwadratowy 300x300 - niestety wycofany z oferty, tej pozycji nie zrealizujemy.\n\n"
           "Pozdrawiam\nKatarzyna Wiśniewska\nDział Sprzedaży\n\nDarbud Nasady Kominowe Sp. z o.o.\n"
           "ul. Przemysłowa 14, 34-100 Wadowice\ntel. +48 33 555 01 42\n"
           "Sąd Rejonowy dla Krakowa-Śródmieścia, XII Wydział Gospodarczy KRS, KRS 0000123456, NIP 551-000-11-22\n\n")
    txt = top + outlook_quote(po, "pl", 1, sep="line")
    body = alt(txt, "iso-8859-2", "quoted-printable", "darbud")
    date = T("2026-11-26 12:17:30", 1)
    eml = mail(("Katarzyna Wiśniewska", sup.email), po.buyer.pair, "Odp: " + subject(po), date,
               msgid("outlook", "darbud-1", ""), body, irt=po, hcs="iso-8859-2", hmode="Q",
               extra=outlook_headers("pl-PL", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-15"}, 3: "R"})],
                        "Line 1 net 245,00 = PO (301,35 brutto is incl. 23% VAT, not a price change). Line 2 'do "
                        "15.01.2027 r.'. Line 3 withdrawn from the range = rejected.")
    return [po], eml, exp


# ------------------------------------------------------------------ 20
@case("hungarian-year-first-dates", "confirmation", "hu-HU",
      "Hungarian year-first dates '2026. 12. 18.' and '2027. január 8.', forint prices with space thousands, quantity cut")
def hungarian():
    sup = Supplier("MEHTECH", "Méhész-Technika Kft.", "rendeles@mehesz-technika.example", "hu-HU")
    po = PO("4500073366", sup, "tomas", "HUF", "2026-11-17", [
        ("MT-FUST-L", "Bee smoker, stainless, large, with bellows", 80, "EA", "8950", "2026-12-18"),
        ("MT-FUJ-BOR", "Replacement bellows, leather, for large smoker", 200, "EA", "3450", "2026-12-18"),
        ("MT-FUJ-MU", "Replacement bellows, synthetic, for small smoker", 150, "EA", "2690", "2026-12-18"),
    ])
    top = ("Tisztelt Lindqvist Úr!\n\nKöszönjük megrendelését (4500073366). Az alábbiak szerint visszaigazoljuk:\n\n"
           "1. tétel: nagy füstölő, 80 db, 8 950 Ft/db, szállítás 2026. 12. 18.\n"
           "2. tétel: bőr fújtató, 200 db, 3 450 Ft/db, szállítás 2027. január 8.\n"
           "3. tétel: műbőr fújtató - csak 120 db-ot tudunk szállítani, 2 690 Ft/db, szállítás 2026. 12. 18.\n\n"
           "Üdvözlettel:\nTóth Eszter\nértékesítés\nMéhész-Technika Kft.\n6000 Kecskemét, Ipar utca 7.\n"
           "Tel.: +36 76 555 014\n\n")
    txt = top + outlook_quote(po, "hu", 1, sep="line")
    body = alt(txt, "iso-8859-2", "quoted-printable", "mehtech")
    date = T("2026-11-24 08:55:18", 1)
    eml = mail(("Tóth Eszter", sup.email), po.buyer.pair, "VS: " + subject(po), date,
               msgid("outlook", "mehtech-1", ""), body, irt=po, hcs="iso-8859-2", hmode="Q",
               extra=outlook_headers("hu-HU", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-08"}, 3: {"q": 120}})],
                        "Hungarian year-first dates. Line 2 moves to 8 Jan 2027; line 3 only 120 of 150. "
                        "'8 950 Ft' = 8950 HUF.")
    return [po], eml, exp


# ------------------------------------------------------------------ 21
@case("turkish-two-batch-delivery", "confirmation", "tr-TR",
      "windows-1254 Turkish; one line delivered in two batches ('6 adet 15.12.2026, kalan 4 adet 08.01.2027'), dotted thousands")
def turkish():
    sup = Supplier("ANAHLZN", "Anadolu Helezon Makina San. ve Tic. A.Ş.", "satis@anadoluhelezon.example", "tr-TR")
    po = PO("4500073421", sup, "marek", "EUR", "2026-11-20", [
        ("AH-HLZ-250-10", "Grain silo auger, 250 mm, 10 m, galvanised", 10, "EA", "2450.00", "2026-12-18"),
        ("AH-MTR-7.5", "Auger drive motor, 7.5 kW, with gearbox", 10, "EA", "1320.00", "2026-12-18"),
    ])
    top = ("Sayın Marek Novak,\n\n4500073421 numaralı siparişiniz için teşekkür ederiz.\n\n"
           "1. kalem: 250 mm helezon, 10 m \u2013 10 adet, birim fiyat 2.450,00 EUR. Teslimat iki parti halinde: "
           "6 adet 15.12.2026, kalan 4 adet 08.01.2027.\n"
           "2. kalem: 7,5 kW motor redüktör \u2013 10 adet, 1.320,00 EUR, teslimat 18.12.2026 (siparişteki gibi).\n\n"
           "Saygılarımızla,\nMehmet Yıldız\nİhracat Müdürü\nAnadolu Helezon Makina San. ve Tic. A.Ş.\n"
           "Organize Sanayi Bölgesi 4. Cad. No:18, Konya\nTel: +90 332 555 01 42\n\n")
    txt = top + outlook_quote(po, "tr", 3, sep="line")
    body = alt(txt, "windows-1254", "quoted-printable", "anahlzn")
    date = T("2026-11-27 16:20:09", 3)
    eml = mail(("Mehmet Yıldız", sup.email), po.buyer.pair, "YNT: " + subject(po), date,
               msgid("outlook", "anahlzn-1", ""), body, irt=po, hcs="windows-1254", hmode="Q",
               extra=outlook_headers("tr-TR", subject(po)))
    exp = expected_conf([(po, {1: {"s": [(6, "2026-12-15"), (4, "2027-01-08")]}, 2: "A"})],
                        "Line 1 split 6 on 15.12.2026 + 4 on 08.01.2027 (total 10, last date 2027-01-08). "
                        "2.450,00 uses dot thousands / comma decimals. Line 2 as ordered.")
    return [po], eml, exp


# ------------------------------------------------------------------ 22
@case("brazilian-semana-51-and-split", "confirmation", "pt-BR",
      "pt-BR: split delivery in two 'parcelas', 'semana 51' (= Friday = requested date), price rise from 01/01/2027")
def brazil():
    sup = Supplier("BRASDENT", "Brasdent Instrumentos Odontológicos Ltda.", "exportacao@brasdent.example", "pt-BR")
    po = PO("4500073489", sup, "priya", "BRL", "2026-11-18", [
        ("BD-DIA-1012", "Diamond bur FG 1012, round, medium", 2000, "PCS", "6.90", "2026-12-18"),
        ("BD-DIA-2200", "Diamond bur FG 2200, flat-end cylinder", 1000, "PCS", "7.40", "2026-12-18"),
        ("BD-DIA-3118F", "Diamond bur FG 3118F, fine, flame", 600, "PCS", "8.20", "2027-01-08"),
    ])
    b = po.buyer
    s = local(po.sent, -3)
    attr = "Em qua., 18 de nov. de 2026 às %02d:%02d, %s <%s> escreveu:" % (s.hour, s.minute, b.name, b.email)
    top = ("Prezada Priya, boa tarde.\n\nSegue a confirmação do pedido 4500073489:\n\n"
           "Item 1 - 2.000 pçs - R$ 6,90 - entrega em duas parcelas: 1.200 pçs em 11/12/2026 e 800 pçs em 15/01/2027.\n"
           "Item 2 - 1.000 pçs - R$ 7,40 - entrega na semana 51.\n"
           "Item 3 - 600 pçs - R$ 8,90 (reajuste de tabela a partir de 01/01/2027) - entrega 08/01/2027.\n\n"
           "Qualquer dúvida estou à disposição.\n\nAtenciosamente,\n\nFernanda Oliveira\nComercial Exportação\n"
           "Brasdent Instrumentos Odontológicos Ltda.\nRua Dona Francisca, 8300 - Joinville/SC\n+55 47 3555-0142\n\n")
    txt = top + attr + "\n\n" + quote(request_text(po))
    body = alt(txt, "iso-8859-1", "quoted-printable", "brasdent", style="gmail")
    date = T("2026-11-25 17:35:26", -3)
    eml = mail(("Fernanda Oliveira", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("gmail", "brasdent-1", ""), body, irt=po, hcs="iso-8859-1", hmode="Q")
    exp = expected_conf([(po, {1: {"s": [(1200, "2026-12-11"), (800, "2027-01-15")]}, 2: "A", 3: {"p": "8.90"}})],
                        "Line 1 split 1.200 + 800 (dot thousands), last 15/01/2027. Line 2 'semana 51' = Friday "
                        "18 Dec 2026 = requested. Line 3 price 8,90 (table increase), date as ordered.")
    return [po], eml, exp


# ------------------------------------------------------------------ 23
@case("galician-reeds-date-in-words", "confirmation", "es-ES",
      "informal Spanish, dates in words ('el 18 de diciembre', 'hasta el 8 de enero' without year), item names not codes")
def galician():
    sup = Supplier("PALMORR", "Palletas Artesanas do Morrazo S.L.", "pedidos@palletas-morrazo.example", "es-ES")
    po = PO("4500073544", sup, "aoife", "EUR", "2026-11-24", [
        ("PM-PAL-DO", "Gaita chanter reed (palleta), key of D", 120, "PCS", "14.50", "2026-12-18"),
        ("PM-PAL-SIB", "Gaita chanter reed (palleta), key of B flat", 60, "PCS", "14.50", "2026-12-18"),
    ])
    top = ("Hola Aoife:\n\nTe confirmo el pedido 4500073544:\n\n"
           "- Palletas en Do: 120 unidades a 14,50 € cada una, las tendrás el 18 de diciembre.\n"
           "- Palletas en Si bemol: las 60 unidades, mismo precio, pero no podremos entregarlas hasta el 8 de enero "
           "(la caña necesita más tiempo de secado).\n\n"
           "Un saludo,\nXosé Manuel Otero\nPalletas Artesanas do Morrazo S.L.\nRúa do Porto 5, 36940 Cangas (Pontevedra)\n"
           "Tel. 986 555 014\n\n")
    txt = top + outlook_quote(po, "es", 1, sep="line")
    body = alt(txt, "iso-8859-15", "quoted-printable", "palmorr")
    date = T("2026-11-30 19:05:44", 1)
    eml = mail(("Xosé Manuel Otero", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "palmorr-1", ""), body, irt=po, hcs="iso-8859-15", hmode="Q",
               extra=outlook_headers("es-ES", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-08"}})],
                        "Lines identified by description (Do = D, Si bemol = B flat). '8 de enero' without year -> "
                        "2027-01-08.")
    return [po], eml, exp


# ------------------------------------------------------------------ 24
@case("mexican-percent-increase-decimal-point", "confirmation", "es-MX",
      "Mexican Spanish with decimal point ($3,850.00 MXN) and a '+5% sobre el precio de la OC' on one line")
def mexico():
    sup = Supplier("IVBAJIO", "Invernaderos y Ventilación del Bajío S.A. de C.V.", "ventas@ivbajio.example", "es-MX")
    po = PO("4500073600", sup, "dana", "MXN", "2026-11-19", [
        ("IVB-VC-CEN", "Greenhouse ridge vent kit, 4 m section", 40, "EA", "3850.00", "2026-12-18"),
        ("IVB-CRM-MOT", "Rack and pinion vent motor, 0.37 kW", 12, "EA", "6480.00", "2026-12-18"),
        ("IVB-MALLA-AN", "Insect screen for side vent, 50 mesh, roll 100 m", 10, "EA", "4120.00", "2027-01-08"),
    ])
    b = po.buyer
    s = local(po.sent, -6)
    attr = "El jue, 19 nov 2026 a las %d:%02d, %s (<%s>) escribió:" % (s.hour, s.minute, b.name, b.email)
    top = ("Buen día Dana,\n\nConfirmamos su orden de compra 4500073600:\n\n"
           "Partida 1: 40 kits de ventila cenital, $3,850.00 MXN c/u, entrega 18/12/2026.\n"
           "Partida 2: 12 motorreductores; aplica un incremento del 5% sobre el precio de la OC por ajuste de nuestro "
           "proveedor de motores. Entrega 18/12/2026.\n"
           "Partida 3: 10 rollos de malla antiáfidos, $4,120.00 MXN c/u, entrega 08/01/2027.\n\n"
           "Precios más IVA.\n\nSaludos cordiales,\n\nAlejandro Ramírez\nGerente de Ventas\n"
           "Invernaderos y Ventilación del Bajío S.A. de C.V.\nCelaya, Gto. | Tel. 461 555 0142\n\n")
    txt = top + attr + "\n\n" + quote(request_text(po))
    body = alt(txt, "utf-8", "quoted-printable", "ivbajio", style="gmail")
    date = T("2026-11-26 10:14:52", -6)
    eml = mail(("Alejandro Ramírez", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("gmail", "ivbajio-1", ""), body, irt=po)
    exp = expected_conf([(po, {1: "A", 2: {"p": "6804.00"}, 3: "A"})],
                        "es-MX writes decimal points ($3,850.00). Line 2: +5% on the PO price 6480.00 = 6804.00. "
                        "'Precios más IVA' = net prices.")
    return [po], eml, exp


# ------------------------------------------------------------------ 25
@case("whole-order-declined-capacity", "confirmation", "pt-PT",
      "European Portuguese refusal of the whole order (foundry full until March), with a vague offer for April that commits to nothing")
def pt_reject():
    sup = Supplier("TORNLIS", "Cerâmica Tornos do Lis, Lda.", "comercial@tornosdolis.example", "pt-PT")
    po = PO("4500073655", sup, "tomas", "EUR", "2026-11-23", [
        ("TL-CAB-30", "Pottery wheel head, 30 cm, aluminium, 25 mm shaft", 20, "EA", "138.00", "2026-12-18"),
        ("TL-CAB-35", "Pottery wheel head, 35 cm, aluminium, 25 mm shaft", 15, "EA", "164.00", "2026-12-18"),
    ])
    top = ("Caro Sr. Lindqvist,\n\nAgradecemos a sua encomenda n.º 4500073655.\n\n"
           "Lamentamos informar que não nos é possível aceitar esta encomenda: a nossa fundição de alumínio tem a "
           "capacidade totalmente ocupada até ao final de março de 2027 e não conseguimos produzir as cabeças de roda "
           "no prazo pedido (18-12-2026). Por esse motivo recusamos a encomenda na totalidade.\n\n"
           "Caso pretenda, teremos todo o gosto em apresentar uma nova proposta para entrega a partir de abril.\n\n"
           "Com os melhores cumprimentos,\nRui Marques\nDepartamento Comercial\nCerâmica Tornos do Lis, Lda.\n"
           "Zona Industrial da Cova das Faias, 2415-017 Leiria\nTel. +351 244 555 014\n\n")
    txt = top + outlook_quote(po, "pt", 0, sep="line")
    body = alt(txt, "iso-8859-1", "quoted-printable", "tornlis")
    date = T("2026-12-02 11:40:21", 0)
    eml = mail(("Rui Marques", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "tornlis-1", ""), body, irt=po, hcs="iso-8859-1", hmode="Q",
               extra=outlook_headers("pt-PT", subject(po)))
    exp = expected_conf([(po, {1: "R", 2: "R"})],
                        "Explicit refusal of the whole order = confirmation kind with every line rejected. The April "
                        "proposal is only an offer to quote again.")
    return [po], eml, exp


# ------------------------------------------------------------------ 26
@case("forwarded-internal-chain-pairs", "confirmation", "it-IT",
      "forward of an internal Italian chain (sales <-> production) with the decision on top; '80 pz (40 coppie)' vs PO in pairs")
def forward_chain():
    sup = Supplier("SCALLAR", "Scalmiere Nautiche Lariane S.r.l.", "export@scalmiere-lariane.example", "it-IT")
    po = PO("4500073710", sup, "aoife", "EUR", "2026-11-20", [
        ("SL-SCA-BRZ", "Rowing oarlock (swivel), bronze, 13 mm pin", 40, "PR", "58.00", "2026-12-18"),
        ("SL-SCA-INOX", "Rowing oarlock (swivel), stainless, 13 mm pin", 25, "PR", "74.00", "2026-12-18"),
    ])
    it_day, it_mon = NAMES["it"]
    prod_t = T("2026-11-30 17:48:10", 1)
    ask_t = T("2026-11-27 10:05:33", 1)
    top = ("Dear Aoife,\n\nplease see below the answer from our production. So we confirm line 1 as per your order "
           "and line 2 for 15/01/2027, prices unchanged.\n\nKind regards\nPaolo Bernasconi\nExport Sales\n"
           "Scalmiere Nautiche Lariane S.r.l. - Via per Lecco 41 - 22036 Erba (CO)\nTel. +39 031 555 0142\n\n")
    chain = ("-----Messaggio originale-----\nDa: Luca Colombo <produzione@scalmiere-lariane.example>\n"
             "Inviato: %s\nA: Paolo Bernasconi <export@scalmiere-lariane.example>\nOggetto: R: %s\n\n"
             "Ciao Paolo,\nscalmi in bronzo: 80 pz (40 coppie) pronti per il 18/12, nessun problema.\n"
             "Inox: il tornio CNC è fermo per manutenzione, non prima del 15/01.\nLuca\n\n"
             "-----Messaggio originale-----\nDa: Paolo Bernasconi\nInviato: %s\nA: Luca Colombo\n"
             "Oggetto: I: %s\n\n"
             "Luca, ce la facciamo per il 18/12? Sono 40 coppie bronzo e 25 coppie inox.\nGrazie, Paolo\n\n"
             % (fmt_sent("it", prod_t), subject(po), fmt_sent("it", ask_t), subject(po)))
    txt = top + chain + outlook_quote(po, "it", 1, sep="orig")
    body = alt(txt, "windows-1252", "quoted-printable", "scallar")
    date = T("2026-12-01 09:12:40", 1)
    eml = mail(("Paolo Bernasconi", sup.email), po.buyer.pair, "I: R: " + subject(po), date,
               msgid("outlook", "scallar-1", ""), body, refs=[po.request_message_id],
               extra=outlook_headers("it-IT", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-15"}})],
                        "Forward (no In-Reply-To) of an internal chain; the sales decision on top is the commitment. "
                        "80 pz = 40 pairs = PO quantity in PR. Line 2 not before 15/01 -> confirmed for 15/01/2027.")
    return [po], eml, exp


# ------------------------------------------------------------------ 27
@case("indian-lakh-grouping-nos", "confirmation", "en-IN",
      "Indian English: 'nos.', Rs. 1,12,500/- lakh grouping in totals, 'dtd.', date \"25th Jan '27\", short quantity")
def india():
    sup = Supplier("JWCRAFT", "Jalandhar Willow Crafts Pvt. Ltd.", "exports@jalandharwillow.example", "en-IN")
    po = PO("4500073788", sup, "priya", "INR", "2026-11-18", [
        ("JW-HDL-CANE-SH", "Cricket bat handle, Sarawak cane, short handle", 500, "PCS", "225.00", "2026-12-18"),
        ("JW-HDL-CANE-LH", "Cricket bat handle, Sarawak cane, long handle", 400, "PCS", "240.00", "2026-12-18"),
        ("JW-GRIP-OCT", "Octopus rubber grip for bat handle", 1000, "PCS", "38.00", "2027-01-08"),
    ])
    b = po.buyer
    s = local(po.sent, 5, 30)
    attr = "On Wed, 18 Nov 2026 at %d:%02d, %s <%s> wrote:" % (s.hour, s.minute, b.name, b.email)
    top = ("Dear Madam,\n\nGreetings from Jalandhar!\n\n"
           "With reference to your PO No. 4500073788 dtd. 18-11-2026, we hereby confirm as below:\n\n"
           "1. Cane handle SH - 500 nos. @ Rs. 225/- each = Rs. 1,12,500/- - delivery 18-12-2026\n"
           "2. Cane handle LH - only 300 nos. can be supplied (cane shortage) @ Rs. 240/- = Rs. 72,000/- - "
           "delivery 18-12-2026\n"
           "3. Octopus grips - 1000 nos. @ Rs. 38/- = Rs. 38,000/- - delivery 25th Jan '27\n\n"
           "Total value: Rs. 2,22,500/- + GST as applicable.\n\nKindly acknowledge the same.\n\n"
           "Thanks & Regards,\nHarpreet Singh\nManager - Exports\nJalandhar Willow Crafts Pvt. Ltd.\n"
           "Basti Nau, Jalandhar - 144002, Punjab\nMob: +91 98155 50142\n\n")
    txt = top + attr + "\n\n" + quote(request_text(po))
    body = alt(txt, "utf-8", "quoted-printable", "jwcraft", style="gmail")
    date = T("2026-11-24 13:26:05", 5, 30)
    eml = mail(("Harpreet Singh", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("gmail", "jwcraft-1", ""), body, irt=po)
    exp = expected_conf([(po, {1: "A", 2: {"q": 300}, 3: {"d": "2027-01-25"}})],
                        "Lakh grouping (1,12,500 = 112500) only in totals; unit prices Rs. 225/240/38 unchanged. "
                        "Line 2 300 of 400. Line 3 '25th Jan '27' = 2027-01-25.")
    return [po], eml, exp


# ------------------------------------------------------------------ 28
@case("swedish-filled-in-our-excel", "confirmation", "sv-SE",
      "supplier filled yellow 'Conf.' columns in an XLSX copy of our PO: mix of date cells and text 'v.51' / '2027-01-15'")
def swedish_xlsx():
    sup = Supplier("NCURL", "Nordisk Curlingsten AB", "order@nordiskcurling.example", "sv-SE")
    po = PO("4500073846", sup, "tomas", "SEK", "2026-11-19", [
        ("NC-STN-AIL", "Curling stone, Ailsa Craig granite, blue hone, with handle", 16, "EA", "8450.00", "2026-12-18"),
        ("NC-HDL-RED", "Curling stone handle, red", 8, "EA", "395.00", "2026-12-18"),
        ("NC-HDL-YEL", "Curling stone handle, yellow", 8, "EA", "395.00", "2026-12-18"),
        ("NC-BAND-STR", "Striking band replacement, granite", 20, "EA", "1120.00", "2027-01-08"),
    ])
    d = dt.date
    head = [(h, "bold") for h in ["Line", "Item", "Description", "Qty", "UoM", "Unit price SEK", "Need by",
                                  "Conf. qty", "Conf. price", "Conf. date", "Kommentar"]]
    conf = {1: (16, Dec("8450.00"), "v.51", ""), 2: (8, Dec("395.00"), d(2026, 12, 18), ""),
            3: (4, Dec("395.00"), d(2026, 12, 18), "4 st i lager, resten utgår"),
            4: (20, Dec("1180.00"), "2027-01-15", "prishöjning granit")}
    rows = [["PO 4500073846 - Fernhill Trading Ltd"], [], head]
    for l in po.lines:
        cq, cp, cd, cm = conf[l.line]
        rows.append([l.line, l.item, l.description, l.quantity, l.uom, (Dec(l.unit_price), "num"),
                     d.fromisoformat(l.requested_date), (cq, "y"), (cp, "ynum"),
                     (cd, "ydate") if isinstance(cd, d) else (cd, "y"), (cm, "y")])
    xl = make_xlsx([("PO 4500073846", rows, [6, 14, 48, 6, 6, 14, 12, 10, 12, 12, 28])], creator="Linnea Berg")
    top = ("Hej Tomas,\n\nTack för beställningen! Jag har fyllt i vår bekräftelse i de gula kolumnerna i er "
           "Excel-fil, se bifogat.\n\nMed vänlig hälsning\nLinnea Berg\nOrder & Logistik\n"
           "Nordisk Curlingsten AB | Industrigatan 9 | 831 48 Östersund\n+46 63 555 01 42\n\n")
    txt = top + outlook_quote(po, "sv", 1, sep="line")
    body = mime.multi("mixed", [alt(txt, "iso-8859-1", "quoted-printable", "ncurl-alt"),
                                mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                "PO_4500073846_bekraftelse.xlsx")],
                      mime.boundary("ncurl-mixed", "outlook"))
    date = T("2026-11-26 10:02:47", 1)
    eml = mail(("Linnea Berg", sup.email), po.buyer.pair, "SV: " + subject(po), date,
               msgid("outlook", "ncurl-1", ""), body, irt=po, hcs="iso-8859-1", hmode="Q",
               extra=outlook_headers("sv-SE", subject(po), attach=True))
    exp = expected_conf([(po, {1: "A", 2: "A", 3: {"q": 4}, 4: {"p": "1180.00", "d": "2027-01-15"}})],
                        "Answer only in the yellow columns of the XLSX; our own Qty/price/Need-by columns sit next to "
                        "them. 'v.51' = Fri 18 Dec 2026 = requested. Line 3 only 4 (rest cancelled). Line 4 new price "
                        "1180 and a text date 2027-01-15.")
    return [po], eml, exp


# ------------------------------------------------------------------ 29
@case("two-open-pos-only-one-answered", "confirmation", "nb-NO",
      "two open POs from the same supplier; reply confirms one ('uke 51') and only promises to come back on the other")
def norway_two():
    sup = Supplier("BROYTNO", "Brøyteskjær Norge AS", "ordre@broyteskjaer.example", "nb-NO")
    a = PO("4500073901", sup, "marek", "NOK", "2026-11-20", [
        ("BN-SKJ-3000", "Snowplow blade, steel, 3000 mm, bolt-on", 6, "EA", "14800.00", "2026-12-18"),
        ("BN-SLT-3000", "Wear edge, Hardox 450, 3000 mm", 12, "EA", "3950.00", "2026-12-18"),
    ])
    bpo = PO("4500073956", sup, "marek", "NOK", "2026-11-24", [
        ("BN-SKJ-2400P", "Snowplow blade, polyurethane edge, 2400 mm", 4, "EA", "11200.00", "2027-01-08"),
        ("BN-GUM-2400", "Rubber deflector flap, 2400 mm", 8, "EA", "1450.00", "2027-01-08"),
    ])
    top = ("Hei Marek,\n\nOrdre 4500073901 bekreftes som bestilt: 6 stk. skjær 3000 mm à kr 14\u00a0800,00 og "
           "12 stk. slitestål Hardox à kr 3\u00a0950,00, levering uke 51.\n\n"
           "Når det gjelder den andre ordren (4500073956) med PU-skjær, må vi sjekke med underleverandøren vår og "
           "kommer tilbake til deg i løpet av neste uke.\n\n"
           "Med vennlig hilsen\nOla Haugen\nSalg\nBrøyteskjær Norge AS | Industriveien 22 | 2830 Raufoss\n"
           "Tlf. +47 61 55 01 42\n\n")
    txt = top + outlook_quote(a, "nb", 1, sep="line")
    body = alt(txt, "iso-8859-1", "quoted-printable", "broytno")
    date = T("2026-11-25 14:33:02", 1)
    eml = mail(("Ola Haugen", sup.email), a.buyer.pair, "SV: " + subject(a), date,
               msgid("outlook", "broytno-1", ""), body, irt=a, hcs="iso-8859-1", hmode="Q",
               extra=outlook_headers("nb-NO", subject(a)))
    exp = expected_conf([(a, {1: "A", 2: "A"})],
                        "PO 4500073901 confirmed as ordered, 'uke 51' = Fri 18 Dec 2026 = requested. PO 4500073956 "
                        "is only mentioned ('kommer tilbake') so it is left out. Norwegian 'kr 14 800,00'.")
    return [a, bpo], eml, exp


# ------------------------------------------------------------------ 30
@case("danish-slash-dash-dates-apple-mail", "confirmation", "da-DK",
      "Danish date style 'd. 18/12-2026' and '8/1-2027', Apple Mail '>' quote with Danish attribution, dot thousands")
def danish():
    sup = Supplier("EXOTRAK", "Exo-Træk Skorstensteknik ApS", "salg@exotraek.example", "da-DK")
    po = PO("4500074012", sup, "aoife", "DKK", "2026-11-18", [
        ("ET-HAT-160", "Chimney cowl with rain cap, 160 mm, stainless", 30, "EA", "1245.00", "2026-12-18"),
        ("ET-VIND-200", "Wind-directional cowl, 200 mm", 10, "EA", "2890.00", "2026-12-18"),
    ])
    b = po.buyer
    s = local(po.sent, 1)
    attr = "Den 18. nov. 2026 kl. %d.%02d skrev %s <%s>:" % (s.hour, s.minute, b.name, b.email)
    top = ("Hej Aoife\n\nTak for ordren. Vi bekræfter hermed:\n\n"
           "Pos. 1: 30 stk. regnhætte 160 mm à 1.245,00 kr. - levering d. 18/12-2026\n"
           "Pos. 2: 10 stk. vindhætte 200 mm à 2.890,00 kr. - levering d. 8/1-2027 (vi mangler rustfri plade)\n\n"
           "Venlig hilsen\nMette Sørensen\nSalg & ordre\nExo-Træk Skorstensteknik ApS | Håndværkervej 11 | 8660 Skanderborg\n"
           "Tlf. +45 86 55 01 42\n\n")
    txt = top + attr + "\n\n" + quote(request_text(po))
    body = alt(txt, "utf-8", "quoted-printable", "exotrak", style="apple")
    date = T("2026-11-23 13:58:40", 1)
    eml = mail(("Mette Sørensen", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("apple", "exotrak-1", "exotraek.example"), body, irt=po,
               extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")])
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-08"}})],
                        "Danish 'd/m-yyyy' dates: 18/12-2026 = requested; 8/1-2027 = 8 Jan 2027. 1.245,00 kr. dot "
                        "thousands.")
    return [po], eml, exp


# ------------------------------------------------------------------ 31
@case("flemish-price-per-thousand", "confirmation", "nl-BE",
      "Flemish reply pricing per 1.000 pieces while the PO is per piece; one of three is a real increase")
def flemish():
    sup = Supplier("PLECVL", "Plectra Vlaanderen BV", "info@plectra-vlaanderen.example", "nl-BE")
    po = PO("4500074068", sup, "tomas", "EUR", "2026-11-17", [
        ("PV-DEL-STD", "Harpsichord plectrum, Delrin, standard cut", 5000, "PCS", "0.42", "2026-12-18"),
        ("PV-RAAF-NAT", "Harpsichord quill, natural raven feather", 2000, "PCS", "0.95", "2026-12-18"),
        ("PV-DEL-HARD", "Harpsichord plectrum, Delrin, hard voicing", 3000, "PCS", "0.46", "2027-01-08"),
    ])
    top = ("Beste Tomas,\n\nBedankt voor uw bestelling 4500074068. Wij bevestigen graag als volgt:\n\n"
           "- Delrin plectra standaard: 5.000 st. aan € 420,00 per 1.000 st., levering 18/12/2026\n"
           "- Ravenveren natuur: 2.000 st. aan € 1.050,00 per 1.000 st. (nieuwe aankoopprijs veren), levering 18/12/2026\n"
           "- Delrin plectra hard: 3.000 st. aan € 460,00 per 1.000 st., levering 8/01/2027\n\n"
           "Met vriendelijke groeten,\nLieve Peeters\nPlectra Vlaanderen BV\nMechelsesteenweg 120, 2500 Lier\n"
           "Tel. +32 3 555 01 42 | BTW BE 0456.789.123\n\n")
    txt = top + outlook_quote(po, "nl", 1, sep="line")
    body = alt(txt, "iso-8859-15", "quoted-printable", "plecvl")
    date = T("2026-11-24 11:20:15", 1)
    eml = mail(("Lieve Peeters", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "plecvl-1", ""), body, irt=po, extra=outlook_headers("nl-BE", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"p": "1.05"}, 3: "A"})],
                        "Prices per 1.000 pieces: 420,00 -> 0.42 (as PO), 1.050,00 -> 1.05 (up from 0.95), "
                        "460,00 -> 0.46. '1.050,00' is dot-thousands. 8/01/2027 = requested.")
    return [po], eml, exp


# ------------------------------------------------------------------ 32
@case("french-typography-nbsp-gmail", "confirmation", "fr-FR",
      "French typography with no-break and narrow no-break spaces ('8 100,00 €', ' ;'), 'le 8 janvier' without year, HT prices")
def french():
    sup = Supplier("LAMPRIEU", "Lames d'Armes Prieuré SAS", "commandes@lames-prieure.example", "fr-FR")
    po = PO("4500074123", sup, "dana", "EUR", "2026-11-23", [
        ("LP-EP-MAR5", "Épée blade, maraging, size 5, FIE, French grip", 30, "PCS", "132.00", "2026-12-18"),
        ("LP-EP-ENT5", "Épée blade, training, size 5, French grip", 80, "PCS", "36.00", "2026-12-18"),
        ("LP-EP-ENT2", "Épée blade, training, size 2, French grip", 60, "PCS", "31.50", "2026-12-18"),
    ])
    b = po.buyer
    s = local(po.sent, 1)
    nn, nb = "\u202f", "\u00a0"
    attr = "Le lun. 23 nov. 2026 à %02d:%02d, %s <%s> a écrit%s:" % (s.hour, s.minute, b.name, b.email, nb)
    top = ("Bonjour Madame Ruiz,\n\nNous accusons bonne réception de votre commande n° 4500074123 et vous la "
           "confirmons ainsi%s:\n\n" % nb +
           "\u2022 ligne 1%s: 30 lames maraging taille 5 FIE à 132,00%s€ HT l'unité, livraison le 18/12/2026%s;\n" % (nb, nb, nn) +
           "\u2022 ligne 2%s: 80 lames d'entraînement taille 5 à 36,00%s€ HT, livraison le 8 janvier%s;\n" % (nb, nb, nn) +
           "\u2022 ligne 3%s: nous ne pourrons livrer que 40 lames taille 2 (au lieu de 60), à 31,50%s€ HT, "
           "le 18/12/2026.\n\n" % (nb, nb) +
           "Montant total HT%s: 8%s100,00%s€\n\n" % (nb, nn, nb) +
           "Bien cordialement,\n\nCamille Girard\nService clients\nLames d'Armes Prieuré SAS \u2013 12 rue des Forges "
           "\u2013 42000 Saint-Étienne\nTél.%s: +33 4 77 55 01 42\n\n" % nb)
    txt = top + attr + "\n\n" + quote(request_text(po))
    body = alt(txt, "utf-8", "quoted-printable", "lamprieu", style="gmail")
    date = T("2026-11-30 16:45:09", 1)
    eml = mail(("Camille Girard", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("gmail", "lamprieu-1", ""), body, irt=po)
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-08"}, 3: {"q": 40}})],
                        "U+202F/U+00A0 inside numbers and before punctuation. Line 2 'le 8 janvier' (no year, mail of "
                        "30 Nov 2026) = 2027-01-08. Line 3 40 instead of 60. Total 8 100,00 € only restates.")
    return [po], eml, exp


# ------------------------------------------------------------------ 33
@case("austrian-jaenner-and-kw", "confirmation", "de-AT",
      "Austrian German: 'Liefertermin 12. Jänner 2027' (Austrian month name) and 'KW 51' (Friday)")
def austria():
    sup = Supplier("TIRSEIL", "Tiroler Seilbahnkomponenten GmbH", "office@tiroler-seilbahn.example", "de-AT")
    po = PO("4500074188", sup, "tomas", "EUR", "2026-11-24", [
        ("TS-KL-DET", "Detachable grip, complete, for 6-seater chair", 8, "EA", "4280.00", "2026-12-18"),
        ("TS-ZANG-SET", "Grip jaw set, replacement", 24, "SET", "690.00", "2026-12-18"),
    ])
    top = ("Sehr geehrter Herr Lindqvist,\n\ndanke für Ihre Bestellung 4500074188. Wir bestätigen:\n\n"
           "Pos. 1 - 8 Stk. Klemmen komplett à EUR 4.280,00 - Liefertermin KW 51\n"
           "Pos. 2 - 24 Sets Klemmbacken à EUR 690,00 - Liefertermin 12. Jänner 2027\n\n"
           "Mit freundlichen Grüßen aus Innsbruck\n\nFlorian Obermoser\nVerkauf Ersatzteile\n"
           "Tiroler Seilbahnkomponenten GmbH\nGrabenweg 68, 6020 Innsbruck, Österreich\nT +43 512 555 014\n"
           "FN 123456a, Landesgericht Innsbruck, UID ATU12345678\n\n")
    txt = top + outlook_quote(po, "de", 1, sep="line")
    body = alt(txt, "iso-8859-1", "quoted-printable", "tirseil")
    date = T("2026-12-01 07:48:19", 1)
    eml = mail(("Florian Obermoser", sup.email), po.buyer.pair, "AW: " + subject(po), date,
               msgid("outlook", "tirseil-1", ""), body, irt=po, extra=outlook_headers("de-AT", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-12"}})],
                        "KW 51 without a day = Friday 18 Dec 2026 = requested. 'Jänner' is Austrian for January -> "
                        "2027-01-12.")
    return [po], eml, exp


# ------------------------------------------------------------------ 34
@case("greek-iso-8859-7", "confirmation", "el-GR",
      "ISO-8859-7 Greek; date '15/1/2027' with single-digit month, one line no longer available")
def greek():
    sup = Supplier("THERMKR", "Θερμοκήπια Κρήτης Α.Ε.", "sales@thermokipia-kritis.example", "el-GR")
    po = PO("4500074230", sup, "aoife", "EUR", "2026-11-19", [
        ("TK-PAR-ROLL", "Greenhouse side vent roll-up kit, 30 m", 20, "EA", "385.00", "2026-12-18"),
        ("TK-PAR-MOT", "Roll-up vent motor, 24 V", 20, "EA", "248.00", "2026-12-18"),
        ("TK-THERM-CTL", "Vent thermostat controller", 10, "EA", "162.00", "2026-12-18"),
    ])
    top = ("Αγαπητή κα Brennan,\n\nΣας ευχαριστούμε για την παραγγελία 4500074230. Επιβεβαιώνουμε:\n\n"
           "1. Κιτ πλευρικού παραθύρου 30 m: 20 τεμ., 385,00 € / τεμ., παράδοση 18/12/2026.\n"
           "2. Μοτέρ 24 V: 20 τεμ., 248,00 € / τεμ., παράδοση 15/1/2027.\n"
           "3. Θερμοστάτης παραθύρων: δυστυχώς δεν είναι πλέον διαθέσιμος, δεν μπορούμε να τον προμηθεύσουμε.\n\n"
           "Με εκτίμηση,\nΓιώργος Παπαδάκης\nΤμήμα Πωλήσεων\nΘερμοκήπια Κρήτης Α.Ε.\n"
           "ΒΙΠΕ Ηρακλείου, 71601 Ηράκλειο\nΤηλ. +30 2810 555014\n\n")
    txt = top + outlook_quote(po, "el", 2, sep="line")
    body = alt(txt, "iso-8859-7", "quoted-printable", "thermkr")
    date = T("2026-11-25 12:30:48", 2)
    eml = mail(("Γιώργος Παπαδάκης", sup.email), po.buyer.pair, "ΑΠ: " + subject(po), date,
               msgid("outlook", "thermkr-1", ""), body, irt=po, hcs="iso-8859-7",
               extra=outlook_headers("el-GR", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-15"}, 3: "R"})],
                        "Greek in ISO-8859-7. Line 2 15/1/2027. Line 3 'no longer available, cannot supply' = rejected.")
    return [po], eml, exp


# ------------------------------------------------------------------ 35
@case("romanian-two-tranches-cedilla", "confirmation", "ro-RO",
      "windows-1250 Romanian with cedilla ş/ţ; bellows delivered in two tranches ('60 buc. până la 18.12.2026, restul de 40 buc. pe 12.01.2027')")
def romania():
    sup = Supplier("APITRANS", "Apicola Transilvania SRL", "comenzi@apicola-transilvania.example", "ro-RO")
    po = PO("4500074296", sup, "marek", "RON", "2026-11-20", [
        ("AT-AFUM-INOX", "Bee smoker, stainless, with bellows, medium", 100, "EA", "89.50", "2026-12-18"),
        ("AT-BURDUF", "Replacement smoker bellows, leather", 100, "EA", "45.50", "2026-12-18"),
    ])
    top = ("Bună ziua domnule Novak,\n\nVă confirmăm comanda nr. 4500074296 după cum urmează:\n\n"
           "1. Afumător inox mediu - 100 buc. x 89,50 lei - livrare 18.12.2026.\n"
           "2. Burduf piele - 100 buc. x 45,50 lei - livrare în două tranşe: 60 buc. până la 18.12.2026, "
           "restul de 40 buc. pe 12.01.2027.\n\n"
           "Cu stimă,\nIoana Popescu\nDepartament vânzări\nApicola Transilvania SRL\n"
           "Str. Fabricii nr. 21, 400620 Cluj-Napoca\nTel. +40 264 555 014\n\n")
    txt = top + outlook_quote(po, "ro", 2, sep="line")
    body = alt(txt, "windows-1250", "quoted-printable", "apitrans")
    date = T("2026-11-27 10:05:37", 2)
    eml = mail(("Ioana Popescu", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "apitrans-1", ""), body, irt=po, extra=outlook_headers("ro-RO", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"s": [(60, "2026-12-18"), (40, "2027-01-12")]}})],
                        "Line 2 split: 60 by 18.12.2026 + 40 on 12.01.2027 (total 100, last date 2027-01-12). "
                        "Prices in lei = RON.")
    return [po], eml, exp


# ------------------------------------------------------------------ 36
@case("hebrew-rtl-html-sunday-delivery", "confirmation", "he-IL",
      "windows-1255 Hebrew with RTL HTML; dd/mm dates, one moved to 10/01/2027 (a Sunday, a working day in Israel)")
def hebrew():
    sup = Supplier("MAGDENT", "מגן דנטל בע\"מ", "export@magen-dental.example", "he-IL")
    po = PO("4500074350", sup, "priya", "USD", "2026-11-23", [
        ("MD-DIA-ECO", "Diamond bur FG, economy pack of 5, mixed shapes", 200, "BOX", "9.80", "2026-12-18"),
        ("MD-ZIR-CUT", "Zirconia cutting bur FG, fine", 300, "PCS", "5.60", "2026-12-18"),
    ])
    top = ("שלום פריה,\n\nתודה על ההזמנה 4500074350. להלן האישור שלנו:\n\n"
           "שורה 1: 200 קופסאות, 9.80$ לקופסה, אספקה 18/12/2026 - מאושר.\n"
           "שורה 2: 300 יח', 5.60$ ליח', אספקה 10/01/2027 (עיכוב בחומר גלם).\n\n"
           "בברכה,\nנועה לוי\nמחלקת יצוא\nמגן דנטל בע\"מ, אזור התעשייה, כרמיאל\nטל. 04-9555014\n\n")
    txt = top + outlook_quote(po, "he", 2, sep="line")
    import html as H
    hb = html_doc(paras_html(top) + outlook_html_quote(po, "he", 2), "windows-1255", "Arial,sans-serif",
                  lang="he", dir="rtl")
    body = alt(txt, "windows-1255", "quoted-printable", "magdent", html_body=hb)
    date = T("2026-11-26 15:20:33", 2)
    eml = mail(("נועה לוי", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "magdent-1", ""), body, irt=po, hcs="windows-1255",
               extra=outlook_headers("he-IL", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-10"}})],
                        "Right-to-left Hebrew, '9.80$' suffix currency, dd/mm/yyyy. Line 2 10/01/2027 (Sunday).")
    return [po], eml, exp
