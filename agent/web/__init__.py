"""The web console (``poagent web``): queue, PO timelines, reviews, supplier scorecards."""

from agent.web.app import create_app

__all__ = ["create_app"]
