"""piiscan: find personal data in logs, forum dumps and analytics exports.

The public API lives in :mod:`piiscan.api` (``scan``, ``redact``, ``run_pipeline``).
This module imports nothing heavy, so ``piiscan --help`` stays fast.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
