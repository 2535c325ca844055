# Peer values for TheophyllinePeerTests: R's nlsList(conc ~ SSfol(Dose, Time, lKe, lKa, lCl)) on the theophylline
# snapshot, one fit per subject, with nls's default control (relative-offset convergence, tolerance 1e-5).
# The subject labels are the CSV's; R's datasets::Theoph orders the same labels by maximum concentration
# (6 < 7 < 8 < 11 < 3 < 2 < 4 < 9 < 12 < 10 < 1 < 5), so rows here are matched by label, never by position; fitted on
# datasets::Theoph instead, nlsList gives the same estimates subject for subject (all.equal). Every subject converges.
# Needs Debian's r-base-core (nlme is one of its recommended packages). Run from the repository root:
#     Rscript tests/MedTwin.Tests/Physiology/Peers/theophylline_nlslist.R
library(nlme)
theoph <- read.csv("data/theophylline/1/theophylline.csv", colClasses = c(Subject = "character"))
theoph$Subject <- factor(theoph$Subject, levels = as.character(1:12))
fits <- nlsList(conc ~ SSfol(Dose, Time, lKe, lKa, lCl) | Subject, data = theoph)
out <- file("tests/MedTwin.Tests/Physiology/Peers/theophylline-nlslist-r.csv", "w")
writeLines(sprintf("# %s, nlme %s, nlsList(conc ~ SSfol(Dose, Time, lKe, lKa, lCl) | Subject) on theophylline v1",
                   R.version.string, packageVersion("nlme")), out)
writeLines("subject,lKe,lKa,lCl,se_lKe,se_lKa,se_lCl,sigma,rss,aic", out)
for (subject in levels(theoph$Subject)) {
  fit <- fits[[subject]]
  if (is.null(fit)) stop(sprintf("subject %s did not converge in R", subject))
  estimates <- summary(fit)$coefficients
  writeLines(sprintf("%s,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g", subject,
                     estimates["lKe", 1], estimates["lKa", 1], estimates["lCl", 1],
                     estimates["lKe", 2], estimates["lKa", 2], estimates["lCl", 2],
                     summary(fit)$sigma, deviance(fit), AIC(fit)), out)
}
close(out)
