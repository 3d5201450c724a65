# syntax=docker/dockerfile:1
# The `actormoo` node as a container image. docker-compose.yml runs it against PostgreSQL; on its
# own it keeps the world in SQLite under /data (mount a volume there):
#
#   docker build -t actormoo .
#   docker run -p 127.0.0.1:7777:7777 -p 127.0.0.1:8080:8080 -v actormoo-data:/data actormoo

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish Host/ActorMoo.Host.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The image's unprivileged `app` user owns the data directory (SQLite file, local state).
RUN mkdir -p /data && chown app /data
USER app
# Inside a container the node listens on every interface of the container's own network;
# publish the ports on the host's loopback (as docker-compose.yml does) unless you mean to expose them.
ENV ACTORMOO_BIND=0.0.0.0 \
    ACTORMOO_DATA_DIR=/data
VOLUME /data
# Telnet, TLS telnet (when a certificate is configured), HTTP + websocket.
EXPOSE 7777 7778 8080
ENTRYPOINT ["dotnet", "actormoo.dll"]
