"""Ingest: decode, transcribe, diarize, import transcripts, extract facts."""
