"""Peer values for SeirPeerTests: SciPy's RK45 on the SEIR model with vaccination, at tight tolerances.

    lambda = beta I / N,  u(t) = p d(t) S / (S + R)
    S' = -lambda S - u,  V' = u - kappa lambda V,  E' = lambda (S + kappa V) - sigma E,  I' = sigma E - gamma I,
    R' = gamma I,  C' = lambda (S + kappa V),  kappa = susceptibility of vaccinees

R0 = 2.5, latent period 3 days, infectious period 5 days, N = 1e6, I(0) = 10, 300 days. Scenarios: no vaccination;
all-or-nothing efficacy 0.9 with a campaign of 5000 doses/day from day 20 to day 80 (p = 0.9, kappa = 0); leaky
efficacy 0.6 with 30% pre-epidemic coverage (p = 1, kappa = 0.4). The campaign's ends split the integration, as MedTwin's
discontinuities do. The peak of I is located by an event on dI/dt = 0. Needs Debian's python3-scipy
(/usr/bin/python3). Run from the repository root:
    python3 tests/MedTwin.Tests/Physiology/Peers/seir_vaccination.py
"""
import numpy as np
import scipy
from scipy.integrate import solve_ivp

FIXTURE = "tests/MedTwin.Tests/Physiology/Peers/seir-vaccination-rk45-scipy.csv"
N, R0, LATENT, INFECTIOUS, DAYS = 1e6, 2.5, 3.0, 5.0, 300.0
BETA, SIGMA, GAMMA = R0 / INFECTIOUS, 1 / LATENT, 1 / INFECTIOUS
RTOL, ATOL = 1e-10, 1e-8
SCENARIOS = {
    # name: (protected fraction per dose p, susceptibility of vaccinees kappa, pre-epidemic coverage, campaign (start, end, doses/day))
    "none": (0.0, 0.0, 0.0, None),
    "all-or-nothing-campaign": (0.9, 0.0, 0.0, (20.0, 80.0, 5000.0)),
    "leaky-pre-epidemic": (1.0, 0.4, 0.3, None),
}


def solve(p, kappa, coverage, campaign):
    def rhs(t, y, rate):
        s, v, e, i, r, _ = y
        force = BETA * i / N
        u = p * rate * s / (s + r)
        infections = force * (s + kappa * v)
        return [-force * s - u, u - kappa * force * v, infections - SIGMA * e, SIGMA * e - GAMMA * i, GAMMA * i, infections]

    def peak(t, y, rate):
        return SIGMA * y[2] - GAMMA * y[3]

    peak.direction = -1
    susceptible = N - 10
    vaccinated = p * coverage * susceptible
    y0 = [susceptible - vaccinated, vaccinated, 0.0, 10.0, 0.0, 0.0]
    bounds = [0.0] + ([campaign[0], campaign[1]] if campaign else []) + [DAYS]
    grid, values, peaks = [], [], []
    for start, end in zip(bounds[:-1], bounds[1:]):
        # The dose rate is constant on each segment between the campaign's ends.
        rate = campaign[2] if campaign and campaign[0] <= start < campaign[1] else 0.0
        solution = solve_ivp(rhs, (start, end), y0, method="RK45", rtol=RTOL, atol=ATOL, dense_output=True,
                             events=peak, args=(rate,))
        assert solution.success, solution.message
        for day in np.arange(0, DAYS + 1, 10.0):
            if start <= day < end or day == end == DAYS:
                grid.append(day)
                values.append(solution.sol(day))
        peaks += [(t, y[3]) for t, y in zip(solution.t_events[0], solution.y_events[0])]
        y0 = solution.y[:, -1]
    peak_day, peak_prevalence = max(peaks, key=lambda item: item[1])
    return grid, values, peak_day, peak_prevalence, values[-1][5] / N


with open(FIXTURE, "w", encoding="ascii", newline="\n") as out:
    out.write(f"# SciPy {scipy.__version__} solve_ivp RK45 rtol={RTOL} atol={ATOL}; rows 'peak' give day and prevalence, 'attack' the attack rate\n")
    out.write("scenario,kind,day,value\n")
    for name, (p, kappa, coverage, campaign) in SCENARIOS.items():
        grid, values, peak_day, peak_prevalence, attack_rate = solve(p, kappa, coverage, campaign)
        out.write(f"{name},peak,{peak_day!r},{peak_prevalence!r}\n")
        out.write(f"{name},attack,,{attack_rate!r}\n")
        for day, state in zip(grid, values):
            out.write(f"{name},infectious,{day!r},{state[3]!r}\n")
