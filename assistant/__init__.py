"""Candor: offline-first meeting and status assistant for project managers."""

__version__ = "0.1.0"
