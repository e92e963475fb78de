"""The ceiling the installed spaCy NER model puts on PERSON and LOCATION F1.

    python benchmarks/ner_ceiling.py --eval-data ../shared/eval-data [--write-results]

On presidio-research's synth_dataset_v2, per installed model: how many gold PERSON and
LOCATION spans (GPE, STREET_ADDRESS) any spaCy entity overlaps, with the right label and
with any label; spaCy's own precision; the F1 that recall allows at perfect precision; and
piiscan's own scores on the same data (piiscan.api.evaluate), for comparison.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass
from pathlib import Path

DATASET = Path("pii_labelled") / "presidio_research_synth_dataset_v2.json"
# The spaCy labels that count as each of our types: Presidio's default NER mapping, which
# is what piiscan's SpacyRecognizer uses (FAC and LOC become LOCATION too).
SPACY_LABELS = {"PERSON": frozenset({"PERSON"}), "LOCATION": frozenset({"GPE", "LOC", "FAC"})}
# Gold subtypes reported on their own rows: spaCy finds towns and countries, but street
# addresses are a different problem, and the average hides that.
LOCATION_SUBTYPES = ("GPE", "STREET_ADDRESS")

NOTE = (
    "The ceiling is how far detection can go with this NER model alone. Label-exact recall "
    "is the share of gold spans that a spaCy entity with the right label overlaps; any-label "
    "recall also counts spans spaCy tagged with another label (a name tagged ORG, a city "
    "tagged PERSON), which a perfect relabelling could recover. The ceiling F1 assumes "
    "perfect precision on top of that recall (F1 = 2R/(1+R)), so it is an upper bound, not a "
    "forecast (spaCy's own precision, in its column, is far from 1). A gold span the "
    "model does not tag at all cannot be recovered by any post-processing of its output; "
    "only a pattern or structure recognizer can find it, e.g. street addresses by piiscan's "
    "own address recognizer (recognizers/street_address.py); that is why piiscan's "
    "LOCATION score can exceed the label-exact ceiling. Overlap is generous for long spans: "
    "any entity touching a span reaches it, so a house number tagged CARDINAL, a post code "
    "tagged DATE or a town tagged GPE reaches a whole street address; read the "
    "STREET_ADDRESS ceilings, the any-label one above all, as overstatements. piiscan's F1 "
    "is not broken down by LOCATION subtype because its evaluation scores LOCATION as one "
    "type."
)


@dataclass(frozen=True, slots=True)
class Span:
    entity_type: str  # ours: PERSON or LOCATION
    subtype: str  # the dataset's own label (GPE, STREET_ADDRESS, PERSON)
    start: int
    end: int  # exclusive


@dataclass(frozen=True, slots=True)
class Sample:
    text: str
    gold: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Ent:
    label: str
    start: int
    end: int


def installed_models() -> list[str]:
    """The models piiscan would look for that are installed here (nothing is downloaded)."""
    from piiscan.detect.engine import KNOWN_MODELS, _is_package

    return [m for m in KNOWN_MODELS if _is_package(m)]


def load_samples(path: Path) -> list[Sample]:
    """Texts with their PERSON and LOCATION gold spans, mapped as piiscan.evaluate maps them."""
    from piiscan.evaluate import PRESIDIO_RESEARCH_TYPES

    samples = []
    for sample in json.loads(path.read_text(encoding="utf-8")):
        gold = tuple(
            Span(PRESIDIO_RESEARCH_TYPES[s["entity_type"]], s["entity_type"],
                 s["start_position"], s["end_position"])
            for s in sample["spans"]
            if PRESIDIO_RESEARCH_TYPES.get(s["entity_type"]) in SPACY_LABELS
        )
        samples.append(Sample(sample["full_text"], gold))
    return samples


def spacy_entities(model: str, texts: list[str]) -> list[tuple[Ent, ...]]:
    """doc.ents per text from the model's full pipeline, as spaCy ships it."""
    import spacy

    nlp = spacy.load(model)
    return [tuple(Ent(e.label_, e.start_char, e.end_char) for e in doc.ents)
            for doc in nlp.pipe(texts, batch_size=64)]


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    # Any shared character, as piiscan.evaluate matches findings to gold spans.
    return min(a_end, b_end) > max(a_start, b_start)


def reachable(samples: list[Sample], ents: list[tuple[Ent, ...]], entity_type: str,
              subtypes: tuple[str, ...] | None = None) -> tuple[int, int, int]:
    """(gold spans, overlapped by an entity of a matching label, overlapped by any entity)."""
    labels = SPACY_LABELS[entity_type]
    n = exact = any_label = 0
    for sample, found in zip(samples, ents):
        for g in sample.gold:
            if g.entity_type != entity_type or (subtypes and g.subtype not in subtypes):
                continue
            n += 1
            hits = [e for e in found if _overlaps(g.start, g.end, e.start, e.end)]
            exact += any(e.label in labels for e in hits)
            any_label += bool(hits)
    return n, exact, any_label


def spacy_precision(samples: list[Sample], ents: list[tuple[Ent, ...]],
                    entity_type: str) -> tuple[int, int]:
    """(spaCy entities with a matching label that overlap a gold span of the type, all of them).
    A GPE inside a gold street address counts as correct: it is part of a LOCATION."""
    labels = SPACY_LABELS[entity_type]
    total = correct = 0
    for sample, found in zip(samples, ents):
        gold = [g for g in sample.gold if g.entity_type == entity_type]
        for e in found:
            if e.label in labels:
                total += 1
                correct += any(_overlaps(g.start, g.end, e.start, e.end) for g in gold)
    return correct, total


def ceiling_f1(recall: float) -> float:
    """F1 at precision 1.0: the best any precision fix can do on top of this recall."""
    return 2 * recall / (1 + recall)


def piiscan_scores(path: Path, model: str) -> dict[str, dict]:
    """piiscan's own per-type scores on the same file, through its public evaluation path."""
    from piiscan.api import evaluate
    from piiscan.config import Detection

    result = evaluate([], gold=path, gold_format="presidio-research",
                      detection=Detection(spacy_model=model))
    if result["ner"]["model"] != model:
        raise SystemExit(f"piiscan ran NER with {result['ner']['model']!r}, not {model!r}")
    return {row["entity_type"]: row for row in result["scores"]}


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "—"


def ceiling_table(samples: list[Sample], ents: list[tuple[Ent, ...]],
                  ours: dict[str, dict]) -> str:
    rows = [("PERSON", "PERSON", None), ("LOCATION (all)", "LOCATION", None)]
    rows += [(f"LOCATION/{s}", "LOCATION", (s,)) for s in LOCATION_SUBTYPES]
    lines = ["| gold type | gold spans | spaCy label-exact recall | any-label recall "
             "| spaCy precision | ceiling F1 (label-exact) | ceiling F1 (any-label) | piiscan F1 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, entity_type, subtypes in rows:
        n, exact, any_label = reachable(samples, ents, entity_type, subtypes)
        # Precision and piiscan's F1 belong to the whole type: a spaCy GPE on a street
        # address is not wrong for "LOCATION/GPE", it is just another subtype.
        precision = "—" if subtypes else _ratio(*spacy_precision(samples, ents, entity_type))
        piiscan_f1 = "—" if subtypes else f"{ours[entity_type]['f1']:.3f}"
        lines.append(f"| {name} | {n} | {_ratio(exact, n)} | {_ratio(any_label, n)} | {precision} "
                     f"| {ceiling_f1(exact / n):.3f} | {ceiling_f1(any_label / n):.3f} "
                     f"| {piiscan_f1} |")
    return "\n".join(lines)


def piiscan_table(ours: dict[str, dict]) -> str:
    lines = ["| piiscan | precision | recall | F1 |", "|---|---:|---:|---:|"]
    for name in ("PERSON", "LOCATION", "overall"):
        r = ours[name]
        lines.append(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |")
    return "\n".join(lines)


def model_section(model: str, path: Path, samples: list[Sample]) -> str:
    import spacy

    t0 = time.perf_counter()
    ents = spacy_entities(model, [s.text for s in samples])
    spacy_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    ours = piiscan_scores(path, model)
    ours_s = time.perf_counter() - t0
    return (f"### {model} (spaCy {spacy.__version__}; {len(samples):,} samples; "
            f"spaCy pipeline {spacy_s:.1f} s, piiscan evaluate {ours_s:.1f} s)\n\n"
            f"{ceiling_table(samples, ents, ours)}\n\n"
            "piiscan's own scores (overall: every gold type it knows, micro-averaged):\n\n"
            f"{piiscan_table(ours)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-data", type=Path, required=True, help="the shared eval-data folder")
    ap.add_argument("--write-results", action="store_true")
    args = ap.parse_args()

    models = installed_models()
    if not models:
        raise SystemExit("no spaCy English model that piiscan knows is installed")
    path = args.eval_data / DATASET
    samples = load_samples(path)
    sections = [model_section(model, path, samples) for model in models]
    report = "\n\n".join([*sections, NOTE])
    from results import publish

    publish("NER ceiling", report, write=args.write_results)


if __name__ == "__main__":
    main()
