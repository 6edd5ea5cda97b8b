"""A safety net run after extraction: reasons why the supplier's own words do not commit.

The extraction (rules or LLM) reads values next to a confirmation verb. This module
looks once more at the sentences those values came from (each line's ``evidence``) and
at the rest of the supplier's own text, and finds what voids the commitment:

1. a condition on the confirming sentence ("subject to credit approval", "provided you
   accept partials", "unter Vorbehalt", "sous réserve") or a value left open ("TBA");
2. a promised confirmation ("I'll get you a confirmed ship date", "confirmation to
   follow on 11/30"): the date of a promised answer is never a delivery date;
3. a "confirmed" whose object is something else: the receipt of the order (in every
   language the quote stripper knows), or a bare "Confirmed" answering a question in our
   quoted mail that is not about the order (a call, plant holidays, a drawing);
4. values the extraction lost: a line's date read from a sentence about other lines, a
   number next to a pasted row that the result left at the PO's value, a date next to a
   line the result leaves unconfirmed ("Line 2 - 12/18");
5. a negation next to a value ("the $0.42 is no longer valid", "cannot deliver by
   12/15" is a date problem, not a refusal to supply) or words saying the answer is not
   firm ("tentative", "not a binding confirmation", "vorläufig");
6. provenance: the reply confirms another revision of the PO than the one we sent, or
   the text/plain and text/html versions of the mail say different things;
7. values the result does not account for: a quantity next to a line that the line does
   not carry ("40 bundles", "only 30"), a changed value taken from a clause or sentence about
   another line or out of an amount of money, an amount that is neither the line's price nor
   its total ("Rs. 1,52,500/-"), a changed price the supplier never wrote, a changed date
   from a closure notice, a later delivery date while every line is kept at the PO's.

``guard`` is pure: Message + open POs + result in, result out. When a reason is found,
the result becomes ``needs_review`` with the reasons quoting the supplier's words, and
no confirmation is kept. Rules are general linguistic patterns, scoped to the sentence
(or clause) that carries the commitment, so courtesy phrases elsewhere ("let me know if
you have questions") do not trip them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from agent.reading import lexicon as L
from agent.reading import phrases as P
from agent.reading.extract import (
    _INFLECTIONS,
    _LABELLED,
    _LINE_REF,
    PER_AFTER_COUNT,
    a_is_and,
    blank_asides,
    count_a_price_is_for,
    count_column_run,
    count_columns_in,
    labelled_line,
    led_by_quantity_word,
    line_numbers,
    lines_named_by_designation,
    lines_named_by_size,
    mask_description_numbers,
    names_as_company,
    size_in_description,
    unmarked,
)
from agent.reading.masks import line_number_tokens, mask_codes
from agent.reading.startup_cache import compile_re
from agent.reading.types import ExtractionResult, LineConfirmation, Message, OpenPO, POLine
from agent.reading.units import (
    PackSize,
    defines_pack,
    digits_end,
    header_count,
    in_po_units,
    is_measure,
    is_thousand_unit,
    measure_ratio,
    measure_words,
    pack_kinds,
    pack_price,
    per_measure,
    per_piece_of_pack,
    price_basis_before,
    price_unit_after,
    same_unit,
    stated_packs,
    uom_kinds,
)

if TYPE_CHECKING:
    from agent.reading.numbers import PriceHit

IC = re.IGNORECASE
ICX = re.IGNORECASE | re.VERBOSE

# ------------------------------------------------------------------ word lists

# A commitment verb or adjective (not the noun "confirmation": a promised confirmation
# is no commitment).
COMMIT = compile_re(
    r"\b(?:confirm(?:ed|s|ing)?|we\s+confirm|accept(?:ed|s)?|agreed?|ok(?:ay)?|o\.k\.|as\s+(?:ordered|requested|per)"
    r"|in\s+order|no\s+problem|fine|all\s+good|go\s+ahead|bestätig(?:t|en|e)|einverstanden|in\s+ordnung"
    r"|wie\s+bestellt|passt|passen|akzeptiert|confirm(?:é|ée|és|ées|ons)|d'accord|conformes?|confirmad[oa]s?"
    r"|confirmamos|potwierdzam\w*|aceptad[oa]s?|aceptamos|de\s+acuerdo|conferm(?:ato|ata|ati|ate|iamo)|va\s+bene"
    r"|bevestig(?:d|en)|akkoord|zoals\s+besteld|confirmado|potvrzuj\w*"
    # Danish/Norwegian, Turkish, Hungarian, Romanian approvals ("Priserne er i orden")
    r"|i\s+orden|bekræft\w*|bekreft\w*|onaylıyoruz|uygundur|rendben|visszaigazol\w*"
    r"|[îi]n\s+regul[ăa]|confirm[ăa]m"
    # Slovak, Finnish, Greek, Vietnamese approvals ("ceny sú v poriadku", "hinnat ovat
    # kunnossa", "οι τιμές είναι εντάξει", "giá đồng ý")
    r"|v\s+poriadku|potvrdzuj\w*|kunnossa|vahvist(?:amme|an|ettu|etaan)|sopii|hyväksy\w*"
    r"|εντ[άα]ξει|επιβεβαι[ώω]ν\w*|συμφωνο[ύυ]με|xác\s+nhận|đồng\s+ý|chấp\s+nhận)\b"
    r"|問題(?:ございません|ありません)|承りました|문제\s?없(?:습니다|음)|확정(?:합니다|되었습니다)",
    IC,
)

# A bare answer word at the start of a sentence: "Confirmed, ...", "Bestätigt - ...".
_BARE_WORD = (
    r"(?:yes|yep|sure|ok(?:ay)?|confirmed|agreed|correct|fine|sounds\s+good|works\s+for\s+(?:me|us)"
    r"|ja|bestätigt|korrekt|richtig|einverstanden|passt|oui|confirmé|d'accord|sí|si|confirmado|de\s+acuerdo"
    r"|confermato|bevestigd|akkoord|klopt|ano|potvrzeno)"
)
BARE_ANSWER = compile_re(
    r"^\W*" + _BARE_WORD + r"(?:[\s,]+" + _BARE_WORD + r")*\b\s*(?:[-–—,:;!.]\s*|$)", IC
)

CONDITION = compile_re(
    r"""\b(?:
      if | provided(?:\s+that)? | providing(?:\s+that)? | as\s+long\s+as | so\s+long\s+as
    | subject\s+to | pending | unless | conditional\s+(?:on|upon) | on\s+(?:the\s+)?condition
    | contingent\s+(?:on|upon) | depending\s+(?:on|upon) | assuming | once
    | unter\s+(?:dem\s+)?vorbehalt | vorbehaltlich | falls | sofern | vorausgesetzt
    | unter\s+der\s+(?:voraussetzung|bedingung) | sobald
    | sous\s+r[ée]serve | [àa]\s+condition | sous\s+condition | pourvu\s+que
    | si(?=\s+(?:vous|nous|usted(?:es)?|el|la|los|las|le|les|no|hay|il|elle|on|votre|vos|su|sus|ce|cela
        |ça|acept\w*|accept\w*|pod\w*|pouv\w*)\b)
    | sujet[oa]s?\s+a | salvo | siempre\s+(?:y\s+)?(?:que|cuando) | a\s+condici[óo]n | pendiente\s+de
    | a\s+condizione | purch[ée] | subordinat[oa]\s+a | in\s+attesa\s+di
    | onder\s+voorbehoud | mits | indien | op\s+voorwaarde
    | sujeito\s+a | desde\s+que | condicionad[oa]
    )\b""",
    ICX,
)
# What follows a condition word when it is a courtesy, not a condition on the order.
BENIGN_AFTER = compile_re(
    r"""^\s*(?:
      (?:you|u|we)\s+(?:have|need|require|want|wish|would\s+like|prefer|should\s+need)\s+
        (?:any|further|more|additional|anything|other|something|to\s+(?:discuss|talk|know|change)|help|us)
    | (?:you|u)\s+(?:need|require|want|wish|prefer|like)\b
    | (?:you\s+)?(?:have\s+)?(?:any\s+)?(?:further\s+|more\s+|other\s+)?(?:questions?|queries|doubts|concerns|comments)
    | (?:anything|something)\b | there\s+(?:is|are|were)\s+any | any\b
    | (?:needed|required|necessary|possible|applicable|desired|so|not|preferred|wished|requested|ever|in\s+doubt|unsure)\b
    | (?:nicht\s+anders|non\s+diversamente|no\s+se\s+indica\s+lo\s+contrario|pas\s+autrement)
    | (?:you|we)\s+(?:hear|tell|advise|inform|notify|instruct|say|don't|do\s+not)\b
    | otherwise | instructed | advised | notified | informed
    | you\s+(?:want|prefer|wish|like)\b
    | (?:sie|you|vous|usted|u|ustedes)\s+(?:\w+\s+){0,5}?(?:nicht|not|don't|do\s+not|disagree|ne|no|niet)\b
    | (?:our|the|your)?\s*(?:standard|general|usual|normal|attached)?\s*
        (?:terms|conditions|t\s*&\s*cs?|gtc|agb|allgemeinen|conditions\s+g[ée]n[ée]rales|condiciones\s+generales
          |condizioni\s+generali|algemene\s+voorwaarden|unsere[rn]?\s+agb)
    | (?:errors?|omisi|errore|irrtum|erreur|e\.?\s*&\s*o)
    | (?:sie|ihr|du)\s+(?:noch\s+)?(?:fragen|weitere|rückfragen)
    | (?:noch\s+)?(?:fragen|rückfragen|weitere\s+fragen|gewünscht|nötig|notwendig|erforderlich|möglich)
    | vous\s+(?:avez|souhaitez|désirez)|besoin|n[ée]cessaire|possible
    | (?:usted\s+)?(?:tiene|tuviera|necesita|requiere|desea)\b|es\s+necesario
    | (?:avete|avesse|necessit|desider)
    | (?:u\s+)?(?:vragen|nog\s+vragen|nodig|gewenst)
    | (?:again|more|a\s+week|a\s+month|a\s+year|per|every|only)\b
    | (?:shipped|dispatched|delivered|ready|invoiced|the\s+goods|goods|it\s+ships|they\s+ship)\b
    )""",
    ICX,
)
# A condition word right after these is a courtesy ("let me know if", "contact us if").
BENIGN_BEFORE = compile_re(
    r"\b(?:let\s+(?:me|us)\s+know|know|contact|call|e-?mail|phone|tell|ask|reach\s+out|check|see|wonder\w*"
    r"|ping|write|reply|melden|kontaktieren|contacter|contactar|avisar|contattare|laat|weten|bel)\b"
    r"(?:\s+(?:me|us|him|her|them|uns|mich|nous|nos|me|ci|ons|me|directly|again|anytime|any\s+time"
    r"|as\s+soon\s+as\s+possible|asap|sofort|gerne))*\s*$"
    r"|\b(?:as|at|all\s+at|even)\s*$",
    IC,
)

# A sentence that refers back to the confirmation ("This is subject to credit approval.").
ANAPHORA = compile_re(
    r"^\W*(?:this|that|it|which|the\s+(?:above|confirmation|acceptance|order|po)|our\s+(?:confirmation|acceptance)"
    r"|all\s+(?:of\s+)?(?:this|the\s+above)|dies|das|diese|cela|ceci|ce|esto|esta|ello|ci[òo]|questo|questa|dit|deze)\b",
    IC,
)
# The supplier says in so many words that this is no firm commitment.
NOT_FIRM = compile_re(
    r"\b(?:can(?:not|'t|’t)|can\s+not|unable\s+to|not\s+(?:yet\s+)?able\s+to|won(?:'t|’t)\s+be\s+able\s+to)\s+"
    r"(?:yet\s+)?(?:confirm|commit)\b"
    # "can't commit to the remaining 400": a short quantity, the rest of the line stands
    r"(?!\s+(?:to\s+)?(?:the\s+)?(?:remaining|rest|balance|remainder|full|whole|entire|other|more\s+than))"
    r"|\bnot\s+(?:yet\s+)?(?:a\s+|an\s+|our\s+)?(?:confirm(?:ation|ed)|binding|firm|final)\b"
    # "I'd expect we can confirm", "we should be able to confirm": an expectation, not a commitment
    r"|\b(?:i|we)(?:'d|’d|\s+would)?\s+(?:expect|think|believe|assume|guess|hope|anticipate|reckon)\s+(?:that\s+)?"
    r"(?:we|i)\s+(?:can|could|will|should|would|'ll|’ll)\s+(?:be\s+able\s+to\s+)?(?:confirm|accept|commit)"
    r"|\b(?:should|might|may|could)\s+be\s+able\s+to\s+(?:confirm|commit\b|accept)"
    # "regarding the date I honestly don't know yet"
    r"|\b(?:don't|don’t|do\s+not|doesn't|doesn’t)\s+(?:\w+\s+)?know\s+yet\b|\bnot\s+(?:sure|certain|clear)\s+yet\b"
    # "final confirmation comes from our credit department": this OK is not the final one
    r"|\bfinal\s+(?:confirmation|approval|ok|o\.k\.|say|decision|word|sign-?off|go-?ahead)\b"
    # "not sure about the date", "need sign-off from our MD"
    r"|\bnot\s+(?:\w+\s+)?(?:sure|certain)\s+(?:about|of|whether|if)\b|\bunsure\s+(?:about|of|whether|if)\b"
    r"|\bneed\s+(?:the\s+|a\s+)?(?:\w+\s+)?sign-?off\b"
    # "I confirm we will not be able to ship anything before January"
    r"|\b(?:will\s+not|won't|won’t|cannot|can't|can’t|unable\s+to|not\s+(?:be\s+)?able\s+to)\s+(?:be\s+able\s+to\s+)?"
    r"(?:ship|deliver|supply|dispatch|produce)\s+(?:anything|any\s+\w+|the\s+order|this\s+order|it)\s+"
    r"(?:before|until|till|this\s+year)\b"
    # "can't comment on the date", "cannot promise anything yet"
    r"|\bcan(?:not|'t|’t)\s+(?:yet\s+)?(?:comment|say\s+anything|promise|guarantee)\b"
    # "we'd be happy to confirm this order at 0.15 instead": an offer awaiting our answer
    r"|\b(?:we|i)(?:'d|’d|\s+would)\s+be\s+(?:happy|glad|pleased|willing)\s+to\s+(?:confirm|accept)\b"
    # "looks OK at first glance, checking details": a first look, not the answer
    r"|\b(?:at|on)\s+(?:a\s+)?first\s+(?:glance|sight|look)\b|\bauf\s+den\s+ersten\s+blick\b"
    r"|\b[àa]\s+premi[èe]re\s+vue\b|\ba\s+primera\s+vista\b|\ba\s+prima\s+vista\b|\bop\s+het\s+eerste\s+gezicht\b"
    # "we need to see the updated spec before we can say yes": a precondition still open
    r"|\b(?:before|until|till)\s+(?:we|i)\s+(?:can|could)\s+(?:\w+\s+)?(?:say\s+yes|confirm|accept|commit|agree|proceed)\b"
    r"|\bbevor\s+(?:wir|ich)\s+(?:\w+\s+){0,3}?(?:best[äa]tigen|zusagen)\b|\bavant\s+de\s+(?:pouvoir\s+)?confirmer\b"
    r"|\bantes\s+de\s+(?:poder\s+)?confirmar\b|\bprima\s+di\s+(?:poter\s+)?confermare\b"
    # "price will be as per our new list": a price the supplier has not stated
    r"|\b(?:as\s+per|according\s+to|per|at)\s+(?:our|the)\s+(?:new|current|latest|updated|valid|daily|20\d\d)\s+"
    r"(?:price\s*list|list\s+prices?|list|prices?|pricing|tariff)\b"
    r"|\blaut\s+(?:unserer\s+)?(?:aktuelle[rn]?\s+|neue[rn]?\s+|g[üu]ltige[rn]?\s+)?preisliste\b|\btagespreis\w*"
    r"|\bselon\s+(?:notre\s+)?(?:nouveau\s+|nouvelle\s+)?(?:tarif|liste\s+de\s+prix)\b|\bprix\s+du\s+jour\b"
    r"|\bseg[úu]n\s+(?:nuestra\s+)?(?:nueva\s+)?lista\s+de\s+precios\b|\bprecio\s+del\s+d[íi]a\b"
    # "awaiting approval from head office", "production still needs to confirm", "we're working
    # on it": someone else's answer, or the work itself, is still pending
    r"|\b(?:awaiting|waiting\s+(?:for|on))\s+(?:\w+\s+){0,2}?(?:approval|sign-?off|confirmation|feedback|release"
    r"|go-?ahead|ok)\b"
    r"|\b(?:still|yet)\s+(?:needs?|has|have)\s+to\s+(?:confirm|approve|check|sign)\b"
    r"|\b(?:has|have|needs?)\s+yet\s+to\s+(?:confirm|approve|check)\b"
    r"|\b(?:we're|we\s+are|i'm|i\s+am|we’re|i’m)\s+(?:still\s+)?(?:working\s+on|looking\s+into|checking|reviewing)"
    r"\s+(?:it|this|that|the\s+order|your\s+order|the\s+po)\b"
    r"|\b(?:est[áa]n|estamos)\s+revisando\b|\ben\s+revisi[óo]n\b|\bprise\s+en\s+compte\b"
    r"|\ben\s+cours\s+(?:de\s+traitement|d'examen|de\s+v[ée]rification)\b"
    r"|\b(?:bearbeitet|gepr[üu]ft)\s+wird\b|\bwird\s+(?:gerade\s+|noch\s+)?(?:gepr[üu]ft|bearbeitet)\b|\bin\s+bearbeitung\b"
    r"|\bin\s+principle\b|\bim\s+prinzip\b|\bgrunds[äa]tzlich\b|\ben\s+principe\b|\ben\s+principio\b"
    r"|\bin\s+linea\s+di\s+massima\b|\bin\s+principe\b"
    r"|\bnon-?binding\b|\bwithout\s+obligation\b|\b(?:tentative|provisional|preliminary|indicative)\b"
    r"|\bnoch\s+nicht\s+(?:bestätigt|verbindlich|fix)|\bunverbindlich\w*|\bvorläufig\w*|\bohne\s+gewähr"
    r"|\bpas\s+(?:encore\s+)?confirm\w*|\bsans\s+engagement|\bprovisoire|\bindicati(?:f|ve)"
    r"|\bno\s+(?:podemos\s+)?confirmar|\bsin\s+compromiso|\bprovisional"
    r"|\bnon\s+(?:possiamo\s+)?confermare|\bnon\s+vincolante|\bprovvisori[oa]"
    # with the object's pronoun between ("no la podemos confirmar todavía", "non la possiamo
    # ancora confermare"), and in Portuguese ("não a podemos confirmar ainda")
    r"|\bno\s+(?:(?:la|lo|las|los|le|les)\s+)?(?:podemos|puedo|logramos|conseguimos)\s+"
    r"(?:aún\s+|todavía\s+)?confirmar"
    r"|\bnon\s+(?:(?:la|lo|le|li|ve|ce|vi)\s+)?(?:possiamo|posso|riusciamo)\s+(?:ancora\s+)?confermar"
    r"|\bnão\s+(?:(?:a|o|as|os|lhe|lhes)\s+)?(?:podemos|conseguimos|posso|consigo)\s+(?:ainda\s+)?confirmar"
    r"|\bainda\s+não\s+(?:\w+\s+)?confirm"
    r"|\bniet\s+(?:\w+\s+)?bevestig\w*|\bvrijblijvend|\bvoorlopig",
    IC,
)

# A value left open.
OPEN_VALUE = compile_re(
    r"\b(?:to\s+be\s+(?:advised|announced|confirmed|determined|defined|agreed|specified|clarified|fixed)"
    # "delivery dates will be confirmed after material arrives"
    r"|(?:will|shall)\s+be\s+(?:advised|announced|confirmed|determined|defined|fixed|communicated)"
    r"|(?:wird|werden)\s+(?:noch\s+)?(?:bestätigt|mitgeteilt|nachgereicht)|sera(?:nt)?\s+confirm[ée]e?s?"
    r"|ser[áa]n?\s+confirmad[oa]s?"
    r"|(?<![-/])tb[acd](?![-/])|t\.b\.[acd]\.?|zu\s+(?:bestätigen|klären|definieren)|noch\s+offen|[àa]\s+(?:confirmer|d[ée]finir|pr[ée]ciser)"
    r"|por\s+(?:confirmar|definir)|a\s+definir|da\s+(?:confermare|definire)|nog\s+te\s+(?:bevestigen|bepalen))\b",
    IC,
)
# A field named or spoken of, in every language: the lexicon's three field tables
FIELD_WORDS = compile_re(
    "|".join(
        L.pattern_unmarked(t, "sign").pattern
        for t in ("price_words", "quantity_words", "date_words")
    ),
    IC,
)

EXCEPT = compile_re(
    r"\b(?:except(?:\s+for)?|excluding|with\s+the\s+exception\s+of|other\s+than|apart\s+from|außer|ausgenommen|bis\s+auf"
    r"|sauf|à\s+l'exception\s+de|excepto|eccetto|tranne|behalve|uitgezonderd|exceto|excepte"
    r"|undtagen|bortset\s+fra|med\s+undtagelse\s+af|unntatt|bortsett\s+fra|med\s+unntak\s+av|utom|förutom"
    r"|cu\s+excep[țţt]ia|except[âa]nd"
    # Slovak "okrem", Finnish "paitsi", Greek "εκτός από", Vietnamese "ngoại trừ"
    r"|okrem|s\s+výnimkou|paitsi|lukuun\s+ottamatta|εκτ[όο]ς\s+απ[όο]|με\s+εξα[ίι]ρεση|ngoại\s+trừ|trừ\s+(?:dòng|mục|hạng\s+mục)"
    # Russian and Ukrainian "кроме позиции 3", "за винятком"
    r"|кроме|за\s+исключением|крім|за\s+винятком|kecuali"
    # Croatian "osim", Slovenian "razen", Bulgarian "освен", Estonian "välja arvatud",
    # Lithuanian "išskyrus", Latvian "izņemot"
    r"|osim|izuzev|razen|с\s+изключение\s+на|освен|välja\s+arvatud|išskyrus|izņemot)\b"
    # Korean "3번 항목을 제외하고": the word after the line
    r"|제외",
    IC,
)

# A promised answer: "I'll get you a confirmed ship date", "confirmation to follow".
_ANSWER_NOUN = (
    r"(?:confirm\w*|acknowledg\w*|order\s+ack\w*|oc|oa|ab|auftragsbest[äa]tigung|best[äa]tigung|dates?|pricing"
    r"|prices?|answer|feedback|update|details|info(?:rmation)?|lead\s*times?|confirmaci[óo]n|conferma"
    r"|bevestiging|orderbevestiging|plazos?|fechas?|date\s+di\s+consegna|levertijd|accus[ée]\s+de\s+r[ée]ception"
    r"|d[ée]lais?)"
)
PROMISE = compile_re(
    r"\b(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall|\s+would|\s+are\s+going\s+to|\s+am\s+going\s+to|\s+plan\s+to|\s+hope\s+to"
    r"|\s+expect\s+to|\s+intend\s+to)\s+(?:\w+\s+){0,3}?(?:send|get|give|provide|forward|issue|e-?mail|mail|share"
    r"|have|come\s+back|revert|follow\s+up|update|advise)\b[^.;!?]{0,60}?\b" + _ANSWER_NOUN + r"\b"
    r"|\b(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)\s+(?:\w+\s+)?confirm\b"
    # "le confirmamos mañana", "nous vous confirmons demain": a present tense promising an answer
    r"|\b(?:le|les|os|te|vous|ihnen|ti|vi|you|la|lo|las|los)\s+(?:lo\s+|la\s+|le\s+)?(?:confirm\w*|bestätig\w*|conferm\w*|"
    r"informamos|avisamos|decimos)\s+(?:\w+\s+){0,2}?(?:mañana|demain|morgen|domani|tomorrow|pronto|bientôt"
    r"|en\s+breve|in\s+k[üu]rze|zeitnah|a\s+breve)\b"
    r"|\bbest[äa]tig\w*\s+(?:wir|ich)\s+(?:ihnen\s+)?(?:morgen|in\s+k[üu]rze|zeitnah|sp[äa]ter)\b"
    # "I've forwarded your PO to our plant; they normally confirm within 48h"
    r"|\b(?:normally|usually|typically|generally)\s+(?:confirm|acknowledge|respond|reply|answer)\w*\b"
    r"|\b(?:i|we)\s*(?:'ve|’ve|\s+have)\s+(?:forwarded|passed(?:\s+on)?)\s+(?:your|the)\s+(?:po|order|request)\b"
    # "expect OA Tue", "please expect our confirmation by Friday"
    r"|\bexpect(?:ing)?\s+(?:(?:our|the|an?|your|formal|written|final)\s+){0,2}"
    + _ANSWER_NOUN
    + r"\b"
    r"|\b"
    + _ANSWER_NOUN
    # (not "we confirm the order as follows:", which gives the answer right under it)
    + r"\s+(?:\w+\s+){0,3}?(?:will\s+|to\s+|shall\s+|is\s+to\s+)?(?<!\bas\s)(?:follow|come)s?\b"
    r"|\b"
    + _ANSWER_NOUN
    + r"\s+(?:\w+\s+){0,4}?folgt\b|\bfolgt\s+(?:\w+\s+){0,3}?"
    + _ANSWER_NOUN
    + r"\b"
    r"|\b(?:enverrons|ferons\s+parvenir|transmettrons|enviaremos|mandaremos|remitiremos|invieremo|manderemo"
    r"|faremo\s+avere)\b[^.;!?]{0,50}?\b" + _ANSWER_NOUN + r"\b"
    r"|\b(?:confirmerons|confirmaremos|confermeremo)\b"
    r"|\b" + _ANSWER_NOUN + r"\s+(?:\w+\s+){0,4}?(?:suivra|seguir[áà]|a\s+seguire)\b"
    r"|\b"
    + _ANSWER_NOUN
    + r"\b[^.;!?]{0,60}?\bvolgt\b|\bzullen\s+(?:wij|we)\s+(?:\w+\s+){0,4}?(?:sturen|bevestigen|toesturen)\b"
    # "we'll get back to you" in the other languages: the promise itself, no answer noun needed
    r"|\b(?:revenons|reviendrons|reviens|reviendrai|revenir)\s+vers\s+vous\b"
    r"|\bvous\s+(?:recontacterons|tiendrons\s+inform[ée]s?|ferons\s+savoir)\b"
    r"|\b(?:nos\s+pondremos\s+en\s+contacto|volveremos\s+a\s+(?:contactar|escribir)\w*"
    r"|(?:le|les|os)\s+(?:informaremos|responderemos|diremos\s+algo))\b"
    r"|\b(?:melden\s+(?:uns|mich)|kommen\s+(?:\w+\s+){0,3}?auf\s+sie\s+zur[üu]ck|geben\s+(?:ihnen\s+)?(?:\w+\s+){0,3}?bescheid)\b"
    r"|\b(?:vi|ti)\s+(?:faremo\s+sapere|ricontatteremo|aggiorneremo|risponderemo)\b"
    r"|\b(?:komen|kom)\s+(?:wij|we|ik)?\s*(?:\w+\s+){0,6}?(?:bij\s+(?:u|je|jou)\s+)?terug\b"
    r"|\b(?:laten|laat)\s+(?:wij|we|ik)?\s*(?:u|je|jou)\s+(?:\w+\s+){0,3}?weten\b",
    IC,
)

RECEIPT = compile_re(
    r"\b(?:confirm\w*|acknowledg\w*)\s+(?:(?:the|safe|good|your)\s+)?(?:receipt|reception)\b"
    r"|\bconfirm\w*\s+(?:[^.;]{0,30}?\s)?that\s+(?:we|i)\s+(?:have\s+)?(?:(?:just|now)\s+)?(?:received|got)\b"
    r"|\breceipt\s+(?:of\s+[^.;]{0,60}?\s+)?(?:is\s+|has\s+been\s+)?(?:confirmed|acknowledged)\b"
    r"|\b(?:we|i)\s+(?:have\s+|hereby\s+)?(?:(?:just|also|now)\s+)?(?:received|got)\b"
    r"|\b(?:order|po|purchase\s+order|bestellung|auftrag|commande|pedido|ordine|bestelling)\s+(?:\w+\s+){0,2}?"
    r"(?:received|erhalten|eingegangen|re[çc]ue?|recibid[oa]|ricevut[oa]|ontvangen)\b"
    r"|\bbest[äa]tig\w*\s+(?:wir\s+)?(?:ihnen\s+)?(?:hiermit\s+)?(?:dankend\s+)?(?:den\s+)?(?:eingang|erhalt)\b"
    r"|\b(?:eingang|erhalt)\s+(?:[^.;]{0,60}?\s+)?(?:best[äa]tigt|erhalten)\b|\bwir\s+haben\s+[^.;]{0,60}?\berhalten\b"
    r"|\baccus\w*\s+(?:bonne\s+)?r[ée]ception\b|\bconfirm\w*\s+(?:la\s+|bonne\s+)?r[ée]ception\b|\bavons\s+(?:bien\s+)?reçu\b"
    # "confirmamos que hemos recibido su pedido": the confirmed fact is the receipt
    r"|\bconfirm\w*\s+que\s+(?:hemos|nous\s+avons|avons)\s+(?:bien\s+)?(?:recibido|re[çc]u)\b"
    r"|\bbest[äa]tig\w*\s+(?:\w+\s+){0,3}?dass\s+(?:wir|ich)\s+[^.;]{0,60}?\berhalten\b"
    r"|\bconferm\w*\s+(?:di\s+aver|che\s+abbiamo)\s+ricevuto\b"
    r"|\bacus\w*\s+(?:de\s+)?recibo\b|\bconfirm\w*\s+(?:la\s+)?recepci[óo]n\b|\bhemos\s+recibido\b"
    r"|\bconferm\w*\s+(?:la\s+|il\s+)?(?:ricezione|ricevimento)\b|\babbiamo\s+ricevuto\b"
    r"|\bbevestig\w*\s+(?:wij\s+|we\s+)?(?:hierbij\s+)?(?:de\s+)?ontvangst\b|\bontvangst\s+(?:[^.;]{0,60}?\s+)?bevestig\w*"
    r"|\b(?:hebben|heb)\s+[^.;]{0,60}?\bontvangen\b"
    r"|\bconfirm\w*\s+(?:o\s+)?recebimento\b|\bacusamos\s+(?:o\s+)?recebimento\b|\brecebemos\b",
    IC,
)

# Things a bare "Confirmed" can be about that are not the order.
OTHER_TOPIC = compile_re(
    r"\b(?:meeting|call|visit|appointment|conference|webinar|teams|zoom|lunch|dinner|holidays?|vacation|closure"
    r"|shutdown|invoice|payment|sample|drawing|catalog(?:ue)?|address|bank\s+details"
    r"|besprechung|telefonat|anruf|besuch|betriebsferien|urlaub|rechnung|zahlung|zeichnung|muster"
    r"|r[ée]union|appel|visite|cong[ée]s|facture|paiement|[ée]chantillon|reuni[óo]n|llamada|visita"
    r"|vacaciones|factura|pago|plano|muestra|riunione|chiamata|ferie|fattura|pagamento|disegno"
    r"|campione|vergadering|gesprek|bezoek|vakantie|factuur|betaling|tekening|monster)\b",
    IC,
)

ORDER_WORDS = compile_re(
    r"\b(?:po|p\.o\.|order|orders|purchase|lines?|items?|parts?|qty|quantit\w*|prices?|pricing|deliver\w*|ship\w*"
    r"|dispatch\w*|lead\s*times?|bestellung|auftrag|position\w*|menge\w*|preis\w*|liefer\w*|termin\w*|versand"
    r"|commande|lignes?|prix|livraison|pedido|l[íi]neas?|cantidad\w*|precios?|entrega|ordine|righe|riga|prezz\w*"
    r"|consegna|bestelling|regel|aantal|prijs|levering|as\s+ordered|as\s+per)\b",
    IC,
)

NEGATED_VALUE = compile_re(
    r"""\b(?:is|are|was|were)\s+(?:no\s+longer|not(?:\s+any\s*more)?)\s+
        (?:valid|possible|available|correct|right|feasible|achievable|realistic|applicable|current|accurate|firm
          |binding|guaranteed|held|good)\b
    | \bno\s+longer\s+(?:valid|applies|apply|possible|feasible|holds?|stands?|current)\b
    | \b(?:is|are|was|were)\s+(?:now\s+|unfortunately\s+)?(?:outdated|out\s+of\s+date|expired|wrong|incorrect|invalid
        |too\s+low|too\s+early|too\s+short)\b
    | \b(?:ist|sind)\s+(?:leider\s+)?(?:veraltet|falsch|abgelaufen|zu\s+niedrig)\b
    | \b(?:est|sont)\s+(?:p[ée]rim[ée]s?|erron[ée]e?s?|incorrecte?s?|obsol[èe]tes?)\b
    | \b(?:es|son|est[áa]n?)\s+(?:incorrect[oa]s?|err[óo]ne[oa]s?|obsolet[oa]s?)\b
    | \b(?:can(?:not|'t|’t)|can\s+not|unable\s+to|not\s+able\s+to|won(?:'t|’t)\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to
        |won(?:'t|’t)|will\s+not|could\s+not|couldn(?:'t|’t))\s+
        (?:hold|keep|honou?r|meet|make|hit|match|maintain|guarantee|achieve|manage)\s+
        (?:the\s+|this\s+|that\s+|your\s+|our\s+|these\s+|those\s+)?(?:\w+\s+)?
        (?:price|pricing|prices|date|dates|deadline|delivery|quantity|quantities|qty|lead\s*time|schedule|\$|€|£|\d)
    | \b(?:can(?:not|'t|’t)|can\s+not|unable\s+to|not\s+able\s+to|won(?:'t|’t)\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to
        |won(?:'t|’t)|will\s+not)\s+(?:deliver|ship|supply|make\s+it|dispatch|send)\b[^.;]{0,20}?
        \b(?:by|on|before|until|in\s+time|for|within)\b
    | \bnot\s+(?:before|until|prior\s+to)\b
    | \b(?:can(?:not|'t|’t)|can\s+not|could\s+not|couldn(?:'t|’t)|won(?:'t|’t)|will\s+not)\s+be\s+
        (?:held|kept|honou?red|met|maintained|guaranteed|achieved|confirmed)\b
    | \bnicht\s+(?:\w+\s+)?(?:gehalten|eingehalten|garantiert|zugesagt)\b
    | \bne\s+(?:peut|pourra|pourrons|pouvons)\s+pas\s+(?:être\s+)?(?:maintenu|tenu|garanti|respecté)\w*
    | \bnicht\s+(?:mehr\s+)?(?:möglich|machbar|realisierbar|haltbar|zu\s+halten) | \bunmöglich
    | \b(?:können|koennen|kann)\s+(?:wir\s+|ich\s+)?(?:\w+\s+){0,3}?nicht\s+(?:bis|zum|am|vor|liefern|halten|einhalten)\b
    | \bne\s+(?:pouvons|pourrons|peut|pourra|sera|serait)\s+pas\s+(?:livrer|exp[ée]dier|tenir|respecter|possible|faisable)
    | \bimpossible\b | \bno\s+(?:es|será|sería)\s+posible | \bimposible\b
    | \bno\s+(?:podemos|podremos)\s+(?:entregar|enviar|cumplir|mantener)\b
    | \bnon\s+(?:è|sarà|sarebbe)\s+possibile | \bimpossibile\b
    | \bnon\s+(?:possiamo|potremo|riusciamo\s+a)\s+(?:consegnare|spedire|rispettare|mantenere)\b
    | \bniet\s+(?:mogelijk|haalbaar) | \bonmogelijk | \bkunnen\s+(?:\w+\s+){0,2}niet\s+(?:leveren|halen|verzenden)\b
    | \b(?:won't|won’t|will\s+not|doesn't|doesn’t|does\s+not)\s+work\b
    | \bnicht\s+mehr\s+g[üu]ltig | \bn'est\s+plus\s+valable | \bya\s+no\s+es\s+v[áa]lid | \bno\s+antes\s+de\b
    | \bnon\s+(?:è|e)\s+pi[uù]\s+valid | \bniet\s+meer\s+geldig | \bpas\s+avant\b
    """,
    ICX,
)
# A refusal to supply at all (a rejection that needs no date).
TRUE_REJECT = compile_re(
    r"\b(?:discontinued|obsolete|end[- ]of[- ]life|phased\s+out|declin\w*|no\s+longer\s+(?:available|produced|made|manufactured|stocked|supplied|offered|in\s+production|carried)"
    r"|(?:can(?:not|'t|’t)|can\s+not|unable\s+to|not\s+able\s+to|won(?:'t|’t)\s+be\s+able\s+to)\s+(?:supply|make|produce|manufacture|offer|source|quote|fulfil|fulfill)\b"
    r"(?![^.;]{0,20}\b(?:by|before|until|in\s+time)\b)"
    r"|not\s+in\s+our\s+(?:range|programme|program)|any\s*more|at\s+all|nicht\s+(?:mehr\s+)?lieferbar|abgekündigt"
    r"|n'est\s+plus\s+(?:fabriqu|disponible|produit)|descatalogad\w*|ya\s+no\s+(?:fabricamos|disponible)|cancel\w*)\b",
    IC,
)

# the reader's line words (one grammar); its own number part: every number named
_REVISION = compile_re(
    r"\b(?:rev(?:ision)?|revisi[óo]n|r[ée]vision|revisione|versie)\.?\s*:?\s*(?:no\.?\s*|nr\.?\s*|#\s*)?(\d{1,3})\b",
    IC,
)
_QUOTE_HEAD = compile_re(
    r"^\s*(?:-{3,}|_{5,}|(?:from|von|de|da|van|sent|gesendet|envoyé|enviado|inviato|verzonden|to|an|à|para|a|aan"
    r"|subject|betreff|objet|asunto|oggetto|onderwerp|date|datum|fecha|cc)\s*:|on\s.{4,200}\bwrote:?$|am\s.{4,200}"
    r"\bschrieb|le\s.{4,200}\ba\sécrit|el\s.{4,200}\bescribi[óo]|il\s.{4,200}\bha\sscritto|op\s.{4,200}\bschreef)",
    IC,
)


# ------------------------------------------------------------------ sentences


@dataclass
class _Sentence:
    text: str
    norm: str
    lines: set[tuple[str, int]] = field(default_factory=set)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def sentences(text: str) -> list[str]:
    """Sentences of the supplier's text, as the claims split them (wrapped lines joined, list
    items and table rows kept apart), each on one line."""
    from agent.reading.segments import sentence_spans

    out = []
    for s, e in sentence_spans(text):
        joined = " ".join(part.strip() for part in text[s:e].split("\n") if part.strip())
        if joined:
            out.append(joined)
    return out


def _clauses(sentence: str) -> list[str]:
    return [
        c
        for c in re.split(
            r",\s+|;\s*|\s[-–—]\s|\s+(?:but|however|aber|jedoch|mais|pero|ma|maar)\s+", sentence
        )
        if c.strip()
    ]


def _clause_at(sentence: str, pos: int) -> str:
    start = 0
    for m in re.finditer(r",\s+|;\s*|\s[-–—]\s", sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            return sentence[start : m.start()]
    return sentence[start:]


# ------------------------------------------------------------------ context


def _price_bases(ctx: _Context, po_uom: str) -> set[Decimal]:
    """The counts table headers of the supplier's text state prices for ("Preis/100 ST")."""
    texts = [ctx.msg.own_text, *(a.text or "" for a in ctx.msg.attachments)]
    out = set()
    for text in texts:
        for row in text.splitlines():
            count, _ = header_count(row, po_uom)
            if count is not None and count != 1:
                out.add(count)
    return out


def _known_word(word: str) -> bool:
    """A word the reading already knows the count before it by: a pack ("juegos", "æsker"),
    a piece or a measure, a month or a weekday. Only a word no table holds is learnt from
    the mail."""
    from agent.reading.dates import names_a_month_or_day
    from agent.reading.numbers import GENERIC_UNITS
    from agent.reading.units import is_piece_unit

    w = word.lower().rstrip(".")
    return bool(
        pack_kinds(w)
        or is_piece_unit(w)
        or any(w == u.lower() for u in GENERIC_UNITS)
        or measure_ratio(w, "kg") is not None
        or measure_ratio(w, "l") is not None
        or measure_ratio(w, "m") is not None
        or names_a_month_or_day(w)
    )


# a count written with its thousands grouped: "1,200", "2.000", "12 000"
_GROUPED_COUNT = r"\d{1,3}(?:[.,' \u00a0]\d{3})+"
# a count and the word right after it: "200 հատ", "1,200 ცალი"
_COUNT_THEN_WORD = compile_re(
    rf"(?<![\d.,/-])(?P<n>{_GROUPED_COUNT}|\d+)\s?(?P<w>[^\W\d_]{{2,12}})(?![^\W\d_])"
)


@dataclass
class _Context:
    msg: Message
    pos: dict[str, OpenPO]
    result: ExtractionResult
    sents: list[_Sentence]
    status: dict[tuple[str, int], LineConfirmation]
    _named: dict[str, set[int]] = field(default_factory=dict)

    def committed(self) -> list[tuple[str, LineConfirmation]]:
        return [
            (c.po_number, ln)
            for c in self.result.confirmations
            for ln in c.lines
            if ln.status in ("accepted", "changed", "rejected")
        ]

    @cached_property
    def count_columns(self) -> tuple[str, ...]:
        """The count columns of a one-line text header in the supplier's own words (read once
        per message, not once per line checked)."""
        return count_columns_in(self.msg.own_text)

    @cached_property
    def mail_count_words(self) -> tuple[str, ...]:
        """The words this mail counts the goods in, learnt from the mail itself when the
        supplier writes a language no lexicon holds: the word after a line's own ordered
        quantity in a sentence about that line alone ("200 հատ", "200 ცალი"). Another count
        in that word is a count too ("հաստատում ենք 250 հատ" on a line of 300)."""
        words: set[str] = set()
        for s in self.sents:
            if len(s.lines) != 1:
                continue
            ((po_number, line),) = s.lines
            po = self.pos.get(po_number)
            pl = po.line_by_number(line) if po is not None else None
            if pl is None or Decimal(pl.quantity) < 10:
                continue
            if L.language_of(po.supplier.locale) in L.languages():
                # a lexicon language counts in words the tables hold; one it lacks ("tabulí",
                # "juegos") may be a pack's content, which only the tables tell apart
                continue
            for m in _COUNT_THEN_WORD.finditer(s.text):
                value = _parse(m.group("n"), po.supplier.locale)
                word = m.group("w").lower()
                if value == Decimal(pl.quantity) and not _known_word(word):
                    words.add(word)
        return tuple(sorted(words))

    def carrying(self) -> list[_Sentence]:
        return [s for s in self.sents if s.lines]

    def named_lines(self, text: str) -> set[int]:
        """Line numbers a piece of text names: "line 2", "pos. 1 and 3", an item code."""
        if text in self._named:
            return self._named[text]
        out: set[int] = set()
        low = text.lower()
        for po in self.pos.values():
            # the reader's grammar, ranges included ("Positionen 1 bis 3"); a number no line
            # has is dropped, the others named ("line 2 - 12/18" names line 2, not 12)
            out |= line_numbers(
                text,
                {pl.line for pl in po.lines},
                a_joins=a_is_and(po.supplier.locale),
                whole=False,
            )
            for pl in po.lines:
                if pl.item and len(pl.item) >= 4 and pl.item.lower() in low:
                    out.add(pl.line)
            out |= _lines_by_description(po, low) | lines_named_by_size(po, text)
            out |= lines_named_by_designation(po, text)
        self._named[text] = out
        return out

    def line_states(self, numbers: Iterable[int]) -> list[str]:
        return [ln.status for (_, n), ln in self.status.items() if n in numbers]


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in ("es", "s"):
        if len(w) > 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


_STOP = frozenset(
    [
        "and",
        "for",
        "the",
        "with",
        "without",
        "per",
        "von",
        "und",
        "mit",
        "für",
        "les",
        "des",
        "pour",
        "avec",
        "con",
        "los",
        "las",
        "per",
        "del",
        "une",
        "der",
        "die",
        "das",
    ]
)


_COUNTED_WORD = compile_re(r"(?<=\d)\s*([^\W\d_]{3,})")


_ZERO_CODE = compile_re(r"(?<![\w.,])0\d{3,}(?![\w.,])")


def _lines_by_description(po: OpenPO, low_text: str) -> set[int]:
    """Lines named by a description word no other line of the PO shares ("the washers")."""
    # a number with a leading zero is a code ("0402", the size of a capacitor), as the reader
    # takes it (extract.LineIndex)
    words: dict[int, set[str]] = {
        pl.line: {_stem(w) for w in re.findall(r"[^\W\d_]{3,}", unmarked(pl.description or ""))}
        - _STOP
        | set(_ZERO_CODE.findall(pl.description or ""))
        for pl in po.lines
    }
    if len(words) < 2:
        return set()
    # "39 Sack = 975 kg": a pack word after a count counts packs, it names no line
    counted = _COUNTED_WORD.sub(
        lambda m: m.group(0) if not pack_kinds(m.group(1)) else " ", low_text
    )
    text_words = {_stem(w) for w in re.findall(r"[^\W\d_]{3,}", unmarked(counted))}
    text_words |= set(_ZERO_CODE.findall(counted))
    # "O-ringen", "Dichtungen": the description's word with the language's ending
    text_words |= {
        w[: -len(s)]
        for w in list(text_words)
        for s in _INFLECTIONS
        if w.endswith(s) and len(w) - len(s) >= 4
    }
    out = set()
    for line, ws in words.items():
        others = set().union(*(v for k, v in words.items() if k != line))
        if (ws - others) & text_words:
            out.add(line)
    return out


def _build(msg: Message, open_pos: Sequence[OpenPO], result: ExtractionResult) -> _Context:
    sents = [_Sentence(s, _norm(s)) for seg in msg.own_segments for s in sentences(seg.text)]
    status: dict[tuple[str, int], LineConfirmation] = {}
    for c in result.confirmations:
        for ln in c.lines:
            status[(c.po_number, ln.line)] = ln
            if ln.status == "unconfirmed" or not ln.evidence:
                continue
            pieces = [_norm(p) for p in re.split(r" / | \| ", ln.evidence)]
            per_piece = [
                (piece, _sentences_of(piece, sents)) for piece in pieces if len(piece) >= 2
            ]
            for piece, found in per_piece:
                if len(found) > 1:
                    # a piece several sentences share ("dispatch by 05/12"): keep the sentences
                    # other pieces of this line point to as well; a word as short as "OK"
                    # found in several says nothing of which
                    others = {i for p2, f in per_piece if p2 != piece and len(f) == 1 for i in f}
                    kept = [i for i in found if i in others]
                    if not kept and all(piece in sents[i].norm for i in found):
                        # "Pos. 1: 25 Stk." then "Webschützen …, à CHF 186.00 - Lieferung
                        # 18.12.2026" (a unit's dot before a noun ends a sentence): of rows
                        # that all end in these very words, the one right after the line's
                        # other piece (a piece read across two sentences keeps both)
                        kept = [i for i in found if i - 1 in others]
                    found = kept or ([] if len(piece) < 6 else found)
                for i in found:
                    sents[i].lines.add((c.po_number, ln.line))
    pos = {p.po_number: p for p in open_pos}
    return _Context(msg, pos, result, sents, status)


def _number_in_descriptions(number: str, po: OpenPO) -> bool:
    """``number`` is written in a PO line's description as a number of its own."""
    pattern = rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)"
    return any(re.search(pattern, ln.description or "") for ln in po.lines)


def _evidence_in(piece: str, sentence: str) -> bool:
    return (
        piece in sentence
        or (len(sentence) >= 8 and sentence in piece)
        or (len(piece) >= 20 and (piece[:20] in sentence or piece[-20:] in sentence))
    )


def _sentences_of(piece: str, sents: Sequence[_Sentence]) -> list[int]:
    """The sentences an evidence piece was read from: those holding it whole, else those
    sharing its start or end (two rows may end alike: "... Liefertermin KW 51")."""
    whole = [
        i for i, s in enumerate(sents) if piece in s.norm or (len(s.norm) >= 8 and s.norm in piece)
    ]
    # "confirmat" under line 1 and "confirmat, pret nou 3,45" under line 2: the sentence that
    # is the piece itself, not every sentence holding it
    exact = [i for i in whole if sents[i].norm.rstrip(".!") == piece.rstrip(".!")]
    if exact and len(exact) < len(whole):
        return exact
    return whole or [i for i, s in enumerate(sents) if _evidence_in(piece, s.norm)]


def _clip(text: str, n: int = 90) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


# ------------------------------------------------------------------ families


# "order will be processed upon payment", "Lieferung gegen Vorkasse": nothing ships before it
_PAYMENT_FIRST = compile_re(
    r"\b(?:upon|on|after|against)\s+(?:receipt\s+of\s+)?(?:your\s+|the\s+)?(?:pre-?|advance\s+|full\s+)?payment\b"
    r"|\bgegen\s+vorkasse\b|\bnach\s+(?:zahlungseingang|eingang\s+der\s+zahlung)\b"
    r"|\bd[èe]s\s+r[ée]ception\s+(?:du|de\s+votre)\s+paiement\b|\btras\s+(?:recibir\s+el\s+)?pago\b",
    IC,
)


# The three fields a line is confirmed on; a confirmation that names only some of them
# ("We confirm the pricing", "Re the date: confirmed", "Quantities confirmed.") says nothing
# about the others.
_FIELD_KINDS = {
    "quantity": L.pattern("quantity_words"),
    "price": L.pattern_unmarked("price_words", "sign"),
    "date": L.pattern("date_words"),
}
# Words that make a confirming clause about the whole order, whatever fields it also names.
# Not every word for an order ([order_noun]): where no pattern here tells "the order" from
# "the order's prices" ("подтверждаем цены заказа"), a clause naming fields stays partial.
_WHOLE = compile_re(
    r"\b(?:order|orders|bestellung|auftrag|commande|pedido|ordine|bestelling|everything|alles|tout|todo|tutto"
    r"|ordre(?:n|r)?|bestilling(?:en)?|sipariş\w*|(?:meg)?rendelés\w*|comand[ăa]\w*|comenzi\w*"
    r"|objednávk\w*|zamówieni\w*|tilau\w*|παραγγελ[ίι]\w*|đơn\s+hàng|đơn\s+đặt\s+hàng"
    r"|all(?!\s+(?:of\s+)?(?:the\s+|our\s+|your\s+)?(?:prices?|pricing|quantit\w*|qtys?|dates?|deliver\w*))"
    r"|entire|whole|complete|komplett|vollst[äa]ndig"
    # "alle drei Positionen": every line, as against "alle Preise" (one field)
    r"|(?:alle|s[äa]mtliche)(?!\s+(?:\w+\s+)?(?:preise|mengen|st[üu]ckzahlen|termine|liefertermine|lieferdaten)\b))\b"
    # "confirm delivery as requested": the answer refers to our request as a whole
    r"|\bas\s+(?:requested|ordered|per\s+(?:your\s+|the\s+|our\s+)?(?:po|p\.o\.|order|request))\b"
    # … and in other languages: "Pos. 1 und 2 bestätigen wir wie bestellt zum Liefertermin …"
    # (not said of one field: "Termin wie bestellt", "prix comme commandé")
    r"|(?<!termin )(?<!preis )(?<!preise )(?<!menge )(?<!mengen )(?<!datum )(?<!prix )"
    r"(?<!date )(?<!quantité )(?<!quantités )(?<!prijs )(?<!prijzen )(?<!aantal )(?<!pris )"
    r"(?<!priser )(?<!antal )(?<!dato )(?<!prezzo )(?<!prezzi )(?<!data )(?<!quantità )"
    r"\b(?:wie\s+(?:bestellt|angefragt|gewünscht)|comme\s+(?:command[ée]e?s?|demandée?s?)"
    r"|zoals\s+besteld|som\s+(?:bestilt|beställt)|come\s+(?:ordinat[oaie]|richiest[oaie])"
    r"|jak\s+zamówiono)\b"
    # Japanese: the order, every item
    r"|注文|発注|全品|全数"
    # Korean: the order, every item
    r"|주문|발주|전\s?품목",
    IC,
)
# "the prices on this order", "die Preise der Bestellung": the order only qualifies the field.
_ORDER_GENITIVE = (
    r"objednávk(?:y|ou)|tilauksen|παραγγελ[ίι]ας|đơn\s+(?:đặt\s+)?hàng"
    # Turkish "siparişinizdeki miktarları" (the quantities in your order)
    r"|sipariş\w*(?:deki|daki|in|ın|nin|nın)"
)
_FIELD_NOUNS = (
    r"cen[ay]|cenu|termín\w*|množstv\w*|hinta\w*|hinn(?:at|an)|toimitus\w*|määr\w*|τιμ[έεή]\w*"
    r"|ποσ[όο]τητ\w*|παρ[άα]δοσ\w*|ημερομην[ίι]\w*|giá|số\s+lượng|ngày\s+giao"
    r"|miktar\w*|fiyat\w*|teslim\s+tarih\w*"
)
# "prices and quantities as per PO 4711", "Preise und Mengen laut Bestellung": the order
# is what the named fields agree with, and the fields not named are not spoken for
_AS_PER_ORDER = (
    r"(?:\bas\s+per|\bper|\baccording\s+to|\bin\s+line\s+with|\blaut|\bgem(?:ä|ae)(?:ß|ss)|\bselon"
    r"|\bconform[eé]?s?\s+(?:à|a)|\bsegún|\bde\s+acuerdo\s+(?:con|a)|\bconforme|\bcome\s+da"
    r"|\bsecondo|\bvolgens|\bzgodnie\s+z|\bdle|\bpodle|\benligt|\bifølge|\bi\s+henhold\s+til"
    r"|\bsesuai(?:\s+dengan)?|\bconform(?:\s+cu)?"
    # Estonian, Latvian, Lithuanian: "Hinnad vastavalt tellimusele", "saskaņā ar pasūtījumu"
    r"|\bvastavalt|\bsaskaņā\s+ar|\bpagal"
    # "tal como vienen en el pedido", "as on the PO", "wie in der Bestellung", "comme dans la
    # commande", "come nell'ordine", "como na encomenda"
    r"|\b(?:tal\s+)?como\s+(?:(?:vienen?|est[áa]n?|figuran?|aparecen?|constan?)\s+)?(?:en|na|no)"
    r"|\bas\s+(?:in|on)|\bwie\s+in|\bcomme\s+(?:dans|sur)|\bcome\s+(?:nel|nell'|in)"
    r")\s+(?:(?:the|your|our|ihrer|ihre[mr]?|der|die|dem|la|el|le"
    r"|su|votre|vostro|uw|de|del|do|da|vaší|naší|jullie)\s+)?"
    # the words for an order of every language ([order_noun])
    rf"{L.order_nouns()}\b"
)
_AS_PER_ORDER_RE = compile_re(_AS_PER_ORDER, IC)
_ORDER_MODIFIER = compile_re(
    r"\b(?:on|for|of|in|from|der|dieser|de\s+la|de\s+cette|del|de\s+este|dell'|van\s+de)\s+"
    r"(?:this|the|your|our|ihrer|unserer|votre|notre|su|uw|vostr[oa]|nostr[oa]|vuestr[oa])?\s*"
    r"(?:order|bestellung|auftrag|commande|pedido|ordine|bestelling)\b"
    # the order in the genitive right next to a field: Finnish "tilauksen hinnat", Slovak
    # "ceny objednávky", Greek "οι τιμές της παραγγελίας", Vietnamese "giá (của) đơn hàng",
    # Korean "주문 단가"
    rf"|\b(?:{_ORDER_GENITIVE})\s+(?:(?:της|του|của)\s+)?(?:{_FIELD_NOUNS})\b"
    rf"|\b(?:{_FIELD_NOUNS})\s+(?:(?:της|του|των|của)\s+)?(?:{_ORDER_GENITIVE})\b"
    r"|(?:주문|발주)\s*(?:의\s*)?(?:단가|가격|금액|수량|납기)"
    rf"|{_AS_PER_ORDER}",
    IC,
)

# "We're good on price", "the date works": an approval word said of a field
_FIELD_OK = compile_re(
    r"\b(?:good|works?|correct|right|stimmt|korrekt|correcte?s?|correctos?|correctas?)\b", IC
)


def _fields_in(text: str) -> set[str]:
    return {k for k, rx in _FIELD_KINDS.items() if rx.search(text)}


def _partial_fields(ctx: _Context) -> list[str]:
    """(4) Every confirming clause names only some of quantity, price and date."""
    if not any(ln.status == "accepted" for _, ln in ctx.committed()):
        return []
    confirmed: set[str] = set()
    said: list[str] = []
    any_po = next(iter(ctx.pos), "")
    for s in ctx.sents:
        if L.search("condition", s.text):
            continue  # "Your order is confirmed, but delivery depends on …": nothing is, yet
        for clause in _clauses(s.text):
            fields = _fields_in(clause)
            if fields and P.STRONG_CLAIM.search(clause):
                # "potvrdzujeme v plnom rozsahu za uvedené ceny": in full is the quantity
                fields.add("quantity")
            if _states_a_value(ctx, clause, any_po):
                # a value stated is a commitment to that field ("delivery 12/15"); a date
                # speaks for the date without a word for it ("geht klar, beides zum 12.01.")
                confirmed |= fields
                if (
                    _kept_dates(ctx, clause, any_po)
                    and not L.search("hedge", s.text)
                    and not _NEGATED.search(s.text)
                ):
                    # (not "in principle … ship 8 January", "we cannot make the 8 January")
                    confirmed.add("date")
            elif not re.search(r"\d", clause) and _dates_in(ctx, clause, any_po):
                confirmed |= fields | {"date"}  # "dodáme koncom budúceho týždňa"
            if not (
                COMMIT.search(clause)
                or BARE_ANSWER.match(clause)
                or _FIELD_OK.search(clause)
                or _AS_PER_ORDER_RE.search(clause)
            ):
                continue
            if (
                PROMISE.search(clause)
                or OPEN_VALUE.search(clause)
                # "Termin wird nächste Woche bestätigt": any language's words for a later answer
                or L.search("confirm_later", clause)
            ):
                confirmed -= fields  # "la fecha la confirmamos mañana": the field stays open
                continue
            if not fields or _WHOLE.search(_ORDER_MODIFIER.sub(" ", clause)):
                return []  # a confirmation of the order as such
            # the values the confirming clause states speak for their fields too
            confirmed |= fields | _valued_fields(ctx, clause, any_po)
            said.append(clause)
    missing = set(_FIELD_KINDS) - confirmed
    # price and date confirmed: the quantity is commonly left implicit ("both will be delivered")
    if not said or not missing or missing == {"quantity"}:
        return []
    names = " and ".join(sorted(missing))
    return [
        f"partial: '{_clip(said[0], 70)}' confirms only some fields; nothing said about the {names}"
    ]


def _conditions(ctx: _Context) -> list[str]:
    """(1) A condition attached to the sentence that confirms, or a value left open."""
    out: list[str] = []
    # the confirming sentences, and those about a value ("delivery dates are subject to change")
    targets = [
        s
        for s in ctx.sents
        if s.lines or COMMIT.search(s.text) or FIELD_WORDS.search(s.text) or ANAPHORA.match(s.text)
    ]
    for s in targets:
        for m in CONDITION.finditer(s.text):
            after = s.text[m.end() : m.end() + 80]
            before = s.text[max(0, m.start() - 60) : m.start()]
            if BENIGN_AFTER.match(after) or BENIGN_BEFORE.search(before):
                continue
            if re.search(r"\?\s*$", s.text):
                continue  # a question is answered elsewhere; the rules already defer questions
            clause = _clause_at(s.text, m.start())
            named = ctx.named_lines(clause)
            if not named and _LABELLED.match(s.text):
                named = ctx.named_lines(s.text)  # "pos. 3 – in attesa di conferma ..."
            if named and all(st == "unconfirmed" for st in ctx.line_states(named)):
                continue  # the condition is on a line the result leaves unconfirmed
            if (
                named
                and all(st in ("unconfirmed", "rejected") for st in ctx.line_states(named))
                and _OFFER.search(clause)
            ):
                continue  # a replacement offered for a line declined: the refusal stands
            tail = _clip(s.text[m.start() :], 70)
            out.append(f"conditional: '{tail}' (the confirmation depends on it)")
            break
    if any(ln.status in ("accepted", "changed") for _, ln in ctx.committed()):
        for s in ctx.sents:
            m = _PAYMENT_FIRST.search(s.text)
            if m and (s.lines or COMMIT.search(s.text) or ORDER_WORDS.search(s.text)):
                out.append(f"conditional: '{_clip(s.text[m.start() :], 70)}' (payment first)")
                break
    for s in ctx.sents:
        m = OPEN_VALUE.search(s.text)
        if not m:
            continue
        clause = _clause_at(s.text, m.start())
        named = ctx.named_lines(clause) or ctx.named_lines(s.text)
        if named:
            if all(st == "unconfirmed" for st in ctx.line_states(named)):
                continue
        elif not (FIELD_WORDS.search(s.text) or s.lines):
            continue
        if not any(ln.status in ("accepted", "changed") for _, ln in ctx.committed()):
            continue
        out.append(f"open value: '{_clip(s.text)}' (a value is still to be given)")
    return out


_OFFER = compile_re(
    r"\b(?:offer|suggest|propose|alternative|instead|replacement|substitute|successor|anbieten|bieten"
    r"|alternativ\w*|ersatz\w*|nachfolge\w*|stattdessen|propos\w*|rempla\w*|[àa]\s+la\s+place"
    r"|ofrec\w*|sustitut\w*|en\s+su\s+lugar|offri\w*|sostitut\w*|invece|aanbied\w*|vervang\w*"
    r"|in\s+plaats)\b",
    IC,
)


def _not_firm(ctx: _Context) -> list[str]:
    """(5) "This is not a binding confirmation", "dates are tentative", "cannot confirm yet"."""
    if not any(ln.status in ("accepted", "changed") for _, ln in ctx.committed()):
        return []
    for s in ctx.sents:
        m = NOT_FIRM.search(s.text)
        if not m or s.text.rstrip().endswith("?"):
            continue
        named = ctx.named_lines(_clause_at(s.text, m.start()))
        if named and all(st in ("unconfirmed", "rejected") for st in ctx.line_states(named)):
            continue  # said of lines the result does not confirm
        return [f"not firm: '{_clip(s.text)}'"]
    return []


def _exceptions(ctx: _Context) -> list[str]:
    """(1) "Confirmed ..., except <something>": what the exception takes out must not stay accepted."""
    out: list[str] = []
    for s in ctx.sents:
        m = EXCEPT.search(s.text)
        if not m or not (s.lines or COMMIT.search(s.text)):
            continue
        rest = s.text[m.end() :]
        named = ctx.named_lines(rest)
        if named:
            wrong = [
                n for (_, n), ln in ctx.status.items() if n in named and ln.status == "accepted"
            ]
            if wrong:
                out.append(
                    f"exception: '{_clip(s.text[m.start() :], 70)}' but line {wrong[0]} was read as ordered"
                )
            continue
        if (
            OPEN_VALUE.search(rest)
            or PROMISE.search(rest)
            or (FIELD_WORDS.search(rest) and not re.search(r"\d", rest))
        ):
            out.append(f"exception: '{_clip(s.text[m.start() :], 70)}' leaves a value open")
    return out


def _latest_quoted(msg: Message) -> str:
    """Our most recent quoted message (the one the supplier answered), without its header block."""
    lines = [re.sub(r"^\s*(?:>\s?)+", "", ln) for ln in (msg.quoted_text or "").split("\n")]
    body: list[str] = []
    in_head = True
    for ln in lines:
        if _QUOTE_HEAD.match(ln):
            if body and not in_head:
                break
            in_head = True
            continue
        if in_head and not ln.strip():
            continue
        in_head = False
        body.append(ln)
    return "\n".join(body)


# "confirm" whose object is a step the order still has to go through, not the order itself.
_PROCESS = compile_re(
    r"\bconfirm\w*\s+(?:that\s+)?(?:your|the)\s+(?:order|po|p\.o\.|purchase\s+order)(?:\s+(?:no\.?\s*)?[\w-]+)?"
    r"\s+(?:will\s+(?:first\s+)?be|is\s+being|has\s+been|is)\s+(?:first\s+)?(?:reviewed|checked|forwarded|passed"
    r"|sent\s+to|submitted|handed|transferred|registered|logged|under\s+review|on\s+hold|being\s+reviewed"
    r"|being\s+checked|in\s+process|put\s+on\s+hold)\b"
    # "I confirm I'm the right contact", "we confirm the PO number is correct": a fact about a
    # party or a reference, not the order's quantities, prices and dates
    r"|\bconfirm\w*\s+(?:that\s+)?(?:i|we)\s*(?:'m|’m|'re|’re|\s+am|\s+are)\s+(?:now\s+)?(?:the|your|a|an|their)\s+"
    r"(?:\w+\s+){0,3}?(?:contact|person|distributor|agent|representative|rep|dealer|partner|reseller|owner)s?\b"
    r"|\bconfirm\w*\s+(?:that\s+)?(?:the|your|our)\s+(?:\w+\s+){0,2}?(?:number|no\.?|reference|ref|address|ship-?to"
    r"|contact|e-?mail|details|account)\s+(?:is|are)\s+(?:correct|right|valid|fine|ok|unchanged|the\s+same)\b"
    # "we confirm the shipment left our warehouse": a past shipment, not this order's terms
    r"|\bconfirm\w*\s+(?:that\s+)?(?:the|our|your)\s+(?:last\s+|previous\s+)?(?:shipment|consignment|parcel|goods)"
    r"\s+(?:has\s+)?(?:left|departed|arrived|was\s+(?:shipped|delivered|dispatched)|has\s+been\s+(?:shipped|delivered|dispatched))\b"
    r"|\bbest[äa]tig\w*\s+[^.]{0,40}?\b(?:wird|werden)\s+(?:\w+\s+){0,3}?(?:gepr[üu]ft|weitergeleitet)\b",
    IC,
)


def _neutral_kind(ctx: _Context, s: _Sentence, question: str | None) -> str | None:
    """Why a confirming sentence commits to nothing: 'receipt', 'promise', 'other object'."""
    text = s.text
    if TRUE_REJECT.search(text):
        return None  # a refusal to supply is an answer, whatever else the sentence promises
    bare = BARE_ANSWER.match(text)
    if bare:
        rest = text[bare.end() :]
        if RECEIPT.match(rest.strip()) or re.match(
            r"\W*(?:we|i)\s+(?:have\s+)?received\b", rest, IC
        ):
            return "receipt"
        if (question is not None or OTHER_TOPIC.search(rest)) and not _mentions_order(ctx, rest):
            return "other object"

    # "Confirmed for the call Tuesday at 10am - let's go through the PO then": what is confirmed
    # is in the first clause; the order is only mentioned afterwards, with no word of commitment
    parts = _clauses(text)
    if (
        parts
        and COMMIT.search(parts[0])
        and OTHER_TOPIC.search(parts[0])
        and not _mentions_order(ctx, parts[0])
        and not any(COMMIT.search(p) for p in parts[1:])
    ):
        return "other object"
    if _PROCESS.search(text) and not _has_date(ctx, text):
        return "other object"  # "we confirm your order will be reviewed by our credit department"
    blanked = text
    kind = None
    promised = False
    for regex, name in ((RECEIPT, "receipt"), (PROMISE, "promise")):
        if regex.search(blanked):
            kind = kind or name
            promised = promised or name == "promise"
            blanked = regex.sub(" ", blanked)
    if kind is None:
        return None
    if COMMIT.search(blanked):
        return None
    if kind == "receipt" and _has_date(ctx, blanked):
        # "received, we'll come back by Friday": the date is the promised answer's
        return "promise" if promised else None
    return kind


def _mentions_order(ctx: _Context, text: str) -> bool:
    if ORDER_WORDS.search(text) or ctx.named_lines(text):
        return True
    digits = re.sub(r"\D", "", text)
    return any(p[-6:] in digits for p in ctx.pos if len(p) >= 6)


def _has_date(ctx: _Context, text: str, *, vague: bool = False) -> bool:
    from agent.reading.dates import find_dates

    if ctx.msg.date is None:
        return False
    locale = next(iter(ctx.pos.values())).supplier.locale if ctx.pos else "en-US"
    hits, vagues = find_dates(text, locale, ctx.msg.date)
    return bool(hits) or (vague and bool(vagues))


_NEGATED = compile_re(
    # (not "No. 4711", a number's abbreviation)
    r"(?<![^\W\d_])(?:no(?!\.?\s?\d)|not|cannot|can't|won't|nicht|kein\w*|ne|nie|pas|non|nu|ikke"
    r"|inte|ei|не|ні|δεν|tidak|bukan|niet|geen)(?![^\W\d_])",
    re.IGNORECASE,
)


def _kept_dates(ctx: _Context, clause: str, po_number: str) -> list[date]:
    """The clause's dates other than one its words say will not be met or a closure's
    ("no llegamos al 8 de enero", "cierra del 21 de diciembre al 6 de enero"), and other
    than a past one ("your PO dated 16-11-2026" is the order's own date, no delivery's)."""
    from agent.reading.dates import find_dates

    po = ctx.pos.get(po_number)
    if ctx.msg.date is None or po is None:
        return []
    return [
        h.date
        for h in find_dates(clause, po.supplier.locale, ctx.msg.date)[0]
        if not P.date_missed(clause, h.start, h.end)
        and not P.closure_before(clause[: h.start])
        and h.date >= ctx.msg.date.date()
        and h.date != po.issued
    ]


def _states_a_value(ctx: _Context, clause: str, po_number: str) -> bool:
    """The clause has a number that is not a date its words say will not be met or one of
    a closure ("no llegamos al 8 de enero", "closed from 21/12"): those commit to nothing."""
    from agent.reading.dates import find_dates

    if not re.search(r"\d", clause):
        return False
    po = ctx.pos.get(po_number)
    if ctx.msg.date is None or po is None:
        return True
    rest = clause
    for h in find_dates(clause, po.supplier.locale, ctx.msg.date)[0]:
        if P.date_missed(clause, h.start, h.end) or P.closure_before(clause[: h.start]):
            rest = rest[: h.start] + " " * (h.end - h.start) + rest[h.end :]
    return re.search(r"\d", rest) is not None


def _valued_fields(ctx: _Context, clause: str, po_number: str) -> set[str]:
    """The fields a clause states a value of without naming them: an amount with its
    currency is a price, a count in a PO line's unit a quantity ("項次1 TO-EP-PL10 150 PCS
    US$18.60 交期 115/12/18 OK" speaks for all three)."""
    from agent.reading.numbers import price_hits, quantity_hits

    po = ctx.pos.get(po_number)
    if po is None:
        return set()
    locale = po.supplier.locale
    out = set()
    if price_hits(clause, locale):
        out.add("price")
    if quantity_hits(clause, locale, tuple({ln.uom for ln in po.lines if ln.uom})):
        out.add("quantity")
    return out


def _dates_in(ctx: _Context, text: str, po_number: str) -> set[date]:
    from agent.reading.dates import find_dates

    if ctx.msg.date is None:
        return set()
    po = ctx.pos.get(po_number)
    locale = po.supplier.locale if po else "en-US"
    hits, _ = find_dates(text, locale, ctx.msg.date)
    return {h.date for h in hits}


def _closure_names(ctx: _Context, clause: str, po_number: str, when: date) -> bool:
    """The clause is a closure notice about ``when``: the closure words lead up to the date
    ("closed until 4/1"), or the clause says nothing of delivering or shipping. "Due to our
    shutdown the delivery date moves to 12/01" names the new delivery date."""
    from agent.reading.dates import find_dates

    if not _CLOSURE.search(clause):
        return False
    if not (P.DELIVERY_WORDS.search(clause) or P.SHIP_WORDS.search(clause)):
        return True
    po = ctx.pos.get(po_number)
    locale = po.supplier.locale if po else "en-US"
    assert ctx.msg.date is not None
    hits, _ = find_dates(clause, locale, ctx.msg.date)
    return any(h.date == when and P.closure_before(clause[: h.start]) for h in hits)


def _question_not_about_order(ctx: _Context) -> str | None:
    """Our latest quoted mail asks a question that is not about the order (a call, holidays)."""
    latest = _latest_quoted(ctx.msg)
    questions = [q for q in sentences(latest) if q.rstrip().endswith("?")]
    if not questions:
        return None
    if _mentions_order(ctx, latest) or any(
        pl.item and pl.item.lower() in latest.lower() for po in ctx.pos.values() for pl in po.lines
    ):
        return None
    return questions[-1]


def _other_objects(ctx: _Context) -> list[str]:
    """(2)+(3) Every confirming sentence is a receipt, a promise, or answers something else."""
    committed = ctx.committed()
    if not committed:
        return []
    carrying = ctx.carrying()
    bare = any(BARE_ANSWER.match(s.text) for s in carrying)
    question = _question_not_about_order(ctx) if bare else None
    out: list[str] = []
    if carrying:
        kinds = [(s, _neutral_kind(ctx, s, question)) for s in carrying]
        neutral = [(s, k) for s, k in kinds if k]
        if not neutral and any(not _echo(ctx, s) for s in carrying):
            return out
        if not neutral:
            # only our own values restated ("order received: line 1 - 2000 pcs - 12/15"):
            # a commitment only if no sentence around them is a receipt or a promise
            neutral = [
                (s, k)
                for s in ctx.sents
                if not s.lines and (k := _neutral_kind(ctx, s, None)) in ("receipt", "promise")
            ]
        if neutral and all(k or _echo(ctx, s) for s, k in kinds):
            s, k = neutral[0]
            if k == "other object" and question:
                out.append(
                    f"other object: '{_clip(s.text)}' answers our question '{_clip(question, 70)}'"
                )
            elif k == "other object":
                out.append(
                    f"other object: '{_clip(s.text)}' is about something else than the order"
                )
            elif k == "receipt":
                out.append(
                    f"receipt only: '{_clip(s.text)}' confirms receiving the order, not the order"
                )
            else:
                out.append(
                    f"promised: '{_clip(s.text)}' announces a confirmation, it does not give one"
                )
            return out
        # the date of a promised answer is never a delivery date
        for s, k in kinds:
            if k != "promise":
                continue
            for po_number, ln in committed:
                if (po_number, ln.line) not in s.lines:
                    continue
                said = _dates_in(ctx, s.text, po_number)
                got = {ln.date, *(sp.date for sp in ln.schedule)} - {None}
                if said & got:
                    out.append(
                        f"promised: line {ln.line}: the date in '{_clip(s.text, 70)}' is when an answer "
                        "is promised, not a delivery date"
                    )
                    return out
    return out


# A confirming verb whose object is a quote or offer ("bestätige gern unser Angebot Q-2291",
# "we confirm our quotation for the extra 500"), not the order; "as per our quote" is excluded
# by the order words allowed in between.
_QUOTE_OBJECT = compile_re(
    r"\b(?:confirm\w*|bestätig\w*|confirmons|confirm[ée]s?|confirmamos|confermiamo|bevestig\w*)\s+"
    r"((?:[\w'’]+\s+){0,3}?)"
    r"(?:quote|quotes|quotation|offer|angebot|offerte|offre|devis|oferta|cotizaci[óo]n|preventivo|offerta"
    # "our warehouse confirmed stock of KF-1120": stock on hand is not a commitment to the order
    r"|stock|inventory|lagerbestand|bestand|stock\s+disponible|existencias"
    # "we confirm availability": goods on hand, not the order's terms
    r"|availability|verf[üu]gbarkeit|disponibilit[ée]|disponibilidad|disponibilit[àa]|beschikbaarheid"
    # "we confirm the credit note for the last shipment": another document of the account
    r"|credit\s+note|debit\s+note|invoice|remittance|gutschrift|rechnung|avoir|facture|nota\s+de\s+cr[ée]dito"
    r"|factura|fattura|nota\s+di\s+credito|factuur|creditnota)\b",
    IC,
)
# A reference to an order of ours: "PO 4500069980", "your order no. 123456", "Ihre Bestellung 4711".
_ORDER_REF = compile_re(
    r"\b(?:p\.?\s?o(?![^\W\d_])\.?|purchase\s+order|your\s+order|ihre[rn]?\s+bestellung|votre\s+commande"
    r"|su\s+pedido|vostro\s+ordine|uw\s+bestelling)\s*(?:no\.?|nr\.?|n°|#|number)?\s*:?\s*"
    r"([A-Z0-9][A-Z0-9/-]{3,})",
    IC,
)


_CANCEL = compile_re(
    r"\b(?:cancel(?:l?ed|lation|ing)?|storniert|stornierung|storno|annul(?:é|ée|ation)|cancelad[oa]"
    r"|anulad[oa]|cancellat[oa]|geannuleerd)\b",
    IC,
)

# the order as a whole is what is cancelled, not "the remainder" of a short line: beside a
# cancel word any noun for the order says so ("order 4711 cancelled"), where the lexicon's
# [whole_order] asks for "this order" or "in its entirety" before a refusal of one line
# counts for every line
_ORDER_NAMED = compile_re(
    r"\b(?:po|p\.o\.|order|purchase\s+order|bestellung|auftrag|commande|pedido|ordine|bestelling)\b",
    IC,
)
_REMAINDER = compile_re(
    r"\b(?:remainder|remaining|rest|balance|backorder|restmenge|reste|resto|restante|rimanente)\b",
    IC,
)


def _cancelled(ctx: _Context) -> list[str]:
    """(3) "Confirming that your PO is cancelled as requested": a cancellation supplies nothing."""
    for po_number, ln in ctx.committed():
        if ln.status == "rejected":
            continue
        for s in ctx.carrying():
            if (
                (po_number, ln.line) in s.lines
                and _CANCEL.search(s.text)
                and _ORDER_NAMED.search(s.text)
                and not _REMAINDER.search(s.text)
            ):
                return [f"cancelled: '{_clip(s.text)}' is about cancelling, not supplying"]
    return []


def _other_documents(ctx: _Context) -> list[str]:
    """(3) The confirming sentence is about a quote, or about another order than the one read."""
    out: list[str] = []

    def key(text: str) -> str:
        # PO numbers are written loosely ("4500-012486", "PO#4500012486")
        return re.sub(r"[\W_]", "", text).lower()

    open_numbers = {key(n) for n in ctx.pos}
    for po_number, ln in ctx.committed():
        for s in ctx.carrying():
            if (po_number, ln.line) not in s.lines:
                continue
            m = _QUOTE_OBJECT.search(s.text)
            if m and not ORDER_WORDS.search(m.group(1)) and po_number not in s.text:
                out.append(
                    f"other object: '{_clip(s.text)}' confirms a quote, an offer or stock, not order {po_number}"
                )
            if key(po_number) in key(s.text):
                continue
            for ref in _ORDER_REF.finditer(s.text):
                token = ref.group(1).rstrip("/-")
                if not any(ch.isdigit() for ch in token) or key(token) in open_numbers:
                    continue
                unit = re.match(r"\s+([^\W\d_]+)", s.text[ref.end(1) :])
                if unit and is_measure(unit.group(1), "EA"):
                    continue  # Polish "po 1000 szt." (a thousand each), not an order "PO 1000"
                out.append(
                    f"other order: '{_clip(s.text)}' is about order {token}, not {po_number}"
                )
                break
            else:
                # a bare number shaped like ours ("4500069980" next to our 4500077014)
                for tok in re.findall(r"(?<![\w.,/-])\d{6,}(?![\w.,/-]\d)", s.text):
                    if (
                        po_number.isdigit()
                        and len(tok) == len(po_number)
                        and tok[:3] == po_number[:3]
                        and key(tok) not in open_numbers
                    ):
                        out.append(
                            f"other order: '{_clip(s.text)}' is about order {tok}, not {po_number}"
                        )
                        break
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1024)
def _standalone_number(token: str) -> re.Pattern[str]:
    # kept per token: compiled again for every sentence, a PO's numbers pushed the
    # module-level patterns out of re's own cache, which then compiled those again too
    return re.compile(rf"(?<![\d.,]){re.escape(token)}(?![\d]|[.,]\d)")


def _echo(ctx: _Context, s: _Sentence) -> bool:
    """A sentence that only restates the PO's own values, with no word of commitment."""
    from agent.reading.numbers import numbers_in, price_hits

    text = s.text
    if COMMIT.search(text) or TRUE_REJECT.search(text) or P.REJECT.search(text):
        return False
    known: set[Decimal] = set()
    requested: set[date] = set()
    scrubbed = text
    for po in ctx.pos.values():
        scrubbed = scrubbed.replace(po.po_number, " ")
        for pl in po.lines:
            for token in re.findall(r"\d+(?:[.,]\d+)?", f"{pl.item} {pl.description}"):
                scrubbed = _standalone_number(token).sub(" ", scrubbed)
            requested.add(pl.requested_date)
            known |= {Decimal(pl.line), pl.quantity, pl.unit_price}
            known.add((pl.quantity * pl.unit_price).quantize(Decimal("0.01")))
    if ctx.msg.date is not None and ctx.pos:
        from agent.reading.dates import find_dates

        locale = next(iter(ctx.pos.values())).supplier.locale
        hits, vague = find_dates(scrubbed, locale, ctx.msg.date)
        if vague or any(h.date not in requested for h in hits):
            return False
        for h in sorted(hits, key=lambda h: -h.start):
            scrubbed = scrubbed[: h.start] + " " + scrubbed[h.end :]
    locale = next(iter(ctx.pos.values())).supplier.locale if ctx.pos else "en-US"
    # an amount with its currency glued on ("@ R7,10 each") is a value, not a code's word
    for h in sorted(price_hits(scrubbed, locale), key=lambda h: -h.start):
        digits = re.search(r"\d(?:[\d.,'\u00a0 ]*\d)?", h.text)
        if digits:
            scrubbed = f"{scrubbed[: h.start]} {digits.group(0)} {scrubbed[h.end :]}"
    scrubbed = " ".join(
        w
        for w in scrubbed.split()
        if not re.search(r"[^\W\d_]", w.strip(".,;:()")) or not re.search(r"\d", w)
    )
    normal = {k.normalize() for k in known}
    return all(v.normalize() in normal for v in numbers_in(scrubbed, locale))


def _negations(ctx: _Context) -> list[str]:
    """(5) A negation next to a value: no acceptance, and a late date is no rejection.

    "Not before January" / "can't ship before 1/8" name the earliest date: that date is
    possible, so it only speaks against a rejection. "Cannot deliver by 12/15", "the
    $0.42 is no longer valid" say the value is not possible.
    """
    out: list[str] = []
    for s in ctx.carrying():
        m = NEGATED_VALUE.search(s.text)
        if not m:
            continue
        earliest = re.search(
            r"\b(?:before|prior\s+to|avant|antes|prima|vóór|vor)\b", m.group(0), IC
        )
        named = ctx.named_lines(_clause_at(s.text, m.start()))
        for po_number, n in sorted(s.lines):
            ln = ctx.status[(po_number, n)]
            if ln.status == "rejected":
                if TRUE_REJECT.search(NEGATED_VALUE.sub(" ", s.text)) or not _has_date(
                    ctx, s.text, vague=True
                ):
                    continue  # a refusal with no date in sight is a refusal
                out.append(
                    f"negated date: '{_clip(s.text[m.start() :], 70)}' is a date problem, not a refusal "
                    f"to supply (line {n})"
                )
                return out
            if earliest or (named and n not in named):
                continue
            if ln.status == "accepted":
                out.append(f"negated: '{_clip(s.text, 80)}' contradicts line {n} as ordered")
                return out
            if ln.status == "changed":
                # (a comma ends it too: "15.12. ist nicht möglich, Lieferung KW 50")
                window = re.split(
                    r"[;:]|,\s|\b(?:but|however|instead|rather|aber|jedoch|sondern|stattdessen|mais|plutôt"
                    r"|pero|sino|ma|invece|maar)\b",
                    s.text[m.start() : m.end() + 40],
                    flags=IC,
                )[0]
                said = _dates_in(ctx, window, po_number)
                if ln.date is not None and ln.date in said:
                    out.append(
                        f"negated: line {n}: '{_clip(window, 70)}' says that date is not possible"
                    )
                    return out
    return out


# a question in any script: Latin, Arabic "؟", Armenian "՞", Ethiopic "፧", full-width "？"
_QUESTION_MARK = compile_re(r"[?؟՞፧？]")


_DAY_BEFORE = compile_re(r"\d{1,2}\.?\s*(?:de\s+|d['’])?$")


def _unread_language(ctx: _Context) -> list[str]:
    """A supplier who writes a language no lexicon holds: its lines may restate the order's
    values while a word beside them refuses, regrets or asks. A reply with one of that
    language's words of negation (``unread_languages.toml``) or a question mark goes to a
    person; in a language that table does not list either, so does one with no word of
    commitment of any lexicon."""
    if not any(ln.status in ("accepted", "changed") for _, ln in ctx.committed()):
        return []
    unread = sorted(
        {
            po.supplier.locale
            for po in ctx.pos.values()
            if L.language_of(po.supplier.locale) not in L.read_languages()
        }
    )
    from agent.reading.dates import find_dates

    for locale in unread:
        if ctx.msg.date is not None:
            for s in ctx.sents:
                # (not a month after its day: "El dt., 10 de nov. 2026 a les 9:14, … va escriure")
                vague = [
                    v
                    for v in find_dates(s.text, locale, ctx.msg.date)[1]
                    if not _DAY_BEFORE.search(s.text, max(0, v.start - 8), v.start)
                ]
                if vague:
                    # "целата испорака ќе биде во јануари": a month with no day, said of what
                    # the words around it may make the whole order's delivery
                    return [
                        f"language: the reply is written for {locale}, a language the reading "
                        f"has no words for, and '{_clip(s.text, 70)}' speaks of a time with no "
                        f"day ('{vague[0].text}'): whether it moves the dates is a person's call"
                    ]
        negation = L.unread_negation(L.language_of(locale))
        if negation is None:
            if not any(
                L.search("commit", s.text)
                or L.search("change", s.text)
                or COMMIT.search(s.text)
                or BARE_ANSWER.match(s.text)
                for s in ctx.sents
            ):
                return [
                    f"language: the reply is written for {locale}, a language the reading has "
                    "no words for, and no word of it commits to the order"
                ]
            continue
        for s in ctx.sents:
            m = negation.search(s.text) or _QUESTION_MARK.search(s.text)
            if m:
                return [
                    f"language: the reply is written for {locale}, a language the reading has "
                    f"no words for, and '{_clip(s.text, 70)}' may refuse, regret or ask "
                    f"('{m.group(0)}'): its values are not read as committed"
                ]
    return []


def _refused_list(ctx: _Context) -> list[str]:
    """A refusal that announces the items under it ("We cannot supply the following items:",
    "हम यह ऑर्डर स्वीकार नहीं कर सकते:"): the lines listed there are refused, whatever values
    each item restates; one of them read as committed is a misreading."""
    from agent.reading.claims import _act

    for i, s in enumerate(ctx.sents):
        # (its own lines are those a whole-order refusal was read to refuse)
        if ctx.named_lines(s.text) or _act(s.text, False, False) != "decline":
            continue
        if not (s.text.rstrip().endswith(":") or L.search("list_follows", s.text)):
            continue
        for item in ctx.sents[i + 1 :]:
            if not item.lines:
                break
            for key in sorted(item.lines):
                ln = ctx.status.get(key)
                if ln is not None and ln.status in ("accepted", "changed"):
                    return [
                        f"refused list: '{_clip(s.text, 70)}' refuses the items under it, but "
                        f"line {key[1]} ('{_clip(item.text, 50)}') is read as committed"
                    ]
    return []


def _revisions(ctx: _Context) -> list[str]:
    """(6) The reply names a revision of the PO other than the one we sent."""
    own = "\n".join(s.text for s in ctx.sents)
    out: list[str] = []
    if not _REVISION.search(own):
        return out
    for po_number in {p for p, _ in ctx.committed()}:
        po = ctx.pos.get(po_number)
        ours: set[int] = set()
        if po is not None and po.revision:
            ours.add(po.revision)
        for text in (ctx.msg.subject or "", _latest_quoted(ctx.msg)):
            ours |= {int(x) for x in _revisions_of(text, po_number)}
        if not ours:
            continue
        thread = {*ctx.msg.in_reply_to, *ctx.msg.references}
        if (
            po is not None
            and po.request_message_ids
            and thread
            and not (thread & set(po.request_message_ids))
        ):
            # "Purchase order 4510203667 Rev. 1 - please confirm" answered, while the request
            # on record for the PO is another mail: the revision answered may not be the
            # open one
            out.append(
                f"revision: the reply answers a request for revision {max(ours)} of PO "
                f"{po_number}, not the request on record for it"
            )
            return out
        current = max(ours)
        for rev in _revisions_of(own, po_number):
            if int(rev) != current:
                out.append(
                    f"revision: the reply confirms revision {rev} of PO {po_number}, our request is "
                    f"revision {current}"
                )
                return out
    return out


def _revisions_of(text: str, po_number: str) -> list[str]:
    """Revision numbers written next to the PO number (or right after 'PO'/'order')."""
    out = []
    digits = re.escape(po_number)
    for m in _REVISION.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 40]
        if (
            re.match(
                r"\s*(?:of|for|zu|de|del|della|van)\s+(?:the\s+|your\s+|our\s+|ihrer\s+|la\s+|su\s+|uw\s+)?"
                r"(?:po|p\.o\.|order|purchase\s+order|bestellung|commande|pedido|ordine|bestelling)\b",
                after,
                IC,
            )
            or re.search(digits + r"\W{0,4}$", before)
            or re.search(
                r"\b(?:po|p\.o\.|order|purchase\s+order|bestellung|commande|pedido|ordine)\s*(?:no\.?|nr\.?|#)?"
                r"\s*(?:[\w-]*\d[\w-]*)?\W{0,4}$",
                before,
                IC,
            )
        ):
            out.append(m.group(1))
    return out


def _alternatives(ctx: _Context) -> list[str]:
    """(6) The text/plain and text/html versions disagree in substance.

    The version not read may say less (a plain part without the answers typed in colour
    into the HTML quote); it may not say something else: a hold, a refusal or values
    the version read does not have.
    """
    other = ctx.msg.alternative_text
    if not other or not other.strip():
        return []
    own = ctx.msg.own_text
    (own_numbers, _, own_hold, own_reject) = _signals(own)
    (other_numbers, _, other_hold, other_reject) = _signals(other)
    if (
        (other_hold and not own_hold)
        or (other_reject and not own_reject)
        or (other_numbers - own_numbers)
    ):
        return [
            "alternatives disagree: the text/plain and text/html versions of the mail say "
            f"different things ('{_clip(own, 60)}' vs '{_clip(other, 60)}')"
        ]
    return []


_HOLD_WORDS = compile_re(
    r"\b(?:still|checking|check|revert|get\s+back|come\s+back|will\s+confirm|not\s+yet|pending|waiting|tbc|tba"
    r"|noch|prüfen|melden|vérifi\w*|reviendr\w*|revis\w*|verific\w*)\b",
    IC,
)


def _signals(text: str) -> tuple[frozenset[str], bool, bool, bool]:
    """What a text commits to, independent of its layout: its numbers and its verbs."""
    numbers = frozenset(re.findall(r"\d+(?:[.,]\d+)?", text))
    return (
        numbers,
        bool(COMMIT.search(text)),
        bool(_HOLD_WORDS.search(text)),
        bool(TRUE_REJECT.search(text)),
    )


def _lost_values(ctx: _Context) -> list[str]:
    """(4) Values the extraction dropped: a date said of other lines, a number next to a pasted row."""
    out: list[str] = []
    for po_number, ln in ctx.committed():
        po = ctx.pos.get(po_number)
        pl = po.line_by_number(ln.line) if po else None
        if pl is None:
            continue
        mine = [s for s in ctx.sents if (po_number, ln.line) in s.lines]
        if ln.status == "changed" and ln.date is not None and ln.date != pl.requested_date:
            for s in mine:
                if P.ALL_LINES.search(s.text) or P.OTHERS.search(s.text):
                    continue  # "all lines", "the rest": said of this line too
                # a line named only in a bracketed reason ("(poz. 2 nie damy rady wcześniej,
                # więc całość …)") is not what the date is said of
                named = ctx.named_lines(blank_asides(s.text))
                if named and ln.line not in named and ln.date in _dates_in(ctx, s.text, po_number):
                    out.append(
                        f"line {ln.line}: the date in '{_clip(s.text, 70)}' is said of line(s) "
                        f"{', '.join(map(str, sorted(named)))}"
                    )
                    return out
        if ln.status == "accepted":
            for s in mine:
                if ln.line not in ctx.named_lines(s.text) and not re.match(
                    rf"\W*{ln.line}\b", s.text
                ):
                    continue
                extra = _unexplained_numbers(s.text, po, pl, ctx)
                if extra:
                    out.append(f"line {ln.line}: '{extra}' in '{_clip(s.text, 70)}' was not read")
                    return out
    return out + _unread_lines(ctx)


_HOLD_ANY = compile_re(
    r"\?|\b(?:cannot|can't|unable|not|nicht|pas|no|non|niet|geen|kein\w*|pending|open|later|earliest|frühestens"
    r"|au\s+plus\s+tôt|como\s+pronto|al\s+più\s+presto|was|war|instead\s+of|statt|rather\s+than|au\s+lieu"
    r"|en\s+lugar|invece|from|since|until|till|bis|vom|ab|du|au|del|dal|closed|geschlossen|holiday\w*|ferien)\b",
    IC,
)


def _unread_lines(ctx: _Context) -> list[str]:
    """(4) A clause naming one line with a date of its own ("Line 2 - 12/18") that the
    result leaves unconfirmed, while it confirms other lines of the same mail."""
    if not any(ln.status in ("accepted", "changed") for _, ln in ctx.committed()):
        return []
    for s in ctx.sents:
        for clause in _clauses_keeping_lines(s.text):
            named = ctx.named_lines(clause)
            if len(named) != 1:
                continue
            (n,) = named
            lines = [(p, ln) for (p, k), ln in ctx.status.items() if k == n]
            if not lines or any(ln.status != "unconfirmed" for _, ln in lines):
                continue
            if (
                _HOLD_ANY.search(clause)
                or P.HOLD.search(clause)
                or OPEN_VALUE.search(clause)
                or PROMISE.search(clause)
                or CONDITION.search(clause)
                or NOT_FIRM.search(clause)
                or TRUE_REJECT.search(clause)
                or P.REJECT.search(clause)
                # a promise for later in any lexicon language ("akan disahkan minggu depan",
                # "producent potwierdzi dostępność")
                or L.search("promise_later", clause)
                or L.search("confirm_later", clause)
            ):
                continue
            po_number = lines[0][0]
            if _dates_in(ctx, clause, po_number):
                return [
                    f"line {n}: '{_clip(clause, 60)}' was not read (the line is left unconfirmed)"
                ]
    return []


def _clauses_keeping_lines(sentence: str) -> list[str]:
    """Clauses of a sentence; "Line 2 - 12/18" stays one clause (a dash after a line number),
    and so does a bracket ("U pozice 2 … (70 ks v prosinci, 50 ks v lednu), u pozice 3 …":
    both counts are line 2's)."""
    out: list[str] = []
    for part in re.split(
        r",\s+|;\s*|\s+(?:but|however|aber|jedoch|mais|pero|ma|maar)\s+", sentence
    ):
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]}, {part}"
        elif part.strip():
            out.append(part)
    return out


def _unexplained_numbers(text: str, po: OpenPO, line: POLine, ctx: _Context) -> str | None:
    """A number in a line's own row that is none of the PO's values for that line."""
    from agent.reading.numbers import numbers_in, price_hits

    if not re.search(r"\S\s{2,}\S|\t", text):
        return None  # only rows (pasted or typed tables) are checked this way
    known: set[Decimal] = {Decimal(line.line), line.quantity, line.unit_price}
    if re.match(rf"\s*0*{line.line * 10}\b", text):
        known.add(Decimal(line.line * 10))  # the row's ERP position: 10, 20, 30 for lines 1-3
    known.add((line.quantity * line.unit_price).quantize(Decimal("0.01")))
    scrubbed = text
    # "R6 450.00": the PO's price with its currency's letter glued to it, before that
    # letter makes the amount's first digits a word of their own
    for p in sorted(price_hits(scrubbed, po.supplier.locale), key=lambda p: -p.start):
        if p.per == 1 and p.value.normalize() == line.unit_price.normalize():
            scrubbed = scrubbed[: p.start] + " " * (p.end - p.start) + scrubbed[p.end :]
    for word in re.findall(r"\S*\d\S*", scrubbed):
        if re.search(r"[A-Za-z]", word.strip(".,;:()")) and not re.fullmatch(
            r"[\d.,]+(?:pcs|pc|ea|st|stk)?", word, IC
        ):
            scrubbed = scrubbed.replace(word, " ")
    scrubbed = scrubbed.replace(po.po_number, " ")
    from agent.reading.dates import find_dates

    # the dates first: the goods' "12" (of "SPW-8-12") is no part of "12/11/2026"
    if ctx.msg.date is not None:
        hits, _ = find_dates(scrubbed, po.supplier.locale, ctx.msg.date)
        for h in sorted(hits, key=lambda h: -h.start):
            scrubbed = scrubbed[: h.start] + " " + scrubbed[h.end :]
    for token in re.findall(r"\d+(?:[.,]\d+)?", f"{line.item} {line.description}"):
        scrubbed = re.sub(rf"(?<![\d.,]){re.escape(token)}(?![\d]|[.,]\d)", " ", scrubbed)
    # "11,80 EUR / 100 St." of a 0.118 line: the PO's price, written per a count
    for p in sorted(price_hits(scrubbed, po.supplier.locale), key=lambda p: -p.start):
        if p.per != 1 and p.unit_value.normalize() == line.unit_price.normalize():
            scrubbed = scrubbed[: p.start] + " " * (p.end - p.start) + scrubbed[p.end :]
    for value in numbers_in(scrubbed, po.supplier.locale):
        if value >= 10**6:
            continue  # article, phone or document numbers, not a quantity or price of this row
        if value in known or value.normalize() in {k.normalize() for k in known}:
            continue
        if value == value.to_integral_value() and value < 1000 and value < line.quantity / 2:
            continue  # small counts: pack sizes, line numbers of other lists
        return format(value.normalize(), "f")
    return None


# Words a supplier counts pieces in, whatever the PO's unit.
_PIECE_WORDS = ("nos", "szt", "ks", "kusů", "pezzi", "pz", "stuks", "piezas", "dozen")
# Container words count the line only when the PO is ordered in that container ("40 bundles" of a
# BDL line); otherwise they describe packing ("4 pallets total").
_CONTAINER_WORDS = {
    "bdl": ("bundle", "bundles", "bdl", "bdls"),
    "bundle": ("bundle", "bundles", "bdl", "bdls"),
    "box": (
        "box",
        "boxes",
        "bx",
        "karton",
        "kartons",
        "caja",
        "cajas",
        "scatola",
        "scatole",
        "boîte",
    ),
    "bx": ("box", "boxes", "bx"),
    "ctn": ("carton", "cartons", "ctn", "ctns", "karton", "kartons"),
    "carton": ("carton", "cartons", "ctn", "ctns"),
    "roll": (
        "roll",
        "rolls",
        "rollen",
        "rouleau",
        "rouleaux",
        "rollo",
        "rollos",
        "rotolo",
        "rotoli",
    ),
    "rl": ("roll", "rolls", "rl", "rolle", "rollen"),
    "rlx": ("rouleau", "rouleaux", "rlx", "roll", "rolls"),
    "reel": ("reel", "reels", "spule", "spulen", "bobine", "bobines"),
    "pal": ("pallet", "pallets", "palette", "paletten", "palettes", "palé", "palés"),
    "pallet": ("pallet", "pallets"),
    "cs": ("case", "cases", "cs"),
    "case": ("case", "cases"),
    "bag": ("bag", "bags", "sack", "säcke", "sac", "sacs"),
    "pk": ("pack", "packs", "pk", "pkt"),
    "pack": ("pack", "packs"),
    "set": ("set", "sets", "satz", "sätze"),
    "pr": ("pair", "pairs", "paar"),
    "pair": ("pair", "pairs"),
    "dr": ("drum", "drums", "fass", "fässer"),
    "drum": ("drum", "drums"),
    "coil": ("coil", "coils"),
    "sheet": ("sheet", "sheets"),
    "len": ("length", "lengths"),
}
# a count right after a quantity's label: "Qté 150", "Qty: 150", "Menge 150" (a recap row's
# cell says the quantity as surely as "150 pcs" does)
_LABELLED_COUNT = compile_re(
    r"(?<![^\W\d_])(?:qty|qté|qte|quantité|quantity|menge|anzahl|cantidad|cant\.|quantità|qtà"
    r"|ilość|množství|množstvo|mennyiség|antal|aantal|määrä|кол-во|количество|кількість|数量|수량)"
    r"\.?\s*[:=]?\s*(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d[\d.,'\u00a0\u202f]*)"
    r"(?![\d/]|[.,]\d|\s?(?:%|€|\$|£))",
    IC,
)
# A number the supplier limits: "we've only got 30", "nur 30 Stück", "seulement 300".
_ONLY_NUMBER = compile_re(
    r"\b(?:only|just|nur|lediglich|seulement|uniquement|solo|solamente|s[óo]lo|alleen|slechts|pouze|jen|tylko)"
    r"\s+(?:(?:have|got|has|had|do|make|ship|supply|deliver|send|can|could|able|to|be|noch|haben|avons"
    r"|tenemos|abbiamo|hebben|mamy|m[áa]me)\s+){0,3}(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d[\d.,'\u00a0\u202f]*)"
    r"(?![\d/]|[.,]\d|\s?%)",
    IC,
)
# Before a quantity that is not this line's supply: a pack size or multiple ("VPE à 1.000 St.",
# "packs of 500", "per 100") or another shipment named for reference ("with the 600 pcs").
_PACK_BEFORE = compile_re(
    # ("el pedido mínimo es de 5.000 uds.": "es de" is "is", not a pack's "of")
    r"(?:/|\bà|\bof|\bvon|(?<!\bes )(?<!\bson )(?<!\bserá )\bde|\bper|\bpro|\bje|\bpar|\bpor|\bx|\bvpe|\bpack\w*|\bmultiples?|\bmehrfache\w*"
    r"|\bcolis|\bbo[iî]tes?|\b(?:in|en)\s+(?:lots|units|einheiten)"
    # another shipment named for reference: "together with the 600 pcs"
    r"|\b(?:together|along)\s+with\s+(?:the|your)|\bzusammen\s+mit\s+(?:den|der)|\bavec\s+les|\bjunto\s+con\s+las?)\s*$",
    IC,
)


# "38.60    1 EA", "195,00   100": the count a price column's figure is per, in the column
# after it (an ERP row's "Per")
_PRICE_FIGURE_BEFORE = compile_re(r"\d[.,]\d{2,4}\s+$")
_PRICE_BASES = frozenset(Decimal(10) ** k for k in range(5))
# A number after a currency sign or "@" is a price ("@ $3.15 ea."), not a quantity.
_MONEY_BEFORE = compile_re(r"(?:[$€£¥₹@]|\b(?:USD|EUR|GBP|CHF|CZK|PLN|INR|CNY|Rs\.?))\s*$", IC)
_DELIVERY_WORD = compile_re(
    r"\b(?:deliver\w*|ship\w*|dispatch\w*|despatch\w*|arriv\w*|eta|etd|lead\s*time|ready|available"
    r"|liefer\w*|versand\w*|termin\w*|livr\w*|exp[ée]di\w*|entreg\w*|env[íi]\w*|consegn\w*|spedi\w*"
    r"|lever\w*|verzend\w*|dod[aá]\w*|dostaw\w*|wysy\w*|semaine|week|(?-i:KW|Kw|kw|CW|Cw|cw)|woche)\b",
    IC,
)
# a delivery word, then the word saying from when: the delivery starts then
_DELIVERY_FROM = compile_re(
    rf"({_DELIVERY_WORD.pattern})\s+(?:as\s+from|from|ab(?:\s+dem)?|a\s+partir\s+d(?:el|e|o|a)"
    r"|à\s+partir\s+du|dès\s+le|vanaf|desde(?:\s+el)?|dal|vom|od)\b",
    IC,
)
_YMD = compile_re(r"(?<![\d/.-])(20\d\d)[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/-]|\.\d)")


def _same_iso_week(a: date, b: date) -> bool:
    return a.isocalendar()[:2] == b.isocalendar()[:2]


def _future_dates(ctx: _Context, text: str, locale: str) -> set[date]:
    """Dates after the mail's Date in ``text``, plus year-first forms ("2027/1/8") the rules may skip."""
    from agent.reading.dates import find_dates

    if ctx.msg.date is None:
        return set()
    today = ctx.msg.date.date()
    # the PO's own sizes ("seler str. 4/3" of "harness size 4/3") are no dates, as in extract
    descriptions = tuple(pl.description or "" for po in ctx.pos.values() for pl in po.lines)
    text = mask_description_numbers(text, descriptions)
    hits, _ = find_dates(text, locale, ctx.msg.date)
    days = {h.date for h in hits if h.form != "kw"}
    out = {
        h.date
        for h in hits
        if not P.effective_aside(text, h.start)
        and not P.shelf_life_before(text, h.start)
        # "closed from 24/12", "cut-off: orders for delivery before 24/12": a notice's date
        and not P.closure_before(text[: h.start])
        # "Montag, 29. März (KW 13)": the week restates the day inside it
        and not (h.form == "kw" and any(_same_iso_week(d, h.date) for d in days))
    }
    for m in _YMD.finditer(text):
        try:
            out.add(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    return {d for d in out if d > today}


def _without_dates(text: str, locale: str, ctx: _Context) -> str:
    """``text`` with the dates the rules read blanked, offsets kept."""
    from agent.reading.dates import find_dates

    if ctx.msg.date is None:
        return text
    for h in find_dates(text, locale, ctx.msg.date)[0]:
        text = text[: h.start] + " " * (h.end - h.start) + text[h.end :]
    return text


def _remainder_refused(clause: str, locale: str, ctx: _Context) -> bool:
    """The rest of a short line is refused, with no date for it (a date would make it a split)."""
    from agent.reading.dates import find_dates

    rest = _REMAINDER.search(clause) or L.search("split", clause)
    if not rest:
        return False
    if not (L.search("decline", clause) or P.REJECT.search(clause)):
        return False
    # the date of the part supplied before it is no date of the rest ("只能出 400 個（115年12月
    # 28日出貨），其餘 200 個無法供應")
    return ctx.msg.date is None or not find_dates(clause[rest.start() :], locale, ctx.msg.date)[0]


def _unaccounted(ctx: _Context) -> list[str]:
    """(7) Values the supplier wrote that the result does not carry or carries from the wrong place:
    a quantity next to the line ("40 bundles", "only 30") the line does not have, a changed value
    taken from a clause about other lines or out of a money amount, a delivery date in the text
    while every line is kept at the PO's dates."""
    committed = [(p, ln) for p, ln in ctx.committed() if ln.status in ("accepted", "changed")]
    for po_number, ln in committed:
        po = ctx.pos.get(po_number)
        pl = po.line_by_number(ln.line) if po else None
        if po is None or pl is None:
            continue
        reason = _line_unaccounted(_LineCheck(ctx, po_number, po, pl, ln))
        if reason:
            return [reason]  # one reason is enough to send the reply to review
    reason = _later_date_unread(ctx, committed) or _order_quantity_unread(ctx, committed)
    return [reason] if reason else []


# "2 paletes = 160 caixas", "3 pallets = 2,160 bags": one count restated in another pack
_COUNT_EQUALS = compile_re(
    r"(?<![\w.,])(?P<a>\d[\d.,\u00a0 ]*\d|\d)\s*(?P<ua>[^\W\d_]{2,12})\.?\s*=\s*"
    r"(?P<b>\d[\d.,\u00a0 ]*\d|\d)\s*(?P<ub>[^\W\d_]{2,12})"
)


def _order_quantity_unread(
    ctx: _Context, committed: list[tuple[str, LineConfirmation]]
) -> str | None:
    """A count of the ordered goods in a sentence the reading gave no line, that no line's
    result carries ("for the A4 notebooks we can ship 350 pcs only" where no line is read as
    350): what it changes is a person's call, not the PO's quantity. Three small rules, one
    sentence at a time: a count restated in another pack, a count in a larger unit of the
    PO's measure or in its own unit beside goods named in passing, any count when the
    sentence names no line at all."""
    checks = _checks_by_po(ctx, committed)
    if not checks:
        return None
    known = _known_counts(ctx)
    for s, named in _sentences_without_lines(ctx):
        reason = _restated_pack_count(s.text, checks, known) or _unread_count(
            s.text, named, checks, known
        )
        if reason:
            return reason
    return None


# a count right after the words that commit to it: "chúng tôi xác nhận 480 cuộn", "we
# confirm 480 rolls"; its word is a pack or a piece in any lexicon language
_COMMITTED_COUNT = compile_re(
    rf"(?<![\d.,])(?P<n>{_GROUPED_COUNT}|\d{{1,5}}(?!\d))(?P<s>\s?)(?P<w>[^\W\d_]+)"
)
# "Thursday 21st May": a day's ordinal, not 21 "St." (pieces)
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})


def _committed_pack_counts(clause: str, locale: str) -> list[Decimal]:
    """Counts of packs the clause commits to ("vì vậy chúng tôi xác nhận 480 cuộn" on a PO
    counted in EA): the commitment word stands in the clause before the count, and the count's
    word names a pack (a roll, a box) that the line's own units do not list."""
    from agent.reading.units import is_piece_unit

    out = []
    for m in _COMMITTED_COUNT.finditer(clause):
        head = clause[: m.start()]
        if not L.search("commit", head) or _PACK_BEFORE.search(head[-24:]):
            continue
        if not (pack_kinds(m.group("w")) or is_piece_unit(m.group("w"))):
            continue
        if not m.group("s") and m.group("w").lower() in _ORDINAL_SUFFIX:
            continue
        if re.match(r"\s*[x×*/=]", clause[m.end() :]):
            continue  # "20 thùng x 24 cuộn", "1 pallet = 50 boxes": a pack's size
        v = _parse(m.group("n"), locale)
        if v is not None:
            out.append(v)
    return out


def _unread_count(
    sentence: str, named: bool, checks: dict[str, _LineCheck], known: set[Decimal]
) -> str | None:
    """The first count of a sentence the reading gave no line that no line's result carries:
    any count when the sentence names no line, only the two kinds of
    :func:`_counts_beside_named_goods` when the guards still name one."""
    for clause in _clauses_keeping_lines(sentence):
        for c in checks.values():
            found = (
                _counts_beside_named_goods(c, clause, sentence)
                if named
                else _clause_quantities(c, clause, _count_units(c.pl.uom or ""))
                + _committed_pack_counts(clause, c.locale)
            )
            unread = next((v for v in found if v.normalize() not in known), None)
            if unread is not None:
                return (
                    f"'{format(unread.normalize(), 'f')}' in '{_clip(clause, 70)}' is a count "
                    "no line of the result carries, and "
                    + (
                        "the reading gave the sentence no line"
                        if named
                        else "the sentence names no line"
                    )
                )
    return None


def _known_counts(ctx: _Context) -> set[Decimal]:
    """Every count a reply may restate without changing anything: the PO's quantities, the
    result's (with each part of a split) and each line's shortfall."""
    known: set[Decimal] = set()
    for po in ctx.pos.values():
        known |= {Decimal(pl.quantity).normalize() for pl in po.lines}
    for po_number, ln in ctx.committed():
        pl = ctx.pos[po_number].line_by_number(ln.line) if po_number in ctx.pos else None
        for q in (ln.quantity, *(sp.quantity for sp in ln.schedule)):
            if q is not None:
                known.add(Decimal(q).normalize())
                if pl is not None:
                    known.add((Decimal(pl.quantity) - Decimal(q)).normalize())  # the shortfall
    return known


def _checks_by_po(
    ctx: _Context, committed: list[tuple[str, LineConfirmation]]
) -> dict[str, _LineCheck]:
    """One committed line of each PO, whose unit and locale read the sentences naming none."""
    checks: dict[str, _LineCheck] = {}
    for po_number, ln in committed:
        po = ctx.pos.get(po_number)
        pl = po.line_by_number(ln.line) if po else None
        if po is not None and pl is not None and po_number not in checks:
            checks[po_number] = _LineCheck(ctx, po_number, po, pl, ln)
    return checks


def _sentences_without_lines(ctx: _Context) -> Iterator[tuple[_Sentence, bool]]:
    """The sentences the reading gave no line, each with whether the guards still name one in
    words they know ("we've had to round the urea: 34 bags = 20.4 t"); not a promise, nor a
    mention of another order ("FYI your PO 4500069912 (the 300 pcs) shipped today")."""
    from agent.reading.match import find_near_mentions

    every = {(p, pl.line) for p, po in ctx.pos.items() for pl in po.lines}
    for s in ctx.sents:
        # a sentence given every line of a PO of several lines names none of them either:
        # "Nous vous confirmons votre commande : 120 rouleaux bleu et 72 rouleaux gris"
        if (s.lines and not (len(every) > 1 and s.lines == every)) or PROMISE.search(s.text):
            continue
        if find_near_mentions(s.text, list(ctx.pos.values()))[1]:
            continue
        yield s, bool(ctx.named_lines(s.text))


def _restated_pack_count(
    text: str, checks: dict[str, _LineCheck], known: set[Decimal]
) -> str | None:
    """ "arredondámos para 2 paletes = 160 caixas": a count restated in another pack, neither
    side of which any line carries (in whatever unit it is counted)."""
    locale = next(iter(checks.values())).locale
    for m in _COUNT_EQUALS.finditer(text):
        sides = [_parse(m.group(g).rstrip(".,"), locale) for g in ("a", "b")]
        words = (m.group("ua"), m.group("ub"))
        if (
            all(v is not None and v.normalize() not in known for v in sides)
            # "1 paleta = 50 krabic" defines a pack; "25 kg = 1.375 kg" multiplies one
            and sides[0] != 1
            and all(pack_kinds(w) for w in words)
            and pack_kinds(words[0]) != pack_kinds(words[1])
        ):
            return (
                f"'{m.group(0).strip()}' in '{_clip(text, 70)}' counts goods no line of "
                "the result carries"
            )
    return None


@lru_cache(maxsize=256)
def _containers_of(uom: str) -> tuple[str, ...]:
    """The words of the pack a PO counts in ("RL": "roll", "rolls", "rouleaux", ...): those
    listed under its code, or under any code of the same kind of pack."""
    key = uom.lower().rstrip(".")
    kinds = uom_kinds(uom)
    return tuple(
        dict.fromkeys(
            w
            for code, words in _CONTAINER_WORDS.items()
            if code == key or (kinds and pack_kinds(code) & kinds)
            for w in words
        )
    )


def _count_units(uom: str) -> tuple[str, ...]:
    """The units a count of the line's goods is written in: its own, pieces, its containers,
    and the larger units of its measure ("20.4 t" on a PO in kg)."""
    return (
        uom,
        *_PIECE_WORDS,
        *_containers_of(uom),
        *measure_words(uom),
    )


def _counts_beside_named_goods(c: _LineCheck, clause: str, sentence: str) -> list[Decimal]:
    """The counts of a sentence that names goods only in passing (words named for reference
    are many, so only two kinds count): one in a larger unit of the PO's measure ("34 bags =
    20.4 t" on a PO in kg), and one in the PO's own unit ("so it will be 480 bags of dog food
    (12 pallets)"), unless the sentence asks or offers ("Säg till om ni hellre vill ha
    30 000 st") or the count is a rest ("the remaining 20 pcs cannot be supplied")."""
    from agent.reading.numbers import quantity_hits

    uom = c.pl.uom or ""
    found = [
        h.value * r
        for h in quantity_hits(clause, c.locale, measure_words(uom))
        if h.unit and (r := measure_ratio(h.unit, uom)) is not None and r > 1
    ]
    if "?" in sentence or L.search("question", sentence) or L.search("agreement", sentence):
        return found
    own = (uom, *_containers_of(uom))
    counted = {
        h.value
        for h in quantity_hits(clause, c.locale, own)
        if h.unit
        and (same_unit(h.unit, uom) or h.unit.lower().rstrip(".") in own)
        and not P.rest_leads(clause, h.start)
    }
    return found + [v for v in _clause_quantities(c, clause, own) if v in counted]


@dataclass
class _LineCheck:
    """One committed line checked against the supplier's words."""

    ctx: _Context
    po_number: str
    po: OpenPO
    pl: POLine
    ln: LineConfirmation

    @property
    def locale(self) -> str:
        return self.po.supplier.locale


def _line_unaccounted(c: _LineCheck) -> str | None:
    """The first value of one committed line the words do not account for, in the order: a
    quantity not read, money not read, then (changed lines only) a date or value from
    elsewhere."""
    reason = _quantity_not_read(c) or _money_not_read(c.ctx, c.po, c.pl, c.ln)
    if reason or c.ln.status != "changed":
        return reason
    return _date_from_elsewhere(c) or _changed_value_unaccounted(c)


_EQUALS_COUNT = compile_re(
    r"(?<![\d.,])(\d[\d.,\u00a0 ]*\d|\d)\s*[^\W\d_]{0,12}\.?\s*\(?\s*=\s*(\d[\d.,\u00a0 ]*\d|\d)"
)


def _restated_counts(clause: str, locale: str, known: set[Decimal]) -> set[Decimal]:
    """Counts the clause equates with a known one ("400 pz (= 200 coppie)", "2 drums = 400
    kg"): the same goods counted in another unit, not another quantity."""
    from agent.reading.numbers import parse_number

    out = set()
    for m in _EQUALS_COUNT.finditer(clause):
        left, right = parse_number(m.group(1), locale), parse_number(m.group(2), locale)
        if left is not None and right is not None and right.normalize() in known:
            out.add(left.normalize())
    return out


def _packs_making(clause: str, po_uom: str, locale: str, known: set[Decimal]) -> set[Decimal]:
    """Counts of packs that make up a known quantity in the PO's unit ("15 dz" of a line read
    as 180 pieces): the same goods counted in packs."""
    from agent.reading.units import in_po_units, pack_count_hits

    out = set()
    for n, word, _ in pack_count_hits(clause, locale, []):
        value = in_po_units(n, word, po_uom, [])
        if value is not None and value.normalize() in known:
            out.add(n.normalize())
    return out


@lru_cache(maxsize=1)
def _each_of_re() -> re.Pattern[str]:
    # "8 garrafas de 5 L", "60 bottles of 1 l": a count of items and what each holds
    return compile_re(
        r"(?<![\w.,])(?P<n>\d[\d.,]*)\s*[^\W\d_]{2,}\.?\s+"
        rf"(?:{L.alternation('pack_of')})\s*(?P<m>\d[\d.,]*)\s*(?P<u>[^\W\d_]+)",
        re.IGNORECASE,
    )


def _items_holding(clause: str, po_uom: str, locale: str, known: set[Decimal]) -> set[Decimal]:
    """Counts of items whose content makes up a known quantity ("8 garrafas de 5 L" on a line
    of 40 L): the same goods counted as items."""
    from agent.reading.numbers import parse_number

    out = set()
    for m in _each_of_re().finditer(clause):
        n, size = parse_number(m.group("n"), locale), parse_number(m.group("m"), locale)
        ratio = measure_ratio(m.group("u"), po_uom)
        if n and size and ratio is not None and (n * size * ratio).normalize() in known:
            out.add(n.normalize())
    return out


def _quantity_not_read(c: _LineCheck) -> str | None:
    """A quantity the line's sentences give that is neither the PO's, the one read, nor
    (outside a sentence naming this line alone) another line's."""
    pl, ln, po_number = c.pl, c.ln, c.po_number
    known_q = {pl.quantity, ln.quantity, *(sp.quantity for sp in ln.schedule)} - {None}
    known_q = {Decimal(q).normalize() for q in known_q}
    units = (
        pl.uom or "",
        *_PIECE_WORDS,
        *_containers_of(pl.uom or ""),
        # "34 bags = 20.4 t" on a PO in kg: its measure's other words count too
        *measure_words(pl.uom or ""),
        *c.ctx.mail_count_words,
    )
    # "together with the 600 pcs": another line's quantity named for reference
    others_q = {
        Decimal(o.quantity).normalize()
        for p2 in c.ctx.pos.values()
        for o in p2.lines
        if (p2.po_number, o.line) != (po_number, ln.line)
    }
    # "Qty ordered Qty confirmed Open Unit": a row's counts beside the confirmed one are the
    # header's other columns
    columns = c.ctx.count_columns
    # the line's evidence, and, in a reply to one order, every sentence headed by the line's
    # label though nothing was read from it ("poz. 1 - 800 szt." on a line counted in rolls,
    # under a confirmation of the order)
    single = len(c.ctx.pos) == 1
    po_lines = {o.line for o in c.ctx.pos[po_number].lines} if single else set()
    for s in (
        x
        for x in c.ctx.sents
        if (po_number, ln.line) in x.lines
        or (single and labelled_line(x.text, po_lines) == ln.line)
    ):
        only_this = c.ctx.named_lines(s.text) == {ln.line}
        for clause in _clauses_keeping_lines(s.text):
            named = c.ctx.named_lines(clause)
            if named and ln.line not in named:
                continue  # said of other lines
            restated = _restated_counts(clause, c.locale, known_q)
            restated |= _items_holding(clause, pl.uom, c.locale, known_q)
            restated |= _packs_making(clause, pl.uom, c.locale, known_q)
            # "решту 20 шт., на жаль, не зможемо.": the rest, refused further on in the
            # sentence, is the shortfall
            at = s.text.find(clause)
            if (
                ln.quantity is not None
                and at >= 0
                and _remainder_refused(s.text[at:], c.locale, c.ctx)
            ):
                restated.add((Decimal(pl.quantity) - Decimal(ln.quantity)).normalize())
            run = count_column_run(clause, len(columns), pl.uom, c.locale) if columns else None
            if run and run[columns.index("conf")][0].normalize() in known_q:
                restated |= {v.normalize() for v, _ in run}
            for v in _clause_quantities(c, clause, units):
                # another line's quantity may be a reference ("together with the 600
                # pcs"), but not in a sentence that names this line alone ("Line 2: 60
                # now, balance 40 later" when line 1 is ordered 40)
                if v.normalize() not in known_q | restated and not (
                    v.normalize() in others_q and not only_this
                ):
                    return (
                        f"line {ln.line}: '{format(v.normalize(), 'f')}' in '{_clip(clause, 70)}' "
                        f"is not the quantity read ({format(Decimal(ln.quantity).normalize(), 'f')})"
                    )
            if only_this and named == {ln.line}:
                counted = _counted_noun(c, clause, known_q | others_q)
                if counted:
                    return (
                        f"line {ln.line}: '{counted}' in '{_clip(clause, 70)}' counts something "
                        f"the result does not account for (quantity {format(Decimal(ln.quantity).normalize(), 'f')})"
                    )
    return None


_CJK = compile_re(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# a whole number and the word it counts, in a clause naming one line: "30 exemplaren"
_COUNT_AND_NOUN = compile_re(
    r"(?<![\w.,/:#-])(?<!\d\s)(?<!\d\u00a0)(?<!\d\u202f)(\d{1,6})\s+([^\W\d_]{5,})\b"
)
# a pack's size after its word ("cartons de 200 flacons"), a year's price ("2027 price")
_SIZE_BEFORE = compile_re(
    r"(?:\b(?:de|of|von|à|a|x|po|zu|mit|da|per|je)\s+|[x×/]\s*)$", re.IGNORECASE
)


def _counted_noun(c: _LineCheck, clause: str, known: set[Decimal]) -> str | None:
    """A count of a word the reading knows as no unit ("wij kunnen 30 exemplaren leveren"):
    unread, it may be the line's quantity, so it is a person's to read."""
    from agent.reading.dates import _DAY_UNITS, _WEEK_UNITS
    from agent.reading.units import is_measure, pack_kinds

    if not (
        P.DELIVERY_WORDS.search(clause) or P.SHIP_WORDS.search(clause) or L.search("commit", clause)
    ):
        return None  # "the logo has 9 colors": a count of something, not of what is delivered
    scrubbed = mask_codes(
        _without_line_refs(clause.replace(c.po_number, " ")), line_number_tokens(c.pl)
    )
    scrubbed = _without_dates(scrubbed, c.locale, c.ctx)
    described = f"{c.pl.item} {c.pl.description}".lower()
    line_numbers = {Decimal(pl.line) for pl in c.po.lines}
    for m in _COUNT_AND_NOUN.finditer(scrubbed):
        n, word = Decimal(m.group(1)), m.group(2)
        if n.normalize() in known or n < 2 or m.group(1) in described:
            continue
        if n in line_numbers or _CJK.match(word):
            continue  # "Poz. 1 i 2 potwierdzamy", "第 2 項因…": lines named, not counts
        if m.group(0) not in clause or re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            continue  # a year, or a count the scrubbing made up
        if _SIZE_BEFORE.search(scrubbed[max(0, m.start() - 8) : m.start()]):
            continue
        if is_measure(word, c.pl.uom) or pack_kinds(word):
            continue
        if re.fullmatch(
            rf"(?:{_WEEK_UNITS}|{_DAY_UNITS}|hours?|stunden|heures|horas|ore|uur)", word, IC
        ):
            continue
        if word.lower() in described:
            continue
        return m.group(0)
    return None


_COUNT_RESTATED = compile_re(r"\d\s*(?P<unit>[^\W\d_]{0,12})\.?\s*\(\s*$")


def _restated(text: str, units: Sequence[str]) -> bool:
    """``text`` ends with a count and an open bracket that restates it ("500 kg (20 sacks"),
    unless the count is of packing ("26 ctns (1,040 ea)"): then the bracket holds the count
    of the line's own unit."""
    m = _COUNT_RESTATED.search(text)
    return m is not None and not _packing_unit(m.group("unit"), units)


def _clause_quantities(c: _LineCheck, clause: str, units: Sequence[str]) -> list[Decimal]:
    """The quantities a clause gives the line, in its units: not line numbers, item codes,
    dates, pack sizes, prices, packing, nor a refused remainder."""
    from agent.reading.numbers import price_hits, quantity_hits

    pl, ln, locale = c.pl, c.ln, c.locale
    scrubbed = _without_line_refs(clause.replace(c.po_number, " "))
    # whole tokens only: the "3" of "3 leaves" is not in "30 pcs"
    scrubbed = mask_codes(scrubbed, line_number_tokens(pl))
    scrubbed = _without_dates(scrubbed, locale, c.ctx)  # "for the 21st" is no quantity
    packs = _packs(scrubbed, pl, locale)
    # an amount of money is no count ("@ R 1 245,50 ea": the rand before it, "ea" after)
    money = [(h.start, h.end) for h in price_hits(scrubbed, locale)]
    hits = quantity_hits(scrubbed, locale, units)
    keyed = led_by_quantity_word(scrubbed, hits)
    if len(keyed) == 1 and ln.quantity is not None and keyed[0].value == ln.quantity:
        # before the count its quantity word leads, the one read, a count is the goods' own
        hits = [h for h in hits if h.start >= keyed[0].start]
    found = [
        in_po_units(h.value, h.unit or "", pl.uom, packs) or h.value
        for h in hits
        if not any(p.start <= h.start < p.end for p in packs)  # a pack's size
        and not any(a <= h.start < b for a, b in money)
        and not _PACK_BEFORE.search(scrubbed[max(0, h.start - 24) : h.start])
        # "14,60 € ανά 1.000 τεμ.": the count a price is per, in any lexicon language
        and not count_a_price_is_for(scrubbed, h.start)
        and not PER_AFTER_COUNT.match(scrubbed, h.end)  # "1,000本あたり 275.00 USD"
        # "(跨距100米)" of "ADSS cable 48F, span 100 m": the goods' own size
        and not (h.unit and size_in_description(h, pl))
        # "134 kosov = 12,54 m3": a count in another unit, equal to the line's quantity
        and not (h.unit and not same_unit(h.unit, pl.uom) and re.match(r"\s*=", scrubbed[h.end :]))
        and not _MONEY_BEFORE.search(scrubbed[max(0, h.start - 6) : h.start])
        and not P.DENIED_BEFORE.search(scrubbed, max(0, h.start - 20), h.start)
        and not (
            h.value in _PRICE_BASES
            and _PRICE_FIGURE_BEFORE.search(scrubbed[max(0, h.start - 16) : h.start])
        )
        and not _packing_unit(h.unit, units)
        # "500 kg (20 db 25 kg-os zsák)", "204 tk (17 kasti)": the count restated in packs
        and not _restated(scrubbed[max(0, h.start - 30) : h.start], units)
        # "per full pallet (55 bags of 25 kg = 1,375 kg)": one pack's content
        and not defines_pack(scrubbed, h.start)
    ]
    only = [
        v
        for rx in (_ONLY_NUMBER, _LABELLED_COUNT)
        for m in rx.finditer(scrubbed)
        if (v := _parse(m.group("num").rstrip(".,"), locale)) is not None
    ]
    if is_thousand_unit(pl.uom):
        # "nur 200.000 Stück" on a PO counted in thousands: 200 of its unit
        only = [v / 1000 if v >= 1000 and v % 1000 == 0 else v for v in only]
    found += only
    if _remainder_refused(clause, locale, c.ctx) and ln.quantity is not None:
        # "only 80 of 100, the remaining 20 we cannot deliver": the shortfall
        found = [v for v in found if v != Decimal(pl.quantity) - Decimal(ln.quantity)]
    return found


def _date_from_elsewhere(c: _LineCheck) -> str | None:
    """A changed date read from a sentence about another line, or from a closure notice."""
    ctx, ln, pl, po_number = c.ctx, c.ln, c.pl, c.po_number
    if ln.date is None or ln.date == pl.requested_date:
        return None
    where = [
        clause
        for x in ctx.sents
        for clause in _clauses_keeping_lines(x.text)
        if ln.date in _dates_in(ctx, clause, po_number)
    ]
    said = [x.text for x in ctx.sents if ln.date in _dates_in(ctx, x.text, po_number)]
    leads = {_lead_line(ctx, t) for t in said}
    # "Line 3: … together with line 1": the line's own words give it line 1's date
    company = len(leads) == 1 and any(
        names_as_company(x.text, next(iter(leads)))
        for x in ctx.sents
        if (po_number, ln.line) in x.lines
    )
    if said and None not in leads and ln.line not in leads and not company:
        return (
            f"line {ln.line}: the date {ln.date.isoformat()} is in '{_clip(said[0], 60)}', "
            f"a sentence about line {min(leads)}"
        )
    if where and all(_closure_names(ctx, clause, po_number, ln.date) for clause in where):
        return (
            f"line {ln.line}: the date {ln.date.isoformat()} is from a closure notice "
            f"('{_clip(where[0], 60)}'), not a delivery date"
        )
    return None


def _changed_value_unaccounted(c: _LineCheck) -> str | None:
    """A changed quantity or price the line's evidence does not account for."""
    ln, pl = c.ln, c.pl
    evidence = [piece for piece in re.split(r" / | \| ", ln.evidence or "") if piece.strip()]
    mine = [_Sentence(piece, _norm(piece)) for piece in evidence]
    for label, value, po_value in (
        ("quantity", ln.quantity, pl.quantity),
        ("price", ln.unit_price, pl.unit_price),
    ):
        if value is None or Decimal(value) == Decimal(po_value):
            continue
        reason = _value_unaccounted(c, mine, label, Decimal(value).normalize())
        if reason:
            return reason
    return None


def _value_unaccounted(
    c: _LineCheck, mine: list[_Sentence], label: str, want: Decimal
) -> str | None:
    """One changed value (``label`` is quantity or price): said of another line, a quantity
    read out of money, or a price the supplier never wrote."""
    from agent.reading.numbers import number_hits

    ln = c.ln
    clauses_with = []
    for x in mine:
        for clause in _clauses_keeping_lines(x.text):
            hits = [h for h in number_hits(clause, c.locale) if h.value.normalize() == want]
            if hits:
                clauses_with.append((clause, hits))
    if clauses_with and all(
        (named := c.ctx.named_lines(cl)) and ln.line not in named for cl, _ in clauses_with
    ):
        return f"line {ln.line}: the {label} in '{_clip(clauses_with[0][0], 70)}' is said of another line"
    if label == "quantity" and clauses_with and _all_in_money(clauses_with, c.locale):
        return (
            f"line {ln.line}: the quantity {format(want, 'f')} is read out of an amount of "
            f"money in '{_clip(clauses_with[0][0], 70)}'"
        )
    if (
        label == "price"
        and mine
        and not any(re.search(r"%|percent|prozent|pour\s?cent", x.text, IC) for x in mine)
        and not _price_written(c, mine, want)
    ):
        return f"line {ln.line}: the price {format(want, 'f')} is not a number the supplier wrote"
    return None


def _all_in_money(clauses_with: list, locale: str) -> bool:
    """Every place the number stands is inside an amount of money."""
    from agent.reading.numbers import price_hits

    return all(
        any(h.start < p.end and p.start < h.end for p in price_hits(clause, locale))
        for clause, hs in clauses_with
        for h in hs
    )


def _price_written(c: _LineCheck, mine: list[_Sentence], want: Decimal) -> bool:
    """The price is a number the supplier wrote, per a pack of it, its amount (price x
    quantity), or a number over a basis a column header states."""
    from agent.reading.numbers import number_hits, price_hits

    ln, pl, locale = c.ln, c.pl, c.locale
    seen = set()
    # the whole evidence too: its " / " joins may cut "46,00 € / 1000 St."
    whole = [
        ln.evidence or "",
        *(x.text for x in c.ctx.sents if (c.po_number, ln.line) in x.lines),
    ]
    for x in [*mine, *(_Sentence(t, _norm(t)) for t in whole)]:
        seen |= {h.value.normalize() for h in number_hits(x.text, locale)}
        seen |= {p.unit_value.normalize() for p in price_hits(x.text, locale)}
        seen |= {p.value.normalize() for p in price_hits(x.text, locale)}
        packs = _packs(x.text, pl, locale)
        seen |= {  # '124,00 EUR za rolkę' of 'rolki po 50 kg': 2.48 per kg
            v.normalize()
            for p in price_hits(x.text, locale)
            if (v := pack_price(x.text, digits_end(p.text, p.start), p.value, pl.uom, packs))
        }
        seen |= {v.normalize() for v in _per_measure_prices(x.text, pl, locale)}
        seen |= {  # "USD 4.10/盒" with "100只/盒": per one of the box's pieces
            v.normalize()
            for p in price_hits(x.text, locale)
            if p.per == 1
            for v in per_piece_of_pack(x.text, digits_end(p.text, p.start), p.value, packs)
        }
    # a price per 100 / per 1000 read in a table: its amount (price x quantity)
    # is a number the supplier wrote, or a column header states the basis
    amount = (want * Decimal(ln.quantity)).normalize() if ln.quantity else None
    based = {(v / n).normalize() for v in seen for n in _price_bases(c.ctx, pl.uom)}
    return want in seen or amount in seen or want in based


def _later_date_unread(ctx: _Context, committed: list[tuple[str, LineConfirmation]]) -> str | None:
    """Every line kept at the PO's dates, yet a delivery clause about the order names a later
    date."""
    if not committed or not all(
        (pl := ctx.pos[p].line_by_number(ln.line)) is not None and ln.date == pl.requested_date
        for p, ln in committed
        if p in ctx.pos
    ):
        return None
    known_d = {ln.date for _, ln in committed} | {
        d for _, ln in committed for d in (sp.date for sp in ln.schedule)
    }
    known_d |= {pl.requested_date for po in ctx.pos.values() for pl in po.lines}
    locale = next(iter(ctx.pos.values())).supplier.locale if ctx.pos else "en-US"
    earliest = min(
        pl.requested_date
        for p, ln in committed
        if p in ctx.pos and (pl := ctx.pos[p].line_by_number(ln.line)) is not None
    )
    for s in ctx.sents:
        if PROMISE.search(s.text) or not (_mentions_order(ctx, s.text) or s.lines):
            continue
        for clause in _clauses_keeping_lines(s.text):
            # "delivery from 18/12": the start of the delivery, not a closure's or a price's
            held = _DELIVERY_FROM.sub(r"\1", clause)
            if not _DELIVERY_WORD.search(clause) or _HOLD_ANY.search(held):
                continue
            # read in its sentence too: "am Dienstag, KW 50" cut at its comma is no Friday
            said = _future_dates(ctx, clause, locale) & _future_dates(ctx, s.text, locale)
            later = sorted(d for d in said - known_d if d > earliest)
            if later:
                return (
                    f"date: '{_clip(clause, 70)}' names {later[-1].isoformat()}, "
                    "but every line was read at the PO's date"
                )
    return None


_ALL_CONTAINERS = frozenset(w for ws in _CONTAINER_WORDS.values() for w in ws) | {
    "kits",
    "cans",
    "bottles",
    "bars",
    "tubes",
    "boards",
    "pails",
    "pallet",
}


def _packing_unit(unit: str | None, line_units: Sequence[str]) -> bool:
    """A container word the line is not ordered in: "4 pallets" of an EA line is packing."""
    if not unit:
        return False
    u = unit.lower().rstrip(".")
    return u in _ALL_CONTAINERS and u not in {x.lower() for x in line_units}


_CLOSURE = compile_re(
    r"\b(?:closed|closure|close\s+down|holidays?|shut\s*down|vacation|inventory|stock[\s-]?taking"
    r"|geschlossen|betriebsferien|betriebsurlaub|urlaub|feiertag\w*|ferm[ée]e?s?|fermeture|cong[ée]s"
    r"|cerrad[oa]s?|cierre|vacaciones|festivos|chius[oa]|chiusura|ferie|gesloten|sluiting|vakantie"
    r"|feestdagen|zav[řr]en\w*|dovolen\w*|zamkni[eę]t\w*|urlop)\b",
    IC,
)


# Amounts the price regex may not take: "Rs. 1,52,500/-", "₹ 1,450", "1,450/-".
# two decimals exactly ("1,100 boxes" and "250.000 Stk" are thousands), no unit after it
def _day_month(token: str, locale: str) -> bool:
    """'15.01' where dates are written with dots: a day and a month, not an amount."""
    from agent.reading.dates import _writes_dot_dates

    day, _, mon = token.partition(".")
    return (
        _writes_dot_dates(locale)
        and mon.isdigit()
        and 1 <= int(mon) <= 12
        and 1 <= int(day or 0) <= 31
    )


_BARE_DECIMAL = compile_re(
    r"(?<![\w.,/'-])\d{1,6}[.,]\d{2}(?![\w.,/%'-]|\s?(?:mm|cm|m|kg|g|l|x|%|kr|pcs?|pieces?"
    r"|st(?:k|ck)?|ks|szt|units?|ea|each|box(?:es)?|rolls?|bags?|sets?|pairs?|m2|m3|lbs?|ft)\b)"
)
_MONEY_EXTRA = compile_re(
    r"(?:\bRs\.?|\bINR\b|₹)\s?(?P<a>\d[\d,.]*\d|\d)|(?P<b>\d[\d,.]*\d|\d)\s?/-"
)


def _packs(text: str, pl: POLine, locale: str) -> list[PackSize]:
    """Pack sizes stated in ``text`` or in the PO line's description ('boxes of 50')."""
    return stated_packs(text, pl.description or "", pl.uom, locale)


def _per_measure_prices(text: str, pl: POLine, locale: str) -> list[Decimal]:
    """The prices of ``text`` per so many of a measure ("CHF 5.15 je 500 g"), per the PO's
    unit (10.30 per kg)."""
    from agent.reading.numbers import price_hits

    return [
        h.value / per
        for h in price_hits(text, locale)
        if h.per == 1 and (per := per_measure(text, digits_end(h.text, h.start), pl.uom, locale))
    ]


def _money_not_read(ctx: _Context, po: OpenPO, pl: POLine, ln: LineConfirmation) -> str | None:
    """An amount of money next to a line that is neither its unit price nor its line total."""
    from agent.reading.numbers import parse_number, price_hits

    locale = po.supplier.locale
    price = Decimal(ln.unit_price) if ln.unit_price is not None else pl.unit_price
    quantities = {Decimal(pl.quantity), Decimal(ln.quantity or pl.quantity)}
    known = {price, pl.unit_price}
    known |= {p * q for p in (price, pl.unit_price) for q in quantities}
    known |= {
        o.unit_price * k
        for p2 in ctx.pos.values()
        for o in p2.lines
        if (p2.po_number, o.line) != (po.po_number, pl.line)
        for k in (Decimal(1), Decimal(o.quantity))
    }
    known = {k.normalize() for k in known}
    line_sents = [x for x in ctx.sents if (po.po_number, ln.line) in x.lines]
    # a pack's size said in another sentence about the line ("solo in sacchi da 25 kg …
    # Prezzo 18,50 € a sacco"), as the reader takes it: placed nowhere in the clause
    line_packs = [
        replace(p, start=-1, end=-1) for x in line_sents for p in _packs(x.text, pl, locale)
    ]
    # the sentence before each (a basis may end it: "Цена за 100 шт." / "- 1 850,00 руб.")
    before_of = {id(s): prev.text + " " for prev, s in itertools.pairwise(ctx.sents)}
    for x in line_sents:
        whole = ctx.named_lines(x.text)
        before_x = before_of.get(id(x), "")
        # "… on line 2. Line 1 fine." may reach here as one sentence: split it anyway, and
        # a clause that names no line is about the lines its own part names ("Line 2: was
        # EUR 12.10, now EUR 12.60.\nLines 1 and 3 as ordered": the 12.60 is line 2's)
        pieces = [
            (piece, ctx.named_lines(part) or whole)
            for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", x.text)
            for c in _clauses_keeping_lines(part)
            for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z])", c)
            if piece.strip()
        ]
        for clause, part_named in pieces:
            named = ctx.named_lines(clause) or part_named
            if (
                (named and ln.line not in named)
                or re.search(r"%|percent|prozent|pour\s?cent|por\s?ciento", clause, IC)
                # "Omdat de orderwaarde boven de € 10.000 uitkomt": the order's value or a
                # threshold for it, no line's price
                or L.search("order_value", clause)
            ):
                continue
            # cell by cell: in a row "120<TAB>$2.80" the 120 is not an amount of dollars
            cells = [c for c in re.split(r"\t|\s{2,}", clause) if c.strip()]
            hits = [(c, h) for c in cells for h in price_hits(c, locale)]
            amounts = [h.unit_value for _, h in hits] + [h.value for _, h in hits]
            amounts += [  # "415,00 EUR 1.000 KG": an ERP row's price per its price unit
                h.value / per
                for c, h in hits
                if h.per == 1
                and (per := price_unit_after(clause, _end_in(clause, c, h), pl.uom, locale))
            ]
            amounts += [v for c, _ in hits for v in _per_measure_prices(c, pl, locale)]
            # "Цена за 100 шт. - 1 850,00 руб.": a basis said before the amount, maybe in the
            # clause or the sentence before it (the unit's dot ended one)
            at = x.text.find(clause)
            amounts += [
                h.value / per
                for c, h in hits
                if h.per == 1
                and at >= 0
                and (
                    per := price_basis_before(
                        before_x + x.text, len(before_x) + at + clause.find(c) + h.start, pl.uom
                    )
                )
            ]
            own_packs = _packs(x.text, pl, locale)
            for packs in (own_packs, own_packs + line_packs) if line_packs else (own_packs,):
                amounts += [  # '$22.50/box' with 'boxes of 50': per the PO's unit
                    v
                    for c, h in hits
                    if (v := pack_price(c, digits_end(h.text, h.start), h.value, pl.uom, packs))
                ]
                amounts += [  # "USD 3.80/盒" with "100只/盒": per one of the box's pieces
                    v
                    for c, h in hits
                    if h.per == 1
                    for v in per_piece_of_pack(c, digits_end(h.text, h.start), h.value, packs)
                ]
            for m in _MONEY_EXTRA.finditer(clause):
                v = parse_number((m.group("a") or m.group("b")).rstrip(".,"), locale)
                if v is not None:
                    amounts.append(v)
            if named == {ln.line} and not hits:
                # "the housings, those are 320.00 now": a decimal said of this line alone
                # with no currency is still a price the result must account for
                for m in _BARE_DECIMAL.finditer(_without_dates(clause, locale, ctx)):
                    v = parse_number(m.group(0), locale)
                    if v is None or _day_month(m.group(0), locale):
                        continue
                    if _number_in_descriptions(m.group(0), po):
                        continue  # "Polycarbonate 1.59": the goods' own number, no price
                    # "not the 4.20 you have" of a price per 100: a price restated per 10/100/1000
                    if any((v / k).normalize() in known for k in (10, 100, 1000)):
                        continue
                    amounts.append(v)
            if amounts and not any(a.normalize() in known for a in amounts):
                return (
                    f"line {ln.line}: the amount in '{_clip(clause, 70)}' is neither the price read "
                    f"({format(price.normalize(), 'f')}) nor the line's total"
                )
    return None


def _end_in(clause: str, cell: str, h: PriceHit) -> int:
    """Where price hit ``h`` of ``cell`` ends in ``clause``."""
    return clause.find(cell) + h.end


def _line_ref_masked(m: re.Match[str]) -> str:
    # "poz. 1 - 100 000 szt.": after a spaced dash comes the line's value, not more lines
    if m.group("range") and re.match(r"\s+[-–—]\s", m.group("range")):
        return " " + m.string[m.end("a") : m.end()]
    return " "


def _without_line_refs(text: str) -> str:
    """The text without its line references, the values after them kept."""
    return _LINE_REF.sub(_line_ref_masked, text)


def _lead_line(ctx: _Context, text: str) -> int | None:
    """The line a sentence is about when it opens with it ("Line 2 is on backorder ... with line 1");
    none when it goes on to speak of all lines in so many words ("項次2：… 兩項均為12月22日出貨")."""
    text = text.lstrip(" -*•>\t")
    m = _LINE_REF.match(text)
    if not m or P.explicit_all(text):
        return None
    lines = {pl.line for po in ctx.pos.values() for pl in po.lines}
    numbers = line_numbers(m.group(0), lines)
    # "Item 1 & Item 3 - qty and rate OK": the sentence opens with both
    while (joined := _JOINED_REF.match(text, m.end())) and (
        m := _LINE_REF.match(text, joined.end())
    ):
        numbers |= line_numbers(m.group(0), lines)
    return next(iter(numbers)) if len(numbers) == 1 else None


_JOINED_REF = compile_re(r"\s*(?:&|\+|,|and|und|et|y|e|i|og|och|en)\s*", IC)


def _parse(token: str, locale: str) -> Decimal | None:
    from agent.reading.numbers import parse_number

    return parse_number(token, locale)


# A price change announced for everything, not an answer to this order.
_GENERAL_PRICE = compile_re(
    r"\b(?:all\s+(?:of\s+)?(?:our\s+)?prices|price\s+(?:increase|adjustment|change)s?\s+(?:from|as\s+of|effective)"
    r"|prices\s+(?:will\s+)?(?:increase|rise|go\s+up)|general\s+price|preiserh[öo]hung|preisanpassung"
    r"|alle\s+(?:unsere\s+)?preise|hausse\s+(?:g[ée]n[ée]rale\s+)?(?:des|de\s+nos)\s+(?:prix|tarifs)|tous\s+nos\s+prix"
    r"|subida\s+de\s+precios|todos\s+(?:los|nuestros)\s+precios|aumento\s+(?:dei|di|del)\s+(?:prezzi|listino)"
    r"|tutti\s+i\s+(?:nostri\s+)?prezzi|prijsverhoging|alle\s+(?:onze\s+)?prijzen|zdražení|podwyżk\w*\s+cen)\b",
    IC,
)


def _price_notice(ctx: _Context) -> list[str]:
    """(7) A general price notice ("from January 1 all prices increase by 5%, including your PO
    ...") with no word of confirmation anywhere: it changes nothing the supplier committed to."""
    if not any(ln.status in ("accepted", "changed") for _, ln in ctx.committed()):
        return []
    if any(COMMIT.search(x.text) or BARE_ANSWER.match(x.text) for x in ctx.sents):
        return []
    for x in ctx.sents:
        if x.lines and _GENERAL_PRICE.search(x.text):
            return [f"price notice: '{_clip(x.text, 70)}' announces prices, it confirms nothing"]
    return []


FAMILIES = (
    _conditions,
    _not_firm,
    _exceptions,
    _other_objects,
    _other_documents,
    _cancelled,
    _negations,
    _refused_list,
    _unread_language,
    _revisions,
    _alternatives,
    _lost_values,
    _unaccounted,
    _price_notice,
    _partial_fields,
)


def review_reasons(msg: Message, open_pos: Sequence[OpenPO], result: ExtractionResult) -> list[str]:
    """Why the supplier's words do not commit to what ``result`` confirms (empty: nothing found)."""
    if result.kind != "confirmation" or not result.confirmations:
        return []
    ctx = _build(msg, open_pos, result)
    reasons: list[str] = []
    for family in FAMILIES:
        reasons += family(ctx)
    return list(dict.fromkeys(reasons))


def guard(msg: Message, open_pos: Sequence[OpenPO], result: ExtractionResult) -> ExtractionResult:
    """The result, or — when the supplier's words do not commit — needs_review with the reasons."""
    reasons = review_reasons(msg, open_pos, result)
    if not reasons:
        return result
    matched = list(
        dict.fromkeys([*result.matched_po_numbers, *(c.po_number for c in result.confirmations)])
    )
    return replace(
        result,
        kind="needs_review",
        confirmations=[],
        exceptions=[],
        review_reasons=[*result.review_reasons, *reasons],
        confidence=min(result.confidence, 0.3),
        matched_po_numbers=matched,
        promised_reply_date=result.promised_reply_date or _promised_date(msg, open_pos),
    )


def _promised_date(msg: Message, open_pos: Sequence[OpenPO]) -> date | None:
    """When a promised answer is due ("confirmation to follow on Monday 11/30"), for the follow-up."""
    from agent.reading.dates import find_dates

    if msg.date is None:
        return None
    locale = open_pos[0].supplier.locale if open_pos else "en-US"
    for seg in msg.own_segments:
        for text in sentences(seg.text):
            if PROMISE.search(text):
                hits, _ = find_dates(text, locale, msg.date)
                later = sorted(h.date for h in hits if h.date >= msg.date.date())
                if later:
                    return later[0]
    return None
