"""Peer values for UvaPadovaPeerTests: the UVA/Padova 2008 model written here independently (after simglucose's
T1DPatient equations) and solved by SciPy's solve_ivp, with the patient parameters of data/uva-padova-patients/1.

Scenario: adult#001 at its basal insulin u2ss, one 50 g meal at 60 min eaten at 5 g/min (10 min), 8 h horizon,
output every 5 min. Gastric emptying is scaled to D = stomach content at the meal's start + the meal (mg).
The fixture holds plasma glucose Gp/Vg (mg/dL) from RK45 and LSODA at rtol 1e-6, atol 1e-8, and the wall time of
one simulated day with three meals (50, 70, 80 g at 7:00, 12:00, 18:00) per method, the median of 20 runs.
Needs Debian's python3-scipy (/usr/bin/python3). Run from the repository root:
    python3 tests/MedTwin.Tests/Physiology/Peers/uva_padova_scipy.py
"""
import csv
import statistics
import time

import numpy as np
import scipy
from scipy.integrate import solve_ivp

PARAMETERS = "data/uva-padova-patients/1/uva_padova_vpatient_params.csv"
FIXTURE = "tests/MedTwin.Tests/Physiology/Peers/uva-padova-adult001-meal-scipy.csv"
RTOL, ATOL = 1e-6, 1e-8


def patient(name):
    with open(PARAMETERS, encoding="utf-8") as source:
        for row in csv.DictReader(source):
            if row["Name"] == name:
                return {key: (value if key == "Name" else float(value)) for key, value in row.items()}
    raise KeyError(name)


def rhs(t, x, p, cho, insulin, dbar):
    qsto1, qsto2, qgut, gp, gt, ip, xx, i1, id_, il, isc1, isc2, gs = x
    if dbar > 0:
        alpha = 5 / (2 * dbar * (1 - p["b"]))
        beta = 5 / (2 * dbar * p["d"])
        qsto = qsto1 + qsto2
        kempt = p["kmin"] + (p["kmax"] - p["kmin"]) / 2 * (
            np.tanh(alpha * (qsto - p["b"] * dbar)) - np.tanh(beta * (qsto - p["d"] * dbar)) + 2)
    else:
        kempt = p["kmax"]
    egp = max(p["kp1"] - p["kp2"] * gp - p["kp3"] * id_, 0.0)
    ra = p["f"] * p["kabs"] * qgut / p["BW"]
    renal = p["ke1"] * (gp - p["ke2"]) if gp > p["ke2"] else 0.0
    uid = (p["Vm0"] + p["Vmx"] * xx) * gt / (p["Km0"] + gt)
    plasma_insulin = ip / p["Vi"]
    return [
        -p["kmax"] * qsto1 + cho,
        p["kmax"] * qsto1 - kempt * qsto2,
        kempt * qsto2 - p["kabs"] * qgut,
        egp + ra - p["Fsnc"] - renal - p["k1"] * gp + p["k2"] * gt,
        -uid + p["k1"] * gp - p["k2"] * gt,
        -(p["m2"] + p["m4"]) * ip + p["m1"] * il + p["ka1"] * isc1 + p["ka2"] * isc2,
        -p["p2u"] * xx + p["p2u"] * (plasma_insulin - p["Ib"]),
        -p["ki"] * (i1 - plasma_insulin),
        -p["ki"] * (id_ - i1),
        -(p["m1"] + p["m30"]) * il + p["m2"] * ip,
        insulin - (p["kd"] + p["ka1"]) * isc1,
        p["kd"] * isc1 - p["ka2"] * isc2,
        -p["ksc"] * (gs - gp),
    ]


def simulate(p, meals, horizon, method, grid):
    """Integrates segment by segment between input changes; meals are (start, grams) eaten at 5 g/min."""
    changes = sorted({0.0, horizon} | {s for s, _ in meals} | {s + g / 5 for s, g in meals if s + g / 5 < horizon})
    x = [p[f"x0_{i:2d}"] for i in range(1, 14)]
    dbar, times, glucose = 0.0, [], []
    for begin, end in zip(changes, changes[1:]):
        cho = 0.0
        for start, grams in meals:
            if start == begin:
                dbar = x[0] + x[1] + grams * 1000
            if start <= begin < start + grams / 5:
                cho = grams * 1000 / (grams / 5)
        inside = [t for t in grid if begin <= t < end or (end == horizon and t == horizon)]
        evaluated = inside if inside and inside[-1] == end else inside + [end]
        solution = solve_ivp(rhs, (begin, end), x, method=method, rtol=RTOL, atol=ATOL,
                             t_eval=evaluated, args=(p, cho, p["u2ss"], dbar))
        assert solution.success, solution.message
        times.extend(solution.t[:len(inside)])
        glucose.extend(solution.y[3, :len(inside)] / p["Vg"])
        x = list(solution.y[:, -1])
    return np.array(times), np.array(glucose)


def day_seconds(p, method):
    meals = [(7 * 60, 50), (12 * 60, 70), (18 * 60, 80)]
    grid = [5.0 * k for k in range(289)]
    runs = []
    for _ in range(20):
        started = time.perf_counter()
        simulate(p, meals, 1440.0, method, grid)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


adult = patient("adult#001")
grid = [5.0 * k for k in range(97)]
traces = {method: simulate(adult, [(60.0, 50.0)], 480.0, method, grid) for method in ("RK45", "LSODA")}
with open(FIXTURE, "w", encoding="ascii", newline="\n") as out:
    out.write(f"# SciPy {scipy.__version__} solve_ivp rtol {RTOL} atol {ATOL}; adult#001, 50 g at 60 min; "
              f"seconds per simulated day (3 meals, median of 20): "
              f"RK45 {day_seconds(adult, 'RK45'):.4f}, LSODA {day_seconds(adult, 'LSODA'):.4f}\n")
    out.write("time,glucose_rk45,glucose_lsoda\n")
    for index, t in enumerate(traces["RK45"][0]):
        out.write(f"{t!r},{traces['RK45'][1][index]!r},{traces['LSODA'][1][index]!r}\n")
