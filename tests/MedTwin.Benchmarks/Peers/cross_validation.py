"""Peer comparison for the benchmark program's cross-validation mode: 10-fold CV of each family, MedTwin and scikit-learn.

Runs `dotnet run -c Release --project tests/MedTwin.Benchmarks -- cross-validation --out DIR`, which writes the seeded
stratified folds (DIR/folds-<data set>.csv) and MedTwin's seconds and ROC AUC (DIR/medtwin-<data set>.json), then runs the
same families in scikit-learn on exactly those folds and prints, per data set, seconds, ratio and AUC side by side.

Same preparation, fitted inside each fold (a Pipeline):
  pima  the pinned recipe notebooks/recipes/pima-cleaning.json: its zeros become missing, values outside the plausible
        ranges become missing (closed ranges; where the recipe names no bounds, MedTwin's built-in table's, copied in
        BUILT_IN_RANGES below), SimpleImputer(median), then StandardScaler on the 8 features.
  wdbc  StandardScaler on the 30 features.
MedTwin's Scale divides by the sample SD, StandardScaler by the population SD: the features differ by a constant factor
sqrt(n/(n-1)) (about 1.0007 on ~690 training rows). Trees and unpenalised logistic regression rank the rows identically
either way, and the others' probabilities move negligibly, so the AUC comparison does not depend on it.

Same hyperparameters (ModelFamilies.cs on the C# side):
  logistic-regression     LogisticRegression(penalty=None) (scikit-learn 1.2's spelling of 'none'); on WDBC, whose
                          classes are separable, penalty='l2', C=1
  linear-svm, rbf-svm     SVC(kernel, C=1, gamma='scale', probability=True): both sides fit Platt's sigmoid on 5
                          internal folds (libsvm's probability estimates), so the SVM is fitted six times per fold
  decision-tree           DecisionTreeClassifier(max_depth=4, min_samples_leaf=5)
  mlp                     MLPClassifier((16,), relu, adam, batch_size=32, max_iter=200, early_stopping=False)
  gradient-boosted-trees  GradientBoostingClassifier(n_estimators=100, max_leaf_nodes=20, learning_rate=0.1,
                          min_samples_leaf=10, max_depth=None); without max_depth=None scikit-learn would also stop
                          every tree at depth 3 (at most 8 leaves), while FastTree grows 20 leaves at any depth
Randomised estimators get random_state=42; the random streams differ from MedTwin's, so single models differ slightly.

Timing, the same on both sides: the whole cross-validation (per fold: preparation fitted and applied, model fitted,
held-out rows predicted, fold ROC AUC) is run once untimed as a warm-up, then 3 times timed; the best is reported.
Both sides run on one thread (MedTwin's trainers are single-threaded; BLAS is held to one thread here). The AUC shown is
the mean of the 10 fold AUCs on both sides (the JSON files also hold MedTwin's pooled out-of-fold AUC). The machine's
load average is printed before each side: on a shared machine, run it when the load is low.

Needs the .NET SDK and Debian's python3-sklearn and python3-pandas; run it with that Python, from the repository root:
    /usr/bin/python3 tests/MedTwin.Benchmarks/Peers/cross_validation.py [--out DIR] [--skip-medtwin]
DIR defaults to artifacts/cross-validation (git-ignored); --skip-medtwin reuses the MedTwin files already in DIR.
"""
import argparse
import gc
import json
import os
import pathlib
import platform
import subprocess
import time
import warnings

for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import numpy as np  # noqa: E402 (after the thread settings, which numpy reads on import)
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402
from sklearn.base import clone  # noqa: E402
from sklearn.ensemble import GradientBoostingClassifier  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.impute import SimpleImputer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import FunctionTransformer, StandardScaler  # noqa: E402
from sklearn.svm import SVC  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402

SEED = 42
TIMED_RUNS = 3
SNAPSHOTS = {"pima": pathlib.Path("data/pima-diabetes/1"), "wdbc": pathlib.Path("data/wdbc-breast-cancer/1")}
PIMA_RECIPE = pathlib.Path("notebooks/recipes/pima-cleaning.json")

# MedTwin's PhysiologicalRanges for the variables the Pima recipe checks without bounds of its own (the column's unit).
BUILT_IN_RANGES = {"glucose": (33, 2000), "diastolicBloodPressure": (0, 375), "bmi": (10, 100), "age": (0, 125)}


def families(logistic):
    """The six families with the hyperparameters of ModelFamilies.cs, by the ids the MedTwin side writes; the logistic
    regression's penalty and C are read from MedTwin's results (unpenalised, or L2 with C = 1 on separable classes)."""
    penalty = None if logistic["penalty"] == "none" else logistic["penalty"]
    return {
        "logistic-regression": LogisticRegression(penalty=penalty, C=float(logistic.get("C", 1))),
        "linear-svm": SVC(kernel="linear", C=1.0, probability=True, random_state=SEED),
        "rbf-svm": SVC(kernel="rbf", C=1.0, gamma="scale", probability=True, random_state=SEED),
        "decision-tree": DecisionTreeClassifier(max_depth=4, min_samples_leaf=5, random_state=SEED),
        "mlp": MLPClassifier(hidden_layer_sizes=(16,), activation="relu", solver="adam", batch_size=32, max_iter=200,
                             early_stopping=False, random_state=SEED),
        "gradient-boosted-trees": GradientBoostingClassifier(n_estimators=100, max_leaf_nodes=20, max_depth=None,
                                                             learning_rate=0.1, min_samples_leaf=10, random_state=SEED),
    }


def pima_cleaning():
    """The pinned recipe's declareMissing and checkPlausibility steps as one stateless transform."""
    steps = {step["step"]: step for step in json.loads(PIMA_RECIPE.read_text(encoding="utf-8"))["steps"]}
    missing = steps["declareMissing"]
    ranges = {}
    for check in steps["checkPlausibility"]["columns"]:
        table = BUILT_IN_RANGES.get(check.get("variable", check["column"]), (None, None))
        ranges[check["column"]] = (check.get("low", table[0]), check.get("high", table[1]))

    def clean(frame):
        frame = frame.copy()
        frame[missing["columns"]] = frame[missing["columns"]].replace(missing["values"], np.nan)
        for column, (low, high) in ranges.items():
            frame.loc[(frame[column] < low) | (frame[column] > high), column] = np.nan
        return frame

    return FunctionTransformer(clean)


def preparation(name):
    """The preparation steps fitted inside each fold, before the model."""
    if name != "pima":
        return [StandardScaler()]
    # The recipe imputes its five measured columns; the imputer sees all 8 features, but the other three (pregnant,
    # pedigree, age) have no missing values, so only those five change.
    return [pima_cleaning(), SimpleImputer(strategy="median"), StandardScaler()]


def cross_validate(steps, model, features, labels, folds):
    """Fits every fold's pipeline on its training rows and returns the ROC AUC on its held-out rows, fold by fold."""
    fold_auc = []
    for fold in range(folds.max() + 1):
        test = folds == fold
        pipeline = make_pipeline(*[clone(step) for step in steps], clone(model))
        pipeline.fit(features[~test], labels[~test])
        fold_auc.append(roc_auc_score(labels[test], pipeline.predict_proba(features[test])[:, 1]))
    return fold_auc


def timed(steps, model, features, labels, folds):
    """One warm-up run, then the best of TIMED_RUNS, as FamilyTiming.cs; also counts fits that stopped unconverged."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConvergenceWarning)
        cross_validate(steps, model, features, labels, folds)
    unconverged = sum(issubclass(w.category, ConvergenceWarning) for w in caught)
    seconds = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        for _ in range(TIMED_RUNS):
            gc.collect()
            start = time.perf_counter()
            fold_auc = cross_validate(steps, model, features, labels, folds)
            seconds.append(time.perf_counter() - start)
    return min(seconds), fold_auc, unconverged


def load_average():
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def compare(name, out):
    medtwin = json.loads((out / f"medtwin-{name}.json").read_text(encoding="utf-8"))
    manifest = json.loads((SNAPSHOTS[name] / "snapshot.json").read_text(encoding="utf-8"))
    frame = pd.read_csv(SNAPSHOTS[name] / manifest["file"])
    label = medtwin["label"]
    features = frame.drop(columns=[label])
    labels = (frame[label] == medtwin["positiveClass"]).to_numpy(dtype=int)
    fold_rows = pd.read_csv(out / f"folds-{name}.csv")
    assert (fold_rows["row"].to_numpy() == np.arange(len(frame))).all(), "the fold file does not list every row in order"
    folds = fold_rows["fold"].to_numpy()
    steps = preparation(name)
    logistic = next(f for f in medtwin["families"] if f["family"] == "logistic-regression")["hyperparameters"]
    load_before_sklearn = load_average()

    print(f"\n{name}: {len(frame)} rows, {features.shape[1]} features, label {label} = {medtwin['positiveClass']}; "
          f"{medtwin['folds']}, the same folds on both sides")
    print(f"load average (1, 5, 15 min) before scikit-learn: {load_before_sklearn}")
    print(f"{'family':<24}{'MedTwin s':>11}{'sklearn s':>11}{'ratio':>8}{'MedTwin AUC':>13}{'sklearn AUC':>13}{'|ΔAUC|':>9}")
    notes = []
    peers = families(logistic)
    for result in medtwin["families"]:
        family = result["family"]
        seconds, fold_auc, unconverged = timed(steps, peers[family], features, labels, folds)
        auc = float(np.mean(fold_auc))
        print(f"{family:<24}{result['seconds']:>11.3f}{seconds:>11.3f}{result['seconds'] / seconds:>8.2f}"
              f"{result['meanFoldAuc']:>13.4f}{auc:>13.4f}{abs(result['meanFoldAuc'] - auc):>9.4f}")
        if unconverged:
            notes.append(f"  scikit-learn {family}: {unconverged} of {folds.max() + 1} fits stopped at max_iter (ConvergenceWarning)")
    print(f"load average after: {load_average()}")
    print("\n".join(notes))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="artifacts/cross-validation", type=pathlib.Path)
    parser.add_argument("--skip-medtwin", action="store_true", help="reuse the MedTwin files already in --out")
    arguments = parser.parse_args()
    print(f"{os.cpu_count()} CPUs; Python {platform.python_version()}, scikit-learn {sklearn.__version__}, "
          f"numpy {np.__version__}, pandas {pd.__version__}")
    print("times: whole 10-fold CV (preparation fit + apply, model fit, predict, fold AUC), best of 3 after a warm-up;"
          " ratio = MedTwin / scikit-learn; AUC = mean of the 10 fold AUCs")
    if not arguments.skip_medtwin:
        print(f"load average (1, 5, 15 min) before MedTwin (both data sets): {load_average()}", flush=True)
        subprocess.run(["dotnet", "run", "-c", "Release", "--project", "tests/MedTwin.Benchmarks", "--",
                        "cross-validation", "--out", str(arguments.out)], check=True)
    print(f"MedTwin on {json.loads((arguments.out / 'medtwin-pima.json').read_text(encoding='utf-8'))['runtime']}")
    for name in SNAPSHOTS:
        compare(name, arguments.out)


if __name__ == "__main__":
    main()
