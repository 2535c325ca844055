namespace MedTwin.Learning.Linear;

/// <summary>The penalty of a logistic regression; the intercept is never penalised.</summary>
public enum LogisticPenalty
{
    /// <summary>Maximum likelihood, as R's <c>glm(family = binomial)</c>.</summary>
    None,

    /// <summary>Minimises C·Σ log-loss + ½||w||², as scikit-learn's <c>LogisticRegression(penalty='l2', C)</c>.</summary>
    L2,

    /// <summary>Minimises C·Σ log-loss + ||w||₁, as scikit-learn's <c>LogisticRegression(penalty='l1', C, solver='saga')</c>.</summary>
    L1,
}
