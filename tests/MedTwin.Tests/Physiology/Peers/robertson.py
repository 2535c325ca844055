"""Peer values for RobertsonTests: Robertson's stiff chemical kinetics solved by SciPy at tight tolerances.

    y1' = -k1 y1 + k3 y2 y3,  y2' = k1 y1 - k2 y2^2 - k3 y2 y3,  y3' = k2 y2^2,  k1 = 0.04, k2 = 3e7, k3 = 1e4,
    y(0) = (1, 0, 0), up to t = 4e10 (Hairer & Wanner, "Solving ODEs II", section IV.1).

Radau IIA (order 5) with rtol=1e-10, atol=1e-14 and the exact Jacobian gives the values; LSODA at the same tolerances
is run too and the largest relative difference between the two is written in the header, as the peer's own accuracy.
Needs Debian's python3-scipy (/usr/bin/python3). Run from the repository root:
    python3 tests/MedTwin.Tests/Physiology/Peers/robertson.py
"""
import numpy as np
import scipy
from scipy.integrate import solve_ivp

FIXTURE = "tests/MedTwin.Tests/Physiology/Peers/robertson-radau-scipy.csv"
K1, K2, K3 = 0.04, 3e7, 1e4
TIMES = [0.4 * 10.0 ** e for e in range(0, 12)] + [1e5]
TIMES = sorted(TIMES)


def rhs(t, y):
    y1, y2, y3 = y
    return [-K1 * y1 + K3 * y2 * y3, K1 * y1 - K2 * y2 * y2 - K3 * y2 * y3, K2 * y2 * y2]


def jacobian(t, y):
    y1, y2, y3 = y
    return [[-K1, K3 * y3, K3 * y2], [K1, -2 * K2 * y2 - K3 * y3, -K3 * y2], [0, 2 * K2 * y2, 0]]


def solve(method):
    solution = solve_ivp(rhs, (0, TIMES[-1]), [1.0, 0.0, 0.0], method=method, t_eval=TIMES, rtol=1e-10, atol=1e-14, jac=jacobian)
    assert solution.success, solution.message
    return solution.y


radau = solve("Radau")
lsoda = solve("LSODA")
agreement = np.max(np.abs(radau - lsoda) / np.maximum(np.abs(radau), 1e-20))

with open(FIXTURE, "w", encoding="ascii", newline="\n") as out:
    out.write(f"# SciPy {scipy.__version__} solve_ivp Radau rtol=1e-10 atol=1e-14 exact Jacobian; largest relative difference to LSODA: {agreement:.1e}\n")
    out.write("time,y1,y2,y3\n")
    for index, time in enumerate(TIMES):
        out.write(f"{time!r},{radau[0, index]!r},{radau[1, index]!r},{radau[2, index]!r}\n")
