# syntax=docker/dockerfile:1
# Build: a static, pure-Go binary (modernc.org/sqlite needs no cgo).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/stancebot . \
 && mkdir -p /out/data

# Run: distroless, non-root; the database and demo files live in /data.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/stancebot /usr/local/bin/stancebot
# An empty /data owned by the nonroot user (65532), so the volume is writable.
COPY --from=build --chown=65532:65532 /out/data /data
ENV XDG_DATA_HOME=/data
VOLUME /data
WORKDIR /data
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/stancebot"]
CMD ["run"]
