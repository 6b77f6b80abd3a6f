"""The `kg` command line: each command parses its options and makes one library call."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.errors import KgError
from kg.store import default_location, open_store

F = TypeVar("F", bound=Callable[..., Any])


def store_option(func: F) -> F:
    return click.option(
        "--store",
        "store_location",
        default=default_location,
        show_default=".kg/store, or $KG_STORE",
        help="Store folder (embedded Oxigraph), ':memory:', or a SPARQL endpoint URL.",
    )(func)


def model_option(func: F) -> F:
    return click.option(
        "--model",
        default=None,
        help="spaCy model name (default: $KG_MODEL or en_core_web_sm).",
    )(func)


def default_processes(files: int, per_process: int = 50) -> int:
    """The machine's cores, but no more parser processes than there are runs of files to share."""
    return max(1, min(os.cpu_count() or 1, files // per_process))


def fail(err: KgError) -> click.ClickException:
    return click.ClickException(str(err))


def input_paths(func: F) -> F:
    """PATHS...: files and folders; missing or unreadable ones are named and skipped, not refused."""
    return click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False, path_type=Path))(
        func
    )


def echo_note(note: str | None) -> None:
    if note:
        click.echo(f"note {note}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="news-kg")
def main() -> None:
    """news-kg: build a knowledge graph of actors, statements and events from news articles."""


@main.command()
@input_paths
@store_option
@model_option
@click.option("--batch-size", default=16, show_default=True, help="Articles written per transaction.")
@click.option(
    "--processes", "-j", type=int, default=None, help="Parser processes (default: the machine's cores)."
)
@click.option("--force", is_flag=True, help="Parse stored articles again too (after a model or rule change).")
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    help="Parse and extract on this Dask cluster (dask.distributed); the results go into --store.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(
    paths: tuple[Path, ...],
    store_location: str,
    model: str | None,
    batch_size: int,
    processes: int | None,
    force: bool,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Read articles (.txt with NAME.json sidecar, .html, .jsonl, folders) into the store."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg.build import build as run_build
    from kg.ingest import Skipped, iter_files

    total = sum(1 for f in iter_files(paths) if not isinstance(f, Skipped))
    processes = processes or default_processes(total)
    echo_skip = lambda s: click.echo(f"skipped {s}", err=True)  # noqa: E731

    try:
        store = open_store(store_location)
        with Progress(
            TextColumn("building"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            disable=quiet or total < 2,
            transient=True,
            console=None,
        ) as progress:
            task = progress.add_task("build", total=total)
            report = run_build(
                paths,
                store,
                model=model,
                batch_size=batch_size,
                n_process=processes,
                force=force,
                scheduler=scheduler,
                on_skip=echo_skip,
                on_note=echo_note,
                on_progress=lambda n: progress.advance(task, n),
            )
        store.close()
    except KgError as err:
        raise fail(err) from err
    click.echo(f"{report.summary()}; store: {store.location}")  # a URL without its user:pass
    if report.read == 0:
        raise click.ClickException("nothing usable was read; give .txt, .html or .jsonl files or folders")


@main.command()
@input_paths
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one article a line; json: one indented object an article.",
)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Output file (default stdout).",
)
@model_option
@click.option("--processes", "-j", default=1, show_default=True, help="Parser processes.")
def extract(paths: tuple[Path, ...], fmt: str, output: Any, model: str | None, processes: int) -> None:
    """Print the extraction records (actors, statements, events, times) of each article."""
    from kg.ingest import Skipped, encoding_note, read_articles
    from kg.nlp import load_pipeline
    from kg.pipeline import extract_articles

    read = 0

    def usable() -> Any:
        nonlocal read
        for item in read_articles(paths):
            if isinstance(item, Skipped) and item.note:
                echo_note(str(item))
            elif isinstance(item, Skipped):
                click.echo(f"skipped {item}", err=True)
            else:
                read += 1
                echo_note(encoding_note(item))
                yield item

    try:
        nlp = load_pipeline(model)
        for extraction in extract_articles(usable(), nlp, n_process=processes):
            record = extraction.to_json()
            output.write(json.dumps(record, ensure_ascii=False, indent=2 if fmt == "json" else None) + "\n")
    except KgError as err:
        raise fail(err) from err
    if read == 0:
        raise click.ClickException("nothing usable was read; give .txt, .html or .jsonl files or folders")


@main.command()
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the query from a .rq file.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True
)
@click.option("--update", is_flag=True, help="Allow SPARQL Update (the store is read-only otherwise).")
@click.option(
    "--timeout", "timeout_s", default=60.0, show_default=True, help="Seconds a query may run (0: no limit)."
)
@click.option(
    "--max-rows",
    type=int,
    help="Most rows to print (default: 1000 for a table, all for csv, tsv, json; 0: all).",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let SERVICE clauses send requests to other servers (refused otherwise).",
)
@store_option
def query(
    sparql: str | None,
    query_file: Path | None,
    fmt: str,
    update: bool,
    timeout_s: float,
    max_rows: int | None,
    allow_service: bool,
    store_location: str,
) -> None:
    """Run a SPARQL query (nkg:, nkgt:, rdfs:, skos:, dcterms: ... are predeclared)."""
    from kg.query import TABLE_ROWS, render, run_query

    if (sparql is None) == (query_file is None):
        raise click.UsageError("give a SPARQL query or -f FILE.rq (one of them)")
    text = query_file.read_text(encoding="utf-8") if query_file else sparql
    assert text is not None
    cap = max_rows if max_rows is not None else (TABLE_ROWS if fmt == "table" else 0)
    try:
        store = open_store(store_location, read_only=not update, create=False)
        rows = run_query(
            store, text, allow_update=update, allow_service=allow_service, timeout_s=timeout_s, max_rows=cap
        )
        click.echo(render(rows, fmt))
    except KgError as err:
        raise fail(err) from err


EXPORT_FORMATS = ["ttl", "nt", "nq", "trig", "jsonld", "rdfxml", "graphml", "gexf", "cytoscape", "neo4j"]


@main.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="ttl", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Output file (default stdout); for neo4j, the folder to write the CSV files and load.cypher into.",
)
@store_option
def export(fmt: str, output: Path | None, store_location: str) -> None:
    """Write the graph: RDF (ttl, nt, nq, trig, jsonld, rdfxml) or a property graph (graphml, gexf,
    cytoscape, neo4j) with actors as nodes and statements and events as edges."""
    from kg.export import export as run_export

    if fmt == "neo4j" and output is None:
        raise click.UsageError("--format neo4j writes several files: give the folder with -o FOLDER")
    try:
        store = open_store(store_location, read_only=True, create=False)
        if output is None:
            run_export(store, fmt, sys.stdout.buffer)
        else:
            (output if fmt == "neo4j" else output.parent).mkdir(parents=True, exist_ok=True)
            run_export(store, fmt, output)
    except KgError as err:
        raise fail(err) from err


@main.command()
@store_option
@click.option("--max", "max_shown", default=20, show_default=True, help="Violations to list at most.")
def validate(store_location: str, max_shown: int) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl)."""
    from kg.validate import store_union, validate_graph

    try:
        store = open_store(store_location, read_only=True, create=False)
        violations = validate_graph(store_union(store))
    except KgError as err:
        raise fail(err) from err
    if not violations:
        click.echo("the graph conforms to the shapes")
        return
    for violation in violations[:max_shown]:
        click.echo(str(violation))
    more = len(violations) - max_shown
    if more > 0:
        click.echo(f"... and {more} more")
    raise click.ClickException(f"{len(violations)} violation(s) of ontology/shapes.ttl")


@main.command()
@store_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True
)
def stats(store_location: str, fmt: str) -> None:
    """Counts of documents, entities by type, statements by kind and events by category."""
    from kg.query import render
    from kg.stats import store_stats

    try:
        store = open_store(store_location, read_only=True, create=False)
        click.echo(render(store_stats(store), fmt))
    except KgError as err:
        raise fail(err) from err


@main.command()
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default="graph.html", show_default=True
)
@store_option
@click.option("--query", "sparql", help="A SELECT or CONSTRUCT query or a .rq file: draw the nodes it names.")
@click.option("--actor", help="Draw this actor's neighbourhood (any of its names).")
@click.option("--hops", default=1, show_default=True, help="Steps around --actor.")
@click.option("--max-nodes", type=int, help="Keep the best connected nodes only (the page says so).")
@click.option(
    "--max-actors",
    default=3000,
    show_default=True,
    help="Actors a corpus page carries, best connected first (0: all).",
)
@click.option("--title", default="news-kg graph", show_default=True)
def viz(
    output: Path,
    store_location: str,
    sparql: str | None,
    actor: str | None,
    hops: int,
    max_nodes: int | None,
    max_actors: int,
    title: str,
) -> None:
    """Write the interactive graph view: one self-contained HTML page (opens with no network)."""
    from kg.view.build import build_view

    try:
        store = open_store(store_location, read_only=True, create=False)
        written, drawn = build_view(
            store,
            output,
            sparql=sparql,
            actor=actor,
            hops=hops,
            max_nodes=max_nodes,
            max_actors=max_actors,
            title=title,
        )
    except KgError as err:
        raise fail(err) from err
    click.echo(f"wrote {written} ({drawn.summary()})")


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, help="Port to listen on.")
@click.option("--timeout", "timeout_s", default=30, show_default=True, help="Query timeout in seconds.")
@click.option(
    "--limit", default=10000, show_default=True, help="Most results a query may return (0: no limit)."
)
def serve(store_location: str, host: str, port: int, timeout_s: int, limit: int) -> None:
    """Serve the store read-only as a SPARQL 1.1 endpoint (the Oxigraph server) at /query; SERVICE is
    refused. It serves the store as it was at start: restart it after a build into the store."""
    from kg.serve import ServeSettings
    from kg.serve import serve as run_serve

    def ready(url: str) -> None:
        limits = f"timeout {timeout_s} s, " + (f"at most {limit} results" if limit else "no result limit")
        click.echo(f"serving {store_location} read-only at {url} ({limits}); Ctrl-C stops", err=True)
        click.echo("it serves the store as it is now: after a build into it, restart kg serve", err=True)

    try:
        run_serve(ServeSettings(store_location, host, port, timeout_s, limit), on_ready=ready)
    except KgError as err:
        raise fail(err) from err


if __name__ == "__main__":
    main()
