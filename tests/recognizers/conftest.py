"""Shared fixtures: the bundled recognizers, loaded once, and helpers to run them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from piiscan.detect.loader import LoadedRecognizer, bundled_dir, load_recognizers

THRESHOLD = 0.4  # the pipeline's default score threshold


@pytest.fixture(scope="session")
def loaded() -> list[LoadedRecognizer]:
    return load_recognizers([bundled_dir()])


def _results(loaded: list[LoadedRecognizer], text: str, entity: str):
    for lr in loaded:
        if entity in lr.entities:
            yield from lr.recognizer.analyze(text, [entity], nlp_artifacts=None)


@pytest.fixture(scope="session")
def find(loaded) -> Callable[..., list[tuple[str, str]]]:
    """find(text, entity, min_score=0.4) -> sorted (entity_type, substring) pairs."""

    def _find(text: str, entity: str, min_score: float = THRESHOLD) -> list[tuple[str, str]]:
        return sorted(
            {
                (r.entity_type, text[r.start : r.end])
                for r in _results(loaded, text, entity)
                if r.score >= min_score
            }
        )

    return _find


@pytest.fixture(scope="session")
def scores(loaded) -> Callable[[str, str], dict[str, float]]:
    """scores(text, entity) -> {substring: best score}, whatever the score."""

    def _scores(text: str, entity: str) -> dict[str, float]:
        best: dict[str, float] = {}
        for r in _results(loaded, text, entity):
            span = text[r.start : r.end]
            best[span] = max(best.get(span, 0.0), r.score)
        return best

    return _scores


@pytest.fixture(scope="session")
def recognizer(loaded) -> Callable[[str], object]:
    """recognizer(name) -> the loaded recognizer instance of that name."""

    by_name = {lr.name: lr.recognizer for lr in loaded}
    return by_name.__getitem__
