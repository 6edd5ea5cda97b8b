"""The domain's own rules, in one place: which state changes are allowed (and audited).

See :mod:`agent.domain.transitions`.
"""

from agent.domain.transitions import (
    ACK,
    EXCEPTION,
    INBOUND,
    MACHINES,
    OUTBOUND,
    Machine,
    TransitionError,
    created,
    machine_for,
    subject,
    transition,
    transitioned,
)

__all__ = [
    "ACK",
    "EXCEPTION",
    "INBOUND",
    "MACHINES",
    "OUTBOUND",
    "Machine",
    "TransitionError",
    "created",
    "machine_for",
    "subject",
    "transition",
    "transitioned",
]
