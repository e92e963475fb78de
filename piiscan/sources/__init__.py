"""Readers and writers, one module per format. See :mod:`piiscan.sources.base`."""
