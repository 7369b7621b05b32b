"""Streamlit app (thin: widgets -> services -> render)."""
