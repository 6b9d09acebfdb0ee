# LiaisonBot's container image: build with the .NET 10 SDK, run on the ASP.NET Core runtime (Debian) as a non-root user.
# docker build -t liaisonbot:1.0.0 .      (docs/deploy.md: build, push, deploy)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project and lock files alone, so a code change does not download the packages again.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/LiaisonBot/LiaisonBot.csproj src/LiaisonBot/packages.lock.json src/LiaisonBot/
RUN dotnet restore src/LiaisonBot/LiaisonBot.csproj --locked-mode
COPY src/ src/
# The bot serves the sample workbooks as the templates people download (see the project file).
COPY samples/ samples/
RUN dotnet publish src/LiaisonBot/LiaisonBot.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Printed pages (duty files, scorecards, slips) are drawn in Noto Sans CJK: DutyFile:PdfFont's default path.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
# Arguments after the image name are the bot's command-line verbs (e.g. import-roster roster.csv).
ENTRYPOINT ["dotnet", "LiaisonBot.dll"]
