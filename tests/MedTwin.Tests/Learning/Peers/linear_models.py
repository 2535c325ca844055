"""Peer values for MedTwin's penalised linear models, from scikit-learn.

Run from the repository root:  python3 tests/MedTwin.Tests/Learning/Peers/linear_models.py
Writes linear_models_sklearn.csv beside this script: one row per model and term.

Objectives (intercept never penalised):
  ridge_efron   Ridge(alpha=10):  ||y - Xb - b0||^2 + 10 ||b||^2, raw Efron features, progression ~ all 10.
  l2_pima       LogisticRegression(penalty='l2', C=0.1):  C * sum(log-loss) + 0.5 ||w||^2.
  l1_pima       LogisticRegression(penalty='l1', C=0.1):  C * sum(log-loss) + ||w||_1.
The logistic fits use Pima's 8 features standardised (mean 0, population standard deviation 1), diabetes pos = 1.
"""
import os
import sys
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression, Ridge

warnings.simplefilter("error", ConvergenceWarning)
here = os.path.dirname(os.path.abspath(__file__))

efron = pd.read_csv("data/efron-diabetes/1/efron_diabetes_progression.csv")
pima = pd.read_csv("data/pima-diabetes/1/pima_indians_diabetes.csv")
efron_x = efron.drop(columns="progression").to_numpy(dtype=float)
pima_x = pima.drop(columns="diabetes").to_numpy(dtype=float)
pima_x = (pima_x - pima_x.mean(axis=0)) / pima_x.std(axis=0)
pima_y = (pima["diabetes"] == "pos").to_numpy(dtype=int)

ridge = Ridge(alpha=10.0, solver="cholesky").fit(efron_x, efron["progression"].to_numpy(dtype=float))
# newton-cg and saga leave the intercept unpenalised (liblinear would penalise it); the tolerances are the tightest with which each converges.
l2 = LogisticRegression(penalty="l2", C=0.1, solver="newton-cg", tol=1e-8, max_iter=10_000).fit(pima_x, pima_y)
l1 = LogisticRegression(penalty="l1", C=0.1, solver="saga", tol=1e-12, max_iter=10_000_000).fit(pima_x, pima_y)

rows = []
for model, fit, names in [
    ("ridge_efron", ridge, efron.columns[:-1]),
    ("l2_pima", l2, pima.columns[:-1]),
    ("l1_pima", l1, pima.columns[:-1]),
]:
    intercept = float(np.ravel(fit.intercept_)[0])
    rows.append((model, "(intercept)", intercept))
    rows.extend((model, name, float(value)) for name, value in zip(names, np.ravel(fit.coef_)))

with open(os.path.join(here, "linear_models_sklearn.csv"), "w", newline="\n") as out:
    out.write("model,term,estimate\n")
    for model, term, value in rows:
        out.write(f"{model},{term},{value!r}\n")
print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}; saga iterations {l1.n_iter_[0]}")
