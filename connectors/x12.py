"""ANSI X12 004010: 850 purchase orders in, 855 acknowledgments out.

Inbound: one interchange (ISA ... IEA) may carry several groups and several
850 transaction sets; each becomes one PO. The envelope is checked (control
numbers that match, SE/GE/IEA counts) before any content is read, and every
error names the segment and its position (1 = the ISA segment).

Outbound: BAK02 carries the whole-PO status and one ACK per part of a line
(connectors/mapping.py) the line status, quantity and date; PO1 repeats the
line with the confirmed unit price. ISA13/GS06 come from the database
sequence (connectors/control_numbers.py), so they never repeat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from connectors import mapping
from connectors.base import Connector, Document, DocumentError, Inbound, RenderContext

if TYPE_CHECKING:
    from agent.config import PartnerSettings

ISA_LENGTH = 106
# DTM01 qualifiers an 850 may use, and what they mean to us.
DATE_QUALIFIERS = {
    "002": "delivery",  # delivery requested
    "010": "ship",  # requested ship
    "004": "issued",  # purchase order date
    "037": "ship",  # ship not before
    "038": "ship",  # ship no later
    "063": "delivery",  # do not deliver after
    "064": "delivery",  # do not deliver before
    "106": "delivery",  # required by
}
_PREFERRED_DATE = {"delivery": ("002", "106", "063", "064"), "ship": ("010", "038", "037")}
# ACK04 for a confirmed date of each kind: 067 current schedule delivery, 068 current schedule ship.
ACK_DATE_QUALIFIER = {"delivery": "067", "ship": "068"}
N1_ENTITIES = {"BY", "BT", "ST", "SE", "SU", "VN", "SF", "RI", "OB", "PE"}
PER_FUNCTIONS = {"BD", "IC", "OC", "SR", "CN", "PD"}
PO1_ID_QUALIFIERS = {"BP", "VP", "VN", "IN", "UP", "EN", "MG", "SK", "CB", "PN", "UK", "VA"}
BEG_PURPOSES = {"00", "05", "06"}  # original, replace, confirmation


@dataclass
class Segment:
    tag: str
    elements: list[str]  # elements[0] is the tag, so elements[1] is XX01
    position: int

    def get(self, n: int) -> str:
        return self.elements[n].strip() if n < len(self.elements) else ""

    def where(self, n: int | None = None) -> str:
        el = f", element {self.tag}{n:02d}" if n else ""
        return f"segment {self.tag} at position {self.position}{el}"


def split_segments(data: bytes) -> tuple[list[Segment], str, str]:
    """Segments of an interchange and its (element, component) separators."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError("interchange", f"not UTF-8/ASCII text (byte {exc.start})") from None
    text = text.lstrip("\ufeff \r\n\t")
    if not text.startswith("ISA"):
        raise DocumentError("segment ISA at position 1", "an X12 interchange starts with ISA")
    if len(text) < ISA_LENGTH:
        raise DocumentError("segment ISA at position 1", "is shorter than its fixed 106 characters")
    element, component, terminator = text[3], text[104], text[105]
    isa = text[:ISA_LENGTH].split(element)
    if len(isa) != 17:
        raise DocumentError(
            "segment ISA at position 1",
            f"has {len(isa) - 1} elements, expected 16 (is the element separator "
            f"{element!r} used inside a value, or is the ISA not fixed-width?)",
        )
    segments: list[Segment] = []
    for position, raw in enumerate(
        (s.strip("\r\n") for s in text.split(terminator) if s.strip()), start=1
    ):
        parts = raw.split(element)
        segments.append(Segment(parts[0].strip(), parts, position))
    return segments, element, component


def _date(seg: Segment, n: int) -> date:
    value = seg.get(n)
    try:
        if len(value) != 8 or not value.isdigit():
            raise ValueError
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        raise DocumentError(seg.where(n), f"{value!r} is not a date CCYYMMDD") from None


def _decimal(seg: Segment, n: int, required: bool = True) -> Decimal | None:
    value = seg.get(n)
    if not value:
        if required:
            raise DocumentError(seg.where(n), "is required")
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        raise DocumentError(seg.where(n), f"{value!r} is not a number") from None


def _int(seg: Segment, n: int) -> int:
    value = seg.get(n)
    if not value.isdigit():
        raise DocumentError(seg.where(n), f"{value!r} is not a count")
    return int(value)


def _check_envelope(segments: list[Segment]) -> list[list[Segment]]:
    """Validate ISA/GS/ST/SE/GE/IEA; return the 850 transaction sets (ST..SE, inclusive)."""
    isa = segments[0]
    tail = segments[-1]
    if tail.tag != "IEA":
        raise DocumentError(tail.where(), "the interchange does not end with IEA")
    groups = 0
    sets: list[list[Segment]] = []
    current_group: Segment | None = None
    group_sets = 0
    current_set: list[Segment] | None = None
    for seg in segments[1:]:
        if current_set is not None:
            current_set.append(seg)
            if seg.tag == "SE":
                st = current_set[0]
                count = _int(seg, 1)
                if count != len(current_set):
                    raise DocumentError(
                        seg.where(1),
                        f"says {count} segments, the transaction set has {len(current_set)} "
                        f"(ST at position {st.position} to SE)",
                    )
                if seg.get(2) != st.get(2):
                    raise DocumentError(
                        seg.where(2), f"control number {seg.get(2)!r} != ST02 {st.get(2)!r}"
                    )
                sets.append(current_set)
                current_set = None
            elif seg.tag in ("ST", "GS", "GE", "IEA", "ISA"):
                raise DocumentError(seg.where(), "found before the SE that closes the open ST")
            continue
        if seg.tag == "GS":
            if current_group is not None:
                raise DocumentError(seg.where(), "a new GS before the GE closing the last one")
            if seg.get(1) != "PO":
                raise DocumentError(seg.where(1), f"functional ID {seg.get(1)!r}: expected PO")
            current_group, group_sets = seg, 0
        elif seg.tag == "ST":
            if current_group is None:
                raise DocumentError(seg.where(), "transaction set outside a GS/GE group")
            if seg.get(1) != "850":
                raise DocumentError(seg.where(1), f"transaction set {seg.get(1)!r}: expected 850")
            current_set = [seg]
            group_sets += 1
        elif seg.tag == "GE":
            if current_group is None:
                raise DocumentError(seg.where(), "GE without a GS")
            if _int(seg, 1) != group_sets:
                raise DocumentError(
                    seg.where(1), f"says {seg.get(1)} transaction sets, the group has {group_sets}"
                )
            if seg.get(2) != current_group.get(6):
                raise DocumentError(
                    seg.where(2), f"control number {seg.get(2)!r} != GS06 {current_group.get(6)!r}"
                )
            current_group = None
            groups += 1
        elif seg.tag == "IEA":
            if seg is not tail:
                raise DocumentError(seg.where(), "IEA before the end of the interchange")
            if current_group is not None:
                raise DocumentError(seg.where(), f"group GS at {current_group.position} has no GE")
            if _int(seg, 1) != groups:
                raise DocumentError(seg.where(1), f"says {seg.get(1)} groups, found {groups}")
            if seg.get(2) != isa.get(13):
                raise DocumentError(
                    seg.where(2), f"control number {seg.get(2)!r} != ISA13 {isa.get(13)!r}"
                )
        else:
            raise DocumentError(seg.where(), "segment outside a transaction set")
    if current_set is not None:
        raise DocumentError(current_set[0].where(), "transaction set has no SE")
    if not sets:
        raise DocumentError(isa.where(), "the interchange holds no 850 transaction set")
    return sets


def _pick_date(dates: dict[str, tuple[date, Segment]], kind: str) -> date | None:
    for qualifier in _PREFERRED_DATE[kind]:
        if qualifier in dates:
            return dates[qualifier][0]
    return None


def _dtm(seg: Segment, dates: dict[str, tuple[date, Segment]]) -> None:
    qualifier = seg.get(1)
    if qualifier not in DATE_QUALIFIERS:
        raise DocumentError(
            seg.where(1),
            f"unknown date qualifier {qualifier!r} (known: {', '.join(sorted(DATE_QUALIFIERS))})",
        )
    dates[qualifier] = (_date(seg, 2), seg)


def _purchase_order(ts: list[Segment], partner: PartnerSettings) -> dict[str, Any]:
    beg = next((s for s in ts if s.tag == "BEG"), None)
    if beg is None or ts[1].tag != "BEG":
        raise DocumentError(ts[1].where(), "an 850 starts with BEG after ST")
    if beg.get(1) not in BEG_PURPOSES:
        raise DocumentError(beg.where(1), f"unknown purpose code {beg.get(1)!r}")
    if not beg.get(3):
        raise DocumentError(beg.where(3), "the PO number is missing")
    po: dict[str, Any] = {
        "po_number": beg.get(3),
        "issued": _date(beg, 5).isoformat() if beg.get(5) else None,
        "currency": None,
        "supplier": {},
        "buyer": {},
        "lines": [],
    }
    header_dates: dict[str, tuple[date, Segment]] = {}
    party: dict[str, Any] | None = None
    line: dict[str, Any] | None = None
    line_dates: dict[str, tuple[date, Segment]] = {}
    line_seg: Segment | None = None
    po1_count = 0
    ctt: Segment | None = None

    def close_line() -> None:
        if line is None or line_seg is None:
            return
        when = _pick_date(line_dates, partner.requested_date) or _pick_date(
            header_dates, partner.requested_date
        )
        if when is None:
            q = _PREFERRED_DATE[partner.requested_date][0]
            raise DocumentError(
                line_seg.where(),
                f"no {partner.requested_date} date (DTM*{q}) for this line nor for the PO",
            )
        line["requested_date"] = when.isoformat()
        po["lines"].append(line)

    for seg in ts[2:-1]:
        tag = seg.tag
        if tag == "CUR":
            po["currency"] = seg.get(2)
        elif tag == "DTM":
            _dtm(seg, line_dates if line is not None else header_dates)
        elif tag == "N1":
            if line is not None:
                raise DocumentError(
                    seg.where(), "N1 after the first PO1 (line-level N1 is not supported)"
                )
            entity = seg.get(1)
            if entity not in N1_ENTITIES:
                raise DocumentError(seg.where(1), f"unknown entity identifier code {entity!r}")
            party = None
            if entity == partner.x12_supplier_entity:
                party = po["supplier"]
                party["id"] = seg.get(4) or seg.get(2)
                party["name"] = seg.get(2)
            elif entity == "BY":
                party = po["buyer"]
                party["name"] = seg.get(2)
            elif entity == "ST":
                po["site"] = seg.get(4) or seg.get(2)
        elif tag == "PER":
            if seg.get(1) not in PER_FUNCTIONS:
                raise DocumentError(seg.where(1), f"unknown contact function code {seg.get(1)!r}")
            if party is not None:
                for n in (3, 5, 7):
                    if seg.get(n) == "EM" and seg.get(n + 1):
                        party["email"] = seg.get(n + 1)
                if party is po["buyer"] and seg.get(2):
                    party["name"] = seg.get(2)
        elif tag == "PO1":
            close_line()
            po1_count += 1
            line_seg, line_dates = seg, {}
            unit = seg.get(3)
            ours = mapping.unit_in(unit, partner.unit_codes)
            if ours is None:
                raise DocumentError(seg.where(3), f"unit code {unit!r} is not in unit_codes")
            ids: dict[str, str] = {}
            for n in range(6, len(seg.elements) - 1, 2):
                q, v = seg.get(n), seg.get(n + 1)
                if not q and not v:
                    continue
                if q not in PO1_ID_QUALIFIERS:
                    raise DocumentError(seg.where(n), f"unknown product ID qualifier {q!r}")
                ids[q] = v
            item = ids.get(partner.x12_item_qualifier)
            if not item:
                raise DocumentError(
                    seg.where(6), f"no product ID with qualifier {partner.x12_item_qualifier!r}"
                )
            line = {
                "line": seg.get(1) or str(po1_count),
                "item": item,
                "description": item,
                "quantity": str(_decimal(seg, 2)),
                "uom": ours,
                "unit_price": str(_decimal(seg, 4)),
            }
        elif tag == "PID":
            if line is not None and seg.get(5):
                line["description"] = seg.get(5)
        elif tag == "CTT":
            ctt = seg
        elif tag in ("REF", "FOB", "ITD", "TD5", "N2", "N3", "N4", "MSG", "AMT", "SAC", "TAX"):
            continue  # read past: not part of what a supplier confirms
        else:
            raise DocumentError(seg.where(), f"unexpected segment {tag!r} in an 850")
    close_line()
    if not po["lines"]:
        raise DocumentError(ts[0].where(), f"PO {po['po_number']} has no PO1 line")
    if ctt is not None and _int(ctt, 1) != po1_count:
        raise DocumentError(ctt.where(1), f"says {ctt.get(1)} line items, found {po1_count} PO1")
    if not po["currency"]:
        po["currency"] = None  # the importer reports it with the PO's location
    if not po["buyer"]:
        po["buyer"] = None
    return po


class X12Connector(Connector):
    format = "x12"
    extensions = (".x12", ".edi", ".850", ".855")
    media_type = "application/edi-x12"

    @classmethod
    def sniff(cls, data: bytes) -> bool:
        return data.lstrip(b"\xef\xbb\xbf \r\n\t")[:3] == b"ISA"

    @classmethod
    def sender_id(cls, data: bytes) -> str | None:
        head = data.lstrip(b"\xef\xbb\xbf \r\n\t")
        if len(head) < ISA_LENGTH:
            return None
        parts = head[:ISA_LENGTH].decode("latin-1").split(chr(head[3]))
        return parts[6].strip() if len(parts) == 17 else None

    @classmethod
    def partner_key(cls, partner: PartnerSettings) -> str | None:
        return partner.x12_id

    def parse(self, data: bytes, partner: PartnerSettings) -> Inbound:
        segments, _, _ = split_segments(data)
        records, sources = [], []
        for ts in _check_envelope(segments):
            records.append(_purchase_order(ts, partner))
            sources.append(f"ST {ts[0].get(2)} at position {ts[0].position}")
        return Inbound(records, sources)

    def render(
        self, confirmation: dict[str, Any], partner: PartnerSettings, ctx: RenderContext
    ) -> Document:
        e, c, t = (partner.x12_element_separator, partner.x12_component_separator,
                   partner.x12_segment_terminator)  # fmt: skip
        ours, theirs = partner.x12_our_id, partner.x12_id
        gs_ours, gs_theirs = partner.x12_our_gs_id or ours, partner.x12_gs_id or theirs
        isa_number = ctx.next_number(f"x12:isa:{partner.x12_our_qualifier}:{ours}")
        gs_number = ctx.next_number(f"x12:gs:{gs_ours}")
        if isa_number > 999_999_999:
            raise ValueError("ISA13 control numbers for this sender are exhausted (999999999)")
        now = ctx.now
        lines = mapping.ack_lines(confirmation)
        body: list[list[str]] = [["ST", "855", "0001"]]
        bak = ["BAK", "00", mapping.po_code(confirmation, lines, confirmation.get("po_line_count")),
               confirmation["po_number"], _ccyymmdd(confirmation.get("issue_date")) or
               now.strftime("%Y%m%d")]  # fmt: skip
        if confirmation.get("supplier_reference"):
            bak += ["", "", "", _clean(confirmation["supplier_reference"], e, c, t)]
        body.append(bak)
        if confirmation.get("currency"):
            body.append(["CUR", "SE", confirmation["currency"]])
        for ln in lines:
            unit = mapping.unit_out(ln.uom, partner.unit_codes)
            po1 = ["PO1", str(ln.line), mapping.amount(ln.ordered_quantity), unit,
                   mapping.amount(ln.price) if ln.price is not None else "", ""]  # fmt: skip
            if ln.item:
                po1 += [partner.x12_item_qualifier, _clean(ln.item, e, c, t)]
            body.append(po1)
            for part in ln.parts:
                ack = ["ACK", part.code, mapping.amount(part.quantity), unit]
                if part.date is not None:
                    ack += [ACK_DATE_QUALIFIER[ln.date_kind], part.date.strftime("%Y%m%d")]
                body.append(ack)
        body.append(["CTT", str(len(lines))])
        body.append(["SE", str(len(body) + 1), "0001"])
        isa = [
            "ISA", "00", " " * 10, "00", " " * 10,
            partner.x12_our_qualifier, ours.ljust(15), partner.x12_qualifier, theirs.ljust(15),
            now.strftime("%y%m%d"), now.strftime("%H%M"), "U", "00401", f"{isa_number:09d}",
            "0", partner.x12_usage, c,
        ]  # fmt: skip
        gs = ["GS", "PR", gs_ours, gs_theirs, now.strftime("%Y%m%d"), now.strftime("%H%M"),
              str(gs_number), "X", "004010"]  # fmt: skip
        segments = [isa, gs, *body, ["GE", "1", str(gs_number)], ["IEA", "1", f"{isa_number:09d}"]]
        text = "".join(e.join(s) + t + "\n" for s in segments)
        key = confirmation["idempotency_key"].replace(":", "_").replace("/", "_")
        return Document(text.encode("ascii", "replace"), f"{key}.855.x12", self.media_type,
                        f"{isa_number:09d}")  # fmt: skip


def _ccyymmdd(iso: str | None) -> str | None:
    return iso[:10].replace("-", "") if iso else None


def _clean(value: str, *separators: str) -> str:
    """A value that cannot break the segment structure (separators become spaces)."""
    for sep in separators:
        value = value.replace(sep, " ")
    return value.strip()[:80]
