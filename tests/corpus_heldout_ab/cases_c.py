"""Cases 41-60."""
from ablib.common import *  # noqa: F401,F403
from ablib import mime
from ablib.pdf import simple_pdf


@case("climbing-gear-all-except-pos3", "confirmation/de-AT")
def c(nnn):
    s = sup("BERGSI", "Bergsport & Sicherheit Handels GmbH", "verkauf@bergsport-sicherheit.example", "de-AT")
    p = po("4500231144", s, "2026-11-23", [
        ("RP-STAT-11", "Static rope 11 mm EN 1891 A, 200 m", 5, "REEL", "480.00", "2026-12-11"),
        ("HLM-WORK-EN397", "Work-at-height helmet EN 397 / EN 12492", 40, "EA", "39.90", "2026-12-11"),
        ("DSC-RESC-200", "Rescue descender, 200 kg", 6, "EA", "312.00", "2026-12-11"),
        ("SLG-120-DYN", "Dyneema sling 120 cm, 22 kN", 60, "EA", "11.20", "2026-12-11"),
    ])
    body = """Grüß Gott Frau Keller,

vielen Dank für Ihre Bestellung 4500231144.

Wir bestätigen diese zur Gänze zu den angeführten Preisen und zum gewünschten Liefertermin 11. Dezember – mit Ausnahme der Pos. 3 (Abseilgerät 200 kg): hier wartet unser Hersteller noch auf die neue Baumusterprüfbescheinigung, dazu melden wir uns nächste Woche.

Bitte beachten Sie unseren Betriebsurlaub vom 24.12.2026 bis 6. Jänner 2027.

Mit freundlichen Grüßen
Florian Huber
Innendienst
Bergsport & Sicherheit Handels GmbH | Gewerbepark 7 | 6020 Innsbruck
"""
    msg = reply(nnn, p, ("Florian Huber", s["email"]), re_subject(p, "AW: "), rfc(D(2026, 11, 25), 10, 31), body,
                client="outlook", lang="de", lang_attr="de-AT")
    e = expected("confirmation", "'zur Gänze ... mit Ausnahme der Pos. 3' -> lines 1, 2, 4 accepted, line 3 unconfirmed (answer next week); company holiday dates are distractors.",
                 [conf(p, {1: acc(), 2: acc(), 3: unc(), 4: acc()})])
    return [p], msg, e, "'Everything except Pos. 3' phrasing, where the excepted line is deferred rather than rejected."


@case("gloves-absence-fr", "auto_reply/fr-FR")
def c(nnn):
    s = sup("PROTEGA", "Protéga Hygiène SAS", "j.martin@protega-hygiene.example", "fr-FR")
    p = po("4500231145", s, "2026-11-23", [
        ("GLV-VIN-L", "Vinyl gloves powder-free, size L, box of 100", 120, "BX", "3.40", "2026-12-09"),
    ], buyer="sc")
    body = """Bonjour,

Je suis absente du bureau jusqu'au lundi 30 novembre inclus, sans accès à ma messagerie.

Pour toute commande ou demande urgente, merci de contacter l'ADV au 04 72 00 00 00 ou par mail : adv@protega-hygiene.example.

Cordialement,
Julie Martin
"""
    msg = mime.message(headers(("Julie Martin", s["email"]), buyer_of(p), "Réponse automatique : Purchase order 4500231145 - please confirm",
                               rfc(D(2026, 11, 23), 8, 31), msgid("outlook", nnn), req_id(p), req_id(p),
                               [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
                       mime.alt(mime.text(body, cte="quoted-printable"), mime.text(to_html(body), "html")))
    e = expected("auto_reply", "French out-of-office until 30 November.")
    return [p], msg, e, "French out-of-office whose 'Réponse automatique' subject carries the PO number and a return date."


@case("plc-restated-table-extra-columns", "confirmation/bg-BG")
def c(nnn):
    s = sup("AVTPLV", "Автоматика Пловдив ЕООД", "office@avtomatika-pv.example", "bg-BG")
    p = po("4500231146", s, "2026-11-23", [
        ("PLC-CPU-1214", "PLC CPU 1214C DC/DC/DC", 6, "EA", "318.00", "2026-12-16"),
        ("PLC-SM-1223", "I/O module SM 1223 16DI/16DO", 12, "EA", "264.00", "2026-12-16"),
        ("HMI-KTP700", "HMI panel 7 in, KTP700 Basic", 6, "EA", "590.00", "2026-12-16"),
    ], buyer="jb")
    plain = """Здравейте, г-н Бранд,

Благодарим за поръчка 4500231146. По-долу е Вашата таблица с нашето потвърждение в последните колони:

Поз | Артикул      | Описание                      | К-во | Цена EUR | Желана дата || Потв. к-во | Потв. цена EUR | Дата на доставка
1   | PLC-CPU-1214 | PLC CPU 1214C DC/DC/DC        | 6    | 318.00   | 16.12.2026  || 6          | 318,00         | 16.12.2026
2   | PLC-SM-1223  | I/O module SM 1223 16DI/16DO  | 12   | 264.00   | 16.12.2026  || 12         | 271,50         | 16.12.2026
3   | HMI-KTP700   | HMI panel 7 in, KTP700 Basic  | 6    | 590.00   | 16.12.2026  || 4          | 590,00         | 16.12.2026
    |              |                               |      |          |             || 2          | 590,00         | 13.01.2027

Цената на поз. 2 е съгласно новия ценоразпис на производителя от 01.11.2026.

Поздрави,
Георги Петров
Търговски отдел, Автоматика Пловдив ЕООД
"""
    rows = [("1", "PLC-CPU-1214", "PLC CPU 1214C DC/DC/DC", "6", "318.00", "16.12.2026", "6", "318,00", "16.12.2026"),
            ("2", "PLC-SM-1223", "I/O module SM 1223 16DI/16DO", "12", "264.00", "16.12.2026", "12", "271,50", "16.12.2026"),
            ("3", "HMI-KTP700", "HMI panel 7 in, KTP700 Basic", "6", "590.00", "16.12.2026", "4", "590,00", "16.12.2026"),
            ("", "", "", "", "", "", "2", "590,00", "13.01.2027")]
    th = "".join(f"<th>{h}</th>" for h in ["Поз", "Артикул", "Описание", "К-во", "Цена EUR", "Желана дата",
                                           "<span style='color:#C00000'>Потв. к-во</span>", "<span style='color:#C00000'>Потв. цена EUR</span>",
                                           "<span style='color:#C00000'>Дата на доставка</span>"])
    tr = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r[:6]) + "".join(f"<td style='color:#C00000'>{v}</td>" for v in r[6:]) + "</tr>" for r in rows)
    bh = ("<p>Здравейте, г-н Бранд,</p><p>Благодарим за поръчка 4500231146. По-долу е Вашата таблица с нашето потвърждение в последните колони:</p>"
          f"<table border=1 cellspacing=0 cellpadding=3><tr>{th}</tr>{tr}</table>"
          "<p>Цената на поз. 2 е съгласно новия ценоразпис на производителя от 01.11.2026.</p><p>Поздрави,<br>Георги Петров<br>Търговски отдел, Автоматика Пловдив ЕООД</p>")
    msg = reply(nnn, p, ("Георги Петров", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 26), 11, 48, "+0200"), plain,
                body_html=bh, client="outlook", lang_attr="bg-BG")
    e = expected("confirmation", "Our PO table restated with supplier columns: line 2 price 271,50; line 3 split 4 on 2026-12-16 + 2 on 2027-01-13; the 'Желана дата' column is our request.",
                 [conf(p, {1: acc(), 2: chg(p="271.50"),
                           3: chg(d="2027-01-13", sched=[(4, "2026-12-16"), (2, "2027-01-13")])})])
    return [p], msg, e, "Supplier restates our PO table and adds its own confirmed quantity/price/date columns, with a continuation row for a split."


@case("gauze-body-vs-pdf-contradiction", "needs_review/it-IT")
def c(nnn):
    s = sup("DMADRI", "Dispositivi Medicali Adriatici S.r.l.", "vendite@dmadriatici.example", "it-IT")
    p = po("4500231147", s, "2026-11-24", [
        ("GAU-STER-10x10", "Sterile gauze swab 10x10 cm, 8-ply, box of 100", 300, "BX", "4.20", "2026-12-11"),
        ("TAPE-SURG-2.5", "Surgical tape 2.5 cm x 9.1 m, box of 12", 80, "BX", "5.60", "2026-12-11"),
    ], buyer="sc")
    pdfb = simple_pdf([("F2", "DISPOSITIVI MEDICALI ADRIATICI S.R.L."), "Via dell'Industria 22 - 60027 Osimo (AN)", "",
                       ("F2", "CONFERMA D'ORDINE N. 26/4471"), "Vs. ordine: 4500231147 del 24/11/2026", "",
                       "Riga  Codice        Descrizione                          Q.ta  UM   Prezzo    Data consegna",
                       "1     GZ-1010-8     Garza sterile 10x10 cm 8 strati      300   CF    4,20     19/01/2027",
                       "2     CR-2509       Cerotto chirurgico 2,5 cm x 9,1 m     80   CF    5,60     19/01/2027",
                       "", "Resa: DAP Aarhus. Pagamento: bonifico 60 gg d.f.f.m."], "Conferma d'ordine 26/4471")
    body = """Buongiorno Sofia,

confermiamo il Vs. ordine 4500231147, consegna 12/12 come da Vs. richiesta. In allegato la conferma d'ordine.

Saluti,
Marco Rinaldi
Ufficio Vendite
"""
    msg = reply(nnn, p, ("Marco Rinaldi", s["email"]), re_subject(p, "R: "), rfc(D(2026, 11, 26), 16, 2), body,
                client="outlook", lang="it", attachments=[mime.attachment(pdfb, "application/pdf", "Conferma_ordine_26-4471.pdf")], lang_attr="it-IT")
    e = expected("needs_review", "Contradictory: the mail says delivery 12/12 'as requested' (request was 11/12), the attached order confirmation says 19/01/2027 for both lines.")
    return [p], msg, e, "Mail text and attached PDF confirmation give different delivery dates, and neither matches the request exactly."


@case("seafood-followup-second-mail", "confirmation/nb-NO")
def c(nnn):
    s = sup("NORDHAV", "Nordhav Sjømat AS", "salg@nordhav-sjomat.example", "nb-NO")
    p = po("4500231148", s, "2026-11-23", [
        ("SF-COD-LOIN", "Cod loins skinless, IQF, 5 kg carton", 200, "CT", "92.00", "2026-12-09"),
        ("SF-SAL-PORT", "Salmon portions 125 g, IVP, 5 kg carton", 300, "CT", "71.00", "2026-12-09"),
        ("SF-SHR-NORTH", "Northern prawns cooked 90/120, 3 kg carton", 150, "CT", "48.00", "2026-12-09"),
    ], buyer="pl")
    first_id = f"<AS8PR0{nnn}MB1.first@AS8PR0{nnn}.eurprd02.prod.outlook.com>"
    first = """Hei Peter,

Linje 1 og 2 (torskeloins og laksporsjoner) bekreftes som bestilt, levering onsdag 9. desember.
Linje 3 må jeg sjekke med fryselageret i Ålesund, kommer tilbake så snart jeg vet mer.

Mvh
Ingrid Solberg
Nordhav Sjømat AS
"""
    body = """Hei igjen,

har nå fått svar fra lageret: rekene (linje 3) kan vi levere 100 kartonger sammen med resten 9. desember, de siste 50 kartongene kommer 16. desember. Pris uendret.

Mvh
Ingrid
"""
    q = ("Fra: Ingrid Solberg <salg@nordhav-sjomat.example>\nSendt: torsdag 26. november 2026 10:05\nTil: Peter Lindqvist <peter.lindqvist@halvorsen-group.example>\n"
         "Emne: SV: Purchase order 4500231148 - please confirm\n\n" + first + "\n" + outlook_block(p, "en"))
    msg = reply(nnn, p, ("Ingrid Solberg", s["email"]), re_subject(p, "SV: "), rfc(D(2026, 11, 26), 11, 12), body,
                client="outlook", quoted_text=q, also=(first_id,), lang_attr="nb-NO")
    e = expected("confirmation", "Newest mail completes the earlier partial answer quoted below it: lines 1-2 as ordered (first mail), line 3 split 100 on 2026-12-09 + 50 on 2026-12-16 (this mail).",
                 [conf(p, {1: acc(), 2: acc(), 3: chg(d="2026-12-16", sched=[(100, "2026-12-09"), (50, "2026-12-16")])})])
    return [p], msg, e, "Second mail an hour after a partial answer; lines 1-2 are only confirmed in the quoted first mail, line 3 in the new text."


@case("crates-asn-other-order", "unrelated/nl-BE")
def c(nnn):
    s = sup("VLAVERP", "Vlaamse Verpakkingen NV", "logistiek@vlaamse-verpakkingen.example", "nl-BE")
    p = po("4500231149", s, "2026-11-20", [
        ("CRT-EXP-1200", "Export crate 1200x1000x900, ISPM 15", 30, "EA", "96.00", "2026-12-14"),
    ], buyer="mk")
    body = """Verzendbericht / Avis d'expédition

Geachte klant,

Uw bestelling 4500228811 werd vandaag verzonden.

Leveringsbon:      LB-2026-118204
Aantal colli:      4 (2 paletten)
Vervoerder:        DSV Road – tracking 7720 4418 2201
Verwachte levering: vrijdag 27/11/2026

Artikel             Omschrijving                      Aantal
PAL-EUR-USED-A      EUR-palet gebruikt klasse A          120
BOX-CARD-600        Kartonnen doos 600x400x400           400

Dit bericht werd automatisch aangemaakt.
Vlaamse Verpakkingen NV – Kanaaldijk 12, 8500 Kortrijk
"""
    msg = mime.message(headers(("Vlaamse Verpakkingen - Logistiek", s["email"]), buyer_of(p),
                               "Verzendbericht LB-2026-118204 - uw bestelling 4500228811",
                               rfc(D(2026, 11, 25), 17, 45), f"<asn.LB2026118204.{nnn}@erp.vlaamse-verpakkingen.example>",
                               extra=[("Auto-Submitted", "auto-generated")]), mime.text(body))
    e = expected("unrelated", "Shipping notice for a different PO (4500228811) of the same supplier; the open crate PO is not answered.")
    return [p], msg, e, "Automatic shipping notice from the same supplier for another PO, with a delivery date that is not ours."


@case("aircraft-interior-mixed-numbering", "confirmation/es-MX")
def c(nnn):
    s = sup("IAQRO", "Interiores Aeronáuticos de Querétaro S.A. de C.V.", "ventas@iaqro.example", "es-MX")
    p = po("4500231150", s, "2026-11-20", [
        ("GAL-INS-A320", "Galley insert, trolley stop A320", 30, "EA", "86.00", "2027-01-15"),
        ("PSU-LENS-737", "PSU reading light lens 737NG", 200, "EA", "12.40", "2027-01-15"),
        ("LAV-MIR-ASSY", "Lavatory mirror assembly", 10, "EA", "245.00", "2027-01-15"),
    ], cur="USD", buyer="jb")
    body = """Estimado Jonas:

Gracias por su orden de compra 4500231150. En nuestro sistema quedó registrada como pedido de venta PV-88412, con las partidas en otro orden, por lo que le indico la equivalencia:

  Nuestra partida 1 = su línea 2 (micas de lámpara PSU 737NG)
  Nuestra partida 2 = su línea 3 (ensamble de espejo de lavabo)
  Nuestra partida 3 = su línea 1 (tope de carrito de galley A320)

Confirmación:
  Partida 1: 200 pzas, precio actualizado a USD 13.10 c/u, entrega 15 de enero de 2027.
  Partida 2: 10 pzas a USD 245.00, entrega 29 de enero de 2027 por la certificación FAA 8130-3.
  Partida 3: sin cambios.

Quedo a sus órdenes.

Saludos cordiales,
Lic. Mariana Aguilar Treviño
Ejecutiva de Ventas | Interiores Aeronáuticos de Querétaro
"""
    msg = reply(nnn, p, ("Mariana Aguilar Treviño", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 24), 18, 27, "-0600"), body,
                client="gmail", lang="es", quoted_text=gmail_quote(p, "es", when="vie, 20 nov 2026 a las 1:30"))
    e = expected("confirmation", "Supplier 'partidas' map to different PO lines: partida 1 = line 2 (price 13.10), partida 2 = line 3 (date 2027-01-29), partida 3 = line 1 (unchanged); 8130-3 is a form number.",
                 [conf(p, {1: acc(), 2: chg(p="13.10"), 3: chg(d="2027-01-29")})])
    return [p], msg, e, "Supplier renumbers the lines in its own order and gives a mapping, so each change must be carried to a different PO line."


@case("carpet-list-less-12pct", "confirmation/hr-HR")
def c(nnn):
    s = sup("PODZG", "Podovi Zagreb d.o.o.", "prodaja@podovi-zagreb.example", "hr-HR")
    p = po("4500231151", s, "2026-11-24", [
        ("CRP-TILE-50", "Carpet tile 50x50 cm, loop pile, anthracite", 600, "M2", "22.50", "2027-01-20"),
        ("CRP-ROLL-400-BEI", "Broadloom carpet 4 m wide, beige", 200, "M2", "18.00", "2027-01-20"),
    ], buyer="mk")
    body = """Poštovana gospođo Keller,

zahvaljujemo na narudžbi br. 4500231151. Potvrđujemo:

Stavka 1 – tepih ploče 50x50 cm: 600 m², cijena prema cjeniku 2027 (25,00 EUR/m²) umanjeno za 12 % rabata.
Stavka 2 – tepih 4 m širine, bež: 200 m² po cijeni iz narudžbe.

Isporuka obje stavke 20. siječnja 2027.

Srdačan pozdrav,
Ivana Horvat
Prodaja – Podovi Zagreb d.o.o.
"""
    msg = reply(nnn, p, ("Ivana Horvat", s["email"]), re_subject(p, "Odg: "), rfc(D(2026, 11, 27), 9, 13, "+0100"), body,
                client="tb", charset="utf-8", lang_attr="hr",
                quoted_text=gmail_quote(p, "en", when="24.11.2026. 08:30"))
    e = expected("confirmation", "Line 1 price given as list price 25,00 less 12% = 22.00 (not 22.50 less 12%); 'siječnja' = January; line 2 as ordered.",
                 [conf(p, {1: chg(p="22.00"), 2: acc()})])
    return [p], msg, e, "Price stated as list price less 12% discount, so the percentage applies to the list price, not the PO price."


@case("concentrate-drum-or-ibc-question", "needs_review/pt-BR")
def c(nnn):
    s = sup("CONCTROP", "Concentrados Tropicais Ltda.", "vendas@concentradostropicais.example", "pt-BR")
    p = po("4500231152", s, "2026-11-24", [
        ("BEV-CONC-ORG-IBC", "Orange juice concentrate 65 Brix, IBC 1000 kg", 4, "IBC", "2150.00", "2027-01-29"),
        ("BEV-CONC-LIM-200", "Lime juice concentrate, 200 kg drum", 10, "DR", "690.00", "2027-01-29"),
    ], buyer="sc")
    body = """Olá Sofia, tudo bem?

Ok para o pedido 4500231152.

Só uma dúvida antes de lançar: o item 2 vocês querem mesmo em tambor de 200 kg ou podemos mandar em IBC de 1.000 kg (seriam 2 IBCs = 2.000 kg)? Dependendo disso muda o frete e o prazo de embarque em Santos.

Abraço,
Rafael Nogueira
Comercial Exportação
Concentrados Tropicais Ltda. – Bebedouro/SP
"""
    msg = reply(nnn, p, ("Rafael Nogueira", s["email"]), re_subject(p, "Re: "), rfc(D(2026, 11, 25), 14, 9, "-0300"), body,
                client="gmail", lang="pt", quoted_text=gmail_quote(p, "pt", when="ter., 24 de nov. de 2026 às 04:30"))
    e = expected("needs_review", "'Ok para o pedido' but the supplier asks about packaging for item 2 before entering it; freight and dates depend on the answer.")
    return [p], msg, e, "Starts with 'Ok para o pedido' but then asks a packaging question that the dates depend on."


@case("syrup-end-of-january", "confirmation/pt-PT")
def c(nnn):
    s = sup("BEBMINHO", "Bebidas Concentradas do Minho, Lda.", "encomendas@bebidasminho.example", "pt-PT")
    p = po("4500231153", s, "2026-11-24", [
        ("BEV-SYR-COLA-IBC", "Cola syrup concentrate, IBC 1000 l", 6, "IBC", "1840.00", "2027-01-15"),
        ("BEV-SYR-LEM-25", "Lemon syrup concentrate, 25 l drum", 40, "DR", "96.50", "2027-01-15"),
    ], buyer="sc")
    body = """Cara Sofia,

Agradecemos a encomenda n.º 4500231153.

Linha 2 (xarope de limão, bidões de 25 l): confirmada, 40 bidões a 96,50 €, entrega a 15/01/2027.
Linha 1 (concentrado cola, IBC 1000 l): quantidade e preço confirmados, mas devido à paragem anual da linha de enchimento de IBC a entrega só será possível em finais de janeiro.

Os certificados de análise (lote e validade) seguem com a mercadoria.

Com os melhores cumprimentos,
Joana Ferreira
Departamento Comercial – Bebidas Concentradas do Minho, Lda.
Braga
"""
    msg = reply(nnn, p, ("Joana Ferreira", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 26), 15, 37, "+0000"), body,
                client="outlook", lang="pt", charset="iso-8859-15", lang_attr="pt-PT")
    e = expected("confirmation", "Line 1 delivery 'em finais de janeiro' (vague) labelled as the last day of January 2027-01-31; line 2 as ordered.",
                 [conf(p, {1: chg(d="2027-01-31"), 2: acc()})])
    return [p], msg, e, "One line confirmed firmly, the other with the vague 'end of January' that has no exact day."


@case("motors-assistant-on-behalf", "confirmation/sl-SI")
def c(nnn):
    s = sup("EMCELJE", "Elektromotorji Celje d.o.o.", "prodaja@em-celje.example", "sl-SI")
    p = po("4500231154", s, "2026-11-24", [
        ("MOT-IE3-2.2-4P", "Electric motor IE3 2.2 kW 4-pole B14", 20, "EA", "198.00", "2026-12-18"),
        ("MOT-IE3-4-2P", "Electric motor IE3 4 kW 2-pole B3", 10, "EA", "276.00", "2026-12-18"),
        ("BRK-24V-2.2", "Spring-applied brake 24 VDC for 2.2 kW motor", 20, "EA", "64.00", "2026-12-18"),
    ], buyer="jb")
    body = """Spoštovani g. Brandt,

v imenu g. Marka Novaka, vodje prodaje, ki je ta teden na sejmu SPS v Nürnbergu, vam sporočam, da naročilo 4500231154 potrjujemo:

- pozicija 1 (2,2 kW, 4-polni, B14): 20 kos, 198,00 EUR, dobava 18. 12. 2026
- pozicija 2 (4 kW, 2-polni, B3): 10 kos, cena 289,00 EUR/kos po novem ceniku, dobava 8. 1. 2027
- pozicija 3 (zavora 24 VDC): 20 kos, 64,00 EUR, dobava 18. 12. 2026

Za morebitna vprašanja je g. Novak dosegljiv na mobilni številki od ponedeljka dalje.

Lep pozdrav,
Maja Kralj
asistentka vodje prodaje
za: Marko Novak, vodja prodaje
Elektromotorji Celje d.o.o.
"""
    msg = reply(nnn, p, ("Maja Kralj", "maja.kralj@em-celje.example"), re_subject(p, "RE: "), rfc(D(2026, 11, 25), 13, 16), body,
                client="outlook", charset="iso-8859-2", lang_attr="sl-SI", cc="Marko Novak <marko.novak@em-celje.example>")
    e = expected("confirmation", "Sent by an assistant on behalf of the sales manager from a personal address; line 2 price 289,00 and date 2027-01-08 (Slovenian '8. 1. 2027'); 2,2 kW / 24 VDC are ratings.",
                 [conf(p, {1: acc(), 2: chg(p="289.00", d="2027-01-08"), 3: acc()})])
    return [p], msg, e, "Confirmation sent by an assistant from her own address on behalf of the sales manager, with spaced Slovenian dates."


@case("paints-vacaciones-mx", "auto_reply/es-MX")
def c(nnn):
    s = sup("PINTBAJ", "Pinturas del Bajío S.A. de C.V.", "r.sanchez@pinturasbajio.example", "es-MX")
    p = po("4500231155", s, "2026-11-23", [
        ("PNT-TRF-WHT-19L", "Traffic paint white, 19 l pail", 50, "PAIL", "58.00", "2026-12-18"),
    ], cur="USD", buyer="jb")
    body = """Gracias por su correo.

Me encuentro de vacaciones del 23 de noviembre al 4 de diciembre de 2026, con acceso limitado al correo. A mi regreso atenderé su mensaje.

Para cotizaciones y pedidos favor de escribir a pedidos@pinturasbajio.example o llamar al (477) 555 0190.

Atentamente,
Roberto Sánchez
"""
    msg = mime.message(headers(("Roberto Sánchez", s["email"]), buyer_of(p), "Respuesta automática: Purchase order 4500231155 - please confirm",
                               rfc(D(2026, 11, 23), 1, 31, "-0600"), f"<auto.{nnn}.vac@pinturasbajio.example>", req_id(p), req_id(p),
                               [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),
                       mime.text(body, cte="quoted-printable"))
    e = expected("auto_reply", "Spanish (MX) vacation auto-reply with dates.")
    return [p], msg, e, "Mexican Spanish vacation responder with a date range that looks like a delivery window."


@case("paper-forwarded-production-chain", "confirmation/fi-FI")
def c(nnn):
    s = sup("PAPSUO", "Paperitukku Suomi Oy", "myynti@paperitukku.example", "fi-FI")
    p = po("4500231156", s, "2026-11-23", [
        ("PAP-OFF-A4-80-PAL", "Office paper A4 80 g, pallet of 240 reams", 18, "PAL", "812.00", "2026-12-18"),
        ("PAP-OFF-A3-80-PAL", "Office paper A3 80 g, pallet of 120 reams", 16, "PAL", "795.00", "2026-12-18"),
    ], buyer="sc")
    assert fri(51) == D(2026, 12, 18) and fri(2, 2027) == D(2027, 1, 15)
    body = """Hei Sofia,

alla tuotannon vastaus tilaukseenne 4500231156 – vahvistamme tilauksen sen mukaisesti, hinnat tilauksen mukaan.

Ystävällisin terveisin
Mikko Virtanen
Myynti, Paperitukku Suomi Oy

---------- Välitetty viesti ----------
Lähettäjä: Tuotannonsuunnittelu <tuotanto@paperitukku.example>
Päivämäärä: ti 24. marrask. 2026 klo 14.02
Aihe: VS: tilaus 4500231156 / Halvorsen
Vastaanottaja: Mikko Virtanen <myynti@paperitukku.example>

Moi Mikko,

rivi 1 (A4): 18 lavaa ok viikolle 51.
rivi 2 (A3): arkkileikkuri huollossa, viikolle 51 ehditään vain 10 lavaa, loput 6 lavaa viikolla 2.

t. Sanna
Tuotannonsuunnittelu

> Mikko Virtanen kirjoitti 24.11.2026 klo 9.15:
> Sanna, ehditäänkö nää? A4 18 lavaa ja A3 16 lavaa, asiakas toivoo 18.12.
"""
    msg = reply(nnn, p, ("Mikko Virtanen", s["email"]), re_subject(p, "VS: "), rfc(D(2026, 11, 25), 8, 6, "+0200"), body,
                client="gmail", lang="fi", quoted_text=gmail_quote(p, "fi", when="ma 23.11.2026 klo 9.30"))
    e = expected("confirmation", "Sales confirms 'accordingly' by forwarding production's internal answer: line 1 week 51 = 2026-12-18 as requested; line 2 split 10 in week 51 + 6 in week 2 (2027-01-15).",
                 [conf(p, {1: acc(), 2: chg(d="2027-01-15", sched=[(10, "2026-12-18"), (6, "2027-01-15")])})])
    return [p], msg, e, "Salesperson confirms by forwarding an internal Finnish production chain that gives week numbers and a split."


@case("tape-gmail-address-not-found", "bounce/en-GB")
def c(nnn):
    s = sup("TAPESDIR", "Tapes Direct Ltd", "sales@tapesdirect.example", "en-GB")
    p = po("4500231157", s, "2026-11-24", [
        ("TP-CLOTH-50-BLK", "Cloth gaffer tape 50mm x 50m, black", 144, "RL", "4.95", "2026-12-10"),
    ], cur="GBP", buyer="ar")
    text_ = """** Address not found **

Your message wasn't delivered to sales@tapesdirect.example because the domain tapesdirect.example couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/mail/answer/6596

The response was:

DNS Error: DNS type 'mx' lookup of tapesdirect.example responded with code NXDOMAIN
Domain name not found: tapesdirect.example
"""
    ds = mime.Part([("Content-Type", "message/delivery-status")],
                   "Reporting-MTA: dns; googlemail.com\nArrival-Date: Tue, 24 Nov 2026 00:30:01 -0800 (PST)\n"
                   "X-Original-Message-ID: <po-4500231157.1@halvorsen-group.example>\n\n"
                   "Final-Recipient: rfc822; sales@tapesdirect.example\nAction: failed\nStatus: 5.1.2\n"
                   "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of tapesdirect.example responded with code NXDOMAIN\n"
                   "Last-Attempt-Date: Tue, 24 Nov 2026 00:30:02 -0800 (PST)\n")
    orig = mime.message(headers(buyer_of(p), ("", s["email"]), "Purchase order 4500231157 - please confirm", request_date(p), req_id(p)),
                        mime.text(request_text(p)))
    rep = mime.multipart("report", [mime.alt(mime.text(text_), mime.text(to_html(text_), "html"), "gmail"), ds, mime.rfc822(orig)],
                         "gmail", extra=" report-type=delivery-status;")
    msg = mime.message([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", buyer_of(p)[1]),
                        ("Subject", "Delivery Status Notification (Failure)"), ("Date", "Tue, 24 Nov 2026 00:30:02 -0800 (PST)"),
                        ("Message-ID", f"<6743e1a2.{nnn}c0a8.dsn@mx.google.com>"), ("In-Reply-To", req_id(p)), ("References", req_id(p)),
                        ("Auto-Submitted", "auto-replied")], rep)
    e = expected("bounce", "Gmail-style DSN, domain not found (NXDOMAIN).")
    return [p], msg, e, "Google 'Address not found' DSN threaded on the PO request with the original PO attached."


@case("chain-mobile-one-liner", "confirmation/en-GB")
def c(nnn):
    s = sup("BRIGGRC", "Brigg Rope & Chain Ltd", "dave@briggropechain.example", "en-GB")
    p = po("4500231158", s, "2026-11-24", [
        ("CH-SS316-6", "Stainless chain 316, 6 mm short link", 100, "M", "9.80", "2026-12-10"),
        ("RP-NYL-14", "Nylon rope 14 mm, 220 m coil", 3, "COIL", "265.00", "2026-12-10"),
    ], cur="GBP", buyer="pl")
    body = """Hi Peter all confirmed as per PO, 10th Dec delivery. Cheers Dave

Sent from my iPhone
"""
    q = f"On 24 Nov 2026, at 08:30, Peter Lindqvist <{buyer_of(p)[1]}> wrote:\n\n" + quote_lines(request_text(p))
    msg = reply(nnn, p, ("Dave Brigg", s["email"]), re_subject(p, "Re: "), rfc(D(2026, 11, 24), 19, 47, "+0000"), body,
                client="plain", quoted_text=q, extra=[("X-Mailer", "iPhone Mail (22B91)")])
    e = expected("confirmation", "Mobile one-liner 'all confirmed as per PO, 10th Dec delivery' -> both lines accepted.",
                 [conf(p, {1: acc(), 2: acc()})])
    return [p], msg, e, "One-line iPhone confirmation with no line detail; the full PO table is only in the quote."


@case("seat-parts-drawing-revision-question", "needs_review/de-CH")
def c(nnn):
    s = sup("FLAZH", "Flugzeugausstattung Zürich AG", "verkauf@flugausstattung-zh.example", "de-CH")
    p = po("4500231159", s, "2026-11-25", [
        ("737-SEAT-0412-C", "Seat back frame 737, drawing 737-SEAT-0412 rev. C", 24, "EA", "1180.00", "2027-02-12"),
        ("TRAY-TBL-ASSY", "Tray table assembly, economy", 48, "EA", "212.00", "2027-02-12"),
    ], buyer="jb")
    body = """Grüezi Herr Brandt

Besten Dank für Ihre Bestellung 4500231159.

Bevor wir diese bestätigen können: Auf der Bestellung ist für Pos. 1 die Zeichnung 737-SEAT-0412 Rev. C angegeben, uns liegt jedoch nur Rev. B (Stand 03.2025) vor. Könnten Sie uns Rev. C zustellen? Je nach Änderungsumfang wird sich der Preis und allenfalls der Termin verschieben.

Die Tischchen (Pos. 2) wären grundsätzlich machbar, wir bestätigen aber gerne alles zusammen, sobald die Zeichnung da ist.

Freundliche Grüsse
Reto Baumann
Verkaufsinnendienst
Flugzeugausstattung Zürich AG, Kloten
"""
    msg = reply(nnn, p, ("Reto Baumann", s["email"]), re_subject(p, "AW: "), rfc(D(2026, 11, 26), 9, 58), body,
                client="outlook", lang="de", lang_attr="de-CH")
    e = expected("needs_review", "Supplier asks for drawing revision C before confirming; line 2 'grundsätzlich machbar' is explicitly not yet confirmed.")
    return [p], msg, e, "Swiss German question about a drawing revision; the other line is 'basically feasible' but held back."


@case("vending-bottom-posted-pack-of-10", "confirmation/en-AU")
def c(nnn):
    s = sup("SCVEND", "Southern Cross Vending Parts Pty Ltd", "sales@scvendingparts.example", "en-AU")
    p = po("4500231160", s, "2026-11-24", [
        ("VM-SPR-MTR", "Spiral motor 24 V, vending", 30, "EA", "18.50", "2026-12-16"),
        ("VM-BTN-ILLUM", "Illuminated selection button", 100, "EA", "4.10", "2026-12-16"),
        ("VM-LOCK-T-HDL", "T-handle lock with 2 keys", 20, "EA", "23.00", "2026-12-16"),
    ], buyer="ar")
    q = f"On 24 Nov 2026, at 6:30 pm, Aisha Rahman <{buyer_of(p)[1]}> wrote:\n\n" + quote_lines(request_text(p))
    body = """G'day Aisha,

Buttons only come in packs of 10, so that's 10 packs for your 100 - price is EUR 43.00 per pack of 10.
Motors and locks are fine at PO price. Everything ships from Melbourne on 14/12 and arrives with you 16/12.

Cheers,
Liam O'Connor
Southern Cross Vending Parts
"""
    full = q + "\n" + body
    msg = reply(nnn, p, ("Liam O'Connor", s["email"]), re_subject(p, "Re: "), rfc(D(2026, 11, 25), 10, 12, "+1100"), full,
                client="apple", quote=False)
    e = expected("confirmation", "Bottom-posted under the quoted PO; buttons EUR 43.00 per pack of 10 = 4.30 each (changed), quantity 100 unchanged; arrival 16/12 = requested.",
                 [conf(p, {1: acc(), 2: chg(p="4.30"), 3: acc()})])
    return [p], msg, e, "Bottom-posted Apple Mail answer below the quoted PO with a price per pack of 10 against a per-each PO."


@case("rope-price-list-2027", "unrelated/da-DK")
def c(nnn):
    s = sup("DKTOV", "Dansk Tovværk A/S", "salg@dansk-tovvaerk.example", "da-DK")
    p = po("4500231161", s, "2026-11-25", [
        ("RP-MIX-18", "Mixed polysteel rope 18 mm, 220 m coil", 4, "COIL", "402.00", "2027-01-08"),
    ], buyer="pl")
    pdfb = simple_pdf([("F2", "DANSK TOVVAERK A/S - PRISLISTE 2027"), "Gyldig fra 01.01.2027 til 31.12.2027. Alle priser i EUR ekskl. moms.", "",
                       "Varenr.      Beskrivelse                           Enhed     Pris",
                       "RP-MIX-14    Polysteel tov 14 mm, 220 m            rulle    268,00",
                       "RP-MIX-18    Polysteel tov 18 mm, 220 m            rulle    418,00",
                       "RP-PP-12     PP tov 12 mm, 3-slaaet, 500 m         rulle    295,00",
                       "CH-G80-10    Kaede klasse 80, 10 mm                m         15,40"], "Prisliste 2027")
    body = """Kære kunde

Vedhæftet finder du vores prisliste for 2027, gældende fra 1. januar 2027.

Priserne stiger i gennemsnit 3,5 % som følge af højere råvare- og energiomkostninger. Ordrer modtaget inden 18. december faktureres til 2026-priser.

Venlig hilsen
Dansk Tovværk A/S
Salgsafdelingen
"""
    msg = mime.message(headers(("Dansk Tovværk Salg", s["email"]), buyer_of(p), "Prisliste 2027 / price list 2027",
                               rfc(D(2026, 11, 27), 7, 15), f"<pl2027.{nnn}@dansk-tovvaerk.example>"),
                       mime.mixed([mime.text(body), mime.attachment(pdfb, "application/pdf", "Prisliste_2027.pdf")], "x"))
    e = expected("unrelated", "General 2027 price list mail; it lists the ordered item with a new price but does not answer the PO.")
    return [p], msg, e, "Price list from the supplier that includes the ordered item code with a new price, but is not an answer to the PO."


@case("tapes-erp-csv-dayfirst", "confirmation/en-IN")
def c(nnn):
    s = sup("BHARATT", "Bharat Adhesive Tapes Pvt. Ltd.", "export@bharattapes.example", "en-IN")
    p = po("4500231162", s, "2026-11-24", [
        ("TP-MSK-24-50", "Masking tape 24mm x 50m, 80 C", 720, "RL", "0.92", "2026-12-18"),
        ("TP-PVC-19-20-RED", "PVC insulation tape 19mm x 20m, red", 1000, "RL", "0.31", "2026-12-18"),
        ("TP-KRAFT-72-50", "Kraft paper tape 72mm x 50m", 360, "RL", "2.60", "2026-12-18"),
    ], cur="USD", buyer="jb")
    csv = ("SO No,SO Line,Our Item,Cust PO,Cust Item,Description,Conf Qty,UOM,Unit Price,Currency,Delivery Date\r\n"
           "SO/26-27/4418,1,BAT-MT2450-80,4500231162,TP-MSK-24-50,Masking tape 24mm x 50m 80C,720,ROL,0.95,USD,18/12/2026\r\n"
           "SO/26-27/4418,2,BAT-PV1920-R,4500231162,TP-PVC-19-20-RED,PVC insulation tape 19mm x 20m red,1000,ROL,0.31,USD,18/12/2026\r\n"
           "SO/26-27/4418,3,BAT-KR7250,4500231162,TP-KRAFT-72-50,Kraft paper tape 72mm x 50m,360,ROL,2.60,USD,08/01/2027\r\n")
    body = """Dear Sir,

Please find attached Sales Order Acknowledgement SO/26-27/4418 against your PO No. 4500231162 dated 24/11/2026.

Kindly check and revert in case of any discrepancy.

Thanks & Regards,
Order Processing Cell
Bharat Adhesive Tapes Pvt. Ltd., Vapi, Gujarat
"""
    att = mime.text_attachment(csv, "text/csv", "SOA_SO-26-27-4418.csv")
    msg = reply(nnn, p, ("Bharat Tapes Order Processing", s["email"]), "Sales Order Acknowledgement SO/26-27/4418 - PO 4500231162",
                rfc(D(2026, 11, 26), 11, 34, "+0530"), body, client="plain", quote=False, attachments=[att])
    e = expected("confirmation", "CSV acknowledgment, day-first dates: line 1 price 0.95; line 3 '08/01/2027' = 2027-01-08 (not Aug 1); 'SO/26-27' is a fiscal-year SO number.",
                 [conf(p, {1: chg(p="0.95"), 2: acc(), 3: chg(d="2027-01-08")})])
    return [p], msg, e, "ERP CSV acknowledgment with Indian day-first dates, own item codes and a fiscal-year order number."


@case("boots-next-tuesday-earlier", "confirmation/pt-BR")
def c(nnn):
    s = sup("CALFRAN", "Calçados de Segurança Franca Ltda.", "vendas@calcadosfranca.example", "pt-BR")
    p = po("4500231163", s, "2026-11-12", [
        ("SB-S2-39", "Safety shoe S2, size 39", 24, "PR", "38.00", "2026-11-27"),
        ("SB-S2-41", "Safety shoe S2, size 41", 36, "PR", "38.00", "2026-11-27"),
        ("SB-S2-43", "Safety shoe S2, size 43", 36, "PR", "38.00", "2026-11-27"),
    ], buyer="pl")
    date = wd(D(2026, 11, 19), "Thu")
    tue = wd(D(2026, 11, 24), "Tue")
    body = """Bom dia Peter,

Boa notícia: os pares do pedido 4500231163 já estão prontos e conseguimos entregar tudo já na próxima terça-feira, antes da data pedida.

Só um ajuste: o tamanho 43 usa uma forma especial, o preço unitário passa para € 39,50 o par. Os tamanhos 39 e 41 ficam com o preço do pedido.

Abraços,
Fernanda Lima
Comercial – Calçados de Segurança Franca Ltda.
"""
    msg = reply(nnn, p, ("Fernanda Lima", s["email"]), re_subject(p, "Re: "), rfc(date, 9, 41, "-0300"), body,
                client="gmail", lang="pt", quoted_text=gmail_quote(p, "pt", when="qui., 12 de nov. de 2026 às 04:30"))
    e = expected("confirmation", f"'na próxima terça-feira' from Thu 2026-11-19 = {tue.isoformat()} (earlier than requested) for all lines; size 43 price 39.50.",
                 [conf(p, {1: chg(d=tue), 2: chg(d=tue), 3: chg(p="39.50", d=tue)})])
    return [p], msg, e, "Relative date 'next Tuesday' measured from the Date header, earlier than requested, plus a price change on one size."
