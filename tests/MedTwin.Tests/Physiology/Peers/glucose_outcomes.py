"""Peer values for GlucoseOutcomePeerTests: CGM outcome metrics of glucose-trace.csv from the published formulas.

Time in ranges as % of readings (Battelino et al. 2019, Diabetes Care 42:1593): 70-180 inclusive, <70, <54, >180, >250.
Mean, sample SD (n - 1), CV = 100 SD/mean, GMI = 3.31 + 0.02392 mean (Bergenstal et al. 2018).
Kovatchev et al. 1997/2006: f = 1.509 (ln(BG)^1.084 - 5.381), r = 10 f^2, rl = r where f < 0, rh = r where f > 0,
LBGI = mean(rl), HBGI = mean(rh). Needs numpy (/usr/bin/python3). Run from the repository root:
    python3 tests/MedTwin.Tests/Physiology/Peers/glucose_outcomes.py
"""
import numpy as np

TRACE = "tests/MedTwin.Tests/Physiology/Peers/glucose-trace.csv"
FIXTURE = "tests/MedTwin.Tests/Physiology/Peers/glucose-outcomes-numpy.csv"

data = np.loadtxt(TRACE, delimiter=",", skiprows=2)
bg = data[:, 1]
f = 1.509 * (np.log(bg) ** 1.084 - 5.381)
r = 10 * f ** 2
mean = bg.mean()
sd = bg.std(ddof=1)
metrics = [
    ("readings", len(bg)),
    ("duration", data[-1, 0] - data[0, 0]),
    ("in_range", 100 * np.mean((bg >= 70) & (bg <= 180))),
    ("below_70", 100 * np.mean(bg < 70)),
    ("below_54", 100 * np.mean(bg < 54)),
    ("above_180", 100 * np.mean(bg > 180)),
    ("above_250", 100 * np.mean(bg > 250)),
    ("mean", mean),
    ("sd", sd),
    ("cv", 100 * sd / mean),
    ("gmi", 3.31 + 0.02392 * mean),
    ("lbgi", np.mean(np.where(f < 0, r, 0))),
    ("hbgi", np.mean(np.where(f > 0, r, 0))),
    ("risk_index", np.mean(r)),
]
with open(FIXTURE, "w", encoding="ascii", newline="\n") as out:
    out.write(f"# numpy {np.__version__}: outcome metrics of glucose-trace.csv\n")
    out.write("metric,value\n")
    for name, value in metrics:
        out.write(f"{name},{float(value)!r}\n")
