"""poagent: an email-first supplier purchase-order confirmation agent."""

__version__ = "0.1.0"
