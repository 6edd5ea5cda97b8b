"""Column types that keep Python values exact on every database.

They live apart from the models because migrations import them too: a
migration must keep working even when the models change later.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Numeric, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend.

    SQLite has no time zones and hands back naive values; this stores UTC and
    returns aware UTC, and refuses naive input rather than guess its zone.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()}: use timezone-aware UTC")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Money(TypeDecorator[Decimal]):
    """Exact decimals: NUMERIC(18, 6) on PostgreSQL, decimal text on SQLite.

    SQLite would store NUMERIC as a binary float; text keeps every digit.
    Used for quantities too, which can be fractional (kg, m).
    """

    impl = Numeric(18, 6)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric(18, 6, asdecimal=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError(f"float {value!r} for a money/quantity column: use Decimal")
        dec = value if isinstance(value, Decimal) else Decimal(str(value))
        if not dec.is_finite():
            raise ValueError(f"{dec} is not a finite number")
        if dialect.name == "sqlite":
            return format(dec, "f")
        return dec

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        dec = value if isinstance(value, Decimal) else Decimal(str(value))
        # PostgreSQL pads to scale 6 ("312.500000"); drop the padding so both backends agree.
        if dec == dec.to_integral_value():
            return dec.quantize(Decimal(1))
        return dec.normalize()


class EnumStr(TypeDecorator[enum.Enum]):
    """A str Enum kept as plain VARCHAR (no native enum type, so new states need no DDL)."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_cls: type[enum.Enum], length: int = 32) -> None:
        super().__init__(length)
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum_cls(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> enum.Enum | None:
        if value is None:
            return None
        return self.enum_cls(value)
