"""Cases 001-018: confirmations in European locales with locale-specific phrasing."""
from .common import case, sup, po, conf, chg, out, wfri, plus_days
from .mime import reply

DIS_EN = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
          "If you have received it in error, please notify the sender and delete it.")


@case("bellropes-oneliner-as-ordered", "confirmation/en-GB",
      "One-line top-posted confirmation above an Outlook-quoted PO table; '11/12' is day-first (11 December).")
def c001():
    s = sup("WHITBR", "Whitchurch Bellrope Co Ltd", "orders@whitchurch-bellropes.example", "en-GB")
    p = po("4500231187", s, "GBP", "2026-11-04", [
        ("BR-SAL-24R", "Bell rope, sally 24 mm x 1.2 m, red/white/blue, 3/8 eye splice", 6, "EA", "248.00", "2026-12-11"),
        ("BR-TAIL-16", "Tail end 16 mm hemp, 4.5 m, whipped", 12, "EA", "36.50", "2026-12-11"),
        ("BR-FID-12", "Splicing fid 12x200 mm, ash", 2, "EA", "18.75", "2026-12-11"),
    ])
    body = """Hi Mara,

All three lines confirmed as per your PO, prices as stated, delivery 11/12 as requested.

Kind regards,
Gareth Pryce
Sales Office | Whitchurch Bellrope Co Ltd
Unit 4, Tannery Lane, Whitchurch SY13 1QS, United Kingdom
T: +44 1948 555 214

""" + DIS_EN
    eml = reply(p, frm=("Gareth Pryce", "orders@whitchurch-bellropes.example"), date="2026-11-09 14:22 +0000",
                body=body, cs="windows-1252", cte="quoted-printable", client="outlook")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: "acc", 3: "acc"})])


@case("umpire-chairs-frei-haus", "confirmation/de-DE",
      "'Liefertermin 18.12.2026 frei Haus' moves both lines by a week; the body also mentions KW 50 as no longer possible.")
def c002():
    s = sup("HOCHSITZ", "Hochsitz Sportanlagenbau GmbH", "verkauf@hochsitz-sport.example", "de-DE")
    p = po("4500231402", s, "EUR", "2026-11-05", [
        ("TUC-2000-AL", "Tennis umpire chair, aluminium, seat height 2.00 m, 4 castors", 3, "EA", "1480.00", "2026-12-11"),
        ("TUC-RAIN-140", "Rain cover 140x90 cm for umpire chair, PVC 650 g/m2", 3, "EA", "89.00", "2026-12-11"),
    ])
    body = """Sehr geehrte Frau Lindqvist,

vielen Dank für Ihre Bestellung 4500231402.

Wir bestätigen beide Positionen in der bestellten Menge zu den genannten Preisen
(1.480,00 EUR bzw. 89,00 EUR je Stück).
Liefertermin 18.12.2026 frei Haus - die gewünschte KW 50 schaffen wir wegen der
Pulverbeschichtung leider nicht mehr.

Mit freundlichen Grüßen

i. A. Sabine Köhler
Innendienst Vertrieb

Hochsitz Sportanlagenbau GmbH
Gewerbering 7 | 33334 Gütersloh
Tel. +49 5241 555 7730 | Fax +49 5241 555 7739
Geschäftsführer: Dipl.-Ing. Rolf Hochsitz | HRB 4417 Amtsgericht Gütersloh"""
    eml = reply(p, frm=("Sabine Köhler", "s.koehler@hochsitz-sport.example"), date="2026-11-10 11:03 +0100",
                body=body, cs="iso-8859-15", cte="quoted-printable", client="outlook", lang="de",
                subject="AW: Purchase order 4500231402 - please confirm")
    d = "2026-12-18"
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d)})])


@case("fencing-blades-chf-net", "confirmation/fr-CH",
      "Swiss French with point decimals: blades confirmed as ordered, points at 'prix CHF 12.40 net' instead of 11.90.")
def c003():
    s = sup("LAMESROM", "Lames Escrime Romand SA", "commandes@lames-romand.example", "fr-CH")
    p = po("CV-26-11873", s, "CHF", "2026-11-03", [
        ("FB-EPEE-5-FIE", "Epee blade size 5, FIE maraging steel, 90 cm", 10, "EA", "168.00", "2026-12-04"),
        ("FB-PT-EP-24V", "Epee point assembly complete, tested 24V, 2 screws M2x3", 40, "EA", "11.90", "2026-12-04"),
    ], buyer="tom")
    body = """Bonjour Monsieur Reyes,

Merci pour votre commande CV-26-11873.

- Lames épée FIE n° 5 : 10 pces à CHF 168.00, livraison le 4 décembre, OK.
- Pointes complètes : 40 pces, prix CHF 12.40 net (hausse de notre fournisseur d'acier depuis le 1er novembre), même livraison le 4.12.

Meilleures salutations

Nadia Favre
Lames Escrime Romand SA
Route de la Forge 12, 1400 Yverdon-les-Bains
+41 24 555 18 40"""
    eml = reply(p, frm=("Nadia Favre", "commandes@lames-romand.example"), date="2026-11-10 08:47 +0100",
                body=body, cs="iso-8859-1", cte="quoted-printable", client="apple", lang="fr")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: chg(p="12.40")})])


@case("gelato-pans-ship-vs-delivery", "confirmation/it-IT",
      "'spedizione 14/12, consegna prevista 16/12': the delivery date (16 Dec) wins over the ship date; day-first without year.")
def c004():
    s = sup("VASEMIL", "Vaschette Gelateria Emiliana S.r.l.", "ordini@vaschette-emiliana.example", "it-IT")
    p = po("4500231555", s, "EUR", "2026-11-06", [
        ("GP-360-120", "Gelato pan stainless 360x165x120 mm, 5 L", 48, "EA", "14.20", "2026-12-11"),
        ("GP-LID-360", "Lid for pan 360x165, polycarbonate", 48, "EA", "3.85", "2026-12-11"),
    ])
    body = """Gentile sig.ra Lindqvist,

confermiamo il vostro ordine 4500231555 per entrambe le righe, quantità e prezzi come da ordine.
Spedizione 14/12, consegna prevista 16/12 tramite corriere espresso (pallet unico).

Cordiali saluti
Luca Bertolini
Ufficio Commerciale
Vaschette Gelateria Emiliana S.r.l. - Via dell'Artigianato 21, 41012 Carpi (MO)
Tel. +39 059 555 6620"""
    eml = reply(p, frm=("Luca Bertolini", "l.bertolini@vaschette-emiliana.example"), date="2026-11-11 16:30 +0100",
                body=body, cs="iso-8859-1", cte="8bit", client="tb", html=False,
                subject="Re: Purchase order 4500231555 - please confirm")
    d = "2026-12-16"
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d)})])


@case("proofing-baskets-semana-51", "confirmation/es-ES",
      "'Entrega semana 51' with no weekday means Friday 18 Dec for all three lines; prices and quantities unchanged.")
def c005():
    s = sup("CESTEBRO", "Cestería Panadera del Ebro S.L.", "pedidos@cesteria-ebro.example", "es-ES")
    p = po("4500231610", s, "EUR", "2026-11-06", [
        ("BPB-R22", "Proofing basket round 22 cm, rattan, for 1 kg dough", 200, "EA", "6.40", "2026-12-14"),
        ("BPB-O35", "Proofing basket oval 35x14 cm, for 1.5 kg dough", 150, "EA", "7.95", "2026-12-14"),
        ("BPB-LIN-22", "Linen liner for 22 cm basket", 200, "EA", "1.10", "2026-12-14"),
    ])
    body = """Hola Mara:

Confirmado el pedido 4500231610, precios y cantidades según pedido.
Entrega semana 51 para todo; los forros de lino los tenemos en stock y salen junto con las cestas.

Un saludo,
Pilar Navarro
Cestería Panadera del Ebro S.L.
Pol. Ind. La Noria, nave 8 - 50730 El Burgo de Ebro (Zaragoza)
Tel. +34 976 555 412"""
    eml = reply(p, frm=("Pilar Navarro", "pedidos@cesteria-ebro.example"), date="2026-11-12 10:15 +0100",
                body=body, cs="utf-8", cte="quoted-printable", client="gmail", lang="es")
    d = wfri(51)
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d), 3: chg(d=d)})])


@case("harness-buckles-reais", "confirmation/pt-BR",
      "Per-item list in Brazilian Portuguese: 'preço unitário R$ 45,50' (decimal comma) raises line 1, line 2 repeats the PO values.")
def c006():
    s = sup("FIVELAS", "Fivelas Voo Livre Ltda.", "vendas@fivelasvoolivre.example", "pt-BR")
    p = po("4500231702", s, "BRL", "2026-11-05", [
        ("PHB-AUTO-45", "Harness buckle auto-lock 45 mm, 7075 aluminium, 24 kN", 120, "PCS", "42.00", "2027-01-15"),
        ("PHB-ADJ-25", "Adjuster buckle 25 mm for 4/3 webbing", 240, "PCS", "9.80", "2027-01-15"),
    ])
    body = """Olá Mara, tudo bem?

Segue a confirmação do pedido 4500231702:

Item 1 - PHB-AUTO-45: 120 pçs, preço unitário R$ 45,50 (reajuste do alumínio 7075), entrega 15/01/2027
Item 2 - PHB-ADJ-25: 240 pçs, preço unitário R$ 9,80, entrega 15/01/2027

Qualquer dúvida estou à disposição.

Att.,
Rafael Moura
Fivelas Voo Livre Ltda. | Comercial
Rua dos Pinheiros 880 - Joinville/SC - CEP 89201-100
+55 47 3555-0912"""
    eml = reply(p, frm=("Rafael Moura", "vendas@fivelasvoolivre.example"), date="2026-11-11 13:52 -0300",
                body=body, cs="utf-8", cte="base64", client="gmail", lang="pt")
    return out([p], eml, "confirmation", [conf(p, {1: chg(p="45.50"), 2: "acc"})])


@case("marimba-levertijd-3-weken", "confirmation/nl-NL",
      "'levertijd 3 weken' is relative to the mail Date (16 Nov + 21 days = 7 Dec), later than the requested 4 Dec.")
def c007():
    s = sup("RESZWO", "Resonator Werkplaats Zwolle B.V.", "verkoop@resonatorwerkplaats.example", "nl-NL")
    p = po("4500231755", s, "EUR", "2026-11-09", [
        ("MR-AL-50-C2", "Resonator tube aluminium 50 mm, tuned C2, 1.5 mm wall", 4, "EA", "62.00", "2026-12-04"),
        ("MR-AL-42-F2", "Resonator tube aluminium 42 mm, tuned F2, 1.5 mm wall", 4, "EA", "54.50", "2026-12-04"),
        ("MR-CAP-50", "End cap 50 mm with adjustable stop", 8, "EA", "4.20", "2026-12-04"),
    ])
    body = """Goedemorgen Mara,

Bedankt voor de order. Alle posities akkoord tegen de genoemde prijzen en aantallen,
levertijd 3 weken. De 4e december halen we helaas niet, de buizen moeten nog gestemd worden.

Met vriendelijke groet,

Joost van Dalen
Resonator Werkplaats Zwolle B.V.
Hanzeweg 31, 8013 PB Zwolle
T +31 38 555 4471"""
    date = "2026-11-16 10:40 +0100"
    eml = reply(p, frm=("Joost van Dalen", "verkoop@resonatorwerkplaats.example"), date=date,
                body=body, cs="iso-8859-1", cte="quoted-printable", client="outlook", lang="nl")
    d = plus_days("2026-11-16", 21)
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d), 3: chg(d=d)})])


@case("cranberry-booms-dostawa-rejected-rope", "confirmation/pl-PL",
      "Polish per-position answer with 'dostawa 18.12.2026 r.' for lines 1-2 and an outright refusal of line 3 (not in their range).")
def c008():
    s = sup("ZURTECH", "Żurawina-Tech Sp. z o.o.", "zamowienia@zurawina-tech.example", "pl-PL")
    p = po("4500231801", s, "EUR", "2026-11-06", [
        ("CHB-FL-12", "Floating harvest boom section 12 m, 10x20 in foam core", 6, "EA", "640.00", "2026-12-11"),
        ("CHB-CON-SS", "Boom connector stainless, 3/8 in pin", 12, "EA", "28.00", "2026-12-11"),
        ("CHB-ROPE-20", "Tow rope PP 20 mm, 50 m coil", 4, "ROL", "96.00", "2026-12-11"),
    ], buyer="ines")
    body = """Dzień dobry Pani Ines,

potwierdzamy zamówienie nr 4500231801:

poz. 1 - sekcje zapory 12 m: 6 szt., 640,00 EUR/szt., dostawa 18.12.2026 r.
poz. 2 - łączniki nierdzewne: 12 szt., 28,00 EUR/szt., dostawa 18.12.2026 r.
poz. 3 - liny holowniczej PP 20 mm nie mamy w ofercie, prosimy zamówić u innego dostawcy.

Pozdrawiam serdecznie
Łukasz Wójcik
Dział Sprzedaży
Żurawina-Tech Sp. z o.o., ul. Przemysłowa 5, 83-200 Starogard Gdański
tel. +48 58 555 31 20"""
    eml = reply(p, frm=("Łukasz Wójcik", "zamowienia@zurawina-tech.example"), date="2026-11-12 12:05 +0100",
                body=body, cs="iso-8859-2", cte="quoted-printable", client="outlook", lang="pl")
    d = "2026-12-18"
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d), 3: "rej"})])


@case("chime-tubes-inline-termin", "confirmation/cs-CZ",
      "Answers typed under each quoted PO row in Thunderbird: two rows 'OK, termín 18.12.2026' (= requested), the cord earlier on 7.12.2026.")
def c009():
    from .common import req_table
    s = sup("ZVONBES", "Zvonkohry Beskydy s.r.o.", "obchod@zvonkohry-beskydy.example", "cs-CZ")
    p = po("4500231844", s, "EUR", "2026-11-06", [
        ("WCT-AL-25-600", "Chime tube aluminium 25x1.5 mm, 600 mm, anodised", 300, "PCS", "3.45", "2026-12-18"),
        ("WCT-AL-32-750", "Chime tube aluminium 32x2 mm, 750 mm, anodised", 200, "PCS", "4.90", "2026-12-18"),
        ("WCT-CORD-2", "UV-resistant cord 2 mm, 100 m spool", 10, "ROL", "12.30", "2026-12-11"),
    ])
    t = req_table(p)
    body = """Dobrý den paní Lindqvist,

odpovědi píšu přímo pod jednotlivé řádky.

Dne 06.11.2026 v 9:05 Mara Lindqvist napsal(a):
> please confirm our purchase order 4500231844 of 6 November 2026 by return e-mail, stating quantity,
> unit price and delivery date for each position.
>
> %s
> %s
OK, termín 18.12.2026
> %s
OK, cena 4,90 EUR, termín 18.12.2026
> %s
šňůru máme skladem, dodáme dříve - termín 7.12.2026, cena a množství beze změny
>
> Kind regards
> Mara Lindqvist

S pozdravem
Petra Dvořáková
Zvonkohry Beskydy s.r.o. | Frýdlantská 1120, 739 11 Frýdlant nad Ostravicí
tel. +420 558 555 307""" % (t[0], t[1], t[2], t[3])
    eml = reply(p, frm=("Petra Dvořáková", "obchod@zvonkohry-beskydy.example"), date="2026-11-13 09:31 +0100",
                body=body, cs="windows-1250", cte="8bit", client="tb", quote="custom", html=False,
                subject="Re: Purchase order 4500231844 - please confirm")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: "acc", 3: chg(d="2026-12-07")})])


@case("pitch-covers-tyzden-51", "confirmation/sk-SK",
      "Slovak 'dodanie v 51. týždni' for both lines (Friday 18 Dec), base64 ISO-8859-2 body; the 2027 model year in a description is not a date.")
def c010():
    s = sup("KRYTAT", "Kryty Ihrísk Tatry s.r.o.", "predaj@kryty-tatry.example", "sk-SK")
    p = po("4500231890", s, "EUR", "2026-11-09", [
        ("CPC-30x25", "Cricket pitch cover PVC 650 g/m2, 30x25 m, white/green", 2, "EA", "1890.00", "2026-12-11"),
        ("CPC-ROLL-30", "Cover roller 30 m, galvanised, 2027 model", 1, "EA", "745.00", "2026-12-11"),
    ], buyer="tom")
    body = """Dobrý deň pán Reyes,

ďakujeme za objednávku 4500231890. Potvrdzujeme obe položky v objednanom množstve,
ceny bez zmeny (1 890,00 EUR a 745,00 EUR), dodanie v 51. týždni.

S pozdravom
Martina Hudáková
obchodné oddelenie
Kryty Ihrísk Tatry s.r.o., Priemyselná 14, 058 01 Poprad
+421 52 555 6618"""
    eml = reply(p, frm=("Martina Hudáková", "predaj@kryty-tatry.example"), date="2026-11-13 14:40 +0100",
                body=body, cs="iso-8859-2", cte="base64", client="outlook")
    d = wfri(51)
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d)})])


@case("bobbins-hatarido-dec18", "confirmation/hu-HU",
      "'szállítási határidő december 18.' has no year (next 18 Dec after the mail = 2026-12-18); the lazy kate line is declined.")
def c011():
    s = sup("ROKKA", "Rokka Fonókellék Kft.", "rendeles@rokka-fonokellek.example", "hu-HU")
    p = po("4500231933", s, "EUR", "2026-11-09", [
        ("SWB-STD-38", "Spinning wheel bobbin, beech, 3/8 in core, 110 mm", 150, "PCS", "5.60", "2026-12-11"),
        ("SWB-JUMBO-140", "Jumbo bobbin 140 mm, 12x20 mm flange", 60, "PCS", "8.90", "2026-12-11"),
        ("SWB-LAZY-4", "Lazy kate for 4 bobbins", 20, "EA", "34.00", "2026-12-11"),
    ])
    body = """Tisztelt Lindqvist Asszony!

Köszönjük a megrendelést (4500231933).
Az 1. és 2. tételt visszaigazoljuk a megadott mennyiségben és áron, szállítási határidő december 18.
A 3. tételt (lazy kate) jelenleg nem gyártjuk, ezt sajnos nem tudjuk vállalni.

Üdvözlettel:
Szabó Enikő
értékesítés
Rokka Fonókellék Kft. | 6000 Kecskemét, Kőrösi út 44.
Tel.: +36 76 555 219"""
    eml = reply(p, frm=("Szabó Enikő", "rendeles@rokka-fonokellek.example"), date="2026-11-17 08:58 +0100",
                body=body, cs="iso-8859-2", cte="quoted-printable", client="outlook", lang="hu",
                subject="Vá: Purchase order 4500231933 - please confirm")
    d = "2026-12-18"
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d), 3: "rej"})])


@case("coach-lamps-lei-fara-tva", "confirmation/ro-RO",
      "Romanian 'preț 12,40 lei fără TVA' for a PO in RON replaces 11,80; the old price is also mentioned in the same sentence.")
def c012():
    s = sup("FELCARP", "Felinare Funerare Carpați SRL", "vanzari@felinare-carpati.example", "ro-RO")
    p = po("4500231977", s, "RON", "2026-11-09", [
        ("HCL-BULB-24V", "Hearse coach lamp bulb 24V 21W, BA15s", 50, "EA", "11.80", "2026-12-16"),
        ("HCL-GLASS-12x20", "Bevelled coach lamp glass 12x20 cm, clear", 20, "EA", "46.00", "2026-12-16"),
    ])
    body = """Bună ziua, doamna Lindqvist,

Confirmăm comanda 4500231977:
Poz. 1: 50 buc., preț 12,40 lei fără TVA (nu 11,80 - lista de prețuri s-a actualizat la 1 noiembrie), livrare 16.12.2026.
Poz. 2: 20 buc., preț 46,00 lei fără TVA, livrare 16.12.2026.

Cu stimă,
Ioana Mureșan
Departament Vânzări
Felinare Funerare Carpați SRL - Str. Fabricii 9, 550234 Sibiu
Tel. +40 269 555 180"""
    eml = reply(p, frm=("Ioana Mureșan", "vanzari@felinare-carpati.example"), date="2026-11-17 15:20 +0200",
                body=body, cs="utf-8", cte="quoted-printable", client="outlook")
    return out([p], eml, "confirmation", [conf(p, {1: chg(p="12.40"), 2: "acc"})])


@case("volleyball-nets-dostavka-bg", "confirmation/bg-BG",
      "Bulgarian full acceptance, windows-1251 base64: 'доставка 18.12.2026 г.' equals the requested date, so all lines are accepted.")
def c013():
    s = sup("PLAZHEN", "Plazhen Sport EOOD", "office@plazhensport.example", "bg-BG")
    p = po("4500232011", s, "EUR", "2026-11-10", [
        ("BVN-PRO-850", "Beach volleyball net 8.5x1.0 m, 4 mm PE, Kevlar top rope", 10, "EA", "118.00", "2026-12-18"),
        ("BVN-ANT-180", "Antenna 1.80 m, fibreglass, red/white", 20, "PAIR", "14.50", "2026-12-18"),
        ("BVN-LINE-8", "Court line set 16x8 m, 5 cm webbing", 5, "SET", "62.00", "2026-12-18"),
    ])
    body = """Здравейте, г-жо Линдквист,

Благодарим за поръчката. Потвърждаваме поръчка 4500232011 изцяло:
количества и цени без промяна, доставка 18.12.2026 г.

Поздрави,
Николай Петров
Плажен Спорт ЕООД
бул. Приморски 112, 9000 Варна
тел. +359 52 555 744"""
    eml = reply(p, frm=("Николай Петров", "office@plazhensport.example"), date="2026-11-18 10:12 +0200",
                body=body, cs="windows-1251", cte="base64", client="outlook")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: "acc", 3: "acc"})])


@case("eye-prosthesis-cases-pdv", "confirmation/hr-HR",
      "Croatian list: 'cijena 12,40 € bez PDV-a' changes line 1, '15.12.' without a year is the requested date, line 3 slips to 8.1.2027.")
def c014():
    s = sup("OCNAJAD", "Očna Protetika Jadran d.o.o.", "prodaja@ocna-protetika-jadran.example", "hr-HR")
    p = po("4500232056", s, "EUR", "2026-11-10", [
        ("GEP-CASE-S", "Storage case for glass eye prosthesis, size S, PP", 100, "EA", "11.60", "2026-12-15"),
        ("GEP-CLEAN-250", "Prosthesis cleaning solution 250 ml", 60, "EA", "6.90", "2026-12-15"),
        ("GEP-SUCT-4", "Insertion suction cup 4 mm", 100, "EA", "2.10", "2026-12-15"),
    ])
    body = """Poštovana gospođo Lindqvist,

potvrđujemo narudžbu 4500232056 kako slijedi:

1. kutije vel. S - 100 kom, cijena 12,40 € bez PDV-a, isporuka 15.12.
2. otopina za čišćenje - 60 kom, 6,90 €, isporuka 15.12.
3. pipete 4 mm - 100 kom, 2,10 €, isporuka tek 8.1.2027. zbog nestašice kod proizvođača.

Lijep pozdrav,
Ivana Horvat
Očna Protetika Jadran d.o.o.
Ulica Frane Supila 18, 21000 Split
tel. +385 21 555 903"""
    eml = reply(p, frm=("Ivana Horvat", "prodaja@ocna-protetika-jadran.example"), date="2026-11-18 13:44 +0100",
                body=body, cs="windows-1250", cte="quoted-printable", client="outlook")
    return out([p], eml, "confirmation", [conf(p, {1: chg(p="12.40"), 2: "acc", 3: chg(d="2027-01-08")})])


@case("umpire-seats-leveransdatum", "confirmation/sv-SE",
      "'leveransdatum 2026-12-18 för båda' is the requested date for line 1 but a week late for line 2.")
def c015():
    s = sup("DOMARST", "Domarstolen Nordic AB", "order@domarstolen.example", "sv-SE")
    p = po("4500232101", s, "SEK", "2026-11-10", [
        ("TUC-SEAT-45", "Umpire chair seat 45x40 cm, teak", 4, "EA", "1250.00", "2026-12-18"),
        ("TUC-LADDER-7", "Umpire chair ladder 7 steps, 1.95 m, aluminium", 2, "EA", "3890.00", "2026-12-11"),
    ])
    body = """Hej Mara!

Tack för ordern. Vi bekräftar båda raderna enligt beställning (antal och priser),
leveransdatum 2026-12-18 för båda - stegen kan tyvärr inte skickas tidigare.

Med vänliga hälsningar
Karin Sjöberg
Domarstolen Nordic AB
Verkstadsgatan 3, 702 27 Örebro
Tel 019-555 12 80"""
    eml = reply(p, frm=("Karin Sjöberg", "order@domarstolen.example"), date="2026-11-18 09:05 +0100",
                body=body, cs="iso-8859-1", cte="quoted-printable", client="apple", lang="sv",
                subject="SV: Purchase order 4500232101 - please confirm")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: chg(d="2026-12-18")})])


@case("organ-pipes-kr-ekskl-moms", "confirmation/da-DK",
      "Danish 'pris 42,00 kr. ekskl. moms' for a DKK PO at 39,50; '10.12.' without year; line 2 confirmed as ordered.")
def c016():
    s = sup("LIREKAS", "Lirekasse Værkstedet ApS", "ordre@lirekasse-vaerksted.example", "da-DK")
    p = po("4500232144", s, "DKK", "2026-11-11", [
        ("BOP-WD-8", "Barrel organ pipe, wood, stopped, 8 in, A4=440 Hz", 24, "EA", "39.50", "2026-12-10"),
        ("BOP-MET-4", "Barrel organ pipe, metal 4 ft, tin/lead 50/50", 6, "EA", "310.00", "2026-12-10"),
    ])
    body = """Hej Mara

Tak for ordren.

Pos. 1: pris 42,00 kr. ekskl. moms pr. stk. (ny prisliste fra 1/11), 24 stk. til levering 10.12.
Pos. 2: bekræftet som bestilt.

Venlig hilsen
Mette Kjærgaard
Lirekasse Værkstedet ApS
Møllevej 6, 5700 Svendborg
Tlf. +45 62 55 50 41"""
    eml = reply(p, frm=("Mette Kjærgaard", "ordre@lirekasse-vaerksted.example"), date="2026-11-19 11:26 +0100",
                body=body, cs="iso-8859-1", cte="quoted-printable", client="outlook", lang="da",
                subject="SV: Purchase order 4500232144 - please confirm")
    return out([p], eml, "confirmation", [conf(p, {1: chg(p="42.00"), 2: "acc"})])


@case("cooler-hinges-viikolla-51", "confirmation/fi-FI",
      "Finnish 'toimitus viikolla 51' without a weekday = Friday 18 Dec; M5x12 and 3x40 in descriptions look like numbers to parse.")
def c017():
    s = sup("KYLMSAR", "Kylmälaatikko Saranat Oy", "myynti@kylmasaranat.example", "fi-FI")
    p = po("4500232190", s, "EUR", "2026-11-11", [
        ("ICH-SS-75", "Igloo cooler lid hinge stainless, 75 mm, with M5x12 screws", 500, "PCS", "1.85", "2026-12-11"),
        ("ICH-PIN-3x40", "Hinge pin 3x40 mm, stainless", 500, "PCS", "0.22", "2026-12-11"),
    ])
    body = """Hei Mara,

kiitos tilauksesta 4500232190. Vahvistamme molemmat rivit tilauksen mukaisin
määrin ja hinnoin, toimitus viikolla 51.

Ystävällisin terveisin
Jussi Räsänen
Kylmälaatikko Saranat Oy
Teollisuustie 22, 15560 Nastola
puh. +358 3 555 4120"""
    eml = reply(p, frm=("Jussi Räsänen", "myynti@kylmasaranat.example"), date="2026-11-19 13:10 +0200",
                body=body, cs="iso-8859-15", cte="quoted-printable", client="tb", lang="fi", html=False,
                subject="Re: Purchase order 4500232190 - please confirm")
    d = wfri(51)
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d)})])


@case("dome-shutters-piegade-short", "confirmation/lv-LV",
      "Latvian 'piegāde 18.12.2026.' (trailing dot) equals the requested date; line 3 is confirmed with only 3 of 4 pieces.")
def c018():
    s = sup("KUPTEH", "Kupola Tehnika SIA", "pasutijumi@kupola-tehnika.example", "lv-LV")
    p = po("4500232233", s, "EUR", "2026-11-11", [
        ("ADS-MOTOR-24V", "Astronomy dome shutter drive motor 24V DC, 120 W", 2, "EA", "412.00", "2026-12-18"),
        ("ADS-SEAL-3M", "Shutter brush seal 3 m, 20 mm", 6, "EA", "38.00", "2026-12-18"),
        ("ADS-RACK-15", "Gear rack module 1.5, 1000 mm", 4, "EA", "76.00", "2026-12-18"),
    ])
    body = """Labdien, Mara!

Apstiprinām pasūtījumu 4500232233:
1. poz. - 2 gab., 412,00 EUR/gab.
2. poz. - 6 gab., 38,00 EUR/gab.
3. poz. - pieejami tikai 3 gab. (nevis 4), 76,00 EUR/gab.
Piegāde 18.12.2026.

Ar cieņu
Līga Ozoliņa
Kupola Tehnika SIA
Rūpniecības iela 27, Rīga, LV-1045
Tālr. +371 67 555 318"""
    eml = reply(p, frm=("Līga Ozoliņa", "pasutijumi@kupola-tehnika.example"), date="2026-11-19 15:48 +0200",
                body=body, cs="iso-8859-13", cte="base64", client="outlook")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: "acc", 3: chg(q=3)})])
