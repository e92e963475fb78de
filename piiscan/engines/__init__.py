"""Engines schedule ``process_batch`` over chunks; nothing else knows which one runs."""
