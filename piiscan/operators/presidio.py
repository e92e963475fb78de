"""piiscan's pseudonyms as a presidio-anonymizer operator, for Presidio users:

    engine = AnonymizerEngine()
    engine.add_anonymizer(PseudonymOperator)
    engine.anonymize(text, results, {"DEFAULT": OperatorConfig("piiscan_pseudonym",
                                                               {"pseudonymizer": p})})

Kept apart from :mod:`.pseudonym` because importing presidio-anonymizer costs about a
second, and piiscan's own path does not need it.
"""

from __future__ import annotations

from presidio_anonymizer.operators import Operator, OperatorType

from .pseudonym import Pseudonymizer


class PseudonymOperator(Operator):
    """Presidio-anonymizer operator: ``OperatorConfig("piiscan_pseudonym", {"pseudonymizer": p})``."""

    def operate(self, text: str, params: dict | None = None) -> str:
        params = params or {}
        return params["pseudonymizer"].pseudonym(params["entity_type"], text)

    def validate(self, params: dict | None = None) -> None:
        if not params or not isinstance(params.get("pseudonymizer"), Pseudonymizer):
            raise ValueError("piiscan_pseudonym needs a 'pseudonymizer' parameter")

    def operator_name(self) -> str:
        return "piiscan_pseudonym"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize
