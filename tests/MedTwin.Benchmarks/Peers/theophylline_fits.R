# Peer timing for TheophyllineFitBenchmarks: R's nlsList fits the same one-compartment model to the 12 subjects.
# Needs Debian's r-base-core (nlme is one of its recommended packages). Run from the repository root:
#     Rscript tests/MedTwin.Benchmarks/Peers/theophylline_fits.R
library(nlme)
theoph <- read.csv("data/theophylline/1/theophylline.csv")
theoph$Subject <- factor(theoph$Subject)
fit <- function() nlsList(conc ~ SSfol(Dose, Time, lKe, lKa, lCl) | Subject, data = theoph)
invisible(fit())
runs <- 20
elapsed <- min(replicate(5, system.time(for (i in seq_len(runs)) fit())[["elapsed"]])) / runs
cat(sprintf("R %s nlsList, 12 theophylline fits: %.2f ms\n", getRversion(), elapsed * 1e3))
