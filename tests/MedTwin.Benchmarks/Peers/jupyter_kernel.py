"""Peer timing for the Jupyter kernel: MedTwin's `medtwin kernel` against ipykernel, both driven by jupyter_client.

Times, on this machine in one run, alternating between the two kernels:
    startup     KernelManager.start_kernel() until the kernel_info_reply arrives (process start, sockets, first reply)
    round trip  a trivial execute_request (`1`) until its execute_reply, in a running kernel, after 5 warm-up cells
and prints the medians (robust on a shared machine), means, and the ratios medtwin / ipykernel.

Both kernelspecs are written into a temporary folder that JUPYTER_PATH points to: MedTwin's by `medtwin kernel install
--prefix`, ipykernel's naming this interpreter, so neither depends on what is installed for the user.

Needs: the .NET SDK and, for this interpreter, jupyter_client and ipykernel (Debian/Ubuntu):
    sudo apt-get update && sudo apt-get install -y python3-jupyter-client python3-ipykernel
Settings: RUNS (default 10) kernel starts per kernel, CELLS (default 50) timed cells per start; MEDTWIN_CLI_DLL to use a
built MedTwin.Cli.dll instead of building src/MedTwin.Cli in Release.

A manual measurement: tests and CI must not run it. From the repository root, with an interpreter that has jupyter_client:
    python3 tests/MedTwin.Benchmarks/Peers/jupyter_kernel.py
"""
import json
import os
import pathlib
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[3]
RUNS = int(os.environ.get("RUNS", "10"))
CELLS = int(os.environ.get("CELLS", "50"))
WARM_UP_CELLS = 5
TIMEOUT = 120


def medtwin_cli():
    if "MEDTWIN_CLI_DLL" in os.environ:
        return os.environ["MEDTWIN_CLI_DLL"]
    subprocess.run(["dotnet", "build", str(ROOT / "src/MedTwin.Cli/MedTwin.Cli.csproj"), "-c", "Release", "-nologo", "-v", "quiet"],
                   check=True, stdout=sys.stderr)
    return str(ROOT / "src/MedTwin.Cli/bin/Release/net10.0/MedTwin.Cli.dll")


def install_kernelspecs(prefix, cli):
    subprocess.run(["dotnet", cli, "kernel", "install", "--prefix", prefix, "--name", "medtwin-bench"], check=True, stdout=subprocess.DEVNULL)
    peer = pathlib.Path(prefix, "share", "jupyter", "kernels", "ipykernel-bench")
    peer.mkdir(parents=True)
    (peer / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (ipykernel)", "language": "python",
        # Quiets debugpy's warning about frozen modules, printed at every start.
        "env": {"PYDEVD_DISABLE_FILE_VALIDATION": "1"},
    }))
    os.environ["JUPYTER_PATH"] = str(pathlib.Path(prefix, "share", "jupyter"))


def reply_to(client, msg_id):
    while True:
        reply = client.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def measure(kernel_name):
    """One kernel start: seconds to the kernel_info_reply, then seconds per trivial execute round trip."""
    from jupyter_client import KernelManager
    started = time.perf_counter()
    manager = KernelManager(kernel_name=kernel_name)
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    reply_to(client, client.kernel_info())
    startup = time.perf_counter() - started
    round_trips = []
    for cell in range(WARM_UP_CELLS + CELLS):
        sent = time.perf_counter()
        reply = reply_to(client, client.execute("1"))
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"{kernel_name}: the cell failed: {reply['content']}")
        if cell >= WARM_UP_CELLS:
            round_trips.append(time.perf_counter() - sent)
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    return startup, round_trips


def main():
    import jupyter_client
    import ipykernel
    with tempfile.TemporaryDirectory() as prefix:
        install_kernelspecs(prefix, medtwin_cli())
        kernels = {"medtwin": "medtwin-bench", "ipykernel": "ipykernel-bench"}
        startups = {side: [] for side in kernels}
        trips = {side: [] for side in kernels}
        for side, name in kernels.items():
            measure(name)  # untimed: it must work, and disk caches are warm for both alike
        for _ in range(RUNS):
            for side, name in kernels.items():
                startup, round_trips = measure(name)
                startups[side].append(startup)
                trips[side].extend(round_trips)

    print(f"machine: {os.cpu_count()} cores, {platform.system()} {platform.release()} {platform.machine()};"
          f" load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"client: jupyter_client {jupyter_client.__version__}; peer: ipykernel {ipykernel.__version__} on Python {platform.python_version()};"
          f" {RUNS} starts per kernel, {CELLS} timed cells per start after {WARM_UP_CELLS} warm-up cells")
    for side in kernels:
        s, t = startups[side], trips[side]
        print(f"{side:>10}: start to kernel_info_reply median {statistics.median(s) * 1e3:7.1f} ms (mean {statistics.mean(s) * 1e3:7.1f},"
              f" min {min(s) * 1e3:7.1f});  execute round trip median {statistics.median(t) * 1e3:6.2f} ms"
              f" (mean {statistics.mean(t) * 1e3:6.2f}, min {min(t) * 1e3:6.2f})")
    ratio_start = statistics.median(startups["medtwin"]) / statistics.median(startups["ipykernel"])
    ratio_trip = statistics.median(trips["medtwin"]) / statistics.median(trips["ipykernel"])
    print(f"ratio medtwin/ipykernel: startup {ratio_start:.2f}, execute round trip {ratio_trip:.2f}")


if __name__ == "__main__":
    main()
