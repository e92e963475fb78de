"""Operators: what replaces a found value. Presidio-anonymizer ``Operator`` subclasses,
so they also plug into Presidio's own ``AnonymizerEngine`` (``add_anonymizer``)."""
