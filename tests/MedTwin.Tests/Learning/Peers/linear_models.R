# Peer values for MedTwin's linear models, from R's lm and glm.
# Run from the repository root:  Rscript tests/MedTwin.Tests/Learning/Peers/linear_models.R
# Writes linear_models_r.csv beside this script: one row per model and term.
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))

efron <- read.csv("data/efron-diabetes/1/efron_diabetes_progression.csv")
pima <- read.csv("data/pima-diabetes/1/pima_indians_diabetes.csv")
pima$diabetes <- as.integer(pima$diabetes == "pos")

rows <- function(model, table, intervals) {
  data.frame(
    model = model,
    term = rownames(table),
    estimate = table[, 1],
    std_error = table[, 2],
    statistic = table[, 3],
    p_value = table[, 4],
    lower = intervals[, 1],
    upper = intervals[, 2],
    row.names = NULL)
}

ols <- lm(progression ~ ., data = efron)
# glm's default stopping rule (relative deviance change < 1e-8) and a tight one, to show the estimate is settled.
logit <- glm(diabetes ~ ., family = binomial, data = pima)
logit_tight <- glm(diabetes ~ ., family = binomial, data = pima, control = glm.control(epsilon = 1e-14, maxit = 100))

values <- rbind(
  rows("ols_efron", coef(summary(ols)), confint(ols)),
  rows("glm_pima", coef(summary(logit)), confint.default(logit)),
  rows("glm_pima_tight", coef(summary(logit_tight)), confint.default(logit_tight)))
values$term[values$term == "(Intercept)"] <- "(intercept)"

numeric <- sapply(values, is.numeric)
values[numeric] <- lapply(values[numeric], function(v) sprintf("%.17g", v))
write.csv(values, file.path(here, "linear_models_r.csv"), row.names = FALSE, quote = FALSE)
cat(R.version.string, "\n")
