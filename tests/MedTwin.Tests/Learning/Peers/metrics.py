"""Peer values for MedTwin's metrics: scikit-learn 1.2.1 (Python 3.11).

Input: Pima (data/pima-diabetes/1) with a fixed score, written to scores.csv:
  probability = 1 / (1 + exp(-(-8.4 + 0.035 * glucose + 0.09 * mass))), rounded to 3 decimals (so scores tie);
  predicted   = 0.3 * glucose + 15 (a fixed "model" of the outcome mass, for the regression metrics);
  probability_b = 1 / (1 + exp(-(-5.5 + 0.04 * glucose))), rounded to 2 decimals (a second model, for DeLong's test).
Output: metrics.json (repr of each double), stratified_folds.csv (StratifiedKFold / KFold fold sizes per class),
roc_curve.csv and pr_curve.csv (roc_curve(drop_intermediate=False), precision_recall_curve), and delong.json: DeLong's
test computed here from its definition (the O(m·n) placement values with ψ = 1, ½, 0), independently of MedTwin's
midrank computation (R's pROC is not installed here).
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
probability_b = np.round(1 / (1 + np.exp(-(-5.5 + 0.04 * pima["glucose"]))), 2)
pd.DataFrame({"label": label, "probability": probability, "actual": actual, "predicted": predicted, "probability_b": probability_b}).to_csv(
    os.path.join(here, "scores.csv"), index=False, float_format="%.17g")

# round_trip: pandas' default parser can be one ulp off, and the peer must see exactly the doubles MedTwin reads.
scores = pd.read_csv(os.path.join(here, "scores.csv"), float_precision="round_trip")
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

fpr, tpr, thresholds = m.roc_curve(y, p, drop_intermediate=False)
pd.DataFrame({"threshold": thresholds, "fpr": fpr, "tpr": tpr}).to_csv(os.path.join(here, "roc_curve.csv"), index=False, float_format="%.17g")
precision, recall, thresholds = m.precision_recall_curve(y, p)
pd.DataFrame({"threshold": thresholds, "precision": precision[:-1], "recall": recall[:-1]}).to_csv(
    os.path.join(here, "pr_curve.csv"), index=False, float_format="%.17g")


def placements(score):
    positives, negatives = score[y == 1], score[y == 0]
    psi = (positives[:, None] > negatives[None, :]) + 0.5 * (positives[:, None] == negatives[None, :])
    return psi.mean(), psi.mean(axis=1), psi.mean(axis=0)


auc_a, v10_a, v01_a = placements(p)
auc_b, v10_b, v01_b = placements(scores["probability_b"].to_numpy())
s10 = np.cov(np.vstack([v10_a, v10_b]))
s01 = np.cov(np.vstack([v01_a, v01_b]))
variance = (s10[0, 0] + s10[1, 1] - 2 * s10[0, 1]) / len(v10_a) + (s01[0, 0] + s01[1, 1] - 2 * s01[0, 1]) / len(v01_a)
z = (auc_a - auc_b) / math.sqrt(variance)
import scipy
from scipy.stats import norm
with open(os.path.join(here, "delong.json"), "w") as f:
    json.dump({"numpy": np.__version__, "scipy": scipy.__version__, "auc_a": repr(auc_a), "auc_b": repr(auc_b),
               "standard_error": repr(math.sqrt(variance)), "z": repr(z), "p": repr(2 * norm.sf(abs(z)))}, f, indent=1)
    f.write("\n")
