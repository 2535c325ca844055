# Peer values for NonCompartmentalAnalysisPeerTests: non-compartmental analysis of theophylline subject 1 by hand in
# base R, PKNCA's way. AUC(0-tlast) by the linear trapezoid and by linear-up/log-down; lambda-z by lm(log(conc) ~ Time)
# on the last n >= 3 points after Tmax, n chosen by the largest adjusted R-squared, and among fits within 1e-4 of it the
# one with the most points (PKNCA's adj.r.squared.factor); AUC(0-inf) = AUClast + Clast / lambda-z.
# Needs Debian's r-base-core. Run from the repository root:
#     Rscript tests/MedTwin.Tests/Physiology/Peers/theophylline_nca.R
theoph <- read.csv("data/theophylline/1/theophylline.csv", colClasses = c(Subject = "character"))
s <- theoph[theoph$Subject == "1", ]
t <- s$Time
c <- s$conc
k <- length(t)
tmax <- t[which.max(c)]
linear <- sum(diff(t) * (head(c, -1) + tail(c, -1)) / 2)
segment <- function(i) {
  dt <- t[i + 1] - t[i]
  if (c[i + 1] < c[i] && c[i + 1] > 0) dt * (c[i] - c[i + 1]) / log(c[i] / c[i + 1]) else dt * (c[i] + c[i + 1]) / 2
}
logdown <- sum(sapply(seq_len(k - 1), segment))
candidates <- which(t > tmax & c > 0)
fits <- lapply(3:length(candidates), function(n) {
  points <- tail(candidates, n)
  fit <- lm(log(c[points]) ~ t[points])
  list(n = n, lambda = -coef(fit)[[2]], adj = summary(fit)$adj.r.squared)
})
fits <- Filter(function(f) f$lambda > 0, fits)
best <- max(sapply(fits, function(f) f$adj))
near <- Filter(function(f) f$adj >= best - 1e-4, fits)
chosen <- near[[which.max(sapply(near, function(f) f$n))]]
out <- file("tests/MedTwin.Tests/Physiology/Peers/theophylline-subject1-nca-r.csv", "w")
writeLines(sprintf("# %s, non-compartmental analysis of theophylline v1 subject 1, PKNCA's lambda-z rule by hand", R.version.string), out)
writeLines("quantity,value", out)
values <- c(cmax = max(c), tmax = tmax, clast = c[k], tlast = t[k], auc_last_linear = linear, auc_last_log_down = logdown,
            lambda_z = chosen$lambda, lambda_z_points = chosen$n, adj_r_squared = chosen$adj,
            auc_inf_linear = linear + c[k] / chosen$lambda, half_life = log(2) / chosen$lambda)
for (name in names(values)) writeLines(sprintf("%s,%.17g", name, values[[name]]), out)
close(out)
