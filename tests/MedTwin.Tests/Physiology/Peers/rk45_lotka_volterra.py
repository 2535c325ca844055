"""Peer values for DormandPrincePeerTests: SciPy's RK45 on the Lotka-Volterra predator-prey system.

    x' = 1.5 x - x y,  y' = -3 y + x y,  (x, y)(0) = (10, 5),  t in [0, 15]

For each tolerance pair the fixture holds SciPy's accepted steps and function evaluations, then the solution on a
grid read from RK45's dense output (t_eval does not change the steps). Needs Debian's python3-scipy
(/usr/bin/python3). Run from the repository root:
    python3 tests/MedTwin.Tests/Physiology/Peers/rk45_lotka_volterra.py
"""
import numpy as np
import scipy
from scipy.integrate import solve_ivp

FIXTURE = "tests/MedTwin.Tests/Physiology/Peers/lotka-volterra-rk45-scipy.csv"
TOLERANCES = [(1e-6, 1e-8), (1e-9, 1e-12)]
GRID = np.linspace(0, 15, 31)


def rhs(t, z):
    x, y = z
    return [1.5 * x - x * y, -3 * y + x * y]


with open(FIXTURE, "w", encoding="ascii", newline="\n") as out:
    out.write(f"# SciPy {scipy.__version__} solve_ivp RK45; rows 'steps' give accepted steps and function evaluations\n")
    out.write("rtol,atol,kind,time,x,y\n")
    for rtol, atol in TOLERANCES:
        solution = solve_ivp(rhs, (0, 15), [10.0, 5.0], method="RK45", t_eval=GRID, rtol=rtol, atol=atol)
        assert solution.success, solution.message
        steps = solve_ivp(rhs, (0, 15), [10.0, 5.0], method="RK45", rtol=rtol, atol=atol)
        out.write(f"{rtol!r},{atol!r},steps,,{len(steps.t) - 1},{steps.nfev}\n")
        for index, time in enumerate(solution.t):
            out.write(f"{rtol!r},{atol!r},value,{time!r},{solution.y[0, index]!r},{solution.y[1, index]!r}\n")
