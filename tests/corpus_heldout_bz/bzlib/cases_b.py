"""Cases 019-034: confirmations (part 2)."""
import html as H

from .common import (case, S, PO, reply, conf, exp, acc, chg, REJ, UNC, kw, next_date, D, rfc_date, attachment,
                     req_text, table_rows, gt, attribution, price)
from .pdf import make_pdf


@case("cz-price-per-100", "confirmation/cs-CZ",
      "Czech price quoted per 100 pieces (1 180,00 Kč / 100 ks) for a PO priced per piece, in windows-1250 quoted-printable.")
def _(name):
    sup = S("SYRPOT", "Sýrařské potřeby s.r.o.", "obchod@syrarske-potreby.example", "cs-CZ")
    po = PO("4510039210", sup, "CZK", "2026-11-10", [
        ("DRT-030-100", "Řezací drát nerez 0,30 mm, délka 100 cm", 500, "PCS", "12.40", "2026-12-07"),
        ("KRJ-ST-45", "Kráječ sýra s drátem, deska 45x25 cm", 40, "PCS", "689.00", "2026-12-07"),
    ])
    body = """Dobrý den, paní Holt,

děkujeme za objednávku č. 4510039210, potvrzujeme ji takto:

Pol. 1  DRT-030-100  500 ks, cena 1 180,00 Kč / 100 ks, dodání 7. 12. 2026
Pol. 2  KRJ-ST-45     40 ks á 689,00 Kč, dodání 7. 12. 2026

S pozdravem
Petra Dvořáková
obchodní oddělení
Sýrařské potřeby s.r.o., Průmyslová 1127, 580 01 Havlíčkův Brod
tel.: +420 569 555 318
"""
    eml = reply(name, po, ("Petra Dvořáková", "obchod@syrarske-potreby.example"), rfc_date(2026, 11, 18, 10, 2, 26, "+0100"),
                body, client="outlook", lang="cs-CZ", charset="windows-1250")
    return [po], eml, exp("confirmation", "Line 1 price 1,180.00 CZK per 100 pcs = 11.80 per piece (PO 12.40); line 2 as ordered.",
                          conf(po, {1: chg(po, 1, p="11.80"), 2: acc(po, 2)}))


@case("hu-accepted-plain", "confirmation/hu-HU",
      "Hungarian unchanged confirmation with year-first 'Szállítási határidő: 2026. december 10.' and the word order of Hungarian names.")
def _(name):
    sup = S("PROTET", "Protetika Kft.", "rendeles@protetika.example", "hu-HU")
    po = PO("4510039230", sup, "EUR", "2026-11-11", [
        ("LNR-SIL-26", "Silicone prosthetic liner 26 cm, 3 mm, locking pin M10x1", 20, "EA", "289.00", "2026-12-10"),
        ("LNR-GEL-28", "Gel liner 28 cm, cushion 6/3 mm", 15, "EA", "245.00", "2026-12-10"),
    ])
    body = """Tisztelt Holt Asszony!

Köszönjük a 4510039230 számú megrendelést, azt változtatás nélkül visszaigazoljuk:

1. tétel: 20 db, 289,00 EUR/db
2. tétel: 15 db, 245,00 EUR/db

Szállítási határidő: 2026. december 10.

Üdvözlettel:
Kovács Eszter
értékesítési asszisztens
Protetika Kft. | 1097 Budapest, Gubacsi út 40.
Tel.: +36 1 555 4820
"""
    eml = reply(name, po, ("Kovács Eszter", "rendeles@protetika.example"), rfc_date(2026, 11, 18, 13, 40, 8, "+0100"),
                body, client="gmail", quote="gmail", charset="iso-8859-2")
    return [po], eml, exp("confirmation", "Everything as ordered; Hungarian year-first date 2026. december 10. equals the requested date.",
                          conf(po, {1: acc(po, 1), 2: acc(po, 2)}))


@case("tr-sevk-split", "confirmation/tr-TR",
      "Turkish ISO-8859-9 reply splitting one line into two shipments given only as ship (sevk) dates.")
def _(name):
    sup = S("ANPIR", "Anadolu Pirinç Döküm A.Ş.", "satis@anadolu-pirinc.example", "tr-TR")
    po = PO("4510039250", sup, "EUR", "2026-11-12", [
        ("KNK-AS-160", "Brass door knocker, lion head 160x120 mm, antique", 300, "PCS", "17.40", "2026-12-14"),
        ("KNK-HLK-100", "Brass ring knocker 100 mm, M6x40 studs", 200, "PCS", "12.90", "2026-12-14"),
    ])
    body = """Sayın Maren Hanım,

4510039250 numaralı siparişinizi onaylıyoruz:

Kalem 1: 300 adet, birim fiyat 17,40 EUR - 150 adet 07.12.2026, kalan 150 adet 21.12.2026 tarihinde sevk edilecektir.
Kalem 2: 200 adet, birim fiyat 12,90 EUR - sevk tarihi 14.12.2026.

Saygılarımızla,
Emre Yıldız
İhracat Satış Temsilcisi
Anadolu Pirinç Döküm A.Ş.
Organize Sanayi Bölgesi 4. Cadde No: 18, 26110 Eskişehir
Tel: +90 222 555 47 12
"""
    eml = reply(name, po, ("Emre Yıldız", "satis@anadolu-pirinc.example"), rfc_date(2026, 11, 19, 9, 30, 41, "+0300"),
                body, client="outlook", lang="tr-TR", charset="iso-8859-9")
    return [po], eml, exp("confirmation", "Only ship (sevk) dates are given, so they count: line 1 split 150 on 2026-12-07 and 150 on 2026-12-21; line 2 ships on the requested date.",
                          conf(po, {1: chg(po, 1, d="2026-12-21", sched=[(150, "2026-12-07"), (150, "2026-12-21")]), 2: acc(po, 2)}))


@case("dk-surcharge-pct", "confirmation/da-DK",
      "Danish reply adding a 3 % brass surcharge to one position (42.00 -> 43.26 DKK) while the date matches.")
def _(name):
    sup = S("GARDBS", "Gardinbeslag ApS", "salg@gardinbeslag.example", "da-DK")
    po = PO("4510039270", sup, "DKK", "2026-11-13", [
        ("GKR-MES-18", "Gardinkroge messing 18 mm, 100 stk/pose", 150, "BOX", "42.00", "2026-12-09"),
        ("GKR-GL-25", "Glidere til skinne 25x8 mm", 5000, "PCS", "0.64", "2026-12-09"),
    ])
    body = """Hej Maren

Tak for ordren. Vi bekræfter ordre 4510039270 med levering 09.12.2026.

Grundet stigende messingpriser må vi desværre lægge et tillæg på 3 % på pos. 1.
Pos. 2 er uændret.

Venlig hilsen
Mette Sørensen
Gardinbeslag ApS
Industrivej 14, 8600 Silkeborg
Tlf. +45 86 55 52 31
"""
    eml = reply(name, po, ("Mette Sørensen", "salg@gardinbeslag.example"), rfc_date(2026, 11, 20, 14, 55, 3, "+0100"),
                body, client="outlook", lang="da-DK", prefix="SV:", charset="iso-8859-1")
    assert price("42.00") == "42.00"
    return [po], eml, exp("confirmation", "+3 % on the PO unit price of line 1: 42.00 x 1.03 = 43.26 DKK; all else as ordered.",
                          conf(po, {1: chg(po, 1, p="43.26"), 2: acc(po, 2)}))


@case("no-iphone-oneliner", "confirmation/nb-NO",
      "One-line Norwegian reply from an iPhone ('som bestilt, 12 stk levert 18.12.') with the quote below in Apple style.")
def _(name):
    sup = S("TAUBSV", "Taubane Service AS", "ordre@taubaneservice.example", "nb-NO")
    po = PO("4510039290", sup, "NOK", "2026-11-16", [
        ("KLM-32-FX", "Fast klemme for taubane, tau Ø32 mm", 12, "EA", "6850.00", "2026-12-18"),
    ])
    body = """Hei! Bekrefter ordre 4510039290 som bestilt, 12 stk levert 18.12.

Mvh Knut

Sendt fra min iPhone
"""
    eml = reply(name, po, ("Knut Haugland", "knut.haugland@taubaneservice.example"), rfc_date(2026, 11, 17, 7, 58, 12, "+0100"),
                body, client="iphone", quote="apple", prefix="Sv:", charset="utf-8", html=False)
    return [po], eml, exp("confirmation", "Short mobile answer 'as ordered', date 18.12. without year = 2026-12-18 = requested date.",
                          conf(po, {1: acc(po, 1)}))


@case("mx-inline-answers", "confirmation/es-MX",
      "Answers written inline under each quoted PO line (quote markers, mixed dd/mm dates), one line split with the rest in January.")
def _(name):
    sup = S("ILUBAJ", "Iluminación Aeroportuaria del Bajío S.A. de C.V.", "ventas@iluminacion-bajio.example", "es-MX")
    po = PO("4510039310", sup, "USD", "2026-11-16", [
        ("LBP-LED-W", "Luz de borde de pista LED elevada, blanca, 6.6 A", 48, "EA", "296.00", "2026-12-15"),
        ("LUM-UMB-RG", "Luz de umbral LED rojo/verde 12x20 cm", 12, "EA", "334.00", "2026-12-15"),
        ("TRF-AIS-200", "Transformador de aislamiento 200 W, 6.6/6.6 A", 60, "EA", "88.00", "2026-12-15"),
    ], buyer=2)
    rows = table_rows(po)
    ql = [" | ".join(r) for r in rows]
    body = f"""Buenas tardes Priya,

le contesto en línea, abajo de cada partida:

> {ql[0]}
OK, confirmado tal cual.

> {ql[1]}
Solo podemos surtir 8 piezas el 15/12; las 4 restantes el 12/01/2027.

> {ql[2]}
Confirmado 60 pzas, precio 91.50 USD c/u, entrega 15/12/2026.

Saludos cordiales,

Ing. Ricardo Fuentes Olvera
Ventas Internacionales
Iluminación Aeroportuaria del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 2210, León, Gto., C.P. 37270, México
Tel. +52 477 555 1290
"""
    eml = reply(name, po, ("Ricardo Fuentes", "ventas@iluminacion-bajio.example"), rfc_date(2026, 11, 24, 12, 10, 37, "-0600"),
                body, client="outlook", lang="es-MX", quote="none")
    return [po], eml, exp("confirmation", "Inline answers: line 1 accepted; line 2 split 8 on 2026-12-15 and 4 on 2027-01-12 (dd/mm); line 3 price 91.50.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-12", sched=[(8, "2026-12-15"), (4, "2027-01-12")]),
                                    3: chg(po, 3, p="91.50")}))


@case("pt-erp-pdf-only", "confirmation/pt-PT",
      "Unthreaded ERP mail whose body says nothing; the uncompressed PDF holds the answer with its own document number 26/0815 and date.")
def _(name):
    sup = S("METTEJ", "Metalomecânica do Tejo, Lda.", "encomendas@metalotejo.example", "pt-PT")
    po = PO("4510039330", sup, "EUR", "2026-11-17", [
        ("DOB-RMP-90", "Dobradiça de rampa de ferry, pino Ø90x480 mm", 6, "EA", "1260.00", "2026-12-18"),
        ("CAS-90-110", "Casquilho bronze 90/110x120 mm", 12, "EA", "148.00", "2026-12-18"),
        ("ANL-M24", "Anilha de encosto M24x3, inox", 24, "EA", "6.80", "2026-12-18"),
    ])
    pdf = make_pdf([
        (14, True, "METALOMECÂNICA DO TEJO, LDA."),
        "Rua da Fundição 45, 2840-152 Seixal, Portugal - NIF 503 123 456",
        "",
        (12, True, "CONFIRMAÇÃO DE ENCOMENDA N.º 26/0815"),
        "Data: 25.11.2026     V/ Encomenda: 4510039330 de 17.11.2026",
        "Cliente: Brightwater Supply Co., Manchester",
        "",
        "Linha  Artigo       Descrição                                   Qtd   Preço unit.   Entrega",
        "1      DOB-RMP-90   Dobradiça de rampa, pino Ø90x480 mm         6 UN   1.260,00 EUR  18.12.2026",
        "2      CAS-90-110   Casquilho bronze 90/110x120 mm             12 UN     148,00 EUR  08.01.2027",
        "3      ANL-M24      Anilha de encosto M24x3, inox              24 UN       7,10 EUR  18.12.2026",
        "",
        "Total líquido: 9.506,40 EUR",
        "Condições: DAP Manchester, pagamento a 60 dias.",
    ], title="Confirmacao 26/0815", author="PHC CS", date="D:20261125090211Z", compress=False, producer="PHC CS Report Engine")
    att = attachment(pdf, "application/pdf", "CE_26-0815.pdf")
    body = """Exmos. Senhores,

Segue em anexo a confirmação da V/ encomenda.

Este email foi gerado automaticamente. Por favor não responda a este endereço.

Metalomecânica do Tejo, Lda. - Rua da Fundição 45, 2840-152 Seixal - Tel. +351 21 555 0740
"""
    eml = reply(name, po, ("Metalomecânica do Tejo - ERP", "erp@metalotejo.example"), rfc_date(2026, 11, 25, 9, 2, 14, "+0000"),
                body, client="other", charset="iso-8859-1", quote="none", html=False, threaded=False, attachments=[att],
                subject="Confirmação de Encomenda 26/0815 - V/Ref. 4510039330",
                extra=[("X-Mailer", "PHC CS Mailer 28.0"), ("Auto-Submitted", "auto-generated")])
    return [po], eml, exp("confirmation", "Automatic ERP mail but the PDF commits to the order: line 2 delivery 08.01.2027, line 3 price 7.10; 26/0815 and 25.11.2026 are the document number/date.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-08"), 3: chg(po, 3, p="7.10")}))


@case("in-per-tonne", "confirmation/en-IN",
      "Indian English reply pricing rope per metric tonne (USD 4,920/MT) and quantity in MT for a PO in KG; despatch and delivery dates both given.")
def _(name):
    sup = S("KCCORD", "Kerala Coir & Cotton Cordage Pvt. Ltd.", "exports@keralacordage.example", "en-IN")
    po = PO("4510039350", sup, "USD", "2026-11-18", [
        ("RP-CTN-10", "Cotton rope 10 mm 3-strand for hammocks", 2500, "KG", "4.85", "2026-12-18"),
        ("RP-PES-6", "Polyester braided rope 6 mm, 200 m coil", 120, "ROL", "18.40", "2026-12-18"),
    ], buyer=2)
    body = """Dear Madam,

Greetings from Alleppey!

We are pleased to confirm your PO No. 4510039350 dated 18.11.2026 as under:

1) Cotton rope 10 mm 3-strand - 2.5 MT @ USD 4,920/MT (revised due to cotton yarn prices), despatch by 11-Dec-2026, delivery at your Manchester warehouse 18-Dec-2026.
2) Polyester braided rope 6 mm - 120 coils @ USD 18.40 per coil, same despatch and delivery dates.

Kindly do the needful and acknowledge.

Thanks & Regards,
Anoop Krishnan
Manager - Exports
Kerala Coir & Cotton Cordage Pvt. Ltd.
XII/482, Thathampally, Alappuzha - 688 013, Kerala, India
Mob: +91 98470 55512 | Ph: +91 477 255 5031
"""
    eml = reply(name, po, ("Anoop Krishnan", "exports@keralacordage.example"), rfc_date(2026, 11, 24, 16, 35, 50, "+0530"),
                body, client="gmail", quote="gmail")
    return [po], eml, exp("confirmation", "2.5 MT = 2500 kg; USD 4,920 per tonne = 4.92 per kg (PO 4.85); delivery 18-Dec-2026 wins over despatch 11-Dec; line 2 as ordered.",
                          conf(po, {1: chg(po, 1, p="4.92"), 2: acc(po, 2)}))


@case("ch-chf-apostrophe", "confirmation/de-CH",
      "Swiss formatting (CHF 4'280.00, no ß) with a weekday-named date and 'KW 51' without a day for the second line.")
def _(name):
    sup = S("SBENG", "Seilbahntechnik Engadin AG", "verkauf@seilbahntechnik-engadin.example", "de-CH")
    po = PO("4510039370", sup, "CHF", "2026-11-18", [
        ("KLM-DT-44", "Kuppelbare Klemme für Seil Ø44 mm, Typ 4/3", 6, "EA", "4280.00", "2026-12-17"),
        ("RLN-250-G", "Rollenbatterie-Rolle Ø250 mm, Gummifutter", 40, "EA", "186.50", "2026-12-17"),
    ], buyer=1)
    body = """Grüezi Herr Pieper

Besten Dank für Ihre Bestellung 4510039370. Gerne bestätigen wir:

Pos. 1: 6 Stk. à CHF 4'280.00 = CHF 25'680.00, Liefertermin Donnerstag, 17.12.2026
Pos. 2: 40 Stk. à CHF 189.20 = CHF 7'568.00, Liefertermin KW 51

Freundliche Grüsse

Reto Caduff
Verkauf Innendienst
Seilbahntechnik Engadin AG | Via da la Staziun 12 | 7500 St. Moritz
Tel. +41 81 555 42 10
"""
    eml = reply(name, po, ("Reto Caduff", "reto.caduff@seilbahntechnik-engadin.example"), rfc_date(2026, 11, 25, 8, 47, 19, "+0100"),
                body, client="outlook", lang="de-CH", qlang="de", prefix="AW:", charset="iso-8859-1")
    assert 40 * 189.20 == 7568.0 or abs(40 * 189.20 - 7568.0) < 1e-6
    return [po], eml, exp("confirmation", "Line 1 as ordered (Thursday 17.12.2026); line 2 price 189.20 and 'KW 51' without a day = Friday 2026-12-18.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, p="189.20", d=kw(2026, 51))}))


@case("be-fr-one-pending", "confirmation/fr-BE",
      "Belgian French reply confirming two positions (dates without year, 'mercredi 16 décembre') and leaving the middle one pending.")
def _(name):
    sup = S("DINMOS", "Dinanderie Mosane SRL", "commandes@dinanderie-mosane.example", "fr-BE")
    po = PO("4510039390", sup, "EUR", "2026-11-19", [
        ("HRT-LN-150", "Heurtoir tête de lion laiton 150x110 mm", 30, "PCS", "54.00", "2026-12-16"),
        ("HRT-MN-210", "Heurtoir main laiton 210 mm, fixation M8x60", 20, "PCS", "61.50", "2026-12-16"),
        ("HRT-ANN-95", "Heurtoir anneau Ø95 mm, finition vieilli", 45, "PCS", "33.00", "2026-12-16"),
    ])
    body = """Bonjour Madame,

Pour votre commande 4510039390 :
- la position 1 est confirmée (30 pièces à 54,00 €, livraison le 16/12) ;
- pour la position 3, nous vous confirmons 45 pièces à 33,00 €, livraison le mercredi 16 décembre ;
- pour la position 2 (heurtoir main), nous attendons le retour de notre fonderie et reviendrons vers vous en début de semaine prochaine.

Bien à vous,

Laurent Delvaux
Dinanderie Mosane SRL
Rue de la Station 61, 5500 Dinant, Belgique
Tél. +32 82 55 41 09 - TVA BE 0456.789.123
"""
    eml = reply(name, po, ("Laurent Delvaux", "commandes@dinanderie-mosane.example"), rfc_date(2026, 11, 26, 16, 3, 50, "+0100"),
                body, client="apple", quote="apple", lang="fr-BE")
    return [po], eml, exp("confirmation", "Lines 1 and 3 as ordered (16/12 and 'mercredi 16 décembre' = 2026-12-16); line 2 waits for the foundry = unconfirmed.",
                          conf(po, {1: acc(po, 1), 2: UNC, 3: acc(po, 3)}))


@case("ca-fr-erable-split", "confirmation/fr-CA",
      "Quebec French with ISO dates and '$ CA' amounts with space thousands (11 850,00 $); one evaporator line split into 2 + 1 units.")
def _(name):
    sup = S("EQACER", "Équipements Acéricoles Beauce inc.", "ventes@acericole-beauce.example", "fr-CA")
    po = PO("4510039410", sup, "CAD", "2026-11-19", [
        ("EVP-2X6-HUI", "Évaporateur 2x6 pi, brûleur à l'huile", 3, "EA", "11850.00", "2027-01-15"),
        ("CAS-2X3-INX", "Casserole à plis 2x3 pi, inox 304", 6, "EA", "1420.00", "2027-01-15"),
        ("THM-SIR-12", "Thermomètre à sirop 12 po, cadran 3 po", 10, "EA", "89.00", "2027-01-15"),
    ], buyer=4)
    body = """Bonjour Aoife,

Merci pour la commande 4510039410. Voici nos confirmations :

Item 1 - 3 évaporateurs à 11 850,00 $ CA : 2 unités livrées le 2026-12-18 et la 3e le 2027-01-22.
Item 2 - 6 casseroles à 1 420,00 $ : livraison le 2027-01-15.
Item 3 - 10 thermomètres à 92,50 $ (nouveau prix du fournisseur) : livraison le 2027-01-15.

Bonne journée!

Marc-André Poulin
Directeur des ventes
Équipements Acéricoles Beauce inc.
1450, 2e Avenue, Saint-Georges (Québec) G5Y 1E7
Tél. : 418 555-2290, poste 24
"""
    eml = reply(name, po, ("Marc-André Poulin", "ventes@acericole-beauce.example"), rfc_date(2026, 11, 27, 10, 25, 4, "-0500"),
                body, client="outlook", lang="fr-CA", qlang="fr", charset="iso-8859-1")
    return [po], eml, exp("confirmation", "Item 1 split 2 on 2026-12-18 and 1 on 2027-01-22; item 2 as ordered; item 3 price 92.50 CAD.",
                          conf(po, {1: chg(po, 1, d="2027-01-22", sched=[(2, "2026-12-18"), (1, "2027-01-22")]), 2: acc(po, 2),
                                    3: chg(po, 3, p="92.50")}))


@case("be-nl-html-only", "confirmation/nl-BE",
      "HTML-only mail whose answer is an HTML table (Belgian dd/mm/yyyy dates, decimal comma) above the quoted request.")
def _(name):
    sup = S("OVSVL", "Ovensteen Vlaanderen BV", "bestellingen@ovensteen-vlaanderen.example", "nl-BE")
    po = PO("4510039430", sup, "EUR", "2026-11-20", [
        ("OVS-CORD-40", "Ovensteen cordieriet 40x30x2 cm", 150, "PCS", "17.90", "2026-12-11"),
        ("OVS-BIS-60", "Biscotto di Sorrento 60x40x3,5 cm", 40, "PCS", "44.00", "2026-12-11"),
    ])
    td = 'style="border:1px solid #bbb;padding:3px 8px"'
    rows = [("1", "OVS-CORD-40", "150", "17,90", "11/12/2026"), ("2", "OVS-BIS-60", "40", "46,50", "18/12/2026")]
    tbl = "".join("<tr>" + "".join(f"<td {td}>{c}</td>" for c in r) + "</tr>" for r in rows)
    from .common import req_html, attribution as attrf
    doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dag Maren,</p>
<p>Hierbij onze bevestiging van bestelling <b>4510039430</b>:</p>
<table style="border-collapse:collapse"><tr><th {td}>Pos.</th><th {td}>Artikel</th><th {td}>Aantal</th><th {td}>Prijs/st (EUR)</th><th {td}>Leverdatum</th></tr>
{tbl}</table>
<p>De Biscotto-stenen komen rechtstreeks uit Napels, vandaar de aangepaste prijs en de latere levering.</p>
<p>Met vriendelijke groeten,<br>Wouter Peeters<br>Ovensteen Vlaanderen BV &middot; Kortrijksesteenweg 812 &middot; 9000 Gent<br>Tel. +32 9 555 27 14</p>
<div style="border-top:1px solid #ccc;margin-top:12px;padding-top:6px"><p>{H.escape(attrf(po, 'gmail'))}</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{req_html(po)}</blockquote></div>
</body></html>
"""
    eml = reply(name, po, ("Wouter Peeters", "bestellingen@ovensteen-vlaanderen.example"), rfc_date(2026, 11, 27, 15, 12, 0, "+0100"),
                "", client="other", html="only", html_only=doc, cte="quoted-printable",
                extra=[("X-Mailer", "Zimbra 10.0.8_GA_4666 (ZimbraWebClient - FF132 (Win)/10.0.8_GA_4666)")])
    return [po], eml, exp("confirmation", "Answer only in an HTML table: line 1 as ordered; line 2 price 46.50 and delivery 18/12/2026.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, p="46.50", d="2026-12-18")}))


@case("bg-tuesday-week-50", "confirmation/bg-BG",
      "Bulgarian windows-1251 reply giving delivery as 'вторник, 50-та седмица' (a weekday within an ISO week, = 08.12.2026).")
def _(name):
    sup = S("SOLLAM", "Solni Lampi EOOD", "office@solni-lampi.example", "bg-BG")
    po = PO("4510039470", sup, "EUR", "2026-11-20", [
        ("OSN-DB-18", "Salt lamp base, oak 18x18x4 cm, E14", 400, "PCS", "3.10", "2026-12-18"),
        ("KBL-ON-18", "Cable with switch 1.8 m, 230V, E14", 400, "PCS", "1.45", "2026-12-18"),
    ])
    body = """Здравейте г-жо Холт,

Потвърждаваме поръчка № 4510039470:
поз. 1 - 400 бр. основи от дъб по 3,10 EUR
поз. 2 - 400 бр. кабели с ключ по 1,45 EUR

Доставка: вторник, 50-та седмица.

Поздрави,
Десислава Петрова
Солни Лампи ЕООД
ул. „Индустриална“ 9, 4000 Пловдив
тел. +359 32 555 718
"""
    eml = reply(name, po, ("Десислава Петрова", "office@solni-lampi.example"), rfc_date(2026, 11, 30, 10, 44, 30, "+0200"),
                body, client="outlook", lang="bg-BG", charset="windows-1251")
    d = kw(2026, 50, 2)
    assert d == D(2026, 12, 8)
    return [po], eml, exp("confirmation", "Tuesday of ISO week 50 = 2026-12-08 for both lines (earlier than requested); quantities and prices as ordered.",
                          conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)}))


@case("si-table-pipes", "confirmation/sl-SI",
      "Slovenian pipe table with dates written '17. 12. 2026' (spaces after dots); one row changes price and date.")
def _(name):
    sup = S("TAPGOR", "Tapetništvo Gorenjska d.o.o.", "narocila@tapetnistvo-gorenjska.example", "sl-SI")
    po = PO("4510039510", sup, "EUR", "2026-11-23", [
        ("BLZ-200", "Blazina za cerkveno klop 2000x380x40 mm, rdeča", 30, "PCS", "72.00", "2026-12-17"),
        ("BLZ-150", "Blazina za cerkveno klop 1500x380x40 mm", 20, "PCS", "58.00", "2026-12-17"),
        ("KLC-45", "Klečalna blazina 45x25 cm", 50, "PCS", "19.50", "2026-12-17"),
    ])
    body = """Spoštovana ga. Holt,

potrjujemo vaše naročilo 4510039510:

Poz. | Artikel | Kol. | Cena EUR | Dobava
1    | BLZ-200 | 30   | 72,00    | 17. 12. 2026
2    | BLZ-150 | 20   | 58,00    | 17. 12. 2026
3    | KLC-45  | 50   | 18,90    | 23. 12. 2026

Lep pozdrav,
Mojca Kranjc
Tapetništvo Gorenjska d.o.o., Savska cesta 22, 4000 Kranj
Tel.: +386 4 555 28 40
"""
    eml = reply(name, po, ("Mojca Kranjc", "narocila@tapetnistvo-gorenjska.example"), rfc_date(2026, 11, 30, 12, 1, 45, "+0100"),
                body, client="outlook", lang="sl-SI", charset="windows-1250")
    return [po], eml, exp("confirmation", "Rows 1-2 as ordered; row 3 price 18.90 (lower) and delivery 2026-12-23.",
                          conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="18.90", d="2026-12-23")}))


@case("rs-two-pos-one-answered", "confirmation/sr-RS",
      "Two open POs in pos.json; the Serbian Cyrillic reply answers only 4510039531 and merely mentions 4510039530.")
def _(name):
    sup = S("KUGOPR", "Kuglana Oprema d.o.o.", "prodaja@kuglana-oprema.example", "sr-RS")
    po_a = PO("4510039530", sup, "EUR", "2026-11-23", [
        ("KGL-PIN-15", "Bowling pin 15 in, 3 lb 8 oz", 100, "EA", "29.00", "2026-12-18"),
    ])
    po_b = PO("4510039531", sup, "EUR", "2026-11-24", [
        ("KGL-OIL-1L", "Lane conditioner oil 1 L, 12/1 mix", 24, "L", "14.50", "2026-12-18"),
        ("KGL-CLN-5L", "Lane cleaner concentrate, 5 L canister", 50, "L", "6.20", "2026-12-18"),
    ])
    body = """Поштована госпођо Холт,

потврђујемо наруџбину бр. 4510039531:
ставка 1 - 24 L по 14,50 EUR, испорука 18.12.2026.
ставка 2 - 50 L по 6,20 EUR, испорука 22.12.2026.

За наруџбину 4510039530 (чуњеви) јавићемо вам се посебно.

Срдачан поздрав,
Милан Јовановић
Куглана Опрема д.о.о.
Булевар ослобођења 112, 21000 Нови Сад
тел. +381 21 555 3190
"""
    eml = reply(name, po_b, ("Милан Јовановић", "prodaja@kuglana-oprema.example"), rfc_date(2026, 12, 1, 9, 17, 26, "+0100"),
                body, client="gmail", quote="gmail")
    return [po_a, po_b], eml, exp("confirmation", "Only PO 4510039531 is answered (line 2 delivery 2026-12-22); PO 4510039530 is only mentioned and left out.",
                                  conf(po_b, {1: acc(po_b, 1), 2: chg(po_b, 2, d="2026-12-22")}))


@case("lv-two-pos-both", "confirmation/lv-LV",
      "Latvian windows-1257 reply answering two POs in one mail, each in its own paragraph; 18/415 neck sizes look like dates.")
def _(name):
    sup = S("SMIEP", "Smaržu Iepakojums SIA", "pasutijumi@smarzu-iepakojums.example", "lv-LV")
    po1 = PO("4510039550", sup, "EUR", "2026-11-24", [
        ("ATM-15-BLK", "Perfume atomizer 15 ml, black, 18/415 neck", 500, "PCS", "1.95", "2026-12-14"),
        ("ATM-15-GLD", "Perfume atomizer 15 ml, gold, 18/415 neck", 500, "PCS", "2.05", "2026-12-14"),
    ])
    po2 = PO("4510039551", sup, "EUR", "2026-11-24", [
        ("PMP-18-415", "Crimp pump 18/415, 0.1 ml dosage", 2000, "PCS", "0.32", "2026-12-14"),
    ], req=(2026, 11, 24, 8, 45))
    body = """Labdien, Maren!

Paldies par pasūtījumiem.

PO 4510039550: abas pozīcijas apstiprinātas - 500 gab. melnie un 500 gab. zeltītie izsmidzinātāji par pasūtījumā norādītajām cenām, piegāde 14.12.2026.

PO 4510039551: 2000 gab. sūkņu par 0,34 EUR/gab., piegāde 21.12.2026.

Ar cieņu,
Ilze Bērziņa
Smaržu Iepakojums SIA
Ganību dambis 17a, Rīga, LV-1045
Tālr. +371 67 555 812
"""
    eml = reply(name, po1, ("Ilze Bērziņa", "pasutijumi@smarzu-iepakojums.example"), rfc_date(2026, 12, 1, 11, 36, 5, "+0200"),
                body, client="outlook", lang="lv-LV", charset="windows-1257",
                subject="RE: PO 4510039550 / 4510039551 - order confirmation",
                refs=[po1["request_message_id"], po2["request_message_id"]])
    return [po1, po2], eml, exp("confirmation", "Both POs answered: 4510039550 as ordered; 4510039551 price 0.34 and delivery 2026-12-21.",
                                conf(po1, {1: acc(po1, 1), 2: acc(po1, 2)}),
                                conf(po2, {1: chg(po2, 1, p="0.34", d="2026-12-21")}))
