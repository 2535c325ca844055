#!/usr/bin/env bash
# Peer timing for the notebook kernel: a fresh process to the executed notebook, MedTwin against Jupyter.
#
# Times, on this machine in one run, four commands that each start a process, run a notebook headless and write it:
#   medtwin   dotnet MedTwin.Cli.dll run nb.ipynb -o out.ipynb            (Release build; C# cells)
#   peer      jupyter nbconvert --to notebook --execute nb.ipynb ...      (ipykernel; the same cells in Python)
# each on a 1-cell notebook and on a 20-cell one (`1`, then alternately `x2 = 2` and `x2`: the cells of
# NotebookExecutionBenchmarks), and prints
#   cold start       = time of the 1-cell notebook (process start, kernel start, first cell's result, write)
#   per-cell overhead = (time(20 cells) - time(1 cell)) / 19, with its standard error
# and the ratios medtwin / peer. Statistics are medians (robust on a shared machine); means are printed too.
# A trivial cell costs the peer about a millisecond, below process-start jitter, so the script also times the peer's
# cells inside one running kernel (nbclient), the counterpart of NotebookExecutionBenchmarks' "Per extra cell".
#
# Needs: the .NET SDK, python3, and the peer (Debian/Ubuntu):
#   sudo apt-get update && sudo apt-get install -y jupyter-nbconvert python3-nbclient python3-ipykernel
# Uses hyperfine if installed (sudo apt-get install -y hyperfine), else a bash loop with `date +%s%N`.
# Settings: RUNS (default 10) timed runs per command after one warm-up; MEDTWIN_CLI_DLL to use a built
# MedTwin.Cli.dll instead of building src/MedTwin.Cli in Release; JUPYTER (default: jupyter); PEER_PYTHON
# (default: the interpreter jupyter runs on) for the in-kernel timing.
#
# A manual measurement: tests and CI must not run it. From the repository root:
#   tests/MedTwin.Benchmarks/Peers/kernel_startup.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
runs="${RUNS:-10}"
jupyter="${JUPYTER:-jupyter}"
command -v "$jupyter" >/dev/null || { echo "error: '$jupyter' not found; install jupyter-nbconvert python3-nbclient python3-ipykernel" >&2; exit 2; }

if [[ -z "${MEDTWIN_CLI_DLL:-}" ]]; then
    dotnet build "$root/src/MedTwin.Cli/MedTwin.Cli.csproj" -c Release -nologo -v quiet >&2
    MEDTWIN_CLI_DLL="$root/src/MedTwin.Cli/bin/Release/net10.0/MedTwin.Cli.dll"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The notebooks: C# ones as Polyglot Notebooks writes them, Python ones for ipykernel; no data, no packages.
python3 - "$work" <<'PY'
import json, pathlib, sys

work = pathlib.Path(sys.argv[1])

def cells(n, csharp):
    for k in range(1, n + 1):
        if k == 1:
            yield "1"
        elif k % 2 == 0:
            yield f"var x{k} = {k};" if csharp else f"x{k} = {k}"
        else:
            yield f"x{k - 1}"

def notebook(n, csharp):
    cell_metadata = {"polyglot_notebook": {"kernelName": "csharp"}} if csharp else {}
    metadata = {
        "kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
        "language_info": {"name": "polyglot-notebook"},
        "polyglot_notebook": {"kernelInfo": {"defaultKernelName": "csharp", "items": [{"aliases": [], "name": "csharp"}]}},
    } if csharp else {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    return {
        "cells": [{"cell_type": "code", "execution_count": None, "id": f"cell-{i}", "metadata": cell_metadata,
                   "outputs": [], "source": source} for i, source in enumerate(cells(n, csharp), 1)],
        "metadata": metadata, "nbformat": 4, "nbformat_minor": 5,
    }

for n in (1, 20):
    (work / f"cs{n}.ipynb").write_text(json.dumps(notebook(n, True), indent=1), encoding="utf-8")
    (work / f"py{n}.ipynb").write_text(json.dumps(notebook(n, False), indent=1), encoding="utf-8")
PY

names=(medtwin-1 medtwin-20 peer-1 peer-20)
commands=(
    "dotnet '$MEDTWIN_CLI_DLL' run '$work/cs1.ipynb' -o '$work/cs1.out.ipynb'"
    "dotnet '$MEDTWIN_CLI_DLL' run '$work/cs20.ipynb' -o '$work/cs20.out.ipynb'"
    "'$jupyter' nbconvert --to notebook --execute '$work/py1.ipynb' --output py1.out.ipynb --output-dir '$work'"
    "'$jupyter' nbconvert --to notebook --execute '$work/py20.ipynb' --output py20.out.ipynb --output-dir '$work'"
)

# Each command once, untimed: it must succeed (and caches are warm for both sides alike).
for i in "${!names[@]}"; do
    bash -c "${commands[$i]}" >/dev/null 2>&1 || { echo "error: ${names[$i]} failed: ${commands[$i]}" >&2; exit 1; }
done

# Seconds per run, one file per command: $work/<name>.times.
if command -v hyperfine >/dev/null; then
    tool="hyperfine $(hyperfine --version | cut -d' ' -f2)"
    args=()
    for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
    hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$work/hyperfine.json" "${args[@]}" >&2
    python3 - "$work" <<'PY'
import json, pathlib, sys
work = pathlib.Path(sys.argv[1])
for result in json.loads((work / "hyperfine.json").read_text())["results"]:
    (work / f"{result['command']}.times").write_text("\n".join(map(str, result["times"])) + "\n")
PY
else
    tool="bash loop (date +%s%N); install hyperfine for better statistics"
    for i in "${!names[@]}"; do
        bash -c "${commands[$i]}" >/dev/null 2>&1
        for ((run = 0; run < runs; run++)); do
            start=$(date +%s%N)
            bash -c "${commands[$i]}" >/dev/null 2>&1
            end=$(date +%s%N)
            echo "$(( (end - start) / 1000 ))e-6" >>"$work/${names[$i]}.times"
        done
    done
fi

echo "machine: $(nproc) cores, $(uname -srm); timing: $tool, $runs runs per command after 1 warm-up"
echo "medtwin: .NET SDK $(dotnet --version), Release $(basename "$MEDTWIN_CLI_DLL"); peer: $("$jupyter" --version 2>/dev/null |
    awk -F' *: *' '$1 ~ /^(nbconvert|nbclient|ipykernel)$/ { printf "%s%s %s", sep, $1, $2; sep = ", " }'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work" <<'PY'
import math, pathlib, statistics, sys
work = pathlib.Path(sys.argv[1])
times = {p.name.removesuffix(".times"): [float(t) for t in p.read_text().split()] for p in work.glob("*.times")}
median = {name: statistics.median(t) for name, t in times.items()}
for name in ("medtwin-1", "medtwin-20", "peer-1", "peer-20"):
    t = times[name]
    print(f"{name:>11}: median {median[name] * 1e3:8.1f} ms   mean {statistics.mean(t) * 1e3:8.1f} ms"
          f" ± {statistics.stdev(t) * 1e3 if len(t) > 1 else 0:6.1f}   min {min(t) * 1e3:8.1f} ms")
cold = {side: median[f"{side}-1"] for side in ("medtwin", "peer")}
cell = {side: (median[f"{side}-20"] - median[f"{side}-1"]) / 19 for side in ("medtwin", "peer")}
# Standard error of that difference (normal approximation): process start jitter swamps a cell of a millisecond.
noise = {side: math.sqrt(sum(statistics.variance(times[f"{side}-{n}"]) / len(times[f"{side}-{n}"]) for n in (1, 20))) / 19
         for side in ("medtwin", "peer")} if all(len(t) > 1 for t in times.values()) else {"medtwin": 0.0, "peer": 0.0}
print(f"cold start to the first cell's result: medtwin {cold['medtwin'] * 1e3:.1f} ms, peer {cold['peer'] * 1e3:.1f} ms,"
      f" ratio medtwin/peer {cold['medtwin'] / cold['peer']:.2f}")
print(f"per-cell overhead, (20 cells - 1 cell) / 19: medtwin {cell['medtwin'] * 1e3:.1f} ± {noise['medtwin'] * 1e3:.1f} ms,"
      f" peer {cell['peer'] * 1e3:.1f} ± {noise['peer'] * 1e3:.1f} ms, ratio medtwin/peer "
      + (f"{cell['medtwin'] / cell['peer']:.2f}" if cell["peer"] > 2 * noise["peer"] else "not resolved (peer within noise)"))
PY

# The peer's per-cell overhead in a running kernel, which process timing cannot resolve: nbclient's execute_cell on
# the 20-cell notebook's cells 2..20, 10 times over, in one kernel. MedTwin's counterpart is the "Per extra cell"
# column of NotebookExecutionBenchmarks (dotnet run -c Release --project tests/MedTwin.Benchmarks -- --filter '*NotebookExecution*').
peer_python="${PEER_PYTHON:-$(sed -n '1s/^#! *//p' "$(command -v "$jupyter")")}"
"$peer_python" - "$work" <<'PY'
import pathlib, statistics, sys, time
import nbformat
from nbclient import NotebookClient
notebook = nbformat.read(pathlib.Path(sys.argv[1]) / "py20.ipynb", as_version=4)
client = NotebookClient(notebook, kernel_name="python3")
seconds = []
with client.setup_kernel():
    for repeat in range(10):
        for index, cell in enumerate(notebook.cells):
            start = time.perf_counter()
            client.execute_cell(cell, index)
            if index > 0:
                seconds.append(time.perf_counter() - start)
print(f"peer per-cell overhead in a running kernel (nbclient execute_cell, {len(seconds)} trivial cells):"
      f" median {statistics.median(seconds) * 1e3:.2f} ms, mean {statistics.mean(seconds) * 1e3:.2f} ms")
PY
