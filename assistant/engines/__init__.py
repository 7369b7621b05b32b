"""Adapters for external engines, one module per seam (see base.py for the Protocols)."""
