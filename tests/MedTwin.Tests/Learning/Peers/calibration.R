# Peer values for MedTwin's calibration intercept and slope: R 4.2 glm (stats), as rms::val.prob and Van Calster et al. 2019.
#   slope:     coef(glm(y ~ logit(p), binomial))[2]
#   intercept: coef(glm(y ~ offset(logit(p)), binomial))[1]   (calibration-in-the-large)
# Input scores.csv (written by metrics.py). glm's convergence tolerance is tightened to 1e-14 so that the peer is
# accurate well beyond the 1e-8 the test asks for. Output: calibration.csv. Run from this folder: Rscript calibration.R
scores <- read.csv("scores.csv")
y <- scores$label
logit <- qlogis(scores$probability)
control <- glm.control(epsilon = 1e-14, maxit = 100)
slope <- unname(coef(glm(y ~ logit, family = binomial, control = control))[2])
intercept <- unname(coef(glm(y ~ offset(logit), family = binomial, control = control))[1])
write.csv(data.frame(r = R.version.string, intercept = sprintf("%.17g", intercept), slope = sprintf("%.17g", slope)),
          "calibration.csv", row.names = FALSE)
