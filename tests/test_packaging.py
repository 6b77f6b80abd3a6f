"""Packaging: what `make demo` installs is enough for every command."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def pins(name: str) -> dict[str, str]:
    text = (ROOT / name).read_text(encoding="utf-8")
    return dict(re.findall(r"^([A-Za-z0-9_.-]+)==([^\s]+)", text, flags=re.M))


def test_the_oxigraph_server_is_a_runtime_requirement_of_pyoxigraphs_version() -> None:
    runtime = pins("requirements.txt")
    assert runtime["oxigraph"] == runtime["pyoxigraph"]
    assert "oxigraph" not in pins("requirements-dev.txt")
    assert re.search(r"^\s+oxigraph>=", (ROOT / "setup.cfg").read_text(encoding="utf-8"), flags=re.M)
