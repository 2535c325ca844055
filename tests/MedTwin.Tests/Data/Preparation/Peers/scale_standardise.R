# Peer values for ScalePeerTests: R's scale() on the Pima snapshot, zeros in the measured columns as missing.
# The centre and scale (mean and sample standard deviation, missing values left out) are learnt on the first 500 rows
# with scale(); every row of the file is then standardised with them, as a held-out set would be.
# Needs Debian's r-base-core. Run from the repository root:
#     Rscript tests/MedTwin.Tests/Data/Preparation/Peers/scale_standardise.R
pima <- read.csv("data/pima-diabetes/1/pima_indians_diabetes.csv")
measured <- c("glucose", "pressure", "triceps", "insulin", "mass")
columns <- c(measured, "pedigree", "age")
for (column in measured) pima[[column]][pima[[column]] == 0] <- NA
training <- scale(as.matrix(pima[1:500, columns]))
centre <- attr(training, "scaled:center")
spread <- attr(training, "scaled:scale")
out <- file("tests/MedTwin.Tests/Data/Preparation/Peers/pima-standardised-r.csv", "w")
writeLines(sprintf("# %s, scale() fitted on rows 1-500 of pima-diabetes v1, zeros in %s as missing",
                   R.version.string, paste(measured, collapse = " ")), out)
writeLines("row,column,value", out)
for (column in columns) {
  values <- (pima[[column]] - centre[[column]]) / spread[[column]]
  for (row in seq_along(values)) {
    if (!is.na(values[row])) writeLines(sprintf("%d,%s,%.17g", row - 1, column, values[row]), out)
  }
}
close(out)
