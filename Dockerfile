# Reviewers: `docker build -t medtwin .` then `docker run --rm medtwin` rebuilds MedTwin from the pinned
# environment and runs the main job, the same script CI runs.
FROM mcr.microsoft.com/dotnet/sdk:10.0.401-bookworm-slim

ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1 \
    CI=true

WORKDIR /medtwin
COPY . .
RUN dotnet restore MedTwin.slnx --locked-mode

CMD ["bash", "environment/reproduce.sh"]
