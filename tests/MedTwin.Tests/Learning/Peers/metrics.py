"""Peer values for MedTwin's metrics: scikit-learn 1.2.1 (Python 3.11).

Input: Pima (data/pima-diabetes/1) with a fixed score, written to scores.csv:
  probability = 1 / (1 + exp(-(-8.4 + 0.035 * glucose + 0.09 * mass))), rounded to 3 decimals (so scores tie);
  predicted   = 0.3 * glucose + 15 (a fixed "model" of the outcome mass, for the regression metrics).
Output: metrics.json (repr of each double) and stratified_folds.csv (StratifiedKFold / KFold fold sizes per class).
Run from this folder: python3 metrics.py
"""
import json, math, os
import numpy as np
import pandas as pd
import sklearn
from sklearn import metrics as m
from sklearn.model_selection import KFold, StratifiedKFold

here = os.path.dirname(os.path.abspath(__file__))
pima = pd.read_csv(os.path.join(here, "..", "..", "..", "..", "data", "pima-diabetes", "1", "pima_indians_diabetes.csv"))
label = (pima["diabetes"] == "pos").astype(int).to_numpy()
probability = np.round(1 / (1 + np.exp(-(-8.4 + 0.035 * pima["glucose"] + 0.09 * pima["mass"]))), 3)
actual = pima["mass"].to_numpy(dtype=float)
predicted = 0.3 * pima["glucose"].to_numpy(dtype=float) + 15
pd.DataFrame({"label": label, "probability": probability, "actual": actual, "predicted": predicted}).to_csv(
    os.path.join(here, "scores.csv"), index=False, float_format="%.17g")

scores = pd.read_csv(os.path.join(here, "scores.csv"))
y, p = scores["label"].to_numpy(), scores["probability"].to_numpy()
hard = (p >= 0.5).astype(int)
values = {
    "sklearn": sklearn.__version__,
    "accuracy": m.accuracy_score(y, hard),
    "sensitivity": m.recall_score(y, hard),
    "specificity": m.recall_score(1 - y, 1 - hard),
    "precision": m.precision_score(y, hard),
    "f1": m.f1_score(y, hard),
    "roc_auc": m.roc_auc_score(y, p),
    "average_precision": m.average_precision_score(y, p),
    "brier": m.brier_score_loss(y, p),
    # eps=1e-15 explicitly: MedTwin clips at 1e-15 (scikit-learn's default before 1.2; 1.2's default "auto" clips at
    # the dtype's machine epsilon, 2.2e-16 for float64).
    "log_loss": m.log_loss(y, p, eps=1e-15),
    "log_loss_extreme": m.log_loss([1, 0, 1, 0], [0.0, 1.0, 1.0, 0.3], eps=1e-15),
    "rmse": math.sqrt(m.mean_squared_error(scores["actual"], scores["predicted"])),
    "mae": m.mean_absolute_error(scores["actual"], scores["predicted"]),
    "r2": m.r2_score(scores["actual"], scores["predicted"]),
}
tn, fp, fn, tp = m.confusion_matrix(y, hard).ravel()
values.update({"tp": int(tp), "fp": int(fp), "tn": int(tn), "fn": int(fn)})
with open(os.path.join(here, "metrics.json"), "w") as f:
    json.dump({k: (repr(v) if isinstance(v, float) else v) for k, v in values.items()}, f, indent=1)
    f.write("\n")

rows = []
for k in (2, 5, 10):
    for i, (_, test) in enumerate(StratifiedKFold(n_splits=k).split(np.zeros(len(y)), y)):
        rows.append(("stratified", k, i, int((y[test] == 0).sum()), int((y[test] == 1).sum())))
    for i, (_, test) in enumerate(KFold(n_splits=k).split(y)):
        rows.append(("plain", k, i, int((y[test] == 0).sum()), int((y[test] == 1).sum())))
pd.DataFrame(rows, columns=["kind", "k", "fold", "negatives", "positives"]).to_csv(os.path.join(here, "stratified_folds.csv"), index=False)
