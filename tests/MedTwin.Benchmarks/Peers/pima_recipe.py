"""Peer timing for PimaRecipeBenchmarks: the same cleaning in pandas + scikit-learn.

Zeros in glucose, pressure, triceps, insulin and mass become missing, values outside the plausible ranges become
missing, then SimpleImputer(strategy="median") fills the gaps. Needs Debian's python3-pandas and python3-sklearn
(run it with that Python, /usr/bin/python3, if another python3 comes first on PATH).
Run from the repository root:
    python3 tests/MedTwin.Benchmarks/Peers/pima_recipe.py
"""
import timeit

import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer

PATH = "data/pima-diabetes/1/pima_indians_diabetes.csv"
MEASURED = ["glucose", "pressure", "triceps", "insulin", "mass"]
# MedTwin's built-in plausible ranges for glucose, diastolic blood pressure and BMI, as PimaRecipeBenchmarks uses them.
RANGES = {"glucose": (33, 2000), "pressure": (0, 375), "mass": (10, 100)}


def clean(frame):
    frame = frame.copy()
    frame[MEASURED] = frame[MEASURED].replace(0, np.nan)
    for column, (low, high) in RANGES.items():
        frame.loc[(frame[column] < low) | (frame[column] > high), column] = np.nan
    frame[MEASURED] = SimpleImputer(strategy="median").fit_transform(frame[MEASURED])
    return frame


if __name__ == "__main__":
    pima = pd.read_csv(PATH)
    runs = 200
    best = min(timeit.repeat(lambda: clean(pima), number=runs, repeat=5)) / runs
    print(f"pandas + scikit-learn Pima cleaning: {best * 1e3:.3f} ms per fit + apply ({len(clean(pima))} rows)")
