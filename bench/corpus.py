"""What the corpus benches share: the BBC sample, timing a command, its peak memory, a verdict."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc"
KG = [sys.executable, "-m", "kg.cli"]


def corpus_files(corpus: Path, n: int) -> list[Path]:
    """n article files taken at even steps over the sorted corpus (0: all), so every section is in."""
    if not corpus.is_dir():
        sys.exit(f"{corpus} is absent: give --corpus DIR")
    files = sorted(p for p in corpus.rglob("*.txt") if p.name != "README.TXT")
    if not n or n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def cores() -> int:
    return os.cpu_count() or 1


@dataclass
class Run:
    """A finished command: wall-clock seconds, the peak resident size of its largest process, output,
    and the CPU seconds (user and system) of the command and every process it waited for."""

    seconds: float
    peak_mb: float
    stdout: str
    cpu: float = 0.0


def timed(command: list[str]) -> Run:
    """Run a command to its end (it must succeed), timing it and reading its peak memory (wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, cwd=ROOT)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            sys.exit(f"{' '.join(command[:4])} ... failed:\n{err.read().decode()[-2000:]}")
        return Run(seconds, usage.ru_maxrss / 1024, out.read().decode(), usage.ru_utime + usage.ru_stime)


def folder_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def verdict(name: str, value: float, limit: float, unit: str = "", higher_is_worse: bool = True) -> str:
    ok = value <= limit if higher_is_worse else value >= limit
    return f"{name:<44} {value:10.2f}{unit}   limit {limit:.2f}{unit}   {'ok' if ok else 'OVER'}"
