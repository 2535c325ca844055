# Peer values for IndomethacinPeerTests: R's nlsList(conc ~ SSbiexp(time, A1, lrc1, A2, lrc2)) on the indomethacin
# snapshot, one biexponential fit per subject, with nls's default control. SSbiexp puts the faster phase first
# (lrc1 > lrc2). The subject labels are the CSV's; R's datasets::Indometh orders them differently, so rows here
# are matched by label. Needs Debian's r-base-core (nlme is one of its recommended packages). Run from the
# repository root:
#     Rscript tests/MedTwin.Tests/Physiology/Peers/indomethacin_nlslist.R
library(nlme)
indometh <- read.csv("data/indomethacin/1/indomethacin.csv", colClasses = c(Subject = "character"))
indometh$Subject <- factor(indometh$Subject, levels = as.character(1:6))
fits <- nlsList(conc ~ SSbiexp(time, A1, lrc1, A2, lrc2) | Subject, data = indometh)
out <- file("tests/MedTwin.Tests/Physiology/Peers/indomethacin-nlslist-r.csv", "w")
writeLines(sprintf("# %s, nlme %s, nlsList(conc ~ SSbiexp(time, A1, lrc1, A2, lrc2) | Subject) on indomethacin v1",
                   R.version.string, packageVersion("nlme")), out)
writeLines("subject,A1,lrc1,A2,lrc2,se_A1,se_lrc1,se_A2,se_lrc2,sigma,rss,aic", out)
for (subject in levels(indometh$Subject)) {
  fit <- fits[[subject]]
  if (is.null(fit)) stop(sprintf("subject %s did not converge in R", subject))
  estimates <- summary(fit)$coefficients
  names <- c("A1", "lrc1", "A2", "lrc2")
  writeLines(paste(c(subject, sprintf("%.17g", c(estimates[names, 1], estimates[names, 2], summary(fit)$sigma, deviance(fit), AIC(fit)))),
                   collapse = ","), out)
}
close(out)
