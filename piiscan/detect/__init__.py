"""Detection: recognizer loading, the plan, and the per-batch analysis."""
