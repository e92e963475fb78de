from __future__ import annotations

import click

from .options import output_format_option


@click.group("recognizers", invoke_without_command=True)
@click.option("--ner", type=click.Choice(["auto", "on", "off"]), default="auto", show_default=True)
@output_format_option
@click.pass_context
def command(ctx, ner, output_format):
    """List the recognizers in use, their entity types and where they come from."""
    ctx.obj = {"ner": ner, "format": output_format}
    if ctx.invoked_subcommand is not None:
        return
    import json
    import sys

    from ..config import Detection, NerMode
    from ..detect.engine import Detector

    detector = Detector(Detection(ner=NerMode(ner)))
    rows = [(r.name, ",".join(r.entities), r.origin) for r in detector.loaded]
    if detector.ner_on:
        rows.append(("SpacyRecognizer", "PERSON,LOCATION", f"spaCy model {detector.model_name}"))
    rows += [("access_log_user / access_log_client", "USERNAME,HOSTNAME", "structure: access-log fields"),
             ("query_parameter / field_name / region_field", "by name", "structure: parameter and field names")]
    fmt = output_format if output_format != "auto" else ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        click.echo(json.dumps([{"name": n, "entities": e.split(","), "origin": o} for n, e, o in rows], indent=2))
        return
    w1 = max(len(r[0]) for r in rows)
    w2 = max(len(r[1]) for r in rows)
    click.echo(f"{'NAME':<{w1}}  {'ENTITIES':<{w2}}  ORIGIN")
    for n, e, o in rows:
        click.echo(f"{n:<{w1}}  {e:<{w2}}  {o}")


@command.command("test")
@click.argument("text")
@click.option("--field", default=None, help="Treat TEXT as the value of this field/column.")
@click.pass_context
def test(ctx, text, field):
    """Show what each recognizer finds in TEXT (values masked)."""
    import json
    import sys

    from ..config import Detection, NerMode
    from ..detect.views import make_view
    from ..findings import mask_preview
    from ..keys import Key
    from ..process import Plan, runtime

    plan = Plan(detection=Detection(ner=NerMode(ctx.obj["ner"])), key=Key.random())
    found = runtime(plan).detector.detect([text], [field])[0]
    rows = [{"entity_type": f.entity_type, "start": f.start, "end": f.end, "score": round(f.score, 2),
             "recognizer": f.recognizer, "preview": mask_preview(f.entity_type, make_view(text[f.start:f.end]).text)}
            for f in found]
    fmt = ctx.obj["format"]
    if fmt == "json" or (fmt == "auto" and not sys.stdout.isatty()):
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("nothing found")
    for r in rows:
        click.echo(f"{r['entity_type']:<14} [{r['start']}:{r['end']}] {r['score']:.2f} "
                   f"{r['recognizer']:<28} {r['preview']}")
